package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// handleFaults turns every queued fault into evidence and submits it. A
// fault whose submission failed for a passing reason is queued again for
// the next pass.
func (s *Service) handleFaults(ctx context.Context, r *Report) {
	queue := s.queue
	s.queue = nil
	for _, f := range queue {
		retry, err := s.handle(ctx, &f, r)
		if err != nil {
			r.Errors = append(r.Errors, fmt.Sprintf("fault %s: %v", f.id, err))
			s.log.Error("could not act on a fault; will retry", zap.String("fault", f.id), zap.Error(err))
		}
		if retry {
			s.queue = append(s.queue, f)
		}
	}
	s.health.unsubmitted(len(s.queue))
}

// handle builds, checks and submits the evidence of one fault. retry says
// whether to try again in the next pass.
func (s *Service) handle(ctx context.Context, f *fault, r *Report) (retry bool, err error) {
	log := s.log.With(zap.String("form", f.form.String()), zap.Uint64("chainId", f.key.chainID), zap.Uint64("blockNumber", f.key.blockNumber))
	ev, err := s.build(ctx, *f)
	switch {
	case err == nil:
	case errors.Is(err, evidence.ErrAlreadySlashed), errors.Is(err, evidence.ErrNoGuilty):
		// Punished already (by this watcher before a restart, or by anyone).
		s.metrics.AlreadySlashed()
		r.AlreadySlashed++
		log.Info("fault already slashed", zap.Error(err))
		return false, nil
	case errors.Is(err, evidence.ErrNotSlashable):
		s.found(f, r)
		log.Error("slashable fault, but the operator is no longer slashable by the AVS", zap.Error(err))
		return false, nil
	case errors.Is(err, evidence.ErrNotSigner), errors.Is(err, evidence.ErrNotRegistered),
		errors.Is(err, evidence.ErrBadSignature), errors.Is(err, evidence.ErrBadProof),
		errors.Is(err, evidence.ErrNoConflict), errors.Is(err, evidence.ErrDifferentBlocks), errors.Is(err, errNoSignature):
		// Not evidence against anyone: e.g. the operator did not sign the
		// attested side (a non-signer), or a source listed a bad signature.
		log.Debug("conflicting claims prove no fault", zap.Error(err))
		return false, nil
	case errors.Is(err, evidence.ErrReferenceBlock):
		return true, nil
	default:
		return true, err
	}
	if f.counted {
		// Found in an earlier pass, not submitted yet: try again quietly.
		return s.submitFault(ctx, f, ev, r, log)
	}
	s.found(f, r)
	guilty := make([]string, len(ev.Guilty))
	for i, g := range ev.Guilty {
		guilty[i] = g.Address.Hex()
	}
	log.Error("slashable fault: conflicting claims signed",
		zap.Strings("operators", guilty), zap.Stringer("stateRootA", ev.A.Claim.StateRoot), zap.Stringer("stateRootB", ev.B.Claim.StateRoot),
		zap.Stringer("blockHashA", ev.A.Claim.BlockHash), zap.Stringer("blockHashB", ev.B.Claim.BlockHash),
		zap.Uint64("roundA", ev.A.Checkpoint.Round), zap.Uint64("roundB", ev.B.Checkpoint.Round))
	return s.submitFault(ctx, f, ev, r, log)
}

// found counts a fault once, however many passes it takes to submit it.
func (s *Service) found(f *fault, r *Report) {
	if f.counted {
		return
	}
	f.counted = true
	s.metrics.FaultFound(f.form.String())
	r.Faults++
}

// submitFault leaves out what was submitted before, dry-runs the evidence
// and sends it. retry says whether to try again in the next pass.
func (s *Service) submitFault(ctx context.Context, f *fault, ev *evidence.Evidence, r *Report, log *zap.Logger) (retry bool, err error) {
	// Leave out what this watcher already submitted (the chain has it, or
	// will: a restart must not pay for it again).
	ev, err = ev.Filter(func(op evidence.Operator) bool {
		done, err := s.store.submitted(op.Address, f.key.chainID, f.key.blockNumber)
		return err != nil || !done
	})
	if errors.Is(err, evidence.ErrNoGuilty) {
		s.metrics.AlreadySlashed()
		r.AlreadySlashed++
		return false, nil
	}
	if err := evidence.Simulate(ctx, s.l1, s.from, s.dep.AVS.Slasher, ev); err != nil {
		var re *evidence.RevertError
		if errors.As(err, &re) {
			if re.Name == "AlreadySlashed" {
				s.metrics.AlreadySlashed()
				r.AlreadySlashed++
				return false, nil
			}
			s.metrics.EvidenceReverted(re.Name)
			log.Error("the slasher refuses the evidence", zap.String("error", re.Name), zap.Any("args", re.Args))
			return false, nil
		}
		return true, fmt.Errorf("dry run: %w", err)
	}
	if s.txMgr == nil {
		log.Warn("evidence not submitted: no ecdsa-keystore configured (report-only watcher)")
		return true, nil
	}
	for _, piece := range ev.Split(maxGuiltyPerTx) {
		receipt, err := s.send(ctx, piece)
		if err != nil {
			return true, err
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			s.metrics.EvidenceReverted("mined-reverted")
			return true, fmt.Errorf("evidence tx %s reverted on chain", receipt.TxHash)
		}
		for _, op := range piece.Guilty {
			sub := Submission{Operator: op.Address, ChainID: f.key.chainID, BlockNumber: f.key.blockNumber, Form: f.form.String(),
				TxHash: receipt.TxHash, Block: receipt.BlockNumber.Uint64(), At: time.Now().UnixMilli()}
			if err := s.store.record(sub); err != nil {
				return false, fmt.Errorf("record submission: %w", err)
			}
		}
		if err := s.saveEvidence(piece, receipt.TxHash); err != nil {
			log.Warn("could not keep a copy of the evidence", zap.Error(err))
		}
		s.metrics.EvidenceSubmitted(f.form.String(), len(piece.Guilty))
		r.Submitted++
		log.Info("evidence submitted: operators slashed", zap.Int("guilty", len(piece.Guilty)),
			zap.Stringer("tx", receipt.TxHash), zap.Uint64("gas", receipt.GasUsed), zap.Uint64("block", receipt.BlockNumber.Uint64()))
	}
	return false, nil
}

