// Package watch is rollcall's watcher daemon (`rollcall watch`). It follows
// every source of attested checkpoints (L1's registry; rollup registries
// implement the same CheckpointSource once they exist) and the
// aggregator's record of accepted individual signatures, and:
//
//   - compares every attested claim with the block of the watcher's own
//     node of that rollup. A mismatch (a quorum attested a root the rollup
//     never had) is not objectively slashable without the rollup's
//     settlement, so it is made loud instead: a metric, an ERROR log line
//     with both values, health 503, and `watch --once` exits 1;
//   - finds conflicting signed claims (same chainId and blockNumber, another
//     blockHash or stateRoot): two attested checkpoints, an operator's own
//     signature against an attested checkpoint it signed, or two of its own
//     signatures. It builds the evidence (package slashing/evidence), dry
//     runs it (eth_call), and submits it with its own funded key through
//     the tx manager, recording what it submitted so that a restart does
//     not submit it again.
//
// The watcher imports neither the aggregator nor the operator: it meets
// them through api/ (the aggregator's JSON-RPC) and L1.
package watch

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/txmgr/geometric"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/rollup"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// callTimeout bounds one call to the aggregator.
const callTimeout = 10 * time.Second

// maxGuiltyPerTx bounds the operators one slashAttested transaction
// convicts (docs/slashing.md: ~106 fit under Osaka's 2^24 gas cap).
const maxGuiltyPerTx = 64

// ErrStopped is returned by Start after Stop.
var ErrStopped = errors.New("watch service stopped")

// Options are the service's replaceable dependencies.
type Options struct {
	// Deployment, when set, is used instead of loading the deployment file.
	Deployment *deploy.Deployment
	// Key, when set, is the submitting key instead of the keystore's.
	Key *ecdsa.PrivateKey
	// Sources are more sources of attested checkpoints, polled after L1's.
	Sources []CheckpointSource
}

// claimKey is what a fault is about: one rollup block.
type claimKey struct{ chainID, blockNumber uint64 }

func keyOf(c core.Claim) claimKey { return claimKey{c.ChainID, c.BlockNumber} }

// signedClaim is one operator's own signature over a checkpoint.
type signedClaim struct {
	operator common.Hash
	round    uint64
	ref      uint32
	claims   []core.Claim
	sig      *bls.Signature
}

// fault is a pair of conflicting signed claims to turn into evidence.
type fault struct {
	id         string
	form       evidence.Form
	key        claimKey
	attA, attB *Checkpoint
	sigA, sigB *signedClaim
	// counted: found (and counted) in an earlier pass, not submitted yet.
	counted bool
}

// Mismatch is an attested claim that differs from the rollup's own block.
type Mismatch struct {
	Source    string      `json:"source"`
	Round     uint64      `json:"round,string"`
	TxHash    common.Hash `json:"txHash"`
	Attested  core.Claim  `json:"attested"`
	Own       core.Claim  `json:"own"`
	FoundAt   int64       `json:"foundAt"` // unix milliseconds
	AtL1Block uint64      `json:"l1Block,string"`
}

// pendingClaim is an attested claim not compared yet (the rollup node had
// not reached it at its finality, or could not be read).
type pendingClaim struct {
	cp    *Checkpoint
	claim core.Claim
}

// Service is the watcher daemon.
type Service struct {
	cfg     Config
	log     *zap.Logger
	dep     *deploy.Deployment
	l1      *ethclient.Client
	chain   *evidence.L1
	builder *evidence.Builder
	sources []CheckpointSource
	agg     *api.Client // nil: no aggregator configured
	readers map[uint64]rollup.Reader
	store   *store
	txMgr   *geometric.GeometricTxManager // nil: report only
	from    common.Address
	slasher *equivocationslasher.EquivocationSlasherTransactor
	metrics Metrics
	prom    *PromMetrics
	health  *health
	nodeAPI *httpserver.Server
	metSrv  *httpserver.Server

	// passMu serialises passes; what follows is owned by the pass.
	passMu    sync.Mutex
	attested  map[claimKey][]*Checkpoint
	pending   []pendingClaim
	signed    map[common.Hash]map[claimKey][]*signedClaim
	nextRound map[common.Hash]uint64
	operators map[common.Hash]evidence.Member
	learned   map[uint32]bool
	g2        map[common.Address]*bls.G2Point
	tried     map[string]bool
	queue     []fault
	noReader  map[uint64]bool

	mu       sync.Mutex
	started  bool
	stopped  bool
	tasks    *lifecycle.Tasks
	done     chan struct{}
	stopOnce lifecycle.Once
}

