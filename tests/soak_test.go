package tests

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/internal/faultproxy"
)

// Soak settings. ROLLCALL_SOAK_DURATION is how long the chaos lasts (a Go
// duration; `make soak` sets it from SOAK_DURATION), ROLLCALL_SOAK_SEED
// replays a run (the seed is printed either way).
const (
	soakDurationEnv     = "ROLLCALL_SOAK_DURATION"
	soakSeedEnv         = "ROLLCALL_SOAK_SEED"
	soakDefaultDuration = 2 * time.Minute
	soakOperators       = 4
	soakRollups         = 2
	// soakReplicas aggregators run at once, on scheduled rounds of
	// soakEvery L1 blocks (one round a second at 500 ms blocks).
	soakReplicas = 2
	soakEvery    = 2
	// A process is ready within this (a restart that does not get there
	// is retried: a restart may meet an L1 fault).
	soakReadyWait = time.Minute
)

// soakSystem is the running system of TestSoak: the processes, the fault
// proxies in front of L1 and of the first rollup, and what was done to them.
type soakSystem struct {
	t          *testing.T
	ctx        context.Context
	devnet     *runningProcess
	aggConfigs []string // by replica index
	aggURLs    []string
	aggs       []*runningProcess
	opConfigs  []string
	nodeAPIs   []int
	operators  []*runningProcess

	aggKills, opKills, failedStarts int
}

