package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/peerstate"
)

const (
	flagRollupRPC = "rollup-rpc"
	flagAccount   = "account"
	flagSlot      = "slot"
	flagPeerState = "peer-state"
	flagOn        = "on"
)

// maxStateProofJSON bounds what `state verify` reads.
const maxStateProofJSON = 4 << 20

func stateCommand() *cli.Command {
	return &cli.Command{
		Name:  "state",
		Usage: "prove and verify a peer rollup's account and storage against its attested state root",
		Subcommands: []*cli.Command{
			{
				Name:  "prove",
				Usage: "print a peer-state proof (attestation + eth_getProof) of an account and its slots, as JSON",
				Description: `Finds the rollup's attested claim on L1 (the latest, or the one at --block), fetches
eth_getProof for the account and slots at that block from the rollup node, checks that the
node's block is the attested one and verifies the proof locally before printing it. A summary of
the proven values goes to stderr. The rollup node must still hold the state of that block.

Slots are 32-byte hex (0x…, left-padded) or decimal numbers.

With --on CHAIN_ID the claim is found in the RollupRegistry of rollup CHAIN_ID (the deployment's
rollups[i].contracts.registry, read through that rollup's node) instead of L1's registry: the
proof is then for PeerState on that rollup (state verify --on CHAIN_ID).

Examples:
   rollcall state prove --chain-id 901 --account 0x… --slot 0 --slot 0x…
   rollcall state prove --chain-id 901 --rollup-rpc http://127.0.0.1:9545 --account 0x… --block 120 > state.json
   rollcall state prove --chain-id 901 --on 902 --account 0xTOKEN --slot 0x… > state.json`,
				Flags: append(deploymentFlags(),
					&cli.Uint64Flag{Name: flagChainID, Required: true, Usage: "rollup chain id"},
					&cli.StringFlag{Name: flagRollupRPC, Usage: "rollup JSON-RPC URL (default: the deployment's rollup with this chain id)", EnvVars: cliutil.ScopedEnvVar("state", flagRollupRPC)},
					&cli.StringFlag{Name: flagAccount, Required: true, Usage: "account address"},
					&cli.StringSliceFlag{Name: flagSlot, Usage: "storage slot to prove (repeatable)"},
					&cli.Uint64Flag{Name: flagBlock, Usage: "attested rollup block", DefaultText: "latest attested"},
					onFlag(),
				),
				Action: runStateProve,
			},
			{
				Name:      "verify",
				Usage:     "verify a peer-state proof JSON (from `state prove`) with the PeerState contract on L1",
				ArgsUsage: "[FILE|-]",
				Description: `Checks the attestation against the registry, then calls PeerState's verifyAccount and
verifyStorage on L1 (eth_call at the latest block) and prints the values they return, as JSON.
Without --peer-state, PeerState's code is run through an eth_call state override at a throwaway
address (nothing is deployed; the node must support eth_call state overrides, as geth does).
Exits 0 when the proof holds, 1 when it does not, 2 when it could not be checked. Reads FILE,
or stdin when FILE is - or absent.

With --on CHAIN_ID the proof is verified on rollup CHAIN_ID instead of L1: against its
RollupRegistry and with its PeerState (the deployment's rollups[i].contracts.registry and
.peerState, through that rollup's node); the proof must come from state prove --on CHAIN_ID.

Example:
   rollcall state prove --chain-id 901 --account 0x… --slot 0 | rollcall state verify
   rollcall state prove --chain-id 901 --on 902 --account 0x… --slot 0 | rollcall state verify --on 902`,
				Flags: append(deploymentFlags(),
					&cli.StringFlag{Name: flagPeerState, Usage: "address of a deployed PeerState (default: the deployment's, else a state override)", EnvVars: cliutil.ScopedEnvVar("state", flagPeerState)},
					onFlag(),
				),
				Action: runStateVerify,
			},
		},
	}
}

