// Package relay is `rollcall relay`: a daemon that carries what
// rollcall's restaked quorum signed — operator tables and checkpoints — to
// every rollup's CertificateVerifier and RollupRegistry (docs/rollups.md).
//
// It is separate from the aggregator on purpose: a slow or down rollup
// never delays L1 posting or signature intake, a relay can be replicated
// and run by anyone with gas on the rollups, it holds rollup keys the
// aggregator need not have, and it trusts nothing it delivers: every
// certificate is rebuilt against the destination's own table and verified
// locally before it is sent.
//
// One worker per destination chain (a failing chain never blocks the
// others) does, each pass: read the destination's current table; deliver
// every certified table newer than it, oldest first (updateTable, the
// certificate built from the table signers the destination's current table
// knows); then the newest quorum checkpoint, then older undelivered ones
// down to the backfill depth, each certificate built from the signers the
// destination's table knows and skipped (counted) when they do not reach
// its threshold. Every send is recorded (bbolt) before it goes out and
// resolved from the destination after a crash, so a kill -9 loses and
// duplicates nothing.
package relay

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
)

// Service is a running relay.
type Service struct {
	cfg  Config
	dep  *deploy.Deployment
	key  *ecdsa.PrivateKey
	log  *zap.Logger
	opts options

	dsts     []Destination
	l1       *ethclient.Client
	store    *Store
	feed     *feed
	workers  []*worker
	metrics  Metrics
	nodeSrv  *httpserver.Server
	metricSv *httpserver.Server

	mu       sync.Mutex
	pollErr  string
	polledAt int64

	tasks     *lifecycle.Tasks
	startOnce atomic.Bool
	stopOnce  lifecycle.Once
	done      chan struct{}
}

var _ lifecycle.Service = (*Service)(nil)

// ErrStarted is returned by a second Start, and by Start after Stop.
var ErrStarted = errors.New("relay: Start called twice, or after Stop")

// Option changes what New builds the relay from (tests).
type Option func(*options)

type options struct {
	source Source
	tables TableSource
}

// WithSource reads rounds from src instead of dialing cfg.Aggregators.
func WithSource(src Source) Option { return func(o *options) { o.source = src } }

// WithTables computes tables with src instead of from the L1 client.
func WithTables(src TableSource) Option { return func(o *options) { o.tables = src } }

// Destinations are the rollups of dep the relay delivers to: every one with
// a registry and a verifier, or only those of only (when not empty); urls
// override their rpcUrl.
func Destinations(dep *deploy.Deployment, only []uint64, urls map[uint64]string) ([]Destination, error) {
	var out []Destination
	for _, r := range dep.Rollups {
		if len(only) > 0 && !slices.Contains(only, r.ChainID) {
			continue
		}
		c := r.Contracts
		if c.Registry == (common.Address{}) || c.CertificateVerifier == (common.Address{}) {
			if len(only) > 0 {
				return nil, fmt.Errorf("rollup %d has no contracts.registry or contracts.certificateVerifier in the deployment", r.ChainID)
			}
			continue
		}
		d := Destination{ChainID: r.ChainID, RPCURL: r.RPCURL, Registry: c.Registry, CertificateVerifier: c.CertificateVerifier}
		if u, ok := urls[r.ChainID]; ok {
			d.RPCURL = u
		}
		out = append(out, d)
	}
	for _, id := range only {
		if !slices.ContainsFunc(out, func(d Destination) bool { return d.ChainID == id }) {
			return nil, fmt.Errorf("destination %d is not a rollup of the deployment", id)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no destination: no rollup of the deployment has a registry and a certificate verifier")
	}
	return out, nil
}

// New checks the configuration and the destinations; Start does the work.
func New(cfg Config, dep *deploy.Deployment, key *ecdsa.PrivateKey, log *zap.Logger, opts ...Option) (*Service, error) {
	if dep == nil {
		return nil, errors.New("relay: a deployment is required")
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, errors.New("relay: an ECDSA key is required to pay on the rollups")
	}
	if log == nil {
		log = zap.NewNop()
	}
	dsts, err := Destinations(dep, cfg.Destinations, cfg.RPCOverrides)
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, dep: dep, key: key, log: log, dsts: dsts, done: make(chan struct{})}
	for _, o := range opts {
		o(&s.opts)
	}
	s.metrics = NoopMetrics{}
	if cfg.Metrics != "" {
		ids := make([]uint64, len(dsts))
		for i, d := range dsts {
			ids[i] = d.ChainID
		}
		s.metrics = NewMetrics(ids)
	}
	return s, nil
}

