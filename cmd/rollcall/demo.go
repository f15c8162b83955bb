package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/demo"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

const (
	flagCheckpoints   = "checkpoints"
	flagRoundInterval = "round-interval"
)

func demoCommand() *cli.Command {
	d := demo.DefaultOptions()
	return &cli.Command{
		Name:  "demo",
		Usage: "run everything in one process until checkpoints are attested, then check them",
		Description: `Starts a devnet (L1 with EigenLayer and rollcall, plus rollups), registers the operators
through EigenLayer, runs the aggregator and the operators, and waits until --checkpoints rounds
are attested on L1. Prints a table of the rounds, then reads every attested claim back from the
registry and checks it against the rollup's own block: a mismatch exits non-zero. The relay runs
too (every rollup's verifier is bootstrapped after registration): at the end, the BalanceMirror
example on the second rollup verifies a token holder's balance on the first through a checkpoint
the relay delivered to it, and prints the value, the round and the L2 gas (a failure exits
non-zero).

The aggregator's live dashboard is served at http://ADDRESS/dashboard/ (printed at start-up);
--keep-running leaves everything up after the checks so it can be watched.

Example:
   rollcall demo --operators 4 --rollups 3 --checkpoints 3
   rollcall demo --keep-running --aggregator-listen 127.0.0.1:8090   # then open http://127.0.0.1:8090/dashboard/`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: flagOperators, Value: d.Operators, Usage: "operators to register and run", EnvVars: cliutil.ScopedEnvVar("demo", flagOperators)},
			&cli.IntFlag{Name: flagRollups, Value: d.Rollups, Usage: "rollup chains to attest", EnvVars: cliutil.ScopedEnvVar("demo", flagRollups)},
			&cli.IntFlag{Name: flagCheckpoints, Value: d.Checkpoints, Usage: "checkpoints to wait for", EnvVars: cliutil.ScopedEnvVar("demo", flagCheckpoints)},
			&cli.DurationFlag{Name: flagRoundInterval, Value: d.RoundInterval, Usage: "time between rounds", EnvVars: cliutil.ScopedEnvVar("demo", flagRoundInterval)},
			&cli.DurationFlag{Name: "timeout", Value: d.Timeout, Usage: "give up after this long", EnvVars: cliutil.ScopedEnvVar("demo", "timeout")},
			&cli.StringFlag{Name: "aggregator-listen", Value: d.AggregatorListen, Usage: "aggregator JSON-RPC and dashboard address (port 0: any free port)", EnvVars: cliutil.ScopedEnvVar("demo", "aggregator-listen")},
			&cli.BoolFlag{Name: "keep-running", Usage: "after the checks, keep everything running until Ctrl-C (to watch the dashboard)", EnvVars: cliutil.ScopedEnvVar("demo", "keep-running")},
		},
		Action: func(c *cli.Context) error {
			opts := demo.DefaultOptions()
			opts.Operators = c.Int(flagOperators)
			opts.Rollups = c.Int(flagRollups)
			opts.Checkpoints = c.Int(flagCheckpoints)
			opts.RoundInterval = c.Duration(flagRoundInterval)
			opts.Timeout = c.Duration("timeout")
			opts.AggregatorListen = c.String("aggregator-listen")
			opts.KeepRunning = c.Bool("keep-running")
			fmt.Fprintf(c.App.Writer, "rollcall demo: %d operators, %d rollups, %d checkpoints\n", opts.Operators, opts.Rollups, opts.Checkpoints)
			log := cliutil.Logger(c)
			if !c.IsSet("log.level") {
				// The demo prints its own progress; logs only for trouble.
				log = log.WithOptions(zap.IncreaseLevel(zap.WarnLevel))
			}
			res, err := demo.Run(c.Context, opts, c.App.Writer, log)
			if res != nil && len(res.Rows) > 0 {
				fmt.Fprintln(c.App.Writer)
				demo.PrintTable(c.App.Writer, res)
				fmt.Fprintln(c.App.Writer)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "all %d attested claims match the rollups' blocks\n", res.Verified)
			if p := res.Peer; p != nil {
				demo.PrintPeer(c.App.Writer, p)
			}
			return nil
		},
	}
}
