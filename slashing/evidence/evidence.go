// Package evidence builds the evidence EquivocationSlasher takes: from two
// signed checkpoints holding conflicting claims (same chainId and
// blockNumber, different blockHash or stateRoot) it derives the calldata,
// the operators the evidence convicts, and checks locally what the contract
// checks, so that bad evidence is refused before it is sent.
//
// Three forms, as the contract has them (docs/slashing.md):
//   - Attested: two aggregate signatures (an attested L1 checkpoint and/or a
//     certificate delivered to a rollup, in the L1 checker's non-signer
//     form at a block of the submitter's choice, by default the reference
//     block); the guilty are the quorum members at both blocks that are
//     non-signers of neither side.
//   - Signed: one operator's own signature on each side (the aggregator
//     keeps every accepted signature).
//   - SignedAgainstAttested: its own signature on one side, an aggregate it
//     is part of on the other.
package evidence

import (
	"errors"
	"fmt"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
)

// Errors the local checks return, one per way evidence can be wrong; each
// matches a custom error of EquivocationSlasher (named in the comment).
var (
	// ErrDifferentBlocks: the claims are not about one (chainId, blockNumber) (ClaimsOnDifferentBlocks).
	ErrDifferentBlocks = errors.New("evidence: claims are about different blocks")
	// ErrNoConflict: the two claims are equal (ClaimsDoNotConflict).
	ErrNoConflict = errors.New("evidence: claims do not conflict")
	// ErrBadProof: a claim's proof does not lead to its checkpoint's claims root (InvalidClaimProof).
	ErrBadProof = errors.New("evidence: claim proof does not match the claims root")
	// ErrReferenceBlock: a reference block is not in the past (ReferenceBlockNotInPast).
	ErrReferenceBlock = errors.New("evidence: reference block is not in the past")
	// ErrBadSignature: a signature does not verify (AggregateSignatureInvalid, OperatorSignatureInvalid, InvalidG1Point, InvalidG2Point).
	ErrBadSignature = errors.New("evidence: signature does not verify")
	// ErrNotRegistered: the operator was not in the quorum at a reference block (NotRegisteredAt, UnknownOperator).
	ErrNotRegistered = errors.New("evidence: operator not in the quorum at the reference block")
	// ErrNotSigner: the operator is a non-signer of an aggregate side (NotASigner).
	ErrNotSigner = errors.New("evidence: operator is a non-signer")
	// ErrAlreadySlashed: the operator was slashed for this block already (AlreadySlashed).
	ErrAlreadySlashed = errors.New("evidence: operator already slashed for this block")
	// ErrNotSlashable: the operator's stake is no longer slashable by the AVS (OperatorNotSlashable).
	ErrNotSlashable = errors.New("evidence: operator not slashable")
	// ErrNoGuilty: no operator is convicted by both sides and still slashable (NoOperators).
	ErrNoGuilty = errors.New("evidence: no operator left to slash")
)

// Side is one signed checkpoint and one of its claims, with the claim's
// Merkle proof against the checkpoint's claims root.
type Side struct {
	Checkpoint core.Checkpoint
	Claim      core.Claim
	Proof      []common.Hash
}

// SideOf is the side for the claim of chainID in the checkpoint of round
// and referenceBlock over claims (every claim of that checkpoint).
func SideOf(round uint64, referenceBlock uint32, claims []core.Claim, chainID uint64) (Side, error) {
	tree, err := core.BuildTree(claims)
	if err != nil {
		return Side{}, fmt.Errorf("evidence: claims tree: %w", err)
	}
	claim, ok := tree.Claim(chainID)
	if !ok {
		return Side{}, fmt.Errorf("evidence: checkpoint has no claim for chain %d: %w", chainID, core.ErrUnknownChain)
	}
	proof, err := tree.Proof(chainID)
	if err != nil {
		return Side{}, fmt.Errorf("evidence: proof: %w", err)
	}
	return Side{
		Checkpoint: core.Checkpoint{Round: round, ReferenceBlock: referenceBlock, ClaimsRoot: tree.Root()},
		Claim:      claim,
		Proof:      proof,
	}, nil
}

