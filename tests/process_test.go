package tests

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/registration"
)

const (
	procOperators     = 4
	procRollups       = 2
	procRollupChainID = 901 // the first devnet rollup
	procPassword      = "process-test-password"
	// Rounds to see attested before the crash, and again after the restart.
	procRoundsPerPhase = 3
	// procWait bounds each wait of TestProcesses (start-up, a phase of rounds).
	procWait = 4 * time.Minute
)

// TestProcesses runs the system as a user does: the `rollcall` binary as
// separate processes on loopback (a devnet, an aggregator and four
// operators, configured by YAML files and encrypted keystores). It waits for
// attested checkpoints, crashes the aggregator with SIGKILL, restarts it on
// the same data directory, waits for more, and then checks that no round
// was lost or attested twice, that L1 agrees with the aggregator's record,
// and that consumers can get and verify attested claims with the CLI.
func TestProcesses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	rollcallBinary(t) // build first: a build failure is reported as such
	dir := t.TempDir()

	// 1. The devnet.
	devnetProc, dep, depPath := devnetProcess(t, dir, procRollups, procOperators, "500ms")
	require.Equal(t, uint64(procRollupChainID), dep.Rollups[0].ChainID)

	l1, err := ethclient.DialContext(ctx, dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(l1.Close)
	registry, err := rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, l1)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: ctx}
	thresholdBips, err := registry.ThresholdBips(call)
	require.NoError(t, err)

	// 2. Keys: register the operators in-process (there is no `rollcall
	// operator register` yet) and write every key as an encrypted keystore.
	aggKey, opKeys := devKeys(t, dep)
	require.Len(t, opKeys, procOperators)
	keysDir := filepath.Join(dir, "keys")
	require.NoError(t, os.MkdirAll(keysDir, 0o700))
	blsKeys := registerOperators(t, ctx, l1, dep, opKeys)
	aggKeystore := filepath.Join(keysDir, "aggregator.json")
	require.NoError(t, keystore.SaveECDSA(aggKeystore, aggKey, procPassword, keystore.WithLightScrypt()))
	aggPasswordFile := writeConfigFile(t, keysDir, "aggregator.password", procPassword+"\n")

	// 3. Config files, as a user writes them.
	aggPort := freePort(t)
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	aggConfig := writeConfigFile(t, dir, "aggregator.yaml", fmt.Sprintf(`# aggregator of TestProcesses
deployment: %s
keystore: %s
password-file: %s
listen: 127.0.0.1:%d
metrics: 127.0.0.1:%d
data-dir: %s
round-interval: 1s
late-window: 200ms
receipt-poll: 100ms
batch-verify: true
rollups:
%s`, depPath, aggKeystore, aggPasswordFile, aggPort, freePort(t), filepath.Join(dir, "aggregator-data"), rollupsYAML(dep, false)))
	opConfigs := make([]string, procOperators)
	for i, kp := range blsKeys {
		ks := filepath.Join(keysDir, fmt.Sprintf("op%d.bls.json", i+1))
		require.NoError(t, keystore.SaveBLS(ks, kp, procPassword, keystore.WithLightScrypt()))
		pw := writeConfigFile(t, keysDir, fmt.Sprintf("op%d.password", i+1), procPassword+"\n")
		opConfigs[i] = writeConfigFile(t, dir, fmt.Sprintf("operator-%d.yaml", i+1), fmt.Sprintf(`# operator %d of TestProcesses
deployment: %s
bls-keystore: %s
bls-password-file: %s
aggregator-url: %s
data-dir: %s
poll-interval: 200ms
round-timeout: 10s
node-api: 127.0.0.1:%d
metrics: 127.0.0.1:%d
rollups:
%s`, i+1, depPath, ks, pw, aggURL, filepath.Join(dir, fmt.Sprintf("operator-%d-data", i+1)),
			freePort(t), freePort(t), rollupsYAML(dep, true)))
	}

	// 4. The aggregator and the operators.
	startAgg := func(name string) *runningProcess {
		p := startProcess(t, name, "aggregator", "run", "--config", aggConfig)
		waitRounds(t, ctx, aggURL, []*runningProcess{devnetProc, p}, "the aggregator to serve", func([]api.RoundStatus) (bool, string) {
			return true, ""
		})
		return p
	}
	agg := startAgg("aggregator")
	operators := make([]*runningProcess, procOperators)
	for i, cfg := range opConfigs {
		operators[i] = startProcess(t, fmt.Sprintf("operator-%d", i+1), "operator", "run", "--config", cfg)
	}
	alive := func(agg *runningProcess) []*runningProcess {
		return append([]*runningProcess{devnetProc, agg}, operators...)
	}

	// 5. Attested rounds, a crash, a restart, more attested rounds.
	// The crash hits a round in progress: open, with signatures accepted
	// (and possibly its attestation on its way to L1).
	before := waitRounds(t, ctx, aggURL, alive(agg), fmt.Sprintf("%d attested rounds and a signed open round", procRoundsPerPhase), func(rs []api.RoundStatus) (bool, string) {
		n := len(attestedRounds(rs))
		newest := roundsByNumber(rs)[maxRound(rs)]
		return n >= procRoundsPerPhase && newest.Status == api.StatusOpen && len(newest.Signers) > 0,
			fmt.Sprintf("%d attested, newest round %d %s with %d signers", n, newest.Round, newest.Status, len(newest.Signers))
	})
	attestedBefore := len(attestedRounds(before))
	lastBeforeCrash := maxRound(before)
	t.Logf("before the crash: %d rounds, %d attested, round %d open with %d signers; killing the aggregator",
		lastBeforeCrash, attestedBefore, lastBeforeCrash, len(roundsByNumber(before)[lastBeforeCrash].Signers))
	agg.crash()
	agg = startAgg("aggregator (restarted)")
	after := waitRounds(t, ctx, aggURL, alive(agg), fmt.Sprintf("%d more attested rounds after the restart", procRoundsPerPhase), func(rs []api.RoundStatus) (bool, string) {
		n := len(attestedRounds(rs))
		return n >= attestedBefore+procRoundsPerPhase, fmt.Sprintf("%d attested (%d before the crash)", n, attestedBefore)
	})

	// 6. Let every round up to the newest seen so far become final, and take
	// a snapshot of the rounds between two equal reads of L1's latestRound,
	// which must be the snapshot's highest attested round.
	last := maxRound(after)
	var rounds []api.RoundStatus
	var latest uint64
	waitRounds(t, ctx, aggURL, alive(agg), fmt.Sprintf("rounds 1..%d final and latestRound settled", last), func([]api.RoundStatus) (bool, string) {
		l1Before, err := registry.LatestRound(call)
		if err != nil {
			return false, err.Error()
		}
		rs, err := listRounds(ctx, aggURL)
		if err != nil {
			return false, "ListRounds: " + err.Error()
		}
		l1After, err := registry.LatestRound(call)
		if err != nil {
			return false, err.Error()
		}
		byNum := roundsByNumber(rs)
		for n := uint64(1); n <= last; n++ {
			if r, ok := byNum[n]; ok && r.Status == api.StatusOpen {
				return false, fmt.Sprintf("round %d still open", n)
			}
		}
		if l1Before != l1After {
			return false, "latestRound moved during ListRounds"
		}
		if h := highestAttested(rs); h != l1After {
			return false, fmt.Sprintf("latestRound on L1 is %d, highest attested round in ListRounds is %d", l1After, h)
		}
		rounds, latest = rs, l1After
		return true, ""
	})
	assert.Equal(t, highestAttested(rounds), latest, "registry latestRound vs the highest attested round")

	// 7. No round lost.
	byNum := roundsByNumber(rounds)
	top := maxRound(rounds)
	for n := uint64(1); n <= top; n++ {
		r, ok := byNum[n]
		if !assert.True(t, ok, "round %d is missing from ListRounds (rounds 1..%d)", n, top) {
			continue
		}
		if n <= last {
			assert.Contains(t, []string{api.StatusAttested, api.StatusExpired}, r.Status, "round %d is not final", n)
		} else {
			assert.Contains(t, []string{api.StatusAttested, api.StatusExpired, api.StatusOpen}, r.Status, "round %d has an unknown status", n)
		}
		if r.Status == api.StatusExpired {
			signed, digest := largestDigestGroup(r)
			assert.False(t, signed*10_000 >= int(thresholdBips)*r.Operators,
				"round %d expired although %d of %d operators signed digest %s (threshold %d bips): a round that reached quorum was lost",
				n, signed, r.Operators, digest, thresholdBips)
		}
		if r.Status == api.StatusAttested {
			assert.NotEqual(t, common.Hash{}, r.TxHash, "attested round %d has no tx hash", n)
			assert.NotEqual(t, common.Hash{}, r.ClaimsRoot, "attested round %d has no claims root", n)
		}
	}
	attested := attestedRounds(rounds)
	require.NotEmpty(t, attested)
	t.Logf("rounds 1..%d: %d attested (latestRound %d), %d opened before the crash", top, len(attested), latest, lastBeforeCrash)
	require.Greater(t, maxRound(attested), lastBeforeCrash, "no round opened after the restart was attested")

	// 8. Each attested round is on L1 exactly once, from the recorded
	// transaction; no other round is.
	events := checkpointEvents(t, ctx, registry, dep.L1.DeployedAtBlock)
	for _, r := range attested {
		evs := events[r.Round]
		if !assert.Len(t, evs, 1, "round %d: want exactly one CheckpointAttested event", r.Round) {
			continue
		}
		assert.Equal(t, r.TxHash, evs[0].Raw.TxHash, "round %d: the event's transaction is not the round's txHash", r.Round)
		onL1, err := attestation.FromEvent(evs[0])
		if assert.NoError(t, err, "round %d: event", r.Round) {
			assert.Equal(t, r.ClaimsRoot, onL1.Checkpoint.ClaimsRoot, "round %d: claims root on L1 differs from ListRounds", r.Round)
		}
		assert.Equal(t, r.ReferenceBlock, evs[0].ReferenceBlock, "round %d: reference block on L1 differs from ListRounds", r.Round)
	}
	for n, evs := range events {
		if r, ok := byNum[n]; ok && n <= last && r.Status != api.StatusAttested {
			assert.Fail(t, "round attested on L1 but not in the aggregator's record",
				"round %d has %d CheckpointAttested event(s) on L1 but status %q in ListRounds", n, len(evs), r.Status)
		}
	}
	// Reverted attest transactions leave no event: count every mined
	// attest call, so that a second submission of a round shows too.
	calls := attestCalls(t, ctx, l1, dep)
	for _, r := range attested {
		assert.Equal(t, []common.Hash{r.TxHash}, calls[r.Round], "round %d: mined attest transactions", r.Round)
	}
	for n, txs := range calls {
		if r, ok := byNum[n]; ok && n <= last && r.Status != api.StatusAttested {
			t.Logf("round %d (%s) has %d mined attest transaction(s) that did not attest it: %v", n, r.Status, len(txs), txs)
		}
	}
	// 9. Consumers: `attestation get` and `attestation verify` for a sample
	// of attested rounds.
	for _, r := range sampleRounds(attested, lastBeforeCrash) {
		checkAttestationCLI(t, ctx, dep, depPath, dir, r, attested)
	}

	// 10. A clean stop: SIGINT everything, operators first.
	for _, op := range operators {
		assert.Equal(t, 0, op.interrupt(), "%s exit code after SIGINT", op.name)
	}
	assert.Equal(t, 0, agg.interrupt(), "aggregator exit code after SIGINT")
	assert.Equal(t, 0, devnetProc.interrupt(), "devnet exit code after SIGINT")
	// A clean stop stops every chain; `devnet stop: …` is the warning
	// runDevnet logs when Devnet.Stop fails.
	assert.False(t, strings.Contains(devnetProc.stderr.String(), "devnet stop:"),
		"the devnet did not stop cleanly on SIGINT (stderr has \"devnet stop: …\"): runDevnet in cmd/rollcall/devnet.go "+
			"passes the already cancelled signal context to Devnet.Stop, so chain.Stop gives up waiting for the block "+
			"producer and skips closing the chain")
}

