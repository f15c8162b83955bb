package blsverify

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// Sentinel errors; callers match them with errors.Is.
var (
	ErrMalformed     = errors.New("blsverify: malformed point (missing, negative or not below the field modulus)")
	ErrNotOnCurve    = errors.New("blsverify: point not on curve")
	ErrNotInSubgroup = errors.New("blsverify: point not in the prime-order subgroup")
	ErrInfinity      = errors.New("blsverify: point at infinity")
	ErrBadSignature  = errors.New("blsverify: signature does not verify")
)

// CheckSignature checks that sig is a G1 point on the curve and not the
// point at infinity. G1 of BN254 has cofactor 1, so on the curve means in the
// subgroup.
func CheckSignature(sig *bls.Signature) error {
	if sig == nil || sig.G1Point == nil || sig.G1Affine == nil {
		return ErrMalformed
	}
	return checkG1(sig.G1Affine)
}

func checkG1(p *bn254.G1Affine) error {
	if p.IsInfinity() {
		return ErrInfinity
	}
	if !p.IsOnCurve() {
		return ErrNotOnCurve
	}
	return nil
}

// CheckPublicKeyG2 checks that pk is on the twist curve, in the prime-order
// subgroup and not the point at infinity. gnark-crypto's pairing does not
// check the subgroup, so every G2 key must pass this once, when the
// aggregator accepts it (see Message.Verify).
func CheckPublicKeyG2(pk *bls.G2Point) error {
	if err := checkG2Shape(pk); err != nil {
		return err
	}
	if !pk.IsInSubGroup() {
		return ErrNotInSubgroup
	}
	return nil
}

// checkG2Shape is the cheap part of CheckPublicKeyG2: present, not infinity,
// on the curve.
func checkG2Shape(pk *bls.G2Point) error {
	if pk == nil || pk.G2Affine == nil {
		return ErrMalformed
	}
	if pk.IsInfinity() {
		return ErrInfinity
	}
	if !pk.IsOnCurve() {
		return ErrNotOnCurve
	}
	return nil
}

// ParseG1 builds a G1 point (a signature or a G1 public key) from affine
// coordinates as received on the wire. Coordinates must lie in [0, p): values
// at or above the modulus are rejected, not reduced, so that one point has
// one encoding. The point must be on the curve and not infinity.
func ParseG1(x, y *big.Int) (*bls.G1Point, error) {
	var p bn254.G1Affine
	if err := setFp(&p.X, x); err != nil {
		return nil, fmt.Errorf("g1 x: %w", err)
	}
	if err := setFp(&p.Y, y); err != nil {
		return nil, fmt.Errorf("g1 y: %w", err)
	}
	if err := checkG1(&p); err != nil {
		return nil, err
	}
	return &bls.G1Point{G1Affine: &p}, nil
}

// ParseSignature is ParseG1 for a signature.
func ParseSignature(x, y *big.Int) (*bls.Signature, error) {
	p, err := ParseG1(x, y)
	if err != nil {
		return nil, err
	}
	return &bls.Signature{G1Point: p}, nil
}

// ParseG2 builds a G2 public key from the coordinates in Solidity's BN254.G2Point
// order, as in the BLSApkRegistry's NewPubkeyRegistration events and
// eigensdk-go's bls.NewG2Point: X = [x_imaginary, x_real], likewise Y.
// Coordinates at or above the field modulus are rejected; the point must pass
// CheckPublicKeyG2.
func ParseG2(x, y [2]*big.Int) (*bls.G2Point, error) {
	var p bn254.G2Affine
	for _, c := range []struct {
		dst  *fp.Element
		src  *big.Int
		name string
	}{
		{&p.X.A1, x[0], "x[0]"}, {&p.X.A0, x[1], "x[1]"},
		{&p.Y.A1, y[0], "y[0]"}, {&p.Y.A0, y[1], "y[1]"},
	} {
		if err := setFp(c.dst, c.src); err != nil {
			return nil, fmt.Errorf("g2 %s: %w", c.name, err)
		}
	}
	pk := &bls.G2Point{G2Affine: &p}
	if err := CheckPublicKeyG2(pk); err != nil {
		return nil, err
	}
	return pk, nil
}

var fpModulus = fp.Modulus()

// setFp sets e to v, rejecting nil, negative and ≥ p instead of reducing.
func setFp(e *fp.Element, v *big.Int) error {
	if v == nil || v.Sign() < 0 || v.Cmp(fpModulus) >= 0 {
		return ErrMalformed
	}
	e.SetBigInt(v)
	return nil
}
