package deploy

import (
	"context"
	"fmt"
	"math/big"

	avsdirectory "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AVSDirectory"
	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	eigenpod "github.com/Layr-Labs/eigensdk-go/contracts/bindings/EigenPod"
	eigenpodmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/EigenPodManager"
	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	permissioncontroller "github.com/Layr-Labs/eigensdk-go/contracts/bindings/PermissionController"
	rewardscoordinator "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RewardsCoordinator"
	strategymanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StrategyManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/bindings/erc20strategy"
	"github.com/rollcall-avs/rollcall/bindings/upgradeablebeacon"
)

// Constants of the devnet EigenLayer deployment that nobody needs to tune.
const (
	// eigenLayerVersion is the semver the core contracts report; v1.3.0 is
	// the slashing release whose bytecode eigensdk-go v0.3.0 ships.
	eigenLayerVersion = "v1.3.0"
	// rewardsInterval etc. satisfy RewardsCoordinator's constructor checks
	// (the genesis timestamp must be a multiple of the interval, the interval
	// a multiple of a day). rollcall does not use rewards on devnets.
	rewardsInterval         = 86400
	rewardsMaxDuration      = 70 * 86400
	rewardsMaxRetro         = 90 * 86400
	rewardsMaxFuture        = 30 * 86400
	rewardsGenesis          = 1710979200 // 2024-03-21T00:00:00Z
	beaconGenesisTime       = 1606824023 // mainnet beacon chain genesis; EigenPods are unused
	rewardsActivationDelay  = 60
	rewardsDefaultSplitBips = 1000
)

// ethPOS is where EigenPods would send beacon-chain deposits. rollcall's
// devnets have no beacon chain, so any address does; this is mainnet's
// deposit contract address, which holds no code on a devnet.
var ethPOS = common.HexToAddress("0x00000000219ab540356cBB839Cbe05303d7705Fa")

