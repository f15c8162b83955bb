package signrecord

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// Operator tables (core/optable) are signed per L1 reference block: a table
// is a pure function of the middleware at that block, so two different
// table digests for one block mean one of them is false, and signing both
// is a fault like signing two claims for one rollup block. The record keeps
// the table digest signed for each reference block and refuses another.

// ErrTableSigned is wrapped by a *TableError: a table of the same reference
// block was signed with another digest.
var ErrTableSigned = errors.New("operator table of this reference block already signed with another digest")

// Table is an operator table signed: its L1 reference block and digest.
type Table struct {
	ReferenceBlock uint32
	Digest         common.Hash
}

// TableError names the table digest recorded for a reference block and the
// new one.
type TableError struct {
	ReferenceBlock   uint32
	Recorded, Digest common.Hash
}

func (e *TableError) Error() string {
	return fmt.Sprintf("%v: block %d: signed table digest %s, now asked %s", ErrTableSigned, e.ReferenceBlock, e.Recorded, e.Digest)
}

func (e *TableError) Unwrap() error { return ErrTableSigned }

// putTable records t, or refuses it when its block has another digest.
// The same digest again is not an error.
func putTable(tx *bolt.Tx, t Table) error {
	b := tx.Bucket(bucketTables)
	k := u32(t.ReferenceBlock)
	if v := b.Get(k); v != nil {
		if common.BytesToHash(v) != t.Digest {
			return &TableError{ReferenceBlock: t.ReferenceBlock, Recorded: common.BytesToHash(v), Digest: t.Digest}
		}
		return nil
	}
	return b.Put(k, t.Digest[:])
}

// TableDigest returns the table digest recorded for reference block ref.
func (r *Record) TableDigest(ref uint32) (d common.Hash, ok bool, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTables)
		if b == nil { // a version 1 record opened read-only
			return nil
		}
		if v := b.Get(u32(ref)); v != nil {
			if len(v) != 32 {
				return fmt.Errorf("corrupt table entry of block %d: %d bytes", ref, len(v))
			}
			d, ok = common.BytesToHash(v), true
		}
		return nil
	})
	return d, ok, err
}

// Tables calls fn with every recorded table, by reference block, until fn
// returns an error, which Tables returns.
func (r *Record) Tables(fn func(Table) error) error {
	return r.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTables)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if len(k) != 4 || len(v) != 32 {
				return fmt.Errorf("corrupt table entry (%d-byte key, %d-byte value)", len(k), len(v))
			}
			return fn(Table{ReferenceBlock: binary.BigEndian.Uint32(k), Digest: common.BytesToHash(v)})
		})
	})
}

func u32(v uint32) []byte {
	return binary.BigEndian.AppendUint32(nil, v)
}
