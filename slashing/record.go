package slashing

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
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
	sr, err := signrecord.OpenReadOnly(path)
	if errors.Is(err, signrecord.ErrLocked) {
		return nil, fmt.Errorf("%w: a running operator holds it; stop the operator to read its record, or check through --aggregator-url", err)
	}
	if err != nil {
		return nil, err
	}
	defer sr.Close()
	rec := &Record{Path: path}
	if rec.OperatorID, err = sr.OperatorID(); err != nil {
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	err = sr.Claims(func(c core.Claim) error {
		rec.Claims = append(rec.Claims, c)
		return nil
	})
	if err == nil {
		err = sr.Rounds(func(round uint64, _ common.Hash) error {
			rec.Rounds++
			rec.LastRound = round
			return nil
		})
	}
	if err != nil {
		return nil, fmt.Errorf("signing record %s: %w", path, err)
	}
	return rec, nil
}
