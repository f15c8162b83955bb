package evidence

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/blsverify"
)

// Builder turns signed checkpoints into checked evidence for one deployment.
type Builder struct {
	chain     Chain
	l1ChainID uint64
	registry  common.Address
}

// NewBuilder builds evidence for the AVS (l1ChainID, registry), reading chain.
func NewBuilder(chain Chain, l1ChainID uint64, registry common.Address) (*Builder, error) {
	if chain == nil || l1ChainID == 0 || registry == (common.Address{}) {
		return nil, errors.New("evidence: chain, L1 chain id and registry are required")
	}
	return &Builder{chain: chain, l1ChainID: l1ChainID, registry: registry}, nil
}

// Evidence is checked evidence, ready to send: the slasher's arguments for
// its Form, who it convicts, and who signed both sides but is left out.
type Evidence struct {
	Form   Form
	A, B   Side
	Guilty []Operator
	// Skipped signed both sides but cannot be slashed for it (again).
	Skipped []Skipped

	attested       [2]equivocationslasher.EquivocationSlasherAttestedClaim
	signed         [2]equivocationslasher.EquivocationSlasherOperatorSignedClaim
	accused        []equivocationslasher.EquivocationSlasherAccused
	bitmapIndexB   uint32
	signedOperator common.Address
}

// Args are the arguments of Form.Method(), in order.
func (e *Evidence) Args() []any {
	switch e.Form {
	case FormSigned:
		return []any{e.signedOperator, e.signed[0], e.signed[1]}
	case FormSignedAgainstAttested:
		return []any{e.signedOperator, e.signed[0], e.attested[1], e.bitmapIndexB}
	}
	return []any{e.attested[0], e.attested[1], e.accused}
}

// Calldata is the ABI-encoded call of Form.Method().
func (e *Evidence) Calldata() ([]byte, error) {
	a, err := equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("evidence: slasher ABI: %w", err)
	}
	return a.Pack(e.Form.Method(), e.Args()...)
}

// Send submits the evidence to the slasher.
func (e *Evidence) Send(opts *bind.TransactOpts, slasher *equivocationslasher.EquivocationSlasherTransactor) (*types.Transaction, error) {
	switch e.Form {
	case FormSigned:
		return slasher.SlashSigned(opts, e.signedOperator, e.signed[0], e.signed[1])
	case FormSignedAgainstAttested:
		return slasher.SlashSignedAgainstAttested(opts, e.signedOperator, e.signed[0], e.attested[1], e.bitmapIndexB)
	}
	return slasher.SlashAttested(opts, e.attested[0], e.attested[1], e.accused)
}

// aggregateSide is what an Attested side tells after its checks: the
// members at its reference block and the ids of its non-signers.
type aggregateSide struct {
	members    map[common.Hash]Member
	nonSigners map[common.Hash]bool
}

// Attested builds evidence from two aggregate signatures: every member of
// the quorum at both sides' signers' blocks that is a non-signer of neither
// side is guilty; those already slashed for the block or no longer slashable
// are skipped. ErrNoGuilty when nobody is left.
func (b *Builder) Attested(ctx context.Context, a, bb Attested) (*Evidence, error) {
	if err := conflict(a.Claim, bb.Claim); err != nil {
		return nil, err
	}
	head, err := b.chain.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("evidence: read head: %w", err)
	}
	sa, err := b.checkAttested(ctx, a, "A", head)
	if err != nil {
		return nil, err
	}
	sb, err := b.checkAttested(ctx, bb, "B", head)
	if err != nil {
		return nil, err
	}
	e := &Evidence{Form: FormAttested, A: a.Side, B: bb.Side}
	e.attested[0], e.attested[1] = slasherAttested(a), slasherAttested(bb)
	var guilty []equivocationslasher.EquivocationSlasherAccused
	for id, ma := range sa.members {
		mb, ok := sb.members[id]
		if !ok || sa.nonSigners[id] || sb.nonSigners[id] {
			continue
		}
		if reason, err := b.skip(ctx, ma.Address, a.Claim); err != nil {
			return nil, err
		} else if reason != nil {
			e.Skipped = append(e.Skipped, Skipped{Operator: ma.Operator, Reason: reason})
			continue
		}
		guilty = append(guilty, equivocationslasher.EquivocationSlasherAccused{Operator: ma.Address, QuorumBitmapIndexA: ma.BitmapIndex, QuorumBitmapIndexB: mb.BitmapIndex})
		e.Guilty = append(e.Guilty, ma.Operator)
	}
	if len(guilty) == 0 {
		return nil, fmt.Errorf("%w (%d skipped)", ErrNoGuilty, len(e.Skipped))
	}
	// The contract wants strictly ascending addresses.
	slices.SortFunc(guilty, func(x, y equivocationslasher.EquivocationSlasherAccused) int {
		return bytes.Compare(x.Operator[:], y.Operator[:])
	})
	slices.SortFunc(e.Guilty, func(x, y Operator) int { return bytes.Compare(x.Address[:], y.Address[:]) })
	slices.SortFunc(e.Skipped, func(x, y Skipped) int { return bytes.Compare(x.Address[:], y.Address[:]) })
	e.accused = guilty
	return e, nil
}

