package core_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

func TestClaimEncodeMatchesABIEncode(t *testing.T) {
	args := abi.Arguments{
		{Type: mustType(t, "uint256")},
		{Type: mustType(t, "uint256")},
		{Type: mustType(t, "bytes32")},
		{Type: mustType(t, "bytes32")},
	}
	for _, c := range append(randomClaims([]byte("abi"), 20),
		core.Claim{},
		core.Claim{ChainID: math.MaxUint64, BlockNumber: math.MaxUint64, BlockHash: common.MaxHash, StateRoot: common.MaxHash},
	) {
		packed, err := args.Pack(new(big.Int).SetUint64(c.ChainID), new(big.Int).SetUint64(c.BlockNumber), c.BlockHash, c.StateRoot)
		require.NoError(t, err)
		require.Equal(t, packed, c.Encode())
		require.Len(t, packed, core.EncodedClaimLen)
		require.Equal(t, crypto.Keccak256Hash([]byte{0x00}, packed), core.LeafHash(c))
	}
}

func TestLeafIsNotANode(t *testing.T) {
	// A leaf preimage is 129 bytes starting 0x00, a node preimage 65 bytes
	// starting 0x01: the same 64 bytes hashed as both give different hashes.
	a, b := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	node := core.NodeHash(a, b)
	require.NotEqual(t, crypto.Keccak256Hash(a[:], b[:]), node)
}

func TestConflicts(t *testing.T) {
	c := core.Claim{ChainID: 10, BlockNumber: 5, BlockHash: common.HexToHash("0x01"), StateRoot: common.HexToHash("0x02")}
	require.False(t, core.Conflicts(c, c), "the same claim twice is no fault")

	d := c
	d.StateRoot = common.HexToHash("0x03")
	require.True(t, core.Conflicts(c, d))
	d = c
	d.BlockHash = common.HexToHash("0x03")
	require.True(t, core.Conflicts(c, d))

	d = c
	d.BlockNumber++
	d.StateRoot = common.HexToHash("0x03")
	require.False(t, core.Conflicts(c, d), "different heights")
	d = c
	d.ChainID++
	d.StateRoot = common.HexToHash("0x03")
	require.False(t, core.Conflicts(c, d), "different chains")
}
