package httpserver

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
)

const (
	waitFor = 20 * time.Second // how long a test waits for an outcome at most
	tick    = 5 * time.Millisecond
	// short is the timeout under test: the tests wait for its outcome (a
	// closed connection), they do not time it.
	short = 100 * time.Millisecond
)

// echo reads the whole body and answers its length; a body over the limit
// gets 413.
func echo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_, _ = io.WriteString(w, strings.Repeat("x", len(body)))
}

// start serves echo with limits on a free loopback port until the test
// ends.
func start(t *testing.T, limits Limits) *Server {
	t.Helper()
	srv, err := Listen("test", "127.0.0.1:0", http.HandlerFunc(echo), limits, zaptest.NewLogger(t))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	res := make(chan error, 1)
	go func() { res <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-res)
	})
	return srv
}

func dial(t *testing.T, srv *Server) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", srv.Addr())
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// requireClosedByServer reads until the server closes c (whatever it
// answered before) and fails when c is still open after waitFor.
func requireClosedByServer(t *testing.T, c net.Conn) {
	t.Helper()
	require.NoError(t, c.SetReadDeadline(time.Now().Add(waitFor)))
	_, err := io.Copy(io.Discard, c)
	require.False(t, errors.Is(err, os.ErrDeadlineExceeded), "the server kept the connection open")
}

func TestListenFailsFastOnPortInUse(t *testing.T) {
	srv := start(t, DefaultLimits())
	_, err := Listen("metrics", srv.Addr(), http.NotFoundHandler(), DefaultLimits(), nil)
	require.ErrorContains(t, err, "metrics: listen on "+srv.Addr())
}

func TestLimitsCheck(t *testing.T) {
	require.NoError(t, DefaultLimits().Check())
	for name, change := range map[string]func(*Limits){
		"read-header timeout": func(l *Limits) { l.ReadHeaderTimeout = 0 },
		"read timeout":        func(l *Limits) { l.ReadTimeout = 0 },
		"write timeout":       func(l *Limits) { l.WriteTimeout = -1 },
		"idle timeout":        func(l *Limits) { l.IdleTimeout = 0 },
		"max header bytes":    func(l *Limits) { l.MaxHeaderBytes = 0 },
		"max body bytes":      func(l *Limits) { l.MaxBodyBytes = 0 },
		"max connections":     func(l *Limits) { l.MaxConns = 0 },
	} {
		l := DefaultLimits()
		change(&l)
		err := l.Check()
		require.ErrorIs(t, err, ErrInvalidLimits, name)
		require.ErrorContains(t, err, name)
		_, err = Listen("x", "127.0.0.1:0", http.NotFoundHandler(), l, nil)
		require.ErrorIs(t, err, ErrInvalidLimits, name)
	}
}

func TestBodyLimit(t *testing.T) {
	l := DefaultLimits()
	l.MaxBodyBytes = 1024
	srv := start(t, l)
	post := func(n int) (int, string) {
		resp, err := http.Post(srv.URL(), "text/plain", strings.NewReader(strings.Repeat("a", n)))
		require.NoError(t, err)
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp.StatusCode, string(body)
	}
	code, body := post(1024)
	require.Equal(t, http.StatusOK, code)
	require.Len(t, body, 1024)
	code, body = post(1025)
	require.Equal(t, http.StatusRequestEntityTooLarge, code)
	require.Contains(t, body, "body too large")
}

func TestSlowHeadersClosed(t *testing.T) {
	l := DefaultLimits()
	l.ReadHeaderTimeout = short
	srv := start(t, l)
	c := dial(t, srv)
	_, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n") // never ends its headers
	require.NoError(t, err)
	requireClosedByServer(t, c)
}

func TestSlowBodyClosed(t *testing.T) {
	l := DefaultLimits()
	l.ReadTimeout = short
	srv := start(t, l)
	c := dial(t, srv)
	_, err := io.WriteString(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a few bytes")
	require.NoError(t, err)
	requireClosedByServer(t, c)
}

func TestIdleConnectionClosed(t *testing.T) {
	l := DefaultLimits()
	l.IdleTimeout = short
	srv := start(t, l)
	c := dial(t, srv)
	_, err := io.WriteString(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.False(t, resp.Close, "a keep-alive connection")
	_, _ = io.Copy(io.Discard, resp.Body)
	requireClosedByServer(t, c) // no second request: closed as idle
}

func TestConnectionCap(t *testing.T) {
	l := DefaultLimits()
	l.MaxConns = 2
	srv := start(t, l)
	held := []net.Conn{dial(t, srv), dial(t, srv)}
	require.Eventually(t, func() bool { return srv.OpenConns() == 2 }, waitFor, tick)

	over := dial(t, srv)
	requireClosedByServer(t, over) // closed at once, not queued
	// The counter moves right after the close the client saw.
	require.Eventually(t, func() bool { return srv.Rejected() == 1 }, waitFor, tick)
	require.Equal(t, 2, srv.OpenConns())

	// A slot freed is a slot for the next client.
	require.NoError(t, held[0].Close())
	require.Eventually(t, func() bool {
		resp, err := http.Get(srv.URL())
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, waitFor, tick)
}

func TestShutdownEndsRun(t *testing.T) {
	srv, err := Listen("test", "127.0.0.1:0", http.HandlerFunc(echo), DefaultLimits(), nil)
	require.NoError(t, err)
	res := make(chan error, 1)
	go func() { res <- srv.Run(context.Background()) }()
	require.Eventually(t, func() bool {
		resp, err := http.Get(srv.URL())
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	}, waitFor, tick)
	require.NoError(t, srv.Shutdown(context.Background()))
	require.NoError(t, <-res)
	_, err = net.Dial("tcp", srv.Addr())
	require.Error(t, err, "the port is released")
	require.NoError(t, srv.Shutdown(context.Background()), "idempotent")
}

func TestShutdownWithoutRunReleasesPort(t *testing.T) {
	srv, err := Listen("test", "127.0.0.1:0", http.NotFoundHandler(), DefaultLimits(), nil)
	require.NoError(t, err)
	addr := srv.Addr()
	require.NoError(t, srv.Shutdown(context.Background()))
	again, err := Listen("test", addr, http.NotFoundHandler(), DefaultLimits(), nil)
	require.NoError(t, err, "the port is free again")
	require.NoError(t, again.Shutdown(context.Background()))
}

func TestCheckAddr(t *testing.T) {
	for _, ok := range []string{"127.0.0.1:0", "0.0.0.0:9091", "[::1]:65535", ":8090"} {
		require.NoError(t, CheckAddr(ok), ok)
	}
	for _, bad := range []string{"", "9091", "127.0.0.1", "127.0.0.1:http", "127.0.0.1:70000", "127.0.0.1:-1"} {
		require.Error(t, CheckAddr(bad), bad)
	}
	require.True(t, SameAddr("127.0.0.1:9010", "127.0.0.1:9010"))
	require.False(t, SameAddr("127.0.0.1:0", "127.0.0.1:0"), "two system-chosen ports do not collide")
	require.False(t, SameAddr("127.0.0.1:9010", "127.0.0.1:9011"))
}
