package operator_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/operator"
)

// apiEnv is a testEnv whose daemon serves the node API and metrics on
// free ports, with a real chain as its L1 and an aggregator the test can
// take down.
type apiEnv struct {
	*testEnv
	l1     *chain.Chain
	aggSrv *httptest.Server
	svc    *operator.Service
}

func newAPIEnv(t *testing.T) *apiEnv {
	t.Helper()
	e := &apiEnv{testEnv: newEnv(t)}

	l1cfg := chain.DefaultConfig(l1ChainID)
	l1cfg.BlockInterval = blockInterval
	e.l1 = devnettest.StartChain(t, l1cfg, zaptest.NewLogger(t).Named("l1"))

	// An aggregator of its own, so that the test can close it.
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, e.agg))
	e.aggSrv = httptest.NewServer(srv)
	t.Cleanup(func() { e.aggSrv.Close(); srv.Stop() })

	e.cfg.AggregatorURLs = operator.URLList{e.aggSrv.URL}
	e.cfg.L1RPC = e.l1.HTTPURL()
	e.cfg.NodeAPI = "127.0.0.1:0"
	e.cfg.Metrics = "127.0.0.1:0"
	e.cfg.RoundTimeout = 5 * time.Second
	return e
}

func (e *apiEnv) startAPI() {
	e.t.Helper()
	e.svc = e.start()
	require.NotEmpty(e.t, e.svc.NodeAPIAddr())
	require.NotEmpty(e.t, e.svc.MetricsAddr())
}

// get fetches a path of the node API: status code and body.
func (e *apiEnv) get(path string) (int, []byte) {
	e.t.Helper()
	resp, err := http.Get("http://" + e.svc.NodeAPIAddr() + path)
	require.NoError(e.t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(e.t, err)
	return resp.StatusCode, body
}

func (e *apiEnv) health() (int, operator.HealthReport) {
	e.t.Helper()
	code, body := e.get("/eigen/node/health")
	var h operator.HealthReport
	require.NoError(e.t, json.Unmarshal(body, &h), "body %s", body)
	return code, h
}

// waitHealth waits until /eigen/node/health answers code.
func (e *apiEnv) waitHealth(code int) operator.HealthReport {
	e.t.Helper()
	var (
		got int
		h   operator.HealthReport
	)
	require.Eventually(e.t, func() bool {
		got, h = e.health()
		return got == code
	}, waitFor, tick, "health never became %d (last %d: %+v)", code, got, h)
	return h
}

// services returns the status of each service by id.
func (e *apiEnv) services() map[string]string {
	e.t.Helper()
	code, body := e.get("/eigen/node/services")
	require.Equal(e.t, http.StatusOK, code)
	var resp struct {
		Services []operator.ServiceInfo `json:"services"`
	}
	require.NoError(e.t, json.Unmarshal(body, &resp))
	out := map[string]string{}
	for _, s := range resp.Services {
		require.NotEmpty(e.t, s.Name)
		require.NotEmpty(e.t, s.Description)
		out[s.ID] = string(s.Status)
	}
	return out
}

// waitService waits until service id has status.
func (e *apiEnv) waitService(id, status string) {
	e.t.Helper()
	var last map[string]string
	require.Eventually(e.t, func() bool {
		last = e.services()
		return last[id] == status
	}, waitFor, tick, "service %s never became %s (last %v)", id, status, last)
}

// signRound opens round n over both rollups' heads and waits until the
// daemon has finished it, signed and accepted.
func (e *apiEnv) signRound(n uint64) {
	e.t.Helper()
	e.agg.open(e.round(n, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}, api.Target{ChainID: chainB, BlockNumber: e.head(chainB)}))
	require.Eventually(e.t, func() bool {
		_, h := e.health()
		return h.LastRoundFinished == n
	}, waitFor, tick)
	_, h := e.health()
	require.True(e.t, h.LastRoundSigned, "round %d finished unsigned", n)
}

