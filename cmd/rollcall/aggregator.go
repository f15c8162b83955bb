package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Aggregator flags: one per key of aggregator.yaml.
const (
	flagConfig        = "config"
	flagKeystore      = "keystore"
	flagPasswordFile  = "password-file"
	flagListen        = "listen"
	flagDataDir       = "data-dir"
	flagRoundInterval = "round-interval"
	flagLateWindow    = "late-window"
	flagReceiptPoll   = "receipt-poll"
	flagBatchVerify   = "batch-verify"
	flagRollup        = "rollup"
	flagMetrics       = "metrics"
)

// envAggregatorPassword holds the aggregator keystore's password when no
// --password-file is given.
const envAggregatorPassword = "ROLLCALL_AGGREGATOR_PASSWORD"

func aggregatorCommand() *cli.Command {
	return &cli.Command{
		Name:  "aggregator",
		Usage: "collect operators' signatures and post quorum attestations to L1",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "run the aggregator until interrupted",
			Description: `Opens a checkpoint round every --round-interval over the rollups it tracks, serves
JSON-RPC to operators (127.0.0.1:8090 by default), verifies and counts their signatures, and
submits the aggregate to the RollcallRegistry once the registry's stake threshold is met.
Rounds and signatures are kept in --data-dir: a restart resumes open rounds.

The keystore password comes from --password-file or $` + envAggregatorPassword + `.
Settings come from --config (YAML, see aggregator.example.yaml); flags and ROLLCALL_* variables
override the file.

Example:
   rollcall aggregator run --config aggregator.yaml
   rollcall aggregator run --deployment devnet.json --keystore agg.json --password-file pw \
       --data-dir ./agg --rollup 901=http://127.0.0.1:9545 --rollup 902=http://127.0.0.1:9546`,
			Flags: append(deploymentFlags(),
				&cli.StringFlag{Name: flagConfig, Usage: "YAML config file", EnvVars: cliutil.EnvVar("aggregator-" + flagConfig)},
				&cli.StringFlag{Name: flagKeystore, Usage: "v3 keystore of the ECDSA key that pays for attestations", EnvVars: cliutil.EnvVar("aggregator-" + flagKeystore)},
				&cli.StringFlag{Name: flagPasswordFile, Usage: "file holding the keystore password", EnvVars: cliutil.EnvVar("aggregator-" + flagPasswordFile)},
				&cli.StringFlag{Name: flagListen, Usage: "JSON-RPC listen address", DefaultText: aggregator.DefaultListenAddr, EnvVars: cliutil.EnvVar("aggregator-" + flagListen)},
				&cli.StringFlag{Name: flagDataDir, Usage: "directory of the aggregator's database", EnvVars: cliutil.EnvVar("aggregator-" + flagDataDir)},
				&cli.DurationFlag{Name: flagRoundInterval, Usage: "time between rounds", DefaultText: aggregator.DefaultRoundInterval.String(), EnvVars: cliutil.EnvVar(flagRoundInterval)},
				&cli.DurationFlag{Name: flagLateWindow, Usage: "wait for late signers after quorum (0: the default)", DefaultText: aggregator.DefaultLateWindow.String(), EnvVars: cliutil.EnvVar(flagLateWindow)},
				&cli.DurationFlag{Name: flagReceiptPoll, Usage: "receipt polling interval", DefaultText: aggregator.DefaultReceiptPoll.String(), EnvVars: cliutil.EnvVar(flagReceiptPoll)},
				&cli.BoolFlag{Name: flagBatchVerify, Value: true, Usage: "verify signatures that arrive together as one batch", EnvVars: cliutil.EnvVar(flagBatchVerify)},
				&cli.StringSliceFlag{Name: flagRollup, Usage: "rollup to attest, CHAINID[/FINALITY[/KIND]]=RPCURL (repeatable; replaces the file's list)", EnvVars: cliutil.EnvVar("aggregator-" + flagRollup)},
				&cli.StringFlag{Name: flagMetrics, Usage: "Prometheus metrics address (/metrics); empty disables them", DefaultText: aggregator.DefaultMetricsAddr, EnvVars: cliutil.EnvVar("aggregator-" + flagMetrics)},
			),
			Action: runAggregator,
		}},
	}
}

// aggregatorConfig merges the YAML file with flags and environment.
func aggregatorConfig(c *cli.Context) (aggregator.Config, error) {
	cfg := aggregator.Config{Metrics: aggregator.DefaultMetricsAddr} // the file or --metrics "" turns them off
	if path := c.String(flagConfig); path != "" {
		if err := config.LoadYAML(path, &cfg); err != nil {
			return cfg, err
		}
	}
	setString := func(flag string, dst *string) {
		if c.IsSet(flag) {
			*dst = c.String(flag)
		}
	}
	setDuration := func(flag string, dst *time.Duration) {
		if c.IsSet(flag) {
			*dst = c.Duration(flag)
		}
	}
	setString(flagDeployment, &cfg.Deployment)
	setString(flagL1RPC, &cfg.L1RPC)
	setString(flagKeystore, &cfg.Keystore)
	setString(flagPasswordFile, &cfg.PasswordFile)
	setString(flagListen, &cfg.ListenAddr)
	setString(flagDataDir, &cfg.DataDir)
	setString(flagMetrics, &cfg.Metrics)
	setDuration(flagRoundInterval, &cfg.RoundInterval)
	setDuration(flagLateWindow, &cfg.LateWindow)
	setDuration(flagReceiptPoll, &cfg.ReceiptPoll)
	if c.IsSet(flagBatchVerify) {
		v := c.Bool(flagBatchVerify)
		cfg.BatchVerify = &v
	}
	if cfg.Deployment == "" {
		cfg.Deployment = c.String(flagDeployment) // the flag's default
	}
	if c.IsSet(flagRollup) {
		cfg.Rollups = nil
		for _, spec := range c.StringSlice(flagRollup) {
			r, err := rollup.ParseSpecFlag(spec)
			if err != nil {
				return cfg, err
			}
			cfg.Rollups = append(cfg.Rollups, r)
		}
	}
	cfg = cfg.WithDefaults()
	return cfg, cfg.Check()
}

func runAggregator(c *cli.Context) error {
	cfg, err := aggregatorConfig(c)
	if err != nil {
		return err
	}
	dep, err := deploy.Load(cfg.Deployment)
	if err != nil {
		return err
	}
	if cfg.Keystore == "" {
		return fmt.Errorf("keystore: the aggregator's ECDSA keystore is required (--%s)", flagKeystore)
	}
	password, err := keystore.PasswordSource{File: cfg.PasswordFile, Env: envAggregatorPassword}.Read()
	if err != nil {
		return fmt.Errorf("aggregator keystore password: %w", err)
	}
	key, err := keystore.LoadECDSA(cfg.Keystore, password)
	if err != nil {
		return err
	}
	svc, err := aggregator.New(cfg, dep, key, cliutil.Logger(c))
	if err != nil {
		return err
	}
	return lifecycle.Run(c.Context, svc, aggregatorStopTimeout, func() {
		fmt.Fprintf(c.App.ErrWriter, "aggregator listening on http://%s (Ctrl-C to stop)\n", svc.Addr())
	})
}

// aggregatorStopTimeout bounds a clean shutdown of the aggregator.
const aggregatorStopTimeout = 10 * time.Second
