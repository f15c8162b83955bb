// Package operator is rollcall's operator daemon. It polls each aggregator
// it is configured with (one follower per aggregator, follower.go) for the
// open checkpoint round, reads the claim for each target height from
// the operator's own rollup nodes, computes the checkpoint digest itself,
// records what it is about to sign (slashing protection, package
// signrecord), signs with the operator's BLS key and sends the signature to
// the aggregator.
//
// The daemon trusts nothing the aggregator says beyond "please attest these
// heights in this round": the claims come from its own nodes, the digest is
// computed locally, and a round for another L1 chain or registry is refused.
// A scheduled round's heights are not even taken on trust: the operator
// finds them itself from its own L1 and rollup nodes (schedule.go).
package operator

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
	"github.com/rollcall-avs/rollcall/rollup"
)

// RecordFile is the signing record's file name in the data directory.
const RecordFile = "signing-record.db"

// Submission retry bounds: exponential backoff between them.
const (
	submitBackoffMin = 200 * time.Millisecond
	submitBackoffMax = 5 * time.Second
)

var (
	// ErrNotRegistered means the BLS key is not registered with rollcall.
	ErrNotRegistered = errors.New("not registered")
	// ErrStopped is returned by Start after Stop.
	ErrStopped = errors.New("operator service stopped")
)

// Options are the service's replaceable dependencies.
type Options struct {
	// Registration checks that the key is registered. Nil means reading the
	// registry coordinator on L1 (l1-rpc, or the deployment's RPC URL).
	Registration RegistrationChecker
	// Deployment and Key, when set, are used instead of loading the
	// deployment file and the BLS keystore: for running operators inside
	// another process (rollcall demo) without writing keys to disk.
	Deployment *deploy.Deployment
	Key        *bls.KeyPair
	// Tables computes operator tables; nil means from L1 (l1-rpc, or the
	// deployment's RPC URL) with optable.FromL1.
	Tables TableSource
}

// Service has the one daemon shape.
var _ lifecycle.Service = (*Service)(nil)

// Service is the operator daemon. Build it with NewService, run it with
// Start, end it with Stop.
type Service struct {
	cfg        Config
	log        *zap.Logger
	l1ChainID  uint64
	registry   common.Address
	key        *bls.KeyPair
	operatorID common.Hash
	readers    map[uint64]rollup.Reader
	record     *signrecord.Record
	// followers follow one aggregator each (follower.go), in their own
	// goroutines.
	followers []*follower
	// l1 is this operator's own L1 node: tables (unless Options.Tables
	// replaces them) and scheduled rounds' reference times.
	l1     *l1Tables
	tables TableSource  // operator tables from this operator's L1 node (table.go)
	hints  targetHints  // the last verified target of each chain (schedule.go)
	mon    *monitor     // the one event sink: Status, node API and metrics state (nodeapi.go)
	node   *nodeServers // node API and metrics servers

	backoffMin, backoffMax time.Duration

	mu      sync.Mutex
	started bool
	stopped bool
	// tasks are the followers, the node servers and the L1 ping; they
	// close what NewService built once the last of them has returned.
	tasks *lifecycle.Tasks
	// done closes at Stop when the service never started.
	done     chan struct{}
	stopOnce lifecycle.Once
}

