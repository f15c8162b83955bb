package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/params/forks"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
)

const (
	waitFor = 20 * time.Second // generous: -race on 2 cores is slow
	tick    = 10 * time.Millisecond
	hour    = time.Hour // an interval no test waits for
)

var ether = big.NewInt(params.Ether)

// startChain starts a funded chain on free ports, stopped at test end.
func startChain(t *testing.T, chainID uint64, interval time.Duration, mutate func(*Config)) *Chain {
	t.Helper()
	cfg := DefaultConfig(chainID)
	cfg.BlockInterval = interval
	cfg.Alloc = DevAlloc(DevKeys(2), new(big.Int).Mul(big.NewInt(1000), ether))
	if mutate != nil {
		mutate(&cfg)
	}
	c, err := New(cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	require.NoError(t, c.Start(context.Background()))
	t.Cleanup(func() { require.NoError(t, c.Stop(context.Background())) })
	return c
}

// dial connects to url, closed at test end.
func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	client, err := ethclient.Dial(url)
	require.NoError(t, err)
	t.Cleanup(client.Close)
	return client
}

// transfer signs a 1 gwei transfer from key to itself, at the key's
// pending nonce.
func transfer(t *testing.T, client *ethclient.Client, key *ecdsa.PrivateKey, chainID uint64) *types.Transaction {
	t.Helper()
	nonce, err := client.PendingNonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	return transferAt(t, client, key, chainID, nonce)
}

// transferAt signs a 1 gwei transfer from key to itself with nonce.
func transferAt(t *testing.T, client *ethclient.Client, key *ecdsa.PrivateKey, chainID, nonce uint64) *types.Transaction {
	t.Helper()
	head, err := client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	id := new(big.Int).SetUint64(chainID)
	tip := big.NewInt(params.GWei)
	return types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID:   id,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       params.TxGas,
		To:        &from,
		Value:     big.NewInt(params.GWei),
	})
}

// blockNumber returns the latest block number.
func blockNumber(t *testing.T, client *ethclient.Client) uint64 {
	t.Helper()
	n, err := client.BlockNumber(context.Background())
	require.NoError(t, err)
	return n
}

func TestServesHTTPAndWS(t *testing.T) {
	c := startChain(t, 31337, hour, nil)
	require.Equal(t, uint64(31337), c.ChainID())
	require.NotEqual(t, c.HTTPURL(), c.WSURL())

	for _, url := range []string{c.HTTPURL(), c.WSURL()} {
		client := dial(t, url)
		id, err := client.ChainID(context.Background())
		require.NoError(t, err, url)
		require.Equal(t, uint64(31337), id.Uint64(), url)
		net, err := client.NetworkID(context.Background())
		require.NoError(t, err, url)
		require.Equal(t, uint64(31337), net.Uint64(), url)
		balance, err := client.BalanceAt(context.Background(), crypto.PubkeyToAddress(DevKeys(1)[0].PublicKey), nil)
		require.NoError(t, err, url)
		require.Equal(t, 0, balance.Cmp(new(big.Int).Mul(big.NewInt(1000), ether)), url)
	}

	id, err := c.Client().ChainID(context.Background())
	require.NoError(t, err)
	require.Equal(t, uint64(31337), id.Uint64())
}

func TestExplicitPorts(t *testing.T) {
	httpPort, err := FreePort()
	require.NoError(t, err)
	wsPort, err := FreePort()
	require.NoError(t, err)
	if wsPort == httpPort {
		t.Skip("kernel returned the same free port twice")
	}
	c := startChain(t, 100, hour, func(cfg *Config) { cfg.HTTPPort, cfg.WSPort = httpPort, wsPort })
	require.Equal(t, "http://127.0.0.1:"+strconv.Itoa(httpPort), c.HTTPURL())
	require.Equal(t, "ws://127.0.0.1:"+strconv.Itoa(wsPort), c.WSURL())
	_, err = dial(t, c.WSURL()).BlockNumber(context.Background())
	require.NoError(t, err)
}

