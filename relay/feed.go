package relay

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
)

// Source is what the relay reads from an aggregator; *api.Client has it.
type Source interface {
	ListRounds(ctx context.Context, req api.ListRoundsRequest) ([]api.RoundStatus, error)
	GetCertificateData(ctx context.Context, round uint64) (*api.CertificateData, error)
}

// multiSource asks its sources in order and answers with the first that
// answers.
type multiSource []Source

func (m multiSource) ListRounds(ctx context.Context, req api.ListRoundsRequest) ([]api.RoundStatus, error) {
	var errs []error
	for _, s := range m {
		out, err := s.ListRounds(ctx, req)
		if err == nil {
			return out, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

func (m multiSource) GetCertificateData(ctx context.Context, round uint64) (*api.CertificateData, error) {
	var errs []error
	for _, s := range m {
		out, err := s.GetCertificateData(ctx, round)
		if err == nil {
			return out, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

// Round is one quorum round as the relay holds it: the checkpoint, its
// digest (recomputed, never taken from the aggregator) and its signers with
// checked points; Table when the round carried a table request.
type Round struct {
	Round          uint64
	ReferenceBlock uint32
	Claims         []core.Claim
	Digest         common.Hash
	Signers        []optable.Signer
	Final          bool // attested or certified: the data no longer changes
	Table          *TableRound
}

// TableRound is a round's table signatures. The table itself is computed
// from L1 at ReferenceBlock by whoever uses it, and must have Digest.
type TableRound struct {
	ReferenceBlock uint32
	Digest         common.Hash
	Signers        []optable.Signer
}

// feed polls the aggregator for rounds that reached quorum and keeps the
// newest backfill+1 of them, and every table round it has seen (bounded).
type feed struct {
	src      Source
	l1Chain  uint64
	registry common.Address
	window   int
	log      *zap.Logger
	metrics  Metrics

	mu     sync.Mutex
	rounds map[uint64]*Round // the window, by round number
	tables map[uint32]*TableRound
	// keys caches checked G2 keys by operator (keys never change).
	keys map[common.Hash]checkedKey
}

// maxTables bounds the table rounds remembered.
const maxTables = 256

func newFeed(src Source, l1Chain uint64, registry common.Address, backfill int, m Metrics, log *zap.Logger) *feed {
	return &feed{src: src, l1Chain: l1Chain, registry: registry, window: backfill + 1, log: log, metrics: m,
		rounds: map[uint64]*Round{}, tables: map[uint32]*TableRound{}, keys: map[common.Hash]checkedKey{}}
}

// poll reads the newest rounds and fetches the certificate data of the
// quorum ones it does not hold final data for.
func (f *feed) poll(ctx context.Context) error {
	var quorum []api.RoundStatus
	before := uint64(0)
	// Pages until the window is full of quorum rounds or the rounds run
	// out; at most a few pages (rounds without quorum are rare).
	for page := 0; page < 8 && len(quorum) < f.window; page++ {
		limit := min(api.MaxListRounds, f.window*2)
		rs, err := f.src.ListRounds(ctx, api.ListRoundsRequest{Before: before, Limit: limit})
		if err != nil {
			return fmt.Errorf("list rounds: %w", err)
		}
		for _, r := range rs {
			if r.QuorumAt != 0 && len(quorum) < f.window {
				quorum = append(quorum, r)
			}
			before = r.Round
		}
		if len(rs) < limit || before <= 1 {
			break
		}
	}
	keep := map[uint64]bool{}
	for _, rs := range quorum {
		keep[rs.Round] = true
		f.mu.Lock()
		have := f.rounds[rs.Round]
		f.mu.Unlock()
		if have != nil && have.Final {
			continue
		}
		data, err := f.src.GetCertificateData(ctx, rs.Round)
		if err != nil {
			f.log.Warn("certificate data unavailable", zap.Uint64("round", rs.Round), zap.Error(err))
			continue
		}
		r, err := f.check(data)
		if err != nil {
			// The aggregator is not trusted: a round whose data does not
			// hold together is left out (and counted).
			f.metrics.BadData()
			f.log.Warn("refusing the aggregator's certificate data", zap.Uint64("round", rs.Round), zap.Error(err))
			continue
		}
		f.mu.Lock()
		f.rounds[r.Round] = r
		if r.Table != nil && len(r.Table.Signers) > 0 {
			f.tables[r.Table.ReferenceBlock] = r.Table
			f.trimTablesLocked()
		}
		f.mu.Unlock()
	}
	f.mu.Lock()
	for n := range f.rounds {
		if !keep[n] {
			delete(f.rounds, n)
		}
	}
	f.mu.Unlock()
	return nil
}

func (f *feed) trimTablesLocked() {
	for len(f.tables) > maxTables {
		oldest := uint32(0)
		first := true
		for r := range f.tables {
			if first || r < oldest {
				oldest, first = r, false
			}
		}
		delete(f.tables, oldest)
	}
}

// check turns the aggregator's answer into a Round: the digest recomputed
// from the claims for this AVS, every point parsed and checked.
func (f *feed) check(d *api.CertificateData) (*Round, error) {
	if d.Round == 0 {
		return nil, errors.New("round zero")
	}
	tree, err := core.BuildTree(d.Claims)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	digest := core.Checkpoint{Round: d.Round, ReferenceBlock: d.ReferenceBlock, ClaimsRoot: tree.Root()}.Digest(f.l1Chain, f.registry)
	if d.Digest != (common.Hash{}) && d.Digest != digest {
		return nil, fmt.Errorf("digest %s is not the checkpoint's %s", d.Digest, digest)
	}
	signers, err := f.signers(d.Signers)
	if err != nil {
		return nil, err
	}
	r := &Round{Round: d.Round, ReferenceBlock: d.ReferenceBlock, Claims: slices.Clone(d.Claims), Digest: digest, Signers: signers,
		Final: d.Status == api.StatusAttested || d.Status == api.StatusCertified || d.Status == api.StatusExpired}
	if t := d.Table; t != nil {
		if t.ReferenceBlock != d.ReferenceBlock {
			return nil, fmt.Errorf("table of block %d on a round of block %d", t.ReferenceBlock, d.ReferenceBlock)
		}
		ts, err := f.signers(t.Signers)
		if err != nil {
			return nil, fmt.Errorf("table: %w", err)
		}
		r.Table = &TableRound{ReferenceBlock: t.ReferenceBlock, Digest: t.Digest, Signers: ts}
	}
	return r, nil
}

// maxSigners bounds one round's signer list: no table holds more.
const maxSigners = optable.MaxOperators

func (f *feed) signers(in []api.SignerSignature) ([]optable.Signer, error) {
	if len(in) > maxSigners {
		return nil, fmt.Errorf("%d signers, at most %d", len(in), maxSigners)
	}
	out := make([]optable.Signer, 0, len(in))
	seen := map[common.Hash]bool{}
	for _, s := range in {
		if seen[s.OperatorID] {
			return nil, fmt.Errorf("signer %s listed twice", s.OperatorID)
		}
		seen[s.OperatorID] = true
		sig, err := s.Signature.Parse()
		if err != nil {
			return nil, fmt.Errorf("signature of %s: %w", s.OperatorID, err)
		}
		wire := g2Wire(s.PubkeyG2)
		f.mu.Lock()
		known, ok := f.keys[s.OperatorID]
		f.mu.Unlock()
		if ok && known.wire != wire {
			// Keys never change: a different one now is the aggregator's
			// error.
			return nil, fmt.Errorf("G2 key of %s changed", s.OperatorID)
		}
		if !ok {
			pk, err := s.PubkeyG2.Parse() // on the curve and in the subgroup
			if err != nil {
				return nil, fmt.Errorf("G2 key of %s: %w", s.OperatorID, err)
			}
			known = checkedKey{wire: wire, key: *pk.G2Affine}
			f.mu.Lock()
			f.keys[s.OperatorID] = known
			f.mu.Unlock()
		}
		out = append(out, optable.Signer{OperatorID: s.OperatorID, Signature: *sig.G1Affine, PubkeyG2: known.key})
	}
	return out, nil
}

// snapshot returns the window's rounds newest first and the table rounds
// oldest first.
func (f *feed) snapshot() ([]*Round, []*TableRound) {
	f.mu.Lock()
	defer f.mu.Unlock()
	rounds := make([]*Round, 0, len(f.rounds))
	for _, r := range f.rounds {
		rounds = append(rounds, r)
	}
	slices.SortFunc(rounds, func(a, b *Round) int { return -cmpU64(a.Round, b.Round) })
	tables := make([]*TableRound, 0, len(f.tables))
	for _, t := range f.tables {
		tables = append(tables, t)
	}
	slices.SortFunc(tables, func(a, b *TableRound) int { return cmpU64(uint64(a.ReferenceBlock), uint64(b.ReferenceBlock)) })
	return rounds, tables
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// checkedKey is a G2 key that passed the subgroup check, with its wire form.
type checkedKey struct {
	wire string
	key  bn254.G2Affine
}

func g2Wire(p api.G2Point) string {
	return fmt.Sprint(p.X[0], p.X[1], p.Y[0], p.Y[1])
}
