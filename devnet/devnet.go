// Package devnet runs rollcall's local world: an L1 with EigenLayer and
// rollcall's AVS deployed on it, and a few rollup chains producing blocks.
// It is what `rollcall devnet` and `rollcall demo` start, and what the
// end-to-end tests stand on.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/internal/redact"
)

// Roles of the devnet's funded keys, in the order of chain.DevKeys.
const (
	RoleOwner      = "owner"      // deploys and owns the contracts; AVS admin and slasher
	RoleAggregator = "aggregator" // submits attestations
	RoleOperator   = "operator"   // one per operator
)

// Defaults of `rollcall devnet`.
const (
	DefaultL1ChainID     = 31337
	DefaultRollupChainID = 901 // rollups get 901, 902, ...
	DefaultRollups       = 2
	DefaultOperators     = 4
	// DefaultAggregators: keys for two aggregator replicas.
	DefaultAggregators     = 2
	DefaultL1BlockInterval = time.Second
	DefaultRollupInterval  = time.Second
)

var (
	// devKeyBalance funds every devnet key with plenty of ETH.
	devKeyBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	// operatorTokens is the test token minted to every operator key.
	operatorTokens = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
)

// Options configure a devnet.
type Options struct {
	// Host the chains listen on (default 127.0.0.1).
	Host string
	// L1HTTPPort and L1WSPort: 0 picks free ports.
	L1HTTPPort, L1WSPort int
	L1ChainID            uint64
	L1BlockInterval      time.Duration
	// L1Forks is the embedded L1's fork set (default chain.ForksMainnet).
	L1Forks chain.Forks
	// L1Tracer receives the embedded L1's EVM hooks (chain.Config.Tracer).
	L1Tracer *tracing.Hooks
	// L1RPC, when set, deploys onto that existing chain instead of starting
	// an embedded one. Its first unlocked account (eth_accounts, as on
	// `geth --dev`) funds the devnet keys if they have no ETH.
	L1RPC string

	Rollups             int
	RollupChainIDBase   uint64
	RollupBlockInterval time.Duration
	// RollupBasePort, when not zero, pins the rollup ports: rollup i serves
	// JSON-RPC over HTTP and WebSocket both on RollupBasePort+i. 0 picks
	// free ports.
	RollupBasePort int

	// Operators is how many operator keys are funded with ETH and test
	// tokens (at most MaxFundedOperators; more than MaxOperators may be
	// funded, to try registering past the cap).
	Operators int
	// Aggregators is how many aggregator keys are funded (0:
	// DefaultAggregators). The first is keys[1]; the others, for replicas,
	// come after the operators' keys, so that no address shifts.
	Aggregators int
	// MaxOperators is the operator set's cap (deploy.Params.MaxOperators);
	// 0 means deploy.DevnetMaxOperators.
	MaxOperators uint32
}

// MaxFundedOperators bounds Options.Operators: a little over the devnet's
// operator cap, so that registering past the cap can be tried.
const MaxFundedOperators = 2 * deploy.DevnetMaxOperators

// MaxAggregators bounds Options.Aggregators.
const MaxAggregators = 16

// withDefaults fills zero values.
func (o Options) withDefaults() Options {
	if o.Host == "" {
		o.Host = chain.DefaultHost
	}
	if o.L1ChainID == 0 {
		o.L1ChainID = DefaultL1ChainID
	}
	if o.L1BlockInterval == 0 {
		o.L1BlockInterval = DefaultL1BlockInterval
	}
	if o.RollupChainIDBase == 0 {
		o.RollupChainIDBase = DefaultRollupChainID
	}
	if o.RollupBlockInterval == 0 {
		o.RollupBlockInterval = DefaultRollupInterval
	}
	if o.Aggregators == 0 {
		o.Aggregators = DefaultAggregators
	}
	return o
}

// Check validates options without side effects.
func (o Options) Check() error {
	if o.Rollups < 0 || o.Rollups > 64 {
		return fmt.Errorf("rollups must be between 0 and 64, got %d", o.Rollups)
	}
	if o.Operators < 0 || o.Operators > MaxFundedOperators {
		return fmt.Errorf("operators must be between 0 and %d, got %d", MaxFundedOperators, o.Operators)
	}
	if o.Aggregators < 0 || o.Aggregators > MaxAggregators {
		return fmt.Errorf("aggregators must be between 1 and %d (0: %d), got %d", MaxAggregators, DefaultAggregators, o.Aggregators)
	}
	if o.L1BlockInterval < 0 || o.RollupBlockInterval < 0 {
		return errors.New("block intervals must not be negative")
	}
	return o.checkRollupPorts()
}

