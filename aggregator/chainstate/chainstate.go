// Package chainstate tells the aggregator what it needs to know about the
// operators at a checkpoint's reference block (who they are, their stake per
// quorum, their BLS keys, each quorum's aggregate key), and turns a set of
// signers into the signature argument of the registry's attest call.
//
// Operators and stakes come from the middleware's OperatorStateRetriever at
// the reference block; public keys from the BLSApkRegistry's registration
// events, read once and cached (a registered key never changes).
package chainstate

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
)

// Errors callers can check with errors.Is.
var (
	// ErrUnknownOperator: a signer is not an operator of the snapshot.
	ErrUnknownOperator = errors.New("unknown operator")
	// ErrDuplicateSigner: the same operator is listed twice among the signers.
	ErrDuplicateSigner = errors.New("duplicate signer")
	// ErrNoSigners: SignatureData was given no signer.
	ErrNoSigners = errors.New("no signers")
	// ErrMissingPubkey: an operator of the state has no known BLS key.
	ErrMissingPubkey = errors.New("operator public key not found")
	// ErrApkMismatch: the quorum key computed from the operators' keys is not
	// the one the BLSApkRegistry stored for the reference block.
	ErrApkMismatch = errors.New("quorum aggregate key differs from the registry's")
	// ErrFutureBlock: the reference block is not mined yet.
	ErrFutureBlock = errors.New("reference block is in the future")
)

// logRange bounds the block range of one eth_getLogs call (many providers
// cap it).
const logRange = 10_000

// Operator is one operator of the state at a reference block.
type Operator struct {
	ID      common.Hash // operatorId = keccak256(G1.X ‖ G1.Y)
	Address common.Address
	// Stake per quorum, aligned with Snapshot.QuorumNumbers; zero where the
	// operator is not in that quorum.
	Stake    []*big.Int
	PubkeyG1 *bls.G1Point
	PubkeyG2 *bls.G2Point
}

// Snapshot is the operator state at a reference block, for the registry's
// quorums.
type Snapshot struct {
	ReferenceBlock uint32
	QuorumNumbers  []byte
	Operators      map[common.Hash]*Operator
	// TotalStake per quorum.
	TotalStake []*big.Int
	// QuorumApks per quorum: the sum of the quorum's operators' G1 keys at
	// the reference block.
	QuorumApks []*bls.G1Point
}

// pubkeys are an operator's registered keys.
type pubkeys struct {
	address common.Address
	g1      *bls.G1Point
	g2      *bls.G2Point
}

// Reader reads operator state from L1. It is safe for concurrent use.
type Reader struct {
	client        *ethclient.Client
	log           *zap.Logger
	coordinator   common.Address
	apkRegistry   common.Address
	startBlock    uint64
	retriever     *opstateretriever.ContractOperatorStateRetrieverCaller
	apkCaller     *blsapkregistry.ContractBLSApkRegistryCaller
	apkFilterer   *blsapkregistry.ContractBLSApkRegistryFilterer
	registry      *rollcallregistry.RollcallRegistryCaller
	topicPubkey   common.Hash
	topicPubkeyG2 common.Hash

	mu sync.Mutex
	// quorums are the registry's quorum numbers, read once.
	quorums []byte
	// keys by operatorId; scanned is the next block to scan for
	// registrations.
	keys    map[common.Hash]*pubkeys
	byAddr  map[common.Address]common.Hash
	scanned uint64
}

