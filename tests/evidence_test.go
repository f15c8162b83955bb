package tests

import (
	"context"
	"math/big"
	"testing"
	"time"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	permissioncontroller "github.com/Layr-Labs/eigensdk-go/contracts/bindings/PermissionController"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// TestEquivocationSlasher runs rollcall's evidence contract on the devnet
// with the real middleware and AllocationManager: dishonest operators (their
// BLS keys used directly) sign conflicting claims for one rollup block; an
// account that is not the owner submits the evidence; the AllocationManager
// shows the slash; honest operators, non-signers of either side included,
// are untouched; and every kind of bad evidence reverts with a named error
// and changes nothing.
func TestEquivocationSlasher(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	h := newSlasherHarness(t, ctx, env, log)
	dep := env.Devnet.Deployment
	ops := env.Operators
	submitter := h.submitter // the aggregator's key: not the slasher's owner
	full := uint64(1e18)
	wad := deploy.DefaultSlashWad.Uint64()
	// after is a magnitude once slashed by the wad (the AllocationManager
	// rounds the slashed part up; these values divide exactly).
	after := func(m uint64) uint64 {
		cut := new(big.Int).Mul(new(big.Int).SetUint64(m), new(big.Int).SetUint64(wad))
		return m - cut.Div(cut, new(big.Int).SetUint64(full)).Uint64()
	}

	t.Run("deployed as the AVS's slasher", func(t *testing.T) {
		pc, err := permissioncontroller.NewContractPermissionController(dep.EigenLayer.PermissionController, h.client)
		require.NoError(t, err)
		amABI, err := allocmgr.ContractAllocationManagerMetaData.GetAbi()
		require.NoError(t, err)
		sel := [4]byte(amABI.Methods["slashOperator"].ID)
		ok, err := pc.CanCall(h.call(), dep.AVS.ServiceManager, dep.AVS.Slasher, dep.EigenLayer.AllocationManager, sel)
		require.NoError(t, err)
		require.True(t, ok, "the slasher may call slashOperator for the AVS")
		ok, err = pc.CanCall(h.call(), dep.AVS.ServiceManager, h.submitterAddr, dep.EigenLayer.AllocationManager, sel)
		require.NoError(t, err)
		require.False(t, ok, "the submitter may not")

		w, err := h.slasher.SlashWad(h.call())
		require.NoError(t, err)
		require.Equal(t, deploy.DefaultSlashWad.String(), w.String())
		owner, err := h.slasher.Owner(h.call())
		require.NoError(t, err)
		require.Equal(t, h.ownerAddr, owner)
		require.NotEqual(t, h.ownerAddr, h.submitterAddr)
		reg, err := h.slasher.Registry(h.call())
		require.NoError(t, err)
		require.Equal(t, dep.AVS.Registry, reg)
		sm, err := h.slasher.ServiceManager(h.call())
		require.NoError(t, err)
		require.Equal(t, dep.AVS.ServiceManager, sm)

		// The digest the slasher checks is the one operators sign.
		f := h.newFault()
		side, err := evidence.SideOf(42, h.refBlock(t), f.a, f.chain)
		require.NoError(t, err)
		onChain, err := h.slasher.CheckpointDigest(h.call(), slasherClaimSide(side).Checkpoint)
		require.NoError(t, err)
		require.Equal(t, side.Checkpoint.Digest(dep.L1.ChainID, dep.AVS.Registry), common.Hash(onChain))
		for _, m := range h.magnitudes(t) {
			require.Equal(t, full, m, "whole magnitude allocated before any slashing")
		}
	})

	// A block at which every operator is registered with its deposit, before
	// any slashing: the operator table of that block, piece by piece.
	tableRef := h.refBlock(t)
	t.Run("table pieces against the middleware's history", func(t *testing.T) { testTablePieces(t, h, tableRef, stake) })

	// Side A signed by 0, 1, 2 (3 did not sign); side B, at a later
	// reference block, by 0, 1, 3 (2 did not sign). Operators 0 and 1 signed
	// both conflicting claims.
	f := h.newFault()
	refA := h.refBlock(t)
	a := h.attestedSide(t, refA, f.a, f.chain, 0, 1, 2)
	require.NoError(t, env.WaitForBlock(ctx, uint64(refA)+3))
	refB := h.refBlock(t)
	require.Greater(t, refB, refA)
	b := h.attestedSide(t, refB, f.b, f.chain, 0, 1, 3)

	t.Run("two aggregates", func(t *testing.T) {
		ev, err := h.builder.Attested(ctx, a, b)
		require.NoError(t, err)
		require.Equal(t, evidence.FormAttested, ev.Form)
		guilty := []common.Address{ev.Guilty[0].Address, ev.Guilty[1].Address}
		require.Len(t, ev.Guilty, 2)
		require.ElementsMatch(t, []common.Address{ops[0].Address, ops[1].Address}, guilty, "the signers of both sides, and only them")
		require.Empty(t, ev.Skipped)

		receipt := h.submit(t, submitter, ev)
		t.Logf("slashAttested, 2 guilty of 4: %d gas", receipt.GasUsed)
		mags := h.magnitudes(t)
		require.Equal(t, after(full), mags[0], "operator 0 slashed by the wad")
		require.Equal(t, after(full), mags[1], "operator 1 slashed by the wad")
		require.Equal(t, full, mags[2], "operator 2 did not sign side B: untouched")
		require.Equal(t, full, mags[3], "operator 3 did not sign side A: untouched")

		var slashedEv []*equivocationslasher.EquivocationSlasherOperatorSlashed
		var proven *equivocationslasher.EquivocationSlasherEquivocationProven
		var amSlashes int
		for _, l := range receipt.Logs {
			if e, err := h.slasher.ParseOperatorSlashed(*l); err == nil {
				slashedEv = append(slashedEv, e)
			} else if e, err := h.slasher.ParseEquivocationProven(*l); err == nil {
				proven = e
			} else if e, err := h.am.ParseOperatorSlashed(*l); err == nil {
				amSlashes++
				require.Equal(t, "rollcall equivocation: chain 7 block "+big.NewInt(int64(f.number)).String(), e.Description)
				require.Equal(t, []*big.Int{deploy.DefaultSlashWad}, e.WadSlashed)
			}
		}
		require.Equal(t, 2, amSlashes, "the AllocationManager slashed two operators")
		require.Len(t, slashedEv, 2)
		for _, e := range slashedEv {
			require.Contains(t, guilty, e.Operator)
			require.Equal(t, f.chain, e.ChainId)
			require.Equal(t, f.number, e.BlockNumber)
		}
		require.NotNil(t, proven)
		require.EqualValues(t, evidence.FormAttested, proven.Form)
		require.Equal(t, a.Claim.StateRoot, common.Hash(proven.ClaimA.StateRoot))
		require.Equal(t, b.Claim.StateRoot, common.Hash(proven.ClaimB.StateRoot))
		require.Equal(t, refA, proven.CheckpointA.ReferenceBlock)
		require.Equal(t, refB, proven.CheckpointB.ReferenceBlock)
		require.EqualValues(t, 2, proven.Slashed.Int64())
		tx, _, err := h.client.TransactionByHash(ctx, receipt.TxHash)
		require.NoError(t, err)
		require.Equal(t, crypto.Keccak256Hash(tx.Data()), common.Hash(proven.EvidenceHash))

		for i, op := range ops {
			ok, err := h.slasher.IsSlashed(h.call(), op.Address, f.chain, f.number)
			require.NoError(t, err)
			require.Equal(t, i < 2, ok, "operator %d recorded", i)
		}
	})

	t.Run("replayed", func(t *testing.T) {
		accused := []equivocationslasher.EquivocationSlasherAccused{{Operator: ops[0].Address}}
		input := h.packSlasher(t, "slashAttested", slasherAttested(a), slasherAttested(b), accused)
		args := h.expectRevert(t, f, submitter, input, "AlreadySlashed")
		require.Equal(t, []any{ops[0].Address, f.chain, f.number}, args)

		// The same fault proven from two other checkpoints is still the same fault.
		a2 := h.attestedSide(t, h.refBlock(t), f.a, f.chain, 0, 1, 2, 3)
		b2 := h.attestedSide(t, h.refBlock(t), f.b, f.chain, 0, 1, 2, 3)
		input = h.packSlasher(t, "slashAttested", slasherAttested(a2), slasherAttested(b2), accused)
		h.expectRevert(t, f, submitter, input, "AlreadySlashed")

		// The builder leaves the slashed out and finds the rest.
		ev, err := h.builder.Attested(ctx, a2, b2)
		require.NoError(t, err)
		require.ElementsMatch(t, []common.Address{ops[2].Address, ops[3].Address}, []common.Address{ev.Guilty[0].Address, ev.Guilty[1].Address})
		require.Len(t, ev.Skipped, 2)
		for _, s := range ev.Skipped {
			require.ErrorIs(t, s.Reason, evidence.ErrAlreadySlashed)
		}
		_, err = h.builder.Attested(ctx, a, b)
		require.ErrorIs(t, err, evidence.ErrNoGuilty, "nobody left to slash for the first pair")

		// A dry run (eth_call) passes for the rest, and names the contract's
		// error for the replay.
		require.NoError(t, evidence.Simulate(ctx, h.client, h.submitterAddr, h.slasherAddr, ev), "operators 2 and 3 are still to slash")
		re := evidence.DecodeRevert(h.slasherCall(h.submitterAddr, input))
		require.NotNil(t, re)
		require.Equal(t, "AlreadySlashed", re.Name)
		require.Equal(t, []any{ops[0].Address, f.chain, f.number}, re.Args)
	})

	t.Run("malformed aggregates", func(t *testing.T) {
		g := h.newFault()
		ga := h.attestedSide(t, h.refBlock(t), g.a, g.chain, 0, 1, 2)
		gb := h.attestedSide(t, h.refBlock(t), g.b, g.chain, 0, 1, 3)
		accuse := func(idx ...int) []equivocationslasher.EquivocationSlasherAccused {
			out := make([]equivocationslasher.EquivocationSlasherAccused, len(idx))
			for i, j := range idx {
				out[i] = equivocationslasher.EquivocationSlasherAccused{Operator: ops[j].Address}
			}
			return out
		}
		sorted := func(idx ...int) []equivocationslasher.EquivocationSlasherAccused {
			acc := accuse(idx...)
			for i := range acc {
				for j := i + 1; j < len(acc); j++ {
					if acc[j].Operator.Cmp(acc[i].Operator) < 0 {
						acc[i], acc[j] = acc[j], acc[i]
					}
				}
			}
			return acc
		}
		pack := func(x, y equivocationslasher.EquivocationSlasherAttestedClaim, acc []equivocationslasher.EquivocationSlasherAccused) []byte {
			return h.packSlasher(t, "slashAttested", x, y, acc)
		}
		A, B := slasherAttested(ga), slasherAttested(gb)

		// Bad proof: a sibling flipped.
		bad := slasherAttested(ga)
		bad.Signed.Proof = append([][32]byte(nil), A.Signed.Proof...)
		bad.Signed.Proof[0][0] ^= 1
		require.Equal(t, []any{uint8(0)}, h.expectRevert(t, g, submitter, pack(bad, B, accuse(0)), "InvalidClaimProof"))
		badSide := ga
		badSide.Proof = append(badSide.Proof[:0:0], ga.Proof...)
		badSide.Proof[0][0] ^= 1
		_, err := h.builder.Attested(ctx, badSide, gb)
		require.ErrorIs(t, err, evidence.ErrBadProof)

		// The same claim on both sides.
		args := h.expectRevert(t, g, submitter, pack(A, A, accuse(0)), "ClaimsDoNotConflict")
		require.Equal(t, []any{g.chain, g.number}, args)
		_, err = h.builder.Attested(ctx, ga, ga)
		require.ErrorIs(t, err, evidence.ErrNoConflict)

		// Another chain, another height.
		other := h.attestedSide(t, h.refBlock(t), g.b, 6, 0, 1, 3)
		args = h.expectRevert(t, g, submitter, pack(A, slasherAttested(other), accuse(0)), "ClaimsOnDifferentBlocks")
		require.Equal(t, []any{g.chain, g.number, uint64(6), g.number}, args)
		_, err = h.builder.Attested(ctx, ga, other)
		require.ErrorIs(t, err, evidence.ErrDifferentBlocks)
		h.block++
		later := h.attestedSide(t, h.refBlock(t), randomClaims(5, 3, h.block), g.chain, 0, 1, 3)
		h.expectRevert(t, g, submitter, pack(A, slasherAttested(later), accuse(0)), "ClaimsOnDifferentBlocks")

		// Wrong signature: side B's sigma over side A's digest.
		wrong := slasherAttested(gb)
		wrong.Signature.Sigma = A.Signature.Sigma
		args = h.expectRevert(t, g, submitter, pack(A, wrong, accuse(0)), "AggregateSignatureInvalid")
		require.Equal(t, uint8(1), args[0])
		require.Equal(t, "InvalidBLSSignature", h.checkerErrorName(args[1].([]byte)), "the checker's reason is carried")
		wrongSide := gb
		wrongSide.Signature = wrong.Signature
		_, err = h.builder.Attested(ctx, ga, wrongSide)
		require.ErrorIs(t, err, evidence.ErrBadSignature)
		// A claim moved to another checkpoint than the one signed.
		moved := slasherAttested(gb)
		moved.Signed.Checkpoint.Round++
		args = h.expectRevert(t, g, submitter, pack(A, moved, accuse(0)), "AggregateSignatureInvalid")
		require.Equal(t, uint8(1), args[0])
		// Not a point of the curve.
		offCurve := slasherAttested(ga)
		offCurve.Signature.Sigma.Y = new(big.Int).Add(offCurve.Signature.Sigma.Y, big.NewInt(1))
		require.Equal(t, []any{uint8(0)}, h.expectRevert(t, g, submitter, pack(offCurve, B, accuse(0)), "InvalidG1Point"))

		// Operator 2 did not sign side B, operator 3 not side A.
		args = h.expectRevert(t, g, submitter, pack(A, B, accuse(2)), "NotASigner")
		require.Equal(t, []any{ops[2].Address, uint8(1)}, args)
		args = h.expectRevert(t, g, submitter, pack(A, B, accuse(3)), "NotASigner")
		require.Equal(t, []any{ops[3].Address, uint8(0)}, args)
		// One bad name spoils the list: nothing is slashed.
		h.expectRevert(t, g, submitter, pack(A, B, sorted(0, 1, 2)), "NotASigner")

		// Not an operator at all; a wrong bitmap index.
		stranger := []equivocationslasher.EquivocationSlasherAccused{{Operator: common.HexToAddress("0x000000000000000000000000000000000000dEaD")}}
		require.Equal(t, []any{stranger[0].Operator}, h.expectRevert(t, g, submitter, pack(A, B, stranger), "UnknownOperator"))
		badIndex := accuse(0)
		badIndex[0].QuorumBitmapIndexB = 7
		args = h.expectRevert(t, g, submitter, pack(A, B, badIndex), "NotRegisteredAt")
		require.Equal(t, []any{ops[0].Address, gb.Checkpoint.ReferenceBlock}, args)

		// Duplicates and order; nobody.
		two := sorted(0, 1)
		dup := append(two[:1:1], two[0])
		require.Equal(t, []any{big.NewInt(1)}, h.expectRevert(t, g, submitter, pack(A, B, dup), "OperatorsNotAscending"))
		require.Equal(t, []any{big.NewInt(1)}, h.expectRevert(t, g, submitter, pack(A, B, []equivocationslasher.EquivocationSlasherAccused{two[1], two[0]}), "OperatorsNotAscending"))
		h.expectRevert(t, g, submitter, pack(A, B, nil), "NoOperators")

		// A reference block that is not in the past.
		future := slasherAttested(gb)
		future.Signed.Checkpoint.ReferenceBlock = uint32(1 << 30)
		args = h.expectRevert(t, g, submitter, pack(A, future, accuse(0)), "ReferenceBlockNotInPast")
		require.Equal(t, []any{uint8(1), uint32(1 << 30)}, args)

		// Control: the well-formed evidence passes (as an eth_call only).
		require.NoError(t, h.slasherCall(h.submitterAddr, pack(A, B, sorted(0, 1))))
	})

	t.Run("certificate checked against its table's block", func(t *testing.T) {
		// Side A is an L1 attestation; side B a certificate over a checkpoint
		// with a later reference block, whose signers are those of the quorum at
		// tableRef (the block of the table a rollup verified it with) minus
		// operator 3.
		g := h.newFault()
		require.NoError(t, env.WaitForBlock(ctx, uint64(h.refBlock(t))+2))
		ga := h.attestedSide(t, h.refBlock(t), g.a, g.chain, 0, 1, 2, 3)
		cert := h.certificateSide(t, h.refBlock(t), tableRef, g.b, g.chain, 0, 1, 2)
		require.Greater(t, cert.Checkpoint.ReferenceBlock, tableRef)

		future := slasherAttested(cert)
		future.SignersBlock = 1 << 30
		args := h.expectRevert(t, g, submitter, h.packSlasher(t, "slashAttested", slasherAttested(ga), future,
			[]equivocationslasher.EquivocationSlasherAccused{{Operator: ops[0].Address}}), "SignersBlockNotInPast")
		require.Equal(t, []any{uint8(1), uint32(1 << 30)}, args)
		// A signers' block before anyone registered: the quorum's key there
		// is not the one the non-signer data names.
		early := slasherAttested(cert)
		early.SignersBlock = uint32(env.BeforeRegistration)
		args = h.expectRevert(t, g, submitter, h.packSlasher(t, "slashAttested", slasherAttested(ga), early,
			[]equivocationslasher.EquivocationSlasherAccused{{Operator: ops[0].Address}}), "AggregateSignatureInvalid")
		require.Equal(t, uint8(1), args[0])

		before := h.magnitudes(t)
		ev, err := h.builder.Attested(ctx, ga, cert)
		require.NoError(t, err)
		require.Len(t, ev.Guilty, 3)
		h.submit(t, submitter, ev)
		mags := h.magnitudes(t)
		for i := 0; i < 3; i++ {
			require.Equal(t, after(before[i]), mags[i], "operator %d signed both", i)
		}
		require.Equal(t, before[3], mags[3], "operator 3 did not sign the certificate")
	})

	t.Run("own signatures", func(t *testing.T) {
		g := h.newFault()
		ref := h.refBlock(t)
		sa := h.signedSide(t, ref, g.a, g.chain, 3)
		sb := h.signedSide(t, ref, g.b, g.chain, 3)
		before := h.magnitudes(t)

		// Wrong signatures first: each reverts and changes nothing.
		pack := func(op common.Address, x, y equivocationslasher.EquivocationSlasherOperatorSignedClaim) []byte {
			return h.packSlasher(t, "slashSigned", op, x, y)
		}
		byOther := h.signedSide(t, ref, g.b, g.chain, 2) // operator 2's signature presented as 3's
		byOther.Operator = ops[3].Address
		args := h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), slasherSigned(byOther, 0)), "OperatorSignatureInvalid")
		require.Equal(t, []any{uint8(1), ops[3].Address}, args)
		_, err := h.builder.Signed(ctx, sa, byOther)
		require.ErrorIs(t, err, evidence.ErrBadSignature)
		wrongG2 := sb
		wrongG2.PubkeyG2 = ops[2].PubkeyG2
		h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), slasherSigned(wrongG2, 0)), "OperatorSignatureInvalid")
		_, err = h.builder.Signed(ctx, sa, wrongG2)
		require.ErrorIs(t, err, evidence.ErrBadSignature)
		// Operator 2's real signature over side B, blamed on operator 3.
		h.expectRevert(t, g, submitter, pack(ops[2].Address, slasherSigned(sa, 0), slasherSigned(sb, 0)), "OperatorSignatureInvalid")
		zeroG2 := slasherSigned(sb, 0)
		zeroG2.PubkeyG2 = equivocationslasher.IBLSSignatureCheckerG2Point{X: [2]*big.Int{big.NewInt(0), big.NewInt(0)}, Y: [2]*big.Int{big.NewInt(0), big.NewInt(0)}}
		require.Equal(t, []any{uint8(1)}, h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), zeroG2), "InvalidG2Point"))
		infinity := slasherSigned(sb, 0)
		infinity.Sigma = equivocationslasher.IBLSSignatureCheckerG1Point{X: big.NewInt(0), Y: big.NewInt(0)}
		h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), infinity), "InvalidG1Point")
		// Signed at a reference block before the operator registered.
		early := h.signedSide(t, uint32(env.BeforeRegistration), g.b, g.chain, 3)
		args = h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), slasherSigned(early, 0)), "NotRegisteredAt")
		require.Equal(t, []any{ops[3].Address, uint32(env.BeforeRegistration)}, args)
		_, err = h.builder.Signed(ctx, sa, early)
		require.ErrorIs(t, err, evidence.ErrNotRegistered)
		// The same signed claim twice.
		h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), slasherSigned(sa, 0)), "ClaimsDoNotConflict")
		require.Equal(t, before, h.magnitudes(t))

		ev, err := h.builder.Signed(ctx, sa, sb)
		require.NoError(t, err)
		require.Equal(t, []evidence.Operator{{Address: ops[3].Address, ID: ops[3].ID}}, ev.Guilty)
		receipt := h.submit(t, submitter, ev)
		t.Logf("slashSigned: %d gas", receipt.GasUsed)
		mags := h.magnitudes(t)
		require.Equal(t, after(before[3]), mags[3], "operator 3 slashed")
		for i := 0; i < 3; i++ {
			require.Equal(t, before[i], mags[i], "operator %d untouched", i)
		}
		// Replayed: the same evidence, dry-run, then sent.
		var re *evidence.RevertError
		require.ErrorAs(t, evidence.Simulate(ctx, h.client, h.submitterAddr, h.slasherAddr, ev), &re)
		require.Equal(t, "AlreadySlashed", re.Name)
		args = h.expectRevert(t, g, submitter, pack(ops[3].Address, slasherSigned(sa, 0), slasherSigned(sb, 0)), "AlreadySlashed")
		require.Equal(t, []any{ops[3].Address, g.chain, g.number}, args)
		_, err = h.builder.Signed(ctx, sa, sb)
		require.ErrorIs(t, err, evidence.ErrAlreadySlashed)
	})

	t.Run("own signature against an aggregate", func(t *testing.T) {
		g := h.newFault()
		ref := h.refBlock(t)
		own := h.signedSide(t, ref, g.a, g.chain, 2)
		agg := h.attestedSide(t, ref, g.b, g.chain, 1, 2) // 0 and 3 did not sign
		before := h.magnitudes(t)

		pack := func(op common.Address, x equivocationslasher.EquivocationSlasherOperatorSignedClaim, y equivocationslasher.EquivocationSlasherAttestedClaim) []byte {
			return h.packSlasher(t, "slashSignedAgainstAttested", op, x, y, uint32(0))
		}
		// Operator 0 signed its own claim but is a non-signer of the aggregate.
		own0 := h.signedSide(t, ref, g.a, g.chain, 0)
		args := h.expectRevert(t, g, submitter, pack(ops[0].Address, slasherSigned(own0, 0), slasherAttested(agg)), "NotASigner")
		require.Equal(t, []any{ops[0].Address, uint8(1)}, args)
		_, err := h.builder.SignedAgainstAttested(ctx, own0, agg)
		require.ErrorIs(t, err, evidence.ErrNotSigner)
		require.Equal(t, before, h.magnitudes(t))

		ev, err := h.builder.SignedAgainstAttested(ctx, own, agg)
		require.NoError(t, err)
		receipt := h.submit(t, submitter, ev)
		t.Logf("slashSignedAgainstAttested: %d gas", receipt.GasUsed)
		mags := h.magnitudes(t)
		require.Equal(t, after(before[2]), mags[2], "operator 2 slashed")
		for _, i := range []int{0, 1, 3} {
			require.Equal(t, before[i], mags[i], "operator %d untouched (1 signed the aggregate only)", i)
		}
		h.expectRevert(t, g, submitter, pack(ops[2].Address, slasherSigned(own, 0), slasherAttested(agg)), "AlreadySlashed")
	})

	t.Run("owner functions", func(t *testing.T) {
		g := h.newFault()
		args := h.expectRevert(t, g, submitter, h.packSlasher(t, "setSlashWad", big.NewInt(5e17)), "NotOwner")
		require.Equal(t, []any{h.submitterAddr}, args)
		h.expectRevert(t, g, submitter, h.packSlasher(t, "transferOwnership", h.submitterAddr), "NotOwner")
		for _, bad := range []*big.Int{big.NewInt(0), new(big.Int).Add(big.NewInt(1e18), big.NewInt(1))} {
			args := h.expectRevert(t, g, h.owner, h.packSlasher(t, "setSlashWad", bad), "InvalidWad")
			require.Equal(t, bad.String(), args[0].(*big.Int).String())
		}
		h.expectRevert(t, g, h.owner, h.packSlasher(t, "transferOwnership", common.Address{}), "ZeroAddress")

		newWad := big.NewInt(25e16)
		receipt := h.send(t, func() (*types.Transaction, error) { return h.slasher.SetSlashWad(h.transactor(t, h.owner), newWad) })
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		t.Cleanup(func() {
			r := h.send(t, func() (*types.Transaction, error) {
				return h.slasher.SetSlashWad(h.transactor(t, h.owner), deploy.DefaultSlashWad)
			})
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
		})
		got, err := h.slasher.SlashWad(h.call())
		require.NoError(t, err)
		require.Equal(t, newWad.String(), got.String())

		// Ownership moves, and the old owner loses the setters.
		receipt = h.send(t, func() (*types.Transaction, error) {
			return h.slasher.TransferOwnership(h.transactor(t, h.owner), h.submitterAddr)
		})
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		args = h.expectRevert(t, g, h.owner, h.packSlasher(t, "setSlashWad", big.NewInt(5e17)), "NotOwner")
		require.Equal(t, []any{h.ownerAddr}, args)
		receipt = h.send(t, func() (*types.Transaction, error) {
			return h.slasher.TransferOwnership(h.transactor(t, submitter), h.ownerAddr)
		})
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		owner, err := h.slasher.Owner(h.call())
		require.NoError(t, err)
		require.Equal(t, h.ownerAddr, owner)

		// The new wad is what the next slash takes.
		ref := h.refBlock(t)
		ev, err := h.builder.Signed(ctx, h.signedSide(t, ref, g.a, g.chain, 1), h.signedSide(t, ref, g.b, g.chain, 1))
		require.NoError(t, err)
		before := h.magnitude(t, ops[1].Address)
		h.submit(t, submitter, ev)
		require.Equal(t, before-before/4, h.magnitude(t, ops[1].Address))
	})
}