func runStateProve(c *cli.Context) error {
	ctx := c.Context
	account, err := parseAccount(c.String(flagAccount))
	if err != nil {
		return err
	}
	slots := make([]common.Hash, 0, len(c.StringSlice(flagSlot)))
	for _, s := range c.StringSlice(flagSlot) {
		slot, err := parseSlot(s)
		if err != nil {
			return err
		}
		slots = append(slots, slot)
	}
	if len(slots) > peerstate.MaxSlots {
		return fmt.Errorf("--%s: %d slots, at most %d", flagSlot, len(slots), peerstate.MaxSlots)
	}
	chainID := c.Uint64(flagChainID)
	target, err := dialRegistry(c)
	if err != nil {
		return err
	}
	defer target.close()
	dep := target.dep
	rollupURL, err := rollupURL(c, dep, chainID)
	if err != nil {
		return err
	}
	reader := target.reader
	var block *uint64
	if c.IsSet(flagBlock) {
		b := c.Uint64(flagBlock)
		block = &b
	}
	att, err := reader.Get(ctx, chainID, block)
	if err != nil {
		return err
	}
	rollup, err := dialRollup(ctx, rollupURL, chainID)
	if err != nil {
		return err
	}
	defer rollup.Close()
	proof, err := peerstate.Prove(ctx, rollup, att.Claim.BlockNumber, account, slots)
	if err != nil {
		return fmt.Errorf("rollup %d at %s: %w", chainID, rollupURL, err)
	}
	proof.Attestation = att
	if err := proof.CheckAttested(); err != nil {
		return fmt.Errorf("the rollup node at %s disagrees with %s: %w", rollupURL, target.name, err)
	}
	res, err := peerstate.Verify(proof, att.Claim.StateRoot)
	if err != nil {
		return fmt.Errorf("the rollup node's proof does not verify: %w", err)
	}
	out, err := json.MarshalIndent(proof, "", "  ")
	if err != nil {
		return err
	}
	fmt.Fprintln(c.App.Writer, string(out))
	fmt.Fprintf(c.App.ErrWriter, "verified locally against the state root of chain %d block %d (round %d): %s\n",
		chainID, att.Claim.BlockNumber, att.Checkpoint.Round, summary(res))
	return nil
}

// stateVerifyOutput is what `state verify` prints.
type stateVerifyOutput struct {
	// VerifiedOn is where: "L1" or "rollup N".
	VerifiedOn  string            `json:"verifiedOn"`
	ChainID     uint64            `json:"chainId,string"`
	BlockNumber uint64            `json:"blockNumber,string"`
	StateRoot   common.Hash       `json:"stateRoot"`
	Round       uint64            `json:"round,string"`
	PeerState   string            `json:"peerState"`
	Account     peerstate.Account `json:"account"`
	Storage     []peerstate.Slot  `json:"storage"`
}

func runStateVerify(c *cli.Context) error {
	var proof peerstate.Proof
	if err := readJSONArg(c, "state proof JSON", maxStateProofJSON, &proof); err != nil {
		return err
	}
	var peerStateAddr *common.Address
	if s := c.String(flagPeerState); s != "" {
		a, err := parseAccount(s)
		if err != nil {
			return &cliutil.ExitError{Code: 2, Err: fmt.Errorf("--%s: %w", flagPeerState, err)}
		}
		peerStateAddr = &a
	}
	if err := proof.CheckAttested(); err != nil {
		return &cliutil.ExitError{Code: 1, Err: fmt.Errorf("does not hold: %w", err)}
	}
	target, err := dialRegistry(c)
	if err != nil {
		return &cliutil.ExitError{Code: 2, Err: err}
	}
	defer target.close()
	if peerStateAddr == nil && target.peerState != (common.Address{}) {
		a := target.peerState
		peerStateAddr = &a
	}
	if err := target.reader.Verify(c.Context, proof.Attestation); err != nil {
		return &cliutil.ExitError{Code: 1, Err: fmt.Errorf("does not hold: %w", err)}
	}
	// PeerState runs the same way on any chain: eth_call at its latest block.
	verifier, err := peerstate.NewL1Verifier(target.client.Client(), target.registry, peerStateAddr)
	if err != nil {
		return &cliutil.ExitError{Code: 2, Err: err}
	}
	res, err := verifier.Verify(c.Context, &proof)
	switch {
	case errors.Is(err, peerstate.ErrRejected):
		return &cliutil.ExitError{Code: 1, Err: fmt.Errorf("does not hold: %w", err)}
	case err != nil:
		return &cliutil.ExitError{Code: 2, Err: err}
	}
	a := proof.Attestation
	out := stateVerifyOutput{
		VerifiedOn: target.name,
		ChainID:    a.Claim.ChainID, BlockNumber: a.Claim.BlockNumber, StateRoot: a.Claim.StateRoot, Round: a.Checkpoint.Round,
		PeerState: "state override at " + peerstate.OverrideAddress.Hex(), Account: res.Account, Storage: res.Storage,
	}
	if peerStateAddr != nil {
		out.PeerState = peerStateAddr.Hex()
	}
	enc, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return &cliutil.ExitError{Code: 2, Err: err}
	}
	fmt.Fprintln(c.App.Writer, string(enc))
	return nil
}

func onFlag() cli.Flag {
	return &cli.Uint64Flag{Name: flagOn, Usage: "verify against the RollupRegistry and PeerState of this rollup (chain id) instead of L1's", EnvVars: cliutil.ScopedEnvVar("state", flagOn)}
}

// registryTarget is the registry `state` verifies against: L1's, or with
// --on a rollup's RollupRegistry, with the PeerState beside it.
type registryTarget struct {
	dep       *deploy.Deployment
	name      string // "L1" or "rollup N"
	client    *ethclient.Client
	registry  common.Address
	peerState common.Address // zero: none deployed
	reader    *attestation.Reader
}

func (t *registryTarget) close() { t.client.Close() }

