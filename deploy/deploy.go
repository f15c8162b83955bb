// Package deploy deploys EigenLayer (on devnets), the middleware of
// rollcall's AVS and rollcall's own contracts, through ordinary transactions
// that work against any EVM JSON-RPC endpoint, and describes the result in a
// Deployment file.
package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/bindings/emptycontract"
	"github.com/rollcall-avs/rollcall/bindings/pauserregistry"
	"github.com/rollcall-avs/rollcall/bindings/proxyadmin"
	"github.com/rollcall-avs/rollcall/bindings/transparentupgradeableproxy"
	"github.com/rollcall-avs/rollcall/chainio"
)

// Mint asks the deployer to mint test tokens to an address.
type Mint struct {
	To     common.Address
	Amount *big.Int
}

// Params are the knobs of a deployment. DevnetParams returns values that let
// an operator register and become slashable within seconds.
type Params struct {
	// Owner deploys everything and owns it: proxy admins, the registry
	// coordinator, and the AVS's admin role in the PermissionController.
	Owner *ecdsa.PrivateKey

	// EigenLayer core delays, in blocks.
	MinWithdrawalDelayBlocks    uint32
	DeallocationDelayBlocks     uint32
	AllocationConfigDelayBlocks uint32

	// QuorumMinimumStake is the least stake weight (strategy shares times the
	// allocated magnitude) an operator needs to register.
	QuorumMinimumStake *big.Int
	// MaxOperators caps the operator set (the quorum's maxOperatorCount in
	// the registry coordinator). The middleware takes any uint32 and checks
	// it at each registration (MaxOperatorCountReached); what bounds it in
	// practice is the attest call's gas, which grows with the non-signers
	// (see the README's gas figures). The deployment records it
	// (avs.maxOperators).
	MaxOperators uint32
	// MetadataURI is the AVS metadata EigenLayer requires before operator
	// sets can be created.
	MetadataURI string

	// ThresholdBips is the share of each quorum's stake (basis points) that
	// must sign a checkpoint; MaxReferenceAge how old, in blocks, its
	// reference block may be.
	ThresholdBips   uint16
	MaxReferenceAge uint32

	// SlashWad is the share of allocated magnitude (in wads, 1e18 = all)
	// the EquivocationSlasher takes per fault; nil or zero means
	// DefaultSlashWad.
	SlashWad *big.Int

	// Mint test tokens on devnets.
	Mint []Mint
}

// DevnetMaxOperators is the devnet's operator cap: `rollcall bench` and
// `rollcall demo` run up to this many operators.
const DevnetMaxOperators = 1000

// DevnetParams are small delays and a small minimum stake.
func DevnetParams(owner *ecdsa.PrivateKey) Params {
	return Params{
		Owner:                       owner,
		MinWithdrawalDelayBlocks:    10,
		DeallocationDelayBlocks:     10,
		AllocationConfigDelayBlocks: 1,
		QuorumMinimumStake:          big.NewInt(1e18),
		MaxOperators:                DevnetMaxOperators,
		MetadataURI:                 "https://rollcall.invalid/avs-metadata.json",
		ThresholdBips:               DefaultThresholdBips,
		MaxReferenceAge:             DefaultMaxReferenceAge,
	}
}

// Check validates params without touching a chain.
func (p Params) Check() error {
	if p.Owner == nil {
		return errors.New("owner key is required")
	}
	if p.AllocationConfigDelayBlocks == 0 {
		return errors.New("allocation configuration delay must be at least one block")
	}
	if p.DeallocationDelayBlocks == 0 {
		return errors.New("deallocation delay must be at least one block")
	}
	if p.QuorumMinimumStake == nil || p.QuorumMinimumStake.Sign() < 0 {
		return errors.New("quorum minimum stake must be zero or more")
	}
	if p.MaxOperators == 0 {
		return errors.New("max operators must be positive")
	}
	if p.ThresholdBips == 0 || p.ThresholdBips > 10000 {
		return fmt.Errorf("threshold must be 1..10000 basis points, got %d", p.ThresholdBips)
	}
	if p.MaxReferenceAge == 0 {
		return errors.New("max reference age must be at least one block")
	}
	if w := p.slashWad(); w.Sign() <= 0 || w.Cmp(big.NewInt(1e18)) > 0 {
		return fmt.Errorf("slash wad must be 1..1e18, got %s", w)
	}
	if p.MetadataURI == "" {
		return errors.New("metadata URI is required")
	}
	return nil
}

