// Package attestation is the consumer's side of rollcall: it reads attested
// claims back from the RollcallRegistry on L1 alone (its storage and its
// ClaimAttested logs), rebuilds the claims tree of a checkpoint, and proves
// or verifies one claim against it.
package attestation

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
)

// ErrNotAttested is returned when the registry holds no attestation for
// what was asked.
var ErrNotAttested = errors.New("not attested")

// ErrMismatch is returned when L1 logs do not rebuild the stored root: the
// node serving the logs is wrong or incomplete.
var ErrMismatch = errors.New("logs do not match the registry's stored root")

// Proof is one attested claim with everything needed to verify it: the
// checkpoint that attested it and the Merkle proof from the claim's leaf to
// the checkpoint's claims root. It is what `rollcall attestation get`
// prints and `rollcall attestation verify` reads.
type Proof struct {
	L1ChainID     uint64          `json:"l1ChainId,string"`
	Registry      common.Address  `json:"registry"`
	Claim         core.Claim      `json:"claim"`
	Checkpoint    core.Checkpoint `json:"checkpoint"`
	AttestedBlock uint64          `json:"attestedBlock,string"`
	Proof         []common.Hash   `json:"proof"`
}

// Checkpoint is an attested checkpoint rebuilt from L1.
type Checkpoint struct {
	Checkpoint    core.Checkpoint
	AttestedBlock uint64
	Tree          *core.Tree
}

// Reader reads attestations from one registry.
type Reader struct {
	l1ChainID uint64
	address   common.Address
	registry  *rollcallregistry.RollcallRegistry
}

// NewReader binds the registry at address on a chain with id l1ChainID.
func NewReader(backend bind.ContractBackend, l1ChainID uint64, address common.Address) (*Reader, error) {
	reg, err := rollcallregistry.NewRollcallRegistry(address, backend)
	if err != nil {
		return nil, err
	}
	return &Reader{l1ChainID: l1ChainID, address: address, registry: reg}, nil
}

// Checkpoint rebuilds round's checkpoint: the stored record, and its claims
// from the ClaimAttested logs of the block that attested it, checked
// against the stored root.
func (r *Reader) Checkpoint(ctx context.Context, round uint64) (*Checkpoint, error) {
	rec, err := r.registry.GetCheckpoint(&bind.CallOpts{Context: ctx}, round)
	if err != nil {
		return nil, fmt.Errorf("read checkpoint %d: %w", round, err)
	}
	if rec.AttestedBlock == 0 {
		return nil, fmt.Errorf("round %d: %w", round, ErrNotAttested)
	}
	block := uint64(rec.AttestedBlock)
	it, err := r.registry.FilterClaimAttested(&bind.FilterOpts{Start: block, End: &block, Context: ctx}, []uint64{round}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("read claims of round %d: %w", round, err)
	}
	defer it.Close()
	var claims []core.Claim
	for it.Next() {
		e := it.Event
		claims = append(claims, core.Claim{ChainID: e.ChainId, BlockNumber: e.BlockNumber, BlockHash: e.BlockHash, StateRoot: e.StateRoot})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read claims of round %d: %w", round, err)
	}
	tree, err := core.BuildTree(claims)
	if err != nil {
		return nil, fmt.Errorf("round %d: %w: %v", round, ErrMismatch, err)
	}
	if tree.Root() != rec.ClaimsRoot {
		return nil, fmt.Errorf("round %d: %w", round, ErrMismatch)
	}
	return &Checkpoint{
		Checkpoint:    core.Checkpoint{Round: round, ReferenceBlock: rec.ReferenceBlock, ClaimsRoot: rec.ClaimsRoot},
		AttestedBlock: block,
		Tree:          tree,
	}, nil
}

