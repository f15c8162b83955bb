package tests

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
)

// TestReplicasScheduled runs two aggregator replicas (their own keys and
// stores, replica-index 0 and 1 of 2) over scheduled rounds on one devnet,
// with a signer that plays every operator and submits to both. Over 15+
// rounds: both replicas open the rounds the schedule names with identical
// targets, every round with every signature lands on L1 exactly once, both
// replicas record it attested (the one that did not send it as
// attestedElsewhere), and the round's primary (r mod 2) mostly lands it.
// Then one replica stops and the other attests every round, its twin's
// too, after the stagger. Then both run with no stagger, racing: every
// attest transaction that reverted on L1 is counted, in the metric and in
// the rounds' status.
func TestReplicasScheduled(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 8*time.Minute)
	defer cancel()
	w := startReplicaWorld(t, ctx)
	dirs := []string{filepath.Join(t.TempDir(), "r0"), filepath.Join(t.TempDir(), "r1")}
	const stagger = time.Second
	start := w.l1Head(t)

	signer, stopSigning := startSigning(t, ctx, w)

	reps := make([]*runningAgg, 2)
	for i := range reps {
		reps[i] = w.startReplica(t, w.replicaConfig(dirs[i], uint64(i), stagger))
		signer.set(i, reps[i])
	}

	// ---- both replicas, staggered ----
	rounds := signer.waitComplete(t, ctx, 0, 15, 3*time.Minute)
	signer.requireNoProblems(t)
	both, primaryLanded := 0, 0
	for _, n := range rounds {
		ev, from := w.landed(t, n)
		lander := w.replicaIndexOf(from)
		require.GreaterOrEqual(t, lander, 0, "round %d landed by a replica's key", n)
		if lander == int(n%2) {
			primaryLanded++
		}
		offers := signer.offersOf(n)
		if len(offers) < 2 {
			continue // one replica had moved past it before it opened
		}
		both++
		for i, a := range reps {
			st := a.waitStatus(t, ctx, n, api.StatusAttested)
			require.Equal(t, ev.Raw.TxHash, st.TxHash, "replica %d: round %d's landing tx", i, n)
			require.Equal(t, i != lander, st.AttestedElsewhere, "replica %d: round %d attested elsewhere (landed by replica %d)", i, n, lander)
			require.Equal(t, uint64(replicaEvery), st.Every)
		}
		require.Equal(t, digestOf(t, offers[0], w.honestClaims(t, offers[0])), digestOf(t, offers[1], w.honestClaims(t, offers[1])),
			"round %d: both replicas offer one digest", n)
	}
	t.Logf("both replicas: %d rounds complete, %d opened by both, %d landed by their primary", len(rounds), both, primaryLanded)
	require.GreaterOrEqual(t, both, len(rounds)/2, "most rounds are opened by both replicas")
	require.Greater(t, primaryLanded, len(rounds)/2, "the primary (round mod 2) lands most rounds")
	elsewhere := replicaMetric(t, ctx, reps[0], "rollcall_aggregator_rounds_attested_elsewhere_total") +
		replicaMetric(t, ctx, reps[1], "rollcall_aggregator_rounds_attested_elsewhere_total")
	require.GreaterOrEqual(t, elsewhere, float64(both), "every round both opened counts once as attested elsewhere")

	// ---- replica 1 stops: replica 0 attests its rounds too ----
	last := rounds[len(rounds)-1]
	signer.set(1, nil)
	reps[1].stop(t)
	var alone []uint64
	poll(t, ctx, 3*time.Minute, "replica 0 attests 3 rounds whose primary is the stopped replica 1", func() (bool, error) {
		alone = signer.complete(last + 1) // the round after the stop may still have gone to replica 1
		odd := 0
		for _, n := range alone {
			if n%2 == 1 {
				odd++
			}
		}
		return odd >= 3 && len(alone) >= 6, nil
	})
	var ownMs, twinMs []int64 // quorum → attested, a figure (not asserted)
	for _, n := range alone {
		_, from := w.landed(t, n)
		require.Equal(t, 0, w.replicaIndexOf(from), "round %d landed by the running replica", n)
		st := reps[0].waitStatus(t, ctx, n, api.StatusAttested)
		require.False(t, st.AttestedElsewhere, "round %d", n)
		if n%2 == 0 {
			ownMs = append(ownMs, st.AttestedAt-st.QuorumAt)
		} else {
			twinMs = append(twinMs, st.AttestedAt-st.QuorumAt)
		}
	}
	t.Logf("replica 1 stopped: quorum → attested (ms) on replica 0's own rounds %v, on replica 1's (after the %s stagger) %v", ownMs, stagger, twinMs)
	signer.requireNoProblems(t)

	// ---- both again, no stagger: they race ----
	signer.set(0, nil)
	reps[0].stop(t)
	raceStart := w.l1Head(t) + 1
	for i := range reps {
		reps[i] = w.startReplica(t, w.replicaConfig(dirs[i], uint64(i), 0))
		signer.set(i, reps[i])
	}
	last = alone[len(alone)-1]
	raced := signer.waitComplete(t, ctx, last+1, 10, 3*time.Minute)
	for _, n := range raced {
		ev, from := w.landed(t, n)
		lander := w.replicaIndexOf(from)
		require.GreaterOrEqual(t, lander, 0)
		if len(signer.offersOf(n)) < 2 {
			continue
		}
		for i, a := range reps {
			st := a.waitStatus(t, ctx, n, api.StatusAttested)
			require.Equal(t, ev.Raw.TxHash, st.TxHash, "replica %d: round %d", i, n)
			require.Equal(t, i != lander, st.AttestedElsewhere, "replica %d: round %d (landed by replica %d)", i, n, lander)
		}
	}
	signer.requireNoProblems(t)
	// Let in-flight submissions finish before counting: every round the
	// replicas hold is closed.
	stopSigning()
	for _, a := range reps {
		poll(t, ctx, time.Minute, "replica settles", func() (bool, error) {
			r, err := a.client.OpenRound(ctx)
			if err != nil || r == nil {
				return err == nil, err
			}
			// The newest round stays open without signatures; older
			// rounds with quorum must be closed.
			recs, err := a.client.ListRounds(ctx, api.ListRoundsRequest{Limit: 20})
			for _, st := range recs {
				if st.Round < r.Round && st.Status == api.StatusOpen && st.QuorumAt != 0 {
					return false, err
				}
			}
			return true, err
		})
	}
	raceEnd := w.l1Head(t)
	reverted := w.revertedAttests(t, raceStart, raceEnd)
	metric := replicaMetric(t, ctx, reps[0], "rollcall_aggregator_attest_reverted_total") +
		replicaMetric(t, ctx, reps[1], "rollcall_aggregator_attest_reverted_total")
	require.Equal(t, float64(len(reverted)), metric, "reverted attest txs on L1 (blocks %d-%d) = the replicas' count", raceStart, raceEnd)

	// Over the whole run, the rounds' status counts every reverted attest.
	all := w.revertedAttests(t, start, raceEnd)
	inStatus := 0
	for _, a := range reps {
		var before uint64
		for {
			page, err := a.client.ListRounds(ctx, api.ListRoundsRequest{Before: before, Limit: api.MaxListRounds})
			require.NoError(t, err)
			if len(page) == 0 {
				break
			}
			for _, st := range page {
				inStatus += st.AttestReverts
				before = st.Round
			}
		}
	}
	require.Equal(t, len(all), inStatus, "reverted attest txs on L1 = the rounds' attestReverts")
	t.Logf("racing (stagger 0): %d rounds, %d attest txs reverted on L1, gas each %v; %d reverted over the whole run",
		len(raced), len(reverted), reverted, len(all))
	for i, k := range w.env.Devnet.Aggregators {
		t.Logf("replica %d key %s", i, crypto.PubkeyToAddress(k.PublicKey))
	}
}

