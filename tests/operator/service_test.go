package operator_test

import (
	"context"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
	"go.uber.org/zap/zaptest/observer"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/internal/lifecycle"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
	"github.com/rollcall-avs/rollcall/rollup"
)

const (
	waitFor       = 30 * time.Second // generous: -race on 2 cores is slow
	tick          = 20 * time.Millisecond
	blockInterval = 200 * time.Millisecond
	l1ChainID     = 31337
	chainA        = 901
	chainB        = 902
)

var registry = common.HexToAddress("0x00000000000000000000000000000000000000aa")

// fakeAggregator stands in for the aggregator process (being written
// separately): it serves one round and records every submission. Its
// methods are served as rollcall_openRound and rollcall_submitSignature.
type fakeAggregator struct {
	mu          sync.Mutex
	round       *api.Round
	submissions []api.SignedCheckpoint
	// errs are returned, in order, by the next submissions.
	errs []error
}

func (f *fakeAggregator) OpenRound() (*api.Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.round == nil {
		return nil, nil
	}
	r := *f.round
	return &r, nil
}

func (f *fakeAggregator) SubmitSignature(sc api.SignedCheckpoint) (*api.SubmitResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.submissions = append(f.submissions, sc)
	if len(f.errs) > 0 {
		err := f.errs[0]
		f.errs = f.errs[1:]
		if err != nil {
			return nil, err
		}
	}
	root, err := core.MerkleRoot(sc.Claims)
	if err != nil {
		return nil, api.Errorf(api.CodeWrongClaims, "claims: %v", err)
	}
	cp := core.Checkpoint{Round: sc.Round, ReferenceBlock: f.round.ReferenceBlock, ClaimsRoot: root}
	return &api.SubmitResult{Digest: cp.Digest(l1ChainID, registry), SignedBips: []uint32{10000}}, nil
}

func (f *fakeAggregator) open(r api.Round) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.round = &r
}

func (f *fakeAggregator) failNext(errs ...error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errs = append(f.errs, errs...)
}

// submitted returns the submissions of round.
func (f *fakeAggregator) submitted(round uint64) []api.SignedCheckpoint {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []api.SignedCheckpoint
	for _, s := range f.submissions {
		if s.Round == round {
			out = append(out, s)
		}
	}
	return out
}

// registered is a RegistrationChecker stub: the real check reads L1 and is
// tested end to end in tests/.
type registered bool

func (r registered) Registered(context.Context, common.Hash) (common.Address, bool, error) {
	if !r {
		return common.Address{}, false, nil
	}
	return common.HexToAddress("0x0000000000000000000000000000000000000001"), true, nil
}

type testEnv struct {
	t       *testing.T
	agg     *fakeAggregator
	aggURL  string
	chains  map[uint64]*chain.Chain
	clients map[uint64]*ethclient.Client
	kp      *bls.KeyPair
	cfg     operator.Config
}

func newEnv(t *testing.T) *testEnv {
	t.Helper()
	e := &testEnv{t: t, agg: &fakeAggregator{}, chains: map[uint64]*chain.Chain{}, clients: map[uint64]*ethclient.Client{}}

	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, e.agg))
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Stop() })
	e.aggURL = ts.URL

	for _, id := range []uint64{chainA, chainB} {
		e.chains[id], e.clients[id] = devnettest.StartRollup(t, id, blockInterval, zaptest.NewLogger(t).Named("chain"))
	}
	// Attest blocks with transactions in them, not the genesis.
	for id := range e.chains {
		require.Eventually(t, func() bool { return e.head(id) >= 3 }, waitFor, tick)
	}

	dir := t.TempDir()
	var err error
	e.kp, err = bls.GenRandomBlsKeys()
	require.NoError(t, err)
	keyPath := filepath.Join(dir, "op.bls.json")
	require.NoError(t, keystore.SaveBLS(keyPath, e.kp, "pw", keystore.WithLightScrypt()))
	pwPath := filepath.Join(dir, "op.password")
	require.NoError(t, os.WriteFile(pwPath, []byte("pw\n"), 0o600))

	depPath := filepath.Join(dir, "deployment.json")
	require.NoError(t, testDeployment().Save(depPath))

	e.cfg = operator.DefaultConfig()
	e.cfg.Deployment = depPath
	e.cfg.BLSKeystore = keyPath
	e.cfg.BLSPasswordFile = pwPath
	e.cfg.AggregatorURLs = operator.URLList{e.aggURL}
	e.cfg.DataDir = filepath.Join(dir, "data")
	e.cfg.PollInterval = 50 * time.Millisecond
	e.cfg.RoundTimeout = 15 * time.Second
	e.cfg.Rollups = []operator.RollupConfig{
		{ChainID: chainA, RPC: e.chains[chainA].HTTPURL(), Finality: "latest"},
		{ChainID: chainB, RPC: e.chains[chainB].HTTPURL(), Finality: "latest"},
	}
	return e
}

