package aggregator

import (
	"context"
	"errors"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/blsverify"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
)

// rpcService is the "rollcall" JSON-RPC namespace. go-ethereum's rpc
// package exposes its exported methods as rollcall_<lowerCamelName>.
type rpcService struct{ s *Service }

// OpenRound returns the newest open round, or null.
func (a *rpcService) OpenRound() (*api.Round, error) {
	s := a.s
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.rounds[s.newest]
	if !ok || r.rec.Status != api.StatusOpen {
		return nil, nil
	}
	return &api.Round{
		Round: r.rec.Round, ReferenceBlock: r.rec.ReferenceBlock, L1ChainID: s.dep.L1.ChainID,
		Registry: s.dep.AVS.Registry, Targets: r.rec.Targets, Table: r.rec.Table, Every: r.rec.Every,
	}, nil
}

// SubmitSignature verifies and counts one operator's signature. Nothing is
// changed unless every check passes; an accepted signature is on disk
// before the answer leaves.
func (a *rpcService) SubmitSignature(ctx context.Context, sc api.SignedCheckpoint) (*api.SubmitResult, error) {
	s := a.s
	if len(sc.Claims) == 0 || len(sc.Claims) > core.MaxClaims {
		return nil, api.Errorf(api.CodeInvalidParams, "a checkpoint holds 1 to %d claims, got %d", core.MaxClaims, len(sc.Claims))
	}
	if sc.Signature.X == nil || sc.Signature.Y == nil {
		return nil, api.Errorf(api.CodeInvalidParams, "signature x and y are required")
	}
	sig, err := blsverify.ParseSignature(sc.Signature)
	if err != nil {
		return nil, api.Errorf(api.CodeInvalidPoint, "signature: %v", err)
	}
	var tableSig *bls.Signature
	if sc.TableSignature != nil {
		if sc.TableSignature.X == nil || sc.TableSignature.Y == nil {
			return nil, api.Errorf(api.CodeInvalidParams, "tableSignature x and y are required")
		}
		if tableSig, err = blsverify.ParseSignature(*sc.TableSignature); err != nil {
			return nil, api.Errorf(api.CodeInvalidPoint, "tableSignature: %v", err)
		}
	}
	tree, err := core.BuildTree(sc.Claims)
	if err != nil {
		return nil, api.Errorf(api.CodeWrongClaims, "claims: %v", err)
	}

	// Checks against the round, under the lock.
	s.mu.Lock()
	r, ok := s.rounds[sc.Round]
	if !ok || r.rec.Status != api.StatusOpen {
		s.mu.Unlock()
		return nil, api.Errorf(api.CodeUnknownRound, "round %d is not open", sc.Round)
	}
	op := r.snap.Operators[sc.OperatorID]
	if op == nil {
		s.mu.Unlock()
		return nil, api.Errorf(api.CodeUnknownOperator, "operator %s is not registered at block %d", sc.OperatorID, r.rec.ReferenceBlock)
	}
	if r.signed[op.ID] {
		s.mu.Unlock()
		return nil, api.Errorf(api.CodeDuplicate, "operator %s already signed round %d", op.ID, sc.Round)
	}
	if err := r.checkTargets(sc.Claims); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	if err := r.checkTableSignature(tableSig != nil); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	var tableMsg *blsverify.Message
	if r.table != nil {
		tableMsg = &r.table.msg
	}
	cp := core.Checkpoint{Round: sc.Round, ReferenceBlock: r.rec.ReferenceBlock, ClaimsRoot: tree.Root()}
	digest := cp.Digest(s.dep.L1.ChainID, s.dep.AVS.Registry)
	var msg blsverify.Message
	known := false
	if g, ok := r.groups[digest]; ok {
		msg, known = g.msg, true // hashed to G1 once per digest
	}
	keyChecked := s.checkedKeys[op.ID]
	s.mu.Unlock()

	// Nothing expensive happens under the lock: hashing to G1, the subgroup
	// check, the pairing and the fsync all run outside it.
	if !known {
		msg = blsverify.NewMessage(digest)
	}

	// A registered key passed the registry's proof of possession, but the
	// subgroup check is ours to make, once per key.
	if !keyChecked {
		if err := blsverify.CheckPublicKeyG2(op.PubkeyG2); err != nil {
			return nil, api.Errorf(api.CodeInvalidPoint, "registered G2 key of %s: %v", op.ID, err)
		}
	}
	// Verification runs outside the lock, batched with concurrent arrivals.
	cpErr, tableErr := s.verifySubmission(ctx, msg, sig, tableMsg, tableSig, op.PubkeyG2)
	for _, err := range []error{cpErr, tableErr} {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return nil, api.Errorf(api.CodeInternal, "verification interrupted")
		}
	}
	if cpErr != nil {
		return nil, api.Errorf(api.CodeBadSignature, "signature of %s over round %d does not verify: %v", op.ID, sc.Round, cpErr)
	}
	if tableErr != nil {
		return nil, api.Errorf(api.CodeBadSignature, "table signature of %s over round %d's operator table (digest %s) does not verify: %v",
			op.ID, sc.Round, tableMsg.Digest(), tableErr)
	}

	s.mu.Lock()
	s.checkedKeys[op.ID] = true
	// The round may have closed, or a concurrent copy of this request won.
	// A round being submitted still counts late signatures: the submission
	// works on a copy, and if it fails the retry includes them.
	if r.rec.Status != api.StatusOpen {
		s.mu.Unlock()
		return nil, api.Errorf(api.CodeUnknownRound, "round %d closed while the signature was verified", sc.Round)
	}
	if r.signed[op.ID] || r.persisting[op.ID] {
		s.mu.Unlock()
		return nil, api.Errorf(api.CodeDuplicate, "operator %s already signed round %d", op.ID, sc.Round)
	}
	g := r.group(digest, tree, msg)
	r.persisting[op.ID] = true // a concurrent copy of this request is a duplicate from here on
	s.mu.Unlock()

	// Group commit: concurrent signatures share one transaction and one
	// fsync (Store.PutSignature batches), and each is on disk before its
	// answer leaves.
	err = s.store.PutSignature(sc.Round, op.ID, sigRecord{Digest: digest, Sig: sc.Signature, TableSig: sc.TableSignature}, g.claims)

	s.mu.Lock()
	defer s.mu.Unlock()
	delete(r.persisting, op.ID)
	if err != nil {
		if errors.Is(err, errDuplicate) {
			return nil, api.Errorf(api.CodeDuplicate, "operator %s already signed round %d", op.ID, sc.Round)
		}
		s.log.Error("persist signature", zap.Uint64("round", sc.Round), zap.Error(err))
		return nil, api.Errorf(api.CodeInternal, "could not store the signature")
	}
	if r.rec.Status != api.StatusOpen {
		// Stored, but the round closed meanwhile: like a late arrival.
		return nil, api.Errorf(api.CodeUnknownRound, "round %d closed while the signature was stored", sc.Round)
	}
	r.add(g, op, sig)
	if tableSig != nil {
		s.countTableLocked(r, op)
	}
	if r.quorumAt.IsZero() && r.meets(g, s.threshold) {
		r.quorumAt = time.Now()
		r.rec.QuorumAt, r.rec.QuorumDigest = r.quorumAt.UnixMilli(), digest
		s.noteCertifiedTableLocked(r)
		s.log.Info("quorum reached", zap.Uint64("round", sc.Round), zap.Int("signers", len(g.signers)))
	}
	return &api.SubmitResult{Digest: digest, SignedBips: r.bips(g)}, nil
}

