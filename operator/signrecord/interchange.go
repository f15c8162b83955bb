package signrecord

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/core"
)

// The interchange format carries a signing record between machines, in the
// spirit of EIP-3076 for Ethereum validators: an operator that moves to a
// new machine takes what its key signed with it, and the new record refuses
// whatever the old one would have. docs/signing-record.md describes it.
const (
	// InterchangeFormat names the document.
	InterchangeFormat = "rollcall-signing-record"
	// InterchangeVersion is the version this package writes and reads.
	InterchangeVersion = 1
	// MaxInterchangeBytes bounds a document Import reads.
	MaxInterchangeBytes = 256 << 20
)

// ErrInterchange is wrapped by every refusal of an interchange document.
var ErrInterchange = errors.New("signing record interchange")

// Interchange is the JSON document. Integers are decimal strings (they may
// exceed 2^53), hashes 0x-hex.
type Interchange struct {
	Format  string              `json:"format"`
	Version int                 `json:"version"`
	Meta    InterchangeMeta     `json:"metadata"`
	Claims  []core.Claim        `json:"claims"` // by chain id, then block number
	Rounds  []InterchangedRound `json:"rounds"` // oldest first
	// Tables are the operator tables signed, by reference block. Optional
	// (a record that signed no table, or written before tables existed,
	// has none), so documents without it stay version 1.
	Tables []InterchangedTable `json:"tables,omitempty"`
}

// InterchangedTable is one operator table signed: its L1 reference block
// and its digest.
type InterchangedTable struct {
	ReferenceBlock uint32      `json:"referenceBlock,string"`
	Digest         common.Hash `json:"digest"`
}

// InterchangeMeta says whose record it is. L1ChainID and Registry name the
// AVS (the digests bind them); they are informational when zero.
type InterchangeMeta struct {
	OperatorID common.Hash    `json:"operatorId"`
	L1ChainID  uint64         `json:"l1ChainId,string,omitempty"`
	Registry   common.Address `json:"registry,omitempty"`
}

// InterchangedRound is one round and the digest signed in it.
type InterchangedRound struct {
	Round  uint64      `json:"round,string"`
	Digest common.Hash `json:"digest"`
}

// Export writes the whole record as an interchange document.
func (r *Record) Export(w io.Writer, meta InterchangeMeta) error {
	id, err := r.OperatorID()
	if err != nil {
		return err
	}
	meta.OperatorID = id
	doc := Interchange{Format: InterchangeFormat, Version: InterchangeVersion, Meta: meta,
		Claims: []core.Claim{}, Rounds: []InterchangedRound{}}
	if err := r.Claims(func(c core.Claim) error { doc.Claims = append(doc.Claims, c); return nil }); err != nil {
		return err
	}
	if err := r.Rounds(func(round uint64, d common.Hash) error {
		doc.Rounds = append(doc.Rounds, InterchangedRound{Round: round, Digest: d})
		return nil
	}); err != nil {
		return err
	}
	if err := r.Tables(func(t Table) error {
		doc.Tables = append(doc.Tables, InterchangedTable{ReferenceBlock: t.ReferenceBlock, Digest: t.Digest})
		return nil
	}); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// ReadInterchange decodes and checks a document (at most
// MaxInterchangeBytes; unknown fields refused).
func ReadInterchange(rd io.Reader) (*Interchange, error) {
	dec := json.NewDecoder(io.LimitReader(rd, MaxInterchangeBytes+1))
	dec.DisallowUnknownFields()
	var doc Interchange
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: not a valid document: %w", ErrInterchange, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the document", ErrInterchange)
	}
	switch {
	case doc.Format != InterchangeFormat:
		return nil, fmt.Errorf("%w: format %q, want %q", ErrInterchange, doc.Format, InterchangeFormat)
	case doc.Version != InterchangeVersion:
		return nil, fmt.Errorf("%w: version %d, this rollcall reads version %d", ErrInterchange, doc.Version, InterchangeVersion)
	case doc.Meta.OperatorID == (common.Hash{}):
		return nil, fmt.Errorf("%w: metadata.operatorId is missing", ErrInterchange)
	}
	// Within one document, one claim per (chain, block) and one digest per
	// round: a document that contradicts itself is refused whole.
	claims := map[[2]uint64]core.Claim{}
	for _, c := range doc.Claims {
		k := [2]uint64{c.ChainID, c.BlockNumber}
		if old, ok := claims[k]; ok && old != c {
			return nil, fmt.Errorf("%w: two different claims for chain %d block %d", ErrInterchange, c.ChainID, c.BlockNumber)
		}
		claims[k] = c
	}
	rounds := map[uint64]common.Hash{}
	for _, rd := range doc.Rounds {
		if old, ok := rounds[rd.Round]; ok && old != rd.Digest {
			return nil, fmt.Errorf("%w: two different digests for round %d", ErrInterchange, rd.Round)
		}
		rounds[rd.Round] = rd.Digest
	}
	tables := map[uint32]common.Hash{}
	for _, t := range doc.Tables {
		if old, ok := tables[t.ReferenceBlock]; ok && old != t.Digest {
			return nil, fmt.Errorf("%w: two different table digests for block %d", ErrInterchange, t.ReferenceBlock)
		}
		tables[t.ReferenceBlock] = t.Digest
	}
	return &doc, nil
}

