package tests

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Settings of TestAggregatorReplicas. ROLLCALL_REPLICA_ROUNDS raises the
// number of rounds the chaos lasts; ROLLCALL_REPLICA_SEED replays a run.
const (
	procReplicaRoundsEnv    = "ROLLCALL_REPLICA_ROUNDS"
	procReplicaSeedEnv      = "ROLLCALL_REPLICA_SEED"
	procReplicaRounds       = 100
	procReplicaOperators    = 4
	procReplicaRollups      = 2
	procReplicaCount        = 2
	procReplicaEvery        = 2 // L1 blocks per round: one round a second at 500 ms blocks
	procReplicaReadyWait    = time.Minute
	procReplicaSettleBlocks = 60 // L1 blocks given to the last rounds to land after the chaos
)

// replicaSystem is the running system of TestAggregatorReplicas.
type replicaSystem struct {
	t      *testing.T
	ctx    context.Context
	devnet *runningProcess
	replicaFiles
	replicas  []*runningProcess
	operators []*runningProcess

	kills, wipes, failedStarts int
}

// TestAggregatorReplicas runs two aggregator replicas of one AVS at once, as
// separate processes on loopback, with scheduled rounds (a round every two
// L1 blocks; docs/protocol.md, "Scheduled rounds and replicas") and four
// operators that submit to both. For at least 100 rounds, a replica picked
// at random is killed with SIGKILL at a random moment and restarted a
// random while later on its data directory, once with that directory
// wiped (a lost store), while the other runs: never both down. Then every
// scheduled round from the first attested one is checked on L1:
//
//   - lost: a round with no CheckpointAttested event that either
//     replica's record shows signed by a quorum (one digest, the
//     threshold's share of stake: every operator has the same), or that
//     neither replica's record has at all (one replica runs at every
//     moment, so every scheduled round is opened by one). A round opened
//     but never signed by a quorum (operators too slow for a one-second
//     round on a loaded machine) is counted as expired, and at most one
//     round in twenty may be;
//   - duplicated: a round with more than one event;
//   - wrong: attested claims that are not the schedule's targets (each
//     rollup's last block with a timestamp not after the reference L1
//     block's, as the test finds it on the rollups' own nodes) or whose
//     block hash or state root is not the node's.
//
// Attest transactions that reverted (a replica sending a round the other
// got in first) are counted and reported, with how many rounds each
// replica landed; both must have landed some.
func TestAggregatorReplicas(t *testing.T) {
	rounds := envUint(t, procReplicaRoundsEnv, procReplicaRounds)
	require.GreaterOrEqual(t, rounds, uint64(10), "%s", procReplicaRoundsEnv)
	seed := envUint(t, procReplicaSeedEnv, uint64(time.Now().UnixNano()))
	t.Logf("replicas: seed %d (replay with %s=%d), %d rounds", seed, procReplicaSeedEnv, seed, rounds)

	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	rollcallBinary(t)
	dir := t.TempDir()

	// 1. The devnet, the operators' registrations, a funded key per replica.
	devnetProc, dep, depPath := devnetProcess(t, dir, procReplicaRollups, procReplicaOperators, "500ms",
		"--aggregators", fmt.Sprint(procReplicaCount))

	l1, err := ethclient.DialContext(ctx, dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(l1.Close)
	registry, err := rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, l1)
	require.NoError(t, err)
	_, opKeys := devKeys(t, dep)
	require.Len(t, opKeys, procReplicaOperators)
	blsKeys := registerOperators(t, ctx, l1, dep, opKeys)
	replicaKeys := aggregatorKeys(t, dep)
	require.Len(t, replicaKeys, procReplicaCount, "the devnet funds one aggregator key per replica (--aggregators)")

	// 2. Configs: two replicas with their own key, port and data directory;
	// operators configured with both.
	var rollupsYAML strings.Builder
	for _, r := range dep.Rollups {
		fmt.Fprintf(&rollupsYAML, "  - chain-id: %d\n    rpc: %s\n    finality: latest\n", r.ChainID, r.RPCURL)
	}
	files := writeReplicaConfigs(t, replicaSetup{
		name: "TestAggregatorReplicas", dir: dir, depPath: depPath, every: procReplicaEvery,
		aggRollups: rollupsYAML.String(), opRollups: rollupsYAML.String(),
	}, replicaKeys, blsKeys)
	sys := &replicaSystem{t: t, ctx: ctx, devnet: devnetProc, replicaFiles: files}

	// 3. Start everything; wait for a first attested round.
	sys.replicas = make([]*runningProcess, procReplicaCount)
	for i := range sys.replicas {
		sys.startReplica(i, fmt.Sprintf("replica-%d", i))
	}
	sys.operators = make([]*runningProcess, procReplicaOperators)
	for i := range sys.operators {
		sys.startOperator(i, fmt.Sprintf("operator-%d", i+1))
	}
	call := &bind.CallOpts{Context: ctx}
	var first uint64
	require.Eventually(t, func() bool {
		sys.requireRunning()
		latest, err := registry.LatestRound(call)
		first = latest
		return err == nil && latest > 0
	}, procWait, 200*time.Millisecond, "no round attested")
	schedule := core.Schedule{Every: procReplicaEvery}
	last := first + rounds
	t.Logf("replicas: first attested round %d; chaos until round %d", first, last)

	// 4. Chaos until the schedule reaches round last: kill one replica at a
	// random moment, restart it after a random while (once on a wiped data
	// directory), wait until it serves, and go on. The random pauses are
	// the chaos's schedule, not waits for a condition.
	rng := rand.New(rand.NewPCG(seed, 3))
	wipeAt := 1 + rng.IntN(4) // which kill restarts on an empty store
	currentRound := func() uint64 {
		head, err := l1.BlockNumber(ctx)
		require.NoError(t, err)
		r, _, _ := schedule.Current(head)
		return r
	}
	for currentRound() < last {
		sys.requireRunning()
		pause(ctx, time.Now().Add(time.Hour), randDuration(rng, time.Second, 5*time.Second))
		if currentRound() >= last {
			break
		}
		i := rng.IntN(procReplicaCount)
		down := randDuration(rng, 0, 3*time.Second)
		sys.replicas[i].crash()
		sys.kills++
		wipe := sys.kills == wipeAt
		t.Logf("replicas: kill -9 replica %d at round %d, restart in %s%s", i, currentRound(), down.Round(time.Millisecond),
			map[bool]string{true: " on a wiped data directory", false: ""}[wipe])
		pause(ctx, time.Now().Add(time.Hour), down)
		if wipe {
			require.NoError(t, os.RemoveAll(sys.dataDirs[i]))
			sys.wipes++
		}
		sys.startReplica(i, fmt.Sprintf("replica-%d (restart %d)", i, sys.kills))
	}
	sys.requireRunning()

	// 5. Settle: every round up to last gets procReplicaSettleBlocks L1 blocks
	// to land (a staggered replica sends a round its twin did not within
	// a second or two).
	settledAt := uint64(last+1)*procReplicaEvery + procReplicaSettleBlocks
	missing := func() []uint64 {
		var out []uint64
		for r := first; r <= last; r++ {
			root, err := registry.ClaimsRoot(call, r)
			require.NoError(t, err)
			if root == ([32]byte{}) {
				out = append(out, r)
			}
		}
		return out
	}
	for {
		sys.requireRunning()
		head, err := l1.BlockNumber(ctx)
		require.NoError(t, err)
		if len(missing()) == 0 || head >= settledAt {
			break
		}
		pause(ctx, time.Now().Add(time.Hour), 500*time.Millisecond)
	}

	// 6. The counts, from L1 and the rollups' own nodes.
	events := checkpointEvents(t, ctx, registry, dep.L1.DeployedAtBlock)
	readers := map[uint64]rollup.Reader{}
	nodes := map[uint64]*ethclient.Client{}
	for _, r := range dep.Rollups {
		rcfg := rollup.DefaultConfig(r.ChainID, r.RPCURL)
		rcfg.Finality = rollup.Latest // as the replicas and operators follow it
		rd, err := rollup.New(ctx, rcfg, zaptest.NewLogger(t).Named("check"))
		require.NoError(t, err)
		t.Cleanup(rd.Close)
		readers[r.ChainID] = rd
		c, err := ethclient.DialContext(ctx, r.RPCURL)
		require.NoError(t, err)
		t.Cleanup(c.Close)
		nodes[r.ChainID] = c
	}
	thresholdBips, err := registry.ThresholdBips(call)
	require.NoError(t, err)
	var merged []api.RoundStatus
	for _, url := range sys.urls {
		all, err := listAllRounds(ctx, url)
		require.NoError(t, err, "ListRounds of %s", url)
		merged = append(merged, all...)
	}
	recorded := roundsByNumber(mergeReplicaRounds(merged))
	var lost, expired, duplicated, wrong, claimsChecked int
	for r := first; r <= last; r++ {
		evs := events[r]
		switch {
		case len(evs) == 0:
			rec, ok := recorded[r]
			if signed, digest := largestDigestGroup(rec); ok && signed*10_000 < int(thresholdBips)*rec.Operators {
				t.Logf("expired: round %d (%s in the records) was signed by %d of %d operators at most (digest %s)",
					r, rec.Status, signed, rec.Operators, digest)
				expired++
				continue
			}
			t.Errorf("lost: round %d has no CheckpointAttested event (records: %+v)", r, rec)
			lost++
			continue
		case len(evs) > 1:
			t.Errorf("duplicated: round %d has %d CheckpointAttested events", r, len(evs))
			duplicated++
		}
		cp, err := attestation.FromEvent(evs[0])
		require.NoError(t, err, "round %d", r)
		ref, err := schedule.Reference(r)
		require.NoError(t, err)
		if cp.Checkpoint.ReferenceBlock != ref {
			t.Errorf("wrong: round %d has reference block %d, the schedule gives %d", r, cp.Checkpoint.ReferenceBlock, ref)
			wrong++
		}
		refHeader, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(ref)))
		require.NoError(t, err)
		claims, err := attestation.UnpackClaims(evs[0].Claims)
		require.NoError(t, err, "round %d: claims", r)
		for _, c := range claims {
			claimsChecked++
			rd, ok := readers[c.ChainID]
			if !ok {
				t.Errorf("wrong: round %d attests chain %d, which the devnet does not run", r, c.ChainID)
				wrong++
				continue
			}
			target, err := rollup.TargetAt(ctx, rd, refHeader.Time, c.BlockNumber)
			require.NoError(t, err, "round %d chain %d: target", r, c.ChainID)
			if target != c.BlockNumber {
				t.Errorf("wrong: round %d attests chain %d block %d; its last block at or before L1 block %d's time is %d",
					r, c.ChainID, c.BlockNumber, ref, target)
				wrong++
			}
			h, err := nodes[c.ChainID].HeaderByNumber(ctx, new(big.Int).SetUint64(c.BlockNumber))
			require.NoError(t, err)
			if h.Hash() != c.BlockHash || h.Root != c.StateRoot {
				t.Errorf("wrong: round %d chain %d block %d: attested hash %s root %s, the node has %s %s",
					r, c.ChainID, c.BlockNumber, c.BlockHash, c.StateRoot, h.Hash(), h.Root)
				wrong++
			}
		}
	}
	// Who landed what, and what reverted.
	landedBy := map[common.Address]int{}
	reverted := 0
	for round, txs := range attestTxs(t, ctx, l1, dep) {
		if round < first || round > last {
			continue
		}
		for _, tx := range txs {
			if len(events[round]) > 0 && events[round][0].Raw.TxHash == tx.hash {
				landedBy[tx.from]++
			} else {
				reverted++
			}
		}
	}
	var perReplica []string
	for i, k := range replicaKeys {
		n := landedBy[crypto.PubkeyToAddress(k.PublicKey)]
		perReplica = append(perReplica, fmt.Sprintf("replica-%d=%d", i, n))
		assert.Positive(t, n, "replica %d landed no round", i)
	}
	summary := fmt.Sprintf("replica summary: seed=%d rounds=%d..%d (%d) lost=%d expired=%d duplicated=%d wrong=%d claims-checked=%d "+
		"landed %s reverted-attest-txs=%d kills=%d wiped-stores=%d failed-restarts=%d",
		seed, first, last, last-first+1, lost, expired, duplicated, wrong, claimsChecked, strings.Join(perReplica, " "), reverted,
		sys.kills, sys.wipes, sys.failedStarts)
	t.Log(summary)
	fmt.Println(summary)
	require.Positive(t, claimsChecked)
	assert.Positive(t, sys.kills, "no replica was killed")
	assert.Zero(t, lost, "lost rounds")
	assert.LessOrEqual(t, expired*20, int(last-first+1), "more than one round in twenty expired short of a quorum")
	assert.Zero(t, duplicated, "duplicated rounds")
	assert.Zero(t, wrong, "wrong claims")

	// 7. A clean stop.
	for _, p := range append(sys.operators, sys.replicas...) {
		assert.Equal(t, 0, p.interrupt(), "%s exit code after SIGINT", p.name)
	}
	assert.Equal(t, 0, devnetProc.interrupt(), "devnet exit code after SIGINT")
}

