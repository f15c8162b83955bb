package tests

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/operator/status"
)

const lcPassword = "lifecycle-test-password"

// lcWorld is a `rollcall devnet` process and the keys and configs of the
// lifecycle test.
type lcWorld struct {
	t      *testing.T
	ctx    context.Context
	dir    string
	depDir string
	dep    *deploy.Deployment
	l1     *ethclient.Client
	// opKeys are the devnet's funded operator keys.
	opKeys []*ecdsa.PrivateKey
	// aggPort is where every operator config expects the aggregator
	// (nothing listens there until the signing subtest starts one).
	aggPort int
	// operators by name
	operators map[string]lcOperator
}

// TestLifecycle drives the operator lifecycle through the built binary, as
// a user types it, against a `rollcall devnet` process: every failure the
// register command foresees (wrong chain, no ETH, stake below the minimum,
// a BLS key taken by another operator, the allocation delay), the full
// registration with a deposit and an allocation, status (human and JSON),
// an idempotent second registration, update-socket, deregistration, and
// status afterwards.
func TestLifecycle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	rollcallBinary(t) // a build failure is reported as such
	w := startLCWorld(t, ctx)

	op0 := w.operator("op0", w.opKeys[0], nil)
	op0BLSID := op0.blsID

	t.Run("wrong chain", func(t *testing.T) {
		res := runCLI(t, nil, "operator", "register", "--config", op0.config, "--deposit", "100", "--allocation", "0.5",
			"--l1-rpc", w.dep.Rollups[0].RPCURL)
		requireOneLineError(t, res, 1, "wrong chain", fmt.Sprintf("serves chain id %d", w.dep.Rollups[0].ChainID),
			fmt.Sprintf("the deployment is on chain %d", w.dep.L1.ChainID), "--l1-rpc")
		logError(t, res)
		w.requireNonce(t, op0.addr, 0)
	})

	t.Run("insufficient ETH", func(t *testing.T) {
		fresh, err := crypto.GenerateKey()
		require.NoError(t, err)
		broke := w.operator("broke", fresh, nil)
		res := runCLI(t, nil, "operator", "register", "--config", broke.config, "--deposit", "10", "--allocation", "0.5")
		requireOneLineError(t, res, 1, "insufficient ETH for gas", broke.addr.Hex()+" has 0 ETH", "send at least")
		logError(t, res)
		w.requireNonce(t, broke.addr, 0)
	})

	t.Run("stake below minimum", func(t *testing.T) {
		// 100 tokens, 0.1% allocated: stake 0.1 against the devnet's
		// minimum of 1.
		res := runCLI(t, nil, "operator", "register", "--config", op0.config, "--deposit", "100", "--allocation", "0.001")
		requireOneLineError(t, res, 1, "stake below the quorum minimum", "would be 0.1", "minimum 1",
			"allocate more (--allocation) or deposit more (--deposit")
		logError(t, res)
		w.requireNonce(t, op0.addr, 0)
	})

	t.Run("deposit outside a devnet", func(t *testing.T) {
		// The same chain, described by a deployment file without dev keys,
		// as `rollcall deploy` writes for a real network.
		real := *w.dep
		real.DevKeys = nil
		path := filepath.Join(w.dir, "real-network.json")
		require.NoError(t, real.Save(path))
		res := runCLI(t, nil, "operator", "register", "--config", op0.config, "--deployment", path, "--deposit", "100", "--allocation", "0.5")
		requireOneLineError(t, res, 1, "--deposit: deposit is only available on devnets", "deposit through EigenLayer", "run register without --deposit")
		logError(t, res)
		w.requireNonce(t, op0.addr, 0)
	})

	t.Run("register", func(t *testing.T) {
		res := runCLI(t, nil, "operator", "register", "--config", op0.config, "--deposit", "100", "--allocation", "0.5")
		require.Equal(t, 0, res.code, "%s", res)
		t.Logf("register:\n%s", res.stdout)
		out := res.stdout
		for _, want := range []string{
			"[1/4] EigenLayer operator: registered " + op0.addr.Hex(),
			"[2/4] deposit: deposited 100 test tokens",
			"[3/4] allocation: allocated magnitude 500000000000000000 (50%)",
			"[4/4] rollcall operator set: registered to operator set 0 with BLS key (operator id " + op0BLSID.Hex(),
			"registerAsOperator tx 0x", "depositIntoStrategy tx 0x", "modifyAllocations tx 0x", "registerForOperatorSets tx 0x",
		} {
			require.Contains(t, out, want, "%s", res)
		}
		require.Regexp(t, regexp.MustCompile(`registerForOperatorSets tx 0x[0-9a-f]{64}, gas [1-9][0-9]{5,}`), out)
		// The allocation takes effect one block (the allocation delay)
		// after modifyAllocations; register waits for it, printing progress,
		// unless the devnet happened to seal that block already.
		if !strings.Contains(out, "waiting for the allocation delay") {
			t.Logf("no wait was needed for the allocation delay this time")
		}
		require.NotContains(t, out, "already done", "%s", res)
	})

	t.Run("status registered", func(t *testing.T) {
		res := runCLI(t, nil, "operator", "status", "--config", op0.config)
		require.Equal(t, 0, res.code, "%s", res)
		for _, want := range []string{
			"EigenLayer operator  yes",
			"rollcall             registered",
			"operator id          " + op0BLSID.Hex(),
			"from the keystore",
			"stake (quorum 0)     50 of 50 (100.00%), minimum 1, 1 operators",
			"allocation           50% (magnitude 500000000000000000 of 1000000000000000000)",
			"aggregator unreachable",
			"node API unreachable",
		} {
			require.Contains(t, res.stdout, want, "%s", res)
		}
	})

	t.Run("register again does nothing", func(t *testing.T) {
		before := w.nonce(t, op0.addr)
		res := runCLI(t, nil, "operator", "register", "--config", op0.config, "--deposit", "100", "--allocation", "0.5")
		require.Equal(t, 0, res.code, "%s", res)
		steps := regexp.MustCompile(`(?m)^  \[\d/4\] .*$`).FindAllString(res.stdout, -1)
		require.Len(t, steps, 4, "%s", res)
		for _, s := range steps {
			require.Contains(t, s, ": already done: ", "%s", res)
		}
		require.NotContains(t, res.stdout, " tx 0x", "%s", res)
		w.requireNonce(t, op0.addr, before)
	})

	t.Run("status json", func(t *testing.T) {
		r := w.statusJSON(t, op0.config)
		require.Equal(t, op0.addr, r.Operator)
		require.True(t, r.EigenLayerOperator)
		require.True(t, r.Registered)
		require.Equal(t, status.Registered, r.Registration)
		require.NotNil(t, r.OperatorID)
		require.Equal(t, op0BLSID, *r.OperatorID)
		require.Equal(t, status.KeySourceKeystore, r.BLSKeySource)
		require.NotNil(t, r.BLSKey)
		require.Len(t, r.Quorums, 1)
		require.Equal(t, chainstateEther(50).String(), r.Quorums[0].Stake.String())
		require.Equal(t, 1.0, r.Quorums[0].Share)
		require.Len(t, r.Allocations, 1)
		require.Equal(t, uint64(5e17), r.Allocations[0].CurrentMagnitude)
		require.Equal(t, 0, r.Allocations[0].PendingDiff.Sign())
		require.True(t, r.Slashable)
		require.NotNil(t, r.L1)
		require.Equal(t, 0, r.L1.Rounds, "no aggregator ran: nothing attested")
		require.Nil(t, r.Aggregator, "the aggregator is unreachable")
		requireWarning(t, r, "aggregator unreachable")
	})

	t.Run("status with another BLS key", func(t *testing.T) {
		other := w.operator("op0-other-bls", w.opKeys[0], nil)
		r := w.statusJSON(t, other.config)
		require.True(t, r.Registered)
		require.Equal(t, op0BLSID, *r.OperatorID, "the operator id registered on chain")
		requireWarning(t, r, "BLS key mismatch: the keystore's key (operator id "+other.blsID.Hex()+") is not the one registered on chain (operator id "+op0BLSID.Hex()+")")
	})

	t.Run("update socket", func(t *testing.T) {
		res := runCLI(t, nil, "operator", "update-socket", "--config", op0.config, "--socket", "https://op0.example.com:9010")
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stdout, "socket: socket changed from http://127.0.0.1:9010 to https://op0.example.com:9010", "%s", res)
		require.Contains(t, res.stdout, "updateSocket tx 0x", "%s", res)
		require.Equal(t, "https://op0.example.com:9010", w.statusJSON(t, op0.config).Socket)
		res = runCLI(t, nil, "operator", "update-socket", "--config", op0.config, "--socket", "https://op0.example.com:9010")
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stdout, "already done: socket is already https://op0.example.com:9010", "%s", res)
	})

	t.Run("BLS key of another operator", func(t *testing.T) {
		op1 := w.operator("op1", w.opKeys[1], op0.bls)
		res := runCLI(t, nil, "operator", "register", "--config", op1.config, "--deposit", "100", "--allocation", "0.5")
		requireOneLineError(t, res, 1, "BLS key already registered by another operator",
			"operator id "+op0BLSID.Hex()+" is bound to "+op0.addr.Hex(), "create a new one")
		logError(t, res)
		w.requireNonce(t, op1.addr, 0)
	})

	t.Run("allocation delay not passed", func(t *testing.T) {
		// The operator deposits as a plain staker first (through the SDK),
		// so that register's first transaction is the EigenLayer
		// registration, which starts the allocation configuration delay;
		// with --wait-blocks 0 the allocation step must refuse to wait.
		op2 := w.operator("op2", w.opKeys[2], nil)
		clients, err := chainio.NewEigenClients(ctx, w.l1, w.opKeys[2], w.dep.SDKAddresses(), chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}, testLogger(t))
		require.NoError(t, err)
		receipt, err := clients.ELWriter.DepositERC20IntoStrategy(ctx, w.dep.EigenLayer.Strategy, chainstateEther(10), true)
		require.NoError(t, err)
		require.Equal(t, uint64(1), receipt.Status)

		res := runCLI(t, nil, "operator", "register", "--config", op2.config, "--deposit", "10", "--allocation", "0.5", "--wait-blocks", "0")
		requireOneLineError(t, res, 1, "allocation delay not passed", "blocks from now", "run `rollcall operator register` again", "--wait-blocks")
		logError(t, res)
		require.Contains(t, res.stdout, "[1/4] EigenLayer operator: registered", "%s", res)
		require.Contains(t, res.stdout, "[2/4] deposit: already done: already deposited 10 shares", "%s", res)

		// Run again, waiting: it finishes what is left.
		res = runCLI(t, nil, "operator", "register", "--config", op2.config, "--deposit", "10", "--allocation", "0.5")
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stdout, "[1/4] EigenLayer operator: already done", "%s", res)
		require.Contains(t, res.stdout, "[4/4] rollcall operator set: registered", "%s", res)
	})

	t.Run("signing", func(t *testing.T) {
		// The aggregator and op0's daemon run as processes; op2 (registered
		// above, 5 of 55 stake) does not run, so it is a non-signer of every
		// attested round.
		op2 := w.reopen("op2")
		agg := w.startAggregator(t)
		daemon := startProcess(t, "operator op0", "operator", "run", "--config", op0.config)
		var r *status.Report
		require.Eventually(t, func() bool {
			require.False(t, agg.exited(), "aggregator exited")
			require.False(t, daemon.exited(), "operator exited")
			r = w.statusJSON(t, op0.config)
			return r.L1 != nil && r.L1.Signed >= 2 && r.Aggregator != nil && r.Aggregator.Signed >= 2
		}, 3*time.Minute, time.Second, "op0 never showed two signed rounds on L1 and at the aggregator")
		// Without op0 no round reaches the threshold: every round attested
		// since op0 registered is one it signed.
		require.Equal(t, r.L1.Rounds, r.L1.Signed)
		require.Equal(t, 1.0, r.L1.Rate)
		require.NotEmpty(t, r.L1.LastSigned)
		require.NotEqual(t, common.Hash{}, r.L1.LastSigned[0].TxHash)
		require.LessOrEqual(t, r.Aggregator.Signed, r.Aggregator.Rounds)
		for _, warning := range r.Warnings {
			require.NotContains(t, warning, "unreachable")
		}

		// op2 registered just before the aggregator started: wait for two
		// attested rounds at reference blocks it was registered at.
		var r2 *status.Report
		require.Eventually(t, func() bool {
			r2 = w.statusJSON(t, op2.config)
			return r2.L1 != nil && r2.L1.Rounds >= 2
		}, 2*time.Minute, time.Second, "no two attested rounds with op2 registered")
		require.True(t, r2.Registered)
		require.Equal(t, 0, r2.L1.Signed, "op2 is a non-signer of every attested round")
		require.Equal(t, 0.0, r2.L1.Rate)
		require.Equal(t, 0, r2.Aggregator.Signed)

		res := runCLI(t, nil, "operator", "status", "--config", op0.config)
		require.Equal(t, 0, res.code, "%s", res)
		require.Regexp(t, `signed \(L1\)          \d+ of \d+ rounds \(100\.0%\); last signed rounds \d+`, res.stdout)
		require.Contains(t, res.stdout, "signed (aggregator)", "%s", res)
		t.Logf("status while signing:\n%s", res.stdout)

		// With a replica that is down listed first, status reads the
		// history from the next one that answers.
		res = runCLI(t, nil, "operator", "status", "--config", op0.config,
			"--aggregator-url", fmt.Sprintf("http://127.0.0.1:%d", closedPort(t)), "--aggregator-url", fmt.Sprintf("http://127.0.0.1:%d", w.aggPort))
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stdout, "signed (aggregator)", "%s", res)
		require.NotContains(t, res.stdout, "aggregator unreachable", "%s", res)

		require.Equal(t, 0, daemon.interrupt(), "operator exit code")
		require.Equal(t, 0, agg.interrupt(), "aggregator exit code")
	})

	var slashableUntil uint64
	t.Run("deregister", func(t *testing.T) {
		res := runCLI(t, nil, "operator", "deregister", "--config", op0.config)
		require.Equal(t, 0, res.code, "%s", res)
		t.Logf("deregister:\n%s", res.stdout)
		m := regexp.MustCompile(`deregistered 0x[0-9a-fA-F]{40} from rollcall's operator set 0 at block (\d+)`).FindStringSubmatch(res.stdout)
		require.NotNil(t, m, "%s", res)
		block, err := strconv.ParseUint(m[1], 10, 64)
		require.NoError(t, err)
		slashableUntil = block + uint64(deploy.DevnetParams(nil).DeallocationDelayBlocks)
		require.Contains(t, res.stdout, fmt.Sprintf("stays slashable until block %d (block %d + DEALLOCATION_DELAY %d blocks)",
			slashableUntil, block, deploy.DevnetParams(nil).DeallocationDelayBlocks), "%s", res)
		require.Contains(t, res.stdout, "deregisterFromOperatorSets tx 0x", "%s", res)

		res = runCLI(t, nil, "operator", "deregister", "--config", op0.config)
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stdout, "already done: "+op0.addr.Hex()+" is not registered", "%s", res)
	})

	t.Run("status deregistered", func(t *testing.T) {
		res := runCLI(t, nil, "operator", "status", "--config", op0.config)
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stdout, "rollcall             deregistered", "%s", res)
		require.Contains(t, res.stdout, "not registered to rollcall (deregistered)", "%s", res)

		r := w.statusJSON(t, op0.config)
		require.False(t, r.Registered)
		require.Equal(t, status.Deregistered, r.Registration)
		require.True(t, r.EigenLayerOperator)
		require.Equal(t, "0", r.Quorums[0].Stake.String())
		if r.Block < slashableUntil {
			require.True(t, r.Slashable)
			require.Equal(t, slashableUntil, r.SlashableUntil)
			requireWarning(t, r, fmt.Sprintf("stays slashable until block %d", slashableUntil))
		}
	})
}

