// This test checks the Solidity codec against the shared vectors through the
// generated binding bindings/codecharness (contracts/src/CodecHarness.sol).

package core_test

import (
	"cmp"
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/codecharness"
	"github.com/rollcall-avs/rollcall/core"
)

// deployHarness deploys CodecHarness on a fresh simulated chain.
func deployHarness(t *testing.T) *codecharness.CodecHarness {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	t.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()

	chainID, err := client.ChainID(context.Background())
	require.NoError(t, err)
	auth, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	require.NoError(t, err)
	_, tx, harness, err := codecharness.DeployCodecHarness(auth, client)
	require.NoError(t, err)
	backend.Commit()
	receipt, err := client.TransactionReceipt(context.Background(), tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	return harness
}

func toSolClaim(c core.Claim) codecharness.RollcallCodecClaim {
	return codecharness.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
}

func toSolClaims(cs []core.Claim) []codecharness.RollcallCodecClaim {
	out := make([]codecharness.RollcallCodecClaim, len(cs))
	for i, c := range cs {
		out[i] = toSolClaim(c)
	}
	return out
}

func toSolProof(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// TestSolidityVectors checks RollcallCodec.sol against every value of
// core/testdata/vectors.json.
func TestSolidityVectors(t *testing.T) {
	h := deployHarness(t)
	f := loadVectors(t)
	opts := &bind.CallOpts{}

	typehash, err := h.CheckpointTypehash(opts)
	require.NoError(t, err)
	require.Equal(t, f.CheckpointTypehash, common.Hash(typehash))
	maxClaims, err := h.MaxClaims(opts)
	require.NoError(t, err)
	require.EqualValues(t, core.MaxClaims, maxClaims.Uint64())

	l1 := new(big.Int).SetUint64(parseVectorUint(t, f.L1ChainID))
	for _, tv := range f.Trees {
		t.Run(tv.Name, func(t *testing.T) {
			claims := make([]core.Claim, len(tv.Claims))
			for i, cv := range tv.Claims {
				claims[i] = cv.Claim
				leaf, err := h.LeafHash(opts, toSolClaim(cv.Claim))
				require.NoError(t, err)
				require.Equal(t, cv.Leaf, common.Hash(leaf), "leaf %d", i)

				ok, err := h.VerifyProof(opts, tv.Root, toSolClaim(cv.Claim), toSolProof(cv.Proof))
				require.NoError(t, err)
				require.True(t, ok, "proof %d", i)

				flipped := cv.Claim
				flipped.BlockHash[0] ^= 1
				ok, err = h.VerifyProof(opts, tv.Root, toSolClaim(flipped), toSolProof(cv.Proof))
				require.NoError(t, err)
				require.False(t, ok, "flipped claim %d", i)
			}
			root, err := h.MerkleRoot(opts, toSolClaims(claims))
			require.NoError(t, err)
			require.Equal(t, tv.Root, common.Hash(root))

			if len(tv.Claims) > 1 {
				a, b := tv.Claims[0].Leaf, tv.Claims[1].Leaf
				for _, pair := range [][2]common.Hash{{a, b}, {b, a}} {
					node, err := h.NodeHash(opts, pair[0], pair[1])
					require.NoError(t, err)
					require.Equal(t, core.NodeHash(a, b), common.Hash(node))
				}
			}

			cp := tv.Checkpoint
			digest, err := h.CheckpointDigest(opts, l1, f.Registry, cp.Round, cp.ReferenceBlock, cp.ClaimsRoot)
			require.NoError(t, err)
			require.Equal(t, tv.Digest, common.Hash(digest))
		})
	}
	for _, dv := range f.Digests {
		t.Run("digest "+dv.Name, func(t *testing.T) {
			l1 := new(big.Int).SetUint64(parseVectorUint(t, dv.L1ChainID))
			cp := dv.Checkpoint
			digest, err := h.CheckpointDigest(opts, l1, dv.Registry, cp.Round, cp.ReferenceBlock, cp.ClaimsRoot)
			require.NoError(t, err)
			require.Equal(t, dv.Digest, common.Hash(digest))
		})
	}
}

// TestSolidityTreeEdges compares the Solidity tree with Go's at every size up
// to MaxClaims and checks the rejections.
func TestSolidityTreeEdges(t *testing.T) {
	h := deployHarness(t)
	opts := &bind.CallOpts{}

	for _, n := range []int{1, 2, 3, 4, 6, 7, 9, 16, 17, 31, 33, 100, 255, core.MaxClaims} {
		tree, err := core.BuildTree(randomClaims([]byte{byte(n), 's', 'o', 'l'}, n))
		require.NoError(t, err)
		root, err := h.MerkleRoot(opts, toSolClaims(tree.Claims()))
		require.NoError(t, err)
		require.Equal(t, tree.Root(), common.Hash(root), "n=%d", n)

		last := tree.Claims()[n-1]
		proof, err := tree.Proof(last.ChainID)
		require.NoError(t, err)
		ok, err := h.VerifyProof(opts, tree.Root(), toSolClaim(last), toSolProof(proof))
		require.NoError(t, err)
		require.True(t, ok, "n=%d", n)
	}

	_, err := h.MerkleRoot(opts, nil)
	requireRevert(t, err, "NoClaims()")

	tooMany := randomClaims([]byte("too many"), core.MaxClaims+1)
	slices.SortFunc(tooMany, func(a, b core.Claim) int { return cmp.Compare(a.ChainID, b.ChainID) })
	_, err = h.MerkleRoot(opts, toSolClaims(tooMany))
	requireRevert(t, err, "TooManyClaims(uint256)", core.MaxClaims+1)

	sorted := randomClaims([]byte("order"), 5)
	slices.SortFunc(sorted, func(a, b core.Claim) int { return cmp.Compare(a.ChainID, b.ChainID) })
	unsorted := slices.Clone(sorted)
	unsorted[2], unsorted[3] = unsorted[3], unsorted[2]
	_, err = h.MerkleRoot(opts, toSolClaims(unsorted))
	requireRevert(t, err, "ChainIdsNotAscending(uint256)", 3)

	dup := slices.Clone(sorted)
	dup[4].ChainID = dup[3].ChainID
	_, err = h.MerkleRoot(opts, toSolClaims(dup))
	requireRevert(t, err, "ChainIdsNotAscending(uint256)", 4)

	// A proof longer than MaxProofLength is rejected even when it folds to the root.
	c := core.Claim{ChainID: 1}
	long := make([]common.Hash, core.MaxProofLength+1)
	acc := core.LeafHash(c)
	for i := range long {
		long[i] = crypto.Keccak256Hash([]byte{byte(i)})
		acc = core.NodeHash(acc, long[i])
	}
	ok, err := h.VerifyProof(opts, acc, toSolClaim(c), toSolProof(long))
	require.NoError(t, err)
	require.False(t, ok)
}

// requireRevert checks err is a revert with the custom error sig and the
// given uint256 arguments.
func requireRevert(t *testing.T, err error, sig string, args ...uint64) {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.ErrorAs(t, err, &de, "%v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data %v", de.ErrorData())
	want := crypto.Keccak256([]byte(sig))[:4]
	for _, a := range args {
		want = append(want, common.LeftPadBytes(new(big.Int).SetUint64(a).Bytes(), 32)...)
	}
	require.Equal(t, hexutil.Encode(want), s)
}
