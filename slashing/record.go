package slashing

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

// The layout of operator/signrecord's bbolt file (schema version 1),
// read here without the write lock signrecord.Open takes:
//
//	meta:   "version" → 1 (8 bytes), "operatorId" → 32 bytes
//	claims: chainId(8) ‖ blockNumber(8) → blockHash(32) ‖ stateRoot(32)
//	rounds: round(8) → digest(32)
var (
	recordMeta      = []byte("meta")
	recordClaims    = []byte("claims")
	recordRounds    = []byte("rounds")
	recordVersion   = []byte("version")
	recordOperator  = []byte("operatorId")
	recordSchema    = uint64(1)
	recordOpenLimit = time.Second
)

// ErrRecordLocked is wrapped when a running operator holds the record: bbolt
// lets no reader in while a writer has the file open.
var ErrRecordLocked = signrecord.ErrLocked

// Record is what a signing record holds.
type Record struct {
	Path       string
	OperatorID common.Hash
	Claims     []core.Claim
	Rounds     int
	LastRound  uint64
}

// ReadRecord reads a signing record read-only: it never creates or changes
// the file.
func ReadRecord(path string) (*Record, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no signing record at %s (give the operator's data directory)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("signing record %s is not a file", path)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: recordOpenLimit})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s: a running operator holds it; stop the operator to read its record, or check through --aggregator-url", ErrRecordLocked, path)
		}
		return nil, fmt.Errorf("open signing record %s: %w", path, err)
	}
	defer db.Close()
	rec := &Record{Path: path}
	err = db.View(func(tx *bolt.Tx) error {
		meta, cb, rb := tx.Bucket(recordMeta), tx.Bucket(recordClaims), tx.Bucket(recordRounds)
		if meta == nil || cb == nil || rb == nil {
			return errors.New("not a signing record (missing buckets)")
		}
		if v := meta.Get(recordVersion); len(v) != 8 || binary.BigEndian.Uint64(v) != recordSchema {
			return fmt.Errorf("unknown signing record version %x", v)
		}
		id := meta.Get(recordOperator)
		if len(id) != 32 {
			return errors.New("no operator id")
		}
		rec.OperatorID = common.BytesToHash(id)
		err := cb.ForEach(func(k, v []byte) error {
			if len(k) != 16 || len(v) != 64 {
				return fmt.Errorf("corrupt claim entry (%d-byte key, %d-byte value)", len(k), len(v))
			}
			rec.Claims = append(rec.Claims, core.Claim{
				ChainID: binary.BigEndian.Uint64(k[:8]), BlockNumber: binary.BigEndian.Uint64(k[8:]),
				BlockHash: common.BytesToHash(v[:32]), StateRoot: common.BytesToHash(v[32:]),
			})
			return nil
		})
		if err != nil {
			return err
		}
		rec.Rounds = rb.Stats().KeyN
		if k, _ := rb.Cursor().Last(); len(k) == 8 {
			rec.LastRound = binary.BigEndian.Uint64(k)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	return rec, nil
}