func TestNodeAPINodeInfo(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()
	code, body := e.get("/eigen/node")
	require.Equal(t, http.StatusOK, code)
	var info map[string]string
	require.NoError(t, json.Unmarshal(body, &info))
	require.Equal(t, "rollcall-operator", info["node_name"])
	require.Equal(t, "v0.0.1", info["spec_version"])
	require.NotEmpty(t, info["node_version"])

	code, _ = e.get("/eigen/node/nothing")
	require.Equal(t, http.StatusNotFound, code)
	code, _ = e.get("/eigen/node/services/nothing/health")
	require.Equal(t, http.StatusNotFound, code)
}

func TestNodeAPIHealthyAfterSigning(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()

	// Everything reachable but no round yet: syncing.
	e.waitService("aggregator", "Up")
	e.waitService("l1", "Up")
	code, h := e.health()
	require.Equal(t, http.StatusPartialContent, code)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "no round finished yet")

	e.signRound(1)
	h = e.waitHealth(http.StatusOK)
	require.Equal(t, "healthy", h.Health)
	require.Empty(t, h.Reasons)
	require.Equal(t, uint64(1), h.LastRoundFinished)
	require.True(t, h.LastRoundSigned)

	require.Equal(t, map[string]string{
		"aggregator": "Up",
		"l1":         "Up",
		"rollup-901": "Up",
		"rollup-902": "Up",
	}, e.services())
	for _, id := range []string{"aggregator", "l1", "rollup-901", "rollup-902"} {
		code, _ := e.get("/eigen/node/services/" + id + "/health")
		require.Equal(t, http.StatusOK, code, id)
	}
}

func TestNodeAPIPartialWhenRollupLags(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()
	e.signRound(1)
	e.waitHealth(http.StatusOK)

	// Round 2 asks chain A for a height it will not reach for minutes.
	e.agg.open(e.round(2, api.Target{ChainID: chainA, BlockNumber: e.head(chainA) + 1000}, api.Target{ChainID: chainB, BlockNumber: e.head(chainB)}))
	e.waitService("rollup-901", "Initializing")
	code, h := e.health()
	require.Equal(t, http.StatusPartialContent, code)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "rollup-901")
	require.NotContains(t, strings.Join(h.Reasons, "\n"), "rollup-902")
	svcs := e.services()
	require.Equal(t, "Up", svcs["rollup-902"])
	require.Equal(t, "Up", svcs["aggregator"])
	code, _ = e.get("/eigen/node/services/rollup-901/health")
	require.Equal(t, http.StatusPartialContent, code)

	lag := e.scrape()["rollcall_rollup_head_lag_blocks"]
	require.Greater(t, metricValue(t, lag, map[string]string{"chain_id": "901"}), 900.0)
	require.Equal(t, 0.0, metricValue(t, lag, map[string]string{"chain_id": "902"}))

	// A later round the rollup has reached makes it healthy again.
	e.signRound(3)
	e.waitHealth(http.StatusOK)
	require.Equal(t, "Up", e.services()["rollup-901"])
}

func TestNodeAPIUnhealthyWhenAggregatorDown(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()
	e.signRound(1)
	e.waitHealth(http.StatusOK)

	e.aggSrv.Close()
	h := e.waitHealth(http.StatusServiceUnavailable)
	require.Equal(t, "unhealthy", h.Health)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "aggregator is down")
	svcs := e.services()
	require.Equal(t, "Down", svcs["aggregator"])
	require.Equal(t, "Up", svcs["rollup-901"])
	code, _ := e.get("/eigen/node/services/aggregator/health")
	require.Equal(t, http.StatusServiceUnavailable, code)
}

func TestNodeAPIUnhealthyWhenRollupStopped(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()
	e.signRound(1)
	e.waitHealth(http.StatusOK)

	hA := e.head(chainA)
	require.NoError(t, e.chains[chainB].Stop(context.Background()))
	e.agg.open(e.round(2, api.Target{ChainID: chainA, BlockNumber: hA}, api.Target{ChainID: chainB, BlockNumber: 3}))
	e.waitService("rollup-902", "Down")
	h := e.waitHealth(http.StatusServiceUnavailable)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "rollup-902 is down")
	svcs := e.services()
	require.Equal(t, "Up", svcs["rollup-901"])
	require.Equal(t, "Up", svcs["aggregator"])

	errs := e.scrape()["rollcall_rpc_errors_total"]
	require.Greater(t, metricValue(t, errs, map[string]string{"target": "rollup-902"}), 0.0)
}

