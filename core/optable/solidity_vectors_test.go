// This test checks OperatorTable.sol and BN254.hashToG1 against the shared
// vectors through bindings/operatortableharness.

package optable_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	harness "github.com/rollcall-avs/rollcall/bindings/operatortableharness"
	"github.com/rollcall-avs/rollcall/core/optable"
)

func deployHarness(t *testing.T) *harness.OperatorTableHarness {
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
	_, tx, h, err := harness.DeployOperatorTableHarness(auth, client)
	require.NoError(t, err)
	backend.Commit()
	receipt, err := client.TransactionReceipt(context.Background(), tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	return h
}

func harnessLeaf(l optable.Leaf) harness.OperatorTableHarnessLeaf {
	return harness.OperatorTableHarnessLeaf{
		OperatorId: l.OperatorID,
		Pubkey:     harness.BN254G1Point{X: l.Pubkey.X.BigInt(new(big.Int)), Y: l.Pubkey.Y.BigInt(new(big.Int))},
		Stakes:     l.Stakes,
	}
}

func harnessTable(t *optable.Table) harness.OperatorTableTable {
	b := t.Binding()
	out := harness.OperatorTableTable{ReferenceBlock: b.ReferenceBlock, L1Timestamp: b.L1Timestamp, OperatorCount: b.OperatorCount, OperatorsRoot: b.OperatorsRoot}
	for _, q := range b.Quorums {
		out.Quorums = append(out.Quorums, harness.OperatorTableQuorum{QuorumNumber: q.QuorumNumber, Apk: harness.BN254G1Point{X: q.Apk.X, Y: q.Apk.Y}, TotalStake: q.TotalStake, OperatorCount: q.OperatorCount})
	}
	return out
}

func words(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func bigs(vs []uint32) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = new(big.Int).SetUint64(uint64(v))
	}
	return out
}

// TestSolidityVectors checks OperatorTable.sol against every value of
// testdata/vectors.json.
func TestSolidityVectors(t *testing.T) {
	h := deployHarness(t)
	f := loadVectors(t)
	opts := &bind.CallOpts{}

	typehash, err := h.TableTypehash(opts)
	require.NoError(t, err)
	require.Equal(t, f.TableTypehash, common.Hash(typehash))
	limits, err := h.Limits(opts)
	require.NoError(t, err)
	require.EqualValues(t, optable.MaxQuorums, limits.MaxQuorums.Uint64())
	require.EqualValues(t, optable.MaxOperators, limits.MaxOperators.Uint64())
	require.EqualValues(t, optable.MaxMultiProofLength, limits.MaxMultiProofLength.Uint64())

	l1 := big.NewInt(vectorL1ChainID)
	for _, tv := range f.Tables {
		t.Run(tv.Name, func(t *testing.T) {
			table, leaves := vectorTable(t, tv)
			hl := make([]harness.OperatorTableHarnessLeaf, len(leaves))
			for i, l := range leaves {
				hl[i] = harnessLeaf(l)
				got, err := h.LeafHash(opts, hl[i])
				require.NoError(t, err)
				require.Equal(t, tv.Leaves[i].Hash, common.Hash(got), "leaf %d", i)

				ok, err := h.VerifyMultiProof(opts, tv.OperatorsRoot, big.NewInt(int64(tv.OperatorCount)), bigs([]uint32{uint32(i)}), [][32]byte{tv.Leaves[i].Hash}, words(tv.Leaves[i].Proof))
				require.NoError(t, err)
				require.True(t, ok, "proof of leaf %d", i)
				flipped := tv.Leaves[i].Hash
				flipped[0] ^= 1
				ok, err = h.VerifyMultiProof(opts, tv.OperatorsRoot, big.NewInt(int64(tv.OperatorCount)), bigs([]uint32{uint32(i)}), [][32]byte{flipped}, words(tv.Leaves[i].Proof))
				require.NoError(t, err)
				require.False(t, ok, "flipped leaf %d", i)
			}
			root, err := h.MerkleRoot(opts, hl)
			require.NoError(t, err)
			require.Equal(t, tv.OperatorsRoot, common.Hash(root))
			if len(tv.Leaves) > 1 {
				a, b := tv.Leaves[0].Hash, tv.Leaves[1].Hash
				for _, pair := range [][2]common.Hash{{a, b}, {b, a}} {
					node, err := h.NodeHash(opts, pair[0], pair[1])
					require.NoError(t, err)
					require.Equal(t, optable.NodeHash(a, b), common.Hash(node))
				}
			}
			for _, mv := range tv.MultiProofs {
				hashes := make([][32]byte, len(mv.Indices))
				for i, idx := range mv.Indices {
					hashes[i] = tv.Leaves[idx].Hash
				}
				ok, err := h.VerifyMultiProof(opts, tv.OperatorsRoot, big.NewInt(int64(tv.OperatorCount)), bigs(mv.Indices), hashes, words(mv.Proof))
				require.NoError(t, err)
				require.True(t, ok, "multiproof %v", mv.Indices)
				if len(mv.Proof) > 0 {
					ok, err = h.VerifyMultiProof(opts, tv.OperatorsRoot, big.NewInt(int64(tv.OperatorCount)), bigs(mv.Indices), hashes, words(mv.Proof[1:]))
					require.NoError(t, err)
					require.False(t, ok, "multiproof %v missing a hash", mv.Indices)
				}
			}
			ht := harnessTable(table)
			qh, err := h.QuorumsHash(opts, ht.Quorums)
			require.NoError(t, err)
			require.Equal(t, tv.QuorumsHash, common.Hash(qh))
			digest, err := h.TableDigest(opts, l1, f.L1Registry, ht)
			require.NoError(t, err)
			require.Equal(t, tv.Digest, common.Hash(digest))
			require.NoError(t, h.Validate(opts, ht))

			m, err := h.HashToG1(opts, tv.Digest)
			require.NoError(t, err)
			require.Equal(t, tv.MessageG1.X, m.X.String())
			require.Equal(t, tv.MessageG1.Y, m.Y.String())
		})
	}
}

