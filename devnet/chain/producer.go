package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"
)

const (
	// pendingDelay is how long the producer waits after seeing a pending
	// transaction before sealing, so that a burst lands in one block.
	pendingDelay = 5 * time.Millisecond
	// maxOwnHashes bounds the memory of traffic transactions whose pending
	// notification has not arrived yet.
	maxOwnHashes = 1024
)

// producer seals blocks on the simulated backend: every interval, and soon
// after a transaction becomes pending. It is the only caller of Commit.
type producer struct {
	log      *zap.Logger
	backend  *simulated.Backend
	client   simulated.Client
	rpc      *rpc.Client
	interval time.Duration
	traffic  *trafficList // activity and callers' sources, sent before each block
	// own holds the hashes of traffic transactions whose pending
	// notification has not arrived yet: they must not trigger a block.
	own  map[common.Hash]struct{}
	head uint64 // number of the last sealed block

	// sub delivers the hashes of new pending transactions; nil after a
	// failure until the producer resubscribes.
	sub    *rpc.ClientSubscription
	hashes chan common.Hash

	reorgs chan reorgRequest                     // Chain.Reorg
	clock  func(context.Context) (uint64, error) // Config.Clock
}

// newProducer prepares a producer and subscribes to pending transactions,
// so that a transaction sent as soon as Start returns is seen. ctx bounds
// these initial calls.
func newProducer(ctx context.Context, cfg Config, log *zap.Logger, backend *simulated.Backend, rpcClient *rpc.Client, traffic *trafficList) (*producer, error) {
	p := &producer{
		log:      log,
		backend:  backend,
		client:   backend.Client(),
		rpc:      rpcClient,
		interval: cfg.BlockInterval,
		traffic:  traffic,
		own:      make(map[common.Hash]struct{}),
		reorgs:   make(chan reorgRequest),
		clock:    cfg.Clock,
	}
	head, err := p.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: read head: %w", err)
	}
	p.head = head
	var a *activity
	if cfg.ActivityTx {
		if a, err = newActivity(ctx, p.client, cfg.ChainID); err != nil {
			return nil, err
		}
	}
	if err := p.subscribe(ctx); err != nil {
		return nil, fmt.Errorf("chain: subscribe to pending transactions: %w", err)
	}
	if a != nil {
		// Last, so that a failed Start retried adds it once.
		traffic.addFirst(a)
	}
	return p, nil
}

// run produces blocks until ctx ends.
func (p *producer) run(ctx context.Context) {
	timer := time.NewTimer(p.interval)
	defer timer.Stop()
	defer p.unsubscribe()
	var soon <-chan time.Time // armed while pending transactions wait for a block
	for {
		var subErr <-chan error
		if p.sub != nil {
			subErr = p.sub.Err()
		}
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
			if p.seal(ctx, "interval") {
				soon = time.After(pendingDelay)
			}
			if p.sub == nil {
				if err := p.subscribe(ctx); err != nil {
					p.log.Warn("resubscribe to pending transactions", zap.Error(err))
				} else if p.pending(ctx) > 0 {
					// Cover what arrived while unsubscribed.
					soon = time.After(pendingDelay)
				}
			}
			timer.Reset(p.interval)
		case hash := <-p.hashes:
			if _, ok := p.own[hash]; ok {
				delete(p.own, hash)
				continue
			}
			if soon == nil {
				soon = time.After(pendingDelay)
			}
		case <-soon:
			soon = nil
			if p.pending(ctx) == 0 {
				continue // already sealed by an earlier block
			}
			if p.seal(ctx, "pending") {
				soon = time.After(pendingDelay)
			}
			timer.Reset(p.interval)
		case req := <-p.reorgs:
			r, err := p.reorg(ctx, req.depth)
			req.result <- reorgResult{reorged: r, err: err}
			timer.Reset(p.interval)
		case err := <-subErr:
			// Until it resubscribes at the next interval block, the
			// producer seals on the interval only.
			if ctx.Err() == nil {
				p.log.Warn("pending transaction subscription failed", zap.Error(err))
			}
			p.unsubscribe()
		}
	}
}

// subscribe subscribes to the hashes of new pending transactions.
func (p *producer) subscribe(ctx context.Context) error {
	hashes := make(chan common.Hash, 256)
	sub, err := p.rpc.EthSubscribe(ctx, hashes, "newPendingTransactions")
	if err != nil {
		return err
	}
	p.sub, p.hashes = sub, hashes
	return nil
}

// unsubscribe ends the pending transaction subscription, if any.
func (p *producer) unsubscribe() {
	if p.sub != nil {
		p.sub.Unsubscribe()
	}
	p.sub, p.hashes = nil, nil
}

// seal sends the traffic transactions, seals one block, and reports
// whether it should be followed promptly by another one: the block took
// callers' transactions and more are still pending, maybe a burst larger
// than a block. A transaction that can never be mined (priced below the base
// fee) thus costs one extra block after each block of callers' transactions,
// never more.
func (p *producer) seal(ctx context.Context, reason string) (more bool) {
	p.keepUpWithClock(ctx)
	own := p.sendTraffic(ctx)
	if ctx.Err() != nil {
		return false
	}
	hash := p.backend.Commit()
	header, err := p.client.HeaderByHash(ctx, hash)
	if err != nil {
		if ctx.Err() == nil {
			p.log.Warn("read sealed block", zap.Error(err))
		}
		return false
	}
	number := header.Number.Uint64()
	if number <= p.head {
		// Commit logs its failures through go-ethereum's logger only.
		p.log.Warn("block not sealed", zap.Uint64("block", number), zap.String("reason", reason))
		return false
	}
	p.head = number
	txs, err := p.client.TransactionCount(ctx, hash)
	if err != nil {
		return false
	}
	p.log.Debug("block sealed", zap.Uint64("block", number), zap.Uint("txs", txs), zap.String("reason", reason))
	return int(txs) > own && p.pending(ctx) > 0
}

