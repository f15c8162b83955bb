package tests

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/keystore"
)

// deliveryWorld is the devnet, the aggregator, the operators and the relay,
// each a `rollcall` process on loopback, with the rollups bootstrapped.
type deliveryWorld struct {
	dep        *deploy.Deployment
	depPath    string
	dir        string
	aggURL     string
	procs      []*runningProcess // devnet, aggregator, operators
	relay      *runningProcess
	relayArgs  []string
	relayKey   *ecdsa.PrivateKey
	l1         *ethclient.Client
	rollups    map[uint64]*ethclient.Client
	registries map[uint64]*rr.RollupRegistry
	// bootstrapped is each rollup's table block after `tables bootstrap`.
	bootstrapped map[uint64]uint32
}

func startDeliveryWorld(t *testing.T, ctx context.Context, blockTime, roundInterval string) *deliveryWorld {
	t.Helper()
	rollcallBinary(t)
	w := &deliveryWorld{dir: t.TempDir(), rollups: map[uint64]*ethclient.Client{}, registries: map[uint64]*rr.RollupRegistry{}, bootstrapped: map[uint64]uint32{}}
	devnetProc, dep, depPath := devnetProcess(t, w.dir, 2, 4, blockTime)
	w.dep, w.depPath = dep, depPath
	w.procs = append(w.procs, devnetProc)
	var err error
	w.l1, err = ethclient.DialContext(ctx, w.dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(w.l1.Close)
	for _, r := range w.dep.Rollups {
		require.NotEqual(t, common.Address{}, r.Contracts.Registry)
		c, err := ethclient.DialContext(ctx, r.RPCURL)
		require.NoError(t, err)
		t.Cleanup(c.Close)
		w.rollups[r.ChainID] = c
		w.registries[r.ChainID], err = rr.NewRollupRegistry(r.Contracts.Registry, c)
		require.NoError(t, err)
		require.NoError(t, r.VerifyCode(ctx, c), "devnet.json's rollup contracts have code")
	}

	aggKey, opKeys := devKeys(t, w.dep)
	blsKeys := registerOperators(t, ctx, w.l1, w.dep, opKeys)
	keysDir := filepath.Join(w.dir, "keys")
	pw := writeConfigFile(t, w.dir, "password", procPassword+"\n")

	// Bootstrap both rollups with the owner's keystore, through the CLI.
	var owner *ecdsa.PrivateKey
	for _, k := range w.dep.DevKeys {
		if k.Role == devnet.RoleOwner {
			owner, err = crypto.HexToECDSA(strings.TrimPrefix(k.PrivateKey, "0x"))
			require.NoError(t, err)
		}
	}
	ownerKs := filepath.Join(keysDir, "owner.json")
	require.NoError(t, keystore.SaveECDSA(ownerKs, owner, procPassword, keystore.WithLightScrypt()))
	// The bootstrap block is 2 below the head: wait until it has everyone.
	head, err := w.l1.BlockNumber(ctx)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		n, err := w.l1.BlockNumber(ctx)
		return err == nil && n > head+deploy.TableConfirmations
	}, time.Minute, 50*time.Millisecond)
	for _, r := range w.dep.Rollups {
		res := runCLI(t, nil, "tables", "show", "--deployment", w.depPath, "--chain-id", fmt.Sprint(r.ChainID))
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stdout, "EMPTY", "a fresh rollup's table is empty")
		res = runCLI(t, nil, "tables", "bootstrap", "--deployment", w.depPath, "--chain-id", fmt.Sprint(r.ChainID),
			"--keystore", ownerKs, "--password-file", pw)
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stdout, "4 operators")
		res = runCLI(t, nil, "tables", "bootstrap", "--deployment", w.depPath, "--chain-id", fmt.Sprint(r.ChainID),
			"--keystore", ownerKs, "--password-file", pw)
		require.NotEqual(t, 0, res.code, "a live table is not reset without --force")
		require.Contains(t, res.stderr, "live")
		res = runCLI(t, nil, "tables", "show", "--deployment", w.depPath, "--chain-id", fmt.Sprint(r.ChainID))
		require.Equal(t, 0, res.code, res.String())
		require.Contains(t, res.stdout, "matches L1's table")
		w.bootstrapped[r.ChainID] = w.tableBlock(t, ctx, r.ChainID)
	}

	aggKs := filepath.Join(keysDir, "aggregator.json")
	require.NoError(t, keystore.SaveECDSA(aggKs, aggKey, procPassword, keystore.WithLightScrypt()))
	aggPort := freePort(t)
	w.aggURL = fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	aggConfig := writeConfigFile(t, w.dir, "aggregator.yaml", fmt.Sprintf(`deployment: %s
keystore: %s
password-file: %s
listen: 127.0.0.1:%d
metrics: ""
data-dir: %s
round-interval: %s
late-window: 100ms
receipt-poll: 100ms
rollups:
%s`, w.depPath, aggKs, pw, aggPort, filepath.Join(w.dir, "aggregator-data"), roundInterval, rollupsYAML(w.dep, false)))
	agg := startProcess(t, "aggregator", "aggregator", "run", "--config", aggConfig)
	w.procs = append(w.procs, agg)
	for i, kp := range blsKeys {
		ks := filepath.Join(keysDir, fmt.Sprintf("op%d.bls.json", i+1))
		require.NoError(t, keystore.SaveBLS(ks, kp, procPassword, keystore.WithLightScrypt()))
		cfg := writeConfigFile(t, w.dir, fmt.Sprintf("operator-%d.yaml", i+1), fmt.Sprintf(`deployment: %s
bls-keystore: %s
bls-password-file: %s
aggregator-url: %s
data-dir: %s
poll-interval: 100ms
round-timeout: 10s
node-api: ""
metrics: ""
rollups:
%s`, w.depPath, ks, pw, w.aggURL, filepath.Join(w.dir, fmt.Sprintf("operator-%d-data", i+1)), rollupsYAML(w.dep, true)))
		w.procs = append(w.procs, startProcess(t, fmt.Sprintf("operator-%d", i+1), "operator", "run", "--config", cfg))
	}

	// The relay pays with a key funded on every rollup (the aggregator's:
	// it sends only on L1, so the nonces never meet).
	w.relayKey = aggKey
	relayKs := filepath.Join(keysDir, "relay.json")
	require.NoError(t, keystore.SaveECDSA(relayKs, aggKey, procPassword, keystore.WithLightScrypt()))
	relayConfig := writeConfigFile(t, w.dir, "relay.yaml", fmt.Sprintf(`deployment: %s
keystore: %s
password-file: %s
aggregators:
  - %s
data-dir: %s
poll: 100ms
backfill: 32
receipt-poll: 50ms
confirmation-timeout: 3s
node-api: 127.0.0.1:%d
metrics: 127.0.0.1:%d
`, w.depPath, relayKs, pw, w.aggURL, filepath.Join(w.dir, "relay-data"), freePort(t), freePort(t)))
	w.relayArgs = []string{"relay", "run", "--config", relayConfig}
	w.relay = startProcess(t, "relay", w.relayArgs...)
	return w
}

