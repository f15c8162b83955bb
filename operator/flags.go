package operator

import (
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Flag names: the YAML keys of Config, plus --config and the repeatable
// --rollup.
const (
	FlagConfig          = "config"
	FlagDeployment      = "deployment"
	FlagL1RPC           = "l1-rpc"
	FlagBLSKeystore     = "bls-keystore"
	FlagBLSPasswordFile = "bls-password-file"
	FlagAggregatorURL   = "aggregator-url"
	FlagDataDir         = "data-dir"
	FlagPollInterval    = "poll-interval"
	FlagRoundTimeout    = "round-timeout"
	FlagRoundEvery      = "round-every"
	FlagRollup          = "rollup"
	// FlagAllowEmptySigningRecord overrides the refusal to start on an
	// empty signing record for a key that signed before.
	FlagAllowEmptySigningRecord = "allow-empty-signing-record"
)

// Flags are the operator daemon's flags. Each has the environment variable
// ROLLCALL_OPERATOR_<NAME>; a flag or variable that is set wins over the
// config file.
// None has a Value: an unset flag leaves the file's setting (or the
// default, shown in the help) alone.
func Flags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: FlagConfig, Usage: "YAML config file (every key can also be set by its flag)", EnvVars: env(FlagConfig)},
		&cli.StringFlag{Name: FlagDeployment, Usage: "deployment file (L1 chain id, registry, registry coordinator)", EnvVars: env(FlagDeployment)},
		&cli.StringFlag{Name: FlagL1RPC, Usage: "L1 JSON-RPC endpoint", DefaultText: "the deployment's l1.rpcUrl", EnvVars: env(FlagL1RPC)},
		&cli.StringFlag{Name: FlagBLSKeystore, Usage: "encrypted BLS key of the operator", EnvVars: env(FlagBLSKeystore)},
		&cli.StringFlag{Name: FlagBLSPasswordFile, Usage: "file holding the BLS keystore password", DefaultText: "env " + BLSPasswordEnv, EnvVars: env(FlagBLSPasswordFile)},
		&cli.StringSliceFlag{Name: FlagAggregatorURL, Usage: "aggregator JSON-RPC endpoint (http or https); repeat it (env: comma-separated) to sign for several aggregator replicas, each followed on its own (replaces the file's list)", EnvVars: env(FlagAggregatorURL)},
		&cli.StringFlag{Name: FlagDataDir, Usage: "directory of the signing record (slashing protection)", DefaultText: DefaultDataDir, EnvVars: env(FlagDataDir)},
		&cli.DurationFlag{Name: FlagPollInterval, Usage: "how often the aggregator is asked for its open round", DefaultText: DefaultPollInterval.String(), EnvVars: env(FlagPollInterval)},
		&cli.DurationFlag{Name: FlagRoundTimeout, Usage: "how long one round is worked on (waiting for rollup heights, retrying the submission)", DefaultText: DefaultRoundTimeout.String(), EnvVars: env(FlagRoundTimeout)},
		&cli.Uint64Flag{Name: FlagRoundEvery, Usage: "L1 blocks per round of the AVS's schedule: sign only scheduled rounds with that spacing (0: any round; a scheduled one is checked against its own)", DefaultText: "0", EnvVars: env(FlagRoundEvery)},
		&cli.StringSliceFlag{Name: FlagRollup, Usage: "rollup to follow, CHAINID[/FINALITY[/KIND]]=URL (repeatable; replaces the file's list)", EnvVars: env(FlagRollup)},
		&cli.BoolFlag{Name: FlagAllowEmptySigningRecord, Usage: "start even though the signing record is empty and the aggregator holds signatures of this key (import the old record instead: signing-record import)", EnvVars: env(FlagAllowEmptySigningRecord)},
		// node API and metrics settings
		&cli.StringFlag{Name: FlagNodeAPI, Usage: "EigenLayer node API address (/eigen/node/...); empty disables it", DefaultText: DefaultNodeAPI, EnvVars: env(FlagNodeAPI)},
		&cli.StringFlag{Name: FlagMetrics, Usage: "Prometheus metrics address (/metrics); empty disables them", DefaultText: DefaultMetrics, EnvVars: env(FlagMetrics)},
	}
}

