package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

const (
	flagRollups     = "rollups"
	flagOperators   = "operators"
	flagAggregators = "aggregators"
	flagOut         = "out"
	flagHost        = "host"
	flagL1HTTPPort  = "l1-http-port"
	flagL1WSPort    = "l1-ws-port"
	flagL1ChainID   = "l1-chain-id"
	flagL1BlockTime = "l1-block-time"
	flagRollupBlock = "rollup-block-time"
	flagL1RPC       = "l1-rpc"
	flagRollupPort  = "rollup-base-port"
)

// defaultRollupBasePort pins the rollups of `rollcall devnet` to 9545, 9546,
// ... (HTTP and WebSocket on one port), so that configs can name fixed URLs.
const defaultRollupBasePort = 9545

// embeddedL1Flags only mean something when the devnet starts its own L1.
var embeddedL1Flags = []string{flagL1HTTPPort, flagL1WSPort, flagL1ChainID, flagL1BlockTime}

func devnetFlags() []cli.Flag {
	return []cli.Flag{
		&cli.IntFlag{Name: flagRollups, Value: devnet.DefaultRollups, Usage: "number of local rollup chains to run", EnvVars: cliutil.ScopedEnvVar("devnet", flagRollups)},
		&cli.IntFlag{Name: flagOperators, Value: devnet.DefaultOperators, Usage: "number of operator keys to fund with ETH and test tokens", EnvVars: cliutil.ScopedEnvVar("devnet", flagOperators)},
		&cli.IntFlag{Name: flagAggregators, Value: devnet.DefaultAggregators, Usage: "number of aggregator keys to fund (replicas: `keys import --role aggregator --index N`)", EnvVars: cliutil.ScopedEnvVar("devnet", flagAggregators)},
		&cli.StringFlag{Name: flagHost, Value: "127.0.0.1", Usage: "interface the chains listen on", EnvVars: cliutil.ScopedEnvVar("devnet", flagHost)},
		&cli.IntFlag{Name: flagL1HTTPPort, Value: 8545, Usage: "L1 JSON-RPC HTTP port (0 picks a free one)", EnvVars: cliutil.ScopedEnvVar("devnet", flagL1HTTPPort)},
		&cli.IntFlag{Name: flagL1WSPort, Value: 8546, Usage: "L1 JSON-RPC WebSocket port (0 picks a free one)", EnvVars: cliutil.ScopedEnvVar("devnet", flagL1WSPort)},
		&cli.Uint64Flag{Name: flagL1ChainID, Value: devnet.DefaultL1ChainID, Usage: "chain id of the embedded L1", EnvVars: cliutil.ScopedEnvVar("devnet", flagL1ChainID)},
		&cli.DurationFlag{Name: flagL1BlockTime, Value: devnet.DefaultL1BlockInterval, Usage: "L1 block interval when idle (pending transactions are mined at once)", EnvVars: cliutil.ScopedEnvVar("devnet", flagL1BlockTime)},
		&cli.DurationFlag{Name: flagRollupBlock, Value: devnet.DefaultRollupInterval, Usage: "rollup block interval", EnvVars: cliutil.ScopedEnvVar("devnet", flagRollupBlock)},
		&cli.IntFlag{Name: flagRollupPort, Value: defaultRollupBasePort, Usage: "rollup i serves JSON-RPC (HTTP and WebSocket) on this port + i (0 picks free ports)", EnvVars: cliutil.ScopedEnvVar("devnet", flagRollupPort)},
		&cli.StringFlag{Name: flagL1RPC, Usage: "deploy onto this existing L1 (e.g. geth --dev) instead of starting one", EnvVars: cliutil.ScopedEnvVar("devnet", flagL1RPC)},
	}
}