// alive are the processes that must stay up.
func (w *deliveryWorld) alive() []*runningProcess { return append(slices.Clone(w.procs), w.relay) }

// quorumRounds are the aggregator's rounds that reached quorum.
func (w *deliveryWorld) quorumRounds(t *testing.T, ctx context.Context) []api.RoundStatus {
	rs, err := listRounds(ctx, w.aggURL)
	if err != nil {
		return nil
	}
	var out []api.RoundStatus
	for _, r := range rs {
		if r.QuorumAt != 0 {
			out = append(out, r)
		}
	}
	return out
}

func (w *deliveryWorld) attestedOn(ctx context.Context, chain, round uint64) bool {
	root, err := w.registries[chain].ClaimsRoot(&bind.CallOpts{Context: ctx}, round)
	return err == nil && root != [32]byte{}
}

// rollupAttestTxs counts, by round, every mined transaction (successful or
// reverted) calling a rollup registry's attest.
func (w *deliveryWorld) rollupAttestTxs(t *testing.T, ctx context.Context, chain uint64) map[uint64]int {
	t.Helper()
	a, err := rr.RollupRegistryMetaData.GetAbi()
	require.NoError(t, err)
	attest := a.Methods["attest"]
	c := w.rollups[chain]
	var reg common.Address
	for _, r := range w.dep.Rollups {
		if r.ChainID == chain {
			reg = r.Contracts.Registry
		}
	}
	head, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	out := map[uint64]int{}
	for n := uint64(0); n <= head; n++ {
		block, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range block.Transactions() {
			data := tx.Data()
			if tx.To() == nil || *tx.To() != reg || len(data) < 4 || string(data[:4]) != string(attest.ID) {
				continue
			}
			args, err := attest.Inputs.Unpack(data[4:])
			require.NoError(t, err)
			out[args[0].(uint64)]++
		}
	}
	return out
}

