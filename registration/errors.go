package registration

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/chainio"
)

// Sentinels of the failures an operator can fix, checked with errors.Is.
// Each is carried by a typed error whose message names the fix.
var (
	// ErrWrongChain: the L1 endpoint serves another chain than the
	// deployment's (chainio's *WrongChainError matches it too).
	ErrWrongChain = chainio.ErrWrongChain
	// ErrStakeBelowMinimum: the slashable stake the operator would have in
	// a quorum is below the quorum's minimum.
	ErrStakeBelowMinimum = errors.New("stake below the quorum minimum")
	// ErrBLSKeyTaken: the BLS key is registered by another operator.
	ErrBLSKeyTaken = errors.New("BLS key already registered by another operator")
	// ErrBLSKeyMismatch: the operator address is bound on chain to another
	// BLS key than the keystore's.
	ErrBLSKeyMismatch = errors.New("operator bound to another BLS key")
	// ErrDelayNotPassed: an EigenLayer delay (allocation delay, pending
	// allocation, deregistration window) has not passed yet.
	ErrDelayNotPassed = errors.New("delay not passed")
	// ErrInsufficientFunds: the operator's ETH does not cover the gas.
	ErrInsufficientFunds = errors.New("insufficient ETH for gas")
	// ErrDepositNotDevnet: --deposit asked on a deployment that is not a
	// devnet.
	ErrDepositNotDevnet = errors.New("deposit is only available on devnets")
	// ErrNotRegistered: the operator is not registered to rollcall.
	ErrNotRegistered = errors.New("not registered to rollcall")
	// ErrOperatorSetFull: rollcall's operator set already holds as many
	// operators as its cap allows.
	ErrOperatorSetFull = errors.New("operator set is full")
)

// OperatorSetFullError: registering would exceed the operator set's cap
// (the quorum's maxOperatorCount); the coordinator would revert with
// MaxOperatorCountReached.
type OperatorSetFullError struct {
	Operator common.Address
	Quorum   uint8
	// Registered is how many operators the set holds, Max its cap.
	Registered, Max uint32
}

func (e *OperatorSetFullError) Error() string {
	return fmt.Sprintf("operator set is full: quorum %d holds %d operators and its cap (maxOperatorCount) is %d, so %s cannot register: "+
		"wait until an operator leaves, or have the AVS owner raise the cap (setOperatorSetParams on the registry coordinator)",
		e.Quorum, e.Registered, e.Max, e.Operator.Hex())
}

func (e *OperatorSetFullError) Is(target error) bool { return target == ErrOperatorSetFull }

// WrongChainError: the L1 endpoint is not the deployment's chain, with the
// fix (see AsWrongChain).
type WrongChainError struct {
	Endpoint string // redacted URL
	Got      uint64
	Want     uint64
}

func (e *WrongChainError) Error() string {
	return fmt.Sprintf("wrong chain: L1 endpoint %s serves chain id %d, the deployment is on chain %d: point --l1-rpc (or l1-rpc in the config) at an L1 node of chain %d",
		e.Endpoint, e.Got, e.Want, e.Want)
}

func (e *WrongChainError) Is(target error) bool { return target == ErrWrongChain }

// AsWrongChain turns chainio's *WrongChainError into a *WrongChainError,
// which names the fix; other errors are returned as they are.
func AsWrongChain(err error) error {
	var wrong *chainio.WrongChainError
	if errors.As(err, &wrong) {
		return &WrongChainError{Endpoint: wrong.Endpoint, Got: wrong.Got, Want: wrong.Want}
	}
	return err
}

// StakeBelowMinimumError: registering would fail in the StakeRegistry.
type StakeBelowMinimumError struct {
	Quorum uint8
	// Stake is the operator's stake weight in the quorum after the
	// requested deposit and allocation: shares × magnitude / max magnitude,
	// weighted by the quorum's strategy multipliers.
	Stake   *big.Int
	Minimum *big.Int
	// Shares and Magnitude are those of the deployment's strategy.
	Shares    *big.Int
	Magnitude uint64
}

