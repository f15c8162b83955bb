package optable_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
)

func TestCertificate(t *testing.T) {
	set := optabletest.NewSet(t, 1000, 1_700_000_000, []byte{0}, optabletest.NewOperators(t, optabletest.Equal(6, optabletest.Ether(10))))
	digest := crypto.Keccak256Hash([]byte("message"))

	t.Run("all sign", func(t *testing.T) {
		cert := set.Certificate(t, digest, optabletest.All(6)...)
		require.Empty(t, cert.NonSigners)
		require.Empty(t, cert.Proof)
		res, err := optable.Verify(set.Table, digest, cert, 10_000)
		require.NoError(t, err)
		require.Equal(t, []string{"60000000000000000000"}, strs(res.Signed))
		require.Equal(t, []string{"60000000000000000000"}, strs(res.Total))
	})

	t.Run("threshold", func(t *testing.T) {
		cert := set.Certificate(t, digest, 0, 2, 3, 5) // 4 of 6 = 66.66%
		require.Len(t, cert.NonSigners, 2)
		ids := cert.NonSignerIDs()
		require.Negative(t, ids[0].Cmp(ids[1]), "non-signers ascend")
		res, err := optable.Verify(set.Table, digest, cert, 6666)
		require.NoError(t, err)
		require.Equal(t, []string{"40000000000000000000"}, strs(res.Signed))
		_, err = optable.Verify(set.Table, digest, cert, 6667)
		require.ErrorIs(t, err, optable.ErrInsufficientStake)
		_, err = optable.Verify(set.Table, digest, cert, 0)
		require.ErrorIs(t, err, optable.ErrInvalidThreshold)
	})

	t.Run("wrong digest", func(t *testing.T) {
		cert := set.Certificate(t, digest, 0, 1, 2, 3, 4)
		_, err := optable.Verify(set.Table, crypto.Keccak256Hash([]byte("other")), cert, 5000)
		require.ErrorIs(t, err, optable.ErrInvalidSignature)
	})

	t.Run("one bad signature fails the build", func(t *testing.T) {
		signers := set.Signers(digest, 0, 1, 2)
		signers[1].Signature = *set.Operators[1].BLS.SignMessage(crypto.Keccak256Hash([]byte("other"))).G1Affine
		_, err := optable.NewCertificate(set.Table, set.Tree, digest, signers)
		require.ErrorIs(t, err, optable.ErrInvalidSignature)
		signers = set.Signers(digest, 0, 1, 2)
		signers[2].PubkeyG2 = set.Operators[3].PubkeyG2 // wrong key
		_, err = optable.NewCertificate(set.Table, set.Tree, digest, signers)
		require.ErrorIs(t, err, optable.ErrInvalidSignature)
	})

	t.Run("signer rules", func(t *testing.T) {
		_, err := optable.NewCertificate(set.Table, set.Tree, digest, nil)
		require.ErrorIs(t, err, optable.ErrNoSigners)
		_, err = optable.NewCertificate(set.Table, set.Tree, digest, set.Signers(digest, 1, 1))
		require.ErrorIs(t, err, optable.ErrDuplicateSigner)
		stranger := optabletest.NewSet(t, 1, 1, []byte{0}, optabletest.NewOperators(t, optabletest.Equal(1, big.NewInt(1))))
		_, err = optable.NewCertificate(set.Table, set.Tree, digest, stranger.Signers(digest, 0))
		require.ErrorIs(t, err, optable.ErrUnknownOperator)
		_, err = optable.NewCertificate(set.Table, stranger.Tree, digest, set.Signers(digest, 0))
		require.ErrorIs(t, err, optable.ErrTreeMismatch)

		off := set.Signers(digest, 0)
		off[0].PubkeyG2 = optabletest.OffSubgroupG2(t)
		_, err = optable.NewCertificate(set.Table, set.Tree, digest, off)
		require.ErrorIs(t, err, optable.ErrG2NotInSubgroup)
		inf := set.Signers(digest, 0)
		inf[0].Signature = bn254.G1Affine{}
		_, err = optable.NewCertificate(set.Table, set.Tree, digest, inf)
		require.ErrorIs(t, err, optable.ErrInfinity)
	})

	t.Run("bad witnesses", func(t *testing.T) {
		base := set.Certificate(t, digest, 0, 1, 4) // 3 non-signers
		require.Len(t, base.NonSigners, 3)
		clone := func() *optable.Certificate {
			c := *base
			c.NonSigners = slices.Clone(base.NonSigners)
			c.Proof = slices.Clone(base.Proof)
			return &c
		}
		c := clone()
		c.NonSigners[0], c.NonSigners[1] = c.NonSigners[1], c.NonSigners[0]
		_, err := optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrNonSignersNotSorted)

		c = clone()
		c.NonSigners[1] = c.NonSigners[0]
		_, err = optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrNonSignersNotSorted, "duplicate")

		c = clone()
		c.Proof[0][3] ^= 1
		_, err = optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrInvalidWitness)

		c = clone()
		c.NonSigners = c.NonSigners[:2] // one non-signer hidden
		_, err = optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrInvalidWitness)

		c = clone()
		c.NonSigners[2].Leaf.Stakes = []*big.Int{big.NewInt(1)} // lower stake claimed
		_, err = optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrInvalidWitness)

		c = clone()
		c.NonSigners[0].Leaf.Pubkey.Y.SetUint64(7)
		_, err = optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrInvalidPoint)

		c = clone()
		c.ApkG2 = optabletest.OffSubgroupG2(t)
		_, err = optable.Verify(set.Table, digest, c, 1000)
		require.ErrorIs(t, err, optable.ErrG2NotInSubgroup)
	})

	t.Run("leaf of another table", func(t *testing.T) {
		// The same operators at another block with other stakes: a witness
		// from that table does not verify against this one.
		ops := slices.Clone(set.Operators)
		ops[3].Leaf.Stakes = []*big.Int{optabletest.Ether(1)}
		other := optabletest.NewSet(t, 1001, 1_700_000_012, []byte{0}, ops)
		foreign := other.Certificate(t, digest, 0, 1, 2, 4, 5)
		mine := set.Certificate(t, digest, 0, 1, 2, 4, 5)
		mine.NonSigners = foreign.NonSigners
		mine.Proof = foreign.Proof
		_, err := optable.Verify(set.Table, digest, mine, 1000)
		require.ErrorIs(t, err, optable.ErrInvalidWitness)
	})
}

