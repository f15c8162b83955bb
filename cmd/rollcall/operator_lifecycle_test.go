package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/operator"
)

func TestCheckLifecycle(t *testing.T) {
	valid := operator.Config{
		Deployment: "devnet.json", BLSKeystore: "bls.json", ECDSAKeystore: "ecdsa.json",
		Socket: "http://127.0.0.1:9010", MetadataURL: "https://example.com/op.json",
	}
	for _, cmd := range []operator.Lifecycle{operator.LifecycleRegister, operator.LifecycleDeregister, operator.LifecycleUpdateSocket, operator.LifecycleStatus} {
		require.NoError(t, valid.CheckLifecycle(cmd))
	}
	cases := []struct {
		name   string
		cmd    operator.Lifecycle
		change func(*operator.Config)
		want   string
	}{
		{"no deployment", operator.LifecycleStatus, func(c *operator.Config) { c.Deployment = "" }, "deployment is required"},
		{"no ecdsa key", operator.LifecycleDeregister, func(c *operator.Config) { c.ECDSAKeystore = "" }, "ecdsa-keystore is required"},
		{"register without bls key", operator.LifecycleRegister, func(c *operator.Config) { c.BLSKeystore = "" }, "bls-keystore is required"},
		{"register without socket", operator.LifecycleRegister, func(c *operator.Config) { c.Socket = "" }, "socket is required"},
		{"update-socket without socket", operator.LifecycleUpdateSocket, func(c *operator.Config) { c.Socket = "" }, "socket is required"},
		{"bad socket", operator.LifecycleStatus, func(c *operator.Config) { c.Socket = "tcp://x:1" }, "socket has scheme"},
		{"bad metadata", operator.LifecycleRegister, func(c *operator.Config) { c.MetadataURL = "example.com" }, "metadata-url"},
		{"bad l1", operator.LifecycleStatus, func(c *operator.Config) { c.L1RPC = "localhost:8545" }, "l1-rpc"},
		{"bad aggregator", operator.LifecycleStatus, func(c *operator.Config) { c.AggregatorURLs = operator.URLList{"ws://x:1"} }, "aggregator-url"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := valid
			c.change(&cfg)
			err := cfg.CheckLifecycle(c.cmd)
			require.ErrorIs(t, err, operator.ErrInvalidConfig)
			require.ErrorContains(t, err, c.want)
		})
	}
	// Deregistering and status need neither the BLS key nor the socket;
	// `operator run` (Check) does not need the lifecycle settings.
	cfg := valid
	cfg.BLSKeystore, cfg.Socket = "", ""
	require.NoError(t, cfg.CheckLifecycle(operator.LifecycleDeregister))
	require.NoError(t, cfg.CheckLifecycle(operator.LifecycleStatus))
}

func TestNodeAPIURL(t *testing.T) {
	require.Equal(t, "http://127.0.0.1:9010", nodeAPIURL("127.0.0.1:9010"))
	require.Equal(t, "http://127.0.0.1:9010", nodeAPIURL("0.0.0.0:9010"))
	require.Equal(t, "http://127.0.0.1:9010", nodeAPIURL(":9010"))
	require.Equal(t, "http://[::1]:9010", nodeAPIURL("[::1]:9010"))
	require.Equal(t, "", nodeAPIURL(""))
	require.Equal(t, "", nodeAPIURL("nonsense"))
}

func TestKeystoreAddress(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(path, key, "a long test password", keystore.WithLightScrypt()))
	addr, err := keystoreAddress(path)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), addr)

	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"pubKey":"E([1,2])"}`), 0o600))
	_, err = keystoreAddress(bad)
	require.ErrorContains(t, err, "no address field")
}

func TestLifecycleCommandsRefuseBadInput(t *testing.T) {
	dir := t.TempDir()
	dep := testDeploymentFile(t, dir)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"operator", "register", "--deployment", dep, "--allocation", "1.5"}, "--allocation: allocation 1.5 is outside (0, 1]"},
		{[]string{"operator", "register", "--deployment", dep, "--deposit", "ten"}, "--deposit: amount \"ten\" is not a decimal number"},
		{[]string{"operator", "register", "--deployment", dep, "--ecdsa-keystore", "k.json", "--bls-keystore", "b.json"}, "socket is required"},
		{[]string{"operator", "deregister", "--deployment", dep}, "ecdsa-keystore is required"},
		{[]string{"operator", "update-socket", "--deployment", dep, "--ecdsa-keystore", "k.json"}, "socket is required"},
		{[]string{"operator", "status", "--deployment", dep, "--ecdsa-keystore", "k.json", "--socket", "nope"}, "socket"},
	}
	for _, c := range cases {
		_, stderr, code := runInProcess(t, c.args...)
		require.Equal(t, 1, code, "%s: %s", strings.Join(c.args, " "), stderr)
		require.Contains(t, stderr, c.want, strings.Join(c.args, " "))
	}
}

func TestOperatorSubcommands(t *testing.T) {
	var names []string
	for _, c := range operatorCommand().Subcommands {
		names = append(names, c.Name)
	}
	require.Equal(t, []string{"run", "register", "deregister", "update-socket", "status", "signing-record"}, names)
}
