package rollup

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/core"
)

// evmReader reads claims from any EVM JSON-RPC node with
// eth_getBlockByNumber.
type evmReader struct {
	base
}

var _ Reader = (*evmReader)(nil)

// header is the part of an eth_getBlockByNumber result a claim needs. It is
// decoded from the raw JSON rather than with go-ethereum's types.Header,
// whose decoder rejects the extra or missing fields some rollup nodes
// return. The hash is taken as the node reports it (the operator trusts its
// own node); it is not recomputed from the header's RLP.
type header struct {
	Hash      *common.Hash    `json:"hash"`
	Number    *hexutil.Uint64 `json:"number"`
	StateRoot *common.Hash    `json:"stateRoot"`
	Timestamp *hexutil.Uint64 `json:"timestamp"`
}

// servedChainID returns the node's eth_chainId.
func (r *evmReader) servedChainID(ctx context.Context) (uint64, error) {
	var id hexutil.Big
	if err := r.rpc.call(ctx, &id, "eth_chainId"); err != nil {
		return 0, err
	}
	if !id.ToInt().IsUint64() {
		return 0, fmt.Errorf("%w: %s serves chain id %s, configured chain id is %d",
			ErrWrongChain, r.rpc.endpoint, id.ToInt(), r.chainID)
	}
	return id.ToInt().Uint64(), nil
}

// Head implements Reader: the number of the block tagged with the
// configured finality.
func (r *evmReader) Head(ctx context.Context) (uint64, error) {
	h, err := r.header(ctx, string(r.finality))
	if err != nil {
		return 0, err
	}
	if h == nil {
		return 0, fmt.Errorf("%w: chain %d has no %s block yet", ErrNotYet, r.chainID, r.finality)
	}
	return uint64(*h.Number), nil
}

// Claim implements Reader. Above "latest", a block does not exist yet; for
// "safe" and "finalized", the tagged block bounds the heights first.
func (r *evmReader) Claim(ctx context.Context, height uint64) (core.Claim, error) {
	if r.finality != Latest {
		bound, err := r.Head(ctx)
		if err != nil {
			return core.Claim{}, err
		}
		if height > bound {
			return core.Claim{}, r.notYet(height, bound)
		}
	}
	h, err := r.header(ctx, hexutil.EncodeUint64(height))
	if err != nil {
		return core.Claim{}, err
	}
	if h == nil {
		return core.Claim{}, fmt.Errorf("%w: chain %d has no block %d", ErrNotYet, r.chainID, height)
	}
	if got := uint64(*h.Number); got != height {
		return core.Claim{}, fmt.Errorf("%w: asked chain %d for block %d, got block %d", ErrBadResponse, r.chainID, height, got)
	}
	return core.Claim{
		ChainID:     r.chainID,
		BlockNumber: height,
		BlockHash:   *h.Hash,
		StateRoot:   *h.StateRoot,
	}, nil
}

// BlockTime implements Reader.
func (r *evmReader) BlockTime(ctx context.Context, height uint64) (uint64, error) {
	if r.finality != Latest {
		bound, err := r.Head(ctx)
		if err != nil {
			return 0, err
		}
		if height > bound {
			return 0, r.notYet(height, bound)
		}
	}
	h, err := r.header(ctx, hexutil.EncodeUint64(height))
	if err != nil {
		return 0, err
	}
	if h == nil {
		return 0, fmt.Errorf("%w: chain %d has no block %d", ErrNotYet, r.chainID, height)
	}
	if got := uint64(*h.Number); got != height {
		return 0, fmt.Errorf("%w: asked chain %d for block %d, got block %d", ErrBadResponse, r.chainID, height, got)
	}
	if h.Timestamp == nil {
		return 0, fmt.Errorf("%w: block %d of chain %d has no timestamp", ErrBadResponse, height, r.chainID)
	}
	return uint64(*h.Timestamp), nil
}

// header returns the header of the block at number (a hex quantity or a
// tag), or nil when the node has no such block: a null result, or, for a
// tag, geth's "safe block not found" / "finalized block not found" errors.
func (r *evmReader) header(ctx context.Context, number string) (*header, error) {
	var h *header
	err := r.rpc.call(ctx, &h, "eth_getBlockByNumber", number, false)
	var rpcErr rpc.Error
	if err != nil && !strings.HasPrefix(number, "0x") && errors.As(err, &rpcErr) &&
		strings.Contains(rpcErr.Error(), "not found") {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if h == nil {
		return nil, nil
	}
	if h.Hash == nil || h.Number == nil || h.StateRoot == nil {
		return nil, fmt.Errorf("%w: block %s of chain %d lacks hash, number or stateRoot", ErrBadResponse, number, r.chainID)
	}
	return h, nil
}
