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
}

// run is the daemon's loop: one step per poll interval until ctx ends.
func (s *Service) run(ctx context.Context) error {
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	for {
		s.step(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// step polls the aggregator, starts work on a new round, and moves the
// current round forward as far as the rollups allow.
func (s *Service) step(ctx context.Context) {
	r, err := s.agg.OpenRound(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		if !s.aggDown {
			s.log.Warn("aggregator unreachable", zap.Error(err))
		} else {
			s.log.Debug("aggregator still unreachable", zap.Error(err))
		}
		s.aggDown = true
		s.mon.aggregatorPolled(false)
		return
	}
	if s.aggDown {
		s.log.Info("aggregator reachable again")
	}
	s.aggDown = false
	s.mon.aggregatorPolled(true)

	if r != nil {
		s.observe(r)
	}
	w := s.work
	if w == nil {
		return
	}
	if time.Now().After(w.deadline) {
		w.log.Warn("rollups did not reach the target heights in time: round not signed",
			zap.Duration("roundTimeout", s.cfg.RoundTimeout), zap.Int("missing", len(w.round.Targets)-len(w.claims)))
		s.finish(w, ReasonTimeout)
		return
	}
	if !s.checkTable(ctx, w) {
		return
	}
	if !s.readClaims(ctx, w) {
		return
	}
	s.signAndSubmit(ctx, w)
}

// observe takes note of the aggregator's open round and starts work on it
// when it is new. A round it cannot sign is refused at once.
func (s *Service) observe(r *api.Round) {
	s.mon.roundObserved(r.Round)
	if r.Round <= s.lastHandled || (s.work != nil && r.Round <= s.work.round.Round) {
		return
	}
	s.mon.roundSeen(r.Round)
	log := s.log.With(zap.Uint64("round", r.Round))
	if old := s.work; old != nil {
		old.log.Warn("aggregator opened a newer round before this one could be signed",
			zap.Uint64("newRound", r.Round), zap.Int("missing", len(old.round.Targets)-len(old.claims)))
		s.finish(old, ReasonReplaced)
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
		s.refuse(r.Round, reason)
		return
	}
	log.Info("new round", zap.Uint32("referenceBlock", r.ReferenceBlock), zap.Int("targets", len(r.Targets)))
	s.work = &roundWork{
		round:    *r,
		deadline: time.Now().Add(s.cfg.RoundTimeout),
		claims:   map[uint64]core.Claim{},
		warned:   map[uint64]bool{},
		log:      log,
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
	return "", nil
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
func (s *Service) signAndSubmit(ctx context.Context, w *roundWork) {
	claims := make([]core.Claim, 0, len(w.claims))
	for _, c := range w.claims {
		claims = append(claims, c)
	}
	tree, err := core.BuildTree(claims)
	if err != nil { // checkRound rules this out
		w.log.Error("cannot build the claims tree", zap.Error(err))
		s.finish(w, ReasonBadTargets)
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
			s.finish(w, ReasonTableConflict)
		case errors.As(err, &conflict):
			log.Error("REFUSING TO SIGN: claim conflicts with a claim signed before (slashable)",
				zap.Uint64("chainId", conflict.New.ChainID), zap.Uint64("block", conflict.New.BlockNumber),
				zap.Stringer("signedBlockHash", conflict.Recorded.BlockHash), zap.Stringer("signedStateRoot", conflict.Recorded.StateRoot),
				zap.Stringer("newBlockHash", conflict.New.BlockHash), zap.Stringer("newStateRoot", conflict.New.StateRoot))
			s.finish(w, ReasonConflict)
		case errors.As(err, &other):
			log.Error("REFUSING TO SIGN: round already signed with another digest",
				zap.Stringer("signedDigest", other.Recorded))
			s.finish(w, ReasonRoundDigest)
		default:
			log.Error("cannot write the signing record: not signing", zap.Error(err))
			s.finish(w, ReasonRecord)
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
	s.submit(ctx, log, sc, digest, w.round.ReferenceBlock)
	s.finish(w, "")
}

// submit sends sc, retrying transport errors and CodeInternal with
// exponential backoff for at most round-timeout; a permanent refusal is
// logged and not retried.
func (s *Service) submit(ctx context.Context, log *zap.Logger, sc api.SignedCheckpoint, digest common.Hash, ref uint32) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RoundTimeout)
	defer cancel()
	wait := s.backoffMin
	for attempt := 1; ; attempt++ {
		res, err := s.agg.SubmitSignature(ctx, sc)
		if err == nil {
			if res.Digest != digest {
				log.Warn("aggregator counted the signature for another digest", zap.Stringer("aggregatorDigest", res.Digest))
			}
			log.Info("signature accepted", zap.Uint32s("signedBips", res.SignedBips), zap.Int("attempts", attempt))
			s.accepted(sc.Round)
			return
		}
		code := api.ErrorCode(err)
		switch {
		case code == api.CodeDuplicate:
			log.Info("aggregator already has this operator's signature for the round", zap.Error(err))
			s.accepted(sc.Round)
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

func (s *Service) accepted(round uint64) {
	s.mon.signatureAccepted(round)
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
func (s *Service) finish(w *roundWork, reason Reason) {
	if s.work == w {
		s.work = nil
	}
	if reason != "" {
		s.refuse(w.round.Round, reason)
		return
	}
	s.mon.roundDone(w.round.Round)
	s.lastHandled = max(s.lastHandled, w.round.Round)
}

// refuse counts a refused round and marks it handled.
func (s *Service) refuse(round uint64, reason Reason) {
	s.lastHandled = max(s.lastHandled, round)
	s.mon.roundRefused(round, reason)
}
