package api

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestClientCallTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-release }))
	defer srv.Close()
	defer close(release)
	c, err := Dial(context.Background(), srv.URL, WithCallTimeout(100*time.Millisecond))
	require.NoError(t, err)
	defer c.Close()
	start := time.Now()
	_, err = c.OpenRound(context.Background())
	require.Error(t, err)
	require.Less(t, time.Since(start), 5*time.Second)
	require.Zero(t, ErrorCode(err), "a timeout is an error of transport")
}

func TestClientErrorsRedactURL(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	c, err := Dial(context.Background(), "http://"+addr+"/secret-api-key", WithCallTimeout(5*time.Second))
	require.NoError(t, err)
	defer c.Close()
	_, err = c.ListRounds(context.Background(), ListRoundsRequest{Limit: 1})
	require.Error(t, err)
	require.NotContains(t, err.Error(), "secret-api-key")
	require.Contains(t, err.Error(), "http://"+addr+"/…")
}
