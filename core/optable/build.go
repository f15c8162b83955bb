package optable

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
)

// Build computes the table of leaves (one per operator, stakes in the order
// of quorumNumbers) at L1 block referenceBlock with timestamp l1Timestamp:
// each quorum's aggregate key, total stake and count over the operators with
// a non-zero stake in it, and the operators tree. An operator with no stake in
// any quorum has no place in a table and is refused.
func Build(referenceBlock uint32, l1Timestamp uint64, quorumNumbers []byte, leaves []Leaf) (*Table, *Tree, error) {
	t := &Table{ReferenceBlock: referenceBlock, L1Timestamp: l1Timestamp, Quorums: make([]Quorum, len(quorumNumbers))}
	for i, q := range quorumNumbers {
		t.Quorums[i] = Quorum{Number: q, TotalStake: new(big.Int)}
	}
	for i := range leaves {
		l := &leaves[i]
		if len(l.Stakes) != len(quorumNumbers) {
			return nil, nil, fmt.Errorf("%w: operator %s has %d stakes for %d quorums", ErrStakesLength, l.OperatorID, len(l.Stakes), len(quorumNumbers))
		}
		member := false
		for qi, s := range l.Stakes {
			if s == nil || s.Sign() == 0 {
				continue
			}
			member = true
			q := &t.Quorums[qi]
			q.TotalStake.Add(q.TotalStake, s)
			q.OperatorCount++
			q.Apk.Add(&q.Apk, &l.Pubkey)
		}
		if !member {
			return nil, nil, fmt.Errorf("%w: operator %s has no stake in any quorum", ErrStakesLength, l.OperatorID)
		}
	}
	tree, err := BuildTree(leaves)
	if err != nil {
		return nil, nil, err
	}
	t.OperatorCount = uint32(tree.Len())
	t.OperatorsRoot = tree.Root()
	if err := t.Validate(); err != nil {
		return nil, nil, err
	}
	return t, tree, nil
}

// memberships is how many quorums of the table a leaf has stake in: how many
// times its key is in the sum of the quorums' aggregate keys.
func memberships(l *Leaf) uint64 {
	var m uint64
	for _, s := range l.Stakes {
		if s.Sign() != 0 {
			m++
		}
	}
	return m
}

// scaleG1 returns m·p (m small).
func scaleG1(p *bn254.G1Affine, m uint64) bn254.G1Affine {
	var out bn254.G1Affine
	if m == 1 {
		return *p
	}
	out.ScalarMultiplication(p, new(big.Int).SetUint64(m))
	return out
}
