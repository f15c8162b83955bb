// Package registration walks an operator through EigenLayer's opt-in to
// rollcall's operator set: EigenLayer operator, (devnet) deposit, allocation
// of slashable magnitude, and registration with a BLS key. Every step first
// looks at the chain and is skipped when already done, so running it twice
// is safe.
//
// Before sending anything, Register checks (Preflight) what would make a
// step fail and returns a typed error naming the fix: wrong chain, a BLS key
// registered by another operator, stake below the quorum minimum, an
// EigenLayer delay that has not passed, not enough ETH for the gas.
// Deregister and UpdateSocket are the other lifecycle transactions.
package registration

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	delegationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	istrategy "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IStrategy"
	indexregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	socketregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	stakeregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
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

// StatusRegistered is the registry coordinator's OperatorStatus.REGISTERED.
const StatusRegistered uint8 = 1

// Upper estimates of the gas of each step, for the balance check before
// anything is sent (later steps cannot be estimated before the earlier ones
// are mined). Measured on the devnet and rounded up generously.
const (
	gasRegisterAsOperator = 250_000
	gasMint               = 100_000
	gasApprove            = 80_000
	gasDeposit            = 250_000
	gasAllocate           = 250_000
	gasRegisterForSets    = 1_400_000
)

// Request says who registers and how much they commit.
type Request struct {
	Operator *ecdsa.PrivateKey
	BLS      *bls.KeyPair
	// Socket is where the aggregator can reach the operator (stored on chain).
	Socket string
	// Deposit is how many of the test token's base units the operator
	// should have deposited into the strategy (devnets only): only what is
	// missing is deposited, so a second run deposits nothing. Nil or zero
	// skips the step.
	Deposit *big.Int
	// Magnitude allocated to rollcall's operator set, out of FullMagnitude.
	Magnitude uint64
	// AllocationDelay (blocks) set when becoming an EigenLayer operator.
	AllocationDelay uint32
	MetadataURL     string

	// Progress receives a line every few blocks while Register waits for
	// an EigenLayer delay; nil logs them.
	Progress func(string)
	// MaxWaitBlocks bounds how many blocks Register waits for a delay
	// before giving up with a DelayError; 0 means no bound.
	MaxWaitBlocks uint64
	// NoWait gives up with a DelayError at once instead of waiting.
	NoWait bool
}

// Tx is one transaction a step sent.
type Tx struct {
	Label   string
	Hash    common.Hash
	GasUsed uint64
}

// Step reports what one step did.
type Step struct {
	Name    string
	Skipped bool   // already done
	Detail  string // what was done or found
	// TxHash and GasUsed are the step's main transaction (zero when none);
	// Txs lists every transaction it sent, in order.
	TxHash  common.Hash
	GasUsed uint64
	Txs     []Tx
}

func (s *Step) addTx(label string, r *gethtypes.Receipt) {
	s.Txs = append(s.Txs, Tx{Label: label, Hash: r.TxHash, GasUsed: r.GasUsed})
	s.TxHash, s.GasUsed = r.TxHash, r.GasUsed
}

// Registrar runs the steps for one operator.
type Registrar struct {
	client   *ethclient.Client
	dep      *deploy.Deployment
	key      *ecdsa.PrivateKey
	operator common.Address
	clients  *chainio.EigenClients
	am       *allocationmanager.ContractAllocationManager
	dm       *delegationmanager.ContractDelegationManagerCaller
	blsReg   *blsapkregistry.ContractBLSApkRegistryCaller
	stakeReg *stakeregistry.ContractStakeRegistryCaller
	coord    *regcoord.ContractSlashingRegistryCoordinatorCaller
	index    *indexregistry.ContractIndexRegistryCaller
	sockets  *socketregistry.ContractSocketRegistryCaller
	strategy *istrategy.ContractIStrategyCaller
	token    *mockerc20.ContractMockERC20
	poll     time.Duration
	log      *zap.Logger
}

