package optable

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	stakeregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Errors of FromL1.
var (
	// ErrApkMismatch: the quorum key summed from the operators' keys is not
	// the one the BLSApkRegistry recorded for the block.
	ErrApkMismatch = errors.New("aggregate key differs from the middleware's")
	// ErrTotalStakeMismatch: the summed stake is not the StakeRegistry's
	// total-stake history at the block.
	ErrTotalStakeMismatch = errors.New("total stake differs from the middleware's")
	// ErrZeroStakeMember: a member of a quorum has no stake in it. A table
	// counts membership by stake, so it cannot represent such a member.
	ErrZeroStakeMember = errors.New("quorum member with zero stake")
)

// OperatorStake is one entry of the middleware's operator state.
type OperatorStake struct {
	Operator   common.Address
	OperatorID common.Hash
	Stake      *big.Int
}

// Reader is what FromL1 needs of the middleware on L1. Every block argument
// is the table's reference block; implementations read histories, so the
// answers do not change once that block is final.
type Reader interface {
	// QuorumNumbers are the quorums a table covers, ascending.
	QuorumNumbers() []byte
	// BlockTimestamp is the timestamp of L1 block n.
	BlockTimestamp(ctx context.Context, n uint32) (uint64, error)
	// OperatorState is OperatorStateRetriever.getOperatorState: per quorum,
	// its members and their stakes at block n.
	OperatorState(ctx context.Context, quorums []byte, n uint32) ([][]OperatorStake, error)
	// Pubkey is the G1 key the operator registered (keys never change).
	Pubkey(ctx context.Context, operator common.Address) (bn254.G1Affine, error)
	// ApkHashes are the BLSApkRegistry's 24-byte aggregate key hashes of
	// the quorums at block n.
	ApkHashes(ctx context.Context, quorums []byte, n uint32) ([][24]byte, error)
	// TotalStakes are the StakeRegistry's total stakes of the quorums at block n.
	TotalStakes(ctx context.Context, quorums []byte, n uint32) ([]*big.Int, error)
}

