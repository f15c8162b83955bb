// Package consumer is the client side of the example consumer
// contracts/examples/BalanceMirror.sol: a contract on rollup B that credits a
// holder with their ERC-20 balance on rollup A, proven against A's state root
// in a checkpoint B's own RollupRegistry accepted. The client builds
// everything the contract needs — the claim of A's block and its proof,
// rebuilt from B's CheckpointAttested events; eth_getProof of the token and
// the holder's balance slot on A at that block — checks it locally, and
// sends claimCredit on B.
package consumer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/balancemirror"
	peerstatebind "github.com/rollcall-avs/rollcall/bindings/peerstate"
	"github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/peerstate"
)

// ErrRejected is returned when the mirror reverts (or would revert) the
// claim; the error names the contract error (e.g. RoundNotNewer,
// ClaimNotAttested, NodeHashMismatch).
var ErrRejected = errors.New("rejected by BalanceMirror")

// Addresses are the contracts on rollup B. Mirror is required; Registry and
// PeerState, when set, must be the ones the mirror uses (they are read from
// it otherwise), so a deployment file naming other contracts fails before
// anything is sent.
type Addresses struct {
	Registry  common.Address
	PeerState common.Address
	Mirror    common.Address
}

// Client claims credits on one BalanceMirror.
type Client struct {
	source    peerstate.RPC // rollup A
	dest      *ethclient.Client
	destID    uint64
	mirror    *balancemirror.BalanceMirror
	mirrorABI *abi.ABI
	addrs     Addresses

	sourceID uint64
	token    common.Address
	reader   *attestation.Reader
	poll     time.Duration
}

// New binds the mirror on B (dest) and checks it against addrs and against
// the source rollup's node (source must be rollup A: its chain id is checked).
// Registry events are searched from block registryFrom of B (its deployment
// block; 0 searches from genesis).
func New(ctx context.Context, source *rpc.Client, dest *ethclient.Client, addrs Addresses, registryFrom uint64) (*Client, error) {
	if addrs.Mirror == (common.Address{}) {
		return nil, errors.New("consumer: the mirror's address is required")
	}
	destID, err := dest.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("consumer: read rollup B's chain id: %w", err)
	}
	mirror, err := balancemirror.NewBalanceMirror(addrs.Mirror, dest)
	if err != nil {
		return nil, err
	}
	mirrorABI, err := balancemirror.BalanceMirrorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	opts := &bind.CallOpts{Context: ctx}
	ps, err := mirror.PeerState(opts)
	if err != nil {
		return nil, fmt.Errorf("consumer: read the mirror at %s on chain %s: %w", addrs.Mirror, destID, err)
	}
	if addrs.PeerState != (common.Address{}) && addrs.PeerState != ps {
		return nil, fmt.Errorf("consumer: the mirror %s uses PeerState %s, not %s", addrs.Mirror, ps, addrs.PeerState)
	}
	psCaller, err := peerstatebind.NewPeerStateCaller(ps, dest)
	if err != nil {
		return nil, err
	}
	reg, err := psCaller.Registry(opts)
	if err != nil {
		return nil, fmt.Errorf("consumer: read PeerState %s: %w", ps, err)
	}
	if addrs.Registry != (common.Address{}) && addrs.Registry != reg {
		return nil, fmt.Errorf("consumer: PeerState %s uses registry %s, not %s", ps, reg, addrs.Registry)
	}
	regCaller, err := rollupregistry.NewRollupRegistryCaller(reg, dest)
	if err != nil {
		return nil, err
	}
	l1ChainID, err := regCaller.L1ChainId(opts)
	if err != nil {
		return nil, fmt.Errorf("consumer: read the rollup registry %s: %w", reg, err)
	}
	sourceID, err := mirror.SourceChainId(opts)
	if err != nil {
		return nil, fmt.Errorf("consumer: read the mirror's source chain: %w", err)
	}
	token, err := mirror.SourceToken(opts)
	if err != nil {
		return nil, fmt.Errorf("consumer: read the mirror's source token: %w", err)
	}
	var id hexutil.Uint64
	if err := source.CallContext(ctx, &id, "eth_chainId"); err != nil {
		return nil, fmt.Errorf("consumer: read rollup A's chain id: %w", err)
	}
	if uint64(id) != sourceID {
		return nil, fmt.Errorf("consumer: the source node is chain %d, the mirror reads chain %d", uint64(id), sourceID)
	}
	// The rollup registry is a CheckpointRegistry like L1's: same event and
	// views, so the L1 reader rebuilds its checkpoints too.
	reader, err := attestation.NewReader(dest, l1ChainID.Uint64(), reg)
	if err != nil {
		return nil, err
	}
	reader.OnRollup(destID.Uint64()).StartAt(registryFrom)
	return &Client{
		source: source, dest: dest, destID: destID.Uint64(), mirror: mirror, mirrorABI: mirrorABI,
		addrs:    Addresses{Registry: reg, PeerState: ps, Mirror: addrs.Mirror},
		sourceID: sourceID, token: token, reader: reader, poll: 50 * time.Millisecond,
	}, nil
}

