package optable

import (
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/core"
)

// Bips is 100% in basis points.
const Bips = 10_000

// Errors of certificates, mirroring CertificateVerifier.sol's custom errors.
var (
	ErrNoSigners            = errors.New("no signers")
	ErrDuplicateSigner      = errors.New("duplicate signer")
	ErrTreeMismatch         = errors.New("tree is not the table's")
	ErrTooManyNonSigners    = errors.New("more non-signers than operators")
	ErrNonSignersNotSorted  = errors.New("non-signer ids not strictly ascending")
	ErrNonSignerStake       = errors.New("non-signer stake exceeds the quorum's total")
	ErrInsufficientStake    = errors.New("signed stake below threshold")
	ErrInvalidSignature     = errors.New("aggregate signature does not verify")
	ErrInvalidThreshold     = errors.New("threshold out of range")
	ErrInvalidWitness       = errors.New("non-signer witness does not verify against the table")
	ErrG2NotInSubgroup      = errors.New("G2 point not in the subgroup")
	ErrInfinity             = errors.New("point at infinity")
	ErrCertificateMalformed = errors.New("certificate malformed")
)

// Signer is one operator's signature over a digest with its G2 key.
type Signer struct {
	OperatorID common.Hash
	Signature  bn254.G1Affine
	PubkeyG2   bn254.G2Affine
}

// NonSigner is the witness of one operator of the table that did not sign:
// its leaf and the leaf's position in the tree. The verifier derives the id
// from the key.
type NonSigner struct {
	Index uint32
	Leaf  Leaf
}

// Certificate is an aggregate signature over a digest, checkable against a
// table: Sigma is the sum of the signatures and ApkG2 the sum of the signers'
// G2 keys (each counted once per quorum of the table it has stake in, as its
// G1 key is in the quorum keys); NonSigners are every other operator of the
// table, strictly ascending by id; Proof is one multiproof of their leaves
// (VerifyMultiProof order).
type Certificate struct {
	Sigma      bn254.G1Affine
	ApkG2      bn254.G2Affine
	NonSigners []NonSigner
	Proof      []common.Hash
}

// NewCertificate aggregates signers' signatures over digest into a
// certificate against table (tree must be the table's). Every operator of the
// table not among signers becomes a non-signer. Signers must be operators of
// the table (filter with Tree.Index first when the table may be older than
// the signer set), appear once each and carry valid points (a G2 key in the
// subgroup). The aggregate is checked with one pairing before it is returned,
// so one bad signature fails the whole certificate with ErrInvalidSignature;
// the threshold is for Verify.
func NewCertificate(table *Table, tree *Tree, digest common.Hash, signers []Signer) (*Certificate, error) {
	if tree.Root() != table.OperatorsRoot || uint32(tree.Len()) != table.OperatorCount {
		return nil, ErrTreeMismatch
	}
	if len(signers) == 0 {
		return nil, ErrNoSigners
	}
	signed := make([]bool, tree.Len())
	var sigma bn254.G1Jac
	var apkG2 bn254.G2Jac
	for _, s := range signers {
		i, ok := tree.Index(s.OperatorID)
		if !ok {
			return nil, fmt.Errorf("%w: signer %s at block %d", ErrUnknownOperator, s.OperatorID, table.ReferenceBlock)
		}
		if signed[i] {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateSigner, s.OperatorID)
		}
		signed[i] = true
		if err := CheckG1(&s.Signature); err != nil {
			return nil, fmt.Errorf("signature of %s: %w", s.OperatorID, err)
		}
		if err := CheckG2(&s.PubkeyG2); err != nil {
			return nil, fmt.Errorf("G2 key of %s: %w", s.OperatorID, err)
		}
		leaf := tree.Leaf(i)
		m := memberships(&leaf)
		for range m {
			sigma.AddMixed(&s.Signature)
			apkG2.AddMixed(&s.PubkeyG2)
		}
	}
	cert := &Certificate{}
	cert.Sigma.FromJacobian(&sigma)
	cert.ApkG2.FromJacobian(&apkG2)
	var indices []uint32
	for i, ok := range signed {
		if !ok {
			indices = append(indices, uint32(i))
			cert.NonSigners = append(cert.NonSigners, NonSigner{Index: uint32(i), Leaf: tree.Leaf(i)})
		}
	}
	if len(indices) > 0 {
		proof, err := tree.MultiProof(indices)
		if err != nil {
			return nil, err
		}
		cert.Proof = proof
	}
	apk, _, _, err := subtractNonSigners(table, cert)
	if err != nil {
		return nil, err
	}
	if !pairingCheck(digest, &apk, cert) {
		return nil, ErrInvalidSignature
	}
	return cert, nil
}