// New checks that client serves the deployment's chain and builds the SDK
// clients for the operator's key.
func New(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, key *ecdsa.PrivateKey, txOpts chainio.TxManagerOptions, log *zap.Logger) (*Registrar, error) {
	if log == nil {
		log = zap.NewNop()
	}
	if err := chainio.CheckChainID(ctx, client, "", dep.L1.ChainID); err != nil {
		return nil, err
	}
	clients, err := chainio.NewEigenClients(ctx, client, key, dep.SDKAddresses(), txOpts, log)
	if err != nil {
		return nil, err
	}
	r := &Registrar{client: client, dep: dep, key: key, operator: crypto.PubkeyToAddress(key.PublicKey), clients: clients, poll: 200 * time.Millisecond, log: log}
	if r.am, err = allocationmanager.NewContractAllocationManager(dep.EigenLayer.AllocationManager, client); err != nil {
		return nil, err
	}
	if r.dm, err = delegationmanager.NewContractDelegationManagerCaller(dep.EigenLayer.DelegationManager, client); err != nil {
		return nil, err
	}
	if r.blsReg, err = blsapkregistry.NewContractBLSApkRegistryCaller(dep.AVS.BLSApkRegistry, client); err != nil {
		return nil, err
	}
	if r.stakeReg, err = stakeregistry.NewContractStakeRegistryCaller(dep.AVS.StakeRegistry, client); err != nil {
		return nil, err
	}
	if r.coord, err = regcoord.NewContractSlashingRegistryCoordinatorCaller(dep.AVS.RegistryCoordinator, client); err != nil {
		return nil, err
	}
	if r.index, err = indexregistry.NewContractIndexRegistryCaller(dep.AVS.IndexRegistry, client); err != nil {
		return nil, err
	}
	if r.sockets, err = socketregistry.NewContractSocketRegistryCaller(dep.AVS.SocketRegistry, client); err != nil {
		return nil, err
	}
	if r.strategy, err = istrategy.NewContractIStrategyCaller(dep.EigenLayer.Strategy, client); err != nil {
		return nil, err
	}
	if r.token, err = mockerc20.NewContractMockERC20(dep.EigenLayer.Token, client); err != nil {
		return nil, err
	}
	return r, nil
}

// Clients are the SDK clients bound to the operator's key.
func (r *Registrar) Clients() *chainio.EigenClients { return r.clients }

// Operator is the operator's address (the ECDSA key's).
func (r *Registrar) Operator() common.Address { return r.operator }

func (r *Registrar) operatorSet() allocationmanager.OperatorSet {
	return allocationmanager.OperatorSet{Avs: r.dep.AVS.ServiceManager, Id: r.dep.AVS.OperatorSetID}
}

func (r *Registrar) quorum() uint8 { return uint8(r.dep.AVS.OperatorSetID) }

// CurrentMagnitude is the magnitude the operator has allocated to rollcall's
// operator set (current plus pending).
func (r *Registrar) CurrentMagnitude(ctx context.Context) (uint64, error) {
	a, err := r.am.GetAllocation(&bind.CallOpts{Context: ctx}, r.operator, r.operatorSet(), r.dep.EigenLayer.Strategy)
	if err != nil {
		return 0, fmt.Errorf("read allocation: %w", err)
	}
	return addDiff(a.CurrentMagnitude, a.PendingDiff), nil
}

func addDiff(m uint64, diff *big.Int) uint64 {
	v := new(big.Int).Add(new(big.Int).SetUint64(m), diff)
	if v.Sign() < 0 {
		return 0
	}
	return v.Uint64()
}

// Register runs every step, reporting each one. It first runs Preflight,
// so a failure it can foresee happens before any transaction.
func (r *Registrar) Register(ctx context.Context, req Request, report func(Step)) error {
	if req.Operator == nil || req.BLS == nil {
		return errors.New("operator ECDSA key and BLS key are required")
	}
	if crypto.PubkeyToAddress(req.Operator.PublicKey) != r.operator {
		return errors.New("request's operator key is not the registrar's")
	}
	if req.Magnitude == 0 || req.Magnitude > FullMagnitude {
		return fmt.Errorf("magnitude must be in (0, %d], got %d", FullMagnitude, req.Magnitude)
	}
	if report == nil {
		report = func(Step) {}
	}
	plan, err := r.Preflight(ctx, req)
	if err != nil {
		return err
	}
	steps := []func(context.Context, *Plan, Request) (Step, error){
		r.registerWithEigenLayer, r.deposit, r.allocate, r.registerWithAVS,
	}
	for _, step := range steps {
		s, err := step(ctx, plan, req)
		if err != nil {
			return err
		}
		report(s)
	}
	return nil
}