// With a one-hour interval, only the pending-transaction trigger can mine.
func TestPendingTxMinedPromptly(t *testing.T) {
	c := startChain(t, 1001, hour, nil)
	keys := DevKeys(2)
	for i, url := range []string{c.HTTPURL(), c.WSURL()} {
		client := dial(t, url)
		tx := transfer(t, client, keys[i], c.ChainID())
		require.NoError(t, client.SendTransaction(context.Background(), tx))
		var receipt *types.Receipt
		require.Eventually(t, func() bool {
			r, err := client.TransactionReceipt(context.Background(), tx.Hash())
			receipt = r
			return err == nil
		}, waitFor, tick, "tx %d not mined", i)
		require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
		require.Equal(t, uint64(i+1), receipt.BlockNumber.Uint64(), "one block per tx, none from the interval")
	}
}

// A burst of transactions is mined without the interval, whatever the
// block boundaries.
func TestPendingBurstMined(t *testing.T) {
	c := startChain(t, 1002, hour, nil)
	client := dial(t, c.HTTPURL())
	key := DevKeys(1)[0]
	var last *types.Transaction
	for nonce := range uint64(20) {
		last = transferAt(t, client, key, c.ChainID(), nonce)
		require.NoError(t, client.SendTransaction(context.Background(), last))
	}
	require.Eventually(t, func() bool {
		_, err := client.TransactionReceipt(context.Background(), last.Hash())
		return err == nil
	}, waitFor, tick)
}

func TestBlocksAdvanceOnInterval(t *testing.T) {
	c := startChain(t, 1003, 30*time.Millisecond, nil)
	client := dial(t, c.HTTPURL())
	require.Eventually(t, func() bool { return blockNumber(t, client) >= 3 }, waitFor, tick)
	for n := int64(1); n <= 3; n++ {
		block, err := client.BlockByNumber(context.Background(), big.NewInt(n))
		require.NoError(t, err)
		require.Empty(t, block.Transactions(), "block %d: no activity configured", n)
	}
}

// A chain with an outside clock ahead of its own time catches up with it
// (an empty block at the clock's time) and then keeps up as the clock moves.
func TestKeepsUpWithAnOutsideClock(t *testing.T) {
	var ahead atomic.Uint64
	ahead.Store(uint64(time.Now().Unix()) + 1000)
	c := startChain(t, 1004, 30*time.Millisecond, func(cfg *Config) {
		cfg.Clock = func(context.Context) (uint64, error) { return ahead.Load(), nil }
	})
	client := dial(t, c.HTTPURL())
	latestTime := func() uint64 {
		h, err := client.HeaderByNumber(context.Background(), nil)
		require.NoError(t, err)
		return h.Time
	}
	require.Eventually(t, func() bool { return latestTime() >= ahead.Load() }, waitFor, tick)
	ahead.Add(500)
	require.Eventually(t, func() bool { return latestTime() >= ahead.Load() }, waitFor, tick)
	// Timestamps still strictly increase.
	head := blockNumber(t, client)
	var prev uint64
	for n := int64(0); n <= int64(head); n++ {
		h, err := client.HeaderByNumber(context.Background(), big.NewInt(n))
		require.NoError(t, err)
		if n > 0 {
			require.Greater(t, h.Time, prev, "block %d", n)
		}
		prev = h.Time
	}
}

func TestActivityTx(t *testing.T) {
	c := startChain(t, 1004, 30*time.Millisecond, func(cfg *Config) { cfg.ActivityTx = true })
	client := dial(t, c.HTTPURL())
	require.Eventually(t, func() bool { return blockNumber(t, client) >= 5 }, waitFor, tick)
	prev, err := client.HeaderByNumber(context.Background(), big.NewInt(0))
	require.NoError(t, err)
	for n := int64(1); n <= 5; n++ {
		block, err := client.BlockByNumber(context.Background(), big.NewInt(n))
		require.NoError(t, err)
		require.NotEmpty(t, block.Transactions(), "block %d", n)
		require.NotEqual(t, prev.Root, block.Root(), "block %d: state root unchanged", n)
		prev = block.Header()
	}
	// The activity transfers reached the sink.
	balance, err := client.BalanceAt(context.Background(), ActivitySink, nil)
	require.NoError(t, err)
	require.GreaterOrEqual(t, balance.Int64(), int64(5))
}

