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
	flagAtOrBelow  = "at-or-below"
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
Without --block, the rollup's latest attested claim. With --block N, the claim of height N if a
checkpoint attested exactly that height; rounds attest the heights they target, not every block, so
a height never attested exits 1 naming the nearest attested heights below and above it. With
--at-or-below, such a height gives the nearest attested claim below it instead (its claim.blockNumber
says which; a note on stderr says so too).

Examples:
   rollcall attestation get --deployment devnet.json --chain-id 901
   rollcall attestation get --chain-id 901 --block 120 > claim.json
   rollcall attestation get --chain-id 901 --block 120 --at-or-below`,
				Flags: append(deploymentFlags(),
					&cli.Uint64Flag{Name: flagChainID, Required: true, Usage: "rollup chain id"},
					&cli.Uint64Flag{Name: flagBlock, Usage: "rollup block number, attested exactly (default: latest attested)"},
					&cli.BoolFlag{Name: flagAtOrBelow, Usage: "with --block: the nearest attested claim at or below it"},
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
	var proof *attestation.Proof
	switch chainID := c.Uint64(flagChainID); {
	case c.Bool(flagAtOrBelow) && !c.IsSet(flagBlock):
		return fmt.Errorf("--%s needs --%s", flagAtOrBelow, flagBlock)
	case c.Bool(flagAtOrBelow):
		block := c.Uint64(flagBlock)
		if proof, err = reader.GetAtOrBelow(ctx, chainID, block); err != nil {
			return err
		}
		if proof.Claim.BlockNumber != block {
			fmt.Fprintf(c.App.ErrWriter, "note: chain %d block %d was never attested; this is the nearest attested claim below it: block %d (round %d)\n",
				chainID, block, proof.Claim.BlockNumber, proof.Checkpoint.Round)
		}
	case c.IsSet(flagBlock):
		block := c.Uint64(flagBlock)
		if proof, err = reader.Get(ctx, chainID, &block); err != nil {
			return err
		}
	default:
		if proof, err = reader.Get(ctx, chainID, nil); err != nil {
			return err
		}
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