// NewService checks cfg and builds the daemon step by step: deployment,
// BLS key, registration on L1, one reader per rollup, the signing record and
// the aggregator client. When a step fails, what was built is closed again.
// ctx bounds the start-up calls.
func NewService(ctx context.Context, cfg Config, log *zap.Logger, opts Options) (_ *Service, err error) {
	if err := cfg.check(opts.Deployment == nil, opts.Key == nil); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	s := &Service{
		cfg:        cfg,
		readers:    map[uint64]rollup.Reader{},
		backoffMin: submitBackoffMin,
		backoffMax: submitBackoffMax,
		done:       make(chan struct{}),
	}
	defer func() {
		if err != nil {
			s.closeAll()
		}
	}()

	dep := opts.Deployment
	if dep == nil {
		if dep, err = deploy.Load(cfg.Deployment); err != nil {
			return nil, err
		}
	}
	s.l1ChainID, s.registry = dep.L1.ChainID, dep.AVS.Registry

	if s.key = opts.Key; s.key == nil {
		if s.key, err = loadKey(cfg); err != nil {
			return nil, err
		}
	}
	s.operatorID = core.OperatorID(s.key.GetPubKeyG1())
	s.log = log.With(zap.Stringer("operatorId", s.operatorID))
	s.setUpMonitoring()

	if err := s.checkRegistered(ctx, dep, opts.Registration); err != nil {
		return nil, err
	}

	// A rollup entry without rpc takes the deployment's URL for its chain.
	if s.cfg.Rollups, err = cfg.Rollups.WithURLs(dep.RollupURLs()); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	for _, rc := range s.cfg.Rollups {
		readerCfg, err := rc.ReaderConfig()
		if err != nil {
			return nil, fmt.Errorf("rollup %d: %w", rc.ChainID, err)
		}
		r, err := rollup.New(ctx, readerCfg, s.log)
		if err != nil {
			return nil, fmt.Errorf("rollup %d: %w", rc.ChainID, err)
		}
		s.readers[rc.ChainID] = s.mon.reader(r, readerCfg)
	}

	// The deployment lists the rollups the AVS attests: one this operator
	// does not follow makes every round naming it unsignable.
	for _, id := range s.cfg.Rollups.Missing(dep.RollupChainIDs()) {
		u := Unfollowed{ChainID: id, Source: "listed by the deployment file"}
		s.mon.rollupUnfollowed(id, u.Source)
		s.log.Warn(UnfollowedReason(u))
	}

	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	s.record, err = signrecord.Open(filepath.Join(cfg.DataDir, RecordFile), s.operatorID)
	if err != nil {
		return nil, err
	}
	if last, ok, err := s.record.LastRound(); err != nil {
		return nil, fmt.Errorf("signing record: %w", err)
	} else if ok {
		s.log.Info("signing record opened", zap.String("path", s.record.Path()), zap.Uint64("lastSignedRound", last))
	}

	l1URL := cfg.L1RPC
	if l1URL == "" {
		l1URL = dep.L1.RPCURL
	}
	s.l1 = newL1Tables(l1URL, dep)
	if s.tables = opts.Tables; s.tables == nil {
		s.tables = s.l1
	}

	var history []SignatureHistory
	for i, u := range cfg.AggregatorURLs {
		client, err := api.Dial(ctx, u, api.WithCallTimeout(aggregatorCallTimeout))
		if err != nil {
			return nil, err
		}
		id := AggregatorTarget(i, len(cfg.AggregatorURLs))
		f := &follower{s: s, id: id, url: redact.URL(u), agg: client,
			log: s.log.With(zap.String("aggregator", redact.URL(u)))}
		if len(cfg.AggregatorURLs) > 1 {
			f.log = f.log.With(zap.String("aggregatorId", id))
		}
		s.followers = append(s.followers, f)
		history = append(history, client)
	}
	reachable, err := s.checkEmptyRecord(ctx, history)
	if err != nil {
		return nil, err
	}
	for i, f := range s.followers {
		f.agg = s.mon.aggregator(f.id, f.url, f.agg)
		f.reachableAtStart = reachable[i]
	}
	s.learnRollupsFromAggregators(ctx)
	if len(s.followers) > 1 && cfg.RoundEvery == 0 {
		s.log.Info("several aggregators and no round-every: only rounds they schedule alike (every > 0) can be signed for all of them; "+
			"an unscheduled round number is signed for the first aggregator that shows it, and refused by the signing record for another digest",
			zap.Int("aggregators", len(s.followers)))
	}
	if err := s.listenNodeServers(dep); err != nil {
		return nil, err
	}
	return s, nil
}

// ErrEmptyRecord is returned when the signing record is empty but the
// aggregator holds signatures of the key: the record of what it signed was
// left on another machine.
var ErrEmptyRecord = errors.New("empty signing record for a key that has signed before")

// SignatureHistory is the aggregator's record of accepted signatures
// (api.Client implements it).
type SignatureHistory interface {
	OperatorSignatures(ctx context.Context, operatorID common.Hash, fromRound uint64, limit int) (*api.OperatorSignatures, error)
}

