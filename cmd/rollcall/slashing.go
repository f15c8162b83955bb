package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/slashing"
)

// Flags of `rollcall slashing check` (the deployment flags are shared).
const (
	flagSlashOperator      = "operator"
	flagSlashDataDir       = "data-dir"
	flagSlashAggregatorURL = "aggregator-url"
	flagSlashFromBlock     = "from-block"
	flagSlashJSON          = "json"
)

// Exit codes of `slashing check`.
const (
	exitFound    = 1 // a slashing or a slashable fault was found
	exitNotCheck = 2 // the check could not be completed
)

func slashingCommand() *cli.Command {
	return &cli.Command{
		Name:  "slashing",
		Usage: "slashing risk and history of an operator; evidence of conflicting claims",
		Subcommands: []*cli.Command{{
			Name:  "check",
			Usage: "report an operator's slashings, slashable stake and any slashable fault it signed",
			Description: `For anyone: operators, delegators, the AVS team. Reads from L1 every slashing of the
operator recorded by EigenLayer's AllocationManager (any AVS; rollcall's marked), its
registration in rollcall's operator set (and, once deregistered, until which block it stays
slashable) and its slashable stake. Then gathers every claim the operator signed, from its own
signing record (--data-dir, on the operator's machine; repeat it for each machine the key ever
ran on) and from the aggregator's history (--aggregator-url), and looks for two different
claims signed for the same (chainId, blockNumber) (the slashable fault) and for signed claims
that differ from the claim attested on L1.

Exits 0 when clean, 1 when a slashing or a fault is found, 2 when the check could not be done.

Examples:
   rollcall slashing check --operator 0x… --aggregator-url http://127.0.0.1:8090
   rollcall slashing check --operator 0x… --data-dir ./operator-data --json`,
			Flags: append(deploymentFlags(),
				&cli.StringFlag{Name: flagSlashOperator, Usage: "operator address (its EigenLayer operator, the ECDSA key's address)", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashOperator)},
				&cli.StringSliceFlag{Name: flagSlashDataDir, Usage: "the operator's data directory, holding its signing record (repeatable)", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashDataDir)},
				&cli.StringFlag{Name: flagSlashAggregatorURL, Usage: "aggregator JSON-RPC URL, to read the signatures it accepted from the operator", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashAggregatorURL)},
				&cli.Uint64Flag{Name: flagSlashFromBlock, Usage: "first L1 block searched for events (default: the deployment's deployedAtBlock)", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashFromBlock)},
				&cli.BoolFlag{Name: flagSlashJSON, Usage: "print the report as JSON", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashJSON)},
			),
			OnUsageError: func(_ *cli.Context, err error, _ bool) error {
				return &cliutil.ExitError{Code: exitNotCheck, Err: err}
			},
			Action: runSlashingCheck,
		}, slashingEvidenceCommand()},
	}
}

func runSlashingCheck(c *cli.Context) error {
	notChecked := func(err error) error { return &cliutil.ExitError{Code: exitNotCheck, Err: err} }
	addr := c.String(flagSlashOperator)
	if addr == "" {
		return notChecked(fmt.Errorf("--%s ADDRESS is required", flagSlashOperator))
	}
	if !common.IsHexAddress(addr) {
		return notChecked(fmt.Errorf("--%s %q is not an address", flagSlashOperator, addr))
	}
	p := slashing.Params{Operator: common.HexToAddress(addr), FromBlock: c.Uint64(flagSlashFromBlock)}
	for _, dir := range c.StringSlice(flagSlashDataDir) {
		p.Records = append(p.Records, filepath.Join(dir, operator.RecordFile))
	}
	dep, client, err := dialDeployment(c)
	if err != nil {
		return notChecked(err)
	}
	defer client.Close()
	p.Deployment = dep
	if url := c.String(flagSlashAggregatorURL); url != "" {
		ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
		agg, err := api.Dial(ctx, url)
		cancel()
		if err != nil {
			return notChecked(err)
		}
		defer agg.Close()
		p.Aggregator, p.AggregatorName = agg, redact.URL(url)
	}
	if len(p.Records) == 0 && p.Aggregator == nil {
		fmt.Fprintf(c.App.ErrWriter, "note: no --%s or --%s: signed claims are not checked, only L1\n", flagSlashDataDir, flagSlashAggregatorURL)
	}

	report, err := slashing.Check(c.Context, client, p)
	if err != nil {
		if errors.Is(err, slashing.ErrRecordLocked) {
			return notChecked(err)
		}
		return notChecked(fmt.Errorf("slashing check: %w", err))
	}
	if c.Bool(flagSlashJSON) {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return notChecked(err)
		}
	} else if err := report.WriteText(c.App.Writer); err != nil {
		return notChecked(err)
	}
	if report.Found() {
		return &cliutil.ExitError{Code: exitFound, Err: fmt.Errorf("operator %s: %s", report.Operator, strings.Join(report.Findings, "; "))}
	}
	return nil
}