// freePort returns a free loopback port.
func freePort(t *testing.T) int {
	t.Helper()
	port, err := chain.FreePort()
	require.NoError(t, err)
	return port
}

// twoFreePorts returns two different free loopback ports.
func twoFreePorts(t *testing.T) (int, int) {
	t.Helper()
	a, err := chain.FreePort()
	require.NoError(t, err)
	for {
		b, err := chain.FreePort()
		require.NoError(t, err)
		if b != a {
			return a, b
		}
	}
}

// aggregatorKeys returns every aggregator key of the devnet (one per
// replica it funded, `rollcall devnet --aggregators`), in order.
func aggregatorKeys(t *testing.T, dep *deploy.Deployment) []*ecdsa.PrivateKey {
	t.Helper()
	var out []*ecdsa.PrivateKey
	for _, k := range dep.DevKeys {
		if k.Role != devnet.RoleAggregator {
			continue
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(k.PrivateKey, "0x"))
		require.NoError(t, err, "dev key %s", k.Role)
		out = append(out, key)
	}
	return out
}

// devKeys returns the devnet's aggregator key and operator keys.
func devKeys(t *testing.T, dep *deploy.Deployment) (*ecdsa.PrivateKey, []*ecdsa.PrivateKey) {
	t.Helper()
	var agg *ecdsa.PrivateKey
	var ops []*ecdsa.PrivateKey
	for _, k := range dep.DevKeys {
		key, err := crypto.HexToECDSA(strings.TrimPrefix(k.PrivateKey, "0x"))
		require.NoError(t, err, "dev key %s", k.Role)
		require.Equal(t, k.Address, crypto.PubkeyToAddress(key.PublicKey), "dev key %s: address", k.Role)
		switch k.Role {
		case devnet.RoleAggregator:
			if agg == nil { // the first: later ones are for replicas
				agg = key
			}
		case devnet.RoleOperator:
			ops = append(ops, key)
		}
	}
	require.NotNil(t, agg, "devnet.json has no aggregator key")
	return agg, ops
}

