// Package core holds rollcall's shared domain types and their hashing: the
// claim an operator makes about one rollup block, the Merkle tree of the claims
// of a checkpoint, and the digest of a checkpoint that operators sign with BLS.
//
// Every byte produced here must match contracts/src/RollcallCodec.sol; the
// exact layouts are documented in docs/encoding.md and pinned by the shared
// test vectors in core/testdata/vectors.json.
package core

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// LeafPrefix is the first byte hashed into a leaf of the claims tree.
	LeafPrefix byte = 0x00
	// NodePrefix is the first byte hashed into an internal node of the claims tree.
	NodePrefix byte = 0x01

	// EncodedClaimLen is the length of Claim.Encode: four 32-byte ABI words.
	EncodedClaimLen = 4 * 32
)

// Claim is what an operator asserts about one rollup block: on the rollup with
// chain id ChainID, block BlockNumber has hash BlockHash and state root StateRoot.
type Claim struct {
	ChainID     uint64
	BlockNumber uint64
	BlockHash   common.Hash
	StateRoot   common.Hash
}

// Encode returns abi.encode(uint256 chainId, uint256 blockNumber, bytes32
// blockHash, bytes32 stateRoot): 128 bytes, integers big-endian and left-padded.
func (c Claim) Encode() []byte {
	out := make([]byte, EncodedClaimLen)
	c.encodeTo(out)
	return out
}

func (c Claim) encodeTo(out []byte) {
	binary.BigEndian.PutUint64(out[24:32], c.ChainID)
	binary.BigEndian.PutUint64(out[56:64], c.BlockNumber)
	copy(out[64:96], c.BlockHash[:])
	copy(out[96:128], c.StateRoot[:])
}

// LeafHash returns the claims-tree leaf of c:
// keccak256(0x00 ‖ abi.encode(uint256 chainId, uint256 blockNumber, bytes32 blockHash, bytes32 stateRoot)).
func LeafHash(c Claim) common.Hash {
	var buf [1 + EncodedClaimLen]byte
	buf[0] = LeafPrefix
	c.encodeTo(buf[1:])
	return crypto.Keccak256Hash(buf[:])
}

// Conflicts reports whether a and b are two different claims about the same
// rollup block, (ChainID, BlockNumber). Signing both is the slashable fault.
func Conflicts(a, b Claim) bool {
	return a.ChainID == b.ChainID && a.BlockNumber == b.BlockNumber && a != b
}