// TestRelayProcesses: the devnet, the aggregator (with table rounds), four
// operators and the relay as processes. Checkpoints reach both rollups; the
// relay is killed with SIGKILL while delivering and restarted on its data
// directory: every round that reached quorum in the window is on both
// rollups, and no round has more than one attest transaction there.
func TestRelayProcesses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	w := startDeliveryWorld(t, ctx, "500ms", "1s")
	ids := make([]uint64, 0, len(w.rollups))
	for id := range w.rollups {
		ids = append(ids, id)
	}
	onAll := func(round uint64) bool {
		for _, id := range ids {
			if !w.attestedOn(ctx, id, round) {
				return false
			}
		}
		return true
	}
	delivered := func(min int) func([]api.RoundStatus) (bool, string) {
		return func(rs []api.RoundStatus) (bool, string) {
			n := 0
			for _, r := range rs {
				if r.QuorumAt != 0 && onAll(r.Round) {
					n++
				}
			}
			return n >= min, fmt.Sprintf("%d quorum rounds on every rollup", n)
		}
	}
	waitRounds(t, ctx, w.aggURL, w.alive(), "3 rounds delivered to both rollups", delivered(3))

	// Kill -9 while rounds keep coming, restart on the same data dir.
	w.relay.crash()
	w.relay = startProcess(t, "relay (restarted)", w.relayArgs...)
	snapshot := waitRounds(t, ctx, w.aggURL, w.alive(), "3 more rounds after the restart", delivered(6))

	// Every quorum round of the snapshot (within the backfill window) is
	// on both rollups, once.
	var want []uint64
	for _, r := range snapshot {
		if r.QuorumAt != 0 {
			want = append(want, r.Round)
		}
	}
	sort.Slice(want, func(i, j int) bool { return want[i] > want[j] })
	if len(want) > 33 {
		want = want[:33]
	}
	waitRounds(t, ctx, w.aggURL, w.alive(), "every quorum round of the snapshot on both rollups", func([]api.RoundStatus) (bool, string) {
		for _, n := range want {
			if !onAll(n) {
				return false, fmt.Sprintf("round %d missing", n)
			}
		}
		return true, ""
	})
	for _, id := range ids {
		txs := w.rollupAttestTxs(t, ctx, id)
		for _, n := range want {
			require.Equal(t, 1, txs[n], "rollup %d round %d: attest transactions", id, n)
		}
		for n, c := range txs {
			require.LessOrEqual(t, c, 1, "rollup %d round %d: attest transactions", id, n)
		}
	}
	// The relay delivered the quorum's own table: each rollup moved past
	// the table the owner bootstrapped.
	for id := range w.rollups {
		require.Greater(t, w.tableBlock(t, ctx, id), w.bootstrapped[id], "rollup %d: a certified table was delivered", id)
	}

	// Figures (logged, not asserted): block of rollup A seen →
	// checkpoint verifiable on rollup B, and → attested on L1.
	w.logLatency(t, ctx, ids[0], ids[1], 20)
	require.Equal(t, 0, w.relay.interrupt(), "relay exit code after SIGINT")
}

