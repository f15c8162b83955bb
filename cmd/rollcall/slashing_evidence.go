package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// Flags of `rollcall slashing evidence`.
const (
	flagEvSideA         = "a"
	flagEvSideB         = "b"
	flagEvChainID       = "chain-id"
	flagEvOut           = "out"
	flagEvFile          = "evidence"
	flagEvFrom          = "from"
	flagEvECDSAKeystore = "ecdsa-keystore"
	flagEvECDSAPassword = "ecdsa-password-file"
)

// slashingECDSAPasswordEnv holds the submitting key's password when no
// password file is given.
const slashingECDSAPasswordEnv = "ROLLCALL_SLASHING_ECDSA_PASSWORD"

func slashingEvidenceCommand() *cli.Command {
	refused := func(_ *cli.Context, err error, _ bool) error { return &cliutil.ExitError{Code: exitNotCheck, Err: err} }
	file := &cli.StringFlag{Name: flagEvFile, Usage: "evidence file (JSON, docs/slashing.md)", Required: true}
	return &cli.Command{
		Name:  "evidence",
		Usage: "build, verify and submit evidence of conflicting signed claims to rollcall's EquivocationSlasher",
		Subcommands: []*cli.Command{
			{
				Name:  "build",
				Usage: "build checked evidence from two signed checkpoints and write it as JSON",
				Description: `Each side is one of:
   l1:ROUND          the checkpoint of ROUND attested on L1 (its aggregate signature is read
                     from the attest transaction)
   aggregator:ROUND  the operator's own signature in ROUND, from the aggregator's record
                     (--aggregator-url, --operator)
   file:PATH         a signed checkpoint given as JSON: {"operator","round","referenceBlock",
                     "claims","signature":{"x","y"}} (the claims are the whole checkpoint's)
Two aggregates give slashAttested, two own signatures slashSigned, one of each
slashSignedAgainstAttested. The evidence is checked as the contract checks it (proofs,
signatures against the middleware's history, who signed both) before it is written.

Exits 0 when written, 1 when the two sides prove no fault (the reason is printed), 2 on errors.

Example:
   rollcall slashing evidence build --operator 0x… --aggregator-url http://127.0.0.1:8090 \
      --a aggregator:12 --b l1:14 --chain-id 901 --out evidence.json`,
				Flags: append(deploymentFlags(),
					&cli.StringFlag{Name: flagEvSideA, Usage: "side A: l1:ROUND, aggregator:ROUND or file:PATH", Required: true},
					&cli.StringFlag{Name: flagEvSideB, Usage: "side B: l1:ROUND, aggregator:ROUND or file:PATH", Required: true},
					&cli.Uint64Flag{Name: flagEvChainID, Usage: "the rollup whose claims conflict", Required: true},
					&cli.StringFlag{Name: flagSlashOperator, Usage: "the operator of aggregator: sides", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashOperator)},
					&cli.StringFlag{Name: flagSlashAggregatorURL, Usage: "aggregator JSON-RPC URL, for aggregator: sides", EnvVars: cliutil.ScopedEnvVar("slashing", flagSlashAggregatorURL)},
					&cli.StringFlag{Name: flagEvOut, Usage: "write the evidence here (default: standard output)"},
				),
				OnUsageError: refused,
				Action:       runEvidenceBuild,
			},
			{
				Name:  "verify",
				Usage: "dry-run evidence against the slasher (eth_call: nothing changes on chain)",
				Description: `Exits 0 when the slasher would accept the evidence, 1 when it refuses it (its named error
is printed, e.g. AlreadySlashed or InvalidClaimProof), 2 on errors.`,
				Flags: append(deploymentFlags(), file,
					&cli.StringFlag{Name: flagEvFrom, Usage: "account the call is made from (default: the zero address)"}),
				OnUsageError: refused,
				Action:       runEvidenceVerify,
			},
			{
				Name:  "submit",
				Usage: "submit evidence to the slasher with a funded key (dry-run first)",
				Description: `The key is a v3 keystore (--ecdsa-keystore); its password comes from --ecdsa-password-file or
` + slashingECDSAPasswordEnv + `, never from a flag. Exits 0 when the evidence was mined, 1 when the slasher
refuses it, 2 on errors.`,
				Flags: append(deploymentFlags(), file,
					&cli.StringFlag{Name: flagEvECDSAKeystore, Usage: "funded ECDSA key (v3 keystore) that pays for the transaction", EnvVars: cliutil.ScopedEnvVar("slashing", flagEvECDSAKeystore)},
					&cli.StringFlag{Name: flagEvECDSAPassword, Usage: "file holding the keystore password", DefaultText: "env " + slashingECDSAPasswordEnv, EnvVars: cliutil.ScopedEnvVar("slashing", flagEvECDSAPassword)},
				),
				OnUsageError: refused,
				Action:       runEvidenceSubmit,
			},
		},
	}
}

