// Package chainio holds the small pieces rollcall uses to talk to an EVM chain
// through plain JSON-RPC: a transaction sender that batches independent
// transactions, and receipt waiting that does not sleep for seconds on a
// chain that mines in milliseconds.
package chainio

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what the sender needs from a chain client. *ethclient.Client and
// the simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// ErrReverted is returned when a sent transaction was mined but failed.
var ErrReverted = errors.New("transaction reverted")

// DefaultPollInterval is how often receipts are polled. Short on purpose:
// devnets mine within tens of milliseconds, and on a real chain a few extra
// cheap RPC calls per block cost nothing.
const DefaultPollInterval = 100 * time.Millisecond

// Sender signs and sends transactions from one key, assigning nonces itself
// so that independent transactions go out back to back and are waited for
// together (one Flush per batch instead of one round trip per transaction).
//
// A Sender is not safe for concurrent use: callers send a batch, Flush, and
// send the next batch, which is also the order in which state must exist for
// gas estimation to succeed.
type Sender struct {
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	nonce   uint64
	poll    time.Duration

	pending []sentTx
	// dryRun: transactions are built and signed, listed in planned, and
	// never sent (NewDryRunSender).
	dryRun  bool
	planned []PlannedTx
	// GasUsed adds up the gas of every receipt this sender has waited for.
	GasUsed uint64
	// TxCount counts the transactions this sender has seen mined.
	TxCount int
	// LastBlock is the highest block a transaction Flush waited for was
	// mined in.
	LastBlock uint64
}

type sentTx struct {
	label string
	tx    *types.Transaction
}

// NewSender reads the chain id and the key's pending nonce.
func NewSender(ctx context.Context, backend Backend, key *ecdsa.PrivateKey) (*Sender, error) {
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := backend.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("read nonce of %s: %w", from, err)
	}
	return &Sender{backend: backend, key: key, from: from, chainID: chainID, nonce: nonce, poll: DefaultPollInterval}, nil
}

// SetPoll sets the receipt polling interval of Flush.
func (s *Sender) SetPoll(d time.Duration) {
	if d > 0 {
		s.poll = d
	}
}

// NewDryRunSender is a Sender that sends nothing: every transaction is
// built and signed as it would be sent, with the nonce it would have, and
// listed by Planned; Flush waits for nothing. Deploy returns the address
// the contract would get. Simulate gives each its gas.
func NewDryRunSender(ctx context.Context, backend Backend, key *ecdsa.PrivateKey) (*Sender, error) {
	s, err := NewSender(ctx, backend, key)
	if err != nil {
		return nil, err
	}
	s.dryRun = true
	return s, nil
}

// DryRun reports whether the sender only plans transactions.
func (s *Sender) DryRun() bool { return s.dryRun }

// PlannedTx is a transaction a dry-run sender built and did not send.
type PlannedTx struct {
	Label string
	Nonce uint64
	// To is nil for a contract creation; Created is then the address the
	// contract would get.
	To      *common.Address
	Created common.Address
	Data    []byte
	Value   *big.Int
}

// Planned lists the transactions of a dry-run sender, in nonce order.
func (s *Sender) Planned() []PlannedTx { return append([]PlannedTx(nil), s.planned...) }

// dryRunGasLimit is the gas limit written into planned transactions, so
// that the bindings do not estimate gas against a state the earlier planned
// transactions have not changed (Simulate measures it instead): the
// per-transaction cap of EIP-7825.
const dryRunGasLimit = 1 << 24

// From is the sending address.
func (s *Sender) From() common.Address { return s.from }

// Backend is the client the sender sends through.
func (s *Sender) Backend() Backend { return s.backend }

// ChainID is the chain id the sender signs for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// opts returns transaction options carrying the next nonce. Gas is estimated
// by the binding against the latest block, which is why a batch may only
// contain transactions that do not depend on each other's effects.
func (s *Sender) opts(ctx context.Context) *bind.TransactOpts {
	signer := types.LatestSignerForChainID(s.chainID)
	opts := &bind.TransactOpts{
		From:    s.from,
		Nonce:   new(big.Int).SetUint64(s.nonce),
		Context: ctx,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != s.from {
				return nil, fmt.Errorf("sender %s cannot sign for %s", s.from, addr)
			}
			return types.SignTx(tx, signer, s.key)
		},
	}
	if s.dryRun {
		opts.NoSend, opts.GasLimit = true, dryRunGasLimit
	}
	return opts
}

// Send builds and sends one transaction with the next nonce. The transaction
// is remembered under label and waited for by Flush.
func (s *Sender) Send(ctx context.Context, label string, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	tx, err := build(s.opts(ctx))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	if s.dryRun {
		p := PlannedTx{Label: label, Nonce: s.nonce, To: tx.To(), Data: tx.Data(), Value: tx.Value()}
		if p.To == nil {
			p.Created = crypto.CreateAddress(s.from, s.nonce)
		}
		s.planned = append(s.planned, p)
		s.nonce++
		return tx, nil
	}
	s.nonce++
	s.pending = append(s.pending, sentTx{label: label, tx: tx})
	return tx, nil
}

// Deploy sends a contract creation built by an abigen Deploy function and
// returns the address the contract will have once mined.
func (s *Sender) Deploy(ctx context.Context, label string, build func(*bind.TransactOpts, bind.ContractBackend) (common.Address, *types.Transaction, error)) (common.Address, error) {
	var addr common.Address
	_, err := s.Send(ctx, label, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := build(opts, s.backend)
		addr = a
		return tx, err
	})
	return addr, err
}

// Flush waits for every transaction sent since the last Flush and fails on
// the first one that reverted, naming it.
func (s *Sender) Flush(ctx context.Context) error {
	if s.dryRun {
		return nil
	}
	pending := s.pending
	s.pending = nil
	for _, p := range pending {
		receipt, err := WaitReceipt(ctx, s.backend, p.tx.Hash(), s.poll)
		if err != nil {
			return fmt.Errorf("%s (tx %s): %w", p.label, p.tx.Hash(), err)
		}
		s.GasUsed += receipt.GasUsed
		s.TxCount++
		if receipt.BlockNumber != nil {
			s.LastBlock = max(s.LastBlock, receipt.BlockNumber.Uint64())
		}
		if receipt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%s (tx %s): %w", p.label, p.tx.Hash(), ErrReverted)
		}
	}
	return nil
}

// WaitReceipt polls for a transaction's receipt until it exists or ctx ends.
func WaitReceipt(ctx context.Context, backend bind.DeployBackend, hash common.Hash, poll time.Duration) (*types.Receipt, error) {
	if poll <= 0 {
		poll = DefaultPollInterval
	}
	ticker := time.NewTicker(poll)
	defer ticker.Stop()
	for {
		receipt, err := backend.TransactionReceipt(ctx, hash)
		if err == nil && receipt != nil {
			return receipt, nil
		}
		if err != nil && !receiptPending(err) {
			return nil, fmt.Errorf("read receipt: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for receipt: %w", ctx.Err())
		case <-ticker.C:
		}
	}
}

// receiptPending tells "not mined yet" apart from real failures. A node that
// has just started answers "transaction indexing is in progress" (go-ethereum
// has no exported error for it, so the message is matched) until its
// transaction index catches up.
func receiptPending(err error) bool {
	return errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "transaction indexing is in progress")
}
