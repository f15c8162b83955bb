package aggregator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/health"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/rollup"
)

// notYetWait bounds how long a rollup whose chain has no block after a
// scheduled round's time T yet (at the aggregator's finality) holds the
// round's opening; then the round opens without it. Two seconds cover a
// rollup with second-long blocks that is a block behind L1.
const notYetWait = 2 * time.Second

// notYetPoll is how often such a rollup is asked again meanwhile.
const notYetPoll = 100 * time.Millisecond

// openScheduled opens the round the schedule has reached (round-every):
// round r = Schedule.Current(head), reference block r·N, each rollup's
// target its last block not after L1 block r·N's timestamp. Every replica,
// and an aggregator that lost its store, finds the same numbers and
// targets; operators check them on their own nodes.
func (s *Service) openScheduled(ctx context.Context) error {
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	s.expireStale(head)
	n, ref, ok := s.cfg.schedule().Current(head)
	if !ok {
		return nil
	}
	s.mu.Lock()
	decided := n <= s.lastRound || n <= s.triedRound
	s.mu.Unlock()
	if decided {
		return nil
	}
	if err := s.readRegistryParams(ctx); err != nil {
		return err
	}
	hdr, err := s.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(ref)))
	if err != nil {
		return fmt.Errorf("round %d: read L1 block %d: %w", n, ref, err)
	}
	targets := s.scheduledTargets(ctx, n, hdr.Time)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if len(targets) == 0 {
		s.markTried(n) // the next round tries again
		return fmt.Errorf("round %d: no rollup has a target at L1 block %d's time %d", n, ref, hdr.Time)
	}
	slices.SortFunc(targets, func(a, b api.Target) int { return cmpUint(a.ChainID, b.ChainID) })
	if s.alreadyCovered(targets) {
		s.markTried(n)
		s.log.Debug("no rollup advanced; scheduled round skipped", zap.Uint64("round", n))
		return nil
	}
	if err := s.openAt(ctx, n, ref, targets); err != nil {
		return fmt.Errorf("round %d: %w", n, err)
	}
	return nil
}

// markTried records that round n was decided without opening it, so that
// later polls of the same head do not read the rollups again.
func (s *Service) markTried(n uint64) {
	s.mu.Lock()
	s.triedRound = max(s.triedRound, n)
	s.mu.Unlock()
}

// scheduledTargets finds every rollup's target for time t at once, each
// within headBudget per attempt. A rollup not yet past t is asked again
// until notYetWait has passed, then left out; one that cannot be read, or
// has no block before t, is left out at once. Every one left out is
// reported (WARN, and dependency health for read failures).
func (s *Service) scheduledTargets(parent context.Context, n, t uint64) []api.Target {
	giveUp := time.Now().Add(notYetWait)
	s.mu.Lock()
	hints := make([]uint64, len(s.readers))
	for i, r := range s.readers {
		hints[i] = s.hintLocked(r.ChainID())
	}
	s.mu.Unlock()

	found := make([]*api.Target, len(s.readers))
	var wg sync.WaitGroup
	for i, r := range s.readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, err := s.targetOf(parent, r, t, hints[i], giveUp)
			if err != nil {
				if parent.Err() == nil {
					s.log.Warn("rollup left out of this scheduled round", zap.Uint64("round", n), zap.Uint64("chainId", r.ChainID()),
						zap.Uint64("time", t), zap.Error(err))
				}
				return
			}
			found[i] = &api.Target{ChainID: r.ChainID(), BlockNumber: h}
		}()
	}
	wg.Wait()
	var targets []api.Target
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, tg := range found {
		if tg != nil {
			targets = append(targets, *tg)
			if s.hints == nil {
				s.hints = map[uint64]uint64{}
			}
			s.hints[tg.ChainID] = tg.BlockNumber
		}
	}
	return targets
}

// targetOf is one rollup's target for time t (rollup.TargetAt), asking
// again while the rollup is not past t, until giveUp.
func (s *Service) targetOf(parent context.Context, r rollup.Reader, t, hint uint64, giveUp time.Time) (uint64, error) {
	for {
		ctx, cancel := context.WithTimeout(parent, s.headBudget())
		start := time.Now()
		end := s.deps.Begin(RollupDep(r.ChainID()))
		h, err := rollup.TargetAt(ctx, r, t, hint)
		cancel()
		switch {
		case err != nil && parent.Err() != nil:
			end(health.ErrIgnore) // the aggregator is stopping
			return 0, err
		case errors.Is(err, rollup.ErrNotYet), errors.Is(err, rollup.ErrNoBlockBefore):
			end(nil) // the node answered: its chain is not there (yet)
		default:
			end(err)
			if err != nil {
				err = fmt.Errorf("unavailable after %s: %w", time.Since(start).Round(time.Millisecond), err)
			}
		}
		if err == nil || !errors.Is(err, rollup.ErrNotYet) || time.Now().After(giveUp) {
			if err == nil {
				s.heads.note(r.ChainID(), h, nil)
			} else if !errors.Is(err, rollup.ErrNotYet) && !errors.Is(err, rollup.ErrNoBlockBefore) {
				s.heads.note(r.ChainID(), 0, err)
			}
			return h, err
		}
		select {
		case <-parent.Done():
			return 0, parent.Err()
		case <-time.After(notYetPoll):
		}
	}
}

// hintLocked is where the search for chainID's next target starts: its
// previous target. Callers hold s.mu.
func (s *Service) hintLocked(chainID uint64) uint64 {
	if h, ok := s.hints[chainID]; ok {
		return h
	}
	for _, tg := range s.covered {
		if tg.ChainID == chainID {
			return tg.BlockNumber
		}
	}
	return 0
}

// checkScheduleAhead warns, at start with scheduled rounds, when the
// registry lets a round go stale within one round; and when
// the round numbers already used (the store's last, or the registry's
// latest) are ahead of the schedule: no number is ever reused, so no
// round opens until the schedule passes them.
func (s *Service) checkScheduleAhead(ctx context.Context, stored, onChain uint64) error {
	sched := s.cfg.schedule()
	if !sched.On() {
		return nil
	}
	if uint64(s.maxAge) <= sched.Every {
		s.log.Warn("the registry's maxReferenceAge is not above round-every: a round goes stale before the next one opens, so one that is slow to reach quorum is lost",
			zap.Uint32("maxReferenceAge", s.maxAge), zap.Uint64("roundEvery", sched.Every))
	}
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	current, _, _ := sched.Current(head)
	if s.lastRound <= current {
		return nil
	}
	resumeAt := (s.lastRound + 1) * sched.Every
	s.log.Warn("round numbers already used are ahead of the schedule: no scheduled round opens until L1 passes the next unused one "+
		"(a store, or a registry, from unscheduled rounds?); use a fresh data dir and registry to start at once",
		zap.Uint64("storedRound", stored), zap.Uint64("registryLatestRound", onChain), zap.Uint64("scheduledRound", current),
		zap.Uint64("l1Head", head), zap.Uint64("roundEvery", sched.Every), zap.Uint64("opensAtBlock", resumeAt+1),
		zap.Uint64("blocksToWait", resumeAt+1-head))
	return nil
}
