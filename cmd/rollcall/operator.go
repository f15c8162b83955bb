package main

import (
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/operator"
)

// operatorStopTimeout bounds a clean shutdown of the operator daemon.
const operatorStopTimeout = 10 * time.Second

func operatorCommand() *cli.Command {
	return &cli.Command{
		Name:  "operator",
		Usage: "run a rollcall operator: register, run, status, update-socket, deregister, signing-record",
		Subcommands: append(append([]*cli.Command{
			operatorRunCommand(),
		}, operatorLifecycleCommands()...), signingRecordCommand()),
	}
}

func operatorRunCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "run the operator daemon: attest rollup claims in the aggregator's rounds",
		Description: `Polls the aggregator for the open checkpoint round, reads each target claim from
this operator's own rollup nodes, records it in the signing record (slashing protection),
signs the checkpoint digest with the BLS key and sends the signature to the aggregator.
Runs until interrupted (Ctrl-C).

Settings come from --config (YAML, see operator.example.yaml), then from flags and
ROLLCALL_OPERATOR_<FLAG> environment variables, which win over the file. The BLS keystore
password is read from --bls-password-file or from ` + operator.BLSPasswordEnv + `, never from a flag.
The BLS key must be registered with rollcall (rollcall operator register).

Examples:
   rollcall operator run --config operator.yaml
   ` + operator.BLSPasswordEnv + `=... rollcall operator run --config operator.yaml --rollup 901=http://127.0.0.1:9545`,
		Flags:  operator.Flags(),
		Action: runOperator,
	}
}

func runOperator(c *cli.Context) error {
	log := cliutil.Logger(c)
	cfg, err := operator.ConfigFromCLI(c)
	if err != nil {
		return err
	}
	svc, err := operator.NewService(c.Context, cfg, log, operator.Options{})
	if err != nil {
		return err
	}
	return lifecycle.Run(c.Context, svc, operatorStopTimeout, nil)
}
