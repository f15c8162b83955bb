package blsverify

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"

	"github.com/rollcall-avs/rollcall/core"
)

// fuzzInt turns fuzzer bytes into a big.Int; neg makes it negative.
func fuzzInt(b []byte, neg bool) *big.Int {
	v := new(big.Int).SetBytes(b)
	if neg {
		v.Neg(v)
	}
	return v
}

func FuzzParseG1(f *testing.F) {
	_, sigs, _ := firstSigners(f, 1)
	f.Add(sigs[0].X.Marshal(), sigs[0].Y.Marshal(), false)
	f.Add([]byte{1}, []byte{2}, false) // generator
	f.Add([]byte{1}, []byte{3}, false)
	f.Add([]byte{}, []byte{}, false)
	f.Add(fp.Modulus().Bytes(), []byte{2}, false)
	f.Add(new(big.Int).Add(fp.Modulus(), big.NewInt(1)).Bytes(), []byte{2}, false)
	f.Add([]byte{1}, []byte{2}, true)

	f.Fuzz(func(t *testing.T, xb, yb []byte, neg bool) {
		x, y := fuzzInt(xb, neg), fuzzInt(yb, false)
		p, err := core.ParseG1(x, y)
		if err != nil {
			if p != nil {
				t.Fatal("point returned with error")
			}
			return
		}
		if !p.IsOnCurve() || !p.IsInSubGroup() || p.IsInfinity() {
			t.Fatalf("accepted invalid point %v", p)
		}
		if p.X.BigInt(new(big.Int)).Cmp(x) != 0 || p.Y.BigInt(new(big.Int)).Cmp(y) != 0 {
			t.Fatal("accepted coordinates differ from input (silent reduction)")
		}
		if CheckSignature(&bls.Signature{G1Point: p}) != nil {
			t.Fatal("parsed point fails CheckSignature")
		}
	})
}

func FuzzParseG2(f *testing.F) {
	_, _, pks := firstSigners(f, 1)
	x, y := g2Coords(pks[0].G2Affine)
	f.Add(x[0].Bytes(), x[1].Bytes(), y[0].Bytes(), y[1].Bytes(), false)
	q := twistPointOutsideSubgroup(f)
	x, y = g2Coords(&q)
	f.Add(x[0].Bytes(), x[1].Bytes(), y[0].Bytes(), y[1].Bytes(), false)
	f.Add([]byte{}, []byte{}, []byte{}, []byte{}, false)
	f.Add(fp.Modulus().Bytes(), []byte{1}, []byte{2}, []byte{3}, true)

	f.Fuzz(func(t *testing.T, x0, x1, y0, y1 []byte, neg bool) {
		x := [2]*big.Int{fuzzInt(x0, neg), fuzzInt(x1, false)}
		y := [2]*big.Int{fuzzInt(y0, false), fuzzInt(y1, false)}
		p, err := core.ParseG2(x, y)
		if err != nil {
			if p != nil {
				t.Fatal("point returned with error")
			}
			return
		}
		if !p.IsOnCurve() || !p.IsInSubGroup() || p.IsInfinity() {
			t.Fatalf("accepted invalid point %v", p)
		}
		gx, gy := g2Coords(p.G2Affine)
		for i := range 2 {
			if gx[i].Cmp(x[i]) != 0 || gy[i].Cmp(y[i]) != 0 {
				t.Fatal("accepted coordinates differ from input (silent reduction)")
			}
		}
	})
}