// deployEigenLayer deploys EigenLayer's core contracts behind transparent
// proxies, the way EigenLayer deploys itself: proxies first (pointing at an
// empty contract), then implementations whose constructors take the proxies'
// addresses as immutables, then upgrade-and-initialize each proxy.
func (d *deployer) deployEigenLayer(ctx context.Context) error {
	s, p, el := d.sender, d.params, &d.out.EigenLayer
	owner := s.From()

	d.progress("EigenLayer core: proxies")
	proxies := []*common.Address{
		&el.DelegationManager, &el.StrategyManager, &el.AllocationManager, &el.AVSDirectory,
		&el.PermissionController, &el.RewardsCoordinator, &el.EigenPodManager,
	}
	for _, slot := range proxies {
		addr, err := d.deployProxy(ctx, el.ProxyAdmin)
		if err != nil {
			return err
		}
		*slot = addr
	}
	var podImpl common.Address
	var err error
	if podImpl, err = s.Deploy(ctx, "EigenPod implementation", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := eigenpod.DeployContractEigenPod(o, b, ethPOS, el.EigenPodManager, beaconGenesisTime, eigenLayerVersion)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	d.progress("EigenLayer core: implementations")
	if el.EigenPodBeacon, err = s.Deploy(ctx, "EigenPod beacon", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := upgradeablebeacon.DeployUpgradeableBeacon(o, b, podImpl)
		return a, tx, err
	}); err != nil {
		return err
	}
	impls := map[string]common.Address{}
	type implDeploy struct {
		name  string
		build func(*bind.TransactOpts, bind.ContractBackend) (common.Address, *types.Transaction, error)
	}
	builds := []implDeploy{
		{"DelegationManager", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := delegationmanager.DeployContractDelegationManager(o, b, el.StrategyManager, el.EigenPodManager,
				el.AllocationManager, el.PauserRegistry, el.PermissionController, p.MinWithdrawalDelayBlocks, eigenLayerVersion)
			return a, tx, err
		}},
		{"StrategyManager", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := strategymanager.DeployContractStrategyManager(o, b, el.DelegationManager, el.PauserRegistry, eigenLayerVersion)
			return a, tx, err
		}},
		{"AllocationManager", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := allocationmanager.DeployContractAllocationManager(o, b, el.DelegationManager, el.PauserRegistry,
				el.PermissionController, p.DeallocationDelayBlocks, p.AllocationConfigDelayBlocks, eigenLayerVersion)
			return a, tx, err
		}},
		{"AVSDirectory", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := avsdirectory.DeployContractAVSDirectory(o, b, el.DelegationManager, el.PauserRegistry, eigenLayerVersion)
			return a, tx, err
		}},
		{"PermissionController", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := permissioncontroller.DeployContractPermissionController(o, b, eigenLayerVersion)
			return a, tx, err
		}},
		{"RewardsCoordinator", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := rewardscoordinator.DeployContractRewardsCoordinator(o, b, rewardscoordinator.IRewardsCoordinatorTypesRewardsCoordinatorConstructorParams{
				DelegationManager:          el.DelegationManager,
				StrategyManager:            el.StrategyManager,
				AllocationManager:          el.AllocationManager,
				PauserRegistry:             el.PauserRegistry,
				PermissionController:       el.PermissionController,
				CALCULATIONINTERVALSECONDS: rewardsInterval,
				MAXREWARDSDURATION:         rewardsMaxDuration,
				MAXRETROACTIVELENGTH:       rewardsMaxRetro,
				MAXFUTURELENGTH:            rewardsMaxFuture,
				GENESISREWARDSTIMESTAMP:    rewardsGenesis,
				Version:                    eigenLayerVersion,
			})
			return a, tx, err
		}},
		{"EigenPodManager", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := eigenpodmanager.DeployContractEigenPodManager(o, b, ethPOS, el.EigenPodBeacon, el.DelegationManager, el.PauserRegistry, eigenLayerVersion)
			return a, tx, err
		}},
	}
	for _, b := range builds {
		addr, err := s.Deploy(ctx, b.name+" implementation", b.build)
		if err != nil {
			return err
		}
		impls[b.name] = addr
	}
	// The test token: eigensdk-go's MockERC20, minted freely on devnets.
	if el.Token, err = s.Deploy(ctx, "test token", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := mockerc20.DeployContractMockERC20(o, b)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	d.progress("EigenLayer core: initialize")
	zero := big.NewInt(0)
	inits := []struct {
		name  string
		proxy common.Address
		data  []byte
	}{
		{"DelegationManager", el.DelegationManager, mustPack(delegationmanager.ContractDelegationManagerMetaData, "initialize", owner, zero)},
		{"StrategyManager", el.StrategyManager, mustPack(strategymanager.ContractStrategyManagerMetaData, "initialize", owner, owner, zero)},
		{"AllocationManager", el.AllocationManager, mustPack(allocationmanager.ContractAllocationManagerMetaData, "initialize", owner, zero)},
		{"AVSDirectory", el.AVSDirectory, mustPack(avsdirectory.ContractAVSDirectoryMetaData, "initialize", owner, zero)},
		// The PermissionController has no initializer.
		{"PermissionController", el.PermissionController, nil},
		{"RewardsCoordinator", el.RewardsCoordinator, mustPack(rewardscoordinator.ContractRewardsCoordinatorMetaData, "initialize",
			owner, zero, owner, uint32(rewardsActivationDelay), uint16(rewardsDefaultSplitBips))},
		{"EigenPodManager", el.EigenPodManager, mustPack(eigenpodmanager.ContractEigenPodManagerMetaData, "initialize", owner, zero)},
	}
	for _, in := range inits {
		if err := d.upgrade(ctx, el.ProxyAdmin, in.name, in.proxy, impls[in.name], in.data); err != nil {
			return err
		}
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	d.progress("EigenLayer core: test strategy")
	if el.Strategy, err = s.Deploy(ctx, "ERC20 strategy", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := erc20strategy.DeployERC20Strategy(o, b, el.StrategyManager, el.Token)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	sm, err := strategymanager.NewContractStrategyManager(el.StrategyManager, s.Backend())
	if err != nil {
		return err
	}
	if _, err := s.Send(ctx, "whitelist strategy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.AddStrategiesToDepositWhitelist(o, []common.Address{el.Strategy})
	}); err != nil {
		return err
	}
	token, err := mockerc20.NewContractMockERC20(el.Token, s.Backend())
	if err != nil {
		return err
	}
	for _, m := range p.Mint {
		m := m
		if _, err := s.Send(ctx, "mint test token to "+m.To.Hex(), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Mint(o, m.To, m.Amount)
		}); err != nil {
			return err
		}
	}
	return s.Flush(ctx)
}

// mustPack ABI-encodes a call. The method names are constants of this file,
// so a failure is a programming error caught by the first test run.
func mustPack(meta *bind.MetaData, method string, args ...any) []byte {
	parsed, err := meta.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("parse ABI: %v", err))
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		panic(fmt.Sprintf("pack %s: %v", method, err))
	}
	return data
}

// selector returns a method's 4-byte id from a binding's ABI.
func selector(meta *bind.MetaData, method string) [4]byte {
	parsed, err := meta.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("parse ABI: %v", err))
	}
	m, ok := parsed.Methods[method]
	if !ok {
		panic("no method " + method)
	}
	var id [4]byte
	copy(id[:], m.ID)
	return id
}