func (r *Registrar) registerWithEigenLayer(ctx context.Context, plan *Plan, req Request) (Step, error) {
	s := Step{Name: "EigenLayer operator"}
	if plan.ELOperator {
		s.Skipped, s.Detail = true, r.operator.Hex()+" is already an EigenLayer operator"
		return s, nil
	}
	receipt, err := r.clients.ELWriter.RegisterAsOperator(ctx, sdktypes.Operator{
		Address:                   r.operator.Hex(),
		DelegationApproverAddress: common.Address{}.Hex(),
		MetadataUrl:               req.MetadataURL,
		AllocationDelay:           req.AllocationDelay,
	}, true)
	if err := r.receiptErr("register as EigenLayer operator", receipt, err); err != nil {
		return s, err
	}
	s.addTx("registerAsOperator", receipt)
	s.Detail = fmt.Sprintf("registered %s as an EigenLayer operator (allocation delay %d blocks)", r.operator.Hex(), req.AllocationDelay)
	plan.ELOperator = true
	return s, nil
}

func (r *Registrar) deposit(ctx context.Context, plan *Plan, req Request) (Step, error) {
	s := Step{Name: "deposit"}
	switch {
	case req.Deposit == nil || req.Deposit.Sign() == 0:
		s.Skipped, s.Detail = true, "no deposit asked"
		return s, nil
	case plan.Deposit == nil || plan.Deposit.Sign() == 0:
		s.Skipped = true
		s.Detail = fmt.Sprintf("already deposited %s shares into strategy %s (asked %s)", FormatWad(plan.DepositShares), r.dep.EigenLayer.Strategy.Hex(), FormatWad(req.Deposit))
		return s, nil
	}
	minted := ""
	if plan.Mint != nil && plan.Mint.Sign() > 0 {
		sender, err := chainio.NewSender(ctx, r.client, r.key)
		if err != nil {
			return s, err
		}
		tx, err := sender.Send(ctx, "mint test tokens", func(o *bind.TransactOpts) (*gethtypes.Transaction, error) {
			return r.token.Mint(o, r.operator, plan.Mint)
		})
		if err != nil {
			if ferr := classifySendError(err, r.operator, "minting test tokens"); ferr != nil {
				return s, ferr
			}
			return s, err
		}
		receipt, err := chainio.WaitReceipt(ctx, r.client, tx.Hash(), r.poll)
		if err := r.receiptErr("mint test tokens", receipt, err); err != nil {
			return s, err
		}
		s.addTx("mint", receipt)
		minted = fmt.Sprintf(" (minted %s test tokens first)", FormatWad(plan.Mint))
	}
	receipt, err := r.clients.ELWriter.DepositERC20IntoStrategy(ctx, r.dep.EigenLayer.Strategy, plan.Deposit, true)
	if err := r.receiptErr("deposit into strategy", receipt, err); err != nil {
		return s, err
	}
	s.addTx("depositIntoStrategy", receipt)
	s.Detail = fmt.Sprintf("deposited %s test tokens into strategy %s%s", FormatWad(plan.Deposit), r.dep.EigenLayer.Strategy.Hex(), minted)
	return s, nil
}