// keepUpWithClock seals an empty block at the outside clock's time when
// the chain's newest block is more than a second behind it (Config.Clock).
// With transactions pending it does nothing: the simulated backend only
// moves time on an empty block, and the next block tries again.
func (p *producer) keepUpWithClock(ctx context.Context) {
	if p.clock == nil {
		return
	}
	now, err := p.clock(ctx)
	if err != nil {
		p.log.Debug("outside clock unavailable", zap.Error(err))
		return
	}
	parent, err := p.client.HeaderByNumber(ctx, nil)
	if err != nil || now <= parent.Time+1 {
		return
	}
	if err := p.backend.AdjustTime(time.Duration(now-parent.Time) * time.Second); err != nil {
		p.log.Debug("could not catch up with the outside clock", zap.Error(err))
		return
	}
	if h, err := p.client.HeaderByNumber(ctx, nil); err == nil {
		p.head = h.Number.Uint64()
		p.log.Debug("caught up with the outside clock", zap.Uint64("block", p.head), zap.Uint64("time", h.Time))
	}
}

// sendTraffic asks every traffic source for this block's transactions and
// returns how many were sent. A source's failure is logged; the block is
// sealed without what it did not send.
func (p *producer) sendTraffic(ctx context.Context) int {
	sources := p.traffic.list()
	if len(sources) == 0 {
		return 0
	}
	head, err := p.client.HeaderByNumber(ctx, nil)
	if err != nil {
		if ctx.Err() == nil {
			p.log.Warn("read head for traffic", zap.Error(err))
		}
		return 0
	}
	if len(p.own) >= maxOwnHashes {
		clear(p.own) // notifications lost while unsubscribed
	}
	sent := 0
	for _, src := range sources {
		hashes, err := src.Next(ctx, p.client, head)
		for _, h := range hashes {
			p.own[h] = struct{}{}
		}
		sent += len(hashes)
		if err != nil && ctx.Err() == nil {
			p.log.Warn("send traffic", zap.Error(err))
		}
	}
	return sent
}

// pending returns the number of executable transactions in the pool. On
// error it returns 1, so that the caller seals rather than waits.
func (p *producer) pending(ctx context.Context) uint64 {
	var status map[string]hexutil.Uint
	if err := p.rpc.CallContext(ctx, &status, "txpool_status"); err != nil {
		return 1
	}
	return uint64(status["pending"])
}

// Traffic is a source of transactions the producer adds to every block it
// seals, besides callers' transactions: the activity transfer, or the
// devnet's token transfers. Its transactions never trigger a block by
// themselves.
type Traffic interface {
	// Next signs and sends, through client, the transactions for the block
	// about to be sealed on top of head, and returns the hashes of those it
	// sent (also on error). It runs on the producer's goroutine, once per
	// block, and should take milliseconds.
	Next(ctx context.Context, client TrafficClient, head *types.Header) ([]common.Hash, error)
}

// TrafficClient is what a Traffic source may call on the chain.
type TrafficClient interface {
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// TrafficFees returns the fees of a traffic transaction for the block after
// head: a 1 gwei tip, and a fee cap of twice the base fee plus the tip,
// which covers the next blocks' increases (12.5% at most each).
func TrafficFees(head *types.Header) (tipCap, feeCap *big.Int) {
	tip := big.NewInt(params.GWei)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	return tip, new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
}

// trafficList holds the traffic sources of a chain; sources may be added
// while the producer runs.
type trafficList struct {
	mu      sync.Mutex
	sources []Traffic
}

func (l *trafficList) add(t Traffic) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sources = append(l.sources, t)
}

// addFirst puts t before every other source: the activity transfer goes
// first in each block.
func (l *trafficList) addFirst(t Traffic) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sources = append([]Traffic{t}, l.sources...)
}

func (l *trafficList) list() []Traffic {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.sources)
}

// activity sends the activity transactions: 1 wei from ActivityKey to
// ActivitySink, with a nonce tracked here.
type activity struct {
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	chainID *big.Int
	nonce   uint64
}

var _ Traffic = (*activity)(nil)

// newActivity reads the activity account's nonce.
func newActivity(ctx context.Context, client simulated.Client, chainID uint64) (*activity, error) {
	key := ActivityKey()
	a := &activity{
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		chainID: new(big.Int).SetUint64(chainID),
	}
	a.signer = types.LatestSignerForChainID(a.chainID)
	nonce, err := client.PendingNonceAt(ctx, a.from)
	if err != nil {
		return nil, fmt.Errorf("chain: read activity nonce: %w", err)
	}
	a.nonce = nonce
	return a, nil
}

// Next signs and sends the next activity transaction.
func (a *activity) Next(ctx context.Context, client TrafficClient, head *types.Header) ([]common.Hash, error) {
	tip, feeCap := TrafficFees(head)
	tx, err := types.SignNewTx(a.key, a.signer, &types.DynamicFeeTx{
		ChainID:   a.chainID,
		Nonce:     a.nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       params.TxGas,
		To:        &ActivitySink,
		Value:     big.NewInt(1),
	})
	if err != nil {
		return nil, fmt.Errorf("activity: sign: %w", err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		// Resynchronise, in case the nonce drifted.
		if nonce, nerr := client.PendingNonceAt(ctx, a.from); nerr == nil {
			a.nonce = nonce
		}
		return nil, fmt.Errorf("activity: send nonce %d: %w", tx.Nonce(), err)
	}
	a.nonce++
	return []common.Hash{tx.Hash()}, nil
}
