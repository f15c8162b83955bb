package blsverify

import (
	"crypto/sha256"
	"math/big"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rollcall-avs/rollcall/core"
)

// maxSigners is the largest signer set the tests and benchmarks use.
const maxSigners = 200

// signers is a fixed set of operators with their G2 keys (computed once:
// GetPubKeyG2 recomputes sk·g2 at every call) and their signatures over
// testDigest.
type signers struct {
	keys []*bls.KeyPair
	pks  []*bls.G2Point
	sigs []*bls.Signature
}

var testDigest = sha256.Sum256([]byte("rollcall blsverify test digest"))

var fixture = sync.OnceValue(func() *signers {
	s := &signers{}
	for i := range maxSigners {
		// Deterministic keys 1000+i: reproducible and independent of rand.
		kp := bls.NewKeyPair(new(fr.Element).SetUint64(uint64(1000 + i)))
		s.keys = append(s.keys, kp)
		s.pks = append(s.pks, kp.GetPubKeyG2())
		s.sigs = append(s.sigs, kp.SignMessage(testDigest))
	}
	return s
})

// firstSigners returns copies of the first n signatures and keys, so that a
// test may overwrite entries without touching the shared fixture.
func firstSigners(tb testing.TB, n int) (keys []*bls.KeyPair, sigs []*bls.Signature, pks []*bls.G2Point) {
	tb.Helper()
	if n > maxSigners {
		tb.Fatalf("at most %d signers", maxSigners)
	}
	f := fixture()
	return append([]*bls.KeyPair(nil), f.keys[:n]...),
		append([]*bls.Signature(nil), f.sigs[:n]...),
		append([]*bls.G2Point(nil), f.pks[:n]...)
}

// twistPointOutsideSubgroup returns a point on the G2 twist curve
// y² = x³ + 3/(9+i) that is not in the order-r subgroup: the first x = 1, 2, …
// for which x³ + b' is a square, without clearing the cofactor (the twist's
// cofactor is about p, so such a point is almost never in the subgroup).
func twistPointOutsideSubgroup(tb testing.TB) bn254.G2Affine {
	tb.Helper()
	var b, twist bn254.E2
	twist.A0.SetUint64(9)
	twist.A1.SetUint64(1)
	b.Inverse(&twist)
	var three bn254.E2
	three.A0.SetUint64(3)
	b.Mul(&b, &three)

	for x := uint64(1); x < 1000; x++ {
		var p bn254.G2Affine
		p.X.A0.SetUint64(x)
		var rhs bn254.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if !p.IsOnCurve() {
			tb.Fatalf("x=%d: constructed point is not on the twist", x)
		}
		if p.IsInSubGroup() {
			continue
		}
		return p
	}
	tb.Fatal("no twist point outside the subgroup found")
	return bn254.G2Affine{}
}

// g2Coords returns pk's coordinates in Solidity order (see ParseG2).
func g2Coords(p *bn254.G2Affine) (x, y [2]*big.Int) {
	return core.G2Coords(&bls.G2Point{G2Affine: p})
}
