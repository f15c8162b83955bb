package rollup

import (
	"context"
	"errors"
	"fmt"
)

// ErrNoBlockBefore means a rollup has no block with a timestamp at or
// before the time asked: it started later. A scheduled round leaves such a
// rollup out.
var ErrNoBlockBefore = errors.New("rollup: no block at or before that time")

// Timed is what TargetAt needs of a rollup: its head at the configured
// finality and the timestamps of its blocks. Every Reader is one.
type Timed interface {
	ChainID() uint64
	Head(ctx context.Context) (uint64, error)
	BlockTime(ctx context.Context, height uint64) (uint64, error)
}

// TargetAt returns the last block of the rollup whose timestamp is not
// after t: a scheduled round's target for a rollup, given its reference L1
// block's timestamp t (docs/protocol.md, "Scheduled rounds").
//
// The answer is only known once the rollup has a block after t at the
// reader's finality; until then TargetAt returns ErrNotYet. Every honest
// party reading the same chain therefore finds the same height, whatever
// its finality and whenever it asks. ErrNoBlockBefore means even block 0
// is after t.
//
// hint, when not zero, is a height near the answer (the previous round's
// target): the search gallops from it, so a round costs a handful of
// header reads instead of a binary search over the whole chain.
func TargetAt(ctx context.Context, r Timed, t, hint uint64) (uint64, error) {
	head, err := r.Head(ctx)
	if err != nil {
		return 0, err
	}
	headTime, err := r.BlockTime(ctx, head)
	if err != nil {
		return 0, err
	}
	if headTime <= t {
		return 0, fmt.Errorf("%w: chain %d's head %d has timestamp %d, not after %d yet", ErrNotYet, r.ChainID(), head, headTime, t)
	}
	// Invariant below: time(hi) > t, and lo is either -1 (unknown) or a
	// block with time(lo) <= t.
	hi := head
	lo := int64(-1)
	at := func(n uint64) (uint64, error) {
		ts, err := r.BlockTime(ctx, n)
		if err != nil {
			return 0, fmt.Errorf("chain %d block %d: %w", r.ChainID(), n, err)
		}
		return ts, nil
	}

	// Gallop from the hint: downwards while blocks are after t, upwards
	// while they are not, doubling the step each time.
	start := min(hint, hi-min(hi, 1))
	if hint == 0 {
		start = 0
	}
	ts, err := at(start)
	if err != nil {
		return 0, err
	}
	if ts > t {
		if start == 0 {
			return 0, fmt.Errorf("%w: chain %d's block 0 has timestamp %d, after %d", ErrNoBlockBefore, r.ChainID(), ts, t)
		}
		hi = start
		for step := uint64(1); lo < 0; step *= 2 {
			n := start - min(step, start)
			if ts, err = at(n); err != nil {
				return 0, err
			}
			if ts <= t {
				lo = int64(n)
			} else if n == 0 {
				return 0, fmt.Errorf("%w: chain %d's block 0 has timestamp %d, after %d", ErrNoBlockBefore, r.ChainID(), ts, t)
			} else {
				hi = n
			}
		}
	} else {
		lo = int64(start)
		for step := uint64(1); uint64(lo)+1 < hi; step *= 2 {
			n := min(uint64(lo)+step, hi-1)
			if ts, err = at(n); err != nil {
				return 0, err
			}
			if ts > t {
				hi = n
				break
			}
			lo = int64(n)
		}
	}
	// Binary search between them.
	for uint64(lo)+1 < hi {
		mid := uint64(lo) + (hi-uint64(lo))/2
		if ts, err = at(mid); err != nil {
			return 0, err
		}
		if ts <= t {
			lo = int64(mid)
		} else {
			hi = mid
		}
	}
	return uint64(lo), nil
}
