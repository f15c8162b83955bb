package tests

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/slashing"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
	"github.com/rollcall-avs/rollcall/watch"
)

// TestWatcher runs `rollcall watch run` as a separate process against the
// devnet, a real aggregator and a real rollup:
//
//   - a dishonest operator (its BLS key used directly) signs a wrong claim
//     X' for a rollup block, which the aggregator accepts into a losing
//     digest group, and also signs the rollup's real claim X for the same
//     block in a checkpoint attested on L1: the watcher finds its
//     signature against the attested aggregate, submits the evidence with
//     its own key, and the AllocationManager shows the slash; honest
//     operators, the attested checkpoint's non-signer included, keep
//     their whole magnitude; `slashing check` exits 1 and names it;
//   - a restarted watcher does not submit it again;
//   - a wrong root attested by a majority (a checkpoint signed in the test
//     over a root the rollup never had) makes `watch --once` exit 1 with
//     the ERROR line holding both values, and the running watcher's health
//     503.
func TestWatcher(t *testing.T) {
	rollcallBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	dn, dep, l1 := env.Devnet, env.Devnet.Deployment, env.Devnet.L1Client()
	dir := t.TempDir()
	depFile := filepath.Join(dir, "devnet.json")
	require.NoError(t, dep.Save(depFile))
	ops := env.Operators
	cheat := ops[3]

	rcfg := chain.DefaultConfig(devnetRollupChainID)
	rcfg.BlockInterval = 250 * time.Millisecond
	rollupChain := devnettest.StartChain(t, rcfg, log.Named("rollup"))
	rollupClient := devnettest.Dial(t, rollupChain.HTTPURL())
	slWaitFor(t, ctx, "the rollup seals blocks", func() (bool, error) {
		n, err := rollupClient.BlockNumber(ctx)
		return n >= 3, err
	})

	aggCfg := aggregator.DefaultConfig()
	aggCfg.ListenAddr, aggCfg.DataDir = "127.0.0.1:0", t.TempDir()
	aggCfg.RoundInterval, aggCfg.LateWindow, aggCfg.ReceiptPoll = time.Hour, 200*time.Millisecond, 50*time.Millisecond
	aggCfg.Rollups = []aggregator.RollupConfig{{ChainID: rollupChain.ChainID(), RPC: rollupChain.HTTPURL(), Finality: "latest"}}
	svc, err := aggregator.New(aggCfg, dep, dn.Aggregator, log.Named("aggregator"))
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		require.NoError(t, svc.Stop(stopCtx))
	})
	aggURL := "http://" + svc.Addr()
	agg, err := api.Dial(ctx, aggURL)
	require.NoError(t, err)
	t.Cleanup(agg.Close)

	// Round 1: the cheat signs X' first (a losing digest group), the three
	// others the rollup's real claims X, which are attested.
	var round *api.Round
	slWaitFor(t, ctx, "a round opens", func() (bool, error) {
		round, err = agg.OpenRound(ctx)
		return round != nil, err
	})
	honest := rollupClaims(t, ctx, rollupClient, round.Targets)
	wrong := append([]core.Claim(nil), honest...)
	wrong[0].StateRoot = common.HexToHash("0x0bad")
	_, err = agg.SubmitSignature(ctx, slSigned(t, round, wrong, cheat))
	require.NoError(t, err)
	for _, op := range ops[:3] {
		_, err := agg.SubmitSignature(ctx, slSigned(t, round, honest, op))
		require.NoError(t, err)
	}
	slWaitFor(t, ctx, "round 1 is attested", func() (bool, error) {
		st, err := agg.GetRound(ctx, round.Round)
		return err == nil && st.Status == api.StatusAttested, err
	})

	// The watcher's own funded key, in a v3 keystore.
	watcherKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	watcherAddr := crypto.PubkeyToAddress(watcherKey.PublicKey)
	fund(t, ctx, l1, dn.Owner, watcherAddr, devnettest.Ether(10))
	keyFile := filepath.Join(dir, "watcher.ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(keyFile, watcherKey, "watcher password", keystore.WithLightScrypt()))
	pwFile := writeConfigFile(t, dir, "watcher.password", "watcher password")

	nodePort, metricsPort := twoFreePorts(t)
	watchConfig := func(dataDir string) string {
		return writeConfigFile(t, dir, filepath.Base(dataDir)+".yaml", fmt.Sprintf(`deployment: %s
aggregator-url: %s
rollups:
  - chain-id: %d
    rpc: %s
    finality: latest
ecdsa-keystore: %s
ecdsa-password-file: %s
receipt-poll: 50ms
data-dir: %s
poll-interval: 200ms
node-api: 127.0.0.1:%d
metrics: 127.0.0.1:%d
`, depFile, aggURL, rollupChain.ChainID(), rollupChain.HTTPURL(), keyFile, pwFile, dataDir, nodePort, metricsPort))
	}
	dataDir := filepath.Join(dir, "watch-data")
	cfgFile := watchConfig(dataDir)
	health := func() (int, watch.HealthReport) {
		var r watch.HealthReport
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/eigen/node/health", nodePort))
		if err != nil {
			return 0, r
		}
		defer resp.Body.Close()
		_ = json.NewDecoder(resp.Body).Decode(&r)
		return resp.StatusCode, r
	}
	watcher := startProcess(t, "watch", "watch", "run", "--config", cfgFile)
	slWaitFor(t, ctx, "the watcher is healthy", func() (bool, error) {
		code, r := health()
		return code == http.StatusOK && r.Passes > 0, nil
	})
	nonceBefore, err := l1.NonceAt(ctx, watcherAddr, nil)
	require.NoError(t, err)
	require.Zero(t, nonceBefore, "nothing to submit before the fault")

	// The fault: the cheat also signs X for the same block, in a checkpoint
	// attested on L1 (signed by all four: the honest three signed X twice,
	// which is no fault).
	h := newRegistryHarness(t, ctx, env, log)
	h.round = 1000
	cp := h.signed(t, h.nextRound(), h.refBlock(t), honest, 0, 1, 2, 3)
	receipt := h.attest(t, cp)
	faultAt := time.Now()
	am, err := allocmgr.NewContractAllocationManager(dep.EigenLayer.AllocationManager, l1)
	require.NoError(t, err)
	set := allocmgr.OperatorSet{Avs: dep.AVS.ServiceManager, Id: dep.AVS.OperatorSetID}
	magnitude := func(op common.Address) uint64 {
		a, err := am.GetAllocation(h.call(), op, set, dep.EigenLayer.Strategy)
		require.NoError(t, err)
		return a.CurrentMagnitude
	}
	full := uint64(1e18)
	deadline := time.Now().Add(60 * time.Second)
	for magnitude(cheat.Address) == full {
		require.True(t, time.Now().Before(deadline), "the watcher did not slash the cheat")
		time.Sleep(20 * time.Millisecond)
	}
	sinceFault := time.Since(faultAt)
	head, err := l1.BlockNumber(ctx)
	require.NoError(t, err)
	t.Logf("FIGURE fault to slash: %s (attested in L1 block %d, slashed by block %d; L1 block interval %s, watcher poll 200ms)",
		sinceFault.Round(time.Millisecond), receipt.BlockNumber.Uint64(), head, devnettest.DefaultBlockInterval)
	require.Less(t, magnitude(cheat.Address), full)
	for _, op := range ops[:3] {
		require.Equal(t, full, magnitude(op.Address), "honest operator %s untouched", op.Address)
	}
	nonce, err := l1.NonceAt(ctx, watcherAddr, nil)
	require.NoError(t, err)
	require.EqualValues(t, 1, nonce, "the watcher sent one evidence transaction with its own key")

	// Metrics say what happened.
	metrics := func() string {
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", metricsPort))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return string(b)
	}
	// The watcher counts it once its tx manager has seen the receipt.
	slWaitFor(t, ctx, "the watcher counts the evidence", func() (bool, error) {
		return strings.Contains(metrics(), `rollcall_watch_evidence_submitted_total{form="signed-against-attested"} 1`), nil
	})
	m := metrics()
	require.Contains(t, m, `rollcall_watch_evidence_submitted_total{form="signed-against-attested"} 1`)
	require.Contains(t, m, `rollcall_watch_faults_found_total{form="signed-against-attested"} 1`)
	require.Contains(t, m, "rollcall_watch_operators_slashed_total 1")
	require.Contains(t, m, fmt.Sprintf(`rollcall_watch_claims_checked_total{chain_id="%d"} 2`, devnetRollupChainID), "both attested claims compared")
	require.NotContains(t, m, "rollcall_watch_mismatches_total{")
	require.Contains(t, watcher.stderr.String(), "evidence submitted")
	code, _ := health()
	require.Equal(t, http.StatusOK, code, "a fault submitted leaves the watcher healthy")

	t.Run("slashing check names the slash", func(t *testing.T) {
		res := runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", cheat.Address.Hex())
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stdout, fmt.Sprintf("rollcall equivocation: chain %d block %d", honest[0].ChainID, honest[0].BlockNumber))
		require.Contains(t, res.stdout, "EquivocationSlasher")
		require.Contains(t, res.stdout, "signed-against-attested")
		res = runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", cheat.Address.Hex(), "--json")
		require.Equal(t, 1, res.code, res.String())
		var r slashing.Report
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &r))
		require.Len(t, r.EvidenceSlashings, 1)
		es := r.EvidenceSlashings[0]
		require.Equal(t, "signed-against-attested", es.Form)
		require.Equal(t, wrong[0], es.ClaimA, "the cheat's own signature: the wrong claim")
		require.Equal(t, honest[0], es.ClaimB, "against the attested one")
		require.EqualValues(t, 1, es.Slashed)
		for _, op := range ops[:3] {
			res := runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", op.Address.Hex(), "--aggregator-url", aggURL)
			require.Equal(t, 0, res.code, "honest operator %s: %s", op.Address, res.String())
		}
	})

	t.Run("evidence by hand", func(t *testing.T) {
		files, err := filepath.Glob(filepath.Join(dataDir, watch.EvidenceDir, "evidence-*.json"))
		require.NoError(t, err)
		require.Len(t, files, 1, "the watcher keeps the evidence it submitted")
		verify := func(file string) cliResult {
			return runCLI(t, nil, "slashing", "evidence", "verify", "--deployment", depFile, "--evidence", file)
		}
		// Replayed: the slasher names it.
		res := verify(files[0])
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stdout, "REFUSED by the slasher: AlreadySlashed")
		// Malformed: side A's claim edited, so its proof no longer leads to the root.
		f, err := evidence.ReadFile(files[0])
		require.NoError(t, err)
		require.Equal(t, "signed-against-attested", f.Form)
		require.Equal(t, []common.Address{cheat.Address}, f.Guilty)
		f.A.Claim.StateRoot = common.HexToHash("0x1234")
		bad := filepath.Join(dir, "malformed.json")
		writeJSON(t, bad, f)
		res = verify(bad)
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stdout, "REFUSED by the slasher: InvalidClaimProof[0]")
		// Built again from the aggregator and L1: refused before any call.
		res = runCLI(t, nil, "slashing", "evidence", "build", "--deployment", depFile, "--operator", cheat.Address.Hex(),
			"--aggregator-url", aggURL, "--a", "aggregator:1", "--b", "l1:1001", "--chain-id", fmt.Sprint(devnetRollupChainID))
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stderr, "already slashed")

		// A new fault, given as two signed checkpoints: anyone builds,
		// verifies and submits the evidence with their own key.
		ref := h.refBlock(t)
		signedFile := func(name string, round uint64, root common.Hash) string {
			claims := []core.Claim{{ChainID: devnetRollupChainID, BlockNumber: 1_000_000, BlockHash: common.Hash{0x01}, StateRoot: root}}
			tree, err := core.BuildTree(claims)
			require.NoError(t, err)
			digest := core.Checkpoint{Round: round, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(dep.L1.ChainID, dep.AVS.Registry)
			path := filepath.Join(dir, name)
			writeJSON(t, path, map[string]any{"operator": cheat.Address, "round": fmt.Sprint(round), "referenceBlock": fmt.Sprint(ref),
				"claims": claims, "signature": slG1(cheat.BLS.SignMessage(digest))})
			return path
		}
		a, b := signedFile("signed-a.json", 5000, common.Hash{0xaa}), signedFile("signed-b.json", 5001, common.Hash{0xbb})
		fresh := filepath.Join(dir, "fresh.json")
		res = runCLI(t, nil, "slashing", "evidence", "build", "--deployment", depFile, "--a", "file:"+a, "--b", "file:"+b,
			"--chain-id", fmt.Sprint(devnetRollupChainID), "--out", fresh)
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stderr, "evidence signed: chain 901 block 1000000, guilty "+cheat.Address.Hex())
		res = verify(fresh)
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stdout, "VALID")

		anyone, err := crypto.GenerateKey()
		require.NoError(t, err)
		fund(t, ctx, l1, dn.Owner, crypto.PubkeyToAddress(anyone.PublicKey), devnettest.Ether(1))
		anyoneKey := filepath.Join(dir, "anyone.ecdsa.json")
		require.NoError(t, keystore.SaveECDSA(anyoneKey, anyone, "anyone password", keystore.WithLightScrypt()))
		anyonePw := writeConfigFile(t, dir, "anyone.password", "anyone password")
		before := magnitude(cheat.Address)
		res = runCLI(t, nil, "slashing", "evidence", "submit", "--deployment", depFile, "--evidence", fresh,
			"--ecdsa-keystore", anyoneKey, "--ecdsa-password-file", anyonePw)
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stdout, "SUBMITTED signed evidence")
		require.Less(t, magnitude(cheat.Address), before, "slashed again, for another block")
		for _, op := range ops[:3] {
			require.Equal(t, full, magnitude(op.Address), "honest operator %s untouched", op.Address)
		}
		res = verify(fresh)
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stdout, "AlreadySlashed")
	})

	top := t
	t.Run("restart does not resubmit", func(t *testing.T) {
		require.Equal(t, 0, watcher.interrupt(), watcher.stderr.String())
		// Started for the whole test: the next subtest watches its health.
		again := startProcess(top, "watch again", "watch", "run", "--config", cfgFile)
		slWaitFor(t, ctx, "the restarted watcher made a pass", func() (bool, error) {
			code, r := health()
			return code == http.StatusOK && r.Passes > 1, nil
		})
		nonce, err := l1.NonceAt(ctx, watcherAddr, nil)
		require.NoError(t, err)
		require.EqualValues(t, 1, nonce, "no second transaction")
		watcher = again
	})

	t.Run("once is clean while nothing new is wrong", func(t *testing.T) {
		res := runCLI(t, nil, "watch", "run", "--config", watchConfig(filepath.Join(dir, "once-clean")), "--once")
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stdout, "0 mismatches")
	})

	// The block the majority lies about: the next subtest's conflict must be
	// at another height, or its signers would conflict with the lie too.
	var lieBlock uint64
	t.Run("wrong root attested by a majority", func(t *testing.T) {
		n, err := rollupClient.BlockNumber(ctx)
		require.NoError(t, err)
		block := n - 1
		lieBlock = block
		require.NotEqual(t, honest[0].BlockNumber, block)
		hdr, err := rollupClient.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
		require.NoError(t, err)
		own := core.Claim{ChainID: devnetRollupChainID, BlockNumber: block, BlockHash: hdr.Hash(), StateRoot: hdr.Root}
		lie := own
		lie.StateRoot = common.HexToHash("0xfeedface")
		h.attest(t, h.signed(t, h.nextRound(), h.refBlock(t), []core.Claim{lie}, 0, 1, 2))

		res := runCLI(t, nil, "watch", "--config", watchConfig(filepath.Join(dir, "once-wrong")), "--once")
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stderr, "attested claim differs from the rollup's own block")
		var line string
		for _, l := range strings.Split(res.stderr, "\n") {
			if strings.Contains(l, "attested claim differs") {
				line = l
			}
		}
		t.Logf("the ERROR line: %s", line)
		require.Contains(t, line, "ERROR")
		require.Contains(t, line, lie.StateRoot.Hex())
		require.Contains(t, line, own.StateRoot.Hex())
		require.Contains(t, line, own.BlockHash.Hex())
		require.Contains(t, line, fmt.Sprint(block))
		require.Contains(t, res.stdout, "MISMATCH chain 901 block "+fmt.Sprint(block))

		slWaitFor(t, ctx, "the running watcher turns unhealthy", func() (bool, error) {
			code, r := health()
			return code == http.StatusServiceUnavailable && len(r.Mismatches) == 1, nil
		})
		_, r := health()
		require.Equal(t, lie, r.Mismatches[0].Attested)
		require.Equal(t, own, r.Mismatches[0].Own)
		require.Contains(t, metrics(), fmt.Sprintf(`rollcall_watch_mismatches_total{chain_id="%d"} 1`, devnetRollupChainID))
		for _, op := range ops[:3] {
			require.Equal(t, full, magnitude(op.Address), "a wrong root alone is not slashed: %s", op.Address)
		}
	})

	t.Run("two attested checkpoints with conflicting claims", func(t *testing.T) {
		// Operators 0 and 3 sign both; 1 signs only side A, 2 only side B.
		var n uint64
		slWaitFor(t, ctx, "the rollup past the block of the lie", func() (bool, error) {
			var err error
			n, err = rollupClient.BlockNumber(ctx)
			return err == nil && n-1 > lieBlock, err
		})
		hdr, err := rollupClient.HeaderByNumber(ctx, new(big.Int).SetUint64(n-1))
		require.NoError(t, err)
		real := core.Claim{ChainID: devnetRollupChainID, BlockNumber: n - 1, BlockHash: hdr.Hash(), StateRoot: hdr.Root}
		other := real
		other.StateRoot = common.HexToHash("0x0b0b")
		before := magnitude(cheat.Address)
		h.attest(t, h.signed(t, h.nextRound(), h.refBlock(t), []core.Claim{real}, 0, 1, 3))
		h.attest(t, h.signed(t, h.nextRound(), h.refBlock(t), []core.Claim{other}, 0, 2, 3))
		slWaitFor(t, ctx, "the watcher slashes the signers of both", func() (bool, error) {
			return magnitude(ops[0].Address) < full && magnitude(cheat.Address) < before, nil
		})
		require.Equal(t, full, magnitude(ops[1].Address), "signed side A only: untouched")
		require.Equal(t, full, magnitude(ops[2].Address), "signed side B only: untouched")
		slWaitFor(t, ctx, "the watcher counts it", func() (bool, error) {
			return strings.Contains(metrics(), `rollcall_watch_evidence_submitted_total{form="attested"} 1`), nil
		})
		require.Contains(t, metrics(), "rollcall_watch_operators_slashed_total 2", "two by this process since its restart")
	})
}

