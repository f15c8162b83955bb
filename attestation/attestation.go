// Package attestation is the consumer's side of rollcall: it reads attested
// checkpoints back from a registry alone (the claims root it stores per
// round and the claims its CheckpointAttested event carries), rebuilds the
// claims tree of a checkpoint, and proves or verifies one claim against it.
// The registry is the RollcallRegistry on L1, or a rollup's RollupRegistry
// (OnRollup): both are CheckpointRegistry contracts with the same event and
// views.
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
	L1ChainID uint64 `json:"l1ChainId,string"`
	// ChainID is the rollup holding Registry when it is a rollup's
	// RollupRegistry; zero (absent) when Registry is the L1 registry.
	ChainID       uint64          `json:"chainId,string,omitempty"`
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
	TxHash        common.Hash
	// SignatoryRecordHash is what the signature checker returned:
	// keccak256(uint32 referenceBlock ‖ sorted non-signer operator ids).
	SignatoryRecordHash common.Hash
	Tree                *core.Tree
}

// Reader reads attestations from one registry.
type Reader struct {
	l1ChainID uint64
	chainID   uint64 // the rollup holding the registry; 0: L1
	address   common.Address
	registry  *rollcallregistry.RollcallRegistry
	from      uint64
}

// NewReader binds the registry at address on a chain with id l1ChainID.
// Logs are searched from block 0 unless StartAt says otherwise.
func NewReader(backend bind.ContractBackend, l1ChainID uint64, address common.Address) (*Reader, error) {
	reg, err := rollcallregistry.NewRollcallRegistry(address, backend)
	if err != nil {
		return nil, err
	}
	return &Reader{l1ChainID: l1ChainID, address: address, registry: reg}, nil
}

// OnRollup says the registry is a RollupRegistry on rollup chainID (the
// reader's backend must be that rollup's node): proofs carry the chain id
// and Verify checks it. It returns r.
func (r *Reader) OnRollup(chainID uint64) *Reader {
	r.chainID = chainID
	return r
}

// StartAt makes the reader search logs from block (the registry's
// deployment block: nothing is attested before it) and returns r.
func (r *Reader) StartAt(block uint64) *Reader {
	r.from = block
	return r
}

// Checkpoint rebuilds round's checkpoint from its CheckpointAttested event,
// checked against the claims root the registry stores.
func (r *Reader) Checkpoint(ctx context.Context, round uint64) (*Checkpoint, error) {
	root, err := r.registry.ClaimsRoot(&bind.CallOpts{Context: ctx}, round)
	if err != nil {
		return nil, fmt.Errorf("read checkpoint %d: %w", round, err)
	}
	if root == ([32]byte{}) {
		return nil, fmt.Errorf("round %d: %w", round, ErrNotAttested)
	}
	it, err := r.registry.FilterCheckpointAttested(&bind.FilterOpts{Start: r.from, Context: ctx}, []uint64{round})
	if err != nil {
		return nil, fmt.Errorf("read the event of round %d: %w", round, err)
	}
	defer it.Close()
	if !it.Next() {
		if err := it.Error(); err != nil {
			return nil, fmt.Errorf("read the event of round %d: %w", round, err)
		}
		return nil, fmt.Errorf("round %d: no CheckpointAttested event from block %d: %w", round, r.from, ErrMismatch)
	}
	cp, err := FromEvent(it.Event)
	if err != nil {
		return nil, err
	}
	if cp.Checkpoint.ClaimsRoot != root {
		return nil, fmt.Errorf("round %d: %w", round, ErrMismatch)
	}
	return cp, nil
}

// FromEvent rebuilds a checkpoint from its CheckpointAttested event alone
// (callers that trust the log source; Checkpoint also checks the root
// against storage).
func FromEvent(e *rollcallregistry.RollcallRegistryCheckpointAttested) (*Checkpoint, error) {
	claims, err := UnpackClaims(e.Claims)
	if err != nil {
		return nil, fmt.Errorf("round %d: %w: %v", e.Round, ErrMismatch, err)
	}
	tree, err := core.BuildTree(claims)
	if err != nil {
		return nil, fmt.Errorf("round %d: %w: %v", e.Round, ErrMismatch, err)
	}
	return &Checkpoint{
		Checkpoint:          core.Checkpoint{Round: e.Round, ReferenceBlock: e.ReferenceBlock, ClaimsRoot: tree.Root()},
		AttestedBlock:       e.Raw.BlockNumber,
		TxHash:              e.Raw.TxHash,
		SignatoryRecordHash: e.SignatoryRecordHash,
		Tree:                tree,
	}, nil
}

