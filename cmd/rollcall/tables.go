package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/tables"
)

// Flags of `rollcall tables`.
const (
	flagTablesKeystore     = "keystore"
	flagTablesPasswordFile = "password-file"
	flagTablesForce        = "force"
	flagTablesJSON         = "json"
	flagTablesRollupRPC    = "rollup-rpc"
)

// tablesPasswordEnv holds the owner keystore's password when no
// --password-file is given.
const tablesPasswordEnv = "ROLLCALL_TABLES_PASSWORD"

func tablesCommand() *cli.Command {
	chainID := &cli.Uint64Flag{Name: flagChainID, Usage: "the rollup's chain id", Required: true}
	rollupRPC := &cli.StringFlag{Name: flagTablesRollupRPC, Usage: "the rollup's JSON-RPC URL (default: the deployment's)"}
	return &cli.Command{
		Name:  "tables",
		Usage: "the operator table a rollup's certificate verifier holds",
		Subcommands: []*cli.Command{
			{
				Name:  "show",
				Usage: "print the rollup's current and previous table beside L1's at the same block",
				Description: `Reads the rollup's CertificateVerifier (current table, previous table within its grace
window, threshold, maxStaleness) and recomputes from L1 the table at each one's reference
block: a table that differs from L1's is flagged (and exits 1), an empty or stale one is named.

Example:
   rollcall tables show --chain-id 901`,
				Flags:  append(deploymentFlags(), chainID, rollupRPC, &cli.BoolFlag{Name: flagTablesJSON, Usage: "print JSON"}),
				Action: runTablesShow,
			},
			{
				Name:  "bootstrap",
				Usage: "set the rollup's table to L1's at a recent block (owner only: fresh or stale chains)",
				Description: `The owner's escape hatch (docs/rollups.md): computes T(R) from L1 at a recent block and writes
it with the verifier's owner-only resetTable. Needed once on a fresh deployment (the genesis
table is empty when no operator was registered) and after a chain went stale (no certified
update within maxStaleness). Refused while the current table is live (neither empty nor stale)
unless --force: a live table is moved by the quorum, not by the owner.

The owner key is an ECDSA v3 keystore; its password comes from --password-file or
$` + tablesPasswordEnv + `.

Example:
   rollcall tables bootstrap --chain-id 901 --keystore owner.json --password-file pw`,
				Flags: append(deploymentFlags(), chainID, rollupRPC,
					&cli.StringFlag{Name: flagTablesKeystore, Usage: "v3 keystore of the verifier's owner", Required: true, EnvVars: cliutil.ScopedEnvVar("tables", flagTablesKeystore)},
					&cli.StringFlag{Name: flagTablesPasswordFile, Usage: "file holding the keystore password", DefaultText: "env " + tablesPasswordEnv, EnvVars: cliutil.ScopedEnvVar("tables", flagTablesPasswordFile)},
					&cli.BoolFlag{Name: flagTablesForce, Usage: "reset even a live table"},
				),
				Action: runTablesBootstrap,
			},
		},
	}
}

func runTablesShow(c *cli.Context) error {
	dep, l1, err := dialDeployment(c)
	if err != nil {
		return err
	}
	defer l1.Close()
	info, err := tables.Rollup(dep, c.Uint64(flagChainID))
	if err != nil {
		return err
	}
	if u := c.String(flagTablesRollupRPC); u != "" {
		info.RPCURL = u
	}
	rollup, err := dialRollupRPC(c.Context, info.RPCURL, info.ChainID)
	if err != nil {
		return err
	}
	defer rollup.Close()
	report, err := tables.Show(c.Context, l1, dep, rollup, info)
	if err != nil {
		return err
	}
	if c.Bool(flagTablesJSON) {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return err
		}
	} else {
		report.WriteText(c.App.Writer)
	}
	if report.Differs() {
		return &cliutil.ExitError{Code: 1, Err: fmt.Errorf("rollup %d holds a table that differs from L1's", info.ChainID)}
	}
	return nil
}

func runTablesBootstrap(c *cli.Context) error {
	password, err := keystore.PasswordSource{File: c.String(flagTablesPasswordFile), Env: tablesPasswordEnv}.Read()
	if err != nil {
		return fmt.Errorf("owner keystore password: %w", err)
	}
	owner, err := keystore.LoadECDSA(c.String(flagTablesKeystore), password)
	if err != nil {
		return err
	}
	dep, l1, err := dialDeployment(c)
	if err != nil {
		return err
	}
	defer l1.Close()
	info, err := tables.Rollup(dep, c.Uint64(flagChainID))
	if err != nil {
		return err
	}
	if u := c.String(flagTablesRollupRPC); u != "" {
		info.RPCURL = u
	}
	rollup, err := dialRollupRPC(c.Context, info.RPCURL, info.ChainID)
	if err != nil {
		return err
	}
	defer rollup.Close()
	res, err := tables.Bootstrap(c.Context, l1, dep, rollup, info, owner, c.Bool(flagTablesForce))
	if err != nil {
		return err
	}
	t := res.Table
	fmt.Fprintf(c.App.Writer, "rollup %d: table of L1 block %d set (tx %s, %d gas)\n", info.ChainID, t.ReferenceBlock, res.TxHash, res.Gas)
	fmt.Fprintf(c.App.Writer, "  digest %s, %d operators, root %s\n", res.Digest, t.OperatorCount, t.OperatorsRoot)
	for _, q := range t.Quorums {
		fmt.Fprintf(c.App.Writer, "  quorum %d: %d operators, total stake %s\n", q.Number, q.OperatorCount, q.TotalStake)
	}
	return nil
}

// dialRollupRPC connects to a rollup and checks its chain id.
func dialRollupRPC(ctx context.Context, url string, chainID uint64) (*ethclient.Client, error) {
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return chainio.DialL1(dctx, url, chainID)
}