var _ lifecycle.Service = (*Service)(nil)

// NewService checks cfg and builds the watcher step by step: deployment,
// L1 client, evidence builder, sources, aggregator client, rollup readers,
// record, submitting key and tx manager, servers. What was built is closed
// again when a step fails. ctx bounds the start-up calls.
func NewService(ctx context.Context, cfg Config, log *zap.Logger, opts Options) (_ *Service, err error) {
	if opts.Deployment != nil && cfg.Sources.Deployment == "" {
		cfg.Sources.Deployment = "(given)"
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	s := &Service{
		cfg: cfg, log: log, readers: map[uint64]rollup.Reader{}, metrics: NoopMetrics{}, done: make(chan struct{}),
		attested: map[claimKey][]*Checkpoint{}, signed: map[common.Hash]map[claimKey][]*signedClaim{},
		nextRound: map[common.Hash]uint64{}, operators: map[common.Hash]evidence.Member{}, learned: map[uint32]bool{},
		g2: map[common.Address]*bls.G2Point{}, tried: map[string]bool{}, noReader: map[uint64]bool{},
	}
	s.health = newHealth()
	defer func() {
		if err != nil {
			s.closeAll()
		}
	}()
	if cfg.Servers.Metrics != "" {
		s.prom = NewMetrics()
		s.metrics = s.prom
	}
	if s.dep = opts.Deployment; s.dep == nil {
		if s.dep, err = deploy.Load(cfg.Sources.Deployment); err != nil {
			return nil, err
		}
	}
	url := cfg.Sources.L1RPC
	if url == "" {
		url = s.dep.L1.RPCURL
	}
	if s.l1, err = chainio.DialL1(ctx, url, s.dep.L1.ChainID); err != nil {
		return nil, err
	}
	if s.chain, err = evidence.NewL1(s.l1, s.l1, s.dep); err != nil {
		return nil, err
	}
	if s.builder, err = evidence.NewBuilder(s.chain, s.dep.L1.ChainID, s.dep.AVS.Registry); err != nil {
		return nil, err
	}
	from := cfg.Sources.FromBlock
	if from == 0 {
		from = s.dep.L1.DeployedAtBlock
	}
	reader, err := attestation.NewReader(s.l1, s.dep.L1.ChainID, s.dep.AVS.Registry)
	if err != nil {
		return nil, fmt.Errorf("bind registry: %w", err)
	}
	l1src, err := NewL1Source(reader.StartAt(s.dep.L1.DeployedAtBlock), s.l1, from)
	if err != nil {
		return nil, err
	}
	s.sources = append([]CheckpointSource{l1src}, opts.Sources...)
	if cfg.Sources.AggregatorURL != "" {
		if s.agg, err = api.Dial(ctx, cfg.Sources.AggregatorURL, api.WithCallTimeout(callTimeout)); err != nil {
			return nil, err
		}
	}
	for _, rc := range cfg.Rollups {
		rcfg, err := rc.ReaderConfig()
		if err != nil {
			return nil, fmt.Errorf("rollup %d: %w", rc.ChainID, err)
		}
		r, err := rollup.New(ctx, rcfg, log)
		if err != nil {
			return nil, fmt.Errorf("rollup %d: %w", rc.ChainID, err)
		}
		s.readers[rc.ChainID] = r
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	if s.store, err = openStore(filepath.Join(cfg.DataDir, StoreFile)); err != nil {
		return nil, err
	}
	key := opts.Key
	if key == nil && cfg.Submitter.ECDSAKeystore != "" {
		if key, err = loadKey(cfg.Submitter); err != nil {
			return nil, err
		}
	}
	if key != nil {
		s.from = crypto.PubkeyToAddress(key.PublicKey)
		if s.txMgr, err = chainio.NewTxManager(ctx, s.l1, key, chainio.TxManagerOptions{ReceiptPoll: cfg.Submitter.ReceiptPoll}, log); err != nil {
			return nil, fmt.Errorf("tx manager: %w", err)
		}
		sl, err := equivocationslasher.NewEquivocationSlasherTransactor(s.dep.AVS.Slasher, s.l1)
		if err != nil {
			return nil, fmt.Errorf("bind slasher: %w", err)
		}
		s.slasher = sl
	}
	if cfg.Servers.NodeAPI != "" {
		if s.nodeAPI, err = httpserver.Listen("node API", cfg.Servers.NodeAPI, s.health.handler(log), httpserver.DefaultLimits(), log); err != nil {
			return nil, fmt.Errorf("%s: %w", FlagNodeAPI, err)
		}
	}
	if s.prom != nil {
		if s.metSrv, err = httpserver.Listen("metrics", cfg.Servers.Metrics, httpserver.MetricsHandler(s.prom.Registry()), httpserver.DefaultLimits(), log); err != nil {
			return nil, fmt.Errorf("%s: %w", FlagMetrics, err)
		}
	}
	log.Info("watcher ready", zap.Uint64("l1ChainId", s.dep.L1.ChainID), zap.Stringer("registry", s.dep.AVS.Registry),
		zap.Stringer("slasher", s.dep.AVS.Slasher), zap.Int("rollups", len(s.readers)), zap.Bool("aggregator", s.agg != nil),
		zap.Bool("submits", s.txMgr != nil), zap.Stringer("submitter", s.from))
	return s, nil
}

// loadKey decrypts the submitting key with the password from its file or
// the environment (never a flag).
func loadKey(sub Submitter) (*ecdsa.PrivateKey, error) {
	password, err := keystore.PasswordSource{File: sub.ECDSAPasswordFile, Env: ECDSAPasswordEnv}.Read()
	if err != nil {
		if errors.Is(err, keystore.ErrNoPassword) {
			return nil, fmt.Errorf("ECDSA keystore password: set --%s or %s", FlagECDSAPasswordFile, ECDSAPasswordEnv)
		}
		return nil, fmt.Errorf("ECDSA keystore password: %w", err)
	}
	return keystore.LoadECDSA(sub.ECDSAKeystore, password)
}

// Submitter is the address that pays for evidence (zero: report only).
func (s *Service) Submitter() common.Address { return s.from }

// NodeAPIAddr is the node API's address ("" when off).
func (s *Service) NodeAPIAddr() string {
	if s.nodeAPI == nil {
		return ""
	}
	return s.nodeAPI.Addr()
}

// MetricsAddr is the metrics server's address ("" when off).
func (s *Service) MetricsAddr() string {
	if s.metSrv == nil {
		return ""
	}
	return s.metSrv.Addr()
}

// Start runs the poll loop and the servers until Stop.
func (s *Service) Start(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return ErrStopped
	}
	if s.started {
		return errors.New("watch service already started")
	}
	s.started = true
	tasks := []lifecycle.Task{s.loop}
	for _, srv := range []*httpserver.Server{s.nodeAPI, s.metSrv} {
		if srv != nil {
			tasks = append(tasks, srv.Run)
		}
	}
	s.tasks = lifecycle.Go(s.closeAll, tasks...)
	return nil
}

// Done is closed when the daemon has ended.
func (s *Service) Done() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tasks != nil {
		return s.tasks.Done()
	}
	return s.done
}