// startAggregator runs `rollcall aggregator run` with the devnet's
// aggregator key, on the port every operator config names.
func (w *lcWorld) startAggregator(t *testing.T) *runningProcess {
	t.Helper()
	var aggKey *ecdsa.PrivateKey
	for _, k := range w.dep.DevKeys {
		if k.Role == "aggregator" && aggKey == nil { // the first: later ones are for replicas
			var err error
			aggKey, err = crypto.HexToECDSA(strings.TrimPrefix(k.PrivateKey, "0x"))
			require.NoError(t, err)
		}
	}
	require.NotNil(t, aggKey)
	ks := filepath.Join(w.dir, "aggregator", "ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(ks, aggKey, lcPassword, keystore.WithLightScrypt()))
	pw := filepath.Join(w.dir, "aggregator", "password")
	require.NoError(t, os.WriteFile(pw, []byte(lcPassword+"\n"), 0o600))
	cfg := filepath.Join(w.dir, "aggregator.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte(fmt.Sprintf(`# aggregator of TestLifecycle
deployment: %s
keystore: %s
password-file: %s
listen: 127.0.0.1:%d
metrics: 127.0.0.1:%d
data-dir: %s
round-interval: 1s
late-window: 200ms
receipt-poll: 100ms
rollups:
  - chain-id: %d
    rpc: %s
    finality: latest
`, w.depDir, ks, pw, w.aggPort, closedPort(t), filepath.Join(w.dir, "aggregator-data"), w.dep.Rollups[0].ChainID, w.dep.Rollups[0].RPCURL)), 0o600))
	return startProcess(t, "aggregator", "aggregator", "run", "--config", cfg)
}

// lcOperator is one operator's keys and config file.
type lcOperator struct {
	addr   common.Address
	bls    *bls.KeyPair
	blsID  common.Hash
	config string
}

func startLCWorld(t *testing.T, ctx context.Context) *lcWorld {
	t.Helper()
	dir := t.TempDir()
	httpPort, err := chain.FreePort()
	require.NoError(t, err)
	wsPort := httpPort
	for wsPort == httpPort {
		wsPort, err = chain.FreePort()
		require.NoError(t, err)
	}
	depPath := filepath.Join(dir, "devnet.json")
	devnet := startProcess(t, "devnet", "devnet", "--rollups", "1", "--operators", "3",
		"--l1-http-port", fmt.Sprint(httpPort), "--l1-ws-port", fmt.Sprint(wsPort), "--rollup-base-port", "0", "--out", depPath)
	var dep *deploy.Deployment
	require.Eventually(t, func() bool {
		if devnet.exited() {
			return true
		}
		d, err := deploy.Load(depPath)
		if err != nil {
			return false
		}
		dep = d
		return true
	}, 4*time.Minute, 100*time.Millisecond, "devnet did not write %s", depPath)
	require.False(t, devnet.exited(), "devnet exited early")
	l1, err := ethclient.DialContext(ctx, dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(l1.Close)
	w := &lcWorld{t: t, ctx: ctx, dir: dir, depDir: depPath, dep: dep, l1: l1, aggPort: closedPort(t), operators: map[string]lcOperator{}}
	for _, k := range dep.DevKeys {
		if k.Role != "operator" {
			continue
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(k.PrivateKey, "0x"))
		require.NoError(t, err)
		w.opKeys = append(w.opKeys, key)
	}
	require.Len(t, w.opKeys, 3)
	return w
}

// operator writes the keystores (blsKey nil: a fresh one), password files
// and operator.yaml of one operator, the aggregator and node API pointing
// at closed ports.
func (w *lcWorld) operator(name string, key *ecdsa.PrivateKey, blsKey *bls.KeyPair) lcOperator {
	t := w.t
	t.Helper()
	if blsKey == nil {
		var err error
		blsKey, err = bls.GenRandomBlsKeys()
		require.NoError(t, err)
	}
	keys := filepath.Join(w.dir, name)
	ecdsaKS, blsKS := filepath.Join(keys, "ecdsa.json"), filepath.Join(keys, "bls.json")
	require.NoError(t, keystore.SaveECDSA(ecdsaKS, key, lcPassword, keystore.WithLightScrypt()))
	require.NoError(t, keystore.SaveBLS(blsKS, blsKey, lcPassword, keystore.WithLightScrypt()))
	pw := filepath.Join(keys, "password")
	require.NoError(t, os.WriteFile(pw, []byte(lcPassword+"\n"), 0o600))
	cfg := filepath.Join(w.dir, name+".yaml")
	require.NoError(t, os.WriteFile(cfg, []byte(fmt.Sprintf(`# operator %s of TestLifecycle
deployment: %s
bls-keystore: %s
bls-password-file: %s
aggregator-url: http://127.0.0.1:%d
node-api: 127.0.0.1:%d
metrics: 127.0.0.1:%d
data-dir: %s
poll-interval: 200ms
round-timeout: 10s
rollups:
  - chain-id: %d
    rpc: %s
    finality: latest
ecdsa-keystore: %s
ecdsa-password-file: %s
socket: http://127.0.0.1:9010
metadata-url: https://rollcall.invalid/%s.json
`, name, w.depDir, blsKS, pw, w.aggPort, closedPort(t), closedPort(t), filepath.Join(w.dir, name+"-data"),
		w.dep.Rollups[0].ChainID, w.dep.Rollups[0].RPCURL, ecdsaKS, pw, name)), 0o600))
	op := lcOperator{
		addr: crypto.PubkeyToAddress(key.PublicKey), bls: blsKey,
		blsID: common.Hash(sdktypes.OperatorIdFromG1Pubkey(blsKey.GetPubKeyG1())), config: cfg,
	}
	w.operators[name] = op
	return op
}

// reopen returns an operator written before.
func (w *lcWorld) reopen(name string) lcOperator {
	op, ok := w.operators[name]
	require.True(w.t, ok, "no operator %s", name)
	return op
}

func (w *lcWorld) nonce(t *testing.T, addr common.Address) uint64 {
	t.Helper()
	n, err := w.l1.NonceAt(w.ctx, addr, nil)
	require.NoError(t, err)
	return n
}

// requireNonce checks that addr has sent exactly n transactions: a refused
// command sent nothing.
func (w *lcWorld) requireNonce(t *testing.T, addr common.Address, n uint64) {
	t.Helper()
	require.Equal(t, n, w.nonce(t, addr), "transactions sent by %s", addr.Hex())
}

func (w *lcWorld) statusJSON(t *testing.T, config string, extra ...string) *status.Report {
	t.Helper()
	res := runCLI(t, nil, append([]string{"operator", "status", "--config", config, "--json"}, extra...)...)
	require.Equal(t, 0, res.code, "%s", res)
	var r status.Report
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &r), "%s", res)
	return &r
}

// logError logs the one-line error a refused command printed.
func logError(t *testing.T, res cliResult) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
	t.Logf("%s", lines[len(lines)-1])
}

func requireWarning(t *testing.T, r *status.Report, want string) {
	t.Helper()
	for _, w := range r.Warnings {
		if strings.Contains(w, want) {
			return
		}
	}
	t.Fatalf("no warning says %q: %q", want, r.Warnings)
}

func chainstateEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
