package aggregator

import (
	"math/big"
	"slices"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/blsverify"
)

// round is an open round in memory: its record, the operator set at its
// reference block, and the signatures gathered so far, grouped by digest
// (operators that saw different claims sign different digests; only one
// group can be submitted).
type round struct {
	rec    *roundRecord
	snap   *chainstate.Snapshot
	groups map[common.Hash]*digestGroup
	signed map[common.Hash]bool
	// persisting are operators whose verified signature is being written
	// to the store (outside the lock); they count as duplicates meanwhile.
	persisting map[common.Hash]bool
	// quorumAt is when a group first reached the threshold (zero: not yet);
	// submission waits the late window from then.
	quorumAt time.Time
	// dueAt is when the round first became due (late window over, or
	// every operator signed); a replica of rank k sends k × stagger later.
	dueAt time.Time
	// submitting is set while the submitter owns the round.
	submitting bool
	// retryAt: after a failed submission, the round is not due before
	// then, however complete its signatures (the back-off always applies).
	retryAt time.Time
	// retries counts failed submissions in a row, for the back-off.
	retries int
	// freshUntil: until then no newer round replaces this one.
	freshUntil time.Time
	// table is the round's table request and its signatures (nil: the
	// round asks for none; table.go).
	table *roundTable
}

// digestGroup is every signature over one digest, aggregated as they come.
type digestGroup struct {
	digest  common.Hash
	claims  []core.Claim
	root    common.Hash
	msg     blsverify.Message
	signers []common.Hash
	// sigSum and pkSum add up the signatures and G2 keys in Jacobian
	// coordinates: an affine addition costs a field inversion (~10 µs in
	// G2), paid here under the service lock for every signature, while a
	// mixed addition is ~1 µs. aggregate converts once, at submission.
	sigSum bn254.G1Jac
	pkSum  bn254.G2Jac
	stake  []*big.Int // per quorum
}

// aggregate is the group's aggregate signature and the sum of its signers'
// G2 keys, in affine form (fresh points the caller owns).
func (g *digestGroup) aggregate() (*bls.Signature, *bls.G2Point) {
	var sig bn254.G1Affine
	var pk bn254.G2Affine
	sig.FromJacobian(&g.sigSum)
	pk.FromJacobian(&g.pkSum)
	return &bls.Signature{G1Point: &bls.G1Point{G1Affine: &sig}}, &bls.G2Point{G2Affine: &pk}
}

func newRound(rec *roundRecord, snap *chainstate.Snapshot) *round {
	return &round{rec: rec, snap: snap, groups: map[common.Hash]*digestGroup{}, signed: map[common.Hash]bool{},
		persisting: map[common.Hash]bool{}}
}

// checkTargets tells whether claims are exactly the round's targets: one
// claim per target chain at the target height, nothing else.
func (r *round) checkTargets(claims []core.Claim) error {
	if len(claims) != len(r.rec.Targets) {
		return api.Errorf(api.CodeWrongClaims, "round %d has %d targets, got %d claims", r.rec.Round, len(r.rec.Targets), len(claims))
	}
	want := map[uint64]uint64{}
	for _, t := range r.rec.Targets {
		want[t.ChainID] = t.BlockNumber
	}
	for _, c := range claims {
		h, ok := want[c.ChainID]
		if !ok {
			return api.Errorf(api.CodeWrongClaims, "round %d has no target on chain %d", r.rec.Round, c.ChainID)
		}
		if h != c.BlockNumber {
			return api.Errorf(api.CodeWrongClaims, "round %d targets chain %d at block %d, got block %d", r.rec.Round, c.ChainID, h, c.BlockNumber)
		}
		delete(want, c.ChainID) // a second claim on the same chain now fails the lookup
	}
	return nil
}

