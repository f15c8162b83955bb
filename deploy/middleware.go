package deploy

import (
	"context"
	"math/big"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	indexregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	mockavs "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	operatorstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	permissioncontroller "github.com/Layr-Labs/eigensdk-go/contracts/bindings/PermissionController"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	socketregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	stakeregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

const (
	// middlewareVersion is the semver the registry coordinator reports.
	middlewareVersion = "v1.3.0"
	// weightingDivisor is the StakeRegistry's fixed-point one: a multiplier
	// of 1e18 weighs one strategy share as one unit of stake.
	weightingDivisor = 1e18
	// Churn parameters are required by the coordinator; rollcall does not use
	// churn (maxOperatorCount bounds the set instead).
	kickBIPsOfOperatorStake = 15000
	kickBIPsOfTotalStake    = 100
)

// deployMiddleware deploys rollcall's AVS registries and the service manager
// (eigensdk-go's MockAvsServiceManager bytecode: a complete
// ServiceManagerBase that is also the BLSSignatureChecker).
func (d *deployer) deployMiddleware(ctx context.Context) error {
	s, el, avs := d.sender, &d.out.EigenLayer, &d.out.AVS
	owner := s.From()
	var err error

	d.progress("middleware: proxies")
	for _, slot := range []*common.Address{&avs.RegistryCoordinator, &avs.BLSApkRegistry, &avs.IndexRegistry,
		&avs.StakeRegistry, &avs.SocketRegistry, &avs.ServiceManager} {
		if *slot, err = d.deployProxy(ctx, avs.ProxyAdmin); err != nil {
			return err
		}
	}
	if avs.OperatorStateRetriever, err = s.Deploy(ctx, "OperatorStateRetriever", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := operatorstateretriever.DeployContractOperatorStateRetriever(o, b)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	d.progress("middleware: implementations")
	coord := avs.RegistryCoordinator
	impls := map[string]common.Address{}
	builds := []struct {
		name  string
		build func(*bind.TransactOpts, bind.ContractBackend) (common.Address, *types.Transaction, error)
	}{
		{"BLSApkRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := blsapkregistry.DeployContractBLSApkRegistry(o, b, coord)
			return a, tx, err
		}},
		{"IndexRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := indexregistry.DeployContractIndexRegistry(o, b, coord)
			return a, tx, err
		}},
		{"StakeRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := stakeregistry.DeployContractStakeRegistry(o, b, coord, el.DelegationManager, el.AVSDirectory, el.AllocationManager)
			return a, tx, err
		}},
		{"SocketRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := socketregistry.DeployContractSocketRegistry(o, b, coord)
			return a, tx, err
		}},
		{"SlashingRegistryCoordinator", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := regcoord.DeployContractSlashingRegistryCoordinator(o, b, avs.StakeRegistry, avs.BLSApkRegistry,
				avs.IndexRegistry, avs.SocketRegistry, el.AllocationManager, avs.PauserRegistry, middlewareVersion)
			return a, tx, err
		}},
	}
	for _, b := range builds {
		if impls[b.name], err = s.Deploy(ctx, b.name+" implementation", b.build); err != nil {
			return err
		}
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	d.progress("middleware: initialize")
	for _, u := range []struct {
		name  string
		proxy common.Address
	}{{"BLSApkRegistry", avs.BLSApkRegistry}, {"IndexRegistry", avs.IndexRegistry}, {"StakeRegistry", avs.StakeRegistry}, {"SocketRegistry", avs.SocketRegistry}} {
		if err := d.upgrade(ctx, avs.ProxyAdmin, u.name, u.proxy, impls[u.name], nil); err != nil {
			return err
		}
	}
	// The owner is also churn approver and ejector: rollcall's AVS team.
	initCoord := mustPack(regcoord.ContractSlashingRegistryCoordinatorMetaData, "initialize", owner, owner, owner, big.NewInt(0), avs.ServiceManager)
	if err := d.upgrade(ctx, avs.ProxyAdmin, "SlashingRegistryCoordinator", coord, impls["SlashingRegistryCoordinator"], initCoord); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	// The service manager's constructor reads the registries through the
	// coordinator, so it can only be built once the coordinator is live.
	smImpl, err := s.Deploy(ctx, "ServiceManager implementation", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := mockavs.DeployContractMockAvsServiceManager(o, b, coord, el.AVSDirectory, el.RewardsCoordinator, el.PermissionController, el.AllocationManager)
		return a, tx, err
	})
	if err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	// initialize(owner) makes the owner a pending admin of the AVS in the
	// PermissionController; setUpAVS accepts it.
	if err := d.upgrade(ctx, avs.ProxyAdmin, "ServiceManager", avs.ServiceManager, smImpl, mustPack(mockavs.ContractMockAvsServiceManagerMetaData, "initialize", owner)); err != nil {
		return err
	}
	avs.Owner = owner
	return s.Flush(ctx)
}

