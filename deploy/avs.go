package deploy

import (
	"context"
	"errors"
	"fmt"
	"slices"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	permissioncontroller "github.com/Layr-Labs/eigensdk-go/contracts/bindings/PermissionController"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/chainio"
)

// avsStep is one step of the AVS deployment: what it sends, and how to tell
// from the chain that a previous run did it (its addresses in the
// deployment, each holding code).
type avsStep struct {
	name string
	run  func(context.Context) error
	done func(context.Context) (bool, error)
}

// avsSteps are the steps both Deploy (after the core) and DeployAVS run.
func (d *deployer) avsSteps() []avsStep {
	avs := &d.out.AVS
	return []avsStep{
		{"AVS shared contracts", d.deployAVSShared, d.haveCode(&avs.ProxyAdmin, &avs.PauserRegistry)},
		{"middleware", d.deployMiddleware, d.haveCode(&avs.RegistryCoordinator, &avs.BLSApkRegistry, &avs.IndexRegistry,
			&avs.StakeRegistry, &avs.SocketRegistry, &avs.ServiceManager, &avs.OperatorStateRetriever)},
		{"AVS set-up", d.setUpAVS, d.quorumCreated},
		{"rollcall contracts", d.deployRollcall, d.haveCode(&avs.Registry, &avs.PeerState)},
		{"slasher", d.deploySlasher, d.haveCode(&avs.Slasher)},
	}
}

// runAVS runs every AVS step not done yet, saving the deployment after
// each one that ran (d.save), so that a re-run skips it.
func (d *deployer) runAVS(ctx context.Context) error {
	for _, step := range d.avsSteps() {
		done, err := step.done(ctx)
		if err != nil {
			return fmt.Errorf("deploy %s: %w", step.name, err)
		}
		if done {
			d.progress(step.name + ": already deployed, skipped")
			d.skipped = append(d.skipped, step.name)
			continue
		}
		if err := step.run(ctx); err != nil {
			return fmt.Errorf("deploy %s: %w", step.name, err)
		}
		if d.save != nil && !d.sender.DryRun() {
			if err := d.save(d.out); err != nil {
				return fmt.Errorf("after %s: %w", step.name, err)
			}
		}
	}
	if d.out.AVS.Owner == (common.Address{}) {
		d.out.AVS.Owner = d.sender.From()
	}
	return nil
}

// haveCode is a done check: every address is set and holds code. A dry run
// predicts addresses that hold none, so it never counts as done.
func (d *deployer) haveCode(addrs ...*common.Address) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		for _, a := range addrs {
			if *a == (common.Address{}) {
				return false, nil
			}
			code, err := d.sender.Backend().CodeAt(ctx, *a, nil)
			if err != nil {
				return false, fmt.Errorf("read code at %s: %w", *a, err)
			}
			if len(code) == 0 {
				return false, nil
			}
		}
		return true, nil
	}
}

// quorumCreated: the set-up's last transaction creates the quorum.
func (d *deployer) quorumCreated(ctx context.Context) (bool, error) {
	if ok, err := d.haveCode(&d.out.AVS.RegistryCoordinator)(ctx); !ok || err != nil {
		return false, err
	}
	coord, err := regcoord.NewContractSlashingRegistryCoordinatorCaller(d.out.AVS.RegistryCoordinator, d.sender.Backend())
	if err != nil {
		return false, err
	}
	n, err := coord.QuorumCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return false, fmt.Errorf("registry coordinator quorumCount: %w", err)
	}
	return int(n) > int(d.out.AVS.OperatorSetID), nil
}

// AVSOptions are the ways DeployAVS runs.
type AVSOptions struct {
	// Previous is the deployment file a previous run wrote (nil: none):
	// the steps whose contracts it names and the chain holds are skipped.
	Previous *Deployment
	// Save is called with the deployment after each step that sent
	// transactions (nil: not saved): the progressive file a re-run resumes
	// from.
	Save func(*Deployment) error
	// DryRun sends nothing: the result's Planned lists every transaction
	// the run would send, in order.
	DryRun bool
}

// AVSResult is what DeployAVS did.
type AVSResult struct {
	Deployment *Deployment
	// Skipped are the steps a previous run had done.
	Skipped []string
	// Planned are the transactions of a dry run (nil otherwise);
	// chainio.Simulate measures their gas.
	Planned []chainio.PlannedTx
	// TxCount and GasUsed are the transactions sent and their gas.
	TxCount int
	GasUsed uint64
}

// ErrOtherEigenLayer means a previous deployment file is for another
// chain or another EigenLayer than the one given.
var ErrOtherEigenLayer = errors.New("the previous deployment is for another chain or EigenLayer")

