package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/bindings/peerstate"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core/optable"
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
	// Verifier, when set, deploys rollcall's contracts: the
	// CertificateVerifier holding the operator table, the RollupRegistry
	// verifying checkpoints through it and PeerState beside the registry.
	Verifier *VerifierParams
}

// TokenParams describe a DevToken: a fixed supply minted at construction.
type TokenParams struct {
	Name, Symbol string
	// Holders get their Amount at construction; addresses are distinct.
	Holders []Mint
}

// Check validates params without touching a chain.
func (p RollupParams) Check() error {
	if p.Token == nil && p.Verifier == nil {
		return errors.New("nothing to deploy: no token and no verifier")
	}
	if p.Token != nil {
		if err := p.Token.Check(); err != nil {
			return err
		}
	}
	if p.Verifier != nil {
		if err := p.Verifier.Check(); err != nil {
			return fmt.Errorf("verifier: %w", err)
		}
	}
	return nil
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
	if v := params.Verifier; v != nil {
		if err := deployVerifier(ctx, sender, *v, &out); err != nil {
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

// Defaults of the rollup verifier.
const (
	// MainnetDeallocationDelayBlocks is EigenLayer's
	// AllocationManager.DEALLOCATION_DELAY on Ethereum: 14 days of 12-second
	// blocks.
	MainnetDeallocationDelayBlocks = 100_800
	// MainnetL1BlockTime is Ethereum's slot time.
	MainnetL1BlockTime = 12 * time.Second
	// DefaultMaxStaleness (seconds) is MaxStalenessFor(mainnet): 7 days, half
	// of the deallocation delay, so that every operator a live table counts
	// is still slashable when its signature is used, with a week of margin
	// for evidence to land on L1.
	DefaultMaxStaleness = MainnetDeallocationDelayBlocks * 12 / 2
	// DefaultGraceWindow (seconds) keeps a replaced table usable for
	// checkpoints signed under it that are still in flight: 15 minutes.
	DefaultGraceWindow = 15 * 60
	// DevnetMaxStaleness and DevnetGraceWindow are the devnet's: an hour
	// and a minute. The devnet's deallocation delay (10 one-second blocks)
	// is a toy value that lets tests deregister in seconds; the devnet does
	// not tie staleness to it (a table would be stale in 5 s).
	DevnetMaxStaleness = 3600
	DevnetGraceWindow  = 60
	// TableConfirmations is how far below L1's head the genesis and
	// bootstrap tables are taken: a block that no reorganisation of the
	// devnet or a healthy chain moves.
	TableConfirmations = 2
)

// MaxStalenessFor converts EigenLayer's deallocation delay (in L1 blocks)
// to the verifier's maxStaleness (in seconds): half of delay·blockTime, so
// that whoever signed under a table that is not stale stays slashable for
// at least as long again.
func MaxStalenessFor(deallocationDelayBlocks uint32, l1BlockTime time.Duration) uint32 {
	secs := uint64(deallocationDelayBlocks) * uint64(l1BlockTime/time.Second) / 2
	if secs > math.MaxUint32 {
		return math.MaxUint32
	}
	return uint32(secs)
}

// VerifierParams say how a rollup's CertificateVerifier is deployed.
type VerifierParams struct {
	// L1ChainID and L1Registry are the AVS's identity every digest binds:
	// L1's chain id and rollcall's L1 registry.
	L1ChainID  uint64
	L1Registry common.Address
	// Genesis is the table the verifier starts from: T(R) of L1 at a recent
	// block (GenesisTable), empty when no operator is registered yet.
	Genesis *optable.Table
	// ThresholdBips is the share of each quorum's stake that must sign: the
	// L1 registry's.
	ThresholdBips uint16
	// MaxStaleness and GraceWindow are in seconds (DefaultMaxStaleness,
	// DefaultGraceWindow).
	MaxStaleness, GraceWindow uint32
	// Owner may reset the table (the escape hatch) and change parameters.
	Owner common.Address
}

// Check validates the parameters as the verifier's constructor does.
func (p VerifierParams) Check() error {
	switch {
	case p.L1ChainID == 0:
		return errors.New("L1 chain id is required")
	case p.L1Registry == (common.Address{}):
		return errors.New("L1 registry address is required")
	case p.Owner == (common.Address{}):
		return errors.New("owner is required")
	case p.ThresholdBips == 0 || p.ThresholdBips > optable.Bips:
		return fmt.Errorf("threshold must be 1..10000 basis points, got %d", p.ThresholdBips)
	case p.MaxStaleness == 0:
		return errors.New("max staleness must be positive")
	case p.GraceWindow > p.MaxStaleness:
		return fmt.Errorf("grace window %d s exceeds max staleness %d s", p.GraceWindow, p.MaxStaleness)
	case p.Genesis == nil:
		return errors.New("genesis table is required")
	}
	if p.Genesis.IsEmpty() {
		return p.Genesis.ValidateEmpty()
	}
	return p.Genesis.Validate()
}

// deployVerifier deploys the CertificateVerifier, then the RollupRegistry
// (its constructor reads the verifier) and PeerState beside it.
func deployVerifier(ctx context.Context, s *chainio.Sender, p VerifierParams, out *RollupContracts) error {
	var err error
	genesis := p.Genesis.Binding()
	if out.CertificateVerifier, err = s.Deploy(ctx, "CertificateVerifier", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := certificateverifier.DeployCertificateVerifier(o, b, new(big.Int).SetUint64(p.L1ChainID), p.L1Registry,
			genesis, p.ThresholdBips, p.MaxStaleness, p.GraceWindow, p.Owner)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	if out.Registry, err = s.Deploy(ctx, "RollupRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := rollupregistry.DeployRollupRegistry(o, b, out.CertificateVerifier)
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	out.PeerState, err = s.Deploy(ctx, "PeerState", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := peerstate.DeployPeerState(o, b, out.Registry)
		return a, tx, err
	})
	return err
}

// Middleware names the middleware contracts operator tables are read from.
func (d *Deployment) Middleware() optable.Middleware {
	return optable.Middleware{
		RegistryCoordinator:    d.AVS.RegistryCoordinator,
		OperatorStateRetriever: d.AVS.OperatorStateRetriever,
		BLSApkRegistry:         d.AVS.BLSApkRegistry,
		StakeRegistry:          d.AVS.StakeRegistry,
		Quorums:                []byte{byte(d.AVS.OperatorSetID)},
	}
}

// TableAt computes T(ref) from L1 (optable.FromL1). With no operator
// registered at ref it returns the empty table and a nil tree.
func TableAt(ctx context.Context, client optable.L1Client, d *Deployment, ref uint32) (*optable.Table, *optable.Tree, error) {
	mw := d.Middleware()
	r, err := optable.NewMiddlewareReader(client, mw)
	if err != nil {
		return nil, nil, err
	}
	table, tree, err := optable.FromL1(ctx, r, ref)
	if errors.Is(err, optable.ErrNoOperators) {
		ts, err := r.BlockTimestamp(ctx, ref)
		if err != nil {
			return nil, nil, fmt.Errorf("timestamp of L1 block %d: %w", ref, err)
		}
		table, err := optable.Empty(ref, ts, mw.Quorums)
		return table, nil, err
	}
	return table, tree, err
}

// RecentTableBlock is the L1 block a genesis or bootstrap table is taken at:
// TableConfirmations below the head.
func RecentTableBlock(ctx context.Context, client optable.L1Client) (uint32, error) {
	h, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read L1 head: %w", err)
	}
	n := h.Number.Uint64()
	if n > TableConfirmations {
		n -= TableConfirmations
	}
	if n > math.MaxUint32 {
		return 0, fmt.Errorf("L1 block %d does not fit the middleware's uint32 block numbers", n)
	}
	return uint32(n), nil
}

// RollupVerifierParams are the verifier parameters of a rollup of d: the L1
// registry's identity and threshold, the genesis table T(R) at a recent L1
// block, the given staleness bounds and owner.
func RollupVerifierParams(ctx context.Context, l1 optable.L1Client, d *Deployment, maxStaleness, graceWindow uint32, owner common.Address) (*VerifierParams, error) {
	reg, err := rollcallregistry.NewRollcallRegistryCaller(d.AVS.Registry, l1)
	if err != nil {
		return nil, err
	}
	bips, err := reg.ThresholdBips(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("read the L1 registry's threshold: %w", err)
	}
	ref, err := RecentTableBlock(ctx, l1)
	if err != nil {
		return nil, err
	}
	genesis, _, err := TableAt(ctx, l1, d, ref)
	if err != nil {
		return nil, fmt.Errorf("genesis table at L1 block %d: %w", ref, err)
	}
	return &VerifierParams{
		L1ChainID: d.L1.ChainID, L1Registry: d.AVS.Registry, Genesis: genesis,
		ThresholdBips: bips, MaxStaleness: maxStaleness, GraceWindow: graceWindow, Owner: owner,
	}, nil
}
