package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestReorg(t *testing.T) {
	ctx := context.Background()
	c := startChain(t, 1010, 20*time.Millisecond, func(cfg *Config) { cfg.ActivityTx = true })
	client := dial(t, c.HTTPURL())
	require.Eventually(t, func() bool { return blockNumber(t, client) >= 8 }, waitFor, tick)

	var r *Reorged
	require.Eventually(t, func() bool { // a moment when the parent is not finalized
		var err error
		r, err = c.Reorg(ctx, 3)
		if err != nil {
			require.ErrorIs(t, err, ErrReorgFinalized)
		}
		return err == nil
	}, waitFor, tick)
	require.Len(t, r.Abandoned, 3)
	require.Equal(t, r.Parent+4, r.Head, "the new branch is one block longer")
	require.GreaterOrEqual(t, blockNumber(t, client), r.Head)
	for i, old := range r.Abandoned {
		n := r.Parent + 1 + uint64(i)
		now, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		require.NotEqual(t, old, now.Hash(), "block %d was replaced", n)
		require.Equal(t, r.Parent+uint64(i), now.Number.Uint64()-1)
	}
	// Blocks keep coming on the new branch.
	require.Eventually(t, func() bool { return blockNumber(t, client) > r.Head+2 }, waitFor, tick)

	// Past the first epoch, block 32 is final: a reorg from block 1 is
	// refused.
	require.Eventually(t, func() bool { return blockNumber(t, client) >= 40 }, waitFor, tick)
	_, err := c.Reorg(ctx, blockNumber(t, client)-1)
	require.ErrorIs(t, err, ErrReorgFinalized)

	_, err = c.Reorg(ctx, 0)
	require.Error(t, err)
	_, err = c.Reorg(ctx, 1<<40)
	require.Error(t, err)
}

func TestReorgNotRunning(t *testing.T) {
	c, err := New(DefaultConfig(1011), nil)
	require.NoError(t, err)
	_, err = c.Reorg(context.Background(), 1)
	require.ErrorIs(t, err, ErrNotRunning)
}
