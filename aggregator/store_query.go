package aggregator

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/core"
)

// operatorSignature is one of an operator's accepted signatures read back
// with its round and the claims of its digest group.
type operatorSignature struct {
	round  roundRecord
	sig    sigRecord
	claims []core.Claim
}

// OperatorSignatures returns, oldest first, the rounds from round from on in
// which operatorID's signature was accepted, stopping after limit
// signatures or after maxScan rounds. next is the round to continue from,
// 0 when every round was looked at.
func (s *Store) OperatorSignatures(operatorID common.Hash, from uint64, limit, maxScan int) (out []operatorSignature, next uint64, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		sigs, cb := tx.Bucket(bucketSigs), tx.Bucket(bucketClaims)
		c := tx.Bucket(bucketRounds).Cursor()
		scanned := 0
		for k, v := c.Seek(roundKey(from)); k != nil; k, v = c.Next() {
			round := binary.BigEndian.Uint64(k)
			if len(out) >= limit || scanned >= maxScan {
				next = round
				return nil
			}
			scanned++
			raw := sigs.Get(roundSubKey(round, operatorID))
			if raw == nil {
				continue
			}
			var os operatorSignature
			if err := json.Unmarshal(v, &os.round); err != nil {
				return fmt.Errorf("round %d: %w", round, err)
			}
			if err := json.Unmarshal(raw, &os.sig); err != nil {
				return fmt.Errorf("signature of %s in round %d: %w", operatorID, round, err)
			}
			rawClaims := cb.Get(roundSubKey(round, os.sig.Digest))
			if rawClaims == nil {
				return fmt.Errorf("round %d: no claims stored for digest %s", round, os.sig.Digest)
			}
			if err := json.Unmarshal(rawClaims, &os.claims); err != nil {
				return fmt.Errorf("claims of round %d digest %s: %w", round, os.sig.Digest, err)
			}
			out = append(out, os)
		}
		return nil
	})
	return out, next, err
}
