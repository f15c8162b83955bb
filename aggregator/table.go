package aggregator

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core/blsverify"
	"github.com/rollcall-avs/rollcall/core/optable"
)

// Operator tables ride on checkpoint rounds (docs/protocol.md, "Operator
// tables"): a round asks operators to also sign the table T(R) of its
// reference block R when T(R) differs from the last table that reached
// quorum (membership or keys, a quorum's total stake or an operator's stake
// moved by more than table-stake-change) or when that table is older than
// max-table-age. Operators compute T(R) from their own L1 nodes and sign its
// digest with their checkpoint signature; a deliverer carries certified
// tables to rollups (rollcall_getCertificateData).

// certTable is a table and its tree.
type certTable struct {
	table *optable.Table
	tree  *optable.Tree
}

// roundTable is a round's table request and the signatures over it.
type roundTable struct {
	req api.TableRequest
	certTable
	msg     blsverify.Message
	signers map[common.Hash]bool
	stake   []*big.Int // per quorum, the table's (= the snapshot's) order
	// certified: the signed stake met the threshold in every quorum.
	certified bool
}

func newRoundTable(req api.TableRequest, ct certTable) *roundTable {
	return &roundTable{req: req, certTable: ct, msg: blsverify.NewMessage(req.Digest), signers: map[common.Hash]bool{},
		stake: zeroStakes(len(ct.table.Quorums))}
}

// add counts op's verified table signature.
func (rt *roundTable) add(op *chainstate.Operator) {
	rt.signers[op.ID] = true
	for q := range rt.stake {
		if q < len(op.Stake) && op.Stake[q] != nil {
			rt.stake[q].Add(rt.stake[q], op.Stake[q])
		}
	}
}

// meets tells whether the table's signed stake reaches thresholdBips in
// every quorum, as the verifiers count it (signed·10000 ≥ total·bips).
func (rt *roundTable) meets(thresholdBips uint16) bool {
	for q, quorum := range rt.table.Quorums {
		if rt.stake[q].Sign() == 0 {
			return false
		}
		lhs := new(big.Int).Mul(rt.stake[q], big.NewInt(optable.Bips))
		rhs := new(big.Int).Mul(quorum.TotalStake, big.NewInt(int64(thresholdBips)))
		if lhs.Cmp(rhs) < 0 {
			return false
		}
	}
	return true
}

// tableReason says why cur needs certifying after last ("" when it does
// not): no table certified yet, membership or keys changed, a stake moved
// by more than frac, or last is maxAge older than cur (L1 timestamps).
func tableReason(last, cur *certTable, frac float64, maxAge time.Duration) string {
	if last == nil {
		return "no table certified yet"
	}
	lt, ct := last.table, cur.table
	if !slices.Equal(lt.QuorumNumbers(), ct.QuorumNumbers()) {
		return "quorums changed"
	}
	if lt.OperatorCount != ct.OperatorCount {
		return fmt.Sprintf("operator count %d → %d", lt.OperatorCount, ct.OperatorCount)
	}
	for i := range ct.Quorums {
		if lt.Quorums[i].OperatorCount != ct.Quorums[i].OperatorCount || !lt.Quorums[i].Apk.Equal(&ct.Quorums[i].Apk) {
			return fmt.Sprintf("members of quorum %d changed", ct.Quorums[i].Number)
		}
		if moved(lt.Quorums[i].TotalStake, ct.Quorums[i].TotalStake, frac) {
			return fmt.Sprintf("total stake of quorum %d moved from %s to %s", ct.Quorums[i].Number, lt.Quorums[i].TotalStake, ct.Quorums[i].TotalStake)
		}
	}
	for i := range cur.tree.Len() {
		leaf := cur.tree.Leaf(i)
		j, ok := last.tree.Index(leaf.OperatorID)
		if !ok {
			return fmt.Sprintf("operator %s joined", leaf.OperatorID)
		}
		old := last.tree.Leaf(j)
		for q := range leaf.Stakes {
			if (old.Stakes[q].Sign() == 0) != (leaf.Stakes[q].Sign() == 0) {
				return fmt.Sprintf("operator %s changed quorum %d membership", leaf.OperatorID, ct.Quorums[q].Number)
			}
			if moved(old.Stakes[q], leaf.Stakes[q], frac) {
				return fmt.Sprintf("stake of operator %s in quorum %d moved from %s to %s", leaf.OperatorID, ct.Quorums[q].Number, old.Stakes[q], leaf.Stakes[q])
			}
		}
	}
	if ct.L1Timestamp >= lt.L1Timestamp && time.Duration(ct.L1Timestamp-lt.L1Timestamp)*time.Second >= maxAge {
		return fmt.Sprintf("last certified table is %ds old", ct.L1Timestamp-lt.L1Timestamp)
	}
	return ""
}

