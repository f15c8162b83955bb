package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"
)

// Errors of Reorg.
var (
	// ErrNotRunning: the chain is not started, or stopped.
	ErrNotRunning = errors.New("chain: not running")
	// ErrReorgFinalized: the reorg would replace the finalized block.
	ErrReorgFinalized = errors.New("chain: a reorg cannot replace finalized blocks")
)

// Reorged is what a reorg replaced.
type Reorged struct {
	// Parent is the newest block both branches share.
	Parent uint64
	// Abandoned are the hashes of the replaced blocks, of heights
	// Parent+1, Parent+2, … (the old head last).
	Abandoned []common.Hash
	// Head is the head of the new branch: one block past the old head, so
	// that the new branch is the longer one.
	Head uint64
}

// reorgRequest asks the producer, the only sealer, for a reorg.
type reorgRequest struct {
	depth  uint64
	result chan reorgResult
}

type reorgResult struct {
	reorged *Reorged
	err     error
}

// Reorg replaces the newest depth blocks with a new branch of depth+1
// blocks, as a reorg of a real chain does: the same heights get other
// blocks (later timestamps; the old branch's transactions return to the
// pool and are mined again). Blocks at or below the finalized block are
// never replaced (ErrReorgFinalized); "safe" follows the head on this
// chain, so safe blocks are replaced like latest ones. Test support: a
// devnet never reorgs by itself.
func (c *Chain) Reorg(ctx context.Context, depth uint64) (*Reorged, error) {
	c.mu.RLock()
	reorgs, done := c.reorgs, c.done
	c.mu.RUnlock()
	if reorgs == nil {
		return nil, ErrNotRunning
	}
	req := reorgRequest{depth: depth, result: make(chan reorgResult, 1)}
	select {
	case reorgs <- req:
	case <-done:
		return nil, ErrNotRunning
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case res := <-req.result:
		return res.reorged, res.err
	case <-done:
		return nil, ErrNotRunning
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// reorg runs a reorg on the producer's goroutine.
func (p *producer) reorg(ctx context.Context, depth uint64) (*Reorged, error) {
	head := p.head
	if depth == 0 || depth >= head {
		return nil, fmt.Errorf("chain: reorg depth %d: want 1 to %d at head %d", depth, head-1, head)
	}
	parentNum := head - depth
	fin, err := p.client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil {
		return nil, fmt.Errorf("chain: read finalized block: %w", err)
	}
	if parentNum < fin.Number.Uint64() {
		return nil, fmt.Errorf("%w: block %d is finalized, the reorg would start at %d", ErrReorgFinalized, fin.Number.Uint64(), parentNum+1)
	}
	r := &Reorged{Parent: parentNum}
	var parentHash common.Hash
	for n := parentNum; n <= head; n++ {
		h, err := p.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("chain: read block %d: %w", n, err)
		}
		if n == parentNum {
			parentHash = h.Hash()
		} else {
			r.Abandoned = append(r.Abandoned, h.Hash())
		}
	}
	if err := p.backend.Fork(parentHash); err != nil {
		return nil, fmt.Errorf("chain: fork at block %d: %w", parentNum, err)
	}
	p.head = parentNum
	for range depth + 1 {
		p.seal(ctx, "reorg")
	}
	if p.head != head+1 {
		return nil, fmt.Errorf("chain: reorg at block %d sealed up to block %d, want %d", parentNum, p.head, head+1)
	}
	r.Head = p.head
	p.log.Info("chain reorganised", zap.Uint64("parent", parentNum), zap.Uint64("oldHead", head), zap.Uint64("head", r.Head))
	return r, nil
}
