package rollup

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

const (
	waitFor       = 20 * time.Second // generous: -race on 2 cores is slow
	tick          = 10 * time.Millisecond
	blockInterval = 25 * time.Millisecond // 32 blocks (one finalized step) in under a second
)

// startChain starts a devnet chain with a real transaction in every block
// (so state roots change from block to block), stopped at test end.
func startChain(t *testing.T, chainID uint64) *chain.Chain {
	t.Helper()
	c, _ := devnettest.StartRollup(t, chainID, blockInterval, zaptest.NewLogger(t))
	return c
}

// dial returns an ethclient of url, closed at test end: the reference the
// readers' claims are compared with.
func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	client, err := ethclient.Dial(url)
	require.NoError(t, err)
	t.Cleanup(client.Close)
	return client
}

// testConfig returns a valid config with a short timeout.
func testConfig(chainID uint64, url string, kind Kind, finality Finality) Config {
	cfg := DefaultConfig(chainID, url)
	cfg.Kind, cfg.Finality = kind, finality
	cfg.Timeout = 2 * time.Second
	return cfg
}

// newReader builds a reader of cfg, closed at test end.
func newReader(t *testing.T, cfg Config) Reader {
	t.Helper()
	r, err := New(context.Background(), cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	t.Cleanup(r.Close)
	return r
}

// waitForBlock waits until the chain's latest block is at least n.
func waitForBlock(t *testing.T, client *ethclient.Client, n uint64) {
	t.Helper()
	require.Eventually(t, func() bool {
		head, err := client.BlockNumber(context.Background())
		return err == nil && head >= n
	}, waitFor, tick, "chain did not reach block %d", n)
}

// waitForHead waits until r's head is at least n.
func waitForHead(t *testing.T, r Reader, n uint64) {
	t.Helper()
	require.Eventually(t, func() bool {
		head, err := r.Head(context.Background())
		return err == nil && head >= n
	}, waitFor, tick, "reader head did not reach %d", n)
}

// wantClaim returns the claim for block n as ethclient decodes its header.
func wantClaim(t *testing.T, client *ethclient.Client, chainID, n uint64) core.Claim {
	t.Helper()
	h, err := client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(t, err)
	return core.Claim{ChainID: chainID, BlockNumber: n, BlockHash: h.Hash(), StateRoot: h.Root}
}

// tagNumber returns the number of the chain's block tagged tag.
func tagNumber(t *testing.T, client *ethclient.Client, tag rpc.BlockNumber) uint64 {
	t.Helper()
	h, err := client.HeaderByNumber(context.Background(), big.NewInt(tag.Int64()))
	require.NoError(t, err)
	return h.Number.Uint64()
}

// requireNotYetAboveHead checks that r answers ErrNotYet for the block
// just above its head and returns that head. With mustExist, it first waits
// for that block to exist on the chain, so that the refusal comes from the
// finality bound, not from the block's absence. The check is repeated when
// the head moved while it ran.
func requireNotYetAboveHead(t *testing.T, r Reader, client *ethclient.Client, mustExist bool) uint64 {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(waitFor)
	for {
		require.True(t, time.Now().Before(deadline), "the head kept moving, or no block above it appeared")
		bound, err := r.Head(ctx)
		require.NoError(t, err)
		if mustExist {
			latest, err := client.BlockNumber(ctx)
			require.NoError(t, err)
			if latest <= bound {
				time.Sleep(tick) // polling for the next block
				continue
			}
		}
		_, claimErr := r.Claim(ctx, bound+1)
		after, err := r.Head(ctx)
		require.NoError(t, err)
		if after != bound {
			continue
		}
		require.ErrorIs(t, claimErr, ErrNotYet)
		return bound
	}
}