// Err is why the daemon ended; read it after Done.
func (s *Service) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tasks != nil {
		return s.tasks.Err()
	}
	return nil
}

// Stop ends the loop and the servers, then closes what NewService built.
// Idempotent.
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
		var errs []error
		for _, srv := range []*httpserver.Server{s.nodeAPI, s.metSrv} {
			if srv != nil {
				errs = append(errs, srv.Shutdown(ctx))
			}
		}
		errs = append(errs, tasks.Stop(ctx))
		return errors.Join(errs...)
	})
}

// Close releases what NewService built, for a service never started
// (`watch --once`). Same as Stop then.
func (s *Service) Close() error { return s.Stop(context.Background()) }

func (s *Service) closeAll() error {
	var errs []error
	for _, srv := range []*httpserver.Server{s.nodeAPI, s.metSrv} {
		if srv != nil {
			errs = append(errs, srv.Shutdown(context.Background()))
		}
	}
	if s.agg != nil {
		s.agg.Close()
	}
	for _, r := range s.readers {
		r.Close()
	}
	if s.l1 != nil {
		s.l1.Close()
	}
	if s.store != nil {
		if err := s.store.close(); err != nil {
			errs = append(errs, fmt.Errorf("close watch record: %w", err))
		}
	}
	return errors.Join(errs...)
}