// FromL1 computes the table of the middleware at L1 block ref: operators and
// stakes from the operator state, keys from the BLSApkRegistry, then each
// quorum's summed key and stake cross-checked with the middleware's aggregate
// key and total-stake histories at ref. It returns the table and its tree.
func FromL1(ctx context.Context, r Reader, ref uint32) (*Table, *Tree, error) {
	quorums := r.QuorumNumbers()
	ts, err := r.BlockTimestamp(ctx, ref)
	if err != nil {
		return nil, nil, fmt.Errorf("optable: timestamp of block %d: %w", ref, err)
	}
	state, err := r.OperatorState(ctx, quorums, ref)
	if err != nil {
		return nil, nil, fmt.Errorf("optable: operator state at block %d: %w", ref, err)
	}
	if len(state) != len(quorums) {
		return nil, nil, fmt.Errorf("optable: operator state at block %d has %d quorums, want %d", ref, len(state), len(quorums))
	}
	byID := map[common.Hash]*Leaf{}
	var order []common.Hash
	for qi, ops := range state {
		for _, op := range ops {
			if op.Stake == nil || op.Stake.Sign() == 0 {
				return nil, nil, fmt.Errorf("optable: %w: operator %s in quorum %d at block %d", ErrZeroStakeMember, op.OperatorID, quorums[qi], ref)
			}
			l, ok := byID[op.OperatorID]
			if !ok {
				pk, err := r.Pubkey(ctx, op.Operator)
				if err != nil {
					return nil, nil, fmt.Errorf("optable: key of operator %s: %w", op.Operator, err)
				}
				l = &Leaf{OperatorID: op.OperatorID, Pubkey: pk, Stakes: make([]*big.Int, len(quorums))}
				for i := range l.Stakes {
					l.Stakes[i] = new(big.Int)
				}
				byID[op.OperatorID] = l
				order = append(order, op.OperatorID)
			}
			l.Stakes[qi] = new(big.Int).Set(op.Stake)
		}
	}
	leaves := make([]Leaf, len(order))
	for i, id := range order {
		leaves[i] = *byID[id]
	}
	if len(leaves) == 0 {
		return nil, nil, fmt.Errorf("optable: block %d: %w", ref, ErrNoOperators)
	}
	table, tree, err := Build(ref, ts, quorums, leaves)
	if err != nil {
		return nil, nil, fmt.Errorf("optable: block %d: %w", ref, err)
	}

	apks, err := r.ApkHashes(ctx, quorums, ref)
	if err != nil {
		return nil, nil, fmt.Errorf("optable: aggregate keys at block %d: %w", ref, err)
	}
	totals, err := r.TotalStakes(ctx, quorums, ref)
	if err != nil {
		return nil, nil, fmt.Errorf("optable: total stakes at block %d: %w", ref, err)
	}
	if len(apks) != len(quorums) || len(totals) != len(quorums) {
		return nil, nil, fmt.Errorf("optable: %d key hashes and %d totals for %d quorums", len(apks), len(totals), len(quorums))
	}
	for i, q := range table.Quorums {
		want := PubkeyID(&q.Apk)
		// A quorum's key history starts with a zero hash (no member yet).
		if !bytes.Equal(apks[i][:], want[:24]) && !(apks[i] == [24]byte{} && q.Apk.IsInfinity()) {
			return nil, nil, fmt.Errorf("optable: quorum %d at block %d: %w", q.Number, ref, ErrApkMismatch)
		}
		if totals[i].Cmp(q.TotalStake) != 0 {
			return nil, nil, fmt.Errorf("optable: quorum %d at block %d: %w: operators sum to %s, registry has %s", q.Number, ref, ErrTotalStakeMismatch, q.TotalStake, totals[i])
		}
	}
	return table, tree, nil
}

// L1Client is the part of an L1 client MiddlewareReader uses; ethclient and
// the simulated backend's client both have it.
type L1Client interface {
	bind.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Middleware names the middleware contracts a table is read from.
type Middleware struct {
	RegistryCoordinator    common.Address
	OperatorStateRetriever common.Address
	BLSApkRegistry         common.Address
	StakeRegistry          common.Address
	// Quorums a table covers, strictly ascending.
	Quorums []byte
}

// MiddlewareReader is Reader over an L1 client and the middleware's
// contracts. Its calls run at the latest block and read histories at the
// reference block, so they work on full nodes that pruned the state of old
// blocks.
type MiddlewareReader struct {
	client    L1Client
	mw        Middleware
	retriever *opstateretriever.ContractOperatorStateRetrieverCaller
	apk       *blsapkregistry.ContractBLSApkRegistryCaller
	stake     *stakeregistry.ContractStakeRegistryCaller
}

var _ Reader = (*MiddlewareReader)(nil)

// NewMiddlewareReader binds the middleware's contracts; it makes no call.
func NewMiddlewareReader(client L1Client, mw Middleware) (*MiddlewareReader, error) {
	if len(mw.Quorums) == 0 || len(mw.Quorums) > MaxQuorums {
		return nil, fmt.Errorf("optable: %d quorums, want 1..%d", len(mw.Quorums), MaxQuorums)
	}
	for i := 1; i < len(mw.Quorums); i++ {
		if mw.Quorums[i] <= mw.Quorums[i-1] {
			return nil, ErrQuorumsNotAscending
		}
	}
	retriever, err := opstateretriever.NewContractOperatorStateRetrieverCaller(mw.OperatorStateRetriever, client)
	if err != nil {
		return nil, fmt.Errorf("optable: bind OperatorStateRetriever: %w", err)
	}
	apk, err := blsapkregistry.NewContractBLSApkRegistryCaller(mw.BLSApkRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("optable: bind BLSApkRegistry: %w", err)
	}
	stake, err := stakeregistry.NewContractStakeRegistryCaller(mw.StakeRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("optable: bind StakeRegistry: %w", err)
	}
	mw.Quorums = bytes.Clone(mw.Quorums)
	return &MiddlewareReader{client: client, mw: mw, retriever: retriever, apk: apk, stake: stake}, nil
}

// QuorumNumbers implements Reader.
func (m *MiddlewareReader) QuorumNumbers() []byte { return bytes.Clone(m.mw.Quorums) }

// BlockTimestamp implements Reader.
func (m *MiddlewareReader) BlockTimestamp(ctx context.Context, n uint32) (uint64, error) {
	h, err := m.client.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(n)))
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// OperatorState implements Reader.
func (m *MiddlewareReader) OperatorState(ctx context.Context, quorums []byte, n uint32) ([][]OperatorStake, error) {
	state, err := m.retriever.GetOperatorState(&bind.CallOpts{Context: ctx}, m.mw.RegistryCoordinator, quorums, n)
	if err != nil {
		return nil, err
	}
	out := make([][]OperatorStake, len(state))
	for i, ops := range state {
		out[i] = make([]OperatorStake, len(ops))
		for j, op := range ops {
			out[i][j] = OperatorStake{Operator: op.Operator, OperatorID: op.OperatorId, Stake: op.Stake}
		}
	}
	return out, nil
}

