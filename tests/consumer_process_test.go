package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/consumer"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/peerstate"
)

// TestPeerRollupProcesses: the devnet, the aggregator, 4 operators and the
// relay run as separate `rollcall` processes on loopback; once the relay
// has delivered a checkpoint attesting rollup A to rollup B, a contract on
// B (the devnet's BalanceMirror of A's token) verifies a token holder's
// balance on A, and `rollcall state prove|verify --on B` (processes again)
// verifies the same storage value with B's PeerState. Both must equal what
// A itself stores at the attested block.
func TestPeerRollupProcesses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	w := startDeliveryWorld(t, ctx, "250ms", "1s")
	require.GreaterOrEqual(t, len(w.dep.Rollups), 2)
	src, dst := w.dep.Rollups[0], w.dep.Rollups[1]
	mirror, ok := dst.MirrorOf(src.ChainID)
	require.True(t, ok, "devnet.json lists rollup %d's mirror of rollup %d's token", dst.ChainID, src.ChainID)
	require.Equal(t, src.Contracts.Token, mirror.SourceToken)
	require.NoError(t, dst.VerifyCode(ctx, w.rollups[dst.ChainID]), "the mirrors have code")

	srcRPC, err := rpc.DialContext(ctx, src.RPCURL)
	require.NoError(t, err)
	t.Cleanup(srcRPC.Close)
	client, err := consumer.New(ctx, srcRPC, w.rollups[dst.ChainID], consumer.Addresses{
		Registry: dst.Contracts.Registry, PeerState: dst.Contracts.PeerState, Mirror: mirror.Address,
	}, 0)
	require.NoError(t, err)

	// A checkpoint attesting A reaches B through the relay.
	holder := src.TokenHolders[0]
	var cl *consumer.Claim
	require.Eventually(t, func() bool {
		cl, err = client.Prove(ctx, holder, nil)
		return err == nil
	}, 3*time.Minute, 100*time.Millisecond, "a checkpoint of rollup %d delivered to rollup %d (last: %v)", src.ChainID, dst.ChainID, err)
	for _, p := range w.alive() {
		require.False(t, p.exited(), "%s exited", p.name)
	}
	own, err := w.rollups[src.ChainID].StorageAt(ctx, src.Contracts.Token, deploy.DevTokenBalanceSlot(holder), new(big.Int).SetUint64(cl.BlockNumber()))
	require.NoError(t, err)
	require.Positive(t, new(big.Int).SetBytes(own).Sign())

	var owner string
	for _, k := range w.dep.DevKeys {
		if k.Role == devnet.RoleOwner {
			owner = k.PrivateKey
		}
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(owner, "0x"))
	require.NoError(t, err)
	credit, err := client.Submit(ctx, key, cl)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).SetBytes(own).String(), credit.Balance.String(), "B credits what A stores")
	require.Equal(t, cl.Round(), credit.Round)
	t.Logf("rollup %d credited %s (rollup %d block %d, round %d delivered by the relay): claimCredit %d gas",
		dst.ChainID, credit.Balance, src.ChainID, credit.BlockNumber, credit.Round, credit.GasUsed)
	_, err = client.Submit(ctx, key, cl)
	require.ErrorIs(t, err, consumer.ErrRejected, "the same round twice")
	require.ErrorContains(t, err, "RoundNotNewer")
	bal, round, _, err := client.CreditOf(ctx, holder)
	require.NoError(t, err)
	require.Equal(t, credit.Balance.String(), bal.String())
	require.Equal(t, credit.Round, round)

	// The CLI, against B's registry and PeerState, at the same block.
	res := runCLI(t, nil, "state", "prove", "--deployment", w.depPath, "--chain-id", fmt.Sprint(src.ChainID), "--on", fmt.Sprint(dst.ChainID),
		"--account", src.Contracts.Token.Hex(), "--slot", deploy.DevTokenBalanceSlot(holder).Hex(), "--block", fmt.Sprint(cl.BlockNumber()))
	require.Equal(t, 0, res.code, "%s", res)
	res = runCLI(t, strings.NewReader(res.stdout), "state", "verify", "--deployment", w.depPath, "--on", fmt.Sprint(dst.ChainID))
	require.Equal(t, 0, res.code, "%s", res)
	var out struct {
		VerifiedOn string           `json:"verifiedOn"`
		PeerState  string           `json:"peerState"`
		Storage    []peerstate.Slot `json:"storage"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &out), res.stdout)
	require.Equal(t, fmt.Sprintf("rollup %d", dst.ChainID), out.VerifiedOn)
	require.Equal(t, dst.Contracts.PeerState.Hex(), out.PeerState)
	require.Equal(t, common.BytesToHash(own), out.Storage[0].Value)
}