// checkRollupPorts checks that the pinned rollup ports are valid ports and
// do not take the embedded L1's.
func (o Options) checkRollupPorts() error {
	if o.RollupBasePort == 0 || o.Rollups == 0 {
		return nil
	}
	last := o.RollupBasePort + o.Rollups - 1
	if o.RollupBasePort < 0 || last > 65535 {
		return fmt.Errorf("rollup base port %d: the ports of %d rollups must lie in 1-65535", o.RollupBasePort, o.Rollups)
	}
	if o.L1RPC != "" {
		return nil
	}
	for _, l1 := range []struct {
		name string
		port int
	}{{"HTTP", o.L1HTTPPort}, {"WebSocket", o.L1WSPort}} {
		if l1.port >= o.RollupBasePort && l1.port <= last {
			return fmt.Errorf("rollup ports %d-%d include the L1 %s port %d", o.RollupBasePort, last, l1.name, l1.port)
		}
	}
	return nil
}

// RollupPort is the port rollup i serves on: 0 (a free one) when the ports
// are not pinned.
func (o Options) RollupPort(i int) int {
	if o.RollupBasePort == 0 {
		return 0
	}
	return o.RollupBasePort + i
}

// Devnet is a running devnet.
type Devnet struct {
	// L1 is nil when the devnet was deployed onto an external chain.
	L1         *chain.Chain
	Rollups    []*Rollup
	Deployment *deploy.Deployment
	// Keys in role order: owner, aggregator, operators, then the other
	// aggregators' (replicas).
	Owner      *ecdsa.PrivateKey
	Aggregator *ecdsa.PrivateKey
	Operators  []*ecdsa.PrivateKey
	// Aggregators are every funded aggregator key; Aggregators[0] is
	// Aggregator.
	Aggregators []*ecdsa.PrivateKey

	l1Client *ethclient.Client
	log      *zap.Logger
}

// Start starts the chains and deploys everything. On failure it stops what
// it started.
func Start(ctx context.Context, opts Options, progress deploy.Progress, log *zap.Logger) (_ *Devnet, err error) {
	opts = opts.withDefaults()
	if err := opts.Check(); err != nil {
		return nil, err
	}
	if progress == nil {
		progress = func(string) {}
	}
	if log == nil {
		log = zap.NewNop()
	}
	keys := chain.DevKeys(2 + opts.Operators + opts.Aggregators - 1)
	d := &Devnet{Owner: keys[0], Aggregator: keys[1], Operators: keys[2 : 2+opts.Operators], log: log}
	d.Aggregators = append([]*ecdsa.PrivateKey{keys[1]}, keys[2+opts.Operators:]...)
	defer func() {
		if err != nil {
			_ = d.Stop(context.Background())
		}
	}()

	l1URL, l1WS := opts.L1RPC, ""
	if opts.L1RPC == "" {
		progress("starting L1")
		cfg := chain.DefaultConfig(opts.L1ChainID)
		cfg.Host, cfg.HTTPPort, cfg.WSPort = opts.Host, opts.L1HTTPPort, opts.L1WSPort
		cfg.BlockInterval = opts.L1BlockInterval
		cfg.Alloc = chain.DevAlloc(keys, devKeyBalance)
		cfg.Forks, cfg.Tracer = opts.L1Forks, opts.L1Tracer
		if d.L1, err = startChain(ctx, cfg, log.Named("l1")); err != nil {
			return nil, fmt.Errorf("L1: %w", err)
		}
		l1URL, l1WS = d.L1.HTTPURL(), d.L1.WSURL()
	}
	// Dial and prove the endpoint answers, so that an unreachable URL fails
	// here with its name rather than deep inside the deployer.
	dialCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	d.l1Client, err = chainio.DialL1(dialCtx, l1URL, 0)
	cancel()
	if err != nil {
		return nil, err
	}
	if opts.L1RPC != "" {
		progress("funding devnet keys on " + redact.URL(l1URL))
		if err := fundFromUnlocked(ctx, d.l1Client, keys); err != nil {
			return nil, err
		}
	}

	params := deploy.DevnetParams(d.Owner)
	if opts.MaxOperators != 0 {
		params.MaxOperators = opts.MaxOperators
	}
	for _, k := range d.Operators {
		params.Mint = append(params.Mint, deploy.Mint{To: crypto.PubkeyToAddress(k.PublicKey), Amount: operatorTokens})
	}
	dep, err := deploy.Deploy(ctx, d.l1Client, params, progress, log)
	if err != nil {
		return nil, err
	}
	// Every rollup's verifier starts from T(R) at a recent L1 block: empty
	// here, as no operator has registered yet (`rollcall tables bootstrap`
	// sets the first real table).
	verifier, err := deploy.RollupVerifierParams(ctx, d.l1Client, dep, deploy.DevnetMaxStaleness, deploy.DevnetGraceWindow, crypto.PubkeyToAddress(d.Owner.PublicKey))
	if err != nil {
		return nil, fmt.Errorf("rollup verifier parameters: %w", err)
	}
	for i := 0; i < opts.Rollups; i++ {
		id := opts.RollupChainIDBase + uint64(i)
		progress(fmt.Sprintf("starting rollup %d, deploying its token and rollcall's contracts", id))
		rollup, err := StartRollup(ctx, RollupConfig{
			ChainID:       id,
			Host:          opts.Host,
			Port:          opts.RollupPort(i),
			BlockInterval: opts.RollupBlockInterval,
			Deployer:      d.Owner,
			Funded:        keys[1:],
			Verifier:      verifier,
			Clock:         L1Clock(d.l1Client),
		}, log.Named(fmt.Sprintf("rollup-%d", id)))
		if err != nil {
			return nil, fmt.Errorf("rollup %d: %w", id, err)
		}
		d.Rollups = append(d.Rollups, rollup)
	}

	dep.L1.RPCURL, dep.L1.WSURL = l1URL, l1WS
	for _, r := range d.Rollups {
		dep.Rollups = append(dep.Rollups, r.Info)
	}
	if err := deployMirrors(ctx, dep, d.Owner, progress); err != nil {
		return nil, err
	}
	dep.DevKeys = append(dep.DevKeys, devKey(RoleOwner, d.Owner), devKey(RoleAggregator, d.Aggregator))
	for _, k := range d.Operators {
		dep.DevKeys = append(dep.DevKeys, devKey(RoleOperator, k))
	}
	for _, k := range d.Aggregators[1:] {
		dep.DevKeys = append(dep.DevKeys, devKey(RoleAggregator, k))
	}
	d.Deployment = dep
	return d, nil
}