// TestSoak runs the system as separate processes on loopback (a devnet with
// two rollups, two aggregator replicas on scheduled rounds, four operators
// submitting to both) for ROLLCALL_SOAK_DURATION (default 2m) while, at
// random moments from a seeded RNG, a replica or an operator is killed
// with SIGKILL and restarted on its data directory, and the RPC of L1 or of rollup 901 (both behind a fault proxy,
// for the aggregator and the operators) refuses connections, hangs, answers
// HTTP 500 or answers late for a few seconds. Then it heals everything,
// waits for the rounds to settle, and checks L1 against the rollups' own
// nodes and the aggregator's record:
//
//   - duplicated: rounds with more than one CheckpointAttested event;
//   - wrong: attested claims whose block hash or state root is not the
//     rollup node's block at that height;
//   - lost: rounds that had a quorum of live operators but were neither
//     attested nor certified. "A quorum of live operators" is read from
//     the replicas' durable records: one digest signed by operators
//     holding the threshold's share of stake (every operator has the same
//     stake) in either record. A signature proves its operator was live,
//     and a replica stores it before acknowledging it, so such a round must
//     end attested or certified whatever was killed or broken meanwhile
//     (each fault is much shorter than a reference block's lifetime).
//     Rounds recorded attested without an event on L1 count as lost too.
//     (Scheduled round numbers are L1 heights, so a number no replica
//     opened, during an L1 outage, is no round; TestAggregatorReplicas
//     checks, without RPC faults, that every scheduled round is attested.)
//
// It fails when any of the three is above zero, and prints one summary
// line with the counts.
func TestSoak(t *testing.T) {
	duration := soakDefaultDuration
	if s := os.Getenv(soakDurationEnv); s != "" {
		d, err := time.ParseDuration(s)
		require.NoError(t, err, "%s=%q", soakDurationEnv, s)
		require.Positive(t, d, "%s", soakDurationEnv)
		duration = d
	}
	seed := envUint(t, soakSeedEnv, uint64(time.Now().UnixNano()))
	t.Logf("soak: seed %d (replay with %s=%d), duration %s", seed, soakSeedEnv, seed, duration)
	fmt.Printf("soak: seed %d, duration %s\n", seed, duration)

	ctx, cancel := context.WithTimeout(context.Background(), duration+20*time.Minute)
	defer cancel()
	rollcallBinary(t)
	dir := t.TempDir()

	// 1. The devnet, the operators' registrations and keys.
	devnetProc, dep, depPath := devnetProcess(t, dir, soakRollups, soakOperators, "500ms", "--aggregators", fmt.Sprint(soakReplicas))

	l1, err := ethclient.DialContext(ctx, dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(l1.Close)
	registry, err := rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, l1)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: ctx}
	thresholdBips, err := registry.ThresholdBips(call)
	require.NoError(t, err)
	_, opKeys := devKeys(t, dep)
	require.Len(t, opKeys, soakOperators)
	blsKeys := registerOperators(t, ctx, l1, dep, opKeys)

	// 2. The fault proxies: L1, and the first rollup. The test reads both
	// directly, never through them.
	l1Proxy, err := faultproxy.Start(dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(func() { l1Proxy.Close() })
	rollupProxy, err := faultproxy.Start(dep.Rollups[0].RPCURL)
	require.NoError(t, err)
	t.Cleanup(func() { rollupProxy.Close() })
	rollupsVia := func(withKind bool) string {
		var b strings.Builder
		for i, r := range dep.Rollups {
			url := r.RPCURL
			if i == 0 {
				url = rollupProxy.URL()
			}
			fmt.Fprintf(&b, "  - chain-id: %d\n    rpc: %s\n    finality: latest\n", r.ChainID, url)
			if withKind {
				b.WriteString("    kind: evm\n")
			}
		}
		return b.String()
	}

	// 3. Configs, as in TestProcesses, with L1 and rollup 901 through the
	// proxies.
	aggKeys := aggregatorKeys(t, dep)
	require.Len(t, aggKeys, soakReplicas, "the devnet funds one aggregator key per replica (--aggregators)")
	files := writeReplicaConfigs(t, replicaSetup{
		name: "TestSoak", dir: dir, depPath: depPath, l1RPC: l1Proxy.URL(), every: soakEvery,
		aggRollups: rollupsVia(false), opRollups: rollupsVia(true),
	}, aggKeys, blsKeys)
	sys := &soakSystem{t: t, ctx: ctx, devnet: devnetProc,
		aggConfigs: files.configs, aggURLs: files.urls, opConfigs: files.opConfigs, nodeAPIs: files.nodeAPIs}

	// 4. Start everything and wait for a first attested round.
	sys.aggs = make([]*runningProcess, soakReplicas)
	for i := range sys.aggs {
		sys.startAggregator(i, fmt.Sprintf("aggregator-%d", i))
	}
	sys.operators = make([]*runningProcess, soakOperators)
	for i := range sys.operators {
		sys.startOperator(i, fmt.Sprintf("operator-%d", i+1))
	}
	waitRounds(t, ctx, sys.aggURLs[0], sys.all(), "a first attested round", func(rs []api.RoundStatus) (bool, string) {
		return len(attestedRounds(rs)) > 0, fmt.Sprintf("%d rounds, none attested", len(rs))
	})

	// 5. Chaos for the chosen duration: faults on a goroutine of their own
	// (they only touch the proxies), kills and restarts here. The random
	// pauses between events are the schedule of the chaos, not waits for
	// a condition.
	rng := rand.New(rand.NewPCG(seed, 1))
	faultRNG := rand.New(rand.NewPCG(seed, 2))
	end := time.Now().Add(duration)
	var faults sync.WaitGroup
	faultCount := map[string]int{}
	faults.Add(1)
	go func() {
		defer faults.Done()
		proxies := []struct {
			name string
			p    *faultproxy.Proxy
		}{{"L1", l1Proxy}, {"rollup 901", rollupProxy}}
		modes := []faultproxy.Mode{faultproxy.Refuse, faultproxy.Hang, faultproxy.Error, faultproxy.Delay}
		for pause(ctx, end, randDuration(faultRNG, 2*time.Second, 6*time.Second)) {
			target := proxies[faultRNG.IntN(len(proxies))]
			mode := modes[faultRNG.IntN(len(modes))]
			if mode == faultproxy.Delay {
				target.p.SetDelay(randDuration(faultRNG, 500*time.Millisecond, 3*time.Second))
			}
			hold := randDuration(faultRNG, time.Second, 5*time.Second)
			t.Logf("soak: fault %s on %s for %s", mode, target.name, hold.Round(time.Millisecond))
			if err := target.p.Set(mode); err != nil {
				t.Errorf("fault proxy %s: set %s: %v", target.name, mode, err)
				return
			}
			faultCount[target.name+" "+mode.String()]++
			pause(ctx, time.Now().Add(hold), hold)
			if err := target.p.Set(faultproxy.Pass); err != nil {
				t.Errorf("fault proxy %s: heal: %v", target.name, err)
				return
			}
		}
	}()
	for pause(ctx, end, randDuration(rng, 3*time.Second, 10*time.Second)) {
		sys.requireRunning()
		down := randDuration(rng, 0, 3*time.Second)
		if rng.IntN(3) == 0 {
			i := rng.IntN(soakReplicas)
			t.Logf("soak: kill -9 aggregator replica %d, restart in %s", i, down.Round(time.Millisecond))
			sys.aggs[i].crash()
			sys.aggKills++
			pause(ctx, time.Now().Add(down), down)
			sys.startAggregator(i, fmt.Sprintf("aggregator-%d (restart %d)", i, sys.aggKills))
		} else {
			i := rng.IntN(soakOperators)
			t.Logf("soak: kill -9 operator %d, restart in %s", i+1, down.Round(time.Millisecond))
			sys.operators[i].crash()
			sys.opKills++
			pause(ctx, time.Now().Add(down), down)
			sys.startOperator(i, fmt.Sprintf("operator-%d (restart %d)", i+1, sys.opKills))
		}
	}
	faults.Wait()
	require.NoError(t, l1Proxy.Set(faultproxy.Pass))
	require.NoError(t, rollupProxy.Set(faultproxy.Pass))
	sys.requireRunning()

	// 6. Healed: the system makes progress again, then every round up to
	// the newest seen is final in both replicas' records (attested,
	// certified and expired are for good, so one read of them is a
	// snapshot).
	rs, err := listRounds(ctx, sys.aggURLs[0])
	require.NoError(t, err)
	attestedAtHeal := highestAttested(rs)
	waitRounds(t, ctx, sys.aggURLs[0], sys.all(), "an attested round after healing", func(rs []api.RoundStatus) (bool, string) {
		h := highestAttested(rs)
		return h > attestedAtHeal, fmt.Sprintf("highest attested round %d, %d when healed", h, attestedAtHeal)
	})
	rs, err = listRounds(ctx, sys.aggURLs[0])
	require.NoError(t, err)
	last := maxRound(rs)
	var rounds []api.RoundStatus
	waitRounds(t, ctx, sys.aggURLs[0], sys.all(), fmt.Sprintf("rounds up to %d final", last), func([]api.RoundStatus) (bool, string) {
		var merged []api.RoundStatus
		for _, url := range sys.aggURLs {
			all, err := listAllRounds(ctx, url)
			if err != nil {
				return false, "ListRounds: " + err.Error()
			}
			for _, r := range all {
				if r.Round <= last && r.Status == api.StatusOpen {
					return false, fmt.Sprintf("round %d still open at %s", r.Round, url)
				}
			}
			merged = append(merged, all...)
		}
		rounds = mergeReplicaRounds(merged)
		return true, ""
	})
	latest, err := registry.LatestRound(call)
	require.NoError(t, err)
	require.GreaterOrEqual(t, latest, highestAttested(roundsUpTo(rounds, last)), "L1's latestRound is below a round a replica saw attested")

	// 7. The counts.
	byNum := roundsByNumber(rounds)
	events := checkpointEvents(t, ctx, registry, dep.L1.DeployedAtBlock)
	var lost, duplicated, wrong, claimsChecked, attested, certified, expired, unrecorded int
	for _, r := range roundsUpTo(rounds, last) {
		n := r.Round
		switch r.Status {
		case api.StatusAttested:
			attested++
			if len(events[n]) == 0 {
				t.Errorf("lost: round %d is attested in ListRounds but has no CheckpointAttested event", n)
				lost++
			}
		case api.StatusCertified:
			certified++
		case api.StatusExpired:
			expired++
			signed, digest := largestDigestGroup(r)
			if signed*10_000 >= int(thresholdBips)*r.Operators {
				t.Errorf("lost: round %d expired although %d of %d operators signed digest %s (threshold %d bips)",
					n, signed, r.Operators, digest, thresholdBips)
				lost++
			}
		default:
			t.Errorf("round %d has status %q after settling", n, r.Status)
		}
	}
	rollupNodes := map[uint64]*ethclient.Client{}
	for _, r := range dep.Rollups {
		c, err := ethclient.DialContext(ctx, r.RPCURL)
		require.NoError(t, err)
		t.Cleanup(c.Close)
		rollupNodes[r.ChainID] = c
	}
	for n, evs := range events {
		if len(evs) > 1 {
			t.Errorf("duplicated: round %d has %d CheckpointAttested events", n, len(evs))
			duplicated++
		}
		if r, ok := byNum[n]; n <= last && (!ok || r.Status != api.StatusAttested) {
			t.Logf("round %d is attested on L1 but %q in ListRounds", n, r.Status)
			unrecorded++
		}
		for _, ev := range evs {
			cp, err := attestation.FromEvent(ev)
			if !assert.NoError(t, err, "round %d: event", n) {
				wrong++
				continue
			}
			if r, ok := byNum[n]; ok && r.Status == api.StatusAttested && r.ClaimsRoot != cp.Checkpoint.ClaimsRoot {
				t.Errorf("wrong: round %d's claims root on L1 %s differs from ListRounds %s", n, cp.Checkpoint.ClaimsRoot, r.ClaimsRoot)
				wrong++
			}
			claims, err := attestation.UnpackClaims(ev.Claims)
			require.NoError(t, err, "round %d: claims", n)
			for _, c := range claims {
				claimsChecked++
				node, ok := rollupNodes[c.ChainID]
				if !ok {
					t.Errorf("wrong: round %d attests chain %d, which the devnet does not run", n, c.ChainID)
					wrong++
					continue
				}
				h, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(c.BlockNumber))
				if err != nil {
					t.Errorf("wrong: round %d attests chain %d block %d, which its node does not have: %v", n, c.ChainID, c.BlockNumber, err)
					wrong++
					continue
				}
				if h.Hash() != c.BlockHash || h.Root != c.StateRoot {
					t.Errorf("wrong: round %d, chain %d block %d: attested hash %s root %s, the node has hash %s root %s",
						n, c.ChainID, c.BlockNumber, c.BlockHash, c.StateRoot, h.Hash(), h.Root)
					wrong++
				}
			}
		}
	}
	// Reverted attest transactions (a restarted aggregator re-sending a
	// round another copy of itself already landed) leave no event; they
	// are counted, not failed.
	reverted := 0
	for n, txs := range attestCalls(t, ctx, l1, dep) {
		for _, tx := range txs {
			if len(events[n]) == 0 || events[n][0].Raw.TxHash != tx {
				reverted++
			}
		}
	}
	summary := fmt.Sprintf("soak summary: seed=%d duration=%s rounds=%d attested=%d certified=%d expired=%d "+
		"lost=%d duplicated=%d wrong=%d claims-checked=%d reverted-attest-txs=%d unrecorded-attestations=%d "+
		"replicas=%d aggregator-kills=%d operator-kills=%d failed-restarts=%d faults=%v",
		seed, duration, len(roundsUpTo(rounds, last)), attested, certified, expired, lost, duplicated, wrong, claimsChecked, reverted, unrecorded,
		soakReplicas, sys.aggKills, sys.opKills, sys.failedStarts, faultCount)
	t.Log(summary)
	fmt.Println(summary)
	require.Positive(t, claimsChecked, "no attested claim to check")
	assert.Zero(t, duplicated, "duplicated rounds")
	assert.Zero(t, wrong, "wrong claims")
	assert.Zero(t, lost, "lost rounds")

	// 8. A clean stop.
	for _, op := range sys.operators {
		assert.Equal(t, 0, op.interrupt(), "%s exit code after SIGINT", op.name)
	}
	for _, agg := range sys.aggs {
		assert.Equal(t, 0, agg.interrupt(), "%s exit code after SIGINT", agg.name)
	}
	assert.Equal(t, 0, devnetProc.interrupt(), "devnet exit code after SIGINT")
}

