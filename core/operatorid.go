package core

import (
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
)

// OperatorID is the EigenLayer operator id of a BLS G1 public key:
// keccak256(X ‖ Y), each coordinate 32 bytes big-endian, as the
// BLSApkRegistry computes the pubkeyHash it registers the key under
// (BN254.hashG1Point).
func OperatorID(g1 *bls.G1Point) common.Hash {
	x, y := G1Coords(g1)
	return crypto.Keccak256Hash(math.U256Bytes(x), math.U256Bytes(y))
}
