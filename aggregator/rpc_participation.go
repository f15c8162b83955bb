package aggregator

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/api"
)

// OperatorParticipation tells, for the lastN newest rounds (optional; see
// api.Participation), whether operatorID's signature was accepted.
func (a *rpcService) OperatorParticipation(operatorID common.Hash, lastN *int) (*api.Participation, error) {
	n := api.DefaultParticipationRounds
	if lastN != nil {
		switch {
		case *lastN < 0:
			return nil, api.Errorf(api.CodeInvalidParams, "lastN must not be negative, got %d", *lastN)
		case *lastN > api.MaxParticipationRounds:
			return nil, api.Errorf(api.CodeInvalidParams, "lastN is at most %d, got %d", api.MaxParticipationRounds, *lastN)
		case *lastN > 0:
			n = *lastN
		}
	}
	rows, err := a.s.store.participation(operatorID, n)
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "read rounds: %v", err)
	}
	p := &api.Participation{OperatorID: operatorID, Rounds: rows}
	for _, r := range rows {
		if r.Signed && p.LastSignedRound == 0 {
			p.LastSignedRound = r.Round // rows are newest first
		}
		if r.Status == api.StatusOpen {
			continue
		}
		p.RoundsConsidered++
		if r.Signed {
			p.RoundsSigned++
		}
	}
	if p.RoundsConsidered > 0 {
		p.Rate = float64(p.RoundsSigned) / float64(p.RoundsConsidered)
	}
	return p, nil
}

// participation reads, in one transaction, the limit newest rounds and
// operatorID's signature in each, newest first.
func (s *Store) participation(operatorID common.Hash, limit int) ([]api.ParticipationRound, error) {
	out := []api.ParticipationRound{}
	err := s.db.View(func(tx *bolt.Tx) error {
		sigs := tx.Bucket(bucketSigs)
		c := tx.Bucket(bucketRounds).Cursor()
		for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
			round := binary.BigEndian.Uint64(k)
			var rec roundRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("round %d: %w", round, err)
			}
			row := api.ParticipationRound{Round: round, Status: rec.Status}
			if raw := sigs.Get(roundSubKey(round, operatorID)); raw != nil {
				var sig sigRecord
				if err := json.Unmarshal(raw, &sig); err != nil {
					return fmt.Errorf("signature of %s in round %d: %w", operatorID, round, err)
				}
				row.Signed, row.Digest = true, sig.Digest
			}
			out = append(out, row)
		}
		return nil
	})
	return out, err
}
