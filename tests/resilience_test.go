package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/internal/faultproxy"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
)

// rssBound is how much the aggregator's resident memory may grow while it
// is under the hostile barrage (peak against the level before). The
// audit saw +353 MiB from one batch before the batch limits; the limits
// bound a batch's answer to 4 MiB, so 100 MiB is generous for the dozens
// of concurrent requests and hundreds of connections below.
const rssBound = 100 << 20

// TestResilience runs the system as processes on loopback (devnet,
// aggregator, four operators) and, on that one devnet:
//
//   - hostile input: malformed and oversized JSON-RPC, batches over the
//     limits, list calls asking for too much, bad and misattributed
//     signatures, invalid points, wrong rounds and claims; slow and idle
//     connections and a connection flood against every HTTP server. Every
//     call gets a clear error, the aggregator's record is unchanged by
//     every rejected call, its memory stays bounded and attestations go on;
//   - dependency faults (refuse, hang, HTTP 500, delay) in front of one
//     rollup and in front of L1, for the aggregator and for an operator:
//     the healthy parts keep working, health and metrics name the fault
//     while it lasts, the back-off bounds the calls to a broken L1, and
//     everything recovers once the fault heals.
func TestResilience(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	s := startResSystem(t, ctx)
	s.waitAttested(t, ctx, "3 attested rounds", 0, 3, nil)

	t.Run("hostile input", func(t *testing.T) { testHostileInput(t, ctx, s) })
	t.Run("aggregator rollup faults", func(t *testing.T) { testAggregatorRollupFaults(t, ctx, s) })
	t.Run("aggregator L1 faults", func(t *testing.T) { testAggregatorL1Faults(t, ctx, s) })
	t.Run("operator faults", func(t *testing.T) { testOperatorFaults(t, ctx, s) })
}

