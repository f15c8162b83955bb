// Package aggregator opens checkpoint rounds over the rollups it tracks,
// receives operators' signatures over JSON-RPC, verifies them, sums stake
// per digest and quorum, and once the threshold is met submits the
// aggregate to the RollcallRegistry on L1. Rounds and signatures persist to
// an embedded store before they are acknowledged, so a restart resumes open
// rounds and never attests a round twice.
package aggregator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"

	"github.com/Layr-Labs/eigensdk-go/chainio/txmgr/geometric"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/aggregator/dashboard"
	"github.com/rollcall-avs/rollcall/aggregator/health"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Service is a running aggregator.
type Service struct {
	cfg Config
	dep *deploy.Deployment
	key *ecdsa.PrivateKey
	log *zap.Logger

	l1       *ethclient.Client
	registry *rollcallregistry.RollcallRegistry
	state    *chainstate.Reader
	readers  []rollup.Reader
	store    *Store
	txMgr    *geometric.GeometricTxManager
	rpcHTTP  *httpserver.Server
	rpcSrv   *rpc.Server
	// deps is the health of L1 and of each rollup node, from the calls
	// made (GET /health, rollcall_aggregator_dependency_up).
	deps *health.Tracker
	// metrics (metrics.go): no-op ones when cfg.Metrics is empty.
	metrics    Metrics
	metricsSrv *httpserver.Server

	mu        sync.Mutex
	rounds    map[uint64]*round // open (or submitting) rounds
	newest    uint64            // newest open round, offered to operators
	lastRound uint64            // highest round number used
	// triedRound is the newest scheduled round decided without being
	// opened (its targets repeated the last round's, or no rollup had
	// one); hints are each rollup's newest scheduled target, where the
	// next search starts (schedule.go).
	triedRound uint64
	hints      map[uint64]uint64
	// covered are the targets of the newest round that is open or
	// attested: a round over the same heights would attest nothing new.
	covered   []api.Target
	threshold uint16
	maxAge    uint32
	// checkedKeys are operators whose G2 key passed the subgroup check.
	checkedKeys map[common.Hash]bool
	// heads are the rollup heads last read, for the dashboard.
	heads headBook
	// delivered are the rollup registries' newest checkpoints, for the dashboard.
	delivered deliveryBook
	// lastTable is the newest operator table that reached quorum
	// (table.go); sinceL1 counts the rounds closed as certified since the
	// last one posted to L1 (l1-every).
	lastTable *certTable
	sinceL1   int
	// g2Keys are the registered G2 keys of the operators seen in
	// snapshots, for rollcall_getCertificateData (keys never change).
	g2Keys map[common.Hash]*bls.G2Point

	// tableRd reads operator tables from L1, built on first use.
	tableMu sync.Mutex
	tableRd optable.Reader

	verifyCh chan *verifyReq
	// tasks are the loops and the servers; they close what Start opened
	// once the last of them has returned.
	tasks     *lifecycle.Tasks
	startOnce atomic.Bool
	stopOnce  lifecycle.Once
	// done closes at Stop when the service never ran.
	done chan struct{}
}

// Service has the one daemon shape.
var _ lifecycle.Service = (*Service)(nil)

// ErrStarted is returned by a second Start, and by Start after Stop.
var ErrStarted = errors.New("aggregator: Start called twice, or after Stop")

// New checks the configuration (built from DefaultConfig or LoadConfig);
// Start does the work. The deployment and the key are given, already
// loaded: cfg's Deployment and Keystore are not read.
func New(cfg Config, dep *deploy.Deployment, key *ecdsa.PrivateKey, log *zap.Logger) (*Service, error) {
	if dep == nil {
		return nil, errors.New("aggregator: a deployment is required")
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, errors.New("aggregator: an ECDSA key is required to submit attestations")
	}
	// A rollup entry without rpc takes the deployment's URL for its chain.
	var err error
	if cfg.Rollups, err = cfg.Rollups.WithURLs(dep.RollupURLs()); err != nil {
		return nil, fmt.Errorf("aggregator config: %w", err)
	}
	if log == nil {
		log = zap.NewNop()
	}
	names := []string{DepL1}
	for _, rc := range cfg.Rollups {
		names = append(names, RollupDep(rc.ChainID))
	}
	deps := health.NewTracker(log, names...)
	metrics := newMetrics(cfg.Metrics)
	if pm, ok := metrics.(*PromMetrics); ok {
		pm.registry.MustRegister(deps.Collector())
	}
	return &Service{cfg: cfg, dep: dep, key: key, log: log, rounds: map[uint64]*round{}, checkedKeys: map[common.Hash]bool{}, g2Keys: map[common.Hash]*bls.G2Point{}, verifyCh: make(chan *verifyReq, 1024),
		deps: deps, metrics: metrics, done: make(chan struct{})}, nil
}