// TestReplicaEmptyStoreSameRounds: a replica restarted with an empty data
// dir opens the same round numbers, with the same targets (so the same
// digest), as its twin, and those rounds are attested once.
func TestReplicaEmptyStoreSameRounds(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	w := startReplicaWorld(t, ctx)
	signer, _ := startSigning(t, ctx, w)

	a := w.startReplica(t, w.replicaConfig(filepath.Join(t.TempDir(), "a"), 0, time.Second))
	b := w.startReplica(t, w.replicaConfig(filepath.Join(t.TempDir(), "b"), 1, time.Second))
	signer.set(0, a)
	signer.set(1, b)
	first := signer.waitComplete(t, ctx, 0, 3, 2*time.Minute)

	// Replica 1 loses its store.
	signer.set(1, nil)
	b.stop(t)
	fresh := w.startReplica(t, w.replicaConfig(filepath.Join(t.TempDir(), "b-empty"), 1, time.Second))
	signer.set(1, fresh)
	after := first[len(first)-1] + 1
	var shared []uint64
	poll(t, ctx, 2*time.Minute, "4 rounds opened by both replicas after the empty restart", func() (bool, error) {
		shared = shared[:0]
		for _, n := range signer.complete(after) {
			if len(signer.offersOf(n)) == 2 {
				shared = append(shared, n)
			}
		}
		return len(shared) >= 4, nil
	})
	signer.requireNoProblems(t) // same reference block and targets for every round both offered
	for _, n := range shared {
		offers := signer.offersOf(n)
		require.Equal(t, digestOf(t, offers[0], w.honestClaims(t, offers[0])), digestOf(t, offers[1], w.honestClaims(t, offers[1])),
			"round %d: the emptied replica offers its twin's digest", n)
		ev, from := w.landed(t, n)
		lander := w.replicaIndexOf(from)
		for i, r := range []*runningAgg{a, fresh} {
			st := r.waitStatus(t, ctx, n, api.StatusAttested)
			require.Equal(t, ev.Raw.TxHash, st.TxHash, "replica %d: round %d", i, n)
			require.Equal(t, i != lander, st.AttestedElsewhere, "replica %d: round %d", i, n)
		}
	}
	t.Logf("after the empty restart, rounds %v opened by both with one digest each", shared)
}

