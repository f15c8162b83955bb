package tests

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/faultproxy"
	"github.com/rollcall-avs/rollcall/keystore"
)

// The system of TestResilience: a devnet with two rollups, an aggregator
// and four operator daemons, each a `rollcall … run --config` process, and
// a fifth registered operator with no daemon (the "victim", small stake)
// whose identity hostile calls borrow. Four fault proxies sit between the
// processes and the chains: in front of L1 and of rollup 901 for the
// aggregator, and in front of L1 and of rollup 901 for operator 1.
type resSystem struct {
	dep       *deploy.Deployment
	l1        *ethclient.Client
	devnet    *runningProcess
	agg       *runningProcess
	aggURL    string
	aggMetric string // host:port of the aggregator's metrics server
	ops       []*runningProcess
	opNodeAPI []string // host:port of each operator's node API
	opMetrics []string
	opIDs     []common.Hash

	victim   *bls.KeyPair
	victimID common.Hash

	aggL1, aggRollup *faultproxy.Proxy // the aggregator's L1 and rollup-901 hops
	opL1, opRollup   *faultproxy.Proxy // operator 1's L1 and rollup-901 hops
}

const (
	resOperators = 4   // daemons
	resFaulty    = 901 // the rollup behind the proxies
	resHealthy   = 902
)