// Signed builds evidence from one operator's own signatures on both sides.
func (b *Builder) Signed(ctx context.Context, a, bb Signed) (*Evidence, error) {
	if a.Operator != bb.Operator {
		return nil, fmt.Errorf("%w: side A is %s's signature, side B %s's", ErrBadSignature, a.Operator, bb.Operator)
	}
	if err := conflict(a.Claim, bb.Claim); err != nil {
		return nil, err
	}
	head, err := b.chain.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("evidence: read head: %w", err)
	}
	e := &Evidence{Form: FormSigned, A: a.Side, B: bb.Side, signedOperator: a.Operator}
	var op Operator
	for i, s := range []Signed{a, bb} {
		if op, e.signed[i], err = b.checkSigned(ctx, s, sideName(i), head); err != nil {
			return nil, err
		}
	}
	return b.single(ctx, e, op)
}

// SignedAgainstAttested builds evidence from an operator's own signature (A)
// and an aggregate signature it is part of (B).
func (b *Builder) SignedAgainstAttested(ctx context.Context, a Signed, bb Attested) (*Evidence, error) {
	if err := conflict(a.Claim, bb.Claim); err != nil {
		return nil, err
	}
	head, err := b.chain.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("evidence: read head: %w", err)
	}
	e := &Evidence{Form: FormSignedAgainstAttested, A: a.Side, B: bb.Side, signedOperator: a.Operator}
	op, signed, err := b.checkSigned(ctx, a, "A", head)
	if err != nil {
		return nil, err
	}
	e.signed[0] = signed
	sb, err := b.checkAttested(ctx, bb, "B", head)
	if err != nil {
		return nil, err
	}
	m, ok := sb.members[op.ID]
	if !ok {
		return nil, fmt.Errorf("side B: %w: %s at block %d", ErrNotRegistered, op.Address, bb.signersBlock())
	}
	if sb.nonSigners[op.ID] {
		return nil, fmt.Errorf("side B: %w: %s", ErrNotSigner, op.Address)
	}
	e.attested[1] = slasherAttested(bb)
	e.bitmapIndexB = m.BitmapIndex
	return b.single(ctx, e, op)
}

func sideName(i int) string { return string(rune('A' + i)) }

// single finishes one-operator evidence: the operator must still be slashable
// and not yet slashed for the block.
func (b *Builder) single(ctx context.Context, e *Evidence, op Operator) (*Evidence, error) {
	reason, err := b.skip(ctx, op.Address, e.A.Claim)
	if err != nil {
		return nil, err
	}
	if reason != nil {
		return nil, fmt.Errorf("%w: %s", reason, op.Address)
	}
	e.Guilty = []Operator{op}
	return e, nil
}

// skip says why an operator that signed both sides cannot be slashed now
// (reason nil: it can); err is a failure to read the chain.
func (b *Builder) skip(ctx context.Context, op common.Address, c core.Claim) (reason, err error) {
	slashed, err := b.chain.Slashed(ctx, op, c.ChainID, c.BlockNumber)
	if err != nil {
		return nil, err
	}
	if slashed {
		return ErrAlreadySlashed, nil
	}
	ok, err := b.chain.Slashable(ctx, op)
	if err != nil {
		return nil, err
	}
	if !ok {
		return ErrNotSlashable, nil
	}
	return nil, nil
}

