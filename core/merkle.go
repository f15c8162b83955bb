package core

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// MaxClaims is the largest number of claims one checkpoint may hold.
	MaxClaims = 256
	// MaxProofLength is the longest proof a tree of MaxClaims leaves produces
	// (its depth, log2(MaxClaims)). Longer proofs are rejected unread.
	MaxProofLength = 8
)

var (
	// ErrNoClaims: a checkpoint must hold at least one claim.
	ErrNoClaims = errors.New("no claims")
	// ErrTooManyClaims: a checkpoint holds at most MaxClaims claims.
	ErrTooManyClaims = errors.New("too many claims")
	// ErrDuplicateChain: a checkpoint holds at most one claim per chain id.
	ErrDuplicateChain = errors.New("duplicate chain id")
	// ErrUnknownChain: the tree holds no claim for the requested chain id.
	ErrUnknownChain = errors.New("chain id not in tree")
)

// NodeHash returns the internal node over children a and b:
// keccak256(0x01 ‖ min(a,b) ‖ max(a,b)), the hashes compared as big-endian
// unsigned integers. It is commutative, so proofs carry no left/right bits.
func NodeHash(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	var buf [1 + 2*common.HashLength]byte
	buf[0] = NodePrefix
	copy(buf[1:33], a[:])
	copy(buf[33:65], b[:])
	return crypto.Keccak256Hash(buf[:])
}

// Tree is the Merkle tree over the claims of one checkpoint, leaves ordered by
// ChainID ascending. It is immutable once built and safe for concurrent reads.
type Tree struct {
	claims []Claim         // sorted by ChainID, no duplicates
	levels [][]common.Hash // levels[0] are the leaves, the last level is the root
}

// BuildTree validates claims (1..MaxClaims of them, one per chain id), sorts a
// copy by ChainID and builds the tree. The caller's slice is left untouched.
func BuildTree(claims []Claim) (*Tree, error) {
	if len(claims) == 0 {
		return nil, ErrNoClaims
	}
	if len(claims) > MaxClaims {
		return nil, fmt.Errorf("%w: %d > %d", ErrTooManyClaims, len(claims), MaxClaims)
	}
	sorted := slices.Clone(claims)
	slices.SortFunc(sorted, func(a, b Claim) int { return cmp.Compare(a.ChainID, b.ChainID) })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].ChainID == sorted[i-1].ChainID {
			return nil, fmt.Errorf("%w: %d", ErrDuplicateChain, sorted[i].ChainID)
		}
	}

	level := make([]common.Hash, len(sorted))
	for i, c := range sorted {
		level[i] = LeafHash(c)
	}
	levels := [][]common.Hash{level}
	for len(level) > 1 {
		next := make([]common.Hash, 0, (len(level)+1)/2)
		for i := 0; i+1 < len(level); i += 2 {
			next = append(next, NodeHash(level[i], level[i+1]))
		}
		if len(level)%2 == 1 {
			next = append(next, level[len(level)-1]) // odd last node: promoted unchanged
		}
		levels = append(levels, next)
		level = next
	}
	return &Tree{claims: sorted, levels: levels}, nil
}

// MerkleRoot is BuildTree(claims).Root().
func MerkleRoot(claims []Claim) (common.Hash, error) {
	t, err := BuildTree(claims)
	if err != nil {
		return common.Hash{}, err
	}
	return t.Root(), nil
}

// Root returns the claims root. The root of a single claim is its leaf.
func (t *Tree) Root() common.Hash {
	return t.levels[len(t.levels)-1][0]
}

// Len returns the number of claims in the tree.
func (t *Tree) Len() int { return len(t.claims) }

// Claims returns a copy of the claims, ordered by ChainID ascending.
func (t *Tree) Claims() []Claim { return slices.Clone(t.claims) }

// Claim returns the claim for chainID, if the tree holds one.
func (t *Tree) Claim(chainID uint64) (Claim, bool) {
	i, ok := t.index(chainID)
	if !ok {
		return Claim{}, false
	}
	return t.claims[i], true
}

func (t *Tree) index(chainID uint64) (int, bool) {
	return slices.BinarySearchFunc(t.claims, chainID, func(c Claim, id uint64) int {
		return cmp.Compare(c.ChainID, id)
	})
}

// Proof returns the sibling hashes from the leaf of chainID's claim up to the
// root. Levels where the node is promoted without a sibling contribute
// nothing, so the proof has at most MaxProofLength entries (none for a
// single-claim tree).
func (t *Tree) Proof(chainID uint64) ([]common.Hash, error) {
	i, ok := t.index(chainID)
	if !ok {
		return nil, fmt.Errorf("%w: %d", ErrUnknownChain, chainID)
	}
	proof := make([]common.Hash, 0, len(t.levels)-1)
	for _, level := range t.levels[:len(t.levels)-1] {
		if sibling := i ^ 1; sibling < len(level) {
			proof = append(proof, level[sibling])
		}
		i /= 2
	}
	return proof, nil
}

// VerifyProof reports whether claim is in the tree with the given root:
// folding NodeHash over the proof, starting from LeafHash(claim), yields root.
// Proofs longer than MaxProofLength are rejected.
func VerifyProof(root common.Hash, claim Claim, proof []common.Hash) bool {
	if len(proof) > MaxProofLength {
		return false
	}
	h := LeafHash(claim)
	for _, sibling := range proof {
		h = NodeHash(h, sibling)
	}
	return h == root
}