// Checkpoints are the checkpoints attested in blocks [from, to] (to nil:
// the head), in the order they landed, rebuilt from their events.
func (r *Reader) Checkpoints(ctx context.Context, from uint64, to *uint64) ([]*Checkpoint, error) {
	it, err := r.registry.FilterCheckpointAttested(&bind.FilterOpts{Start: max(from, r.from), End: to, Context: ctx}, nil)
	if err != nil {
		return nil, fmt.Errorf("read CheckpointAttested events: %w", err)
	}
	defer it.Close()
	var out []*Checkpoint
	for it.Next() {
		cp, err := FromEvent(it.Event)
		if err != nil {
			return nil, err
		}
		out = append(out, cp)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read CheckpointAttested events: %w", err)
	}
	return out, nil
}

// Get returns the proof of rollup chainID's claim at block, or of its latest
// attested claim when block is nil. A block never attested is a
// *NotAttestedError (wrapping ErrNotAttested) naming the nearest attested
// heights below and above it.
func (r *Reader) Get(ctx context.Context, chainID uint64, block *uint64) (*Proof, error) {
	cp, err := r.checkpointOf(ctx, chainID, block, false)
	if err != nil {
		return nil, err
	}
	return r.proofOf(cp, chainID)
}

// GetAtOrBelow returns the proof of rollup chainID's attested claim at
// block or, when that height was never attested, at the highest attested
// height below it: the claim's BlockNumber says which. No attested height
// at or below block is a *NotAttestedError.
func (r *Reader) GetAtOrBelow(ctx context.Context, chainID, block uint64) (*Proof, error) {
	cp, err := r.checkpointOf(ctx, chainID, &block, true)
	if err != nil {
		return nil, err
	}
	return r.proofOf(cp, chainID)
}

func (r *Reader) proofOf(cp *Checkpoint, chainID uint64) (*Proof, error) {
	claim, ok := cp.Tree.Claim(chainID)
	if !ok {
		return nil, fmt.Errorf("round %d has no claim of chain %d: %w", cp.Checkpoint.Round, chainID, ErrMismatch)
	}
	proof, err := cp.Tree.Proof(chainID)
	if err != nil {
		return nil, err
	}
	return &Proof{
		L1ChainID: r.l1ChainID, ChainID: r.chainID, Registry: r.address, Claim: claim, Checkpoint: cp.Checkpoint,
		AttestedBlock: cp.AttestedBlock, Proof: proof,
	}, nil
}

// AttestedHeight is one attested height of a rollup and its round.
type AttestedHeight struct {
	Block uint64
	Round uint64
}

// NotAttestedError says a rollup height was never attested, and which
// attested heights are nearest to it (nil: none on that side).
type NotAttestedError struct {
	ChainID, Block uint64
	Below, Above   *AttestedHeight
}

func (e *NotAttestedError) Error() string {
	side := func(h *AttestedHeight, where string) string {
		if h == nil {
			return "none " + where
		}
		return fmt.Sprintf("block %d (round %d) %s", h.Block, h.Round, where)
	}
	return fmt.Sprintf("chain %d block %d was never attested (a checkpoint attests the heights its round targets, not every block); nearest attested: %s, %s",
		e.ChainID, e.Block, side(e.Below, "below"), side(e.Above, "above"))
}

func (e *NotAttestedError) Unwrap() error { return ErrNotAttested }