// Get returns the proof of rollup chainID's claim at block, or of its latest
// attested claim when block is nil.
func (r *Reader) Get(ctx context.Context, chainID uint64, block *uint64) (*Proof, error) {
	round, err := r.roundOf(ctx, chainID, block)
	if err != nil {
		return nil, err
	}
	cp, err := r.Checkpoint(ctx, round)
	if err != nil {
		return nil, err
	}
	claim, ok := cp.Tree.Claim(chainID)
	if !ok {
		return nil, fmt.Errorf("round %d has no claim of chain %d: %w", round, chainID, ErrMismatch)
	}
	proof, err := cp.Tree.Proof(chainID)
	if err != nil {
		return nil, err
	}
	return &Proof{
		L1ChainID: r.l1ChainID, Registry: r.address, Claim: claim, Checkpoint: cp.Checkpoint,
		AttestedBlock: cp.AttestedBlock, Proof: proof,
	}, nil
}

// roundOf finds the round that attested chainID at block (or latest).
func (r *Reader) roundOf(ctx context.Context, chainID uint64, block *uint64) (uint64, error) {
	if block == nil {
		latest, err := r.registry.LatestClaim(&bind.CallOpts{Context: ctx}, chainID)
		if err != nil {
			return 0, fmt.Errorf("read latest claim of chain %d: %w", chainID, err)
		}
		if latest.Round == 0 {
			return 0, fmt.Errorf("chain %d: %w", chainID, ErrNotAttested)
		}
		return latest.Round, nil
	}
	it, err := r.registry.FilterClaimAttested(&bind.FilterOpts{Context: ctx}, nil, []uint64{chainID}, []uint64{*block})
	if err != nil {
		return 0, fmt.Errorf("search claims of chain %d at block %d: %w", chainID, *block, err)
	}
	defer it.Close()
	if !it.Next() {
		if err := it.Error(); err != nil {
			return 0, err
		}
		return 0, fmt.Errorf("chain %d block %d: %w", chainID, *block, ErrNotAttested)
	}
	return it.Event.Round, nil
}

// Verify checks a proof against the registry on L1: the checkpoint must be
// attested with the same claims root and reference block, and the
// registry's own verifyClaim must accept the claim and proof. It returns
// nil only when all of that holds.
func (r *Reader) Verify(ctx context.Context, p *Proof) error {
	if p.L1ChainID != r.l1ChainID {
		return fmt.Errorf("proof is for L1 chain %d, the registry is on chain %d", p.L1ChainID, r.l1ChainID)
	}
	if p.Registry != r.address {
		return fmt.Errorf("proof is for registry %s, not %s", p.Registry, r.address)
	}
	rec, err := r.registry.GetCheckpoint(&bind.CallOpts{Context: ctx}, p.Checkpoint.Round)
	if err != nil {
		return fmt.Errorf("read checkpoint %d: %w", p.Checkpoint.Round, err)
	}
	if rec.AttestedBlock == 0 {
		return fmt.Errorf("round %d: %w", p.Checkpoint.Round, ErrNotAttested)
	}
	if rec.ClaimsRoot != p.Checkpoint.ClaimsRoot || rec.ReferenceBlock != p.Checkpoint.ReferenceBlock {
		return fmt.Errorf("round %d on L1 has claims root %s at reference block %d, the proof says %s at %d",
			p.Checkpoint.Round, common.Hash(rec.ClaimsRoot), rec.ReferenceBlock, p.Checkpoint.ClaimsRoot, p.Checkpoint.ReferenceBlock)
	}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	c := p.Claim
	ok, err := r.registry.VerifyClaim(&bind.CallOpts{Context: ctx}, rollcallregistry.RollcallCodecClaim{
		ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot,
	}, p.Checkpoint.Round, proof)
	if err != nil {
		return fmt.Errorf("verifyClaim: %w", err)
	}
	if !ok {
		return fmt.Errorf("the registry rejects the claim of chain %d at block %d with this proof", c.ChainID, c.BlockNumber)
	}
	return nil
}