// Addresses are the contracts the client uses on B (all filled in).
func (c *Client) Addresses() Addresses { return c.addrs }

// SourceChainID is rollup A's chain id.
func (c *Client) SourceChainID() uint64 { return c.sourceID }

// SourceToken is the token on A.
func (c *Client) SourceToken() common.Address { return c.token }

// Claim is everything claimCredit takes, checked locally.
type Claim struct {
	Holder common.Address
	// Proof holds the attestation of A's block on B and eth_getProof of the
	// token and the holder's balance slot at that block.
	Proof *peerstate.Proof
	// Balance is the holder's balance as the proof shows it (verified
	// locally against the attested state root).
	Balance *big.Int
}

// Round is the round on B whose checkpoint attests the claimed block.
func (c *Claim) Round() uint64 { return c.Proof.Attestation.Checkpoint.Round }

// BlockNumber is A's attested block.
func (c *Claim) BlockNumber() uint64 { return c.Proof.BlockNumber }

// Prove builds holder's claim from the latest checkpoint that attested A on
// B (or the one attesting A's block `block` when it is not nil) and checks it
// locally: the source node's block must be the attested one and the proofs
// must verify against its state root.
func (c *Client) Prove(ctx context.Context, holder common.Address, block *uint64) (*Claim, error) {
	att, err := c.reader.Get(ctx, c.sourceID, block)
	if err != nil {
		return nil, fmt.Errorf("attestation of chain %d on chain %d: %w", c.sourceID, c.destID, err)
	}
	slot, err := c.mirror.BalanceSlotOf(&bind.CallOpts{Context: ctx}, holder)
	if err != nil {
		return nil, fmt.Errorf("read the mirror's balance slot of %s: %w", holder, err)
	}
	p, err := peerstate.Prove(ctx, c.source, att.Claim.BlockNumber, c.token, []common.Hash{slot})
	if err != nil {
		return nil, fmt.Errorf("rollup %d: %w", c.sourceID, err)
	}
	p.Attestation = att
	if err := p.CheckAttested(); err != nil {
		return nil, fmt.Errorf("the source node disagrees with the checkpoint on chain %d: %w", c.destID, err)
	}
	res, err := peerstate.Verify(p, att.Claim.StateRoot)
	if err != nil {
		return nil, fmt.Errorf("the source node's proof does not verify: %w", err)
	}
	return &Claim{Holder: holder, Proof: p, Balance: res.Storage[0].Value.Big()}, nil
}

// Credit is a credit the mirror recorded.
type Credit struct {
	Holder      common.Address
	Balance     *big.Int
	Round       uint64
	BlockNumber uint64
	// GasUsed is claimCredit's gas on B (receipt), TxHash its transaction.
	GasUsed uint64
	TxHash  common.Hash
}

