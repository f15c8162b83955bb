package relay

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func validConfig() Config {
	c := DefaultConfig()
	c.Aggregators = []string{"http://127.0.0.1:8090"}
	c.DataDir = "/tmp/relay"
	return c
}

// TestConfigCheck: every setting is checked by name.
func TestConfigCheck(t *testing.T) {
	require.NoError(t, validConfig().Check())
	for name, tc := range map[string]struct {
		mutate func(*Config)
		want   string
	}{
		"no aggregator":  {func(c *Config) { c.Aggregators = nil }, "aggregators"},
		"bad aggregator": {func(c *Config) { c.Aggregators = []string{"ftp://x"} }, "aggregators[0]"},
		"no data dir":    {func(c *Config) { c.DataDir = "" }, "data-dir"},
		"poll":           {func(c *Config) { c.Poll = time.Millisecond }, "poll"},
		"backfill":       {func(c *Config) { c.Backfill = MaxBackfill + 1 }, "backfill"},
		"negative":       {func(c *Config) { c.Backfill = -1 }, "backfill"},
		"receipt poll":   {func(c *Config) { c.ReceiptPoll = 0 }, "receipt-poll"},
		"twice":          {func(c *Config) { c.Destinations = []uint64{901, 901} }, "destinations"},
		"rpc":            {func(c *Config) { c.RPCOverrides = map[uint64]string{901: "nope"} }, "rpc[901]"},
		"node api":       {func(c *Config) { c.NodeAPI = "nohost" }, "node-api"},
		"same addresses": {func(c *Config) { c.NodeAPI, c.Metrics = "127.0.0.1:9000", "127.0.0.1:9000" }, "metrics"},
		"l1":             {func(c *Config) { c.L1RPC = "x" }, "l1-rpc"},
	} {
		c := validConfig()
		tc.mutate(&c)
		require.ErrorContains(t, c.Check(), tc.want, name)
	}
}

// TestExampleConfig: relay.example.yaml loads and, with its inputs set,
// checks.
func TestExampleConfig(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join("..", "relay.example.yaml"))
	require.NoError(t, err)
	require.NoError(t, cfg.CheckInputs())
	require.NoError(t, cfg.Check())
	require.Equal(t, []string{"http://127.0.0.1:8090"}, cfg.Aggregators)
	require.Equal(t, DefaultBackfill, cfg.Backfill)

	bad := filepath.Join(t.TempDir(), "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("aggregator: http://x\n"), 0o600))
	_, err = LoadConfig(bad)
	require.ErrorContains(t, err, `unknown key "aggregator"`)
}
