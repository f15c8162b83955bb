package operator

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
	"github.com/rollcall-avs/rollcall/rollup"
)

// follower follows one aggregator: it polls it for its open round, works
// on the round and sends the signature back. Each aggregator URL has its
// own follower in its own goroutine, with its own client, round work,
// reachability and submission retries, so that a hung or dead aggregator
// stalls only its own follower. The followers share what makes the
// signature: the key, the signing record (which allows signing the same
// digest for a round again, and only that), the rollup readers, the L1
// node and the monitor (Service).
type follower struct {
	s *Service
	// id is the aggregator's dependency id and metrics target
	// (AggregatorTarget); url its redacted URL, in every log line.
	id, url string
	agg     Aggregator // metered
	log     *zap.Logger

	// Owned by the follower's goroutine.
	work        *roundWork
	lastHandled uint64
	aggDown     bool
	// reachableAtStart: the aggregator answered at start-up (or was not
	// asked).
	reachableAtStart bool
}

// roundWork is the round being worked on: its claims as they are read.
type roundWork struct {
	round    api.Round
	deadline time.Time
	claims   map[uint64]core.Claim // by chain id
	warned   map[uint64]bool       // chains whose read error was logged at warn
	log      *zap.Logger
	// tableDigest is the round's table digest once checked against L1
	// (table.go); tableWarned: a failure to compute it was logged at warn.
	tableDigest *common.Hash
	tableWarned bool
	// Scheduled rounds (schedule.go): the reference block's L1 timestamp
	// once read, the targets verified with rollup.TargetAt so far (by chain
	// id), and whether a failure to read them was logged at warn.
	refTime        *uint64
	verified       map[uint64]bool
	scheduleWarned map[string]bool
}