// Pubkey implements Reader.
func (m *MiddlewareReader) Pubkey(ctx context.Context, operator common.Address) (bn254.G1Affine, error) {
	p, err := m.apk.OperatorToPubkey(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return bn254.G1Affine{}, err
	}
	var out bn254.G1Affine
	var b [64]byte
	if p.X.BitLen() > 256 || p.Y.BitLen() > 256 {
		return out, ErrInvalidPoint
	}
	p.X.FillBytes(b[0:32])
	p.Y.FillBytes(b[32:64])
	if err := setG1(&out, b[:]); err != nil {
		return out, err
	}
	return out, nil
}

// ApkHashes implements Reader.
func (m *MiddlewareReader) ApkHashes(ctx context.Context, quorums []byte, n uint32) ([][24]byte, error) {
	opts := &bind.CallOpts{Context: ctx}
	idx, err := m.apk.GetApkIndicesAtBlockNumber(opts, quorums, new(big.Int).SetUint64(uint64(n)))
	if err != nil {
		return nil, err
	}
	if len(idx) != len(quorums) {
		return nil, fmt.Errorf("%d key indices for %d quorums", len(idx), len(quorums))
	}
	out := make([][24]byte, len(quorums))
	for i, q := range quorums {
		out[i], err = m.apk.GetApkHashAtBlockNumberAndIndex(opts, q, n, new(big.Int).SetUint64(uint64(idx[i])))
		if err != nil {
			return nil, fmt.Errorf("quorum %d: %w", q, err)
		}
	}
	return out, nil
}

// TotalStakes implements Reader.
func (m *MiddlewareReader) TotalStakes(ctx context.Context, quorums []byte, n uint32) ([]*big.Int, error) {
	opts := &bind.CallOpts{Context: ctx}
	idx, err := m.stake.GetTotalStakeIndicesAtBlockNumber(opts, n, quorums)
	if err != nil {
		return nil, err
	}
	if len(idx) != len(quorums) {
		return nil, fmt.Errorf("%d total-stake indices for %d quorums", len(idx), len(quorums))
	}
	out := make([]*big.Int, len(quorums))
	for i, q := range quorums {
		out[i], err = m.stake.GetTotalStakeAtBlockNumberFromIndex(opts, q, n, new(big.Int).SetUint64(uint64(idx[i])))
		if err != nil {
			return nil, fmt.Errorf("quorum %d: %w", q, err)
		}
	}
	return out, nil
}
