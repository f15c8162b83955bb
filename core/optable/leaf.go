package optable

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The first byte of each preimage of the operators tree. They differ from the
// claims tree's (core.LeafPrefix 0x00, core.NodePrefix 0x01), so that no node
// of one tree is a node of the other.
const (
	LeafPrefix byte = 0x02
	NodePrefix byte = 0x03
)

// Errors of leaf validation.
var (
	ErrOperatorIDMismatch = errors.New("operator id is not the hash of the key")
	ErrStakesLength       = errors.New("stakes do not match the quorums")
	ErrLeafLength         = errors.New("leaf encoding has a wrong length")
)

// Leaf is one operator of a table: its id (keccak256 of its G1 key, as the
// BLSApkRegistry derives it), its G1 key and its stake in each quorum of the
// table, in quorum order (zero where it is not a member).
type Leaf struct {
	OperatorID common.Hash
	Pubkey     bn254.G1Affine
	Stakes     []*big.Int // uint96 each
}

// Validate checks the key is on the curve and not infinity, the id is the
// key's, and the stakes fit uint96.
func (l *Leaf) Validate() error {
	if l.Pubkey.IsInfinity() || !l.Pubkey.IsOnCurve() {
		return fmt.Errorf("%w: key of operator %s", ErrInvalidPoint, l.OperatorID)
	}
	if id := PubkeyID(&l.Pubkey); id != l.OperatorID {
		return fmt.Errorf("%w: %s, key hashes to %s", ErrOperatorIDMismatch, l.OperatorID, id)
	}
	for i, s := range l.Stakes {
		if err := checkUint96(s); err != nil {
			return fmt.Errorf("operator %s stake %d: %w", l.OperatorID, i, err)
		}
	}
	return nil
}

// PubkeyID is the operator id of a G1 key: keccak256(X ‖ Y), as
// core.OperatorID computes it.
func PubkeyID(p *bn254.G1Affine) common.Hash {
	var b [64]byte
	putG1(b[:], p)
	return crypto.Keccak256Hash(b[:])
}

// Encode returns the leaf's preimage without its prefix:
// operatorId ‖ X ‖ Y ‖ stake_0 ‖ … ‖ stake_{q-1}, each a 32-byte word
// (abi.encodePacked of bytes32, uint256, uint256, uint256…).
func (l *Leaf) Encode() []byte {
	out := make([]byte, 32*(3+len(l.Stakes)))
	copy(out[0:32], l.OperatorID[:])
	putG1(out[32:96], &l.Pubkey)
	for i, s := range l.Stakes {
		putUint(out[96+32*i:128+32*i], s)
	}
	return out
}

// DecodeLeaf parses Encode's output for a table of quorums quorums and
// validates the result.
func DecodeLeaf(b []byte, quorums int) (Leaf, error) {
	if quorums < 1 || quorums > MaxQuorums || len(b) != 32*(3+quorums) {
		return Leaf{}, fmt.Errorf("%w: %d bytes for %d quorums", ErrLeafLength, len(b), quorums)
	}
	var l Leaf
	copy(l.OperatorID[:], b[0:32])
	if err := setG1(&l.Pubkey, b[32:96]); err != nil {
		return Leaf{}, err
	}
	l.Stakes = make([]*big.Int, quorums)
	for i := range l.Stakes {
		l.Stakes[i] = new(big.Int).SetBytes(b[96+32*i : 128+32*i])
	}
	if err := l.Validate(); err != nil {
		return Leaf{}, err
	}
	return l, nil
}

// setG1 reads X ‖ Y (64 bytes), refusing coordinates not below the field
// modulus.
func setG1(p *bn254.G1Affine, b []byte) error {
	if err := p.X.SetBytesCanonical(b[0:32]); err != nil {
		return fmt.Errorf("%w: X: %w", ErrInvalidPoint, err)
	}
	if err := p.Y.SetBytesCanonical(b[32:64]); err != nil {
		return fmt.Errorf("%w: Y: %w", ErrInvalidPoint, err)
	}
	return nil
}

// LeafHash is keccak256(0x02 ‖ l.Encode()).
func LeafHash(l *Leaf) common.Hash {
	return crypto.Keccak256Hash([]byte{LeafPrefix}, l.Encode())
}

// NodeHash returns the internal node over children a and b:
// keccak256(0x03 ‖ min(a,b) ‖ max(a,b)), compared as big-endian unsigned
// integers. Commutative, like the claims tree's.
func NodeHash(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash([]byte{NodePrefix}, a[:], b[:])
}
