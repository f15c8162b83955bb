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
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/txmgr/geometric"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/aggregator/dashboard"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
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
	listener net.Listener
	httpSrv  *http.Server
	rpcSrv   *rpc.Server
	// metrics (metrics.go): no-op ones when cfg.Metrics is empty.
	metrics    Metrics
	metricsSrv *metricsServer

	mu        sync.Mutex
	rounds    map[uint64]*round // open (or submitting) rounds
	newest    uint64            // newest open round, offered to operators
	lastRound uint64            // highest round number used
	// covered are the targets of the newest round that is open or
	// attested: a round over the same heights would attest nothing new.
	covered   []api.Target
	threshold uint16
	maxAge    uint32
	// checkedKeys are operators whose G2 key passed the subgroup check.
	checkedKeys map[common.Hash]bool
	// heads are the rollup heads last read, for the dashboard.
	heads headBook

	verifyCh chan *verifyReq
	cancel   context.CancelFunc
	group    *errgroup.Group
	stopOnce sync.Once
	stopErr  error
	done     chan struct{}
	runErr   error
}

// New checks the configuration; Start does the work.
func New(cfg Config, dep *deploy.Deployment, key *ecdsa.PrivateKey, log *zap.Logger) (*Service, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, errors.New("aggregator: an ECDSA key is required to submit attestations")
	}
	if log == nil {
		log = zap.NewNop()
	}
	return &Service{cfg: cfg, dep: dep, key: key, log: log, rounds: map[uint64]*round{}, checkedKeys: map[common.Hash]bool{}, verifyCh: make(chan *verifyReq, 1024),
		metrics: newMetrics(cfg.Metrics)}, nil
}

// Start connects to L1 and the rollups, opens the store, resumes open
// rounds, starts the JSON-RPC server and the loops. On failure it undoes
// what it did.
func (s *Service) Start(ctx context.Context) (err error) {
	defer func() {
		if err != nil {
			_ = s.Stop(context.Background())
		}
	}()
	l1URL := s.cfg.L1RPC
	if l1URL == "" {
		l1URL = s.dep.L1.RPCURL
	}
	if s.l1, err = chainio.DialL1(ctx, l1URL, s.dep.L1.ChainID); err != nil {
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
	if s.listener, err = net.Listen("tcp", s.cfg.ListenAddr); err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.ListenAddr, err)
	}
	s.rpcSrv = rpc.NewServer()
	s.rpcSrv.SetHTTPBodyLimit(api.MaxRequestBytes)
	if err := s.rpcSrv.RegisterName(api.Namespace, &meteredRPC{&rpcService{s: s}}); err != nil {
		return err
	}
	// One port: JSON-RPC (POST /) and the dashboard page (GET /dashboard/).
	mux := http.NewServeMux()
	page := dashboard.Handler(s, s.log)
	mux.Handle(dashboard.Path, page)
	mux.Handle("/dashboard", page)
	mux.Handle("/", s.rpcSrv)
	s.httpSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	if err := s.listenMetrics(); err != nil {
		return err
	}

	// Logged before the loops start: they change these fields.
	s.log.Info("aggregator starting", zap.String("rpc", "http://"+s.listener.Addr().String()),
		zap.Int("rollups", len(s.readers)), zap.Uint16("thresholdBips", s.threshold), zap.Uint64("lastRound", s.lastRound))

	runCtx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	g, runCtx := errgroup.WithContext(runCtx)
	s.group = g
	g.Go(func() error {
		if err := s.httpSrv.Serve(s.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("JSON-RPC server: %w", err)
		}
		return nil
	})
	g.Go(func() error { s.verifyLoop(runCtx); return nil })
	g.Go(func() error { s.openLoop(runCtx); return nil })
	g.Go(func() error { s.submitLoop(runCtx); return nil })
	s.serveMetrics(g)
	// done closes when every loop and server has ended, normally at Stop,
	// or early when one of them failed (which cancels the others).
	s.done = make(chan struct{})
	go func() {
		s.runErr = g.Wait()
		close(s.done)
	}()
	return nil
}

// Done is closed when the service has stopped running, by Stop or because
// a server failed; Err then says why.
func (s *Service) Done() <-chan struct{} { return s.done }

// Err is the error that ended the service (nil after a clean Stop). Only
// meaningful once Done is closed.
func (s *Service) Err() error { return s.runErr }

// Addr is the address the JSON-RPC server listens on.
func (s *Service) Addr() string {
	if s.listener == nil {
		return ""
	}
	return s.listener.Addr().String()
}

// Stop stops the loops and the server and closes everything. Idempotent.
func (s *Service) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		var errs []error
		if s.httpSrv != nil {
			errs = append(errs, s.httpSrv.Shutdown(ctx))
		}
		if s.listener != nil {
			// Shutdown only closes listeners Serve was given: Start may
			// have failed before.
			_ = s.listener.Close()
		}
		errs = append(errs, s.stopMetrics(ctx))
		if s.cancel != nil {
			s.cancel()
		}
		if s.done != nil {
			<-s.done
			errs = append(errs, s.runErr)
		}
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
		s.stopErr = errors.Join(errs...)
	})
	return s.stopErr
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
