package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/relay"
)

func relayCommand() *cli.Command {
	return &cli.Command{
		Name:  "relay",
		Usage: "deliver certified operator tables and checkpoints to every rollup",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "run the relay until interrupted",
			Description: `Polls the aggregator(s) for rounds that reached quorum and delivers them to every rollup of
the deployment with a registry (rollups[i].contracts.registry and certificateVerifier): first
every certified operator table newer than the rollup's, oldest first (updateTable), then the
newest checkpoint, then older undelivered ones down to --backfill. Each certificate is built
from the signers the rollup's own table knows and verified locally before it is sent; one
below that table's threshold is skipped and counted. Sends are recorded in --data-dir before
they go out, so a restart neither loses nor repeats one.

The keystore (an ECDSA v3 keystore, funded on every rollup) password comes from
--password-file or $` + relay.PasswordEnv + `. Settings come from --config (YAML, see
relay.example.yaml); flags and their ROLLCALL_RELAY_* variables override the file.

Example:
   rollcall relay run --config relay.yaml
   rollcall relay run --deployment devnet.json --keystore relay.json --password-file pw \
       --data-dir ./relay --aggregator http://127.0.0.1:8090`,
			Flags:  relay.Flags(),
			Action: runRelay,
		}},
	}
}

func runRelay(c *cli.Context) error {
	cfg, err := relay.ConfigFromCLI(c)
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
	password, err := keystore.PasswordSource{File: cfg.PasswordFile, Env: relay.PasswordEnv}.Read()
	if err != nil {
		return fmt.Errorf("relay keystore password: %w", err)
	}
	key, err := keystore.LoadECDSA(cfg.Keystore, password)
	if err != nil {
		return err
	}
	svc, err := relay.New(cfg, dep, key, cliutil.Logger(c))
	if err != nil {
		return err
	}
	return lifecycle.Run(c.Context, svc, relayStopTimeout, func() {
		fmt.Fprintf(c.App.ErrWriter, "relay running (node API %q, metrics %q; Ctrl-C to stop)\n", svc.NodeAPIAddr(), svc.MetricsAddr())
	})
}

// relayStopTimeout bounds a clean shutdown of the relay.
const relayStopTimeout = 10 * time.Second
