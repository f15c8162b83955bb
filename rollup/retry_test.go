package rollup

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
)

// flakyProxy answers 502 Bad Gateway to its next `failures` requests, then
// proxies to the chain.
type flakyProxy struct {
	failures atomic.Int64
	requests atomic.Int64
	proxy    http.Handler
}

func (p *flakyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	if p.failures.Add(-1) >= 0 {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	p.proxy.ServeHTTP(w, r)
}

func startFlakyProxy(t *testing.T, target string) (*flakyProxy, string) {
	t.Helper()
	u, err := url.Parse(target)
	require.NoError(t, err)
	p := &flakyProxy{proxy: httputil.NewSingleHostReverseProxy(u)}
	srv := httptest.NewServer(p)
	t.Cleanup(srv.Close)
	return p, srv.URL
}

func TestRetries(t *testing.T) {
	const chainID = 515151
	c := startChain(t, chainID)
	client := dial(t, c.HTTPURL())
	waitForBlock(t, client, 2)
	p, proxyURL := startFlakyProxy(t, c.HTTPURL())
	ctx := context.Background()

	t.Run("transport failures are retried", func(t *testing.T) {
		cfg := testConfig(chainID, proxyURL, KindEVM, Latest)
		cfg.Retries = 3
		p.failures.Store(2)
		p.requests.Store(0)
		r := newReader(t, cfg) // eth_chainId: 502, 502, then the chain
		require.Equal(t, int64(3), p.requests.Load())

		p.failures.Store(2)
		p.requests.Store(0)
		got, err := r.Claim(ctx, 2)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, 2), got)
		require.Equal(t, int64(3), p.requests.Load())
	})

	t.Run("without retries the first failure is returned", func(t *testing.T) {
		cfg := testConfig(chainID, proxyURL, KindEVM, Latest)
		cfg.Retries = 0
		p.failures.Store(2)
		p.requests.Store(0)
		_, err := New(ctx, cfg, zaptest.NewLogger(t))
		require.ErrorIs(t, err, ErrUnreachable)
		require.Contains(t, err.Error(), "502")
		require.Equal(t, int64(1), p.requests.Load())

		p.failures.Store(0)
		r := newReader(t, cfg)
		p.failures.Store(1)
		_, err = r.Claim(ctx, 2)
		require.ErrorContains(t, err, "502")
		require.NotErrorIs(t, err, ErrNotYet)
	})

	t.Run("more failures than retries", func(t *testing.T) {
		cfg := testConfig(chainID, proxyURL, KindEVM, Latest)
		cfg.Retries = 2
		p.failures.Store(3)
		p.requests.Store(0)
		_, err := New(ctx, cfg, zaptest.NewLogger(t))
		require.ErrorIs(t, err, ErrUnreachable)
		require.Equal(t, int64(3), p.requests.Load(), "one attempt and two retries")
	})

	t.Run("not yet is never retried", func(t *testing.T) {
		p.failures.Store(0)
		for _, f := range []Finality{Latest, Finalized} {
			cfg := testConfig(chainID, proxyURL, KindEVM, f)
			cfg.Retries = 3
			r := newReader(t, cfg)
			p.requests.Store(0)
			_, err := r.Claim(ctx, 1_000_000)
			require.ErrorIs(t, err, ErrNotYet, f)
			require.Equal(t, int64(1), p.requests.Load(), f)
		}
	})

	t.Run("an error answered by the node is not retried", func(t *testing.T) {
		// op-node answers an error for a block it lacks; the reader then
		// asks its sync status once and reports "not yet".
		_, opURL := startOPNode(t, client, chainID)
		op, opProxyURL := startFlakyProxy(t, opURL)
		cfg := testConfig(chainID, opProxyURL, KindOPStack, Latest)
		cfg.Retries = 3
		r := newReader(t, cfg)
		op.requests.Store(0)
		_, err := r.Claim(ctx, 1_000_000)
		require.ErrorIs(t, err, ErrNotYet)
		require.Equal(t, int64(2), op.requests.Load(), "optimism_outputAtBlock, then optimism_syncStatus")
	})
}
