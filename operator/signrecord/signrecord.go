// Package signrecord is the operator's slashing protection: an on-disk
// record of every claim it has signed and of the digest it signed in each
// round. Signing two different claims for one (chainId, blockNumber) is the
// slashable fault; the record refuses any claim that conflicts with one it
// holds, and any second digest for a round already signed.
//
// The record is a bbolt database: a commit is fsync'd before it returns, and
// the file lock keeps a second process from opening the same record. The
// operator commits a checkpoint's claims here before it creates the
// signature, so a crash between the two can only lose a signature, never the
// memory of having given it.
package signrecord

import (
	"bytes"
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
)

var (
	// ErrConflict is wrapped by a *ConflictError: a claim conflicts with one
	// already signed.
	ErrConflict = errors.New("claim conflicts with a claim already signed")
	// ErrRoundSigned is wrapped by a *RoundError: the round was already
	// signed with another digest.
	ErrRoundSigned = errors.New("round already signed with another digest")
	// ErrOtherOperator means the record was created for another operator id.
	ErrOtherOperator = errors.New("signing record belongs to another operator")
	// ErrLocked means another process holds the record open.
	ErrLocked = errors.New("signing record is in use by another process")
	// ErrNoRecord means OpenReadOnly found no file at the path.
	ErrNoRecord = errors.New("no signing record")
)

// ConflictError names the recorded claim and the new one that conflicts
// with it.
type ConflictError struct {
	Recorded, New core.Claim
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%v: chain %d block %d: signed blockHash %s stateRoot %s, now asked blockHash %s stateRoot %s",
		ErrConflict, e.New.ChainID, e.New.BlockNumber,
		e.Recorded.BlockHash, e.Recorded.StateRoot, e.New.BlockHash, e.New.StateRoot)
}

func (e *ConflictError) Unwrap() error { return ErrConflict }

// RoundError names the digest recorded for a round and the new one.
type RoundError struct {
	Round            uint64
	Recorded, Digest common.Hash
}

func (e *RoundError) Error() string {
	return fmt.Sprintf("%v: round %d: signed digest %s, now asked %s", ErrRoundSigned, e.Round, e.Recorded, e.Digest)
}

func (e *RoundError) Unwrap() error { return ErrRoundSigned }

var (
	bucketMeta   = []byte("meta")
	bucketClaims = []byte("claims") // chainId(8) ‖ blockNumber(8) → blockHash(32) ‖ stateRoot(32)
	bucketRounds = []byte("rounds") // round(8) → digest(32)
	bucketTables = []byte("tables") // referenceBlock(4) → table digest(32), since version 2 (tables.go)

	keyVersion    = []byte("version")
	keyOperatorID = []byte("operatorId")
)

// schemaVersion is the layout above. Version 1 had no tables bucket; Open
// upgrades such a record in place (adding the empty bucket loses nothing),
// OpenReadOnly reads it as it is.
const schemaVersion = 2

// lockTimeout is how long Open and OpenReadOnly wait for another process to
// release the file.
const lockTimeout = time.Second

// Record is an open signing record. It is safe for concurrent use.
type Record struct {
	db *bolt.DB
}

// openDB opens the bbolt file, telling a file held by another process
// (ErrLocked) from other failures.
func openDB(path string, readOnly bool) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return nil, fmt.Errorf("open signing record %s: %w", path, err)
	}
	return db, nil
}