// Result is what a verified certificate proves: per quorum of the table, in
// order, the stake that signed and the total.
type Result struct {
	QuorumNumbers []byte
	Signed        []*big.Int
	Total         []*big.Int
}

// Verify checks cert over digest against table as CertificateVerifier.sol
// does (without the choice of table and its staleness, which are the chain's
// state): bounds, non-signer witnesses against the operators root, the
// threshold of every quorum, and one pairing check bound to the table's
// aggregate key. It also checks ApkG2 is in the G2 subgroup (the EVM's
// pairing precompile refuses such a point too).
func Verify(table *Table, digest common.Hash, cert *Certificate, thresholdBips uint16) (*Result, error) {
	if thresholdBips == 0 || thresholdBips > Bips {
		return nil, fmt.Errorf("%w: %d", ErrInvalidThreshold, thresholdBips)
	}
	if err := table.Validate(); err != nil {
		return nil, err
	}
	if err := CheckG1(&cert.Sigma); err != nil {
		return nil, fmt.Errorf("%w: signature: %w", ErrCertificateMalformed, err)
	}
	if err := CheckG2(&cert.ApkG2); err != nil {
		return nil, fmt.Errorf("%w: aggregate G2 key: %w", ErrCertificateMalformed, err)
	}
	apk, signed, total, err := subtractNonSigners(table, cert)
	if err != nil {
		return nil, err
	}
	for i, q := range table.Quorums {
		lhs := new(big.Int).Mul(signed[i], big.NewInt(Bips))
		rhs := new(big.Int).Mul(total[i], big.NewInt(int64(thresholdBips)))
		if signed[i].Sign() == 0 || lhs.Cmp(rhs) < 0 {
			return nil, fmt.Errorf("%w: quorum %d signed %s of %s, threshold %d bips", ErrInsufficientStake, q.Number, signed[i], total[i], thresholdBips)
		}
	}
	if !pairingCheck(digest, &apk, cert) {
		return nil, ErrInvalidSignature
	}
	return &Result{QuorumNumbers: table.QuorumNumbers(), Signed: signed, Total: total}, nil
}

// subtractNonSigners checks the witnesses and returns the signers' aggregate
// G1 key (the quorums' keys summed, minus each non-signer's key once per
// quorum it has stake in) and the signed and total stake per quorum.
func subtractNonSigners(table *Table, cert *Certificate) (bn254.G1Affine, []*big.Int, []*big.Int, error) {
	var apk bn254.G1Jac
	signed := make([]*big.Int, len(table.Quorums))
	total := make([]*big.Int, len(table.Quorums))
	for i := range table.Quorums {
		q := &table.Quorums[i]
		apk.AddMixed(&q.Apk)
		signed[i] = new(big.Int).Set(q.TotalStake)
		total[i] = new(big.Int).Set(q.TotalStake)
	}
	ns := cert.NonSigners
	if uint64(len(ns)) > uint64(table.OperatorCount) {
		return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: %d > %d", ErrTooManyNonSigners, len(ns), table.OperatorCount)
	}
	if len(cert.Proof) > MaxMultiProofLength {
		return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: %d > %d", ErrProofTooLong, len(cert.Proof), MaxMultiProofLength)
	}
	if len(ns) > 0 {
		indices := make([]uint32, len(ns))
		hashes := make([]common.Hash, len(ns))
		var prev common.Hash
		for i := range ns {
			l := ns[i].Leaf
			if len(l.Stakes) != len(table.Quorums) {
				return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: non-signer %d", ErrStakesLength, i)
			}
			if l.Pubkey.IsInfinity() || !l.Pubkey.IsOnCurve() {
				return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: key of non-signer %d", ErrInvalidPoint, i)
			}
			// The id is the key's, whatever the witness says.
			l.OperatorID = PubkeyID(&l.Pubkey)
			if i > 0 && l.OperatorID.Cmp(prev) <= 0 {
				return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: non-signer %d", ErrNonSignersNotSorted, i)
			}
			prev = l.OperatorID
			var neg bn254.G1Affine
			neg.Neg(&l.Pubkey)
			for qi, s := range l.Stakes {
				if err := checkUint96(s); err != nil {
					return bn254.G1Affine{}, nil, nil, fmt.Errorf("non-signer %d: %w", i, err)
				}
				if s.Sign() == 0 {
					continue
				}
				if s.Cmp(signed[qi]) > 0 {
					return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: non-signer %d in quorum %d", ErrNonSignerStake, i, table.Quorums[qi].Number)
				}
				signed[qi].Sub(signed[qi], s)
				apk.AddMixed(&neg)
			}
			indices[i] = ns[i].Index
			hashes[i] = LeafHash(&l)
		}
		if err := VerifyMultiProof(table.OperatorsRoot, table.OperatorCount, indices, hashes, cert.Proof); err != nil {
			return bn254.G1Affine{}, nil, nil, fmt.Errorf("%w: %w", ErrInvalidWitness, err)
		}
	}
	var out bn254.G1Affine
	out.FromJacobian(&apk)
	return out, signed, total, nil
}

