package aggregator

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/api"
)

// keyLastTable names the newest certified table in the meta bucket: the
// round that certified it and its reference block. A restart recomputes the
// table itself from L1 (optable.FromL1 reads the middleware's histories, so
// a past block works), and compares the next rounds' tables with it.
var keyLastTable = []byte("lastTable")

// putLastTable records r's table as the newest certified one when it is
// (a table of a newer reference block than the one recorded, in a round
// that reached quorum). It runs in
// PutRound's (and CloseRound's) transaction, so the record and the round
// agree after a crash.
func putLastTable(meta *bolt.Bucket, r *roundRecord) error {
	if r.Table == nil || !r.TableCertified || r.QuorumAt == 0 { // see noteCertifiedTableLocked
		return nil
	}
	if v := meta.Get(keyLastTable); len(v) == 12 && binary.BigEndian.Uint32(v[8:]) >= r.Table.ReferenceBlock {
		return nil
	}
	v := binary.BigEndian.AppendUint64(nil, r.Round)
	v = binary.BigEndian.AppendUint32(v, r.Table.ReferenceBlock)
	return meta.Put(keyLastTable, v)
}

// LastTable returns the round and reference block of the newest certified
// table (ok false when no table was certified yet).
func (s *Store) LastTable() (round uint64, ref uint32, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keyLastTable)
		if v == nil {
			return nil
		}
		if len(v) != 12 {
			return fmt.Errorf("corrupt %s entry: %d bytes", keyLastTable, len(v))
		}
		round, ref, ok = binary.BigEndian.Uint64(v[:8]), binary.BigEndian.Uint32(v[8:]), true
		return nil
	})
	return round, ref, ok, err
}

// roundsSinceL1 counts the rounds closed as certified (not posted to L1)
// since the newest attested one, looking at no more than limit of them:
// the L1 cadence (l1-every) resumes where it was after a restart.
func (s *Store) roundsSinceL1(limit int) (int, error) {
	n, scanned := 0, 0
	var before uint64
	for n < limit && scanned < maxCadenceScan {
		recs, err := s.ListRounds(before, 100)
		if err != nil || len(recs) == 0 {
			return n, err
		}
		for _, rec := range recs {
			switch rec.Status {
			case api.StatusAttested:
				return n, nil
			case api.StatusCertified:
				n++
				if n >= limit {
					return n, nil
				}
			}
			before = rec.Round
			scanned++
		}
	}
	return n, nil
}

// maxCadenceScan bounds roundsSinceL1's walk through rounds that are
// neither attested nor certified (expired ones).
const maxCadenceScan = 10_000
