package watch

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics is what the watcher reports (rollcall_watch_*).
type Metrics interface {
	CheckpointChecked(source string)
	ClaimChecked(chainID uint64)
	Mismatch(chainID uint64)
	FaultFound(form string)
	EvidenceSubmitted(form string, guilty int)
	EvidenceReverted(reason string)
	AlreadySlashed()
	RPCError(target string)
}

var (
	_ Metrics = (*PromMetrics)(nil)
	_ Metrics = NoopMetrics{}
)

// PromMetrics are the watcher's metrics on their own registry.
type PromMetrics struct {
	registry       *prometheus.Registry
	checkpoints    *prometheus.CounterVec
	claims         *prometheus.CounterVec
	mismatches     *prometheus.CounterVec
	faults         *prometheus.CounterVec
	submitted      *prometheus.CounterVec
	slashed        prometheus.Counter
	reverted       *prometheus.CounterVec
	alreadySlashed prometheus.Counter
	rpcErrors      *prometheus.CounterVec
}

// NewMetrics builds the metrics on a fresh registry (with the Go and
// process collectors).
func NewMetrics() *PromMetrics {
	r := prometheus.NewRegistry()
	r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := func(name, help string, labels ...string) *prometheus.CounterVec {
		c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "rollcall", Subsystem: "watch", Name: name, Help: help}, labels)
		r.MustRegister(c)
		return c
	}
	one := func(name, help string) prometheus.Counter {
		c := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "rollcall", Subsystem: "watch", Name: name, Help: help})
		r.MustRegister(c)
		return c
	}
	return &PromMetrics{
		registry:       r,
		checkpoints:    f("checkpoints_checked_total", "Attested checkpoints read and compared, by source.", "source"),
		claims:         f("claims_checked_total", "Attested claims compared with the watcher's own rollup node.", "chain_id"),
		mismatches:     f("mismatches_total", "Attested claims that differ from the rollup's own block (not objectively slashable: look at once).", "chain_id"),
		faults:         f("faults_found_total", "Slashable faults found (conflicting signed claims), by evidence form.", "form"),
		submitted:      f("evidence_submitted_total", "Evidence transactions mined successfully, by form.", "form"),
		slashed:        one("operators_slashed_total", "Operators slashed by evidence this watcher submitted."),
		reverted:       f("evidence_reverted_total", "Evidence refused by the slasher's dry run or on chain, by reason.", "reason"),
		alreadySlashed: one("already_slashed_total", "Faults found whose operators were already slashed for them (not an error)."),
		rpcErrors:      f("rpc_errors_total", "Failed calls, by target (l1, aggregator, rollup-<chainId>).", "target"),
	}
}

// Registry is the metrics' registry, to serve.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.registry }

func chainLabel(id uint64) string { return prometheusUint(id) }

func (m *PromMetrics) CheckpointChecked(source string) { m.checkpoints.WithLabelValues(source).Inc() }
func (m *PromMetrics) ClaimChecked(chainID uint64) {
	m.claims.WithLabelValues(chainLabel(chainID)).Inc()
}
func (m *PromMetrics) Mismatch(chainID uint64) {
	m.mismatches.WithLabelValues(chainLabel(chainID)).Inc()
}
func (m *PromMetrics) FaultFound(form string) { m.faults.WithLabelValues(form).Inc() }
func (m *PromMetrics) EvidenceSubmitted(form string, guilty int) {
	m.submitted.WithLabelValues(form).Inc()
	m.slashed.Add(float64(guilty))
}
func (m *PromMetrics) EvidenceReverted(reason string) { m.reverted.WithLabelValues(reason).Inc() }
func (m *PromMetrics) AlreadySlashed()                { m.alreadySlashed.Inc() }
func (m *PromMetrics) RPCError(target string)         { m.rpcErrors.WithLabelValues(target).Inc() }

// NoopMetrics discards everything.
type NoopMetrics struct{}

func (NoopMetrics) CheckpointChecked(string)      {}
func (NoopMetrics) ClaimChecked(uint64)           {}
func (NoopMetrics) Mismatch(uint64)               {}
func (NoopMetrics) FaultFound(string)             {}
func (NoopMetrics) EvidenceSubmitted(string, int) {}
func (NoopMetrics) EvidenceReverted(string)       {}
func (NoopMetrics) AlreadySlashed()               {}
func (NoopMetrics) RPCError(string)               {}

func prometheusUint(v uint64) string { return strconv.FormatUint(v, 10) }
