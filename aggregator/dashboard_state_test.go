package aggregator

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/deploy"
)

// TestDashboardStateReplicas: the dashboard's state says whether the
// aggregator runs scheduled rounds and as which replica, and per round
// whether another replica landed it and how many of this aggregator's
// attest transactions reverted, still within DashboardRounds rounds.
func TestDashboardStateReplicas(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, st.Close()) })
	cfg := DefaultConfig()
	cfg.RoundEvery, cfg.ReplicaIndex, cfg.ReplicaCount = 10, 1, 3
	s := &Service{cfg: cfg, store: st, metrics: NoopMetrics{}, log: zap.NewNop(), rounds: map[uint64]*round{},
		dep: &deploy.Deployment{L1: deploy.L1Info{ChainID: 31337}}}

	// More rounds than the page lists; the newest three are the replicas'
	// cases: landed by another replica after one of ours reverted, landed
	// by us, landed by another replica before we sent.
	newest := uint64(api.DashboardRounds + 5)
	for n := uint64(1); n <= newest; n++ {
		rec := &roundRecord{Round: n, Status: api.StatusAttested, ReferenceBlock: uint32(10 * n), Every: 10,
			Targets: []api.Target{{ChainID: 901, BlockNumber: 100 + n}}, OpenedAt: int64(1000 * n), AttestedAt: int64(1000*n + 500),
			TxHash: common.Hash{byte(n)}, Operators: 3}
		switch n {
		case newest:
			rec.AttestedElsewhere, rec.AttestReverts = true, 1
		case newest - 2:
			rec.AttestedElsewhere = true
		}
		require.NoError(t, st.PutRound(rec))
	}

	state, err := s.DashboardState(context.Background())
	require.NoError(t, err)
	require.Equal(t, uint64(10), state.RoundEvery)
	require.Equal(t, uint64(1), state.ReplicaIndex)
	require.Equal(t, uint64(3), state.ReplicaCount)
	require.Len(t, state.Rounds, api.DashboardRounds, "the state stays bounded")
	require.Equal(t, newest, state.Rounds[0].Round, "newest first")
	type replicaView struct {
		round     uint64
		elsewhere bool
		reverts   int
	}
	var got []replicaView
	for _, r := range state.Rounds[:4] {
		got = append(got, replicaView{r.Round, r.AttestedElsewhere, r.AttestReverts})
	}
	require.Equal(t, []replicaView{{newest, true, 1}, {newest - 1, false, 0}, {newest - 2, true, 0}, {newest - 3, false, 0}}, got)
	for _, r := range state.Rounds[3:] {
		require.False(t, r.AttestedElsewhere, "round %d", r.Round)
		require.Zero(t, r.AttestReverts, "round %d", r.Round)
	}

	// An unscheduled, single aggregator says so.
	s.cfg = DefaultConfig()
	state, err = s.DashboardState(context.Background())
	require.NoError(t, err)
	require.Zero(t, state.RoundEvery)
	require.Equal(t, uint64(0), state.ReplicaIndex)
	require.Equal(t, uint64(1), state.ReplicaCount)
}
