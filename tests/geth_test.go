package tests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/registration"
)

// TestDeployOnGethDev deploys everything onto a real `geth --dev` process
// through its JSON-RPC endpoint and registers one operator: the deployer
// does not depend on the embedded chain.
func TestDeployOnGethDev(t *testing.T) {
	geth := gethBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)

	url := startGethDev(t, ctx, geth, t.TempDir())
	dn, err := devnet.Start(ctx, devnet.Options{L1RPC: url, Operators: 1}, nil, log)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dn.Stop(context.Background())) })
	require.Nil(t, dn.L1, "no embedded L1 when --l1-rpc is given")
	require.Equal(t, uint64(1337), dn.Deployment.L1.ChainID, "geth --dev chain id")
	require.NoError(t, dn.Deployment.VerifyCode(ctx, dn.L1Client()))

	key := dn.Operators[0]
	blsKey, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	reg, err := registration.New(ctx, dn.L1Client(), dn.Deployment, key, chainio.TxManagerOptions{ReceiptPoll: 100 * time.Millisecond}, log)
	require.NoError(t, err)
	require.NoError(t, reg.Register(ctx, registration.Request{
		Operator: key, BLS: blsKey, Socket: "http://127.0.0.1:0", Deposit: ether(10),
		Magnitude: registration.FullMagnitude, AllocationDelay: 1,
	}, nil))
	registered, err := reg.Clients().AVSReader.IsOperatorRegistered(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	require.True(t, registered)
}

// TestGethDevMainnetRules runs `geth --dev` on the genesis the README
// gives (devnet/chain/GethDevGenesis.json: mainnet's forks, the devnet keys
// funded), deploys onto it and registers an operator: registration costs
// what it costs on the embedded chain, not the ~3.75M gas of --dev's own
// genesis (which turns on Amsterdam and Bogota).
func TestGethDevMainnetRules(t *testing.T) {
	geth := gethBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)

	datadir := t.TempDir()
	genesis, err := filepath.Abs(filepath.Join("..", "devnet", "chain", "GethDevGenesis.json"))
	require.NoError(t, err)
	out, err := exec.CommandContext(ctx, geth, "init", "--datadir", datadir, genesis).CombinedOutput()
	require.NoError(t, err, "geth init: %s", out)

	url := startGethDev(t, ctx, geth, datadir)
	dn, err := devnet.Start(ctx, devnet.Options{L1RPC: url, Operators: 1}, nil, log)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dn.Stop(context.Background())) })
	require.Equal(t, uint64(chain.GethDevChainID), dn.Deployment.L1.ChainID)

	key := dn.Operators[0]
	blsKey, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	reg, err := registration.New(ctx, dn.L1Client(), dn.Deployment, key, chainio.TxManagerOptions{ReceiptPoll: 100 * time.Millisecond}, log)
	require.NoError(t, err)
	var setGas, total uint64
	require.NoError(t, reg.Register(ctx, registration.Request{
		Operator: key, BLS: blsKey, Socket: "http://127.0.0.1:0", Deposit: ether(10),
		Magnitude: registration.FullMagnitude, AllocationDelay: 1,
	}, func(s registration.Step) {
		for _, tx := range s.Txs {
			total += tx.GasUsed
		}
		if s.Name == "rollcall operator set" {
			setGas = s.GasUsed
		}
	}))
	t.Logf("operator registration on geth --dev with mainnet rules: %d gas in all, registerForOperatorSets %d", total, setGas)
	// ~1.06M on the embedded chain (README); ~3.75M on --dev's own genesis.
	require.Less(t, setGas, uint64(1_500_000), "registerForOperatorSets gas on mainnet rules")
	require.Greater(t, setGas, uint64(500_000), "the operator-set registration was counted")
}

// gethBinary finds the pinned geth that `make geth` installs into bin/, or
// the one named by ROLLCALL_GETH. CI installs it; a missing geth fails the
// test rather than skipping it, so the check cannot silently vanish.
func gethBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ROLLCALL_GETH"); p != "" {
		return p
	}
	p, err := filepath.Abs(filepath.Join("..", "bin", "geth"))
	require.NoError(t, err)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("geth not found at %s: run `make geth` (or set ROLLCALL_GETH)", p)
	}
	return p
}

// startGethDev runs `geth --dev` with one-second blocks (EigenLayer's
// delays are counted in blocks, so blocks must come even without
// transactions) on a free loopback port, and stops it at the end of the test.
func startGethDev(t *testing.T, ctx context.Context, geth, datadir string) string {
	t.Helper()
	port, err := chain.FreePort()
	require.NoError(t, err)
	var out bytes.Buffer
	cmd := exec.Command(geth, "--dev", "--dev.period", "1", "--datadir", datadir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--port", "0", "--authrpc.port", "0", "--verbosity", "2")
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			t.Logf("geth output:\n%s", out.String())
		}
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	require.Eventually(t, func() bool {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return false
		}
		defer c.Close()
		_, err = c.ChainID(ctx)
		return err == nil
	}, time.Minute, 100*time.Millisecond, "geth --dev did not answer on %s", url)
	return url
}
