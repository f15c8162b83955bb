// Package health watches the aggregator's dependencies — its L1 node and
// each rollup node — from the calls the aggregator makes anyway, and says
// within seconds which one is down or slow: in the log (one line when a
// dependency's state changes), in the metrics
// (rollcall_aggregator_dependency_up{dep}) and at GET /health.
//
// A dependency is
//
//	down  its last call failed (refused, timed out, HTTP 5xx); since is the
//	      first failure after the last good call, when the outage began
//	slow  its last call took longer than SlowAfter, or a call has been
//	      waiting longer than that (a hung node shows here before the
//	      call's own deadline ends it)
//	up    otherwise
package health

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"
)

// SlowAfter is how long a call may take before its dependency is slow.
const SlowAfter = 2 * time.Second

// The states of a dependency.
const (
	StateUp   = "up"
	StateSlow = "slow"
	StateDown = "down"
)

// Dependency is one dependency's state, as GET /health shows it.
type Dependency struct {
	Name  string `json:"name"`
	State string `json:"state"`
	// Since is when the dependency entered its state (RFC 3339, UTC).
	Since string `json:"since"`
	// Error is the last failure (down), or what is slow.
	Error string `json:"error,omitempty"`
	// LastOK is the last call that answered (empty: none yet).
	LastOK string `json:"lastOk,omitempty"`
	// LatencyMs is how long the last finished call took.
	LatencyMs int64 `json:"latencyMs"`
}

// Report is the body of GET /health: 200 when every dependency is up, 503
// naming the failing ones otherwise.
type Report struct {
	Healthy      bool         `json:"healthy"`
	Failing      []string     `json:"failing"`
	Dependencies []Dependency `json:"dependencies"`
}

// dep is the live state of one dependency.
type dep struct {
	name string
	// the last finished call
	lastErr     error
	lastLatency time.Duration
	lastOK      time.Time
	// downSince: the first failure after the last good call (zero: up).
	downSince time.Time
	// inflight are the start times of the calls under way, by call.
	inflight map[uint64]time.Time
	// reported is the state last logged, and since when it holds.
	reported      string
	reportedSince time.Time
}

// Tracker holds the state of every dependency. Its methods are safe for
// concurrent use.
type Tracker struct {
	log *zap.Logger
	now func() time.Time

	mu     sync.Mutex
	deps   map[string]*dep
	nextID uint64
}

// NewTracker tracks the named dependencies, all up to begin with (the
// aggregator reached each of them at start-up).
func NewTracker(log *zap.Logger, names ...string) *Tracker {
	if log == nil {
		log = zap.NewNop()
	}
	t := &Tracker{log: log, now: time.Now, deps: map[string]*dep{}}
	now := t.now()
	for _, n := range names {
		t.deps[n] = &dep{name: n, inflight: map[uint64]time.Time{}, reported: StateUp, reportedSince: now, lastOK: now}
	}
	return t
}

// Begin notes a call to dependency name; call the returned function with
// the call's error once it has finished. A call cut short by the caller's
// own shutdown should not be reported: pass ErrIgnore.
func (t *Tracker) Begin(name string) func(err error) {
	t.mu.Lock()
	d := t.deps[name]
	if d == nil {
		t.mu.Unlock()
		return func(error) {}
	}
	t.nextID++
	id := t.nextID
	start := t.now()
	d.inflight[id] = start
	t.mu.Unlock()
	return func(err error) {
		t.mu.Lock()
		defer t.mu.Unlock()
		delete(d.inflight, id)
		if errors.Is(err, ErrIgnore) {
			return
		}
		now := t.now()
		d.lastErr, d.lastLatency = err, now.Sub(start)
		if err == nil {
			d.lastOK, d.downSince = now, time.Time{}
		} else if d.downSince.IsZero() {
			d.downSince = now
		}
		t.logChangeLocked(d, now)
	}
}

// ErrIgnore, passed to the function Begin returns, drops the call: it
// ended because the aggregator is stopping, which says nothing about the
// dependency.
var ErrIgnore = errors.New("call abandoned by its caller")

