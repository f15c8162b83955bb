// Package peerstate proves and verifies the state of a peer rollup against
// the state root rollcall's operators attested on L1: an account (nonce,
// balance, storage root, code hash) and some of its storage slots, at one
// attested block.
//
// Proofs come from the rollup node's eth_getProof (EIP-1186, Prove). They
// are checked locally with go-ethereum's trie package (Verify,
// VerifyAccount, VerifyStorage) under the same rules as the Solidity
// library MerklePatricia, and on L1 by the PeerState contract (L1Verifier).
// docs/peer-state.md is the specification.
package peerstate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// ErrInvalidProof is returned when a Merkle-Patricia proof does not prove
// anything against the root: it does not chain by hash, ends early, goes on
// after the path ended, or holds malformed nodes or values. A valid proof
// that the key is absent is not an error.
var ErrInvalidProof = errors.New("invalid Merkle-Patricia proof")

// Account is an account of the state trie, as proven. An absent account
// has Exists false and every other field zero.
type Account struct {
	Address     common.Address
	Exists      bool
	Nonce       uint64
	Balance     *big.Int
	StorageRoot common.Hash
	CodeHash    common.Hash
}

// accountJSON is Account's JSON form: the balance as a decimal string.
type accountJSON struct {
	Address     common.Address `json:"address"`
	Exists      bool           `json:"exists"`
	Nonce       uint64         `json:"nonce,string"`
	Balance     string         `json:"balance"`
	StorageRoot common.Hash    `json:"storageRoot"`
	CodeHash    common.Hash    `json:"codeHash"`
}

// MarshalJSON writes the balance as a decimal string.
func (a Account) MarshalJSON() ([]byte, error) {
	bal := "0"
	if a.Balance != nil {
		bal = a.Balance.String()
	}
	return json.Marshal(accountJSON{a.Address, a.Exists, a.Nonce, bal, a.StorageRoot, a.CodeHash})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (a *Account) UnmarshalJSON(b []byte) error {
	var j accountJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	bal, ok := new(big.Int).SetString(j.Balance, 10)
	if !ok || bal.Sign() < 0 {
		return fmt.Errorf("balance %q is not a decimal unsigned integer", j.Balance)
	}
	*a = Account{Address: j.Address, Exists: j.Exists, Nonce: j.Nonce, Balance: bal, StorageRoot: j.StorageRoot, CodeHash: j.CodeHash}
	return nil
}

// Slot is a storage slot, as proven: its value is the RLP-decoded integer,
// left-padded to 32 bytes. A zero (absent) slot has Exists false.
type Slot struct {
	Slot   common.Hash `json:"slot"`
	Exists bool        `json:"exists"`
	Value  common.Hash `json:"value"`
}

// Result is what a peer-state proof proves.
type Result struct {
	Account Account `json:"account"`
	Storage []Slot  `json:"storage"`
}

// Verify checks p's account proof against stateRoot and each storage proof
// against the proven account's storage root (the empty trie's when the
// account is absent). p.StateRoot, when set, must be stateRoot.
func Verify(p *Proof, stateRoot common.Hash) (*Result, error) {
	if p.StateRoot != (common.Hash{}) && p.StateRoot != stateRoot {
		return nil, fmt.Errorf("%w: the proof was made for state root %s, not %s", ErrInvalidProof, p.StateRoot, stateRoot)
	}
	acc, err := VerifyAccount(stateRoot, p.Account, nodes(p.AccountProof))
	if err != nil {
		return nil, fmt.Errorf("account %s: %w", p.Account, err)
	}
	storageRoot := acc.StorageRoot
	if !acc.Exists {
		storageRoot = types.EmptyRootHash
	}
	res := &Result{Account: acc, Storage: make([]Slot, len(p.Storage))}
	for i, sp := range p.Storage {
		if res.Storage[i], err = VerifyStorage(storageRoot, sp.Slot, nodes(sp.Proof)); err != nil {
			return nil, fmt.Errorf("slot %s: %w", sp.Slot, err)
		}
	}
	return res, nil
}

// VerifyAccount proves account in the state trie with root stateRoot, as
// MerklePatricia.verifyAccount does: the value must be the RLP list
// [nonce (≤ 8 bytes), balance (≤ 32 bytes), storageRoot, codeHash].
func VerifyAccount(stateRoot common.Hash, account common.Address, proof [][]byte) (Account, error) {
	value, err := VerifyPath(stateRoot, crypto.Keccak256Hash(account[:]), proof)
	if err != nil || value == nil {
		return Account{Address: account, Balance: new(big.Int)}, err
	}
	var sa types.StateAccount
	if err := rlp.DecodeBytes(value, &sa); err != nil {
		return Account{Address: account, Balance: new(big.Int)}, fmt.Errorf("%w: account value: %v", ErrInvalidProof, err)
	}
	return Account{
		Address: account, Exists: true, Nonce: sa.Nonce, Balance: sa.Balance.ToBig(),
		StorageRoot: sa.Root, CodeHash: common.BytesToHash(sa.CodeHash),
	}, nil
}

// VerifyStorage proves slot in the storage trie with root storageRoot, as
// MerklePatricia.verifyStorage does: the value must be an RLP string of at
// most 32 bytes without leading zeros.
func VerifyStorage(storageRoot common.Hash, slot common.Hash, proof [][]byte) (Slot, error) {
	value, err := VerifyPath(storageRoot, crypto.Keccak256Hash(slot[:]), proof)
	if err != nil || value == nil {
		return Slot{Slot: slot}, err
	}
	var content []byte
	if err := rlp.DecodeBytes(value, &content); err != nil {
		return Slot{Slot: slot}, fmt.Errorf("%w: storage value: %v", ErrInvalidProof, err)
	}
	if len(content) > 32 || (len(content) > 0 && content[0] == 0) {
		return Slot{Slot: slot}, fmt.Errorf("%w: storage value %x is not a canonical 32-byte integer", ErrInvalidProof, content)
	}
	return Slot{Slot: slot, Exists: true, Value: common.BytesToHash(content)}, nil
}

// VerifyPath walks proof from root along path (an already hashed, 32-byte
// key) with go-ethereum's trie.VerifyProof and returns the value stored
// there, or nil when the proof shows the path holds nothing. Like
// MerklePatricia.find, it requires the proof's nodes in path order, each
// used exactly once, and accepts an empty proof only for the empty trie.
func VerifyPath(root, path common.Hash, proof [][]byte) ([]byte, error) {
	if len(proof) == 0 {
		if root == types.EmptyRootHash {
			return nil, nil
		}
		return nil, fmt.Errorf("%w: empty proof for a non-empty trie", ErrInvalidProof)
	}
	db := &orderedProof{nodes: proof}
	value, err := trie.VerifyProof(root, path[:], db)
	if db.err != nil {
		return nil, db.err
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidProof, err)
	}
	if db.next != len(proof) {
		return nil, fmt.Errorf("%w: the path ends at node %d of %d", ErrInvalidProof, db.next-1, len(proof))
	}
	if value != nil && len(value) == 0 {
		return nil, fmt.Errorf("%w: empty value in a leaf", ErrInvalidProof)
	}
	return value, nil
}

