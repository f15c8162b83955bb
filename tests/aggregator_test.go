package tests

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/rollup"
)

// TestAggregator runs the aggregator in process against a devnet with four
// registered operators of equal stake (threshold 66.67%: three must sign)
// and two rollups, and plays the operators by hand: they read claims from
// the rollups, sign the checkpoint digest with their BLS keys and submit
// it over JSON-RPC, honestly or not. Each subtest starts its own
// aggregator on its own data directory, over rollups advanced to new
// heights, so each works on a fresh round.
func TestAggregator(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	w := startAggWorld(t, ctx)

	t.Run("happy path", func(t *testing.T) {
		w.advanceRollups(t)
		cfg := w.aggConfig(t.TempDir())
		cfg.LateWindow = 10 * time.Second // all four sign: submission does not wait for it
		a := w.startAggregator(t, cfg)
		round := a.openRound(t, ctx)

		latest, err := w.reg.LatestRound(w.call())
		require.NoError(t, err)
		require.Equal(t, latest+1, round.Round, "a fresh aggregator continues after the registry's latest round")
		dep := w.env.Devnet.Deployment
		require.Equal(t, dep.L1.ChainID, round.L1ChainID)
		require.Equal(t, dep.AVS.Registry, round.Registry)
		var targets []api.Target
		for i, r := range w.rollups {
			head, err := w.rclients[i].BlockNumber(ctx)
			require.NoError(t, err)
			targets = append(targets, api.Target{ChainID: r.ChainID(), BlockNumber: head})
		}
		require.Equal(t, targets, round.Targets, "one target per rollup at its head, by chain id")

		st := a.round(t, ctx, round.Round)
		require.Equal(t, api.StatusOpen, st.Status)
		require.Equal(t, 4, st.Operators)
		require.Empty(t, st.Signers)

		claims := w.honestClaims(t, round)
		for _, c := range claims { // what the operator daemon's reader sees
			rc := rollup.DefaultConfig(c.ChainID, w.rollupURL(c.ChainID))
			rc.Finality = rollup.Latest
			r, err := rollup.New(ctx, rc, nil)
			require.NoError(t, err)
			got, err := r.Claim(ctx, c.BlockNumber)
			r.Close()
			require.NoError(t, err)
			require.Equal(t, c, got, "claim of chain %d", c.ChainID)
		}
		digest := digestOf(t, round, claims)
		for i := range 4 {
			res := a.submitOK(t, ctx, w.signed(t, round, claims, i))
			require.Equal(t, digest, res.Digest)
			require.Equal(t, []uint32{uint32(2500 * (i + 1))}, res.SignedBips, "after %d signatures", i+1)
		}
		st = a.waitStatus(t, ctx, round.Round, api.StatusAttested)
		require.Equal(t, w.wantSigners(map[int]common.Hash{0: digest, 1: digest, 2: digest, 3: digest}), signersOf(st))
		require.Equal(t, []uint32{10_000}, st.SignedBips)
		w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 4)
		latest, err = w.reg.LatestRound(w.call())
		require.NoError(t, err)
		require.Equal(t, round.Round, latest)

		// The same signature again, now that the round is closed.
		a.requireCode(t, ctx, w.signed(t, round, claims, 0), api.CodeUnknownRound)
		require.Equal(t, st, a.round(t, ctx, round.Round))
	})

	t.Run("wrong root", func(t *testing.T) {
		w.advanceRollups(t)
		cfg := w.aggConfig(t.TempDir())
		cfg.LateWindow = 10 * time.Second // all four sign: submission does not wait for it
		a := w.startAggregator(t, cfg)
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		digest := digestOf(t, round, claims)

		t.Run("claims off the targets", func(t *testing.T) {
			before, sum := a.round(t, ctx, round.Round), a.storeDigest(t)
			for name, bad := range map[string][]core.Claim{
				"height above":   withClaim(claims, 0, func(c *core.Claim) { c.BlockNumber++ }),
				"height below":   withClaim(claims, 1, func(c *core.Claim) { c.BlockNumber-- }),
				"missing target": claims[:1],
				"other chain":    withClaim(claims, 1, func(c *core.Claim) { c.ChainID = 999 }),
				"extra chain":    append(slices.Clone(claims), core.Claim{ChainID: 999, BlockNumber: 1}),
			} {
				a.requireCode(t, ctx, w.signed(t, round, bad, 0), api.CodeWrongClaims)
				require.Equal(t, before, a.round(t, ctx, round.Round), name)
				require.Equal(t, sum, a.storeDigest(t), "%s: the store changed", name)
			}
		})

		// Operator 3 signs a wrong state root for the second rollup: a valid
		// signature over another digest.
		lying := withClaim(claims, 1, func(c *core.Claim) { c.StateRoot[0] ^= 0xff })
		lyingDigest := digestOf(t, round, lying)
		require.NotEqual(t, digest, lyingDigest)
		res := a.submitOK(t, ctx, w.signed(t, round, lying, 3))
		require.Equal(t, lyingDigest, res.Digest)
		require.Equal(t, []uint32{2500}, res.SignedBips)

		for i := range 3 {
			res := a.submitOK(t, ctx, w.signed(t, round, claims, i))
			require.Equal(t, digest, res.Digest)
			require.Equal(t, []uint32{uint32(2500 * (i + 1))}, res.SignedBips, "the lying operator's stake must not count for the honest digest")
		}
		st := a.waitStatus(t, ctx, round.Round, api.StatusAttested)
		require.Equal(t, w.wantSigners(map[int]common.Hash{0: digest, 1: digest, 2: digest, 3: lyingDigest}), signersOf(st))
		require.Equal(t, []uint32{7500}, st.SignedBips)
		w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 3)
	})

	t.Run("too little stake", func(t *testing.T) {
		w.advanceRollups(t)
		a := w.startAggregator(t, w.aggConfig(t.TempDir()))
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		digest := digestOf(t, round, claims)
		for i := range 2 {
			a.submitOK(t, ctx, w.signed(t, round, claims, i))
		}

		// 50% < 66.67%: nothing may be submitted, not even tried, however
		// long we wait (here ten times the late window).
		nonce := w.aggregatorNonce(t)
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for range 10 {
			require.Equal(t, nonce, w.aggregatorNonce(t), "the aggregator sent a transaction for a round with half the stake")
			st := a.round(t, ctx, round.Round)
			require.Equal(t, api.StatusOpen, st.Status, "round with half the stake left the open state")
			require.Len(t, st.Signers, 2)
			root, err := w.reg.ClaimsRoot(w.call(), round.Round)
			require.NoError(t, err)
			require.Zero(t, root, "round %d attested on L1 with half the stake", round.Round)
			latest, err := w.reg.LatestRound(w.call())
			require.NoError(t, err)
			require.Less(t, latest, round.Round)
			<-tick.C
		}

		res := a.submitOK(t, ctx, w.signed(t, round, claims, 2))
		require.Equal(t, []uint32{7500}, res.SignedBips)
		st := a.waitStatus(t, ctx, round.Round, api.StatusAttested)
		require.Equal(t, w.wantSigners(map[int]common.Hash{0: digest, 1: digest, 2: digest}), signersOf(st))
		w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 3)

		// Too late for operator 3.
		a.requireCode(t, ctx, w.signed(t, round, claims, 3), api.CodeUnknownRound)
		require.Equal(t, st, a.round(t, ctx, round.Round))
	})

	t.Run("rejections", func(t *testing.T) {
		w.advanceRollups(t)
		cfg := w.aggConfig(t.TempDir())
		cfg.LateWindow = time.Second // the concurrent subtest's forgery must find the round open
		a := w.startAggregator(t, cfg)
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		digest := digestOf(t, round, claims)
		empty := a.storeDigest(t)
		a.submitOK(t, ctx, w.signed(t, round, claims, 0))
		require.NotEqual(t, empty, a.storeDigest(t), "an accepted signature shows in the store's hash")

		// unchanged runs a rejected request and checks that the round's
		// status and the store are what they were.
		unchanged := func(t *testing.T, do func()) {
			t.Helper()
			before, sum := a.round(t, ctx, round.Round), a.storeDigest(t)
			require.Len(t, before.Signers, 1)
			do()
			require.Equal(t, before, a.round(t, ctx, round.Round), "a rejected request changed the round")
			require.Equal(t, sum, a.storeDigest(t), "a rejected request changed the store")
		}
		honest1 := w.signed(t, round, claims, 1)

		t.Run("malformed JSON", func(t *testing.T) {
			unchanged(t, func() {
				body := rpcRequest(t, "rollcall_submitSignature", honest1)
				status, resp := a.rawPost(t, ctx, body[:len(body)/2], false)
				require.Equal(t, http.StatusOK, status, "%s", resp)
				require.Equal(t, -32700, rpcErrorCode(t, resp), "%s", resp)
			})
		})

		t.Run("oversized body", func(t *testing.T) {
			// A valid submission behind whitespace (valid JSON), the whole
			// just over MaxRequestBytes: only the size is wrong.
			body := append(bytes.Repeat([]byte(" "), api.MaxRequestBytes-64), rpcRequest(t, "rollcall_submitSignature", honest1)...)
			require.Greater(t, len(body), api.MaxRequestBytes)
			unchanged(t, func() {
				status, resp := a.rawPost(t, ctx, body, false)
				require.Equal(t, http.StatusRequestEntityTooLarge, status, "%s", resp)
			})
			// Without a Content-Length, go-ethereum reads up to the limit and
			// parses what it got: the request is cut short, a parse error.
			unchanged(t, func() {
				status, resp := a.rawPost(t, ctx, body, true)
				require.Equal(t, http.StatusOK, status, "%s", resp)
				require.Equal(t, -32700, rpcErrorCode(t, resp), "%s", resp)
			})
		})

		t.Run("wrong param types", func(t *testing.T) {
			var valid map[string]any
			raw, err := json.Marshal(honest1)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(raw, &valid))
			for name, mutate := range map[string]func(m map[string]any){
				"round as object":        func(m map[string]any) { m["round"] = map[string]any{} },
				"round as negative":      func(m map[string]any) { m["round"] = "-1" },
				"operatorId as number":   func(m map[string]any) { m["operatorId"] = 7 },
				"claims as object":       func(m map[string]any) { m["claims"] = map[string]any{} },
				"signature x as decimal": func(m map[string]any) { m["signature"] = map[string]any{"x": "12", "y": "0x1"} },
			} {
				m := map[string]any{}
				for k, v := range valid {
					m[k] = v
				}
				mutate(m)
				unchanged(t, func() {
					status, resp := a.rawPost(t, ctx, rpcRequest(t, "rollcall_submitSignature", m), false)
					require.Equal(t, http.StatusOK, status, "%s: %s", name, resp)
					require.Equal(t, api.CodeInvalidParams, rpcErrorCode(t, resp), "%s: %s", name, resp)
				})
			}
			unchanged(t, func() {
				_, resp := a.rawPost(t, ctx, rpcRequest(t, "rollcall_getRound", map[string]any{"round": 1}), false)
				require.Equal(t, api.CodeInvalidParams, rpcErrorCode(t, resp), "getRound with an object: %s", resp)
			})
		})

		t.Run("invalid points", func(t *testing.T) {
			p := fp.Modulus()
			x, y := honest1.Signature.X.ToInt(), honest1.Signature.Y.ToInt()
			max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
			for name, pt := range map[string][2]*big.Int{
				"not on curve (1,1)":      {big.NewInt(1), big.NewInt(1)},
				"infinity (0,0)":          {big.NewInt(0), big.NewInt(0)},
				"x + modulus":             {new(big.Int).Add(x, p), y},
				"y + modulus":             {x, new(big.Int).Add(y, p)},
				"x = modulus":             {p, y},
				"coordinates 2^256-1":     {max256, max256},
				"negated y (valid point)": {x, new(big.Int).Sub(p, y)},
			} {
				sc := honest1
				sc.Signature = api.G1Point{X: (*hexutil.Big)(pt[0]), Y: (*hexutil.Big)(pt[1])}
				want := api.CodeInvalidPoint
				if name == "negated y (valid point)" {
					want = api.CodeBadSignature // on the curve, but -σ
				}
				unchanged(t, func() { a.requireCode(t, ctx, sc, want) })
			}
			missing := honest1
			missing.Signature = api.G1Point{X: honest1.Signature.X}
			unchanged(t, func() { a.requireCode(t, ctx, missing, api.CodeInvalidParams) })
		})

		t.Run("bad signature", func(t *testing.T) {
			other := *round
			other.Round++
			otherDigest := w.signed(t, &other, claims, 1) // operator 1 over the next round's digest
			otherDigest.Round = round.Round
			unchanged(t, func() { a.requireCode(t, ctx, otherDigest, api.CodeBadSignature) })

			borrowed := w.signed(t, round, claims, 2) // operator 2's key, operator 1's id
			borrowed.OperatorID = w.env.Operators[1].ID
			unchanged(t, func() { a.requireCode(t, ctx, borrowed, api.CodeBadSignature) })

			otherClaims := honest1 // signed the honest claims, sent other claims
			otherClaims.Claims = withClaim(claims, 0, func(c *core.Claim) { c.BlockHash[31] ^= 1 })
			unchanged(t, func() { a.requireCode(t, ctx, otherClaims, api.CodeBadSignature) })
		})

		t.Run("unknown operator", func(t *testing.T) {
			sc := honest1
			_, err := rand.Read(sc.OperatorID[:])
			require.NoError(t, err)
			unchanged(t, func() { a.requireCode(t, ctx, sc, api.CodeUnknownOperator) })
		})

		t.Run("duplicate", func(t *testing.T) {
			unchanged(t, func() { a.requireCode(t, ctx, w.signed(t, round, claims, 0), api.CodeDuplicate) })
			lying := withClaim(claims, 0, func(c *core.Claim) { c.StateRoot[5] ^= 1 })
			unchanged(t, func() { a.requireCode(t, ctx, w.signed(t, round, lying, 0), api.CodeDuplicate) })
		})

		t.Run("unknown round", func(t *testing.T) {
			future := *round
			future.Round += 100
			unchanged(t, func() { a.requireCode(t, ctx, w.signed(t, &future, claims, 1), api.CodeUnknownRound) })
			past := *round
			past.Round--
			unchanged(t, func() { a.requireCode(t, ctx, w.signed(t, &past, claims, 1), api.CodeUnknownRound) })
			unchanged(t, func() {
				_, err := a.client.GetRound(ctx, future.Round)
				require.Equal(t, api.CodeUnknownRound, api.ErrorCode(err), "getRound: %v", err)
			})
		})

		t.Run("claim count", func(t *testing.T) {
			empty := honest1
			empty.Claims = []core.Claim{}
			unchanged(t, func() { a.requireCode(t, ctx, empty, api.CodeInvalidParams) })
			empty.Claims = nil // null
			unchanged(t, func() { a.requireCode(t, ctx, empty, api.CodeInvalidParams) })

			many := honest1
			for i := range core.MaxClaims + 1 {
				many.Claims = append(many.Claims, core.Claim{ChainID: uint64(10_000 + i), BlockNumber: 1})
			}
			unchanged(t, func() { a.requireCode(t, ctx, many, api.CodeInvalidParams) })
		})

		t.Run("duplicate chain", func(t *testing.T) {
			dup := honest1
			dup.Claims = []core.Claim{claims[0], claims[1], claims[0]}
			unchanged(t, func() { a.requireCode(t, ctx, dup, api.CodeWrongClaims) })
			dup.Claims = []core.Claim{claims[0], claims[0]}
			unchanged(t, func() { a.requireCode(t, ctx, dup, api.CodeWrongClaims) })
		})

		t.Run("concurrent batch with a forgery", func(t *testing.T) {
			// Operators 1 and 2 sign honestly while operator 3's id comes
			// with operator 1's signature: whether or not they are verified
			// as one batch, only the forgery is refused.
			forged := w.signed(t, round, claims, 1)
			forged.OperatorID = w.env.Operators[3].ID
			subs := []api.SignedCheckpoint{honest1, w.signed(t, round, claims, 2), forged}
			errs := make([]error, len(subs))
			var wg sync.WaitGroup
			for i, sc := range subs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs[i] = a.client.SubmitSignature(ctx, sc)
				}()
			}
			wg.Wait()
			require.NoError(t, errs[0])
			require.NoError(t, errs[1])
			require.Equal(t, api.CodeBadSignature, api.ErrorCode(errs[2]), "forgery: %v", errs[2])

			st := a.waitStatus(t, ctx, round.Round, api.StatusAttested)
			require.Equal(t, w.wantSigners(map[int]common.Hash{0: digest, 1: digest, 2: digest}), signersOf(st))
			w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 3)
		})

		t.Run("replayed", func(t *testing.T) {
			st := a.round(t, ctx, round.Round)
			require.Equal(t, api.StatusAttested, st.Status, "the previous subtest attests the round")
			sum := a.storeDigest(t)
			a.requireCode(t, ctx, w.signed(t, round, claims, 0), api.CodeUnknownRound)
			a.requireCode(t, ctx, w.signed(t, round, claims, 3), api.CodeUnknownRound)
			require.Equal(t, st, a.round(t, ctx, round.Round))
			require.Equal(t, sum, a.storeDigest(t))
			require.Len(t, w.attestedEvents(t, round.Round), 1)
		})
	})

	t.Run("restart", func(t *testing.T) {
		w.advanceRollups(t)
		dir := t.TempDir()
		a := w.startAggregator(t, w.aggConfig(dir))
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		digest := digestOf(t, round, claims)
		for i := range 2 {
			a.submitOK(t, ctx, w.signed(t, round, claims, i))
		}
		before := a.round(t, ctx, round.Round)
		a.stop(t)

		b := w.startAggregator(t, w.aggConfig(dir))
		require.Equal(t, round, b.openRound(t, ctx), "the open round is resumed, not replaced")
		resumed := b.round(t, ctx, round.Round)
		require.Equal(t, api.StatusOpen, resumed.Status)
		require.Equal(t, w.wantSigners(map[int]common.Hash{0: digest, 1: digest}), signersOf(resumed))
		require.Equal(t, before, resumed)
		b.requireCode(t, ctx, w.signed(t, round, claims, 1), api.CodeDuplicate)
		res := b.submitOK(t, ctx, w.signed(t, round, claims, 2))
		require.Equal(t, []uint32{7500}, res.SignedBips, "the resumed signatures count")
		st := b.waitStatus(t, ctx, round.Round, api.StatusAttested)
		require.Equal(t, w.wantSigners(map[int]common.Hash{0: digest, 1: digest, 2: digest}), signersOf(st))
		w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 3)
		b.stop(t)

		nonce := w.aggregatorNonce(t)
		c := w.startAggregator(t, w.aggConfig(dir))
		require.Equal(t, st, c.round(t, ctx, round.Round))
		// Give the new aggregator time to (wrongly) attest again: several
		// of its submit ticks and receipt polls.
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for range 10 {
			require.Equal(t, st, c.round(t, ctx, round.Round))
			latest, err := w.reg.LatestRound(w.call())
			require.NoError(t, err)
			require.Equal(t, round.Round, latest)
			require.Len(t, w.attestedEvents(t, round.Round), 1, "round %d attested twice", round.Round)
			require.Equal(t, nonce, w.aggregatorNonce(t), "the restarted aggregator sent a transaction")
			<-tick.C
		}
	})

	t.Run("restart after the rollups advanced", func(t *testing.T) {
		// As in production, the rollups move on while the aggregator is
		// down. The round it resumes must still collect signatures: the
		// accepted ones are not to be thrown away by the restart.
		w.advanceRollups(t)
		dir := t.TempDir()
		a := w.startAggregator(t, w.aggConfig(dir))
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		for i := range 2 {
			a.submitOK(t, ctx, w.signed(t, round, claims, i))
		}
		a.stop(t)
		w.advanceRollups(t)

		b := w.startAggregator(t, w.aggConfig(dir))
		// The round was opened well within its interval (1h): it must stay
		// open and offered. Watch it for a while (the restarted
		// aggregator's first pass over the rollups takes milliseconds).
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for range 10 {
			st := b.round(t, ctx, round.Round)
			require.Len(t, st.Signers, 2)
			require.Equal(t, api.StatusOpen, st.Status,
				"BUG: round %d, resumed with 2 of 4 signatures and opened %d ms ago (round interval 1h), was closed as %q by the restart itself: "+
					"the first openRound after Start opens a new round because the rollups moved, and expires every round without quorum "+
					"(aggregator/open.go: openLoop calls openRound at once; openRound closes rounds with a zero quorumAt)",
				round.Round, time.Now().UnixMilli()-st.OpenedAt, st.Status)
			offered, err := b.client.OpenRound(ctx)
			require.NoError(t, err)
			require.Equal(t, round, offered, "the resumed round is the one offered")
			<-tick.C
		}
		res := b.submitOK(t, ctx, w.signed(t, round, claims, 2))
		require.Equal(t, []uint32{7500}, res.SignedBips)
		st := b.waitStatus(t, ctx, round.Round, api.StatusAttested)
		w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 3)
	})

	t.Run("crash after quorum", func(t *testing.T) {
		// A long late window holds a round with quorum unsubmitted; the
		// aggregator stops there. Restarted, it submits at once.
		w.advanceRollups(t)
		dir := t.TempDir()
		cfg := w.aggConfig(dir)
		cfg.RoundInterval, cfg.LateWindow = 2*time.Hour, time.Hour
		a := w.startAggregator(t, cfg)
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		for i := range 3 {
			a.submitOK(t, ctx, w.signed(t, round, claims, i))
		}
		require.Equal(t, api.StatusOpen, a.round(t, ctx, round.Round).Status)
		a.stop(t)

		// A copy of the store as it was: what a crash after the attest
		// transaction was mined, but before the store recorded it, leaves.
		stale := t.TempDir()
		raw, err := os.ReadFile(filepath.Join(dir, "aggregator.db"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(stale, "aggregator.db"), raw, 0o600))

		b := w.startAggregator(t, w.aggConfig(dir))
		st := b.waitStatus(t, ctx, round.Round, api.StatusAttested)
		w.requireAttestedOnL1(t, st, round.ReferenceBlock, claims, 3)
		b.stop(t)

		nonce := w.aggregatorNonce(t)
		c := w.startAggregator(t, w.aggConfig(stale))
		got := c.waitStatus(t, ctx, round.Round, api.StatusAttested)
		require.Equal(t, st.TxHash, got.TxHash, "found on L1, not attested again")
		require.Equal(t, st.ClaimsRoot, got.ClaimsRoot)
		require.Equal(t, st.AttestedBlock, got.AttestedBlock)
		require.Equal(t, st.GasUsed, got.GasUsed)
		require.Equal(t, st.Signers, got.Signers)
		require.Len(t, w.attestedEvents(t, round.Round), 1)
		require.Equal(t, nonce, w.aggregatorNonce(t), "the aggregator sent a second attest transaction")
	})

	t.Run("no new round while the rollups stand still", func(t *testing.T) {
		// openRound: "when no rollup has moved since the last round, no
		// round is opened". Rounds tick every 300ms here.
		w.advanceRollups(t)
		cfg := w.aggConfig(t.TempDir())
		cfg.RoundInterval, cfg.LateWindow = 300*time.Millisecond, 100*time.Millisecond
		a := w.startAggregator(t, cfg)
		round := a.openRound(t, ctx)
		claims := w.honestClaims(t, round)
		for i := range 4 {
			a.submitOK(t, ctx, w.signed(t, round, claims, i))
		}
		a.waitStatus(t, ctx, round.Round, api.StatusAttested)

		// Ten round intervals with the rollups where they were.
		tick := time.NewTicker(300 * time.Millisecond)
		defer tick.Stop()
		for range 10 {
			<-tick.C
			rounds, err := a.client.ListRounds(ctx, api.ListRoundsRequest{})
			require.NoError(t, err)
			require.Len(t, rounds, 1,
				"BUG: the aggregator opened round %d over the targets %v that round %d already attested, though no rollup moved "+
					"(aggregator/open.go sameAsNewest only looks at s.rounds[s.newest], which finish() deletes once the round is attested)",
				rounds[0].Round, rounds[0].Targets, round.Round)
		}
	})
}

// withClaim returns a copy of claims with claim i changed by f.
func withClaim(claims []core.Claim, i int, f func(*core.Claim)) []core.Claim {
	out := slices.Clone(claims)
	f(&out[i])
	return out
}
