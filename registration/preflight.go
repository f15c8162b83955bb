package registration

import (
	"context"
	"fmt"
	"math/big"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
)

// Plan is what Preflight found on chain: what is already done and what
// Register will do.
type Plan struct {
	Operator   common.Address
	OperatorID common.Hash
	Head       uint64

	ELOperator bool
	Registered bool
	// SlashableUntil is nonzero when the operator left the operator set
	// recently: the last block at which it is still a slashable member
	// (chainio.SlashableUntil). It can register again in the next block: a
	// registration sent once the head reached this block is mined after it.
	SlashableUntil uint64

	// DepositShares are the operator's own shares in the strategy before
	// the deposit; Deposit the test tokens still to deposit, Mint those to
	// mint first (devnets). Nil when nothing is to be done.
	DepositShares *big.Int
	Deposit       *big.Int
	Mint          *big.Int

	Allocation allocationmanager.IAllocationManagerTypesAllocation
	Allocate   bool

	// OperatorCount is how many operators the operator set holds, and
	// MaxOperators its cap (read when not registered yet).
	OperatorCount, MaxOperators uint32

	// Stake is the operator's stake weight in the quorum once the deposit
	// and allocation are done, Minimum the quorum's minimum (nil when
	// already registered).
	Stake, Minimum *big.Int

	// Gas is an upper estimate of the gas still to spend, FeeCap the price
	// per gas the tx manager would offer at most, Balance the operator's ETH.
	Gas     uint64
	FeeCap  *big.Int
	Balance *big.Int
}

// tooLong tells whether waiting left blocks is not allowed.
func (req Request) tooLong(left uint64) bool {
	return req.NoWait || (req.MaxWaitBlocks > 0 && left > req.MaxWaitBlocks)
}

// Preflight reads everything Register depends on and returns the typed
// error of the first step that would fail, before anything is sent.
func (r *Registrar) Preflight(ctx context.Context, req Request) (*Plan, error) {
	opts := &bind.CallOpts{Context: ctx}
	p := &Plan{Operator: r.operator, OperatorID: core.OperatorID(req.BLS.GetPubKeyG1())}
	var err error
	if p.Head, err = r.client.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	if p.ELOperator, err = r.dm.IsOperator(opts, r.operator); err != nil {
		return nil, fmt.Errorf("DelegationManager isOperator: %w", err)
	}
	status, err := r.coord.GetOperatorStatus(opts, r.operator)
	if err != nil {
		return nil, fmt.Errorf("registry coordinator getOperatorStatus: %w", err)
	}
	p.Registered = status == StatusRegistered

	if err := r.checkBLSKey(ctx, p.OperatorID); err != nil {
		return nil, err
	}
	if err := r.planDeposit(ctx, p, req); err != nil {
		return nil, err
	}

	if p.Allocation, err = r.am.GetAllocation(opts, r.operator, r.operatorSet(), r.dep.EigenLayer.Strategy); err != nil {
		return nil, fmt.Errorf("read allocation: %w", err)
	}
	p.Allocate = p.Allocation.CurrentMagnitude != req.Magnitude || p.Allocation.PendingDiff.Sign() != 0

	if !p.Registered {
		if err := r.checkCap(ctx, p); err != nil {
			return nil, err
		}
		if err := r.checkStake(ctx, p, req); err != nil {
			return nil, err
		}
	}

	// Delays that would stop Register midway: fail now rather than after
	// spending gas, when waiting for them is not allowed.
	if p.ELOperator && p.Allocate {
		isSet, err := r.allocationDelaySet(ctx)
		if err != nil {
			return nil, err
		}
		if !isSet {
			effect := r.allocationDelayEffectBlock(ctx, p.Head)
			if (effect > p.Head && req.tooLong(effect-p.Head)) || (effect == 0 && req.NoWait) {
				return nil, &DelayError{Kind: DelayAllocationConfig, Operator: r.operator, EffectBlock: effect, Head: p.Head}
			}
		}
	}
	if !p.Registered {
		slashable, err := r.am.IsOperatorSlashable(opts, r.operator, r.operatorSet())
		if err != nil {
			return nil, fmt.Errorf("AllocationManager isOperatorSlashable: %w", err)
		}
		if slashable {
			if p.SlashableUntil, err = r.slashableUntil(ctx, p.Head); err != nil {
				return nil, err
			}
			if p.SlashableUntil > p.Head && req.tooLong(p.SlashableUntil-p.Head) {
				return nil, &DelayError{Kind: DelayReregistration, Operator: r.operator, EffectBlock: p.SlashableUntil, Head: p.Head}
			}
		}
	}

	if err := r.checkFunds(ctx, p); err != nil {
		return nil, err
	}
	return p, nil
}