// GetRound returns one round's status.
func (a *rpcService) GetRound(n api.Uint64) (*api.RoundStatus, error) {
	s := a.s
	s.mu.Lock()
	if r, ok := s.rounds[uint64(n)]; ok {
		st := r.status()
		s.mu.Unlock()
		sortSigners(&st)
		return &st, nil
	}
	s.mu.Unlock()
	rec, err := s.store.GetRound(uint64(n))
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "read round: %v", err)
	}
	if rec == nil {
		return nil, api.Errorf(api.CodeUnknownRound, "no round %d", n)
	}
	return s.closedStatus(rec)
}

// ListRounds pages through rounds, newest first.
func (a *rpcService) ListRounds(req api.ListRoundsRequest) ([]api.RoundStatus, error) {
	s := a.s
	limit := req.Limit
	switch {
	case limit == 0:
		limit = 100
	case limit < 0 || limit > api.MaxListRounds:
		return nil, api.Errorf(api.CodeInvalidParams, "limit must be 1..%d, got %d", api.MaxListRounds, limit)
	}
	recs, err := s.store.ListRounds(req.Before, limit)
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "read rounds: %v", err)
	}
	out := make([]api.RoundStatus, 0, len(recs))
	for _, rec := range recs {
		s.mu.Lock()
		r, open := s.rounds[rec.Round]
		var st api.RoundStatus
		if open {
			st = r.status()
		}
		s.mu.Unlock()
		if open {
			sortSigners(&st)
		}
		if !open {
			closed, err := s.closedStatus(rec)
			if err != nil {
				return nil, err
			}
			st = *closed
		}
		out = append(out, st)
	}
	return out, nil
}

// closedStatus renders a round that is no longer in memory: its signers
// come from the summary written when it closed, or, for a round closed
// before summaries existed, from its stored signatures.
func (s *Service) closedStatus(rec *roundRecord) (*api.RoundStatus, error) {
	st := recordStatus(rec)
	if rec.signers != nil {
		st.Signers = append(st.Signers, rec.signers...)
		return &st, nil
	}
	sigs, _, err := s.store.RoundSignatures(rec.Round)
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "read signatures: %v", err)
	}
	for _, sg := range sigs {
		st.Signers = append(st.Signers, api.Signer{OperatorID: sg.OperatorID, Digest: sg.Digest})
	}
	return &st, nil
}

// newRPCServer is the aggregator's JSON-RPC server of svc, bounded: one
// request body at most api.MaxRequestBytes, a batch at most
// api.MaxBatchItems calls and api.MaxBatchResponseBytes of results (the
// calls past the byte limit get a "response too large" error).
func newRPCServer(svc any) (*rpc.Server, error) {
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(api.MaxRequestBytes)
	srv.SetBatchLimits(api.MaxBatchItems, api.MaxBatchResponseBytes)
	if err := srv.RegisterName(api.Namespace, svc); err != nil {
		srv.Stop()
		return nil, err
	}
	return srv, nil
}

// rpcLimits are the HTTP limits of the JSON-RPC server: the defaults, with
// the body limit of the RPC server itself.
func rpcLimits() httpserver.Limits {
	l := httpserver.DefaultLimits()
	l.MaxBodyBytes = api.MaxRequestBytes
	return l
}

// operatorConns is the connection cap the JSON-RPC server needs for an
// operator set of maxOperators: every operator keeps a keep-alive
// connection or two (one per request in flight), and a connection over
// the cap is closed at once, failing that operator's submission.
func operatorConns(maxOperators uint32) int {
	return 2*int(maxOperators) + 64
}
