package optable

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
)

// The CertificateVerifier binding's forms of tables and certificates, for the
// code that sends them (updateTable, a registry's calls with a certificate).

// Binding returns t as the verifier's OperatorTable.Table argument.
func (t *Table) Binding() cv.OperatorTableTable {
	out := cv.OperatorTableTable{
		ReferenceBlock: t.ReferenceBlock,
		L1Timestamp:    t.L1Timestamp,
		OperatorCount:  t.OperatorCount,
		OperatorsRoot:  t.OperatorsRoot,
		Quorums:        make([]cv.OperatorTableQuorum, len(t.Quorums)),
	}
	for i, q := range t.Quorums {
		out.Quorums[i] = cv.OperatorTableQuorum{
			QuorumNumber:  q.Number,
			Apk:           G1Binding(&q.Apk),
			TotalStake:    new(big.Int).Set(q.TotalStake),
			OperatorCount: q.OperatorCount,
		}
	}
	return out
}

// TableFromBinding converts the verifier's table (e.g. from currentTable) and
// validates it: a table with operators with Validate, an empty one (a fresh
// verifier's genesis) with ValidateEmpty.
func TableFromBinding(b cv.OperatorTableTable) (*Table, error) {
	t := &Table{
		ReferenceBlock: b.ReferenceBlock,
		L1Timestamp:    b.L1Timestamp,
		OperatorCount:  b.OperatorCount,
		OperatorsRoot:  b.OperatorsRoot,
		Quorums:        make([]Quorum, len(b.Quorums)),
	}
	for i, q := range b.Quorums {
		t.Quorums[i] = Quorum{Number: q.QuorumNumber, TotalStake: new(big.Int).Set(q.TotalStake), OperatorCount: q.OperatorCount}
		if err := g1FromBig(&t.Quorums[i].Apk, q.Apk.X, q.Apk.Y); err != nil {
			return nil, err
		}
	}
	if t.IsEmpty() {
		if err := t.ValidateEmpty(); err != nil {
			return nil, err
		}
		return t, nil
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

// Binding returns c as the verifier's Certificate argument.
func (c *Certificate) Binding() cv.ICertificateVerifierCertificate {
	out := cv.ICertificateVerifierCertificate{
		Sigma:      G1Binding(&c.Sigma),
		ApkG2:      G2Binding(&c.ApkG2),
		NonSigners: make([]cv.ICertificateVerifierNonSigner, len(c.NonSigners)),
		Proof:      make([][32]byte, len(c.Proof)),
	}
	for i, n := range c.NonSigners {
		stakes := make([]*big.Int, len(n.Leaf.Stakes))
		for j, s := range n.Leaf.Stakes {
			stakes[j] = new(big.Int).Set(s)
		}
		out.NonSigners[i] = cv.ICertificateVerifierNonSigner{Index: n.Index, Pubkey: G1Binding(&n.Leaf.Pubkey), Stakes: stakes}
	}
	for i, h := range c.Proof {
		out.Proof[i] = h
	}
	return out
}

// G1Binding converts a G1 point to the binding's (X, Y); infinity is (0, 0).
func G1Binding(p *bn254.G1Affine) cv.BN254G1Point {
	return cv.BN254G1Point{X: p.X.BigInt(new(big.Int)), Y: p.Y.BigInt(new(big.Int))}
}

// G2Binding converts a G2 point to the binding's form, each Fp2 coordinate
// imaginary part first as the EVM's pairing precompile takes it.
func G2Binding(p *bn254.G2Affine) cv.BN254G2Point {
	return cv.BN254G2Point{
		X: [2]*big.Int{p.X.A1.BigInt(new(big.Int)), p.X.A0.BigInt(new(big.Int))},
		Y: [2]*big.Int{p.Y.A1.BigInt(new(big.Int)), p.Y.A0.BigInt(new(big.Int))},
	}
}

func g1FromBig(p *bn254.G1Affine, x, y *big.Int) error {
	if x.Sign() < 0 || y.Sign() < 0 || x.BitLen() > 256 || y.BitLen() > 256 {
		return ErrInvalidPoint
	}
	var b [64]byte
	x.FillBytes(b[0:32])
	y.FillBytes(b[32:64])
	return setG1(p, b[:])
}

// BindingAs converts c to the certificate type of another contract's
// binding (abigen gives every contract package its own copy of
// ICertificateVerifier.Certificate, with identical fields).
func BindingAs[T any](c *Certificate) (T, error) {
	var out T
	raw, err := json.Marshal(c.Binding())
	if err != nil {
		return out, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return out, fmt.Errorf("optable: %T is not a certificate binding: %w", out, err)
	}
	return out, nil
}
