package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/bench"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

const (
	flagWarmup      = "warmup"
	flagConcurrency = "concurrency"
	flagInProcess   = "in-process"
	flagBlockTime   = "block-interval"
	flagCPUProfile  = "cpu-profile"
)

func benchCommand() *cli.Command {
	d := bench.DefaultOptions()
	env := func(flag string) []string { return cliutil.ScopedEnvVar("bench", flag) }
	return &cli.Command{
		Name:  "bench",
		Usage: "measure the aggregator under a full operator set: signatures/s, open → quorum → L1, memory",
		Description: `Starts a devnet, registers --operators operators through EigenLayer (real BLS keys on L1),
runs the real aggregator as a child process (` + "`rollcall aggregator run`" + `, so that its memory is its
own; --in-process runs it inside this process instead) and plays every operator from this one process:
for each round it reads the claims from the rollups, signs with every operator's key and submits each
signature in its own JSON-RPC call over loopback. Prints, per round and over the measured rounds, the
signatures accepted per second (signatures are fsync'd before they are accepted), the time from the
round's opening to quorum and to the attestation's inclusion on L1, and the aggregator's resident memory.

Example:
   rollcall bench --operators 1000 --rollups 32 --rounds 10`,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: flagOperators, Value: d.Operators, Usage: "operators to register and play", EnvVars: env(flagOperators)},
			&cli.IntFlag{Name: flagRollups, Value: d.Rollups, Usage: "rollup chains per checkpoint", EnvVars: env(flagRollups)},
			&cli.IntFlag{Name: flagRounds, Value: d.Rounds, Usage: "rounds to measure", EnvVars: env(flagRounds)},
			&cli.IntFlag{Name: flagWarmup, Value: d.Warmup, Usage: "rounds run first and left out of the summary", EnvVars: env(flagWarmup)},
			&cli.IntFlag{Name: flagConcurrency, Value: d.Concurrency, Usage: "signature submissions in flight at once", EnvVars: env(flagConcurrency)},
			&cli.DurationFlag{Name: flagRoundInterval, Value: d.RoundInterval, Usage: "the aggregator's time between rounds", EnvVars: env(flagRoundInterval)},
			&cli.DurationFlag{Name: flagBlockTime, Value: d.BlockInterval, Usage: "block interval of the L1 and the rollups", EnvVars: env(flagBlockTime)},
			&cli.BoolFlag{Name: flagInProcess, Usage: "run the aggregator inside this process (its memory is then the whole process's)", EnvVars: env(flagInProcess)},
			&cli.DurationFlag{Name: "timeout", Value: d.Timeout, Usage: "give up after this long", EnvVars: env("timeout")},
			&cli.StringFlag{Name: flagCPUProfile, Usage: "write a CPU profile of this process over the measured rounds to this file (with --in-process it covers the aggregator)", EnvVars: env(flagCPUProfile)},
		},
		Action: func(c *cli.Context) error {
			opts := bench.DefaultOptions()
			opts.Operators = c.Int(flagOperators)
			opts.Rollups = c.Int(flagRollups)
			opts.Rounds = c.Int(flagRounds)
			opts.Warmup = c.Int(flagWarmup)
			opts.Concurrency = c.Int(flagConcurrency)
			opts.RoundInterval = c.Duration(flagRoundInterval)
			opts.BlockInterval = c.Duration(flagBlockTime)
			opts.InProcess = c.Bool(flagInProcess)
			opts.Timeout = c.Duration("timeout")
			opts.CPUProfile = c.String(flagCPUProfile)
			fmt.Fprintf(c.App.Writer, "rollcall bench: %d operators, %d rollups, %d rounds (+%d warm-up)\n", opts.Operators, opts.Rollups, opts.Rounds, opts.Warmup)
			log := cliutil.Logger(c)
			if !c.IsSet("log.level") {
				log = log.WithOptions(zap.IncreaseLevel(zap.WarnLevel))
			}
			res, err := bench.Run(c.Context, opts, c.App.Writer, log)
			if res != nil && len(res.Rounds) > 0 {
				fmt.Fprintln(c.App.Writer)
				bench.PrintTable(c.App.Writer, res)
			}
			return err
		},
	}
}
