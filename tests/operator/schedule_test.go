package operator_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest"
	"go.uber.org/zap/zaptest/observer"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
	"github.com/rollcall-avs/rollcall/rollup"
)

// The scheduled aggregator is built separately: here in-test stand-ins
// (fakeAggregator) serve rounds that the test computes itself from the
// real chains, with core.Schedule and rollup.TargetAt on its own readers:
// a real L1 (its block timestamps) and real rollups.

// every is the test schedule: a round per 4 L1 blocks (0.8 s).
const every = 4

// schedEnv is an apiEnv (real L1, node API, metrics) whose rounds are
// scheduled, with readers of its own on the rollups.
type schedEnv struct {
	*apiEnv
	readers map[uint64]rollup.Reader // the test's own, at latest
	logs    *observer.ObservedLogs
}

func newSchedEnv(t *testing.T) *schedEnv {
	t.Helper()
	e := &schedEnv{apiEnv: newAPIEnv(t), readers: map[uint64]rollup.Reader{}}
	for id, c := range e.chains {
		r, err := rollup.New(context.Background(), rollup.Config{ChainID: id, RPCURL: c.HTTPURL(), Kind: rollup.KindEVM, Finality: rollup.Latest}, zap.NewNop())
		require.NoError(t, err)
		t.Cleanup(r.Close)
		e.readers[id] = r
	}
	e.cfg.RoundEvery = every
	e.cfg.RoundTimeout = 20 * time.Second // a round may wait for a rollup
	return e
}

// startObserved starts the daemon with its logs both in the test output
// and observed (debug and up).
func (e *schedEnv) startObserved() {
	e.t.Helper()
	core0, logs := observer.New(zap.DebugLevel)
	e.logs = logs
	log := zap.New(zapcore.NewTee(core0, zaptest.NewLogger(e.t).Core())).Named("operator")
	svc, err := operator.NewService(context.Background(), e.cfg, log, operator.Options{Registration: registered(true)})
	require.NoError(e.t, err)
	require.NoError(e.t, svc.Start(context.Background()))
	e.t.Cleanup(func() { require.NoError(e.t, svc.Stop(context.Background())) })
	e.svc = svc
}

// l1Time is the timestamp of L1 block n, read by the test.
func (e *schedEnv) l1Time(n uint64) uint64 {
	e.t.Helper()
	h, err := e.l1.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(e.t, err)
	return h.Time
}

// currentRound waits for the next scheduled round after after (0: any)
// that L1 has opened, and returns its number.
func (e *schedEnv) currentRound(after uint64) uint64 {
	e.t.Helper()
	var round uint64
	require.Eventually(e.t, func() bool {
		head, err := e.l1.Client().BlockNumber(context.Background())
		require.NoError(e.t, err)
		r, _, ok := core.Schedule{Every: every}.Current(head)
		round = r
		return ok && r > after
	}, waitFor, tick)
	return round
}

// scheduled is round n as a correct scheduled aggregator proposes it:
// reference block n·every, each target its rollup's last block not after
// that block's time, found by the test's own readers once knowable.
func (e *schedEnv) scheduled(n uint64, chains ...uint64) api.Round {
	e.t.Helper()
	ref, err := core.Schedule{Every: every}.Reference(n)
	require.NoError(e.t, err)
	T := e.l1Time(uint64(ref))
	r := api.Round{Round: n, ReferenceBlock: ref, Every: every, L1ChainID: l1ChainID, Registry: registry}
	for _, id := range chains {
		var h uint64
		require.Eventually(e.t, func() bool {
			h, err = rollup.TargetAt(context.Background(), e.readers[id], T, 0)
			require.False(e.t, errors.Is(err, rollup.ErrNoBlockBefore), "rollup %d starts after L1 block %d", id, ref)
			return err == nil
		}, waitFor, tick)
		r.Targets = append(r.Targets, api.Target{ChainID: id, BlockNumber: h})
	}
	return r
}

// addAggregator serves another stand-in aggregator and returns it.
func (e *schedEnv) addAggregator(h any) string {
	e.t.Helper()
	srv := rpc.NewServer()
	require.NoError(e.t, srv.RegisterName(api.Namespace, h))
	ts := httptest.NewServer(srv)
	e.t.Cleanup(func() { ts.Close(); srv.Stop() })
	return ts.URL
}

func (e *schedEnv) recordDigest(round uint64) (bool, error) {
	rec, err := signrecord.OpenReadOnly(filepath.Join(e.cfg.DataDir, operator.RecordFile))
	if err != nil {
		return false, err
	}
	defer rec.Close()
	_, ok, err := rec.RoundDigest(round)
	return ok, err
}

