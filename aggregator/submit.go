package aggregator

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
)

// submitTick is how often the submitter looks for rounds whose late window
// has passed.
const submitTick = 50 * time.Millisecond

// A round waits retryDelay after its first failed submission, twice as
// long after each further failure, at most maxRetryDelay: an L1 outage
// costs a few registry calls a minute per round, not a loop of them.
const (
	retryDelay    = 2 * time.Second
	maxRetryDelay = 16 * time.Second
)

// submitLoop submits rounds once their late window has passed (or at once
// when every operator has signed), one at a time.
func (s *Service) submitLoop(ctx context.Context) {
	ticker := time.NewTicker(submitTick)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		for _, r := range s.dueRounds() {
			s.submit(ctx, r)
		}
	}
}

// dueRounds marks and returns the rounds ready for submission.
func (s *Service) dueRounds() []*round {
	s.mu.Lock()
	defer s.mu.Unlock()
	var due []*round
	now := time.Now()
	for _, r := range s.rounds {
		if r.submitting || r.quorumAt.IsZero() || r.rec.Status != api.StatusOpen || now.Before(r.retryAt) {
			continue
		}
		if now.Sub(r.quorumAt) >= s.cfg.LateWindow || len(r.signed) == len(r.snap.Operators) {
			r.submitting = true
			due = append(due, r)
		}
	}
	return due
}

// submission is what the submitter takes from a round under the lock.
type submission struct {
	round   uint64
	ref     uint32
	claims  []core.Claim
	root    common.Hash
	signers []common.Hash
	aggSig  *bls.Signature
	aggPk   *bls.G2Point
	bips    []uint32
}

// submit attests one round, or learns that it already is.
func (s *Service) submit(ctx context.Context, r *round) {
	n := r.rec.Round
	log := s.log.With(zap.Uint64("round", n))
	if s.certifyOffL1(r) {
		return
	}
	done, err := s.attestedOnChain(ctx, r)
	if err != nil {
		log.Warn("could not read the registry; will retry", zap.Error(err))
		s.retryLater(r)
		return
	}
	if done {
		return
	}

	s.mu.Lock()
	g := r.best(s.threshold)
	if g == nil { // the threshold was raised since quorum was reached
		r.quorumAt, r.submitting = time.Time{}, false
		s.mu.Unlock()
		log.Warn("quorum no longer met at the registry's current threshold")
		return
	}
	sub := submission{
		round: n, ref: r.rec.ReferenceBlock, claims: g.claims, root: g.root,
		signers: append([]common.Hash(nil), g.signers...),
		bips:    r.bips(g),
	}
	sigSum, pkSum := g.sigSum, g.pkSum // copies, converted outside the lock
	s.mu.Unlock()
	sub.aggSig, sub.aggPk = (&digestGroup{sigSum: sigSum, pkSum: pkSum}).aggregate()

	receipt, err := s.sendAttest(ctx, r, sub)
	if err != nil {
		if rev, ok := chainio.DecodeRevert(err, registryABI()); ok {
			switch rev.Name {
			case "AlreadyAttested":
				// Recorded from the chain; if the node we read has not
				// seen it yet, the retry below asks again.
				if done, err := s.attestedOnChain(ctx, r); err == nil && done {
					return
				}
			case "StaleReferenceBlock":
				log.Warn("round too old to attest", zap.Error(rev))
				s.finish(r, func(rec *roundRecord) { rec.Status = api.StatusExpired })
				return
			}
		}
		log.Error("attestation failed; will retry", zap.Error(err))
		s.retryLater(r)
		return
	}
	s.finish(r, func(rec *roundRecord) {
		rec.Status = api.StatusAttested
		rec.ClaimsRoot = sub.root
		rec.TxHash = receipt.TxHash
		rec.GasUsed = receipt.GasUsed
		rec.AttestedBlock = receipt.BlockNumber.Uint64()
		rec.AttestedAt = time.Now().UnixMilli()
		rec.SignedBips = sub.bips
	})
	s.metrics.Submitted(len(sub.signers), receipt.GasUsed)
	log.Info("round attested", zap.Int("signers", len(sub.signers)), zap.Int("operators", len(r.snap.Operators)),
		zap.Uint64("gas", receipt.GasUsed), zap.Stringer("tx", receipt.TxHash))
}

