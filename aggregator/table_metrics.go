package aggregator

import "github.com/prometheus/client_golang/prometheus"

// tableCounters are the metrics of operator tables and of the L1 cadence.
// They are not part of the Metrics interface: the service reports them
// through tableMetricsOf, which finds nothing to report to on no-op
// metrics.
type tableCounters struct {
	certifiedRounds prometheus.Counter
	tablesRequested prometheus.Counter
	tablesCertified prometheus.Counter
}

func newTableCounters(reg *prometheus.Registry) *tableCounters {
	const ns, sub = "rollcall", "aggregator"
	c := &tableCounters{
		certifiedRounds: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rounds_certified_total",
			Help: "Rounds that reached quorum and closed without being posted to L1 (l1-every)."}),
		tablesRequested: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "tables_requested_total",
			Help: "Rounds that asked operators to sign the operator table of their reference block."}),
		tablesCertified: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "tables_certified_total",
			Help: "Operator tables whose signed stake met the registry's threshold."}),
	}
	reg.MustRegister(c.certifiedRounds, c.tablesRequested, c.tablesCertified)
	return c
}

func (c *tableCounters) RoundCertified() { c.certifiedRounds.Inc() }
func (c *tableCounters) TableRequested() { c.tablesRequested.Inc() }
func (c *tableCounters) TableCertified() { c.tablesCertified.Inc() }

// tableMetrics is what tableCounters report.
type tableMetrics interface {
	RoundCertified()
	TableRequested()
	TableCertified()
}

type noTableMetrics struct{}

func (noTableMetrics) RoundCertified() {}
func (noTableMetrics) TableRequested() {}
func (noTableMetrics) TableCertified() {}

// tableMetricsOf returns m's table metrics, or no-op ones.
func tableMetricsOf(m Metrics) tableMetrics {
	if t, ok := m.(tableMetrics); ok {
		return t
	}
	return noTableMetrics{}
}