func TestNodeAPIUnhealthyWhenL1Down(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()
	e.signRound(1)
	e.waitHealth(http.StatusOK)

	require.NoError(t, e.l1.Stop(context.Background()))
	h := e.waitHealth(http.StatusServiceUnavailable)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "l1 is down")
	require.Equal(t, "Down", e.services()["l1"])
}

func TestNodeAPIWrongL1Chain(t *testing.T) {
	e := newAPIEnv(t)
	e.cfg.L1RPC = e.chains[chainA].HTTPURL() // serves chain 901, not 31337
	e.startAPI()
	e.waitService("l1", "Down")
	_, h := e.health()
	require.Contains(t, strings.Join(h.Reasons, "\n"), "is chain 901")
}

func TestMetricsAfterRounds(t *testing.T) {
	e := newAPIEnv(t)
	e.startAPI()
	e.signRound(1)
	// Round 2 names a chain this operator does not follow: refused.
	e.agg.open(e.round(2, api.Target{ChainID: 999, BlockNumber: 1}))
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonUnknownChain] == 1 }, waitFor, tick)
	e.signRound(3)

	m := e.scrape()
	require.Equal(t, 3.0, metricValue(t, m["rollcall_rounds_seen_total"], nil))
	require.Equal(t, 2.0, metricValue(t, m["rollcall_rounds_signed_total"], nil))
	refused := m["rollcall_rounds_refused_total"]
	require.Equal(t, 1.0, metricValue(t, refused, map[string]string{"reason": "unknown-chain"}))
	require.Equal(t, 0.0, metricValue(t, refused, map[string]string{"reason": "conflict"}))
	require.InDelta(t, 200.0/3, metricValue(t, m["eigen_performance_score"], map[string]string{"avs_name": "rollcall"}), 0.01)

	lat := m["rollcall_signature_latency_seconds"]
	require.NotNil(t, lat)
	require.Equal(t, uint64(2), lat.Metric[0].GetHistogram().GetSampleCount())

	rpcTotal := m["eigen_rpc_request_total"]
	require.Equal(t, 2.0, metricValue(t, rpcTotal, map[string]string{"method": "rollcall_submitSignature", "status": "ok"}))
	require.Greater(t, metricValue(t, rpcTotal, map[string]string{"method": "rollcall_openRound", "status": "ok"}), 2.0)
	require.Greater(t, metricValue(t, rpcTotal, map[string]string{"method": "eth_getBlockByNumber", "status": "ok"}), 3.0)
	require.Greater(t, metricValue(t, rpcTotal, map[string]string{"method": "eth_chainId", "status": "ok"}), 0.0)
	require.NotNil(t, m["eigen_rpc_request_duration_seconds"])
	require.NotNil(t, m["go_goroutines"], "runtime collectors")
}