// TestSolidityTrees compares the Solidity tree and multiproofs with Go's at
// many sizes, and the table validation's named errors.
func TestSolidityTrees(t *testing.T) {
	h := deployHarness(t)
	opts := &bind.CallOpts{}
	for _, n := range []int{2, 5, 6, 13, 64, 65, 200} {
		tree, err := optable.BuildTree(cheapLeaves(t, n, uint64(n)+500))
		require.NoError(t, err)
		hl := make([]harness.OperatorTableHarnessLeaf, n)
		for i, l := range tree.Leaves() {
			hl[i] = harnessLeaf(l)
		}
		root, err := h.MerkleRoot(opts, hl)
		require.NoError(t, err)
		require.Equal(t, tree.Root(), common.Hash(root), "n=%d", n)
		idx := []uint32{0}
		for i := 3; i < n; i += 3 {
			idx = append(idx, uint32(i))
		}
		idx = append(idx, uint32(n-1))
		if idx[len(idx)-1] == idx[len(idx)-2] {
			idx = idx[:len(idx)-1]
		}
		proof, err := tree.MultiProof(idx)
		require.NoError(t, err)
		hashes := make([][32]byte, len(idx))
		for i, j := range idx {
			l := tree.Leaf(int(j))
			hashes[i] = optable.LeafHash(&l)
		}
		ok, err := h.VerifyMultiProof(opts, tree.Root(), big.NewInt(int64(n)), bigs(idx), hashes, words(proof))
		require.NoError(t, err)
		require.True(t, ok, "n=%d", n)
	}

	table, _, err := optable.Build(5, 6, []byte{0, 1}, cheapLeaves(t, 3, 1))
	require.NoError(t, err)
	bad := func(mut func(*harness.OperatorTableTable)) error {
		ht := harnessTable(table)
		mut(&ht)
		return h.Validate(opts, ht)
	}
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.Quorums = nil }), "NoQuorums()")
	requireRevert(t, bad(func(t *harness.OperatorTableTable) {
		for i := range 17 {
			t.Quorums = append(t.Quorums, harness.OperatorTableQuorum{QuorumNumber: uint8(i + 2), Apk: t.Quorums[0].Apk, TotalStake: big.NewInt(1), OperatorCount: 1})
		}
	}), "TooManyQuorums(uint256)", 19)
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.Quorums[1].QuorumNumber = 0 }), "QuorumsNotAscending(uint256)", 1)
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.OperatorCount = 0 }), "NoOperators()")
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.OperatorCount = optable.MaxOperators + 1 }), "TooManyOperators(uint256)", optable.MaxOperators+1)
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.Quorums[1].OperatorCount = 4 }), "InvalidQuorumOperatorCount(uint256)", 1)
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.Quorums[0].Apk.Y = big.NewInt(3) }), "InvalidQuorumKey(uint256)", 0)
	requireRevert(t, bad(func(t *harness.OperatorTableTable) {
		t.Quorums[0].Apk = harness.BN254G1Point{X: big.NewInt(0), Y: big.NewInt(0)}
	}), "InvalidQuorumKey(uint256)", 0)
	require.Zero(t, table.Quorums[1].OperatorCount)
	require.NoError(t, bad(func(*harness.OperatorTableTable) {}), "an empty quorum's key is infinity")
	// Coordinates at or above p are refused even if they reduce to a curve point.
	p, _ := new(big.Int).SetString("21888242871839275222246405745257275088696311157297823662689037894645226208583", 10)
	requireRevert(t, bad(func(t *harness.OperatorTableTable) { t.Quorums[0].Apk.X = new(big.Int).Add(t.Quorums[0].Apk.X, p) }), "InvalidQuorumKey(uint256)", 0)
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
