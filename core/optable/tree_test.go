package optable_test

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core/optable"
)

// cheapLeaves makes n valid leaves with keys k·g1 for small k (no BLS key
// needed to test the tree).
func cheapLeaves(tb testing.TB, n int, seed uint64) []optable.Leaf {
	tb.Helper()
	_, _, g1, _ := bn254.Generators()
	out := make([]optable.Leaf, n)
	for i := range out {
		var p bn254.G1Affine
		p.ScalarMultiplication(&g1, new(big.Int).SetUint64(seed*1_000_003+uint64(i)+1))
		out[i] = optable.Leaf{OperatorID: optable.PubkeyID(&p), Pubkey: p, Stakes: []*big.Int{big.NewInt(int64(i + 1)), big.NewInt(0)}}
	}
	return out
}

func TestMultiProofAllSubsets(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33, 100, 200} {
		tree, err := optable.BuildTree(cheapLeaves(t, n, uint64(n)))
		require.NoError(t, err)
		hashOf := func(idx []uint32) []common.Hash {
			out := make([]common.Hash, len(idx))
			for i, j := range idx {
				l := tree.Leaf(int(j))
				out[i] = optable.LeafHash(&l)
			}
			return out
		}
		for trial := range 30 {
			var idx []uint32
			for i := range n {
				if rng.IntN(4) == 0 || (trial == 0 && i == n-1) {
					idx = append(idx, uint32(i))
				}
			}
			if len(idx) == 0 {
				idx = []uint32{uint32(rng.IntN(n))}
			}
			proof, err := tree.MultiProof(idx)
			require.NoError(t, err)
			leaves := hashOf(idx)
			require.NoError(t, optable.VerifyMultiProof(tree.Root(), uint32(n), idx, leaves, proof), "n=%d idx=%v", n, idx)
			if len(idx) == 1 {
				require.LessOrEqual(t, len(proof), optable.MaxProofDepth)
			}
			if len(proof) > 0 {
				bad := slices.Clone(proof)
				bad[rng.IntN(len(bad))][0] ^= 1
				require.ErrorIs(t, optable.VerifyMultiProof(tree.Root(), uint32(n), idx, leaves, bad), optable.ErrRootMismatch)
				require.ErrorIs(t, optable.VerifyMultiProof(tree.Root(), uint32(n), idx, leaves, proof[:len(proof)-1]), optable.ErrProofTooShort)
			}
			require.ErrorIs(t, optable.VerifyMultiProof(tree.Root(), uint32(n), idx, leaves, append(slices.Clone(proof), common.Hash{1})), optable.ErrProofNotConsumed)
			wrong := slices.Clone(leaves)
			wrong[0][31] ^= 1
			require.Error(t, optable.VerifyMultiProof(tree.Root(), uint32(n), idx, wrong, proof))
		}
		// Every leaf at once needs no proof at all: that is the root.
		all := make([]uint32, n)
		for i := range all {
			all[i] = uint32(i)
		}
		proof, err := tree.MultiProof(all)
		require.NoError(t, err)
		require.Empty(t, proof)
		require.NoError(t, optable.VerifyMultiProof(tree.Root(), uint32(n), all, hashOf(all), nil))
	}
}

func TestMultiProofRejects(t *testing.T) {
	tree, err := optable.BuildTree(cheapLeaves(t, 10, 7))
	require.NoError(t, err)
	_, err = tree.MultiProof([]uint32{3, 3})
	require.ErrorIs(t, err, optable.ErrIndicesNotSorted)
	_, err = tree.MultiProof([]uint32{4, 2})
	require.ErrorIs(t, err, optable.ErrIndicesNotSorted)
	_, err = tree.MultiProof([]uint32{10})
	require.ErrorIs(t, err, optable.ErrIndexOutOfRange)

	l := tree.Leaf(2)
	proof, err := tree.MultiProof([]uint32{2})
	require.NoError(t, err)
	h := []common.Hash{optable.LeafHash(&l)}
	require.NoError(t, optable.VerifyMultiProof(tree.Root(), 10, []uint32{2}, h, proof))
	// Positions only steer the fold (hashing is commutative and domain
	// separated, so a fold that reaches the root proves real leaves whatever
	// the positions say); a leaf of another tree verifies at no position.
	other := cheapLeaves(t, 1, 99)[0]
	for pos := range uint32(10) {
		require.Error(t, optable.VerifyMultiProof(tree.Root(), 10, []uint32{pos}, []common.Hash{optable.LeafHash(&other)}, proof))
	}
	require.ErrorIs(t, optable.VerifyMultiProof(tree.Root(), 10, []uint32{2}, h, make([]common.Hash, optable.MaxMultiProofLength+1)), optable.ErrProofTooLong)
}