// NewReader binds the contracts of dep. It makes no call: the registry's
// quorum numbers and the registered keys are read on first use.
func NewReader(client *ethclient.Client, dep *deploy.Deployment, log *zap.Logger) (*Reader, error) {
	if client == nil || dep == nil {
		return nil, errors.New("chainstate: client and deployment are required")
	}
	if log == nil {
		log = zap.NewNop()
	}
	retriever, err := opstateretriever.NewContractOperatorStateRetrieverCaller(dep.AVS.OperatorStateRetriever, client)
	if err != nil {
		return nil, fmt.Errorf("chainstate: bind OperatorStateRetriever: %w", err)
	}
	apkCaller, err := blsapkregistry.NewContractBLSApkRegistryCaller(dep.AVS.BLSApkRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("chainstate: bind BLSApkRegistry: %w", err)
	}
	apkFilterer, err := blsapkregistry.NewContractBLSApkRegistryFilterer(dep.AVS.BLSApkRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("chainstate: bind BLSApkRegistry: %w", err)
	}
	registry, err := rollcallregistry.NewRollcallRegistryCaller(dep.AVS.Registry, client)
	if err != nil {
		return nil, fmt.Errorf("chainstate: bind RollcallRegistry: %w", err)
	}
	apkABI, err := blsapkregistry.ContractBLSApkRegistryMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("chainstate: BLSApkRegistry ABI: %w", err)
	}
	return &Reader{
		client:        client,
		log:           log,
		coordinator:   dep.AVS.RegistryCoordinator,
		apkRegistry:   dep.AVS.BLSApkRegistry,
		startBlock:    dep.L1.DeployedAtBlock,
		retriever:     retriever,
		apkCaller:     apkCaller,
		apkFilterer:   apkFilterer,
		registry:      registry,
		topicPubkey:   apkABI.Events["NewPubkeyRegistration"].ID,
		topicPubkeyG2: apkABI.Events["NewG2PubkeyRegistration"].ID,
		keys:          map[common.Hash]*pubkeys{},
		byAddr:        map[common.Address]common.Hash{},
		scanned:       dep.L1.DeployedAtBlock,
	}, nil
}

// Snapshot reads the operators of the registry's quorums, their stakes and
// keys at referenceBlock, and each quorum's aggregate key (checked against
// the one the BLSApkRegistry stored for that block).
func (r *Reader) Snapshot(ctx context.Context, referenceBlock uint32) (*Snapshot, error) {
	head, err := r.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chainstate: read head: %w", err)
	}
	if uint64(referenceBlock) > head {
		return nil, fmt.Errorf("chainstate: %w: block %d, head %d", ErrFutureBlock, referenceBlock, head)
	}
	quorums, err := r.quorumNumbers(ctx)
	if err != nil {
		return nil, err
	}
	state, err := r.operatorState(ctx, quorums, referenceBlock)
	if err != nil {
		return nil, err
	}
	if len(state) != len(quorums) {
		return nil, fmt.Errorf("chainstate: operator state at block %d has %d quorums, want %d", referenceBlock, len(state), len(quorums))
	}

	snap := &Snapshot{
		ReferenceBlock: referenceBlock,
		QuorumNumbers:  slices.Clone(quorums),
		Operators:      map[common.Hash]*Operator{},
		TotalStake:     make([]*big.Int, len(quorums)),
		QuorumApks:     make([]*bls.G1Point, len(quorums)),
	}
	ids := map[common.Hash]common.Address{}
	for _, ops := range state {
		for _, op := range ops {
			ids[op.OperatorId] = op.Operator
		}
	}
	keys, err := r.pubkeys(ctx, ids, head)
	if err != nil {
		return nil, err
	}
	for q, ops := range state {
		snap.TotalStake[q] = new(big.Int)
		snap.QuorumApks[q] = bls.NewZeroG1Point()
		for _, op := range ops {
			id := common.Hash(op.OperatorId)
			o, ok := snap.Operators[id]
			if !ok {
				k := keys[id]
				// Copies: bls points are mutated by their Add and Sub.
				g1, g2 := *k.g1.G1Affine, *k.g2.G2Affine
				o = &Operator{ID: id, Address: op.Operator, Stake: make([]*big.Int, len(quorums)),
					PubkeyG1: &bls.G1Point{G1Affine: &g1}, PubkeyG2: &bls.G2Point{G2Affine: &g2}}
				for i := range o.Stake {
					o.Stake[i] = new(big.Int)
				}
				snap.Operators[id] = o
			}
			o.Stake[q] = new(big.Int).Set(op.Stake)
			snap.TotalStake[q].Add(snap.TotalStake[q], op.Stake)
			snap.QuorumApks[q].Add(o.PubkeyG1)
		}
	}
	if err := r.checkApks(ctx, snap); err != nil {
		return nil, err
	}
	r.log.Debug("operator snapshot", zap.Uint32("block", referenceBlock), zap.Int("operators", len(snap.Operators)))
	return snap, nil
}