// ConfigFromCLI reads --config (when given) over the defaults, then applies
// every flag or environment variable that is set. It does not Check.
func ConfigFromCLI(c *cli.Context) (Config, error) {
	cfg := withServerDefaults(DefaultConfig())
	if path := c.String(FlagConfig); path != "" {
		var err error
		if cfg, err = LoadConfig(path); err != nil {
			return Config{}, err
		}
	}
	strs := map[string]*string{
		FlagDeployment:      &cfg.Deployment,
		FlagL1RPC:           &cfg.L1RPC,
		FlagBLSKeystore:     &cfg.BLSKeystore,
		FlagBLSPasswordFile: &cfg.BLSPasswordFile,
		FlagDataDir:         &cfg.DataDir,
		FlagNodeAPI:         &cfg.NodeAPI,
		FlagMetrics:         &cfg.Metrics,
	}
	for name, p := range strs {
		if c.IsSet(name) {
			*p = c.String(name)
		}
	}
	if c.IsSet(FlagPollInterval) {
		cfg.PollInterval = c.Duration(FlagPollInterval)
	}
	if c.IsSet(FlagRoundTimeout) {
		cfg.RoundTimeout = c.Duration(FlagRoundTimeout)
	}
	if c.IsSet(FlagAggregatorURL) {
		cfg.AggregatorURLs = URLList(c.StringSlice(FlagAggregatorURL))
	}
	if c.IsSet(FlagRoundEvery) {
		cfg.RoundEvery = c.Uint64(FlagRoundEvery)
	}
	if c.IsSet(FlagAllowEmptySigningRecord) {
		cfg.AllowEmptySigningRecord = c.Bool(FlagAllowEmptySigningRecord)
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

// ---- lifecycle settings (register, deregister, update-socket, status) ----

// Flag names of the lifecycle settings (the YAML keys).
const (
	FlagECDSAKeystore     = "ecdsa-keystore"
	FlagECDSAPasswordFile = "ecdsa-password-file"
	FlagSocket            = "socket"
	FlagMetadataURL       = "metadata-url"
)

// LifecycleFlags are the flags of the settings only `operator register`,
// `deregister`, `update-socket` and `status` use, each with its
// ROLLCALL_OPERATOR_<NAME> environment variable.
func LifecycleFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: FlagECDSAKeystore, Usage: "encrypted ECDSA key of the operator (v3 keystore): the EigenLayer operator address, pays for gas", EnvVars: env(FlagECDSAKeystore)},
		&cli.StringFlag{Name: FlagECDSAPasswordFile, Usage: "file holding the ECDSA keystore password", DefaultText: "env " + ECDSAPasswordEnv, EnvVars: env(FlagECDSAPasswordFile)},
		&cli.StringFlag{Name: FlagSocket, Usage: "URL the aggregator can reach this operator at (stored on chain)", EnvVars: env(FlagSocket)},
		&cli.StringFlag{Name: FlagMetadataURL, Usage: "operator metadata URL registered with EigenLayer", EnvVars: env(FlagMetadataURL)},
	}
}

// LifecycleConfigFromCLI is ConfigFromCLI plus the lifecycle flags that are
// set. It does not check.
func LifecycleConfigFromCLI(c *cli.Context) (Config, error) {
	cfg, err := ConfigFromCLI(c)
	if err != nil {
		return Config{}, err
	}
	for name, p := range map[string]*string{
		FlagECDSAKeystore:     &cfg.ECDSAKeystore,
		FlagECDSAPasswordFile: &cfg.ECDSAPasswordFile,
		FlagSocket:            &cfg.Socket,
		FlagMetadataURL:       &cfg.MetadataURL,
	} {
		if c.IsSet(name) {
			*p = c.String(name)
		}
	}
	return cfg, nil
}

// ---- end of lifecycle settings ----

// ---- node API and metrics settings ----

// Flag names of the node API and metrics settings (the YAML keys).
const (
	FlagNodeAPI = "node-api"
	FlagMetrics = "metrics"
)

// ---- end of node API and metrics settings ----

// env names the variable of an operator flag.
func env(flag string) []string { return cliutil.ScopedEnvVar(EnvScope, flag) }
