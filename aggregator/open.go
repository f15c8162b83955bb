package aggregator

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/health"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/blsverify"
)

// openLoop opens a round at once and then every RoundInterval; with
// scheduled rounds it polls the L1 head (every min(RoundInterval,
// ScheduledPoll)) and opens each round as its reference block passes.
func (s *Service) openLoop(ctx context.Context) {
	every := s.cfg.RoundInterval
	if s.cfg.schedule().On() {
		every = min(every, ScheduledPoll)
	}
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		if err := s.openRound(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("could not open a round", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// openRound reads the L1 head and each rollup's head and opens the next
// round over them. Rollups that cannot be read are left out of this round;
// when no rollup has moved since the last round, no round is opened.
func (s *Service) openRound(ctx context.Context) error {
	if s.cfg.schedule().On() {
		return s.openScheduled(ctx)
	}
	if err := s.readRegistryParams(ctx); err != nil {
		return err
	}
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	s.expireStale(head)
	if s.newestIsFresh() {
		// The newest round (for example one resumed after a restart) still
		// has its full interval to gather signatures: opening a new one now
		// would close it.
		return nil
	}

	targets := s.readHeads(ctx)
	if len(targets) == 0 {
		return fmt.Errorf("no rollup head could be read")
	}
	slices.SortFunc(targets, func(a, b api.Target) int { return cmpUint(a.ChainID, b.ChainID) })
	if s.alreadyCovered(targets) {
		s.log.Debug("no rollup advanced; no new round")
		return nil
	}

	// The reference block fixes the operator set and stakes. It is one
	// below the head: the checker requires referenceBlock < block.number,
	// and gas estimation runs against the head itself, so a round that
	// reaches quorum within the same L1 block can still be submitted.
	if head == 0 {
		return fmt.Errorf("L1 has no block below its head yet")
	}
	return s.openAt(ctx, 0, uint32(head-1), targets)
}

// openAt opens a round at reference block ref over targets (sorted by
// chain id): round number n when rounds are scheduled, else the next
// number (n = 0).
func (s *Service) openAt(ctx context.Context, n uint64, ref uint32, targets []api.Target) error {
	snap, err := s.state.Snapshot(ctx, ref)
	if err != nil {
		return fmt.Errorf("operator set at block %d: %w", ref, err)
	}
	if len(snap.Operators) == 0 {
		return fmt.Errorf("no operator is registered at block %d", ref)
	}
	// T(ref), and whether operators are asked to sign it (table.go); L1
	// reads, outside the lock.
	table := s.tableFor(ctx, snap)

	// Only this loop assigns round numbers (resume ran before it), so the
	// number read here is still the next one once the record is stored.
	s.mu.Lock()
	next := s.lastRound + 1
	if n != 0 {
		if n < next {
			s.mu.Unlock()
			return fmt.Errorf("round %d is not above the last round %d", n, s.lastRound)
		}
		next = n
	}
	s.rememberKeysLocked(snap)
	s.mu.Unlock()
	rec := &roundRecord{
		Round: next, Status: api.StatusOpen, ReferenceBlock: ref, Targets: targets,
		OpenedAt: time.Now().UnixMilli(), Operators: len(snap.Operators), Every: s.cfg.RoundEvery,
	}
	if table != nil {
		rec.Table = &table.req
		tableMetricsOf(s.metrics).TableRequested()
	}
	// Persist before operators can see it; the fsync runs outside the
	// lock, so signatures of the current round keep flowing meanwhile.
	if err := s.store.PutRound(rec); err != nil {
		return fmt.Errorf("persist round %d: %w", rec.Round, err)
	}
	s.mu.Lock()
	s.lastRound = rec.Round
	// Operators only ever see the newest round: older ones that have not
	// reached quorum will not, and are closed.
	var closed []*round
	for _, r := range s.rounds {
		if r.rec.Status == api.StatusOpen && r.quorumAt.IsZero() && !r.submitting {
			s.closeRoundLocked(r, api.StatusExpired)
			closed = append(closed, r)
		}
	}
	r := newRound(rec, snap)
	r.table = table
	r.freshUntil = time.Now().Add(s.freshFor())
	s.rounds[rec.Round] = r
	s.newest = rec.Round
	s.covered = targets
	s.mu.Unlock()
	s.persistClosed(closed...)
	s.metrics.RoundOpened()
	s.log.Info("round opened", zap.Uint64("round", rec.Round), zap.Uint32("referenceBlock", ref),
		zap.Int("rollups", len(targets)), zap.Int("operators", len(snap.Operators)), zap.Uint64("every", rec.Every))
	return nil
}

// readHeads reads every rollup's head at once, each within headBudget: a
// slow or hung rollup node is left out of this round (and reported) while
// the others are attested.
func (s *Service) readHeads(parent context.Context) []api.Target {
	ctx, cancel := context.WithTimeout(parent, s.headBudget())
	defer cancel()
	heads := make([]*api.Target, len(s.readers))
	var wg sync.WaitGroup
	for i, r := range s.readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			end := s.deps.Begin(RollupDep(r.ChainID()))
			h, err := r.Head(ctx)
			if err != nil && parent.Err() != nil {
				end(health.ErrIgnore) // the aggregator is stopping
				return
			}
			end(err)
			s.heads.note(r.ChainID(), h, err)
			if err != nil {
				s.log.Warn("rollup head unavailable; left out of this round", zap.Uint64("chainId", r.ChainID()),
					zap.Duration("after", time.Since(start)), zap.Error(err))
				return
			}
			heads[i] = &api.Target{ChainID: r.ChainID(), BlockNumber: h}
		}()
	}
	wg.Wait()
	var targets []api.Target
	for _, t := range heads {
		if t != nil {
			targets = append(targets, *t)
		}
	}
	return targets
}

// headBudget bounds one round's rollup head reads: the round interval,
// within [minHeadBudget, maxHeadBudget].
func (s *Service) headBudget() time.Duration {
	return min(max(s.cfg.RoundInterval, minHeadBudget), maxHeadBudget)
}

const (
	minHeadBudget = time.Second
	maxHeadBudget = 5 * time.Second
)

// alreadyCovered tells whether targets repeat those of the newest round
// that is open or attested.
func (s *Service) alreadyCovered(targets []api.Target) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Equal(s.covered, targets)
}

