// Package tables reads and sets the operator table a rollup's
// CertificateVerifier holds, against the table L1 says it should be:
// `rollcall tables show` and `rollcall tables bootstrap` (the owner's
// escape hatch for a fresh or stale chain, docs/rollups.md).
package tables

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
)

// Errors of Bootstrap.
var (
	// ErrTableLive: the destination's table is neither empty nor stale, so
	// the quorum can move it; a reset would only bypass the quorum.
	ErrTableLive = errors.New("the current table is live (neither empty nor stale): the quorum moves it; use --force to reset anyway")
	// ErrNotOwner: the key is not the verifier's owner.
	ErrNotOwner = errors.New("the key is not the verifier's owner")
	// ErrNoOperators: L1 has no operator at the block: nothing to set.
	ErrNoOperators = errors.New("no operator is registered on L1: there is no table to set yet")
)

// Rollup finds a rollup of the deployment with a verifier.
func Rollup(dep *deploy.Deployment, chainID uint64) (deploy.RollupInfo, error) {
	for _, r := range dep.Rollups {
		if r.ChainID == chainID {
			if r.Contracts.CertificateVerifier == ([20]byte{}) {
				return r, fmt.Errorf("rollup %d has no contracts.certificateVerifier in the deployment", chainID)
			}
			return r, nil
		}
	}
	return deploy.RollupInfo{}, fmt.Errorf("chain %d is not a rollup of the deployment", chainID)
}

// Held is one table a verifier holds, beside L1's table at its block.
type Held struct {
	Table *optable.Table `json:"-"`
	// Digest is the table's digest for the AVS.
	Digest string `json:"digest"`
	// Matches is false when L1's table at the same block differs (or L1
	// has no operators there while the chain's table has some).
	Matches bool `json:"matchesL1"`
	// L1Digest is the digest of L1's table at the block.
	L1Digest string `json:"l1Digest"`
	// Stale: older than the verifier's maxStaleness by the chain's clock.
	Stale bool `json:"stale"`
	// UsableUntil (previous table only): the end of its grace window.
	UsableUntil uint64 `json:"usableUntil,omitempty"`
}

// Report is what `rollcall tables show` prints.
type Report struct {
	ChainID       uint64 `json:"chainId"`
	Verifier      string `json:"verifier"`
	Owner         string `json:"owner"`
	ThresholdBips uint16 `json:"thresholdBips"`
	MaxStaleness  uint32 `json:"maxStaleness"`
	GraceWindow   uint32 `json:"graceWindow"`
	ChainTime     uint64 `json:"chainTime"`
	Current       Held   `json:"current"`
	Previous      *Held  `json:"previous,omitempty"`
}

// Differs reports whether a held table is not L1's.
func (r *Report) Differs() bool {
	return !r.Current.Matches || (r.Previous != nil && !r.Previous.Matches)
}

// Show reads the verifier's tables on rollup and compares each with L1's
// table at its reference block.
func Show(ctx context.Context, l1 optable.L1Client, dep *deploy.Deployment, rollup *ethclient.Client, info deploy.RollupInfo) (*Report, error) {
	if err := chainio.CheckChainID(ctx, rollup, info.RPCURL, info.ChainID); err != nil {
		return nil, err
	}
	v, err := cv.NewCertificateVerifier(info.Contracts.CertificateVerifier, rollup)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	r := &Report{ChainID: info.ChainID, Verifier: info.Contracts.CertificateVerifier.Hex()}
	owner, err := v.Owner(call)
	if err != nil {
		return nil, fmt.Errorf("read the verifier: %w", err)
	}
	r.Owner = owner.Hex()
	if r.ThresholdBips, err = v.ThresholdBips(call); err != nil {
		return nil, err
	}
	if r.MaxStaleness, err = v.MaxStaleness(call); err != nil {
		return nil, err
	}
	if r.GraceWindow, err = v.GraceWindow(call); err != nil {
		return nil, err
	}
	head, err := rollup.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	r.ChainTime = head.Time
	held := func(b cv.OperatorTableTable) (Held, error) {
		t, err := optable.TableFromBinding(b)
		if err != nil {
			return Held{}, err
		}
		h := Held{Table: t, Digest: t.Digest(dep.L1.ChainID, dep.AVS.Registry).Hex(), Stale: head.Time > t.L1Timestamp+uint64(r.MaxStaleness)}
		l1Table, _, err := deploy.TableAt(ctx, l1, dep, t.ReferenceBlock)
		if err != nil {
			return Held{}, fmt.Errorf("L1's table at block %d: %w", t.ReferenceBlock, err)
		}
		h.L1Digest = l1Table.Digest(dep.L1.ChainID, dep.AVS.Registry).Hex()
		h.Matches = l1Table.Equal(t)
		return h, nil
	}
	cur, err := v.CurrentTable(call)
	if err != nil {
		return nil, err
	}
	if r.Current, err = held(cur); err != nil {
		return nil, fmt.Errorf("current table: %w", err)
	}
	prev, err := v.PreviousTable(call)
	if err != nil {
		return nil, err
	}
	if prev.Held {
		p, err := held(prev.Table)
		if err != nil {
			return nil, fmt.Errorf("previous table: %w", err)
		}
		p.UsableUntil = prev.UsableUntil
		r.Previous = &p
	}
	return r, nil
}

