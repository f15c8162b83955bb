package tests

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	mockavs "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// slasherHarness drives the EquivocationSlasher on a devnet: it signs
// checkpoints with the operators' keys (through the registry harness),
// builds evidence, submits it and reads reverts and magnitudes.
type slasherHarness struct {
	*registryHarness
	slasherAddr common.Address
	slasher     *equivocationslasher.EquivocationSlasher
	slasherABI  *abi.ABI
	checkerABI  *abi.ABI
	am          *allocmgr.ContractAllocationManager
	builder     *evidence.Builder
	operatorSet allocmgr.OperatorSet
	strategy    common.Address
	// block is the next rollup block number a fault is made at, so that
	// every fault of a test is a fresh (chainId, blockNumber).
	block uint64
}

func newSlasherHarness(tb testing.TB, ctx context.Context, env *devnettest.Env, log *zap.Logger) *slasherHarness {
	tb.Helper()
	dep, client := env.Devnet.Deployment, env.Devnet.L1Client()
	h := &slasherHarness{registryHarness: newRegistryHarness(tb, ctx, env, log), slasherAddr: dep.AVS.Slasher, block: 1000}
	var err error
	h.slasher, err = equivocationslasher.NewEquivocationSlasher(dep.AVS.Slasher, client)
	require.NoError(tb, err)
	h.slasherABI, err = equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	require.NoError(tb, err)
	h.checkerABI, err = mockavs.ContractMockAvsServiceManagerMetaData.GetAbi()
	require.NoError(tb, err)
	h.am, err = allocmgr.NewContractAllocationManager(dep.EigenLayer.AllocationManager, client)
	require.NoError(tb, err)
	l1, err := evidence.NewL1(client, client, dep)
	require.NoError(tb, err)
	h.builder, err = evidence.NewBuilder(l1, dep.L1.ChainID, dep.AVS.Registry)
	require.NoError(tb, err)
	h.operatorSet = allocmgr.OperatorSet{Avs: dep.AVS.ServiceManager, Id: dep.AVS.OperatorSetID}
	h.strategy = dep.EigenLayer.Strategy
	return h
}

// fault is a fresh pair of conflicting claims: the same chain and block,
// two state roots. Each is the claim of chain 7 in a checkpoint of three.
type fault struct {
	a, b   []core.Claim // the two checkpoints' claims
	chain  uint64
	number uint64
}

func (h *slasherHarness) newFault() fault {
	h.block++
	a := randomClaims(5, 3, h.block)
	b := randomClaims(5, 3, h.block)
	b[2].BlockHash = a[2].BlockHash // chain 7: same hash, another state root
	return fault{a: a, b: b, chain: 7, number: h.block}
}

// attestedSide is an aggregate side over claims signed by signers.
func (h *slasherHarness) attestedSide(tb testing.TB, ref uint32, claims []core.Claim, chain uint64, signers ...int) evidence.Attested {
	tb.Helper()
	cp := h.signed(tb, h.nextRound(), ref, claims, signers...)
	side, err := evidence.SideOf(cp.round, ref, claims, chain)
	require.NoError(tb, err)
	return evidence.Attested{Side: side, Signature: slasherSignature(cp.sig)}
}

// certificateSide is an aggregate side whose checkpoint has reference block
// ref but whose signers are checked against the quorum at signersBlock (a
// certificate verified on a rollup with the operator table of that block).
func (h *slasherHarness) certificateSide(tb testing.TB, ref, signersBlock uint32, claims []core.Claim, chain uint64, signers ...int) evidence.Attested {
	tb.Helper()
	side, err := evidence.SideOf(h.nextRound(), ref, claims, chain)
	require.NoError(tb, err)
	snap, err := h.reader.Snapshot(h.ctx, signersBlock)
	require.NoError(tb, err)
	ids, sig, apkG2 := h.env.Sign(side.Checkpoint.Digest(h.chainID.Uint64(), h.addr), signers...)
	data, err := h.reader.SignatureData(h.ctx, snap, ids, sig, apkG2)
	require.NoError(tb, err)
	return evidence.Attested{Side: side, SignersBlock: signersBlock, Signature: slasherSignature(data)}
}

// signedSide is operator op's own signature over the checkpoint of claims.
func (h *slasherHarness) signedSide(tb testing.TB, ref uint32, claims []core.Claim, chain uint64, op int) evidence.Signed {
	tb.Helper()
	side, err := evidence.SideOf(h.nextRound(), ref, claims, chain)
	require.NoError(tb, err)
	o := h.env.Operators[op]
	digest := side.Checkpoint.Digest(h.chainID.Uint64(), h.addr)
	return evidence.Signed{Side: side, Operator: o.Address, Signature: o.BLS.SignMessage(digest), PubkeyG2: o.PubkeyG2}
}