// operatorState calls getOperatorState(referenceBlock) at the reference
// block. Full nodes keep the state of the last ~128 blocks only, fewer than
// the registry's maxReferenceAge; the retriever reads the registries' stake
// and index histories, so when the state at the reference block is gone the
// call at the latest block gives the same answer.
func (r *Reader) operatorState(ctx context.Context, quorums []byte, referenceBlock uint32) ([][]opstateretriever.OperatorStateRetrieverOperator, error) {
	atRef := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(uint64(referenceBlock))}
	state, err := r.retriever.GetOperatorState(atRef, r.coordinator, quorums, referenceBlock)
	if err == nil {
		return state, nil
	}
	r.log.Debug("operator state at the reference block failed, reading its history at the head", zap.Uint32("block", referenceBlock), zap.Error(err))
	state, errLatest := r.retriever.GetOperatorState(&bind.CallOpts{Context: ctx}, r.coordinator, quorums, referenceBlock)
	if errLatest != nil {
		return nil, fmt.Errorf("chainstate: operator state at block %d: %w", referenceBlock, errors.Join(err, errLatest))
	}
	return state, nil
}

// SignatureData builds the registry's signature argument for a checkpoint of
// snap's reference block signed by signers: every other operator of the
// snapshot is a non-signer. aggSig is the signers' aggregate signature and
// aggPkG2 the sum of their G2 keys.
func (r *Reader) SignatureData(ctx context.Context, snap *Snapshot, signers []common.Hash, aggSig *bls.Signature, aggPkG2 *bls.G2Point) (rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature, error) {
	var out rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature
	if snap == nil || aggSig == nil || aggSig.G1Point == nil || aggPkG2 == nil || aggPkG2.G2Affine == nil {
		return out, errors.New("chainstate: snapshot, aggregate signature and aggregate G2 key are required")
	}
	if len(signers) == 0 {
		return out, fmt.Errorf("chainstate: %w", ErrNoSigners)
	}
	signed := make(map[common.Hash]bool, len(signers))
	for _, id := range signers {
		if _, ok := snap.Operators[id]; !ok {
			return out, fmt.Errorf("chainstate: signer %s at block %d: %w", id, snap.ReferenceBlock, ErrUnknownOperator)
		}
		if signed[id] {
			return out, fmt.Errorf("chainstate: signer %s: %w", id, ErrDuplicateSigner)
		}
		signed[id] = true
	}
	// The checker requires the non-signers' pubkey hashes (= operator ids)
	// strictly ascending.
	var nonSigners []common.Hash
	for id := range snap.Operators {
		if !signed[id] {
			nonSigners = append(nonSigners, id)
		}
	}
	slices.SortFunc(nonSigners, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })

	ids := make([][32]byte, len(nonSigners))
	for i, id := range nonSigners {
		ids[i] = id
	}
	indices, err := r.retriever.GetCheckSignaturesIndices(&bind.CallOpts{Context: ctx}, r.coordinator, snap.ReferenceBlock, snap.QuorumNumbers, ids)
	if err != nil {
		return out, fmt.Errorf("chainstate: signature indices at block %d: %w", snap.ReferenceBlock, err)
	}

	out.NonSignerQuorumBitmapIndices = indices.NonSignerQuorumBitmapIndices
	out.NonSignerPubkeys = make([]rollcallregistry.IBLSSignatureCheckerG1Point, len(nonSigners))
	for i, id := range nonSigners {
		out.NonSignerPubkeys[i] = G1ToRegistry(snap.Operators[id].PubkeyG1)
	}
	out.QuorumApks = make([]rollcallregistry.IBLSSignatureCheckerG1Point, len(snap.QuorumApks))
	for i, apk := range snap.QuorumApks {
		out.QuorumApks[i] = G1ToRegistry(apk)
	}
	out.ApkG2 = G2ToRegistry(aggPkG2)
	out.Sigma = G1ToRegistry(aggSig.G1Point)
	out.QuorumApkIndices = indices.QuorumApkIndices
	out.TotalStakeIndices = indices.TotalStakeIndices
	out.NonSignerStakeIndices = indices.NonSignerStakeIndices
	return out, nil
}