// Submit sends claimCredit for cl from key on B and waits for its receipt.
// A claim the mirror would revert is refused before sending (ErrRejected,
// naming the contract error); the Credited event must carry the balance
// the proof showed.
func (c *Client) Submit(ctx context.Context, key *ecdsa.PrivateKey, cl *Claim) (*Credit, error) {
	opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(c.destID))
	if err != nil {
		return nil, err
	}
	opts.Context = ctx
	a := cl.Proof.Attestation
	claim := balancemirror.RollcallCodecClaim{ChainId: a.Claim.ChainID, BlockNumber: a.Claim.BlockNumber, BlockHash: a.Claim.BlockHash, StateRoot: a.Claim.StateRoot}
	claimProof := make([][32]byte, len(a.Proof))
	for i, h := range a.Proof {
		claimProof[i] = h
	}
	// The binding estimates gas first: a revert surfaces here, unsent.
	tx, err := c.mirror.ClaimCredit(opts, cl.Holder, a.Checkpoint.Round, claim, claimProof,
		nodes(cl.Proof.AccountProof), nodes(cl.Proof.Storage[0].Proof))
	if err != nil {
		return nil, c.wrap(err)
	}
	receipt, err := chainio.WaitReceipt(ctx, c.dest, tx.Hash(), c.poll)
	if err != nil {
		return nil, fmt.Errorf("claimCredit (tx %s): %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("claimCredit (tx %s): %w", tx.Hash(), chainio.ErrReverted)
	}
	for _, l := range receipt.Logs {
		ev, err := c.mirror.ParseCredited(*l)
		if err != nil || l.Address != c.addrs.Mirror {
			continue
		}
		if ev.Balance.Cmp(cl.Balance) != 0 || ev.Round != a.Checkpoint.Round || ev.Holder != cl.Holder {
			return nil, fmt.Errorf("claimCredit (tx %s) credited %s to %s in round %d, the proof shows %s to %s in round %d",
				tx.Hash(), ev.Balance, ev.Holder, ev.Round, cl.Balance, cl.Holder, a.Checkpoint.Round)
		}
		return &Credit{Holder: ev.Holder, Balance: ev.Balance, Round: ev.Round, BlockNumber: ev.BlockNumber,
			GasUsed: receipt.GasUsed, TxHash: tx.Hash()}, nil
	}
	return nil, fmt.Errorf("claimCredit (tx %s): no Credited event", tx.Hash())
}

// ClaimCredit proves holder's latest attested balance on A (Prove) and
// credits it on B (Submit).
func (c *Client) ClaimCredit(ctx context.Context, key *ecdsa.PrivateKey, holder common.Address) (*Credit, error) {
	cl, err := c.Prove(ctx, holder, nil)
	if err != nil {
		return nil, err
	}
	return c.Submit(ctx, key, cl)
}

// CreditOf reads holder's credit on the mirror.
func (c *Client) CreditOf(ctx context.Context, holder common.Address) (balance *big.Int, round, blockNumber uint64, err error) {
	out, err := c.mirror.CreditOf(&bind.CallOpts{Context: ctx}, holder)
	if err != nil {
		return nil, 0, 0, err
	}
	return out.Balance, out.Round, out.BlockNumber, nil
}

// wrap names a revert with the mirror's and PeerState's errors.
func (c *Client) wrap(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return fmt.Errorf("claimCredit: %w", err)
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return fmt.Errorf("claimCredit: %w", err)
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return fmt.Errorf("claimCredit: %w: %v", ErrRejected, err)
	}
	return fmt.Errorf("claimCredit: %w: %s", ErrRejected, peerstate.DescribeRevert(revertABI(c.mirrorABI), data))
}

// revertABI is the mirror's ABI with PeerState's errors (which it bubbles up).
func revertABI(mirror *abi.ABI) *abi.ABI {
	out := *mirror
	out.Errors = map[string]abi.Error{}
	for k, v := range mirror.Errors {
		out.Errors[k] = v
	}
	if ps, err := peerstatebind.PeerStateMetaData.GetAbi(); err == nil {
		for k, v := range ps.Errors {
			out.Errors[k] = v
		}
	}
	return &out
}

func nodes(ns []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(ns))
	for i, n := range ns {
		out[i] = n
	}
	return out
}
