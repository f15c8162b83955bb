package operator

// The node API of the EigenLayer AVS node specification, and the metrics
// server.
//
// eigensdk-go's nodeapi package serves the same routes, but its state is
// not guarded (UpdateHealth races with the handlers), it cannot listen on a
// port chosen by the system or report its address, it installs its own
// signal handler and its goroutines cannot be stopped. rollcall serves the
// routes with net/http and reuses the SDK's health and status values, so the
// answers are the ones EigenLayer tooling expects:
//
//	GET /eigen/node                        {"node_name","node_version","spec_version"}
//	GET /eigen/node/health                 200 healthy, 206 partially healthy, 503 unhealthy
//	GET /eigen/node/services               {"services":[{"id","name","description","status"}]}
//	GET /eigen/node/services/{id}/health   200 Up, 206 Initializing, 503 Down, 404 unknown id
//
// Health comes from what the daemon itself does, never from a separate
// prober: every call to the aggregator and to the rollup nodes is recorded
// (meteredAggregator, meteredReader), and so is the outcome of every round.
// The daemon does not otherwise call L1 after start-up, so L1 is pinged
// (eth_chainId, checked against the deployment) every l1PingInterval.
//
//	503 Unhealthy         a service is Down: the last call to a rollup node
//	                      failed, or the last L1 ping did, or the last call to
//	                      every aggregator did;
//	206 PartiallyHealthy  some aggregators are down but not all (the others are
//	                      signed for), or a service is Initializing (not called yet, or a rollup
//	                      node lagging: its head behind a round's target height
//	                      for longer than a round), or no round finished yet
//	                      since start (syncing), or the last round finished was
//	                      not signed and accepted (refused, rejected, not sent);
//	200 Healthy           otherwise: everything reachable, the last round
//	                      finished was signed and accepted.
//
// While a round is being worked on, the verdict of the round before stands.
// The body of /eigen/node/health is a JSON object with the reasons.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"runtime/debug"
	"sort"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/nodeapi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/rollup"
)

const (
	// NodeName is the node_name of GET /eigen/node.
	NodeName = "rollcall-operator"
	// NodeSpecVersion is the version of the AVS node API specification
	// served (the one eigensdk-go v0.3.0 implements).
	NodeSpecVersion = "v0.0.1"
	// performanceWindow is how many finished rounds eigen_performance_score
	// covers.
	performanceWindow = 100
	// l1CallTimeout bounds one L1 ping.
	l1CallTimeout = 5 * time.Second
)

// Version is the node_version of GET /eigen/node: the module version the
// binary was built from, or "dev". Set it from main (-ldflags -X) to
// override.
var Version = buildVersion()

func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// l1PingInterval is how often L1 is pinged: twenty poll intervals, between
// one and fifteen seconds (10 s with the default poll interval).
func l1PingInterval(poll time.Duration) time.Duration {
	return min(max(20*poll, time.Second), 15*time.Second)
}

// dependency is the state of one service of the node API.
type dependency struct {
	id, name, description string
	status                nodeapi.ServiceStatus
	lastOK                time.Time
	lastErr               string
	lastErrAt             time.Time
	// downSince is when the current outage began: the first failed call
	// after the last good one (zero while up).
	downSince time.Time
	// aggregator: one of the aggregators followed; the node is unhealthy
	// only when all of them are down.
	aggregator bool
}

// aggregatorState is what the monitor keeps of one aggregator followed.
type aggregatorState struct {
	url       string
	polled    bool // reachable is known
	reachable bool
	accepted  uint64
}

// roundState is what the followers did with one round number. Each
// follower that takes it up counts in working until it finishes it; the
// round's outcome (performance, health) is taken once: when an aggregator
// accepted its signature, or else when the last follower working on it
// finished.
type roundState struct {
	seenAt   time.Time
	working  int
	signed   bool
	accepted bool
	refused  map[Reason]bool
	finished bool
}

// roundMemory bounds the rounds remembered: enough for followers that are
// a few rounds apart.
const roundMemory = 256