// TestScheduledRoundSignedForBothAggregators: a correct scheduled round
// shown by two aggregators is verified, recorded once and signed once: the
// same signed checkpoint (the same deterministic BLS signature) reaches
// both, the second signing of the same digest is accepted by the signing
// record, and the round counts once.
func TestScheduledRoundSignedForBothAggregators(t *testing.T) {
	e := newSchedEnv(t)
	b := &fakeAggregator{}
	e.cfg.AggregatorURLs = append(e.cfg.AggregatorURLs, e.addAggregator(b))
	e.startObserved()

	r := e.scheduled(e.currentRound(0), chainA, chainB)
	e.agg.open(r)
	subA := e.waitSubmissions(r.Round, 1)[0]
	e.requireValid(subA, r)
	require.Len(t, e.agg.submitted(r.Round), 1)
	require.Empty(t, b.submitted(r.Round), "not sent to B: it has not shown the round")

	// B shows the round later (a replica a little behind): the same
	// signed checkpoint goes to B.
	b.open(r)
	require.Eventually(t, func() bool { return len(b.submitted(r.Round)) == 1 }, waitFor, tick)
	subB := b.submitted(r.Round)[0]
	require.Equal(t, subA, subB, "the same claims and the same signature to both aggregators")

	require.Eventually(t, func() bool {
		st := e.svc.Status()
		return len(st.Aggregators) == 2 && st.Aggregators[0].Accepted == 1 && st.Aggregators[1].Accepted == 1
	}, waitFor, tick)
	st := e.svc.Status()
	require.Equal(t, uint64(1), st.Signed, "a round signed for two aggregators counts once")
	require.Equal(t, uint64(1), st.Accepted)
	require.Empty(t, st.Refused, "re-signing the same digest for the second aggregator is no refusal")
	require.Equal(t, []string{operator.AggregatorTarget(0, 2), operator.AggregatorTarget(1, 2)}, []string{st.Aggregators[0].ID, st.Aggregators[1].ID})
	require.Equal(t, 1.0, metricValue(t, e.scrape()["rollcall_rounds_signed_total"], nil))
	require.Equal(t, 1.0, metricValue(t, e.scrape()["rollcall_rounds_seen_total"], nil))

	// Each follower logs with its aggregator's URL.
	for _, url := range e.cfg.AggregatorURLs {
		require.NotEmpty(t, e.logs.FilterMessage("signature accepted").FilterField(zap.String("aggregator", redact.URL(url))).All(), url)
	}
	require.Len(t, e.logs.FilterMessage("checkpoint signed").All(), 2, "signed once per aggregator")

	// The record holds the one digest the checkpoint has.
	require.NoError(t, e.svc.Stop(context.Background()))
	rec, err := signrecord.OpenReadOnly(filepath.Join(e.cfg.DataDir, operator.RecordFile))
	require.NoError(t, err)
	defer rec.Close()
	d, ok, err := rec.RoundDigest(r.Round)
	require.NoError(t, err)
	require.True(t, ok)
	root, err := core.MerkleRoot(subA.Claims)
	require.NoError(t, err)
	require.Equal(t, core.Checkpoint{Round: r.Round, ReferenceBlock: r.ReferenceBlock, ClaimsRoot: root}.Digest(l1ChainID, registry), d)
}

