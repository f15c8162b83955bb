package aggregator

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
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

// dueRounds marks and returns the rounds ready for submission. A replica
// of rank k for a round (replica-index, replica-count) takes it k ×
// replica-stagger after it became due: by then the first replica has
// usually landed it, which the registry check at submission finds.
func (s *Service) dueRounds() []*round {
	s.mu.Lock()
	defer s.mu.Unlock()
	var due []*round
	now := time.Now()
	for _, r := range s.rounds {
		if r.submitting || r.quorumAt.IsZero() || r.rec.Status != api.StatusOpen || now.Before(r.retryAt) {
			continue
		}
		if r.dueAt.IsZero() && (now.Sub(r.quorumAt) >= s.cfg.LateWindow || len(r.signed) == len(r.snap.Operators)) {
			r.dueAt = now
		}
		if r.dueAt.IsZero() || now.Before(r.dueAt.Add(s.staggerOf(r.rec.Round))) {
			continue
		}
		r.submitting = true
		due = append(due, r)
	}
	return due
}

// staggerOf is how long after round n is due this replica waits before
// it checks the registry and sends: rank × replica-stagger.
func (s *Service) staggerOf(n uint64) time.Duration {
	return time.Duration(s.cfg.replicaRank(n)) * s.cfg.ReplicaStagger
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
	certified, err := s.certifyScheduled(ctx, r)
	if err != nil {
		log.Warn("could not read the registry's latest round; will retry", zap.Error(err))
		s.retryLater(r)
		return
	}
	if certified {
		return
	}

	s.mu.Lock()
	g := r.best(s.threshold)
	if g == nil { // the threshold was raised since quorum was reached
		r.quorumAt, r.dueAt, r.submitting = time.Time{}, time.Time{}, false
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

	receipt, sent, err := s.sendAttest(ctx, r, sub)
	if err != nil {
		if rev, ok := chainio.DecodeRevert(err, registryABI()); ok && rev.Name == "StaleReferenceBlock" {
			log.Warn("round too old to attest", zap.Error(rev))
			s.finish(r, func(rec *roundRecord) { rec.Status = api.StatusExpired })
			return
		}
		if sent != nil {
			s.minedRevert(ctx, r, sent, receipt)
		}
		// Another submitter may have got the round in: the estimate
		// reverted with AlreadyAttested, or its transaction was mined
		// before ours. Then it is recorded from the chain at once; if the
		// node we read has not served it yet, the retry asks again.
		if done, err := s.attestedOnChain(ctx, r); err == nil && done {
			return
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

// sentAttest is what is known of an attest transaction handed to the tx
// manager, to find it on L1 when the manager reports only a failure.
type sentAttest struct {
	nonce     uint64
	fromBlock uint64 // the L1 head before it was sent
}

// sendAttest builds the signature data and sends the attestation through
// the tx manager, which bumps fees until the transaction is mined. sent is
// set once a transaction may have gone out.
func (s *Service) sendAttest(ctx context.Context, r *round, sub submission) (*types.Receipt, *sentAttest, error) {
	sigData, err := s.state.SignatureData(ctx, r.snap, sub.signers, sub.aggSig, sub.aggPk)
	if err != nil {
		return nil, nil, fmt.Errorf("signature data: %w", err)
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
		return nil, nil, fmt.Errorf("read lanes: %w", err)
	}
	opts, err := s.txMgr.GetNoSendTxOpts()
	if err != nil {
		return nil, nil, err
	}
	opts.Context = ctx
	tx, err := s.registry.Attest(opts, sub.round, sub.ref, claims, lanes, sigData)
	if err != nil {
		return nil, nil, err
	}
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read L1 head: %w", err)
	}
	sent := &sentAttest{nonce: tx.Nonce(), fromBlock: head}
	receipt, err := s.txMgr.Send(ctx, tx, true)
	if err != nil {
		return nil, sent, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, sent, fmt.Errorf("attest tx %s: %w", receipt.TxHash, chainio.ErrReverted)
	}
	return receipt, sent, nil
}

// minedRevert tells whether our attest transaction for r (receipt, or
// the transaction of sent's nonce, which the tx manager does not return
// when it failed) was mined and reverted; if so it counts it, in the
// round's record and rollcall_aggregator_attest_reverted_total, and logs
// the gas it wasted.
func (s *Service) minedRevert(ctx context.Context, r *round, sent *sentAttest, receipt *types.Receipt) bool {
	if receipt == nil {
		var err error
		if receipt, err = s.findOwnTx(ctx, sent); err != nil || receipt == nil {
			if err != nil {
				s.log.Warn("could not look for the failed attest transaction", zap.Uint64("round", r.rec.Round), zap.Error(err))
			}
			return false
		}
	}
	if receipt.Status == types.ReceiptStatusSuccessful {
		return false
	}
	s.mu.Lock()
	r.rec.AttestReverts++
	s.mu.Unlock()
	s.metrics.AttestReverted(receipt.GasUsed)
	s.log.Warn("attest transaction mined and reverted", zap.Uint64("round", r.rec.Round), zap.Stringer("tx", receipt.TxHash),
		zap.Uint64("block", receipt.BlockNumber.Uint64()), zap.Uint64("gasWasted", receipt.GasUsed))
	return true
}

// findOwnTx finds the receipt of our transaction with sent's nonce, mined
// at or after sent.fromBlock (nil when none is: it was never mined).
func (s *Service) findOwnTx(ctx context.Context, sent *sentAttest) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(s.key.PublicKey)
	mined, err := s.l1.NonceAt(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	if mined <= sent.nonce {
		return nil, nil // that nonce is still unused
	}
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(s.dep.L1.ChainID))
	for n := sent.fromBlock; n <= head; n++ {
		block, err := s.l1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		for _, tx := range block.Transactions() {
			if tx.Nonce() != sent.nonce || tx.To() == nil || *tx.To() != s.dep.AVS.Registry {
				continue
			}
			if sender, err := types.Sender(signer, tx); err != nil || sender != from {
				continue
			}
			return s.l1.TransactionReceipt(ctx, tx.Hash())
		}
	}
	return nil, nil
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
	// Ours (an earlier run's) or another key's: another replica's.
	elsewhere, err := s.sentByOther(ctx, txHash)
	if err != nil {
		return false, err
	}
	s.finish(r, func(rec *roundRecord) {
		rec.Status = api.StatusAttested
		rec.ClaimsRoot = root
		rec.AttestedBlock = block
		rec.TxHash = txHash
		rec.GasUsed = gas
		rec.AttestedElsewhere = elsewhere
		if rec.AttestedAt == 0 {
			rec.AttestedAt = time.Now().UnixMilli()
		}
	})
	if elsewhere {
		s.metrics.AttestedElsewhere()
	}
	s.log.Info("round found attested on L1", zap.Uint64("round", r.rec.Round), zap.Uint64("block", block),
		zap.Stringer("tx", txHash), zap.Bool("elsewhere", elsewhere))
	return true, nil
}

// sentByOther tells whether the transaction txHash was sent by a key
// other than this aggregator's.
func (s *Service) sentByOther(ctx context.Context, txHash common.Hash) (bool, error) {
	tx, _, err := s.l1.TransactionByHash(ctx, txHash)
	if err != nil {
		return false, fmt.Errorf("read attest tx %s: %w", txHash, err)
	}
	sender, err := types.Sender(types.LatestSignerForChainID(new(big.Int).SetUint64(s.dep.L1.ChainID)), tx)
	if err != nil {
		return false, fmt.Errorf("sender of attest tx %s: %w", txHash, err)
	}
	return sender != crypto.PubkeyToAddress(s.key.PublicKey), nil
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