// ImportResult counts what Import added.
type ImportResult struct {
	Claims, Rounds, Tables int // newly recorded
	Known                  int // entries the record already held
}

// Import merges doc into the record, in one transaction: every claim and
// round is added, or nothing when the document belongs to another operator
// or any entry conflicts with what the record holds (the error names it).
// Importing never weakens the protection: a merge only adds entries.
func (r *Record) Import(doc *Interchange) (ImportResult, error) {
	var res ImportResult
	id, err := r.OperatorID()
	if err != nil {
		return res, err
	}
	if doc.Meta.OperatorID != id {
		return res, fmt.Errorf("%w: %w: document is for operator %s, this record for %s", ErrInterchange, ErrOtherOperator, doc.Meta.OperatorID, id)
	}
	err = r.db.Update(func(tx *bolt.Tx) error {
		cb, rb := tx.Bucket(bucketClaims), tx.Bucket(bucketRounds)
		for _, c := range doc.Claims {
			old, ok, err := getClaim(cb, c.ChainID, c.BlockNumber)
			if err != nil {
				return err
			}
			if ok {
				if core.Conflicts(old, c) {
					return &ConflictError{Recorded: old, New: c}
				}
				res.Known++
				continue
			}
			var v [64]byte
			copy(v[:32], c.BlockHash[:])
			copy(v[32:], c.StateRoot[:])
			if err := cb.Put(claimKey(c.ChainID, c.BlockNumber), v[:]); err != nil {
				return err
			}
			res.Claims++
		}
		for _, rd := range doc.Rounds {
			if v := rb.Get(u64(rd.Round)); v != nil {
				if common.BytesToHash(v) != rd.Digest {
					return &RoundError{Round: rd.Round, Recorded: common.BytesToHash(v), Digest: rd.Digest}
				}
				res.Known++
				continue
			}
			if err := rb.Put(u64(rd.Round), rd.Digest[:]); err != nil {
				return err
			}
			res.Rounds++
		}
		tb := tx.Bucket(bucketTables)
		for _, t := range doc.Tables {
			known := tb.Get(u32(t.ReferenceBlock)) != nil
			if err := putTable(tx, Table(t)); err != nil { // refuses another digest
				return err
			}
			if known {
				res.Known++
			} else {
				res.Tables++
			}
		}
		return nil
	})
	if err != nil {
		return ImportResult{}, fmt.Errorf("import refused, nothing changed: %w", err)
	}
	return res, nil
}

// Empty tells whether the record holds no claim and no round.
func (r *Record) Empty() (bool, error) {
	empty := true
	err := r.db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketClaims, bucketRounds, bucketTables} {
			if bk := tx.Bucket(b); bk == nil {
				continue // no tables bucket: a version 1 record opened read-only
			} else if k, _ := bk.Cursor().First(); k != nil {
				empty = false
			}
		}
		return nil
	})
	return empty, err
}
