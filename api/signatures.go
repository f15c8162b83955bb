package api

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/core"
)

// Per-operator history of the aggregator (read-only):
//
//	rollcall_operatorSignatures(operatorId Hash, fromRound Uint64?, limit int?) → OperatorSignatures
//
// It lists, oldest first from fromRound (default 1), the rounds in which the
// operator's signature was accepted, each with the digest it signed and the
// claims of that digest group: exactly what the operator put its BLS
// signature under. A page stops after limit signatures (default and cap
// MaxOperatorSignatures) or after MaxOperatorScan rounds were looked at;
// Next is then the round to ask from, 0 when there is nothing more.

// MaxOperatorSignatures caps one page of OperatorSignatures.
const MaxOperatorSignatures = 1000

// MaxOperatorScan caps the rounds one call looks at, so that an operator
// that rarely signs cannot make one call walk the whole history.
const MaxOperatorScan = 100_000

// OperatorSignature is one accepted signature of an operator.
type OperatorSignature struct {
	Round          uint64 `json:"round,string"`
	ReferenceBlock uint32 `json:"referenceBlock,string"`
	// Status is the round's status (open, attested, expired).
	Status string `json:"status"`
	// Digest is what the operator signed: the checkpoint digest of
	// (Round, ReferenceBlock, the claims root of Claims).
	Digest common.Hash `json:"digest"`
	// Claims are the claims of the digest group the signature counted for.
	Claims    []core.Claim `json:"claims"`
	Signature G1Point      `json:"signature"`
	// Attested is true when this digest is the one the round attested on L1.
	Attested bool `json:"attested"`
}

// OperatorSignatures is one page of an operator's signatures.
type OperatorSignatures struct {
	OperatorID common.Hash         `json:"operatorId"`
	Signatures []OperatorSignature `json:"signatures"`
	// Next is the round to continue from; 0 when the history is exhausted.
	Next uint64 `json:"next,string"`
}

// OperatorSignatures returns one page of an operator's accepted
// signatures, oldest first, starting at round fromRound (0 means 1); limit
// 0 means MaxOperatorSignatures.
func (c *Client) OperatorSignatures(ctx context.Context, operatorID common.Hash, fromRound uint64, limit int) (*OperatorSignatures, error) {
	var out OperatorSignatures
	from := Uint64(fromRound)
	if err := c.call(ctx, &out, Namespace+"_operatorSignatures", operatorID, &from, limit); err != nil {
		return nil, err
	}
	return &out, nil
}

// AllOperatorSignatures pages through every signature of the operator from
// fromRound on.
func (c *Client) AllOperatorSignatures(ctx context.Context, operatorID common.Hash, fromRound uint64) ([]OperatorSignature, error) {
	var all []OperatorSignature
	for {
		page, err := c.OperatorSignatures(ctx, operatorID, fromRound, 0)
		if err != nil {
			return nil, err
		}
		all = append(all, page.Signatures...)
		if page.Next == 0 || page.Next <= fromRound {
			return all, nil
		}
		fromRound = page.Next
	}
}
