package rollup

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
)

func TestEVMReader(t *testing.T) {
	const chainID = 424242
	c := startChain(t, chainID)
	client := dial(t, c.HTTPURL())
	ctx := context.Background()

	t.Run("latest claims match the headers", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.HTTPURL(), KindEVM, Latest))
		require.Equal(t, uint64(chainID), r.ChainID())
		waitForHead(t, r, 3)
		var prev common.Hash
		for n := uint64(1); n <= 3; n++ {
			got, err := r.Claim(ctx, n)
			require.NoError(t, err)
			require.Equal(t, wantClaim(t, client, chainID, n), got)
			require.NotEqual(t, prev, got.StateRoot, "activity changes the state root at every block")
			prev = got.StateRoot
		}
		head, err := r.Head(ctx)
		require.NoError(t, err)
		require.LessOrEqual(t, head, tagNumber(t, client, rpc.LatestBlockNumber))
		got, err := r.Claim(ctx, head)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, head), got)
	})

	t.Run("block times match the headers; TargetAt finds the last block at a time", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.HTTPURL(), KindEVM, Latest))
		waitForHead(t, r, 6)
		var times []uint64
		for n := uint64(0); n <= 6; n++ {
			got, err := r.BlockTime(ctx, n)
			require.NoError(t, err)
			h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			require.NoError(t, err)
			require.Equal(t, h.Time, got, "block %d", n)
			times = append(times, got)
		}
		want, ok := lastAtOrBefore(times, times[4])
		require.True(t, ok)
		got, err := TargetAt(ctx, r, times[4], 0)
		require.NoError(t, err)
		require.Equal(t, want, got)
		head, err := r.Head(ctx)
		require.NoError(t, err)
		_, err = r.BlockTime(ctx, head+1_000_000)
		require.ErrorIs(t, err, ErrNotYet)
	})

	t.Run("far above the head is not yet", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.HTTPURL(), KindEVM, Latest))
		head, err := r.Head(ctx)
		require.NoError(t, err)
		_, err = r.Claim(ctx, head+1_000_000)
		require.ErrorIs(t, err, ErrNotYet)
		requireNotYetAboveHead(t, r, client, false)
	})

	t.Run("finalized", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.HTTPURL(), KindEVM, Finalized))
		// The devnet finalizes every 32nd block: wait for the first step.
		waitForHead(t, r, 32)
		head, err := r.Head(ctx)
		require.NoError(t, err)
		require.LessOrEqual(t, head, tagNumber(t, client, rpc.LatestBlockNumber))
		require.Zero(t, head%32, "the devnet finalizes in steps of 32")
		for _, n := range []uint64{1, head - 1, head} {
			got, err := r.Claim(ctx, n)
			require.NoError(t, err)
			require.Equal(t, wantClaim(t, client, chainID, n), got)
		}
		// A block that exists but is not finalized yet is refused.
		bound := requireNotYetAboveHead(t, r, client, true)
		require.Less(t, bound, tagNumber(t, client, rpc.LatestBlockNumber))
		_, err = r.Claim(ctx, bound+1_000_000)
		require.ErrorIs(t, err, ErrNotYet)
	})

	t.Run("safe", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.HTTPURL(), KindEVM, Safe))
		head, err := r.Head(ctx)
		require.NoError(t, err)
		require.LessOrEqual(t, head, tagNumber(t, client, rpc.LatestBlockNumber))
		got, err := r.Claim(ctx, head)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, head), got)
		requireNotYetAboveHead(t, r, client, false)
	})

	t.Run("websocket", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.WSURL(), KindEVM, Latest))
		waitForHead(t, r, 2)
		got, err := r.Claim(ctx, 2)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, 2), got)
	})

	t.Run("wrong chain id", func(t *testing.T) {
		_, err := New(ctx, testConfig(chainID+1, c.HTTPURL(), KindEVM, Latest), zaptest.NewLogger(t))
		require.ErrorIs(t, err, ErrWrongChain)
		require.Contains(t, err.Error(), strconv.Itoa(chainID))
		require.Contains(t, err.Error(), strconv.Itoa(chainID+1))
	})

	t.Run("close is idempotent", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, c.HTTPURL(), KindEVM, Latest))
		r.Close()
		r.Close()
	})
}

func TestNewInvalidConfig(t *testing.T) {
	cfg := testConfig(1, "http://127.0.0.1:8545", KindEVM, "soon")
	_, err := New(context.Background(), cfg, nil)
	require.ErrorIs(t, err, ErrInvalidConfig)
}

// closedPort returns a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return addr
}

