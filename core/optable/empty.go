package optable

import (
	"errors"
	"fmt"
	"math/big"
)

// ErrNotEmpty is returned by ValidateEmpty for a table with a member, key,
// stake or root.
var ErrNotEmpty = errors.New("table is not empty")

// Empty is the table of a middleware without operators at block ref: the
// quorums with no key, stake or member and no operators root. A
// CertificateVerifier may start from it (a fresh deployment has no operator
// yet); it verifies nothing and certifies no successor, so the chain starts
// only when its owner resets it to a real table (`rollcall tables
// bootstrap`). FromL1 returns ErrNoOperators where this is the answer.
func Empty(ref uint32, l1Timestamp uint64, quorums []byte) (*Table, error) {
	t := &Table{ReferenceBlock: ref, L1Timestamp: l1Timestamp, Quorums: make([]Quorum, len(quorums))}
	for i, q := range quorums {
		t.Quorums[i] = Quorum{Number: q, TotalStake: new(big.Int)}
	}
	if err := t.ValidateEmpty(); err != nil {
		return nil, err
	}
	return t, nil
}

// IsEmpty reports whether t has no operators (see Empty).
func (t *Table) IsEmpty() bool { return t.OperatorCount == 0 }

// ValidateEmpty checks what CertificateVerifier's constructor checks of an
// empty genesis table: 1..MaxQuorums quorums strictly ascending, each with
// no key, stake or member, and a zero operators root.
func (t *Table) ValidateEmpty() error {
	if len(t.Quorums) == 0 {
		return ErrNoQuorums
	}
	if len(t.Quorums) > MaxQuorums {
		return fmt.Errorf("%w: %d > %d", ErrTooManyQuorums, len(t.Quorums), MaxQuorums)
	}
	if t.OperatorCount != 0 || t.OperatorsRoot != ([32]byte{}) {
		return ErrNotEmpty
	}
	for i, q := range t.Quorums {
		if i > 0 && q.Number <= t.Quorums[i-1].Number {
			return fmt.Errorf("%w: quorum %d after %d", ErrQuorumsNotAscending, q.Number, t.Quorums[i-1].Number)
		}
		if !q.Apk.IsInfinity() || q.TotalStake == nil || q.TotalStake.Sign() != 0 || q.OperatorCount != 0 {
			return fmt.Errorf("%w: quorum %d", ErrNotEmpty, q.Number)
		}
	}
	return nil
}