// testDeployment has the test's L1 chain id and registry, and a distinct
// placeholder for every other contract (nothing dials L1 here).
func testDeployment() *deploy.Deployment {
	d := &deploy.Deployment{L1: deploy.L1Info{ChainID: l1ChainID, RPCURL: "http://127.0.0.1:1"}}
	n := int64(0x100)
	for _, v := range []reflect.Value{reflect.ValueOf(&d.EigenLayer).Elem(), reflect.ValueOf(&d.AVS).Elem()} {
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Type() == reflect.TypeOf(common.Address{}) {
				n++
				f.Set(reflect.ValueOf(common.BigToAddress(big.NewInt(n))))
			}
		}
	}
	d.AVS.Registry = registry
	return d
}

// start builds and starts the daemon, stopped at test end.
func (e *testEnv) start() *operator.Service {
	e.t.Helper()
	svc, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(e.t).Named("operator"), operator.Options{Registration: registered(true)})
	require.NoError(e.t, err)
	require.NoError(e.t, svc.Start(context.Background()))
	e.t.Cleanup(func() { require.NoError(e.t, svc.Stop(context.Background())) })
	return svc
}

func (e *testEnv) head(chainID uint64) uint64 {
	e.t.Helper()
	n, err := e.clients[chainID].BlockNumber(context.Background())
	require.NoError(e.t, err)
	return n
}

// claimAt reads the claim independently of the operator: the header's own
// hash and state root.
func (e *testEnv) claimAt(chainID, height uint64) core.Claim {
	e.t.Helper()
	h, err := e.clients[chainID].HeaderByNumber(context.Background(), new(big.Int).SetUint64(height))
	require.NoError(e.t, err)
	return core.Claim{ChainID: chainID, BlockNumber: height, BlockHash: h.Hash(), StateRoot: h.Root}
}

func (e *testEnv) round(n uint64, targets ...api.Target) api.Round {
	return api.Round{Round: n, ReferenceBlock: 1000 + uint32(n), L1ChainID: l1ChainID, Registry: registry, Targets: targets}
}

// waitSubmissions waits until round has at least n submissions.
func (e *testEnv) waitSubmissions(round uint64, n int) []api.SignedCheckpoint {
	e.t.Helper()
	require.Eventually(e.t, func() bool { return len(e.agg.submitted(round)) >= n }, waitFor, tick)
	return e.agg.submitted(round)
}

// requireValid checks a submission against claims read independently: the
// claims, the operator id, and a BLS signature over the locally computed
// digest.
func (e *testEnv) requireValid(sc api.SignedCheckpoint, r api.Round) {
	e.t.Helper()
	var want []core.Claim
	for _, tg := range r.Targets {
		want = append(want, e.claimAt(tg.ChainID, tg.BlockNumber))
	}
	tree, err := core.BuildTree(want)
	require.NoError(e.t, err)
	require.Equal(e.t, tree.Claims(), sc.Claims)
	cp := core.Checkpoint{Round: r.Round, ReferenceBlock: r.ReferenceBlock, ClaimsRoot: tree.Root()}
	digest := cp.Digest(l1ChainID, registry)

	sig := bls.Signature{G1Point: bls.NewG1Point(sc.Signature.X.ToInt(), sc.Signature.Y.ToInt())}
	ok, err := sig.Verify(e.kp.GetPubKeyG2(), digest)
	require.NoError(e.t, err)
	require.True(e.t, ok, "signature does not verify over the digest of the rollups' real headers")

	// The same signature must not verify over a neighbouring digest.
	other := core.Checkpoint{Round: r.Round + 1, ReferenceBlock: r.ReferenceBlock, ClaimsRoot: tree.Root()}
	ok, err = sig.Verify(e.kp.GetPubKeyG2(), other.Digest(l1ChainID, registry))
	require.NoError(e.t, err)
	require.False(e.t, ok)
}