// WriteText prints the report for people.
func (r *Report) WriteText(w io.Writer) {
	fmt.Fprintf(w, "rollup %d  verifier %s  owner %s\n", r.ChainID, r.Verifier, r.Owner)
	fmt.Fprintf(w, "  threshold %d bips, maxStaleness %d s, grace window %d s\n", r.ThresholdBips, r.MaxStaleness, r.GraceWindow)
	line := func(name string, h Held) {
		t := h.Table
		state := "live"
		switch {
		case t.IsEmpty():
			state = "EMPTY (verifies nothing: bootstrap it)"
		case h.Stale:
			state = "STALE (verifies nothing: only the owner can reset it)"
		}
		fmt.Fprintf(w, "  %-8s L1 block %d (%s), %d operators, digest %s, %s\n", name, t.ReferenceBlock,
			time.Unix(int64(t.L1Timestamp), 0).UTC().Format(time.RFC3339), t.OperatorCount, h.Digest, state)
		if h.Matches {
			fmt.Fprintf(w, "           matches L1's table at that block\n")
		} else {
			fmt.Fprintf(w, "           DIFFERS from L1's table at that block (L1 digest %s)\n", h.L1Digest)
		}
		if h.UsableUntil != 0 {
			fmt.Fprintf(w, "           usable until %s\n", time.Unix(int64(h.UsableUntil), 0).UTC().Format(time.RFC3339))
		}
	}
	line("current", r.Current)
	if r.Previous != nil {
		line("previous", *r.Previous)
	}
}

// BootstrapResult is what Bootstrap set.
type BootstrapResult struct {
	Table  *optable.Table
	Digest string
	TxHash string
	Gas    uint64
}

// Bootstrap sets the verifier's table on rollup to T(R) of L1 at a recent
// block (deploy.RecentTableBlock) with the owner-only resetTable: the
// escape hatch for a fresh deployment (empty genesis) or a chain whose
// table went stale. It refuses, sending nothing, when the key is not the
// owner, when L1 has no operators, and — unless force — when the current
// table is live.
func Bootstrap(ctx context.Context, l1 optable.L1Client, dep *deploy.Deployment, rollup *ethclient.Client, info deploy.RollupInfo, owner *ecdsa.PrivateKey, force bool) (*BootstrapResult, error) {
	report, err := Show(ctx, l1, dep, rollup, info)
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(owner.PublicKey)
	if report.Owner != from.Hex() {
		return nil, fmt.Errorf("%w: %s, the owner is %s", ErrNotOwner, from, report.Owner)
	}
	if !force && !report.Current.Table.IsEmpty() && !report.Current.Stale {
		return nil, ErrTableLive
	}
	ref, err := deploy.RecentTableBlock(ctx, l1)
	if err != nil {
		return nil, err
	}
	table, _, err := deploy.TableAt(ctx, l1, dep, ref)
	if err != nil {
		return nil, fmt.Errorf("L1's table at block %d: %w", ref, err)
	}
	if table.IsEmpty() {
		return nil, fmt.Errorf("%w (block %d)", ErrNoOperators, ref)
	}
	if err := table.Validate(); err != nil {
		return nil, err
	}
	v, err := cv.NewCertificateVerifier(info.Contracts.CertificateVerifier, rollup)
	if err != nil {
		return nil, err
	}
	sender, err := chainio.NewSender(ctx, rollup, owner)
	if err != nil {
		return nil, err
	}
	b := table.Binding()
	tx, err := sender.Send(ctx, "resetTable", func(o *bind.TransactOpts) (*types.Transaction, error) { return v.ResetTable(o, b) })
	if err != nil {
		return nil, err
	}
	if err := sender.Flush(ctx); err != nil {
		return nil, err
	}
	cur, err := v.CurrentTable(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, err
	}
	got, err := optable.TableFromBinding(cur)
	if err != nil || !got.Equal(table) {
		return nil, fmt.Errorf("after resetTable (tx %s) the verifier does not hold the table sent", tx.Hash())
	}
	return &BootstrapResult{Table: table, Digest: table.Digest(dep.L1.ChainID, dep.AVS.Registry).Hex(), TxHash: tx.Hash().Hex(), Gas: sender.GasUsed}, nil
}