// checkCap fails when the operator set already holds its cap of operators:
// the registration would revert (MaxOperatorCountReached). The cap is read
// from the coordinator, whose owner may change it.
func (r *Registrar) checkCap(ctx context.Context, p *Plan) error {
	opts := &bind.CallOpts{Context: ctx}
	q := r.quorum()
	params, err := r.coord.GetOperatorSetParams(opts, q)
	if err != nil {
		return fmt.Errorf("registry coordinator getOperatorSetParams: %w", err)
	}
	count, err := r.index.TotalOperatorsForQuorum(opts, q)
	if err != nil {
		return fmt.Errorf("IndexRegistry totalOperatorsForQuorum: %w", err)
	}
	p.OperatorCount, p.MaxOperators = count, params.MaxOperatorCount
	if count >= params.MaxOperatorCount {
		return &OperatorSetFullError{Operator: r.operator, Quorum: q, Registered: count, Max: params.MaxOperatorCount}
	}
	return nil
}

// checkBLSKey fails when the key's operator id belongs to another operator,
// or when the operator is bound to another key.
func (r *Registrar) checkBLSKey(ctx context.Context, id common.Hash) error {
	opts := &bind.CallOpts{Context: ctx}
	owner, err := r.blsReg.PubkeyHashToOperator(opts, id)
	if err != nil {
		return fmt.Errorf("BLSApkRegistry pubkeyHashToOperator: %w", err)
	}
	if owner != (common.Address{}) && owner != r.operator {
		return &BLSKeyTakenError{OperatorID: id, Owner: owner, Operator: r.operator}
	}
	bound, err := r.blsReg.OperatorToPubkeyHash(opts, r.operator)
	if err != nil {
		return fmt.Errorf("BLSApkRegistry operatorToPubkeyHash: %w", err)
	}
	if bound != ([32]byte{}) && common.Hash(bound) != id {
		return &BLSKeyMismatchError{Operator: r.operator, OnChain: bound, InKeystore: id}
	}
	return nil
}

// planDeposit works out what is still to deposit (and mint) for the
// requested deposit, refusing anything but the devnet's test token.
func (r *Registrar) planDeposit(ctx context.Context, p *Plan, req Request) error {
	if req.Deposit == nil || req.Deposit.Sign() == 0 {
		return nil
	}
	if err := r.checkDevnetToken(ctx); err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: ctx}
	var err error
	if p.DepositShares, err = r.strategy.Shares(opts, r.operator); err != nil {
		return fmt.Errorf("strategy shares: %w", err)
	}
	want, err := r.strategy.UnderlyingToSharesView(opts, req.Deposit)
	if err != nil {
		return fmt.Errorf("strategy underlyingToSharesView: %w", err)
	}
	if p.DepositShares.Cmp(want) >= 0 {
		return nil
	}
	if p.Deposit, err = r.strategy.SharesToUnderlyingView(opts, new(big.Int).Sub(want, p.DepositShares)); err != nil {
		return fmt.Errorf("strategy sharesToUnderlyingView: %w", err)
	}
	balance, err := r.token.BalanceOf(opts, r.operator)
	if err != nil {
		return fmt.Errorf("test token balanceOf: %w", err)
	}
	if balance.Cmp(p.Deposit) < 0 {
		p.Mint = new(big.Int).Sub(p.Deposit, balance)
	}
	return nil
}

// checkDevnetToken refuses deposits outside devnets: only a deployment
// written by `rollcall devnet` (it has dev keys) has a freely mintable test
// token, and the strategy must hold that token.
func (r *Registrar) checkDevnetToken(ctx context.Context) error {
	if len(r.dep.DevKeys) == 0 {
		return fmt.Errorf("%w: this deployment (L1 chain %d) is not a rollcall devnet, its strategy holds real tokens: deposit through EigenLayer (app.eigenlayer.xyz or the EigenLayer CLI) or have stakers delegate to the operator, then run register without --deposit",
			ErrDepositNotDevnet, r.dep.L1.ChainID)
	}
	token, err := r.strategy.UnderlyingToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("strategy underlyingToken: %w", err)
	}
	if token != r.dep.EigenLayer.Token {
		return fmt.Errorf("%w: strategy %s holds token %s, not the devnet's test token %s: deposit through EigenLayer instead, then run register without --deposit",
			ErrDepositNotDevnet, r.dep.EigenLayer.Strategy.Hex(), token.Hex(), r.dep.EigenLayer.Token.Hex())
	}
	return nil
}