// newestIsFresh tells whether the newest round is open and younger than
// the round interval.
func (s *Service) newestIsFresh() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.rounds[s.newest]
	return ok && r.rec.Status == api.StatusOpen && time.Now().Before(r.freshUntil)
}

// freshFor is how long a newly opened (or resumed) round is offered before
// the next one may replace it: a little under the round interval, so the
// ticker's next tick is not skipped.
func (s *Service) freshFor() time.Duration { return s.cfg.RoundInterval - s.cfg.RoundInterval/10 }

// expireStale closes rounds whose reference block has become too old for
// the registry to accept (with a margin for the submission's own block).
func (s *Service) expireStale(head uint64) {
	s.mu.Lock()
	var closed []*round
	for n, r := range s.rounds {
		if r.submitting || r.rec.Status != api.StatusOpen {
			continue
		}
		if uint64(r.rec.ReferenceBlock)+uint64(s.maxAge) <= head+1 {
			s.log.Warn("round expired before it could be attested", zap.Uint64("round", n))
			s.closeRoundLocked(r, api.StatusExpired)
			closed = append(closed, r)
		}
	}
	s.mu.Unlock()
	s.persistClosed(closed...)
}

// closeRoundLocked sets a round's final status; from then on it takes no
// signature and no loop picks it up. Callers hold s.mu, and call
// persistClosed once they have released it.
func (s *Service) closeRoundLocked(r *round, status string) {
	r.rec.Status = status
	switch status {
	case api.StatusAttested:
		s.metrics.RoundAttested()
		s.sinceL1 = 0
	case api.StatusCertified:
		s.sinceL1++
		tableMetricsOf(s.metrics).RoundCertified()
	case api.StatusExpired:
		s.metrics.RoundExpired()
		if slices.Equal(s.covered, r.rec.Targets) {
			s.covered = nil // those heights still need a round
		}
	}
}

