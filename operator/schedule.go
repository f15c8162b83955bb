package operator

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Scheduled rounds (docs/protocol.md, "Scheduled rounds"): round r has
// reference block R = r·every, and each target is its rollup's last block
// with a timestamp not after L1 block R's (rollup.TargetAt). Aggregator
// replicas propose the same rounds without talking to each other, and an
// operator signs one only after finding every target itself: the
// reference block's time from its own L1 node, the heights from its own
// rollup nodes. A proposer cannot pick the heights.

// checkSchedule is the part of the schedule a round's numbers show: with
// round-every set, only rounds of that schedule; a scheduled round's
// reference block is its number times its every.
func (s *Service) checkSchedule(r *api.Round) (Reason, error) {
	if every := s.cfg.RoundEvery; every > 0 {
		if r.Every == 0 {
			return ReasonUnscheduled, fmt.Errorf("round is not scheduled, and this operator signs only scheduled rounds (%s %d)", FlagRoundEvery, every)
		}
		if r.Every != every {
			return ReasonOffSchedule, fmt.Errorf("round is scheduled every %d L1 blocks, this operator's %s is %d: an aggregator with another schedule", r.Every, FlagRoundEvery, every)
		}
	}
	if r.Every == 0 {
		return "", nil
	}
	if err := (core.Schedule{Every: r.Every}).Check(r.Round, r.ReferenceBlock); err != nil {
		return ReasonOffSchedule, err
	}
	return "", nil
}

// targetHints are the last verified target of each chain, shared by the
// followers: TargetAt gallops from it, so that the next round costs a few
// header reads.
type targetHints struct {
	mu sync.Mutex
	by map[uint64]uint64
}

func (h *targetHints) get(chainID uint64) uint64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.by[chainID]
}

func (h *targetHints) set(chainID, height uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.by == nil {
		h.by = map[uint64]uint64{}
	}
	h.by[chainID] = height
}

// checkTargets verifies, before any claim of a scheduled round is read,
// that each target is the height TargetAt finds on this operator's own
// nodes. It reports whether the round may go on. A target not knowable
// yet (the rollup has no block after the reference time at its finality;
// L1 or a rollup node not answering) is tried again at the next step,
// until round-timeout; a different height, or no block before the time at
// all, refuses the round (ReasonTargetMismatch).
func (f *follower) checkTargets(ctx context.Context, w *roundWork) bool {
	s := f.s
	if w.round.Every == 0 { // checkSchedule refused it if round-every is set
		return true
	}
	if len(w.verified) == len(w.round.Targets) {
		return true
	}
	ref := w.round.ReferenceBlock
	if w.refTime == nil {
		t, err := s.refTime(ctx, ref)
		if err != nil {
			if ctx.Err() == nil {
				f.scheduleProblem(w, "l1", "cannot read the reference block's time from L1 (retrying)", zap.Uint32("referenceBlock", ref), zap.Error(err))
			}
			return false
		}
		w.refTime = &t
	}
	T := *w.refTime

	type result struct {
		target api.Target
		found  uint64
		err    error
	}
	var (
		wg      sync.WaitGroup
		results = make(chan result, len(w.round.Targets))
	)
	for _, t := range w.round.Targets {
		if w.verified[t.ChainID] {
			continue
		}
		reader := s.readers[t.ChainID]
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := rollup.TargetAt(ctx, reader, T, s.hints.get(t.ChainID))
			results <- result{target: t, found: h, err: err}
		}()
	}
	wg.Wait()
	close(results)
	for res := range results {
		log := w.log.With(zap.Uint64("chainId", res.target.ChainID), zap.Uint64("proposedBlock", res.target.BlockNumber),
			zap.Uint32("referenceBlock", ref), zap.Uint64("referenceTime", T))
		switch {
		case res.err == nil && res.found == res.target.BlockNumber:
			w.verified[res.target.ChainID] = true
			s.hints.set(res.target.ChainID, res.found)
		case res.err == nil:
			log.Error("REFUSING TO SIGN: a scheduled round's target is not the rollup's last block at the reference block's time on this operator's own nodes",
				zap.Uint64("foundBlock", res.found))
			f.finish(w, ReasonTargetMismatch)
			return false
		case errors.Is(res.err, rollup.ErrNoBlockBefore):
			log.Error("REFUSING TO SIGN: a scheduled round names a block of a rollup that has none at or before the reference block's time on this operator's own node",
				zap.Error(res.err))
			f.finish(w, ReasonTargetMismatch)
			return false
		case errors.Is(res.err, rollup.ErrNotYet):
			log.Debug("target not knowable yet: no rollup block after the reference time at this finality", zap.Error(res.err))
		case ctx.Err() != nil:
		default:
			f.scheduleProblem(w, RollupTarget(res.target.ChainID), "cannot find the scheduled target on the rollup node (retrying)",
				zap.Uint64("chainId", res.target.ChainID), zap.Error(res.err))
		}
	}
	return len(w.verified) == len(w.round.Targets)
}

// scheduleProblem logs a failure to verify w's targets: at warn the first
// time for each source, at debug after that.
func (f *follower) scheduleProblem(w *roundWork, source, msg string, fields ...zap.Field) {
	if !w.scheduleWarned[source] {
		w.scheduleWarned[source] = true
		w.log.Warn(msg, fields...)
		return
	}
	w.log.Debug(msg, fields...)
}

// refTime is the timestamp of L1 block ref from this operator's own L1
// node, recorded as an L1 call. A block the node does not have yet is an
// answer (the node is behind), not a failure.
func (s *Service) refTime(ctx context.Context, ref uint32) (uint64, error) {
	start := time.Now()
	t, err := s.l1.BlockTime(ctx, uint64(ref))
	recorded := err
	if errors.Is(err, errL1NoBlock) {
		recorded = nil
	}
	s.mon.l1Call("eth_getBlockByNumber", start, recorded, ctx.Err() != nil)
	return t, err
}
