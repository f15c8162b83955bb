// Package faultproxy is test support: an HTTP proxy that the fault tests put
// in front of an L1 or rollup JSON-RPC node to make it fail on demand —
// refuse connections, hang, answer HTTP 500, or answer late — and heal
// again. The daemons under test only ever see a URL, as in production.
package faultproxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
)

// Mode is how the proxy treats requests.
type Mode int32

const (
	// Pass forwards every request to the target.
	Pass Mode = iota
	// Refuse closes the listening socket: connections are refused.
	Refuse
	// Hang accepts requests and never answers (until the mode changes or
	// the proxy closes).
	Hang
	// Error answers every request with HTTP 500.
	Error
	// Delay forwards every request after the configured delay.
	Delay
)

func (m Mode) String() string {
	return [...]string{"pass", "refuse", "hang", "error", "delay"}[m]
}

// Proxy is one faulty hop in front of a target URL.
type Proxy struct {
	addr   string
	target *url.URL
	proxy  *httputil.ReverseProxy

	mode  atomic.Int32
	delay atomic.Int64 // nanoseconds, for Delay

	mu       sync.Mutex
	listener net.Listener
	srv      *http.Server
	healed   chan struct{} // closed when a Hang ends
	served   sync.WaitGroup
	closed   bool
	requests atomic.Int64

	callsMu sync.Mutex
	calls   map[string]int64 // JSON-RPC calls that reached the proxy, by method
}

// Start listens on 127.0.0.1 (a free port) and forwards to target.
func Start(target string) (*Proxy, error) {
	u, err := url.Parse(target)
	if err != nil {
		return nil, fmt.Errorf("faultproxy: target %q: %w", target, err)
	}
	p := &Proxy{target: u, healed: make(chan struct{})}
	p.proxy = httputil.NewSingleHostReverseProxy(u)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p.addr = l.Addr().String()
	p.serve(l)
	return p, nil
}

// URL is the proxy's address, to give the daemon instead of the target's.
func (p *Proxy) URL() string { return "http://" + p.addr }

// Requests counts the requests that reached the proxy.
func (p *Proxy) Requests() int64 { return p.requests.Load() }

// Calls counts the JSON-RPC calls of method that reached the proxy (each
// call of a batch counts), whatever the mode did with them.
func (p *Proxy) Calls(method string) int64 {
	p.callsMu.Lock()
	defer p.callsMu.Unlock()
	return p.calls[method]
}

// maxCountedBody bounds the request body read to count its calls.
const maxCountedBody = 4 << 20

// countCalls notes the methods of a JSON-RPC request (one call or a
// batch) and puts the body back for forwarding.
func (p *Proxy) countCalls(r *http.Request) {
	if r.Body == nil {
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxCountedBody))
	_ = r.Body.Close()
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil {
		return
	}
	type call struct {
		Method string `json:"method"`
	}
	var calls []call
	if err := json.Unmarshal(body, &calls); err != nil {
		var one call
		if json.Unmarshal(body, &one) != nil {
			return
		}
		calls = []call{one}
	}
	p.callsMu.Lock()
	defer p.callsMu.Unlock()
	if p.calls == nil {
		p.calls = map[string]int64{}
	}
	for _, c := range calls {
		p.calls[c.Method]++
	}
}

// Set switches the mode. Refuse closes the listener; leaving it re-opens
// the same address. Leaving Hang releases the requests it held.
func (p *Proxy) Set(m Mode) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return errors.New("faultproxy: closed")
	}
	old := Mode(p.mode.Swap(int32(m)))
	if old == Hang && m != Hang {
		close(p.healed)
		p.healed = make(chan struct{})
	}
	switch {
	case m == Refuse && p.listener != nil:
		_ = p.srv.Close()
		p.listener, p.srv = nil, nil
	case m != Refuse && p.listener == nil:
		l, err := net.Listen("tcp", p.addr)
		if err != nil {
			return fmt.Errorf("faultproxy: re-open %s: %w", p.addr, err)
		}
		p.serveLocked(l)
	}
	return nil
}

// SetDelay sets the delay of Delay mode.
func (p *Proxy) SetDelay(d time.Duration) { p.delay.Store(int64(d)) }

// Close stops the proxy and releases held requests.
func (p *Proxy) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	if Mode(p.mode.Load()) == Hang {
		close(p.healed)
	}
	var err error
	if p.srv != nil {
		err = p.srv.Close()
	}
	p.mu.Unlock()
	p.served.Wait()
	return err
}

func (p *Proxy) serve(l net.Listener) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.serveLocked(l)
}

func (p *Proxy) serveLocked(l net.Listener) {
	srv := &http.Server{Handler: http.HandlerFunc(p.handle), ReadHeaderTimeout: 10 * time.Second}
	p.listener, p.srv = l, srv
	p.served.Add(1)
	go func() {
		defer p.served.Done()
		_ = srv.Serve(l)
	}()
}

func (p *Proxy) handle(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	p.countCalls(r)
	switch Mode(p.mode.Load()) {
	case Hang:
		p.mu.Lock()
		healed := p.healed
		p.mu.Unlock()
		select {
		case <-healed:
		case <-r.Context().Done():
			return
		}
	case Error:
		http.Error(w, "injected fault", http.StatusInternalServerError)
		return
	case Delay:
		t := time.NewTimer(time.Duration(p.delay.Load()))
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return
		}
	}
	r = r.WithContext(context.WithoutCancel(r.Context()))
	p.proxy.ServeHTTP(w, r)
}
