package aggregator

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/rollcall-avs/rollcall/aggregator/health"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
)

// DefaultMetricsAddr is the metrics address of `rollcall aggregator run`
// when neither its config file nor its flags set one. A Config built in
// code has none: metrics are off unless Metrics is set.
const DefaultMetricsAddr = "127.0.0.1:9091"

// Metrics is what the aggregator reports to Prometheus (see NewMetrics).
type Metrics interface {
	// RoundOpened counts a round opened.
	RoundOpened()
	// RoundAttested counts a round attested on L1 (by this aggregator, or
	// found attested by another submitter).
	RoundAttested()
	// RoundExpired counts a round closed without attestation.
	RoundExpired()
	// Submitted observes an attestation this aggregator sent: its signers
	// and the gas it used.
	Submitted(signers int, gasUsed uint64)
	// AttestReverted counts an attest transaction of ours that was mined
	// and reverted (another submitter got the round in first), and the gas
	// it used.
	AttestReverted(gasUsed uint64)
	// AttestedElsewhere counts a round found attested by another key's
	// transaction (another replica) before or instead of ours.
	AttestedElsewhere()
	// SubmissionRetry counts a failed submission handed back for another
	// attempt.
	SubmissionRetry()
	// Signature counts an answer to rollcall_submitSignature: "accepted" or
	// the name of the error (SignatureResult).
	Signature(result string)
	// VerifyBatch observes the size of one verification batch.
	VerifyBatch(size int)
}

var (
	_ Metrics = (*PromMetrics)(nil)
	_ Metrics = NoopMetrics{}
)

// PromMetrics are the aggregator's metrics on their own registry.
type PromMetrics struct {
	registry   *prometheus.Registry
	opened     prometheus.Counter
	attested   prometheus.Counter
	expired    prometheus.Counter
	signatures *prometheus.CounterVec
	signers    prometheus.Histogram
	gas        prometheus.Histogram
	retries    prometheus.Counter
	reverted   prometheus.Counter
	revertGas  prometheus.Counter
	elsewhere  prometheus.Counter
	batch      prometheus.Histogram
	// tables and the L1 cadence (table_metrics.go)
	*tableCounters
}

// signatureResults are the values of the result label, pre-set to zero.
var signatureResults = map[int]string{
	0:                       "accepted",
	api.CodeInvalidParams:   "invalid-params",
	api.CodeInternal:        "internal",
	api.CodeUnknownRound:    "unknown-round",
	api.CodeUnknownOperator: "unknown-operator",
	api.CodeWrongClaims:     "wrong-claims",
	api.CodeBadSignature:    "bad-signature",
	api.CodeInvalidPoint:    "invalid-point",
	api.CodeDuplicate:       "duplicate",
	api.CodeTableSignature:  "table-signature",
}

// SignatureResult is the result label of an answer to
// rollcall_submitSignature: "accepted", or the name of its error code.
func SignatureResult(err error) string {
	if err == nil {
		return "accepted"
	}
	code := api.ErrorCode(err)
	if name, ok := signatureResults[code]; ok && code != 0 {
		return name
	}
	return "other"
}

// NewMetrics registers, on a new registry with the Go runtime and process
// collectors:
//
//	rollcall_aggregator_rounds_opened_total          counter
//	rollcall_aggregator_rounds_attested_total        counter
//	rollcall_aggregator_rounds_expired_total         counter
//	rollcall_aggregator_signatures_total{result}     counter: accepted, or the error (unknown-round, bad-signature, duplicate, …)
//	rollcall_aggregator_signers_per_round            histogram: signers of each attestation sent
//	rollcall_aggregator_gas_per_checkpoint           histogram: gas used by each attestation sent
//	rollcall_aggregator_submission_retries_total     counter: failed submissions handed back for another attempt
//	rollcall_aggregator_attest_reverted_total        counter: our attest transactions mined and reverted (another submitter was first)
//	rollcall_aggregator_attest_reverted_gas_total    counter: gas those reverted transactions used
//	rollcall_aggregator_rounds_attested_elsewhere_total counter: rounds found attested by another key's transaction (another replica)
//	rollcall_aggregator_verify_batch_size            histogram: signatures per verification batch
//	rollcall_aggregator_rounds_certified_total       counter: rounds that reached quorum and were not posted to L1 (l1-every)
//	rollcall_aggregator_tables_requested_total       counter: rounds that asked operators to sign the operator table
//	rollcall_aggregator_tables_certified_total       counter: operator tables whose signed stake met the threshold
//	rollcall_aggregator_dependency_up{dep}           gauge: 1 while l1 / rollup-<chainId> answers in time, 0 while down or slow (aggregator/health)
func NewMetrics() *PromMetrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	const ns, sub = "rollcall", "aggregator"
	m := &PromMetrics{
		registry: reg,
		opened: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rounds_opened_total",
			Help: "Checkpoint rounds opened."}),
		attested: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rounds_attested_total",
			Help: "Rounds attested on L1."}),
		expired: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rounds_expired_total",
			Help: "Rounds closed without attestation (no quorum before a newer round, or reference block too old)."}),
		signatures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_total",
			Help: "Answers to rollcall_submitSignature: accepted, or the error."}, []string{"result"}),
		signers: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "signers_per_round",
			Help: "Signers of each attestation sent.", Buckets: prometheus.ExponentialBuckets(1, 2, 11)}),
		gas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "gas_per_checkpoint",
			Help: "Gas used by each attestation sent.", Buckets: prometheus.ExponentialBuckets(100_000, 1.5, 12)}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "submission_retries_total",
			Help: "Failed submissions handed back for another attempt."}),
		reverted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "attest_reverted_total",
			Help: "Attest transactions of ours mined and reverted because another submitter got the round in first."}),
		revertGas: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "attest_reverted_gas_total",
			Help: "Gas used by attest transactions of ours that reverted."}),
		elsewhere: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rounds_attested_elsewhere_total",
			Help: "Rounds found attested on L1 by another key's transaction (another replica) before or instead of ours."}),
		batch: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "verify_batch_size",
			Help: "Signatures per verification batch.", Buckets: prometheus.ExponentialBuckets(1, 2, 9)}),
	}
	reg.MustRegister(m.opened, m.attested, m.expired, m.signatures, m.signers, m.gas, m.retries, m.reverted, m.revertGas, m.elsewhere, m.batch)
	m.tableCounters = newTableCounters(reg)
	for _, r := range signatureResults {
		m.signatures.WithLabelValues(r)
	}
	return m
}