// L1Clock reads the timestamp of l1's newest block, with a short deadline:
// the clock devnet rollups keep up with (RollupConfig.Clock).
func L1Clock(l1 *ethclient.Client) func(context.Context) (uint64, error) {
	return func(ctx context.Context) (uint64, error) {
		ctx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		h, err := l1.HeaderByNumber(ctx, nil)
		if err != nil {
			return 0, err
		}
		return h.Time, nil
	}
}

// L1Client is a JSON-RPC client of the L1.
func (d *Devnet) L1Client() *ethclient.Client { return d.l1Client }

// Stop stops the rollups and the L1. It is safe to call more than once.
func (d *Devnet) Stop(ctx context.Context) error {
	var errs []error
	for _, r := range d.Rollups {
		errs = append(errs, r.Stop(ctx))
	}
	if d.l1Client != nil {
		d.l1Client.Close()
	}
	if d.L1 != nil {
		errs = append(errs, d.L1.Stop(ctx))
	}
	return errors.Join(errs...)
}

func startChain(ctx context.Context, cfg chain.Config, log *zap.Logger) (*chain.Chain, error) {
	c, err := chain.New(cfg, log)
	if err != nil {
		return nil, err
	}
	if err := c.Start(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// fundFromUnlocked sends ETH from the node's first unlocked account to every
// key that has none, as `geth --dev` allows.
func fundFromUnlocked(ctx context.Context, client *ethclient.Client, keys []*ecdsa.PrivateKey) error {
	var accounts []common.Address
	if err := client.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return fmt.Errorf("list L1 accounts: %w", err)
	}
	var txs []common.Hash
	for _, k := range keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		bal, err := client.BalanceAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("read balance of %s: %w", addr, err)
		}
		if bal.Sign() > 0 {
			continue
		}
		if len(accounts) == 0 {
			return fmt.Errorf("devnet key %s has no ETH on the L1 and the node has no unlocked account to fund it: fund it, or use a node like `geth --dev`", addr)
		}
		var hash common.Hash
		tx := map[string]any{"from": accounts[0], "to": addr, "value": (*hexutil.Big)(devKeyBalance)}
		if err := client.Client().CallContext(ctx, &hash, "eth_sendTransaction", tx); err != nil {
			return fmt.Errorf("fund %s from %s: %w", addr, accounts[0], err)
		}
		txs = append(txs, hash)
	}
	for _, h := range txs {
		if _, err := chainio.WaitReceipt(ctx, client, h, 0); err != nil {
			return fmt.Errorf("fund devnet keys: %w", err)
		}
	}
	return nil
}

func devKey(role string, k *ecdsa.PrivateKey) deploy.DevKey {
	return deploy.DevKey{Role: role, Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: hexutil.Encode(crypto.FromECDSA(k))}
}
