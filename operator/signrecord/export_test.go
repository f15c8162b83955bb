package signrecord

import (
	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/core"
)

// Check reports, without writing, whether Sign would refuse: the first
// conflicting claim or the round's other digest. Tests only.
func (r *Record) Check(round uint64, digest common.Hash, claims []core.Claim) error {
	return r.db.View(func(tx *bolt.Tx) error { return refusal(tx, round, digest, claims) })
}