// submit sends ev from key and requires it mined successfully.
func (h *slasherHarness) submit(tb testing.TB, key *ecdsa.PrivateKey, ev *evidence.Evidence) *types.Receipt {
	tb.Helper()
	// Estimated on the latest block, mined in the next one: EigenLayer's
	// magnitude snapshots cost more when the block number moved, so the
	// limit gets a margin (as the tx manager gives every transaction).
	from := crypto.PubkeyToAddress(key.PublicKey)
	input, err := ev.Calldata()
	require.NoError(tb, err)
	est, err := h.client.EstimateGas(h.ctx, ethereum.CallMsg{From: from, To: &h.slasherAddr, Data: input})
	require.NoError(tb, err, "evidence %s", ev.Form)
	var tx *types.Transaction
	receipt := h.send(tb, func() (_ *types.Transaction, err error) {
		opts := h.transactor(tb, key)
		opts.GasLimit = est + est/4
		tx, err = ev.Send(opts, &h.slasher.EquivocationSlasherTransactor)
		return tx, err
	})
	if receipt.Status != types.ReceiptStatusSuccessful {
		// Replay it on the state before its block for the reason.
		_, err := h.client.CallContract(h.ctx, ethereum.CallMsg{From: from, To: &h.slasherAddr, Data: tx.Data(), Gas: tx.Gas()},
			new(big.Int).Sub(receipt.BlockNumber, big.NewInt(1)))
		tb.Fatalf("evidence %s failed on chain (gas %d of %d): replayed: %v", ev.Form, receipt.GasUsed, tx.Gas(), err)
	}
	return receipt
}

// magnitude is the operator's current magnitude allocated to rollcall's set.
func (h *slasherHarness) magnitude(tb testing.TB, op common.Address) uint64 {
	tb.Helper()
	a, err := h.am.GetAllocation(h.call(), op, h.operatorSet, h.strategy)
	require.NoError(tb, err)
	return a.CurrentMagnitude
}

// magnitudes of every operator, in operator order.
func (h *slasherHarness) magnitudes(tb testing.TB) []uint64 {
	tb.Helper()
	out := make([]uint64, len(h.env.Operators))
	for i, op := range h.env.Operators {
		out[i] = h.magnitude(tb, op.Address)
	}
	return out
}

// slasherState is what a reverted submission must leave unchanged.
type slasherState struct {
	magnitudes []uint64
	slashed    []bool
	wad        string
	owner      common.Address
}

func (h *slasherHarness) state(tb testing.TB, f fault) slasherState {
	tb.Helper()
	s := slasherState{magnitudes: h.magnitudes(tb)}
	for _, op := range h.env.Operators {
		ok, err := h.slasher.IsSlashed(h.call(), op.Address, f.chain, f.number)
		require.NoError(tb, err)
		s.slashed = append(s.slashed, ok)
	}
	wad, err := h.slasher.SlashWad(h.call())
	require.NoError(tb, err)
	s.wad = wad.String()
	s.owner, err = h.slasher.Owner(h.call())
	require.NoError(tb, err)
	return s
}

// slasherCall runs input against the slasher from `from` (eth_call at the head).
func (h *slasherHarness) slasherCall(from common.Address, input []byte) error {
	_, err := h.client.CallContract(h.ctx, ethereum.CallMsg{From: from, To: &h.slasherAddr, Data: input}, nil)
	return err
}

// expectRevert requires input to revert with the slasher's named error, both
// in an eth_call and in a mined transaction, with nothing changed; it returns
// the error's arguments.
func (h *slasherHarness) expectRevert(tb testing.TB, f fault, key *ecdsa.PrivateKey, input []byte, name string) []any {
	tb.Helper()
	before := h.state(tb, f)
	from := crypto.PubkeyToAddress(key.PublicKey)
	args := h.slasherError(tb, h.slasherCall(from, input), name)
	receipt := h.send(tb, func() (*types.Transaction, error) {
		opts := h.transactor(tb, key)
		opts.GasLimit = 5_000_000
		return bind.NewBoundContract(h.slasherAddr, *h.slasherABI, h.client, h.client, h.client).RawTransact(opts, input)
	})
	require.Equal(tb, types.ReceiptStatusFailed, receipt.Status, "the transaction must revert on chain too")
	require.Equal(tb, before, h.state(tb, f), "a reverted submission changes nothing")
	return args
}