// orderedProof serves proof nodes to trie.VerifyProof in order: the n-th
// lookup must ask for the hash of the n-th node. trie.VerifyProof alone
// looks nodes up by hash and would accept reordered or surplus nodes.
type orderedProof struct {
	nodes [][]byte
	next  int
	err   error
}

var _ ethdb.KeyValueReader = (*orderedProof)(nil)

func (o *orderedProof) Has(key []byte) (bool, error) {
	return o.next < len(o.nodes) && bytes.Equal(key, crypto.Keccak256(o.nodes[o.next])), nil
}

func (o *orderedProof) Get(key []byte) ([]byte, error) {
	if o.next >= len(o.nodes) {
		if o.err == nil {
			o.err = fmt.Errorf("%w: the proof ends at node %d, the path goes on", ErrInvalidProof, len(o.nodes))
		}
		return nil, o.err
	}
	if !bytes.Equal(key, crypto.Keccak256(o.nodes[o.next])) {
		if o.err == nil {
			o.err = fmt.Errorf("%w: node %d is not the node its parent references", ErrInvalidProof, o.next)
		}
		return nil, o.err
	}
	node := o.nodes[o.next]
	// go-ethereum ignores bytes after a node's list; MerklePatricia does not.
	if _, _, rest, err := rlp.Split(node); err == nil && len(rest) != 0 {
		if o.err == nil {
			o.err = fmt.Errorf("%w: node %d has %d bytes after its RLP list", ErrInvalidProof, o.next, len(rest))
		}
		return nil, o.err
	}
	o.next++
	return node, nil
}

// nodes converts JSON proof nodes to byte slices.
func nodes(hs []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}
