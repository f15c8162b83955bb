package operator

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/rollup"
)

// AVSName labels the eigen_* metrics (avs_name), as eigensdk-go's metrics
// package does.
const AVSName = "rollcall"

// Outcomes of one call, the status label of eigen_rpc_request_total.
const (
	CallOK     = "ok"
	CallNotYet = "not-yet" // a rollup node answered: that height is not there yet
	CallError  = "error"
)

// Metrics is what the daemon reports to Prometheus. Metric names follow
// the EigenLayer AVS node specification (eigen_*) and rollcall's own
// (rollcall_*); see NewMetrics.
type Metrics interface {
	// RoundSeen counts a new round the aggregator showed.
	RoundSeen()
	// RoundSigned counts a checkpoint signed (recorded, then sent).
	RoundSigned()
	// RoundRefused counts a round not signed, by reason.
	RoundRefused(reason Reason)
	// SignatureAccepted observes the time from a round's first sight to the
	// aggregator's acceptance of its signature.
	SignatureAccepted(latency time.Duration)
	// PerformanceScore sets the share (0–100) of recent rounds signed.
	PerformanceScore(score float64)
	// RollupLag sets how many blocks a rollup node's head is behind the
	// target height the daemon waits for (0 when not waiting).
	RollupLag(chainID uint64, blocks uint64)
	// UnfollowedRollup sets whether the AVS attests chainID (seen in a round
	// or listed by the deployment) while the operator does not follow it:
	// every round naming it is refused.
	UnfollowedRollup(chainID uint64, unfollowed bool)
	// RPC observes one call to an aggregator, a rollup node or L1:
	// target is "aggregator" ("aggregator-<i>" with several, see
	// AggregatorTarget), "l1" or "rollup-<chainId>", status one of
	// CallOK, CallNotYet, CallError.
	RPC(target, method, status string, took time.Duration)
}

var (
	_ Metrics = (*PromMetrics)(nil)
	_ Metrics = NoopMetrics{}
)

// PromMetrics are the daemon's metrics on their own Prometheus registry.
type PromMetrics struct {
	registry *prometheus.Registry

	performance   prometheus.Gauge
	rpcTotal      *prometheus.CounterVec
	rpcDuration   *prometheus.HistogramVec
	roundsSeen    prometheus.Counter
	roundsSigned  prometheus.Counter
	roundsRefused *prometheus.CounterVec
	lag           *prometheus.GaugeVec
	rpcErrors     *prometheus.CounterVec
	latency       prometheus.Histogram
	unfollowed    *prometheus.GaugeVec
}

// allReasons are pre-set to zero so that rate() and alerts work from the
// first scrape.
var allReasons = []Reason{
	ReasonWrongL1Chain, ReasonWrongRegistry, ReasonUnknownChain, ReasonBadTargets, ReasonConflict,
	ReasonRoundDigest, ReasonRecord, ReasonTimeout, ReasonReplaced,
	ReasonTableMismatch, ReasonBadTable, ReasonTableConflict,
	ReasonTargetMismatch, ReasonUnscheduled, ReasonOffSchedule,
}

