package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
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
	// maxOwnHashes bounds the memory of activity transactions whose pending
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
	activity *activity // nil when ActivityTx is off
	head     uint64    // number of the last sealed block

	// sub delivers the hashes of new pending transactions; nil after a
	// failure until the producer resubscribes.
	sub    *rpc.ClientSubscription
	hashes chan common.Hash
}

// newProducer prepares a producer and subscribes to pending transactions,
// so that a transaction sent as soon as Start returns is seen. ctx bounds
// these initial calls.
func newProducer(ctx context.Context, cfg Config, log *zap.Logger, backend *simulated.Backend, rpcClient *rpc.Client) (*producer, error) {
	p := &producer{
		log:      log,
		backend:  backend,
		client:   backend.Client(),
		rpc:      rpcClient,
		interval: cfg.BlockInterval,
	}
	head, err := p.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: read head: %w", err)
	}
	p.head = head
	if cfg.ActivityTx {
		if p.activity, err = newActivity(ctx, p.client, cfg.ChainID); err != nil {
			return nil, err
		}
	}
	if err := p.subscribe(ctx); err != nil {
		return nil, fmt.Errorf("chain: subscribe to pending transactions: %w", err)
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
			if p.activity.own(hash) {
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

// seal adds the activity transaction if any, seals one block, and reports
// whether it should be followed promptly by another one: the block took
// callers' transactions and more are still pending, maybe a burst larger
// than a block. A transaction that can never be mined (priced below the base
// fee) thus costs one extra block after each block of callers' transactions,
// never more.
func (p *producer) seal(ctx context.Context, reason string) (more bool) {
	own := 0
	if p.activity != nil {
		if err := p.activity.send(ctx, p.client); err != nil {
			if ctx.Err() != nil {
				return false
			}
			p.log.Warn("send activity transaction", zap.Error(err))
		} else {
			own = 1
		}
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

// pending returns the number of executable transactions in the pool. On
// error it returns 1, so that the caller seals rather than waits.
func (p *producer) pending(ctx context.Context) uint64 {
	var status map[string]hexutil.Uint
	if err := p.rpc.CallContext(ctx, &status, "txpool_status"); err != nil {
		return 1
	}
	return uint64(status["pending"])
}

// activity sends the activity transactions: 1 wei from ActivityKey to
// ActivitySink, with a nonce tracked here.
type activity struct {
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	chainID *big.Int
	nonce   uint64
	hashes  map[common.Hash]struct{} // sent, pending notification not seen yet
}

// newActivity reads the activity account's nonce.
func newActivity(ctx context.Context, client simulated.Client, chainID uint64) (*activity, error) {
	key := ActivityKey()
	a := &activity{
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		chainID: new(big.Int).SetUint64(chainID),
		hashes:  make(map[common.Hash]struct{}),
	}
	a.signer = types.LatestSignerForChainID(a.chainID)
	nonce, err := client.PendingNonceAt(ctx, a.from)
	if err != nil {
		return nil, fmt.Errorf("chain: read activity nonce: %w", err)
	}
	a.nonce = nonce
	return a, nil
}

// own reports whether hash is an activity transaction, forgetting it. It is
// false on a nil activity.
func (a *activity) own(hash common.Hash) bool {
	if a == nil {
		return false
	}
	if _, ok := a.hashes[hash]; ok {
		delete(a.hashes, hash)
		return true
	}
	return false
}

// send signs and sends the next activity transaction.
func (a *activity) send(ctx context.Context, client simulated.Client) error {
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	tip := big.NewInt(params.GWei)
	// Twice the base fee covers the next blocks' increases (12.5% at most).
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
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
		return fmt.Errorf("sign: %w", err)
	}
	if len(a.hashes) >= maxOwnHashes {
		clear(a.hashes)
	}
	a.hashes[tx.Hash()] = struct{}{}
	if err := client.SendTransaction(ctx, tx); err != nil {
		delete(a.hashes, tx.Hash())
		// Resynchronise, in case the nonce drifted.
		if nonce, nerr := client.PendingNonceAt(ctx, a.from); nerr == nil {
			a.nonce = nonce
		}
		return fmt.Errorf("send nonce %d: %w", tx.Nonce(), err)
	}
	a.nonce++
	return nil
}