// dialRegistry loads the deployment and dials the chain of the registry:
// L1, or with --on the deployment's rollup with that chain id (checked).
func dialRegistry(c *cli.Context) (*registryTarget, error) {
	if !c.IsSet(flagOn) {
		dep, client, err := dialDeployment(c)
		if err != nil {
			return nil, err
		}
		reader, err := attestation.NewReader(client, dep.L1.ChainID, dep.AVS.Registry)
		if err != nil {
			client.Close()
			return nil, err
		}
		reader.StartAt(dep.L1.DeployedAtBlock) // nothing is attested before the registry exists
		return &registryTarget{dep: dep, name: "L1", client: client, registry: dep.AVS.Registry, peerState: dep.AVS.PeerState, reader: reader}, nil
	}
	on := c.Uint64(flagOn)
	dep, err := deploy.Load(c.String(flagDeployment))
	if err != nil {
		return nil, err
	}
	var info *deploy.RollupInfo
	for i := range dep.Rollups {
		if dep.Rollups[i].ChainID == on {
			info = &dep.Rollups[i]
		}
	}
	switch {
	case info == nil:
		return nil, fmt.Errorf("--%s %d: the deployment has no rollup %d", flagOn, on, on)
	case info.Contracts.Registry == (common.Address{}):
		return nil, fmt.Errorf("--%s %d: the deployment lists no registry on rollup %d (rollups[].contracts.registry)", flagOn, on, on)
	case info.RPCURL == "":
		return nil, fmt.Errorf("--%s %d: the deployment has no RPC URL for rollup %d", flagOn, on, on)
	}
	rc, err := dialRollup(c.Context, info.RPCURL, on)
	if err != nil {
		return nil, err
	}
	client := ethclient.NewClient(rc)
	reader, err := attestation.NewReader(client, dep.L1.ChainID, info.Contracts.Registry)
	if err != nil {
		client.Close()
		return nil, err
	}
	reader.OnRollup(on)
	return &registryTarget{
		dep: dep, name: fmt.Sprintf("rollup %d", on), client: client,
		registry: info.Contracts.Registry, peerState: info.Contracts.PeerState, reader: reader,
	}, nil
}

// rollupURL is --rollup-rpc, or the deployment's URL of rollup chainID.
func rollupURL(c *cli.Context, dep *deploy.Deployment, chainID uint64) (string, error) {
	if u := c.String(flagRollupRPC); u != "" {
		return u, nil
	}
	for _, r := range dep.Rollups {
		if r.ChainID == chainID && r.RPCURL != "" {
			return r.RPCURL, nil
		}
	}
	return "", fmt.Errorf("--%s is required: the deployment has no rollup %d", flagRollupRPC, chainID)
}

// dialRollup connects to a rollup node and checks its chain id.
func dialRollup(ctx context.Context, url string, chainID uint64) (*rpc.Client, error) {
	dialCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	client, err := rpc.DialContext(dialCtx, url)
	if err != nil {
		return nil, fmt.Errorf("cannot reach rollup %d at %s: %w", chainID, url, err)
	}
	var id hexutil.Uint64
	if err := client.CallContext(dialCtx, &id, "eth_chainId"); err != nil {
		client.Close()
		return nil, fmt.Errorf("cannot reach rollup %d at %s: %w", chainID, url, err)
	}
	if uint64(id) != chainID {
		client.Close()
		return nil, fmt.Errorf("the rollup at %s is chain %d, not %d", url, uint64(id), chainID)
	}
	return client, nil
}

// parseAccount parses a 20-byte hex address.
func parseAccount(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a hex address", s)
	}
	return common.HexToAddress(s), nil
}

// parseSlot parses a storage slot: 0x-prefixed hex of at most 32 bytes
// (left-padded), or a decimal number below 2^256.
func parseSlot(s string) (common.Hash, error) {
	bad := fmt.Errorf("--%s %q: want 0x-prefixed hex of at most 32 bytes or a decimal number below 2^256", flagSlot, s)
	if h, ok := strings.CutPrefix(strings.ToLower(s), "0x"); ok {
		if h == "" || len(h) > 64 {
			return common.Hash{}, bad
		}
		b, err := hex.DecodeString(strings.Repeat("0", 64-len(h)) + h)
		if err != nil {
			return common.Hash{}, bad
		}
		return common.BytesToHash(b), nil
	}
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 || n.BitLen() > 256 {
		return common.Hash{}, bad
	}
	return common.BigToHash(n), nil
}

// summary is a one-line account of what a proof proves.
func summary(r *peerstate.Result) string {
	var b strings.Builder
	a := r.Account
	if a.Exists {
		fmt.Fprintf(&b, "account %s nonce %d balance %s", a.Address, a.Nonce, a.Balance)
	} else {
		fmt.Fprintf(&b, "account %s does not exist", a.Address)
	}
	for _, s := range r.Storage {
		if s.Exists {
			fmt.Fprintf(&b, "; slot %s = %s", s.Slot, s.Value)
		} else {
			fmt.Fprintf(&b, "; slot %s is empty", s.Slot)
		}
	}
	return b.String()
}