// evidenceSide is one resolved side: an aggregate or an own signature.
type evidenceSide struct {
	attested *evidence.Attested
	signed   *evidence.Signed
}

// SignedCheckpointFile is a signed checkpoint given by hand (file: sides).
type SignedCheckpointFile struct {
	Operator       common.Address `json:"operator"`
	Round          uint64         `json:"round,string"`
	ReferenceBlock uint32         `json:"referenceBlock,string"`
	Claims         []core.Claim   `json:"claims"`
	Signature      api.G1Point    `json:"signature"`
}

func runEvidenceBuild(c *cli.Context) error {
	fail := func(err error) error { return &cliutil.ExitError{Code: exitNotCheck, Err: err} }
	dep, client, err := dialDeployment(c)
	if err != nil {
		return fail(err)
	}
	defer client.Close()
	l1, err := evidence.NewL1(client, client, dep)
	if err != nil {
		return fail(err)
	}
	builder, err := evidence.NewBuilder(l1, dep.L1.ChainID, dep.AVS.Registry)
	if err != nil {
		return fail(err)
	}
	chainID := c.Uint64(flagEvChainID)
	r := &sideResolver{c: c, dep: dep, client: client, l1: l1, chainID: chainID}
	defer r.close()
	a, err := r.resolve(c.String(flagEvSideA))
	if err != nil {
		return fail(fmt.Errorf("side a: %w", err))
	}
	b, err := r.resolve(c.String(flagEvSideB))
	if err != nil {
		return fail(fmt.Errorf("side b: %w", err))
	}
	var ev *evidence.Evidence
	switch {
	case a.attested != nil && b.attested != nil:
		ev, err = builder.Attested(c.Context, *a.attested, *b.attested)
	case a.signed != nil && b.signed != nil:
		ev, err = builder.Signed(c.Context, *a.signed, *b.signed)
	case a.signed != nil:
		ev, err = builder.SignedAgainstAttested(c.Context, *a.signed, *b.attested)
	default: // the own signature goes first
		ev, err = builder.SignedAgainstAttested(c.Context, *b.signed, *a.attested)
	}
	if err != nil {
		for _, known := range []error{evidence.ErrDifferentBlocks, evidence.ErrNoConflict, evidence.ErrBadProof, evidence.ErrReferenceBlock,
			evidence.ErrBadSignature, evidence.ErrNotRegistered, evidence.ErrNotSigner, evidence.ErrAlreadySlashed, evidence.ErrNotSlashable, evidence.ErrNoGuilty} {
			if errors.Is(err, known) {
				return &cliutil.ExitError{Code: exitFound, Err: fmt.Errorf("no evidence: %w", err)}
			}
		}
		return fail(err)
	}
	f := ev.File(dep.L1.ChainID, dep.AVS.Registry, dep.AVS.Slasher)
	out := c.App.Writer
	if path := c.String(flagEvOut); path != "" {
		fh, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
		if err != nil {
			return fail(err)
		}
		defer fh.Close()
		out = fh
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fail(err)
	}
	fmt.Fprintf(c.App.ErrWriter, "evidence %s: chain %d block %d, guilty %s\n", f.Form, ev.A.Claim.ChainID, ev.A.Claim.BlockNumber, addrList(f.Guilty))
	for _, s := range ev.Skipped {
		fmt.Fprintf(c.App.ErrWriter, "  left out %s: %v\n", s.Address, s.Reason)
	}
	return nil
}

func addrList(as []common.Address) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Hex()
	}
	return strings.Join(s, ", ")
}

// sideResolver turns a side's spec into a side.
type sideResolver struct {
	c       *cli.Context
	dep     *deploy.Deployment
	client  *ethclient.Client
	l1      *evidence.L1
	chainID uint64
	agg     *api.Client
}

func (r *sideResolver) close() {
	if r.agg != nil {
		r.agg.Close()
	}
}

