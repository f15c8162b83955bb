package tests

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/attestation"
	peerstatebind "github.com/rollcall-avs/rollcall/bindings/peerstate"
	"github.com/rollcall-avs/rollcall/bindings/peerstateharness"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/peerstate"
)

// peerRollupID is the chain id of the rollup whose state the tests prove.
const peerRollupID = 950

// TestPeerState checks the Solidity Merkle-Patricia verifier (through
// PeerStateHarness) against real eth_getProof output of a rollup chain and
// against the Go verifier, case by case; then PeerState on L1 against a
// rollup block attested by the registry with operator signatures; then the
// `rollcall state` CLI.
func TestPeerState(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 9*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	h := newRegistryHarness(t, ctx, env, log)
	l1 := env.Devnet.L1Client()

	// The peer rollup: blocks only when a transaction is sent, so that the
	// states of the blocks under test stay available for eth_getProof.
	r := startPeerRollup(t, ctx)
	holder := common.HexToAddress("0x00000000000000000000000000000000000b0b01")
	stranger := common.HexToAddress("0x00000000000000000000000000000000000b0b02")
	amount1 := big.NewInt(1_234_567_890)
	amount2 := big.NewInt(9_876_543_210)
	token := r.deployToken(t)
	block1 := r.mint(t, token, holder, amount1)
	balanceSlot := r.balanceSlot(t, token, holder, amount1, block1)
	strangerSlot := mappingSlot(stranger, balanceSlot.index)

	// Contracts on L1.
	owner := h.transactor(t, env.Devnet.Owner)
	harnessAddr, tx, harness, err := peerstateharness.DeployPeerStateHarness(owner, l1)
	require.NoError(t, err)
	_, err = bind.WaitDeployed(ctx, l1, tx)
	require.NoError(t, err)
	peerStateAddr, tx, peerState, err := peerstatebind.DeployPeerState(h.transactor(t, env.Devnet.Owner), l1, env.Devnet.Deployment.AVS.Registry)
	require.NoError(t, err)
	_, err = bind.WaitDeployed(ctx, l1, tx)
	require.NoError(t, err)
	harnessABI, err := peerstateharness.PeerStateHarnessMetaData.GetAbi()
	require.NoError(t, err)
	peerStateABI, err := peerstatebind.PeerStateMetaData.GetAbi()
	require.NoError(t, err)
	cmp := &verifierComparison{ctx: ctx, harness: harness, abi: harnessABI}

	p1, err := peerstate.Prove(ctx, r.rpc, block1, token, []common.Hash{balanceSlot.slot, strangerSlot})
	require.NoError(t, err)
	header1, err := r.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block1))
	require.NoError(t, err)
	require.Equal(t, header1.Root, p1.StateRoot)
	require.Equal(t, header1.Hash(), p1.BlockHash)
	root1 := p1.StateRoot

	t.Run("accounts", func(t *testing.T) {
		// The token contract.
		acc := cmp.account(t, "token", root1, token, nodesOf(p1.AccountProof), false)
		require.True(t, acc.Exists)
		code, err := r.client.CodeAt(ctx, token, new(big.Int).SetUint64(block1))
		require.NoError(t, err)
		require.Equal(t, crypto.Keccak256Hash(code), acc.CodeHash)
		require.NotEqual(t, types.EmptyRootHash, acc.StorageRoot)
		require.Equal(t, uint64(1), acc.Nonce, "a contract starts at nonce 1")

		// The deployer: an externally owned account with nonce and balance.
		p, err := peerstate.Prove(ctx, r.rpc, block1, r.from, nil)
		require.NoError(t, err)
		acc = cmp.account(t, "deployer", root1, r.from, nodesOf(p.AccountProof), false)
		require.True(t, acc.Exists)
		nonce, err := r.client.NonceAt(ctx, r.from, new(big.Int).SetUint64(block1))
		require.NoError(t, err)
		require.Equal(t, nonce, acc.Nonce)
		require.EqualValues(t, 2, acc.Nonce, "deploy + mint")
		bal, err := r.client.BalanceAt(ctx, r.from, new(big.Int).SetUint64(block1))
		require.NoError(t, err)
		require.Equal(t, bal.String(), acc.Balance.String())
		require.Equal(t, types.EmptyCodeHash, acc.CodeHash)
		require.Equal(t, types.EmptyRootHash, acc.StorageRoot)

		// An account that does not exist: a valid proof of absence.
		p, err = peerstate.Prove(ctx, r.rpc, block1, stranger, []common.Hash{balanceSlot.slot})
		require.NoError(t, err)
		require.NotEmpty(t, p.AccountProof)
		acc = cmp.account(t, "absent", root1, stranger, nodesOf(p.AccountProof), false)
		require.False(t, acc.Exists)
		require.Equal(t, "0", acc.Balance.String())
		require.Empty(t, p.Storage[0].Proof)
		s := cmp.storage(t, "slot of an absent account", types.EmptyRootHash, balanceSlot.slot, nil, false)
		require.False(t, s.Exists)
	})

	storageRoot1 := crypto.Keccak256Hash(p1.Storage[0].Proof[0])
	t.Run("storage", func(t *testing.T) {
		acc, err := peerstate.VerifyAccount(root1, token, nodesOf(p1.AccountProof))
		require.NoError(t, err)
		require.Equal(t, acc.StorageRoot, storageRoot1)
		s := cmp.storage(t, "balance slot", storageRoot1, balanceSlot.slot, nodesOf(p1.Storage[0].Proof), false)
		require.True(t, s.Exists)
		require.Equal(t, common.BigToHash(amount1), s.Value)
		s = cmp.storage(t, "empty slot", storageRoot1, strangerSlot, nodesOf(p1.Storage[1].Proof), false)
		require.False(t, s.Exists)
		require.Equal(t, common.Hash{}, s.Value)
	})

	t.Run("tampered", func(t *testing.T) {
		accountProof := nodesOf(p1.AccountProof)
		require.Greater(t, len(accountProof), 1, "a state trie several levels deep")
		for name, proof := range tamperedProofs(accountProof) {
			cmp.account(t, "account: "+name, root1, token, proof, true)
		}
		cmp.account(t, "account: wrong root", root1, token, accountProof[1:], true)
		cmp.account(t, "account: wrong root", common.Hash{0x01}, token, accountProof, true)
		cmp.account(t, "account: root of another block", storageRoot1, token, accountProof, true)
		cmp.account(t, "account: wrong key", root1, otherFirstNibble(token), accountProof, true)
		cmp.account(t, "account: empty proof", root1, token, nil, true)

		storageProof := nodesOf(p1.Storage[0].Proof)
		require.Greater(t, len(storageProof), 1)
		for name, proof := range tamperedProofs(storageProof) {
			cmp.storage(t, "storage: "+name, storageRoot1, balanceSlot.slot, proof, true)
		}
		cmp.storage(t, "storage: wrong root", root1, balanceSlot.slot, storageProof, true)
		cmp.storage(t, "storage: empty root", types.EmptyRootHash, balanceSlot.slot, storageProof, true)
		cmp.storage(t, "storage: wrong key", storageRoot1, otherFirstNibbleSlot(balanceSlot.slot), storageProof, true)
		cmp.storage(t, "storage: empty proof", storageRoot1, balanceSlot.slot, nil, true)
	})

	t.Run("malformed nodes", func(t *testing.T) {
		// Single-node proofs whose node hashes to the root: the verifiers must
		// agree on which are invalid and which prove absence.
		path := crypto.Keccak256Hash(token[:])
		n := int(path[0] >> 4)
		five := []byte{0x85, 1, 2, 3, 4, 5}
		oversized := append([]byte{0xe0}, bytes.Repeat([]byte{0x80}, 32)...)
		cases := []struct {
			name    string
			node    []byte
			invalid bool
		}{
			{"empty string", []byte{0x80}, true},
			{"single byte", []byte{0x01}, true},
			{"truncated list", []byte{0xc3, 0x01, 0x02}, true},
			{"bytes after the list", append(branchNode(nil, nil), 0x00), true},
			{"non-canonical path", []byte{0xc3, 0x81, 0x05, 0x80}, true},
			{"list of three", []byte{0xc3, 0x80, 0x80, 0x80}, true},
			{"long form for a short list", []byte{0xf8, 0x02, 0x80, 0x80}, true},
			{"18 items", append([]byte{0xd2}, bytes.Repeat([]byte{0x80}, 18)...), true},
			{"child of 5 bytes on the path", branchNode(map[int][]byte{n: five}, nil), true},
			{"child of 5 bytes off the path", branchNode(map[int][]byte{(n + 1) % 16: five}, nil), true},
			{"embedded child of 33 bytes", branchNode(map[int][]byte{n: oversized}, nil), true},
			{"branch value is a list", branchNode(nil, []byte{0xc0}), true},
			{"leaf value is a list", rlpList([]byte{0x20}, []byte{0xc0}), true},
			{"path is a list", rlpList([]byte{0xc0}, []byte{0x80}), true},
			{"extension child of 5 bytes", rlpList([]byte{0x00}, five), true},
			{"empty branch", branchNode(nil, nil), false},
			{"leaf for another key", rlpList(append([]byte{0xa0, 0x20}, bytes.Repeat([]byte{^path[1]}, 31)...), []byte{0x01}), false},
			{"leaf for a prefix of the key", rlpList([]byte{0x82, 0x20, path[0]}, []byte{0x01}), false},
			{"extension to the key's prefix, then nothing", rlpList([]byte{0x82, 0x00, path[0]}, []byte{0x80}), false},
			{"flag 4 is a leaf", rlpList([]byte{0x82, 0x40, ^path[0]}, []byte{0x01}), false},
			{"padding nibble ignored", rlpList([]byte{0x82, 0x01, ^path[0]}, []byte{0x80}), false},
		}
		for _, c := range cases {
			require.Nil(t, cmp.get(t, c.name, crypto.Keccak256Hash(c.node), path, [][]byte{c.node}, c.invalid), c.name)
		}
		cmp.decodeRLP(t)
	})

	t.Run("trie shapes", func(t *testing.T) {
		// Extension nodes and nodes embedded in their parent (< 32 bytes), which
		// secure tries of real chains rarely show.
		tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
		entries := map[common.Hash][]byte{
			common.HexToHash("0x00"): {0x01}, common.HexToHash("0x01"): {0x02}, common.HexToHash("0x0f"): {0x03},
			common.HexToHash("0xab00000000000000000000000000000000000000000000000000000000000000"): bytes.Repeat([]byte{0xaa}, 40),
			common.HexToHash("0xab10000000000000000000000000000000000000000000000000000000000000"): {0x05},
			common.HexToHash("0xc000000000000000000000000000000000000000000000000000000000000000"): {0xcc, 0xcc, 0xcc},
		}
		for k, v := range entries {
			require.NoError(t, tr.Update(k[:], v))
		}
		root := tr.Hash()
		prove := func(k common.Hash) [][]byte {
			var l orderedNodes
			require.NoError(t, tr.Prove(k[:], &l))
			return l
		}
		for k, v := range entries {
			got := cmp.get(t, "present "+k.Hex(), root, k, prove(k), false)
			require.Equal(t, v, got)
		}
		require.Len(t, prove(common.HexToHash("0x01")), 2, "embedded branch and leaves")
		for _, k := range []common.Hash{
			common.HexToHash("0x02"), common.HexToHash("0xd0"),
			common.HexToHash("0xab20000000000000000000000000000000000000000000000000000000000000"),
			common.HexToHash("0xc100000000000000000000000000000000000000000000000000000000000000"),
		} {
			require.Nil(t, cmp.get(t, "absent "+k.Hex(), root, k, prove(k), false))
		}
		deep := prove(common.HexToHash("0x01"))
		for name, proof := range tamperedProofs(deep) {
			cmp.get(t, "embedded: "+name, root, common.HexToHash("0x01"), proof, true)
		}
	})

	// End to end: attest rollup block 1 on L1 with operator signatures.
	claim1 := core.Claim{ChainID: peerRollupID, BlockNumber: block1, BlockHash: header1.Hash(), StateRoot: header1.Root}
	cp1 := h.signed(t, h.nextRound(), h.refBlock(t), append(randomClaims(2001, 2, 5), claim1), 0, 1, 2, 3)
	h.attest(t, cp1)
	claimProof1 := toHashes(cp1.proof(t, peerRollupID))
	call := &bind.CallOpts{Context: ctx}

	t.Run("PeerState", func(t *testing.T) {
		registry, err := peerState.Registry(call)
		require.NoError(t, err)
		require.Equal(t, env.Devnet.Deployment.AVS.Registry, registry)

		st, err := peerState.VerifyStorage(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.NoError(t, err)
		require.True(t, st.Exists)
		require.Equal(t, common.BigToHash(amount1), common.Hash(st.Value), "the MockERC20 balance at the attested block")

		st, err = peerState.VerifyStorage(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof), strangerSlot, nodesOf(p1.Storage[1].Proof))
		require.NoError(t, err)
		require.False(t, st.Exists)

		acc, err := peerState.VerifyAccount(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof))
		require.NoError(t, err)
		goRes, err := peerstate.Verify(p1, claim1.StateRoot)
		require.NoError(t, err)
		require.Equal(t, goRes.Account.Exists, acc.Exists)
		require.Equal(t, goRes.Account.StorageRoot, common.Hash(acc.StorageRoot))
		require.Equal(t, goRes.Account.CodeHash, common.Hash(acc.CodeHash))
		require.Equal(t, goRes.Account.Balance.String(), acc.Balance.String())
		require.Equal(t, goRes.Account.Nonce, acc.Nonce.Uint64())

		latest, err := peerState.VerifyLatestStorage(call, psClaim(claim1), claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.NoError(t, err)
		require.True(t, latest.Exists)
		require.Equal(t, common.BigToHash(amount1), common.Hash(latest.Value))

		// Not attested: wrong round, a claim changed after signing, a chain
		// never attested.
		_, err = peerState.VerifyStorage(call, psClaim(claim1), cp1.round+100, claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.Equal(t, []any{uint64(peerRollupID), block1, cp1.round + 100}, requireRevert(t, peerStateABI, err, "ClaimNotAttested"))
		forged := claim1
		forged.StateRoot = common.Hash{0x0f}
		_, err = peerState.VerifyAccount(call, psClaim(forged), cp1.round, claimProof1, token, nodesOf(p1.AccountProof))
		requireRevert(t, peerStateABI, err, "ClaimNotAttested")
		never := claim1
		never.ChainID = peerRollupID + 1
		_, err = peerState.VerifyLatestStorage(call, psClaim(never), claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.Equal(t, []any{uint64(peerRollupID + 1), block1}, requireRevert(t, peerStateABI, err, "NotLatestClaim"))
		_, err = peerState.VerifyLatestStorage(call, psClaim(forged), claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		requireRevert(t, peerStateABI, err, "NotLatestClaim")

		// A tampered proof against the attested claim.
		bad := nodesOf(p1.Storage[0].Proof)
		bad[len(bad)-1] = bytes.Clone(bad[len(bad)-1])
		bad[len(bad)-1][3] ^= 0x80
		_, err = peerState.VerifyStorage(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, bad)
		requireRevert(t, peerStateABI, err, "NodeHashMismatch")

		// Gas, for the README: eth_estimateGas of a transaction calling the view
		// (21000 base + calldata + execution), and the proof sizes.
		accountIn, err := peerStateABI.Pack("verifyAccount", psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof))
		require.NoError(t, err)
		storageIn, err := peerStateABI.Pack("verifyStorage", psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.NoError(t, err)
		latestIn, err := peerStateABI.Pack("verifyLatestStorage", psClaim(claim1), claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.NoError(t, err)
		gasAccount, err := l1.EstimateGas(ctx, ethereum.CallMsg{To: &peerStateAddr, Data: accountIn})
		require.NoError(t, err)
		gasStorage, err := l1.EstimateGas(ctx, ethereum.CallMsg{To: &peerStateAddr, Data: storageIn})
		require.NoError(t, err)
		gasLatest, err := l1.EstimateGas(ctx, ethereum.CallMsg{To: &peerStateAddr, Data: latestIn})
		require.NoError(t, err)
		t.Logf("peer-state gas (eth_estimateGas, incl. 21000 base + calldata): verifyAccount %d (%d calldata bytes), verifyStorage %d (%d bytes), verifyLatestStorage %d (%d bytes); account proof %d nodes / %d bytes, storage proof %d nodes / %d bytes, claim proof %d hashes",
			gasAccount, len(accountIn), gasStorage, len(storageIn), gasLatest, len(latestIn),
			len(p1.AccountProof), proofBytes(p1.AccountProof), len(p1.Storage[0].Proof), proofBytes(p1.Storage[0].Proof), len(claimProof1))
	})

	t.Run("gas of a deep trie", func(t *testing.T) {
		// A state trie the size of a busy rollup's (accounts only): the proof
		// is as long as on a real chain with that many accounts.
		const accounts = 200_000
		tr := trie.NewEmpty(triedb.NewDatabase(rawdb.NewMemoryDatabase(), nil))
		var target common.Address
		for i := 0; i < accounts; i++ {
			addr := common.BigToAddress(big.NewInt(int64(i + 1)))
			if i == 0 {
				target = addr
			}
			// The RLP of types.StateAccount: nonce, balance, storage root, code hash.
			val, err := rlp.EncodeToBytes([]any{uint64(i), new(big.Int).Mul(big.NewInt(int64(i)), big.NewInt(1e12)), types.EmptyRootHash, types.EmptyCodeHash})
			require.NoError(t, err)
			key := crypto.Keccak256(addr[:])
			require.NoError(t, tr.Update(key, val))
		}
		root := tr.Hash()
		var proof orderedNodes
		key := crypto.Keccak256(target[:])
		require.NoError(t, tr.Prove(key, &proof))
		acc := cmp.account(t, "deep trie", root, target, proof, false)
		require.True(t, acc.Exists)
		in, err := harnessABI.Pack("verifyAccount", root, target, [][]byte(proof))
		require.NoError(t, err)
		g, err := l1.EstimateGas(ctx, ethereum.CallMsg{To: &harnessAddr, Data: in})
		require.NoError(t, err)
		size := 0
		for _, n := range proof {
			size += len(n)
		}
		t.Logf("peer-state gas, state trie of %d accounts: MerklePatricia.verifyAccount alone (harness, eth_estimateGas incl. 21000 base + calldata) %d for a proof of %d nodes / %d bytes (%d calldata bytes)",
			accounts, g, len(proof), size, len(in))
	})

	// The rollup moves on: block 2 holds another balance.
	block2 := r.mint(t, token, holder, amount2)
	p2, err := peerstate.Prove(ctx, r.rpc, block2, token, []common.Hash{balanceSlot.slot})
	require.NoError(t, err)
	require.NotEqual(t, root1, p2.StateRoot)

	t.Run("other block rejected", func(t *testing.T) {
		// Block 2's proofs against block 1's attested claim.
		_, err := peerState.VerifyStorage(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p2.AccountProof), balanceSlot.slot, nodesOf(p2.Storage[0].Proof))
		args := requireRevert(t, peerStateABI, err, "NodeHashMismatch")
		require.Len(t, args, 1)
		require.Equal(t, "0", args[0].(*big.Int).String(), "the first node does not hash to the attested root")
		_, err = peerstate.Verify(p2, claim1.StateRoot)
		require.ErrorIs(t, err, peerstate.ErrInvalidProof)
		_, err = peerstate.VerifyAccount(claim1.StateRoot, token, nodesOf(p2.AccountProof))
		require.ErrorIs(t, err, peerstate.ErrInvalidProof)
		// And block 1's account with block 2's storage proof.
		_, err = peerState.VerifyStorage(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p2.Storage[0].Proof))
		requireRevert(t, peerStateABI, err, "NodeHashMismatch")
	})

	// Attest block 2: the latest claim moves, and with it verifyLatestStorage.
	header2, err := r.client.HeaderByNumber(ctx, new(big.Int).SetUint64(block2))
	require.NoError(t, err)
	claim2 := core.Claim{ChainID: peerRollupID, BlockNumber: block2, BlockHash: header2.Hash(), StateRoot: header2.Root}
	cp2 := h.signed(t, h.nextRound(), h.refBlock(t), []core.Claim{claim2}, 0, 1, 2)
	h.attest(t, cp2)

	t.Run("latest moves", func(t *testing.T) {
		want := new(big.Int).Add(amount1, amount2)
		claimProof2 := toHashes(cp2.proof(t, peerRollupID))
		latest, err := peerState.VerifyLatestStorage(call, psClaim(claim2), claimProof2, token, nodesOf(p2.AccountProof), balanceSlot.slot, nodesOf(p2.Storage[0].Proof))
		require.NoError(t, err)
		require.Equal(t, common.BigToHash(want), common.Hash(latest.Value))
		_, err = peerState.VerifyLatestStorage(call, psClaim(claim2), claimProof2, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		requireRevert(t, peerStateABI, err, "NodeHashMismatch")
		// Block 1's claim is no longer the latest.
		_, err = peerState.VerifyLatestStorage(call, psClaim(claim1), claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.Equal(t, []any{uint64(peerRollupID), block1}, requireRevert(t, peerStateABI, err, "NotLatestClaim"))
		// Block 1 stays verifiable through its own round.
		st, err := peerState.VerifyStorage(call, psClaim(claim1), cp1.round, claimProof1, token, nodesOf(p1.AccountProof), balanceSlot.slot, nodesOf(p1.Storage[0].Proof))
		require.NoError(t, err)
		require.Equal(t, common.BigToHash(amount1), common.Hash(st.Value))
	})

	t.Run("L1Verifier", func(t *testing.T) {
		reader, err := attestation.NewReader(l1, env.Devnet.Deployment.L1.ChainID, env.Devnet.Deployment.AVS.Registry)
		require.NoError(t, err)
		at1 := block1
		att, err := reader.Get(ctx, peerRollupID, &at1)
		require.NoError(t, err)
		require.Equal(t, cp1.round, att.Checkpoint.Round)
		p := *p1
		p.Attestation = att
		want, err := peerstate.Verify(&p, att.Claim.StateRoot)
		require.NoError(t, err)

		for name, addr := range map[string]*common.Address{"state override": nil, "deployed": &peerStateAddr} {
			v, err := peerstate.NewL1Verifier(l1.Client(), env.Devnet.Deployment.AVS.Registry, addr)
			require.NoError(t, err)
			got, err := v.Verify(ctx, &p)
			require.NoError(t, err, name)
			require.Equal(t, want, got, name)
			require.Equal(t, common.BigToHash(amount1), got.Storage[0].Value, name)

			tampered := p
			tampered.Storage = []peerstate.StorageProof{{Slot: balanceSlot.slot, Proof: p2.Storage[0].Proof}}
			_, err = v.Verify(ctx, &tampered)
			require.ErrorIs(t, err, peerstate.ErrRejected, name)
			require.ErrorContains(t, err, "NodeHashMismatch", name)

			wrongRound := p
			a := *att
			a.Checkpoint.Round = cp2.round
			wrongRound.Attestation = &a
			_, err = v.Verify(ctx, &wrongRound)
			require.ErrorIs(t, err, peerstate.ErrRejected, name)
			require.ErrorContains(t, err, "ClaimNotAttested", name)
		}
		// A PeerState address without code is an error, not a rejection.
		nowhere := common.HexToAddress("0x000000000000000000000000000000000000c0de")
		v, err := peerstate.NewL1Verifier(l1.Client(), env.Devnet.Deployment.AVS.Registry, &nowhere)
		require.NoError(t, err)
		_, err = v.Verify(ctx, &p)
		require.Error(t, err)
		require.NotErrorIs(t, err, peerstate.ErrRejected)
	})

	t.Run("CLI", func(t *testing.T) {
		dir := t.TempDir()
		dep := *env.Devnet.Deployment
		dep.Rollups = []deploy.RollupInfo{{ChainID: peerRollupID, RPCURL: r.chain.HTTPURL()}}
		depFile := filepath.Join(dir, "devnet.json")
		require.NoError(t, dep.Save(depFile))
		slotArg := balanceSlot.slot.Hex()

		// Latest attested block (block 2), the deployment's rollup URL.
		res := runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", fmt.Sprint(peerRollupID),
			"--account", token.Hex(), "--slot", slotArg, "--slot", "0")
		require.Equal(t, 0, res.code, "%s", res)
		require.Contains(t, res.stderr, "verified locally")
		var proof peerstate.Proof
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &proof))
		require.Equal(t, block2, proof.BlockNumber)
		require.Equal(t, cp2.round, proof.Attestation.Checkpoint.Round)
		require.Len(t, proof.Storage, 2)

		res = runCLI(t, strings.NewReader(res.stdout), "state", "verify", "--deployment", depFile)
		require.Equal(t, 0, res.code, "%s", res)
		var out struct {
			BlockNumber string            `json:"blockNumber"`
			Account     peerstate.Account `json:"account"`
			Storage     []peerstate.Slot  `json:"storage"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &out), res.stdout)
		require.Equal(t, fmt.Sprint(block2), out.BlockNumber)
		require.True(t, out.Account.Exists)
		require.Equal(t, common.BigToHash(new(big.Int).Add(amount1, amount2)), out.Storage[0].Value)

		// An older attested block, explicit rollup URL, a file, the deployed PeerState.
		res = runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", fmt.Sprint(peerRollupID),
			"--rollup-rpc", r.chain.HTTPURL(), "--account", token.Hex(), "--slot", slotArg, "--block", fmt.Sprint(block1))
		require.Equal(t, 0, res.code, "%s", res)
		file := filepath.Join(dir, "state.json")
		writeConfigFile(t, dir, "state.json", res.stdout)
		res = runCLI(t, nil, "state", "verify", "--deployment", depFile, "--peer-state", peerStateAddr.Hex(), file)
		require.Equal(t, 0, res.code, "%s", res)
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &out), res.stdout)
		require.Equal(t, common.BigToHash(amount1), out.Storage[0].Value)

		// Tampered: does not hold (1). Malformed: cannot check (2).
		require.NoError(t, json.Unmarshal([]byte(readFile(t, file)), &proof))
		proof.Storage[0].Proof = p2.Storage[0].Proof
		tampered, err := json.Marshal(proof)
		require.NoError(t, err)
		res = runCLI(t, bytes.NewReader(tampered), "state", "verify", "--deployment", depFile)
		requireOneLineError(t, res, 1, "does not hold", "NodeHashMismatch")
		res = runCLI(t, strings.NewReader(`{"account": 7}`), "state", "verify", "--deployment", depFile)
		requireOneLineError(t, res, 2, "JSON")

		// Bad input to prove.
		res = runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", fmt.Sprint(peerRollupID), "--account", "0x1234")
		requireOneLineError(t, res, 1, "0x1234")
		res = runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", fmt.Sprint(peerRollupID), "--account", token.Hex(), "--slot", "0xzz")
		requireOneLineError(t, res, 1, "--slot")
		res = runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", "777", "--account", token.Hex())
		requireOneLineError(t, res, 1, "rollup-rpc", "777")
	})
}

// peerRollup is a rollup chain with a funded key.
type peerRollup struct {
	chain  *chain.Chain
	client *ethclient.Client
	rpc    *rpc.Client
	key    *ecdsa.PrivateKey
	from   common.Address
	ctx    context.Context
}

func startPeerRollup(t *testing.T, ctx context.Context) *peerRollup {
	t.Helper()
	keys := chain.DevKeys(1)
	cfg := chain.DefaultConfig(peerRollupID)
	cfg.BlockInterval = time.Hour // a block per transaction, no others
	cfg.Alloc = chain.DevAlloc(keys, devnettest.Ether(1000))
	c := devnettest.StartChain(t, cfg, testLogger(t).Named("rollup"))
	rc, err := rpc.DialContext(ctx, c.HTTPURL())
	require.NoError(t, err)
	t.Cleanup(rc.Close)
	return &peerRollup{chain: c, client: ethclient.NewClient(rc), rpc: rc, key: keys[0], from: crypto.PubkeyToAddress(keys[0].PublicKey), ctx: ctx}
}

func (r *peerRollup) opts(t *testing.T) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(r.key, big.NewInt(peerRollupID))
	require.NoError(t, err)
	opts.Context = r.ctx
	return opts
}

func (r *peerRollup) wait(t *testing.T, tx *types.Transaction) *types.Receipt {
	t.Helper()
	receipt, err := chainio.WaitReceipt(r.ctx, r.client, tx.Hash(), 20*time.Millisecond)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	return receipt
}

func (r *peerRollup) deployToken(t *testing.T) common.Address {
	t.Helper()
	addr, tx, _, err := mockerc20.DeployContractMockERC20(r.opts(t), r.client)
	require.NoError(t, err)
	r.wait(t, tx)
	return addr
}

// mint mints and returns the block that holds the mint.
func (r *peerRollup) mint(t *testing.T, token, to common.Address, amount *big.Int) uint64 {
	t.Helper()
	tok, err := mockerc20.NewContractMockERC20(token, r.client)
	require.NoError(t, err)
	tx, err := tok.Mint(r.opts(t), to, amount)
	require.NoError(t, err)
	return r.wait(t, tx).BlockNumber.Uint64()
}

type foundSlot struct {
	slot  common.Hash
	index int64
}

// balanceSlot finds the storage slot of holder's balance: the ERC20
// balances mapping at some index i puts it at keccak256(holder ‖ i).
func (r *peerRollup) balanceSlot(t *testing.T, token, holder common.Address, amount *big.Int, block uint64) foundSlot {
	t.Helper()
	for i := int64(0); i < 16; i++ {
		slot := mappingSlot(holder, i)
		v, err := r.client.StorageAt(r.ctx, token, slot, new(big.Int).SetUint64(block))
		require.NoError(t, err)
		if new(big.Int).SetBytes(v).Cmp(amount) == 0 {
			return foundSlot{slot: slot, index: i}
		}
	}
	t.Fatal("no balances mapping found in the token's first 16 slots")
	return foundSlot{}
}

func mappingSlot(key common.Address, index int64) common.Hash {
	return crypto.Keccak256Hash(common.LeftPadBytes(key[:], 32), common.BigToHash(big.NewInt(index)).Bytes())
}

// verifierComparison runs the same case through the Solidity verifier (the
// harness, on L1) and the Go one and requires them to agree: both accept
// with the same values, or both reject. A Solidity rejection must be a
// revert with one of the verifier's custom errors.
type verifierComparison struct {
	ctx     context.Context
	harness *peerstateharness.PeerStateHarness
	abi     *abi.ABI
}

func (c *verifierComparison) call() *bind.CallOpts { return &bind.CallOpts{Context: c.ctx} }

// rejected checks that both rejected (or both accepted) per wantErr.
func (c *verifierComparison) rejected(t *testing.T, name string, wantErr bool, goErr, solErr error) {
	t.Helper()
	if !wantErr {
		require.NoError(t, goErr, "%s: Go", name)
		require.NoError(t, solErr, "%s: Solidity", name)
		return
	}
	require.ErrorIs(t, goErr, peerstate.ErrInvalidProof, "%s: Go must reject", name)
	require.Error(t, solErr, "%s: Solidity must reject", name)
	data := revertData(t, solErr)
	require.GreaterOrEqual(t, len(data), 4, "%s: revert without an error", name)
	desc := peerstate.DescribeRevert(c.abi, data)
	known := false
	for errName := range c.abi.Errors {
		if strings.HasPrefix(desc, errName+"(") || desc == errName {
			known = true
		}
	}
	require.True(t, known, "%s: Solidity reverted with %s, not a verifier error", name, desc)
	t.Logf("%s: Go: %v; Solidity: %s", name, goErr, desc)
}

func (c *verifierComparison) account(t *testing.T, name string, root common.Hash, account common.Address, proof [][]byte, wantErr bool) peerstate.Account {
	t.Helper()
	goAcc, goErr := peerstate.VerifyAccount(root, account, proof)
	sol, solErr := c.harness.VerifyAccount(c.call(), root, account, proof)
	c.rejected(t, name, wantErr, goErr, solErr)
	if wantErr {
		return goAcc
	}
	require.Equal(t, goAcc.Exists, sol.Exists, name)
	require.Equal(t, goAcc.Nonce, sol.Nonce.Uint64(), name)
	require.Equal(t, goAcc.Balance.String(), sol.Balance.String(), name)
	require.Equal(t, goAcc.StorageRoot, common.Hash(sol.StorageRoot), name)
	require.Equal(t, goAcc.CodeHash, common.Hash(sol.CodeHash), name)
	return goAcc
}

func (c *verifierComparison) storage(t *testing.T, name string, root, slot common.Hash, proof [][]byte, wantErr bool) peerstate.Slot {
	t.Helper()
	goSlot, goErr := peerstate.VerifyStorage(root, slot, proof)
	sol, solErr := c.harness.VerifyStorage(c.call(), root, slot, proof)
	c.rejected(t, name, wantErr, goErr, solErr)
	if !wantErr {
		require.Equal(t, goSlot.Exists, sol.Exists, name)
		require.Equal(t, goSlot.Value, common.Hash(sol.Value), name)
	}
	return goSlot
}

func (c *verifierComparison) get(t *testing.T, name string, root, path common.Hash, proof [][]byte, wantErr bool) []byte {
	t.Helper()
	goVal, goErr := peerstate.VerifyPath(root, path, proof)
	sol, solErr := c.harness.Get(c.call(), root, path, proof)
	c.rejected(t, name, wantErr, goErr, solErr)
	if !wantErr {
		require.Equal(t, goVal != nil, sol.Exists, name)
		if goVal != nil {
			require.Equal(t, goVal, sol.Value, name)
		}
	}
	return goVal
}

// decodeRLP checks RLPReader against go-ethereum's rlp on valid and
// malformed encodings: one item, and the headers of a list's items.
func (c *verifierComparison) decodeRLP(t *testing.T) {
	long := bytes.Repeat([]byte{0x11}, 56)
	cases := map[string][]byte{
		"byte 0x00": {0x00}, "byte 0x7f": {0x7f}, "one byte 0x80": {0x81, 0x80}, "empty string": {0x80},
		"empty list": {0xc0}, "short list": {0xc3, 0x01, 0x02, 0x03}, "nested": {0xc4, 0xc1, 0x01, 0x81, 0x90},
		"long string":           append([]byte{0xb8, 56}, long...),
		"long list":             append([]byte{0xf8, 56}, bytes.Repeat(append([]byte{0x80 + 27}, long[:27]...), 2)...),
		"non-canonical byte":    {0x81, 0x05},
		"long form for 2 bytes": {0xb8, 0x02, 0x01, 0x02},
		"length leading zero":   append([]byte{0xb9, 0x00, 56}, long...),
		"truncated string":      {0x83, 0x01, 0x02},
		"truncated header":      {0xb9, 0x01},
		"truncated list":        {0xc5, 0x01},
		"trailing bytes":        {0x01, 0x02},
		"empty input":           {},
		"bad item in list":      {0xc2, 0x81, 0x05},
		"item overruns list":    {0xc2, 0x83, 0x01, 0x02, 0x03},
		"huge length":           {0xbf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
	}
	for name, in := range cases {
		goList, goPayload, goItems, goErr := gethSplit(in)
		sol, solErr := c.harness.Decode(c.call(), in)
		require.Equal(t, goErr == nil, solErr == nil, "rlp %s: go %v, solidity %v", name, goErr, solErr)
		if goErr != nil {
			data := revertData(t, solErr)
			t.Logf("rlp %s: Go: %v; Solidity: %s", name, goErr, peerstate.DescribeRevert(c.abi, data))
			continue
		}
		require.Equal(t, goList, sol.IsList, name)
		require.Equal(t, goPayload, nilIfEmpty(sol.Payload), name)
		require.Equal(t, len(goItems), len(sol.Items), name)
		for i := range goItems {
			require.Equal(t, goItems[i], sol.Items[i], "%s item %d", name, i)
		}
	}

	ints := map[string][]byte{
		"zero": {0x80}, "one": {0x01}, "0x80": {0x81, 0x80}, "32 bytes": append([]byte{0xa0, 0x01}, make([]byte, 31)...),
		"leading zero": {0x82, 0x00, 0x01}, "zero byte": {0x00}, "33 bytes": append([]byte{0xa1, 0x01}, make([]byte, 32)...),
		"list": {0xc1, 0x01},
	}
	for name, in := range ints {
		var goErr error
		var content []byte
		if goErr = rlp.DecodeBytes(in, &content); goErr == nil && (len(content) > 32 || (len(content) > 0 && content[0] == 0)) {
			goErr = errors.New("not a canonical 32-byte integer")
		}
		var want big.Int
		if goErr == nil {
			require.NoError(t, rlp.DecodeBytes(in, &want), name)
		}
		got, solErr := c.harness.DecodeUint(c.call(), in, big.NewInt(32))
		require.Equal(t, goErr == nil, solErr == nil, "uint %s: go %v, solidity %v", name, goErr, solErr)
		if goErr == nil {
			require.Equal(t, want.String(), got.String(), name)
		}
	}
}

// gethSplit decodes in with go-ethereum's rlp as RLPReader's toItem +
// readList do: one item spanning all of in, and for a list its items.
func gethSplit(in []byte) (isList bool, payload []byte, items [][]byte, err error) {
	kind, content, rest, err := rlp.Split(in)
	if err != nil {
		return false, nil, nil, err
	}
	if len(rest) != 0 {
		return false, nil, nil, errors.New("trailing bytes")
	}
	if kind != rlp.List {
		return false, nilIfEmpty(content), nil, nil
	}
	for b := content; len(b) > 0; {
		_, _, r, err := rlp.Split(b)
		if err != nil {
			return false, nil, nil, err
		}
		items = append(items, b[:len(b)-len(r)])
		b = r
	}
	return true, nilIfEmpty(content), items, nil
}

func nilIfEmpty(b []byte) []byte {
	if len(b) == 0 {
		return nil
	}
	return b
}

// tamperedProofs are invalid variants of a valid proof of two or more nodes.
func tamperedProofs(proof [][]byte) map[string][][]byte {
	clone := func() [][]byte {
		out := make([][]byte, len(proof))
		for i, n := range proof {
			out[i] = bytes.Clone(n)
		}
		return out
	}
	out := map[string][][]byte{}
	for i := range proof {
		for _, at := range []int{0, len(proof[i]) / 2, len(proof[i]) - 1} {
			p := clone()
			p[i][at] ^= 0x01
			out[fmt.Sprintf("byte %d of node %d flipped", at, i)] = p
		}
	}
	out["truncated"] = clone()[:len(proof)-1]
	out["extra node"] = append(clone(), bytes.Clone(proof[len(proof)-1]))
	out["root repeated"] = append(clone(), bytes.Clone(proof[0]))
	swapped := clone()
	swapped[0], swapped[1] = swapped[1], swapped[0]
	out["nodes swapped"] = swapped
	out["without root node"] = clone()[1:]
	return out
}

// otherFirstNibble returns an address whose trie path starts with another
// nibble than a's: at the root branch it leaves a's proof.
func otherFirstNibble(a common.Address) common.Address {
	want := crypto.Keccak256(a[:])[0] >> 4
	for i := int64(1); ; i++ {
		b := common.BigToAddress(big.NewInt(i))
		if crypto.Keccak256(b[:])[0]>>4 != want {
			return b
		}
	}
}

func otherFirstNibbleSlot(s common.Hash) common.Hash {
	want := crypto.Keccak256(s[:])[0] >> 4
	for i := int64(1); ; i++ {
		b := common.BigToHash(big.NewInt(i))
		if crypto.Keccak256(b[:])[0]>>4 != want {
			return b
		}
	}
}

// rlpList encodes items (each already RLP) as a list.
func rlpList(items ...[]byte) []byte {
	payload := bytes.Join(items, nil)
	if len(payload) < 56 {
		return append([]byte{0xc0 + byte(len(payload))}, payload...)
	}
	size := new(big.Int).SetInt64(int64(len(payload))).Bytes()
	return append(append([]byte{0xf7 + byte(len(size))}, size...), payload...)
}

// branchNode is a branch with the given children (others empty) and value
// (nil: empty).
func branchNode(children map[int][]byte, value []byte) []byte {
	items := make([][]byte, 17)
	for i := range items {
		items[i] = []byte{0x80}
	}
	for i, c := range children {
		items[i] = c
	}
	if value != nil {
		items[16] = value
	}
	return rlpList(items...)
}

// orderedNodes collects trie.Prove's nodes in order.
type orderedNodes [][]byte

func (l *orderedNodes) Put(_, v []byte) error { *l = append(*l, bytes.Clone(v)); return nil }
func (l *orderedNodes) Delete([]byte) error   { return nil }

func nodesOf(hs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func proofBytes(hs []hexutil.Bytes) int {
	n := 0
	for _, h := range hs {
		n += len(h)
	}
	return n
}

func toHashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func psClaim(c core.Claim) peerstatebind.RollcallCodecClaim {
	return peerstatebind.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
}

// requireRevert requires err to be a revert with the named error of a and
// returns its arguments.
func requireRevert(t *testing.T, a *abi.ABI, err error, name string) []any {
	t.Helper()
	data := revertData(t, err)
	e, ok := a.Errors[name]
	require.True(t, ok, "no error %s in the ABI", name)
	require.GreaterOrEqual(t, len(data), 4)
	require.True(t, bytes.Equal(data[:4], e.ID[:4]), "reverted with %s, want %s", peerstate.DescribeRevert(a, data), name)
	args, err := e.Unpack(data)
	require.NoError(t, err)
	return args.([]any)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}
