package aggregator

import (
	"time"

	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
)

// certifyOffL1 applies the L1 cadence (l1-every = N): of the rounds that
// reach quorum, only every Nth is posted to L1; the others close here as
// certified, their signatures kept for delivery to rollups (which never
// wait for L1). It reports whether it closed r.
func (s *Service) certifyOffL1(r *round) bool {
	s.mu.Lock()
	if s.cfg.L1Every <= 1 || s.sinceL1+1 >= s.cfg.L1Every {
		s.mu.Unlock()
		return false
	}
	g := r.best(s.threshold)
	if g == nil { // the threshold was raised since quorum was reached
		r.quorumAt, r.submitting = time.Time{}, false
		s.mu.Unlock()
		return true
	}
	r.rec.ClaimsRoot = g.root
	r.rec.SignedBips = r.bips(g)
	r.rec.QuorumDigest = g.digest
	s.closeRoundLocked(r, api.StatusCertified)
	signers, sinceL1 := len(g.signers), s.sinceL1
	s.mu.Unlock()
	s.persistClosed(r) // the record's fsync, outside the lock
	s.log.Info("round certified (not posted to L1: l1-every)", zap.Uint64("round", r.rec.Round), zap.Int("signers", signers),
		zap.Int("l1Every", s.cfg.L1Every), zap.Int("sinceL1", sinceL1))
	return true
}
