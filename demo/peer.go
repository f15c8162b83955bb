package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/attestation"
	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/bindings/peerstate"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/consumer"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
)

// PeerCheck is the demo's last step: the BalanceMirror on rollup Dest
// credited Holder with their token balance on rollup Source, verified on
// Dest through a checkpoint delivered there.
type PeerCheck struct {
	Source, Dest uint64
	Holder       common.Address
	Balance      *big.Int
	Round        uint64
	BlockNumber  uint64
	// GasUsed is claimCredit's gas on Dest.
	GasUsed uint64
	// Delivery says how the checkpoint reached Dest.
	Delivery string
}

// PrintPeer writes the cross-rollup result.
func PrintPeer(w io.Writer, p *PeerCheck) {
	fmt.Fprintf(w, "a contract on rollup %d verified a balance on rollup %d:\n", p.Dest, p.Source)
	fmt.Fprintf(w, "  holder %s holds %s (%s %s) at rollup %d block %d\n", p.Holder, p.Balance, tokens(p.Balance), devnet.TokenSymbol, p.Source, p.BlockNumber)
	fmt.Fprintf(w, "  checkpoint round %d, delivered to rollup %d: %s\n", p.Round, p.Dest, p.Delivery)
	fmt.Fprintf(w, "  BalanceMirror.claimCredit on rollup %d: %d L2 gas\n", p.Dest, p.GasUsed)
}

// tokens is an 18-decimal amount in whole tokens (DevToken's decimals).
func tokens(v *big.Int) string {
	return new(big.Rat).SetFrac(v, big.NewInt(1e18)).FloatString(6)
}

// ErrPeerMismatch means the balance credited on the destination differs
// from the source rollup's own storage at the attested block.
var ErrPeerMismatch = errors.New("balance verified on the peer rollup differs from the source rollup's storage")

// deliveryInProcess names the demo's own delivery: until the relay daemon
// runs in the demo, the demo delivers one checkpoint to the destination
// itself, with a certificate aggregated from the operators' BLS keys.
const deliveryInProcess = "by the demo, certificate aggregated in-process from the operators' BLS keys (no relay)"