// rollupLag is how far a rollup node was last seen behind a target.
type rollupLag struct {
	behindSince  time.Time // zero: at or past the target
	target, head uint64
}

// outcome is how a finished round ended.
type outcome struct {
	round  uint64
	signed bool
	reason string
}

// monitor is the daemon's one event sink: the round loop and the metered
// clients report every event to it, and it keeps what the node API, the
// metrics and Service.Status report: the state of the daemon's
// dependencies, from its own calls, the outcome of rounds, and the
// counters of Status. It forwards every event to Metrics.
type monitor struct {
	metrics      Metrics
	roundTimeout time.Duration
	// now is the clock of the dependency records (time.Now; tests set it).
	now func() time.Time

	mu     sync.Mutex
	status Status
	deps   map[string]*dependency
	lags   map[uint64]*rollupLag
	// aggs are the aggregators followed, by id; aggOrder their ids in
	// aggregator-url order.
	aggs     map[string]*aggregatorState
	aggOrder []string
	rounds   map[uint64]*roundState
	outcomes []bool // the last performanceWindow, oldest first
	last     *outcome
	lastSeen uint64
	// lastNewRound and roundInterval measure the aggregator's round
	// interval: a rollup is lagging once behind for longer than that.
	lastNewRound  time.Time
	roundInterval time.Duration
	// unfollowed are the rollups the AVS attests that the operator does
	// not follow, with where that was learnt ("the deployment file",
	// "round 7"): the node is at best partially healthy while any remain.
	unfollowed map[uint64]string
}

func newMonitor(operatorID common.Hash, m Metrics, roundTimeout time.Duration) *monitor {
	return &monitor{
		metrics: m, roundTimeout: roundTimeout, now: time.Now,
		status: Status{OperatorID: operatorID, Refused: map[Reason]uint64{}, Rejected: map[int]uint64{}},
		deps:   map[string]*dependency{}, lags: map[uint64]*rollupLag{},
		aggs: map[string]*aggregatorState{}, rounds: map[uint64]*roundState{},
		unfollowed: map[uint64]string{},
	}
}

// addDependency registers a service of the node API.
func (m *monitor) addDependency(id, name, description string, status nodeapi.ServiceStatus) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d := &dependency{id: id, name: name, description: description, status: status}
	if status == nodeapi.ServiceStatusUp {
		d.lastOK = time.Now()
	}
	m.deps[id] = d
}

// aggregator wraps the client of aggregator id (at url, redacted) so that
// its calls are recorded.
func (m *monitor) aggregator(id, url string, a Aggregator) Aggregator {
	m.addDependency(id, id, "rollcall aggregator "+url+" (JSON-RPC): rounds and signatures", nodeapi.ServiceStatusInitializing)
	m.mu.Lock()
	m.deps[id].aggregator = true
	m.aggs[id] = &aggregatorState{url: url}
	m.aggOrder = append(m.aggOrder, id)
	m.mu.Unlock()
	return &meteredAggregator{Aggregator: a, mon: m, id: id}
}

// reader wraps a rollup reader (which New just checked against its node)
// so that its calls are recorded.
func (m *monitor) reader(r rollup.Reader, cfg rollup.Config) rollup.Reader {
	m.addDependency(RollupTarget(r.ChainID()), fmt.Sprintf("rollup %d", r.ChainID()),
		fmt.Sprintf("rollup node of chain %d (%s, %s finality)", r.ChainID(), cfg.Kind, cfg.Finality), nodeapi.ServiceStatusUp)
	claim, head := rollupMethods(cfg.Kind)
	return &meteredReader{Reader: r, mon: m, claimMethod: claim, headCall: head}
}

// record sets a dependency's state after a call: up when it answered,
// down when it could not be reached (or answered nonsense).
func (m *monitor) record(id string, up bool, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	d := m.deps[id]
	if d == nil {
		return
	}
	now := m.now()
	if up {
		d.status, d.lastOK, d.downSince = nodeapi.ServiceStatusUp, now, time.Time{}
		return
	}
	if d.status != nodeapi.ServiceStatusDown {
		d.downSince = now
	}
	d.status, d.lastErrAt = nodeapi.ServiceStatusDown, now
	if err != nil {
		d.lastErr = err.Error()
	}
}

