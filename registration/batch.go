package registration

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	chainioutils "github.com/Layr-Labs/eigensdk-go/chainio/utils"
	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	delegationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	indexregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	sdkregcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RegistryCoordinator"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	strategymanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StrategyManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	gethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"golang.org/x/sync/errgroup"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
)

// BatchOperator is one fresh devnet operator for RegisterBatch.
type BatchOperator struct {
	Key     *ecdsa.PrivateKey
	BLS     *bls.KeyPair
	Socket  string
	Deposit *big.Int // test tokens to deposit (the key must hold them)
	// MetadataURL is the EigenLayer operator metadata.
	MetadataURL string
}

// BatchOptions tune RegisterBatch.
type BatchOptions struct {
	// Workers bound how many operators send at once (default 32): one
	// HTTP connection each, and the node's transaction pool sees a steady
	// stream rather than a thousand requests at once.
	Workers int
	// Progress receives a line per phase and every few hundred operators.
	Progress func(string)
	// Poll is the receipt and head polling interval (default 50ms).
	Poll time.Duration
}

// Gas limits of RegisterBatch's transactions. Fixed limits spare the node
// an estimate (a dozen EVM runs) per transaction, which is most of the
// cost of registering a thousand operators. They are about twice what the
// devnet measures, and only the block's packing depends on them.
const (
	batchGasRegisterAsOperator = 400_000
	batchGasApprove            = 100_000
	batchGasDeposit            = 600_000
	batchGasAllocate           = 400_000
)