// checkAcrossRollups has the mirror on the second rollup verify a token
// holder's balance on the first, through the checkpoint of round (attested
// on L1) delivered to the second rollup. It deploys what the devnet did
// not (the rollup's verifier, registry and PeerState; the mirror).
func checkAcrossRollups(ctx context.Context, dn *devnet.Devnet, keys []*bls.KeyPair, round uint64, step func(string, ...any)) (*PeerCheck, error) {
	dep := dn.Deployment
	if len(dep.Rollups) < 2 {
		step("one rollup: no peer rollup to verify a balance on (use --rollups 2 or more)")
		return nil, nil
	}
	src, dst := dep.Rollups[0], &dep.Rollups[1]
	if len(src.TokenHolders) == 0 || src.Contracts.Token == (common.Address{}) {
		return nil, fmt.Errorf("rollup %d has no token", src.ChainID)
	}
	srcRPC, err := rpc.DialContext(ctx, src.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("rollup %d: %w", src.ChainID, err)
	}
	defer srcRPC.Close()
	dstClient, err := ethclient.DialContext(ctx, dst.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("rollup %d: %w", dst.ChainID, err)
	}
	defer dstClient.Close()

	l1Reader, err := attestation.NewReader(dn.L1Client(), dep.L1.ChainID, dep.AVS.Registry)
	if err != nil {
		return nil, err
	}
	cp, err := l1Reader.StartAt(dep.L1.DeployedAtBlock).Checkpoint(ctx, round)
	if err != nil {
		return nil, fmt.Errorf("checkpoint of round %d on L1: %w", round, err)
	}
	// The table of the operators at the checkpoint's reference block, from
	// L1 (what the relay computes, and what the destination must hold).
	table, tree, err := tableAt(ctx, dn, cp.Checkpoint.ReferenceBlock)
	if err != nil {
		return nil, err
	}
	if dst.Contracts.Registry == (common.Address{}) {
		step("rollup %d: deploying rollcall's CertificateVerifier (table of L1 block %d), RollupRegistry and PeerState", dst.ChainID, table.ReferenceBlock)
		if err := deployRollupContracts(ctx, dn, dstClient, table, &dst.Contracts); err != nil {
			return nil, fmt.Errorf("rollup %d: %w", dst.ChainID, err)
		}
	} else if err := ensureTable(ctx, dstClient, dn.Owner, dst.Contracts.CertificateVerifier, table, func(format string, args ...any) {
		step("rollup %d: %s", dst.ChainID, fmt.Sprintf(format, args...))
	}); err != nil {
		return nil, fmt.Errorf("rollup %d: %w", dst.ChainID, err)
	}
	mirror, ok := dst.MirrorOf(src.ChainID)
	if !ok {
		step("rollup %d: deploying the BalanceMirror of rollup %d's token", dst.ChainID, src.ChainID)
		ms, err := deploy.DeployMirrors(ctx, dstClient, dn.Owner, []deploy.MirrorParams{{
			PeerState: dst.Contracts.PeerState, SourceChainID: src.ChainID, SourceToken: src.Contracts.Token, BalancesSlot: deploy.DevTokenBalancesSlot,
		}})
		if err != nil {
			return nil, err
		}
		mirror = ms[0]
		dst.Contracts.Mirrors = append(dst.Contracts.Mirrors, mirror)
	}

	step("delivering round %d's checkpoint to rollup %d %s", round, dst.ChainID, deliveryInProcess)
	if err := deliverCheckpoint(ctx, dstClient, dn.Owner, dst.Contracts.Registry, table, tree, keys, cp); err != nil {
		return nil, fmt.Errorf("deliver round %d to rollup %d: %w", round, dst.ChainID, err)
	}

	client, err := consumer.New(ctx, srcRPC, dstClient, consumer.Addresses{Registry: dst.Contracts.Registry, PeerState: dst.Contracts.PeerState, Mirror: mirror.Address}, 0)
	if err != nil {
		return nil, err
	}
	holder := src.TokenHolders[0]
	credit, err := client.ClaimCredit(ctx, dn.Owner, holder)
	if err != nil {
		return nil, fmt.Errorf("claimCredit on rollup %d: %w", dst.ChainID, err)
	}
	// What the source rollup itself says at that block.
	own, err := ethclient.NewClient(srcRPC).StorageAt(ctx, src.Contracts.Token, deploy.DevTokenBalanceSlot(holder), new(big.Int).SetUint64(credit.BlockNumber))
	if err != nil {
		return nil, fmt.Errorf("rollup %d: read the balance at block %d: %w", src.ChainID, credit.BlockNumber, err)
	}
	if new(big.Int).SetBytes(own).Cmp(credit.Balance) != 0 {
		return nil, fmt.Errorf("%w: %s credited, rollup %d holds %s at block %d", ErrPeerMismatch, credit.Balance, src.ChainID, new(big.Int).SetBytes(own), credit.BlockNumber)
	}
	return &PeerCheck{
		Source: src.ChainID, Dest: dst.ChainID, Holder: holder, Balance: credit.Balance, Round: credit.Round,
		BlockNumber: credit.BlockNumber, GasUsed: credit.GasUsed, Delivery: deliveryInProcess,
	}, nil
}

// tableAt is the operator table T(ref) of the devnet's middleware.
func tableAt(ctx context.Context, dn *devnet.Devnet, ref uint32) (*optable.Table, *optable.Tree, error) {
	avs := dn.Deployment.AVS
	r, err := optable.NewMiddlewareReader(dn.L1Client(), optable.Middleware{
		RegistryCoordinator: avs.RegistryCoordinator, OperatorStateRetriever: avs.OperatorStateRetriever,
		BLSApkRegistry: avs.BLSApkRegistry, StakeRegistry: avs.StakeRegistry, Quorums: []byte{byte(avs.OperatorSetID)},
	})
	if err != nil {
		return nil, nil, err
	}
	table, tree, err := optable.FromL1(ctx, r, ref)
	if err != nil {
		return nil, nil, fmt.Errorf("operator table at L1 block %d: %w", ref, err)
	}
	return table, tree, nil
}

// Verifier parameters of the demo's rollup contracts: the devnet's
// staleness bounds (an hour, a minute).
const (
	demoMaxStaleness = 3600
	demoGraceWindow  = 60
)

// deployRollupContracts deploys a CertificateVerifier holding table, a
// RollupRegistry and PeerState on the rollup behind client, and records
// them in out.
func deployRollupContracts(ctx context.Context, dn *devnet.Devnet, client *ethclient.Client, table *optable.Table, out *deploy.RollupContracts) error {
	dep := dn.Deployment
	l1Reg, err := rollcallregistry.NewRollcallRegistryCaller(dep.AVS.Registry, dn.L1Client())
	if err != nil {
		return err
	}
	bips, err := l1Reg.ThresholdBips(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("read the L1 registry's threshold: %w", err)
	}
	s, err := chainio.NewSender(ctx, client, dn.Owner)
	if err != nil {
		return err
	}
	owner := crypto.PubkeyToAddress(dn.Owner.PublicKey)
	if out.CertificateVerifier, err = s.Deploy(ctx, "CertificateVerifier", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := cv.DeployCertificateVerifier(o, b, new(big.Int).SetUint64(dep.L1.ChainID), dep.AVS.Registry, table.Binding(), bips, demoMaxStaleness, demoGraceWindow, owner)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	if out.Registry, err = s.Deploy(ctx, "RollupRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := rr.DeployRollupRegistry(o, b, out.CertificateVerifier)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	if out.PeerState, err = s.Deploy(ctx, "PeerState", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := peerstate.DeployPeerState(o, b, out.Registry)
		return a, tx, err
	}); err != nil {
		return err
	}
	return s.Flush(ctx)
}