// fracScale is the precision of table-stake-change in moved.
const fracScale = 1_000_000_000

// moved tells whether |cur − old| > frac·old (any change when old is zero).
func moved(old, cur *big.Int, frac float64) bool {
	d := new(big.Int).Sub(cur, old)
	d.Abs(d).Mul(d, big.NewInt(fracScale))
	limit := new(big.Int).Mul(old, big.NewInt(int64(frac*fracScale)))
	return d.Cmp(limit) > 0
}

// tableReader is the middleware reader over the aggregator's L1 client,
// built on first use (it needs the registry's quorums) with its keys
// cached.
func (s *Service) tableReader(quorums []byte) (optable.Reader, error) {
	s.tableMu.Lock()
	defer s.tableMu.Unlock()
	if s.tableRd != nil {
		return s.tableRd, nil
	}
	r, err := optable.NewMiddlewareReader(s.l1, optable.Middleware{
		RegistryCoordinator:    s.dep.AVS.RegistryCoordinator,
		OperatorStateRetriever: s.dep.AVS.OperatorStateRetriever,
		BLSApkRegistry:         s.dep.AVS.BLSApkRegistry,
		StakeRegistry:          s.dep.AVS.StakeRegistry,
		Quorums:                quorums,
	})
	if err != nil {
		return nil, err
	}
	s.tableRd = optable.CachedKeys(r)
	return s.tableRd, nil
}

// computeTable is T(ref) from L1.
func (s *Service) computeTable(ctx context.Context, quorums []byte, ref uint32) (certTable, error) {
	r, err := s.tableReader(quorums)
	if err != nil {
		return certTable{}, err
	}
	t, tree, err := optable.FromL1(ctx, r, ref)
	if err != nil {
		return certTable{}, err
	}
	return certTable{table: t, tree: tree}, nil
}

// tableFor decides whether the round of reference block ref asks for its
// table, and computes it. A table that cannot be computed leaves the round
// without a request (logged): the next round asks again.
func (s *Service) tableFor(ctx context.Context, snap *chainstate.Snapshot) *roundTable {
	ct, err := s.computeTable(ctx, snap.QuorumNumbers, snap.ReferenceBlock)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Warn("operator table not computed; this round asks for none", zap.Uint32("referenceBlock", snap.ReferenceBlock), zap.Error(err))
		}
		return nil
	}
	s.mu.Lock()
	last := s.lastTable
	s.mu.Unlock()
	reason := tableReason(last, &ct, s.cfg.TableStakeChange, s.cfg.MaxTableAge)
	if reason == "" {
		return nil
	}
	req := api.TableRequest{ReferenceBlock: snap.ReferenceBlock, Digest: ct.table.Digest(s.dep.L1.ChainID, s.dep.AVS.Registry)}
	s.log.Info("round asks for a new operator table", zap.Uint32("referenceBlock", req.ReferenceBlock),
		zap.Stringer("tableDigest", req.Digest), zap.String("why", reason))
	return newRoundTable(req, ct)
}

// resumeTable rebuilds a resumed round's table request: T(R) again from
// L1, which must have the recorded digest.
func (s *Service) resumeTable(ctx context.Context, rec *roundRecord, snap *chainstate.Snapshot) (*roundTable, error) {
	ct, err := s.computeTable(ctx, snap.QuorumNumbers, rec.ReferenceBlock)
	if err != nil {
		return nil, fmt.Errorf("operator table at block %d: %w", rec.ReferenceBlock, err)
	}
	if d := ct.table.Digest(s.dep.L1.ChainID, s.dep.AVS.Registry); d != rec.Table.Digest {
		return nil, fmt.Errorf("operator table at block %d has digest %s, the round recorded %s", rec.ReferenceBlock, d, rec.Table.Digest)
	}
	return newRoundTable(*rec.Table, ct), nil
}

