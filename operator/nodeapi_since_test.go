package operator

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/nodeapi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// TestDownSinceIsWhenTheOutageBegan: a dependency's "down since" is its
// first failed call after the last good one, not its latest failure (D6),
// and a new outage after a recovery starts a new "since".
func TestDownSinceIsWhenTheOutageBegan(t *testing.T) {
	m := newMonitor(common.Hash{1}, NoopMetrics{}, time.Minute)
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	m.now = func() time.Time { return clock }
	m.addDependency(TargetL1, "L1", "L1 node", nodeapi.ServiceStatusUp)
	describe := func() (nodeapi.ServiceStatus, string) {
		t.Helper()
		for _, s := range m.services() {
			if s.ID == TargetL1 {
				return s.Status, s.Description
			}
		}
		t.Fatal("no L1 service")
		return "", ""
	}

	began := clock
	m.record(TargetL1, false, errors.New("connection refused"))
	for range 5 { // the outage goes on
		clock = clock.Add(10 * time.Second)
		m.record(TargetL1, false, errors.New("i/o timeout"))
	}
	status, desc := describe()
	require.Equal(t, nodeapi.ServiceStatusDown, status)
	require.Contains(t, desc, "down since "+began.Format(time.RFC3339)+": i/o timeout", "since the first failure, with the latest error")
	require.False(t, strings.Contains(desc, clock.Format(time.RFC3339)), "not since the latest failure: %s", desc)

	clock = clock.Add(time.Second)
	m.record(TargetL1, true, nil)
	status, _ = describe()
	require.Equal(t, nodeapi.ServiceStatusUp, status)

	clock = clock.Add(time.Minute)
	again := clock
	m.record(TargetL1, false, errors.New("HTTP 500"))
	clock = clock.Add(10 * time.Second)
	m.record(TargetL1, false, errors.New("HTTP 500"))
	_, desc = describe()
	require.Contains(t, desc, "down since "+again.Format(time.RFC3339)+": HTTP 500", "a new outage starts a new since")
}
