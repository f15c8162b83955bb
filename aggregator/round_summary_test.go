package aggregator

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// TestClosedRoundSummary checks that a round closing writes the summary
// that listing reads: ListRounds and GetRound show a closed round exactly as
// they showed it open (and as the stored signatures do), and they read no
// signature to do so.
func TestClosedRoundSummary(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, st.Close()) })
	s := &Service{store: st, metrics: NoopMetrics{}, log: zap.NewNop(), rounds: map[uint64]*round{}}
	svc := &rpcService{s: s}

	// Three rounds: 1 with three signers over two digests, 2 with none,
	// 3 with one; the operator ids are out of order on purpose.
	ids := []common.Hash{{0x30}, {0x10}, {0x20}}
	signers := map[uint64][]int{1: {0, 1, 2}, 2: nil, 3: {2}}
	for n := uint64(1); n <= 3; n++ {
		rec := &roundRecord{Round: n, Status: api.StatusOpen, ReferenceBlock: uint32(10 + n),
			Targets: []api.Target{{ChainID: 901, BlockNumber: 100 + n}}, OpenedAt: int64(n), Operators: 3}
		require.NoError(t, st.PutRound(rec))
		r := newRound(rec, &chainstate.Snapshot{Operators: map[common.Hash]*chainstate.Operator{}})
		for i, who := range signers[n] {
			digest := common.Hash{byte(n), byte(i % 2)}
			claims := []core.Claim{{ChainID: 901, BlockNumber: 100 + n, StateRoot: digest}}
			require.NoError(t, st.PutSignature(n, ids[who], sigRecord{Digest: digest}, claims))
			g, ok := r.groups[digest]
			if !ok {
				g = &digestGroup{digest: digest}
				r.groups[digest] = g
			}
			g.signers = append(g.signers, ids[who])
			r.signed[ids[who]] = true
		}
		s.rounds[n] = r
	}
	list := func() []api.RoundStatus {
		t.Helper()
		out, err := svc.ListRounds(api.ListRoundsRequest{})
		require.NoError(t, err)
		return out
	}
	open := list()
	require.Len(t, open, 3)
	require.Len(t, open[2].Signers, 3, "round 1 as listed while open")

	// Close every round; the listing shows the same, with the new status.
	s.mu.Lock()
	var closing []*round
	for _, r := range s.rounds {
		s.closeRoundLocked(r, api.StatusAttested)
		closing = append(closing, r)
	}
	s.mu.Unlock()
	s.persistClosed(closing...)
	require.Empty(t, s.rounds)
	closed := list()
	for i := range open {
		open[i].Status = api.StatusAttested
	}
	require.Equal(t, open, closed, "closed rounds listed from their summaries")

	// The same as a record without summary (a round closed before
	// summaries existed) rendered from the stored signatures.
	for _, want := range closed {
		rec, err := st.GetRound(want.Round)
		require.NoError(t, err)
		require.NotNil(t, rec.signers, "round %d has a summary", want.Round)
		rec.signers = nil
		legacy, err := s.closedStatus(rec)
		require.NoError(t, err)
		require.Equal(t, want, *legacy, "round %d: summary vs stored signatures", want.Round)
	}

	// Listing reads no signature: with the signatures gone, it is unchanged.
	require.NoError(t, st.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketSigs); err != nil {
			return err
		}
		_, err := tx.CreateBucket(bucketSigs)
		return err
	}))
	require.Equal(t, closed, list())
	got, err := svc.GetRound(1)
	require.NoError(t, err)
	require.Equal(t, closed[2], *got)
}
