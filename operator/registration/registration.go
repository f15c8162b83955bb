// Package registration walks an operator through EigenLayer's opt-in to
// rollcall's operator set: EigenLayer operator, (devnet) deposit, allocation
// of slashable magnitude, and registration with a BLS key. Every step first
// looks at the chain and is skipped when already done, so running it twice
// is safe.
package registration

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
)

// FullMagnitude is EigenLayer's 100% allocation (1e18, "WAD").
const FullMagnitude = uint64(1e18)

// Request says who registers and how much they commit.
type Request struct {
	Operator *ecdsa.PrivateKey
	BLS      *bls.KeyPair
	// Socket is where the aggregator can reach the operator (stored on chain).
	Socket string
	// Deposit of the test token into the strategy (devnets); nil or zero
	// skips the step.
	Deposit *big.Int
	// Magnitude allocated to rollcall's operator set, out of FullMagnitude.
	Magnitude uint64
	// AllocationDelay (blocks) set when becoming an EigenLayer operator.
	AllocationDelay uint32
	MetadataURL     string
}

// Step reports what one step did.
type Step struct {
	Name    string
	Skipped bool   // already done
	Detail  string // what was done or found
	TxHash  common.Hash
	GasUsed uint64
}

// Registrar runs the steps for one operator.
type Registrar struct {
	client  *ethclient.Client
	dep     *deploy.Deployment
	clients *chainio.EigenClients
	am      *allocationmanager.ContractAllocationManager
	poll    time.Duration
	log     *zap.Logger
}

// New builds the SDK clients for the operator's key.
func New(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, key *ecdsa.PrivateKey, txOpts chainio.TxManagerOptions, log *zap.Logger) (*Registrar, error) {
	clients, err := chainio.NewEigenClients(ctx, client, key, dep.SDKAddresses(), txOpts, log)
	if err != nil {
		return nil, err
	}
	am, err := allocationmanager.NewContractAllocationManager(dep.EigenLayer.AllocationManager, client)
	if err != nil {
		return nil, err
	}
	return &Registrar{client: client, dep: dep, clients: clients, am: am, poll: 200 * time.Millisecond, log: log}, nil
}

// Clients are the SDK clients bound to the operator's key.
func (r *Registrar) Clients() *chainio.EigenClients { return r.clients }

// Register runs every step, reporting each one.
func (r *Registrar) Register(ctx context.Context, req Request, report func(Step)) error {
	if req.Operator == nil || req.BLS == nil {
		return errors.New("operator ECDSA key and BLS key are required")
	}
	if req.Magnitude == 0 || req.Magnitude > FullMagnitude {
		return fmt.Errorf("magnitude must be in (0, %d], got %d", FullMagnitude, req.Magnitude)
	}
	if report == nil {
		report = func(Step) {}
	}
	operator := crypto.PubkeyToAddress(req.Operator.PublicKey)
	steps := []func(context.Context, common.Address, Request) (Step, error){
		r.registerWithEigenLayer, r.deposit, r.allocate, r.registerWithAVS,
	}
	for _, step := range steps {
		s, err := step(ctx, operator, req)
		if err != nil {
			return err
		}
		report(s)
	}
	return nil
}

func (r *Registrar) registerWithEigenLayer(ctx context.Context, operator common.Address, req Request) (Step, error) {
	s := Step{Name: "EigenLayer operator"}
	ok, err := r.clients.ELReader.IsOperatorRegistered(ctx, sdktypes.Operator{Address: operator.Hex()})
	if err != nil {
		return s, fmt.Errorf("check EigenLayer registration: %w", err)
	}
	if ok {
		s.Skipped, s.Detail = true, operator.Hex()+" is already an EigenLayer operator"
		return s, nil
	}
	receipt, err := r.clients.ELWriter.RegisterAsOperator(ctx, sdktypes.Operator{
		Address:                   operator.Hex(),
		DelegationApproverAddress: common.Address{}.Hex(),
		MetadataUrl:               req.MetadataURL,
		AllocationDelay:           req.AllocationDelay,
	}, true)
	if err := receiptErr("register as EigenLayer operator", receipt, err); err != nil {
		return s, err
	}
	s.Detail, s.TxHash, s.GasUsed = "registered "+operator.Hex(), receipt.TxHash, receipt.GasUsed
	return s, nil
}