// loop runs a pass at once and then every poll interval.
func (s *Service) loop(ctx context.Context) error {
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	for {
		if _, err := s.Pass(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("watch pass incomplete; will retry", zap.Error(err))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-ticker.C:
		}
	}
}

// Report is what one pass found, and what the watcher found in all.
type Report struct {
	// L1Head is the head the pass read up to.
	L1Head uint64 `json:"l1Head,string"`
	// Checkpoints and Claims are how many attested checkpoints were read
	// and attested claims compared with a rollup node, in this pass.
	Checkpoints int `json:"checkpoints"`
	Claims      int `json:"claimsCompared"`
	// Pending are attested claims not compared yet (the rollup node had not
	// reached them, or failed); Unwatched claims of rollups the watcher has
	// no node of.
	Pending   int `json:"pending"`
	Unwatched int `json:"unwatched"`
	// Mismatches are every mismatch found since start.
	Mismatches []Mismatch `json:"mismatches"`
	// Faults are faults found in this pass, Submitted evidence
	// transactions mined, AlreadySlashed faults already punished.
	Faults         int `json:"faults"`
	Submitted      int `json:"submitted"`
	AlreadySlashed int `json:"alreadySlashed"`
	// Errors are what could not be read or done in this pass.
	Errors []string `json:"errors,omitempty"`
}

// Pass reads every source up to the current L1 head, compares the new
// attested claims with the rollups, reads the aggregator's new signatures
// and turns every fault found into evidence. `watch --once` is one Pass.
func (s *Service) Pass(ctx context.Context) (*Report, error) {
	s.passMu.Lock()
	defer s.passMu.Unlock()
	r := &Report{}
	fail := func(target string, err error) {
		s.metrics.RPCError(target)
		s.health.down(target, err)
		r.Errors = append(r.Errors, fmt.Sprintf("%s: %v", target, err))
	}
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		fail("l1", err)
		return r, fmt.Errorf("read L1 head: %w", err)
	}
	r.L1Head = head
	l1OK := true
	for _, src := range s.sources {
		cps, err := src.Poll(ctx, head)
		for i := range cps {
			s.addCheckpoint(ctx, &cps[i], r)
		}
		if err != nil {
			fail(src.Name(), err)
			l1OK = false
			continue
		}
		s.health.up(src.Name())
	}
	s.compareClaims(ctx, head, r)
	if s.agg != nil {
		if err := s.readSignatures(ctx); err != nil {
			fail("aggregator", err)
		} else {
			s.health.up("aggregator")
		}
	}
	s.handleFaults(ctx, r)
	r.Mismatches = s.health.mismatchList()
	s.health.passed(head)
	if len(r.Errors) > 0 && !l1OK {
		return r, errors.New(r.Errors[0])
	}
	return r, nil
}

