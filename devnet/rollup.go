package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
)

// RollupConfig describes one devnet rollup chain.
type RollupConfig struct {
	ChainID uint64
	// Host the chain listens on (default 127.0.0.1).
	Host string
	// Port serves JSON-RPC over HTTP and WebSocket both; 0 picks a free one.
	Port          int
	BlockInterval time.Duration
	// Deployer deploys the rollup's contracts. It, Funded and the token
	// holders get ETH at genesis.
	Deployer *ecdsa.PrivateKey
	Funded   []*ecdsa.PrivateKey
	// Verifier, when set, also deploys rollcall's contracts on the rollup
	// (CertificateVerifier, RollupRegistry, PeerState).
	Verifier *deploy.VerifierParams
	// Clock, when set, is the L1's newest block timestamp: the rollup's
	// timestamps keep up with it (chain.Config.Clock), as a real rollup's
	// track L1's time.
	Clock func(ctx context.Context) (uint64, error)
}

// Rollup is a running devnet rollup: a chain with an activity transfer and
// a token transfer in every block, and rollcall's contracts deployed.
type Rollup struct {
	*chain.Chain
	// Info is the rollup's entry of the deployment file: chain id, URLs,
	// contracts and token holders.
	Info deploy.RollupInfo
}

// StartRollup starts a rollup chain, deploys its contracts through its
// JSON-RPC endpoint (deploy.DeployRollup, as against any rollup) and starts
// the token traffic. On failure nothing is left running.
func StartRollup(ctx context.Context, cfg RollupConfig, log *zap.Logger) (_ *Rollup, err error) {
	if cfg.Deployer == nil {
		return nil, errors.New("rollup: deployer key is required")
	}
	if log == nil {
		log = zap.NewNop()
	}
	holders := TokenHolderKeys(TokenHolders)
	funded := append([]*ecdsa.PrivateKey{cfg.Deployer}, cfg.Funded...)
	funded = append(funded, holders...)

	c := chain.DefaultConfig(cfg.ChainID)
	if cfg.Host != "" {
		c.Host = cfg.Host
	}
	c.HTTPPort, c.WSPort = cfg.Port, cfg.Port // 0 and 0: two free ports
	if cfg.BlockInterval != 0 {
		c.BlockInterval = cfg.BlockInterval
	}
	c.ActivityTx = true
	c.Clock = cfg.Clock
	c.Alloc = chain.DevAlloc(funded, devKeyBalance)
	ch, err := startChain(ctx, c, log)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			_ = ch.Stop(context.Background())
		}
	}()

	info := deploy.RollupInfo{ChainID: cfg.ChainID, RPCURL: ch.HTTPURL(), WSURL: ch.WSURL()}
	for _, k := range holders {
		info.TokenHolders = append(info.TokenHolders, crypto.PubkeyToAddress(k.PublicKey))
	}
	client, err := ethclient.DialContext(ctx, info.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", info.RPCURL, err)
	}
	defer client.Close()
	info.Contracts, err = deploy.DeployRollup(ctx, client, cfg.Deployer, deploy.RollupParams{
		ChainID:  cfg.ChainID,
		Token:    tokenParams(info.TokenHolders),
		Verifier: cfg.Verifier,
	})
	if err != nil {
		return nil, err
	}
	traffic, err := newTokenTraffic(cfg.ChainID, info.Contracts.Token, holders)
	if err != nil {
		return nil, err
	}
	ch.AddTraffic(traffic)
	log.Info("rollup ready", zap.String("token", info.Contracts.Token.Hex()), zap.String("registry", info.Contracts.Registry.Hex()), zap.Int("holders", len(holders)))
	return &Rollup{Chain: ch, Info: info}, nil
}