// all are the processes that must be running.
func (s *soakSystem) all() []*runningProcess {
	return append(append([]*runningProcess{s.devnet}, s.aggs...), s.operators...)
}

// requireRunning fails the test if a process exited without being killed.
func (s *soakSystem) requireRunning() {
	s.t.Helper()
	for _, p := range s.all() {
		require.False(s.t, p.exited(), "%s exited by itself (%s)", p.name, p.state)
	}
}

// startAggregator starts replica i and waits until it serves.
func (s *soakSystem) startAggregator(i int, name string) {
	s.aggs[i] = s.startReady(name, []string{"aggregator", "run", "--config", s.aggConfigs[i]}, func() bool {
		_, err := listRounds(s.ctx, s.aggURLs[i])
		return err == nil
	})
}

// mergeReplicaRounds folds the replicas' records of each round into one:
// attested if either has it attested, otherwise the record with the most
// signatures (the one that says whether a quorum of live operators signed).
func mergeReplicaRounds(rs []api.RoundStatus) []api.RoundStatus {
	byNum := map[uint64]api.RoundStatus{}
	for _, r := range rs {
		have, ok := byNum[r.Round]
		switch {
		case !ok,
			r.Status == api.StatusAttested && have.Status != api.StatusAttested,
			have.Status != api.StatusAttested && len(r.Signers) > len(have.Signers):
			byNum[r.Round] = r
		}
	}
	out := make([]api.RoundStatus, 0, len(byNum))
	for _, r := range byNum {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b api.RoundStatus) int { return cmp.Compare(a.Round, b.Round) })
	return out
}

