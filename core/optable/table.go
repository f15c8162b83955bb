package optable

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Bounds shared with the Solidity (OperatorTable.sol). A table or certificate
// beyond them is refused unread, so a peer cannot make a verifier loop or
// allocate without limit.
const (
	// MaxQuorums is the most quorums one table may hold.
	MaxQuorums = 16
	// MaxOperators is the most operators (leaves) one table may hold.
	MaxOperators = 4096
	// MaxProofDepth is the depth of a tree of MaxOperators leaves.
	MaxProofDepth = 12
	// MaxMultiProofLength bounds the sibling hashes of one multiproof. A
	// multiproof of k leaves has at most k·MaxProofDepth siblings and never
	// more than the tree's node count; this bound is the latter.
	MaxMultiProofLength = 2 * MaxOperators
)

// TableTypeString names version 1 of the table digest.
const TableTypeString = "rollcall.operator-table.v1"

// TableTypehash is keccak256("rollcall.operator-table.v1"), the first word of
// every table digest.
var TableTypehash = crypto.Keccak256Hash([]byte(TableTypeString))

// MaxUint96 is the largest stake a table holds (the middleware's stake type).
var MaxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// Errors of table validation, checked with errors.Is.
var (
	ErrNoQuorums           = errors.New("table has no quorum")
	ErrTooManyQuorums      = errors.New("too many quorums")
	ErrQuorumsNotAscending = errors.New("quorum numbers not strictly ascending")
	ErrTooManyOperators    = errors.New("too many operators")
	ErrStakeRange          = errors.New("stake out of uint96 range")
	ErrInvalidPoint        = errors.New("invalid curve point")
	ErrQuorumCount         = errors.New("quorum operator count exceeds the table's")
)

// Quorum is one quorum of a table: the sum of its members' G1 keys, their
// total stake and how many they are.
type Quorum struct {
	Number        uint8
	Apk           bn254.G1Affine
	TotalStake    *big.Int // uint96
	OperatorCount uint32
}

// Table is the operator set of the middleware at L1 block ReferenceBlock.
// OperatorCount is the number of leaves of the operators tree (operators in
// at least one quorum); the verifier needs it to check multiproofs.
type Table struct {
	ReferenceBlock uint32
	L1Timestamp    uint64
	OperatorCount  uint32
	OperatorsRoot  common.Hash
	Quorums        []Quorum // strictly ascending by Number
}

// Validate checks what the on-chain verifier checks of a table it is given:
// 1..MaxQuorums quorums strictly ascending, 1..MaxOperators operators, no
// quorum counting more operators than the table, stakes in uint96, each
// aggregate key on the curve (the point at infinity only for an empty
// quorum).
func (t *Table) Validate() error {
	if len(t.Quorums) == 0 {
		return ErrNoQuorums
	}
	if len(t.Quorums) > MaxQuorums {
		return fmt.Errorf("%w: %d > %d", ErrTooManyQuorums, len(t.Quorums), MaxQuorums)
	}
	if t.OperatorCount == 0 {
		return ErrNoOperators
	}
	if t.OperatorCount > MaxOperators {
		return fmt.Errorf("%w: %d > %d", ErrTooManyOperators, t.OperatorCount, MaxOperators)
	}
	for i, q := range t.Quorums {
		if i > 0 && q.Number <= t.Quorums[i-1].Number {
			return fmt.Errorf("%w: quorum %d after %d", ErrQuorumsNotAscending, q.Number, t.Quorums[i-1].Number)
		}
		if q.OperatorCount > t.OperatorCount {
			return fmt.Errorf("%w: quorum %d has %d, table %d", ErrQuorumCount, q.Number, q.OperatorCount, t.OperatorCount)
		}
		if err := checkUint96(q.TotalStake); err != nil {
			return fmt.Errorf("quorum %d total stake: %w", q.Number, err)
		}
		if q.Apk.IsInfinity() {
			if q.OperatorCount != 0 {
				return fmt.Errorf("%w: quorum %d has %d operators and a zero aggregate key", ErrInvalidPoint, q.Number, q.OperatorCount)
			}
		} else if !q.Apk.IsOnCurve() {
			return fmt.Errorf("%w: aggregate key of quorum %d is not on the curve", ErrInvalidPoint, q.Number)
		}
	}
	return nil
}

