package status

import (
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
)

func TestRegisteredAt(t *testing.T) {
	// Registered at 10, deregistered at 20, registered again at 30.
	history := []bitmapUpdate{
		{From: 10, To: 20, Bitmap: big.NewInt(1)},
		{From: 20, To: 30, Bitmap: big.NewInt(0)},
		{From: 30, To: 0, Bitmap: big.NewInt(0b11)},
	}
	for block, want := range map[uint64]bool{9: false, 10: true, 19: true, 20: false, 29: false, 30: true, 1000: true} {
		require.Equal(t, want, registeredAt(history, 0, block), "block %d", block)
	}
	require.False(t, registeredAt(history, 1, 15), "quorum 1 only from block 30")
	require.True(t, registeredAt(history, 1, 31))
	require.False(t, registeredAt(nil, 0, 5))

	first, ok := firstRegistration(history, 1)
	require.True(t, ok)
	require.Equal(t, uint64(30), first)
	_, ok = firstRegistration(history, 2)
	require.False(t, ok)
}

func g1(kp *bls.KeyPair) rollcallregistry.IBLSSignatureCheckerG1Point {
	pk := kp.GetPubKeyG1()
	return rollcallregistry.IBLSSignatureCheckerG1Point{X: pk.X.BigInt(new(big.Int)), Y: pk.Y.BigInt(new(big.Int))}
}

// attestInput packs a RollcallRegistry.attest call with nonSigners and
// returns it with the signatory record hash the checker would emit.
func attestInput(t *testing.T, ref uint32, nonSigners ...*bls.KeyPair) ([]byte, [32]byte) {
	t.Helper()
	sig := rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: []uint32{},
		NonSignerPubkeys:             []rollcallregistry.IBLSSignatureCheckerG1Point{},
		QuorumApks:                   []rollcallregistry.IBLSSignatureCheckerG1Point{{X: big.NewInt(1), Y: big.NewInt(2)}},
		ApkG2:                        rollcallregistry.IBLSSignatureCheckerG2Point{X: [2]*big.Int{big.NewInt(1), big.NewInt(2)}, Y: [2]*big.Int{big.NewInt(3), big.NewInt(4)}},
		Sigma:                        rollcallregistry.IBLSSignatureCheckerG1Point{X: big.NewInt(1), Y: big.NewInt(2)},
		QuorumApkIndices:             []uint32{0},
		TotalStakeIndices:            []uint32{0},
		NonSignerStakeIndices:        [][]uint32{{}},
	}
	buf := binary.BigEndian.AppendUint32(nil, ref)
	for _, kp := range nonSigners {
		sig.NonSignerPubkeys = append(sig.NonSignerPubkeys, g1(kp))
		sig.NonSignerQuorumBitmapIndices = append(sig.NonSignerQuorumBitmapIndices, 0)
		id := sdktypes.OperatorIdFromG1Pubkey(kp.GetPubKeyG1())
		buf = append(buf, id[:]...)
	}
	claims := []rollcallregistry.RollcallCodecClaim{{ChainId: 901, BlockNumber: 7, BlockHash: [32]byte{1}, StateRoot: [32]byte{2}}}
	input, err := registryABI.Pack("attest", uint64(3), ref, claims, []byte{0xff, 0xff}, sig)
	require.NoError(t, err)
	return input, crypto.Keccak256Hash(buf)
}

func TestNonSignersFromAttestCalldata(t *testing.T) {
	signer, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	absent, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)

	input, record := attestInput(t, 41, absent)
	got, err := nonSigners(input, 41, record)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.True(t, samePoint(got[0], absent.GetPubKeyG1()))
	require.False(t, samePoint(got[0], signer.GetPubKeyG1()))
	require.Equal(t, common.Hash(sdktypes.OperatorIdFromG1Pubkey(absent.GetPubKeyG1())), core.OperatorID(bls.NewG1Point(got[0].X, got[0].Y)), "operator id = keccak256(x, y)")

	input, record = attestInput(t, 41)
	got, err = nonSigners(input, 41, record)
	require.NoError(t, err)
	require.Empty(t, got, "everyone signed")

	// Calldata that does not match the event is not trusted.
	input, record = attestInput(t, 41, absent)
	_, err = nonSigners(input, 42, record)
	require.ErrorContains(t, err, "signatory record hash")
	_, err = nonSigners([]byte{1, 2, 3, 4, 5}, 41, record)
	require.ErrorContains(t, err, "not an attest call")
}

func TestHex32(t *testing.T) {
	require.Equal(t, "0x"+"00000000000000000000000000000000000000000000000000000000000000ff", hex32(big.NewInt(255)))
}