// Start connects to L1 and the rollups, opens the store, resumes open
// rounds, starts the JSON-RPC server and the loops. On failure it undoes
// what it did.
func (s *Service) Start(ctx context.Context) (err error) {
	if !s.startOnce.CompareAndSwap(false, true) {
		return ErrStarted
	}
	defer func() {
		if err != nil {
			_ = s.Stop(context.Background())
		}
	}()
	l1URL := s.cfg.L1RPC
	if l1URL == "" {
		l1URL = s.dep.L1.RPCURL
	}
	watchL1 := chainio.WithTransport(func(rt http.RoundTripper) http.RoundTripper { return s.deps.Transport(DepL1, rt) })
	if s.l1, err = chainio.DialL1(ctx, l1URL, s.dep.L1.ChainID, watchL1); err != nil {
		return err
	}
	if s.registry, err = rollcallregistry.NewRollcallRegistry(s.dep.AVS.Registry, s.l1); err != nil {
		return err
	}
	if err := s.readRegistryParams(ctx); err != nil {
		return err
	}
	if s.state, err = chainstate.NewReader(s.l1, s.dep, s.log); err != nil {
		return err
	}
	for _, rc := range s.cfg.Rollups {
		readerCfg, err := rc.ReaderConfig()
		if err != nil {
			return err
		}
		r, err := rollup.New(ctx, readerCfg, s.log)
		if err != nil {
			return fmt.Errorf("rollup %d: %w", rc.ChainID, err)
		}
		s.readers = append(s.readers, r)
	}
	if s.txMgr, err = chainio.NewTxManager(ctx, s.l1, s.key, chainio.TxManagerOptions{ReceiptPoll: s.cfg.ReceiptPoll}, s.log); err != nil {
		return err
	}
	if s.store, err = OpenStore(s.cfg.DataDir); err != nil {
		return err
	}
	if err := s.resume(ctx); err != nil {
		return fmt.Errorf("resume rounds: %w", err)
	}
	if s.rpcSrv, err = newRPCServer(&meteredRPC{&rpcService{s: s}}); err != nil {
		return err
	}
	// One port: JSON-RPC (POST /) and the dashboard page (GET /dashboard/).
	mux := http.NewServeMux()
	page := dashboard.Handler(s, s.log)
	mux.Handle(dashboard.Path, page)
	mux.Handle("/dashboard", page)
	mux.Handle(health.Path, s.deps.Handler())
	mux.Handle("/", s.rpcSrv)
	limits := rpcLimits()
	limits.MaxConns = max(limits.MaxConns, operatorConns(s.dep.AVS.MaxOperators))
	if s.rpcHTTP, err = httpserver.Listen("JSON-RPC", s.cfg.ListenAddr, mux, limits, s.log); err != nil {
		return err
	}
	if err := s.listenMetrics(); err != nil {
		return err
	}

	// Logged before the loops start: they change these fields.
	s.log.Info("aggregator starting", zap.String("rpc", s.rpcHTTP.URL()),
		zap.Int("rollups", len(s.readers)), zap.Uint16("thresholdBips", s.threshold), zap.Uint64("lastRound", s.lastRound))

	loop := func(f func(context.Context)) lifecycle.Task {
		return func(ctx context.Context) error { f(ctx); return nil }
	}
	tasks := []lifecycle.Task{s.rpcHTTP.Run, loop(s.verifyLoop), loop(s.openLoop), loop(s.submitLoop), loop(s.healthLoop)}
	if s.metricsSrv != nil {
		tasks = append(tasks, s.metricsSrv.Run)
	}
	// The tasks end at Stop, or early when one of them failed (which ends
	// the others); then what Start opened is closed.
	s.tasks = lifecycle.Go(s.closeAll, tasks...)
	return nil
}

// Done is closed when the service has stopped running, by Stop or because
// a server failed; Err then says why.
func (s *Service) Done() <-chan struct{} {
	if s.tasks != nil {
		return s.tasks.Done()
	}
	return s.done
}

// Err is the error that ended the service (nil after a clean Stop). Only
// meaningful once Done is closed.
func (s *Service) Err() error {
	if s.tasks != nil {
		return s.tasks.Err()
	}
	return nil
}

// Addr is the address the JSON-RPC server listens on.
func (s *Service) Addr() string {
	if s.rpcHTTP == nil {
		return ""
	}
	return s.rpcHTTP.Addr()
}

// Stop drains the servers, ends the loops (waiting for them at most until
// ctx ends) and then closes the store, the clients and the readers: never
// under a running loop. Idempotent.
func (s *Service) Stop(ctx context.Context) error {
	return s.stopOnce.Do(func() error {
		s.startOnce.Store(true) // no Start after Stop
		errs := []error{s.shutdownServers(ctx)}
		if s.tasks == nil {
			// Start never ran, or failed before its tasks started.
			errs = append(errs, s.closeAll())
			close(s.done)
		} else {
			errs = append(errs, s.tasks.Stop(ctx))
		}
		return errors.Join(errs...)
	})
}

// shutdownServers drains the JSON-RPC and metrics servers within ctx.
func (s *Service) shutdownServers(ctx context.Context) error {
	var errs []error
	for _, srv := range []*httpserver.Server{s.rpcHTTP, s.metricsSrv} {
		if srv != nil {
			errs = append(errs, srv.Shutdown(ctx))
		}
	}
	return errors.Join(errs...)
}

// closeAll closes what Start opened, once nothing runs any more.
func (s *Service) closeAll() error {
	var errs []error
	errs = append(errs, s.shutdownServers(context.Background()))
	if s.rpcSrv != nil {
		s.rpcSrv.Stop()
	}
	for _, r := range s.readers {
		r.Close()
	}
	if s.store != nil {
		errs = append(errs, s.store.Close())
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	return errors.Join(errs...)
}

// readRegistryParams reads the threshold and freshness window, which the
// registry's owner may change at any time.
func (s *Service) readRegistryParams(ctx context.Context) error {
	opts := &bind.CallOpts{Context: ctx}
	threshold, err := s.registry.ThresholdBips(opts)
	if err != nil {
		return fmt.Errorf("read registry %s: %w", s.dep.AVS.Registry, err)
	}
	maxAge, err := s.registry.MaxReferenceAge(opts)
	if err != nil {
		return fmt.Errorf("read registry %s: %w", s.dep.AVS.Registry, err)
	}
	s.mu.Lock()
	s.threshold, s.maxAge = threshold, maxAge
	s.mu.Unlock()
	return nil
}