func (r *Registrar) allocate(ctx context.Context, plan *Plan, req Request) (Step, error) {
	s := Step{Name: "allocation"}
	strategy := r.dep.EigenLayer.Strategy
	read := func() (allocationmanager.IAllocationManagerTypesAllocation, error) {
		a, err := r.am.GetAllocation(&bind.CallOpts{Context: ctx}, r.operator, r.operatorSet(), strategy)
		if err != nil {
			return a, fmt.Errorf("read allocation: %w", err)
		}
		return a, nil
	}
	current, err := read()
	if err != nil {
		return s, err
	}
	// A modification already pending (from an interrupted run) must take
	// effect before another one can be made.
	if current.PendingDiff.Sign() != 0 {
		if err := r.waitForBlock(ctx, req, "the pending allocation to take effect", uint64(current.EffectBlock), DelayAllocationEffect); err != nil {
			return s, err
		}
		if current, err = read(); err != nil {
			return s, err
		}
	}
	if current.CurrentMagnitude == req.Magnitude && current.PendingDiff.Sign() == 0 {
		s.Skipped = true
		s.Detail = fmt.Sprintf("magnitude %d (%s) already allocated to operator set %d", req.Magnitude, FormatFraction(req.Magnitude), r.dep.AVS.OperatorSetID)
		return s, nil
	}
	// A new operator's allocation delay takes effect
	// ALLOCATION_CONFIGURATION_DELAY blocks after registration; modifying
	// allocations before that reverts.
	if err := r.waitForAllocationDelay(ctx, req); err != nil {
		return s, err
	}
	params := []allocationmanager.IAllocationManagerTypesAllocateParams{{
		OperatorSet:   r.operatorSet(),
		Strategies:    []common.Address{strategy},
		NewMagnitudes: []uint64{req.Magnitude},
	}}
	if err := r.simulate(ctx, r.dep.EigenLayer.AllocationManager, allocationManagerABI, "modifyAllocations", r.operator, params); err != nil {
		head, _ := r.client.BlockNumber(ctx)
		if cerr := ClassifyAllocationRevert(err, r.operator, r.allocationDelayEffectBlock(ctx, head), head); cerr != nil {
			return s, cerr
		}
		return s, fmt.Errorf("allocate magnitude: %w", err)
	}
	receipt, err := r.clients.ELWriter.ModifyAllocations(ctx, r.operator, params, true)
	if err := r.receiptErr("allocate magnitude", receipt, err); err != nil {
		return s, err
	}
	s.addTx("modifyAllocations", receipt)
	after, err := read()
	if err != nil {
		return s, err
	}
	if after.PendingDiff.Sign() != 0 {
		if err := r.waitForBlock(ctx, req, "the allocation delay (magnitude becomes slashable)", uint64(after.EffectBlock), DelayAllocationEffect); err != nil {
			return s, err
		}
	}
	s.Detail = fmt.Sprintf("allocated magnitude %d (%s) to operator set %d", req.Magnitude, FormatFraction(req.Magnitude), r.dep.AVS.OperatorSetID)
	return s, nil
}

// waitForAllocationDelay waits until the operator's allocation delay is set
// (EigenLayer applies it ALLOCATION_CONFIGURATION_DELAY blocks after it was
// chosen), within the request's bounds.
func (r *Registrar) waitForAllocationDelay(ctx context.Context, req Request) error {
	isSet, err := r.allocationDelaySet(ctx)
	if err != nil || isSet {
		return err
	}
	head, err := r.client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if effect := r.allocationDelayEffectBlock(ctx, head); effect != 0 {
		if err := r.waitForBlock(ctx, req, "the allocation delay to take effect", effect, DelayAllocationConfig); err != nil {
			return err
		}
	}
	// The effect block is only known from the event; poll the contract
	// itself, which is what modifyAllocations checks.
	return r.waitFor(ctx, "the allocation delay to take effect", func() (bool, error) {
		return r.allocationDelaySet(ctx)
	})
}

func (r *Registrar) allocationDelaySet(ctx context.Context) (bool, error) {
	isSet, _, err := r.am.GetAllocationDelay(&bind.CallOpts{Context: ctx}, r.operator)
	if err != nil {
		return false, fmt.Errorf("read allocation delay: %w", err)
	}
	return isSet, nil
}

// allocationDelayEffectBlock finds, from the AllocationManager's
// AllocationDelaySet events, the block at which the operator's latest
// allocation delay takes effect; 0 when not found.
func (r *Registrar) allocationDelayEffectBlock(ctx context.Context, head uint64) uint64 {
	opts := &bind.CallOpts{Context: ctx}
	delay, err := r.am.ALLOCATIONCONFIGURATIONDELAY(opts)
	if err != nil {
		return 0
	}
	// Only a delay set within the last ALLOCATION_CONFIGURATION_DELAY (+1)
	// blocks can still be pending.
	start := uint64(0)
	if back := uint64(delay) + 2; head > back {
		start = head - back
	}
	it, err := r.am.FilterAllocationDelaySet(&bind.FilterOpts{Start: start, End: &head, Context: ctx})
	if err != nil {
		return 0
	}
	defer it.Close()
	var effect uint64
	for it.Next() {
		if it.Event.Operator == r.operator {
			effect = uint64(it.Event.EffectBlock)
		}
	}
	return effect
}

