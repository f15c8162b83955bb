package peerstate

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/bindings/peerstate"
)

// ErrRejected is returned when the PeerState contract reverts: the claim is
// not attested, or a proof is invalid. The error names the contract error.
var ErrRejected = errors.New("rejected by PeerState")

// OverrideAddress is where L1Verifier places PeerState's code, with an
// eth_call state override, when no deployed PeerState is given. Nothing
// is deployed there; the address is keccak256("rollcall.peerstate.override")
// truncated to 20 bytes.
var OverrideAddress = common.BytesToAddress(crypto.Keccak256([]byte("rollcall.peerstate.override"))[12:])

// L1Verifier verifies peer-state proofs with the PeerState contract on L1,
// through eth_call at the latest block. With a deployed PeerState it calls
// that contract. Without one it runs PeerState's code anyway: it computes
// the runtime code by executing the creation code with the registry as
// constructor argument (an eth_call without `to`), then calls it at
// OverrideAddress with a `code` state override. Both give the same result:
// PeerState is stateless and reads the same registry.
type L1Verifier struct {
	l1        RPC
	registry  common.Address
	peerState *common.Address

	abi *abi.ABI

	mu   sync.Mutex
	code []byte // PeerState's runtime code for the override, once computed
}

// NewL1Verifier verifies against registry through l1; peerState is the
// deployed PeerState, or nil to use a state override.
func NewL1Verifier(l1 RPC, registry common.Address, peerState *common.Address) (*L1Verifier, error) {
	a, err := peerstate.PeerStateMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &L1Verifier{l1: l1, registry: registry, peerState: peerState, abi: a}, nil
}

// Verify checks p (which must carry its attestation) on L1: the account
// with verifyAccount, then each slot with verifyStorage. Any revert is
// ErrRejected.
func (v *L1Verifier) Verify(ctx context.Context, p *Proof) (*Result, error) {
	if err := p.CheckAttested(); err != nil {
		return nil, err
	}
	if p.Attestation.Registry != v.registry {
		return nil, fmt.Errorf("the attestation is for registry %s, not %s", p.Attestation.Registry, v.registry)
	}
	caller, err := v.caller(ctx)
	if err != nil {
		return nil, err
	}
	a := p.Attestation
	claim := peerstate.RollcallCodecClaim{
		ChainId: a.Claim.ChainID, BlockNumber: a.Claim.BlockNumber, BlockHash: a.Claim.BlockHash, StateRoot: a.Claim.StateRoot,
	}
	claimProof := make([][32]byte, len(a.Proof))
	for i, h := range a.Proof {
		claimProof[i] = h
	}
	opts := &bind.CallOpts{Context: ctx}
	accountProof := nodes(p.AccountProof)
	acc, err := caller.VerifyAccount(opts, claim, a.Checkpoint.Round, claimProof, p.Account, accountProof)
	if err != nil {
		return nil, v.wrap("verifyAccount", err)
	}
	if !acc.Nonce.IsUint64() {
		return nil, fmt.Errorf("verifyAccount returned nonce %s", acc.Nonce)
	}
	res := &Result{
		Account: Account{
			Address: p.Account, Exists: acc.Exists, Nonce: acc.Nonce.Uint64(), Balance: acc.Balance,
			StorageRoot: acc.StorageRoot, CodeHash: acc.CodeHash,
		},
		Storage: make([]Slot, len(p.Storage)),
	}
	for i, sp := range p.Storage {
		out, err := caller.VerifyStorage(opts, claim, a.Checkpoint.Round, claimProof, p.Account, accountProof, sp.Slot, nodes(sp.Proof))
		if err != nil {
			return nil, v.wrap(fmt.Sprintf("verifyStorage of slot %s", sp.Slot), err)
		}
		res.Storage[i] = Slot{Slot: sp.Slot, Exists: out.Exists, Value: out.Value}
	}
	return res, nil
}