// RegisterBatch registers fresh devnet operators (no EigenLayer operator
// yet, test tokens in hand) to rollcall's operator set with their whole
// magnitude, all at once: each operator's independent transactions go out
// back to back (registerAsOperator, approve, deposit in one block), every
// operator advances through the same phase together, and the waits for
// EigenLayer's delays are shared. It is what devnets use; an operator on
// a real network runs Register, which checks and skips every step.
//
// Before anything is sent it checks that the operator set has room for
// every operator (OperatorSetFullError otherwise), and at the end that
// each one is registered.
func RegisterBatch(ctx context.Context, client *ethclient.Client, dep *deploy.Deployment, ops []BatchOperator, opts BatchOptions) error {
	if len(ops) == 0 {
		return nil
	}
	if len(dep.DevKeys) == 0 {
		return fmt.Errorf("%w: batched registration deposits the devnet's test token", ErrDepositNotDevnet)
	}
	if opts.Workers <= 0 {
		opts.Workers = 32
	}
	if opts.Poll <= 0 {
		opts.Poll = 50 * time.Millisecond
	}
	if opts.Progress == nil {
		opts.Progress = func(string) {}
	}
	b, err := newBatch(client, dep, opts)
	if err != nil {
		return err
	}
	if err := b.checkRoom(ctx, ops); err != nil {
		return err
	}
	if err := chainio.CheckChainID(ctx, client, "", dep.L1.ChainID); err != nil {
		return err
	}
	configDelay, err := b.am.ALLOCATIONCONFIGURATIONDELAY(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("AllocationManager ALLOCATION_CONFIGURATION_DELAY: %w", err)
	}

	// Phase 1: EigenLayer operator (allocation delay 1 block) and deposit.
	last, err := b.phase(ctx, "EigenLayer operator + deposit", ops, func(ctx context.Context, s *chainio.Sender, op BatchOperator) error {
		addr := s.From()
		if _, err := s.Send(ctx, "registerAsOperator", func(o *bind.TransactOpts) (*gethtypes.Transaction, error) {
			o.GasLimit = batchGasRegisterAsOperator
			return b.dm.RegisterAsOperator(o, common.Address{}, 1, op.MetadataURL)
		}); err != nil {
			return err
		}
		if op.Deposit == nil || op.Deposit.Sign() == 0 {
			return nil
		}
		if _, err := s.Send(ctx, "approve", func(o *bind.TransactOpts) (*gethtypes.Transaction, error) {
			o.GasLimit = batchGasApprove
			return b.token.Approve(o, dep.EigenLayer.StrategyManager, op.Deposit)
		}); err != nil {
			return err
		}
		_, err := s.Send(ctx, "depositIntoStrategy", func(o *bind.TransactOpts) (*gethtypes.Transaction, error) {
			o.GasLimit = batchGasDeposit
			return b.sm.DepositIntoStrategy(o, dep.EigenLayer.Strategy, dep.EigenLayer.Token, op.Deposit)
		})
		if err != nil {
			return fmt.Errorf("%s: %w", addr.Hex(), err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	// The allocation delay applies ALLOCATION_CONFIGURATION_DELAY + 1
	// blocks after it was set; modifyAllocations reverts before.
	if err := b.waitForHead(ctx, last+uint64(configDelay)); err != nil {
		return err
	}

	// Phase 2: allocate the whole magnitude.
	set := allocationmanager.OperatorSet{Avs: dep.AVS.ServiceManager, Id: dep.AVS.OperatorSetID}
	last, err = b.phase(ctx, "allocation", ops, func(ctx context.Context, s *chainio.Sender, op BatchOperator) error {
		_, err := s.Send(ctx, "modifyAllocations", func(o *bind.TransactOpts) (*gethtypes.Transaction, error) {
			o.GasLimit = batchGasAllocate
			return b.am.ModifyAllocations(o, s.From(), []allocationmanager.IAllocationManagerTypesAllocateParams{{
				OperatorSet: set, Strategies: []common.Address{dep.EigenLayer.Strategy}, NewMagnitudes: []uint64{FullMagnitude},
			}})
		})
		return err
	})
	if err != nil {
		return err
	}
	// The allocation counts as stake from its effect block, one block
	// (the allocation delay) after it was mined.
	if err := b.waitForHead(ctx, last+1); err != nil {
		return err
	}

	// Phase 3: register to the operator set with the BLS key. The gas of
	// one registration is estimated (once) and given, with a margin, to
	// every one.
	regGas, err := b.estimateRegistration(ctx, ops[0])
	if err != nil {
		return err
	}
	_, err = b.phase(ctx, "operator set", ops, func(ctx context.Context, s *chainio.Sender, op BatchOperator) error {
		params, err := b.registerParams(ctx, s.From(), op)
		if err != nil {
			return err
		}
		_, err = s.Send(ctx, "registerForOperatorSets", func(o *bind.TransactOpts) (*gethtypes.Transaction, error) {
			o.GasLimit = regGas
			return b.am.RegisterForOperatorSets(o, s.From(), params)
		})
		return err
	})
	if err != nil {
		return err
	}
	return b.checkRegistered(ctx, ops)
}

// batch holds the bindings RegisterBatch uses.
type batch struct {
	client *ethclient.Client
	dep    *deploy.Deployment
	opts   BatchOptions
	dm     *delegationmanager.ContractDelegationManager
	am     *allocationmanager.ContractAllocationManager
	sm     *strategymanager.ContractStrategyManager
	token  *mockerc20.ContractMockERC20
	coord  *regcoord.ContractSlashingRegistryCoordinator
	index  *indexregistry.ContractIndexRegistryCaller
}

func newBatch(client *ethclient.Client, dep *deploy.Deployment, opts BatchOptions) (*batch, error) {
	b := &batch{client: client, dep: dep, opts: opts}
	var err error
	if b.dm, err = delegationmanager.NewContractDelegationManager(dep.EigenLayer.DelegationManager, client); err != nil {
		return nil, err
	}
	if b.am, err = allocationmanager.NewContractAllocationManager(dep.EigenLayer.AllocationManager, client); err != nil {
		return nil, err
	}
	if b.sm, err = strategymanager.NewContractStrategyManager(dep.EigenLayer.StrategyManager, client); err != nil {
		return nil, err
	}
	if b.token, err = mockerc20.NewContractMockERC20(dep.EigenLayer.Token, client); err != nil {
		return nil, err
	}
	if b.coord, err = regcoord.NewContractSlashingRegistryCoordinator(dep.AVS.RegistryCoordinator, client); err != nil {
		return nil, err
	}
	if b.index, err = indexregistry.NewContractIndexRegistryCaller(dep.AVS.IndexRegistry, client); err != nil {
		return nil, err
	}
	return b, nil
}

// checkRoom fails when the operator set cannot take every operator.
func (b *batch) checkRoom(ctx context.Context, ops []BatchOperator) error {
	opts := &bind.CallOpts{Context: ctx}
	q := uint8(b.dep.AVS.OperatorSetID)
	params, err := b.coord.GetOperatorSetParams(opts, q)
	if err != nil {
		return fmt.Errorf("registry coordinator getOperatorSetParams: %w", err)
	}
	count, err := b.index.TotalOperatorsForQuorum(opts, q)
	if err != nil {
		return fmt.Errorf("IndexRegistry totalOperatorsForQuorum: %w", err)
	}
	if uint64(count)+uint64(len(ops)) > uint64(params.MaxOperatorCount) {
		// Name the first operator that would not fit.
		first := int(max(int64(params.MaxOperatorCount)-int64(count), 0))
		return &OperatorSetFullError{Operator: crypto.PubkeyToAddress(ops[first].Key.PublicKey), Quorum: q,
			Registered: count + uint32(first), Max: params.MaxOperatorCount}
	}
	return nil
}

// phase runs send for every operator (Workers at a time), each with its
// own nonce-assigning Sender, waits for all their transactions and
// returns the highest block they were mined in.
func (b *batch) phase(ctx context.Context, name string, ops []BatchOperator, send func(context.Context, *chainio.Sender, BatchOperator) error) (uint64, error) {
	start := time.Now()
	b.opts.Progress(fmt.Sprintf("registration: %s for %d operators", name, len(ops)))
	var done atomic.Int64
	every := int64(max(len(ops)/4, 100))
	lastBlock := make([]uint64, len(ops))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(b.opts.Workers)
	for i, op := range ops {
		g.Go(func() error {
			s, err := chainio.NewSender(gctx, b.client, op.Key)
			if err != nil {
				return err
			}
			s.SetPoll(b.opts.Poll)
			if err := send(gctx, s, op); err != nil {
				return fmt.Errorf("%s of operator %d (%s): %w", name, i, s.From().Hex(), err)
			}
			if err := s.Flush(gctx); err != nil {
				return fmt.Errorf("%s of operator %d (%s): %w", name, i, s.From().Hex(), err)
			}
			lastBlock[i] = s.LastBlock
			if n := done.Add(1); n%every == 0 && n < int64(len(ops)) {
				b.opts.Progress(fmt.Sprintf("registration: %s: %d/%d operators", name, n, len(ops)))
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return 0, err
	}
	var last uint64
	for _, n := range lastBlock {
		last = max(last, n)
	}
	b.opts.Progress(fmt.Sprintf("registration: %s: %d operators in %.1fs", name, len(ops), time.Since(start).Seconds()))
	return last, nil
}

// waitForHead waits until the L1 head reaches n.
func (b *batch) waitForHead(ctx context.Context, n uint64) error {
	for {
		head, err := b.client.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("read head: %w", err)
		}
		if head >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for block %d: %w", n, ctx.Err())
		case <-time.After(b.opts.Poll):
		}
	}
}

// registerParams are the AllocationManager's registration arguments: the
// operator set and the coordinator's data (socket and BLS key with its
// proof of possession over the coordinator's message for this operator).
func (b *batch) registerParams(ctx context.Context, operator common.Address, op BatchOperator) (allocationmanager.IAllocationManagerTypesRegisterParams, error) {
	var out allocationmanager.IAllocationManagerTypesRegisterParams
	h, err := b.coord.PubkeyRegistrationMessageHash(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return out, fmt.Errorf("registry coordinator pubkeyRegistrationMessageHash: %w", err)
	}
	msg := chainioutils.ConvertBn254GethToGnark(sdkregcoord.BN254G1Point{X: h.X, Y: h.Y})
	data, err := elcontracts.AbiEncodeNormalRegistrationParams(op.Socket, sdkregcoord.IBLSApkRegistryTypesPubkeyRegistrationParams{
		PubkeyRegistrationSignature: chainioutils.ConvertToBN254G1Point(op.BLS.SignHashedToCurveMessage(msg).G1Point),
		PubkeyG1:                    chainioutils.ConvertToBN254G1Point(op.BLS.GetPubKeyG1()),
		PubkeyG2:                    chainioutils.ConvertToBN254G2Point(op.BLS.GetPubKeyG2()),
	})
	if err != nil {
		return out, fmt.Errorf("encode registration data: %w", err)
	}
	return allocationmanager.IAllocationManagerTypesRegisterParams{
		Avs: b.dep.AVS.ServiceManager, OperatorSetIds: []uint32{b.dep.AVS.OperatorSetID}, Data: data,
	}, nil
}

// estimateRegistration estimates one operator's registerForOperatorSets
// and adds half again: registrations differ only in cold versus warm
// storage slots.
func (b *batch) estimateRegistration(ctx context.Context, op BatchOperator) (uint64, error) {
	addr := crypto.PubkeyToAddress(op.Key.PublicKey)
	params, err := b.registerParams(ctx, addr, op)
	if err != nil {
		return 0, err
	}
	data, err := allocationManagerABI.Pack("registerForOperatorSets", addr, params)
	if err != nil {
		return 0, fmt.Errorf("pack registerForOperatorSets: %w", err)
	}
	to := b.dep.EigenLayer.AllocationManager
	gas, err := b.client.EstimateGas(ctx, ethereum.CallMsg{From: addr, To: &to, Data: data})
	if err != nil {
		if rev, ok := chainio.DecodeRevert(err, registryCoordinatorABI); ok {
			return 0, fmt.Errorf("registerForOperatorSets would revert: %w", rev)
		}
		return 0, fmt.Errorf("estimate registerForOperatorSets: %w", err)
	}
	return gas + gas/2, nil
}

// checkRegistered confirms every operator is registered.
func (b *batch) checkRegistered(ctx context.Context, ops []BatchOperator) error {
	var errs []error
	for _, op := range ops {
		addr := crypto.PubkeyToAddress(op.Key.PublicKey)
		status, err := b.coord.GetOperatorStatus(&bind.CallOpts{Context: ctx}, addr)
		if err != nil {
			return fmt.Errorf("registry coordinator getOperatorStatus: %w", err)
		}
		if status != StatusRegistered {
			errs = append(errs, fmt.Errorf("operator %s is not registered after its registration was mined", addr.Hex()))
		}
	}
	return errors.Join(errs...)
}