// The activity transaction must not itself trigger more blocks: after a
// caller's transaction is mined, the chain waits for the (long) interval,
// even with a transaction stuck in the pool.
func TestActivityDoesNotSelfTrigger(t *testing.T) {
	c := startChain(t, 1005, hour, func(cfg *Config) { cfg.ActivityTx = true })
	client := dial(t, c.HTTPURL())
	keys := DevKeys(2)

	// Executable by nonce but priced far below the base fee: it stays
	// pending for the whole test.
	id := new(big.Int).SetUint64(c.ChainID())
	lowFee := big.NewInt(params.GWei / 500)
	to := crypto.PubkeyToAddress(keys[1].PublicKey)
	stuck := types.MustSignNewTx(keys[1], types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: 0, GasTipCap: lowFee, GasFeeCap: lowFee, Gas: params.TxGas, To: &to,
	})
	require.NoError(t, client.SendTransaction(context.Background(), stuck))

	tx := transfer(t, client, keys[0], c.ChainID())
	require.NoError(t, client.SendTransaction(context.Background(), tx))
	var receipt *types.Receipt
	require.Eventually(t, func() bool {
		r, err := client.TransactionReceipt(context.Background(), tx.Hash())
		receipt = r
		return err == nil
	}, waitFor, tick)
	block, err := client.BlockByNumber(context.Background(), receipt.BlockNumber)
	require.NoError(t, err)
	require.Len(t, block.Transactions(), 2, "the caller's transfer and the activity transfer")
	mined := receipt.BlockNumber.Uint64()
	_, err = client.TransactionReceipt(context.Background(), stuck.Hash())
	require.Error(t, err, "the underpriced transaction is not mined")
	// A block that took callers' transactions while others stay pending is
	// followed by one more block (in case a burst overflowed it); then the
	// producer waits: the activity transfer in that block triggers nothing.
	require.Never(t, func() bool { return blockNumber(t, client) > mined+1 }, 500*time.Millisecond, 20*time.Millisecond)
}

func TestFinalizedAndSafe(t *testing.T) {
	ctx := context.Background()
	finalized := big.NewInt(int64(rpc.FinalizedBlockNumber))
	safe := big.NewInt(int64(rpc.SafeBlockNumber))

	t.Run("at genesis", func(t *testing.T) {
		client := dial(t, startChain(t, 1006, hour, nil).HTTPURL())
		for _, tag := range []*big.Int{finalized, safe} {
			header, err := client.HeaderByNumber(ctx, tag)
			require.NoError(t, err)
			require.Equal(t, uint64(0), header.Number.Uint64())
		}
	})

	t.Run("advancing", func(t *testing.T) {
		client := dial(t, startChain(t, 1007, 15*time.Millisecond, nil).HTTPURL())
		require.Eventually(t, func() bool { return blockNumber(t, client) >= 34 }, waitFor, tick)
		before := blockNumber(t, client)
		fin, err := client.HeaderByNumber(ctx, finalized)
		require.NoError(t, err)
		sf, err := client.HeaderByNumber(ctx, safe)
		require.NoError(t, err)
		after := blockNumber(t, client)

		require.LessOrEqual(t, fin.Number.Uint64(), after)
		require.LessOrEqual(t, sf.Number.Uint64(), after)
		require.LessOrEqual(t, fin.Number.Uint64(), sf.Number.Uint64())
		// Safe is set right after the head, in the same fork choice update.
		require.GreaterOrEqual(t, sf.Number.Uint64()+1, before, "safe follows the head")
		require.Zero(t, fin.Number.Uint64()%32, "finalized moves by epochs of 32 blocks")
		require.GreaterOrEqual(t, fin.Number.Uint64()+32, before, "finalized lags by less than an epoch")
		require.NotZero(t, fin.Number.Uint64())

		// The finalized header is the canonical block at that height.
		canon, err := client.HeaderByNumber(ctx, fin.Number)
		require.NoError(t, err)
		require.Equal(t, canon.Hash(), fin.Hash())
	})
}

