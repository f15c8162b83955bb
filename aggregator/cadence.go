package aggregator

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
)

// certifyOffL1 applies the L1 cadence (l1-every = N) to unscheduled
// rounds: of the rounds that reach quorum, only every Nth is posted to L1;
// the others close here as certified, their signatures kept for delivery
// to rollups (which never wait for L1). It reports whether it closed r.
func (s *Service) certifyOffL1(r *round) bool {
	s.mu.Lock()
	if s.cfg.L1Every <= 1 || s.cfg.schedule().On() || s.sinceL1+1 >= s.cfg.L1Every {
		s.mu.Unlock()
		return false
	}
	s.certifyLocked(r, "l1-every", zap.Int("sinceL1", s.sinceL1))
	return true
}

// certifyScheduled applies the L1 cadence to scheduled rounds, from the
// chain so that every replica decides alike: round r is posted iff the
// registry's latestRound() + l1-every ≤ r, else certified. It reports
// whether it closed r.
func (s *Service) certifyScheduled(ctx context.Context, r *round) (bool, error) {
	if s.cfg.L1Every <= 1 || !s.cfg.schedule().On() {
		return false, nil
	}
	latest, err := s.registry.LatestRound(&bind.CallOpts{Context: ctx})
	if err != nil {
		return false, err
	}
	if latest+uint64(s.cfg.L1Every) <= r.rec.Round {
		return false, nil
	}
	s.mu.Lock()
	s.certifyLocked(r, "l1-every, from the registry's latest round", zap.Uint64("registryLatestRound", latest))
	return true, nil
}

// certifyLocked closes r as certified (or hands it back when the threshold
// was raised since quorum). Callers hold s.mu; it releases it.
func (s *Service) certifyLocked(r *round, why string, field zap.Field) {
	g := r.best(s.threshold)
	if g == nil { // the threshold was raised since quorum was reached
		r.quorumAt, r.dueAt, r.submitting = time.Time{}, time.Time{}, false
		s.mu.Unlock()
		return
	}
	r.rec.ClaimsRoot = g.root
	r.rec.SignedBips = r.bips(g)
	r.rec.QuorumDigest = g.digest
	s.closeRoundLocked(r, api.StatusCertified)
	signers := len(g.signers)
	s.mu.Unlock()
	s.persistClosed(r) // the record's fsync, outside the lock
	s.log.Info("round certified (not posted to L1: "+why+")", zap.Uint64("round", r.rec.Round), zap.Int("signers", signers),
		zap.Int("l1Every", s.cfg.L1Every), field)
}
