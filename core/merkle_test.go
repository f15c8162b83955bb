package core_test

import (
	"cmp"
	"encoding/binary"
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

// randomClaims derives n claims with distinct, unordered chain ids from seed.
func randomClaims(seed []byte, n int) []core.Claim {
	claims := make([]core.Claim, 0, n)
	seen := make(map[uint64]bool, n)
	for i := uint64(0); len(claims) < n; i++ {
		var ctr [8]byte
		binary.BigEndian.PutUint64(ctr[:], i)
		w := crypto.Keccak256(seed, ctr[:])
		id := binary.BigEndian.Uint64(w[:8])
		if seen[id] {
			continue
		}
		seen[id] = true
		claims = append(claims, core.Claim{
			ChainID:     id,
			BlockNumber: binary.BigEndian.Uint64(w[8:16]),
			BlockHash:   crypto.Keccak256Hash(w, []byte("blockHash")),
			StateRoot:   crypto.Keccak256Hash(w, []byte("stateRoot")),
		})
	}
	return claims
}

// naiveRoot computes the root by the rule in docs/encoding.md, independently
// of Tree's level bookkeeping.
func naiveRoot(leaves []common.Hash) common.Hash {
	if len(leaves) == 1 {
		return leaves[0]
	}
	var next []common.Hash
	for i := 0; i < len(leaves); i += 2 {
		if i+1 == len(leaves) {
			next = append(next, leaves[i])
		} else {
			next = append(next, core.NodeHash(leaves[i], leaves[i+1]))
		}
	}
	return naiveRoot(next)
}

func TestNodeHash(t *testing.T) {
	a := common.HexToHash("0x01")
	b := common.HexToHash("0xff00000000000000000000000000000000000000000000000000000000000000")
	want := crypto.Keccak256Hash([]byte{core.NodePrefix}, a[:], b[:])
	require.Equal(t, want, core.NodeHash(a, b))
	require.Equal(t, want, core.NodeHash(b, a), "node hash is commutative")
	require.Equal(t, crypto.Keccak256Hash([]byte{core.NodePrefix}, a[:], a[:]), core.NodeHash(a, a))
}

func TestBuildTreeErrors(t *testing.T) {
	_, err := core.BuildTree(nil)
	require.ErrorIs(t, err, core.ErrNoClaims)
	_, err = core.BuildTree([]core.Claim{})
	require.ErrorIs(t, err, core.ErrNoClaims)

	_, err = core.BuildTree(randomClaims([]byte("too many"), core.MaxClaims+1))
	require.ErrorIs(t, err, core.ErrTooManyClaims)

	claims := randomClaims([]byte("dup"), 5)
	claims[3].ChainID = claims[1].ChainID
	_, err = core.BuildTree(claims)
	require.ErrorIs(t, err, core.ErrDuplicateChain)

	// Identical duplicates are duplicates too.
	_, err = core.BuildTree([]core.Claim{{ChainID: 1}, {ChainID: 1}})
	require.ErrorIs(t, err, core.ErrDuplicateChain)

	_, err = core.MerkleRoot(nil)
	require.ErrorIs(t, err, core.ErrNoClaims)
}

func TestBuildTreeSortsWithoutMutating(t *testing.T) {
	claims := randomClaims([]byte("sort"), 7)
	input := slices.Clone(claims)
	tree, err := core.BuildTree(input)
	require.NoError(t, err)
	require.Equal(t, claims, input, "caller's slice untouched")

	sorted := tree.Claims()
	require.True(t, slices.IsSortedFunc(sorted, func(a, b core.Claim) int {
		return cmp.Compare(a.ChainID, b.ChainID)
	}))
	require.ElementsMatch(t, claims, sorted)

	slices.Reverse(input)
	again, err := core.BuildTree(input)
	require.NoError(t, err)
	require.Equal(t, tree.Root(), again.Root(), "the root does not depend on input order")

	sorted[0].BlockNumber++ // Claims returns a copy
	require.Equal(t, tree.Claims(), again.Claims())
}

func TestTreeShapes(t *testing.T) {
	for n := 1; n <= core.MaxClaims; n++ {
		claims := randomClaims([]byte{byte(n), byte(n >> 8)}, n)
		tree, err := core.BuildTree(claims)
		require.NoError(t, err)
		require.Equal(t, n, tree.Len())

		sorted := tree.Claims()
		leaves := make([]common.Hash, n)
		for i, c := range sorted {
			leaves[i] = core.LeafHash(c)
		}
		require.Equal(t, naiveRoot(leaves), tree.Root(), "n=%d", n)
		if n == 1 {
			require.Equal(t, leaves[0], tree.Root(), "root of one leaf is the leaf")
		}

		root, err := core.MerkleRoot(claims)
		require.NoError(t, err)
		require.Equal(t, tree.Root(), root)

		for _, c := range sorted {
			proof, err := tree.Proof(c.ChainID)
			require.NoError(t, err)
			require.LessOrEqual(t, len(proof), core.MaxProofLength)
			require.True(t, core.VerifyProof(tree.Root(), c, proof), "n=%d chain=%d", n, c.ChainID)
			got, ok := tree.Claim(c.ChainID)
			require.True(t, ok)
			require.Equal(t, c, got)
		}
	}
}

func TestProofUnknownChain(t *testing.T) {
	tree, err := core.BuildTree([]core.Claim{{ChainID: 10}, {ChainID: 20}})
	require.NoError(t, err)
	_, err = tree.Proof(15)
	require.ErrorIs(t, err, core.ErrUnknownChain)
	_, ok := tree.Claim(15)
	require.False(t, ok)
}

func TestProofTwoLeavesAndPromotion(t *testing.T) {
	claims := randomClaims([]byte("three"), 3)
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	s := tree.Claims()
	l0, l1, l2 := core.LeafHash(s[0]), core.LeafHash(s[1]), core.LeafHash(s[2])
	require.Equal(t, core.NodeHash(core.NodeHash(l0, l1), l2), tree.Root())

	p0, err := tree.Proof(s[0].ChainID)
	require.NoError(t, err)
	require.Equal(t, []common.Hash{l1, l2}, p0)
	p2, err := tree.Proof(s[2].ChainID)
	require.NoError(t, err)
	require.Equal(t, []common.Hash{core.NodeHash(l0, l1)}, p2, "the promoted leaf's proof skips its promoted level")
}

func TestVerifyProofRejects(t *testing.T) {
	claims := randomClaims([]byte("reject"), 9)
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	c := tree.Claims()[4]
	proof, err := tree.Proof(c.ChainID)
	require.NoError(t, err)
	require.True(t, core.VerifyProof(tree.Root(), c, proof))

	other := c
	other.StateRoot[31] ^= 1
	require.False(t, core.VerifyProof(tree.Root(), other, proof), "changed claim")

	bad := slices.Clone(proof)
	bad[0][0] ^= 0x80
	require.False(t, core.VerifyProof(tree.Root(), c, bad), "changed proof")
	require.False(t, core.VerifyProof(tree.Root(), c, proof[:len(proof)-1]), "truncated proof")
	require.False(t, core.VerifyProof(common.Hash{}, c, proof), "wrong root")

	// An inner node is not a leaf: its "proof" from the level above must not
	// verify as a claim, and leaves and nodes hash differently.
	require.NotEqual(t, core.LeafHash(c), tree.Root())
}

func TestVerifyProofLengthLimit(t *testing.T) {
	c := core.Claim{ChainID: 1}
	// Build a "root" from a proof of MaxProofLength+1 siblings: it folds
	// correctly but is longer than any real tree produces.
	proof := make([]common.Hash, core.MaxProofLength+1)
	h := core.LeafHash(c)
	for i := range proof {
		proof[i] = crypto.Keccak256Hash([]byte{byte(i)})
		h = core.NodeHash(h, proof[i])
	}
	require.False(t, core.VerifyProof(h, c, proof))

	h = core.LeafHash(c)
	for _, s := range proof[:core.MaxProofLength] {
		h = core.NodeHash(h, s)
	}
	require.True(t, core.VerifyProof(h, c, proof[:core.MaxProofLength]))
}

func TestTreeErrorsAreNotWrappedTwice(t *testing.T) {
	_, err := core.BuildTree(make([]core.Claim, core.MaxClaims+1))
	require.True(t, errors.Is(err, core.ErrTooManyClaims))
	require.False(t, errors.Is(err, core.ErrDuplicateChain), "size is checked before duplicates")
}