// G1ToRegistry converts a G1 point to the registry binding's type.
func G1ToRegistry(p *bls.G1Point) rollcallregistry.IBLSSignatureCheckerG1Point {
	x, y := core.G1Coords(p)
	return rollcallregistry.IBLSSignatureCheckerG1Point{X: x, Y: y}
}

// G2ToRegistry converts a G2 point to the registry binding's type. The EVM's
// pairing precompile takes each Fp2 coordinate imaginary part first: (A1, A0)
// (core.G2Coords).
func G2ToRegistry(p *bls.G2Point) rollcallregistry.IBLSSignatureCheckerG2Point {
	x, y := core.G2Coords(p)
	return rollcallregistry.IBLSSignatureCheckerG2Point{X: x, Y: y}
}

// quorumNumbers reads the registry's quorums once.
// QuorumNumbers are the registry's quorum numbers (read once).
func (r *Reader) QuorumNumbers(ctx context.Context) ([]byte, error) {
	q, err := r.quorumNumbers(ctx)
	return slices.Clone(q), err
}

func (r *Reader) quorumNumbers(ctx context.Context) ([]byte, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.quorums != nil {
		return r.quorums, nil
	}
	q, err := r.registry.QuorumNumbers(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("chainstate: read registry quorum numbers: %w", err)
	}
	if len(q) == 0 {
		return nil, errors.New("chainstate: registry has no quorum numbers")
	}
	r.quorums = q
	return q, nil
}

// pubkeys returns the keys of the operators in ids (operatorId → address),
// scanning registrations up to head when one is not cached yet.
func (r *Reader) pubkeys(ctx context.Context, ids map[common.Hash]common.Address, head uint64) (map[common.Hash]*pubkeys, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	missing := func() (common.Hash, bool) {
		for id := range ids {
			if k, ok := r.keys[id]; !ok || k.g2 == nil {
				return id, true
			}
		}
		return common.Hash{}, false
	}
	if _, ok := missing(); ok && r.scanned <= head {
		if err := r.scan(ctx, head); err != nil {
			return nil, err
		}
	}
	if id, ok := missing(); ok {
		return nil, fmt.Errorf("chainstate: operator %s (id %s): %w in BLSApkRegistry events up to block %d", ids[id], id, ErrMissingPubkey, head)
	}
	out := make(map[common.Hash]*pubkeys, len(ids))
	for id, addr := range ids {
		k := r.keys[id]
		if k.address != addr {
			return nil, fmt.Errorf("chainstate: operator id %s belongs to %s in the state but its key was registered by %s", id, addr, k.address)
		}
		out[id] = k
	}
	return out, nil
}