// TestScheduledRoundRefusals: with round-every set, a target one block off
// what the operator's own nodes show is refused (target-mismatch, an ERROR
// naming both heights, nothing recorded or sent); so are a reference block
// off the schedule, another schedule, and an unscheduled round; a correct
// round after them is signed.
func TestScheduledRoundRefusals(t *testing.T) {
	e := newSchedEnv(t)
	e.startObserved()

	n := e.currentRound(0)
	offByOne := e.scheduled(n, chainA, chainB)
	proposed := offByOne.Targets[1].BlockNumber + 1
	found := offByOne.Targets[1].BlockNumber
	offByOne.Targets[1].BlockNumber = proposed
	e.agg.open(offByOne)
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonTargetMismatch] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(n), "a refused round is not sent")
	errs := e.logs.FilterLevelExact(zap.ErrorLevel).FilterMessageSnippet("target is not the rollup's last block").All()
	require.Len(t, errs, 1)
	fields := errs[0].ContextMap()
	require.EqualValues(t, offByOne.Targets[1].ChainID, fields["chainId"])
	require.EqualValues(t, proposed, fields["proposedBlock"])
	require.EqualValues(t, found, fields["foundBlock"])
	require.EqualValues(t, n, fields["round"])
	require.Equal(t, 1.0, metricValue(t, e.scrape()["rollcall_rounds_refused_total"], map[string]string{"reason": "target-mismatch"}))
	_, h := e.health()
	require.Contains(t, strings.Join(h.Reasons, "\n"), "refused: target-mismatch")

	n = e.currentRound(n)
	offRef := e.scheduled(n, chainA)
	offRef.ReferenceBlock++
	e.agg.open(offRef)
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonOffSchedule] == 1 }, waitFor, tick)

	n = e.currentRound(n)
	otherSchedule := e.scheduled(n, chainA)
	otherSchedule.Every, otherSchedule.ReferenceBlock = 2*every, uint32(2*every*n)
	e.agg.open(otherSchedule)
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonOffSchedule] == 2 }, waitFor, tick)
	require.NotEmpty(t, e.logs.FilterMessage("refusing round").FilterFieldKey("error").Filter(func(l observer.LoggedEntry) bool {
		return strings.Contains(l.ContextMap()["error"].(string), "an aggregator with another schedule")
	}).All())

	n = e.currentRound(n)
	unscheduled := e.scheduled(n, chainA)
	unscheduled.Every = 0
	e.agg.open(unscheduled)
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonUnscheduled] == 1 }, waitFor, tick)
	require.Equal(t, 1.0, metricValue(t, e.scrape()["rollcall_rounds_refused_total"], map[string]string{"reason": "unscheduled"}))

	n = e.currentRound(n)
	good := e.scheduled(n, chainA, chainB)
	e.agg.open(good)
	e.requireValid(e.waitSubmissions(n, 1)[0], good)
	require.Equal(t, uint64(1), e.svc.Status().Signed)
	for _, r := range []uint64{offByOne.Round, offRef.Round, otherSchedule.Round, unscheduled.Round} {
		require.Empty(t, e.agg.submitted(r), "round %d", r)
	}

	require.NoError(t, e.svc.Stop(context.Background()))
	for _, r := range []uint64{offByOne.Round, offRef.Round, otherSchedule.Round, unscheduled.Round} {
		ok, err := e.recordDigest(r)
		require.NoError(t, err)
		require.False(t, ok, "refused round %d is not in the signing record", r)
	}
	ok, err := e.recordDigest(good.Round)
	require.NoError(t, err)
	require.True(t, ok)
}