// Progress receives one line per deployment step.
type Progress func(step string)

type deployer struct {
	sender   *chainio.Sender
	params   Params
	out      *Deployment
	progress Progress
	log      *zap.Logger
	// empty is the contract proxies point at before their upgrade.
	empty common.Address
}

// Deploy puts EigenLayer core, the middleware and rollcall's contracts on
// the chain behind backend and returns their addresses. L1 RPC URLs in the
// result are left for the caller to fill.
func Deploy(ctx context.Context, backend chainio.Backend, params Params, progress Progress, log *zap.Logger) (*Deployment, error) {
	if err := params.Check(); err != nil {
		return nil, fmt.Errorf("deploy params: %w", err)
	}
	if progress == nil {
		progress = func(string) {}
	}
	if log == nil {
		log = zap.NewNop()
	}
	sender, err := chainio.NewSender(ctx, backend, params.Owner)
	if err != nil {
		return nil, err
	}
	start, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	d := &deployer{sender: sender, params: params, out: &Deployment{}, progress: progress, log: log}
	d.out.L1.ChainID = sender.ChainID().Uint64()
	d.out.L1.DeployedAtBlock = start.Number.Uint64()

	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"shared contracts", d.deployShared},
		{"EigenLayer core", d.deployEigenLayer},
		{"middleware", d.deployMiddleware},
		{"AVS set-up", d.setUpAVS},
		{"rollcall contracts", d.deployRollcall},
		{"slasher", d.deploySlasher},
	}
	for _, step := range steps {
		if err := step.run(ctx); err != nil {
			return nil, fmt.Errorf("deploy %s: %w", step.name, err)
		}
	}
	log.Info("deployed", zap.Int("txs", sender.TxCount), zap.Uint64("gas", sender.GasUsed))
	return d.out, nil
}

// deployShared deploys what both the core and the middleware stand on: the
// empty contract proxies start from, the proxy admins and pauser registries.
func (d *deployer) deployShared(ctx context.Context) error {
	s, owner := d.sender, d.sender.From()
	d.progress("proxy admins, pauser registries")
	var err error
	if d.empty, err = s.Deploy(ctx, "EmptyContract", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := emptycontract.DeployEmptyContract(o, b)
		return a, tx, err
	}); err != nil {
		return err
	}
	deployAdmin := func(label string) (common.Address, error) {
		return s.Deploy(ctx, label, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := proxyadmin.DeployProxyAdmin(o, b)
			return a, tx, err
		})
	}
	deployPausers := func(label string) (common.Address, error) {
		return s.Deploy(ctx, label, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := pauserregistry.DeployPauserRegistry(o, b, []common.Address{owner}, owner)
			return a, tx, err
		})
	}
	if d.out.EigenLayer.ProxyAdmin, err = deployAdmin("EigenLayer ProxyAdmin"); err != nil {
		return err
	}
	if d.out.EigenLayer.PauserRegistry, err = deployPausers("EigenLayer PauserRegistry"); err != nil {
		return err
	}
	if d.out.AVS.ProxyAdmin, err = deployAdmin("AVS ProxyAdmin"); err != nil {
		return err
	}
	if d.out.AVS.PauserRegistry, err = deployPausers("AVS PauserRegistry"); err != nil {
		return err
	}
	return s.Flush(ctx)
}

// deployProxy sends a TransparentUpgradeableProxy pointing at the empty
// contract, administered by admin.
func (d *deployer) deployProxy(ctx context.Context, admin common.Address) (common.Address, error) {
	return d.sender.Deploy(ctx, "proxy", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(o, b, d.empty, admin, nil)
		return a, tx, err
	})
}

// upgrade points a proxy at its implementation, calling data (an
// initializer) in the same transaction when given.
func (d *deployer) upgrade(ctx context.Context, admin common.Address, name string, proxy, impl common.Address, data []byte) error {
	pa, err := proxyadmin.NewProxyAdmin(admin, d.sender.Backend())
	if err != nil {
		return err
	}
	_, err = d.sender.Send(ctx, "upgrade "+name, func(o *bind.TransactOpts) (*types.Transaction, error) {
		if len(data) == 0 {
			return pa.Upgrade(o, proxy, impl)
		}
		return pa.UpgradeAndCall(o, proxy, impl, data)
	})
	return err
}