// checkEmptyRecord refuses to start on an empty signing record for a key
// the aggregator has accepted signatures from (the record was not carried
// over: without it the daemon could sign a claim conflicting with one it
// signed before, which is slashable), unless allow-empty-signing-record is
// set. An aggregator that cannot be asked is warned about, not fatal: the
// daemon could not sign anything without it anyway, and refusing would
// keep every operator down whenever the aggregator is.
//
// With several aggregators every one is asked, at once: one that holds a
// signature is enough to refuse. reachable says which answered, if only
// with an error (all true when the record is not empty: none was asked).
func (s *Service) checkEmptyRecord(ctx context.Context, aggs []SignatureHistory) (reachable []bool, _ error) {
	reachable = make([]bool, len(aggs))
	for i := range reachable {
		reachable[i] = true
	}
	empty, err := s.record.Empty()
	if err != nil {
		return nil, fmt.Errorf("signing record: %w", err)
	}
	if !empty {
		return reachable, nil
	}
	pages := make([]*api.OperatorSignatures, len(aggs))
	errs := make([]error, len(aggs))
	var wg sync.WaitGroup
	for i, agg := range aggs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pages[i], errs[i] = agg.OperatorSignatures(ctx, s.operatorID, 0, 1)
		}()
	}
	wg.Wait()
	var first *api.OperatorSignature
	for i, f := range s.followers {
		if errs[i] != nil {
			// A JSON-RPC error is an answer: the aggregator is there.
			reachable[i] = api.ErrorCode(errs[i]) != 0
			f.log.Warn("SIGNING RECORD IS EMPTY and the aggregator could not be asked whether this key signed before: "+
				"if this key ever signed on another machine, stop now and run `rollcall operator signing-record import` with that machine's export",
				zap.String("path", s.record.Path()), zap.Error(errs[i]))
			continue
		}
		if len(pages[i].Signatures) > 0 && (first == nil || pages[i].Signatures[0].Round < first.Round) {
			first = &pages[i].Signatures[0]
		}
	}
	if first == nil {
		return reachable, nil
	}
	if s.cfg.AllowEmptySigningRecord {
		s.log.Warn("signing record is empty although the aggregator holds signatures of this key; starting anyway (allow-empty-signing-record)",
			zap.String("path", s.record.Path()), zap.Uint64("firstSignedRound", first.Round))
		return reachable, nil
	}
	return nil, fmt.Errorf("%w: the aggregator accepted this key's signature in round %d, but the signing record %s is empty: "+
		"carry the record over with `rollcall operator signing-record export` on the old machine and "+
		"`rollcall operator signing-record import` here, or start with --%s if you are sure (signing a conflicting claim is slashable)",
		ErrEmptyRecord, first.Round, s.record.Path(), FlagAllowEmptySigningRecord)
}

// learnRollupsFromAggregators asks each aggregator, at once, for its open
// round at start-up and warns of every chain it names that this operator
// does not follow. Best effort: an aggregator not reachable yet is its
// follower's business, and one that could not be asked about the signing
// record just now is not asked again (start-up waits for a hung
// aggregator once, not twice).
func (s *Service) learnRollupsFromAggregators(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, aggregatorCallTimeout)
	defer cancel()
	var wg sync.WaitGroup
	for _, f := range s.followers {
		if !f.reachableAtStart {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := f.agg.OpenRound(ctx)
			if err != nil || r == nil {
				return
			}
			for _, t := range r.Targets {
				if _, ok := s.readers[t.ChainID]; ok {
					continue
				}
				u := Unfollowed{ChainID: t.ChainID, Source: fmt.Sprintf("named by the aggregator's round %d", r.Round)}
				s.mon.rollupUnfollowed(u.ChainID, u.Source)
				f.log.Warn(UnfollowedReason(u))
			}
		}()
	}
	wg.Wait()
}

// loadKey decrypts the BLS keystore with the password from its file or the
// environment.
func loadKey(cfg Config) (*bls.KeyPair, error) {
	password, err := keystore.PasswordSource{File: cfg.BLSPasswordFile, Env: BLSPasswordEnv}.Read()
	if err != nil {
		if errors.Is(err, keystore.ErrNoPassword) {
			return nil, fmt.Errorf("BLS keystore password: set --%s or %s", FlagBLSPasswordFile, BLSPasswordEnv)
		}
		return nil, fmt.Errorf("BLS keystore password: %w", err)
	}
	return keystore.LoadBLS(cfg.BLSKeystore, password)
}

