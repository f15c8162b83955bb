package aggregator

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// OperatorSignatures lists, oldest first, the signatures of one operator
// that the aggregator accepted, each with the claims it covers (see
// api.OperatorSignatures). fromRound and limit are optional.
func (a *rpcService) OperatorSignatures(operatorID common.Hash, fromRound *api.Uint64, limit *int) (*api.OperatorSignatures, error) {
	s := a.s
	from := uint64(1)
	if fromRound != nil && *fromRound > 1 {
		from = uint64(*fromRound)
	}
	n := api.MaxOperatorSignatures
	if limit != nil {
		if *limit < 0 {
			return nil, api.Errorf(api.CodeInvalidParams, "limit must not be negative, got %d", *limit)
		}
		if *limit > 0 && *limit < n {
			n = *limit
		}
	}
	recs, next, err := s.store.OperatorSignatures(operatorID, from, n, api.MaxOperatorScan)
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "read signatures: %v", err)
	}
	out := &api.OperatorSignatures{OperatorID: operatorID, Signatures: make([]api.OperatorSignature, 0, len(recs)), Next: next}
	for _, r := range recs {
		status, root := r.round.Status, r.round.ClaimsRoot
		s.mu.Lock()
		if open, ok := s.rounds[r.round.Round]; ok {
			// Fresher than the stored record.
			status, root = open.rec.Status, open.rec.ClaimsRoot
		}
		s.mu.Unlock()
		attested := false
		if status == api.StatusAttested {
			cp := core.Checkpoint{Round: r.round.Round, ReferenceBlock: r.round.ReferenceBlock, ClaimsRoot: root}
			attested = cp.Digest(s.dep.L1.ChainID, s.dep.AVS.Registry) == r.sig.Digest
		}
		out.Signatures = append(out.Signatures, api.OperatorSignature{
			Round: r.round.Round, ReferenceBlock: r.round.ReferenceBlock, Status: status,
			Digest: r.sig.Digest, Claims: r.claims, Signature: r.sig.Sig, Attested: attested,
		})
	}
	return out, nil
}
