package rollup

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/internal/redact"
)

var (
	// ErrNotYet means the node has not reached the height at the configured
	// finality: not a failure, ask again later.
	ErrNotYet = errors.New("rollup: block not reached yet at this finality")
	// ErrWrongChain means the node serves another chain than configured.
	ErrWrongChain = errors.New("rollup: node serves another chain")
	// ErrUnreachable means the node could not be reached when the reader was
	// built (refused, timed out, or answered with an HTTP error).
	ErrUnreachable = errors.New("rollup: node unreachable")
	// ErrBadOutput means an OP Stack output does not match its own parts:
	// its outputRoot is not the version 0 hash of its state root,
	// withdrawal storage root and block hash, or its version is unknown.
	ErrBadOutput = errors.New("rollup: inconsistent output root")
	// ErrBadResponse means the node answered something inconsistent: a
	// block other than the one asked for, or one without hash or state root.
	ErrBadResponse = errors.New("rollup: inconsistent node response")
)

// Reader reads claims about one rollup from the operator's own node. The
// operator daemon and the aggregator both use it. A Reader is safe for
// concurrent use.
type Reader interface {
	// ChainID returns the rollup's chain id (checked against the node by New).
	ChainID() uint64
	// Head returns the highest block number available at the configured
	// finality. It returns ErrNotYet when the node has no block at that
	// finality yet (a node that has not finalized anything, for instance).
	Head(ctx context.Context) (uint64, error)
	// Claim returns the claim for block height. It returns ErrNotYet when
	// the node has not reached height at the configured finality.
	Claim(ctx context.Context, height uint64) (core.Claim, error)
	// BlockTime returns the timestamp (seconds) of block height. Like
	// Claim, it returns ErrNotYet above the head at the configured finality.
	// Scheduled rounds (TargetAt) find their targets by it.
	BlockTime(ctx context.Context, height uint64) (uint64, error)
	// Close releases the connection. It is idempotent.
	Close()
}

// New checks cfg, dials the node and checks that it serves cfg.ChainID
// (eth_chainId for KindEVM, the rollup config's l2_chain_id for
// KindOPStack, since an op-node serves no eth_* method). It returns
// ErrWrongChain when it does not and ErrUnreachable, naming the endpoint,
// when the node cannot be reached. ctx bounds the dial and the check only.
func New(ctx context.Context, cfg Config, log *zap.Logger) (Reader, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	if log == nil {
		log = zap.NewNop()
	}
	endpoint := redact.URL(cfg.RPCURL)
	log = log.With(zap.Uint64("chainId", cfg.ChainID), zap.String("rpc", endpoint))

	// Dialing only connects for WebSocket endpoints; HTTP connects per call.
	dialCtx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	client, err := rpc.DialOptions(dialCtx, cfg.RPCURL)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUnreachable, endpoint, redact.Error(err, endpoint))
	}
	c := &caller{
		client:   client,
		endpoint: endpoint,
		timeout:  cfg.Timeout,
		retries:  cfg.Retries,
		backoff:  firstBackoff,
		log:      log,
	}
	var (
		r      Reader
		served uint64
	)
	switch cfg.Kind {
	case KindOPStack:
		op := &opReader{base: base{chainID: cfg.ChainID, finality: cfg.Finality, rpc: c}}
		served, err = op.servedChainID(ctx)
		r = op
	default:
		evm := &evmReader{base: base{chainID: cfg.ChainID, finality: cfg.Finality, rpc: c}}
		served, err = evm.servedChainID(ctx)
		r = evm
	}
	if err != nil {
		client.Close()
		if isTransport(err) {
			return nil, fmt.Errorf("%w: %w", ErrUnreachable, err)
		}
		return nil, fmt.Errorf("rollup: read chain id: %w", err)
	}
	if served != cfg.ChainID {
		client.Close()
		return nil, fmt.Errorf("%w: %s serves chain id %d, configured chain id is %d",
			ErrWrongChain, endpoint, served, cfg.ChainID)
	}
	log.Info("rollup reader ready", zap.String("kind", cfg.Kind.String()), zap.String("finality", cfg.Finality.String()))
	return r, nil
}

// base holds what both readers share.
type base struct {
	chainID  uint64
	finality Finality
	rpc      *caller
	once     sync.Once
}

// ChainID implements Reader.
func (b *base) ChainID() uint64 { return b.chainID }

// Close implements Reader.
func (b *base) Close() { b.once.Do(b.rpc.client.Close) }

// notYet returns an error wrapping ErrNotYet for height above bound.
func (b *base) notYet(height, bound uint64) error {
	return fmt.Errorf("%w: block %d is above the %s head %d of chain %d", ErrNotYet, height, b.finality, bound, b.chainID)
}
