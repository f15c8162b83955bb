package watch

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// Checkpoint is a checkpoint some chain accepted under an aggregate
// signature: an L1 attestation today, a certificate delivered to a rollup
// registry once those exist. Signature is nil when the source could not
// recover it (the claims are still compared; no evidence can be built
// from this side).
type Checkpoint struct {
	// Source names where it was found ("l1", later "rollup-<chainId>").
	Source     string
	Checkpoint core.Checkpoint
	Tree       *core.Tree
	// Block and TxHash locate it on its chain.
	Block  uint64
	TxHash common.Hash
	// SignersBlock is the L1 block whose quorum signed (0: the reference
	// block, as for L1 attestations); Signature is the non-signer data at
	// that block, in the L1 checker's form.
	SignersBlock uint32
	Signature    *equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature
}

// CheckpointSource is a source of attested checkpoints. The watcher polls
// each source it has; L1's registry is one (L1Source). A rollup registry
// (checkpoints delivered to rollups, once they exist) is another
// implementation of the same interface: its certificates become
// Checkpoints with SignersBlock = its operator table's block.
type CheckpointSource interface {
	// Name names the source in logs and metrics.
	Name() string
	// Poll returns the checkpoints accepted since the last call, up to the
	// L1 head (for a rollup source: its own head). With an error it still
	// returns what it read before the error, and returns the rest later.
	Poll(ctx context.Context, l1Head uint64) ([]Checkpoint, error)
}

// TxReader reads a transaction by hash (the attest call's signature).
type TxReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// L1Source follows the L1 registry's CheckpointAttested events and
// recovers each checkpoint's aggregate signature from its attest call.
type L1Source struct {
	reader *attestation.Reader
	txs    TxReader
	next   uint64
}

var _ CheckpointSource = (*L1Source)(nil)

// NewL1Source reads reader's events from block from on.
func NewL1Source(reader *attestation.Reader, txs TxReader, from uint64) (*L1Source, error) {
	if reader == nil || txs == nil {
		return nil, errors.New("watch: registry reader and transaction reader are required")
	}
	return &L1Source{reader: reader, txs: txs, next: from}, nil
}

// Name implements CheckpointSource.
func (s *L1Source) Name() string { return "l1" }

// Poll implements CheckpointSource.
func (s *L1Source) Poll(ctx context.Context, head uint64) ([]Checkpoint, error) {
	if head < s.next {
		return nil, nil
	}
	var out []Checkpoint
	// In ranges of at most MaxLogRange blocks: RPC providers cap eth_getLogs.
	for s.next <= head {
		to := min(head, s.next+MaxLogRange-1)
		cps, err := s.reader.Checkpoints(ctx, s.next, &to)
		if err != nil {
			return out, err
		}
		got := make([]Checkpoint, 0, len(cps))
		for _, cp := range cps {
			c := Checkpoint{Source: s.Name(), Checkpoint: cp.Checkpoint, Tree: cp.Tree, Block: cp.AttestedBlock, TxHash: cp.TxHash}
			sig, err := s.signature(ctx, cp)
			if err != nil {
				return out, err // this range again next time
			}
			c.Signature = sig
			got = append(got, c)
		}
		out = append(out, got...)
		s.next = to + 1
	}
	return out, nil
}

// MaxLogRange is the most blocks one event query of L1Source covers.
const MaxLogRange = 5000

// signature decodes the attest call of cp's transaction; nil when the
// transaction is not a direct call of attest (a contract called the
// registry), which leaves the checkpoint without evidence.
func (s *L1Source) signature(ctx context.Context, cp *attestation.Checkpoint) (*equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature, error) {
	tx, _, err := s.txs.TransactionByHash(ctx, cp.TxHash)
	if err != nil {
		return nil, fmt.Errorf("read attest transaction %s: %w", cp.TxHash, err)
	}
	sig, _ := evidence.AttestedSignature(tx, cp.Checkpoint.Round)
	return sig, nil
}
