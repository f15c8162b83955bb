package api

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
)

// Per-operator participation (read-only), for `rollcall operator status`
// and `rollcall slashing check`:
//
//	rollcall_operatorParticipation(operatorId Hash, lastN int?) → Participation
//
// It looks at the aggregator's lastN newest rounds (default
// DefaultParticipationRounds, at most MaxParticipationRounds), newest
// first, and tells for each whether the operator's signature was accepted
// and over which digest. Open rounds are listed but not counted: they are
// still collecting signatures. Rounds opened before the operator registered
// count as not signed (the aggregator keeps no operator set of closed
// rounds).

// DefaultParticipationRounds is the number of rounds looked at when lastN
// is 0 or left out.
const DefaultParticipationRounds = 100

// MaxParticipationRounds caps lastN.
const MaxParticipationRounds = 1000

// ParticipationRound is one round as seen from one operator.
type ParticipationRound struct {
	Round  uint64 `json:"round,string"`
	Status string `json:"status"` // open, attested, expired
	Signed bool   `json:"signed"`
	// Digest is the checkpoint digest the operator signed (absent when it
	// did not sign).
	Digest common.Hash `json:"digest,omitzero"`
}

// Participation is how often one operator signed recently.
type Participation struct {
	OperatorID common.Hash `json:"operatorId"`
	// RoundsConsidered counts the closed (attested or expired) rounds among
	// Rounds; RoundsSigned those of them the operator signed.
	RoundsConsidered int `json:"roundsConsidered"`
	RoundsSigned     int `json:"roundsSigned"`
	// Rate is RoundsSigned / RoundsConsidered, 0 when nothing was
	// considered.
	Rate float64 `json:"rate"`
	// LastSignedRound is the newest round among Rounds the operator signed
	// (open ones included); 0 when none.
	LastSignedRound uint64 `json:"lastSignedRound,string"`
	// Rounds are the rounds looked at, newest first.
	Rounds []ParticipationRound `json:"rounds"`
}

// OperatorParticipation returns the participation of operatorID in the
// lastN newest rounds (0: DefaultParticipationRounds).
func (c *Client) OperatorParticipation(ctx context.Context, operatorID common.Hash, lastN int) (*Participation, error) {
	var out Participation
	if err := c.call(ctx, &out, Namespace+"_operatorParticipation", operatorID, lastN); err != nil {
		return nil, err
	}
	return &out, nil
}
