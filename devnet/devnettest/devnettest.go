// Package devnettest is the devnet's test support: a devnet with registered
// operators for tests and benchmarks that need real operator state on L1
// (the chainstate reader's tests, the registry's contract tests and gas
// benchmarks), and one started devnet chain per call for tests that need a
// rollup or an L1 without contracts.
package devnettest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/chain"
)

// Operator is a registered devnet operator and its keys.
type Operator struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
	BLS     *bls.KeyPair
	// PubkeyG2 is cached: KeyPair.GetPubKeyG2 recomputes it at each call.
	PubkeyG2 *bls.G2Point
	ID       common.Hash
	// Stake in quorum 0: the deposit, with the full magnitude allocated.
	Stake *big.Int
}

// Env is a running devnet with registered operators.
type Env struct {
	Devnet    *devnet.Devnet
	Operators []Operator
	// BeforeRegistration is a block mined after the deployment and before
	// any operator registered.
	BeforeRegistration uint64
}

// Ether is n * 1e18.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// DefaultBlockInterval is the L1 block interval of Start.
const DefaultBlockInterval = 250 * time.Millisecond

// Start starts a devnet with one operator per deposit, registers them all
// (concurrently) with fresh BLS keys and their whole magnitude allocated, and
// stops the devnet when the test ends.
func Start(tb testing.TB, ctx context.Context, deposits []*big.Int, log *zap.Logger) *Env {
	tb.Helper()
	return StartWithInterval(tb, ctx, deposits, DefaultBlockInterval, log)
}

// StartWithInterval is Start with another L1 block interval.
func StartWithInterval(tb testing.TB, ctx context.Context, deposits []*big.Int, interval time.Duration, log *zap.Logger) *Env {
	tb.Helper()
	return StartWith(tb, ctx, deposits, devnet.Options{L1BlockInterval: interval}, log)
}

// StartWith is Start with devnet options (fork set, tracer, block
// interval); the number of operators is len(deposits).
func StartWith(tb testing.TB, ctx context.Context, deposits []*big.Int, opts devnet.Options, log *zap.Logger) *Env {
	tb.Helper()
	opts.Operators = len(deposits)
	dn, err := devnet.Start(ctx, opts, nil, log)
	if err != nil {
		tb.Fatalf("start devnet: %v", err)
	}
	tb.Cleanup(func() {
		if err := dn.Stop(context.Background()); err != nil {
			tb.Errorf("stop devnet: %v", err)
		}
	})
	client := dn.L1Client()
	before, err := client.BlockNumber(ctx)
	if err != nil {
		tb.Fatalf("read head: %v", err)
	}
	env := &Env{Devnet: dn, Operators: make([]Operator, len(deposits)), BeforeRegistration: before}
	regs := make([]devnet.Registration, len(deposits))
	for i, key := range dn.Operators[:len(deposits)] {
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			tb.Fatalf("BLS key: %v", err)
		}
		env.Operators[i] = Operator{
			Key: key, Address: crypto.PubkeyToAddress(key.PublicKey), BLS: kp, PubkeyG2: kp.GetPubKeyG2(),
			ID: core.OperatorID(kp.GetPubKeyG1()), Stake: new(big.Int).Set(deposits[i]),
		}
		regs[i] = devnet.Registration{BLS: kp, Deposit: deposits[i], Socket: "http://127.0.0.1:0", MetadataURL: "https://rollcall.invalid/op.json"}
	}
	if err := dn.RegisterOperators(ctx, regs, log); err != nil {
		tb.Fatal(err)
	}
	// One more block, so that head-1 already has every operator registered.
	head, err := client.BlockNumber(ctx)
	if err == nil {
		err = env.WaitForBlock(ctx, head+1)
	}
	if err != nil {
		tb.Fatalf("wait for a block after registration: %v", err)
	}
	return env
}

// Sign signs digest with the operators at idx and returns their ids, the
// aggregate signature and the sum of their G2 keys.
func (e *Env) Sign(digest [32]byte, idx ...int) ([]common.Hash, *bls.Signature, *bls.G2Point) {
	ids := make([]common.Hash, 0, len(idx))
	sig, apk := bls.NewZeroSignature(), bls.NewZeroG2Point()
	for _, i := range idx {
		op := e.Operators[i]
		ids = append(ids, op.ID)
		sig.Add(op.BLS.SignMessage(digest))
		apk.Add(op.PubkeyG2)
	}
	return ids, sig, apk
}

// WaitForBlock waits until the L1 head is at least n.
func (e *Env) WaitForBlock(ctx context.Context, n uint64) error {
	for {
		head, err := e.Devnet.L1Client().BlockNumber(ctx)
		if err != nil {
			return err
		}
		if head >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// StartChain starts a devnet chain with cfg and stops it when the test ends.
func StartChain(tb testing.TB, cfg chain.Config, log *zap.Logger) *chain.Chain {
	tb.Helper()
	c, err := chain.New(cfg, log)
	if err != nil {
		tb.Fatalf("new chain %d: %v", cfg.ChainID, err)
	}
	if err := c.Start(context.Background()); err != nil {
		tb.Fatalf("start chain %d: %v", cfg.ChainID, err)
	}
	tb.Cleanup(func() {
		if err := c.Stop(context.Background()); err != nil {
			tb.Errorf("stop chain %d: %v", cfg.ChainID, err)
		}
	})
	return c
}

// StartRollup starts a devnet chain that seals a block every interval with
// a real transaction in it (so state roots change from block to block),
// and returns it with a client of its HTTP endpoint; both end with the test.
func StartRollup(tb testing.TB, chainID uint64, interval time.Duration, log *zap.Logger) (*chain.Chain, *ethclient.Client) {
	tb.Helper()
	cfg := chain.DefaultConfig(chainID)
	cfg.BlockInterval = interval
	cfg.ActivityTx = true
	c := StartChain(tb, cfg, log)
	return c, Dial(tb, c.HTTPURL())
}

// Dial returns a client of url, closed when the test ends.
func Dial(tb testing.TB, url string) *ethclient.Client {
	tb.Helper()
	client, err := ethclient.Dial(url)
	if err != nil {
		tb.Fatalf("dial %s: %v", url, err)
	}
	tb.Cleanup(client.Close)
	return client
}