// ensureTable makes the verifier hold table: a verifier deployed with the
// devnet holds the genesis table of its deployment (empty: no operator was
// registered yet), which certifies nothing; the owner's escape hatch
// (resetTable, what `rollcall tables bootstrap` sends) writes the table
// computed from L1.
func ensureTable(ctx context.Context, client *ethclient.Client, owner *ecdsa.PrivateKey, verifier common.Address, table *optable.Table, step func(string, ...any)) error {
	v, err := cv.NewCertificateVerifier(verifier, client)
	if err != nil {
		return err
	}
	cur, err := v.CurrentTable(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("read the verifier's table: %w", err)
	}
	if held, err := optable.TableFromBinding(cur); err == nil && held.Equal(table) {
		return nil
	}
	step("resetting the verifier's table to L1's at block %d (owner, as `rollcall tables bootstrap`)", table.ReferenceBlock)
	s, err := chainio.NewSender(ctx, client, owner)
	if err != nil {
		return err
	}
	if _, err := s.Send(ctx, "resetTable", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return v.ResetTable(o, table.Binding())
	}); err != nil {
		return err
	}
	return s.Flush(ctx)
}

// deliverCheckpoint attests cp on the rollup registry behind client: every
// operator key in table signs cp's digest (the same digest as on L1, so
// these are the signatures the operators gave), the signatures are
// aggregated into a certificate against table (checked locally first),
// and attest is sent from key.
func deliverCheckpoint(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, registry common.Address,
	table *optable.Table, tree *optable.Tree, keys []*bls.KeyPair, cp *attestation.Checkpoint) error {
	reg, err := rr.NewRollupRegistry(registry, client)
	if err != nil {
		return err
	}
	opts := &bind.CallOpts{Context: ctx}
	digest, err := reg.CheckpointDigest(opts, cp.Checkpoint.Round, cp.Checkpoint.ReferenceBlock, cp.Checkpoint.ClaimsRoot)
	if err != nil {
		return fmt.Errorf("read the checkpoint digest: %w", err)
	}
	var signers []optable.Signer
	for _, kp := range keys {
		id := optable.PubkeyID(kp.GetPubKeyG1().G1Affine)
		if _, ok := tree.Index(id); !ok {
			continue // not in the table at the reference block
		}
		signers = append(signers, optable.Signer{OperatorID: id, Signature: *kp.SignMessage(digest).G1Affine, PubkeyG2: *kp.GetPubKeyG2().G2Affine})
	}
	cert, err := optable.NewCertificate(table, tree, digest, signers)
	if err != nil {
		return fmt.Errorf("certificate: %w", err)
	}
	verifier, err := reg.Verifier(opts)
	if err != nil {
		return fmt.Errorf("read the registry's verifier: %w", err)
	}
	verifierCaller, err := cv.NewCertificateVerifierCaller(verifier, client)
	if err != nil {
		return err
	}
	bips, err := verifierCaller.ThresholdBips(opts)
	if err != nil {
		return fmt.Errorf("read the verifier's threshold: %w", err)
	}
	if _, err := optable.Verify(table, digest, cert, bips); err != nil {
		return fmt.Errorf("the certificate does not verify locally: %w", err)
	}
	certBinding, err := optable.BindingAs[rr.ICertificateVerifierCertificate](cert)
	if err != nil {
		return err
	}
	claims := cp.Tree.Claims()
	ids := make([]uint64, len(claims))
	bc := make([]rr.RollcallCodecClaim, len(claims))
	for i, c := range claims {
		ids[i] = c.ChainID
		bc[i] = rr.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
	}
	lanes, err := reg.LanesOf(opts, ids)
	if err != nil {
		return fmt.Errorf("read lanes: %w", err)
	}
	s, err := chainio.NewSender(ctx, client, key)
	if err != nil {
		return err
	}
	if _, err := s.Send(ctx, fmt.Sprintf("attest round %d", cp.Checkpoint.Round), func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.Attest(o, cp.Checkpoint.Round, cp.Checkpoint.ReferenceBlock, bc, lanes, certBinding)
	}); err != nil {
		return err
	}
	return s.Flush(ctx)
}
