package core

import (
	"encoding/binary"

	sdkbn254 "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// CheckpointTypeString names version 1 of the checkpoint digest.
const CheckpointTypeString = "rollcall.checkpoint.v1"

// CheckpointTypehash is keccak256("rollcall.checkpoint.v1"), the first word of
// every checkpoint digest.
var CheckpointTypehash = crypto.Keccak256Hash([]byte(CheckpointTypeString))

// Checkpoint is what operators sign in one round: the root of the claims
// tree, bound to the round and to the L1 block whose stake snapshot counts.
// ReferenceBlock is a uint32 because EigenLayer's BLSSignatureChecker takes
// uint32 reference block numbers.
type Checkpoint struct {
	Round          uint64
	ReferenceBlock uint32
	ClaimsRoot     common.Hash
}

// EncodedDigestLen is the length of the digest preimage: six 32-byte ABI words.
const EncodedDigestLen = 6 * 32

// EncodeDigest returns the preimage of Digest:
// abi.encode(bytes32 CHECKPOINT_TYPEHASH, uint256 l1ChainId, address registry,
// uint64 round, uint32 referenceBlock, bytes32 claimsRoot).
func (cp Checkpoint) EncodeDigest(l1ChainID uint64, registry common.Address) []byte {
	out := make([]byte, EncodedDigestLen)
	copy(out[0:32], CheckpointTypehash[:])
	binary.BigEndian.PutUint64(out[56:64], l1ChainID)
	copy(out[76:96], registry[:])
	binary.BigEndian.PutUint64(out[120:128], cp.Round)
	binary.BigEndian.PutUint32(out[156:160], cp.ReferenceBlock)
	copy(out[160:192], cp.ClaimsRoot[:])
	return out
}

// Digest returns the 32-byte message operators sign for cp, domain-separated
// by the L1 chain id and the address of the registry contract that will
// verify it: keccak256(EncodeDigest(l1ChainID, registry)).
func (cp Checkpoint) Digest(l1ChainID uint64, registry common.Address) common.Hash {
	return crypto.Keccak256Hash(cp.EncodeDigest(l1ChainID, registry))
}

// MessageG1 hashes a digest to the BN254 G1 point that is signed, exactly as
// the on-chain BLSSignatureChecker does with BN254.hashToG1 (try-and-increment
// from x = digest mod p, y = (x³+3)^((p+1)/4)). It is the eigensdk-go mapping
// that bls.KeyPair.SignMessage uses, so a signature made with
// SignMessage(digest) verifies against MessageG1(digest).
func MessageG1(digest common.Hash) *bn254.G1Affine {
	return sdkbn254.MapToCurve(digest)
}