// checkAttested mirrors the contract's checks of an aggregate side: the
// proof, the reference block, the quorum aggregate key at the signers'
// block against the BLSApkRegistry's history, and the signature against
// that key minus the non-signers' keys (e(σ, g₂) = e(H(m), apk₂) with apk₂
// bound to the G1 aggregate).
func (b *Builder) checkAttested(ctx context.Context, s Attested, name string, head uint64) (*aggregateSide, error) {
	digest, err := checkSide(s.Side, name, head, b.l1ChainID, b.registry)
	if err != nil {
		return nil, err
	}
	sig := s.Signature
	if len(sig.QuorumApks) != 1 || len(sig.QuorumApkIndices) != 1 {
		return nil, fmt.Errorf("side %s: %w: want one quorum's aggregate key, got %d", name, ErrBadSignature, len(sig.QuorumApks))
	}
	ref := s.signersBlock()
	if uint64(ref) > head {
		return nil, fmt.Errorf("side %s: %w: signers' block %d, head %d", name, ErrReferenceBlock, ref, head)
	}
	apkHash, err := b.chain.ApkHash(ctx, ref, sig.QuorumApkIndices[0])
	if err != nil {
		return nil, fmt.Errorf("side %s: %w: %w", name, ErrBadSignature, err)
	}
	quorumApk := sig.QuorumApks[0]
	if want := g1Hash(quorumApk.X, quorumApk.Y); !bytes.Equal(want[:24], apkHash[:]) {
		return nil, fmt.Errorf("side %s: %w: quorum aggregate key is not the registry's at block %d", name, ErrBadSignature, ref)
	}
	members, err := b.chain.Members(ctx, ref)
	if err != nil {
		return nil, err
	}
	signers, err := core.ParseG1(quorumApk.X, quorumApk.Y)
	if err != nil {
		return nil, fmt.Errorf("side %s: quorum aggregate key: %w: %w", name, ErrBadSignature, err)
	}
	out := &aggregateSide{members: members, nonSigners: map[common.Hash]bool{}}
	var prev common.Hash
	for i, pk := range sig.NonSignerPubkeys {
		id := g1Hash(pk.X, pk.Y)
		if i > 0 && bytes.Compare(id[:], prev[:]) <= 0 {
			return nil, fmt.Errorf("side %s: %w: non-signers not sorted by key hash", name, ErrBadSignature)
		}
		prev = id
		out.nonSigners[id] = true
		if _, member := members[id]; !member {
			continue // not in the quorum at ref: not in its aggregate key either
		}
		p, err := core.ParseG1(pk.X, pk.Y)
		if err != nil {
			return nil, fmt.Errorf("side %s: non-signer key: %w: %w", name, ErrBadSignature, err)
		}
		signers.Sub(p)
	}
	sigmaG1, err := core.ParseG1(sig.Sigma.X, sig.Sigma.Y)
	sigma := &bls.Signature{G1Point: sigmaG1}
	if err != nil {
		return nil, fmt.Errorf("side %s: %w: %w", name, ErrBadSignature, err)
	}
	apkG2, err := core.ParseG2(sig.ApkG2.X, sig.ApkG2.Y)
	if err != nil {
		return nil, fmt.Errorf("side %s: aggregate G2 key: %w: %w", name, ErrBadSignature, err)
	}
	if err := bound(signers, apkG2, name); err != nil {
		return nil, err
	}
	if err := blsverify.Verify(digest, sigma, apkG2); err != nil {
		return nil, fmt.Errorf("side %s: %w: %w", name, ErrBadSignature, err)
	}
	return out, nil
}

