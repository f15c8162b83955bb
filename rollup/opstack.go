package rollup

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/core"
)

// OutputVersionV0 is the only OP Stack output root version: 32 zero bytes.
var OutputVersionV0 common.Hash

// OutputRootV0 returns the OP Stack version 0 output root of an L2 block:
// keccak256(bytes32(0) ‖ stateRoot ‖ withdrawalStorageRoot ‖ blockHash),
// where withdrawalStorageRoot is the storage root of the
// L2ToL1MessagePasser contract.
func OutputRootV0(stateRoot, withdrawalStorageRoot, blockHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(OutputVersionV0[:], stateRoot[:], withdrawalStorageRoot[:], blockHash[:])
}

// opReader reads claims from an op-node (optimism_* JSON-RPC namespace).
type opReader struct {
	base
}

var _ Reader = (*opReader)(nil)

// The wire types below mirror the fields rollcall needs of op-node's
// eth.OutputResponse, eth.SyncStatus and eth.L2BlockRef
// (optimism/op-service/eth); other fields are ignored.

// outputResponse is the result of optimism_outputAtBlock.
type outputResponse struct {
	Version               *common.Hash `json:"version"`
	OutputRoot            *common.Hash `json:"outputRoot"`
	BlockRef              *l2BlockRef  `json:"blockRef"`
	WithdrawalStorageRoot *common.Hash `json:"withdrawalStorageRoot"`
	StateRoot             *common.Hash `json:"stateRoot"`
	Status                *syncStatus  `json:"syncStatus"`
}

// syncStatus is the result of optimism_syncStatus.
type syncStatus struct {
	UnsafeL2    l2BlockRef `json:"unsafe_l2"`
	SafeL2      l2BlockRef `json:"safe_l2"`
	FinalizedL2 l2BlockRef `json:"finalized_l2"`
}

// l2BlockRef identifies an L2 block.
type l2BlockRef struct {
	Hash      common.Hash `json:"hash"`
	Number    quantity    `json:"number"`
	Timestamp *quantity   `json:"timestamp"`
}

// rollupConfig is the part of optimism_rollupConfig's result New needs.
type rollupConfig struct {
	L2ChainID *big.Int `json:"l2_chain_id"`
}

// quantity is a block number as op-node writes it: a JSON number (its Go
// types use uint64). A hex string ("0x1f"), as the specs' QUANTITY, is
// accepted too.
type quantity uint64

// UnmarshalJSON implements json.Unmarshaler.
func (q *quantity) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		var h hexutil.Uint64
		if err := json.Unmarshal(data, &h); err != nil {
			return err
		}
		*q = quantity(h)
		return nil
	}
	if bytes.Equal(data, []byte("null")) {
		return nil
	}
	n, err := strconv.ParseUint(string(data), 10, 64)
	if err != nil {
		return fmt.Errorf("block number %s is not a uint64", data)
	}
	*q = quantity(n)
	return nil
}

// bound returns the block of s at finality f.
func (s *syncStatus) bound(f Finality) l2BlockRef {
	switch f {
	case Finalized:
		return s.FinalizedL2
	case Safe:
		return s.SafeL2
	default:
		return s.UnsafeL2
	}
}

// servedChainID returns the L2 chain id of the op-node's rollup config.
func (r *opReader) servedChainID(ctx context.Context) (uint64, error) {
	var cfg rollupConfig
	if err := r.rpc.call(ctx, &cfg, "optimism_rollupConfig"); err != nil {
		return 0, err
	}
	if cfg.L2ChainID == nil || !cfg.L2ChainID.IsUint64() {
		return 0, fmt.Errorf("%w: %s serves rollup config with l2_chain_id %v, configured chain id is %d",
			ErrWrongChain, r.rpc.endpoint, cfg.L2ChainID, r.chainID)
	}
	return cfg.L2ChainID.Uint64(), nil
}

// syncStatus calls optimism_syncStatus.
func (r *opReader) syncStatus(ctx context.Context) (*syncStatus, error) {
	var s *syncStatus
	if err := r.rpc.call(ctx, &s, "optimism_syncStatus"); err != nil {
		return nil, err
	}
	if s == nil {
		return nil, fmt.Errorf("%w: optimism_syncStatus of chain %d returned null", ErrBadResponse, r.chainID)
	}
	return s, nil
}

// headOf returns the number of the block of s at the configured finality.
// op-node zeroes the blocks it does not know yet: a zero hash is ErrNotYet.
func (r *opReader) headOf(s *syncStatus) (uint64, error) {
	ref := s.bound(r.finality)
	if ref.Hash == (common.Hash{}) {
		return 0, fmt.Errorf("%w: chain %d has no %s block yet", ErrNotYet, r.chainID, r.finality)
	}
	return uint64(ref.Number), nil
}

