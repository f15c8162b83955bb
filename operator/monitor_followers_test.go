package operator

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/nodeapi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// TestMonitorCountsARoundOnce: two followers reporting the same round
// number count it once as seen, signed and accepted; each aggregator's
// acceptances are its own; a refusal counts once per reason; the round's
// outcome is signed as soon as one aggregator accepted it, and otherwise
// waits for the last follower working on it.
func TestMonitorCountsARoundOnce(t *testing.T) {
	m := newMonitor(common.Hash{1}, NoopMetrics{}, time.Minute)
	for i := range 2 {
		m.aggregator(AggregatorTarget(i, 2), "http://agg", nil)
	}
	a, b := AggregatorTarget(0, 2), AggregatorTarget(1, 2)

	// Round 7: both follow it, concurrently.
	var wg sync.WaitGroup
	for _, id := range []string{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.roundSeen(7)
			m.roundSigned(7)
			m.signatureAccepted(7, id)
			m.roundFinished(7, "")
		}()
	}
	wg.Wait()
	st := m.snapshot()
	require.Equal(t, uint64(1), st.Signed)
	require.Equal(t, uint64(1), st.Accepted)
	require.Equal(t, []uint64{1, 1}, []uint64{st.Aggregators[0].Accepted, st.Aggregators[1].Accepted})
	require.Len(t, m.outcomes, 1, "one outcome for the round")
	require.True(t, m.last.signed)

	// Round 8: A refuses it while B is still at work: no outcome yet; B's
	// acceptance makes it signed.
	m.roundSeen(8)
	m.roundSeen(8)
	m.roundFinished(8, ReasonTargetMismatch)
	require.Equal(t, uint64(7), m.last.round, "B still works on round 8")
	m.roundSigned(8)
	m.signatureAccepted(8, b)
	m.roundFinished(8, "")
	require.Equal(t, uint64(8), m.last.round)
	require.True(t, m.last.signed)
	require.Equal(t, uint64(1), m.snapshot().Refused[ReasonTargetMismatch])

	// Round 9: both refuse it for the same reason: counted once, and the
	// outcome is the refusal.
	m.roundSeen(9)
	m.roundSeen(9)
	m.roundFinished(9, ReasonTargetMismatch)
	m.roundFinished(9, ReasonTargetMismatch)
	st = m.snapshot()
	require.Equal(t, uint64(2), st.Refused[ReasonTargetMismatch])
	require.Equal(t, uint64(9), m.last.round)
	require.False(t, m.last.signed)
	require.Equal(t, "refused: target-mismatch", m.last.reason)
	require.Len(t, m.outcomes, 3)
}

// TestHealthWithSeveralAggregators: one aggregator down of two is partial
// health naming it; both down is unhealthy.
func TestHealthWithSeveralAggregators(t *testing.T) {
	m := newMonitor(common.Hash{1}, NoopMetrics{}, time.Minute)
	a, b := AggregatorTarget(0, 2), AggregatorTarget(1, 2)
	m.aggregator(a, "http://a:1", nil)
	m.aggregator(b, "http://b:2", nil)
	m.roundSeen(1)
	m.signatureAccepted(1, b)
	m.roundFinished(1, "")
	m.record(a, true, nil)
	m.record(b, true, nil)
	require.Equal(t, nodeapi.Healthy, m.health().code)

	m.record(a, false, errors.New("timeout"))
	h := m.health()
	require.Equal(t, nodeapi.PartiallyHealthy, h.code)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "aggregator-0 is down")
	require.Contains(t, strings.Join(h.Reasons, "\n"), "http://a:1")

	m.record(b, false, errors.New("refused"))
	h = m.health()
	require.Equal(t, nodeapi.Unhealthy, h.code)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "aggregator-1 is down")

	m.record(a, true, nil)
	require.Equal(t, nodeapi.PartiallyHealthy, m.health().code, "one back: partial again")
}