// addCheckpoint records an attested checkpoint: its claims are queued for
// comparison with the rollups, and every claim that conflicts with another
// attested claim or with an operator's own signature becomes a fault.
func (s *Service) addCheckpoint(ctx context.Context, cp *Checkpoint, r *Report) {
	s.metrics.CheckpointChecked(cp.Source)
	r.Checkpoints++
	if err := s.learnOperators(ctx, cp.Checkpoint.ReferenceBlock); err != nil {
		s.log.Warn("could not read the quorum at a reference block", zap.Uint32("block", cp.Checkpoint.ReferenceBlock), zap.Error(err))
	}
	for _, c := range cp.Tree.Claims() {
		k := keyOf(c)
		s.pending = append(s.pending, pendingClaim{cp: cp, claim: c})
		for _, other := range s.attested[k] {
			if oc, _ := other.Tree.Claim(c.ChainID); oc != c {
				s.enqueue(fault{form: evidence.FormAttested, key: k, attA: other, attB: cp})
			}
		}
		for _, byKey := range s.signed {
			for _, sc := range byKey[k] {
				if claimOf(sc, k) != c {
					s.enqueue(fault{form: evidence.FormSignedAgainstAttested, key: k, sigA: sc, attB: cp})
				}
			}
		}
		s.attested[k] = append(s.attested[k], cp)
	}
}

// learnOperators adds the quorum's members at block to the operators whose
// signatures are read from the aggregator.
func (s *Service) learnOperators(ctx context.Context, block uint32) error {
	if s.learned[block] {
		return nil
	}
	members, err := s.chain.Members(ctx, block)
	if err != nil {
		return err
	}
	for id, m := range members {
		s.operators[id] = m
	}
	s.learned[block] = true
	return nil
}

func claimOf(sc *signedClaim, k claimKey) core.Claim {
	for _, c := range sc.claims {
		if keyOf(c) == k {
			return c
		}
	}
	return core.Claim{}
}

// compareClaims compares the pending attested claims with the watcher's
// own rollup nodes.
func (s *Service) compareClaims(ctx context.Context, head uint64, r *Report) {
	var keep []pendingClaim
	for _, p := range s.pending {
		reader, ok := s.readers[p.claim.ChainID]
		if !ok {
			r.Unwatched++
			if !s.noReader[p.claim.ChainID] {
				s.noReader[p.claim.ChainID] = true
				s.log.Warn("attested claims of a rollup the watcher has no node of are not compared", zap.Uint64("chainId", p.claim.ChainID))
			}
			continue
		}
		own, err := reader.Claim(ctx, p.claim.BlockNumber)
		target := fmt.Sprintf("rollup-%d", p.claim.ChainID)
		switch {
		case errors.Is(err, rollup.ErrNotYet):
			keep = append(keep, p)
			continue
		case err != nil:
			s.metrics.RPCError(target)
			s.health.down(target, err)
			r.Errors = append(r.Errors, fmt.Sprintf("%s: %v", target, err))
			keep = append(keep, p)
			continue
		}
		s.health.up(target)
		s.metrics.ClaimChecked(p.claim.ChainID)
		r.Claims++
		if own == p.claim {
			continue
		}
		m := Mismatch{Source: p.cp.Source, Round: p.cp.Checkpoint.Round, TxHash: p.cp.TxHash, Attested: p.claim, Own: own,
			FoundAt: time.Now().UnixMilli(), AtL1Block: head}
		s.metrics.Mismatch(p.claim.ChainID)
		s.health.mismatch(m)
		s.log.Error("attested claim differs from the rollup's own block",
			zap.Uint64("chainId", p.claim.ChainID), zap.Uint64("blockNumber", p.claim.BlockNumber),
			zap.Uint64("round", p.cp.Checkpoint.Round), zap.String("source", p.cp.Source), zap.Stringer("tx", p.cp.TxHash),
			zap.Stringer("attestedBlockHash", p.claim.BlockHash), zap.Stringer("ownBlockHash", own.BlockHash),
			zap.Stringer("attestedStateRoot", p.claim.StateRoot), zap.Stringer("ownStateRoot", own.StateRoot))
	}
	r.Pending = len(keep)
	s.pending = keep
}