// checkSigned mirrors the contract's checks of an own-signature side.
func (b *Builder) checkSigned(ctx context.Context, s Signed, name string, head uint64) (Operator, equivocationslasher.EquivocationSlasherOperatorSignedClaim, error) {
	var none equivocationslasher.EquivocationSlasherOperatorSignedClaim
	digest, err := checkSide(s.Side, name, head, b.l1ChainID, b.registry)
	if err != nil {
		return Operator{}, none, err
	}
	if s.Signature == nil || s.PubkeyG2 == nil {
		return Operator{}, none, fmt.Errorf("side %s: %w: signature and G2 key are required", name, ErrBadSignature)
	}
	if err := blsverify.CheckSignature(s.Signature); err != nil {
		return Operator{}, none, fmt.Errorf("side %s: %w: %w", name, ErrBadSignature, err)
	}
	if err := blsverify.CheckPublicKeyG2(s.PubkeyG2); err != nil {
		return Operator{}, none, fmt.Errorf("side %s: G2 key: %w: %w", name, ErrBadSignature, err)
	}
	pk, id, err := b.chain.Pubkey(ctx, s.Operator)
	if err != nil {
		return Operator{}, none, fmt.Errorf("side %s: %w", name, err)
	}
	if err := bound(pk, s.PubkeyG2, name); err != nil {
		return Operator{}, none, err
	}
	if err := blsverify.Verify(digest, s.Signature, s.PubkeyG2); err != nil {
		return Operator{}, none, fmt.Errorf("side %s: %w: %w", name, ErrBadSignature, err)
	}
	members, err := b.chain.Members(ctx, s.Checkpoint.ReferenceBlock)
	if err != nil {
		return Operator{}, none, err
	}
	m, ok := members[id]
	if !ok {
		return Operator{}, none, fmt.Errorf("side %s: %w: %s at block %d", name, ErrNotRegistered, s.Operator, s.Checkpoint.ReferenceBlock)
	}
	x, y := s.Signature.X.BigInt(new(big.Int)), s.Signature.Y.BigInt(new(big.Int))
	return m.Operator, equivocationslasher.EquivocationSlasherOperatorSignedClaim{
		Signed:            slasherSide(s.Side),
		Sigma:             equivocationslasher.IBLSSignatureCheckerG1Point{X: x, Y: y},
		PubkeyG2:          g2Point(s.PubkeyG2),
		QuorumBitmapIndex: m.BitmapIndex,
	}, nil
}

// bound checks that g1 and g2 have the same discrete log (the G2 key is the
// G1 key's), as the contract's gamma-bound pairing does.
func bound(g1 *bls.G1Point, g2 *bls.G2Point, name string) error {
	ok, err := g1.VerifyEquivalence(g2)
	if err != nil || !ok {
		return fmt.Errorf("side %s: %w: G2 key does not match the G1 key", name, ErrBadSignature)
	}
	return nil
}

// g1Hash is the middleware's BN254.hashG1Point: keccak256(x ‖ y), the
// operator id of a key.
func g1Hash(x, y *big.Int) common.Hash {
	var buf [64]byte
	x.FillBytes(buf[:32])
	y.FillBytes(buf[32:])
	return crypto.Keccak256Hash(buf[:])
}

// g2Point is the Solidity order of a G2 key: imaginary part first.
func g2Point(p *bls.G2Point) equivocationslasher.IBLSSignatureCheckerG2Point {
	return equivocationslasher.IBLSSignatureCheckerG2Point{
		X: [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		Y: [2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))},
	}
}

// Split cuts Attested evidence into pieces of at most max guilty operators
// each, in address order: every piece re-proves both signatures, and each
// operator is slashed once whatever piece it is in. A transaction is
// capped in gas (2^24 since Osaka), and each slash costs the
// AllocationManager a few hundred thousand gas (docs/slashing.md), so many
// guilty operators take several transactions. Other forms convict one
// operator and come back whole.
func (e *Evidence) Split(max int) []*Evidence {
	if e.Form != FormAttested || max <= 0 || len(e.accused) <= max {
		return []*Evidence{e}
	}
	var out []*Evidence
	for lo := 0; lo < len(e.accused); lo += max {
		hi := min(lo+max, len(e.accused))
		piece := *e
		piece.accused = slices.Clone(e.accused[lo:hi])
		piece.Guilty = slices.Clone(e.Guilty[lo:hi])
		if lo > 0 {
			piece.Skipped = nil // reported once, with the first piece
		}
		out = append(out, &piece)
	}
	return out
}

// Filter keeps the guilty operators for which keep is true (e.g. to leave
// out some for another transaction); ErrNoGuilty when none is left.
func (e *Evidence) Filter(keep func(Operator) bool) (*Evidence, error) {
	out := *e
	out.Guilty, out.accused = nil, nil
	for i, op := range e.Guilty {
		if !keep(op) {
			continue
		}
		out.Guilty = append(out.Guilty, op)
		if e.Form == FormAttested {
			out.accused = append(out.accused, e.accused[i])
		}
	}
	if len(out.Guilty) == 0 {
		return nil, ErrNoGuilty
	}
	return &out, nil
}