func (r *Registrar) registerWithAVS(ctx context.Context, plan *Plan, req Request) (Step, error) {
	s := Step{Name: "rollcall operator set"}
	if plan.Registered {
		s.Skipped, s.Detail = true, fmt.Sprintf("already registered to rollcall (operator id %s)", plan.OperatorID)
		return s, nil
	}
	if plan.SlashableUntil != 0 {
		if err := r.waitForBlock(ctx, req, "the deregistration window to end", plan.SlashableUntil, DelayReregistration); err != nil {
			return s, err
		}
	}
	receipt, err := r.clients.ELWriter.RegisterForOperatorSets(ctx, r.dep.AVS.RegistryCoordinator, elcontracts.RegistrationRequest{
		OperatorAddress: r.operator,
		AVSAddress:      r.dep.AVS.ServiceManager,
		OperatorSetIds:  []uint32{r.dep.AVS.OperatorSetID},
		WaitForReceipt:  true,
		BlsKeyPair:      req.BLS,
		Socket:          req.Socket,
	})
	if err := r.receiptErr("register to rollcall's operator set", receipt, err); err != nil {
		// Another operator may have taken the last seat since Preflight.
		if rev, ok := chainio.DecodeRevert(err, registryCoordinatorABI); (ok && rev.Name == "MaxOperatorCountReached") || strings.Contains(err.Error(), "MaxOperatorCountReached") {
			if cerr := r.checkCap(ctx, plan); cerr != nil {
				return s, cerr
			}
		}
		return s, err
	}
	s.addTx("registerForOperatorSets", receipt)
	s.Detail = fmt.Sprintf("registered to operator set %d with BLS key (operator id %s), socket %s", r.dep.AVS.OperatorSetID, plan.OperatorID, req.Socket)
	return s, nil
}

// waitForBlock waits until the head reaches target, printing progress every
// few blocks, unless the request forbids waiting that long: then it returns
// a DelayError of kind.
func (r *Registrar) waitForBlock(ctx context.Context, req Request, what string, target uint64, kind DelayKind) error {
	head, err := r.client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if head >= target {
		return nil
	}
	left := target - head
	if req.NoWait || (req.MaxWaitBlocks > 0 && left > req.MaxWaitBlocks) {
		return &DelayError{Kind: kind, Operator: r.operator, EffectBlock: target, Head: head}
	}
	progress := req.Progress
	if progress == nil {
		progress = func(msg string) { r.log.Info(msg) }
	}
	every := (left + 9) / 10 // about ten lines at most
	progress(fmt.Sprintf("waiting for %s at block %d: head %d, %d blocks to go", what, target, head, left))
	last := head
	for head < target {
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-time.After(r.poll):
		}
		if head, err = r.client.BlockNumber(ctx); err != nil {
			return fmt.Errorf("read head: %w", err)
		}
		if head < target && head >= last+every {
			progress(fmt.Sprintf("waiting for %s at block %d: head %d, %d blocks to go", what, target, head, target-head))
			last = head
		}
	}
	progress(fmt.Sprintf("%s: reached block %d", what, head))
	return nil
}

// waitFor polls cond until it holds.
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

// receiptErr turns a failed send into an error, recognising a lack of ETH.
func (r *Registrar) receiptErr(what string, receipt *gethtypes.Receipt, err error) error {
	if err != nil {
		if ferr := classifySendError(err, r.operator, what); ferr != nil {
			if bal, berr := r.client.BalanceAt(context.Background(), r.operator, nil); berr == nil {
				ferr.Balance = bal
			}
			return fmt.Errorf("%s: %w", what, ferr)
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	if receipt == nil {
		return fmt.Errorf("%s: no receipt: %w", what, chainio.ErrReverted)
	}
	if receipt.Status != gethtypes.ReceiptStatusSuccessful {
		return fmt.Errorf("%s (tx %s): %w%s", what, receipt.TxHash.Hex(), chainio.ErrReverted, r.revertReason(receipt))
	}
	return nil
}

// revertReason replays a reverted transaction as a call on the state before
// its block and returns ": <reason>" when the node tells one.
func (r *Registrar) revertReason(receipt *gethtypes.Receipt) string {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	tx, _, err := r.client.TransactionByHash(ctx, receipt.TxHash)
	if err != nil || receipt.BlockNumber == nil || receipt.BlockNumber.Sign() == 0 {
		return ""
	}
	parent := new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1))
	_, err = r.client.CallContract(ctx, ethereum.CallMsg{From: r.operator, To: tx.To(), Data: tx.Data(), Value: tx.Value(), Gas: tx.Gas()}, parent)
	if err == nil {
		return fmt.Sprintf(" (gas limit %d, gas used %d)", tx.Gas(), receipt.GasUsed)
	}
	for _, a := range []*abi.ABI{allocationManagerABI, registryCoordinatorABI} {
		if rev, ok := chainio.DecodeRevert(err, a); ok {
			return ": " + rev.Error()
		}
	}
	return ": " + err.Error()
}