// checkpointOf finds the checkpoint that attested chainID at block (or its
// latest): the latest is the round the registry's lane holds; a block is
// searched in the events, newest first. With atOrBelow, a block never
// attested falls back to the highest attested height below it.
func (r *Reader) checkpointOf(ctx context.Context, chainID uint64, block *uint64, atOrBelow bool) (*Checkpoint, error) {
	if block == nil {
		round, err := r.registry.LatestRoundOf(&bind.CallOpts{Context: ctx}, chainID)
		if err != nil {
			return nil, fmt.Errorf("read latest round of chain %d: %w", chainID, err)
		}
		if round == 0 {
			return nil, fmt.Errorf("chain %d: %w", chainID, ErrNotAttested)
		}
		return r.Checkpoint(ctx, round)
	}
	all, err := r.Checkpoints(ctx, r.from, nil)
	if err != nil {
		return nil, fmt.Errorf("search claims of chain %d at block %d: %w", chainID, *block, err)
	}
	nearest := &NotAttestedError{ChainID: chainID, Block: *block}
	for i := len(all) - 1; i >= 0; i-- {
		c, ok := all[i].Tree.Claim(chainID)
		if !ok {
			continue
		}
		round := all[i].Checkpoint.Round
		switch {
		case c.BlockNumber == *block:
			// The event matched; the stored root decides.
			return r.Checkpoint(ctx, round)
		case c.BlockNumber < *block && (nearest.Below == nil || c.BlockNumber > nearest.Below.Block):
			nearest.Below = &AttestedHeight{Block: c.BlockNumber, Round: round}
		case c.BlockNumber > *block && (nearest.Above == nil || c.BlockNumber < nearest.Above.Block):
			nearest.Above = &AttestedHeight{Block: c.BlockNumber, Round: round}
		}
	}
	if atOrBelow && nearest.Below != nil {
		return r.Checkpoint(ctx, nearest.Below.Round)
	}
	return nil, nearest
}

// chainName names where a registry is: L1, or a rollup.
func chainName(rollup uint64) string {
	if rollup == 0 {
		return "L1"
	}
	return fmt.Sprintf("rollup %d", rollup)
}

// Verify checks a proof against the registry (on L1, or on a rollup): the checkpoint must be
// attested with the same claims root and reference block, and the
// registry's own verifyClaim must accept the claim and proof. It returns
// nil only when all of that holds.
func (r *Reader) Verify(ctx context.Context, p *Proof) error {
	if p.L1ChainID != r.l1ChainID {
		return fmt.Errorf("proof is for L1 chain %d, the registry is on chain %d", p.L1ChainID, r.l1ChainID)
	}
	if p.ChainID != r.chainID {
		return fmt.Errorf("proof is for the registry on %s, not on %s", chainName(p.ChainID), chainName(r.chainID))
	}
	if p.Registry != r.address {
		return fmt.Errorf("proof is for registry %s, not %s", p.Registry, r.address)
	}
	cp, err := r.Checkpoint(ctx, p.Checkpoint.Round)
	if err != nil {
		return err
	}
	if cp.Checkpoint.ClaimsRoot != p.Checkpoint.ClaimsRoot || cp.Checkpoint.ReferenceBlock != p.Checkpoint.ReferenceBlock {
		return fmt.Errorf("round %d on %s has claims root %s at reference block %d, the proof says %s at %d",
			p.Checkpoint.Round, chainName(r.chainID), cp.Checkpoint.ClaimsRoot, cp.Checkpoint.ReferenceBlock, p.Checkpoint.ClaimsRoot, p.Checkpoint.ReferenceBlock)
	}
	proof := make([][32]byte, len(p.Proof))
	for i, h := range p.Proof {
		proof[i] = h
	}
	c := p.Claim
	ok, err := r.registry.VerifyClaim(&bind.CallOpts{Context: ctx}, RegistryClaim(c), p.Checkpoint.Round, proof)
	if err != nil {
		return fmt.Errorf("verifyClaim: %w", err)
	}
	if !ok {
		return fmt.Errorf("the registry rejects the claim of chain %d at block %d with this proof", c.ChainID, c.BlockNumber)
	}
	return nil
}

// RegistryClaim is c as the registry's binding takes it.
func RegistryClaim(c core.Claim) rollcallregistry.RollcallCodecClaim {
	return rollcallregistry.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
}
