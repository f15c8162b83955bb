package registration_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/registration"
)

// revertErr is what go-ethereum's RPC client returns for a reverted
// eth_call or gas estimate: a rpc.DataError carrying the revert data.
type revertErr struct{ data string }

func (e revertErr) Error() string          { return "execution reverted" }
func (e revertErr) ErrorData() interface{} { return e.data }

func customError(sig string) revertErr {
	return revertErr{data: hexutil.Encode(crypto.Keccak256([]byte(sig))[:4])}
}

var operator = common.HexToAddress("0x00000000000000000000000000000000000000aa")

// The allocation delay cannot always be caught on a devnet (one block of
// ALLOCATION_CONFIGURATION_DELAY passes quickly), so its classification from
// the AllocationManager's revert data is checked here too.
func TestClassifyAllocationRevert(t *testing.T) {
	err := registration.ClassifyAllocationRevert(fmt.Errorf("estimate: %w", customError("UninitializedAllocationDelay()")), operator, 120, 117)
	require.ErrorIs(t, err, registration.ErrDelayNotPassed)
	var de *registration.DelayError
	require.ErrorAs(t, err, &de)
	require.Equal(t, registration.DelayAllocationConfig, de.Kind)
	require.Equal(t, uint64(3), de.Remaining())
	require.Contains(t, err.Error(), "allocation delay not passed")
	require.Contains(t, err.Error(), "block 120, 3 blocks from now (head 117)")
	require.Contains(t, err.Error(), "UninitializedAllocationDelay")

	err = registration.ClassifyAllocationRevert(customError("ModificationAlreadyPending()"), operator, 0, 117)
	require.ErrorIs(t, err, registration.ErrDelayNotPassed)
	require.Contains(t, err.Error(), "a later block")

	err = registration.ClassifyAllocationRevert(customError("InsufficientMagnitude()"), operator, 0, 0)
	require.Error(t, err)
	require.NotErrorIs(t, err, registration.ErrDelayNotPassed)
	require.Contains(t, err.Error(), "lower --allocation")

	require.NoError(t, registration.ClassifyAllocationRevert(errors.New("connection refused"), operator, 0, 0), "no revert data: not classified")
	require.NoError(t, registration.ClassifyAllocationRevert(revertErr{data: "0xdeadbeef"}, operator, 0, 0), "unknown error: not classified")
}

func TestTypedErrorsNameTheFix(t *testing.T) {
	cases := []struct {
		err      error
		sentinel error
		want     []string
	}{
		{&registration.WrongChainError{Endpoint: "http://127.0.0.1:9545", Got: 901, Want: 31337}, registration.ErrWrongChain,
			[]string{"wrong chain", "serves chain id 901", "on chain 31337", "--l1-rpc"}},
		{&registration.StakeBelowMinimumError{Quorum: 0, Stake: big.NewInt(1e17), Minimum: big.NewInt(1e18), Shares: big.NewInt(1e18), Magnitude: 1e15},
			registration.ErrStakeBelowMinimum, []string{"would be 0.1", "minimum 1", "0.1%", "allocate more", "deposit more"}},
		{&registration.BLSKeyTakenError{OperatorID: common.Hash{1}, Owner: common.Address{2}, Operator: operator}, registration.ErrBLSKeyTaken,
			[]string{"already registered by another operator", "create a new one"}},
		{&registration.BLSKeyMismatchError{Operator: operator, OnChain: common.Hash{1}, InKeystore: common.Hash{2}}, registration.ErrBLSKeyMismatch,
			[]string{"another BLS key", "point bls-keystore at that key"}},
		{&registration.DelayError{Kind: registration.DelayReregistration, Operator: operator, EffectBlock: 50, Head: 45}, registration.ErrDelayNotPassed,
			[]string{"deregistration window", "block 50, 5 blocks from now"}},
		{&registration.InsufficientFundsError{Account: operator, Balance: big.NewInt(0), Needed: big.NewInt(3e15), Gas: 1_500_000, FeeCap: big.NewInt(2e9), What: "registration"},
			registration.ErrInsufficientFunds, []string{"has 0 ETH", "up to 0.003 ETH", "1500000 gas at up to 2 gwei", "send at least 0.003 ETH"}},
	}
	for _, c := range cases {
		require.ErrorIs(t, c.err, c.sentinel)
		for _, w := range c.want {
			require.Contains(t, c.err.Error(), w)
		}
	}
}

func TestParseAllocation(t *testing.T) {
	for in, want := range map[string]uint64{"1": 1e18, "0.5": 5e17, "0.001": 1e15, "1e-18": 1, " 0.25 ": 25e16, "1/3": 333333333333333333} {
		got, err := registration.ParseAllocation(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, in := range []string{"0", "-0.5", "1.01", "2", "abc", "", "1e-19"} {
		_, err := registration.ParseAllocation(in)
		require.Error(t, err, in)
	}
}

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{"100": "100000000000000000000", "0.5": "500000000000000000", "1.000000000000000001": "1000000000000000001", ".5": "500000000000000000"} {
		got, err := registration.ParseAmount(in, 18)
		require.NoError(t, err, in)
		require.Equal(t, want, got.String(), in)
	}
	for _, in := range []string{"0", "0.0", "-1", "1e18", "1.0000000000000000001", "", ".", "ten"} {
		_, err := registration.ParseAmount(in, 18)
		require.Error(t, err, in)
	}
}

func TestFormat(t *testing.T) {
	require.Equal(t, "1.5", registration.FormatWad(big.NewInt(15e17)))
	require.Equal(t, "0", registration.FormatWad(nil))
	require.Equal(t, "100", registration.FormatWad(new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))))
	require.Equal(t, "50%", registration.FormatFraction(5e17))
	require.Equal(t, "0.1%", registration.FormatFraction(1e15))
	require.Equal(t, "100%", registration.FormatFraction(1e18))
}
