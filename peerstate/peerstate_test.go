package peerstate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// A chain whose genesis holds a contract with known storage and enough
// accounts for a state trie several levels deep.
var (
	storageContract = common.HexToAddress("0x00000000000000000000000000000000005107a9")
	contractCode    = []byte{0x60, 0x00, 0x60, 0x00, 0xf3} // returns nothing
	slotSmall       = common.BigToHash(big.NewInt(1))
	slotFull        = common.BigToHash(big.NewInt(2))
	slotHashed      = crypto.Keccak256Hash([]byte("a mapping slot"))
	slotEmpty       = common.BigToHash(big.NewInt(3))
	valueSmall      = common.BigToHash(big.NewInt(42))
	valueFull       = common.HexToHash("0xff00000000000000000000000000000000000000000000000000000000000001")
	valueHashed     = common.BigToHash(big.NewInt(0x7f))
	absentAccount   = common.HexToAddress("0x000000000000000000000000000000000000dead")
	fundedBalance   = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
)

func startChain(t *testing.T, ctx context.Context) (*chain.Chain, *rpc.Client, common.Address) {
	t.Helper()
	keys := chain.DevKeys(1)
	alloc := chain.DevAlloc(keys, fundedBalance)
	for i := 1; i <= 200; i++ {
		alloc[common.BigToAddress(big.NewInt(int64(0x10000+i)))] = types.Account{Balance: big.NewInt(int64(i))}
	}
	alloc[storageContract] = types.Account{
		Balance: big.NewInt(7), Nonce: 1, Code: contractCode,
		Storage: map[common.Hash]common.Hash{slotSmall: valueSmall, slotFull: valueFull, slotHashed: valueHashed},
	}
	cfg := chain.DefaultConfig(4242)
	cfg.BlockInterval = time.Hour // blocks only when a transaction is sent
	cfg.Alloc = alloc
	c := devnettest.StartChain(t, cfg, zaptest.NewLogger(t))
	client, err := rpc.DialContext(ctx, c.HTTPURL())
	require.NoError(t, err)
	t.Cleanup(client.Close)
	return c, client, crypto.PubkeyToAddress(keys[0].PublicKey)
}

func TestPeerStateProveVerify(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	_, client, funded := startChain(t, ctx)
	var head hexutil.Uint64
	require.NoError(t, client.CallContext(ctx, &head, "eth_blockNumber"))

	t.Run("contract with storage", func(t *testing.T) {
		p, err := Prove(ctx, client, uint64(head), storageContract, []common.Hash{slotSmall, slotFull, slotHashed, slotEmpty})
		require.NoError(t, err)
		require.NotEmpty(t, p.AccountProof)
		res, err := Verify(p, p.StateRoot)
		require.NoError(t, err)
		require.True(t, res.Account.Exists)
		require.Equal(t, uint64(1), res.Account.Nonce)
		require.Equal(t, "7", res.Account.Balance.String())
		require.Equal(t, crypto.Keccak256Hash(contractCode), res.Account.CodeHash)
		require.NotEqual(t, types.EmptyRootHash, res.Account.StorageRoot)
		require.Equal(t, []Slot{
			{Slot: slotSmall, Exists: true, Value: valueSmall},
			{Slot: slotFull, Exists: true, Value: valueFull},
			{Slot: slotHashed, Exists: true, Value: valueHashed},
			{Slot: slotEmpty},
		}, res.Storage)

		// The same values through eth_getStorageAt.
		for _, s := range res.Storage {
			var got hexutil.Bytes
			require.NoError(t, client.CallContext(ctx, &got, "eth_getStorageAt", storageContract, s.Slot, head))
			require.Equal(t, s.Value, common.BytesToHash(got))
		}

		// JSON round trip.
		raw, err := json.Marshal(p)
		require.NoError(t, err)
		var back Proof
		require.NoError(t, json.Unmarshal(raw, &back))
		require.Equal(t, *p, back)
		raw, err = json.Marshal(res)
		require.NoError(t, err)
		var backRes Result
		require.NoError(t, json.Unmarshal(raw, &backRes))
		require.Equal(t, *res, backRes)
	})

	t.Run("funded account", func(t *testing.T) {
		p, err := Prove(ctx, client, uint64(head), funded, nil)
		require.NoError(t, err)
		res, err := Verify(p, p.StateRoot)
		require.NoError(t, err)
		require.True(t, res.Account.Exists)
		require.Equal(t, fundedBalance, res.Account.Balance)
		require.Equal(t, types.EmptyRootHash, res.Account.StorageRoot)
		require.Equal(t, types.EmptyCodeHash, res.Account.CodeHash)
		require.Empty(t, res.Storage)
	})

	t.Run("absent account", func(t *testing.T) {
		p, err := Prove(ctx, client, uint64(head), absentAccount, []common.Hash{slotSmall})
		require.NoError(t, err)
		require.NotEmpty(t, p.AccountProof, "absence is proven by the path")
		require.Empty(t, p.Storage[0].Proof, "an absent account has the empty storage trie")
		res, err := Verify(p, p.StateRoot)
		require.NoError(t, err)
		require.Equal(t, Account{Address: absentAccount, Balance: new(big.Int)}, res.Account)
		require.Equal(t, []Slot{{Slot: slotSmall}}, res.Storage)
	})

	t.Run("tampered", func(t *testing.T) {
		p, err := Prove(ctx, client, uint64(head), storageContract, []common.Hash{slotSmall})
		require.NoError(t, err)
		root := p.StateRoot
		accountProof := nodes(p.AccountProof)
		require.Greater(t, len(accountProof), 1)
		_, err = VerifyAccount(root, storageContract, accountProof)
		require.NoError(t, err)

		for name, proof := range tamperings(accountProof) {
			_, err := VerifyAccount(root, storageContract, proof)
			require.ErrorIs(t, err, ErrInvalidProof, name)
		}
		_, err = VerifyAccount(common.Hash{1}, storageContract, accountProof)
		require.ErrorIs(t, err, ErrInvalidProof, "wrong root")
		_, err = VerifyAccount(root, otherFirstNibble(storageContract), accountProof)
		require.ErrorIs(t, err, ErrInvalidProof, "wrong key")

		storageRoot := crypto.Keccak256Hash(p.Storage[0].Proof[0])
		storageProof := nodes(p.Storage[0].Proof)
		s, err := VerifyStorage(storageRoot, slotSmall, storageProof)
		require.NoError(t, err)
		require.Equal(t, valueSmall, s.Value)
		for name, proof := range tamperings(storageProof) {
			_, err := VerifyStorage(storageRoot, slotSmall, proof)
			require.ErrorIs(t, err, ErrInvalidProof, "storage: "+name)
		}
		_, err = VerifyStorage(types.EmptyRootHash, slotSmall, storageProof)
		require.ErrorIs(t, err, ErrInvalidProof, "storage proof against the empty root")
		_, err = VerifyStorage(storageRoot, slotSmall, nil)
		require.ErrorIs(t, err, ErrInvalidProof, "no storage proof for a non-empty trie")

		// Verify checks the proof's own state root.
		_, err = Verify(p, common.Hash{1})
		require.ErrorIs(t, err, ErrInvalidProof)
	})

	t.Run("block not found", func(t *testing.T) {
		_, err := Prove(ctx, client, uint64(head)+1000, funded, nil)
		require.ErrorIs(t, err, ErrBlockNotFound)
	})

	t.Run("too many slots", func(t *testing.T) {
		_, err := Prove(ctx, client, uint64(head), funded, make([]common.Hash, MaxSlots+1))
		require.Error(t, err)
	})
}

