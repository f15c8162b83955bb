package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/watch"
)

// watchStopTimeout bounds a clean shutdown of the watcher.
const watchStopTimeout = 10 * time.Second

const (
	flagWatchOnce = "once"
	flagWatchJSON = "json"
)

// Exit codes of `watch --once`.
const (
	exitWatchFound = 1 // a mismatch or a fault was found
	exitWatchError = 2 // the pass could not be completed
)

func watchCommand() *cli.Command {
	run := &cli.Command{
		Name:  "run",
		Usage: "run the watcher: compare attested claims with the rollups, find conflicting signatures, submit evidence",
		Description: `Follows L1's registry (every CheckpointAttested) and the aggregator's record of accepted
signatures (rollcall_operatorSignatures). Compares every attested claim with the block of the
watcher's own node of that rollup: a mismatch is logged as an ERROR with both values, counted
(rollcall_watch_mismatches_total) and makes /eigen/node/health answer 503. Conflicting signed
claims (same chainId and blockNumber, another blockHash or stateRoot) become evidence, which is
dry-run (eth_call) and submitted to the EquivocationSlasher with the watcher's own funded key
(--ecdsa-keystore; without one the watcher only reports).

With --once: one pass over everything up to the current L1 head, then exit: 0 clean, 1 a mismatch
or a fault was found, 2 the pass could not be completed.

Settings come from --config (YAML, see watch.example.yaml), then flags and ROLLCALL_WATCH_<FLAG>
variables. The keystore password is read from --ecdsa-password-file or ` + watch.ECDSAPasswordEnv + `.

Examples:
   rollcall watch run --config watch.yaml
   rollcall watch run --config watch.yaml --once`,
		Flags: append(watch.Flags(),
			&cli.BoolFlag{Name: flagWatchOnce, Usage: "one pass up to the current head, then exit (1: something found)"},
			&cli.BoolFlag{Name: flagWatchJSON, Usage: "with --once: print the pass's report as JSON"},
		),
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return &cliutil.ExitError{Code: exitWatchError, Err: err}
		},
		Action: runWatch,
	}
	// `rollcall watch [--once]` is `rollcall watch run [--once]`.
	return &cli.Command{
		Name:         "watch",
		Usage:        "watch rollcall: attested claims against the rollups, conflicting signatures into slashing evidence (same as watch run)",
		Description:  run.Description,
		Flags:        run.Flags,
		OnUsageError: run.OnUsageError,
		Action:       runWatch,
		Subcommands:  []*cli.Command{run},
	}
}

func runWatch(c *cli.Context) error {
	log := cliutil.Logger(c)
	cfg, err := watch.ConfigFromCLI(c)
	if err != nil {
		return &cliutil.ExitError{Code: exitWatchError, Err: err}
	}
	once := c.Bool(flagWatchOnce)
	if once {
		// One pass: no servers to run.
		cfg.Servers = watch.Servers{}
	}
	svc, err := watch.NewService(c.Context, cfg, log, watch.Options{})
	if err != nil {
		return &cliutil.ExitError{Code: exitWatchError, Err: err}
	}
	if !once {
		return lifecycle.Run(c.Context, svc, watchStopTimeout, nil)
	}
	defer svc.Close()
	report, err := svc.Pass(c.Context)
	if c.Bool(flagWatchJSON) && report != nil {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return &cliutil.ExitError{Code: exitWatchError, Err: err}
		}
	} else if report != nil {
		fmt.Fprintf(c.App.Writer, "L1 head %d: %d checkpoints, %d claims compared, %d pending, %d unwatched; %d mismatches, %d faults, %d evidence submitted, %d already slashed\n",
			report.L1Head, report.Checkpoints, report.Claims, report.Pending, report.Unwatched, len(report.Mismatches), report.Faults, report.Submitted, report.AlreadySlashed)
		for _, m := range report.Mismatches {
			fmt.Fprintf(c.App.Writer, "MISMATCH chain %d block %d round %d: attested blockHash %s stateRoot %s; own blockHash %s stateRoot %s\n",
				m.Attested.ChainID, m.Attested.BlockNumber, m.Round, m.Attested.BlockHash, m.Attested.StateRoot, m.Own.BlockHash, m.Own.StateRoot)
		}
	}
	if err != nil {
		return &cliutil.ExitError{Code: exitWatchError, Err: err}
	}
	if len(report.Mismatches) > 0 || report.Faults > 0 {
		return &cliutil.ExitError{Code: exitWatchFound, Err: fmt.Errorf("%d mismatch(es), %d fault(s) found", len(report.Mismatches), report.Faults)}
	}
	if len(report.Errors) > 0 {
		return &cliutil.ExitError{Code: exitWatchError, Err: fmt.Errorf("pass incomplete: %s", report.Errors[0])}
	}
	return nil
}