func startResSystem(t *testing.T, ctx context.Context) *resSystem {
	t.Helper()
	rollcallBinary(t)
	dir := t.TempDir()
	s := &resSystem{}

	var depPath string
	s.devnet, s.dep, depPath = devnetProcess(t, dir, 2, resOperators+1, "500ms")
	require.Len(t, s.dep.Rollups, 2)
	require.Equal(t, uint64(resFaulty), s.dep.Rollups[0].ChainID)
	require.Equal(t, uint64(resHealthy), s.dep.Rollups[1].ChainID)

	var err error
	s.l1, err = ethclient.DialContext(ctx, s.dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(s.l1.Close)

	// Four daemons with 10 ETH each and the victim with 1: three daemons
	// (30 of 41) still make the 66.67 % quorum when one is cut off.
	aggKey, opKeys := devKeys(t, s.dep)
	require.Len(t, opKeys, resOperators+1)
	deposits := []*big.Int{ether(10), ether(10), ether(10), ether(10), ether(1)}
	blsKeys := registerOperatorsWith(t, ctx, s.l1, s.dep, opKeys, deposits)
	s.victim = blsKeys[resOperators]
	s.victimID = core.OperatorID(s.victim.GetPubKeyG1())
	for _, kp := range blsKeys[:resOperators] {
		s.opIDs = append(s.opIDs, core.OperatorID(kp.GetPubKeyG1()))
	}

	proxy := func(target string) *faultproxy.Proxy {
		p, err := faultproxy.Start(target)
		require.NoError(t, err)
		t.Cleanup(func() { _ = p.Close() })
		return p
	}
	s.aggL1, s.aggRollup = proxy(s.dep.L1.RPCURL), proxy(s.dep.Rollups[0].RPCURL)
	s.opL1, s.opRollup = proxy(s.dep.L1.RPCURL), proxy(s.dep.Rollups[0].RPCURL)

	keysDir := filepath.Join(dir, "keys")
	require.NoError(t, os.MkdirAll(keysDir, 0o700))
	aggKeystore := filepath.Join(keysDir, "aggregator.json")
	require.NoError(t, keystore.SaveECDSA(aggKeystore, aggKey, procPassword, keystore.WithLightScrypt()))
	aggPassword := writeConfigFile(t, keysDir, "aggregator.password", procPassword+"\n")
	aggPort, metricsPort := freePort(t), freePort(t)
	s.aggURL = fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	s.aggMetric = fmt.Sprintf("127.0.0.1:%d", metricsPort)
	aggConfig := writeConfigFile(t, dir, "aggregator.yaml", fmt.Sprintf(`deployment: %s
keystore: %s
password-file: %s
l1-rpc: %s
listen: 127.0.0.1:%d
metrics: %s
data-dir: %s
round-interval: 1s
late-window: 200ms
receipt-poll: 100ms
batch-verify: true
rollups:
%s`, depPath, aggKeystore, aggPassword, s.aggL1.URL(), aggPort, s.aggMetric, filepath.Join(dir, "aggregator-data"),
		rollupsYAMLVia(s.dep, false, s.aggRollup.URL())))
	s.agg = startProcess(t, "aggregator", "aggregator", "run", "--config", aggConfig)
	waitRounds(t, ctx, s.aggURL, []*runningProcess{s.devnet, s.agg}, "the aggregator to serve", func([]api.RoundStatus) (bool, string) {
		return true, ""
	})

	for i, kp := range blsKeys[:resOperators] {
		ks := filepath.Join(keysDir, fmt.Sprintf("op%d.bls.json", i+1))
		require.NoError(t, keystore.SaveBLS(ks, kp, procPassword, keystore.WithLightScrypt()))
		pw := writeConfigFile(t, keysDir, fmt.Sprintf("op%d.password", i+1), procPassword+"\n")
		l1, rollup901 := s.dep.L1.RPCURL, s.dep.Rollups[0].RPCURL
		if i == 0 {
			l1, rollup901 = s.opL1.URL(), s.opRollup.URL()
		}
		nodeAPI, metrics := fmt.Sprintf("127.0.0.1:%d", freePort(t)), fmt.Sprintf("127.0.0.1:%d", freePort(t))
		s.opNodeAPI, s.opMetrics = append(s.opNodeAPI, nodeAPI), append(s.opMetrics, metrics)
		cfg := writeConfigFile(t, dir, fmt.Sprintf("operator-%d.yaml", i+1), fmt.Sprintf(`deployment: %s
l1-rpc: %s
bls-keystore: %s
bls-password-file: %s
aggregator-url: %s
data-dir: %s
poll-interval: 200ms
round-timeout: 10s
node-api: %s
metrics: %s
rollups:
%s`, depPath, l1, ks, pw, s.aggURL, filepath.Join(dir, fmt.Sprintf("operator-%d-data", i+1)), nodeAPI, metrics,
			rollupsYAMLVia(s.dep, true, rollup901)))
		s.ops = append(s.ops, startProcess(t, fmt.Sprintf("operator-%d", i+1), "operator", "run", "--config", cfg))
	}
	return s
}

// rollupsYAMLVia is rollupsYAML with rollup 901 reached at url901.
func rollupsYAMLVia(dep *deploy.Deployment, withKind bool, url901 string) string {
	var b strings.Builder
	for _, r := range dep.Rollups {
		url := r.RPCURL
		if r.ChainID == resFaulty {
			url = url901
		}
		fmt.Fprintf(&b, "  - chain-id: %d\n    rpc: %s\n    finality: latest\n", r.ChainID, url)
		if withKind {
			b.WriteString("    kind: evm\n")
		}
	}
	return b.String()
}

// alive are the processes that must keep running.
func (s *resSystem) alive() []*runningProcess {
	return append([]*runningProcess{s.devnet, s.agg}, s.ops...)
}

// waitAttested waits for n more attested rounds opened after round from
// whose targets satisfy ok (nil: any), and returns them.
func (s *resSystem) waitAttested(t *testing.T, ctx context.Context, what string, from uint64, n int, ok func(api.RoundStatus) bool) []api.RoundStatus {
	t.Helper()
	var got []api.RoundStatus
	waitRounds(t, ctx, s.aggURL, s.alive(), what, func(rs []api.RoundStatus) (bool, string) {
		got = got[:0]
		for _, r := range attestedRounds(rs) {
			if r.Round > from && (ok == nil || ok(r)) {
				got = append(got, r)
			}
		}
		return len(got) >= n, fmt.Sprintf("%d of %d attested rounds after round %d (newest round %d)", len(got), n, from, maxRound(rs))
	})
	return got
}

// newestRound is the aggregator's newest round number.
func (s *resSystem) newestRound(t *testing.T, ctx context.Context) uint64 {
	t.Helper()
	rs, err := listRounds(ctx, s.aggURL)
	require.NoError(t, err)
	return maxRound(rs)
}

// resHasTarget tells whether a round targets chainID.
func resHasTarget(r api.RoundStatus, chainID uint64) bool {
	_, ok := targetOf(r, chainID)
	return ok
}

// resSignedBy tells whether id signed the round.
func resSignedBy(r api.RoundStatus, id common.Hash) bool {
	for _, sg := range r.Signers {
		if sg.OperatorID == id {
			return true
		}
	}
	return false
}

// aggHealth is the aggregator's GET /health: the HTTP status and body.
type resHealthReport struct {
	Healthy      bool     `json:"healthy"`
	Failing      []string `json:"failing"`
	Dependencies []struct {
		Name  string `json:"name"`
		State string `json:"state"`
		Since string `json:"since"`
		Error string `json:"error"`
	} `json:"dependencies"`
}

func resGetJSON(ctx context.Context, url string, into any) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return resp.StatusCode, err
	}
	if err := json.Unmarshal(body, into); err != nil {
		return resp.StatusCode, fmt.Errorf("%s: %w: %s", url, err, body)
	}
	return resp.StatusCode, nil
}