func devnetOptions(c *cli.Context) (devnet.Options, error) {
	if c.IsSet(flagL1RPC) {
		for _, f := range embeddedL1Flags {
			if c.IsSet(f) {
				return devnet.Options{}, fmt.Errorf("--%s has no effect with --%s (the L1 is not started here): drop one of them", f, flagL1RPC)
			}
		}
	}
	return devnet.Options{
		Host:                c.String(flagHost),
		L1HTTPPort:          c.Int(flagL1HTTPPort),
		L1WSPort:            c.Int(flagL1WSPort),
		L1ChainID:           c.Uint64(flagL1ChainID),
		L1BlockInterval:     c.Duration(flagL1BlockTime),
		L1RPC:               c.String(flagL1RPC),
		Rollups:             c.Int(flagRollups),
		RollupBlockInterval: c.Duration(flagRollupBlock),
		RollupBasePort:      c.Int(flagRollupPort),
		Operators:           c.Int(flagOperators),
		Aggregators:         c.Int(flagAggregators),
	}, nil
}

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local L1 with EigenLayer and rollcall deployed, plus rollup chains",
		Description: `Starts, in this process, an L1 (go-ethereum, HTTP + WebSocket on 127.0.0.1) with
EigenLayer's core contracts, rollcall's middleware and contracts deployed, and --rollups local
rollup chains producing blocks with real transactions: an ETH transfer and a transfer of the
devnet's ERC-20 (deployed on every rollup, held by a few funded accounts) in every block.
Rollup i serves JSON-RPC over HTTP and WebSocket on --rollup-base-port + i (9545, 9546, ...).
Every address, URL and funded developer key goes to --out, which the other commands read
with --deployment. Runs until interrupted (Ctrl-C).

The developer keys are public test keys: never send real funds to them.

Examples:
   rollcall devnet
   rollcall devnet --rollups 3 --out /tmp/devnet.json
   rollcall devnet --rollup-base-port 0            # rollups on free ports
   rollcall devnet --l1-rpc http://127.0.0.1:8545   # deploy onto a running geth --dev`,
		Flags: append(devnetFlags(),
			&cli.StringFlag{Name: flagOut, Value: "devnet.json", Usage: "where to write the deployment file", EnvVars: cliutil.ScopedEnvVar("devnet", flagOut)},
		),
		Action: runDevnet,
	}
}

func runDevnet(c *cli.Context) error {
	out := c.String(flagOut)
	// Fail before starting anything when the file cannot be written.
	if err := checkWritable(out); err != nil {
		return err
	}
	opts, err := devnetOptions(c)
	if err != nil {
		return err
	}
	log := cliutil.Logger(c)
	w := c.App.ErrWriter
	progress := cliutil.NewProgress(w)
	fmt.Fprintln(w, "starting devnet")
	dn, err := devnet.Start(c.Context, opts, progress.Step, log)
	if err != nil {
		return err
	}
	defer func() {
		fmt.Fprintln(w, "stopping devnet")
		// c.Context is already cancelled by the signal that got us here.
		stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := dn.Stop(stopCtx); err != nil {
			log.Warn("devnet stop: " + err.Error())
		}
	}()
	if err := dn.Deployment.Save(out); err != nil {
		return err
	}
	progress.Step("wrote " + out)

	dep := dn.Deployment
	fmt.Fprintf(c.App.Writer, "\nrollcall devnet is up (%.1fs)\n", progress.Elapsed().Seconds())
	fmt.Fprintf(c.App.Writer, "  L1        chain %d  %s  %s\n", dep.L1.ChainID, dep.L1.RPCURL, dep.L1.WSURL)
	for _, r := range dep.Rollups {
		fmt.Fprintf(c.App.Writer, "  rollup    chain %d  %s  %s  token %s  registry %s  verifier %s\n", r.ChainID, r.RPCURL, r.WSURL,
			r.Contracts.Token, r.Contracts.Registry, r.Contracts.CertificateVerifier)
	}
	fmt.Fprintf(c.App.Writer, "  registry  %s  (AVS %s)\n", dep.AVS.Registry, dep.AVS.ServiceManager)
	fmt.Fprintf(c.App.Writer, "  file      %s\n\nPress Ctrl-C to stop.\n", out)

	<-c.Context.Done()
	return nil
}

// checkWritable proves a file can be written at path without leaving
// anything behind.
func checkWritable(path string) error {
	dir := filepath.Dir(path)
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("cannot write --%s %s: it is a directory", flagOut, path)
	}
	f, err := os.CreateTemp(dir, ".rollcall-write-check-*")
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("cannot write --%s %s: %v", flagOut, path, err)
	}
	f.Close()
	return os.Remove(f.Name())
}