// registerOperators registers every key with EigenLayer and rollcall, each
// with a fresh BLS key and the same deposit, concurrently, and waits for one
// more L1 block so that the next reference block has them all.
func registerOperators(t *testing.T, ctx context.Context, l1 *ethclient.Client, dep *deploy.Deployment, keys []*ecdsa.PrivateKey) []*bls.KeyPair {
	t.Helper()
	deposits := make([]*big.Int, len(keys))
	for i := range deposits {
		deposits[i] = ether(10)
	}
	return registerOperatorsWith(t, ctx, l1, dep, keys, deposits)
}

// registerOperatorsWith is registerOperators with a deposit per key.
func registerOperatorsWith(t *testing.T, ctx context.Context, l1 *ethclient.Client, dep *deploy.Deployment, keys []*ecdsa.PrivateKey, deposits []*big.Int) []*bls.KeyPair {
	t.Helper()
	log := testLogger(t)
	blsKeys := make([]*bls.KeyPair, len(keys))
	errs := make([]error, len(keys))
	var wg sync.WaitGroup
	for i, key := range keys {
		kp, err := bls.GenRandomBlsKeys()
		require.NoError(t, err)
		blsKeys[i] = kp
		wg.Add(1)
		go func() {
			defer wg.Done()
			reg, err := registration.New(ctx, l1, dep, key, chainio.TxManagerOptions{ReceiptPoll: 100 * time.Millisecond}, log)
			if err == nil {
				err = reg.Register(ctx, registration.Request{
					Operator: key, BLS: kp, Socket: "http://127.0.0.1:0", Deposit: deposits[i],
					Magnitude: registration.FullMagnitude, AllocationDelay: 1,
					MetadataURL: "https://rollcall.invalid/op.json",
				}, nil)
			}
			if err != nil {
				errs[i] = fmt.Errorf("register operator %d: %w", i+1, err)
			}
		}()
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	head, err := l1.BlockNumber(ctx)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		n, err := l1.BlockNumber(ctx)
		return err == nil && n > head
	}, time.Minute, 100*time.Millisecond, "L1 produced no block after the registrations")
	return blsKeys
}

