package core

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/stretchr/testify/require"
)

func TestPointEncodingRoundTrip(t *testing.T) {
	kp, err := bls.NewKeyPairFromString("12345678901234567890")
	require.NoError(t, err)

	x, y := G1Coords(kp.GetPubKeyG1())
	g1, err := ParseG1(x, y)
	require.NoError(t, err)
	require.True(t, g1.Equal(kp.GetPubKeyG1().G1Affine))
	require.Equal(t, kp.GetPubKeyG1().X.BigInt(new(big.Int)), x)

	g2 := kp.GetPubKeyG2()
	x2, y2 := G2Coords(g2)
	// The EVM's order, imaginary part first, as eigensdk-go's NewG2Point
	// and the BLSApkRegistry's events.
	require.Equal(t, g2.X.A1.BigInt(new(big.Int)), x2[0])
	require.Equal(t, g2.X.A0.BigInt(new(big.Int)), x2[1])
	require.True(t, bls.NewG2Point(x2, y2).Equal(g2.G2Affine))
	back, err := ParseG2(x2, y2)
	require.NoError(t, err)
	require.True(t, back.Equal(g2.G2Affine))

	// Swapped Fp2 halves are another (invalid) point, never the same key.
	_, err = ParseG2([2]*big.Int{x2[1], x2[0]}, [2]*big.Int{y2[1], y2[0]})
	require.Error(t, err)
}

func TestPointChecks(t *testing.T) {
	p := fp.Modulus()
	for name, c := range map[string][2]*big.Int{
		"nil":      {nil, big.NewInt(2)},
		"negative": {big.NewInt(-1), big.NewInt(2)},
		"x = p":    {p, big.NewInt(2)},
		"x+p":      {new(big.Int).Add(p, big.NewInt(1)), big.NewInt(2)}, // the generator, unreduced
	} {
		_, err := ParseG1(c[0], c[1])
		require.ErrorIs(t, err, ErrMalformedPoint, name)
	}
	_, err := ParseG1(big.NewInt(1), big.NewInt(3))
	require.ErrorIs(t, err, ErrNotOnCurve)
	_, err = ParseG1(big.NewInt(0), big.NewInt(0))
	require.ErrorIs(t, err, ErrInfinity)
	g, err := ParseG1(big.NewInt(1), big.NewInt(2))
	require.NoError(t, err, "the generator")
	require.NoError(t, CheckG1(g))
	require.ErrorIs(t, CheckG1(nil), ErrMalformedPoint)
	require.ErrorIs(t, CheckG2(nil), ErrMalformedPoint)
	require.ErrorIs(t, CheckG2(bls.NewZeroG2Point()), ErrInfinity)
}
