package chainio

import (
	"context"
	"math/big"
	"testing"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// deregistrations is an AllocationManager that answers DEALLOCATION_DELAY
// and OperatorRemovedFromOperatorSet logs, counting the log queries.
type deregistrations struct {
	bind.ContractBackend // nil: only the methods below are called
	delay                uint64
	logs                 []types.Log
	queries              [][2]uint64
}

func (d *deregistrations) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return common.LeftPadBytes(new(big.Int).SetUint64(d.delay).Bytes(), 32), nil
}

func (d *deregistrations) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	d.queries = append(d.queries, [2]uint64{from, to})
	var out []types.Log
	for _, l := range d.logs {
		if l.BlockNumber >= from && l.BlockNumber <= to && l.Topics[1] == q.Topics[1][0] {
			out = append(out, l)
		}
	}
	return out, nil
}

func (d *deregistrations) removed(t *testing.T, block uint64, op common.Address, set allocationmanager.OperatorSet) {
	t.Helper()
	parsed, err := allocationmanager.ContractAllocationManagerMetaData.GetAbi()
	require.NoError(t, err)
	ev := parsed.Events["OperatorRemovedFromOperatorSet"]
	data, err := ev.Inputs.NonIndexed().Pack(set)
	require.NoError(t, err)
	d.logs = append(d.logs, types.Log{
		BlockNumber: block, Topics: []common.Hash{ev.ID, common.BytesToHash(op.Bytes())}, Data: data,
	})
}

func TestSlashableUntil(t *testing.T) {
	ctx := context.Background()
	op, other := common.Address{1}, common.Address{2}
	set := allocationmanager.OperatorSet{Avs: common.Address{0xa}, Id: 0}
	otherSet := allocationmanager.OperatorSet{Avs: common.Address{0xa}, Id: 1}
	d := &deregistrations{delay: 50}
	d.removed(t, 1_000, op, set)
	d.removed(t, 25_000, op, set) // the last one
	d.removed(t, 26_000, op, otherSet)
	d.removed(t, 27_000, other, set)
	am, err := allocationmanager.NewContractAllocationManager(common.Address{0xe}, d)
	require.NoError(t, err)

	until, deregistered, err := SlashableUntil(ctx, am, op, set, 0, 30_000)
	require.NoError(t, err)
	require.True(t, deregistered)
	require.Equal(t, uint64(25_050), until, "deregistration block + DEALLOCATION_DELAY, inclusive")
	require.Equal(t, [][2]uint64{{20_001, 30_000}}, d.queries, "newest window first, stops at the first find")

	d.queries = nil
	until, deregistered, err = SlashableUntil(ctx, am, op, set, 0, 24_999)
	require.NoError(t, err)
	require.True(t, deregistered)
	require.Equal(t, uint64(1_050), until)
	require.Equal(t, [][2]uint64{{15_000, 24_999}, {5_000, 14_999}, {0, 4_999}}, d.queries)

	d.queries = nil
	_, deregistered, err = SlashableUntil(ctx, am, op, set, 1_001, 24_999)
	require.NoError(t, err)
	require.False(t, deregistered)
	require.Equal(t, [][2]uint64{{15_000, 24_999}, {5_000, 14_999}, {1_001, 4_999}}, d.queries)

	_, deregistered, err = SlashableUntil(ctx, am, op, set, 10, 9)
	require.NoError(t, err)
	require.False(t, deregistered, "empty range")
}
