package core

// The one encoding of BN254 points shared by the operator, the wire types
// (api.G1Point), the aggregator and the registry's ABI types: affine
// coordinates as integers, each in [0, p), a G2 coordinate in the EVM's
// order — imaginary part first, [x.A1, x.A0] — as in Solidity's
// BN254.G2Point, the BLSApkRegistry's events and eigensdk-go's
// bls.NewG2Point. Parsing rejects coordinates at or above the field
// modulus instead of reducing them, so that one point has one encoding,
// and points that are off the curve, the point at infinity or (G2) outside
// the prime-order subgroup.

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// Sentinel errors of the point checks; callers match them with errors.Is.
var (
	ErrMalformedPoint = errors.New("bn254: malformed point (missing, negative or not below the field modulus)")
	ErrNotOnCurve     = errors.New("bn254: point not on curve")
	ErrNotInSubgroup  = errors.New("bn254: point not in the prime-order subgroup")
	ErrInfinity       = errors.New("bn254: point at infinity")
)

// G1Coords are the affine coordinates of p.
func G1Coords(p *bls.G1Point) (x, y *big.Int) {
	return p.X.BigInt(new(big.Int)), p.Y.BigInt(new(big.Int))
}

// G2Coords are the affine coordinates of p in the EVM's order:
// x = [x.A1, x.A0], y = [y.A1, y.A0].
func G2Coords(p *bls.G2Point) (x, y [2]*big.Int) {
	return [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		[2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))}
}

// CheckG1 checks that p is present, on the curve and not the point at
// infinity. G1 of BN254 has cofactor 1: on the curve is in the subgroup.
func CheckG1(p *bls.G1Point) error {
	if p == nil || p.G1Affine == nil {
		return ErrMalformedPoint
	}
	if p.IsInfinity() {
		return ErrInfinity
	}
	if !p.IsOnCurve() {
		return ErrNotOnCurve
	}
	return nil
}

// CheckG2Shape is the cheap part of CheckG2: present, not infinity, on the
// curve.
func CheckG2Shape(p *bls.G2Point) error {
	if p == nil || p.G2Affine == nil {
		return ErrMalformedPoint
	}
	if p.IsInfinity() {
		return ErrInfinity
	}
	if !p.IsOnCurve() {
		return ErrNotOnCurve
	}
	return nil
}

// CheckG2 checks that p is on the twist curve, in the prime-order subgroup
// and not the point at infinity. gnark-crypto's pairing does not check the
// subgroup: every G2 key from outside must pass this once.
func CheckG2(p *bls.G2Point) error {
	if err := CheckG2Shape(p); err != nil {
		return err
	}
	if !p.IsInSubGroup() {
		return ErrNotInSubgroup
	}
	return nil
}

// ParseG1 builds a G1 point (a signature or a G1 public key) from its
// coordinates and checks it (CheckG1).
func ParseG1(x, y *big.Int) (*bls.G1Point, error) {
	var a bn254.G1Affine
	if err := setFp(&a.X, x); err != nil {
		return nil, fmt.Errorf("g1 x: %w", err)
	}
	if err := setFp(&a.Y, y); err != nil {
		return nil, fmt.Errorf("g1 y: %w", err)
	}
	p := &bls.G1Point{G1Affine: &a}
	if err := CheckG1(p); err != nil {
		return nil, err
	}
	return p, nil
}

// ParseG2 builds a G2 public key from its coordinates in the EVM's order
// and checks it (CheckG2).
func ParseG2(x, y [2]*big.Int) (*bls.G2Point, error) {
	var a bn254.G2Affine
	for _, c := range []struct {
		dst  *fp.Element
		src  *big.Int
		name string
	}{
		{&a.X.A1, x[0], "x[0]"}, {&a.X.A0, x[1], "x[1]"},
		{&a.Y.A1, y[0], "y[0]"}, {&a.Y.A0, y[1], "y[1]"},
	} {
		if err := setFp(c.dst, c.src); err != nil {
			return nil, fmt.Errorf("g2 %s: %w", c.name, err)
		}
	}
	p := &bls.G2Point{G2Affine: &a}
	if err := CheckG2(p); err != nil {
		return nil, err
	}
	return p, nil
}

// setFp sets e to v, rejecting nil, negative and ≥ p instead of reducing.
func setFp(e *fp.Element, v *big.Int) error {
	if v == nil || v.Sign() < 0 || v.Cmp(fp.Modulus()) >= 0 {
		return ErrMalformedPoint
	}
	e.SetBigInt(v)
	return nil
}