// readSignatures pages every known operator's new signatures from the
// aggregator and finds those that conflict with an attested claim or with
// another of its signatures.
func (s *Service) readSignatures(ctx context.Context) error {
	rounds, err := s.agg.ListRounds(ctx, api.ListRoundsRequest{Limit: 1})
	if err != nil {
		return fmt.Errorf("newest round: %w", err)
	}
	if len(rounds) == 0 {
		return nil
	}
	newest := rounds[0].Round
	// The quorum of the newest round may sign before anything is attested.
	if err := s.learnOperators(ctx, rounds[0].ReferenceBlock); err != nil {
		s.log.Warn("could not read the quorum at a round's reference block", zap.Uint32("block", rounds[0].ReferenceBlock), zap.Error(err))
	}
	ids := make([]common.Hash, 0, len(s.operators))
	for id := range s.operators {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	// Only operators that may have signed since: those that have not
	// signed the aggregator's newest round yet (a round still open takes
	// signatures, so they are asked again until they have).
	for _, id := range ids {
		if s.nextRound[id] > newest {
			continue
		}
		sigs, err := s.agg.AllOperatorSignatures(ctx, id, s.nextRound[id])
		if err != nil {
			return fmt.Errorf("operator %s: %w", id, err)
		}
		for _, sig := range sigs {
			s.nextRound[id] = max(s.nextRound[id], sig.Round+1)
			p, err := sig.Signature.Parse()
			if err != nil {
				s.log.Warn("aggregator listed a signature that is not a point", zap.Stringer("operatorId", id), zap.Uint64("round", sig.Round), zap.Error(err))
				continue
			}
			sc := &signedClaim{operator: id, round: sig.Round, ref: sig.ReferenceBlock, claims: sig.Claims, sig: &bls.Signature{G1Point: p}}
			s.addSigned(sc)
		}
	}
	return nil
}

// addSigned records an operator's own signature and queues the faults it
// proves.
func (s *Service) addSigned(sc *signedClaim) {
	byKey := s.signed[sc.operator]
	if byKey == nil {
		byKey = map[claimKey][]*signedClaim{}
		s.signed[sc.operator] = byKey
	}
	for _, c := range sc.claims {
		k := keyOf(c)
		for _, other := range byKey[k] {
			if claimOf(other, k) != c {
				s.enqueue(fault{form: evidence.FormSigned, key: k, sigA: other, sigB: sc})
			}
		}
		for _, cp := range s.attested[k] {
			if ac, _ := cp.Tree.Claim(c.ChainID); ac != c {
				s.enqueue(fault{form: evidence.FormSignedAgainstAttested, key: k, sigA: sc, attB: cp})
			}
		}
		byKey[k] = append(byKey[k], sc)
	}
}

// enqueue queues a fault once.
func (s *Service) enqueue(f fault) {
	id := fmt.Sprintf("%s/%d/%d", f.form, f.key.chainID, f.key.blockNumber)
	for _, part := range []struct {
		cp *Checkpoint
		sc *signedClaim
	}{{f.attA, f.sigA}, {f.attB, f.sigB}} {
		switch {
		case part.cp != nil:
			id += fmt.Sprintf("/%s:%d:%s", part.cp.Source, part.cp.Checkpoint.Round, part.cp.TxHash)
		case part.sc != nil:
			id += fmt.Sprintf("/sig:%s:%d", part.sc.operator, part.sc.round)
		}
	}
	if s.tried[id] {
		return
	}
	s.tried[id] = true
	f.id = id
	s.queue = append(s.queue, f)
}