// group returns the digest group of tree, creating it with msg (the
// digest hashed to G1).
func (r *round) group(digest common.Hash, tree *core.Tree, msg blsverify.Message) *digestGroup {
	g, ok := r.groups[digest]
	if !ok {
		g = &digestGroup{digest: digest, claims: tree.Claims(), root: tree.Root(), msg: msg,
			stake: zeroStakes(len(r.snap.QuorumNumbers))}
		r.groups[digest] = g
	}
	return g
}

// add counts a verified signature in its group.
func (r *round) add(g *digestGroup, op *chainstate.Operator, sig *bls.Signature) {
	r.signed[op.ID] = true
	g.signers = append(g.signers, op.ID)
	g.sigSum.AddMixed(sig.G1Affine)
	g.pkSum.AddMixed(op.PubkeyG2.G2Affine)
	for q := range g.stake {
		if q < len(op.Stake) && op.Stake[q] != nil {
			g.stake[q].Add(g.stake[q], op.Stake[q])
		}
	}
}

// bips is a group's signed share of each quorum's stake, in basis points.
func (r *round) bips(g *digestGroup) []uint32 {
	out := make([]uint32, len(g.stake))
	for q := range g.stake {
		total := r.snap.TotalStake[q]
		if total == nil || total.Sign() == 0 {
			continue
		}
		b := new(big.Int).Mul(g.stake[q], big.NewInt(10_000))
		out[q] = uint32(b.Div(b, total).Uint64())
	}
	return out
}

// meets tells whether a group's stake reaches thresholdBips in every
// quorum, computed exactly as the registry contract does.
func (r *round) meets(g *digestGroup, thresholdBips uint16) bool {
	for q := range g.stake {
		total := r.snap.TotalStake[q]
		if g.stake[q].Sign() == 0 || total == nil {
			return false
		}
		lhs := new(big.Int).Mul(g.stake[q], big.NewInt(10_000))
		rhs := new(big.Int).Mul(total, big.NewInt(int64(thresholdBips)))
		if lhs.Cmp(rhs) < 0 {
			return false
		}
	}
	return true
}

// best is the group with the most stake in the first quorum that meets the
// threshold (nil: none does).
func (r *round) best(thresholdBips uint16) *digestGroup {
	var best *digestGroup
	for _, g := range r.groups {
		if !r.meets(g, thresholdBips) {
			continue
		}
		if best == nil || g.stake[0].Cmp(best.stake[0]) > 0 {
			best = g
		}
	}
	return best
}

// status renders the round for the read-only API, its signers unsorted:
// the caller sorts them (sortSigners) once it has released the lock.
func (r *round) status() api.RoundStatus {
	st := recordStatus(r.rec)
	st.Signers = make([]api.Signer, 0, len(r.signed))
	for _, g := range r.groups {
		for _, id := range g.signers {
			st.Signers = append(st.Signers, api.Signer{OperatorID: id, Digest: g.digest})
		}
	}
	return st
}

// sortSigners orders a status's signers by operator id.
func sortSigners(st *api.RoundStatus) {
	slices.SortFunc(st.Signers, func(a, b api.Signer) int { return a.OperatorID.Cmp(b.OperatorID) })
}

func recordStatus(rec *roundRecord) api.RoundStatus {
	return api.RoundStatus{
		Round: rec.Round, Status: rec.Status, ReferenceBlock: rec.ReferenceBlock, Targets: rec.Targets,
		OpenedAt: rec.OpenedAt, Operators: rec.Operators, ClaimsRoot: rec.ClaimsRoot, TxHash: rec.TxHash,
		GasUsed: rec.GasUsed, AttestedBlock: rec.AttestedBlock, AttestedAt: rec.AttestedAt, SignedBips: rec.SignedBips,
		QuorumAt: rec.QuorumAt, Table: rec.Table, TableCertified: rec.TableCertified, Signers: []api.Signer{},
		Every: rec.Every, AttestedElsewhere: rec.AttestedElsewhere, AttestReverts: rec.AttestReverts,
	}
}

func zeroStakes(n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = new(big.Int)
	}
	return out
}