func testHostileInput(t *testing.T, ctx context.Context, s *resSystem) {
	client, err := api.Dial(ctx, s.aggURL)
	require.NoError(t, err)
	t.Cleanup(client.Close)
	before, err := listRounds(ctx, s.aggURL)
	require.NoError(t, err)
	closedBefore := map[uint64]api.RoundStatus{}
	for _, r := range before {
		if r.Status != api.StatusOpen {
			closedBefore[r.Round] = r
		}
	}
	require.NotEmpty(t, closedBefore)
	rssBefore := resRSS(t, s.agg.cmd.Process.Pid)
	peak := resRSSPeak(t, s.agg.cmd.Process.Pid)

	// Slow and idle connections against every server, held while the
	// rest of the barrage runs: each must be closed by the server (none
	// by us). They stay under the connection cap, so the operators still
	// get through; the flood goes over it.
	var held []*resHeldConn
	t.Cleanup(func() {
		for _, h := range held {
			_ = h.conn.Close()
		}
	})
	servers := map[string]string{"aggregator JSON-RPC": strings.TrimPrefix(s.aggURL, "http://"), "aggregator metrics": s.aggMetric,
		"operator-1 node API": s.opNodeAPI[0], "operator-1 metrics": s.opMetrics[0]}
	const perKind, flood = 30, httpserver.DefaultMaxConns + 100
	slowHeaders := []byte("POST / HTTP/1.1\r\nHost: x\r\n")
	slowBody := []byte("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
	keepAlive := []byte("GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n")
	for name, addr := range servers {
		for range perKind {
			for _, kind := range []struct{ first, drip []byte }{
				{slowHeaders, []byte("X-Slow: 1\r\n")}, // slowloris: headers never end
				{slowBody, []byte(`"`)},                // the body trickles in
				{keepAlive, nil},                       // one request, then idle
			} {
				h, err := resHoldConn(ctx, addr, kind.first, kind.drip)
				require.NoError(t, err, "%s: dial", name)
				held = append(held, h)
			}
		}
	}

	// JSON-RPC that is not JSON-RPC.
	rpcErr := func(body []byte, wantCode int, what string) {
		t.Helper()
		code, out, err := resPost(ctx, s.aggURL, body)
		require.NoError(t, err, what)
		require.Equal(t, http.StatusOK, code, "%s: HTTP status; body %.300s", what, out)
		var m resRPCMessage
		require.NoError(t, json.Unmarshal(out, &m), "%s: %.300s", what, out)
		require.NotNil(t, m.Error, "%s: want an error, got %.300s", what, out)
		require.Equal(t, wantCode, m.Error.Code, "%s: %s", what, m.Error.Message)
		require.NotEmpty(t, m.Error.Message, what)
		require.Nil(t, m.Result, what)
	}
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_openRound"`), -32700, "truncated JSON")
	rpcErr([]byte(`not json at all`), -32700, "not JSON")
	nested := 100_000
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_getRound","params":[`+strings.Repeat("[", nested)+strings.Repeat("]", nested)+`]}`),
		-32700, "deep nesting") // past encoding/json's depth limit: not parsed at all
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_submitSignature","params":[{"round":"`+strings.Repeat("9", 200_000)+`"}]}`),
		api.CodeInvalidParams, "huge number string")
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_submitSignature","params":[{"operatorId":"0x`+strings.Repeat("ab", 100_000)+`"}]}`),
		api.CodeInvalidParams, "huge hex string")
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_listRounds","params":[{"limit":1000000}]}`), api.CodeInvalidParams, "listRounds limit 1e6")
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_listRounds","params":[{"limit":-1}]}`), api.CodeInvalidParams, "listRounds limit -1")
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_getRound","params":["18446744073709551615"]}`), api.CodeUnknownRound, "getRound of a round never opened")
	rpcErr([]byte(`{"jsonrpc":"2.0","id":1,"method":"admin_peers","params":[]}`), -32601, "a method that does not exist")

	// A body over the limit is refused before it is parsed.
	code, _, err := resPost(ctx, s.aggURL, []byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_openRound","params":["`+strings.Repeat("x", api.MaxRequestBytes)+`"]}`))
	require.NoError(t, err)
	require.Equal(t, http.StatusRequestEntityTooLarge, code, "oversized body")

	// Batches: over the item limit, and the audit's small batch of big
	// list calls, many at once.
	batch := func(n int, call string) []byte {
		calls := make([]string, n)
		for i := range calls {
			calls[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,%s}`, i, call)
		}
		return []byte("[" + strings.Join(calls, ",") + "]")
	}
	code, out, err := resPost(ctx, s.aggURL, batch(api.MaxBatchItems+1, `"method":"rollcall_openRound","params":[]`))
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, code)
	var msgs []resRPCMessage
	require.NoError(t, json.Unmarshal(out, &msgs), "%.300s", out)
	require.Len(t, msgs, 1, "one error for a batch over the item limit")
	require.Equal(t, -32600, msgs[0].Error.Code)
	require.Equal(t, "batch too large", msgs[0].Error.Message)

	bigBatch := batch(api.MaxBatchItems, fmt.Sprintf(`"method":"rollcall_listRounds","params":[{"limit":%d}]`, api.MaxListRounds))
	var wg sync.WaitGroup
	sizes := make([]int, 16)
	errs := make([]error, len(sizes))
	for i := range sizes {
		wg.Go(func() {
			_, out, err := resPost(ctx, s.aggURL, bigBatch)
			sizes[i], errs[i] = len(out), err
		})
	}
	wg.Wait()
	for i := range sizes {
		require.NoError(t, errs[i])
		// The byte limit is checked after each answer, so one answer past
		// it gets through; a page of 100 rounds is far below 1 MiB here.
		require.LessOrEqual(t, sizes[i], api.MaxBatchResponseBytes+1<<20, "batch %d: response bytes", i)
	}

	// Signatures: every check of submitSignature, with the victim's
	// identity (a registered operator without a daemon) or a stranger's.
	p := fp.Modulus()
	offCurve := api.G1Point{X: (*hexutil.Big)(resBig(1)), Y: (*hexutil.Big)(resBig(3))}
	infinity := api.G1Point{X: (*hexutil.Big)(resBig(0)), Y: (*hexutil.Big)(resBig(0))}
	tooBig := api.G1Point{X: (*hexutil.Big)(new(big.Int).Add(p, resBig(1))), Y: (*hexutil.Big)(resBig(2))}
	stranger := common.HexToHash("0x5eed")
	rollups := map[uint64]*ethclient.Client{}
	for _, r := range s.dep.Rollups {
		c, err := ethclient.DialContext(ctx, r.RPCURL)
		require.NoError(t, err)
		t.Cleanup(c.Close)
		rollups[r.ChainID] = c
	}
	attacks := []struct {
		name  string
		codes []int
		make  func(round *api.Round, claims []core.Claim) api.SignedCheckpoint
	}{
		{"unknown operator", []int{api.CodeUnknownOperator}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.OperatorID = stranger
			return sc
		}},
		{"a round never opened", []int{api.CodeUnknownRound}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.Round = r.Round + 1_000_000
			return sc
		}},
		{"wrong claims", []int{api.CodeWrongClaims}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			c = append([]core.Claim(nil), c...)
			c[0].BlockNumber++
			return s.victimSigned(r, c)
		}},
		{"no claims", []int{api.CodeInvalidParams}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.Claims = nil
			return sc
		}},
		{"off-curve point", []int{api.CodeInvalidPoint}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.Signature = offCurve
			return sc
		}},
		{"point at infinity", []int{api.CodeInvalidPoint}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.Signature = infinity
			return sc
		}},
		{"coordinate not below the field modulus", []int{api.CodeInvalidPoint}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.Signature = tooBig
			return sc
		}},
		{"signature over another digest", []int{api.CodeBadSignature}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sig := s.victim.SignMessage(crypto.Keccak256Hash([]byte("another digest")))
			sc.Signature = g1Point(sig)
			return sc
		}},
		{"the victim's signature as another operator's", []int{api.CodeBadSignature, api.CodeDuplicate /* when it signed first */}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.OperatorID = s.opIDs[1]
			return sc
		}},
	}
	for _, a := range attacks {
		s.attack(t, ctx, client, rollups, a.name, a.codes, a.make)
	}
	for i := range 50 { // the audit's 50 bad signatures
		s.attack(t, ctx, client, rollups, fmt.Sprintf("bad signature %d", i), []int{api.CodeBadSignature}, func(r *api.Round, c []core.Claim) api.SignedCheckpoint {
			sc := s.victimSigned(r, c)
			sc.Signature = g1Point(s.victim.SignMessage(crypto.Keccak256Hash([]byte{byte(i)})))
			return sc
		})
	}

	// The flood: more connections than the cap, all at once, sending
	// nothing (last: while it lasts, new connections are turned away).
	for range flood {
		h, err := resHoldConn(ctx, strings.TrimPrefix(s.aggURL, "http://"), nil, nil)
		require.NoError(t, err, "flood: dial")
		held = append(held, h)
	}

	// Every held connection is closed by the server (header, read and
	// idle timeouts, the connection cap), none by the client.
	all := make(chan struct{})
	go func() {
		for _, h := range held {
			<-h.closed
		}
		close(all)
	}()
	select {
	case <-all:
	case <-time.After(3 * httpserver.DefaultIdleTimeout):
		open := 0
		for _, h := range held {
			select {
			case <-h.closed:
			default:
				open++
			}
		}
		t.Fatalf("%d of %d hostile connections still open after %s", open, len(held), 3*httpserver.DefaultIdleTimeout)
	}
	rssPeakBytes := peak()
	t.Logf("aggregator RSS: %d MiB before the barrage, peak %d MiB during it (bound +%d MiB)", rssBefore>>20, rssPeakBytes>>20, rssBound>>20)
	require.LessOrEqual(t, rssPeakBytes-rssBefore, int64(rssBound), "aggregator RSS grew by %d MiB", (rssPeakBytes-rssBefore)>>20)

	// Nothing changed: the rounds closed before are as they were, the
	// victim signed nothing, and the stranger is unknown.
	after, err := listRounds(ctx, s.aggURL)
	require.NoError(t, err)
	byNum := roundsByNumber(after)
	for n, was := range closedBefore {
		if now, ok := byNum[n]; ok { // older rounds may have left the newest 100
			assert.Equal(t, was, now, "closed round %d changed during the barrage", n)
		}
	}
	for _, r := range after {
		assert.False(t, resSignedBy(r, s.victimID), "round %d counts a signature of the victim", r.Round)
		assert.False(t, resSignedBy(r, stranger), "round %d counts a signature of a stranger", r.Round)
	}
	part, err := client.OperatorParticipation(ctx, s.victimID, 0)
	require.NoError(t, err)
	require.Zero(t, part.RoundsSigned, "the victim's participation")

	// And attestations go on, with every daemon signing.
	last := maxRound(after)
	s.waitAttested(t, ctx, "3 attested rounds after the barrage, signed by every daemon", last, 3, func(r api.RoundStatus) bool {
		for _, id := range s.opIDs {
			if !resSignedBy(r, id) {
				return false
			}
		}
		return true
	})
}

// victimSigned is the victim's honest signature of a round over claims.
func (s *resSystem) victimSigned(r *api.Round, claims []core.Claim) api.SignedCheckpoint {
	tree, err := core.BuildTree(claims)
	if err != nil { // wrong claims still make a tree; a broken test otherwise
		panic(err)
	}
	cp := core.Checkpoint{Round: r.Round, ReferenceBlock: r.ReferenceBlock, ClaimsRoot: tree.Root()}
	sig := s.victim.SignMessage(cp.Digest(r.L1ChainID, r.Registry))
	return api.SignedCheckpoint{Round: r.Round, OperatorID: s.victimID, Claims: tree.Claims(), Signature: g1Point(sig)}
}

// attack submits one hostile signature over the open round and requires
// the error code want. A round that closes under the attack (they last a
// second) is retried on the next one.
func (s *resSystem) attack(t *testing.T, ctx context.Context, client *api.Client, rollups map[uint64]*ethclient.Client, name string, want []int,
	build func(*api.Round, []core.Claim) api.SignedCheckpoint) {
	t.Helper()
	var last error
	for range 20 {
		var round *api.Round
		poll(t, ctx, time.Minute, "an open round", func() (bool, error) {
			r, err := client.OpenRound(ctx)
			round = r
			return err == nil && r != nil, err
		})
		var claims []core.Claim
		for _, tg := range round.Targets {
			h, err := rollups[tg.ChainID].HeaderByNumber(ctx, new(big.Int).SetUint64(tg.BlockNumber))
			require.NoError(t, err, "%s: rollup %d header %d", name, tg.ChainID, tg.BlockNumber)
			claims = append(claims, core.Claim{ChainID: tg.ChainID, BlockNumber: tg.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
		}
		_, err := client.SubmitSignature(ctx, build(round, claims))
		last = err
		code := api.ErrorCode(err)
		if code == api.CodeUnknownRound && !slices.Contains(want, api.CodeUnknownRound) {
			continue // the round closed meanwhile
		}
		require.Contains(t, want, code, "%s: %v", name, err)
		require.NotEmpty(t, err.Error(), name)
		return
	}
	t.Fatalf("%s: every round closed under the attack; last error %v", name, last)
}

func resBig(n int64) *big.Int { return big.NewInt(n) }

func testAggregatorRollupFaults(t *testing.T, ctx context.Context, s *resSystem) {
	t.Cleanup(func() { _ = s.aggRollup.Set(faultproxy.Pass) })
	dep := "rollup-901"
	for _, f := range []struct {
		mode  faultproxy.Mode
		delay time.Duration
	}{{faultproxy.Hang, 0}, {faultproxy.Refuse, 0}, {faultproxy.Error, 0}, {faultproxy.Delay, 8 * time.Second}} {
		t.Run(f.mode.String(), func(t *testing.T) {
			from := s.newestRound(t, ctx)
			warned, recovered := s.aggLogLines(dep, "dependency down", "dependency slow"), s.aggLogLines(dep, "dependency recovered")
			s.aggRollup.SetDelay(f.delay)
			require.NoError(t, s.aggRollup.Set(f.mode))
			// Health, the metric and the log name the rollup while it
			// lasts, not L1.
			s.waitAggHealth(t, ctx, dep, true)
			s.waitAggLog(t, ctx, dep, warned, "dependency down", "dependency slow")
			// The other rollup keeps being attested: rounds without 901.
			s.waitAttested(t, ctx, "2 rounds attested over rollup 902 alone", from, 2, func(r api.RoundStatus) bool {
				return resHasTarget(r, resHealthy) && !resHasTarget(r, resFaulty)
			})
			s.waitAggHealth(t, ctx, dep, true)

			require.NoError(t, s.aggRollup.Set(faultproxy.Pass))
			healed := s.newestRound(t, ctx)
			s.waitAggHealth(t, ctx, dep, false)
			s.waitAggLog(t, ctx, dep, recovered, "dependency recovered")
			s.waitAttested(t, ctx, "a round over both rollups after healing", healed, 1, func(r api.RoundStatus) bool {
				return resHasTarget(r, resHealthy) && resHasTarget(r, resFaulty)
			})
		})
	}
}

// waitAggHealth waits until the aggregator's health (on both ports) and
// its dependency_up metric show dep failing (or, with failing false,
// every dependency up), and checks that nothing else is named.
func (s *resSystem) waitAggHealth(t *testing.T, ctx context.Context, dep string, failing bool) resHealthReport {
	t.Helper()
	var rep resHealthReport
	wantCode, wantUp, wantFailing := http.StatusOK, 1.0, []string{}
	if failing {
		wantCode, wantUp, wantFailing = http.StatusServiceUnavailable, 0, []string{dep}
	}
	poll(t, ctx, 2*time.Minute, fmt.Sprintf("aggregator health with %s failing=%v", dep, failing), func() (bool, error) {
		for _, base := range []string{s.aggURL, "http://" + s.aggMetric} {
			rep = resHealthReport{}
			code, err := resGetJSON(ctx, base+"/health", &rep)
			if err != nil {
				return false, err
			}
			if code != wantCode || fmt.Sprint(rep.Failing) != fmt.Sprint(wantFailing) || rep.Healthy == failing {
				return false, fmt.Errorf("%s/health: %d %+v", base, code, rep)
			}
		}
		up, err := resMetric(ctx, s.aggMetric, fmt.Sprintf(`rollcall_aggregator_dependency_up{dep="%s"}`, dep))
		if err != nil || up != wantUp {
			return false, fmt.Errorf("dependency_up{dep=%q} = %v (%v)", dep, up, err)
		}
		return true, nil
	})
	return rep
}

// aggLogLines counts the aggregator's log lines about dep with one of
// the messages.
func (s *resSystem) aggLogLines(dep string, messages ...string) int {
	n := 0
	for _, line := range strings.Split(s.agg.stdout.String()+s.agg.stderr.String(), "\n") {
		if !strings.Contains(line, fmt.Sprintf(`"dep": %q`, dep)) {
			continue
		}
		for _, m := range messages {
			if strings.Contains(line, m) {
				n++
				break
			}
		}
	}
	return n
}

// waitAggLog waits for a new log line about dep with one of the messages.
func (s *resSystem) waitAggLog(t *testing.T, ctx context.Context, dep string, before int, messages ...string) {
	t.Helper()
	poll(t, ctx, time.Minute, fmt.Sprintf("an aggregator log line %q about %s", messages, dep), func() (bool, error) {
		return s.aggLogLines(dep, messages...) > before, nil
	})
}

func testAggregatorL1Faults(t *testing.T, ctx context.Context, s *resSystem) {
	t.Cleanup(func() { _ = s.aggL1.Set(faultproxy.Pass) })
	for _, f := range []struct {
		mode  faultproxy.Mode
		delay time.Duration
	}{{faultproxy.Error, 0}, {faultproxy.Hang, 0}, {faultproxy.Refuse, 0}, {faultproxy.Delay, 4 * time.Second}} {
		t.Run(f.mode.String(), func(t *testing.T) {
			s.aggL1.SetDelay(f.delay)
			warned, recovered := s.aggLogLines("l1", "dependency down", "dependency slow"), s.aggLogLines("l1", "dependency recovered")
			// Break L1 while a round is open and unattested, so that its
			// submission fails and is retried for the whole outage.
			var pending uint64
			poll(t, ctx, 2*time.Minute, "an open round to break L1 under", func() (bool, error) {
				rs, err := listRounds(ctx, s.aggURL)
				if err != nil || len(rs) == 0 {
					return false, err
				}
				newest := roundsByNumber(rs)[maxRound(rs)]
				if newest.Status != api.StatusOpen {
					return false, fmt.Errorf("newest round %d is %s", newest.Round, newest.Status)
				}
				require.NoError(t, s.aggL1.Set(f.mode))
				st, err := (func() (*api.RoundStatus, error) {
					c, err := api.Dial(ctx, s.aggURL)
					if err != nil {
						return nil, err
					}
					defer c.Close()
					return c.GetRound(ctx, newest.Round)
				})()
				if err == nil && st.Status == api.StatusOpen {
					pending = newest.Round
					return true, nil
				}
				require.NoError(t, s.aggL1.Set(faultproxy.Pass)) // it got through first; try the next one
				return false, fmt.Errorf("round %d was attested before L1 broke", newest.Round)
			})
			callsAtFault, faultAt := s.aggL1.Calls("eth_call"), time.Now()
			rep := s.waitAggHealth(t, ctx, "l1", true)
			t.Logf("L1 %s: health %+v", f.mode, rep)
			s.waitAggLog(t, ctx, "l1", warned, "dependency down", "dependency slow")

			// The outage lasts a few rounds: no round is attested meanwhile
			// (the registry cannot be reached), and the aggregator's calls
			// to L1 stay at a bounded rate — the back-off applies even to
			// a round every operator signed.
			outage := 6 * time.Second
			poll(t, ctx, time.Minute, "the outage to last", func() (bool, error) {
				return time.Since(faultAt) >= outage, nil
			})
			// Registry reads (eth_call) per second: the round-opening
			// attempt (1 s interval; its first call fails) and a submission
			// check at most every 2 s. Before the fix it was ~20 a second.
			calls, elapsed := s.aggL1.Calls("eth_call")-callsAtFault, time.Since(faultAt)
			const maxRate = 3.0
			t.Logf("L1 %s: %d registry calls in %s (%.1f/s) during the outage", f.mode, calls, elapsed.Round(time.Millisecond), float64(calls)/elapsed.Seconds())
			if f.mode != faultproxy.Refuse { // refused connections never reach the proxy
				assert.LessOrEqual(t, float64(calls), maxRate*elapsed.Seconds()+5,
					"the aggregator read the registry %d times in %s during the outage", calls, elapsed)
			}
			require.NoError(t, s.aggL1.Set(faultproxy.Pass))
			s.waitAggHealth(t, ctx, "l1", false)
			s.waitAggLog(t, ctx, "l1", recovered, "dependency recovered")
			// The round that was pending is attested (or expired, when
			// the outage outlasted its reference block), and new rounds
			// are attested again.
			s.waitAttested(t, ctx, "2 rounds attested after L1 healed", pending, 2, nil)
		})
	}
}

func testOperatorFaults(t *testing.T, ctx context.Context, s *resSystem) {
	t.Cleanup(func() { _ = s.opRollup.Set(faultproxy.Pass); _ = s.opL1.Set(faultproxy.Pass) })
	op1 := s.opIDs[0]
	nodeAPI := "http://" + s.opNodeAPI[0]

	// Operator 1's rollup-901 node hangs: operator 1 cannot sign, its
	// health names the rollup, and the others keep attesting.
	t.Run("rollup hang", func(t *testing.T) {
		from := s.newestRound(t, ctx)
		require.NoError(t, s.opRollup.Set(faultproxy.Hang))
		s.waitOperatorService(t, ctx, nodeAPI, "rollup-901", "Down")
		s.waitAttested(t, ctx, "2 rounds attested without operator 1", from, 2, func(r api.RoundStatus) bool {
			return !resSignedBy(r, op1) && resHasTarget(r, resFaulty)
		})
		require.NoError(t, s.opRollup.Set(faultproxy.Pass))
		healed := s.newestRound(t, ctx)
		s.waitOperatorService(t, ctx, nodeAPI, "rollup-901", "Up")
		s.waitAttested(t, ctx, "a round signed by operator 1 after healing", healed, 1, func(r api.RoundStatus) bool {
			return resSignedBy(r, op1)
		})
	})

	// Operator 1's L1 node answers HTTP 500: L1 is only its health ping,
	// so it keeps signing; its health says L1 is down since the outage
	// began (not since the last failed ping).
	t.Run("L1 error", func(t *testing.T) {
		from := s.newestRound(t, ctx)
		faultAt := time.Now()
		require.NoError(t, s.opL1.Set(faultproxy.Error))
		first := s.waitOperatorService(t, ctx, nodeAPI, "l1", "Down")
		since := resDownSince(t, first.Description)
		require.False(t, since.Before(faultAt.Add(-time.Second).Truncate(time.Second)), "down since %s, before the fault at %s", since, faultAt)
		s.waitAttested(t, ctx, "2 rounds signed by operator 1 while its L1 is down", from, 2, func(r api.RoundStatus) bool {
			return resSignedBy(r, op1)
		})
		// Later pings fail too; the outage still began at the same time.
		// Two more pings: the first of them has been recorded once the
		// second arrives.
		pings := s.opL1.Requests()
		poll(t, ctx, time.Minute, "two more failed L1 pings", func() (bool, error) { return s.opL1.Requests() >= pings+2, nil })
		later := s.waitOperatorService(t, ctx, nodeAPI, "l1", "Down")
		require.Equal(t, since, resDownSince(t, later.Description), "down since, after more failed pings: %s", later.Description)

		require.NoError(t, s.opL1.Set(faultproxy.Pass))
		s.waitOperatorService(t, ctx, nodeAPI, "l1", "Up")
	})
}

// resOperatorService is one entry of GET /eigen/node/services.
type resOperatorService struct {
	ID          string `json:"id"`
	Status      string `json:"status"`
	Description string `json:"description"`
}

// waitOperatorService waits until the operator's service id has status,
// and for a Down service also its node health to be 503 naming it.
func (s *resSystem) waitOperatorService(t *testing.T, ctx context.Context, nodeAPI, id, status string) resOperatorService {
	t.Helper()
	var got resOperatorService
	poll(t, ctx, 2*time.Minute, fmt.Sprintf("operator service %s %s", id, status), func() (bool, error) {
		var body struct {
			Services []resOperatorService `json:"services"`
		}
		if _, err := resGetJSON(ctx, nodeAPI+"/eigen/node/services", &body); err != nil {
			return false, err
		}
		for _, sv := range body.Services {
			if sv.ID == id {
				got = sv
			}
		}
		if got.Status != status {
			return false, fmt.Errorf("%s is %s: %s", id, got.Status, got.Description)
		}
		if status == "Down" {
			var h struct {
				Health  string   `json:"health"`
				Reasons []string `json:"reasons"`
			}
			code, err := resGetJSON(ctx, nodeAPI+"/eigen/node/health", &h)
			if err != nil {
				return false, err
			}
			if code != http.StatusServiceUnavailable || !strings.Contains(strings.Join(h.Reasons, "; "), id+" is down") {
				return false, fmt.Errorf("node health %d %+v", code, h)
			}
		}
		return true, nil
	})
	return got
}

// resDownSince parses the "down since <RFC 3339>" of a service description.
func resDownSince(t *testing.T, desc string) time.Time {
	t.Helper()
	_, rest, ok := strings.Cut(desc, "down since ")
	require.True(t, ok, "no down since in %q", desc)
	stamp, _, _ := strings.Cut(rest, ": ")
	at, err := time.Parse(time.RFC3339, stamp)
	require.NoError(t, err, "down since in %q", desc)
	return at
}