// loadLastTable recomputes, after a restart, the newest certified table.
// A table that cannot be recomputed is left out (logged): the next round
// then asks for a table, which costs one certification, nothing more.
func (s *Service) loadLastTable(ctx context.Context) error {
	round, ref, ok, err := s.store.LastTable()
	if err != nil || !ok {
		return err
	}
	quorums, err := s.state.QuorumNumbers(ctx)
	if err != nil {
		return err
	}
	ct, err := s.computeTable(ctx, quorums, ref)
	if err != nil {
		s.log.Warn("last certified operator table not recomputed; the next round asks for one", zap.Uint64("round", round),
			zap.Uint32("referenceBlock", ref), zap.Error(err))
		return nil
	}
	s.lastTable = &ct
	return nil
}

// checkTableSignature refuses a submission without a table signature for a
// round that asks for one, or with one for a round that does not.
func (r *round) checkTableSignature(present bool) error {
	switch {
	case r.table != nil && !present:
		return api.Errorf(api.CodeTableSignature, "round %d asks for the operator table at block %d (digest %s): tableSignature is required",
			r.rec.Round, r.table.req.ReferenceBlock, r.table.req.Digest)
	case r.table == nil && present:
		return api.Errorf(api.CodeTableSignature, "round %d asks for no operator table: tableSignature must be absent", r.rec.Round)
	}
	return nil
}

// countTable counts op's verified table signature in r and marks the table
// certified once its stake meets the threshold. Callers hold s.mu.
func (s *Service) countTableLocked(r *round, op *chainstate.Operator) {
	rt := r.table
	if rt == nil || rt.signers[op.ID] {
		return
	}
	rt.add(op)
	if rt.certified || !rt.meets(s.threshold) {
		return
	}
	rt.certified = true
	r.rec.TableCertified = true
	tableMetricsOf(s.metrics).TableCertified()
	s.log.Info("operator table certified", zap.Uint64("round", r.rec.Round), zap.Uint32("referenceBlock", rt.req.ReferenceBlock),
		zap.Stringer("tableDigest", rt.req.Digest), zap.Int("signers", len(rt.signers)))
	s.noteCertifiedTableLocked(r)
}

// noteCertifiedTableLocked makes r's table the one later rounds compare
// with, once it is certified AND the round reached quorum: deliverers read
// table signatures through rollcall_getCertificateData, which serves rounds
// that reached quorum, so a table certified in a round that never does is
// not delivered and must be asked for again. Callers hold s.mu.
func (s *Service) noteCertifiedTableLocked(r *round) {
	rt := r.table
	if rt == nil || !rt.certified || r.quorumAt.IsZero() {
		return
	}
	if s.lastTable == nil || s.lastTable.table.ReferenceBlock < rt.table.ReferenceBlock {
		s.lastTable = &rt.certTable
	}
}

// verifySubmission checks the checkpoint signature and, when given, the
// table signature, both through the batching verifier (outside the lock);
// the two share one wait.
func (s *Service) verifySubmission(ctx context.Context, msg blsverify.Message, sig *bls.Signature, tableMsg *blsverify.Message, tableSig *bls.Signature, pk *bls.G2Point) (cpErr, tableErr error) {
	reqs := []*verifyReq{{msg: msg, sig: sig, pk: pk, done: make(chan error, 1)}}
	if tableSig != nil {
		reqs = append(reqs, &verifyReq{msg: *tableMsg, sig: tableSig, pk: pk, done: make(chan error, 1)})
	}
	for _, req := range reqs {
		select {
		case s.verifyCh <- req:
		case <-ctx.Done():
			return ctx.Err(), ctx.Err()
		}
	}
	errs := make([]error, len(reqs))
	for i, req := range reqs {
		select {
		case errs[i] = <-req.done:
		case <-ctx.Done():
			return ctx.Err(), ctx.Err()
		}
	}
	if len(errs) == 2 {
		tableErr = errs[1]
	}
	return errs[0], tableErr
}