// TestScheduledOverUnscheduledStoreWarns: an aggregator switched to
// scheduled rounds over a store (and registry) of unscheduled rounds whose
// numbers are ahead of the schedule says so at start, with the block at
// which it will open again, and never reuses a number.
func TestScheduledOverUnscheduledStoreWarns(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	w := startAggWorld(t, ctx)
	dir := t.TempDir()
	a := w.startAggregator(t, w.aggConfig(dir))
	r := a.openRound(t, ctx)
	claims := w.honestClaims(t, r)
	for op := range w.env.Operators {
		a.submitOK(t, ctx, w.signed(t, r, claims, op))
	}
	a.waitStatus(t, ctx, r.Round, api.StatusAttested)
	a.stop(t)

	// 10,000 L1 blocks per round: the schedule has not reached round 1.
	cfg := w.aggConfig(dir)
	cfg.RoundEvery = 10_000
	core, logs := observer.New(zap.WarnLevel)
	svc, err := aggregator.New(cfg, w.env.Devnet.Deployment, w.env.Devnet.Aggregator, zap.New(zapcore.NewTee(core, w.log.Core())))
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { require.NoError(t, svc.Stop(context.Background())) })
	warned := logs.FilterMessageSnippet("ahead of the schedule").All()
	require.Len(t, warned, 1, "one warning at start")
	fields := warned[0].ContextMap()
	require.Equal(t, r.Round, fields["storedRound"], "the store's last round")
	require.Equal(t, uint64(0), fields["scheduledRound"], "the schedule's round at this head")
	require.Equal(t, (r.Round+1)*10_000+1, fields["opensAtBlock"], "the next unused round's reference block, plus one")
}

// TestReplicasL1Cadence: with l1-every 3 over scheduled rounds, both
// replicas decide each round from the registry (posted iff latestRound() +
// 3 ≤ r, else certified) and so agree: each round has one status on both,
// only the posted ones are on L1, and posted rounds are at least 3 apart.
func TestReplicasL1Cadence(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	w := startReplicaWorld(t, ctx)
	signer, _ := startSigning(t, ctx, w)

	reps := make([]*runningAgg, 2)
	for i := range reps {
		cfg := w.replicaConfig(filepath.Join(t.TempDir(), "r"), uint64(i), time.Second)
		cfg.L1Every = 3
		reps[i] = w.startReplica(t, cfg)
		signer.set(i, reps[i])
	}
	rounds := signer.waitComplete(t, ctx, 0, 12, 3*time.Minute)
	signer.requireNoProblems(t)
	var posted []uint64
	certified := 0
	for _, n := range rounds {
		if len(signer.offersOf(n)) < 2 {
			continue
		}
		var statuses []string
		for _, a := range reps {
			var st *api.RoundStatus
			poll(t, ctx, 30*time.Second, "round closes", func() (bool, error) {
				var err error
				st, err = a.client.GetRound(ctx, n)
				return err == nil && st.Status != api.StatusOpen, err
			})
			statuses = append(statuses, st.Status)
		}
		require.Equal(t, statuses[0], statuses[1], "round %d: both replicas decide alike", n)
		switch statuses[0] {
		case api.StatusAttested:
			w.landed(t, n)
			posted = append(posted, n)
		case api.StatusCertified:
			require.Empty(t, w.attestedEvents(t, n), "certified round %d is not on L1", n)
			certified++
		default:
			require.Failf(t, "unexpected status", "round %d: %s", n, statuses[0])
		}
	}
	t.Logf("l1-every 3: rounds %v posted to L1, %d certified", posted, certified)
	require.NotEmpty(t, posted)
	require.Positive(t, certified)
	for i := 1; i < len(posted); i++ {
		require.GreaterOrEqual(t, posted[i], posted[i-1]+3, "posted rounds %d and %d are 3 apart at least", posted[i-1], posted[i])
	}
}
