package attestation

import (
	"encoding/binary"
	"fmt"

	"github.com/rollcall-avs/rollcall/core"
)

// PackedClaimSize is the size of one claim in CheckpointAttested's claims:
// uint64 chainId ‖ uint64 blockNumber ‖ bytes32 blockHash ‖ bytes32
// stateRoot, big-endian (docs/encoding.md).
const PackedClaimSize = 80

// PackClaims is the claims field of CheckpointAttested for claims.
func PackClaims(claims []core.Claim) []byte {
	out := make([]byte, 0, len(claims)*PackedClaimSize)
	for _, c := range claims {
		out = binary.BigEndian.AppendUint64(out, c.ChainID)
		out = binary.BigEndian.AppendUint64(out, c.BlockNumber)
		out = append(out, c.BlockHash[:]...)
		out = append(out, c.StateRoot[:]...)
	}
	return out
}

// UnpackClaims decodes CheckpointAttested's claims field.
func UnpackClaims(b []byte) ([]core.Claim, error) {
	if len(b)%PackedClaimSize != 0 {
		return nil, fmt.Errorf("packed claims: %d bytes is not a multiple of %d", len(b), PackedClaimSize)
	}
	out := make([]core.Claim, len(b)/PackedClaimSize)
	for i := range out {
		p := b[i*PackedClaimSize:]
		out[i].ChainID = binary.BigEndian.Uint64(p[0:8])
		out[i].BlockNumber = binary.BigEndian.Uint64(p[8:16])
		copy(out[i].BlockHash[:], p[16:48])
		copy(out[i].StateRoot[:], p[48:80])
	}
	return out, nil
}