// rollupsYAML is the rollups list of a config file; operators also name
// the reader kind.
func rollupsYAML(dep *deploy.Deployment, withKind bool) string {
	var b strings.Builder
	for _, r := range dep.Rollups {
		fmt.Fprintf(&b, "  - chain-id: %d\n    rpc: %s\n    finality: latest\n", r.ChainID, r.RPCURL)
		if withKind {
			b.WriteString("    kind: evm\n")
		}
	}
	return b.String()
}

// listRounds reads every round from the aggregator at url, newest first.
func listRounds(ctx context.Context, url string) ([]api.RoundStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	c, err := api.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return c.ListRounds(ctx, api.ListRoundsRequest{Limit: api.MaxListRounds})
}

// waitRounds polls the aggregator's rounds until cond holds, and fails the
// test with cond's last reason if it does not within procWait or if one of
// the processes that must stay up exits. It returns the rounds for which
// cond held.
func waitRounds(t *testing.T, ctx context.Context, url string, mustRun []*runningProcess, what string, cond func([]api.RoundStatus) (bool, string)) []api.RoundStatus {
	t.Helper()
	var (
		mu     sync.Mutex
		why    = "no answer yet"
		result []api.RoundStatus
		dead   *runningProcess
	)
	ok := assert.Eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		for _, p := range mustRun {
			if p.exited() {
				dead = p
				return true
			}
		}
		rs, err := listRounds(ctx, url)
		if err != nil {
			why = "ListRounds: " + err.Error()
			return false
		}
		done, reason := cond(rs)
		why = reason
		if done {
			result = rs
		}
		return done
	}, procWait, 250*time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if dead != nil {
		t.Fatalf("waiting for %s: %s exited (%s)", what, dead.name, dead.state)
	}
	if !ok {
		t.Fatalf("waiting for %s: not within %s; last: %s", what, procWait, why)
	}
	return result
}