// sendAttest builds the signature data and sends the attestation through
// the tx manager, which bumps fees until the transaction is mined.
func (s *Service) sendAttest(ctx context.Context, r *round, sub submission) (*types.Receipt, error) {
	sigData, err := s.state.SignatureData(ctx, r.snap, sub.signers, sub.aggSig, sub.aggPk)
	if err != nil {
		return nil, fmt.Errorf("signature data: %w", err)
	}
	claims := make([]rollcallregistry.RollcallCodecClaim, len(sub.claims))
	chainIDs := make([]uint64, len(sub.claims))
	for i, c := range sub.claims {
		claims[i] = rollcallregistry.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
		chainIDs[i] = c.ChainID
	}
	// Each rollup's lane in the registry (NEW_LANE for one without a lane
	// yet, which the registry then looks up or assigns itself).
	lanes, err := s.registry.LanesOf(&bind.CallOpts{Context: ctx}, chainIDs)
	if err != nil {
		return nil, fmt.Errorf("read lanes: %w", err)
	}
	opts, err := s.txMgr.GetNoSendTxOpts()
	if err != nil {
		return nil, err
	}
	opts.Context = ctx
	tx, err := s.registry.Attest(opts, sub.round, sub.ref, claims, lanes, sigData)
	if err != nil {
		return nil, err
	}
	receipt, err := s.txMgr.Send(ctx, tx, true)
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("attest tx %s: %w", receipt.TxHash, chainio.ErrReverted)
	}
	return receipt, nil
}

// attestedOnChain checks the registry for the round and, when it is there
// already (an earlier run, or another submitter, got it in), records it as
// attested from the CheckpointAttested event.
func (s *Service) attestedOnChain(ctx context.Context, r *round) (bool, error) {
	root, err := s.registry.ClaimsRoot(&bind.CallOpts{Context: ctx}, r.rec.Round)
	if err != nil {
		return false, err
	}
	if root == ([32]byte{}) {
		return false, nil
	}
	// The registry stores only the root: the block and transaction come from
	// the round's event.
	it, err := s.registry.FilterCheckpointAttested(&bind.FilterOpts{Start: s.dep.L1.DeployedAtBlock, Context: ctx}, []uint64{r.rec.Round})
	if err != nil {
		return false, err
	}
	defer it.Close()
	if !it.Next() {
		if err := it.Error(); err != nil {
			return false, err
		}
		return false, fmt.Errorf("round %d is attested but the node serves no CheckpointAttested event for it yet", r.rec.Round)
	}
	txHash, block := it.Event.Raw.TxHash, it.Event.Raw.BlockNumber
	var gas uint64
	if receipt, err := s.l1.TransactionReceipt(ctx, txHash); err == nil {
		gas = receipt.GasUsed
	}
	s.finish(r, func(rec *roundRecord) {
		rec.Status = api.StatusAttested
		rec.ClaimsRoot = root
		rec.AttestedBlock = block
		rec.TxHash = txHash
		rec.GasUsed = gas
		if rec.AttestedAt == 0 {
			rec.AttestedAt = time.Now().UnixMilli()
		}
	})
	s.log.Info("round found attested on L1", zap.Uint64("round", r.rec.Round), zap.Uint64("block", block))
	return true, nil
}

// finish records a round's final state and forgets it.
func (s *Service) finish(r *round, update func(*roundRecord)) {
	s.mu.Lock()
	update(r.rec)
	s.closeRoundLocked(r, r.rec.Status)
	s.mu.Unlock()
	s.persistClosed(r)
}

// retryLater hands the round back for another attempt after its back-off.
func (s *Service) retryLater(r *round) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r.submitting = false
	r.retryAt = time.Now().Add(backoff(r.retries))
	r.retries++
	s.metrics.SubmissionRetry()
}

// backoff is the wait after failures+1 failed submissions in a row.
func backoff(failures int) time.Duration {
	d := retryDelay
	for range failures {
		if d >= maxRetryDelay {
			break
		}
		d *= 2
	}
	return min(d, maxRetryDelay)
}

// registryABI is the registry's parsed ABI, for decoding its custom errors.
var registryABI = sync.OnceValue(func() *abi.ABI {
	parsed, err := rollcallregistry.RollcallRegistryMetaData.GetAbi()
	if err != nil {
		panic(fmt.Sprintf("registry ABI: %v", err)) // generated code: cannot fail
	}
	return parsed
})
