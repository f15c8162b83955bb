package watch

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/rollup"
)

func validConfig() Config {
	c := DefaultConfig()
	c.Sources.Deployment = "devnet.json"
	c.Rollups = rollup.Specs{{ChainID: 901, RPC: "http://127.0.0.1:9545"}}
	return c
}

// The example config is valid as shipped.
func TestExampleConfigLoads(t *testing.T) {
	c, err := LoadConfig("../watch.example.yaml")
	require.NoError(t, err)
	require.NoError(t, c.Check())
	require.Equal(t, "devnet.json", c.Sources.Deployment)
	require.Equal(t, "keys/watcher.ecdsa.json", c.Submitter.ECDSAKeystore)
	require.Len(t, c.Rollups, 1)
	require.Equal(t, 2*time.Second, c.PollInterval)
}

func TestConfigCheck(t *testing.T) {
	require.NoError(t, validConfig().Check())
	for _, tc := range []struct {
		name, want string
		change     func(*Config)
	}{
		{"no deployment", "deployment is required", func(c *Config) { c.Sources.Deployment = "" }},
		{"bad l1", "l1-rpc has scheme", func(c *Config) { c.Sources.L1RPC = "ftp://x" }},
		{"bad aggregator", "aggregator-url has no host", func(c *Config) { c.Sources.AggregatorURL = "http://" }},
		{"password without key", "ecdsa-password-file is set without ecdsa-keystore", func(c *Config) { c.Submitter.ECDSAPasswordFile = "pw" }},
		{"negative receipt poll", "receipt-poll", func(c *Config) { c.Submitter.ReceiptPoll = -time.Second }},
		{"same ports", "metrics", func(c *Config) { c.Servers.Metrics = c.Servers.NodeAPI }},
		{"bad node api", "node-api", func(c *Config) { c.Servers.NodeAPI = "nope" }},
		{"no data dir", "data-dir is required", func(c *Config) { c.DataDir = "" }},
		{"poll too fast", "poll-interval", func(c *Config) { c.PollInterval = time.Millisecond }},
		{"bad rollup", "rollups", func(c *Config) { c.Rollups = rollup.Specs{{ChainID: 0, RPC: "http://x"}} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := validConfig()
			tc.change(&c)
			err := c.Check()
			require.Error(t, err)
			require.True(t, errors.Is(err, ErrInvalidConfig), "%v", err)
			require.ErrorContains(t, err, tc.want)
		})
	}
	// No rollups is allowed: claims are then compared with each other only.
	c := validConfig()
	c.Rollups = nil
	require.NoError(t, c.Check())
}