func TestPortInUse(t *testing.T) {
	first := startChain(t, 1008, hour, nil)
	_, httpPort, err := net.SplitHostPort(first.HTTPURL()[len("http://"):])
	require.NoError(t, err)
	port, err := strconv.Atoi(httpPort)
	require.NoError(t, err)

	cfg := DefaultConfig(1009)
	cfg.HTTPPort = port
	second, err := New(cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	err = second.Start(context.Background())
	require.ErrorIs(t, err, ErrPortInUse)
	require.EqualError(t, err, fmt.Sprintf("chain: http port %d on 127.0.0.1 is in use", port))
	require.Empty(t, second.HTTPURL())
	require.NoError(t, second.Stop(context.Background()))

	// The same for the WS port, held by a plain listener.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	wsPort := l.Addr().(*net.TCPAddr).Port
	cfg = DefaultConfig(1010)
	cfg.WSPort = wsPort
	third, err := New(cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	err = third.Start(context.Background())
	require.ErrorIs(t, err, ErrPortInUse)
	require.EqualError(t, err, fmt.Sprintf("chain: ws port %d on 127.0.0.1 is in use", wsPort))

	// The first chain is unaffected.
	_, err = dial(t, first.HTTPURL()).BlockNumber(context.Background())
	require.NoError(t, err)
}

// A port taken after the probe makes go-ethereum's node fail inside
// simulated.NewBackend, which panics: newBackend turns that into the same
// clear error.
func TestNewBackendPanicBecomesError(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	taken := l.Addr().(*net.TCPAddr).Port
	free, err := FreePort()
	require.NoError(t, err)

	cfg := DefaultConfig(1014).withDefaults()
	backend, err := newBackend(cfg, nil, taken, free)
	require.Nil(t, backend)
	require.ErrorIs(t, err, ErrPortInUse)
	require.EqualError(t, err, fmt.Sprintf("chain: http port %d on 127.0.0.1 is in use", taken))
}

func TestStartStopLifecycle(t *testing.T) {
	ctx := context.Background()
	c, err := New(DefaultConfig(1011), zaptest.NewLogger(t))
	require.NoError(t, err)
	require.Nil(t, c.Client())
	require.NoError(t, c.Start(ctx))
	require.ErrorIs(t, c.Start(ctx), ErrStarted)
	url := c.HTTPURL()

	require.NoError(t, c.Stop(ctx))
	require.NoError(t, c.Stop(ctx), "Stop is idempotent")
	require.ErrorIs(t, c.Start(ctx), ErrStopped)

	// The port is released: a new chain can take it.
	_, port, err := net.SplitHostPort(url[len("http://"):])
	require.NoError(t, err)
	p, err := strconv.Atoi(port)
	require.NoError(t, err)
	startChain(t, 1012, hour, func(cfg *Config) { cfg.HTTPPort = p })

	// Stop before Start is fine too.
	idle, err := New(DefaultConfig(1013), zaptest.NewLogger(t))
	require.NoError(t, err)
	require.NoError(t, idle.Stop(ctx))
}

func TestChainConfigForks(t *testing.T) {
	cfg := ChainConfig(4242)
	require.Equal(t, uint64(4242), cfg.ChainID.Uint64())
	now := uint64(time.Now().Unix())
	require.Equal(t, forks.BPO2, cfg.LatestFork(0), "mainnet's forks: Osaka and its blob parameter forks")
	require.Equal(t, forks.BPO2, cfg.LatestFork(now))
	require.Equal(t, forks.BPO2, cfg.LatestFork(1<<62), "no fork scheduled after BPO2")
	london := big.NewInt(0)
	require.True(t, cfg.IsShanghai(london, 0))
	require.True(t, cfg.IsCancun(london, 0))
	require.True(t, cfg.IsPrague(london, 0))
	require.True(t, cfg.IsOsaka(london, 0))
	require.False(t, cfg.IsAmsterdam(london, now))
	require.False(t, cfg.IsBogota(london, now))
	require.NoError(t, cfg.CheckConfigForkOrder())
	ams, err := ChainConfigFor(4242, ForksAmsterdam)
	require.NoError(t, err)
	require.Equal(t, forks.Amsterdam, ams.LatestFork(now))
	require.NoError(t, ams.CheckConfigForkOrder())

	// The served chain runs it: block headers carry the Cancun and Prague
	// fields, and Osaka's per-transaction gas cap (EIP-7825) holds.
	c := startChain(t, 4242, hour, nil)
	client := dial(t, c.HTTPURL())
	key := DevKeys(1)[0]
	tx := transfer(t, client, key, c.ChainID())
	require.NoError(t, client.SendTransaction(context.Background(), tx))
	require.Eventually(t, func() bool { return blockNumber(t, client) >= 1 }, waitFor, tick)
	header, err := client.HeaderByNumber(context.Background(), big.NewInt(1))
	require.NoError(t, err)
	require.NotNil(t, header.WithdrawalsHash, "Shanghai")
	require.NotNil(t, header.ParentBeaconRoot, "Cancun")
	require.NotNil(t, header.RequestsHash, "Prague")
	require.Equal(t, DefaultGasLimit, header.GasLimit)

	nonce, err := client.PendingNonceAt(context.Background(), crypto.PubkeyToAddress(key.PublicKey))
	require.NoError(t, err)
	to := crypto.PubkeyToAddress(key.PublicKey)
	id := new(big.Int).SetUint64(c.ChainID())
	fee := new(big.Int).Mul(header.BaseFee, big.NewInt(4))
	over := types.MustSignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(fee, big.NewInt(params.GWei)),
		Gas: params.MaxTxGas + 1, To: &to,
	})
	err = client.SendTransaction(context.Background(), over)
	require.ErrorContains(t, err, "gas limit too high", "a transaction above 2^24 gas is refused under Osaka")
}

