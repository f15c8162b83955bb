package watch

import (
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Flag names: the YAML keys of Config, plus --config.
const (
	FlagConfig            = "config"
	FlagDeployment        = "deployment"
	FlagL1RPC             = "l1-rpc"
	FlagAggregatorURL     = "aggregator-url"
	FlagFromBlock         = "from-block"
	FlagRollup            = "rollup"
	FlagECDSAKeystore     = "ecdsa-keystore"
	FlagECDSAPasswordFile = "ecdsa-password-file"
	FlagReceiptPoll       = "receipt-poll"
	FlagNodeAPI           = "node-api"
	FlagMetrics           = "metrics"
	FlagDataDir           = "data-dir"
	FlagPollInterval      = "poll-interval"
)

// Flags are the watcher's flags, each with ROLLCALL_WATCH_<NAME>; a flag
// or variable that is set wins over the config file. None has a Value, so
// an unset flag leaves the file's setting alone.
func Flags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: FlagConfig, Usage: "YAML config file (see watch.example.yaml; every key can also be set by its flag)", EnvVars: env(FlagConfig)},
		&cli.StringFlag{Name: FlagDeployment, Usage: "deployment file", EnvVars: env(FlagDeployment)},
		&cli.StringFlag{Name: FlagL1RPC, Usage: "L1 JSON-RPC endpoint", DefaultText: "the deployment's l1.rpcUrl", EnvVars: env(FlagL1RPC)},
		&cli.StringFlag{Name: FlagAggregatorURL, Usage: "aggregator JSON-RPC endpoint whose accepted signatures are compared (optional)", EnvVars: env(FlagAggregatorURL)},
		&cli.Uint64Flag{Name: FlagFromBlock, Usage: "first L1 block searched", DefaultText: "the deployment's deployedAtBlock", EnvVars: env(FlagFromBlock)},
		&cli.StringSliceFlag{Name: FlagRollup, Usage: "the watcher's own rollup node, CHAINID[/FINALITY[/KIND]]=URL (repeatable; replaces the file's list)", EnvVars: env(FlagRollup)},
		&cli.StringFlag{Name: FlagECDSAKeystore, Usage: "funded ECDSA key (v3 keystore) that submits evidence; without it faults are only reported", EnvVars: env(FlagECDSAKeystore)},
		&cli.StringFlag{Name: FlagECDSAPasswordFile, Usage: "file holding the ECDSA keystore password", DefaultText: "env " + ECDSAPasswordEnv, EnvVars: env(FlagECDSAPasswordFile)},
		&cli.DurationFlag{Name: FlagReceiptPoll, Usage: "how often receipts are polled", EnvVars: env(FlagReceiptPoll)},
		&cli.StringFlag{Name: FlagNodeAPI, Usage: "node API address (/eigen/node/health); empty disables it", DefaultText: DefaultNodeAPI, EnvVars: env(FlagNodeAPI)},
		&cli.StringFlag{Name: FlagMetrics, Usage: "Prometheus metrics address (/metrics); empty disables them", DefaultText: DefaultMetrics, EnvVars: env(FlagMetrics)},
		&cli.StringFlag{Name: FlagDataDir, Usage: "directory of the record of submitted evidence", DefaultText: DefaultDataDir, EnvVars: env(FlagDataDir)},
		&cli.DurationFlag{Name: FlagPollInterval, Usage: "how often L1 and the aggregator are read", DefaultText: DefaultPollInterval.String(), EnvVars: env(FlagPollInterval)},
	}
}

// ConfigFromCLI reads --config (when given) over the defaults, then
// applies every flag or variable that is set. It does not Check.
func ConfigFromCLI(c *cli.Context) (Config, error) {
	cfg := DefaultConfig()
	if path := c.String(FlagConfig); path != "" {
		var err error
		if cfg, err = LoadConfig(path); err != nil {
			return Config{}, err
		}
	}
	for name, p := range map[string]*string{
		FlagDeployment: &cfg.Sources.Deployment, FlagL1RPC: &cfg.Sources.L1RPC, FlagAggregatorURL: &cfg.Sources.AggregatorURL,
		FlagECDSAKeystore: &cfg.Submitter.ECDSAKeystore, FlagECDSAPasswordFile: &cfg.Submitter.ECDSAPasswordFile,
		FlagNodeAPI: &cfg.Servers.NodeAPI, FlagMetrics: &cfg.Servers.Metrics, FlagDataDir: &cfg.DataDir,
	} {
		if c.IsSet(name) {
			*p = c.String(name)
		}
	}
	if c.IsSet(FlagFromBlock) {
		cfg.Sources.FromBlock = c.Uint64(FlagFromBlock)
	}
	if c.IsSet(FlagReceiptPoll) {
		cfg.Submitter.ReceiptPoll = c.Duration(FlagReceiptPoll)
	}
	if c.IsSet(FlagPollInterval) {
		cfg.PollInterval = c.Duration(FlagPollInterval)
	}
	if c.IsSet(FlagRollup) {
		specs, err := rollup.ParseSpecFlags(c.StringSlice(FlagRollup))
		if err != nil {
			return Config{}, err
		}
		cfg.Rollups = specs
	}
	return cfg, nil
}

func env(flag string) []string { return cliutil.ScopedEnvVar(EnvScope, flag) }
