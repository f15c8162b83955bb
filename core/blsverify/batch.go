package blsverify

import (
	"crypto/rand"
	"errors"
	"fmt"
	"sort"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// BatchVerify checks n signatures over the same message m, sigs[i] by pks[i],
// and returns the indices of the invalid ones in ascending order (empty when
// all are valid). err is non-nil only when the check could not be carried out
// (mismatched lengths, zero Message, no randomness); a bad signature is
// reported in bad, never in err.
//
// Signatures that fail CheckSignature and keys that are missing, infinity or
// off the curve are reported bad without a pairing. As for Message.Verify,
// keys must have passed CheckPublicKeyG2 when they were accepted.
//
// The check is a random linear combination: with fresh 128-bit scalars r_i,
//
//	e(Σ r_i·σ_i, g2) = e(H(m), Σ r_i·pk_i)
//
// computed with two multi-scalar multiplications and one two-pair pairing
// check. The scalars must be random and unknown to the signers: with plain
// sums (all r_i = 1), two colluding operators could send σ_1+δ and σ_2−δ:
// each is invalid, yet the δ cancel in the sum and the batch passes. The
// aggregator would count both operators' stake, and any aggregate holding one
// of them without the other would fail on chain. With random r_i the δ are
// weighted by r_1 and r_2 and cancel only if r_1·δ = r_2·δ; an invalid
// batch passes with probability at most 2⁻¹²⁸.
//
// When the combined check fails, the bad signatures are found by bisection:
// each half is checked as a batch (singletons individually, without scalars),
// and because the product of pairings over a range is the product over its
// halves, a failing range whose left half holds has a failing right half
// without a second pairing; the right half's sums are the parent's minus the
// left's. One bad signature in n costs O(log n) half-size checks.
func BatchVerify(m Message, sigs []*bls.Signature, pks []*bls.G2Point) (bad []int, err error) {
	if len(sigs) != len(pks) {
		return nil, fmt.Errorf("blsverify: %d signatures but %d public keys", len(sigs), len(pks))
	}
	if m.point.IsInfinity() {
		return nil, errZeroMessage
	}
	b := newBatch(m, sigs, pks)
	if err := b.run(); err != nil {
		return nil, err
	}
	sort.Ints(b.bad)
	return b.bad, nil
}

// batch holds the well-formed signatures of one BatchVerify call.
type batch struct {
	h    bn254.G1Affine   // H(m)
	sigs []bn254.G1Affine // σ_i
	pks  []bn254.G2Affine // pk_i
	r    []fr.Element     // random scalars r_i
	idx  []int            // position of each entry in the caller's slices
	bad  []int            // caller indices found invalid

	pairings int // pairing checks made, for tests
}

// newBatch keeps the well-formed entries and marks the others bad.
func newBatch(m Message, sigs []*bls.Signature, pks []*bls.G2Point) *batch {
	b := &batch{h: m.point}
	for i := range sigs {
		if CheckSignature(sigs[i]) != nil || checkG2Shape(pks[i]) != nil {
			b.bad = append(b.bad, i)
			continue
		}
		b.idx = append(b.idx, i)
		b.sigs = append(b.sigs, *sigs[i].G1Affine)
		b.pks = append(b.pks, *pks[i].G2Affine)
	}
	return b
}

func (b *batch) run() error {
	n := len(b.idx)
	if n == 0 {
		return nil
	}
	var err error
	if b.r, err = randomScalars(n); err != nil {
		return err
	}
	s, p, err := b.sums(0, n)
	if err != nil {
		return err
	}
	ok, err := b.check(0, n, &s, &p)
	if err != nil || ok {
		return err
	}
	return b.failing(0, n, &s, &p)
}

// failing finds the bad signatures in [lo, hi), a range whose check failed;
// s and p are its sums Σ r_i·σ_i and Σ r_i·pk_i.
func (b *batch) failing(lo, hi int, s *bn254.G1Jac, p *bn254.G2Jac) error {
	if hi-lo == 1 {
		b.bad = append(b.bad, b.idx[lo])
		return nil
	}
	mid := (lo + hi) / 2
	ls, lp, err := b.sums(lo, mid)
	if err != nil {
		return err
	}
	rs, rp := *s, *p
	rs.SubAssign(&ls)
	rp.SubAssign(&lp)

	leftOK, err := b.check(lo, mid, &ls, &lp)
	if err != nil {
		return err
	}
	rightOK := false // if the left half holds, the right half must fail
	if !leftOK {
		if err := b.failing(lo, mid, &ls, &lp); err != nil {
			return err
		}
		if rightOK, err = b.check(mid, hi, &rs, &rp); err != nil {
			return err
		}
	}
	if !rightOK {
		return b.failing(mid, hi, &rs, &rp)
	}
	return nil
}

// check reports whether the signatures in [lo, hi) hold: a singleton is
// verified directly, a larger range through its sums s and p.
func (b *batch) check(lo, hi int, s *bn254.G1Jac, p *bn254.G2Jac) (bool, error) {
	b.pairings++
	var err error
	if hi-lo == 1 {
		err = pairingCheck(&b.sigs[lo], &b.h, &b.pks[lo])
	} else {
		var sa bn254.G1Affine
		var pa bn254.G2Affine
		sa.FromJacobian(s)
		pa.FromJacobian(p)
		err = pairingCheck(&sa, &b.h, &pa)
	}
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, ErrBadSignature):
		return false, nil
	default:
		return false, err
	}
}

// sums returns Σ r_i·σ_i and Σ r_i·pk_i over [lo, hi) by multi-scalar
// multiplication.
func (b *batch) sums(lo, hi int) (bn254.G1Jac, bn254.G2Jac, error) {
	var s bn254.G1Jac
	var p bn254.G2Jac
	if _, err := s.MultiExp(b.sigs[lo:hi], b.r[lo:hi], ecc.MultiExpConfig{}); err != nil {
		return s, p, fmt.Errorf("blsverify: multiexp g1: %w", err)
	}
	if _, err := p.MultiExp(b.pks[lo:hi], b.r[lo:hi], ecc.MultiExpConfig{}); err != nil {
		return s, p, fmt.Errorf("blsverify: multiexp g2: %w", err)
	}
	return s, p, nil
}

// randomScalars returns n non-zero 128-bit scalars from crypto/rand.
func randomScalars(n int) ([]fr.Element, error) {
	const size = 16
	buf := make([]byte, n*size)
	if _, err := rand.Read(buf); err != nil {
		return nil, fmt.Errorf("blsverify: random scalars: %w", err)
	}
	r := make([]fr.Element, n)
	for i := range r {
		for r[i].SetBytes(buf[i*size : (i+1)*size]).IsZero() {
			if _, err := rand.Read(buf[i*size : (i+1)*size]); err != nil {
				return nil, fmt.Errorf("blsverify: random scalars: %w", err)
			}
		}
	}
	return r, nil
}