// TestUnscheduledRoundsWithoutRoundEvery: round-every 0 signs unscheduled
// rounds as before, and still checks a scheduled one against its own
// every.
func TestUnscheduledRoundsWithoutRoundEvery(t *testing.T) {
	e := newSchedEnv(t)
	e.cfg.RoundEvery = 0
	e.startObserved()

	plain := e.round(1, api.Target{ChainID: chainA, BlockNumber: e.head(chainA)})
	e.agg.open(plain)
	e.requireValid(e.waitSubmissions(1, 1)[0], plain)

	n := e.currentRound(1)
	bad := e.scheduled(n, chainA)
	bad.Targets[0].BlockNumber--
	e.agg.open(bad)
	require.Eventually(t, func() bool { return e.svc.Status().Refused[operator.ReasonTargetMismatch] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(n))
}

// TestScheduledTargetWaitedFor: a target the operator's node cannot know
// yet (its finalized head is not past the reference time) is waited for,
// then verified and signed. The operator follows chain A at finalized,
// which the devnet advances in steps of 32 blocks; the test picks a round
// whose reference time is after A's finalized head, early in a step.
func TestScheduledTargetWaitedFor(t *testing.T) {
	e := newSchedEnv(t)
	e.cfg.Rollups[0].Finality = "finalized"
	require.Equal(t, uint64(chainA), e.cfg.Rollups[0].ChainID)
	finalized, err := rollup.New(context.Background(), rollup.Config{ChainID: chainA, RPCURL: e.chains[chainA].HTTPURL(), Kind: rollup.KindEVM, Finality: rollup.Finalized}, zap.NewNop())
	require.NoError(t, err)
	defer finalized.Close()
	e.startObserved()

	var r api.Round
	require.Eventually(t, func() bool {
		latest := e.head(chainA)
		if latest%32 > 16 { // the next finalized step is too close
			return false
		}
		head, err := e.l1.Client().BlockNumber(context.Background())
		require.NoError(t, err)
		n, ref, ok := core.Schedule{Every: every}.Current(head)
		if !ok {
			return false
		}
		T := e.l1Time(uint64(ref))
		if _, err := rollup.TargetAt(context.Background(), finalized, T, 0); !errors.Is(err, rollup.ErrNotYet) {
			return false // already knowable at finalized: no wait to show
		}
		if _, err := rollup.TargetAt(context.Background(), e.readers[chainA], T, 0); err != nil {
			return false
		}
		r = e.scheduled(n, chainA)
		return true
	}, 2*waitFor, tick, "no round whose reference time is after chain A's finalized head")
	e.agg.open(r)

	sub := e.waitSubmissions(r.Round, 1)[0]
	e.requireValid(sub, r)
	waited := e.logs.FilterMessageSnippet("target not knowable yet").FilterField(zap.Uint64("round", r.Round)).All()
	require.NotEmpty(t, waited, "the target was waited for, not found at once")
	require.Empty(t, e.svc.Status().Refused)
}

// hungAggregator never answers, until the test ends.
type hungAggregator struct {
	release chan struct{}
}

func (h *hungAggregator) hang(ctx context.Context) error {
	select {
	case <-h.release:
	case <-ctx.Done():
	}
	return errors.New("released")
}

func (h *hungAggregator) OpenRound(ctx context.Context) (*api.Round, error) { return nil, h.hang(ctx) }
func (h *hungAggregator) SubmitSignature(ctx context.Context, _ api.SignedCheckpoint) (*api.SubmitResult, error) {
	return nil, h.hang(ctx)
}
func (h *hungAggregator) OperatorSignatures(ctx context.Context, _ common.Hash, _ *api.Uint64, _ int) (*api.OperatorSignatures, error) {
	return nil, h.hang(ctx)
}

// TestHungAggregatorStallsOnlyItsFollower: aggregator A never answers; B
// still gets the signature of every round it shows, health is partial
// (206) naming A, and once B is gone too the node is unhealthy (503).
func TestHungAggregatorStallsOnlyItsFollower(t *testing.T) {
	e := newSchedEnv(t)
	hung := &hungAggregator{release: make(chan struct{})}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, hung))
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	t.Cleanup(func() { close(hung.release) }) // before the server closes: it waits for its calls
	e.cfg.AggregatorURLs = operator.URLList{hs.URL, e.cfg.AggregatorURLs[0]}
	e.startObserved()

	var n uint64
	for i := 0; i < 3; i++ {
		n = e.currentRound(n)
		r := e.scheduled(n, chainA, chainB)
		e.agg.open(r)
		e.requireValid(e.waitSubmissions(n, 1)[0], r)
	}
	require.Eventually(t, func() bool { return e.svc.Status().Aggregators[1].Accepted == 3 }, waitFor, tick)

	e.waitService("aggregator-0", "Down") // its calls time out
	hA := e.waitHealth(http.StatusPartialContent)
	reasons := strings.Join(hA.Reasons, "\n")
	require.Contains(t, reasons, "aggregator-0 is down")
	require.Contains(t, reasons, redact.URL(hs.URL))
	require.NotContains(t, reasons, "aggregator-1 is down")
	svcs := e.services()
	require.Equal(t, "Down", svcs["aggregator-0"])
	require.Equal(t, "Up", svcs["aggregator-1"])
	st := e.svc.Status()
	require.False(t, st.Aggregators[0].Reachable)
	require.True(t, st.Aggregators[1].Reachable)
	require.False(t, st.AggregatorReachable)
	require.Zero(t, st.Aggregators[0].Accepted)
	require.NotEmpty(t, e.logs.FilterMessage("aggregator unreachable").FilterField(zap.String("aggregator", redact.URL(hs.URL))).All())

	// B gone too: nothing is signed for, the node is unhealthy.
	e.aggSrv.Close()
	h := e.waitHealth(http.StatusServiceUnavailable)
	require.Contains(t, strings.Join(h.Reasons, "\n"), "aggregator-1 is down")
}

// TestRecordAllowsTheSameDigestTwice: the signing record accepts the same
// round and digest again (a second aggregator's follower), and BLS
// signatures are deterministic: the second signature is the first.
func TestRecordAllowsTheSameDigestTwice(t *testing.T) {
	dir := t.TempDir()
	e := &testEnv{t: t}
	var err error
	e.kp, err = bls.GenRandomBlsKeys()
	require.NoError(t, err)
	rec, err := signrecord.Open(filepath.Join(dir, "r.db"), operatorID(t, e))
	require.NoError(t, err)
	defer rec.Close()
	claims := []core.Claim{{ChainID: chainA, BlockNumber: 7, BlockHash: [32]byte{1}, StateRoot: [32]byte{2}}}
	root, err := core.MerkleRoot(claims)
	require.NoError(t, err)
	digest := core.Checkpoint{Round: 3, ReferenceBlock: 12, ClaimsRoot: root}.Digest(l1ChainID, registry)
	require.NoError(t, rec.Sign(3, digest, claims))
	first := e.kp.SignMessage(digest)
	require.NoError(t, rec.Sign(3, digest, claims), "the same digest again")
	second := e.kp.SignMessage(digest)
	require.Equal(t, api.NewG1Point(first.G1Point), api.NewG1Point(second.G1Point), "BLS signatures are deterministic")
	other := digest
	other[0] ^= 1
	require.ErrorIs(t, rec.Sign(3, other, claims), signrecord.ErrRoundSigned, "another digest is not")
}