// NewMetrics registers the daemon's metrics, and the Go runtime and
// process collectors, on a new registry:
//
//	eigen_performance_score{avs_name}                     gauge, 0–100: share of the recent rounds signed and accepted
//	eigen_rpc_request_total{avs_name,method,status}       counter: calls to the aggregator, rollup nodes and L1
//	eigen_rpc_request_duration_seconds{avs_name,method}   histogram
//	rollcall_rounds_seen_total                            counter
//	rollcall_rounds_signed_total                          counter
//	rollcall_rounds_refused_total{reason}                 counter
//	rollcall_rollup_head_lag_blocks{chain_id}             gauge: target height − node head while waiting
//	rollcall_rpc_errors_total{target}                     counter: target aggregator (aggregator-<i> with several), l1, rollup-<chainId>
//	rollcall_signature_latency_seconds                    histogram: round seen → signature accepted
//	rollcall_rollup_unfollowed{chain_id}                  gauge: 1 for a rollup the AVS attests that this operator does not follow
//
// eigen_fees_earned_total is left out: rollcall pays no fees to operators.
func NewMetrics() *PromMetrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	eigen := prometheus.Labels{"avs_name": AVSName}
	m := &PromMetrics{
		registry: reg,
		performance: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "eigen", Name: "performance_score", ConstLabels: eigen,
			Help: "Share (0-100) of the last rounds the operator finished that it signed and the aggregator accepted; 100 before the first.",
		}),
		rpcTotal: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "eigen", Name: "rpc_request_total", ConstLabels: eigen,
			Help: "JSON-RPC requests to the aggregator, the rollup nodes and L1, by method and outcome (ok, not-yet, error).",
		}, []string{"method", "status"}),
		rpcDuration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: "eigen", Name: "rpc_request_duration_seconds", ConstLabels: eigen,
			Help:    "Duration of JSON-RPC requests to the aggregator, the rollup nodes and L1, by method.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2.5, 12),
		}, []string{"method"}),
		roundsSeen: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "rollcall", Name: "rounds_seen_total",
			Help: "New checkpoint rounds the aggregator showed.",
		}),
		roundsSigned: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: "rollcall", Name: "rounds_signed_total",
			Help: "Checkpoint rounds signed (recorded in the signing record, then sent); a round signed for several aggregators counts once.",
		}),
		roundsRefused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "rollcall", Name: "rounds_refused_total",
			Help: "Rounds not signed, by reason.",
		}, []string{"reason"}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "rollcall", Name: "rollup_head_lag_blocks",
			Help: "Blocks between the target height of the round being worked on and the rollup node's head at the configured finality (0 when the height is there).",
		}, []string{"chain_id"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "rollcall", Name: "rpc_errors_total",
			Help: "Failed calls, by target: aggregator (aggregator-<i> with several), l1, rollup-<chainId>.",
		}, []string{"target"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: "rollcall", Name: "signature_latency_seconds",
			Help:    "Time from a round's first sight to the aggregator's acceptance of its signature.",
			Buckets: prometheus.ExponentialBuckets(0.01, 2, 14),
		}),
		unfollowed: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: "rollcall", Name: "rollup_unfollowed",
			Help: "1 for a rollup the AVS attests (seen in a round or listed by the deployment file) that this operator does not follow: every round naming it is refused. Add it to rollups.",
		}, []string{"chain_id"}),
	}
	reg.MustRegister(m.performance, m.rpcTotal, m.rpcDuration, m.roundsSeen, m.roundsSigned,
		m.roundsRefused, m.lag, m.rpcErrors, m.latency, m.unfollowed)
	m.performance.Set(100)
	for _, r := range allReasons {
		m.roundsRefused.WithLabelValues(string(r))
	}
	return m
}

// Registry is the registry the metrics are on, for serving them.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.registry }

func (m *PromMetrics) RoundSeen()   { m.roundsSeen.Inc() }
func (m *PromMetrics) RoundSigned() { m.roundsSigned.Inc() }
func (m *PromMetrics) RoundRefused(reason Reason) {
	m.roundsRefused.WithLabelValues(string(reason)).Inc()
}
func (m *PromMetrics) SignatureAccepted(latency time.Duration) {
	m.latency.Observe(latency.Seconds())
}
func (m *PromMetrics) PerformanceScore(score float64) { m.performance.Set(score) }
func (m *PromMetrics) RollupLag(chainID uint64, blocks uint64) {
	m.lag.WithLabelValues(strconv.FormatUint(chainID, 10)).Set(float64(blocks))
}
func (m *PromMetrics) UnfollowedRollup(chainID uint64, unfollowed bool) {
	v := 0.0
	if unfollowed {
		v = 1
	}
	m.unfollowed.WithLabelValues(strconv.FormatUint(chainID, 10)).Set(v)
}
func (m *PromMetrics) RPC(target, method, status string, took time.Duration) {
	m.rpcTotal.WithLabelValues(method, status).Inc()
	m.rpcDuration.WithLabelValues(method).Observe(took.Seconds())
	if status == CallError {
		m.rpcErrors.WithLabelValues(target).Inc()
	}
}

// NoopMetrics discards everything: the metrics setting is empty.
type NoopMetrics struct{}

