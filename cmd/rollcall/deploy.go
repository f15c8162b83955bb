package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/rollup"
)

const (
	flagEigenLayer      = "eigenlayer"
	flagDryRun          = "dry-run"
	flagOwnerKeystore   = "keystore"
	flagOwnerPassword   = "password-file"
	flagMetadataURI     = "metadata-uri"
	flagMinimumStake    = "minimum-stake"
	flagMaxOperators    = "max-operators"
	flagThresholdBips   = "threshold-bips"
	flagMaxReferenceAge = "max-reference-age"
	flagDeployRollup    = "rollup"
)

// deployPasswordEnv holds the owner keystore's password when no
// --password-file is given.
const deployPasswordEnv = "ROLLCALL_DEPLOY_PASSWORD"

func deployCommand() *cli.Command {
	scoped := func(flag string) []string { return cliutil.ScopedEnvVar("deploy", flag) }
	return &cli.Command{
		Name:  "deploy",
		Usage: "deploy rollcall's middleware and contracts onto an existing EigenLayer",
		Description: `Deploys onto the EigenLayer core named by --eigenlayer FILE (a JSON object of core addresses,
see docs/deploy.md) only what rollcall adds: the middleware (registry coordinator, BLS APK, stake,
index and socket registries, operator state retriever, service manager), the AVS set-up (admin,
appointees, metadata, registrar, the operator set over the file's strategy), the RollcallRegistry,
PeerState and the EquivocationSlasher with its slashing appointment. Everything is sent by the
owner key (--keystore, an Ethereum v3 keystore; password from --password-file or
ROLLCALL_DEPLOY_PASSWORD), which owns it.

Writes --out after every step, in the deployment-file format every other command reads. Run again
with the same --out and it skips each step whose contracts the file names and the chain holds:
after success it sends nothing, after a failure it resumes. --dry-run sends nothing: it prints every
transaction the run would send, with the gas eth_simulateV1 measures for it on top of the chain's
latest block and the transactions before it, and writes no file.

Examples:
   rollcall deploy --eigenlayer holesky-eigenlayer.json --l1-rpc https://... \
       --keystore keys/owner.ecdsa.json --metadata-uri https://example.com/avs.json --dry-run
   rollcall deploy --eigenlayer el.json --l1-rpc http://127.0.0.1:8545 --keystore keys/owner.ecdsa.json \
       --metadata-uri https://example.com/avs.json --rollup 901=http://127.0.0.1:9545 --out deployment.json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: flagEigenLayer, Usage: "JSON file of the network's EigenLayer core addresses (docs/deploy.md)", EnvVars: scoped(flagEigenLayer)},
			&cli.StringFlag{Name: flagL1RPC, Usage: "L1 JSON-RPC URL (written to the deployment file)", EnvVars: scoped(flagL1RPC)},
			&cli.StringFlag{Name: flagOwnerKeystore, Usage: "the owner's ECDSA keystore: it sends and owns everything", EnvVars: scoped(flagOwnerKeystore)},
			&cli.StringFlag{Name: flagOwnerPassword, Usage: "file holding the keystore's password (default: $" + deployPasswordEnv + ")", EnvVars: scoped(flagOwnerPassword)},
			&cli.StringFlag{Name: flagOut, Value: "deployment.json", Usage: "the deployment file, written after every step and read back by a re-run", EnvVars: scoped(flagOut)},
			&cli.BoolFlag{Name: flagDryRun, Usage: "print every transaction and its gas; send nothing, write nothing", EnvVars: scoped(flagDryRun)},
			&cli.StringFlag{Name: flagMetadataURI, Usage: "the AVS metadata URI registered with EigenLayer", EnvVars: scoped(flagMetadataURI)},
			&cli.StringFlag{Name: flagMinimumStake, Value: "1000000000000000000", Usage: "least stake weight (strategy shares × allocated magnitude, in wei) an operator needs", EnvVars: scoped(flagMinimumStake)},
			&cli.UintFlag{Name: flagMaxOperators, Value: 200, Usage: "cap of the operator set", EnvVars: scoped(flagMaxOperators)},
			&cli.UintFlag{Name: flagThresholdBips, Value: deploy.DefaultThresholdBips, Usage: "share of the quorum's stake (basis points) that must sign a checkpoint", EnvVars: scoped(flagThresholdBips)},
			&cli.UintFlag{Name: flagMaxReferenceAge, Value: deploy.DefaultMaxReferenceAge, Usage: "how old (L1 blocks) a checkpoint's reference block may be", EnvVars: scoped(flagMaxReferenceAge)},
			&cli.StringSliceFlag{Name: flagDeployRollup, Usage: "a rollup to list in the deployment file: CHAINID=URL (repeatable)", EnvVars: scoped(flagDeployRollup)},
		},
		Action: runDeploy,
	}
}

func runDeploy(c *cli.Context) error {
	for _, f := range []string{flagEigenLayer, flagL1RPC, flagOwnerKeystore, flagMetadataURI} {
		if c.String(f) == "" {
			return fmt.Errorf("--%s is required", f)
		}
	}
	el, err := deploy.LoadEigenLayer(c.String(flagEigenLayer))
	if err != nil {
		return err
	}
	params, err := deployParams(c)
	if err != nil {
		return err
	}
	rollups, err := deployRollups(c.StringSlice(flagDeployRollup))
	if err != nil {
		return err
	}
	out, dryRun := c.String(flagOut), c.Bool(flagDryRun)
	var previous *deploy.Deployment
	switch prev, err := deploy.Load(out); {
	case err == nil:
		previous = prev
	case errors.Is(err, fs.ErrNotExist):
		if !dryRun {
			if err := checkWritable(out); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("--%s %s exists but is not a deployment file a re-run can resume from: %w", flagOut, out, err)
	}

	ctx := c.Context
	dialCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	client, err := chainio.DialL1(dialCtx, c.String(flagL1RPC), 0)
	cancel()
	if err != nil {
		return err
	}
	defer client.Close()
	// Every core address must hold code on this chain: a file for another
	// network fails here, before anything is sent.
	for name, addr := range el.Addresses() {
		code, err := client.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("read code of %s (%s): %w", name, addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("--%s: no contract at %s (%s) on the chain at %s: is the file for this network?", flagEigenLayer, name, addr, redact.URL(c.String(flagL1RPC)))
		}
	}

	w := c.App.ErrWriter
	progress := cliutil.NewProgress(w)
	save := func(d *deploy.Deployment) error {
		d.L1.RPCURL = c.String(flagL1RPC)
		if len(rollups) > 0 {
			d.Rollups = rollups
		}
		if err := d.Save(out); err != nil {
			return err
		}
		progress.Step("wrote " + out)
		return nil
	}
	res, err := deploy.DeployAVS(ctx, client, el, params, deploy.AVSOptions{Previous: previous, Save: save, DryRun: dryRun}, progress.Step, cliutil.Logger(c))
	if err != nil {
		return err
	}
	if dryRun {
		return printPlan(ctx, c.App.Writer, client.Client(), res)
	}
	if len(res.Skipped) > 0 && res.TxCount == 0 {
		// Nothing ran: keep the file, refreshing only what the flags say.
		if err := save(res.Deployment); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "already deployed: every step was done (%s); no transaction sent\n", out)
		return nil
	}
	// Every step that ran saved the file already.
	fmt.Fprintf(c.App.Writer, "deployed: %d transactions, %d gas", res.TxCount, res.GasUsed)
	if len(res.Skipped) > 0 {
		fmt.Fprintf(c.App.Writer, "; skipped (done before): %s", strings.Join(res.Skipped, ", "))
	}
	fmt.Fprintf(c.App.Writer, "\n  registry  %s  (AVS %s)\n  file      %s\n", res.Deployment.AVS.Registry, res.Deployment.AVS.ServiceManager, out)
	return nil
}

// printPlan prints the transactions of a dry run with the gas each would
// use; a transaction that would fail is named and fails the command.
func printPlan(ctx context.Context, w io.Writer, rpc chainio.RPCCaller, res *deploy.AVSResult) error {
	if len(res.Planned) == 0 {
		fmt.Fprintln(w, "dry run: nothing to send, every step is deployed")
		return nil
	}
	sims, err := chainio.Simulate(ctx, rpc, res.Deployment.AVS.Owner, res.Planned)
	if err != nil {
		return fmt.Errorf("dry run: %w", err)
	}
	fmt.Fprintf(w, "dry run: %d transactions from %s, none sent\n", len(sims), res.Deployment.AVS.Owner)
	fmt.Fprintf(w, "%4s  %6s  %-44s  %-42s  %10s\n", "#", "nonce", "transaction", "to / creates", "gas")
	var total uint64
	var failed []string
	for i, s := range sims {
		target := "creates " + s.Created.Hex()
		if s.To != nil {
			target = s.To.Hex()
		}
		gas := fmt.Sprint(s.GasUsed)
		if s.Err != nil {
			gas = "FAILS: " + s.Err.Error()
			failed = append(failed, fmt.Sprintf("#%d %s: %v", i+1, s.Label, s.Err))
		}
		total += s.GasUsed
		fmt.Fprintf(w, "%4d  %6d  %-44s  %-42s  %10s\n", i+1, s.Nonce, s.Label, target, gas)
	}
	fmt.Fprintf(w, "total gas %d (eth_simulateV1 on top of the latest block)\n", total)
	if len(res.Skipped) > 0 {
		fmt.Fprintf(w, "skipped (deployed before): %s\n", strings.Join(res.Skipped, ", "))
	}
	if len(failed) > 0 {
		return fmt.Errorf("dry run: %d transactions would fail: %s", len(failed), strings.Join(failed, "; "))
	}
	return nil
}

// deployParams are the AVS's parameters from the flags, with the owner key.
func deployParams(c *cli.Context) (deploy.Params, error) {
	password, err := keystore.PasswordSource{File: c.String(flagOwnerPassword), Env: deployPasswordEnv}.Read()
	if err != nil {
		return deploy.Params{}, fmt.Errorf("owner keystore password: %w", err)
	}
	owner, err := keystore.LoadECDSA(c.String(flagOwnerKeystore), password)
	if err != nil {
		return deploy.Params{}, err
	}
	minStake, ok := new(big.Int).SetString(c.String(flagMinimumStake), 10)
	if !ok || minStake.Sign() < 0 {
		return deploy.Params{}, fmt.Errorf("--%s %q is not a whole number of wei", flagMinimumStake, c.String(flagMinimumStake))
	}
	if c.Uint(flagThresholdBips) > 10_000 {
		return deploy.Params{}, fmt.Errorf("--%s must be 1..10000, got %d", flagThresholdBips, c.Uint(flagThresholdBips))
	}
	p := deploy.Params{
		Owner:              owner,
		QuorumMinimumStake: minStake,
		MaxOperators:       uint32(c.Uint(flagMaxOperators)),
		MetadataURI:        c.String(flagMetadataURI),
		ThresholdBips:      uint16(c.Uint(flagThresholdBips)),
		MaxReferenceAge:    uint32(c.Uint(flagMaxReferenceAge)),
	}
	if err := p.CheckAVS(); err != nil {
		return deploy.Params{}, err
	}
	return p, nil
}

// deployRollups parses --rollup CHAINID=URL into the deployment's rollups.
func deployRollups(values []string) ([]deploy.RollupInfo, error) {
	specs, err := rollup.ParseSpecFlags(values)
	if err != nil {
		return nil, err
	}
	out := make([]deploy.RollupInfo, 0, len(specs))
	for i, s := range specs {
		if s.RPC == "" {
			return nil, fmt.Errorf("--%s %q: give the rollup's URL: CHAINID=URL", flagDeployRollup, values[i])
		}
		if err := s.Check(fmt.Sprintf("--%s %q", flagDeployRollup, values[i])); err != nil {
			return nil, err
		}
		out = append(out, deploy.RollupInfo{ChainID: s.ChainID, RPCURL: s.RPC})
	}
	return out, nil
}
