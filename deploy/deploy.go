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

// Check validates params without touching a chain: those of EigenLayer's
// core and of the AVS.
func (p Params) Check() error {
	if err := p.CheckAVS(); err != nil {
		return err
	}
	if p.AllocationConfigDelayBlocks == 0 {
		return errors.New("allocation configuration delay must be at least one block")
	}
	if p.DeallocationDelayBlocks == 0 {
		return errors.New("deallocation delay must be at least one block")
	}
	return nil
}

// CheckAVS validates the params DeployAVS uses (the EigenLayer core delays
// are the network's, not rollcall's).
func (p Params) CheckAVS() error {
	if p.Owner == nil {
		return errors.New("owner key is required")
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
	// save writes the deployment after each AVS step that ran (nil: no
	// file); skipped are the AVS steps a previous run had done.
	save    func(*Deployment) error
	skipped []string
}

// Deploy puts EigenLayer core, the middleware and rollcall's contracts on
// the chain behind backend and returns their addresses: DeployEigenLayer's
// core step, then the very steps DeployAVS runs on an existing EigenLayer.
// L1 RPC URLs in the result are left for the caller to fill.
func Deploy(ctx context.Context, backend chainio.Backend, params Params, progress Progress, log *zap.Logger) (*Deployment, error) {
	if err := params.Check(); err != nil {
		return nil, fmt.Errorf("deploy params: %w", err)
	}
	d, err := newDeployer(ctx, backend, params, false, progress, log)
	if err != nil {
		return nil, err
	}
	if err := d.runCore(ctx); err != nil {
		return nil, err
	}
	if err := d.runAVS(ctx); err != nil {
		return nil, err
	}
	d.log.Info("deployed", zap.Int("txs", d.sender.TxCount), zap.Uint64("gas", d.sender.GasUsed))
	return d.out, nil
}

// DeployEigenLayer deploys EigenLayer's core contracts alone (a devnet's
// test token and strategy included): the network rollcall's AVS is then
// deployed onto with DeployAVS, as onto a public network's EigenLayer.
func DeployEigenLayer(ctx context.Context, backend chainio.Backend, params Params, progress Progress, log *zap.Logger) (EigenLayer, error) {
	if err := params.Check(); err != nil {
		return EigenLayer{}, fmt.Errorf("deploy params: %w", err)
	}
	d, err := newDeployer(ctx, backend, params, false, progress, log)
	if err != nil {
		return EigenLayer{}, err
	}
	if err := d.runCore(ctx); err != nil {
		return EigenLayer{}, err
	}
	return d.out.EigenLayer, nil
}

func newDeployer(ctx context.Context, backend chainio.Backend, params Params, dryRun bool, progress Progress, log *zap.Logger) (*deployer, error) {
	if progress == nil {
		progress = func(string) {}
	}
	if log == nil {
		log = zap.NewNop()
	}
	newSender := chainio.NewSender
	if dryRun {
		newSender = chainio.NewDryRunSender
	}
	sender, err := newSender(ctx, backend, params.Owner)
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
	return d, nil
}

// runCore deploys EigenLayer's core contracts.
func (d *deployer) runCore(ctx context.Context) error {
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"shared contracts", d.deployCoreShared},
		{"EigenLayer core", d.deployEigenLayer},
	}
	for _, step := range steps {
		if err := step.run(ctx); err != nil {
			return fmt.Errorf("deploy %s: %w", step.name, err)
		}
	}
	return nil
}

// deployEmpty deploys the empty contract proxies start from, once.
func (d *deployer) deployEmpty(ctx context.Context) error {
	if d.empty != (common.Address{}) {
		return nil
	}
	var err error
	d.empty, err = d.sender.Deploy(ctx, "EmptyContract", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := emptycontract.DeployEmptyContract(o, b)
		return a, tx, err
	})
	return err
}

func (d *deployer) deployAdmin(ctx context.Context, label string) (common.Address, error) {
	return d.sender.Deploy(ctx, label, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := proxyadmin.DeployProxyAdmin(o, b)
		return a, tx, err
	})
}

func (d *deployer) deployPausers(ctx context.Context, label string) (common.Address, error) {
	owner := d.sender.From()
	return d.sender.Deploy(ctx, label, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := pauserregistry.DeployPauserRegistry(o, b, []common.Address{owner}, owner)
		return a, tx, err
	})
}

// deployCoreShared deploys what EigenLayer's core stands on: the empty
// contract proxies start from, its proxy admin and pauser registry.
func (d *deployer) deployCoreShared(ctx context.Context) error {
	d.progress("EigenLayer proxy admin, pauser registry")
	if err := d.deployEmpty(ctx); err != nil {
		return err
	}
	var err error
	if d.out.EigenLayer.ProxyAdmin, err = d.deployAdmin(ctx, "EigenLayer ProxyAdmin"); err != nil {
		return err
	}
	if d.out.EigenLayer.PauserRegistry, err = d.deployPausers(ctx, "EigenLayer PauserRegistry"); err != nil {
		return err
	}
	return d.sender.Flush(ctx)
}

// deployAVSShared deploys what the middleware stands on: its proxy admin
// and pauser registry (and the empty contract, when the core step did not).
func (d *deployer) deployAVSShared(ctx context.Context) error {
	d.progress("AVS proxy admin, pauser registry")
	if err := d.deployEmpty(ctx); err != nil {
		return err
	}
	var err error
	if d.out.AVS.ProxyAdmin, err = d.deployAdmin(ctx, "AVS ProxyAdmin"); err != nil {
		return err
	}
	if d.out.AVS.PauserRegistry, err = d.deployPausers(ctx, "AVS PauserRegistry"); err != nil {
		return err
	}
	return d.sender.Flush(ctx)
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
