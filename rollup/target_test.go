package rollup

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// timedChain is a chain of block timestamps, for TargetAt's search only
// (the readers' BlockTime is tested against real nodes in evm_test.go).
type timedChain struct {
	times []uint64
	reads int
}

func (c *timedChain) ChainID() uint64 { return 901 }
func (c *timedChain) Head(context.Context) (uint64, error) {
	return uint64(len(c.times) - 1), nil
}
func (c *timedChain) BlockTime(_ context.Context, n uint64) (uint64, error) {
	c.reads++
	if n >= uint64(len(c.times)) {
		return 0, fmt.Errorf("%w: block %d", ErrNotYet, n)
	}
	return c.times[n], nil
}

// lastAtOrBefore is TargetAt by brute force.
func lastAtOrBefore(times []uint64, t uint64) (uint64, bool) {
	found, ok := uint64(0), false
	for i, ts := range times {
		if ts <= t {
			found, ok = uint64(i), true
		}
	}
	return found, ok
}

func TestTargetAtMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		n := 1 + rng.IntN(300)
		times := make([]uint64, n)
		ts := uint64(1000 + rng.IntN(5))
		for i := range times {
			times[i] = ts
			ts += uint64(rng.IntN(3)) // equal timestamps happen on some rollups
		}
		chain := &timedChain{times: times}
		target := times[0] - 2 + uint64(rng.IntN(int(times[n-1]-times[0])+4))
		hint := uint64(rng.IntN(n + 5))
		if rng.IntN(4) == 0 {
			hint = 0
		}
		got, err := TargetAt(context.Background(), chain, target, hint)
		want, ok := lastAtOrBefore(times, target)
		switch {
		case times[n-1] <= target:
			require.ErrorIs(t, err, ErrNotYet, "trial %d: head not after t", trial)
		case !ok:
			require.ErrorIs(t, err, ErrNoBlockBefore, "trial %d", trial)
		default:
			require.NoError(t, err, "trial %d", trial)
			require.Equal(t, want, got, "trial %d: times %v t %d hint %d", trial, times, target, hint)
		}
	}
}

// A hint near the answer keeps the search to a few reads, even on a long
// chain.
func TestTargetAtFromAHintReadsLittle(t *testing.T) {
	times := make([]uint64, 1_000_000)
	for i := range times {
		times[i] = 1_700_000_000 + uint64(i)*2
	}
	chain := &timedChain{times: times}
	got, err := TargetAt(context.Background(), chain, times[999_990]+1, 999_985)
	require.NoError(t, err)
	require.Equal(t, uint64(999_990), got)
	require.LessOrEqual(t, chain.reads, 10, "reads from a hint 5 blocks away")

	chain.reads = 0
	got, err = TargetAt(context.Background(), chain, times[123_456], 0)
	require.NoError(t, err)
	require.Equal(t, uint64(123_456), got)
	require.LessOrEqual(t, chain.reads, 2+2*21, "reads without a hint: a gallop and a binary search")
}

func TestTargetAtPassesReadErrorsOn(t *testing.T) {
	boom := errors.New("node down")
	chain := &failingChain{err: boom}
	_, err := TargetAt(context.Background(), chain, 5, 0)
	require.ErrorIs(t, err, boom)
}

type failingChain struct{ err error }

func (c *failingChain) ChainID() uint64                      { return 902 }
func (c *failingChain) Head(context.Context) (uint64, error) { return 10, nil }
func (c *failingChain) BlockTime(context.Context, uint64) (uint64, error) {
	return 0, c.err
}