func TestDevKeys(t *testing.T) {
	a, b := DevKeys(3), DevKeys(3)
	require.Len(t, a, 3)
	require.Empty(t, DevKeys(0))
	seen := map[string]bool{}
	for i := range a {
		require.True(t, a[i].Equal(b[i]), "key %d is deterministic", i)
		addr := crypto.PubkeyToAddress(a[i].PublicKey).Hex()
		require.False(t, seen[addr], "key %d is distinct", i)
		seen[addr] = true
	}
	require.False(t, seen[crypto.PubkeyToAddress(ActivityKey().PublicKey).Hex()], "activity key is not a dev key")
	want := crypto.Keccak256([]byte("rollcall devnet key 0"))
	require.Equal(t, want, crypto.FromECDSA(a[0]))

	alloc := DevAlloc(a, ether)
	require.Len(t, alloc, 3)
	for _, key := range a {
		account, ok := alloc[crypto.PubkeyToAddress(key.PublicKey)]
		require.True(t, ok)
		require.Equal(t, 0, account.Balance.Cmp(ether))
	}
	alloc[crypto.PubkeyToAddress(a[0].PublicKey)].Balance.SetInt64(1)
	require.Equal(t, 0, ether.Cmp(big.NewInt(params.Ether)), "DevAlloc copies the balance")
}

func TestNewRejectsBadConfig(t *testing.T) {
	_, err := New(Config{}, nil)
	require.True(t, errors.Is(err, ErrInvalidConfig))
}

// transferTraffic is a Traffic source sending 1 wei from key to sink in
// every block; failing sources send nothing and return an error.
type transferTraffic struct {
	key     *ecdsa.PrivateKey
	sink    common.Address
	chainID *big.Int
	fail    bool
	calls   atomic.Int64
}