func (r *Registrar) deposit(ctx context.Context, operator common.Address, req Request) (Step, error) {
	s := Step{Name: "deposit"}
	if req.Deposit == nil || req.Deposit.Sign() == 0 {
		s.Skipped, s.Detail = true, "no deposit asked"
		return s, nil
	}
	receipt, err := r.clients.ELWriter.DepositERC20IntoStrategy(ctx, r.dep.EigenLayer.Strategy, req.Deposit, true)
	if err := receiptErr("deposit into strategy", receipt, err); err != nil {
		return s, err
	}
	s.Detail, s.TxHash, s.GasUsed = fmt.Sprintf("deposited %s into strategy %s", req.Deposit, r.dep.EigenLayer.Strategy.Hex()), receipt.TxHash, receipt.GasUsed
	return s, nil
}

func (r *Registrar) operatorSet() allocationmanager.OperatorSet {
	return allocationmanager.OperatorSet{Avs: r.dep.AVS.ServiceManager, Id: r.dep.AVS.OperatorSetID}
}

func (r *Registrar) allocate(ctx context.Context, operator common.Address, req Request) (Step, error) {
	s := Step{Name: "allocation"}
	strategy := r.dep.EigenLayer.Strategy
	current, err := r.am.GetAllocation(&bind.CallOpts{Context: ctx}, operator, r.operatorSet(), strategy)
	if err != nil {
		return s, fmt.Errorf("read allocation: %w", err)
	}
	if current.CurrentMagnitude == req.Magnitude && current.PendingDiff.Sign() == 0 {
		s.Skipped, s.Detail = true, fmt.Sprintf("magnitude %d already allocated", req.Magnitude)
		return s, nil
	}
	// A new operator's allocation delay takes effect a few blocks after
	// registration; modifying allocations before that reverts.
	if err := r.waitFor(ctx, "allocation delay to take effect", func() (bool, error) {
		_, err := r.clients.ELReader.GetAllocationDelay(ctx, operator)
		return err == nil, nil
	}); err != nil {
		return s, err
	}
	if current.PendingDiff.Sign() == 0 {
		receipt, err := r.clients.ELWriter.ModifyAllocations(ctx, operator, []allocationmanager.IAllocationManagerTypesAllocateParams{{
			OperatorSet:   r.operatorSet(),
			Strategies:    []common.Address{strategy},
			NewMagnitudes: []uint64{req.Magnitude},
		}}, true)
		if err := receiptErr("allocate magnitude", receipt, err); err != nil {
			return s, err
		}
		s.TxHash, s.GasUsed = receipt.TxHash, receipt.GasUsed
	}
	if err := r.waitFor(ctx, "allocation to become effective", func() (bool, error) {
		a, err := r.am.GetAllocation(&bind.CallOpts{Context: ctx}, operator, r.operatorSet(), strategy)
		if err != nil {
			return false, err
		}
		return a.PendingDiff.Sign() == 0, nil
	}); err != nil {
		return s, err
	}
	s.Detail = fmt.Sprintf("allocated magnitude %d of %d to operator set %d", req.Magnitude, FullMagnitude, r.dep.AVS.OperatorSetID)
	return s, nil
}

func (r *Registrar) registerWithAVS(ctx context.Context, operator common.Address, req Request) (Step, error) {
	s := Step{Name: "rollcall operator set"}
	ok, err := r.clients.AVSReader.IsOperatorRegistered(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return s, fmt.Errorf("check AVS registration: %w", err)
	}
	if ok {
		s.Skipped, s.Detail = true, "already registered to rollcall"
		return s, nil
	}
	receipt, err := r.clients.ELWriter.RegisterForOperatorSets(ctx, r.dep.AVS.RegistryCoordinator, elcontracts.RegistrationRequest{
		OperatorAddress: operator,
		AVSAddress:      r.dep.AVS.ServiceManager,
		OperatorSetIds:  []uint32{r.dep.AVS.OperatorSetID},
		WaitForReceipt:  true,
		BlsKeyPair:      req.BLS,
		Socket:          req.Socket,
	})
	if err := receiptErr("register to rollcall's operator set", receipt, err); err != nil {
		return s, err
	}
	s.Detail, s.TxHash, s.GasUsed = "registered with BLS key to operator set", receipt.TxHash, receipt.GasUsed
	return s, nil
}

// waitFor polls cond until it holds, logging what it waits for.
func (r *Registrar) waitFor(ctx context.Context, what string, cond func() (bool, error)) error {
	logged := false
	for {
		ok, err := cond()
		if err != nil {
			return fmt.Errorf("waiting for %s: %w", what, err)
		}
		if ok {
			return nil
		}
		if !logged {
			r.log.Info("waiting for " + what)
			logged = true
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-time.After(r.poll):
		}
	}
}

func receiptErr(what string, receipt *gethtypes.Receipt, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if receipt == nil || receipt.Status != gethtypes.ReceiptStatusSuccessful {
		return fmt.Errorf("%s: %w", what, chainio.ErrReverted)
	}
	return nil
}
