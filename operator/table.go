package operator

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/redact"
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

	// dialMu guards client, dialed once for tables and block times alike;
	// mu guards the table computation and its cache (held for a whole
	// computation: a second follower asking for the same table waits for
	// the first's and then finds it cached).
	dialMu sync.Mutex
	client *ethclient.Client
	closed bool
	mu     sync.Mutex
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
	client, err := t.dial(ctx)
	if err != nil {
		return err
	}
	reg, err := rollcallregistry.NewRollcallRegistryCaller(t.registry, client)
	if err != nil {
		return fmt.Errorf("bind registry %s: %w", t.registry, err)
	}
	quorums, err := reg.QuorumNumbers(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("registry %s quorumNumbers: %w", t.registry, err)
	}
	mw := t.mw
	mw.Quorums = quorums
	r, err := optable.NewMiddlewareReader(client, mw)
	if err != nil {
		return err
	}
	t.reader = optable.CachedKeys(r)
	return nil
}

// dial returns the L1 client, dialing it (and checking its chain id) the
// first time.
func (t *l1Tables) dial(ctx context.Context) (*ethclient.Client, error) {
	t.dialMu.Lock()
	defer t.dialMu.Unlock()
	if t.closed {
		return nil, errL1Closed
	}
	if t.client == nil {
		client, err := chainio.DialL1(ctx, t.url, t.chainID)
		if err != nil {
			return nil, err
		}
		t.client = client
	}
	return t.client, nil
}

var (
	// errL1NoBlock: the L1 node does not have the block yet.
	errL1NoBlock = errors.New("L1 node has no such block yet")
	errL1Closed  = errors.New("L1 client closed")
)

// BlockTime is the timestamp of L1 block number on the operator's own L1
// node (a scheduled round's reference time), bounded by l1CallTimeout.
func (t *l1Tables) BlockTime(ctx context.Context, number uint64) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, l1CallTimeout)
	defer cancel()
	client, err := t.dial(ctx)
	if err != nil {
		return 0, err
	}
	h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if errors.Is(err, ethereum.NotFound) {
		return 0, fmt.Errorf("%w: block %d", errL1NoBlock, number)
	}
	if err != nil {
		return 0, fmt.Errorf("L1 block %d: %w", number, redact.Error(err, t.url))
	}
	return h.Time, nil
}

// Close closes the L1 client, if one was dialed. Idempotent.
func (t *l1Tables) Close() {
	t.dialMu.Lock()
	defer t.dialMu.Unlock()
	t.closed = true
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
func (f *follower) checkTable(ctx context.Context, w *roundWork) bool {
	s := f.s
	req := w.round.Table
	if req == nil || w.tableDigest != nil {
		return true
	}
	log := w.log.With(zap.Uint32("tableReferenceBlock", req.ReferenceBlock), zap.Stringer("requestedTableDigest", req.Digest))
	if req.ReferenceBlock != w.round.ReferenceBlock {
		log.Error("refusing round: its table request is for another block than the round's reference block",
			zap.Uint32("referenceBlock", w.round.ReferenceBlock))
		f.finish(w, ReasonBadTable)
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
		f.finish(w, ReasonTableMismatch)
		return false
	}
	w.tableDigest = &d
	log.Debug("operator table checked against L1")
	return true
}
