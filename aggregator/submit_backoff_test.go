package aggregator

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
)

// TestBackoffAppliesToCompleteRounds: a round every operator signed is due
// at once, but after a failed submission it waits its back-off like any
// other (it used to be due again at the next tick, ~20 registry calls a
// second during an L1 outage).
func TestBackoffAppliesToCompleteRounds(t *testing.T) {
	s := &Service{cfg: Config{LateWindow: time.Hour}, metrics: NoopMetrics{}, log: zap.NewNop(), rounds: map[uint64]*round{}}
	op := common.Hash{1}
	r := newRound(&roundRecord{Round: 1, Status: api.StatusOpen},
		&chainstate.Snapshot{Operators: map[common.Hash]*chainstate.Operator{op: {ID: op}}})
	r.signed[op] = true
	r.quorumAt = time.Now()
	s.rounds[1] = r

	require.Equal(t, []*round{r}, s.dueRounds(), "every operator signed: due before the late window")
	require.Empty(t, s.dueRounds(), "owned by the submitter")

	for failure := range 6 {
		s.retryLater(r)
		require.Empty(t, s.dueRounds(), "failure %d: not due during the back-off", failure+1)
		wait := time.Until(r.retryAt)
		require.Greater(t, wait, backoff(failure)-time.Second, "failure %d: back-off", failure+1)
		require.LessOrEqual(t, wait, maxRetryDelay)
		s.mu.Lock()
		r.retryAt = time.Now().Add(-time.Millisecond) // the back-off has passed
		s.mu.Unlock()
		require.Equal(t, []*round{r}, s.dueRounds(), "failure %d: due once the back-off has passed", failure+1)
	}
}

func TestBackoffDoublesToItsCap(t *testing.T) {
	want := []time.Duration{2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 16 * time.Second}
	for i, w := range want {
		require.Equal(t, w, backoff(i), "after %d earlier failures", i)
	}
	require.Equal(t, maxRetryDelay, backoff(1000))
}

// TestStaggeredReplicaWaits: replica 1 of 2 submits round 1 (1 mod 2 = 1)
// as soon as it is due, but round 2 (whose first submitter is replica 0)
// only replica-stagger after it became due.
func TestStaggeredReplicaWaits(t *testing.T) {
	s := &Service{cfg: Config{LateWindow: time.Hour, RoundEvery: 2, ReplicaIndex: 1, ReplicaCount: 2, ReplicaStagger: time.Hour},
		metrics: NoopMetrics{}, log: zap.NewNop(), rounds: map[uint64]*round{}}
	op := common.Hash{1}
	rounds := map[uint64]*round{}
	for _, n := range []uint64{1, 2} {
		r := newRound(&roundRecord{Round: n, Status: api.StatusOpen},
			&chainstate.Snapshot{Operators: map[common.Hash]*chainstate.Operator{op: {ID: op}}})
		r.signed[op] = true // every operator signed: due at once
		r.quorumAt = time.Now()
		s.rounds[n], rounds[n] = r, r
	}
	require.Equal(t, []*round{rounds[1]}, s.dueRounds(), "this replica is round 1's first submitter")
	require.False(t, rounds[2].dueAt.IsZero(), "round 2 is due")
	require.Empty(t, s.dueRounds(), "round 2 waits the stagger")
	s.mu.Lock()
	rounds[2].dueAt = time.Now().Add(-time.Hour) // the stagger has passed
	s.mu.Unlock()
	require.Equal(t, []*round{rounds[2]}, s.dueRounds(), "round 2 once its stagger has passed")
}