func TestBuildTreeRejects(t *testing.T) {
	leaves := cheapLeaves(t, 4, 3)
	_, err := optable.BuildTree(nil)
	require.ErrorIs(t, err, optable.ErrNoOperators)

	dup := append(slices.Clone(leaves), leaves[1])
	_, err = optable.BuildTree(dup)
	require.ErrorIs(t, err, optable.ErrDuplicateOperator)

	wrongID := slices.Clone(leaves)
	wrongID[0].OperatorID[0] ^= 1
	_, err = optable.BuildTree(wrongID)
	require.ErrorIs(t, err, optable.ErrOperatorIDMismatch)

	offCurve := slices.Clone(leaves)
	offCurve[0].Pubkey.Y.SetUint64(5)
	_, err = optable.BuildTree(offCurve)
	require.ErrorIs(t, err, optable.ErrInvalidPoint)

	big97 := slices.Clone(leaves)
	big97[1].Stakes = []*big.Int{new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(0)}
	_, err = optable.BuildTree(big97)
	require.ErrorIs(t, err, optable.ErrStakeRange)

	ragged := slices.Clone(leaves)
	ragged[2].Stakes = []*big.Int{big.NewInt(1)}
	_, err = optable.BuildTree(ragged)
	require.ErrorIs(t, err, optable.ErrStakesLength)

	// Order of the input does not matter.
	a, err := optable.BuildTree(leaves)
	require.NoError(t, err)
	rev := slices.Clone(leaves)
	slices.Reverse(rev)
	b, err := optable.BuildTree(rev)
	require.NoError(t, err)
	require.Equal(t, a.Root(), b.Root())
	for i := 1; i < a.Len(); i++ {
		require.Negative(t, a.Leaf(i-1).OperatorID.Cmp(a.Leaf(i).OperatorID), "leaves ascend by id")
	}
}

func TestBuild(t *testing.T) {
	_, _, g1, _ := bn254.Generators()
	key := func(k int64) bn254.G1Affine {
		var p bn254.G1Affine
		p.ScalarMultiplication(&g1, big.NewInt(k))
		return p
	}
	leaf := func(k int64, s0, s1 int64) optable.Leaf {
		p := key(k)
		return optable.Leaf{OperatorID: optable.PubkeyID(&p), Pubkey: p, Stakes: []*big.Int{big.NewInt(s0), big.NewInt(s1)}}
	}
	// Operator 1 in both quorums, 2 only in quorum 0, 3 only in quorum 5.
	table, tree, err := optable.Build(100, 1234, []byte{0, 5}, []optable.Leaf{leaf(1, 10, 20), leaf(2, 30, 0), leaf(3, 0, 40)})
	require.NoError(t, err)
	require.EqualValues(t, 3, table.OperatorCount)
	require.Equal(t, tree.Root(), table.OperatorsRoot)
	require.Equal(t, []byte{0, 5}, table.QuorumNumbers())
	want0, want1 := key(3), key(4)
	require.True(t, table.Quorums[0].Apk.Equal(&want0), "quorum 0 key = (1+2)·g1")
	require.True(t, table.Quorums[1].Apk.Equal(&want1), "quorum 5 key = (1+3)·g1")
	require.Equal(t, "40", table.Quorums[0].TotalStake.String())
	require.Equal(t, "60", table.Quorums[1].TotalStake.String())
	require.EqualValues(t, 2, table.Quorums[0].OperatorCount)
	require.EqualValues(t, 2, table.Quorums[1].OperatorCount)

	_, _, err = optable.Build(100, 1234, []byte{0, 5}, []optable.Leaf{leaf(1, 0, 0)})
	require.ErrorIs(t, err, optable.ErrStakesLength, "an operator without stake has no leaf")
	_, _, err = optable.Build(100, 1234, []byte{5, 0}, []optable.Leaf{leaf(1, 1, 1)})
	require.ErrorIs(t, err, optable.ErrQuorumsNotAscending)

	// Digest binds every field and the AVS identity.
	reg := common.HexToAddress("0x1234")
	d := table.Digest(1, reg)
	require.NotEqual(t, d, table.Digest(2, reg))
	require.NotEqual(t, d, table.Digest(1, common.HexToAddress("0x1235")))
	mutations := []func(*optable.Table){
		func(t *optable.Table) { t.ReferenceBlock++ },
		func(t *optable.Table) { t.L1Timestamp++ },
		func(t *optable.Table) { t.OperatorCount++ },
		func(t *optable.Table) { t.OperatorsRoot[5] ^= 1 },
		func(t *optable.Table) { t.Quorums[1].Number++ },
		func(t *optable.Table) { t.Quorums[0].TotalStake = big.NewInt(41) },
		func(t *optable.Table) { t.Quorums[1].OperatorCount++ },
		func(t *optable.Table) { t.Quorums[0].Apk = key(9) },
	}
	for i, m := range mutations {
		c := *table
		c.Quorums = slices.Clone(table.Quorums)
		m(&c)
		require.NotEqual(t, d, c.Digest(1, reg), "mutation %d", i)
		require.False(t, c.Equal(table), "mutation %d", i)
	}
	require.True(t, table.Equal(table))
	_ = fr.Modulus
}