// aggregatorCall records one call to the aggregator. An answer with a
// JSON-RPC error is a failed call but a reachable aggregator. Calls cut
// short by the daemon's own shutdown are not recorded.
func (m *monitor) aggregatorCall(id, method string, start time.Time, err error, cancelled bool) {
	if err != nil && cancelled {
		return
	}
	status := CallOK
	if err != nil {
		status = CallError
	}
	m.metrics.RPC(id, method, status, time.Since(start))
	m.record(id, err == nil || api.ErrorCode(err) != 0, err)
}

// rollupCall records one read of a rollup node: "not there yet" is an
// answer; any other error makes the node down.
func (m *monitor) rollupCall(chainID uint64, method string, start time.Time, err error, cancelled bool) {
	if err != nil && cancelled {
		return
	}
	status := CallOK
	switch {
	case errors.Is(err, rollup.ErrNotYet):
		status = CallNotYet
	case err != nil:
		status = CallError
	}
	target := RollupTarget(chainID)
	m.metrics.RPC(target, method, status, time.Since(start))
	m.record(target, status != CallError, err)
}

// l1Call records one L1 call: the ping (eth_chainId), or a scheduled
// round's reference block.
func (m *monitor) l1Call(method string, start time.Time, err error, cancelled bool) {
	if err != nil && cancelled {
		return
	}
	status := CallOK
	if err != nil {
		status = CallError
	}
	m.metrics.RPC(TargetL1, method, status, time.Since(start))
	m.record(TargetL1, err == nil, err)
}

// rollupAt records a rollup node's head against the target height waited
// for.
func (m *monitor) rollupAt(chainID, target, head uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	l := m.lags[chainID]
	if l == nil {
		l = &rollupLag{}
		m.lags[chainID] = l
	}
	if head >= target {
		*l = rollupLag{}
		m.metrics.RollupLag(chainID, 0)
		return
	}
	if l.behindSince.IsZero() {
		l.behindSince = time.Now()
	}
	l.target, l.head = target, head
	m.metrics.RollupLag(chainID, target-head)
}

// roundLocked returns the state of round, new if need be.
func (m *monitor) roundLocked(round uint64) *roundState {
	st := m.rounds[round]
	if st == nil {
		st = &roundState{refused: map[Reason]bool{}}
		m.rounds[round] = st
	}
	return st
}

// roundSeen notes that a follower takes round up; the first to do so
// counts it as new.
func (m *monitor) roundSeen(round uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.roundLocked(round)
	st.working++
	if !st.seenAt.IsZero() {
		return
	}
	m.metrics.RoundSeen()
	now := time.Now()
	st.seenAt = now
	if !m.lastNewRound.IsZero() {
		m.roundInterval = now.Sub(m.lastNewRound)
	}
	m.lastNewRound = now
	m.lastSeen = max(m.lastSeen, round)
}

// roundSigned notes a signature made (recorded, about to be sent); a
// round signed for several aggregators counts once.
func (m *monitor) roundSigned(round uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.roundLocked(round)
	if st.signed {
		return
	}
	st.signed = true
	m.metrics.RoundSigned()
	m.status.Signed++
	m.status.LastRoundSigned = max(m.status.LastRoundSigned, round)
}

// aggregatorPolled notes whether the last poll of aggregator id worked.
func (m *monitor) aggregatorPolled(id string, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if a := m.aggs[id]; a != nil {
		a.polled, a.reachable = true, ok
	}
}

// roundObserved notes an aggregator's open round, new or not.
func (m *monitor) roundObserved(round uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.status.LastRoundSeen = max(m.status.LastRoundSeen, round)
}

// signatureRejected notes a permanent refusal of a signature.
func (m *monitor) signatureRejected(code int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.status.Rejected[code]++
}

// submitFailed notes a signature given up after transient errors.
func (m *monitor) submitFailed() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.status.SubmitFailures++
}

