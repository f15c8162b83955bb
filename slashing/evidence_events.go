package slashing

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// EvidenceSlashing is one slash by rollcall's own EquivocationSlasher
// (its OperatorSlashed event), with the evidence that caused it (the
// EquivocationProven event of the same transaction): the two conflicting
// claims, the checkpoints that carried them, and the hash of the full
// evidence (the transaction's calldata).
type EvidenceSlashing struct {
	Block       uint64      `json:"block,string"`
	TxHash      common.Hash `json:"txHash"`
	ChainID     uint64      `json:"chainId,string"`
	BlockNumber uint64      `json:"blockNumber,string"`
	Wad         Dec         `json:"wad"`
	// Form is the evidence form (attested, signed, signed-against-attested);
	// empty when the transaction's EquivocationProven was not found.
	Form         string          `json:"form,omitempty"`
	CheckpointA  core.Checkpoint `json:"checkpointA"`
	ClaimA       core.Claim      `json:"claimA"`
	CheckpointB  core.Checkpoint `json:"checkpointB"`
	ClaimB       core.Claim      `json:"claimB"`
	EvidenceHash common.Hash     `json:"evidenceHash"`
	// Slashed is how many operators the same evidence slashed.
	Slashed uint64 `json:"operatorsSlashed,string"`
}

// evidenceSlashings reads the slasher's events about op.
func (c *chainReader) evidenceSlashings(ctx context.Context, op common.Address) ([]EvidenceSlashing, error) {
	out := []EvidenceSlashing{}
	if c.dep.AVS.Slasher == (common.Address{}) {
		return out, nil // a deployment from before the slasher
	}
	sl, err := equivocationslasher.NewEquivocationSlasherFilterer(c.dep.AVS.Slasher, c.l1)
	if err != nil {
		return nil, fmt.Errorf("bind slasher: %w", err)
	}
	it, err := sl.FilterOperatorSlashed(c.filter(ctx), []common.Address{op}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("read the slasher's OperatorSlashed events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		e := it.Event
		out = append(out, EvidenceSlashing{
			Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash, ChainID: e.ChainId, BlockNumber: e.BlockNumber, Wad: Dec{e.Wad},
		})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read the slasher's OperatorSlashed events: %w", err)
	}
	for i := range out {
		s := &out[i]
		pit, err := sl.FilterEquivocationProven(c.filter(ctx), nil, []uint64{s.ChainID}, []uint64{s.BlockNumber})
		if err != nil {
			return nil, fmt.Errorf("read the slasher's EquivocationProven events: %w", err)
		}
		for pit.Next() {
			p := pit.Event
			if p.Raw.TxHash != s.TxHash {
				continue
			}
			s.Form = evidence.Form(p.Form).String()
			s.CheckpointA, s.ClaimA = checkpointOf(p.CheckpointA), claimOf(p.ClaimA)
			s.CheckpointB, s.ClaimB = checkpointOf(p.CheckpointB), claimOf(p.ClaimB)
			s.EvidenceHash = p.EvidenceHash
			if p.Slashed != nil {
				s.Slashed = p.Slashed.Uint64()
			}
		}
		err = pit.Error()
		pit.Close()
		if err != nil {
			return nil, fmt.Errorf("read the slasher's EquivocationProven events: %w", err)
		}
	}
	return out, nil
}

func checkpointOf(c equivocationslasher.EquivocationSlasherCheckpoint) core.Checkpoint {
	return core.Checkpoint{Round: c.Round, ReferenceBlock: c.ReferenceBlock, ClaimsRoot: c.ClaimsRoot}
}

func claimOf(c equivocationslasher.RollcallCodecClaim) core.Claim {
	return core.Claim{ChainID: c.ChainId, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
}