func (s *transferTraffic) Next(ctx context.Context, client TrafficClient, head *types.Header) ([]common.Hash, error) {
	s.calls.Add(1)
	if s.fail {
		return nil, errors.New("this source always fails")
	}
	from := crypto.PubkeyToAddress(s.key.PublicKey)
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	tip, feeCap := TrafficFees(head)
	tx := types.MustSignNewTx(s.key, types.LatestSignerForChainID(s.chainID), &types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: params.TxGas, To: &s.sink, Value: big.NewInt(1),
	})
	if err := client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	return []common.Hash{tx.Hash()}, nil
}

// senders returns the senders of a block's transactions.
func senders(t *testing.T, block *types.Block, chainID uint64) map[common.Address]int {
	t.Helper()
	out := map[common.Address]int{}
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	for _, tx := range block.Transactions() {
		from, err := types.Sender(signer, tx)
		require.NoError(t, err)
		out[from]++
	}
	return out
}

// Traffic added to a running chain goes into every block from then on, next
// to the activity transfer; a failing source does not stop the blocks.
func TestTraffic(t *testing.T) {
	ctx := context.Background()
	c := startChain(t, 1011, 30*time.Millisecond, func(cfg *Config) { cfg.ActivityTx = true })
	client := dial(t, c.HTTPURL())
	key := DevKeys(1)[0]
	sink := common.HexToAddress("0x00000000000000000000000000000000000051c0")
	src := &transferTraffic{key: key, sink: sink, chainID: new(big.Int).SetUint64(c.ChainID())}
	failing := &transferTraffic{fail: true}
	c.AddTraffic(failing)
	c.AddTraffic(src)
	require.Eventually(t, func() bool { return src.calls.Load() > 0 }, waitFor, tick)
	start := blockNumber(t, client) + 1 // sealed after the source was called
	require.Eventually(t, func() bool { return blockNumber(t, client) >= start+5 }, waitFor, tick)
	from := crypto.PubkeyToAddress(key.PublicKey)
	activity := crypto.PubkeyToAddress(ActivityKey().PublicKey)
	for n := start; n < start+5; n++ {
		block, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		got := senders(t, block, c.ChainID())
		require.Equal(t, map[common.Address]int{from: 1, activity: 1}, got, "block %d: one activity and one traffic transfer", n)
	}
	require.Greater(t, failing.calls.Load(), int64(5), "the failing source is asked every block")
	balance, err := client.BalanceAt(ctx, sink, new(big.Int).SetUint64(start+4))
	require.NoError(t, err)
	require.GreaterOrEqual(t, balance.Int64(), int64(5))
}

// Traffic transactions never trigger a block: after a caller's transaction
// is mined (with the activity and traffic transfers), the chain waits for
// its (long) interval.
func TestTrafficDoesNotSelfTrigger(t *testing.T) {
	ctx := context.Background()
	c := startChain(t, 1012, hour, func(cfg *Config) { cfg.ActivityTx = true })
	client := dial(t, c.HTTPURL())
	keys := DevKeys(2)
	c.AddTraffic(&transferTraffic{key: keys[1], sink: common.HexToAddress("0x00000000000000000000000000000000000051c1"), chainID: new(big.Int).SetUint64(c.ChainID())})

	tx := transfer(t, client, keys[0], c.ChainID())
	require.NoError(t, client.SendTransaction(ctx, tx))
	var receipt *types.Receipt
	require.Eventually(t, func() bool {
		r, err := client.TransactionReceipt(ctx, tx.Hash())
		receipt = r
		return err == nil
	}, waitFor, tick)
	block, err := client.BlockByNumber(ctx, receipt.BlockNumber)
	require.NoError(t, err)
	require.Len(t, block.Transactions(), 3, "the caller's, the activity and the traffic transfers")
	mined := receipt.BlockNumber.Uint64()
	// The condition may still run as the test ends: it must not fail then.
	require.Never(t, func() bool {
		n, err := client.BlockNumber(ctx)
		return err == nil && n > mined
	}, 500*time.Millisecond, 20*time.Millisecond)
	require.Equal(t, mined, blockNumber(t, client))
}