// startOperator starts operator i and waits until its node API answers.
func (s *soakSystem) startOperator(i int, name string) {
	url := fmt.Sprintf("http://127.0.0.1:%d/eigen/node", s.nodeAPIs[i])
	s.operators[i] = s.startReady(name, []string{"operator", "run", "--config", s.opConfigs[i]}, func() bool {
		resp, err := http.Get(url)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
}

// startReady starts a process and waits until ready holds (startSupervised).
func (s *soakSystem) startReady(name string, args []string, ready func() bool) *runningProcess {
	s.t.Helper()
	return startSupervised(s.t, s.ctx, s.devnet, name, args, ready, soakReadyWait, &s.failedStarts)
}

// startSupervised starts a process and polls ready until it holds. A
// process that exits first (the daemons exit at start-up when L1 or a
// rollup cannot be read, and a restart may meet a fault) is counted in
// failed and started again a second later, as a supervisor (systemd's
// Restart=on-failure) would, for up to wait.
func startSupervised(t *testing.T, ctx context.Context, devnet *runningProcess, name string, args []string, ready func() bool, wait time.Duration, failed *int) *runningProcess {
	t.Helper()
	giveUp := time.Now().Add(wait)
	for {
		p := startProcess(t, name, args...)
		ok := assert.Eventually(t, func() bool { return p.exited() || ready() }, wait, 100*time.Millisecond,
			"%s not ready within %s", name, wait)
		require.True(t, ok, "%s not ready", name)
		if !p.exited() {
			return p
		}
		*failed++
		t.Logf("%s exited while starting (%s): %s", name, p.state, lastLine(p.stderr.String()))
		require.True(t, time.Now().Before(giveUp), "%s kept failing to start for %s", name, wait)
		require.False(t, devnet.exited(), "the devnet exited")
		pause(ctx, time.Now().Add(time.Second), time.Second) // the supervisor's restart delay
	}
}

// roundsUpTo are the rounds numbered up to last.
func roundsUpTo(rs []api.RoundStatus, last uint64) []api.RoundStatus {
	var out []api.RoundStatus
	for _, r := range rs {
		if r.Round <= last {
			out = append(out, r)
		}
	}
	return out
}

// lastLine is the last non-empty line of s.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// listAllRounds pages through every round of the aggregator at url.
func listAllRounds(ctx context.Context, url string) ([]api.RoundStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	c, err := api.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var all []api.RoundStatus
	before := uint64(0)
	for {
		page, err := c.ListRounds(ctx, api.ListRoundsRequest{Before: before, Limit: api.MaxListRounds})
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if len(page) < api.MaxListRounds {
			return all, nil
		}
		before = page[len(page)-1].Round
		if before <= 1 {
			return all, nil
		}
	}
}

// envUint is the environment variable name as a decimal number, or def
// when it is not set; anything else fails the test, naming it.
func envUint(t *testing.T, name string, def uint64) uint64 {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	v, err := strconv.ParseUint(s, 10, 64)
	require.NoError(t, err, "%s=%q", name, s)
	return v
}

// randDuration is uniform in [lo, hi).
func randDuration(rng *rand.Rand, lo, hi time.Duration) time.Duration {
	return lo + time.Duration(rng.Int64N(int64(hi-lo)))
}

// pause sleeps for d or until end or ctx is done, and tells whether end is
// still ahead (the chaos goes on).
func pause(ctx context.Context, end time.Time, d time.Duration) bool {
	if until := time.Until(end); until < d {
		d = until
	}
	if d > 0 {
		select {
		case <-ctx.Done():
			return false
		case <-time.After(d):
		}
	}
	return time.Now().Before(end) && ctx.Err() == nil
}