// Gamma is the random-looking scalar that binds the pairing check to every
// input, as the middleware's BLSSignatureChecker computes it:
// keccak256(digest ‖ apk.X ‖ apk.Y ‖ apkG2.X.A1 ‖ apkG2.X.A0 ‖ apkG2.Y.A1 ‖
// apkG2.Y.A0 ‖ sigma.X ‖ sigma.Y) mod r (G2 coordinates in the EVM's order,
// imaginary part first).
func Gamma(digest common.Hash, apk *bn254.G1Affine, apkG2 *bn254.G2Affine, sigma *bn254.G1Affine) *big.Int {
	var buf [32 * 9]byte
	copy(buf[0:32], digest[:])
	putG1(buf[32:96], apk)
	putG2(buf[96:224], apkG2)
	putG1(buf[224:288], sigma)
	g := new(big.Int).SetBytes(crypto.Keccak256(buf[:]))
	return g.Mod(g, fr.Modulus())
}

// pairingCheck is e(σ + γ·apk, −g₂) · e(H(m) + γ·g₁, apkG2) = 1.
func pairingCheck(digest common.Hash, apk *bn254.G1Affine, cert *Certificate) bool {
	gamma := Gamma(digest, apk, &cert.ApkG2, &cert.Sigma)
	_, _, g1, g2 := bn254.Generators()
	var left, right, tmp bn254.G1Affine
	tmp.ScalarMultiplication(apk, gamma)
	left.Add(&cert.Sigma, &tmp)
	tmp.ScalarMultiplication(&g1, gamma)
	right.Add(core.MessageG1(digest), &tmp)
	var negG2 bn254.G2Affine
	negG2.Neg(&g2)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{left, right}, []bn254.G2Affine{negG2, cert.ApkG2})
	return err == nil && ok
}

// CheckG1 checks p is on the curve and not infinity (G1 has cofactor 1, so
// that is the subgroup too).
func CheckG1(p *bn254.G1Affine) error {
	if p.IsInfinity() {
		return ErrInfinity
	}
	if !p.IsOnCurve() {
		return fmt.Errorf("%w: G1 point not on the curve", ErrInvalidPoint)
	}
	return nil
}

// CheckG2 checks p is on the twist, in the order-r subgroup and not infinity.
// gnark-crypto's pairing does not check the subgroup; the EVM's precompile
// does.
func CheckG2(p *bn254.G2Affine) error {
	if p.IsInfinity() {
		return ErrInfinity
	}
	if !p.IsOnCurve() {
		return fmt.Errorf("%w: G2 point not on the curve", ErrInvalidPoint)
	}
	if !p.IsInSubGroup() {
		return ErrG2NotInSubgroup
	}
	return nil
}

// putG2 writes X.A1 ‖ X.A0 ‖ Y.A1 ‖ Y.A0 (the EVM's order) into w.
func putG2(w []byte, p *bn254.G2Affine) {
	for i, e := range []*[32]byte{ptr(p.X.A1.Bytes()), ptr(p.X.A0.Bytes()), ptr(p.Y.A1.Bytes()), ptr(p.Y.A0.Bytes())} {
		copy(w[32*i:32*i+32], e[:])
	}
}

func ptr[T any](v T) *T { return &v }

// NonSignerIDs returns the ids of the certificate's non-signers, in order.
func (c *Certificate) NonSignerIDs() []common.Hash {
	out := make([]common.Hash, len(c.NonSigners))
	for i, n := range c.NonSigners {
		out[i] = PubkeyID(&n.Leaf.Pubkey)
	}
	return slices.Clip(out)
}
