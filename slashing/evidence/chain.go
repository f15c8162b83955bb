package evidence

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
)

// Member is a quorum member at a block, with the entry of its quorum-bitmap
// history that covers the block (the contract's index hint).
type Member struct {
	Operator
	BitmapIndex uint32
}

// Chain is what the builder reads from L1.
type Chain interface {
	// Head is the current L1 block number.
	Head(ctx context.Context) (uint64, error)
	// Members lists the quorum's members at block, by operator id.
	Members(ctx context.Context, block uint32) (map[common.Hash]Member, error)
	// Pubkey is the operator's registered G1 key and operator id
	// (ErrNotRegistered when it has none).
	Pubkey(ctx context.Context, operator common.Address) (*bls.G1Point, common.Hash, error)
	// ApkHash is the quorum's aggregate-key hash at block, from entry index
	// of the BLSApkRegistry's history (an error when index does not cover block).
	ApkHash(ctx context.Context, block uint32, index uint32) ([24]byte, error)
	// Slashable says whether the AVS may still slash the operator.
	Slashable(ctx context.Context, operator common.Address) (bool, error)
	// Slashed says whether the slasher already slashed the operator for (chainID, blockNumber).
	Slashed(ctx context.Context, operator common.Address, chainID, blockNumber uint64) (bool, error)
}

// L1 reads the middleware, the AllocationManager and the slasher of a deployment.
type L1 struct {
	backend     bind.ContractBackend
	coordinator common.Address
	avs         common.Address
	quorum      uint8
	retriever   *opstateretriever.ContractOperatorStateRetrieverCaller
	coord       *regcoord.ContractSlashingRegistryCoordinatorCaller
	apk         *blsapkregistry.ContractBLSApkRegistryCaller
	apkEvents   *blsapkregistry.ContractBLSApkRegistryFilterer
	am          *allocmgr.ContractAllocationManagerCaller
	slasher     *equivocationslasher.EquivocationSlasherCaller
	head        func(context.Context) (uint64, error)
}

var _ Chain = (*L1)(nil)

// HeadReader is the one call L1 needs besides contract calls.
type HeadReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// NewL1 binds the contracts of dep.
func NewL1(backend bind.ContractBackend, head HeadReader, dep *deploy.Deployment) (*L1, error) {
	if backend == nil || head == nil || dep == nil {
		return nil, errors.New("evidence: backend, head reader and deployment are required")
	}
	l := &L1{backend: backend, coordinator: dep.AVS.RegistryCoordinator, avs: dep.AVS.ServiceManager, quorum: uint8(dep.AVS.OperatorSetID), head: head.BlockNumber}
	var err error
	if l.retriever, err = opstateretriever.NewContractOperatorStateRetrieverCaller(dep.AVS.OperatorStateRetriever, backend); err != nil {
		return nil, fmt.Errorf("evidence: bind OperatorStateRetriever: %w", err)
	}
	if l.coord, err = regcoord.NewContractSlashingRegistryCoordinatorCaller(dep.AVS.RegistryCoordinator, backend); err != nil {
		return nil, fmt.Errorf("evidence: bind registry coordinator: %w", err)
	}
	if l.apk, err = blsapkregistry.NewContractBLSApkRegistryCaller(dep.AVS.BLSApkRegistry, backend); err != nil {
		return nil, fmt.Errorf("evidence: bind BLSApkRegistry: %w", err)
	}
	if l.apkEvents, err = blsapkregistry.NewContractBLSApkRegistryFilterer(dep.AVS.BLSApkRegistry, backend); err != nil {
		return nil, fmt.Errorf("evidence: bind BLSApkRegistry: %w", err)
	}
	if l.am, err = allocmgr.NewContractAllocationManagerCaller(dep.EigenLayer.AllocationManager, backend); err != nil {
		return nil, fmt.Errorf("evidence: bind AllocationManager: %w", err)
	}
	if l.slasher, err = equivocationslasher.NewEquivocationSlasherCaller(dep.AVS.Slasher, backend); err != nil {
		return nil, fmt.Errorf("evidence: bind slasher: %w", err)
	}
	return l, nil
}

func call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// Head implements Chain.
func (l *L1) Head(ctx context.Context) (uint64, error) { return l.head(ctx) }

