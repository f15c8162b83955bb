package tests

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bench"
)

// TestBenchSmoke runs `rollcall bench` small (8 operators, 2 rollups, a
// warm-up and 2 measured rounds) with the aggregator as its own process,
// and checks that it completes with sane figures. It asserts no timing:
// the figures themselves are for the README.
func TestBenchSmoke(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	opts := bench.DefaultOptions()
	opts.Operators, opts.Rollups, opts.Rounds, opts.Warmup = 8, 2, 2, 1
	opts.RoundInterval = time.Second
	opts.Executable = rollcallBinary(t)
	opts.DataDir = t.TempDir()
	var out bytes.Buffer
	res, err := bench.Run(ctx, opts, &out, testLogger(t))
	require.NoError(t, err, out.String())

	require.Len(t, res.Rounds, 3)
	var last uint64
	for i, r := range res.Rounds {
		require.Equal(t, i == 0, r.Warmup, "round %d", r.Round)
		require.Greater(t, r.Round, last, "rounds in order")
		last = r.Round
		require.Equal(t, 2, r.Rollups)
		require.Equal(t, 8, r.Accepted, "every operator's signature accepted in round %d", r.Round)
		require.Zero(t, r.Rejected)
		require.Positive(t, r.SigsPerSec)
		require.Positive(t, r.OpenToQuorum, "quorum was reported")
		require.LessOrEqual(t, r.OpenToQuorum, r.OpenToL1, "quorum before inclusion")
		require.Positive(t, r.GasUsed, "attested on L1")
		require.Greater(t, r.RSS, uint64(1<<20), "the child's resident memory was read")
	}
	require.False(t, res.InProcess)
	require.Positive(t, res.Registration)
	require.Positive(t, res.SigsPerSec)
	require.Positive(t, res.InclusionMedian)
	require.LessOrEqual(t, res.InclusionMedian, res.InclusionP95)
	require.LessOrEqual(t, res.QuorumMedian, res.QuorumP95)
	require.GreaterOrEqual(t, res.PeakRSS, res.RSS)

	var table bytes.Buffer
	bench.PrintTable(&table, res)
	require.Contains(t, table.String(), "8 operators × 2 rollups, 2 measured rounds")
	require.Contains(t, table.String(), "signatures accepted:")
}