// tableBlock is the reference block of a rollup's current table.
func (w *deliveryWorld) tableBlock(t *testing.T, ctx context.Context, chain uint64) uint32 {
	t.Helper()
	var addr common.Address
	for _, r := range w.dep.Rollups {
		if r.ChainID == chain {
			addr = r.Contracts.CertificateVerifier
		}
	}
	v, err := cv.NewCertificateVerifier(addr, w.rollups[chain])
	require.NoError(t, err)
	cur, err := v.CurrentTable(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	return cur.ReferenceBlock
}

// logLatency watches n rounds: when each block of rollup a first appears
// (its head polled every 20ms), and when each round's checkpoint is first
// verifiable on rollup b (claimsRoot) and on L1. It logs the median and p95
// of "block of a (in the round's claims) seen → verifiable on b" and "→
// attested on L1". Devnet rollups use finality "latest": a block is final
// when it is seen.
func (w *deliveryWorld) logLatency(t *testing.T, ctx context.Context, a, b uint64, n int) {
	t.Helper()
	l1Reg, err := rollcallregistry.NewRollcallRegistry(w.dep.AVS.Registry, w.l1)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: ctx}
	blockSeen := map[uint64]time.Time{}
	onB, onL1 := map[uint64]time.Time{}, map[uint64]time.Time{}
	var startRound uint64
	last, err := w.rollups[a].BlockNumber(ctx)
	require.NoError(t, err)
	deadline := time.Now().Add(3 * time.Minute)
	var rounds []api.RoundStatus
	for time.Now().Before(deadline) {
		now := time.Now()
		if head, err := w.rollups[a].BlockNumber(ctx); err == nil {
			for h := last + 1; h <= head; h++ {
				blockSeen[h] = now
			}
			if head > last {
				last = head
			}
		}
		rounds = w.quorumRounds(t, ctx)
		if startRound == 0 && len(rounds) > 0 {
			startRound = rounds[0].Round + 1 // rounds opened from now on
		}
		done := 0
		for _, r := range rounds {
			if r.Round < startRound {
				continue
			}
			if _, ok := onB[r.Round]; !ok && w.attestedOn(ctx, b, r.Round) {
				onB[r.Round] = now
			}
			if _, ok := onL1[r.Round]; !ok {
				if root, err := l1Reg.ClaimsRoot(call, r.Round); err == nil && root != [32]byte{} {
					onL1[r.Round] = now
				}
			}
			_, okB := onB[r.Round]
			_, okL1 := onL1[r.Round]
			if okB && okL1 {
				done++
			}
		}
		if done >= n {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	var toB, toL1 []time.Duration
	for _, r := range rounds {
		var height uint64
		for _, tg := range r.Targets {
			if tg.ChainID == a {
				height = tg.BlockNumber
			}
		}
		seen, ok := blockSeen[height]
		if !ok || r.Round < startRound {
			continue
		}
		if at, ok := onB[r.Round]; ok {
			toB = append(toB, at.Sub(seen))
		}
		if at, ok := onL1[r.Round]; ok {
			toL1 = append(toL1, at.Sub(seen))
		}
	}
	stats := func(ds []time.Duration) string {
		if len(ds) == 0 {
			return "no samples"
		}
		slices.Sort(ds)
		return fmt.Sprintf("median %s, p95 %s (%d rounds)", ds[len(ds)/2].Round(time.Millisecond), ds[(len(ds)*95+99)/100-1].Round(time.Millisecond), len(ds))
	}
	t.Logf("latency figures: block of rollup %d seen → verifiable on rollup %d: %s; → attested on L1: %s", a, b, stats(toB), stats(toL1))
}