// Start connects to L1 and the aggregator(s), opens the store, starts the
// servers, the poller and one worker per destination. A destination that
// does not answer yet is retried by its worker; it does not fail Start.
func (s *Service) Start(ctx context.Context) (err error) {
	if !s.startOnce.CompareAndSwap(false, true) {
		return ErrStarted
	}
	defer func() {
		if err != nil {
			_ = s.Stop(context.Background())
		}
	}()
	tables := s.opts.tables
	if tables == nil {
		l1URL := s.cfg.L1RPC
		if l1URL == "" {
			l1URL = s.dep.L1.RPCURL
		}
		if s.l1, err = chainio.DialL1(ctx, l1URL, s.dep.L1.ChainID); err != nil {
			return err
		}
		tables = L1Tables(s.l1, s.dep)
	}
	src := s.opts.source
	if src == nil {
		var ms multiSource
		for _, u := range s.cfg.Aggregators {
			c, err := api.Dial(ctx, u)
			if err != nil {
				return fmt.Errorf("aggregator %s: %w", u, err)
			}
			ms = append(ms, c)
		}
		src = ms
	}
	if s.store, err = OpenStore(s.cfg.DataDir); err != nil {
		return err
	}
	s.feed = newFeed(src, s.dep.L1.ChainID, s.dep.AVS.Registry, s.cfg.Backfill, s.metrics, s.log.Named("feed"))
	cache := newTableCache(tables)
	for _, d := range s.dsts {
		s.workers = append(s.workers, &worker{
			dst: d, key: s.key, from: keyAddress(s.key), feed: s.feed, tables: cache, store: s.store, metrics: s.metrics,
			log: s.log.With(zap.Uint64("chain", d.ChainID)), backfill: s.cfg.Backfill,
			l1Chain: s.dep.L1.ChainID, l1Reg: s.dep.AVS.Registry,
			txOpts:     chainio.TxManagerOptions{ReceiptPoll: s.cfg.ReceiptPoll, ConfirmationTimeout: s.cfg.ConfirmationTimeout},
			rpcTimeout: s.cfg.RPCTimeout,
			skipLogged: map[string]bool{},
		})
	}
	if s.cfg.NodeAPI != "" {
		if s.nodeSrv, err = httpserver.Listen("node API", s.cfg.NodeAPI, s.nodeHandler(), httpserver.DefaultLimits(), s.log); err != nil {
			return err
		}
	}
	if pm, ok := s.metrics.(*PromMetrics); ok {
		if s.metricSv, err = httpserver.Listen("metrics", s.cfg.Metrics, httpserver.MetricsHandler(pm.Registry()), httpserver.DefaultLimits(), s.log); err != nil {
			return err
		}
	}
	s.log.Info("relay starting", zap.Int("destinations", len(s.dsts)), zap.Int("backfill", s.cfg.Backfill),
		zap.Stringer("from", keyAddress(s.key)))

	ticks := make([]chan struct{}, len(s.workers))
	tasks := []lifecycle.Task{}
	for i, w := range s.workers {
		ticks[i] = make(chan struct{}, 1)
		tasks = append(tasks, func(ctx context.Context) error { w.run(ctx, ticks[i]); return nil })
	}
	tasks = append(tasks, func(ctx context.Context) error { s.pollLoop(ctx, ticks); return nil })
	for _, srv := range []*httpserver.Server{s.nodeSrv, s.metricSv} {
		if srv != nil {
			tasks = append(tasks, srv.Run)
		}
	}
	s.tasks = lifecycle.Go(s.closeAll, tasks...)
	return nil
}