// checkStake computes the operator's stake weight in the quorum as the
// StakeRegistry will at registration — for each strategy of the quorum,
// shares × magnitude / max magnitude × multiplier / WEIGHTING_DIVISOR —
// after the requested deposit and allocation, and fails when it is below
// the quorum's minimum.
func (r *Registrar) checkStake(ctx context.Context, p *Plan, req Request) error {
	opts := &bind.CallOpts{Context: ctx}
	q := r.quorum()
	n, err := r.stakeReg.StrategyParamsLength(opts, q)
	if err != nil {
		return fmt.Errorf("StakeRegistry strategyParamsLength: %w", err)
	}
	divisor, err := r.stakeReg.WEIGHTINGDIVISOR(opts)
	if err != nil {
		return fmt.Errorf("StakeRegistry WEIGHTING_DIVISOR: %w", err)
	}
	if p.Minimum, err = r.stakeReg.MinimumStakeForQuorum(opts, q); err != nil {
		return fmt.Errorf("StakeRegistry minimumStakeForQuorum: %w", err)
	}
	wad := new(big.Int).SetUint64(FullMagnitude)
	weight := new(big.Int)
	depShares := new(big.Int)
	for i := int64(0); i < n.Int64(); i++ {
		sp, err := r.stakeReg.StrategyParamsByIndex(opts, q, big.NewInt(i))
		if err != nil {
			return fmt.Errorf("StakeRegistry strategyParamsByIndex: %w", err)
		}
		shares, err := r.operatorShares(ctx, p.ELOperator, sp.Strategy)
		if err != nil {
			return err
		}
		magnitude := req.Magnitude
		if sp.Strategy == r.dep.EigenLayer.Strategy {
			if p.Deposit != nil {
				extra, err := r.strategy.UnderlyingToSharesView(opts, p.Deposit)
				if err != nil {
					return fmt.Errorf("strategy underlyingToSharesView: %w", err)
				}
				shares.Add(shares, extra)
			}
			depShares = shares
		} else {
			a, err := r.am.GetAllocation(opts, r.operator, r.operatorSet(), sp.Strategy)
			if err != nil {
				return fmt.Errorf("read allocation: %w", err)
			}
			magnitude = a.CurrentMagnitude
		}
		maxMag, err := r.am.GetMaxMagnitude(opts, r.operator, sp.Strategy)
		if err != nil {
			return fmt.Errorf("AllocationManager getMaxMagnitude: %w", err)
		}
		if maxMag == 0 {
			continue
		}
		proportion := new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(magnitude), wad), new(big.Int).SetUint64(maxMag))
		slashable := new(big.Int).Div(new(big.Int).Mul(shares, proportion), wad)
		weight.Add(weight, new(big.Int).Div(new(big.Int).Mul(slashable, sp.Multiplier), divisor))
	}
	p.Stake = weight
	if weight.Cmp(p.Minimum) < 0 {
		return &StakeBelowMinimumError{Quorum: q, Stake: weight, Minimum: p.Minimum, Shares: depShares, Magnitude: req.Magnitude}
	}
	return nil
}

// operatorShares are the shares delegated to the operator in strategy; for
// a key that is not an operator yet, its own withdrawable shares (which
// registering as an operator delegates to itself).
func (r *Registrar) operatorShares(ctx context.Context, isOperator bool, strategy common.Address) (*big.Int, error) {
	opts := &bind.CallOpts{Context: ctx}
	if isOperator {
		s, err := r.dm.OperatorShares(opts, r.operator, strategy)
		if err != nil {
			return nil, fmt.Errorf("DelegationManager operatorShares: %w", err)
		}
		return new(big.Int).Set(s), nil
	}
	ws, err := r.dm.GetWithdrawableShares(opts, r.operator, []common.Address{strategy})
	if err != nil {
		return nil, fmt.Errorf("DelegationManager getWithdrawableShares: %w", err)
	}
	if len(ws.WithdrawableShares) == 0 {
		return new(big.Int), nil
	}
	return new(big.Int).Set(ws.WithdrawableShares[0]), nil
}

