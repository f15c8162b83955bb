package health

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func newTestTracker(t *testing.T) (*Tracker, *fakeClock, *observer.ObservedLogs) {
	core, logs := observer.New(zap.InfoLevel)
	tr := NewTracker(zap.New(core), "l1", "rollup-901")
	clock := &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	tr.now = clock.now
	return tr, clock, logs
}

func dependency(t *testing.T, r Report, name string) Dependency {
	t.Helper()
	for _, d := range r.Dependencies {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("no dependency %s in %+v", name, r)
	return Dependency{}
}

func TestOutageSinceAndRecovery(t *testing.T) {
	tr, clock, logs := newTestTracker(t)
	require.True(t, tr.Report().Healthy)

	began := clock.t
	tr.Begin("l1")(errors.New("connection refused"))
	for range 5 {
		clock.advance(3 * time.Second)
		tr.Begin("l1")(errors.New("HTTP 500 Internal Server Error"))
	}
	r := tr.Report()
	require.False(t, r.Healthy)
	require.Equal(t, []string{"l1"}, r.Failing, "the failing dependency is named, the healthy one is not")
	l1 := dependency(t, r, "l1")
	require.Equal(t, StateDown, l1.State)
	require.Equal(t, stamp(began), l1.Since, "since the outage began, not the latest failure")
	require.Equal(t, "HTTP 500 Internal Server Error", l1.Error)
	require.Equal(t, StateUp, dependency(t, r, "rollup-901").State)
	require.Equal(t, 1, logs.FilterMessage("dependency down").Len(), "one warning per outage, not one per failed call")

	clock.advance(time.Second)
	tr.Begin("l1")(nil)
	require.True(t, tr.Report().Healthy)
	require.Equal(t, 1, logs.FilterMessage("dependency recovered").Len())
}

func TestHangingCallIsSlowBeforeItsDeadline(t *testing.T) {
	tr, clock, logs := newTestTracker(t)
	end := tr.Begin("rollup-901")
	clock.advance(SlowAfter / 2)
	tr.Check()
	require.True(t, tr.Report().Healthy, "a call under way within SlowAfter is fine")
	clock.advance(SlowAfter)
	tr.Check()
	r := tr.Report()
	require.Equal(t, []string{"rollup-901"}, r.Failing)
	d := dependency(t, r, "rollup-901")
	require.Equal(t, StateSlow, d.State)
	require.Contains(t, d.Error, "a call has been waiting")
	require.Equal(t, 1, logs.FilterMessage("dependency slow").Len(), "the hang is logged by Check, before the call ends")

	end(context.DeadlineExceeded) // the call's deadline ends it: down
	require.Equal(t, StateDown, dependency(t, tr.Report(), "rollup-901").State)

	// A slow answer keeps it slow; a quick one makes it up.
	tr.Begin("rollup-901")(nil)
	require.True(t, tr.Report().Healthy)
	end = tr.Begin("rollup-901")
	clock.advance(SlowAfter + time.Second)
	end(nil)
	d = dependency(t, tr.Report(), "rollup-901")
	require.Equal(t, StateSlow, d.State)
	require.Contains(t, d.Error, "the last call took 3s")
	tr.Begin("rollup-901")(nil)
	require.True(t, tr.Report().Healthy)
}

func TestHandlerAndMetric(t *testing.T) {
	tr, _, _ := newTestTracker(t)
	reg := prometheus.NewRegistry()
	reg.MustRegister(tr.Collector())
	get := func() (int, Report) {
		rec := httptest.NewRecorder()
		tr.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, Path, nil))
		var r Report
		require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &r))
		return rec.Code, r
	}
	code, r := get()
	require.Equal(t, http.StatusOK, code)
	require.True(t, r.Healthy)
	require.Len(t, r.Dependencies, 2)
	require.Equal(t, map[string]float64{"l1": 1, "rollup-901": 1}, gatherUp(t, reg))

	tr.Begin("rollup-901")(errors.New("connection refused"))
	code, r = get()
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Equal(t, []string{"rollup-901"}, r.Failing)
	require.Equal(t, map[string]float64{"l1": 1, "rollup-901": 0}, gatherUp(t, reg))

	rec := httptest.NewRecorder()
	tr.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, Path, nil))
	require.Equal(t, http.StatusMethodNotAllowed, rec.Code)
}

func TestTransport(t *testing.T) {
	var fail atomic.Bool
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			http.Error(w, "broken", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer srv.Close()
	tr := NewTracker(zap.NewNop(), "l1")
	client := &http.Client{Transport: tr.Transport("l1", http.DefaultTransport)}
	call := func(ctx context.Context) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL, nil)
		require.NoError(t, err)
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
		}
	}
	call(context.Background())
	require.True(t, tr.Report().Healthy)
	fail.Store(true)
	call(context.Background())
	r := tr.Report()
	require.Equal(t, []string{"l1"}, r.Failing, "an HTTP 500 is a failure")
	require.Contains(t, r.Dependencies[0].Error, "500")
	fail.Store(false)
	call(context.Background())
	require.True(t, tr.Report().Healthy)

	// A call its caller cancelled says nothing about the node.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	call(ctx)
	require.True(t, tr.Report().Healthy)
}

func gatherUp(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	require.NoError(t, err)
	out := map[string]float64{}
	for _, mf := range mfs {
		require.Equal(t, "rollcall_aggregator_dependency_up", mf.GetName())
		for _, m := range mf.GetMetric() {
			out[m.GetLabel()[0].GetValue()] = m.GetGauge().GetValue()
		}
	}
	return out
}
