// Package optabletest makes operator sets with real BLS keys for the tests and
// benchmarks of operator tables and certificate verifiers.
package optabletest

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/core/optable"
)

// Operator is one operator with its keys and its leaf.
type Operator struct {
	BLS      *bls.KeyPair
	PubkeyG2 bn254.G2Affine // cached: KeyPair.GetPubKeyG2 recomputes it
	Leaf     optable.Leaf
}

// Set is a table over operators, with its tree.
type Set struct {
	Operators []Operator // in the caller's order, not tree order
	Table     *optable.Table
	Tree      *optable.Tree
}

// Ether is n·10^18.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// NewOperators makes one operator per row of stakes (its stake in each quorum)
// with a fresh BLS key.
func NewOperators(tb testing.TB, stakes [][]*big.Int) []Operator {
	tb.Helper()
	ops := make([]Operator, len(stakes))
	for i, s := range stakes {
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			tb.Fatalf("BLS key: %v", err)
		}
		pk := *kp.GetPubKeyG1().G1Affine
		ops[i] = Operator{
			BLS:      kp,
			PubkeyG2: *kp.GetPubKeyG2().G2Affine,
			Leaf:     optable.Leaf{OperatorID: optable.PubkeyID(&pk), Pubkey: pk, Stakes: s},
		}
	}
	return ops
}

// Equal returns n rows of the same stake in one quorum.
func Equal(n int, stake *big.Int) [][]*big.Int {
	out := make([][]*big.Int, n)
	for i := range out {
		out[i] = []*big.Int{new(big.Int).Set(stake)}
	}
	return out
}

// NewSet builds the table of ops at reference block ref (L1 timestamp ts).
func NewSet(tb testing.TB, ref uint32, ts uint64, quorums []byte, ops []Operator) *Set {
	tb.Helper()
	leaves := make([]optable.Leaf, len(ops))
	for i, op := range ops {
		leaves[i] = op.Leaf
	}
	table, tree, err := optable.Build(ref, ts, quorums, leaves)
	if err != nil {
		tb.Fatalf("build table: %v", err)
	}
	return &Set{Operators: ops, Table: table, Tree: tree}
}

// Signers signs digest with the operators at idx (indices into s.Operators).
func (s *Set) Signers(digest common.Hash, idx ...int) []optable.Signer {
	out := make([]optable.Signer, len(idx))
	for i, j := range idx {
		op := s.Operators[j]
		out[i] = optable.Signer{OperatorID: op.Leaf.OperatorID, Signature: *op.BLS.SignMessage(digest).G1Affine, PubkeyG2: op.PubkeyG2}
	}
	return out
}

// Certificate signs digest with the operators at idx and builds the
// certificate against s.
func (s *Set) Certificate(tb testing.TB, digest common.Hash, idx ...int) *optable.Certificate {
	tb.Helper()
	cert, err := optable.NewCertificate(s.Table, s.Tree, digest, s.Signers(digest, idx...))
	if err != nil {
		tb.Fatalf("certificate: %v", err)
	}
	return cert
}

// All returns 0..n-1.
func All(n int) []int { return Range(0, n) }

// Range returns from..to-1.
func Range(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

// OffSubgroupG2 returns a point on BN254's twist that is not in the order-r
// subgroup G2 (the twist has a large cofactor, so a random point almost never
// is): on the curve, and still not a valid G2 key.
func OffSubgroupG2(tb testing.TB) bn254.G2Affine {
	tb.Helper()
	_, _, _, g2 := bn254.Generators()
	// b' = 3 / (9 + u), the twist's coefficient.
	var b, three bn254.E2
	b.A0.SetUint64(9)
	b.A1.SetUint64(1)
	b.Inverse(&b)
	three.A0.SetUint64(3)
	b.Mul(&b, &three)
	for range 1000 {
		var p bn254.G2Affine
		if _, err := p.X.SetRandom(); err != nil {
			tb.Fatal(err)
		}
		var rhs bn254.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() && !p.Equal(&g2) {
			return p
		}
	}
	tb.Fatal("no off-subgroup twist point found")
	return bn254.G2Affine{}
}