func TestSignsRound(t *testing.T) {
	e := newEnv(t)
	svc := e.start()
	r := e.round(1, api.Target{ChainID: chainB, BlockNumber: e.head(chainB)}, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)})
	e.agg.open(r)

	subs := e.waitSubmissions(1, 1)
	require.Len(t, subs, 1)
	require.Equal(t, svc.OperatorID(), subs[0].OperatorID)
	e.requireValid(subs[0], r)

	require.Eventually(t, func() bool { return svc.Status().Accepted == 1 }, waitFor, tick)
	st := svc.Status()
	require.Equal(t, uint64(1), st.LastRoundSigned)
	require.Equal(t, uint64(1), st.LastRoundSeen)
	require.Empty(t, st.Refused)
	require.True(t, st.AggregatorReachable)

	// Polling the same round again does not sign it again.
	time.Sleep(5 * e.cfg.PollInterval)
	require.Len(t, e.agg.submitted(1), 1)
}

func TestWaitsForTargetHeight(t *testing.T) {
	e := newEnv(t)
	svc := e.start()
	target := e.head(chainA) + 6 // about 1.2 s ahead
	r := e.round(1, api.Target{ChainID: chainA, BlockNumber: target})
	e.agg.open(r)

	subs := e.waitSubmissions(1, 1)
	require.GreaterOrEqual(t, e.head(chainA), target)
	e.requireValid(subs[0], r)
	require.Equal(t, uint64(1), svc.Status().Signed)
}

func TestConflictWithRecordRefused(t *testing.T) {
	e := newEnv(t)
	hA, hB := e.head(chainA), e.head(chainB)
	forged := e.claimAt(chainA, hA)
	forged.StateRoot = common.HexToHash("0xbad")

	// Pre-write a record saying this key signed another claim at (chainA, hA).
	opID := operatorID(t, e)
	require.NoError(t, os.MkdirAll(e.cfg.DataDir, 0o700))
	rec, err := signrecord.Open(filepath.Join(e.cfg.DataDir, operator.RecordFile), opID)
	require.NoError(t, err)
	require.NoError(t, rec.Sign(1, common.HexToHash("0x01"), []core.Claim{forged}))
	require.NoError(t, rec.Close())

	svc := e.start()
	e.agg.open(e.round(2, api.Target{ChainID: chainA, BlockNumber: hA}, api.Target{ChainID: chainB, BlockNumber: hB}))
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonConflict] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(2), "a conflicting round must not be submitted")
	require.Zero(t, svc.Status().Signed)

	// A later round is still signed: the loop goes on.
	r3 := e.round(3, api.Target{ChainID: chainB, BlockNumber: hB})
	e.agg.open(r3)
	e.requireValid(e.waitSubmissions(3, 1)[0], r3)
	require.Empty(t, e.agg.submitted(2))

	// Nothing of round 2 reached the record.
	require.NoError(t, svc.Stop(context.Background()))
	rec, err = signrecord.Open(filepath.Join(e.cfg.DataDir, operator.RecordFile), opID)
	require.NoError(t, err)
	defer rec.Close()
	got, ok, err := rec.Claim(chainA, hA)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, forged, got)
	_, ok, err = rec.RoundDigest(2)
	require.NoError(t, err)
	require.False(t, ok)
}

func TestOtherDigestForSignedRoundRefused(t *testing.T) {
	e := newEnv(t)
	opID := operatorID(t, e)
	require.NoError(t, os.MkdirAll(e.cfg.DataDir, 0o700))
	rec, err := signrecord.Open(filepath.Join(e.cfg.DataDir, operator.RecordFile), opID)
	require.NoError(t, err)
	require.NoError(t, rec.Sign(5, common.HexToHash("0x05"), nil))
	require.NoError(t, rec.Close())

	svc := e.start()
	e.agg.open(e.round(5, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonRoundDigest] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(5))
}

func TestRestartResignsSameRound(t *testing.T) {
	e := newEnv(t)
	r := e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)})
	e.agg.open(r)
	svc := e.start()
	e.waitSubmissions(1, 1)
	require.NoError(t, svc.Stop(context.Background()))

	// A restarted daemon re-signs the same claims for the same round: the
	// record allows it, the aggregator answers "duplicate", which is fine.
	e.agg.failNext(api.Errorf(api.CodeDuplicate, "already signed"))
	svc = e.start()
	subs := e.waitSubmissions(1, 2)
	require.Equal(t, subs[0].Claims, subs[1].Claims)
	require.Eventually(t, func() bool { return svc.Status().Accepted == 1 }, waitFor, tick)
	require.Empty(t, svc.Status().Rejected)
}