// tamperings are invalid variants of a valid proof of two or more nodes.
func tamperings(proof [][]byte) map[string][][]byte {
	clone := func() [][]byte {
		out := make([][]byte, len(proof))
		for i, n := range proof {
			out[i] = bytes.Clone(n)
		}
		return out
	}
	out := map[string][][]byte{}
	for i := range proof {
		p := clone()
		p[i][len(p[i])/2] ^= 0x01
		out[fmt.Sprintf("flipped byte in node %d", i)] = p
	}
	out["truncated"] = clone()[:len(proof)-1]
	out["extra node"] = append(clone(), bytes.Clone(proof[0]))
	swapped := clone()
	swapped[0], swapped[1] = swapped[1], swapped[0]
	out["swapped nodes"] = swapped
	out["root node only"] = clone()[:1]
	out["without root node"] = clone()[1:]
	return out
}

// otherFirstNibble returns an address whose path starts with another nibble
// than a's, so that at the root branch it leaves a's proof at once.
func otherFirstNibble(a common.Address) common.Address {
	want := crypto.Keccak256(a[:])[0] >> 4
	for i := int64(1); ; i++ {
		b := common.BigToAddress(big.NewInt(i))
		if crypto.Keccak256(b[:])[0]>>4 != want {
			return b
		}
	}
}

// proofList collects trie.Prove's nodes in order.
type proofList [][]byte

func (l *proofList) Put(_, v []byte) error { *l = append(*l, bytes.Clone(v)); return nil }
func (l *proofList) Delete([]byte) error   { return nil }

// TestPeerStateVerifyPathShapes covers extension nodes and nodes embedded
// in their parent (under 32 bytes), which secure tries of real chains
// rarely show: keys sharing 63 of their 64 nibbles with short values.
func TestPeerStateVerifyPathShapes(t *testing.T) {
	tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
	key := func(s string) common.Hash { return common.HexToHash(s) }
	entries := map[common.Hash][]byte{
		key("0x00"): {0x01}, key("0x01"): {0x02}, key("0x0f"): {0x03}, // one embedded branch
		key("0xab00000000000000000000000000000000000000000000000000000000000000"): bytes.Repeat([]byte{0xaa}, 40),
		key("0xab10000000000000000000000000000000000000000000000000000000000000"): {0x05},
		key("0xc000000000000000000000000000000000000000000000000000000000000000"): bytes.Repeat([]byte{0xcc}, 3),
	}
	for k, v := range entries {
		require.NoError(t, tr.Update(k[:], v))
	}
	root := tr.Hash()
	prove := func(k common.Hash) [][]byte {
		var l proofList
		require.NoError(t, tr.Prove(k[:], &l))
		return l
	}
	for k := range entries {
		proof := prove(k)
		got, err := VerifyPath(root, k, proof)
		require.NoError(t, err, "key %s", k)
		require.Equal(t, entries[k], got, "key %s", k)
	}
	// The three keys under 0x00…0 share one hashed node: the rest is embedded.
	require.Len(t, prove(key("0x01")), 2, "root branch, then one node embedding the branch and leaves")

	for _, k := range []common.Hash{key("0x02"), key("0xab20000000000000000000000000000000000000000000000000000000000000"), key("0xd0"), key("0xc100000000000000000000000000000000000000000000000000000000000000")} {
		proof := prove(k)
		got, err := VerifyPath(root, k, proof)
		require.NoError(t, err, "absent key %s", k)
		require.Nil(t, got, "absent key %s", k)
	}

	empty, err := VerifyPath(types.EmptyRootHash, key("0x01"), nil)
	require.NoError(t, err)
	require.Nil(t, empty)
	_, err = VerifyPath(types.EmptyRootHash, key("0x01"), [][]byte{{0x80}})
	require.True(t, errors.Is(err, ErrInvalidProof))
}