func (e *StakeBelowMinimumError) Error() string {
	return fmt.Sprintf("stake below the quorum minimum: with %s shares and %s of them allocated, the stake in quorum %d would be %s (%s), below its minimum %s (%s): allocate more (--allocation) or deposit more (--deposit, or delegate stake to the operator)",
		FormatWad(e.Shares), FormatFraction(e.Magnitude), e.Quorum, FormatWad(e.Stake), e.Stake, FormatWad(e.Minimum), e.Minimum)
}

func (e *StakeBelowMinimumError) Is(target error) bool { return target == ErrStakeBelowMinimum }

// BLSKeyTakenError: the BLS key's operator id belongs to another operator.
type BLSKeyTakenError struct {
	OperatorID common.Hash
	Owner      common.Address
	Operator   common.Address
}

func (e *BLSKeyTakenError) Error() string {
	return fmt.Sprintf("BLS key already registered by another operator: operator id %s is bound to %s, not to %s; a BLS key serves one operator only: create a new one (rollcall keys create --type bls) and point bls-keystore at it",
		e.OperatorID, e.Owner.Hex(), e.Operator.Hex())
}

func (e *BLSKeyTakenError) Is(target error) bool { return target == ErrBLSKeyTaken }

// BLSKeyMismatchError: the operator registered another BLS key before; the
// BLSApkRegistry keeps an operator's first key forever.
type BLSKeyMismatchError struct {
	Operator   common.Address
	OnChain    common.Hash // operator id of the key on chain
	InKeystore common.Hash // operator id of the keystore's key
}

func (e *BLSKeyMismatchError) Error() string {
	return fmt.Sprintf("operator bound to another BLS key: %s registered the BLS key with operator id %s before, the keystore holds operator id %s; the registry keeps an operator's first key: point bls-keystore at that key's keystore",
		e.Operator.Hex(), e.OnChain, e.InKeystore)
}

func (e *BLSKeyMismatchError) Is(target error) bool { return target == ErrBLSKeyMismatch }

// DelayKind says which EigenLayer delay is pending.
type DelayKind int

const (
	// DelayAllocationConfig: a new operator's allocation delay is not in
	// effect yet (ALLOCATION_CONFIGURATION_DELAY); modifyAllocations reverts
	// with UninitializedAllocationDelay until then.
	DelayAllocationConfig DelayKind = iota
	// DelayAllocationEffect: allocated magnitude becomes slashable (and
	// counts as stake) only after the operator's allocation delay.
	DelayAllocationEffect
	// DelayReregistration: a deregistered operator stays a member of the
	// operator set (slashable) through the DEALLOCATION_DELAY blocks after
	// its deregistration and can register again only after them.
	DelayReregistration
)

// DelayError: an EigenLayer delay has not passed and waiting for it was not
// allowed (or would take too long).
type DelayError struct {
	Kind     DelayKind
	Operator common.Address
	// EffectBlock is the block from which the step can proceed; zero when
	// it could not be found (the delay is then reported without it).
	EffectBlock uint64
	Head        uint64
}

// Remaining is how many blocks are left (0 when unknown or passed).
func (e *DelayError) Remaining() uint64 {
	if e.EffectBlock > e.Head {
		return e.EffectBlock - e.Head
	}
	return 0
}

func (e *DelayError) Error() string {
	when := "a later block"
	if e.EffectBlock != 0 {
		when = fmt.Sprintf("block %d, %d blocks from now (head %d)", e.EffectBlock, e.Remaining(), e.Head)
	}
	advice := "run `rollcall operator register` again then, or raise --wait-blocks to wait for it"
	switch e.Kind {
	case DelayAllocationEffect:
		return fmt.Sprintf("allocation delay not passed: the allocation change of %s (sent) takes effect at %s: %s", e.Operator.Hex(), when, advice)
	case DelayReregistration:
		return fmt.Sprintf("deregistration window not passed: %s stays a slashable member of the operator set through %s and can register again only after it: %s", e.Operator.Hex(), when, advice)
	default:
		return fmt.Sprintf("allocation delay not passed: EigenLayer applies the allocation delay of %s at %s; allocating before reverts (UninitializedAllocationDelay): %s", e.Operator.Hex(), when, advice)
	}
}