// Head implements Reader: unsafe_l2, safe_l2 or finalized_l2 of
// optimism_syncStatus for latest, safe and finalized.
func (r *opReader) Head(ctx context.Context) (uint64, error) {
	s, err := r.syncStatus(ctx)
	if err != nil {
		return 0, err
	}
	return r.headOf(s)
}

// Claim implements Reader: the block hash and state root of
// optimism_outputAtBlock(height), once its output root is checked, if
// height is not above the head at the configured finality.
func (r *opReader) Claim(ctx context.Context, height uint64) (core.Claim, error) {
	claim, _, err := r.output(ctx, height)
	return claim, err
}

// BlockTime implements Reader: the timestamp of the output's block
// reference, under the same checks as Claim.
func (r *opReader) BlockTime(ctx context.Context, height uint64) (uint64, error) {
	_, ref, err := r.output(ctx, height)
	if err != nil {
		return 0, err
	}
	if ref.Timestamp == nil {
		return 0, fmt.Errorf("%w: output at block %d of chain %d has no block timestamp", ErrBadResponse, height, r.chainID)
	}
	return uint64(*ref.Timestamp), nil
}

// output reads and checks the output at height, returning its claim and
// block reference.
func (r *opReader) output(ctx context.Context, height uint64) (core.Claim, *l2BlockRef, error) {
	var out *outputResponse
	err := r.rpc.call(ctx, &out, "optimism_outputAtBlock", hexutil.Uint64(height))
	var rpcErr rpc.Error
	if err != nil && errors.As(err, &rpcErr) {
		// op-node answers an error, not null, for a block it does not have:
		// if it is above its sync status, that means "not yet".
		return core.Claim{}, nil, r.classify(ctx, height, err)
	}
	if err != nil {
		return core.Claim{}, nil, err
	}
	if out == nil {
		return core.Claim{}, nil, fmt.Errorf("%w: chain %d has no output at block %d", ErrNotYet, r.chainID, height)
	}
	claim, err := r.check(out, height)
	if err != nil {
		return core.Claim{}, nil, err
	}
	status := out.Status
	if status == nil { // not sent by some rollup nodes: ask separately
		if status, err = r.syncStatus(ctx); err != nil {
			return core.Claim{}, nil, err
		}
	}
	bound, err := r.headOf(status)
	if err != nil {
		return core.Claim{}, nil, err
	}
	if height > bound {
		return core.Claim{}, nil, r.notYet(height, bound)
	}
	return claim, out.BlockRef, nil
}

// check verifies out is the version 0 output of block height and returns
// its claim.
func (r *opReader) check(out *outputResponse, height uint64) (core.Claim, error) {
	if out.Version == nil || out.OutputRoot == nil || out.BlockRef == nil ||
		out.WithdrawalStorageRoot == nil || out.StateRoot == nil {
		return core.Claim{}, fmt.Errorf("%w: output at block %d of chain %d lacks a field", ErrBadResponse, height, r.chainID)
	}
	if got := uint64(out.BlockRef.Number); got != height {
		return core.Claim{}, fmt.Errorf("%w: asked chain %d for the output at block %d, got block %d", ErrBadResponse, r.chainID, height, got)
	}
	if *out.Version != OutputVersionV0 {
		return core.Claim{}, fmt.Errorf("%w: output at block %d of chain %d has unknown version %s", ErrBadOutput, height, r.chainID, out.Version)
	}
	want := OutputRootV0(*out.StateRoot, *out.WithdrawalStorageRoot, out.BlockRef.Hash)
	if *out.OutputRoot != want {
		return core.Claim{}, fmt.Errorf("%w: output at block %d of chain %d has root %s, its parts hash to %s",
			ErrBadOutput, height, r.chainID, out.OutputRoot, want)
	}
	return core.Claim{
		ChainID:     r.chainID,
		BlockNumber: height,
		BlockHash:   out.BlockRef.Hash,
		StateRoot:   *out.StateRoot,
	}, nil
}

// classify turns the error op-node answered for height into ErrNotYet when
// height is above the node's head at the configured finality, and returns
// callErr unchanged otherwise.
func (r *opReader) classify(ctx context.Context, height uint64, callErr error) error {
	s, err := r.syncStatus(ctx)
	if err != nil {
		return callErr
	}
	bound, err := r.headOf(s)
	if errors.Is(err, ErrNotYet) {
		return err
	}
	if err == nil && height > bound {
		return r.notYet(height, bound)
	}
	return callErr
}
