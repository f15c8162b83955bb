package aggregator

import (
	"context"
	"slices"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// GetCertificateData returns what a deliverer needs to carry a round that
// reached quorum to rollups: its checkpoint, every signature over the
// quorum digest with the signer's registered G2 key, and the signatures
// over the round's operator table when it asked for one. Rounds open with
// quorum, being submitted, attested or certified have it; others get
// CodeNoQuorum, unknown rounds CodeUnknownRound. The answer is bounded by
// the operator set of the round (at most optable.MaxOperators signers).
func (a *rpcService) GetCertificateData(ctx context.Context, n api.Uint64) (*api.CertificateData, error) {
	s := a.s
	round := uint64(n)
	var (
		rec    roundRecord
		digest common.Hash
		keys   map[common.Hash]*bls.G2Point
	)
	s.mu.Lock()
	if r, ok := s.rounds[round]; ok {
		if r.quorumAt.IsZero() {
			s.mu.Unlock()
			return nil, api.Errorf(api.CodeNoQuorum, "round %d has not reached quorum yet", round)
		}
		rec = *r.rec
		digest = rec.QuorumDigest
		if g := r.best(s.threshold); g != nil {
			digest = g.digest // the group a submission would take
		}
		keys = make(map[common.Hash]*bls.G2Point, len(r.snap.Operators))
		for id, op := range r.snap.Operators {
			keys[id] = op.PubkeyG2
		}
	}
	s.mu.Unlock()

	if keys == nil {
		stored, err := s.store.GetRound(round)
		if err != nil {
			return nil, api.Errorf(api.CodeInternal, "read round: %v", err)
		}
		if stored == nil {
			return nil, api.Errorf(api.CodeUnknownRound, "no round %d", round)
		}
		rec = *stored
		switch {
		case rec.Status == api.StatusAttested || rec.Status == api.StatusCertified:
			// The digest that was attested or certified.
			cp := core.Checkpoint{Round: rec.Round, ReferenceBlock: rec.ReferenceBlock, ClaimsRoot: rec.ClaimsRoot}
			digest = cp.Digest(s.dep.L1.ChainID, s.dep.AVS.Registry)
		case rec.QuorumAt != 0 && rec.QuorumDigest != (common.Hash{}):
			// Reached quorum, then could not be posted (its reference
			// block went stale on L1): rollups may still take it.
			digest = rec.QuorumDigest
		default:
			return nil, api.Errorf(api.CodeNoQuorum, "round %d is %s and never reached quorum: no certificate data", round, rec.Status)
		}
	}

	sigs, claims, err := s.store.RoundSignatures(round)
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "read signatures: %v", err)
	}
	cl, ok := claims[digest]
	if !ok {
		return nil, api.Errorf(api.CodeInternal, "round %d: no claims stored for its quorum digest %s", round, digest)
	}
	if keys == nil {
		if keys, err = s.signerKeys(ctx, rec.ReferenceBlock, sigs); err != nil {
			return nil, api.Errorf(api.CodeInternal, "G2 keys of round %d's signers: %v", round, err)
		}
	}
	out := &api.CertificateData{Round: rec.Round, Status: rec.Status, ReferenceBlock: rec.ReferenceBlock,
		Claims: cl, Digest: digest, Signers: []api.SignerSignature{}}
	if rec.Table != nil {
		out.Table = &api.TableSignatures{ReferenceBlock: rec.Table.ReferenceBlock, Digest: rec.Table.Digest, Signers: []api.SignerSignature{},
			Certified: rec.TableCertified}
	}
	for _, sg := range sigs {
		pk := keys[sg.OperatorID]
		if pk == nil {
			return nil, api.Errorf(api.CodeInternal, "round %d: no G2 key for signer %s", round, sg.OperatorID)
		}
		g2 := api.NewG2Point(pk)
		if sg.Digest == digest {
			out.Signers = append(out.Signers, api.SignerSignature{OperatorID: sg.OperatorID, Signature: sg.Sig, PubkeyG2: g2})
		}
		if out.Table != nil && sg.TableSig != nil {
			out.Table.Signers = append(out.Table.Signers, api.SignerSignature{OperatorID: sg.OperatorID, Signature: *sg.TableSig, PubkeyG2: g2})
		}
	}
	bySigner := func(a, b api.SignerSignature) int { return a.OperatorID.Cmp(b.OperatorID) }
	slices.SortFunc(out.Signers, bySigner)
	if out.Table != nil {
		slices.SortFunc(out.Table.Signers, bySigner)
	}
	return out, nil
}

// rememberKeysLocked keeps the G2 keys of snap's operators. Callers hold
// s.mu (or run before the loops start).
func (s *Service) rememberKeysLocked(snap *chainstate.Snapshot) {
	for id, op := range snap.Operators {
		if _, ok := s.g2Keys[id]; !ok {
			s.g2Keys[id] = op.PubkeyG2
		}
	}
}

// signerKeys returns the G2 keys of sigs' signers: from the keys seen, or
// else from the operator set at the reference block, read again from L1
// (after a restart, for a round closed before it).
func (s *Service) signerKeys(ctx context.Context, ref uint32, sigs []storedSignature) (map[common.Hash]*bls.G2Point, error) {
	keys := make(map[common.Hash]*bls.G2Point, len(sigs))
	missing := false
	s.mu.Lock()
	for _, sg := range sigs {
		if pk, ok := s.g2Keys[sg.OperatorID]; ok {
			keys[sg.OperatorID] = pk
		} else {
			missing = true
		}
	}
	s.mu.Unlock()
	if !missing {
		return keys, nil
	}
	snap, err := s.state.Snapshot(ctx, ref)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.rememberKeysLocked(snap)
	s.mu.Unlock()
	for _, sg := range sigs {
		if op := snap.Operators[sg.OperatorID]; op != nil {
			keys[sg.OperatorID] = op.PubkeyG2
		}
	}
	s.log.Debug("signer keys read from L1", zap.Uint32("referenceBlock", ref), zap.Int("signers", len(sigs)))
	return keys, nil
}
