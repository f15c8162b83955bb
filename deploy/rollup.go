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
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/chainio"
)

// MaxTokenHolders bounds the holders minted to in DevToken's constructor, so
// that the deployment fits in one transaction on any chain.
const MaxTokenHolders = 64

// DevTokenBalancesSlot is the storage slot of DevToken's balances mapping
// (OpenZeppelin 4.9 ERC20's `_balances`, its first state variable).
const DevTokenBalancesSlot = 0

// DevTokenBalanceSlot is the storage slot holding holder's DevToken balance:
// keccak256(abi.encode(holder, DevTokenBalancesSlot)). It is what a peer-state
// proof of a balance names.
func DevTokenBalanceSlot(holder common.Address) common.Hash {
	return crypto.Keccak256Hash(
		common.LeftPadBytes(holder[:], 32),
		common.BigToHash(big.NewInt(DevTokenBalancesSlot)).Bytes(),
	)
}

// RollupParams say what DeployRollup deploys on one rollup chain.
type RollupParams struct {
	// ChainID, when not zero, is the chain id the endpoint must report: a
	// deployment sent to the wrong URL fails before any transaction.
	ChainID uint64
	// Token, when set, deploys a DevToken minted to its holders (devnets).
	Token *TokenParams
}

// TokenParams describe a DevToken: a fixed supply minted at construction.
type TokenParams struct {
	Name, Symbol string
	// Holders get their Amount at construction; addresses are distinct.
	Holders []Mint
}

// Check validates params without touching a chain.
func (p RollupParams) Check() error {
	if p.Token == nil {
		// Until rollcall's own rollup contracts (verifier, registry,
		// PeerState) join the deployer, the token is all it deploys.
		return errors.New("nothing to deploy: no token")
	}
	return p.Token.Check()
}

// Check validates the token's parameters.
func (t TokenParams) Check() error {
	if t.Name == "" || t.Symbol == "" {
		return errors.New("token name and symbol are required")
	}
	if len(t.Holders) == 0 || len(t.Holders) > MaxTokenHolders {
		return fmt.Errorf("token holders: want 1..%d, got %d", MaxTokenHolders, len(t.Holders))
	}
	seen := make(map[common.Address]bool, len(t.Holders))
	for i, h := range t.Holders {
		switch {
		case h.To == (common.Address{}):
			return fmt.Errorf("token holder %d: zero address", i)
		case seen[h.To]:
			return fmt.Errorf("token holder %d: %s is listed twice", i, h.To)
		case h.Amount == nil || h.Amount.Sign() <= 0:
			return fmt.Errorf("token holder %d (%s): amount must be positive", i, h.To)
		}
		seen[h.To] = true
	}
	return nil
}

// RollupContracts are rollcall's contracts on one rollup chain: the
// deployment file's rollups[i].contracts. A field per contract; zero
// addresses are left out of the file (and of Addresses).
type RollupContracts struct {
	// Mirrors are example consumers (contracts/examples/BalanceMirror.sol)
	// on this rollup, one per other rollup of the deployment: each credits
	// holders of that rollup's Token with their balance there, verified
	// through this rollup's PeerState. Devnets (DeployMirror).
	Mirrors []Mirror `json:"mirrors,omitempty"`
	// Token is the devnet's ERC-20 (DevToken), moved between the rollup's
	// token holders in every block.
	Token common.Address `json:"token,omitzero"`
	// CertificateVerifier holds the chain's operator table and verifies
	// certificates of rollcall's quorum against it.
	CertificateVerifier common.Address `json:"certificateVerifier,omitzero"`
	// Registry accepts rollcall's checkpoints (the L1 registry's rules and
	// views), verified through CertificateVerifier.
	Registry common.Address `json:"registry,omitzero"`
	// PeerState verifies accounts and storage of another rollup against the
	// roots Registry holds.
	PeerState common.Address `json:"peerState,omitzero"`
}

// Addresses lists the deployed contracts by JSON name, e.g. "token".
func (c RollupContracts) Addresses() map[string]common.Address {
	out := map[string]common.Address{}
	collectAddresses(out, "", c)
	for _, m := range c.Mirrors {
		out[fmt.Sprintf("mirrors.%d", m.SourceChainID)] = m.Address
	}
	for name, addr := range out {
		if addr == (common.Address{}) {
			delete(out, name)
		}
	}
	return out
}

// DeployRollup deploys rollcall's contracts on the rollup chain behind
// backend, from deployer, with plain transactions batched by nonce: any EVM
// JSON-RPC endpoint will do. It returns once every transaction is mined and
// every contract has code.
func DeployRollup(ctx context.Context, backend chainio.Backend, deployer *ecdsa.PrivateKey, params RollupParams) (RollupContracts, error) {
	var out RollupContracts
	if deployer == nil {
		return out, errors.New("rollup deploy: deployer key is required")
	}
	if err := params.Check(); err != nil {
		return out, fmt.Errorf("rollup deploy params: %w", err)
	}
	sender, err := chainio.NewSender(ctx, backend, deployer)
	if err != nil {
		return out, fmt.Errorf("rollup deploy: %w", err)
	}
	chainID := sender.ChainID().Uint64()
	if params.ChainID != 0 && chainID != params.ChainID {
		return out, fmt.Errorf("rollup deploy: the endpoint is chain %d, not %d", chainID, params.ChainID)
	}
	if t := params.Token; t != nil {
		holders := make([]common.Address, len(t.Holders))
		amounts := make([]*big.Int, len(t.Holders))
		for i, h := range t.Holders {
			holders[i], amounts[i] = h.To, h.Amount
		}
		if out.Token, err = sender.Deploy(ctx, "DevToken", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := devtoken.DeployDevToken(o, b, t.Name, t.Symbol, holders, amounts)
			return a, tx, err
		}); err != nil {
			return RollupContracts{}, fmt.Errorf("rollup %d: %w", chainID, err)
		}
	}
	if err := sender.Flush(ctx); err != nil {
		return RollupContracts{}, fmt.Errorf("rollup %d: %w", chainID, err)
	}
	for name, addr := range out.Addresses() {
		code, err := backend.CodeAt(ctx, addr, nil)
		if err != nil {
			return RollupContracts{}, fmt.Errorf("rollup %d: read code of %s (%s): %w", chainID, name, addr, err)
		}
		if len(code) == 0 {
			return RollupContracts{}, fmt.Errorf("rollup %d: no code at %s (%s) after deployment", chainID, name, addr)
		}
	}
	return out, nil
}
