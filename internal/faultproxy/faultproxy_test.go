package faultproxy

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestModes(t *testing.T) {
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, "ok")
	}))
	defer target.Close()
	p, err := Start(target.URL)
	require.NoError(t, err)
	defer p.Close()

	get := func(timeout time.Duration) (int, string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.URL(), nil)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, "", err
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b), nil
	}

	code, body, err := get(5 * time.Second)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, code)
	require.Equal(t, "ok", body)

	require.NoError(t, p.Set(Error))
	code, _, err = get(5 * time.Second)
	require.NoError(t, err)
	require.Equal(t, http.StatusInternalServerError, code)

	require.NoError(t, p.Set(Refuse))
	_, _, err = get(5 * time.Second)
	require.True(t, errors.Is(err, syscall.ECONNREFUSED), "want connection refused, got %v", err)

	require.NoError(t, p.Set(Hang))
	_, _, err = get(300 * time.Millisecond)
	require.ErrorIs(t, err, context.DeadlineExceeded)

	// A request held by Hang is answered once the proxy heals.
	seen := p.Requests()
	done := make(chan int, 1)
	go func() {
		code, _, _ := get(10 * time.Second)
		done <- code
	}()
	require.Eventually(t, func() bool { return p.Requests() > seen }, 5*time.Second, 10*time.Millisecond)
	require.NoError(t, p.Set(Pass))
	require.Equal(t, http.StatusOK, <-done)

	p.SetDelay(time.Second)
	require.NoError(t, p.Set(Delay))
	_, _, err = get(200 * time.Millisecond)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	code, _, err = get(5 * time.Second)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, code)
}

func TestCallsByMethod(t *testing.T) {
	var forwarded []string
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		forwarded = append(forwarded, string(b))
		_, _ = io.WriteString(w, "{}")
	}))
	defer target.Close()
	p, err := Start(target.URL)
	require.NoError(t, err)
	defer p.Close()
	post := func(body string) {
		res, err := http.Post(p.URL(), "application/json", strings.NewReader(body))
		require.NoError(t, err)
		res.Body.Close()
	}
	one := `{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[]}`
	post(one)
	post(`[{"jsonrpc":"2.0","id":1,"method":"eth_call"},{"jsonrpc":"2.0","id":2,"method":"eth_blockNumber"}]`)
	require.NoError(t, p.Set(Error))
	post(`{"jsonrpc":"2.0","id":3,"method":"eth_call"}`) // counted, not forwarded
	post(`not json`)
	require.Equal(t, int64(3), p.Calls("eth_call"))
	require.Equal(t, int64(1), p.Calls("eth_blockNumber"))
	require.Zero(t, p.Calls("eth_chainId"))
	require.Equal(t, one, forwarded[0], "the body is forwarded whole")
	require.Len(t, forwarded, 2)
}