func TestRetriesInternalErrors(t *testing.T) {
	e := newEnv(t)
	e.agg.failNext(api.Errorf(api.CodeInternal, "db busy"), api.Errorf(api.CodeInternal, "db busy"))
	svc := e.start()
	r := e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)})
	e.agg.open(r)

	require.Eventually(t, func() bool { return svc.Status().Accepted == 1 }, waitFor, tick)
	subs := e.agg.submitted(1)
	require.Len(t, subs, 3, "two internal errors, then accepted")
	require.Equal(t, subs[0], subs[2], "the same signed checkpoint is resent")
	e.requireValid(subs[2], r)
	require.Equal(t, uint64(1), svc.Status().Signed)
}

func TestPermanentErrorNotRetried(t *testing.T) {
	e := newEnv(t)
	e.agg.failNext(api.Errorf(api.CodeBadSignature, "signature does not verify"))
	svc := e.start()
	e.agg.open(e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	require.Eventually(t, func() bool { return svc.Status().Rejected[api.CodeBadSignature] == 1 }, waitFor, tick)

	// The loop is sequential: once round 2 is submitted, a retry of round 1
	// would have happened already.
	e.agg.open(e.round(2, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	e.waitSubmissions(2, 1)
	require.Len(t, e.agg.submitted(1), 1)
	require.Eventually(t, func() bool { return svc.Status().Accepted == 1 }, waitFor, tick, "round 2 accepted, round 1 not")
}

func TestRefusesForeignRounds(t *testing.T) {
	e := newEnv(t)
	svc := e.start()
	hA := e.head(chainA)

	wrongL1 := e.round(1, api.Target{ChainID: chainA, BlockNumber: hA})
	wrongL1.L1ChainID = 1
	e.agg.open(wrongL1)
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonWrongL1Chain] == 1 }, waitFor, tick)

	wrongRegistry := e.round(2, api.Target{ChainID: chainA, BlockNumber: hA})
	wrongRegistry.Registry = common.HexToAddress("0xbb")
	e.agg.open(wrongRegistry)
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonWrongRegistry] == 1 }, waitFor, tick)

	unknown := e.round(3, api.Target{ChainID: chainA, BlockNumber: hA}, api.Target{ChainID: 777, BlockNumber: 1})
	e.agg.open(unknown)
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonUnknownChain] == 1 }, waitFor, tick)

	dup := e.round(4, api.Target{ChainID: chainA, BlockNumber: hA}, api.Target{ChainID: chainA, BlockNumber: hA})
	e.agg.open(dup)
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonBadTargets] == 1 }, waitFor, tick)

	good := e.round(5, api.Target{ChainID: chainA, BlockNumber: hA})
	e.agg.open(good)
	e.requireValid(e.waitSubmissions(5, 1)[0], good)
	for round := uint64(1); round <= 4; round++ {
		require.Empty(t, e.agg.submitted(round), "round %d", round)
	}
	require.Equal(t, uint64(1), svc.Status().Signed)
}

func TestReplacedRoundAbandoned(t *testing.T) {
	e := newEnv(t)
	svc := e.start()
	far := e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA) + 100_000})
	e.agg.open(far)
	require.Eventually(t, func() bool { return svc.Status().LastRoundSeen == 1 }, waitFor, tick)

	next := e.round(2, api.Target{ChainID: chainB, BlockNumber: e.head(chainB)})
	e.agg.open(next)
	e.requireValid(e.waitSubmissions(2, 1)[0], next)
	require.Equal(t, uint64(1), svc.Status().Refused[operator.ReasonReplaced])
	require.Empty(t, e.agg.submitted(1))
}

func TestNotRegistered(t *testing.T) {
	e := newEnv(t)
	_, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{Registration: registered(false)})
	require.ErrorIs(t, err, operator.ErrNotRegistered)
	require.ErrorContains(t, err, operatorID(t, e).Hex())
	require.ErrorContains(t, err, "is not registered with rollcall at registry coordinator")
	require.ErrorContains(t, err, "rollcall operator register")
}

