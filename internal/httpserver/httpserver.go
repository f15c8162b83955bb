// Package httpserver is the one HTTP server every rollcall daemon runs its
// endpoints on (the aggregator's JSON-RPC, the operator's node API, the
// metrics of both). Listen binds at once, so that a port in use fails the
// daemon's start-up; Run serves under the owner's errgroup until its
// context ends; Shutdown drains it within the caller's deadline.
//
// Every server is bounded against a hostile or broken peer: header, read,
// write and idle timeouts, a header and a body size limit, and a cap on
// open connections (connections over the cap are closed at once rather
// than queued, so that a flood cannot hold the accept backlog).
package httpserver

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.uber.org/zap"
)

// Limits bound what one peer can make a server wait for or allocate.
// Zero durations and sizes are not "no limit": use DefaultLimits and
// change what differs.
type Limits struct {
	// ReadHeaderTimeout bounds reading a request's headers.
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole request, body included: a peer
	// that sends its body slowly is cut off.
	ReadTimeout time.Duration
	// WriteTimeout bounds the time from the end of the request headers to
	// the end of the response.
	WriteTimeout time.Duration
	// IdleTimeout closes a keep-alive connection with no request.
	IdleTimeout time.Duration
	// MaxHeaderBytes bounds the request headers.
	MaxHeaderBytes int
	// MaxBodyBytes bounds a request body: reading past it fails.
	MaxBodyBytes int64
	// MaxConns caps open connections; the ones over the cap are closed
	// as soon as they are accepted.
	MaxConns int
}

// Default limits: generous for the operators and scrapers that talk to a
// daemon, small enough that hundreds of hostile connections cost little.
const (
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 30 * time.Second
	DefaultWriteTimeout      = 30 * time.Second
	DefaultIdleTimeout       = 60 * time.Second
	DefaultMaxHeaderBytes    = 16 * 1024
	DefaultMaxBodyBytes      = 1 << 20
	DefaultMaxConns          = 256
)

// DefaultLimits are the limits of a server unless its owner says otherwise.
func DefaultLimits() Limits {
	return Limits{
		ReadHeaderTimeout: DefaultReadHeaderTimeout,
		ReadTimeout:       DefaultReadTimeout,
		WriteTimeout:      DefaultWriteTimeout,
		IdleTimeout:       DefaultIdleTimeout,
		MaxHeaderBytes:    DefaultMaxHeaderBytes,
		MaxBodyBytes:      DefaultMaxBodyBytes,
		MaxConns:          DefaultMaxConns,
	}
}

// ErrInvalidLimits is wrapped by Check's errors.
var ErrInvalidLimits = errors.New("invalid HTTP server limits")

// Check says which limit is missing: every one must be positive.
func (l Limits) Check() error {
	for _, f := range []struct {
		name string
		ok   bool
	}{
		{"read-header timeout", l.ReadHeaderTimeout > 0},
		{"read timeout", l.ReadTimeout > 0},
		{"write timeout", l.WriteTimeout > 0},
		{"idle timeout", l.IdleTimeout > 0},
		{"max header bytes", l.MaxHeaderBytes > 0},
		{"max body bytes", l.MaxBodyBytes > 0},
		{"max connections", l.MaxConns > 0},
	} {
		if !f.ok {
			return fmt.Errorf("%w: %s must be positive", ErrInvalidLimits, f.name)
		}
	}
	return nil
}

// Server is one bound HTTP server.
type Server struct {
	name string
	ln   *limitListener
	srv  *http.Server
	log  *zap.Logger

	mu     sync.Mutex
	served bool
}

// Listen binds addr and prepares a server of h with limits; name says what
// it serves in errors and logs ("metrics", "node API", "JSON-RPC"). Nothing
// is served until Run.
func Listen(name, addr string, h http.Handler, limits Limits, log *zap.Logger) (*Server, error) {
	if err := limits.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if log == nil {
		log = zap.NewNop()
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s: listen on %s: %w", name, addr, err)
	}
	return &Server{
		name: name,
		ln:   newLimitListener(ln, limits.MaxConns),
		log:  log,
		srv: &http.Server{
			Handler:           http.MaxBytesHandler(h, limits.MaxBodyBytes),
			ReadHeaderTimeout: limits.ReadHeaderTimeout,
			ReadTimeout:       limits.ReadTimeout,
			WriteTimeout:      limits.WriteTimeout,
			IdleTimeout:       limits.IdleTimeout,
			MaxHeaderBytes:    limits.MaxHeaderBytes,
			ErrorLog:          zap.NewStdLog(log.Named(name)),
		},
	}, nil
}

// Addr is the bound address (host:port).
func (s *Server) Addr() string { return s.ln.Addr().String() }

// URL is http://Addr.
func (s *Server) URL() string { return "http://" + s.Addr() }

// Run serves until ctx ends (then closes every connection at once) or
// Shutdown. It returns nil when it was stopped and the serving error
// otherwise; run it in the owner's errgroup.
func (s *Server) Run(ctx context.Context) error {
	s.mu.Lock()
	s.served = true
	s.mu.Unlock()
	s.log.Info(s.name+" listening", zap.String("url", s.URL()))
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		select {
		case <-ctx.Done():
			_ = s.srv.Close()
		case <-stop:
		}
	})
	err := s.srv.Serve(s.ln)
	close(stop)
	wg.Wait()
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return fmt.Errorf("%s server: %w", s.name, err)
}

// Shutdown stops accepting, lets requests in flight finish until ctx ends
// and closes the listener (also when Run never ran). Idempotent.
func (s *Server) Shutdown(ctx context.Context) error {
	err := s.srv.Shutdown(ctx)
	s.mu.Lock()
	served := s.served
	s.mu.Unlock()
	if !served {
		_ = s.ln.Close() // Shutdown only closes listeners Serve was given
	}
	if err != nil {
		return fmt.Errorf("%s: shut down: %w", s.name, err)
	}
	return nil
}

// Rejected is how many connections were closed for going over MaxConns.
func (s *Server) Rejected() uint64 { return s.ln.rejectedCount() }

// OpenConns is how many connections are open now.
func (s *Server) OpenConns() int { return len(s.ln.slots) }

// MetricsHandler serves GET /metrics from reg: the handler of every
// daemon's metrics server.
func MetricsHandler(reg *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	return mux
}

// CheckAddr checks a listen address of a daemon's config: host:port with
// a port in 0-65535 (0: the system picks one). Both daemons' configs check
// their server addresses with it.
func CheckAddr(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%q is not host:port", addr)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("%q has an invalid port", addr)
	}
	return nil
}

// SameAddr reports whether two configured addresses would collide: equal
// and not both system-chosen.
func SameAddr(a, b string) bool {
	_, port, err := net.SplitHostPort(a)
	return err == nil && port != "0" && a == b
}
