package peerstate

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/attestation"
)

// MaxSlots is the most storage slots one proof may hold.
const MaxSlots = 64

// ErrBlockNotFound is returned when the rollup node does not have the block
// to prove at.
var ErrBlockNotFound = errors.New("block not found")

// Proof is a peer-state proof: one account of a rollup and some of its
// storage slots at one block, with (optionally) the attestation of that
// block's claim on L1. It is what `rollcall state prove` prints and
// `rollcall state verify` reads.
type Proof struct {
	// Attestation proves the claim (chain id, block, block hash, state
	// root) in an attested checkpoint. Prove leaves it nil; the CLI sets it.
	Attestation *attestation.Proof `json:"attestation,omitempty"`
	// BlockNumber, BlockHash and StateRoot are the rollup node's header of
	// the proven block.
	BlockNumber uint64         `json:"blockNumber,string"`
	BlockHash   common.Hash    `json:"blockHash"`
	StateRoot   common.Hash    `json:"stateRoot"`
	Account     common.Address `json:"account"`
	// AccountProof is eth_getProof's accountProof: the state trie nodes on
	// the path keccak256(account), root first.
	AccountProof []hexutil.Bytes `json:"accountProof"`
	Storage      []StorageProof  `json:"storage"`
}

// StorageProof is eth_getProof's proof of one slot: the storage trie nodes
// on the path keccak256(slot), root first (none for an empty storage trie).
type StorageProof struct {
	Slot  common.Hash     `json:"slot"`
	Proof []hexutil.Bytes `json:"proof"`
}

// Slots lists the proven slots.
func (p *Proof) Slots() []common.Hash {
	out := make([]common.Hash, len(p.Storage))
	for i, s := range p.Storage {
		out[i] = s.Slot
	}
	return out
}

// CheckAttested checks that p carries an attestation of the very block it
// proves: same block number, block hash and state root.
func (p *Proof) CheckAttested() error {
	if p.Attestation == nil {
		return errors.New("the proof has no attestation")
	}
	c := p.Attestation.Claim
	if c.BlockNumber != p.BlockNumber || c.BlockHash != p.BlockHash || c.StateRoot != p.StateRoot {
		return fmt.Errorf("the proof is for block %d (hash %s, state root %s), the attested claim for block %d (hash %s, state root %s)",
			p.BlockNumber, p.BlockHash, p.StateRoot, c.BlockNumber, c.BlockHash, c.StateRoot)
	}
	if len(p.Storage) > MaxSlots {
		return fmt.Errorf("the proof holds %d slots, at most %d are allowed", len(p.Storage), MaxSlots)
	}
	return nil
}

// RPC is the part of a JSON-RPC client Prove and L1Verifier use
// (*rpc.Client has it).
type RPC interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

var _ RPC = (*rpc.Client)(nil)

// Prove fetches, from the rollup node behind rollup, the proof of account
// and of its storage slots at blockNumber: the block's header, then
// eth_getProof pinned to that block's hash. The node must still hold the
// block's state (full nodes keep only recent states; archive nodes all).
// The proof is not verified here: Verify does that.
func Prove(ctx context.Context, rollup RPC, blockNumber uint64, account common.Address, slots []common.Hash) (*Proof, error) {
	if len(slots) > MaxSlots {
		return nil, fmt.Errorf("%d slots asked, at most %d are allowed", len(slots), MaxSlots)
	}
	var header *struct {
		Number    hexutil.Uint64 `json:"number"`
		Hash      common.Hash    `json:"hash"`
		StateRoot common.Hash    `json:"stateRoot"`
	}
	if err := rollup.CallContext(ctx, &header, "eth_getBlockByNumber", hexutil.Uint64(blockNumber), false); err != nil {
		return nil, fmt.Errorf("read block %d: %w", blockNumber, err)
	}
	if header == nil {
		return nil, fmt.Errorf("block %d: %w", blockNumber, ErrBlockNotFound)
	}
	if uint64(header.Number) != blockNumber {
		return nil, fmt.Errorf("asked for block %d, the node returned block %d", blockNumber, header.Number)
	}
	keys := make([]string, len(slots))
	for i, s := range slots {
		keys[i] = s.Hex()
	}
	var res struct {
		AccountProof []hexutil.Bytes `json:"accountProof"`
		StorageProof []struct {
			Proof []hexutil.Bytes `json:"proof"`
		} `json:"storageProof"`
	}
	at := rpc.BlockNumberOrHashWithHash(header.Hash, true)
	if err := rollup.CallContext(ctx, &res, "eth_getProof", account, keys, at); err != nil {
		return nil, fmt.Errorf("eth_getProof of %s at block %d: %w", account, blockNumber, err)
	}
	if len(res.StorageProof) != len(slots) {
		return nil, fmt.Errorf("eth_getProof returned %d storage proofs for %d slots", len(res.StorageProof), len(slots))
	}
	p := &Proof{
		BlockNumber: blockNumber, BlockHash: header.Hash, StateRoot: header.StateRoot,
		Account: account, AccountProof: res.AccountProof, Storage: make([]StorageProof, len(slots)),
	}
	if p.AccountProof == nil {
		p.AccountProof = []hexutil.Bytes{}
	}
	for i, s := range slots {
		p.Storage[i] = StorageProof{Slot: s, Proof: res.StorageProof[i].Proof}
		if p.Storage[i].Proof == nil {
			p.Storage[i].Proof = []hexutil.Bytes{}
		}
	}
	return p, nil
}