// QuorumNumbers returns the table's quorum numbers in order.
func (t *Table) QuorumNumbers() []byte {
	out := make([]byte, len(t.Quorums))
	for i, q := range t.Quorums {
		out[i] = q.Number
	}
	return out
}

// quorumWords is the length of one quorum in the quorums preimage.
const quorumWords = 5

// EncodeQuorums returns the preimage of the quorums hash: for each quorum in
// order abi.encode(uint256 quorumNumber, uint256 apk.X, uint256 apk.Y,
// uint256 totalStake, uint256 operatorCount), concatenated.
func (t *Table) EncodeQuorums() []byte {
	out := make([]byte, 32*quorumWords*len(t.Quorums))
	for i, q := range t.Quorums {
		w := out[i*32*quorumWords:]
		w[31] = q.Number
		putG1(w[32:96], &q.Apk)
		putUint(w[96:128], q.TotalStake)
		binary.BigEndian.PutUint32(w[156:160], q.OperatorCount)
	}
	return out
}

// EncodedDigestLen is the length of the table digest preimage: eight words.
const EncodedDigestLen = 8 * 32

// EncodeDigest returns the preimage of Digest:
// abi.encode(bytes32 TABLE_TYPEHASH, uint256 l1ChainId, address l1Registry,
// uint32 referenceBlock, uint64 l1Timestamp, uint32 operatorCount,
// bytes32 operatorsRoot, bytes32 keccak256(EncodeQuorums())).
func (t *Table) EncodeDigest(l1ChainID uint64, l1Registry common.Address) []byte {
	out := make([]byte, EncodedDigestLen)
	copy(out[0:32], TableTypehash[:])
	binary.BigEndian.PutUint64(out[56:64], l1ChainID)
	copy(out[76:96], l1Registry[:])
	binary.BigEndian.PutUint32(out[124:128], t.ReferenceBlock)
	binary.BigEndian.PutUint64(out[152:160], t.L1Timestamp)
	binary.BigEndian.PutUint32(out[188:192], t.OperatorCount)
	copy(out[192:224], t.OperatorsRoot[:])
	qh := crypto.Keccak256Hash(t.EncodeQuorums())
	copy(out[224:256], qh[:])
	return out
}

// Digest is the 32-byte message operators sign to certify t, bound to the
// AVS's identity (L1 chain id, L1 registry address) so that one signature
// serves every destination chain: keccak256(EncodeDigest(l1ChainID,
// l1Registry)). It is hashed to G1 with core.MessageG1 like a checkpoint
// digest.
func (t *Table) Digest(l1ChainID uint64, l1Registry common.Address) common.Hash {
	return crypto.Keccak256Hash(t.EncodeDigest(l1ChainID, l1Registry))
}

// Equal reports whether a and b are the same table.
func (t *Table) Equal(o *Table) bool {
	if t.ReferenceBlock != o.ReferenceBlock || t.L1Timestamp != o.L1Timestamp ||
		t.OperatorCount != o.OperatorCount || t.OperatorsRoot != o.OperatorsRoot || len(t.Quorums) != len(o.Quorums) {
		return false
	}
	for i, q := range t.Quorums {
		p := o.Quorums[i]
		if q.Number != p.Number || !q.Apk.Equal(&p.Apk) || q.TotalStake.Cmp(p.TotalStake) != 0 || q.OperatorCount != p.OperatorCount {
			return false
		}
	}
	return true
}

func checkUint96(v *big.Int) error {
	if v == nil || v.Sign() < 0 || v.Cmp(MaxUint96) > 0 {
		return fmt.Errorf("%w: %v", ErrStakeRange, v)
	}
	return nil
}

// putUint writes v (checked to fit) big-endian into the 32-byte word w.
func putUint(w []byte, v *big.Int) {
	v.FillBytes(w[:32])
}

// putG1 writes X ‖ Y, 32 bytes each, into w. The point at infinity is (0, 0),
// as the EVM precompiles encode it.
func putG1(w []byte, p *bn254.G1Affine) {
	x, y := p.X.Bytes(), p.Y.Bytes()
	copy(w[0:32], x[:])
	copy(w[32:64], y[:])
}
