package aggregator

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

func TestStoreOperatorSignatures(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	defer st.Close()
	op, other := common.Hash{1}, common.Hash{2}
	claimsOf := func(round uint64) []core.Claim {
		return []core.Claim{{ChainID: 901, BlockNumber: round * 10, StateRoot: common.Hash{byte(round)}}}
	}
	for round := uint64(1); round <= 5; round++ {
		require.NoError(t, st.PutRound(&roundRecord{Round: round, Status: api.StatusAttested, ReferenceBlock: uint32(round)}))
		signer := other
		if round%2 == 1 {
			signer = op
		}
		require.NoError(t, st.PutSignature(round, signer, sigRecord{Digest: common.Hash{0xd, byte(round)}}, claimsOf(round)))
	}
	rounds := func(sigs []operatorSignature) []uint64 {
		var out []uint64
		for _, s := range sigs {
			out = append(out, s.round.Round)
			require.Equal(t, claimsOf(s.round.Round), s.claims, "claims of round %d", s.round.Round)
			require.Equal(t, common.Hash{0xd, byte(s.round.Round)}, s.sig.Digest)
		}
		return out
	}

	all, next, err := st.OperatorSignatures(op, 1, 100, 100)
	require.NoError(t, err)
	require.Equal(t, []uint64{1, 3, 5}, rounds(all))
	require.Zero(t, next, "history exhausted")

	page, next, err := st.OperatorSignatures(op, 1, 2, 100)
	require.NoError(t, err)
	require.Equal(t, []uint64{1, 3}, rounds(page))
	require.Equal(t, uint64(4), next)
	page, next, err = st.OperatorSignatures(op, next, 2, 100)
	require.NoError(t, err)
	require.Equal(t, []uint64{5}, rounds(page))
	require.Zero(t, next)

	// The scan cap stops a call early, with where to go on.
	page, next, err = st.OperatorSignatures(op, 1, 100, 2)
	require.NoError(t, err)
	require.Equal(t, []uint64{1}, rounds(page))
	require.Equal(t, uint64(3), next)

	page, _, err = st.OperatorSignatures(common.Hash{9}, 1, 100, 100)
	require.NoError(t, err)
	require.Empty(t, page)
	page, _, err = st.OperatorSignatures(other, 1, 100, 100)
	require.NoError(t, err)
	require.Equal(t, []uint64{2, 4}, rounds(page))
}
