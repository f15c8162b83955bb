package aggregator

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/rollup"
)

func validConfig() Config {
	return Config{
		Deployment: "devnet.json",
		DataDir:    "/tmp/agg",
		Rollups:    []RollupConfig{{ChainID: 901, RPC: "http://127.0.0.1:9545"}},
	}.WithDefaults()
}

func TestConfigCheck(t *testing.T) {
	require.NoError(t, validConfig().Check())
	cases := []struct {
		name   string
		change func(*Config)
		key    string
	}{
		{"no deployment", func(c *Config) { c.Deployment = "" }, "deployment"},
		{"no data dir", func(c *Config) { c.DataDir = "" }, "data-dir"},
		{"bad listen", func(c *Config) { c.ListenAddr = "8090" }, "listen"},
		{"tiny interval", func(c *Config) { c.RoundInterval = time.Millisecond }, "round-interval"},
		{"window longer than interval", func(c *Config) { c.LateWindow = c.RoundInterval }, "late-window"},
		{"negative window", func(c *Config) { c.LateWindow = -time.Second }, "late-window"},
		{"no rollups", func(c *Config) { c.Rollups = nil }, "rollups"},
		{"zero chain id", func(c *Config) { c.Rollups[0].ChainID = 0 }, "rollups[0]"},
		{"bad url", func(c *Config) { c.Rollups[0].RPC = "not a url" }, "rollups[0]"},
		{"bad finality", func(c *Config) { c.Rollups[0].Finality = "soon" }, "rollups[0].finality"},
		{"bad kind", func(c *Config) { c.Rollups[0].Kind = "zk" }, "rollups[0].kind"},
		{"duplicate chain", func(c *Config) { c.Rollups = append(c.Rollups, c.Rollups[0]) }, "rollups[1]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := validConfig()
			cfg.Rollups = append([]RollupConfig(nil), cfg.Rollups...)
			tc.change(&cfg)
			err := cfg.Check()
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), tc.key), "error %q should name %q", err, tc.key)
		})
	}
}

func TestConfigDefaults(t *testing.T) {
	cfg := Config{Rollups: []RollupConfig{{ChainID: 1}}}.WithDefaults()
	require.Equal(t, DefaultListenAddr, cfg.ListenAddr)
	require.True(t, strings.HasPrefix(cfg.ListenAddr, "127.0.0.1:"), "bind to loopback by default")
	require.Equal(t, DefaultRoundInterval, cfg.RoundInterval)
	require.True(t, *cfg.BatchVerify)
	require.Equal(t, string(rollup.Finalized), cfg.Rollups[0].Finality, "no less settled than operators' default")
	require.Equal(t, string(rollup.KindEVM), cfg.Rollups[0].Kind)
}

func TestMetricsOffByDefault(t *testing.T) {
	cfg := Config{Deployment: "d.json", DataDir: t.TempDir(), Rollups: []RollupConfig{{ChainID: 901, RPC: "http://127.0.0.1:9545"}}}.WithDefaults()
	require.Empty(t, cfg.Metrics, "a Config built in code has no metrics server")
	require.NoError(t, cfg.Check())
	cfg.Metrics = "9091"
	require.ErrorContains(t, cfg.Check(), "metrics")
	cfg.Metrics = cfg.ListenAddr
	require.ErrorContains(t, cfg.Check(), "metrics")
	cfg.Metrics = DefaultMetricsAddr
	require.NoError(t, cfg.Check())
}
