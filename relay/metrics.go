package relay

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Outcomes of one delivery attempt (the result label).
const (
	ResultSent           = "sent"            // a transaction of this relay landed
	ResultAlready        = "already"         // the destination had it (AlreadyAttested, TableNotNewer, or seen on chain)
	ResultBelowThreshold = "below-threshold" // the signers the destination's table knows do not reach its threshold
	ResultNoTable        = "no-table"        // no table held there covers the reference block
	ResultStale          = "stale"           // the destination's table is older than its maxStaleness
	ResultMismatch       = "table-mismatch"  // T(R) from L1 does not have the signed digest, or the destination's table is not L1's
	ResultReverted       = "reverted"        // sent and reverted (counted, retried)
	ResultError          = "error"           // could not build or send (retried)
)

var results = []string{ResultSent, ResultAlready, ResultBelowThreshold, ResultNoTable, ResultStale, ResultMismatch, ResultReverted, ResultError}

// Metrics is what the relay reports.
type Metrics interface {
	// Outcome counts one attempt to deliver a kind ("table", "checkpoint")
	// to a chain.
	Outcome(chain uint64, kind, result string)
	// Gas observes the gas of a delivered transaction.
	Gas(kind string, gas uint64)
	// DestinationTable sets the reference block of a chain's current table.
	DestinationTable(chain uint64, ref uint32)
	// DestinationRound sets the newest round delivered (or found) on a chain.
	DestinationRound(chain uint64, round uint64)
	// Poll counts a poll of the aggregator.
	Poll(ok bool)
	// BadData counts certificate data refused from the aggregator.
	BadData()
}

// PromMetrics are the relay's metrics on their own registry:
//
//	rollcall_relay_deliveries_total{chain,kind,result}  counter (results above)
//	rollcall_relay_gas_used{kind}                        histogram
//	rollcall_relay_destination_table_block{chain}        gauge
//	rollcall_relay_destination_round{chain}              gauge
//	rollcall_relay_polls_total{result}                   counter: ok, error
//	rollcall_relay_bad_certificate_data_total            counter
type PromMetrics struct {
	registry   *prometheus.Registry
	deliveries *prometheus.CounterVec
	gas        *prometheus.HistogramVec
	table      *prometheus.GaugeVec
	round      *prometheus.GaugeVec
	polls      *prometheus.CounterVec
	bad        prometheus.Counter
}

// NewMetrics registers the metrics, with the Go and process collectors.
func NewMetrics(chains []uint64) *PromMetrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	const ns, sub = "rollcall", "relay"
	m := &PromMetrics{
		registry: reg,
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "deliveries_total",
			Help: "Delivery attempts per destination chain, kind (table, checkpoint) and result."}, []string{"chain", "kind", "result"}),
		gas: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "gas_used",
			Help: "Gas of each delivered transaction.", Buckets: prometheus.ExponentialBuckets(100_000, 1.5, 10)}, []string{"kind"}),
		table: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "destination_table_block",
			Help: "Reference block of the destination's current operator table."}, []string{"chain"}),
		round: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "destination_round",
			Help: "Newest round attested on the destination."}, []string{"chain"}),
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "polls_total",
			Help: "Polls of the aggregator."}, []string{"result"}),
		bad: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "bad_certificate_data_total",
			Help: "Certificate data from the aggregator refused (digest, points or signers do not hold together)."}),
	}
	reg.MustRegister(m.deliveries, m.gas, m.table, m.round, m.polls, m.bad)
	for _, c := range chains {
		for _, k := range []string{"table", "checkpoint"} {
			for _, r := range results {
				m.deliveries.WithLabelValues(strconv.FormatUint(c, 10), k, r)
			}
		}
	}
	return m
}

// Registry is the registry the metrics are on.
func (m *PromMetrics) Registry() *prometheus.Registry { return m.registry }

func (m *PromMetrics) Outcome(chain uint64, kind, result string) {
	m.deliveries.WithLabelValues(strconv.FormatUint(chain, 10), kind, result).Inc()
}
func (m *PromMetrics) Gas(kind string, gas uint64) { m.gas.WithLabelValues(kind).Observe(float64(gas)) }
func (m *PromMetrics) DestinationTable(chain uint64, ref uint32) {
	m.table.WithLabelValues(strconv.FormatUint(chain, 10)).Set(float64(ref))
}
func (m *PromMetrics) DestinationRound(chain uint64, round uint64) {
	m.round.WithLabelValues(strconv.FormatUint(chain, 10)).Set(float64(round))
}
func (m *PromMetrics) Poll(ok bool) {
	r := "ok"
	if !ok {
		r = "error"
	}
	m.polls.WithLabelValues(r).Inc()
}
func (m *PromMetrics) BadData() { m.bad.Inc() }

// NoopMetrics discards everything.
type NoopMetrics struct{}

func (NoopMetrics) Outcome(uint64, string, string)  {}
func (NoopMetrics) Gas(string, uint64)              {}
func (NoopMetrics) DestinationTable(uint64, uint32) {}
func (NoopMetrics) DestinationRound(uint64, uint64) {}
func (NoopMetrics) Poll(bool)                       {}
func (NoopMetrics) BadData()                        {}
