package api

import (
	"context"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollcall-avs/rollcall/core"
)

// What deliverers (rollcall relay) read from the aggregator to carry
// checkpoints and operator tables to rollups (docs/rollups.md):
//
//	rollcall_getCertificateData(round Uint64) → CertificateData
//
// The aggregator answers for rounds that reached quorum. A deliverer
// trusts none of it: it rebuilds every certificate against the
// destination's operator table and verifies it before sending.

// Error codes of the delivery methods and of table signatures.
const (
	// CodeTableSignature: a submission without a table signature for a
	// round that carries a table request, or with one for a round that
	// does not.
	CodeTableSignature = 4007
	// CodeNoQuorum: the round has not reached quorum (or expired), so
	// there is no certificate data to give.
	CodeNoQuorum = 4008
)

// TableRequest asks operators to sign the operator table of the L1 block
// ReferenceBlock (core/optable), whose digest the aggregator computed as
// Digest. An operator computes the table from its own L1 node and signs
// only when its digest is the same.
type TableRequest struct {
	ReferenceBlock uint32      `json:"referenceBlock,string"`
	Digest         common.Hash `json:"digest"`
}

// G2Point is a BN254 G2 point: X and Y each as [imaginary, real] part, the
// EVM's order (core.G2Coords), as JSON-RPC hex quantities.
type G2Point struct {
	X [2]*hexutil.Big `json:"x"`
	Y [2]*hexutil.Big `json:"y"`
}

// NewG2Point is the wire form of p.
func NewG2Point(p *bls.G2Point) G2Point {
	x, y := core.G2Coords(p)
	return G2Point{X: [2]*hexutil.Big{(*hexutil.Big)(x[0]), (*hexutil.Big)(x[1])},
		Y: [2]*hexutil.Big{(*hexutil.Big)(y[0]), (*hexutil.Big)(y[1])}}
}

// Parse checks the point received on the wire (core.ParseG2).
func (p G2Point) Parse() (*bls.G2Point, error) {
	return core.ParseG2([2]*big.Int{p.X[0].ToInt(), p.X[1].ToInt()}, [2]*big.Int{p.Y[0].ToInt(), p.Y[1].ToInt()})
}

// SignerSignature is one operator's accepted signature and its registered
// G2 key (the aggregator checked both; the deliverer checks again).
type SignerSignature struct {
	OperatorID common.Hash `json:"operatorId"`
	Signature  G1Point     `json:"signature"`
	PubkeyG2   G2Point     `json:"pubkeyG2"`
}

// TableSignatures are the signatures over a round's table request.
type TableSignatures struct {
	ReferenceBlock uint32            `json:"referenceBlock,string"`
	Digest         common.Hash       `json:"digest"`
	Signers        []SignerSignature `json:"signers"`
	// Certified: the signers' stake met the L1 registry's threshold under
	// the table itself (a destination checks against its own table).
	Certified bool `json:"certified"`
}

// CertificateData is what a deliverer needs of a round that reached
// quorum: the checkpoint (round, reference block, claims) and every
// signature over its quorum digest; the table signatures when the round
// carried a table request.
type CertificateData struct {
	Round          uint64            `json:"round,string"`
	Status         string            `json:"status"`
	ReferenceBlock uint32            `json:"referenceBlock,string"`
	Claims         []core.Claim      `json:"claims"`
	Digest         common.Hash       `json:"digest"`
	Signers        []SignerSignature `json:"signers"`
	Table          *TableSignatures  `json:"table,omitempty"`
}

// GetCertificateData calls rollcall_getCertificateData.
func (c *Client) GetCertificateData(ctx context.Context, round uint64) (*CertificateData, error) {
	var out CertificateData
	if err := c.call(ctx, &out, Namespace+"_getCertificateData", Uint64(round)); err != nil {
		return nil, err
	}
	return &out, nil
}