// checkRegistered fails unless the key's operator id is registered with
// rollcall's registry coordinator.
func (s *Service) checkRegistered(ctx context.Context, dep *deploy.Deployment, checker RegistrationChecker) error {
	if checker == nil {
		url := s.cfg.L1RPC
		if url == "" {
			url = dep.L1.RPCURL
		}
		l1, err := dialL1Registration(ctx, url, dep.L1.ChainID, dep.AVS.RegistryCoordinator)
		if err != nil {
			return err
		}
		defer l1.Close()
		checker = l1
	}
	addr, ok, err := checker.Registered(ctx, s.operatorID)
	if err != nil {
		return fmt.Errorf("check registration: %w", err)
	}
	if !ok {
		pk := s.key.GetPubKeyG1()
		return fmt.Errorf("BLS key G1(%#x, %#x) (operator id %s) is %w with rollcall at registry coordinator %s: run `rollcall operator register`",
			pk.X.Bytes(), pk.Y.Bytes(), s.operatorID, ErrNotRegistered, dep.AVS.RegistryCoordinator)
	}
	s.log.Info("operator is registered", zap.Stringer("operator", addr))
	return nil
}

// OperatorID is keccak256(G1.X ‖ G1.Y) of the operator's BLS key.
func (s *Service) OperatorID() common.Hash { return s.operatorID }

// Unfollowed lists the rollups the AVS attests (listed by the deployment
// file or named by a round) that this operator does not follow.
func (s *Service) Unfollowed() []Unfollowed { return s.mon.unfollowedRollups() }

// Status returns a snapshot of the daemon's counters.
func (s *Service) Status() Status { return s.mon.snapshot() }

// Start runs the daemon's loop, the node servers and the L1 ping until
// Stop. ctx is not used by them.
func (s *Service) Start(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return ErrStopped
	}
	if s.started {
		return errors.New("operator service already started")
	}
	s.started = true
	var tasks []lifecycle.Task
	for _, f := range s.followers {
		tasks = append(tasks, f.run)
	}
	s.tasks = lifecycle.Go(s.closeAll, append(tasks, s.nodeTasks()...)...)
	s.log.Info("operator started", zap.Int("rollups", len(s.readers)), zap.Int("aggregators", len(s.followers)),
		zap.Uint64("l1ChainId", s.l1ChainID), zap.Stringer("registry", s.registry))
	return nil
}

// Done is closed when the daemon has ended: after Stop, or when a server
// failed (Err says why).
func (s *Service) Done() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tasks != nil {
		return s.tasks.Done()
	}
	return s.done
}

// Err is why the daemon ended (nil after a clean Stop); read it after Done.
func (s *Service) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tasks != nil {
		return s.tasks.Err()
	}
	return nil
}

// Stop drains the node servers, ends the loop and waits for it at most
// until ctx ends. The aggregator client, the rollup readers and the
// signing record are closed after the loop has returned, never under it:
// when ctx ends first, Stop returns lifecycle.ErrStopTimeout and they are
// closed when the loop does return. Idempotent: later calls return the
// first call's result.
func (s *Service) Stop(ctx context.Context) error {
	return s.stopOnce.Do(func() error {
		s.mu.Lock()
		s.stopped = true
		tasks := s.tasks
		s.mu.Unlock()
		if tasks == nil {
			err := s.closeAll()
			close(s.done)
			return err
		}
		err := errors.Join(s.shutdownNodeServers(ctx), tasks.Stop(ctx))
		s.log.Info("operator stopped")
		return err
	})
}

// closeAll closes what NewService built.
func (s *Service) closeAll() error {
	errs := []error{s.shutdownNodeServers(context.Background())}
	for _, f := range s.followers {
		f.agg.Close()
	}
	if s.tables != nil {
		s.tables.Close()
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	for _, r := range s.readers {
		r.Close()
	}
	if s.record != nil {
		if err := s.record.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close signing record: %w", err))
		}
	}
	return errors.Join(errs...)
}