// send submits one piece of evidence through the tx manager (fee bumping,
// gas margin).
func (s *Service) send(ctx context.Context, ev *evidence.Evidence) (*types.Receipt, error) {
	opts, err := s.txMgr.GetNoSendTxOpts()
	if err != nil {
		return nil, err
	}
	opts.Context = ctx
	tx, err := ev.Send(opts, s.slasher)
	if err != nil {
		return nil, fmt.Errorf("build %s: %w", ev.Form.Method(), err)
	}
	return s.txMgr.Send(ctx, tx, true)
}

var errNoSignature = errors.New("side has no recoverable signature")

// build is the evidence of f, checked by the builder.
func (s *Service) build(ctx context.Context, f fault) (*evidence.Evidence, error) {
	switch f.form {
	case evidence.FormAttested:
		a, err := attestedSide(f.attA, f.key.chainID)
		if err != nil {
			return nil, err
		}
		b, err := attestedSide(f.attB, f.key.chainID)
		if err != nil {
			return nil, err
		}
		return s.builder.Attested(ctx, a, b)
	case evidence.FormSigned:
		a, err := s.signedSide(ctx, f.sigA, f.key.chainID)
		if err != nil {
			return nil, err
		}
		b, err := s.signedSide(ctx, f.sigB, f.key.chainID)
		if err != nil {
			return nil, err
		}
		return s.builder.Signed(ctx, a, b)
	default:
		a, err := s.signedSide(ctx, f.sigA, f.key.chainID)
		if err != nil {
			return nil, err
		}
		b, err := attestedSide(f.attB, f.key.chainID)
		if err != nil {
			return nil, err
		}
		return s.builder.SignedAgainstAttested(ctx, a, b)
	}
}

func attestedSide(cp *Checkpoint, chainID uint64) (evidence.Attested, error) {
	if cp.Signature == nil {
		return evidence.Attested{}, fmt.Errorf("%w: %s round %d", errNoSignature, cp.Source, cp.Checkpoint.Round)
	}
	side, err := evidence.SideOf(cp.Checkpoint.Round, cp.Checkpoint.ReferenceBlock, cp.Tree.Claims(), chainID)
	if err != nil {
		return evidence.Attested{}, err
	}
	return evidence.Attested{Side: side, SignersBlock: cp.SignersBlock, Signature: *cp.Signature}, nil
}

func (s *Service) signedSide(ctx context.Context, sc *signedClaim, chainID uint64) (evidence.Signed, error) {
	m, ok := s.operators[sc.operator]
	if !ok {
		return evidence.Signed{}, fmt.Errorf("%w: operator id %s", evidence.ErrNotRegistered, sc.operator)
	}
	g2, err := s.pubkeyG2(ctx, m.Address)
	if err != nil {
		return evidence.Signed{}, err
	}
	side, err := evidence.SideOf(sc.round, sc.ref, sc.claims, chainID)
	if err != nil {
		return evidence.Signed{}, err
	}
	return evidence.Signed{Side: side, Operator: m.Address, Signature: sc.sig, PubkeyG2: g2}, nil
}

// pubkeyG2 is the operator's registered G2 key (cached).
func (s *Service) pubkeyG2(ctx context.Context, op common.Address) (*bls.G2Point, error) {
	if p, ok := s.g2[op]; ok {
		return p, nil
	}
	p, err := s.chain.PubkeyG2(ctx, op, s.dep.L1.DeployedAtBlock)
	if err != nil {
		return nil, err
	}
	s.g2[op] = p
	return p, nil
}

// EvidenceDir is where, under the data directory, the watcher keeps a copy
// of every evidence it submitted, as an evidence file named by its
// transaction (evidence-<tx>.json, the format of `slashing evidence`).
const EvidenceDir = "evidence"

func (s *Service) saveEvidence(ev *evidence.Evidence, tx common.Hash) error {
	dir := filepath.Join(s.cfg.DataDir, EvidenceDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(ev.File(s.dep.L1.ChainID, s.dep.AVS.Registry, s.dep.AVS.Slasher), "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "evidence-"+tx.Hex()+".json"), append(raw, '\n'), 0o600)
}