// requireRunning fails the test if a process exited without being killed.
func (s *replicaSystem) requireRunning() {
	s.t.Helper()
	for _, p := range append([]*runningProcess{s.devnet}, append(s.replicas, s.operators...)...) {
		require.False(s.t, p.exited(), "%s exited by itself (%s)", p.name, p.state)
	}
}

// startReplica starts replica i and waits until it serves JSON-RPC.
func (s *replicaSystem) startReplica(i int, name string) {
	s.replicas[i] = startSupervised(s.t, s.ctx, s.devnet, name, []string{"aggregator", "run", "--config", s.configs[i]}, func() bool {
		_, err := listRounds(s.ctx, s.urls[i])
		return err == nil
	}, procReplicaReadyWait, &s.failedStarts)
}

// startOperator starts operator i and waits until its node API answers.
func (s *replicaSystem) startOperator(i int, name string) {
	url := fmt.Sprintf("http://127.0.0.1:%d/eigen/node", s.nodeAPIs[i])
	s.operators[i] = startSupervised(s.t, s.ctx, s.devnet, name, []string{"operator", "run", "--config", s.opConfigs[i]}, func() bool {
		resp, err := http.Get(url)
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, procReplicaReadyWait, &s.failedStarts)
}

// replicaSetup is what writeReplicaConfigs needs to know.
type replicaSetup struct {
	name, dir, depPath string
	l1RPC              string // "": the deployment's
	every              int    // round-every of replicas and operators
	// aggRollups and opRollups are the YAML list items of the replicas'
	// and the operators' rollups.
	aggRollups, opRollups string
}

// replicaFiles are the configs written for replicas and operators, and
// where they serve.
type replicaFiles struct {
	configs   []string // aggregator configs, by replica index
	dataDirs  []string
	urls      []string
	opConfigs []string
	nodeAPIs  []int
}

// writeReplicaConfigs writes one aggregator config per key in aggKeys
// (replica i of len(aggKeys), scheduled every setup.every L1 blocks, its
// keystore, port and data directory) and one operator config per BLS key,
// listing every replica.
func writeReplicaConfigs(t *testing.T, setup replicaSetup, aggKeys []*ecdsa.PrivateKey, blsKeys []*bls.KeyPair) replicaFiles {
	t.Helper()
	keysDir := filepath.Join(setup.dir, "keys")
	require.NoError(t, os.MkdirAll(keysDir, 0o700))
	password := writeConfigFile(t, keysDir, "password", procPassword+"\n")
	l1Line := ""
	if setup.l1RPC != "" {
		l1Line = "l1-rpc: " + setup.l1RPC + "\n"
	}
	var f replicaFiles
	for i, key := range aggKeys {
		ks := filepath.Join(keysDir, fmt.Sprintf("replica-%d.json", i))
		require.NoError(t, keystore.SaveECDSA(ks, key, procPassword, keystore.WithLightScrypt()))
		port := freePort(t)
		data := filepath.Join(setup.dir, fmt.Sprintf("replica-%d-data", i))
		f.urls = append(f.urls, fmt.Sprintf("http://127.0.0.1:%d", port))
		f.dataDirs = append(f.dataDirs, data)
		f.configs = append(f.configs, writeConfigFile(t, setup.dir, fmt.Sprintf("replica-%d.yaml", i), fmt.Sprintf(`# aggregator replica %d of %s
deployment: %s
%skeystore: %s
password-file: %s
listen: 127.0.0.1:%d
metrics: 127.0.0.1:%d
data-dir: %s
round-every: %d
replica-index: %d
replica-count: %d
replica-stagger: 1s
late-window: 200ms
receipt-poll: 100ms
rollups:
%s`, i, setup.name, setup.depPath, l1Line, ks, password, port, freePort(t), data, setup.every, i, len(aggKeys), setup.aggRollups)))
	}
	var aggList strings.Builder
	for _, u := range f.urls {
		fmt.Fprintf(&aggList, "  - %s\n", u)
	}
	for i, kp := range blsKeys {
		ks := filepath.Join(keysDir, fmt.Sprintf("op%d.bls.json", i+1))
		require.NoError(t, keystore.SaveBLS(ks, kp, procPassword, keystore.WithLightScrypt()))
		nodeAPI := freePort(t)
		f.nodeAPIs = append(f.nodeAPIs, nodeAPI)
		f.opConfigs = append(f.opConfigs, writeConfigFile(t, setup.dir, fmt.Sprintf("operator-%d.yaml", i+1), fmt.Sprintf(`# operator %d of %s
deployment: %s
%sbls-keystore: %s
bls-password-file: %s
aggregator-url:
%sround-every: %d
data-dir: %s
poll-interval: 100ms
round-timeout: 10s
node-api: 127.0.0.1:%d
metrics: 127.0.0.1:%d
rollups:
%s`, i+1, setup.name, setup.depPath, l1Line, ks, password, aggList.String(), setup.every,
			filepath.Join(setup.dir, fmt.Sprintf("operator-%d-data", i+1)), nodeAPI, freePort(t), setup.opRollups)))
	}
	return f
}