// resMetric reads one sample of a Prometheus text exposition at
// http://addr/metrics: name{labels} as written there (e.g.
// `rollcall_aggregator_dependency_up{dep="l1"}`).
func resMetric(ctx context.Context, addr, series string) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, series+" "); ok {
			return strconv.ParseFloat(strings.TrimSpace(rest), 64)
		}
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("no series %s", series)
}

// resRSS is a process's resident set size in bytes, from /proc.
func resRSS(t *testing.T, pid int) int64 {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	require.NoError(t, err)
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			require.NoError(t, err)
			return kb << 10
		}
	}
	t.Fatalf("no VmRSS in /proc/%d/status", pid)
	return 0
}

// resRSSPeak samples a process's RSS every 50 ms until stopped, and returns
// the highest.
func resRSSPeak(t *testing.T, pid int) (stop func() int64) {
	var mu sync.Mutex
	peak := resRSS(t, pid)
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
			if err != nil {
				continue
			}
			for _, line := range strings.Split(string(raw), "\n") {
				if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
					kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
					if err == nil {
						mu.Lock()
						peak = max(peak, kb<<10)
						mu.Unlock()
					}
				}
			}
		}
	}()
	return func() int64 {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// resPost posts body to url and returns the status and the answer.
func resPost(ctx context.Context, url string, body []byte) (int, []byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	return resp.StatusCode, out, err
}

// resRPCMessage is one JSON-RPC answer.
type resRPCMessage struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// resHeldConn is a connection a hostile client opened and keeps open; closed
// is closed once the server has closed it.
type resHeldConn struct {
	conn   net.Conn
	closed chan struct{}
}

// resHoldConn dials addr, writes first, then (when drip is set) one byte of
// drip a second, and notes when the server closes the connection.
func resHoldConn(ctx context.Context, addr string, first []byte, drip []byte) (*resHeldConn, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	h := &resHeldConn{conn: c, closed: make(chan struct{})}
	if len(first) > 0 {
		if _, err := c.Write(first); err != nil {
			close(h.closed)
			return h, nil
		}
	}
	go func() { // the reader: any answer is drained; EOF or reset means closed
		defer close(h.closed)
		buf := make([]byte, 4096)
		for {
			if _, err := c.Read(buf); err != nil {
				return
			}
		}
	}()
	if len(drip) > 0 {
		go func() {
			tick := time.NewTicker(time.Second)
			defer tick.Stop()
			for i := 0; ; i = (i + 1) % len(drip) {
				select {
				case <-h.closed:
					return
				case <-ctx.Done():
					return
				case <-tick.C:
				}
				if _, err := c.Write(drip[i : i+1]); err != nil {
					return
				}
			}
		}()
	}
	return h, nil
}