// persistClosed writes closed rounds' records, outside the lock (an fsync
// each), and then forgets them: until then reads see their final status
// in memory, so no reader finds the stale "open" record in the store.
// Nothing mutates a closed round's record any more.
func (s *Service) persistClosed(rounds ...*round) {
	for _, r := range rounds {
		// With the summary that ListRounds and GetRound read from now on,
		// sorted by operator id as every listing is.
		st := r.status()
		sortSigners(&st)
		if err := s.store.CloseRound(r.rec, st.Signers); err != nil {
			s.log.Error("persist round status", zap.Uint64("round", r.rec.Round), zap.Error(err))
		}
		s.mu.Lock()
		delete(s.rounds, r.rec.Round)
		s.mu.Unlock()
	}
}

// resume reloads open rounds after a restart: their operator set is read
// again from L1 at the reference block, and their stored signatures (which
// were verified before they were stored) are counted again.
func (s *Service) resume(ctx context.Context) error {
	last, err := s.store.LastRound()
	if err != nil {
		return err
	}
	onChain, err := s.registry.LatestRound(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("read registry: %w", err)
	}
	// Never reuse a round number, even if the store was lost.
	s.lastRound = max(last, onChain)
	if err := s.checkScheduleAhead(ctx, last, onChain); err != nil {
		return err
	}

	open, err := s.store.OpenRounds()
	if err != nil {
		return err
	}
	if err := s.loadCovered(); err != nil {
		return err
	}
	if s.sinceL1, err = s.store.roundsSinceL1(s.cfg.L1Every); err != nil {
		return err
	}
	if err := s.loadLastTable(ctx); err != nil {
		return err
	}
	for _, rec := range open {
		snap, err := s.state.Snapshot(ctx, rec.ReferenceBlock)
		if err != nil {
			return fmt.Errorf("round %d: operator set at block %d: %w", rec.Round, rec.ReferenceBlock, err)
		}
		s.rememberKeysLocked(snap) // nothing runs yet
		r := newRound(rec, snap)
		if rec.Table != nil {
			if r.table, err = s.resumeTable(ctx, rec, snap); err != nil {
				return fmt.Errorf("round %d: %w", rec.Round, err)
			}
		}
		sigs, claims, err := s.store.RoundSignatures(rec.Round)
		if err != nil {
			return fmt.Errorf("round %d: %w", rec.Round, err)
		}
		for _, sg := range sigs {
			op := snap.Operators[sg.OperatorID]
			tree, err := core.BuildTree(claims[sg.Digest])
			if op == nil || err != nil {
				return fmt.Errorf("round %d: stored signature of %s does not match the operator set or its claims", rec.Round, sg.OperatorID)
			}
			sig, err := blsverify.ParseSignature(sg.Sig)
			if err != nil {
				return fmt.Errorf("round %d: stored signature of %s: %w", rec.Round, sg.OperatorID, err)
			}
			g, ok := r.groups[sg.Digest]
			if !ok {
				g = r.group(sg.Digest, tree, blsverify.NewMessage(sg.Digest))
			}
			r.add(g, op, sig)
			if sg.TableSig != nil {
				if r.table == nil {
					return fmt.Errorf("round %d: stored table signature of %s, but the round asks for no table", rec.Round, sg.OperatorID)
				}
				s.countTableLocked(r, op) // verified before it was stored
			}
		}
		if g := r.best(s.threshold); g != nil {
			r.quorumAt = time.Now().Add(-s.cfg.LateWindow) // submit at once
			if rec.QuorumAt == 0 {
				rec.QuorumAt, rec.QuorumDigest = time.Now().UnixMilli(), g.digest
			}
			s.noteCertifiedTableLocked(r)
		}
		// A resumed round gets a full interval again: operators whose
		// submissions failed while the aggregator was down are retrying.
		r.freshUntil = time.Now().Add(s.freshFor())
		s.rounds[rec.Round] = r
		if rec.Round > s.newest {
			s.newest = rec.Round
		}
		s.log.Info("round resumed", zap.Uint64("round", rec.Round), zap.Int("signatures", len(sigs)))
	}
	return nil
}

// loadCovered finds, after a restart, the targets of the newest round that
// is open or attested.
func (s *Service) loadCovered() error {
	var before uint64
	for {
		recs, err := s.store.ListRounds(before, 100)
		if err != nil || len(recs) == 0 {
			return err
		}
		for _, rec := range recs {
			if rec.Status == api.StatusOpen || rec.Status == api.StatusAttested || rec.Status == api.StatusCertified {
				s.covered = rec.Targets
				return nil
			}
			before = rec.Round
		}
	}
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
