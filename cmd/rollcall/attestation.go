package main

import (
	"encoding/json"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

const (
	flagDeployment = "deployment"
	flagChainID    = "chain-id"
	flagBlock      = "block"
)

// deploymentFlags locate the deployment and, optionally, another L1 URL.
func deploymentFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagDeployment, Value: "devnet.json", Usage: "deployment file (written by `rollcall devnet`)", EnvVars: cliutil.EnvVar(flagDeployment)},
		&cli.StringFlag{Name: flagL1RPC, Usage: "L1 JSON-RPC URL (default: the deployment's)", EnvVars: cliutil.EnvVar(flagL1RPC)},
	}
}

func attestationCommand() *cli.Command {
	return &cli.Command{
		Name:  "attestation",
		Usage: "read and verify rollups' attested state from L1",
		Subcommands: []*cli.Command{
			{
				Name:  "get",
				Usage: "print a rollup's attested claim with its checkpoint and Merkle proof, as JSON",
				Description: `Rebuilds the proof from L1 alone: the claims root the registry stores for the round and the
claims its CheckpointAttested event carries.
Without --block, the rollup's latest attested claim.

Examples:
   rollcall attestation get --deployment devnet.json --chain-id 901
   rollcall attestation get --chain-id 901 --block 120 > claim.json`,
				Flags: append(deploymentFlags(),
					&cli.Uint64Flag{Name: flagChainID, Required: true, Usage: "rollup chain id"},
					&cli.Uint64Flag{Name: flagBlock, Usage: "rollup block number (default: latest attested)"},
				),
				Action: runAttestationGet,
			},
			{
				Name:      "verify",
				Usage:     "verify a claim JSON (from `attestation get`) against the registry on L1",
				ArgsUsage: "[FILE|-]",
				Description: `Checks that the checkpoint is attested on L1 with the same claims root and reference block
and that the registry's verifyClaim accepts the claim and its proof. Exits 0 when it holds, 1 when it does
not, 2 when it could not be checked. Reads FILE, or stdin when FILE is - or absent.

Example:
   rollcall attestation get --chain-id 901 | rollcall attestation verify`,
				Flags:  deploymentFlags(),
				Action: runAttestationVerify,
			},
		},
	}
}

func runAttestationGet(c *cli.Context) error {
	ctx := c.Context
	dep, client, err := dialDeployment(c)
	if err != nil {
		return err
	}
	defer client.Close()
	reader, err := attestation.NewReader(client, dep.L1.ChainID, dep.AVS.Registry)
	if err != nil {
		return err
	}
	reader.StartAt(dep.L1.DeployedAtBlock) // nothing is attested before the registry exists
	var block *uint64
	if c.IsSet(flagBlock) {
		b := c.Uint64(flagBlock)
		block = &b
	}
	proof, err := reader.Get(ctx, c.Uint64(flagChainID), block)
	if err != nil {
		return err
	}
	out, err := json.MarshalIndent(proof, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintln(c.App.Writer, string(out))
	return nil
}

func runAttestationVerify(c *cli.Context) error {
	var proof attestation.Proof
	if err := readJSONArg(c, "claim JSON", 1<<20, &proof); err != nil {
		return err
	}
	dep, client, err := dialDeployment(c)
	if err != nil {
		return &cliutil.ExitError{Code: 2, Err: err}
	}
	defer client.Close()
	reader, err := attestation.NewReader(client, dep.L1.ChainID, dep.AVS.Registry)
	if err != nil {
		return &cliutil.ExitError{Code: 2, Err: err}
	}
	reader.StartAt(dep.L1.DeployedAtBlock) // nothing is attested before the registry exists
	if err := reader.Verify(c.Context, &proof); err != nil {
		return &cliutil.ExitError{Code: 1, Err: fmt.Errorf("does not hold: %w", err)}
	}
	cl := proof.Claim
	fmt.Fprintf(c.App.Writer, "ok: chain %d block %d state root %s attested in round %d (L1 block %d)\n",
		cl.ChainID, cl.BlockNumber, cl.StateRoot, proof.Checkpoint.Round, proof.AttestedBlock)
	return nil
}