func TestNewUnreachable(t *testing.T) {
	addr := closedPort(t)
	for url, named := range map[string]string{
		"http://" + addr: "http://" + addr,
		"ws://" + addr:   "ws://" + addr,
		// An API key in the path stays out of the error.
		"https://" + addr + "/v2/secret-api-key": "https://" + addr + "/…",
	} {
		t.Run(url, func(t *testing.T) {
			cfg := testConfig(1, url, KindEVM, Latest)
			cfg.Timeout = 500 * time.Millisecond
			cfg.Retries = 1
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			start := time.Now()
			_, err := New(ctx, cfg, zaptest.NewLogger(t))
			require.ErrorIs(t, err, ErrUnreachable)
			require.Contains(t, err.Error(), named)
			require.NotContains(t, err.Error(), "secret")
			require.Less(t, time.Since(start), 10*time.Second, "a refused connection fails fast")
		})
	}
}

// TestNewTimeout checks that Timeout bounds each call: the node accepts
// connections and never answers.
func TestNewTimeout(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		conns []net.Conn
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := l.Accept()
			if err != nil {
				return // listener closed
			}
			mu.Lock()
			conns = append(conns, conn)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		require.NoError(t, l.Close())
		wg.Wait()
		for _, conn := range conns {
			conn.Close()
		}
	})

	url := "http://" + l.Addr().String()
	cfg := testConfig(1, url, KindEVM, Latest)
	cfg.Timeout = 200 * time.Millisecond
	cfg.Retries = 1
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	start := time.Now()
	_, err = New(ctx, cfg, zaptest.NewLogger(t))
	require.ErrorIs(t, err, ErrUnreachable)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Contains(t, err.Error(), url)
	require.Less(t, time.Since(start), 20*time.Second, "the per-call timeout, not the context's minute, ended the calls")
	mu.Lock()
	require.Len(t, conns, 2, "one attempt and one retry")
	mu.Unlock()
}

// misbehavingNode is an "eth" JSON-RPC service answering what no devnet
// chain can be made to answer: no safe or finalized block yet (geth's
// error before the consensus client first finalizes), and blocks that are
// not the one asked for or lack a field.
type misbehavingNode struct {
	chainID uint64
	blocks  map[string]map[string]any // by requested number
}

func (n *misbehavingNode) ChainId() hexutil.Uint64 { return hexutil.Uint64(n.chainID) }

func (n *misbehavingNode) GetBlockByNumber(number string, full bool) (map[string]any, error) {
	switch number {
	case "safe", "finalized":
		return nil, fmt.Errorf("%s block not found", number)
	case "latest":
		return nil, errors.New("internal error")
	}
	return n.blocks[number], nil
}

func TestEVMReaderMisbehavingNode(t *testing.T) {
	const chainID = 7
	hash, root := common.HexToHash("0x01"), common.HexToHash("0x02")
	node := &misbehavingNode{chainID: chainID, blocks: map[string]map[string]any{
		"0x5": {"hash": hash, "number": "0x6", "stateRoot": root},
		"0x7": {"hash": hash, "number": "0x7"},
		"0x8": {"hash": hash, "number": "0x8", "stateRoot": root, "extraField": "0xff", "mixHash": "bogus"},
	}}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("eth", node))
	t.Cleanup(srv.Stop)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	ctx := context.Background()

	latest := newReader(t, testConfig(chainID, ts.URL, KindEVM, Latest))
	_, err := latest.Claim(ctx, 5)
	require.ErrorIs(t, err, ErrBadResponse, "block 6 answered for block 5")
	_, err = latest.Claim(ctx, 7)
	require.ErrorIs(t, err, ErrBadResponse, "no state root")
	got, err := latest.Claim(ctx, 8)
	require.NoError(t, err, "unknown and malformed extra fields are ignored")
	require.Equal(t, hash, got.BlockHash)
	require.Equal(t, root, got.StateRoot)
	_, err = latest.Claim(ctx, 9)
	require.ErrorIs(t, err, ErrNotYet, "null block")
	_, err = latest.Head(ctx)
	require.Error(t, err)
	require.NotErrorIs(t, err, ErrNotYet, "an error on latest is an error")

	for _, f := range []Finality{Safe, Finalized} {
		r := newReader(t, testConfig(chainID, ts.URL, KindEVM, f))
		_, err := r.Head(ctx)
		require.ErrorIs(t, err, ErrNotYet, f)
		_, err = r.Claim(ctx, 8)
		require.ErrorIs(t, err, ErrNotYet, f)
	}
}