// stateLocked is d's state now: what it is, since when, and why.
func (t *Tracker) stateLocked(d *dep, now time.Time) (state string, since time.Time, why string) {
	if !d.downSince.IsZero() {
		return StateDown, d.downSince, d.lastErr.Error()
	}
	oldest := time.Time{}
	for _, at := range d.inflight {
		if oldest.IsZero() || at.Before(oldest) {
			oldest = at
		}
	}
	if !oldest.IsZero() && now.Sub(oldest) > SlowAfter {
		return StateSlow, oldest.Add(SlowAfter), fmt.Sprintf("a call has been waiting %s", now.Sub(oldest).Round(time.Millisecond))
	}
	if d.lastLatency > SlowAfter {
		return StateSlow, d.lastOK.Add(-d.lastLatency), fmt.Sprintf("the last call took %s", d.lastLatency.Round(time.Millisecond))
	}
	return StateUp, d.lastOK, ""
}

// logChangeLocked logs d's state when it differs from the one last
// logged: a dependency failing, slowing down or recovering is one line.
func (t *Tracker) logChangeLocked(d *dep, now time.Time) {
	state, since, why := t.stateLocked(d, now)
	if state == d.reported {
		return
	}
	was, wasSince := d.reported, d.reportedSince
	d.reported, d.reportedSince = state, now
	switch state {
	case StateUp:
		t.log.Info("dependency recovered", zap.String("dep", d.name), zap.String("was", was),
			zap.Duration("after", now.Sub(wasSince).Round(time.Millisecond)))
	default:
		t.log.Warn("dependency "+state, zap.String("dep", d.name), zap.String("reason", why),
			zap.Time("since", since))
	}
}

// Check logs the dependencies whose state changed without a call ending
// (a call that hangs); the aggregator runs it every second.
func (t *Tracker) Check() {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	for _, d := range t.deps {
		t.logChangeLocked(d, now)
	}
}

// Report is every dependency's state now, sorted by name.
func (t *Tracker) Report() Report {
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	r := Report{Healthy: true, Failing: []string{}, Dependencies: []Dependency{}}
	for _, d := range t.deps {
		state, since, why := t.stateLocked(d, now)
		dd := Dependency{Name: d.name, State: state, Since: stamp(since), Error: why, LatencyMs: d.lastLatency.Milliseconds()}
		if !d.lastOK.IsZero() {
			dd.LastOK = stamp(d.lastOK)
		}
		r.Dependencies = append(r.Dependencies, dd)
		if state != StateUp {
			r.Healthy = false
			r.Failing = append(r.Failing, d.name)
		}
	}
	slices.SortFunc(r.Dependencies, func(a, b Dependency) int { return cmpString(a.Name, b.Name) })
	slices.Sort(r.Failing)
	return r
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Path is where Handler is served.
const Path = "/health"

// Handler serves GET /health: the Report, 200 when healthy, 503 otherwise.
func (t *Tracker) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		rep := t.Report()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		code := http.StatusOK
		if !rep.Healthy {
			code = http.StatusServiceUnavailable
		}
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(rep)
	})
}

// Collector exports rollcall_aggregator_dependency_up{dep}: 1 while a
// dependency is up, 0 while it is down or slow. It reads the state at
// scrape time.
func (t *Tracker) Collector() prometheus.Collector { return collector{t} }

var upDesc = prometheus.NewDesc("rollcall_aggregator_dependency_up",
	"1 while the dependency (l1, rollup-<chainId>) answers in time, 0 while it is down or slow.", []string{"dep"}, nil)

type collector struct{ t *Tracker }

func (c collector) Describe(ch chan<- *prometheus.Desc) { ch <- upDesc }

func (c collector) Collect(ch chan<- prometheus.Metric) {
	for _, d := range c.t.Report().Dependencies {
		v := 0.0
		if d.State == StateUp {
			v = 1
		}
		ch <- prometheus.MustNewConstMetric(upDesc, prometheus.GaugeValue, v, d.Name)
	}
}

// Transport wraps an HTTP transport so that every request through it is a
// call to dependency name: a transport error or an HTTP 5xx answer is a
// failure. Requests that their caller cancelled are not counted.
func (t *Tracker) Transport(name string, next http.RoundTripper) http.RoundTripper {
	return roundTripper{t: t, name: name, next: next}
}

type roundTripper struct {
	t    *Tracker
	name string
	next http.RoundTripper
}

func (rt roundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	end := rt.t.Begin(rt.name)
	resp, err := rt.next.RoundTrip(req)
	switch {
	case err != nil && errors.Is(req.Context().Err(), context.Canceled):
		end(ErrIgnore)
	case err != nil:
		end(err)
	case resp.StatusCode >= 500:
		end(fmt.Errorf("HTTP %s", resp.Status))
	default:
		end(nil)
	}
	return resp, err
}
