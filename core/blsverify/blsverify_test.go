package blsverify

import (
	"crypto/sha256"
	"math/big"
	"math/bits"
	"math/rand/v2"
	"sort"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

func TestVerify(t *testing.T) {
	keys, sigs, pks := firstSigners(t, 2)
	m := NewMessage(testDigest)
	other := sha256.Sum256([]byte("another digest"))

	require.NoError(t, m.Verify(sigs[0], pks[0]))
	require.NoError(t, Verify(testDigest, sigs[0], pks[0]))
	require.Equal(t, testDigest, m.Digest())

	t.Run("wrong message", func(t *testing.T) {
		sig := keys[0].SignMessage(other)
		require.ErrorIs(t, m.Verify(sig, pks[0]), ErrBadSignature)
		require.ErrorIs(t, Verify(testDigest, sig, pks[0]), ErrBadSignature)
		require.NoError(t, Verify(other, sig, pks[0]))
	})
	t.Run("other key", func(t *testing.T) {
		require.ErrorIs(t, m.Verify(sigs[1], pks[0]), ErrBadSignature)
		require.ErrorIs(t, Verify(testDigest, sigs[0], pks[1]), ErrBadSignature)
	})
	t.Run("malformed signature", func(t *testing.T) {
		offCurve := &bls.Signature{G1Point: bls.NewG1Point(big.NewInt(1), big.NewInt(3))}
		require.ErrorIs(t, m.Verify(offCurve, pks[0]), ErrNotOnCurve)
		require.ErrorIs(t, m.Verify(bls.NewZeroSignature(), pks[0]), ErrInfinity)
		require.ErrorIs(t, m.Verify(nil, pks[0]), ErrMalformed)
		require.ErrorIs(t, m.Verify(&bls.Signature{}, pks[0]), ErrMalformed)
	})
	t.Run("malformed public key", func(t *testing.T) {
		require.ErrorIs(t, m.Verify(sigs[0], bls.NewZeroG2Point()), ErrInfinity)
		require.ErrorIs(t, m.Verify(sigs[0], nil), ErrMalformed)
		offCurve := *pks[0].G2Affine
		offCurve.Y.A0.SetUint64(7)
		require.ErrorIs(t, m.Verify(sigs[0], &bls.G2Point{G2Affine: &offCurve}), ErrNotOnCurve)
	})
	t.Run("zero message", func(t *testing.T) {
		var zero Message
		require.Error(t, zero.Verify(sigs[0], pks[0]))
		_, err := BatchVerify(zero, sigs, pks)
		require.Error(t, err)
	})
}

// TestVerifyConcurrent exercises the digest cache from many goroutines (run
// with -race) and across a cache reset.
func TestVerifyConcurrent(t *testing.T) {
	keys, _, pks := firstSigners(t, 4)
	var wg sync.WaitGroup
	errs := make(chan error, 8*(messageCacheSize/8+2))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range messageCacheSize/8 + 2 {
				d := sha256.Sum256([]byte{byte(g), byte(i)})
				errs <- Verify(d, keys[g%4].SignMessage(d), pks[g%4])
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}

func TestBatchVerifyValid(t *testing.T) {
	m := NewMessage(testDigest)
	for _, n := range []int{0, 1, 2, 3, 17, maxSigners} {
		_, sigs, pks := firstSigners(t, n)
		bad, err := BatchVerify(m, sigs, pks)
		require.NoError(t, err, "n=%d", n)
		require.Empty(t, bad, "n=%d", n)
	}
	_, err := BatchVerify(m, make([]*bls.Signature, 2), make([]*bls.G2Point, 3))
	require.Error(t, err)
}

func TestBatchVerifyFindsBad(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	m := NewMessage(testDigest)
	other := sha256.Sum256([]byte("another digest"))

	for _, tc := range []struct{ n, nbad int }{
		{maxSigners, 1}, {maxSigners, 3}, {2, 1}, {2, 2}, {5, 5}, {33, 4},
	} {
		keys, sigs, pks := firstSigners(t, tc.n)
		want := rng.Perm(tc.n)[:tc.nbad]
		sort.Ints(want)
		for k, i := range want {
			if k%2 == 0 {
				sigs[i] = keys[i].SignMessage(other) // wrong message
			} else {
				sigs[i] = keys[(i+1)%tc.n].SignMessage(testDigest) // another key
			}
		}
		bad, err := BatchVerify(m, sigs, pks)
		require.NoError(t, err)
		require.Equal(t, want, bad, "n=%d", tc.n)
	}
}

// TestBatchVerifyBisectionCost: one bad signature among n costs at most two
// pairing checks per level of the bisection, plus the first check.
func TestBatchVerifyBisectionCost(t *testing.T) {
	keys, sigs, pks := firstSigners(t, maxSigners)
	levels := bits.Len(uint(maxSigners - 1)) // ⌈log2 n⌉
	for _, i := range []int{0, 99, 100, maxSigners - 1} {
		s := append([]*bls.Signature(nil), sigs...)
		s[i] = keys[i].SignMessage(sha256.Sum256([]byte("another digest")))
		b := newBatch(NewMessage(testDigest), s, pks)
		require.NoError(t, b.run())
		require.Equal(t, []int{i}, b.bad)
		require.LessOrEqual(t, b.pairings, 1+2*levels, "bad at %d", i)
		t.Logf("bad at %d: %d pairing checks", i, b.pairings)
	}
}

func TestBatchVerifyMalformedEntries(t *testing.T) {
	_, sigs, pks := firstSigners(t, 10)
	sigs[2] = bls.NewZeroSignature()
	sigs[5] = &bls.Signature{G1Point: bls.NewG1Point(big.NewInt(1), big.NewInt(3))}
	pks[7] = bls.NewZeroG2Point()
	sigs[9] = nil
	bad, err := BatchVerify(NewMessage(testDigest), sigs, pks)
	require.NoError(t, err)
	require.Equal(t, []int{2, 5, 7, 9}, bad)
}

// TestBatchVerifyCancellingAttack: σ1+δ and σ2−δ are each invalid but their
// sum equals σ1+σ2, so a batch check with plain sums would accept both.
func TestBatchVerifyCancellingAttack(t *testing.T) {
	_, sigs, pks := firstSigners(t, 10)
	var delta bn254.G1Affine
	delta.ScalarMultiplicationBase(big.NewInt(123456789))
	i, j := 3, 7
	sigs[i] = &bls.Signature{G1Point: &bls.G1Point{G1Affine: new(bn254.G1Affine).Add(sigs[i].G1Affine, &delta)}}
	sigs[j] = &bls.Signature{G1Point: &bls.G1Point{G1Affine: new(bn254.G1Affine).Sub(sigs[j].G1Affine, &delta)}}

	m := NewMessage(testDigest)
	require.ErrorIs(t, m.Verify(sigs[i], pks[i]), ErrBadSignature)
	require.ErrorIs(t, m.Verify(sigs[j], pks[j]), ErrBadSignature)

	// The attack is real: the unweighted aggregate verifies.
	aggSig, aggPk := bls.NewZeroSignature(), bls.NewZeroG2Point()
	for k := range sigs {
		aggSig.Add(sigs[k])
		aggPk.Add(pks[k])
	}
	require.NoError(t, m.Verify(aggSig, aggPk), "unweighted sum should hide the forged pair")

	bad, err := BatchVerify(m, sigs, pks)
	require.NoError(t, err)
	require.Equal(t, []int{i, j}, bad)
}

func TestCheckPublicKeyG2(t *testing.T) {
	_, _, pks := firstSigners(t, 1)
	require.NoError(t, CheckPublicKeyG2(pks[0]))

	p := twistPointOutsideSubgroup(t)
	require.True(t, p.IsOnCurve())
	require.ErrorIs(t, CheckPublicKeyG2(&bls.G2Point{G2Affine: &p}), ErrNotInSubgroup)
	x, y := g2Coords(&p)
	_, err := core.ParseG2(x, y)
	require.ErrorIs(t, err, ErrNotInSubgroup)

	// Clearing the cofactor of the same point lands in the subgroup.
	var cleared bn254.G2Affine
	cleared.ClearCofactor(&p)
	require.NoError(t, CheckPublicKeyG2(&bls.G2Point{G2Affine: &cleared}))

	require.ErrorIs(t, CheckPublicKeyG2(bls.NewZeroG2Point()), ErrInfinity)
	require.ErrorIs(t, CheckPublicKeyG2(nil), ErrMalformed)
	offCurve := *pks[0].G2Affine
	offCurve.X.A1.SetUint64(5)
	require.ErrorIs(t, CheckPublicKeyG2(&bls.G2Point{G2Affine: &offCurve}), ErrNotOnCurve)
}

func TestCheckSignature(t *testing.T) {
	_, sigs, _ := firstSigners(t, 1)
	require.NoError(t, CheckSignature(sigs[0]))
	require.ErrorIs(t, CheckSignature(bls.NewZeroSignature()), ErrInfinity)
	require.ErrorIs(t, CheckSignature(&bls.Signature{G1Point: bls.NewG1Point(big.NewInt(1), big.NewInt(3))}), ErrNotOnCurve)
	require.ErrorIs(t, CheckSignature(nil), ErrMalformed)
}

func TestParseG1(t *testing.T) {
	_, sigs, _ := firstSigners(t, 1)
	x := sigs[0].X.BigInt(new(big.Int))
	y := sigs[0].Y.BigInt(new(big.Int))
	p := fp.Modulus()

	got, err := core.ParseG1(x, y)
	require.NoError(t, err)
	require.True(t, got.Equal(sigs[0].G1Affine))
	wire := api.NewG1Point(sigs[0].G1Point)
	require.Equal(t, x, wire.X.ToInt())
	require.Equal(t, y, wire.Y.ToInt())
	sig, err := ParseSignature(wire)
	require.NoError(t, err)
	require.NoError(t, Verify(testDigest, sig, fixture().pks[0]))
	_, err = ParseSignature(api.G1Point{X: wire.X})
	require.ErrorIs(t, err, ErrMalformed, "a missing coordinate")

	// x+p and y+p reduce to the same valid point; they must be rejected.
	xp := new(big.Int).Add(x, p)
	yp := new(big.Int).Add(y, p)
	for name, c := range map[string][2]*big.Int{
		"x+p":      {xp, y},
		"y+p":      {x, yp},
		"x=p":      {p, y},
		"negative": {new(big.Int).Neg(x), y},
		"nil":      {nil, y},
	} {
		_, err := core.ParseG1(c[0], c[1])
		require.ErrorIs(t, err, ErrMalformed, name)
	}
	_, err = core.ParseG1(big.NewInt(1), big.NewInt(3))
	require.ErrorIs(t, err, ErrNotOnCurve)
	_, err = core.ParseG1(big.NewInt(0), big.NewInt(0))
	require.ErrorIs(t, err, ErrInfinity)
}

func TestParseG2(t *testing.T) {
	_, _, pks := firstSigners(t, 1)
	x, y := g2Coords(pks[0].G2Affine)

	got, err := core.ParseG2(x, y)
	require.NoError(t, err)
	require.True(t, got.Equal(pks[0].G2Affine))
	// Same coordinate order as eigensdk-go's bls.NewG2Point.
	require.True(t, got.Equal(bls.NewG2Point(x, y).G2Affine))

	p := fp.Modulus()
	for k := range 4 {
		cx, cy := x, y
		c := &cx[k%2]
		if k >= 2 {
			c = &cy[k%2]
		}
		*c = new(big.Int).Add(*c, p)
		_, err := core.ParseG2(cx, cy)
		require.ErrorIs(t, err, ErrMalformed, "coordinate %d + p", k)
	}
	_, err = core.ParseG2([2]*big.Int{nil, x[1]}, y)
	require.ErrorIs(t, err, ErrMalformed)

	zero := [2]*big.Int{big.NewInt(0), big.NewInt(0)}
	_, err = core.ParseG2(zero, zero)
	require.ErrorIs(t, err, ErrInfinity)
	_, err = core.ParseG2(x, [2]*big.Int{y[0], big.NewInt(1)})
	require.ErrorIs(t, err, ErrNotOnCurve)
}
