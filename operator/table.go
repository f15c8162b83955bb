package operator

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
)

// An operator signs an operator table only after computing it itself: a
// round's table request names the reference block R and the digest the
// aggregator computed; the operator computes T(R) with optable.FromL1 from
// its own L1 node (the same code as the aggregator) and refuses the round
// when the digests differ. A table that differs from L1's is table fraud by
// whoever proposed it: signing it would let a rollup's verifier accept a
// forged operator set.

// TableSource computes the digest of the operator table at an L1 block.
type TableSource interface {
	TableDigest(ctx context.Context, ref uint32) (common.Hash, error)
	Close()
}

// l1Tables is TableSource over the operator's own L1 node. It dials on
// first use (a round without a table request never touches L1) and keeps
// the digest of the last few reference blocks: every round at one block
// asks for the same table, and at 200 operators a table is ~200 calls the
// first time (the keys are cached after that).
type l1Tables struct {
	url      string
	chainID  uint64
	registry common.Address
	mw       optable.Middleware

	mu     sync.Mutex
	client *ethclient.Client
	reader optable.Reader
	cache  map[uint32]common.Hash
	order  []uint32 // cached blocks, oldest first
}

var _ TableSource = (*l1Tables)(nil)

// tableCacheSize bounds the digests kept.
const tableCacheSize = 16

func newL1Tables(url string, dep *deploy.Deployment) *l1Tables {
	return &l1Tables{url: url, chainID: dep.L1.ChainID, registry: dep.AVS.Registry, cache: map[uint32]common.Hash{},
		mw: optable.Middleware{
			RegistryCoordinator:    dep.AVS.RegistryCoordinator,
			OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
			BLSApkRegistry:         dep.AVS.BLSApkRegistry,
			StakeRegistry:          dep.AVS.StakeRegistry,
		}}
}

// TableDigest is the digest of T(ref), bound to the deployment's L1 chain
// and registry.
func (t *l1Tables) TableDigest(ctx context.Context, ref uint32) (common.Hash, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if d, ok := t.cache[ref]; ok {
		return d, nil
	}
	ctx, cancel := context.WithTimeout(ctx, tableTimeout)
	defer cancel()
	if err := t.connectLocked(ctx); err != nil {
		return common.Hash{}, err
	}
	table, _, err := optable.FromL1(ctx, t.reader, ref)
	if err != nil {
		return common.Hash{}, err
	}
	d := table.Digest(t.chainID, t.registry)
	t.cache[ref] = d
	t.order = append(t.order, ref)
	if len(t.order) > tableCacheSize {
		delete(t.cache, t.order[0])
		t.order = t.order[1:]
	}
	return d, nil
}

// tableTimeout bounds one table computation.
const tableTimeout = 30 * time.Second

// connectLocked dials L1 (checking its chain id), reads the registry's
// quorums and binds the middleware, once.
func (t *l1Tables) connectLocked(ctx context.Context) error {
	if t.reader != nil {
		return nil
	}
	if t.client == nil {
		client, err := chainio.DialL1(ctx, t.url, t.chainID)
		if err != nil {
			return err
		}
		t.client = client
	}
	reg, err := rollcallregistry.NewRollcallRegistryCaller(t.registry, t.client)
	if err != nil {
		return fmt.Errorf("bind registry %s: %w", t.registry, err)
	}
	quorums, err := reg.QuorumNumbers(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("registry %s quorumNumbers: %w", t.registry, err)
	}
	mw := t.mw
	mw.Quorums = quorums
	r, err := optable.NewMiddlewareReader(t.client, mw)
	if err != nil {
		return err
	}
	t.reader = optable.CachedKeys(r)
	return nil
}

// Close closes the L1 client, if one was dialed.
func (t *l1Tables) Close() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.client != nil {
		t.client.Close()
		t.client = nil
	}
}

// checkTable handles w's table request, if any, before anything is
// signed: it reports whether the round may go on. A digest that differs
// from the one computed here refuses the round (ReasonTableMismatch); a
// request for another block than the round's is refused too
// (ReasonBadTable); a table not computable yet (L1 unreachable) is tried
// again at the next step until the round times out.
func (s *Service) checkTable(ctx context.Context, w *roundWork) bool {
	req := w.round.Table
	if req == nil || w.tableDigest != nil {
		return true
	}
	log := w.log.With(zap.Uint32("tableReferenceBlock", req.ReferenceBlock), zap.Stringer("requestedTableDigest", req.Digest))
	if req.ReferenceBlock != w.round.ReferenceBlock {
		log.Error("refusing round: its table request is for another block than the round's reference block",
			zap.Uint32("referenceBlock", w.round.ReferenceBlock))
		s.finish(w, ReasonBadTable)
		return false
	}
	d, err := s.tables.TableDigest(ctx, req.ReferenceBlock)
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		if !w.tableWarned {
			w.tableWarned = true
			log.Warn("cannot compute the operator table from L1 (retrying)", zap.Error(err))
		} else {
			log.Debug("cannot compute the operator table from L1 (retrying)", zap.Error(err))
		}
		return false
	}
	if d != req.Digest {
		log.Error("REFUSING TO SIGN: the round's operator table differs from the one computed from this operator's own L1 node (table fraud by the proposer)",
			zap.Stringer("computedTableDigest", d))
		s.finish(w, ReasonTableMismatch)
		return false
	}
	w.tableDigest = &d
	log.Debug("operator table checked against L1")
	return true
}
