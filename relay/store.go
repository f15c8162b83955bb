package relay

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// The store keeps, per destination chain, what the relay sent or decided
// there, in one bbolt file. A record is written (fsync) BEFORE its
// transaction is sent, so that after a crash the relay knows a transaction
// may be in flight and asks the destination (and the account's nonce)
// before sending again:
//
//	chain(8)|kind(1)|n(8) → delivery (JSON)
//
// kind is kindTable (n = the table's reference block) or kindCheckpoint
// (n = the round).
var bucketDeliveries = []byte("deliveries")

// Kinds of delivery.
const (
	kindTable      byte = 't'
	kindCheckpoint byte = 'c'
)

// Delivery states.
const (
	// stateSending: a transaction was (or was about to be) sent with Nonce.
	stateSending = "sending"
	// stateDone: the destination has it (by this relay or anyone else).
	stateDone = "done"
	// stateSkipped: it cannot be delivered there (below threshold under the
	// destination's table, no table for its reference block); not retried.
	stateSkipped = "skipped"
)

// delivery is one persisted decision.
type delivery struct {
	State  string      `json:"state"`
	Nonce  uint64      `json:"nonce"`
	TxHash common.Hash `json:"txHash,omitempty"`
	Reason string      `json:"reason,omitempty"`
	At     int64       `json:"at"` // unix milliseconds
}

// Store is the relay's embedded database.
type Store struct {
	db *bolt.DB
}

// OpenStore opens (or creates) the database in dir. bbolt locks the file:
// a second relay on the same directory fails here.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	path := filepath.Join(dir, "relay.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open %s: another relay is using it", path)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketDeliveries)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("init %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func deliveryKey(chain uint64, kind byte, n uint64) []byte {
	k := make([]byte, 17)
	binary.BigEndian.PutUint64(k[0:8], chain)
	k[8] = kind
	binary.BigEndian.PutUint64(k[9:17], n)
	return k
}

// get returns the record, nil when there is none.
func (s *Store) get(chain uint64, kind byte, n uint64) (*delivery, error) {
	var out *delivery
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketDeliveries).Get(deliveryKey(chain, kind, n))
		if raw == nil {
			return nil
		}
		out = &delivery{}
		return json.Unmarshal(raw, out)
	})
	return out, err
}

// put writes the record and syncs it to disk before returning.
func (s *Store) put(chain uint64, kind byte, n uint64, d delivery) error {
	if d.At == 0 {
		d.At = time.Now().UnixMilli()
	}
	raw, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDeliveries).Put(deliveryKey(chain, kind, n), raw)
	})
}

// Counts are the records of one chain by kind and state (for tests and the
// node API).
func (s *Store) Counts(chain uint64) (map[string]int, error) {
	out := map[string]int{}
	prefix := make([]byte, 8)
	binary.BigEndian.PutUint64(prefix, chain)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketDeliveries).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) == 17 && string(k[:8]) == string(prefix); k, v = c.Next() {
			var d delivery
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			kind := "checkpoint"
			if k[8] == kindTable {
				kind = "table"
			}
			out[kind+"/"+d.State]++
		}
		return nil
	})
	return out, err
}