// pollLoop polls the aggregator every cfg.Poll and wakes every worker
// after each poll (workers also retry a destination that failed).
func (s *Service) pollLoop(ctx context.Context, ticks []chan struct{}) {
	t := time.NewTicker(s.cfg.Poll)
	defer t.Stop()
	for {
		err := s.feed.poll(ctx)
		if ctx.Err() != nil {
			return
		}
		s.metrics.Poll(err == nil)
		s.mu.Lock()
		if err != nil {
			s.pollErr = err.Error()
		} else {
			s.pollErr, s.polledAt = "", time.Now().UnixMilli()
		}
		s.mu.Unlock()
		if err != nil {
			s.log.Warn("aggregator poll failed", zap.Error(err))
		}
		for _, c := range ticks {
			select {
			case c <- struct{}{}:
			default: // the worker is still busy: it gets the next one
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// closeAll runs after every task has returned.
func (s *Service) closeAll() error {
	var errs []error
	for _, w := range s.workers {
		w.close()
	}
	if s.store != nil {
		errs = append(errs, s.store.Close())
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	return errors.Join(errs...)
}

// Stop ends the loops and servers and closes the store.
func (s *Service) Stop(ctx context.Context) error {
	return s.stopOnce.Do(func() error {
		if s.tasks == nil {
			close(s.done)
			return s.closeAll()
		}
		var errs []error
		for _, srv := range []*httpserver.Server{s.nodeSrv, s.metricSv} {
			if srv != nil {
				errs = append(errs, srv.Shutdown(ctx))
			}
		}
		errs = append(errs, s.tasks.Stop(ctx))
		return errors.Join(errs...)
	})
}

// Done is closed when the relay has stopped.
func (s *Service) Done() <-chan struct{} {
	if s.tasks != nil {
		return s.tasks.Done()
	}
	return s.done
}

// Err is why the relay stopped (nil after a clean Stop).
func (s *Service) Err() error {
	if s.tasks != nil {
		return s.tasks.Err()
	}
	return nil
}

// NodeAPIAddr is the node API's address ("" when off).
func (s *Service) NodeAPIAddr() string {
	if s.nodeSrv == nil {
		return ""
	}
	return s.nodeSrv.Addr()
}

// MetricsAddr is the metrics server's address ("" when off).
func (s *Service) MetricsAddr() string {
	if s.metricSv == nil {
		return ""
	}
	return s.metricSv.Addr()
}

// Metrics are the relay's metrics (NoopMetrics when off).
func (s *Service) Metrics() Metrics { return s.metrics }

// Health is the body of GET /eigen/node/health.
type Health struct {
	// Status: "healthy" (aggregator answering, every destination passing),
	// "partially healthy" (some destinations failing or stale) or
	// "unhealthy" (the aggregator is not answering, or no destination
	// passes).
	Status       string                       `json:"status"`
	Aggregator   string                       `json:"aggregator"` // "up" or the last error
	Destinations map[uint64]destinationHealth `json:"destinations"`
}

// Health reports the relay's state.
func (s *Service) Health() Health {
	h := Health{Aggregator: "up", Destinations: map[uint64]destinationHealth{}}
	s.mu.Lock()
	if s.pollErr != "" || s.polledAt == 0 {
		h.Aggregator = "not answering"
		if s.pollErr != "" {
			h.Aggregator = s.pollErr
		}
	}
	s.mu.Unlock()
	good := 0
	for _, w := range s.workers {
		d := w.healthSnapshot()
		h.Destinations[w.dst.ChainID] = d
		if d.Connected && d.LastError == "" && d.LastPassAt != 0 && !d.Stale {
			good++
		}
	}
	switch {
	case h.Aggregator != "up" || good == 0:
		h.Status = "unhealthy"
	case good < len(s.workers):
		h.Status = "partially healthy"
	default:
		h.Status = "healthy"
	}
	return h
}

// NodeName is the node_name of GET /eigen/node.
const NodeName = "rollcall-relay"

// nodeHandler serves the EigenLayer node API's node and health endpoints:
//
//	GET /eigen/node          {"node_name","node_version","spec_version"}
//	GET /eigen/node/health   200 healthy, 206 partially healthy, 503 unhealthy (body: Health)
func (s *Service) nodeHandler() http.Handler {
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, code int, body any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(body)
	}
	mux.HandleFunc("GET /eigen/node", func(w http.ResponseWriter, _ *http.Request) {
		reply(w, http.StatusOK, map[string]string{"node_name": NodeName, "node_version": "v0", "spec_version": "v0.0.1"})
	})
	mux.HandleFunc("GET /eigen/node/health", func(w http.ResponseWriter, _ *http.Request) {
		h := s.Health()
		code := http.StatusOK
		switch h.Status {
		case "partially healthy":
			code = http.StatusPartialContent
		case "unhealthy":
			code = http.StatusServiceUnavailable
		}
		reply(w, code, h)
	})
	return mux
}

// DeliveryCounts are the store's records of a chain by kind/state.
func (s *Service) DeliveryCounts(chain uint64) (map[string]int, error) { return s.store.Counts(chain) }