// Open opens (creating it when missing, mode 0600) the record at path for
// operatorID. A record created for another operator id is refused
// (ErrOtherOperator): one record per BLS key.
func Open(path string, operatorID common.Hash) (*Record, error) {
	db, err := openDB(path, false)
	if err != nil {
		return nil, err
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := meta.Get(keyVersion); v != nil {
			if err := checkVersion(v); err != nil {
				return err
			}
		}
		for _, b := range [][]byte{bucketClaims, bucketRounds, bucketTables} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		if err := meta.Put(keyVersion, u64(schemaVersion)); err != nil { // new, or upgraded from 1
			return err
		}
		if id := meta.Get(keyOperatorID); id == nil {
			return meta.Put(keyOperatorID, operatorID[:])
		} else if !bytes.Equal(id, operatorID[:]) {
			return fmt.Errorf("%w %s, not to %s", ErrOtherOperator, common.BytesToHash(id), operatorID)
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	return &Record{db: db}, nil
}

// OpenReadOnly opens the record at path to read it, never creating or
// changing the file: a missing file is ErrNoRecord, a file held by a running
// operator ErrLocked (bbolt lets no reader in while a writer has the file
// open), a file of another layout an error. Sign fails on the record it
// returns.
func OpenReadOnly(path string) (*Record, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s (give the operator's data directory)", ErrNoRecord, path)
	}
	if err != nil {
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("signing record %s is not a file", path)
	}
	db, err := openDB(path, true)
	if err != nil {
		return nil, err
	}
	err = db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil || tx.Bucket(bucketClaims) == nil || tx.Bucket(bucketRounds) == nil {
			return errors.New("not a signing record (missing buckets)")
		}
		if err := checkVersion(meta.Get(keyVersion)); err != nil {
			return err
		}
		if len(meta.Get(keyOperatorID)) != 32 {
			return errors.New("no operator id")
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	return &Record{db: db}, nil
}

// checkVersion accepts the schema version this package writes and the one
// before it (no tables bucket).
func checkVersion(v []byte) error {
	if len(v) != 8 || (binary.BigEndian.Uint64(v) != schemaVersion && binary.BigEndian.Uint64(v) != 1) {
		return fmt.Errorf("unknown signing record version %x", v)
	}
	return nil
}

// Close closes the record.
func (r *Record) Close() error { return r.db.Close() }

// OperatorID is the operator id the record was created for.
func (r *Record) OperatorID() (id common.Hash, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		id = common.BytesToHash(tx.Bucket(bucketMeta).Get(keyOperatorID))
		return nil
	})
	return id, err
}

// Path is the file of the record.
func (r *Record) Path() string { return r.db.Path() }

// Sign records that the operator signs digest in round over claims. It
// commits, durably and in one transaction, every claim not yet recorded and
// the round's digest, or nothing at all when:
//   - a claim conflicts with a recorded one (*ConflictError, ErrConflict);
//   - the round was recorded with another digest (*RoundError, ErrRoundSigned).
//
// Recording identical claims or the same digest again is not an error: a
// signature over them reveals nothing new.
func (r *Record) Sign(round uint64, digest common.Hash, claims []core.Claim) error {
	return r.SignWithTable(round, digest, claims, nil)
}

// SignWithTable is Sign that, when table is not nil, also records the
// operator table digest signed for its reference block, in the same
// transaction; it refuses everything when the reference block was recorded
// with another table digest (*TableError, ErrTableSigned).
func (r *Record) SignWithTable(round uint64, digest common.Hash, claims []core.Claim, table *Table) error {
	return r.db.Update(func(tx *bolt.Tx) error {
		// Check everything before writing anything; bbolt also rolls the
		// transaction back on error.
		if err := refusal(tx, round, digest, claims); err != nil {
			return err
		}
		if table != nil {
			if err := putTable(tx, *table); err != nil {
				return err
			}
		}
		cb := tx.Bucket(bucketClaims)
		for _, c := range claims {
			var v [64]byte
			copy(v[:32], c.BlockHash[:])
			copy(v[32:], c.StateRoot[:])
			if err := cb.Put(claimKey(c.ChainID, c.BlockNumber), v[:]); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketRounds).Put(u64(round), digest[:])
	})
}

// refusal is why Sign refuses: the round's other digest, or the first
// claim conflicting with a recorded one; nil when it does not.
func refusal(tx *bolt.Tx, round uint64, digest common.Hash, claims []core.Claim) error {
	if v := tx.Bucket(bucketRounds).Get(u64(round)); v != nil && !bytes.Equal(v, digest[:]) {
		return &RoundError{Round: round, Recorded: common.BytesToHash(v), Digest: digest}
	}
	cb := tx.Bucket(bucketClaims)
	for _, c := range claims {
		old, ok, err := getClaim(cb, c.ChainID, c.BlockNumber)
		if err != nil {
			return err
		}
		if ok && core.Conflicts(old, c) {
			return &ConflictError{Recorded: old, New: c}
		}
	}
	return nil
}

// Claims calls fn with every recorded claim, by chain id then block number,
// until fn returns an error, which Claims returns.
func (r *Record) Claims(fn func(core.Claim) error) error {
	return r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketClaims).ForEach(func(k, v []byte) error {
			if len(k) != 16 || len(v) != 64 {
				return fmt.Errorf("corrupt claim entry (%d-byte key, %d-byte value)", len(k), len(v))
			}
			return fn(core.Claim{
				ChainID: binary.BigEndian.Uint64(k[:8]), BlockNumber: binary.BigEndian.Uint64(k[8:]),
				BlockHash: common.BytesToHash(v[:32]), StateRoot: common.BytesToHash(v[32:]),
			})
		})
	})
}

// Rounds calls fn with every recorded round and its digest, oldest first,
// until fn returns an error, which Rounds returns.
func (r *Record) Rounds(fn func(round uint64, digest common.Hash) error) error {
	return r.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRounds).ForEach(func(k, v []byte) error {
			if len(k) != 8 || len(v) != 32 {
				return fmt.Errorf("corrupt round entry (%d-byte key, %d-byte value)", len(k), len(v))
			}
			return fn(binary.BigEndian.Uint64(k), common.BytesToHash(v))
		})
	})
}

// Claim returns the claim recorded for (chainID, blockNumber).
func (r *Record) Claim(chainID, blockNumber uint64) (c core.Claim, ok bool, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		var err error
		c, ok, err = getClaim(tx.Bucket(bucketClaims), chainID, blockNumber)
		return err
	})
	return c, ok, err
}

// RoundDigest returns the digest recorded for round.
func (r *Record) RoundDigest(round uint64) (d common.Hash, ok bool, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketRounds).Get(u64(round)); v != nil {
			d, ok = common.BytesToHash(v), true
		}
		return nil
	})
	return d, ok, err
}

// LastRound returns the highest round recorded (0, false when none).
func (r *Record) LastRound() (round uint64, ok bool, err error) {
	err = r.db.View(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(bucketRounds).Cursor().Last(); k != nil {
			round, ok = binary.BigEndian.Uint64(k), true
		}
		return nil
	})
	return round, ok, err
}

// getClaim reads one recorded claim; a value of the wrong size is an error,
// never "not recorded".
func getClaim(b *bolt.Bucket, chainID, blockNumber uint64) (core.Claim, bool, error) {
	v := b.Get(claimKey(chainID, blockNumber))
	if v == nil {
		return core.Claim{}, false, nil
	}
	if len(v) != 64 {
		return core.Claim{}, false, fmt.Errorf("corrupt record of chain %d block %d: %d bytes", chainID, blockNumber, len(v))
	}
	return core.Claim{
		ChainID:     chainID,
		BlockNumber: blockNumber,
		BlockHash:   common.BytesToHash(v[:32]),
		StateRoot:   common.BytesToHash(v[32:]),
	}, true, nil
}

func claimKey(chainID, blockNumber uint64) []byte {
	k := make([]byte, 16)
	binary.BigEndian.PutUint64(k[:8], chainID)
	binary.BigEndian.PutUint64(k[8:], blockNumber)
	return k
}

func u64(v uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, v)
}