func (NoopMetrics) RoundSeen()                                {}
func (NoopMetrics) RoundSigned()                              {}
func (NoopMetrics) RoundRefused(Reason)                       {}
func (NoopMetrics) SignatureAccepted(time.Duration)           {}
func (NoopMetrics) PerformanceScore(float64)                  {}
func (NoopMetrics) RollupLag(uint64, uint64)                  {}
func (NoopMetrics) UnfollowedRollup(uint64, bool)             {}
func (NoopMetrics) RPC(string, string, string, time.Duration) {}

// Call targets: the target label of rollcall_rpc_errors_total and the ids of
// the node API's services.
const (
	TargetAggregator = "aggregator"
	TargetL1         = "l1"
)

// AggregatorTarget is the target label and service id of aggregator i of n
// (its index in aggregator-url): "aggregator" when there is one,
// "aggregator-<i>" when there are several.
func AggregatorTarget(i, n int) string {
	if n == 1 {
		return TargetAggregator
	}
	return TargetAggregator + "-" + strconv.Itoa(i)
}

// RollupTarget is the target label and service id of a rollup: rollup-<chainId>.
func RollupTarget(chainID uint64) string { return "rollup-" + strconv.FormatUint(chainID, 10) }

// meteredAggregator reports each call to an aggregator to the monitor.
type meteredAggregator struct {
	Aggregator
	mon *monitor
	id  string // AggregatorTarget
}

var _ Aggregator = (*meteredAggregator)(nil)

func (a *meteredAggregator) OpenRound(ctx context.Context) (*api.Round, error) {
	start := time.Now()
	r, err := a.Aggregator.OpenRound(ctx)
	a.mon.aggregatorCall(a.id, api.Namespace+"_openRound", start, err, ctx.Err() != nil)
	return r, err
}

func (a *meteredAggregator) SubmitSignature(ctx context.Context, sc api.SignedCheckpoint) (*api.SubmitResult, error) {
	start := time.Now()
	res, err := a.Aggregator.SubmitSignature(ctx, sc)
	a.mon.aggregatorCall(a.id, api.Namespace+"_submitSignature", start, err, ctx.Err() != nil)
	return res, err
}

// meteredReader reports each read of a rollup node to the monitor. When a
// claim's height is not there yet, it also reads the node's head, to know
// (and export) by how much the node is behind.
type meteredReader struct {
	rollup.Reader
	mon                   *monitor
	claimMethod, headCall string
}

var _ rollup.Reader = (*meteredReader)(nil)

// rollupMethods names the JSON-RPC method behind Claim and Head of a
// reader kind (one observation per reader call, retries included).
func rollupMethods(kind rollup.Kind) (claim, head string) {
	if kind == rollup.KindOPStack {
		return "optimism_outputAtBlock", "optimism_syncStatus"
	}
	return "eth_getBlockByNumber", "eth_getBlockByNumber"
}

func (r *meteredReader) Head(ctx context.Context) (uint64, error) {
	start := time.Now()
	h, err := r.Reader.Head(ctx)
	r.mon.rollupCall(r.ChainID(), r.headCall, start, err, ctx.Err() != nil)
	return h, err
}

// BlockTime is read with the claim's method (eth_getBlockByNumber,
// optimism_outputAtBlock); "not there yet" is an answer.
func (r *meteredReader) BlockTime(ctx context.Context, height uint64) (uint64, error) {
	start := time.Now()
	t, err := r.Reader.BlockTime(ctx, height)
	r.mon.rollupCall(r.ChainID(), r.claimMethod, start, err, ctx.Err() != nil)
	return t, err
}

func (r *meteredReader) Claim(ctx context.Context, height uint64) (core.Claim, error) {
	start := time.Now()
	c, err := r.Reader.Claim(ctx, height)
	r.mon.rollupCall(r.ChainID(), r.claimMethod, start, err, ctx.Err() != nil)
	switch {
	case err == nil:
		r.mon.rollupAt(r.ChainID(), height, height)
	case errors.Is(err, rollup.ErrNotYet):
		head, herr := r.Head(ctx)
		switch {
		case herr == nil:
			r.mon.rollupAt(r.ChainID(), height, head)
		case errors.Is(herr, rollup.ErrNotYet): // nothing at this finality yet
			r.mon.rollupAt(r.ChainID(), height, 0)
		}
	}
	return c, err
}
