package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/peerstate"
)

// TestDevnetTokenStateProof: a token holder's balance on a devnet rollup
// (the devnet's ERC-20, moved by the rollup's traffic) proves with
// `rollcall state prove` against the attested state root, and the proof
// verifies with the Go verifier and with PeerState on L1.
func TestDevnetTokenStateProof(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	h := newRegistryHarness(t, ctx, env, log)

	const rollupID = 931
	r, err := devnet.StartRollup(ctx, devnet.RollupConfig{
		ChainID: rollupID, BlockInterval: 300 * time.Millisecond, Deployer: env.Devnet.Owner,
	}, log.Named("rollup"))
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, r.Stop(context.Background())) })
	client, err := ethclient.Dial(r.Info.RPCURL)
	require.NoError(t, err)
	defer client.Close()
	token := r.Info.Contracts.Token
	holder := r.Info.TokenHolders[1] // receives from holder 0 in the first traffic block

	// A few blocks of token traffic, then attest the head on L1.
	deployed, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		n, err := client.BlockNumber(ctx)
		return err == nil && n >= deployed+3
	}, time.Minute, 50*time.Millisecond)
	header, err := client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	block := header.Number.Uint64()
	claim := core.Claim{ChainID: rollupID, BlockNumber: block, BlockHash: header.Hash(), StateRoot: header.Root}
	cp := h.signed(t, h.nextRound(), h.refBlock(t), []core.Claim{claim}, 0, 1, 2, 3)
	h.attest(t, cp)

	tok, err := devtoken.NewDevToken(token, client)
	require.NoError(t, err)
	balance, err := tok.BalanceOf(&bind.CallOpts{Context: ctx, BlockNumber: header.Number}, holder)
	require.NoError(t, err)
	minted := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	require.NotEqual(t, minted.String(), balance.String(), "the traffic moved the holder's tokens before block %d", block)

	dep := *env.Devnet.Deployment
	dep.Rollups = []deploy.RollupInfo{r.Info}
	depFile := filepath.Join(t.TempDir(), "devnet.json")
	require.NoError(t, dep.Save(depFile))
	slot := deploy.DevTokenBalanceSlot(holder)
	res := runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", fmt.Sprint(rollupID),
		"--account", token.Hex(), "--slot", slot.Hex())
	require.Equal(t, 0, res.code, "%s", res)
	var proof peerstate.Proof
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &proof))
	require.Equal(t, block, proof.BlockNumber, "the attested block")
	require.Equal(t, cp.round, proof.Attestation.Checkpoint.Round)

	// Go verification against the attested state root.
	got, err := peerstate.Verify(&proof, claim.StateRoot)
	require.NoError(t, err)
	require.True(t, got.Account.Exists)
	require.Len(t, got.Storage, 1)
	require.True(t, got.Storage[0].Exists)
	require.Equal(t, common.BigToHash(balance), got.Storage[0].Value, "the proven balance is balanceOf at the attested block")
	// The proof is bound to that root: a later block's root refuses it.
	require.Eventually(t, func() bool {
		n, err := client.BlockNumber(ctx)
		return err == nil && n > block
	}, time.Minute, 50*time.Millisecond)
	later, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(block+1))
	require.NoError(t, err)
	require.NotEqual(t, claim.StateRoot, later.Root)
	_, err = peerstate.Verify(&proof, later.Root)
	require.ErrorIs(t, err, peerstate.ErrInvalidProof)

	// And PeerState on L1 says the same.
	res = runCLI(t, strings.NewReader(res.stdout), "state", "verify", "--deployment", depFile)
	require.Equal(t, 0, res.code, "%s", res)
	var out struct {
		Storage []peerstate.Slot `json:"storage"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &out), res.stdout)
	require.Len(t, out.Storage, 1)
	require.Equal(t, common.BigToHash(balance), out.Storage[0].Value)
}