// scan reads key registrations from r.scanned through head. Called with r.mu
// held.
func (r *Reader) scan(ctx context.Context, head uint64) error {
	for from := r.scanned; from <= head; {
		to := min(from+logRange-1, head)
		logs, err := r.client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: []common.Address{r.apkRegistry},
			Topics:    [][]common.Hash{{r.topicPubkey, r.topicPubkeyG2}},
		})
		if err != nil {
			return fmt.Errorf("chainstate: read key registrations in blocks %d-%d: %w", from, to, err)
		}
		for _, l := range logs {
			if err := r.addKey(l); err != nil {
				return err
			}
		}
		r.log.Debug("scanned key registrations", zap.Uint64("from", from), zap.Uint64("block", to), zap.Int("logs", len(logs)))
		from = to + 1
		r.scanned = from
	}
	return nil
}

// addKey records one registration event. Called with r.mu held.
func (r *Reader) addKey(l types.Log) error {
	if l.Removed || len(l.Topics) == 0 {
		return nil
	}
	switch l.Topics[0] {
	case r.topicPubkey:
		ev, err := r.apkFilterer.ParseNewPubkeyRegistration(l)
		if err != nil {
			return fmt.Errorf("chainstate: parse NewPubkeyRegistration in block %d: %w", l.BlockNumber, err)
		}
		g1 := bls.NewG1Point(ev.PubkeyG1.X, ev.PubkeyG1.Y)
		// NewG2Point takes the EVM's order (imaginary part first).
		g2 := bls.NewG2Point(ev.PubkeyG2.X, ev.PubkeyG2.Y)
		if g2.IsInfinity() {
			g2 = nil // registered without a G2 key; a NewG2PubkeyRegistration may follow
		}
		id := core.OperatorID(g1)
		r.keys[id] = &pubkeys{address: ev.Operator, g1: g1, g2: g2}
		r.byAddr[ev.Operator] = id
		r.log.Debug("operator key", zap.String("operatorId", id.Hex()), zap.Stringer("operator", ev.Operator))
	case r.topicPubkeyG2:
		ev, err := r.apkFilterer.ParseNewG2PubkeyRegistration(l)
		if err != nil {
			return fmt.Errorf("chainstate: parse NewG2PubkeyRegistration in block %d: %w", l.BlockNumber, err)
		}
		if id, ok := r.byAddr[ev.Operator]; ok {
			r.keys[id].g2 = bls.NewG2Point(ev.PubkeyG2.X, ev.PubkeyG2.Y)
		}
	}
	return nil
}

// checkApks compares each computed quorum key with the hash the
// BLSApkRegistry stored for the reference block.
func (r *Reader) checkApks(ctx context.Context, snap *Snapshot) error {
	indices, err := r.retriever.GetCheckSignaturesIndices(&bind.CallOpts{Context: ctx}, r.coordinator, snap.ReferenceBlock, snap.QuorumNumbers, nil)
	if err != nil {
		return fmt.Errorf("chainstate: quorum key indices at block %d: %w", snap.ReferenceBlock, err)
	}
	if len(indices.QuorumApkIndices) != len(snap.QuorumNumbers) {
		return fmt.Errorf("chainstate: %d quorum key indices for %d quorums", len(indices.QuorumApkIndices), len(snap.QuorumNumbers))
	}
	for i, q := range snap.QuorumNumbers {
		stored, err := r.apkCaller.GetApkHashAtBlockNumberAndIndex(&bind.CallOpts{Context: ctx}, q, snap.ReferenceBlock, new(big.Int).SetUint64(uint64(indices.QuorumApkIndices[i])))
		if err != nil {
			return fmt.Errorf("chainstate: stored key of quorum %d at block %d: %w", q, snap.ReferenceBlock, err)
		}
		apk := snap.QuorumApks[i]
		want := core.OperatorID(apk)
		// A quorum's history starts with a zero hash (no operator yet).
		if bytes.Equal(stored[:], want[:24]) || (stored == [24]byte{} && apk.IsInfinity()) {
			continue
		}
		return fmt.Errorf("chainstate: quorum %d at block %d: %w", q, snap.ReferenceBlock, ErrApkMismatch)
	}
	return nil
}