func TestStartUpErrors(t *testing.T) {
	e := newEnv(t)

	wrongChain := e.cfg
	wrongChain.Rollups = []operator.RollupConfig{{ChainID: chainA, RPC: e.chains[chainB].HTTPURL(), Finality: "latest"}}
	_, err := operator.NewService(context.Background(), wrongChain, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.ErrorIs(t, err, rollup.ErrWrongChain)

	wrongPassword := e.cfg
	pw := filepath.Join(t.TempDir(), "pw")
	require.NoError(t, os.WriteFile(pw, []byte("nope"), 0o600))
	wrongPassword.BLSPasswordFile = pw
	_, err = operator.NewService(context.Background(), wrongPassword, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.ErrorIs(t, err, keystore.ErrWrongPassword)

	envPassword := e.cfg
	envPassword.BLSPasswordFile = ""
	t.Setenv(operator.BLSPasswordEnv, "")
	_, err = operator.NewService(context.Background(), envPassword, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.ErrorContains(t, err, operator.BLSPasswordEnv)
	t.Setenv(operator.BLSPasswordEnv, "pw")
	svc, err := operator.NewService(context.Background(), envPassword, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.NoError(t, err)

	// The record is locked while svc holds it; Stop (twice) releases it.
	_, err = operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.ErrorIs(t, err, signrecord.ErrLocked)
	require.NoError(t, svc.Stop(context.Background()))
	require.NoError(t, svc.Stop(context.Background()))
	require.ErrorIs(t, svc.Start(context.Background()), operator.ErrStopped)

	// A failed start-up closed what it opened: the record is free again.
	svc, err = operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{Registration: registered(true)})
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
}

func TestUnreachableL1(t *testing.T) {
	e := newEnv(t)
	e.cfg.L1RPC = "http://127.0.0.1:1" // nothing listens on port 1
	_, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t), operator.Options{})
	require.ErrorContains(t, err, "cannot reach L1 at http://127.0.0.1:1")
}

func operatorID(t *testing.T, e *testEnv) common.Hash {
	t.Helper()
	return common.HexToHash(e.kp.PubKey.GetOperatorID())
}

// Stop with a context that has already ended: Stop may give up waiting
// for the loop (lifecycle.ErrStopTimeout), but the signing record is
// closed only once the loop has returned, and Done says when.
func TestStopClosesRecordAfterTheLoop(t *testing.T) {
	e := newEnv(t)
	svc, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(t).Named("operator"), operator.Options{Registration: registered(true)})
	require.NoError(t, err)
	require.NoError(t, svc.Start(context.Background()))
	e.agg.open(e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	e.waitSubmissions(1, 1) // the loop has used the record

	path := filepath.Join(e.cfg.DataDir, operator.RecordFile)
	_, err = signrecord.Open(path, svc.OperatorID())
	require.Error(t, err, "the running daemon holds the record")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := svc.Stop(ctx); err != nil {
		require.ErrorIs(t, err, lifecycle.ErrStopTimeout)
	}
	<-svc.Done()
	require.NoError(t, svc.Err())
	rec, err := signrecord.Open(path, svc.OperatorID())
	require.NoError(t, err, "closed once the loop returned")
	require.NoError(t, rec.Close())
	require.Equal(t, svc.Stop(ctx), svc.Stop(context.Background()), "Stop is idempotent")
}

// TestSignatureBeforeRegistrationIsAWarning: the aggregator does not count
// a signature for a round whose reference block predates the operator's
// registration (CodeUnknownOperator). That is expected once after
// registering: a warning saying why, not an error, and the next round is
// signed.
func TestSignatureBeforeRegistrationIsAWarning(t *testing.T) {
	e := newEnv(t)
	obs, logs := observer.New(zap.DebugLevel)
	svc, err := operator.NewService(context.Background(), e.cfg, zap.New(obs), operator.Options{Registration: registered(true)})
	require.NoError(t, err)
	require.NoError(t, svc.Start(context.Background()))
	t.Cleanup(func() { require.NoError(t, svc.Stop(context.Background())) })

	e.agg.failNext(api.Errorf(api.CodeUnknownOperator, "operator not registered at reference block 1001"))
	e.agg.open(e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	require.Eventually(t, func() bool { return svc.Status().Rejected[api.CodeUnknownOperator] == 1 }, waitFor, tick)
	e.agg.open(e.round(2, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)}))
	require.Eventually(t, func() bool { return svc.Status().Accepted == 1 }, waitFor, tick)

	warned := logs.FilterMessageSnippet("not registered at the round's reference block").All()
	require.Len(t, warned, 1)
	require.Equal(t, zap.WarnLevel, warned[0].Level)
	require.EqualValues(t, 1001, warned[0].ContextMap()["referenceBlock"])
	require.Empty(t, logs.FilterLevelExact(zap.ErrorLevel).All(), "no ERROR for a round opened before the registration")
}