// Attested is a side under an aggregate signature, with the non-signer data
// the middleware's checkSignatures takes at SignersBlock (what the
// registry's attest takes when SignersBlock is the reference block).
type Attested struct {
	Side
	// SignersBlock is the L1 block whose quorum, minus the non-signers,
	// signed; 0 means the checkpoint's reference block (an L1 attestation).
	// A certificate delivered to a rollup may give the block of the operator
	// table it was verified with, its non-signers being L1's at that block.
	SignersBlock uint32
	Signature    equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature
}

// signersBlock is SignersBlock with its default.
func (a Attested) signersBlock() uint32 {
	if a.SignersBlock == 0 {
		return a.Checkpoint.ReferenceBlock
	}
	return a.SignersBlock
}

// slasherAttested converts an aggregate side to the contract's AttestedClaim.
func slasherAttested(a Attested) equivocationslasher.EquivocationSlasherAttestedClaim {
	return equivocationslasher.EquivocationSlasherAttestedClaim{Signed: slasherSide(a.Side), SignersBlock: a.signersBlock(), Signature: a.Signature}
}

// Signed is a side under one operator's own signature. PubkeyG2 is the
// operator's G2 key (the contract binds it to the registered G1 key).
type Signed struct {
	Side
	Operator  common.Address
	Signature *bls.Signature
	PubkeyG2  *bls.G2Point
}

// Form is the slasher function the evidence goes to.
type Form uint8

// Forms, numbered as the contract's EvidenceForm.
const (
	FormAttested Form = iota
	FormSigned
	FormSignedAgainstAttested
)

func (f Form) String() string {
	switch f {
	case FormAttested:
		return "attested"
	case FormSigned:
		return "signed"
	case FormSignedAgainstAttested:
		return "signed-against-attested"
	}
	return fmt.Sprintf("form(%d)", uint8(f))
}

// Method is the slasher's function for the form.
func (f Form) Method() string {
	switch f {
	case FormSigned:
		return "slashSigned"
	case FormSignedAgainstAttested:
		return "slashSignedAgainstAttested"
	}
	return "slashAttested"
}

// Operator is an operator the evidence convicts.
type Operator struct {
	Address common.Address
	ID      common.Hash
}

// Skipped is an operator that signed both sides but is left out of the
// evidence, and why (ErrAlreadySlashed, ErrNotSlashable).
type Skipped struct {
	Operator
	Reason error
}

// conflict checks that a and b are about one block and differ.
func conflict(a, b core.Claim) error {
	if a.ChainID != b.ChainID || a.BlockNumber != b.BlockNumber {
		return fmt.Errorf("%w: chain %d block %d vs chain %d block %d", ErrDifferentBlocks, a.ChainID, a.BlockNumber, b.ChainID, b.BlockNumber)
	}
	if a == b {
		return fmt.Errorf("%w: chain %d block %d", ErrNoConflict, a.ChainID, a.BlockNumber)
	}
	return nil
}

// checkSide checks the proof and that the reference block is before head+1
// (the block the evidence would land in), and returns the digest.
func checkSide(s Side, name string, head uint64, l1ChainID uint64, registry common.Address) (common.Hash, error) {
	if !core.VerifyProof(s.Checkpoint.ClaimsRoot, s.Claim, s.Proof) {
		return common.Hash{}, fmt.Errorf("side %s: %w", name, ErrBadProof)
	}
	if uint64(s.Checkpoint.ReferenceBlock) > head {
		return common.Hash{}, fmt.Errorf("side %s: %w: block %d, head %d", name, ErrReferenceBlock, s.Checkpoint.ReferenceBlock, head)
	}
	return s.Checkpoint.Digest(l1ChainID, registry), nil
}

// slasherSide converts a side to the contract's SignedClaim.
func slasherSide(s Side) equivocationslasher.EquivocationSlasherSignedClaim {
	proof := make([][32]byte, len(s.Proof))
	for i, p := range s.Proof {
		proof[i] = p
	}
	return equivocationslasher.EquivocationSlasherSignedClaim{
		Checkpoint: equivocationslasher.EquivocationSlasherCheckpoint{
			Round: s.Checkpoint.Round, ReferenceBlock: s.Checkpoint.ReferenceBlock, ClaimsRoot: s.Checkpoint.ClaimsRoot,
		},
		Claim: equivocationslasher.RollcallCodecClaim{
			ChainId: s.Claim.ChainID, BlockNumber: s.Claim.BlockNumber, BlockHash: s.Claim.BlockHash, StateRoot: s.Claim.StateRoot,
		},
		Proof: proof,
	}
}
