package attestation

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

func TestPackedClaims(t *testing.T) {
	claims := []core.Claim{
		{ChainID: 1, BlockNumber: 2, BlockHash: common.Hash{3}, StateRoot: common.Hash{4}},
		{ChainID: 1<<64 - 1, BlockNumber: 1<<64 - 2, BlockHash: common.Hash{0xff, 31: 1}, StateRoot: common.Hash{31: 0xee}},
	}
	b := PackClaims(claims)
	require.Len(t, b, 2*PackedClaimSize)
	// The layout docs/encoding.md gives: big-endian chainId, blockNumber, then the hashes.
	require.Equal(t, []byte{0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 3}, b[:17])
	got, err := UnpackClaims(b)
	require.NoError(t, err)
	require.Equal(t, claims, got)

	empty, err := UnpackClaims(nil)
	require.NoError(t, err)
	require.Empty(t, empty)
	_, err = UnpackClaims(b[:PackedClaimSize+1])
	require.ErrorContains(t, err, "not a multiple")
}

func FuzzUnpackClaims(f *testing.F) {
	f.Add(PackClaims([]core.Claim{{ChainID: 901, BlockNumber: 7}}))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		claims, err := UnpackClaims(b)
		if err != nil {
			require.NotZero(t, len(b)%PackedClaimSize)
			return
		}
		require.Equal(t, b, PackClaims(claims), "unpack then pack is the identity")
	})
}