// TestCertificateMultiQuorum: an operator in two quorums is in both quorum
// keys, so its signature and G2 key count twice in the aggregate.
func TestCertificateMultiQuorum(t *testing.T) {
	e := optabletest.Ether
	ops := optabletest.NewOperators(t, [][]*big.Int{
		{e(10), e(5)},
		{e(10), big.NewInt(0)},
		{big.NewInt(0), e(5)},
		{e(10), e(5)},
	})
	set := optabletest.NewSet(t, 9, 99, []byte{0, 1}, ops)
	digest := common.HexToHash("0xabcdef")
	for _, c := range []struct {
		signers          []int
		signed0, signed1 int64
	}{
		{[]int{0, 1, 2, 3}, 30, 15},
		{[]int{0, 1, 3}, 30, 10},
		{[]int{0, 2}, 10, 10},
		{[]int{1, 2}, 10, 5},
		{[]int{3}, 10, 5},
	} {
		cert := set.Certificate(t, digest, c.signers...)
		res, err := optable.Verify(set.Table, digest, cert, 1)
		require.NoError(t, err, "signers %v", c.signers)
		require.Equal(t, []string{e(c.signed0).String(), e(c.signed1).String()}, strs(res.Signed), "signers %v", c.signers)
		require.Equal(t, []string{e(30).String(), e(15).String()}, strs(res.Total))
	}
	cert := set.Certificate(t, digest, 1) // quorum 1 has nobody signing
	_, err := optable.Verify(set.Table, digest, cert, 1)
	require.ErrorIs(t, err, optable.ErrInsufficientStake)
}

func strs(vs []*big.Int) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}
