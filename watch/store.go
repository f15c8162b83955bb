package watch

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
)

// StoreFile is the watcher's record in its data directory.
const StoreFile = "watch.db"

var bucketSubmitted = []byte("submitted")

// ErrStoreLocked is returned when another watcher holds the record.
var ErrStoreLocked = errors.New("watch record is held by another process")

// Submission is what the watcher sent for one fault of one operator.
type Submission struct {
	Operator    common.Address `json:"operator"`
	ChainID     uint64         `json:"chainId,string"`
	BlockNumber uint64         `json:"blockNumber,string"`
	Form        string         `json:"form"`
	TxHash      common.Hash    `json:"txHash"`
	Block       uint64         `json:"block,string"`
	At          int64          `json:"at"` // unix milliseconds
}

// store persists the evidence the watcher submitted, so that a restarted
// watcher does not submit it again (the slasher would refuse it anyway,
// AlreadySlashed, at the cost of a simulation).
type store struct{ db *bolt.DB }

func openStore(path string) (*store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s", ErrStoreLocked, path)
		}
		return nil, fmt.Errorf("open watch record %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketSubmitted)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("init watch record: %w", err)
	}
	return &store{db: db}, nil
}

// faultKey is (operator, chainId, blockNumber): the slasher's fault.
func faultKey(op common.Address, chainID, blockNumber uint64) []byte {
	k := make([]byte, 0, 36)
	k = append(k, op[:]...)
	k = binary.BigEndian.AppendUint64(k, chainID)
	return binary.BigEndian.AppendUint64(k, blockNumber)
}

// submitted tells whether the watcher already submitted evidence of the fault.
func (s *store) submitted(op common.Address, chainID, blockNumber uint64) (bool, error) {
	found := false
	err := s.db.View(func(tx *bolt.Tx) error {
		found = tx.Bucket(bucketSubmitted).Get(faultKey(op, chainID, blockNumber)) != nil
		return nil
	})
	return found, err
}

// record persists a submission (fsync'd by bbolt's commit).
func (s *store) record(sub Submission) error {
	v, err := json.Marshal(sub)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSubmitted).Put(faultKey(sub.Operator, sub.ChainID, sub.BlockNumber), v)
	})
}

// all lists every submission, in key order.
func (s *store) all() ([]Submission, error) {
	var out []Submission
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketSubmitted).ForEach(func(_, v []byte) error {
			var sub Submission
			if err := json.Unmarshal(v, &sub); err != nil {
				return err
			}
			out = append(out, sub)
			return nil
		})
	})
	return out, err
}

func (s *store) close() error { return s.db.Close() }