func (r *sideResolver) resolve(spec string) (evidenceSide, error) {
	kind, arg, ok := strings.Cut(spec, ":")
	if !ok {
		return evidenceSide{}, fmt.Errorf("%q: want l1:ROUND, aggregator:ROUND or file:PATH", spec)
	}
	ctx := r.c.Context
	switch kind {
	case "l1":
		round, err := strconv.ParseUint(arg, 10, 64)
		if err != nil {
			return evidenceSide{}, fmt.Errorf("%q: round is not a number", spec)
		}
		reader, err := attestation.NewReader(r.client, r.dep.L1.ChainID, r.dep.AVS.Registry)
		if err != nil {
			return evidenceSide{}, err
		}
		cp, err := reader.StartAt(r.dep.L1.DeployedAtBlock).Checkpoint(ctx, round)
		if err != nil {
			return evidenceSide{}, err
		}
		tx, _, err := r.client.TransactionByHash(ctx, cp.TxHash)
		if err != nil {
			return evidenceSide{}, fmt.Errorf("read attest transaction %s: %w", cp.TxHash, err)
		}
		sig, ok := evidence.AttestedSignature(tx, round)
		if !ok {
			return evidenceSide{}, fmt.Errorf("round %d: transaction %s is not a direct attest call: its signature cannot be read", round, cp.TxHash)
		}
		side, err := evidence.SideOf(round, cp.Checkpoint.ReferenceBlock, cp.Tree.Claims(), r.chainID)
		if err != nil {
			return evidenceSide{}, err
		}
		return evidenceSide{attested: &evidence.Attested{Side: side, Signature: *sig}}, nil
	case "aggregator":
		round, err := strconv.ParseUint(arg, 10, 64)
		if err != nil {
			return evidenceSide{}, fmt.Errorf("%q: round is not a number", spec)
		}
		op, err := r.operator()
		if err != nil {
			return evidenceSide{}, err
		}
		_, id, err := r.l1.Pubkey(ctx, op)
		if err != nil {
			return evidenceSide{}, err
		}
		if r.agg == nil {
			url := r.c.String(flagSlashAggregatorURL)
			if url == "" {
				return evidenceSide{}, fmt.Errorf("%q needs --%s", spec, flagSlashAggregatorURL)
			}
			dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			r.agg, err = api.Dial(dctx, url, api.WithCallTimeout(10*time.Second))
			cancel()
			if err != nil {
				return evidenceSide{}, err
			}
		}
		page, err := r.agg.OperatorSignatures(ctx, id, round, 1)
		if err != nil {
			return evidenceSide{}, fmt.Errorf("aggregator: %w", err)
		}
		if len(page.Signatures) == 0 || page.Signatures[0].Round != round {
			return evidenceSide{}, fmt.Errorf("the aggregator holds no signature of %s in round %d", op, round)
		}
		s := page.Signatures[0]
		return r.signed(op, s.Round, s.ReferenceBlock, s.Claims, s.Signature)
	case "file":
		raw, err := os.ReadFile(arg)
		if err != nil {
			return evidenceSide{}, err
		}
		var f SignedCheckpointFile
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
			return evidenceSide{}, fmt.Errorf("signed checkpoint %s: %w", arg, err)
		}
		return r.signed(f.Operator, f.Round, f.ReferenceBlock, f.Claims, f.Signature)
	}
	return evidenceSide{}, fmt.Errorf("%q: unknown kind %q (l1, aggregator, file)", spec, kind)
}

func (r *sideResolver) operator() (common.Address, error) {
	s := r.c.String(flagSlashOperator)
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--%s ADDRESS is required for aggregator: sides", flagSlashOperator)
	}
	return common.HexToAddress(s), nil
}

func (r *sideResolver) signed(op common.Address, round uint64, ref uint32, claims []core.Claim, sig api.G1Point) (evidenceSide, error) {
	if sig.X == nil || sig.Y == nil {
		return evidenceSide{}, errors.New("signature is required")
	}
	p, err := sig.Parse()
	if err != nil {
		return evidenceSide{}, fmt.Errorf("signature: %w", err)
	}
	g2, err := r.l1.PubkeyG2(r.c.Context, op, r.dep.L1.DeployedAtBlock)
	if err != nil {
		return evidenceSide{}, err
	}
	side, err := evidence.SideOf(round, ref, claims, r.chainID)
	if err != nil {
		return evidenceSide{}, err
	}
	return evidenceSide{signed: &evidence.Signed{Side: side, Operator: op, Signature: &bls.Signature{G1Point: p}, PubkeyG2: g2}}, nil
}

