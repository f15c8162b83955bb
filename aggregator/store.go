package aggregator

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

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// The store keeps everything the aggregator must not lose, in one bbolt
// file: every write is a transaction committed with fsync before the
// caller acknowledges anything.
//
//	rounds:  round(8)              → roundRecord (JSON)
//	sigs:    round(8)|operatorId   → sigRecord (JSON)
//	claims:  round(8)|digest       → []core.Claim (JSON), once per digest group
//	signers: round(8)              → the closed round's signers: (operatorId(32) digest(32))*, by operator id
//	meta:    "lastRound"           → round(8)
//	meta:    "lastTable"           → round(8) ‖ referenceBlock(4) of the newest certified table (table_store.go)
var (
	bucketRounds  = []byte("rounds")
	bucketSigs    = []byte("sigs")
	bucketClaims  = []byte("claims")
	bucketSigners = []byte("signers")
	bucketMeta    = []byte("meta")
	keyLastRound  = []byte("lastRound")
)

// roundRecord is the persisted state of one round.
type roundRecord struct {
	Round          uint64       `json:"round"`
	Status         string       `json:"status"`
	ReferenceBlock uint32       `json:"referenceBlock"`
	Targets        []api.Target `json:"targets"`
	OpenedAt       int64        `json:"openedAt"`
	Operators      int          `json:"operators"`
	ClaimsRoot     common.Hash  `json:"claimsRoot,omitempty"`
	TxHash         common.Hash  `json:"txHash,omitempty"`
	GasUsed        uint64       `json:"gasUsed,omitempty"`
	AttestedBlock  uint64       `json:"attestedBlock,omitempty"`
	AttestedAt     int64        `json:"attestedAt,omitempty"`
	SignedBips     []uint32     `json:"signedBips,omitempty"`
	// QuorumAt (unix milliseconds) and QuorumDigest: when the first digest
	// group reached the threshold, and that digest (aggregator/certdata.go).
	QuorumAt     int64       `json:"quorumAt,omitempty"`
	QuorumDigest common.Hash `json:"quorumDigest,omitempty"`
	// Table is the round's table request (aggregator/table.go), and
	// TableCertified whether its signed stake reached the threshold.
	Table          *api.TableRequest `json:"table,omitempty"`
	TableCertified bool              `json:"tableCertified,omitempty"`
	// Every is the schedule's L1 blocks per round (0: unscheduled).
	Every uint64 `json:"every,omitempty"`
	// AttestedElsewhere: the landing transaction (TxHash) was sent by
	// another key (another replica); AttestReverts counts this
	// aggregator's attest transactions for the round that were mined and
	// reverted because the round was already attested.
	AttestedElsewhere bool `json:"attestedElsewhere,omitempty"`
	AttestReverts     int  `json:"attestReverts,omitempty"`
	// signers is the round's summary (bucket signers), written when it
	// closes: every signature it counted, sorted by operator id, so that
	// listing closed rounds reads one packed value per round instead of
	// every stored signature. Nil while the round is open, and for rounds
	// closed before summaries existed (those are read from the signatures).
	signers []api.Signer
}

// sigRecord is one accepted signature.
type sigRecord struct {
	Digest common.Hash `json:"digest"`
	Sig    api.G1Point `json:"sig"`
	// TableSig is the signature over the round's table digest, when the
	// round carried a table request.
	TableSig *api.G1Point `json:"tableSig,omitempty"`
}

// Store is the aggregator's embedded database.
type Store struct {
	db *bolt.DB
}

// OpenStore opens (or creates) the database in dir. bbolt locks the file:
// a second aggregator on the same directory fails here instead of
// corrupting it.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	path := filepath.Join(dir, "aggregator.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open %s: another aggregator is using it", path)
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketRounds, bucketSigs, bucketClaims, bucketSigners, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("init %s: %w", path, err)
	}
	// Group commit: signatures arriving within batchDelay of each other
	// share one fsync. The delay is small next to a round's late window.
	db.MaxBatchDelay = batchDelay
	db.MaxBatchSize = batchSize
	return &Store{db: db}, nil
}

// Group-commit bounds of PutSignature.
const (
	batchDelay = 2 * time.Millisecond
	batchSize  = 2048
)

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func roundKey(round uint64) []byte {
	return binary.BigEndian.AppendUint64(nil, round)
}

func roundSubKey(round uint64, h common.Hash) []byte {
	return append(roundKey(round), h[:]...)
}

// LastRound is the highest round ever opened (0 when none).
func (s *Store) LastRound() (uint64, error) {
	var last uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyLastRound); v != nil {
			last = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	return last, err
}

// PutRound writes a round's record, and advances lastRound when it is new.
func (s *Store) PutRound(r *roundRecord) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error { return putRoundTx(tx, r, raw) })
}

// putRoundTx is PutRound inside tx (CloseRound shares it).
func putRoundTx(tx *bolt.Tx, r *roundRecord, raw []byte) error {
	if err := tx.Bucket(bucketRounds).Put(roundKey(r.Round), raw); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if err := putLastTable(meta, r); err != nil {
		return err
	}
	if v := meta.Get(keyLastRound); v == nil || binary.BigEndian.Uint64(v) < r.Round {
		return meta.Put(keyLastRound, roundKey(r.Round))
	}
	return nil
}

