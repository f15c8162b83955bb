package aggregator

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/rollup"
)

// EnvScope scopes the aggregator's environment variables:
// ROLLCALL_AGGREGATOR_<FLAG>.
const EnvScope = "aggregator"

// PasswordEnv holds the aggregator keystore's password when no
// --password-file is given.
const PasswordEnv = "ROLLCALL_AGGREGATOR_PASSWORD"

// Flag names: --config and one per key of aggregator.yaml.
const (
	FlagConfig        = "config"
	FlagDeployment    = "deployment"
	FlagL1RPC         = "l1-rpc"
	FlagKeystore      = "keystore"
	FlagPasswordFile  = "password-file"
	FlagListen        = "listen"
	FlagDataDir       = "data-dir"
	FlagRoundInterval = "round-interval"
	FlagLateWindow    = "late-window"
	FlagReceiptPoll   = "receipt-poll"
	FlagBatchVerify   = "batch-verify"
	FlagRollup        = "rollup"
	FlagMetrics       = "metrics"

	FlagTableStakeChange = "table-stake-change"
	FlagMaxTableAge      = "max-table-age"
	FlagL1Every          = "l1-every"

	FlagRoundEvery     = "round-every"
	FlagReplicaIndex   = "replica-index"
	FlagReplicaCount   = "replica-count"
	FlagReplicaStagger = "replica-stagger"
)

// DefaultDeployment is the deployment file when neither the config nor a
// flag names one: the one `rollcall devnet` writes.
const DefaultDeployment = "devnet.json"

// Flags are the aggregator daemon's flags, each with its variable
// ROLLCALL_AGGREGATOR_<FLAG>. None has a Value: an unset flag leaves the
// file's setting (or the default, shown in the help) alone.
func Flags() []cli.Flag {
	env := func(flag string) []string { return cliutil.ScopedEnvVar(EnvScope, flag) }
	return []cli.Flag{
		&cli.StringFlag{Name: FlagConfig, Usage: "YAML config file (every key can also be set by its flag)", EnvVars: env(FlagConfig)},
		&cli.StringFlag{Name: FlagDeployment, Usage: "deployment file (written by `rollcall devnet`)", DefaultText: DefaultDeployment, EnvVars: env(FlagDeployment)},
		&cli.StringFlag{Name: FlagL1RPC, Usage: "L1 JSON-RPC URL", DefaultText: "the deployment's l1.rpcUrl", EnvVars: env(FlagL1RPC)},
		&cli.StringFlag{Name: FlagKeystore, Usage: "v3 keystore of the ECDSA key that pays for attestations", EnvVars: env(FlagKeystore)},
		&cli.StringFlag{Name: FlagPasswordFile, Usage: "file holding the keystore password", DefaultText: "env " + PasswordEnv, EnvVars: env(FlagPasswordFile)},
		&cli.StringFlag{Name: FlagListen, Usage: "JSON-RPC listen address", DefaultText: DefaultListenAddr, EnvVars: env(FlagListen)},
		&cli.StringFlag{Name: FlagDataDir, Usage: "directory of the aggregator's database", EnvVars: env(FlagDataDir)},
		&cli.DurationFlag{Name: FlagRoundInterval, Usage: "time between rounds", DefaultText: DefaultRoundInterval.String(), EnvVars: env(FlagRoundInterval)},
		&cli.DurationFlag{Name: FlagLateWindow, Usage: "wait for late signers after quorum (0: none)", DefaultText: DefaultLateWindow.String(), EnvVars: env(FlagLateWindow)},
		&cli.DurationFlag{Name: FlagReceiptPoll, Usage: "receipt polling interval", DefaultText: DefaultReceiptPoll.String(), EnvVars: env(FlagReceiptPoll)},
		&cli.BoolFlag{Name: FlagBatchVerify, Usage: "verify signatures that arrive together as one batch", DefaultText: "true", EnvVars: env(FlagBatchVerify)},
		&cli.StringSliceFlag{Name: FlagRollup, Usage: "rollup to attest, CHAINID[/FINALITY[/KIND]]=RPCURL (repeatable; replaces the file's list)", EnvVars: env(FlagRollup)},
		&cli.StringFlag{Name: FlagMetrics, Usage: "Prometheus metrics address (/metrics); empty disables them", DefaultText: DefaultMetricsAddr, EnvVars: env(FlagMetrics)},
		&cli.Float64Flag{Name: FlagTableStakeChange, Usage: "ask for a new operator table when a quorum's or an operator's stake moved by more than this fraction", DefaultText: fmt.Sprint(DefaultTableStakeChange), EnvVars: env(FlagTableStakeChange)},
		&cli.DurationFlag{Name: FlagMaxTableAge, Usage: "ask for a new operator table at least this often (L1 time)", DefaultText: DefaultMaxTableAge.String(), EnvVars: env(FlagMaxTableAge)},
		&cli.Uint64Flag{Name: FlagRoundEvery, Usage: "schedule rounds: round r has reference block r×N and opens once L1 passes it (0: a round every round-interval)", DefaultText: "0", EnvVars: env(FlagRoundEvery)},
		&cli.Uint64Flag{Name: FlagReplicaIndex, Usage: "this replica's index among replica-count aggregators (from 0)", DefaultText: "0", EnvVars: env(FlagReplicaIndex)},
		&cli.Uint64Flag{Name: FlagReplicaCount, Usage: "aggregator replicas serving the same AVS (more than 1 needs round-every)", DefaultText: fmt.Sprint(DefaultReplicaCount), EnvVars: env(FlagReplicaCount)},
		&cli.DurationFlag{Name: FlagReplicaStagger, Usage: "a replica of rank k waits k times this after a round is due before it sends", DefaultText: DefaultReplicaStagger.String(), EnvVars: env(FlagReplicaStagger)},
		&cli.IntFlag{Name: FlagL1Every, Usage: "post every Nth round that reaches quorum to L1 (the others are certified for rollups only)", DefaultText: fmt.Sprint(DefaultL1Every), EnvVars: env(FlagL1Every)},
	}
}