// run is the follower's loop: one step per poll interval until ctx ends.
func (f *follower) run(ctx context.Context) error {
	ticker := time.NewTicker(f.s.cfg.PollInterval)
	defer ticker.Stop()
	for {
		f.step(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// step polls the aggregator, starts work on a new round, and moves the
// current round forward as far as the rollups allow.
func (f *follower) step(ctx context.Context) {
	s := f.s
	r, err := f.agg.OpenRound(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		if !f.aggDown {
			f.log.Warn("aggregator unreachable", zap.Error(err))
		} else {
			f.log.Debug("aggregator still unreachable", zap.Error(err))
		}
		f.aggDown = true
		s.mon.aggregatorPolled(f.id, false)
		return
	}
	if f.aggDown {
		f.log.Info("aggregator reachable again")
	}
	f.aggDown = false
	s.mon.aggregatorPolled(f.id, true)

	if r != nil {
		f.observe(r)
	}
	w := f.work
	if w == nil {
		return
	}
	if time.Now().After(w.deadline) {
		w.log.Warn("rollups did not reach the target heights in time: round not signed",
			zap.Duration("roundTimeout", s.cfg.RoundTimeout), zap.Int("missing", len(w.round.Targets)-len(w.claims)))
		f.finish(w, ReasonTimeout)
		return
	}
	if !f.checkTable(ctx, w) {
		return
	}
	if !f.checkTargets(ctx, w) {
		return
	}
	if !s.readClaims(ctx, w) {
		return
	}
	f.signAndSubmit(ctx, w)
}

// observe takes note of the aggregator's open round and starts work on it
// when it is new. A round it cannot sign is refused at once.
func (f *follower) observe(r *api.Round) {
	s := f.s
	s.mon.roundObserved(r.Round)
	if r.Round <= f.lastHandled || (f.work != nil && r.Round <= f.work.round.Round) {
		return
	}
	s.mon.roundSeen(r.Round)
	log := f.log.With(zap.Uint64("round", r.Round))
	if old := f.work; old != nil {
		old.log.Warn("aggregator opened a newer round before this one could be signed",
			zap.Uint64("newRound", r.Round), zap.Int("missing", len(old.round.Targets)-len(old.claims)))
		f.finish(old, ReasonReplaced)
	}
	if reason, err := s.checkRound(r); err != nil {
		if reason == ReasonUnknownChain {
			for _, t := range r.Targets {
				if _, ok := s.readers[t.ChainID]; !ok {
					s.mon.rollupUnfollowed(t.ChainID, fmt.Sprintf("named by round %d", r.Round))
				}
			}
		}
		log.Error("refusing round", zap.String("reason", string(reason)), zap.Error(err))
		f.refuse(r.Round, reason)
		return
	}
	log.Info("new round", zap.Uint32("referenceBlock", r.ReferenceBlock), zap.Int("targets", len(r.Targets)),
		zap.Uint64("every", r.Every))
	f.work = &roundWork{
		round:          *r,
		deadline:       time.Now().Add(s.cfg.RoundTimeout),
		claims:         map[uint64]core.Claim{},
		warned:         map[uint64]bool{},
		log:            log,
		verified:       map[uint64]bool{},
		scheduleWarned: map[string]bool{},
	}
}

// checkRound refuses a round bound to another deployment, naming a chain
// the operator does not follow, or with targets no checkpoint can hold.
func (s *Service) checkRound(r *api.Round) (Reason, error) {
	if r.L1ChainID != s.l1ChainID {
		return ReasonWrongL1Chain, fmt.Errorf("round is for L1 chain %d, this operator's deployment is on chain %d", r.L1ChainID, s.l1ChainID)
	}
	if r.Registry != s.registry {
		return ReasonWrongRegistry, fmt.Errorf("round is for registry %s, this operator's deployment has %s", r.Registry, s.registry)
	}
	if len(r.Targets) == 0 || len(r.Targets) > core.MaxClaims {
		return ReasonBadTargets, fmt.Errorf("round has %d targets, want 1 to %d", len(r.Targets), core.MaxClaims)
	}
	seen := map[uint64]bool{}
	for _, t := range r.Targets {
		if seen[t.ChainID] {
			return ReasonBadTargets, fmt.Errorf("round names chain %d twice", t.ChainID)
		}
		seen[t.ChainID] = true
		if _, ok := s.readers[t.ChainID]; !ok {
			return ReasonUnknownChain, fmt.Errorf("round asks for chain %d, which this operator does not follow: add chain-id %d to rollups (the round's chains: %v)",
				t.ChainID, t.ChainID, targetChains(r.Targets))
		}
	}
	return s.checkSchedule(r)
}

// readClaims reads, concurrently, every claim of w not read yet. It reports
// whether all are there. A height not reached yet is waited for; other
// errors are logged and retried at the next step.
func (s *Service) readClaims(ctx context.Context, w *roundWork) bool {
	type result struct {
		target api.Target
		claim  core.Claim
		err    error
	}
	var (
		wg      sync.WaitGroup
		results = make(chan result, len(w.round.Targets))
	)
	for _, t := range w.round.Targets {
		if _, ok := w.claims[t.ChainID]; ok {
			continue
		}
		reader := s.readers[t.ChainID]
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := reader.Claim(ctx, t.BlockNumber)
			results <- result{target: t, claim: c, err: err}
		}()
	}
	wg.Wait()
	close(results)
	for res := range results {
		log := w.log.With(zap.Uint64("chainId", res.target.ChainID), zap.Uint64("block", res.target.BlockNumber))
		switch {
		case res.err == nil:
			w.claims[res.target.ChainID] = res.claim
			log.Debug("claim read", zap.Stringer("blockHash", res.claim.BlockHash), zap.Stringer("stateRoot", res.claim.StateRoot))
		case errors.Is(res.err, rollup.ErrNotYet):
			log.Debug("target height not reached yet", zap.Error(res.err))
		case ctx.Err() != nil:
		case !w.warned[res.target.ChainID]:
			w.warned[res.target.ChainID] = true
			log.Warn("cannot read claim from rollup node (retrying)", zap.Error(res.err))
		default:
			log.Debug("cannot read claim from rollup node (retrying)", zap.Error(res.err))
		}
	}
	return len(w.claims) == len(w.round.Targets)
}

// signAndSubmit builds the checkpoint of w from its claims, records it,
// signs it and sends it. The round is finished whatever the outcome.
func (f *follower) signAndSubmit(ctx context.Context, w *roundWork) {
	s := f.s
	claims := make([]core.Claim, 0, len(w.claims))
	for _, c := range w.claims {
		claims = append(claims, c)
	}
	tree, err := core.BuildTree(claims)
	if err != nil { // checkRound rules this out
		w.log.Error("cannot build the claims tree", zap.Error(err))
		f.finish(w, ReasonBadTargets)
		return
	}
	claims = tree.Claims() // sorted by chain id
	cp := core.Checkpoint{Round: w.round.Round, ReferenceBlock: w.round.ReferenceBlock, ClaimsRoot: tree.Root()}
	digest := cp.Digest(s.l1ChainID, s.registry)
	log := w.log.With(zap.Stringer("digest", digest))

	// Slashing protection: the record must hold what is signed before the
	// signature exists.
	var table *signrecord.Table
	if w.tableDigest != nil {
		table = &signrecord.Table{ReferenceBlock: w.round.Table.ReferenceBlock, Digest: *w.tableDigest}
	}
	if err := s.record.SignWithTable(cp.Round, digest, claims, table); err != nil {
		var (
			conflict *signrecord.ConflictError
			other    *signrecord.RoundError
			tableErr *signrecord.TableError
		)
		switch {
		case errors.As(err, &tableErr):
			log.Error("REFUSING TO SIGN: another operator table of this reference block was signed before",
				zap.Uint32("tableReferenceBlock", tableErr.ReferenceBlock), zap.Stringer("signedTableDigest", tableErr.Recorded),
				zap.Stringer("newTableDigest", tableErr.Digest))
			f.finish(w, ReasonTableConflict)
		case errors.As(err, &conflict):
			log.Error("REFUSING TO SIGN: claim conflicts with a claim signed before (slashable)",
				zap.Uint64("chainId", conflict.New.ChainID), zap.Uint64("block", conflict.New.BlockNumber),
				zap.Stringer("signedBlockHash", conflict.Recorded.BlockHash), zap.Stringer("signedStateRoot", conflict.Recorded.StateRoot),
				zap.Stringer("newBlockHash", conflict.New.BlockHash), zap.Stringer("newStateRoot", conflict.New.StateRoot))
			f.finish(w, ReasonConflict)
		case errors.As(err, &other):
			log.Error("REFUSING TO SIGN: round already signed with another digest",
				zap.Stringer("signedDigest", other.Recorded))
			f.finish(w, ReasonRoundDigest)
		default:
			log.Error("cannot write the signing record: not signing", zap.Error(err))
			f.finish(w, ReasonRecord)
		}
		return
	}

	sig := s.key.SignMessage(digest)
	s.mon.roundSigned(cp.Round)
	log.Info("checkpoint signed", zap.Stringer("claimsRoot", cp.ClaimsRoot), zap.Int("claims", len(claims)))
	sc := api.SignedCheckpoint{
		Round:      cp.Round,
		OperatorID: s.operatorID,
		Claims:     claims,
		Signature:  api.NewG1Point(sig.G1Point),
	}
	if table != nil {
		// The same hash to G1 as the checkpoint's (core.MessageG1).
		ts := api.NewG1Point(s.key.SignMessage(table.Digest).G1Point)
		sc.TableSignature = &ts
		log.Info("operator table signed", zap.Uint32("tableReferenceBlock", table.ReferenceBlock), zap.Stringer("tableDigest", table.Digest))
	}
	f.submit(ctx, log, sc, digest, w.round.ReferenceBlock)
	f.finish(w, "")
}

// submit sends sc, retrying transport errors and CodeInternal with
// exponential backoff for at most round-timeout; a permanent refusal is
// logged and not retried.
func (f *follower) submit(ctx context.Context, log *zap.Logger, sc api.SignedCheckpoint, digest common.Hash, ref uint32) {
	s := f.s
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RoundTimeout)
	defer cancel()
	wait := s.backoffMin
	for attempt := 1; ; attempt++ {
		res, err := f.agg.SubmitSignature(ctx, sc)
		if err == nil {
			if res.Digest != digest {
				log.Warn("aggregator counted the signature for another digest", zap.Stringer("aggregatorDigest", res.Digest))
			}
			log.Info("signature accepted", zap.Uint32s("signedBips", res.SignedBips), zap.Int("attempts", attempt))
			s.mon.signatureAccepted(sc.Round, f.id)
			return
		}
		code := api.ErrorCode(err)
		switch {
		case code == api.CodeDuplicate:
			log.Info("aggregator already has this operator's signature for the round", zap.Error(err))
			s.mon.signatureAccepted(sc.Round, f.id)
			return
		case code == api.CodeUnknownOperator:
			// Expected once: a round opened before this operator registered
			// has a reference block at which it was not in the set yet.
			log.Warn("aggregator did not count the signature: this operator was not registered at the round's reference block "+
				"(registered after the round opened?); rounds opened after the registration count it",
				zap.Uint32("referenceBlock", ref), zap.Error(err))
			s.mon.signatureRejected(code)
			return
		case api.Permanent(code):
			log.Error("aggregator rejected the signature", zap.Int("code", code), zap.Error(err))
			s.mon.signatureRejected(code)
			return
		}
		if ctx.Err() != nil {
			log.Error("giving up sending the signature", zap.Int("attempts", attempt), zap.Error(err))
			s.mon.submitFailed()
			return
		}
		log.Warn("sending the signature failed, retrying", zap.Int("attempt", attempt), zap.Duration("wait", wait), zap.Error(err))
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			log.Error("giving up sending the signature", zap.Int("attempts", attempt), zap.Error(err))
			s.mon.submitFailed()
			return
		case <-timer.C:
		}
		wait = min(2*wait, s.backoffMax)
	}
}

// targetChains are the chain ids of a round's targets, in order.
func targetChains(ts []api.Target) []uint64 {
	out := make([]uint64, len(ts))
	for i, t := range ts {
		out[i] = t.ChainID
	}
	return out
}

// finish ends the work on w; a non-empty reason counts a refusal.
func (f *follower) finish(w *roundWork, reason Reason) {
	if f.work == w {
		f.work = nil
	}
	f.lastHandled = max(f.lastHandled, w.round.Round)
	f.s.mon.roundFinished(w.round.Round, reason)
}

// refuse counts a round refused before work on it began and marks it
// handled.
func (f *follower) refuse(round uint64, reason Reason) {
	f.lastHandled = max(f.lastHandled, round)
	f.s.mon.roundFinished(round, reason)
}
