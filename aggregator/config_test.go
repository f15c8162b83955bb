package aggregator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/rollup"
)

func validConfig() Config {
	cfg := DefaultConfig()
	cfg.Deployment = "devnet.json"
	cfg.DataDir = "/tmp/agg"
	cfg.Rollups = []RollupConfig{{ChainID: 901, RPC: "http://127.0.0.1:9545"}}
	return cfg
}

func TestConfigCheck(t *testing.T) {
	require.NoError(t, validConfig().Check())
	require.NoError(t, validConfig().CheckInputs())
	noDeployment := validConfig()
	noDeployment.Deployment = ""
	require.NoError(t, noDeployment.Check(), "New is given the deployment: the path is the command line's business")
	require.ErrorContains(t, noDeployment.CheckInputs(), "deployment")
	zeroWindow := validConfig()
	zeroWindow.LateWindow = 0
	require.NoError(t, zeroWindow.Check(), "late-window 0 is no late window")
	cases := []struct {
		name   string
		change func(*Config)
		key    string
	}{
		{"no listen address", func(c *Config) { c.ListenAddr = "" }, "listen"},
		{"no receipt poll", func(c *Config) { c.ReceiptPoll = 0 }, "receipt-poll"},
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
		{"no replica count", func(c *Config) { c.ReplicaCount = 0 }, "replica-count"},
		{"index past count", func(c *Config) { c.RoundEvery, c.ReplicaCount, c.ReplicaIndex = 4, 2, 2 }, "replica-index"},
		{"index without replicas", func(c *Config) { c.ReplicaIndex = 1 }, "replica-index"},
		{"replicas unscheduled", func(c *Config) { c.ReplicaCount, c.ReplicaIndex = 2, 1 }, "replica-count"},
		{"negative stagger", func(c *Config) { c.RoundEvery, c.ReplicaCount, c.ReplicaStagger = 4, 2, -time.Second }, "replica-stagger"},
		{"stagger span too long", func(c *Config) { c.RoundEvery, c.ReplicaCount, c.ReplicaStagger = 4, 3, 3*time.Minute }, "replica-stagger"},
		{"huge round-every", func(c *Config) { c.RoundEvery = 1 << 30 }, "round-every"},
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

func TestConfigReplicas(t *testing.T) {
	cfg := validConfig()
	require.Equal(t, uint64(0), cfg.RoundEvery, "rounds are unscheduled by default")
	require.Equal(t, uint64(DefaultReplicaCount), cfg.ReplicaCount)
	require.Equal(t, DefaultReplicaStagger, cfg.ReplicaStagger)
	require.Equal(t, uint64(0), cfg.replicaRank(7), "a lone aggregator always submits first")

	cfg.RoundEvery, cfg.ReplicaCount = 4, 3
	require.NoError(t, cfg.Check())
	// Round r's first submitter is replica r mod 3; replica i has rank
	// (i - r) mod 3.
	for r := uint64(1); r <= 9; r++ {
		for i := uint64(0); i < 3; i++ {
			cfg.ReplicaIndex = i
			require.Equal(t, (i+3-r%3)%3, cfg.replicaRank(r), "replica %d, round %d", i, r)
			if i == r%3 {
				require.Zero(t, cfg.replicaRank(r), "replica r mod count is first for round %d", r)
			}
		}
	}
	cfg.ReplicaStagger = 0
	require.NoError(t, cfg.Check(), "stagger 0: every replica sends at once")
}

func TestConfigDefaults(t *testing.T) {
	cfg := DefaultConfig()
	require.Equal(t, DefaultListenAddr, cfg.ListenAddr)
	require.True(t, strings.HasPrefix(cfg.ListenAddr, "127.0.0.1:"), "bind to loopback by default")
	require.Equal(t, DefaultRoundInterval, cfg.RoundInterval)
	require.Equal(t, DefaultLateWindow, cfg.LateWindow)
	require.Equal(t, DefaultReceiptPoll, cfg.ReceiptPoll)
	require.True(t, cfg.BatchVerify)
	// A rollup entry without finality or kind reads finalized blocks of an
	// EVM node: no less settled than the operators' default.
	rc, err := RollupConfig{ChainID: 1, RPC: "http://127.0.0.1:9545"}.ReaderConfig()
	require.NoError(t, err)
	require.Equal(t, rollup.Finalized, rc.Finality)
	require.Equal(t, rollup.KindEVM, rc.Kind)
}

func TestLoadConfigExplicitValues(t *testing.T) {
	path := filepath.Join(t.TempDir(), "aggregator.yaml")
	require.NoError(t, os.WriteFile(path, []byte("data-dir: d\nlate-window: 0s\nbatch-verify: false\nrollups:\n  - chain-id: 901\n    rpc: http://127.0.0.1:9545\n"), 0o600))
	cfg, err := LoadConfig(path)
	require.NoError(t, err)
	require.Zero(t, cfg.LateWindow, "late-window: 0 means zero, not the default")
	require.False(t, cfg.BatchVerify)
	require.Equal(t, DefaultRoundInterval, cfg.RoundInterval, "keys left out keep their defaults")
	require.Equal(t, DefaultMetricsAddr, cfg.Metrics, "a config file starts with the metrics on")
	require.NoError(t, cfg.Check())
}

func TestMetricsOffByDefault(t *testing.T) {
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Rollups = []RollupConfig{{ChainID: 901, RPC: "http://127.0.0.1:9545"}}
	require.Empty(t, cfg.Metrics, "a Config built in code has no metrics server")
	require.NoError(t, cfg.Check())
	cfg.Metrics = "9091"
	require.ErrorContains(t, cfg.Check(), "metrics")
	cfg.Metrics = cfg.ListenAddr
	require.ErrorContains(t, cfg.Check(), "metrics")
	cfg.Metrics = DefaultMetricsAddr
	require.NoError(t, cfg.Check())
}