// caller binds PeerState at the deployed address, or at OverrideAddress
// with the override.
func (v *L1Verifier) caller(ctx context.Context) (*peerstate.PeerStateCaller, error) {
	if v.peerState != nil {
		return peerstate.NewPeerStateCaller(*v.peerState, &ethCaller{l1: v.l1})
	}
	code, err := v.runtimeCode(ctx)
	if err != nil {
		return nil, err
	}
	return peerstate.NewPeerStateCaller(OverrideAddress, &ethCaller{l1: v.l1, code: code})
}

// runtimeCode executes PeerState's creation code for v.registry and
// returns the code it deploys (computed once; failures are retried).
func (v *L1Verifier) runtimeCode(ctx context.Context) ([]byte, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.code != nil {
		return v.code, nil
	}
	args, err := v.abi.Pack("", v.registry)
	if err != nil {
		return nil, err
	}
	initCode := append(common.FromHex(peerstate.PeerStateMetaData.Bin), args...)
	var code hexutil.Bytes
	call := map[string]any{"input": hexutil.Bytes(initCode), "data": hexutil.Bytes(initCode)}
	if err := v.l1.CallContext(ctx, &code, "eth_call", call, "latest"); err != nil {
		return nil, fmt.Errorf("run PeerState's creation code: %w", err)
	}
	if len(code) == 0 {
		return nil, errors.New("PeerState's creation code returned no code")
	}
	v.code = code
	return v.code, nil
}

// wrap turns a revert into ErrRejected naming the contract's error.
func (v *L1Verifier) wrap(what string, err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return fmt.Errorf("%s: %w", what, err)
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return fmt.Errorf("%s: %w", what, err)
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return fmt.Errorf("%s: %w: %v", what, ErrRejected, err)
	}
	return fmt.Errorf("%s: %w: %s", what, ErrRejected, DescribeRevert(v.abi, data))
}

// DescribeRevert names revert data with the errors of a (e.g. "NodeHashMismatch(0)").
func DescribeRevert(a *abi.ABI, data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return fmt.Sprintf("Error(%q)", reason)
	}
	for name, e := range a.Errors {
		if len(data) < 4 || string(data[:4]) != string(e.ID[:4]) {
			continue
		}
		args, err := e.Unpack(data)
		if err != nil {
			return name
		}
		parts := make([]string, 0)
		if list, ok := args.([]any); ok {
			for _, x := range list {
				parts = append(parts, fmt.Sprint(x))
			}
		}
		return name + "(" + strings.Join(parts, ", ") + ")"
	}
	return hexutil.Encode(data)
}

// ethCaller is a bind.ContractCaller over raw eth_call, optionally with
// code placed at OverrideAddress.
type ethCaller struct {
	l1   RPC
	code []byte // nil: no override
}

var _ bind.ContractCaller = (*ethCaller)(nil)

func (c *ethCaller) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	if c.code != nil && account == OverrideAddress {
		return c.code, nil
	}
	var code hexutil.Bytes
	err := c.l1.CallContext(ctx, &code, "eth_getCode", account, blockArg(block))
	return code, err
}

func (c *ethCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	arg := map[string]any{"to": msg.To, "input": hexutil.Bytes(msg.Data), "data": hexutil.Bytes(msg.Data)}
	if msg.From != (common.Address{}) {
		arg["from"] = msg.From
	}
	var out hexutil.Bytes
	if c.code == nil {
		err := c.l1.CallContext(ctx, &out, "eth_call", arg, blockArg(block))
		return out, err
	}
	overrides := map[common.Address]map[string]any{OverrideAddress: {"code": hexutil.Bytes(c.code)}}
	err := c.l1.CallContext(ctx, &out, "eth_call", arg, blockArg(block), overrides)
	return out, err
}

func blockArg(block *big.Int) string {
	if block == nil {
		return "latest"
	}
	return hexutil.EncodeBig(block)
}