// snapshot is a copy of the live Status.
func (m *monitor) snapshot() Status {
	m.mu.Lock()
	defer m.mu.Unlock()
	s := m.status
	s.Refused = maps.Clone(m.status.Refused)
	s.Rejected = maps.Clone(m.status.Rejected)
	s.AggregatorReachable = true
	for _, id := range m.aggOrder {
		a := m.aggs[id]
		s.Aggregators = append(s.Aggregators, AggregatorStatus{ID: id, URL: a.url, Reachable: a.reachable, Accepted: a.accepted})
		s.AggregatorReachable = s.AggregatorReachable && a.reachable
	}
	return s
}

// signatureAccepted notes that aggregator id took the round's signature.
func (m *monitor) signatureAccepted(round uint64, id string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if a := m.aggs[id]; a != nil {
		a.accepted++
	}
	st := m.roundLocked(round)
	if st.accepted {
		return
	}
	st.accepted = true
	m.status.Accepted++
	m.status.LastRoundAccepted = max(m.status.LastRoundAccepted, round)
	if !st.seenAt.IsZero() {
		m.metrics.SignatureAccepted(time.Since(st.seenAt))
	}
}

// roundFinished notes that a follower is done with round: refused for
// reason, or (reason "") signed and sent. A refusal counts once per round
// and reason. The round's outcome is taken when an aggregator accepted the
// signature, or else once no follower works on it any more.
func (m *monitor) roundFinished(round uint64, reason Reason) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st := m.roundLocked(round)
	st.working = max(st.working-1, 0)
	if reason != "" && !st.refused[reason] {
		st.refused[reason] = true
		m.metrics.RoundRefused(reason)
		m.status.Refused[reason]++
	}
	if st.finished || (!st.accepted && st.working > 0) {
		return
	}
	st.finished = true
	o := outcome{round: round, signed: st.accepted}
	switch {
	case o.signed:
	case reason != "":
		o.reason = "refused: " + string(reason)
	default:
		o.reason = "signature not accepted by the aggregator"
	}
	m.finishLocked(o)
	m.forgetRoundsLocked()
}

// forgetRoundsLocked drops the oldest finished rounds once more than
// roundMemory are kept.
func (m *monitor) forgetRoundsLocked() {
	if len(m.rounds) <= roundMemory {
		return
	}
	var done []uint64
	for r, st := range m.rounds {
		if st.finished && st.working == 0 {
			done = append(done, r)
		}
	}
	sort.Slice(done, func(i, j int) bool { return done[i] < done[j] })
	for _, r := range done[:len(done)/2] {
		delete(m.rounds, r)
	}
}

func (m *monitor) finishLocked(o outcome) {
	m.last = &o
	m.outcomes = append(m.outcomes, o.signed)
	if len(m.outcomes) > performanceWindow {
		m.outcomes = m.outcomes[len(m.outcomes)-performanceWindow:]
	}
	signed := 0
	for _, ok := range m.outcomes {
		if ok {
			signed++
		}
	}
	m.metrics.PerformanceScore(100 * float64(signed) / float64(len(m.outcomes)))
}

// rollupUnfollowed notes that the AVS attests chainID, which the operator
// does not follow; source says how it was learnt. The first source is kept.
func (m *monitor) rollupUnfollowed(chainID uint64, source string) {
	m.metrics.UnfollowedRollup(chainID, true)
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.unfollowed[chainID]; !ok {
		m.unfollowed[chainID] = source
	}
}

// Unfollowed is a rollup the AVS attests that the operator does not follow.
type Unfollowed struct {
	ChainID uint64 `json:"chainId"`
	// Source is where the operator learnt of it: "the deployment file" or
	// "round N".
	Source string `json:"source"`
}

// unfollowedRollups lists them by chain id.
func (m *monitor) unfollowedRollups() []Unfollowed {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.unfollowedLocked()
}

func (m *monitor) unfollowedLocked() []Unfollowed {
	out := make([]Unfollowed, 0, len(m.unfollowed))
	for id, src := range m.unfollowed {
		out = append(out, Unfollowed{ChainID: id, Source: src})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ChainID < out[j].ChainID })
	return out
}