// writeJSON writes v as JSON to path.
func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	raw, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, raw, 0o600))
}

// rollupClaims are the rollup's own claims at the targets.
func rollupClaims(t *testing.T, ctx context.Context, rollup *ethclient.Client, targets []api.Target) []core.Claim {
	t.Helper()
	out := make([]core.Claim, 0, len(targets))
	for _, target := range targets {
		h, err := rollup.HeaderByNumber(ctx, new(big.Int).SetUint64(target.BlockNumber))
		require.NoError(t, err)
		out = append(out, core.Claim{ChainID: target.ChainID, BlockNumber: target.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
	}
	return out
}

// fund sends amount from key to to and waits for it.
func fund(t *testing.T, ctx context.Context, l1 *ethclient.Client, from *ecdsa.PrivateKey, to common.Address, amount *big.Int) {
	t.Helper()
	chainID, err := l1.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := l1.PendingNonceAt(ctx, crypto.PubkeyToAddress(from.PublicKey))
	require.NoError(t, err)
	tip, err := l1.SuggestGasTipCap(ctx)
	require.NoError(t, err)
	head, err := l1.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(from, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &to, Value: amount,
	})
	require.NoError(t, err)
	require.NoError(t, l1.SendTransaction(ctx, tx))
	rc, err := chainio.WaitReceipt(ctx, l1, tx.Hash(), 20*time.Millisecond)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rc.Status)
}