// loadEvidence reads --evidence and checks it is for this deployment.
func loadEvidence(c *cli.Context, dep *deploy.Deployment) (*evidence.File, []byte, error) {
	f, err := evidence.ReadFile(c.String(flagEvFile))
	if err != nil {
		return nil, nil, err
	}
	if f.L1ChainID != dep.L1.ChainID || f.Slasher != dep.AVS.Slasher {
		return nil, nil, fmt.Errorf("evidence is for chain %d slasher %s, the deployment has chain %d slasher %s", f.L1ChainID, f.Slasher, dep.L1.ChainID, dep.AVS.Slasher)
	}
	input, err := f.Calldata()
	if err != nil {
		return nil, nil, err
	}
	return f, input, nil
}

// dryRun is an eth_call of input to the slasher; a refusal is an
// ExitError with the slasher's named error.
func dryRun(c *cli.Context, client *ethclient.Client, dep *deploy.Deployment, from common.Address, input []byte) error {
	slasher := dep.AVS.Slasher
	_, err := client.CallContract(c.Context, ethereum.CallMsg{From: from, To: &slasher, Data: input}, nil)
	if err == nil {
		return nil
	}
	if re := evidence.DecodeRevert(err); re != nil {
		fmt.Fprintf(c.App.Writer, "REFUSED by the slasher: %s%v\n", re.Name, re.Args)
		return &cliutil.ExitError{Code: exitFound, Err: fmt.Errorf("the slasher refuses the evidence: %s", re.Name)}
	}
	return &cliutil.ExitError{Code: exitNotCheck, Err: fmt.Errorf("eth_call: %w", err)}
}

func runEvidenceVerify(c *cli.Context) error {
	fail := func(err error) error { return &cliutil.ExitError{Code: exitNotCheck, Err: err} }
	dep, client, err := dialDeployment(c)
	if err != nil {
		return fail(err)
	}
	defer client.Close()
	f, input, err := loadEvidence(c, dep)
	if err != nil {
		return fail(err)
	}
	var from common.Address
	if s := c.String(flagEvFrom); s != "" {
		if !common.IsHexAddress(s) {
			return fail(fmt.Errorf("--%s %q is not an address", flagEvFrom, s))
		}
		from = common.HexToAddress(s)
	}
	if err := dryRun(c, client, dep, from, input); err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "VALID: the slasher accepts the %s evidence (eth_call, nothing changed); it would slash %s\n", f.Form, addrList(f.Guilty))
	return nil
}

func runEvidenceSubmit(c *cli.Context) error {
	fail := func(err error) error { return &cliutil.ExitError{Code: exitNotCheck, Err: err} }
	if c.String(flagEvECDSAKeystore) == "" {
		return fail(fmt.Errorf("--%s is required", flagEvECDSAKeystore))
	}
	dep, client, err := dialDeployment(c)
	if err != nil {
		return fail(err)
	}
	defer client.Close()
	f, input, err := loadEvidence(c, dep)
	if err != nil {
		return fail(err)
	}
	password, err := keystore.PasswordSource{File: c.String(flagEvECDSAPassword), Env: slashingECDSAPasswordEnv}.Read()
	if err != nil {
		return fail(fmt.Errorf("ECDSA keystore password (--%s or %s): %w", flagEvECDSAPassword, slashingECDSAPasswordEnv, err))
	}
	key, err := keystore.LoadECDSA(c.String(flagEvECDSAKeystore), password)
	if err != nil {
		return fail(err)
	}
	txMgr, err := chainio.NewTxManager(c.Context, client, key, chainio.TxManagerOptions{}, cliutil.Logger(c))
	if err != nil {
		return fail(err)
	}
	if err := dryRun(c, client, dep, crypto.PubkeyToAddress(key.PublicKey), input); err != nil {
		return err
	}
	abiDef, err := equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return fail(err)
	}
	opts, err := txMgr.GetNoSendTxOpts()
	if err != nil {
		return fail(err)
	}
	opts.Context = c.Context
	tx, err := bind.NewBoundContract(dep.AVS.Slasher, *abiDef, client, client, client).RawTransact(opts, input)
	if err != nil {
		return fail(fmt.Errorf("build %s: %w", f.Method, err))
	}
	receipt, err := txMgr.Send(c.Context, tx, true)
	if err != nil {
		return fail(fmt.Errorf("send %s: %w", f.Method, err))
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return &cliutil.ExitError{Code: exitFound, Err: fmt.Errorf("evidence tx %s reverted on chain", receipt.TxHash)}
	}
	fmt.Fprintf(c.App.Writer, "SUBMITTED %s evidence: tx %s in block %d (%d gas); slashed %s\n", f.Form, receipt.TxHash, receipt.BlockNumber.Uint64(), receipt.GasUsed, addrList(f.Guilty))
	return nil
}
