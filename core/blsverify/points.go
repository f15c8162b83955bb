package blsverify

import (
	"errors"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// Sentinel errors; callers match them with errors.Is. The point errors
// are core's: the one encoding and check of BN254 points (core/bn254.go).
var (
	ErrMalformed     = core.ErrMalformedPoint
	ErrNotOnCurve    = core.ErrNotOnCurve
	ErrNotInSubgroup = core.ErrNotInSubgroup
	ErrInfinity      = core.ErrInfinity
	ErrBadSignature  = errors.New("blsverify: signature does not verify")
)

// CheckSignature checks that sig is a G1 point on the curve and not the
// point at infinity. G1 of BN254 has cofactor 1, so on the curve means in the
// subgroup.
func CheckSignature(sig *bls.Signature) error {
	if sig == nil {
		return ErrMalformed
	}
	return core.CheckG1(sig.G1Point)
}

// CheckPublicKeyG2 checks that pk is on the twist curve, in the prime-order
// subgroup and not the point at infinity (core.CheckG2). gnark-crypto's
// pairing does not check the subgroup, so every G2 key must pass this once,
// when the aggregator accepts it (see Message.Verify).
func CheckPublicKeyG2(pk *bls.G2Point) error { return core.CheckG2(pk) }

// checkG2Shape is the cheap part of CheckPublicKeyG2: present, not infinity,
// on the curve.
func checkG2Shape(pk *bls.G2Point) error { return core.CheckG2Shape(pk) }

// ParseSignature checks a signature received on the wire.
func ParseSignature(w api.G1Point) (*bls.Signature, error) {
	p, err := w.Parse()
	if err != nil {
		return nil, err
	}
	return &bls.Signature{G1Point: p}, nil
}