// slashableUntil is the last block at which the operator, deregistered
// from rollcall's operator set but still slashable at head, can be slashed
// (chainio.SlashableUntil). Without a deregistration in the last
// DEALLOCATION_DELAY blocks it assumes the worst case, head +
// DEALLOCATION_DELAY.
func (r *Registrar) slashableUntil(ctx context.Context, head uint64) (uint64, error) {
	delay, err := r.am.DEALLOCATIONDELAY(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("AllocationManager DEALLOCATION_DELAY: %w", err)
	}
	// A deregistration still slashable at head is at most
	// DEALLOCATION_DELAY blocks old.
	from := head - min(head, uint64(delay)+1)
	until, found, err := chainio.SlashableUntil(ctx, r.am, r.operator, r.operatorSet(), from, head)
	if err != nil {
		return 0, err
	}
	if !found {
		return head + uint64(delay), nil
	}
	return until, nil
}

// checkFunds fails when the operator's ETH does not cover the gas of the
// steps still to do, at the highest fee the tx manager would offer.
func (r *Registrar) checkFunds(ctx context.Context, p *Plan) error {
	if !p.ELOperator {
		p.Gas += gasRegisterAsOperator
	}
	if p.Deposit != nil && p.Deposit.Sign() > 0 {
		p.Gas += gasApprove + gasDeposit
		if p.Mint != nil && p.Mint.Sign() > 0 {
			p.Gas += gasMint
		}
	}
	if p.Allocate {
		p.Gas += gasAllocate
	}
	if !p.Registered {
		p.Gas += gasRegisterForSets
	}
	if p.Gas == 0 {
		return nil
	}
	return r.requireFunds(ctx, p.Gas, "the remaining registration steps", func(feeCap, balance *big.Int) {
		p.FeeCap, p.Balance = feeCap, balance
	})
}

// requireFunds checks balance ≥ gas × gasMultiplier (the gas limit the tx
// manager sets) × the fee cap (2 × base fee + 1.25 × tip, as eigensdk-go's
// geometric tx manager offers).
func (r *Registrar) requireFunds(ctx context.Context, gas uint64, what string, seen func(feeCap, balance *big.Int)) error {
	feeCap, err := r.feeCap(ctx)
	if err != nil {
		return err
	}
	balance, err := r.client.BalanceAt(ctx, r.operator, nil)
	if err != nil {
		return fmt.Errorf("read balance of %s: %w", r.operator.Hex(), err)
	}
	if seen != nil {
		seen(feeCap, balance)
	}
	limit := uint64(float64(gas) * chainio.DefaultGasMultiplier)
	needed := new(big.Int).Mul(new(big.Int).SetUint64(limit), feeCap)
	if balance.Cmp(needed) < 0 {
		return &InsufficientFundsError{Account: r.operator, Balance: balance, Needed: needed, Gas: limit, FeeCap: feeCap, What: what}
	}
	return nil
}

func (r *Registrar) feeCap(ctx context.Context) (*big.Int, error) {
	header, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	tip, err := r.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	tip = new(big.Int).Div(new(big.Int).Mul(tip, big.NewInt(125)), big.NewInt(100))
	if header.BaseFee == nil {
		price, err := r.client.SuggestGasPrice(ctx)
		if err != nil {
			return nil, fmt.Errorf("suggest gas price: %w", err)
		}
		return price, nil
	}
	return new(big.Int).Add(new(big.Int).Mul(header.BaseFee, big.NewInt(2)), tip), nil
}

// simulate runs method on contract as an eth_call from the operator and
// returns the call's error (carrying the revert data).
func (r *Registrar) simulate(ctx context.Context, contract common.Address, a *abi.ABI, method string, args ...any) error {
	data, err := a.Pack(method, args...)
	if err != nil {
		return fmt.Errorf("pack %s: %w", method, err)
	}
	_, err = r.client.CallContract(ctx, ethereum.CallMsg{From: r.operator, To: &contract, Data: data}, nil)
	return err
}

// estimate estimates the gas of method on contract sent by the operator.
func (r *Registrar) estimate(ctx context.Context, contract common.Address, a *abi.ABI, method string, args ...any) (uint64, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return 0, fmt.Errorf("pack %s: %w", method, err)
	}
	return r.client.EstimateGas(ctx, ethereum.CallMsg{From: r.operator, To: &contract, Data: data})
}