// setUpAVS does, as the AVS's admin, what EigenLayer needs before operators
// can register: admin rights, appointees for the registries, metadata, the
// registrar, and the operator set / quorum over the strategy.
func (d *deployer) setUpAVS(ctx context.Context) error {
	s, el, avs, p := d.sender, &d.out.EigenLayer, &d.out.AVS, d.params
	d.progress("AVS: permissions, metadata, operator set")
	pc, err := permissioncontroller.NewContractPermissionController(el.PermissionController, s.Backend())
	if err != nil {
		return err
	}
	am, err := allocationmanager.NewContractAllocationManager(el.AllocationManager, s.Backend())
	if err != nil {
		return err
	}
	// A set-up interrupted halfway resumes: what the chain already has is
	// not sent again (accepting twice, or appointing twice, reverts).
	resume, err := d.setUpResume(ctx)
	if err != nil {
		return err
	}
	if !resume.admin {
		if _, err := s.Send(ctx, "accept AVS admin", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return pc.AcceptAdmin(o, avs.ServiceManager)
		}); err != nil {
			return err
		}
		if err := s.Flush(ctx); err != nil {
			return err
		}
	}

	amMeta := allocationmanager.ContractAllocationManagerMetaData
	appointees := []struct {
		who    common.Address
		method string
	}{
		{avs.RegistryCoordinator, "createOperatorSets"},
		{avs.RegistryCoordinator, "deregisterFromOperatorSets"},
		{avs.StakeRegistry, "addStrategiesToOperatorSet"},
		{avs.StakeRegistry, "removeStrategiesFromOperatorSet"},
		// The owner slashes misbehaving operators (DESIGN: the slasher is an
		// appointee of the AVS). It is already admin; the explicit
		// appointment documents the role and survives a change of admin.
		{avs.Owner, "slashOperator"},
	}
	for _, a := range appointees {
		a := a
		if done, err := resume.appointed(ctx, a.who, selector(amMeta, a.method)); err != nil {
			return err
		} else if done {
			continue
		}
		if _, err := s.Send(ctx, "appoint "+a.method, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return pc.SetAppointee(o, avs.ServiceManager, a.who, el.AllocationManager, selector(amMeta, a.method))
		}); err != nil {
			return err
		}
	}
	if _, err := s.Send(ctx, "AVS metadata", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return am.UpdateAVSMetadataURI(o, avs.ServiceManager, p.MetadataURI)
	}); err != nil {
		return err
	}
	if !resume.registrar {
		if _, err := s.Send(ctx, "AVS registrar", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return am.SetAVSRegistrar(o, avs.ServiceManager, avs.RegistryCoordinator)
		}); err != nil {
			return err
		}
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}

	coord, err := regcoord.NewContractSlashingRegistryCoordinator(avs.RegistryCoordinator, s.Backend())
	if err != nil {
		return err
	}
	// Quorum 0 = operator set 0: slashable stake allocated to the set, one
	// share of the test strategy weighing one unit.
	if _, err := s.Send(ctx, "create quorum", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return coord.CreateSlashableStakeQuorum(o,
			regcoord.ISlashingRegistryCoordinatorTypesOperatorSetParam{
				MaxOperatorCount:        p.MaxOperators,
				KickBIPsOfOperatorStake: kickBIPsOfOperatorStake,
				KickBIPsOfTotalStake:    kickBIPsOfTotalStake,
			},
			p.QuorumMinimumStake,
			[]regcoord.IStakeRegistryTypesStrategyParams{{Strategy: el.Strategy, Multiplier: big.NewInt(weightingDivisor)}},
			0, // look-ahead blocks for slashable stake
		)
	}); err != nil {
		return err
	}
	avs.OperatorSetID = 0
	avs.MaxOperators = p.MaxOperators
	return s.Flush(ctx)
}
