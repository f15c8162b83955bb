package optable

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// Errors of the operators tree and its proofs.
var (
	ErrNoOperators       = errors.New("no operators")
	ErrDuplicateOperator = errors.New("duplicate operator id")
	ErrUnknownOperator   = errors.New("operator not in the table")
	ErrIndicesNotSorted  = errors.New("leaf indices not strictly ascending")
	ErrIndexOutOfRange   = errors.New("leaf index out of range")
	ErrProofTooLong      = errors.New("proof too long")
	ErrProofTooShort     = errors.New("proof too short")
	ErrProofNotConsumed  = errors.New("proof has unused hashes")
	ErrRootMismatch      = errors.New("proof does not lead to the root")
)

// Tree is the Merkle tree over a table's leaves, ordered by operator id
// ascending. Each level pairs neighbours left to right and promotes an odd
// last node unchanged (as the claims tree does); the root of one leaf is the
// leaf. It is immutable and safe for concurrent reads.
type Tree struct {
	leaves []Leaf          // sorted by OperatorID, unique
	levels [][]common.Hash // levels[0] are the leaf hashes, the last is the root
	index  map[common.Hash]int
}

// BuildTree validates leaves (1..MaxOperators, one per operator id, the same
// number of stakes each), sorts a copy by operator id and builds the tree.
func BuildTree(leaves []Leaf) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrNoOperators
	}
	if len(leaves) > MaxOperators {
		return nil, fmt.Errorf("%w: %d > %d", ErrTooManyOperators, len(leaves), MaxOperators)
	}
	sorted := slices.Clone(leaves)
	slices.SortFunc(sorted, func(a, b Leaf) int { return bytes.Compare(a.OperatorID[:], b.OperatorID[:]) })
	level := make([]common.Hash, len(sorted))
	index := make(map[common.Hash]int, len(sorted))
	for i := range sorted {
		l := &sorted[i]
		if err := l.Validate(); err != nil {
			return nil, err
		}
		if len(l.Stakes) != len(sorted[0].Stakes) {
			return nil, fmt.Errorf("%w: operator %s has %d, operator %s %d", ErrStakesLength, l.OperatorID, len(l.Stakes), sorted[0].OperatorID, len(sorted[0].Stakes))
		}
		if i > 0 && l.OperatorID == sorted[i-1].OperatorID {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateOperator, l.OperatorID)
		}
		level[i] = LeafHash(l)
		index[l.OperatorID] = i
	}
	levels := [][]common.Hash{level}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i+1 < len(level); i += 2 {
			next = append(next, NodeHash(level[i], level[i+1]))
		}
		if len(level)%2 == 1 {
			next = append(next, level[len(level)-1])
		}
		levels = append(levels, next)
		level = next
	}
	return &Tree{leaves: sorted, levels: levels, index: index}, nil
}

// Root returns the operators root.
func (t *Tree) Root() common.Hash { return t.levels[len(t.levels)-1][0] }

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.leaves) }

// Leaves returns a copy of the leaves in tree order (ascending id).
func (t *Tree) Leaves() []Leaf { return slices.Clone(t.leaves) }

// Index returns the position of operator id's leaf.
func (t *Tree) Index(id common.Hash) (int, bool) {
	i, ok := t.index[id]
	return i, ok
}

// Leaf returns the leaf at position i.
func (t *Tree) Leaf(i int) Leaf { return t.leaves[i] }

// MultiProof returns the sibling hashes that, with the leaves at indices
// (strictly ascending), rebuild the root: the order in which VerifyMultiProof
// consumes them. A proof of one leaf is its ordinary Merkle proof.
func (t *Tree) MultiProof(indices []uint32) ([]common.Hash, error) {
	if err := checkIndices(indices, uint32(len(t.leaves))); err != nil {
		return nil, err
	}
	var proof []common.Hash
	known := slices.Clone(indices)
	for _, level := range t.levels[:len(t.levels)-1] {
		next := known[:0]
		for i := 0; i < len(known); i++ {
			p := known[i]
			sib := p ^ 1
			switch {
			case int(sib) >= len(level):
				// odd last node: promoted, no sibling
			case i+1 < len(known) && known[i+1] == sib:
				i++ // sibling known too
			default:
				proof = append(proof, level[sib])
			}
			next = append(next, p/2)
		}
		known = next
	}
	return proof, nil
}

func checkIndices(indices []uint32, n uint32) error {
	for i, idx := range indices {
		if idx >= n {
			return fmt.Errorf("%w: %d of %d leaves", ErrIndexOutOfRange, idx, n)
		}
		if i > 0 && idx <= indices[i-1] {
			return fmt.Errorf("%w: %d after %d", ErrIndicesNotSorted, idx, indices[i-1])
		}
	}
	return nil
}

// VerifyMultiProof checks that leafHashes sit at indices (strictly
// ascending, below n) of the tree of n leaves with the given root, consuming
// every hash of proof (at most MaxMultiProofLength). It is the algorithm of
// OperatorTable.sol's verifyMultiProof, step for step: level by level, each
// known node is paired with the next known node when that is its sibling,
// with the next proof hash otherwise, and promoted when it is the odd last
// node of its level.
func VerifyMultiProof(root common.Hash, n uint32, indices []uint32, leafHashes []common.Hash, proof []common.Hash) error {
	if len(indices) != len(leafHashes) || len(indices) == 0 {
		return fmt.Errorf("%w: %d indices, %d leaves", ErrIndexOutOfRange, len(indices), len(leafHashes))
	}
	if n > MaxOperators {
		return fmt.Errorf("%w: %d > %d", ErrTooManyOperators, n, MaxOperators)
	}
	if len(proof) > MaxMultiProofLength {
		return fmt.Errorf("%w: %d > %d", ErrProofTooLong, len(proof), MaxMultiProofLength)
	}
	if err := checkIndices(indices, n); err != nil {
		return err
	}
	pos := slices.Clone(indices)
	hashes := slices.Clone(leafHashes)
	used := 0
	for m := n; m > 1; m = (m + 1) / 2 {
		k := 0
		for i := 0; i < len(pos); i++ {
			p, h := pos[i], hashes[i]
			sib := p ^ 1
			switch {
			case sib >= m:
			case i+1 < len(pos) && pos[i+1] == sib:
				h = NodeHash(h, hashes[i+1])
				i++
			default:
				if used == len(proof) {
					return ErrProofTooShort
				}
				h = NodeHash(h, proof[used])
				used++
			}
			pos[k], hashes[k] = p/2, h
			k++
		}
		pos, hashes = pos[:k], hashes[:k]
	}
	if used != len(proof) {
		return fmt.Errorf("%w: %d of %d used", ErrProofNotConsumed, used, len(proof))
	}
	if hashes[0] != root {
		return ErrRootMismatch
	}
	return nil
}
