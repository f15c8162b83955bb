package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/keystore"
)

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

The keystore password comes from --password-file or $` + aggregator.PasswordEnv + `.
Settings come from --config (YAML, see aggregator.example.yaml); flags and their
ROLLCALL_AGGREGATOR_* variables override the file.

Example:
   rollcall aggregator run --config aggregator.yaml
   rollcall aggregator run --deployment devnet.json --keystore agg.json --password-file pw \
       --data-dir ./agg --rollup 901=http://127.0.0.1:9545 --rollup 902=http://127.0.0.1:9546`,
			Flags:  aggregator.Flags(),
			Action: runAggregator,
		}},
	}
}

func runAggregator(c *cli.Context) error {
	cfg, err := aggregator.ConfigFromCLI(c)
	if err != nil {
		return err
	}
	if err := cfg.CheckInputs(); err != nil {
		return err
	}
	dep, err := deploy.Load(cfg.Deployment)
	if err != nil {
		return err
	}
	if cfg.Keystore == "" {
		return fmt.Errorf("keystore: the aggregator's ECDSA keystore is required (--%s)", aggregator.FlagKeystore)
	}
	password, err := keystore.PasswordSource{File: cfg.PasswordFile, Env: aggregator.PasswordEnv}.Read()
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
