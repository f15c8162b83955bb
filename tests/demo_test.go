package tests

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/demo"
)

// TestInProcessEndToEnd runs the whole pipeline in one process: devnet,
// EigenLayer registration of 4 operators, aggregator, operator daemons,
// several rounds over 3 rollups attested on L1, and every attested claim
// read back from L1 and compared with the rollup's own block; then a
// contract on one rollup verifies a token balance of another.
func TestInProcessEndToEnd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	opts := demo.DefaultOptions()
	opts.Operators, opts.Rollups, opts.Checkpoints = 4, 3, 3
	opts.RoundInterval = time.Second
	opts.DataDir = t.TempDir()
	var out bytes.Buffer
	res, err := demo.Run(ctx, opts, &out, testLogger(t))
	t.Log("\n" + out.String())
	require.NoError(t, err)

	require.Len(t, res.Rows, 3)
	var last uint64
	for _, row := range res.Rows {
		require.Greater(t, row.Round, last, "rounds are attested in increasing order")
		last = row.Round
		require.Equal(t, 3, row.Rollups, "round %d covers every rollup", row.Round)
		require.Equal(t, 4, row.Operators, "round %d: all operators registered at its reference block", row.Round)
		require.GreaterOrEqual(t, row.Signers*10000, row.Operators*6667, "round %d: quorum of equal-stake operators", row.Round)
		require.Positive(t, row.GasUsed)
	}
	// demo.Run compared every claim with the rollup's block: 3 rollups × 3 rounds.
	require.Equal(t, 9, res.Verified)

	var table bytes.Buffer
	demo.PrintTable(&table, res)
	require.Contains(t, table.String(), "open→L1")

	// The mirror on the second rollup verified a token balance of the
	// first through a checkpoint the relay delivered to it, at least as new
	// as the last one on L1 (demo.Run compared it with the first rollup's
	// own storage at that block).
	p := res.Peer
	require.NotNil(t, p, "the cross-rollup check ran")
	require.GreaterOrEqual(t, p.Round, res.Rows[len(res.Rows)-1].Round)
	require.Contains(t, p.Delivery, "relay")
	require.NotEqual(t, p.Source, p.Dest)
	require.Positive(t, p.Balance.Sign(), "a devnet token holder holds tokens")
	require.Greater(t, p.GasUsed, uint64(21_000))
	var peer bytes.Buffer
	demo.PrintPeer(&peer, p)
	require.Contains(t, peer.String(), "claimCredit")
	require.Contains(t, peer.String(), p.Balance.String())
}
