package tests

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/operator"
)

// replayAggregator offers one round and counts the signatures it gets.
type replayAggregator struct {
	round     api.Round
	submitted atomic.Int64
}

func (a *replayAggregator) OpenRound() (*api.Round, error) { return &a.round, nil }

func (a *replayAggregator) SubmitSignature(api.SignedCheckpoint) (*api.SubmitResult, error) {
	a.submitted.Add(1)
	return &api.SubmitResult{}, nil
}

// TestRollupReorg reorganises a rollup at and below a height that the
// operators following `latest` have signed, with the real aggregator and
// four real operator daemons (in this process) on a devnet: three follow
// `latest`, one `finalized`. Then no operator has signed two different
// blocks at one height, none stopped, every round the aggregator opened
// after the reorg and attested carries the new branch's blocks, the
// operator at `finalized` never signed a block of the abandoned branch, and
// an operator asked again for a height it signed on the abandoned branch
// refuses (its signing record), reports it and goes on.
// (On the devnet "safe" is the head, so an operator at `safe` sees a reorg
// like one at `latest`; see devnet/chain.)
func TestRollupReorg(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	// Short blocks: "finalized" (every 32 blocks) lags by at most 1.6 s,
	// so the finalized operator signs rounds too.
	const rollupID = 901
	rollup, rclient := devnettest.StartRollup(t, rollupID, 50*time.Millisecond, log.Named("rollup"))
	// Past the first epoch, so that "finalized" is not the genesis.
	poll(t, ctx, 2*time.Minute, "rollup block 40", func() (bool, error) {
		n, err := rclient.BlockNumber(ctx)
		return n >= 40, err
	})

	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.DataDir = t.TempDir()
	cfg.RoundInterval = 2 * time.Second
	cfg.LateWindow = 300 * time.Millisecond
	cfg.ReceiptPoll = 50 * time.Millisecond
	cfg.Rollups = []aggregator.RollupConfig{{ChainID: rollupID, RPC: rollup.HTTPURL(), Finality: "latest"}}
	agg, err := aggregator.New(cfg, env.Devnet.Deployment, env.Devnet.Aggregator, log.Named("aggregator"))
	require.NoError(t, err)
	require.NoError(t, agg.Start(ctx))
	t.Cleanup(func() { require.NoError(t, agg.Stop(context.Background())) })
	client, err := api.Dial(ctx, "http://"+agg.Addr())
	require.NoError(t, err)
	t.Cleanup(client.Close)

	finality := []string{"latest", "latest", "latest", "finalized"}
	ops := make([]*operator.Service, len(finality))
	ids := make([]common.Hash, len(finality))
	dir := t.TempDir()
	configs := make([]operator.Config, len(finality))
	startOperator := func(i int, oc operator.Config) *operator.Service {
		t.Helper()
		svc, err := operator.NewService(ctx, oc, log.Named(fmt.Sprintf("operator-%d", i+1)),
			operator.Options{Deployment: env.Devnet.Deployment, Key: env.Operators[i].BLS})
		require.NoError(t, err)
		require.NoError(t, svc.Start(ctx))
		t.Cleanup(func() { require.NoError(t, svc.Stop(context.Background())) })
		return svc
	}
	for i, f := range finality {
		oc := operator.DefaultConfig()
		oc.AggregatorURLs = operator.URLList{"http://" + agg.Addr()}
		oc.DataDir = filepath.Join(dir, fmt.Sprintf("operator-%d", i+1))
		oc.PollInterval = 50 * time.Millisecond
		oc.RoundTimeout = 10 * time.Second
		oc.NodeAPI, oc.Metrics = "", ""
		oc.Rollups = []operator.RollupConfig{{ChainID: rollupID, RPC: rollup.HTTPURL(), Finality: f}}
		configs[i] = oc
		ops[i], ids[i] = startOperator(i, oc), env.Operators[i].ID
	}

	signatures := func(id common.Hash) []api.OperatorSignature {
		t.Helper()
		sigs, err := client.AllOperatorSignatures(ctx, id, 0)
		require.NoError(t, err)
		return sigs
	}
	heightOf := func(sig api.OperatorSignature) uint64 {
		require.Len(t, sig.Claims, 1)
		return sig.Claims[0].BlockNumber
	}

	// The reorg: once a `latest` operator signed a height the rollup has
	// not finalized yet, the blocks from that height on are replaced.
	var reorged *chain.Reorged
	var signedAbandoned uint64
	poll(t, ctx, 2*time.Minute, "a reorg under a signed, unfinalized height", func() (bool, error) {
		sigs := signatures(ids[0])
		if len(sigs) < 3 {
			return false, errors.New("operator 1 has signed fewer than 3 rounds")
		}
		h := heightOf(sigs[len(sigs)-1])
		head, err := rclient.BlockNumber(ctx)
		if err != nil || head <= h {
			return false, err
		}
		r, err := rollup.Reorg(ctx, head-h+1) // the parent is h-1: h is replaced
		if errors.Is(err, chain.ErrReorgFinalized) {
			return false, err // try again with a newer signature
		}
		if err != nil {
			return false, err
		}
		reorged, signedAbandoned = r, h
		return true, nil
	})
	reorgedAt := time.Now()
	abandoned := map[common.Hash]bool{}
	for _, h := range reorged.Abandoned {
		abandoned[h] = true
	}
	t.Logf("reorg: blocks %d..%d replaced (operator 1 had signed block %d), new head %d",
		reorged.Parent+1, reorged.Parent+uint64(len(reorged.Abandoned)), signedAbandoned, reorged.Head)

	// Rounds go on over the new branch: wait for three attested rounds
	// opened a round interval after the reorg (the aggregator re-reads the
	// heads when it opens a round), one of them signed by the finalized
	// operator.
	canonical := func(c core.Claim) bool {
		h, err := rclient.HeaderByNumber(ctx, new(big.Int).SetUint64(c.BlockNumber))
		require.NoError(t, err)
		return h.Hash() == c.BlockHash && h.Root == c.StateRoot
	}
	after := reorgedAt.Add(cfg.RoundInterval).UnixMilli()
	poll(t, ctx, 2*time.Minute, "3 rounds attested after the reorg, one signed by the finalized operator", func() (bool, error) {
		rs, err := client.ListRounds(ctx, api.ListRoundsRequest{Limit: api.MaxListRounds})
		if err != nil {
			return false, err
		}
		attested, byFinalized := 0, false
		for _, r := range rs {
			if r.Status == api.StatusAttested && r.OpenedAt > after {
				attested++
				byFinalized = byFinalized || resSignedBy(r, ids[3])
			}
		}
		if attested >= 3 && byFinalized {
			return true, nil
		}
		return false, fmt.Errorf("%d attested, signed by the finalized operator: %v", attested, byFinalized)
	})

	// An aggregator that asks again for the height operator 1 signed on
	// the abandoned branch (the real one never does; a restarted or
	// misbehaving one could): operator 1, restarted on its signing record,
	// refuses the claim it now reads there, reports it, keeps running and
	// signs again once back with the real aggregator.
	replay := &replayAggregator{round: api.Round{Round: 1 << 40, ReferenceBlock: 1, L1ChainID: env.Devnet.Deployment.L1.ChainID,
		Registry: env.Devnet.Deployment.AVS.Registry, Targets: []api.Target{{ChainID: rollupID, BlockNumber: signedAbandoned}}}}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, replay))
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Stop() })
	require.NoError(t, ops[0].Stop(ctx))
	replayCfg := configs[0]
	replayCfg.AggregatorURLs = operator.URLList{ts.URL}
	op1 := startOperator(0, replayCfg)
	poll(t, ctx, time.Minute, "operator 1 to refuse the replayed height", func() (bool, error) {
		if st := op1.Status(); st.Refused[operator.ReasonConflict] == 0 {
			return false, fmt.Errorf("refused %v", st.Refused)
		}
		return true, nil
	})
	require.Zero(t, replay.submitted.Load(), "operator 1 signed a second block at height %d", signedAbandoned)
	select {
	case <-op1.Done():
		t.Fatalf("operator 1 stopped after refusing: %v", op1.Err())
	default:
	}
	require.NoError(t, op1.Stop(ctx))
	before := len(signatures(ids[0]))
	ops[0] = startOperator(0, configs[0])
	poll(t, ctx, time.Minute, "operator 1 to sign again with the real aggregator", func() (bool, error) {
		if n := len(signatures(ids[0])); n <= before {
			return false, fmt.Errorf("%d signatures, %d before", n, before)
		}
		return true, nil
	})

	// No daemon stopped.
	for i, svc := range ops {
		select {
		case <-svc.Done():
			t.Fatalf("operator %d stopped: %v", i+1, svc.Err())
		default:
		}
	}
	sawAbandoned := false
	for i, id := range ids {
		sigs := signatures(id)
		seen := map[uint64]common.Hash{}
		for _, sig := range sigs {
			c := sig.Claims[0]
			if prev, ok := seen[c.BlockNumber]; ok {
				require.Equal(t, prev, c.BlockHash, "operator %d signed two blocks at height %d", i+1, c.BlockNumber)
			}
			seen[c.BlockNumber] = c.BlockHash
			if abandoned[c.BlockHash] {
				sawAbandoned = true
				require.NotEqual(t, "finalized", finality[i], "the finalized operator signed abandoned block %d", c.BlockNumber)
			}
			if finality[i] == "finalized" {
				require.True(t, canonical(c), "the finalized operator's claim of block %d is not on the canonical chain", c.BlockNumber)
			}
		}
		st := ops[i].Status()
		t.Logf("operator %d (%s): %d signatures accepted, refused %v", i+1, finality[i], len(sigs), st.Refused)
	}
	require.True(t, sawAbandoned, "no operator had signed a replaced block: the reorg tested nothing")

	// What the aggregator attested for rounds it opened after the reorg is
	// on the new branch.
	rs, err := client.ListRounds(ctx, api.ListRoundsRequest{Limit: api.MaxListRounds})
	require.NoError(t, err)
	checked := 0
	for _, r := range rs {
		if r.Status != api.StatusAttested || r.OpenedAt <= after {
			continue
		}
		for _, id := range ids {
			for _, sig := range signatures(id) {
				if sig.Round == r.Round && sig.Attested {
					require.True(t, canonical(sig.Claims[0]), "round %d (opened after the reorg) attested block %d of the abandoned branch",
						r.Round, sig.Claims[0].BlockNumber)
					checked++
				}
			}
		}
	}
	require.Positive(t, checked)
}