func TestNodeServersDisabled(t *testing.T) {
	e := newAPIEnv(t)
	e.cfg.NodeAPI, e.cfg.Metrics = "", ""
	svc := e.start()
	require.Empty(t, svc.NodeAPIAddr())
	require.Empty(t, svc.MetricsAddr())
	e.agg.open(e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	require.Eventually(t, func() bool { return svc.Status().Accepted == 1 }, waitFor, tick)
}

func TestNodeAPIPortInUse(t *testing.T) {
	e := newAPIEnv(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	e.cfg.NodeAPI = ln.Addr().String()
	_, err = operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.ErrorContains(t, err, "node-api")

	e.cfg.NodeAPI = "127.0.0.1:0"
	svc, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
	_, err = http.Get("http://" + svc.NodeAPIAddr() + "/eigen/node")
	require.Error(t, err, "stopped before start: the listener is closed")
}

// scrape reads /metrics.
func (e *apiEnv) scrape() map[string]*dto.MetricFamily {
	e.t.Helper()
	resp, err := http.Get("http://" + e.svc.MetricsAddr() + "/metrics")
	require.NoError(e.t, err)
	defer resp.Body.Close()
	require.Equal(e.t, http.StatusOK, resp.StatusCode)
	var parser expfmt.TextParser
	families, err := parser.TextToMetricFamilies(resp.Body)
	require.NoError(e.t, err)
	return families
}

// metricValue is the value of the counter or gauge of f whose labels
// include labels; the test fails when there is none.
func metricValue(t *testing.T, f *dto.MetricFamily, labels map[string]string) float64 {
	t.Helper()
	require.NotNil(t, f, "metric family missing")
	for _, m := range f.Metric {
		have := map[string]string{}
		for _, l := range m.Label {
			have[l.GetName()] = l.GetValue()
		}
		match := true
		for k, v := range labels {
			match = match && have[k] == v
		}
		if !match {
			continue
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		}
	}
	require.FailNow(t, fmt.Sprintf("no %s with labels %v", f.GetName(), labels))
	return 0
}

// TestNodeAPIUnfollowedRollup: an operator learns which rollups the AVS
// attests from the deployment file at start and from the rounds it is
// offered; one it does not follow keeps the node partially healthy (206,
// naming it), shows in the metrics, and a round naming it is refused.
// A rollup entry without rpc reads the deployment's URL for its chain.
func TestNodeAPIUnfollowedRollup(t *testing.T) {
	e := newAPIEnv(t)
	dep, err := deploy.Load(e.cfg.Deployment)
	require.NoError(t, err)
	dep.Rollups = []deploy.RollupInfo{
		{ChainID: chainA, RPCURL: e.chains[chainA].HTTPURL()},
		{ChainID: chainB, RPCURL: e.chains[chainB].HTTPURL()},
		{ChainID: 903, RPCURL: "http://127.0.0.1:1"},
	}
	require.NoError(t, dep.Save(e.cfg.Deployment))
	e.cfg.Rollups = []operator.RollupConfig{{ChainID: chainA, Finality: "latest"}, {ChainID: chainB, Finality: "latest"}}
	e.startAPI()

	require.Equal(t, []operator.Unfollowed{{ChainID: 903, Source: "listed by the deployment file"}}, e.svc.Unfollowed())
	e.signRound(1) // read from the deployment's URLs of 901 and 902
	code, h := e.health()
	require.Equal(t, http.StatusPartialContent, code, "a signing operator that cannot follow a rollup of the AVS is not healthy")
	require.Contains(t, strings.Join(h.Reasons, "\n"), "the AVS attests rollup 903 (listed by the deployment file), which this operator does not follow")
	require.Equal(t, []operator.Unfollowed{{ChainID: 903, Source: "listed by the deployment file"}}, h.Unfollowed)
	unfollowed := e.scrape()["rollcall_rollup_unfollowed"]
	require.Equal(t, 1.0, metricValue(t, unfollowed, map[string]string{"chain_id": "903"}))

	// A round naming a chain nobody told the operator of.
	e.agg.open(e.round(2, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}, api.Target{ChainID: 904, BlockNumber: 1}))
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonUnknownChain] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(2))
	require.Equal(t, []operator.Unfollowed{
		{ChainID: 903, Source: "listed by the deployment file"},
		{ChainID: 904, Source: "named by round 2"},
	}, e.svc.Unfollowed())
	_, h = e.health()
	require.Contains(t, strings.Join(h.Reasons, "\n"), "rollup 904 (named by round 2)")
	require.Equal(t, 1.0, metricValue(t, e.scrape()["rollcall_rollup_unfollowed"], map[string]string{"chain_id": "904"}))
}

// TestUnfollowedRollupFromAggregatorAtStart: at start-up the operator asks
// the aggregator for its open round and names the chains in it that it
// does not follow, before it works on any round.
func TestUnfollowedRollupFromAggregatorAtStart(t *testing.T) {
	e := newEnv(t)
	e.agg.open(e.round(4, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}, api.Target{ChainID: 905, BlockNumber: 7}))
	e.cfg.PollInterval = time.Hour // the loop's first poll is an hour away: only start-up asked
	e.cfg.RoundTimeout = 2 * time.Hour
	svc, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, svc.Stop(context.Background())) })
	require.Equal(t, []operator.Unfollowed{{ChainID: 905, Source: "named by the aggregator's round 4"}}, svc.Unfollowed())
}
