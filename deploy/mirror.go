package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/bindings/balancemirror"
	"github.com/rollcall-avs/rollcall/chainio"
)

// Mirror is one BalanceMirror on a rollup: it credits holders of
// SourceToken on rollup SourceChainID with their balance there.
type Mirror struct {
	SourceChainID uint64         `json:"sourceChainId"`
	SourceToken   common.Address `json:"sourceToken"`
	Address       common.Address `json:"address"`
}

// MirrorParams say what DeployMirror deploys.
type MirrorParams struct {
	// PeerState is the PeerState on the rollup the mirror is deployed on.
	PeerState common.Address
	// SourceChainID and SourceToken: the token on the other rollup.
	SourceChainID uint64
	SourceToken   common.Address
	// BalancesSlot is the storage slot of the token's balances mapping
	// (DevTokenBalancesSlot for DevToken).
	BalancesSlot uint64
}

// Check validates params without touching a chain.
func (p MirrorParams) Check() error {
	switch {
	case p.PeerState == (common.Address{}):
		return errors.New("PeerState address is required")
	case p.SourceChainID == 0:
		return errors.New("source chain id is required")
	case p.SourceToken == (common.Address{}):
		return errors.New("source token is required")
	}
	return nil
}

// DeployMirrors deploys one BalanceMirror per params on the rollup behind
// backend, from deployer, and returns them once mined with code.
func DeployMirrors(ctx context.Context, backend chainio.Backend, deployer *ecdsa.PrivateKey, params []MirrorParams) ([]Mirror, error) {
	if deployer == nil {
		return nil, errors.New("mirror deploy: deployer key is required")
	}
	for i, p := range params {
		if err := p.Check(); err != nil {
			return nil, fmt.Errorf("mirror %d: %w", i, err)
		}
	}
	sender, err := chainio.NewSender(ctx, backend, deployer)
	if err != nil {
		return nil, fmt.Errorf("mirror deploy: %w", err)
	}
	out := make([]Mirror, len(params))
	for i, p := range params {
		addr, err := sender.Deploy(ctx, fmt.Sprintf("BalanceMirror of chain %d", p.SourceChainID), func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := balancemirror.DeployBalanceMirror(o, b, p.PeerState, p.SourceChainID, p.SourceToken, new(big.Int).SetUint64(p.BalancesSlot))
			return a, tx, err
		})
		if err != nil {
			return nil, fmt.Errorf("chain %s: %w", sender.ChainID(), err)
		}
		out[i] = Mirror{SourceChainID: p.SourceChainID, SourceToken: p.SourceToken, Address: addr}
	}
	if err := sender.Flush(ctx); err != nil {
		return nil, fmt.Errorf("chain %s: %w", sender.ChainID(), err)
	}
	for _, m := range out {
		code, err := backend.CodeAt(ctx, m.Address, nil)
		if err != nil {
			return nil, fmt.Errorf("chain %s: read code of the mirror of chain %d: %w", sender.ChainID(), m.SourceChainID, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("chain %s: no code at the mirror of chain %d (%s)", sender.ChainID(), m.SourceChainID, m.Address)
		}
	}
	return out, nil
}

// MirrorOf is the mirror on r of rollup sourceChainID's token.
func (r RollupInfo) MirrorOf(sourceChainID uint64) (Mirror, bool) {
	for _, m := range r.Contracts.Mirrors {
		if m.SourceChainID == sourceChainID {
			return m, true
		}
	}
	return Mirror{}, false
}
