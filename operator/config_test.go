package operator_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/rollup"
)

func validConfig() operator.Config {
	cfg := operator.DefaultConfig()
	cfg.Deployment = "devnet.json"
	cfg.BLSKeystore = "keys/op1.bls.json"
	cfg.BLSPasswordFile = "keys/op1.password"
	cfg.AggregatorURLs = operator.URLList{"http://127.0.0.1:8090"}
	cfg.Rollups = rollup.Specs{
		{ChainID: 901, RPC: "http://127.0.0.1:9545", Finality: "latest", Kind: "evm"},
		{ChainID: 902, RPC: "ws://127.0.0.1:9546"},
	}
	return cfg
}

func TestConfigCheck(t *testing.T) {
	require.NoError(t, validConfig().Check())
	cases := []struct {
		name   string
		mutate func(*operator.Config)
		want   string // "" means valid
	}{
		{"l1 rpc set", func(c *operator.Config) { c.L1RPC = "https://l1.example/key" }, ""},
		{"no password file (env)", func(c *operator.Config) { c.BLSPasswordFile = "" }, ""},
		{"opstack safe", func(c *operator.Config) { c.Rollups[1].Kind, c.Rollups[1].Finality = "opstack", "safe" }, ""},
		{"no deployment", func(c *operator.Config) { c.Deployment = "" }, "deployment is required"},
		{"bad l1 rpc", func(c *operator.Config) { c.L1RPC = "127.0.0.1:8545" }, "l1-rpc"},
		{"no keystore", func(c *operator.Config) { c.BLSKeystore = "" }, "bls-keystore is required"},
		{"no aggregator", func(c *operator.Config) { c.AggregatorURLs = nil }, "aggregator-url is required"},
		{"empty aggregator", func(c *operator.Config) { c.AggregatorURLs = operator.URLList{""} }, "aggregator-url is empty"},
		{"ws aggregator", func(c *operator.Config) { c.AggregatorURLs = operator.URLList{"ws://127.0.0.1:8090"} }, "aggregator-url has scheme"},
		{"aggregator without host", func(c *operator.Config) { c.AggregatorURLs = operator.URLList{"http://"} }, "aggregator-url has no host"},
		{"two aggregators", func(c *operator.Config) { c.AggregatorURLs = append(c.AggregatorURLs, "https://replica.example:8090") }, ""},
		{"second aggregator bad", func(c *operator.Config) { c.AggregatorURLs = append(c.AggregatorURLs, "ws://replica:8090") }, "aggregator-url[1] has scheme"},
		{"third aggregator without host", func(c *operator.Config) { c.AggregatorURLs = append(c.AggregatorURLs, "http://b:1", "http://") }, "aggregator-url[2] has no host"},
		{"aggregator listed twice", func(c *operator.Config) {
			c.AggregatorURLs = append(c.AggregatorURLs, "http://b:1", c.AggregatorURLs[0])
		}, "aggregator-url[2] repeats aggregator-url[0]"},
		{"round-every set", func(c *operator.Config) { c.RoundEvery = 10 }, ""},
		{"no data dir", func(c *operator.Config) { c.DataDir = "" }, "data-dir is required"},
		{"zero poll", func(c *operator.Config) { c.PollInterval = 0 }, "poll-interval"},
		{"round timeout below poll", func(c *operator.Config) { c.RoundTimeout = c.PollInterval }, "round-timeout"},
		{"no rollups", func(c *operator.Config) { c.Rollups = nil }, "rollups must list"},
		{"zero chain id", func(c *operator.Config) { c.Rollups[1].ChainID = 0 }, "rollups[1].chain-id is required"},
		{"duplicate chain", func(c *operator.Config) { c.Rollups[1].ChainID = 901 }, "rollups[1].chain-id 901 is listed twice"},
		{"bad rpc", func(c *operator.Config) { c.Rollups[0].RPC = "127.0.0.1:9545" }, "rollups[0].rpc is not a valid URL"},
		{"bad rpc scheme", func(c *operator.Config) { c.Rollups[0].RPC = "ftp://x" }, "rollups[0].rpc has scheme"},
		{"bad finality", func(c *operator.Config) { c.Rollups[0].Finality = "soon" }, `rollups[0].finality "soon"`},
		{"bad kind", func(c *operator.Config) { c.Rollups[1].Kind = "zk" }, `rollups[1].kind "zk"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := validConfig()
			tc.mutate(&cfg)
			err := cfg.Check()
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, operator.ErrInvalidConfig)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestCheckDoesNotLeakURL(t *testing.T) {
	cfg := validConfig()
	cfg.Rollups[0].RPC = "ftp://user:SECRETKEY@host/path"
	err := cfg.Check()
	require.Error(t, err)
	require.NotContains(t, err.Error(), "SECRETKEY")
}

const exampleYAML = `
deployment: devnet.json
l1-rpc: http://127.0.0.1:8545
bls-keystore: keys/op1.bls.json
bls-password-file: keys/op1.password
aggregator-url: http://127.0.0.1:8090
data-dir: ./operator-data
poll-interval: 250ms
rollups:
  - chain-id: 901
    rpc: http://127.0.0.1:9545
    finality: latest
    kind: evm
  - chain-id: 902
    rpc: http://127.0.0.1:9546
`

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "operator.yaml")
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

func TestLoadConfig(t *testing.T) {
	cfg, err := operator.LoadConfig(writeFile(t, exampleYAML))
	require.NoError(t, err)
	require.NoError(t, cfg.Check())
	require.Equal(t, "devnet.json", cfg.Deployment)
	require.Equal(t, "http://127.0.0.1:8545", cfg.L1RPC)
	require.Equal(t, 250*time.Millisecond, cfg.PollInterval)
	require.Equal(t, operator.DefaultRoundTimeout, cfg.RoundTimeout, "default kept")
	require.Equal(t, rollup.Specs{
		{ChainID: 901, RPC: "http://127.0.0.1:9545", Finality: "latest", Kind: "evm"},
		{ChainID: 902, RPC: "http://127.0.0.1:9546"},
	}, cfg.Rollups)
	rc, err := cfg.Rollups[1].ReaderConfig()
	require.NoError(t, err)
	require.Equal(t, operator.DefaultFinality, rc.Finality)
	require.Equal(t, operator.DefaultKind, rc.Kind)
	require.NoError(t, rc.Check())
}

func TestExampleFileIsValid(t *testing.T) {
	cfg, err := operator.LoadConfig(filepath.Join("..", "operator.example.yaml"))
	require.NoError(t, err)
	require.NoError(t, cfg.Check())
}

func TestLoadConfigUnknownKey(t *testing.T) {
	_, err := operator.LoadConfig(writeFile(t, exampleYAML+"pol-interval: 1s\n"))
	require.ErrorContains(t, err, "pol-interval")

	_, err = operator.LoadConfig(writeFile(t, `
rollups:
  - chain-id: 901
    rcp: http://127.0.0.1:9545
`))
	require.ErrorContains(t, err, "rcp")
}

func TestLoadConfigBadFinality(t *testing.T) {
	cfg, err := operator.LoadConfig(writeFile(t, exampleYAML+`  - chain-id: 903
    rpc: http://127.0.0.1:9547
    finality: final
`))
	require.NoError(t, err)
	err = cfg.Check()
	require.ErrorContains(t, err, "rollups[2].finality")
	require.ErrorContains(t, err, `"final"`)
}

// runCLI parses args (and the environment) with operator.Flags and returns
// the resulting config.
func runCLI(t *testing.T, args ...string) (operator.Config, error) {
	t.Helper()
	var (
		cfg    operator.Config
		cfgErr error
	)
	app := &cli.App{
		Name:  "test",
		Flags: operator.Flags(),
		Action: func(c *cli.Context) error {
			cfg, cfgErr = operator.ConfigFromCLI(c)
			return nil
		},
	}
	require.NoError(t, app.Run(append([]string{"test"}, args...)))
	return cfg, cfgErr
}

func TestFlagsOverrideFile(t *testing.T) {
	path := writeFile(t, exampleYAML)
	cfg, err := runCLI(t, "--config", path)
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://127.0.0.1:8090"}, cfg.AggregatorURLs, "file value")

	cfg, err = runCLI(t, "--config", path, "--aggregator-url", "http://10.0.0.1:9000",
		"--poll-interval", "2s", "--round-timeout", "1m", "--data-dir", "/var/lib/rollcall",
		"--rollup", "10/safe/opstack=http://op-node:9545", "--rollup", "8453=https://base.example/key")
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://10.0.0.1:9000"}, cfg.AggregatorURLs)
	require.Equal(t, 2*time.Second, cfg.PollInterval)
	require.Equal(t, time.Minute, cfg.RoundTimeout)
	require.Equal(t, "/var/lib/rollcall", cfg.DataDir)
	require.Equal(t, "devnet.json", cfg.Deployment, "unset flag keeps the file's value")
	require.Equal(t, rollup.Specs{
		{ChainID: 10, RPC: "http://op-node:9545", Finality: "safe", Kind: "opstack"},
		{ChainID: 8453, RPC: "https://base.example/key"},
	}, cfg.Rollups, "--rollup replaces the file's list")
	require.NoError(t, cfg.Check())
}

func TestEnvOverridesFile(t *testing.T) {
	path := writeFile(t, exampleYAML)
	t.Setenv("ROLLCALL_OPERATOR_CONFIG", path)
	t.Setenv("ROLLCALL_OPERATOR_AGGREGATOR_URL", "http://env-aggregator:8090")
	t.Setenv("ROLLCALL_OPERATOR_POLL_INTERVAL", "3s")
	t.Setenv("ROLLCALL_OPERATOR_BLS_PASSWORD_FILE", "/run/secrets/bls")
	t.Setenv("ROLLCALL_OPERATOR_ROLLUP", "901/finalized=http://a:1,902=http://b:2")
	cfg, err := runCLI(t)
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://env-aggregator:8090"}, cfg.AggregatorURLs)
	require.Equal(t, 3*time.Second, cfg.PollInterval)
	require.Equal(t, "/run/secrets/bls", cfg.BLSPasswordFile)
	require.Equal(t, "keys/op1.bls.json", cfg.BLSKeystore, "file value where no env is set")
	require.Equal(t, rollup.Specs{
		{ChainID: 901, RPC: "http://a:1", Finality: "finalized"},
		{ChainID: 902, RPC: "http://b:2"},
	}, cfg.Rollups)

	// A flag wins over the environment.
	cfg, err = runCLI(t, "--aggregator-url", "http://flag:1")
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://flag:1"}, cfg.AggregatorURLs)
}

// TestSeveralAggregators: aggregator-url takes a list in YAML, a repeated
// flag and a comma-separated variable, each replacing the file's list; a
// bad entry is named by its index.
func TestSeveralAggregators(t *testing.T) {
	list := strings.Replace(exampleYAML, "aggregator-url: http://127.0.0.1:8090\n",
		"aggregator-url:\n  - http://127.0.0.1:8090\n  - https://replica.example/key\nround-every: 8\n", 1)
	require.NotEqual(t, exampleYAML, list)
	cfg, err := operator.LoadConfig(writeFile(t, list))
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://127.0.0.1:8090", "https://replica.example/key"}, cfg.AggregatorURLs)
	require.Equal(t, uint64(8), cfg.RoundEvery)
	require.NoError(t, cfg.Check())

	cfg, err = runCLI(t, "--config", writeFile(t, exampleYAML), "--aggregator-url", "http://a:1", "--aggregator-url", "http://b:2", "--round-every", "5")
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://a:1", "http://b:2"}, cfg.AggregatorURLs, "the flags replace the file's URL")
	require.Equal(t, uint64(5), cfg.RoundEvery)
	require.NoError(t, cfg.Check())

	t.Setenv("ROLLCALL_OPERATOR_AGGREGATOR_URL", "http://env-a:1,http://env-b:2,http://env-c:3")
	t.Setenv("ROLLCALL_OPERATOR_ROUND_EVERY", "12")
	cfg, err = runCLI(t, "--config", writeFile(t, list))
	require.NoError(t, err)
	require.Equal(t, operator.URLList{"http://env-a:1", "http://env-b:2", "http://env-c:3"}, cfg.AggregatorURLs)
	require.Equal(t, uint64(12), cfg.RoundEvery)

	bad := strings.Replace(list, "https://replica.example/key", "ftp://replica.example/SECRET", 1)
	cfg, err = operator.LoadConfig(writeFile(t, bad))
	require.NoError(t, err)
	err = cfg.Check()
	require.ErrorIs(t, err, operator.ErrInvalidConfig)
	require.ErrorContains(t, err, "aggregator-url[1] has scheme \"ftp\"")
	require.NotContains(t, err.Error(), "SECRET")

	_, err = operator.LoadConfig(writeFile(t, strings.Replace(list, "  - http://127.0.0.1:8090\n", "  - {url: http://127.0.0.1:8090}\n", 1)))
	require.ErrorContains(t, err, "aggregator-url", "a list of anything but URLs is named")
}

func TestParseRollupFlag(t *testing.T) {
	for _, bad := range []string{"", "901=", "x=http://a", "1/2/3/4=http://a", "=http://a"} {
		_, err := rollup.ParseSpecFlag(bad)
		require.Error(t, err, bad)
	}
	r, err := rollup.ParseSpecFlag("901=http://a:1/path?x=y")
	require.NoError(t, err)
	require.Equal(t, operator.RollupConfig{ChainID: 901, RPC: "http://a:1/path?x=y"}, r)
	// No URL: the deployment's URL for the chain (Specs.WithURLs).
	r, err = rollup.ParseSpecFlag("901/latest")
	require.NoError(t, err)
	require.Equal(t, operator.RollupConfig{ChainID: 901, Finality: "latest"}, r)
}

func TestRollupURLsFromDeployment(t *testing.T) {
	specs := rollup.Specs{{ChainID: 901}, {ChainID: 902, RPC: "http://own:1"}}
	require.NoError(t, specs.Check(), "an entry without rpc is valid: the deployment fills it in")
	got, err := specs.WithURLs(map[uint64]string{901: "http://dep:9545", 902: "http://dep:9546"})
	require.NoError(t, err)
	require.Equal(t, rollup.Specs{{ChainID: 901, RPC: "http://dep:9545"}, {ChainID: 902, RPC: "http://own:1"}}, got)
	require.Empty(t, specs[0].RPC, "WithURLs does not change its receiver")
	_, err = specs.WithURLs(map[uint64]string{902: "http://dep:9546"})
	require.ErrorContains(t, err, "rollups[0].rpc is not set and the deployment file lists no rollup 901")
	require.Equal(t, []uint64{903}, specs.Missing([]uint64{901, 903, 902, 903}))
	require.ErrorContains(t, rollup.Specs{}.Check(), "rollups must list at least one rollup", "an empty list never means all")
}

func TestNodeSettings(t *testing.T) {
	// Files and flags start from the default addresses; "" disables.
	cfg, err := operator.LoadConfig(writeFile(t, exampleYAML))
	require.NoError(t, err)
	require.Equal(t, operator.DefaultNodeAPI, cfg.NodeAPI)
	require.Equal(t, operator.DefaultMetrics, cfg.Metrics)
	cfg, err = operator.LoadConfig(writeFile(t, exampleYAML+"node-api: \"\"\nmetrics: 0.0.0.0:7300\n"))
	require.NoError(t, err)
	require.Empty(t, cfg.NodeAPI)
	require.Equal(t, "0.0.0.0:7300", cfg.Metrics)
	require.NoError(t, cfg.Check())

	cfg, err = runCLI(t, "--config", writeFile(t, exampleYAML), "--node-api", "0.0.0.0:9999", "--metrics", "")
	require.NoError(t, err)
	require.Equal(t, "0.0.0.0:9999", cfg.NodeAPI)
	require.Empty(t, cfg.Metrics)
	t.Setenv("ROLLCALL_OPERATOR_NODE_API", "127.0.0.1:1234")
	t.Setenv("ROLLCALL_OPERATOR_METRICS", "127.0.0.1:1235")
	cfg, err = runCLI(t, "--config", writeFile(t, exampleYAML))
	require.NoError(t, err)
	require.Equal(t, "127.0.0.1:1234", cfg.NodeAPI)
	require.Equal(t, "127.0.0.1:1235", cfg.Metrics)

	for _, c := range []struct {
		name, key string
		change    func(*operator.Config)
	}{
		{"node-api without port", "node-api", func(c *operator.Config) { c.NodeAPI = "127.0.0.1" }},
		{"node-api bad port", "node-api", func(c *operator.Config) { c.NodeAPI = "127.0.0.1:http" }},
		{"metrics out of range", "metrics", func(c *operator.Config) { c.Metrics = "127.0.0.1:70000" }},
		{"same address", "metrics", func(c *operator.Config) { c.NodeAPI, c.Metrics = "127.0.0.1:9010", "127.0.0.1:9010" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := validConfig()
			c.change(&cfg)
			err := cfg.Check()
			require.ErrorIs(t, err, operator.ErrInvalidConfig)
			require.ErrorContains(t, err, c.key)
		})
	}
	cfg = validConfig()
	cfg.NodeAPI, cfg.Metrics = "127.0.0.1:0", "127.0.0.1:0"
	require.NoError(t, cfg.Check(), "two system-chosen ports do not collide")
}
