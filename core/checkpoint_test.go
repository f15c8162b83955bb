package core_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

func TestCheckpointTypehash(t *testing.T) {
	require.Equal(t, crypto.Keccak256Hash([]byte("rollcall.checkpoint.v1")), core.CheckpointTypehash)
}

// TestDigestMatchesABIEncode checks the hand-written layout against
// go-ethereum's ABI encoder.
func TestDigestMatchesABIEncode(t *testing.T) {
	args := abi.Arguments{
		{Type: mustType(t, "bytes32")},
		{Type: mustType(t, "uint256")},
		{Type: mustType(t, "address")},
		{Type: mustType(t, "uint64")},
		{Type: mustType(t, "uint32")},
		{Type: mustType(t, "bytes32")},
	}
	cases := []struct {
		l1       uint64
		registry common.Address
		cp       core.Checkpoint
	}{
		{0, common.Address{}, core.Checkpoint{}},
		{1, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), core.Checkpoint{Round: 3, ReferenceBlock: 100, ClaimsRoot: crypto.Keccak256Hash([]byte("x"))}},
		{math.MaxUint64, common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), core.Checkpoint{Round: math.MaxUint64, ReferenceBlock: math.MaxUint32, ClaimsRoot: common.MaxHash}},
	}
	for _, c := range cases {
		packed, err := args.Pack(core.CheckpointTypehash, new(big.Int).SetUint64(c.l1), c.registry, c.cp.Round, c.cp.ReferenceBlock, c.cp.ClaimsRoot)
		require.NoError(t, err)
		require.Equal(t, packed, c.cp.EncodeDigest(c.l1, c.registry))
		require.Equal(t, crypto.Keccak256Hash(packed), c.cp.Digest(c.l1, c.registry))
	}
}

func TestDigestSeparatesDomains(t *testing.T) {
	reg := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	cp := core.Checkpoint{Round: 1, ReferenceBlock: 2, ClaimsRoot: common.HexToHash("0x03")}
	d := cp.Digest(1, reg)
	require.NotEqual(t, d, cp.Digest(2, reg), "l1 chain id")
	require.NotEqual(t, d, cp.Digest(1, common.HexToAddress("0x01")), "registry")
	for _, other := range []core.Checkpoint{
		{Round: 2, ReferenceBlock: 2, ClaimsRoot: cp.ClaimsRoot},
		{Round: 1, ReferenceBlock: 3, ClaimsRoot: cp.ClaimsRoot},
		{Round: 1, ReferenceBlock: 2, ClaimsRoot: common.HexToHash("0x04")},
	} {
		require.NotEqual(t, d, other.Digest(1, reg))
	}
}

// onChainHashToG1 is an independent transcription of BN254.hashToG1 from
// eigenlayer-middleware (src/libraries/BN254.sol), which BLSSignatureChecker
// uses: x = digest mod p; loop { beta = x³+3 mod p; y = beta^((p+1)/4) mod p;
// if y² == beta return (x, y); x = x+1 mod p }.
func onChainHashToG1(digest common.Hash) (x, y *big.Int) {
	p := fp.Modulus()
	exp := new(big.Int).Rsh(new(big.Int).Add(p, big.NewInt(1)), 2) // (p+1)/4
	x = new(big.Int).Mod(new(big.Int).SetBytes(digest[:]), p)
	for {
		beta := new(big.Int).Exp(x, big.NewInt(3), p)
		beta.Add(beta, big.NewInt(3)).Mod(beta, p)
		y = new(big.Int).Exp(beta, exp, p)
		if new(big.Int).Exp(y, big.NewInt(2), p).Cmp(beta) == 0 {
			return x, y
		}
		x.Add(x, big.NewInt(1)).Mod(x, p)
	}
}

func TestMessageG1MatchesOnChainHashToG1(t *testing.T) {
	p := fp.Modulus()
	digests := []common.Hash{
		{},
		common.HexToHash("0x01"),
		common.MaxHash, // above p: reduced first
		common.BigToHash(p),
		common.BigToHash(new(big.Int).Sub(p, big.NewInt(1))),
	}
	for i := 0; i < 200; i++ {
		digests = append(digests, crypto.Keccak256Hash([]byte{byte(i)}))
	}
	for _, d := range digests {
		wantX, wantY := onChainHashToG1(d)
		got := core.MessageG1(d)
		require.True(t, got.IsOnCurve(), "digest %x", d)
		require.True(t, got.IsInSubGroup(), "digest %x", d)
		require.Equal(t, wantX, got.X.BigInt(new(big.Int)), "x of digest %x", d)
		require.Equal(t, wantY, got.Y.BigInt(new(big.Int)), "y of digest %x", d)
	}
}

func TestMessageG1SignsLikeTheSDK(t *testing.T) {
	kp, err := bls.NewKeyPairFromString("12248929636257230549931416853095037629726205319386239410403476017439825112537")
	require.NoError(t, err)
	cp := core.Checkpoint{Round: 9, ReferenceBlock: 77, ClaimsRoot: crypto.Keccak256Hash([]byte("root"))}
	digest := cp.Digest(17000, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"))

	sig := kp.SignMessage(digest)
	ok, err := sig.Verify(kp.GetPubKeyG2(), digest)
	require.NoError(t, err)
	require.True(t, ok)

	// The SDK signs sk·MessageG1(digest).
	want := kp.SignHashedToCurveMessage(core.MessageG1(digest))
	require.True(t, want.Equal(sig.G1Point.G1Affine))
}

func mustType(t *testing.T, s string) abi.Type {
	t.Helper()
	ty, err := abi.NewType(s, "", nil)
	require.NoError(t, err)
	return ty
}