// Members implements Chain with the OperatorStateRetriever and the
// coordinator's bitmap indices at block.
func (l *L1) Members(ctx context.Context, block uint32) (map[common.Hash]Member, error) {
	state, err := l.retriever.GetOperatorState(call(ctx), l.coordinator, []byte{l.quorum}, block)
	if err != nil {
		return nil, fmt.Errorf("evidence: operator state at block %d: %w", block, err)
	}
	out := map[common.Hash]Member{}
	if len(state) != 1 || len(state[0]) == 0 {
		return out, nil
	}
	ids := make([][32]byte, len(state[0]))
	for i, op := range state[0] {
		ids[i] = op.OperatorId
	}
	indices, err := l.coord.GetQuorumBitmapIndicesAtBlockNumber(call(ctx), block, ids)
	if err != nil {
		return nil, fmt.Errorf("evidence: quorum bitmap indices at block %d: %w", block, err)
	}
	if len(indices) != len(ids) {
		return nil, fmt.Errorf("evidence: %d bitmap indices for %d operators", len(indices), len(ids))
	}
	for i, op := range state[0] {
		out[op.OperatorId] = Member{Operator: Operator{Address: op.Operator, ID: op.OperatorId}, BitmapIndex: indices[i]}
	}
	return out, nil
}

// Pubkey implements Chain.
func (l *L1) Pubkey(ctx context.Context, operator common.Address) (*bls.G1Point, common.Hash, error) {
	id, err := l.apk.OperatorToPubkeyHash(call(ctx), operator)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("evidence: operator id of %s: %w", operator, err)
	}
	if id == ([32]byte{}) {
		return nil, common.Hash{}, fmt.Errorf("%w: %s has no registered BLS key", ErrNotRegistered, operator)
	}
	pk, err := l.apk.OperatorToPubkey(call(ctx), operator)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("evidence: key of %s: %w", operator, err)
	}
	return bls.NewG1Point(pk.X, pk.Y), id, nil
}

// ApkHash implements Chain.
func (l *L1) ApkHash(ctx context.Context, block uint32, index uint32) ([24]byte, error) {
	h, err := l.apk.GetApkHashAtBlockNumberAndIndex(call(ctx), l.quorum, block, new(big.Int).SetUint64(uint64(index)))
	if err != nil {
		return [24]byte{}, fmt.Errorf("evidence: aggregate key hash at block %d (index %d): %w", block, index, err)
	}
	return h, nil
}

// Slashable implements Chain.
func (l *L1) Slashable(ctx context.Context, operator common.Address) (bool, error) {
	ok, err := l.am.IsOperatorSlashable(call(ctx), operator, allocmgr.OperatorSet{Avs: l.avs, Id: uint32(l.quorum)})
	if err != nil {
		return false, fmt.Errorf("evidence: is %s slashable: %w", operator, err)
	}
	return ok, nil
}

// Slashed implements Chain.
func (l *L1) Slashed(ctx context.Context, operator common.Address, chainID, blockNumber uint64) (bool, error) {
	ok, err := l.slasher.IsSlashed(call(ctx), operator, chainID, blockNumber)
	if err != nil {
		return false, fmt.Errorf("evidence: slashed state of %s: %w", operator, err)
	}
	return ok, nil
}

// PubkeyG2 is the operator's registered G2 key, from the BLSApkRegistry's
// NewPubkeyRegistration event (the registry stores only the G1 key), the
// last one from block from on; ErrNotRegistered when there is none.
func (l *L1) PubkeyG2(ctx context.Context, operator common.Address, from uint64) (*bls.G2Point, error) {
	it, err := l.apkEvents.FilterNewPubkeyRegistration(&bind.FilterOpts{Context: ctx, Start: from}, []common.Address{operator})
	if err != nil {
		return nil, fmt.Errorf("evidence: read the key registration of %s: %w", operator, err)
	}
	defer it.Close()
	var found *bls.G2Point
	for it.Next() {
		p, err := core.ParseG2(it.Event.PubkeyG2.X, it.Event.PubkeyG2.Y)
		if err != nil {
			return nil, fmt.Errorf("evidence: registered G2 key of %s: %w", operator, err)
		}
		found = p
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("evidence: read the key registration of %s: %w", operator, err)
	}
	if found == nil {
		return nil, fmt.Errorf("%w: no key registration of %s", ErrNotRegistered, operator)
	}
	return found, nil
}