// attestedRounds returns the attested rounds, oldest first.
func attestedRounds(rs []api.RoundStatus) []api.RoundStatus {
	var out []api.RoundStatus
	for _, r := range rs {
		if r.Status == api.StatusAttested {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b api.RoundStatus) int { return cmp.Compare(a.Round, b.Round) })
	return out
}

func maxRound(rs []api.RoundStatus) uint64 {
	var m uint64
	for _, r := range rs {
		m = max(m, r.Round)
	}
	return m
}

func highestAttested(rs []api.RoundStatus) uint64 { return maxRound(attestedRounds(rs)) }

func roundsByNumber(rs []api.RoundStatus) map[uint64]api.RoundStatus {
	m := make(map[uint64]api.RoundStatus, len(rs))
	for _, r := range rs {
		m[r.Round] = r
	}
	return m
}

// largestDigestGroup returns how many operators signed the round's most
// signed digest, and that digest. Every operator of the test has the same
// stake, so the count says whether the threshold was reached.
func largestDigestGroup(r api.RoundStatus) (int, common.Hash) {
	count := map[common.Hash]int{}
	var best common.Hash
	for _, s := range r.Signers {
		count[s.Digest]++
		if count[s.Digest] > count[best] {
			best = s.Digest
		}
	}
	return count[best], best
}