// slasherError requires err to be a revert with the slasher's named error.
func (h *slasherHarness) slasherError(tb testing.TB, err error, name string) []any {
	tb.Helper()
	data := revertData(tb, err)
	e, ok := h.slasherABI.Errors[name]
	require.True(tb, ok, "the slasher defines no error %s", name)
	require.GreaterOrEqual(tb, len(data), 4)
	if !bytes.Equal(data[:4], e.ID[:4]) {
		got := "unknown"
		for n, other := range h.slasherABI.Errors {
			if bytes.Equal(data[:4], other.ID[:4]) {
				got = n
			}
		}
		tb.Fatalf("reverted with %s (%x), want %s", got, data, name)
	}
	args, err := e.Unpack(data)
	require.NoError(tb, err)
	return args.([]any)
}

// checkerErrorName names the checker's custom error in revert data.
func (h *slasherHarness) checkerErrorName(data []byte) string {
	for n, e := range h.checkerABI.Errors {
		if len(data) >= 4 && bytes.Equal(data[:4], e.ID[:4]) {
			return n
		}
	}
	return ""
}

func (h *slasherHarness) packSlasher(tb testing.TB, method string, args ...any) []byte {
	tb.Helper()
	input, err := h.slasherABI.Pack(method, args...)
	require.NoError(tb, err)
	return input
}

// slasherSignature converts the registry binding's signature argument to the
// slasher binding's (the same ABI struct, another Go type).
func slasherSignature(s rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature) equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature {
	g1s := func(ps []rollcallregistry.IBLSSignatureCheckerG1Point) []equivocationslasher.IBLSSignatureCheckerG1Point {
		out := make([]equivocationslasher.IBLSSignatureCheckerG1Point, len(ps))
		for i, p := range ps {
			out[i] = equivocationslasher.IBLSSignatureCheckerG1Point(p)
		}
		return out
	}
	return equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: s.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             g1s(s.NonSignerPubkeys),
		QuorumApks:                   g1s(s.QuorumApks),
		ApkG2:                        equivocationslasher.IBLSSignatureCheckerG2Point(s.ApkG2),
		Sigma:                        equivocationslasher.IBLSSignatureCheckerG1Point(s.Sigma),
		QuorumApkIndices:             s.QuorumApkIndices,
		TotalStakeIndices:            s.TotalStakeIndices,
		NonSignerStakeIndices:        s.NonSignerStakeIndices,
	}
}

// slasherClaimSide is a side in the slasher binding's form, for evidence
// the builder would refuse.
func slasherClaimSide(s evidence.Side) equivocationslasher.EquivocationSlasherSignedClaim {
	proof := make([][32]byte, len(s.Proof))
	for i, p := range s.Proof {
		proof[i] = p
	}
	return equivocationslasher.EquivocationSlasherSignedClaim{
		Checkpoint: equivocationslasher.EquivocationSlasherCheckpoint{Round: s.Checkpoint.Round, ReferenceBlock: s.Checkpoint.ReferenceBlock, ClaimsRoot: s.Checkpoint.ClaimsRoot},
		Claim:      equivocationslasher.RollcallCodecClaim{ChainId: s.Claim.ChainID, BlockNumber: s.Claim.BlockNumber, BlockHash: s.Claim.BlockHash, StateRoot: s.Claim.StateRoot},
		Proof:      proof,
	}
}

func slasherAttested(a evidence.Attested) equivocationslasher.EquivocationSlasherAttestedClaim {
	block := a.SignersBlock
	if block == 0 {
		block = a.Checkpoint.ReferenceBlock
	}
	return equivocationslasher.EquivocationSlasherAttestedClaim{Signed: slasherClaimSide(a.Side), SignersBlock: block, Signature: a.Signature}
}

func slasherG1(sig *bls.Signature) equivocationslasher.IBLSSignatureCheckerG1Point {
	return equivocationslasher.IBLSSignatureCheckerG1Point{X: sig.X.BigInt(new(big.Int)), Y: sig.Y.BigInt(new(big.Int))}
}

func slasherG2(p *bls.G2Point) equivocationslasher.IBLSSignatureCheckerG2Point {
	return equivocationslasher.IBLSSignatureCheckerG2Point{
		X: [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		Y: [2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))},
	}
}

// slasherSigned is an own-signature side in the slasher binding's form.
func slasherSigned(s evidence.Signed, bitmapIndex uint32) equivocationslasher.EquivocationSlasherOperatorSignedClaim {
	return equivocationslasher.EquivocationSlasherOperatorSignedClaim{
		Signed: slasherClaimSide(s.Side), Sigma: slasherG1(s.Signature), PubkeyG2: slasherG2(s.PubkeyG2), QuorumBitmapIndex: bitmapIndex,
	}
}