func (e *DelayError) Is(target error) bool { return target == ErrDelayNotPassed }

// InsufficientFundsError: the operator's balance does not cover the gas of
// what is left to do.
type InsufficientFundsError struct {
	Account common.Address
	Balance *big.Int
	// Needed is Gas × FeeCap (plus the gas limit margin the tx manager
	// adds); zero when the node refused a transaction without saying.
	Needed *big.Int
	Gas    uint64
	FeeCap *big.Int
	What   string // what the gas is for
}

func (e *InsufficientFundsError) Error() string {
	if e.Needed == nil || e.Needed.Sign() == 0 {
		return fmt.Sprintf("insufficient ETH for gas: %s has %s ETH, not enough for %s: send ETH to %s and run the command again",
			e.Account.Hex(), FormatEther(e.Balance), e.What, e.Account.Hex())
	}
	missing := new(big.Int).Sub(e.Needed, e.Balance)
	return fmt.Sprintf("insufficient ETH for gas: %s has %s ETH; %s would cost up to %s ETH (%d gas at up to %s gwei): send at least %s ETH to %s",
		e.Account.Hex(), FormatEther(e.Balance), e.What, FormatEther(e.Needed), e.Gas, formatGwei(e.FeeCap), FormatEther(missing), e.Account.Hex())
}

func (e *InsufficientFundsError) Is(target error) bool { return target == ErrInsufficientFunds }

// allocationManagerABI decodes the AllocationManager's custom errors.
var allocationManagerABI = mustABI(allocationmanager.ContractAllocationManagerMetaData.GetAbi())

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(err) // the SDK's embedded ABI JSON: a broken build, not a runtime condition
	}
	return a
}

// ClassifyAllocationRevert turns the revert of a modifyAllocations call (an
// eth_call, a gas estimate or a send) into the typed error an operator can
// act on; it returns nil when err is not one it knows. effectBlock and head
// fill a DelayError (zero when unknown).
func ClassifyAllocationRevert(err error, operator common.Address, effectBlock, head uint64) error {
	rev, ok := chainio.DecodeRevert(err, allocationManagerABI)
	if !ok {
		return nil
	}
	switch rev.Name {
	case "UninitializedAllocationDelay":
		return &DelayError{Kind: DelayAllocationConfig, Operator: operator, EffectBlock: effectBlock, Head: head}
	case "InsufficientMagnitude":
		return fmt.Errorf("allocate magnitude: the operator's magnitude is already allocated to other operator sets (InsufficientMagnitude): deallocate there first or lower --allocation: %w", err)
	case "ModificationAlreadyPending":
		return &DelayError{Kind: DelayAllocationEffect, Operator: operator, EffectBlock: effectBlock, Head: head}
	case "AlreadyMemberOfSet":
		return &DelayError{Kind: DelayReregistration, Operator: operator, EffectBlock: effectBlock, Head: head}
	}
	return fmt.Errorf("AllocationManager %s: %w", rev, err)
}

// classifySendError recognises a node's refusal for lack of funds.
func classifySendError(err error, account common.Address, what string) *InsufficientFundsError {
	if err != nil && strings.Contains(strings.ToLower(err.Error()), "insufficient funds") {
		return &InsufficientFundsError{Account: account, Balance: new(big.Int), What: what}
	}
	return nil
}

// FormatWad shows an amount with 18 decimals ("1.5" for 1.5e18).
func FormatWad(v *big.Int) string { return formatDecimals(v, 18) }

// FormatEther shows wei as ETH.
func FormatEther(v *big.Int) string { return formatDecimals(v, 18) }

// FormatFraction shows a magnitude out of FullMagnitude as a percentage.
func FormatFraction(magnitude uint64) string {
	r := new(big.Rat).SetFrac(new(big.Int).SetUint64(magnitude), new(big.Int).SetUint64(FullMagnitude/100))
	s := strings.TrimRight(strings.TrimRight(r.FloatString(4), "0"), ".")
	return s + "%"
}

func formatGwei(v *big.Int) string {
	if v == nil {
		return "?"
	}
	return formatDecimals(v, 9)
}

func formatDecimals(v *big.Int, decimals int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(abs, unit, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%0*s", decimals, r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}