// checkpointEvents returns the registry's CheckpointAttested events by round.
func checkpointEvents(t *testing.T, ctx context.Context, registry *rollcallregistry.RollcallRegistry, from uint64) map[uint64][]*rollcallregistry.RollcallRegistryCheckpointAttested {
	t.Helper()
	it, err := registry.FilterCheckpointAttested(&bind.FilterOpts{Start: from, Context: ctx}, nil)
	require.NoError(t, err)
	defer it.Close()
	out := map[uint64][]*rollcallregistry.RollcallRegistryCheckpointAttested{}
	for it.Next() {
		out[it.Event.Round] = append(out[it.Event.Round], it.Event)
	}
	require.NoError(t, it.Error())
	return out
}

// attestCalls returns, by round, every mined transaction that called the
// registry's attest (successful or reverted).
func attestCalls(t *testing.T, ctx context.Context, l1 *ethclient.Client, dep *deploy.Deployment) map[uint64][]common.Hash {
	t.Helper()
	out := map[uint64][]common.Hash{}
	for round, txs := range attestTxs(t, ctx, l1, dep) {
		for _, tx := range txs {
			out[round] = append(out[round], tx.hash)
		}
	}
	return out
}

// attestTx is a mined attest call: its hash and sender.
type attestTx struct {
	hash common.Hash
	from common.Address
}

// attestTxs returns, by round, every mined transaction that called the
// registry's attest (successful or reverted), with its sender.
func attestTxs(t *testing.T, ctx context.Context, l1 *ethclient.Client, dep *deploy.Deployment) map[uint64][]attestTx {
	t.Helper()
	abi, err := rollcallregistry.RollcallRegistryMetaData.GetAbi()
	require.NoError(t, err)
	attest := abi.Methods["attest"]
	head, err := l1.BlockNumber(ctx)
	require.NoError(t, err)
	out := map[uint64][]attestTx{}
	for n := dep.L1.DeployedAtBlock; n <= head; n++ {
		block, err := l1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err, "block %d", n)
		for _, tx := range block.Transactions() {
			data := tx.Data()
			if tx.To() == nil || *tx.To() != dep.AVS.Registry || len(data) < 4 || string(data[:4]) != string(attest.ID) {
				continue
			}
			args, err := attest.Inputs.Unpack(data[4:])
			require.NoError(t, err, "decode attest call %s", tx.Hash())
			round, ok := args[0].(uint64)
			require.True(t, ok, "attest's first argument is %T", args[0])
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			require.NoError(t, err, "sender of %s", tx.Hash())
			out[round] = append(out[round], attestTx{hash: tx.Hash(), from: from})
		}
	}
	return out
}

// sampleRounds picks the first attested round, the round the crash hit
// (when attested), the first attested round opened after the restart, and
// the last attested round.
func sampleRounds(attested []api.RoundStatus, lastBeforeCrash uint64) []api.RoundStatus {
	picked := []api.RoundStatus{attested[0], attested[len(attested)-1]}
	for _, r := range attested {
		if r.Round == lastBeforeCrash {
			picked = append(picked, r)
		}
	}
	for _, r := range attested {
		if r.Round > lastBeforeCrash {
			picked = append(picked, r)
			break
		}
	}
	slices.SortFunc(picked, func(a, b api.RoundStatus) int { return cmp.Compare(a.Round, b.Round) })
	return slices.CompactFunc(picked, func(a, b api.RoundStatus) bool { return a.Round == b.Round })
}