// UnfollowedReason is the health reason (and log message) for a rollup the
// AVS attests that the operator does not follow.
func UnfollowedReason(u Unfollowed) string {
	return fmt.Sprintf("the AVS attests rollup %d (%s), which this operator does not follow: every round naming it is refused; add chain-id %d to rollups",
		u.ChainID, u.Source, u.ChainID)
}

// ServiceInfo is one service of GET /eigen/node/services.
type ServiceInfo struct {
	ID          string                `json:"id"`
	Name        string                `json:"name"`
	Description string                `json:"description"`
	Status      nodeapi.ServiceStatus `json:"status"`
}

// services lists the services, sorted by id, with their current status: a
// rollup node that is up but lagging is Initializing.
func (m *monitor) services() []ServiceInfo {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	out := make([]ServiceInfo, 0, len(m.deps))
	for _, d := range m.deps {
		s := ServiceInfo{ID: d.id, Name: d.name, Description: d.description, Status: d.status}
		switch d.status {
		case nodeapi.ServiceStatusDown:
			s.Description += fmt.Sprintf("; down since %s: %s", d.downSince.UTC().Format(time.RFC3339), d.lastErr)
		case nodeapi.ServiceStatusUp:
			if chainID, ok := m.chainOf(d.id); ok {
				if l := m.lags[chainID]; l != nil && !l.behindSince.IsZero() && now.Sub(l.behindSince) > m.lagAfterLocked() {
					s.Status = nodeapi.ServiceStatusInitializing
					s.Description += fmt.Sprintf("; lagging: head %d behind target %d (%d blocks) since %s",
						l.head, l.target, l.target-l.head, l.behindSince.UTC().Format(time.RFC3339))
				}
			}
		case nodeapi.ServiceStatusInitializing:
			s.Description += "; not called yet"
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// lagAfterLocked is how long a rollup node may stay behind a target before
// it counts as lagging: the aggregator's round interval as observed, or
// round-timeout until two rounds were seen.
func (m *monitor) lagAfterLocked() time.Duration {
	if m.roundInterval > 0 {
		return m.roundInterval
	}
	return m.roundTimeout
}

func (m *monitor) chainOf(id string) (uint64, bool) {
	for chainID := range m.lags {
		if RollupTarget(chainID) == id {
			return chainID, true
		}
	}
	return 0, false
}

// HealthReport is the body of GET /eigen/node/health.
type HealthReport struct {
	// Health is "healthy", "partially healthy" or "unhealthy".
	Health  string   `json:"health"`
	Reasons []string `json:"reasons"`
	// Unfollowed are the rollups the AVS attests that this operator does
	// not follow (each also a reason).
	Unfollowed []Unfollowed `json:"unfollowed"`
	// LastRoundSeen is the newest round seen; LastRoundFinished the newest
	// round finished, and LastRoundSigned whether it was signed and accepted.
	LastRoundSeen     uint64 `json:"lastRoundSeen"`
	LastRoundFinished uint64 `json:"lastRoundFinished"`
	LastRoundSigned   bool   `json:"lastRoundSigned"`
	code              nodeapi.NodeHealth
}

// health computes the node's health (see the top of this file).
func (m *monitor) health() HealthReport {
	services := m.services()
	m.mu.Lock()
	defer m.mu.Unlock()
	r := HealthReport{Reasons: []string{}, LastRoundSeen: m.lastSeen, code: nodeapi.Healthy}
	worse := func(h nodeapi.NodeHealth, reason string) {
		r.code = max(r.code, h)
		r.Reasons = append(r.Reasons, reason)
	}
	aggsDown, aggs := 0, 0
	for _, s := range services {
		if d := m.deps[s.ID]; d != nil && d.aggregator {
			aggs++
			if s.Status == nodeapi.ServiceStatusDown {
				aggsDown++
			}
		}
	}
	for _, s := range services {
		switch s.Status {
		case nodeapi.ServiceStatusDown:
			if d := m.deps[s.ID]; d != nil && d.aggregator && aggsDown < aggs {
				// Another aggregator is signed for meanwhile.
				worse(nodeapi.PartiallyHealthy, s.ID+" is down (the other aggregators are followed): "+s.Description)
				continue
			}
			worse(nodeapi.Unhealthy, s.ID+" is down: "+s.Description)
		case nodeapi.ServiceStatusInitializing:
			worse(nodeapi.PartiallyHealthy, s.ID+" is initializing: "+s.Description)
		}
	}
	r.Unfollowed = m.unfollowedLocked()
	for _, u := range r.Unfollowed {
		worse(nodeapi.PartiallyHealthy, UnfollowedReason(u))
	}
	switch {
	case m.last == nil:
		worse(nodeapi.PartiallyHealthy, "no round finished yet")
	case !m.last.signed:
		worse(nodeapi.PartiallyHealthy, fmt.Sprintf("round %d not signed: %s", m.last.round, m.last.reason))
	}
	if m.last != nil {
		r.LastRoundFinished, r.LastRoundSigned = m.last.round, m.last.signed
	}
	r.Health = map[nodeapi.NodeHealth]string{nodeapi.Healthy: "healthy", nodeapi.PartiallyHealthy: "partially healthy", nodeapi.Unhealthy: "unhealthy"}[r.code]
	return r
}

// healthCode is the HTTP status of a node health, as in eigensdk-go.
func healthCode(h nodeapi.NodeHealth) int {
	switch h {
	case nodeapi.Healthy:
		return http.StatusOK
	case nodeapi.PartiallyHealthy:
		return http.StatusPartialContent
	}
	return http.StatusServiceUnavailable
}

// serviceCode is the HTTP status of a service status, as in eigensdk-go.
func serviceCode(s nodeapi.ServiceStatus) int {
	switch s {
	case nodeapi.ServiceStatusUp:
		return http.StatusOK
	case nodeapi.ServiceStatusInitializing:
		return http.StatusPartialContent
	}
	return http.StatusServiceUnavailable
}

// handler serves the node API.
func (m *monitor) handler(log *zap.Logger) http.Handler {
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, code int, body any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		if err := json.NewEncoder(w).Encode(body); err != nil {
			log.Debug("node API: write response", zap.Error(err))
		}
	}
	mux.HandleFunc("GET /eigen/node", func(w http.ResponseWriter, _ *http.Request) {
		reply(w, http.StatusOK, map[string]string{"node_name": NodeName, "node_version": Version, "spec_version": NodeSpecVersion})
	})
	mux.HandleFunc("GET /eigen/node/health", func(w http.ResponseWriter, _ *http.Request) {
		h := m.health()
		reply(w, healthCode(h.code), h)
	})
	mux.HandleFunc("GET /eigen/node/services", func(w http.ResponseWriter, _ *http.Request) {
		reply(w, http.StatusOK, map[string][]ServiceInfo{"services": m.services()})
	})
	mux.HandleFunc("GET /eigen/node/services/{id}/health", func(w http.ResponseWriter, r *http.Request) {
		for _, s := range m.services() {
			if s.ID == r.PathValue("id") {
				w.WriteHeader(serviceCode(s.Status))
				return
			}
		}
		w.WriteHeader(http.StatusNotFound)
	})
	return mux
}

// nodeServers are the node API and metrics HTTP servers, and what the L1
// ping needs.
type nodeServers struct {
	prom             *PromMetrics // nil when metrics are off
	nodeAPI, metrics *httpserver.Server
	l1URL            string
	l1ChainID        uint64
}

// setUpMonitoring builds the monitor and the metrics (real ones when the
// metrics setting is not empty). It runs before the readers and the
// aggregator client are built, which it wraps.
func (s *Service) setUpMonitoring() {
	s.node = &nodeServers{}
	var m Metrics = NoopMetrics{}
	if s.cfg.Metrics != "" {
		s.node.prom = NewMetrics()
		m = s.node.prom
	}
	s.mon = newMonitor(s.operatorID, m, s.cfg.RoundTimeout)
}

// listenNodeServers binds the node API and metrics addresses, so that a
// port in use fails NewService. L1 is pinged only for the node API's
// health.
func (s *Service) listenNodeServers(dep *deploy.Deployment) error {
	n := s.node
	if s.cfg.NodeAPI != "" {
		n.l1URL, n.l1ChainID = s.cfg.L1RPC, dep.L1.ChainID
		if n.l1URL == "" {
			n.l1URL = dep.L1.RPCURL
		}
		s.mon.addDependency(TargetL1, "L1", fmt.Sprintf("L1 JSON-RPC endpoint %s (chain %d), pinged every %s",
			redact.URL(n.l1URL), n.l1ChainID, l1PingInterval(s.cfg.PollInterval)), nodeapi.ServiceStatusInitializing)
		srv, err := httpserver.Listen("node API", s.cfg.NodeAPI, s.mon.handler(s.log), httpserver.DefaultLimits(), s.log)
		if err != nil {
			return fmt.Errorf("%s: %w", FlagNodeAPI, err)
		}
		n.nodeAPI = srv
	}
	if s.cfg.Metrics != "" {
		srv, err := httpserver.Listen("metrics", s.cfg.Metrics, httpserver.MetricsHandler(n.prom.Registry()), httpserver.DefaultLimits(), s.log)
		if err != nil {
			return fmt.Errorf("%s: %w", FlagMetrics, err)
		}
		n.metrics = srv
	}
	return nil
}

// nodeTasks are the servers and the L1 ping, run with the loop.
func (s *Service) nodeTasks() []lifecycle.Task {
	var tasks []lifecycle.Task
	if s.node.nodeAPI != nil {
		tasks = append(tasks, s.node.nodeAPI.Run, func(ctx context.Context) error { s.pingL1(ctx); return nil })
	}
	if s.node.metrics != nil {
		tasks = append(tasks, s.node.metrics.Run)
	}
	return tasks
}

// shutdownNodeServers drains the servers within ctx (and closes their
// listeners when they never served). Idempotent.
func (s *Service) shutdownNodeServers(ctx context.Context) error {
	var errs []error
	if s.node == nil {
		return nil
	}
	for _, srv := range []*httpserver.Server{s.node.nodeAPI, s.node.metrics} {
		if srv != nil {
			errs = append(errs, srv.Shutdown(ctx))
		}
	}
	return errors.Join(errs...)
}

// pingL1 asks L1 for its chain id at once and then every l1PingInterval,
// until ctx ends.
func (s *Service) pingL1(ctx context.Context) {
	n := s.node
	client, err := rpc.DialOptions(ctx, n.l1URL)
	if err != nil {
		s.mon.l1Call("eth_chainId", time.Now(), fmt.Errorf("dial %s: %w", redact.URL(n.l1URL), redact.Error(err, n.l1URL)), ctx.Err() != nil)
		return
	}
	defer client.Close()
	ticker := time.NewTicker(l1PingInterval(s.cfg.PollInterval))
	defer ticker.Stop()
	for {
		start := time.Now()
		callCtx, cancel := context.WithTimeout(ctx, l1CallTimeout)
		var id hexutil.Uint64
		err := redact.Error(client.CallContext(callCtx, &id, "eth_chainId"), n.l1URL)
		cancel()
		if err == nil && uint64(id) != n.l1ChainID {
			err = &chainio.WrongChainError{Endpoint: redact.URL(n.l1URL), Got: uint64(id), Want: n.l1ChainID}
		}
		s.mon.l1Call("eth_chainId", start, err, ctx.Err() != nil)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// NodeAPIAddr is the address the node API listens on ("" when disabled).
func (s *Service) NodeAPIAddr() string {
	if s.node == nil || s.node.nodeAPI == nil {
		return ""
	}
	return s.node.nodeAPI.Addr()
}

// MetricsAddr is the address the metrics server listens on ("" when
// disabled).
func (s *Service) MetricsAddr() string {
	if s.node == nil || s.node.metrics == nil {
		return ""
	}
	return s.node.metrics.Addr()
}