// Registry is the registry the metrics are on.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.registry }

func (m *PromMetrics) RoundOpened()   { m.opened.Inc() }
func (m *PromMetrics) RoundAttested() { m.attested.Inc() }
func (m *PromMetrics) RoundExpired()  { m.expired.Inc() }
func (m *PromMetrics) Submitted(signers int, gasUsed uint64) {
	m.signers.Observe(float64(signers))
	m.gas.Observe(float64(gasUsed))
}
func (m *PromMetrics) SubmissionRetry() { m.retries.Inc() }
func (m *PromMetrics) AttestReverted(gasUsed uint64) {
	m.reverted.Inc()
	m.revertGas.Add(float64(gasUsed))
}
func (m *PromMetrics) AttestedElsewhere()      { m.elsewhere.Inc() }
func (m *PromMetrics) Signature(result string) { m.signatures.WithLabelValues(result).Inc() }
func (m *PromMetrics) VerifyBatch(size int)    { m.batch.Observe(float64(size)) }

// NoopMetrics discards everything: the metrics setting is empty.
type NoopMetrics struct{}

func (NoopMetrics) RoundOpened()          {}
func (NoopMetrics) RoundAttested()        {}
func (NoopMetrics) RoundExpired()         {}
func (NoopMetrics) Submitted(int, uint64) {}
func (NoopMetrics) SubmissionRetry()      {}
func (NoopMetrics) AttestReverted(uint64) {}
func (NoopMetrics) AttestedElsewhere()    {}
func (NoopMetrics) Signature(string)      {}
func (NoopMetrics) VerifyBatch(int)       {}

// newMetrics returns real metrics when addr is set, else no-op ones.
func newMetrics(addr string) Metrics {
	if addr == "" {
		return NoopMetrics{}
	}
	return NewMetrics()
}

// meteredRPC is the JSON-RPC namespace as served: rpcService's methods
// (promoted), with rollcall_submitSignature counted.
type meteredRPC struct{ *rpcService }

// SubmitSignature is rpcService.SubmitSignature, counted by result.
func (m *meteredRPC) SubmitSignature(ctx context.Context, sc api.SignedCheckpoint) (*api.SubmitResult, error) {
	res, err := m.rpcService.SubmitSignature(ctx, sc)
	m.s.metrics.Signature(SignatureResult(err))
	return res, err
}

// listenMetrics binds the metrics address (when set and the metrics are
// real), so that a port in use fails Start.
func (s *Service) listenMetrics() error {
	pm, ok := s.metrics.(*PromMetrics)
	if s.cfg.Metrics == "" || !ok {
		return nil
	}
	// GET /health here too, for probes that only reach the metrics port.
	mux := http.NewServeMux()
	mux.Handle("/metrics", httpserver.MetricsHandler(pm.Registry()))
	mux.Handle(health.Path, s.deps.Handler())
	srv, err := httpserver.Listen("metrics", s.cfg.Metrics, mux, httpserver.DefaultLimits(), s.log)
	if err != nil {
		return err
	}
	s.metricsSrv = srv
	return nil
}

// MetricsAddr is the address the metrics server listens on ("" when off).
func (s *Service) MetricsAddr() string {
	if s.metricsSrv == nil {
		return ""
	}
	return s.metricsSrv.Addr()
}