// ConfigFromCLI reads --config (when given) over the defaults, then
// applies every flag or environment variable that is set. It does not
// Check (New does).
func ConfigFromCLI(c *cli.Context) (Config, error) {
	cfg := fileDefaults()
	if path := c.String(FlagConfig); path != "" {
		var err error
		if cfg, err = LoadConfig(path); err != nil {
			return Config{}, err
		}
	}
	for name, p := range map[string]*string{
		FlagDeployment:   &cfg.Deployment,
		FlagL1RPC:        &cfg.L1RPC,
		FlagKeystore:     &cfg.Keystore,
		FlagPasswordFile: &cfg.PasswordFile,
		FlagListen:       &cfg.ListenAddr,
		FlagDataDir:      &cfg.DataDir,
		FlagMetrics:      &cfg.Metrics,
	} {
		if c.IsSet(name) {
			*p = c.String(name)
		}
	}
	for name, p := range map[string]*time.Duration{
		FlagRoundInterval:  &cfg.RoundInterval,
		FlagLateWindow:     &cfg.LateWindow,
		FlagReceiptPoll:    &cfg.ReceiptPoll,
		FlagMaxTableAge:    &cfg.MaxTableAge,
		FlagReplicaStagger: &cfg.ReplicaStagger,
	} {
		if c.IsSet(name) {
			*p = c.Duration(name)
		}
	}
	if c.IsSet(FlagTableStakeChange) {
		cfg.TableStakeChange = c.Float64(FlagTableStakeChange)
	}
	for name, p := range map[string]*uint64{
		FlagRoundEvery:   &cfg.RoundEvery,
		FlagReplicaIndex: &cfg.ReplicaIndex,
		FlagReplicaCount: &cfg.ReplicaCount,
	} {
		if c.IsSet(name) {
			*p = c.Uint64(name)
		}
	}
	if c.IsSet(FlagL1Every) {
		cfg.L1Every = c.Int(FlagL1Every)
	}
	if c.IsSet(FlagBatchVerify) {
		cfg.BatchVerify = c.Bool(FlagBatchVerify)
	}
	if cfg.Deployment == "" {
		cfg.Deployment = DefaultDeployment
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