// targetOf is the round's target height for chainID.
func targetOf(r api.RoundStatus, chainID uint64) (uint64, bool) {
	for _, tg := range r.Targets {
		if tg.ChainID == chainID {
			return tg.BlockNumber, true
		}
	}
	return 0, false
}

// checkAttestationCLI gets round r's claim for the first rollup with
// `rollcall attestation get`, checks it against the rollup's own block and
// the aggregator's record, verifies it with `rollcall attestation verify`
// (exit 0), and verifies a copy with a tampered state root (exit 1).
func checkAttestationCLI(t *testing.T, ctx context.Context, dep *deploy.Deployment, depPath, dir string, r api.RoundStatus, attested []api.RoundStatus) {
	t.Helper()
	height, ok := targetOf(r, procRollupChainID)
	require.True(t, ok, "round %d has no target for chain %d: %+v", r.Round, procRollupChainID, r.Targets)

	res := runCLI(t, nil, "attestation", "get", "--deployment", depPath,
		"--chain-id", fmt.Sprint(procRollupChainID), "--block", fmt.Sprint(height))
	require.Equal(t, 0, res.code, "attestation get, round %d\n%s", r.Round, res)
	var proof attestation.Proof
	dec := json.NewDecoder(strings.NewReader(res.stdout))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&proof), "attestation get printed no claim JSON\n%s", res)
	require.Equal(t, uint64(procRollupChainID), proof.Claim.ChainID)
	require.Equal(t, height, proof.Claim.BlockNumber)
	require.Equal(t, dep.L1.ChainID, proof.L1ChainID)
	require.Equal(t, dep.AVS.Registry, proof.Registry)
	// Another attested round may have had the same target for this rollup.
	var from *api.RoundStatus
	for i := range attested {
		if attested[i].Round == proof.Checkpoint.Round {
			from = &attested[i]
		}
	}
	require.NotNil(t, from, "the claim is from round %d, which ListRounds does not show attested", proof.Checkpoint.Round)
	h, _ := targetOf(*from, procRollupChainID)
	require.Equal(t, height, h, "round %d's target for chain %d", from.Round, procRollupChainID)
	require.Equal(t, from.ClaimsRoot, proof.Checkpoint.ClaimsRoot, "round %d's claims root", from.Round)
	require.Equal(t, from.ReferenceBlock, proof.Checkpoint.ReferenceBlock, "round %d's reference block", from.Round)

	// The attested claim is the rollup's own block.
	rollupClient, err := ethclient.DialContext(ctx, dep.Rollups[0].RPCURL)
	require.NoError(t, err)
	defer rollupClient.Close()
	header, err := rollupClient.HeaderByNumber(ctx, new(big.Int).SetUint64(height))
	require.NoError(t, err)
	require.Equal(t, header.Hash(), proof.Claim.BlockHash, "block hash of chain %d block %d", procRollupChainID, height)
	require.Equal(t, header.Root, proof.Claim.StateRoot, "state root of chain %d block %d", procRollupChainID, height)

	good := writeConfigFile(t, dir, fmt.Sprintf("claim-%d.json", r.Round), res.stdout)
	res = runCLI(t, nil, "attestation", "verify", "--deployment", depPath, good)
	require.Equal(t, 0, res.code, "attestation verify of round %d's claim\n%s", r.Round, res)
	require.Contains(t, res.stdout, "ok:", "attestation verify\n%s", res)

	tampered := proof
	tampered.Claim.StateRoot[0] ^= 0x10 // one nibble
	raw, err := json.MarshalIndent(tampered, "", "  ")
	require.NoError(t, err)
	bad := writeConfigFile(t, dir, fmt.Sprintf("claim-%d-tampered.json", r.Round), string(raw))
	res = runCLI(t, nil, "attestation", "verify", "--deployment", depPath, bad)
	require.Equal(t, 1, res.code, "attestation verify of a tampered claim (round %d) must exit 1\n%s", r.Round, res)
}
