package aggregator

import (
	"context"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/rollcall-avs/rollcall/core/blsverify"
)

// maxBatch bounds one verification batch.
const maxBatch = 256

// batchWindow is how long the loop waits for more signatures when fewer
// than minBatch are queued. A batch check costs two pairings (~3 ms)
// however many signatures it covers, and a lone signature one pairing
// check: without the wait, signatures arriving a few at a time (as they
// do from many operators over the network) were checked in batches of
// one to three, ~170 µs of CPU per signature at 1,000 operators (rollcall
// bench); the window costs at most a millisecond of latency.
const (
	batchWindow = time.Millisecond
	minBatch    = 32
)

// verifyReq is one signature waiting for verification.
type verifyReq struct {
	msg  blsverify.Message
	sig  *bls.Signature
	pk   *bls.G2Point
	done chan error
}

// verify queues a signature and waits for the verdict. Signatures that
// arrive while a batch is being checked form the next batch, so under load
// (many operators answering a round at once) each pairing check covers
// many signatures.
func (s *Service) verify(ctx context.Context, msg blsverify.Message, sig *bls.Signature, pk *bls.G2Point) error {
	req := &verifyReq{msg: msg, sig: sig, pk: pk, done: make(chan error, 1)}
	select {
	case s.verifyCh <- req:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-req.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// verifyLoop drains the queue in batches until ctx ends.
func (s *Service) verifyLoop(ctx context.Context) {
	for {
		var first *verifyReq
		select {
		case <-ctx.Done():
			return
		case first = <-s.verifyCh:
		}
		batch := s.collect(ctx, first)
		s.metrics.VerifyBatch(len(batch))
		s.verifyBatch(batch)
	}
}

// collect gathers a batch after first: whatever is queued, and when that
// is fewer than minBatch, what arrives within batchWindow.
func (s *Service) collect(ctx context.Context, first *verifyReq) []*verifyReq {
	batch := []*verifyReq{first}
	var window <-chan time.Time
	for len(batch) < maxBatch {
		select {
		case r := <-s.verifyCh:
			batch = append(batch, r)
			continue
		default:
		}
		if len(batch) >= minBatch {
			return batch
		}
		if window == nil {
			t := time.NewTimer(batchWindow)
			defer t.Stop()
			window = t.C
		}
		select {
		case r := <-s.verifyCh:
			batch = append(batch, r)
		case <-window:
			return batch
		case <-ctx.Done():
			return batch
		}
	}
	return batch
}

// verifyBatch checks a batch: per message, one random-linear-combination
// check (bisecting to find bad signatures), or one pairing per signature
// when batch verification is off.
func (s *Service) verifyBatch(batch []*verifyReq) {
	byMsg := map[[32]byte][]*verifyReq{}
	for _, r := range batch {
		byMsg[r.msg.Digest()] = append(byMsg[r.msg.Digest()], r)
	}
	for _, reqs := range byMsg {
		if !s.cfg.BatchVerify || len(reqs) == 1 {
			for _, r := range reqs {
				r.done <- r.msg.Verify(r.sig, r.pk)
			}
			continue
		}
		sigs := make([]*bls.Signature, len(reqs))
		pks := make([]*bls.G2Point, len(reqs))
		for i, r := range reqs {
			sigs[i], pks[i] = r.sig, r.pk
		}
		bad, err := blsverify.BatchVerify(reqs[0].msg, sigs, pks)
		if err != nil {
			for _, r := range reqs {
				r.done <- err
			}
			continue
		}
		badSet := map[int]bool{}
		for _, i := range bad {
			badSet[i] = true
		}
		for i, r := range reqs {
			if badSet[i] {
				r.done <- blsverify.ErrBadSignature
			} else {
				r.done <- nil
			}
		}
	}
}