// GetRound reads one round's record; nil when unknown.
func (s *Store) GetRound(round uint64) (*roundRecord, error) {
	var r *roundRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketRounds).Get(roundKey(round))
		if v == nil {
			return nil
		}
		r = new(roundRecord)
		if err := json.Unmarshal(v, r); err != nil {
			return err
		}
		return r.loadSigners(tx)
	})
	return r, err
}

// CloseRound is PutRound for a closed round, with its signer summary in
// the same transaction.
func (s *Store) CloseRound(r *roundRecord, signers []api.Signer) error {
	raw, err := json.Marshal(r)
	if err != nil {
		return err
	}
	packed := make([]byte, 0, len(signers)*64)
	for _, sg := range signers {
		packed = append(append(packed, sg.OperatorID[:]...), sg.Digest[:]...)
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketSigners).Put(roundKey(r.Round), packed); err != nil {
			return err
		}
		return putRoundTx(tx, r, raw)
	})
}

// loadSigners reads the record's signer summary, when it has one.
func (r *roundRecord) loadSigners(tx *bolt.Tx) error {
	v := tx.Bucket(bucketSigners).Get(roundKey(r.Round))
	if v == nil {
		return nil
	}
	if len(v)%64 != 0 {
		return fmt.Errorf("round %d: signer summary of %d bytes", r.Round, len(v))
	}
	r.signers = make([]api.Signer, len(v)/64)
	for i := range r.signers {
		r.signers[i] = api.Signer{OperatorID: common.Hash(v[64*i : 64*i+32]), Digest: common.Hash(v[64*i+32 : 64*i+64])}
	}
	return nil
}

// ListRounds returns up to limit rounds below before (0: from the newest),
// newest first.
func (s *Store) ListRounds(before uint64, limit int) ([]*roundRecord, error) {
	var out []*roundRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRounds).Cursor()
		var k, v []byte
		if before == 0 {
			k, v = c.Last()
		} else {
			c.Seek(roundKey(before))
			k, v = c.Prev()
		}
		for ; k != nil && len(out) < limit; k, v = c.Prev() {
			r := new(roundRecord)
			if err := json.Unmarshal(v, r); err != nil {
				return err
			}
			if err := r.loadSigners(tx); err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// OpenRounds returns every round still collecting signatures.
func (s *Store) OpenRounds() ([]*roundRecord, error) {
	var out []*roundRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRounds).ForEach(func(_, v []byte) error {
			r := new(roundRecord)
			if err := json.Unmarshal(v, r); err != nil {
				return err
			}
			if r.Status == api.StatusOpen {
				out = append(out, r)
			}
			return nil
		})
	})
	return out, err
}

// PutSignature records an accepted signature, and the claims of its digest
// group when this is the group's first signature, in one transaction that
// concurrent calls share (group commit).
// ErrDuplicate when the operator already signed the round.
func (s *Store) PutSignature(round uint64, operatorID common.Hash, sig sigRecord, claims []core.Claim) error {
	raw, err := json.Marshal(sig)
	if err != nil {
		return err
	}
	// Batch coalesces concurrent callers into one transaction (one fsync);
	// it returns only once that transaction is committed.
	return s.db.Batch(func(tx *bolt.Tx) error {
		sigs := tx.Bucket(bucketSigs)
		key := roundSubKey(round, operatorID)
		if sigs.Get(key) != nil {
			return errDuplicate
		}
		cb := tx.Bucket(bucketClaims)
		ck := roundSubKey(round, sig.Digest)
		if cb.Get(ck) == nil {
			rawClaims, err := json.Marshal(claims)
			if err != nil {
				return err
			}
			if err := cb.Put(ck, rawClaims); err != nil {
				return err
			}
		}
		return sigs.Put(key, raw)
	})
}

var errDuplicate = errors.New("operator already signed this round")

// storedSignature is a signature read back from the store.
type storedSignature struct {
	OperatorID common.Hash
	sigRecord
}

// RoundSignatures returns a round's signatures and the claims of each
// digest group.
func (s *Store) RoundSignatures(round uint64) ([]storedSignature, map[common.Hash][]core.Claim, error) {
	var sigs []storedSignature
	claims := map[common.Hash][]core.Claim{}
	prefix := roundKey(round)
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketSigs).Cursor()
		for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
			var rec sigRecord
			if err := json.Unmarshal(v, &rec); err != nil {
				return err
			}
			sigs = append(sigs, storedSignature{OperatorID: common.BytesToHash(k[8:]), sigRecord: rec})
		}
		cc := tx.Bucket(bucketClaims).Cursor()
		for k, v := cc.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = cc.Next() {
			var cl []core.Claim
			if err := json.Unmarshal(v, &cl); err != nil {
				return err
			}
			claims[common.BytesToHash(k[8:])] = cl
		}
		return nil
	})
	return sigs, claims, err
}

func hasPrefix(b, prefix []byte) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == string(prefix)
}
