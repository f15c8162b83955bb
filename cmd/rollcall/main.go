// Command rollcall is the one binary of the rollcall AVS: devnet, operator,
// aggregator and consumer tools are its subcommands. main only wires the
// commands together, runs them, and exits in one place.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := cliutil.SignalContext(context.Background())
	defer stop()
	app := newApp()
	if err := app.RunContext(ctx, os.Args); err != nil {
		fmt.Fprintf(os.Stderr, "rollcall: %v\n", err)
		os.Exit(cliutil.ExitCode(err))
	}
}

func newApp() *cli.App {
	return &cli.App{
		Name:    "rollcall",
		Usage:   "restaked operators attest rollup state roots on L1",
		Version: version,
		Description: "rollcall is an EigenLayer AVS: operators sign the state roots of several rollups with BLS keys,\n" +
			"an aggregator posts one quorum attestation to an L1 contract, and other rollups and contracts\n" +
			"read a peer rollup's attested state from there. Settings can also come from ROLLCALL_*\n" +
			"environment variables: each command's --help names the variable of every flag.",
		Flags:                cliutil.LogFlags(),
		Before:               cliutil.SetUpLogging,
		Commands:             []*cli.Command{devnetCommand(), deployCommand(), operatorCommand(), demoCommand(), benchCommand(), aggregatorCommand(), relayCommand(), tablesCommand(), attestationCommand(), stateCommand(), slashingCommand(), watchCommand(), configCommand(), keysCommand()},
		EnableBashCompletion: true,
		// Errors are printed once, by main, as one line.
		ExitErrHandler: func(*cli.Context, error) {},
	}
}