// DeployAVS deploys rollcall's middleware and contracts onto the EigenLayer
// core at el (an existing network's), sets the AVS up (metadata, operator
// set over el.Strategy, registrar, appointees, the EquivocationSlasher),
// and returns the deployment file's content. The steps are Deploy's own
// after the core. A step whose contracts opts.Previous names and the chain
// holds is skipped, so a re-run after success sends nothing and one after
// a failure resumes.
func DeployAVS(ctx context.Context, backend chainio.Backend, el EigenLayer, params Params, opts AVSOptions, progress Progress, log *zap.Logger) (*AVSResult, error) {
	if err := params.CheckAVS(); err != nil {
		return nil, fmt.Errorf("deploy params: %w", err)
	}
	if err := el.CheckCore(); err != nil {
		return nil, err
	}
	d, err := newDeployer(ctx, backend, params, opts.DryRun, progress, log)
	if err != nil {
		return nil, err
	}
	d.out.EigenLayer = el
	if prev := opts.Previous; prev != nil {
		if prev.L1.ChainID != d.out.L1.ChainID || prev.EigenLayer != el {
			return nil, fmt.Errorf("%w: it is on chain %d with delegation manager %s; this run is on chain %d with %s",
				ErrOtherEigenLayer, prev.L1.ChainID, prev.EigenLayer.DelegationManager, d.out.L1.ChainID, el.DelegationManager)
		}
		if prev.AVS.Owner != (common.Address{}) && prev.AVS.Owner != d.sender.From() {
			return nil, fmt.Errorf("the previous deployment is owned by %s, this run's key is %s: resume it with the owner's key", prev.AVS.Owner, d.sender.From())
		}
		d.out.AVS, d.out.L1.DeployedAtBlock = prev.AVS, prev.L1.DeployedAtBlock
		d.out.Rollups = prev.Rollups
	}
	d.save = opts.Save
	if err := d.runAVS(ctx); err != nil {
		return nil, err
	}
	res := &AVSResult{Deployment: d.out, Skipped: d.skipped, TxCount: d.sender.TxCount, GasUsed: d.sender.GasUsed}
	if opts.DryRun {
		res.Planned = d.sender.Planned()
	}
	d.log.Info("AVS deployed", zap.Int("txs", res.TxCount), zap.Uint64("gas", res.GasUsed), zap.Strings("skipped", res.Skipped))
	return res, nil
}

// setUpState is what a previous, interrupted set-up left on chain.
type setUpState struct {
	live      bool // the service manager holds code: the chain can be asked
	admin     bool // the owner is the AVS's admin
	registrar bool // the registrar is the coordinator
	pc        *permissioncontroller.ContractPermissionControllerCaller
	avs, am   common.Address
}

// setUpResume reads what of the set-up the chain already has. A dry run
// of a fresh deployment has nothing to ask (no code yet): nothing is done.
func (d *deployer) setUpResume(ctx context.Context) (*setUpState, error) {
	avs, el := &d.out.AVS, &d.out.EigenLayer
	st := &setUpState{avs: avs.ServiceManager, am: el.AllocationManager}
	live, err := d.haveCode(&avs.ServiceManager)(ctx)
	if err != nil || !live {
		return st, err
	}
	st.live = true
	call := &bind.CallOpts{Context: ctx}
	if st.pc, err = permissioncontroller.NewContractPermissionControllerCaller(el.PermissionController, d.sender.Backend()); err != nil {
		return nil, err
	}
	if st.admin, err = st.pc.IsAdmin(call, avs.ServiceManager, d.sender.From()); err != nil {
		return nil, fmt.Errorf("PermissionController isAdmin: %w", err)
	}
	am, err := allocationmanager.NewContractAllocationManagerCaller(el.AllocationManager, d.sender.Backend())
	if err != nil {
		return nil, err
	}
	registrar, err := am.GetAVSRegistrar(call, avs.ServiceManager)
	if err != nil {
		return nil, fmt.Errorf("AllocationManager getAVSRegistrar: %w", err)
	}
	st.registrar = registrar == avs.RegistryCoordinator
	return st, nil
}

// appointed tells whether who is already the AVS's appointee for the
// AllocationManager method sel.
func (st *setUpState) appointed(ctx context.Context, who common.Address, sel [4]byte) (bool, error) {
	if !st.live {
		return false, nil
	}
	list, err := st.pc.GetAppointees(&bind.CallOpts{Context: ctx}, st.avs, st.am, sel)
	if err != nil {
		return false, fmt.Errorf("PermissionController getAppointees: %w", err)
	}
	return slices.Contains(list, who), nil
}
