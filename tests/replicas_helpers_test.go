package tests

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// replicaEvery is the schedule of the replica tests: a round per two L1
// blocks (L1 seals a block a second, and one more per transaction).
const replicaEvery = 2

// startReplicaWorld starts a devnet whose L1 seals a block a second with
// four operators, and two rollups sealing every 500 ms with a transaction
// in each block that keep up with L1's clock (chain.Config.Clock), so
// every scheduled round finds its targets within a rollup block.
func startReplicaWorld(t *testing.T, ctx context.Context) *aggWorld {
	t.Helper()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.StartWithInterval(t, ctx, []*big.Int{stake, stake, stake, stake}, time.Second, log)
	require.Len(t, env.Devnet.Aggregators, 2, "the devnet funds a second aggregator key")
	w := &aggWorld{ctx: ctx, log: log, env: env, stake: stake, rollupKey: chain.DevKeys(1)[0]}
	for i := range 2 {
		cfg := chain.DefaultConfig(uint64(devnetRollupBase + i))
		cfg.BlockInterval = 500 * time.Millisecond
		cfg.ActivityTx = true
		cfg.Alloc = chain.DevAlloc([]*ecdsa.PrivateKey{w.rollupKey}, devnettest.Ether(1000))
		// As the devnet's own rollups do: never behind L1's clock, so a
		// block after every reference block's time comes within a block.
		cfg.Clock = devnet.L1Clock(env.Devnet.L1Client())
		c := devnettest.StartChain(t, cfg, log.Named(fmt.Sprintf("rollup-%d", cfg.ChainID)))
		w.rollups = append(w.rollups, c)
		w.rclients = append(w.rclients, devnettest.Dial(t, c.HTTPURL()))
	}
	var err error
	w.reg, err = rollcallregistry.NewRollcallRegistry(env.Devnet.Deployment.AVS.Registry, env.Devnet.L1Client())
	require.NoError(t, err)
	return w
}

// replicaConfig is replica index's configuration (of two), on dataDir.
func (w *aggWorld) replicaConfig(dataDir string, index uint64, stagger time.Duration) aggregator.Config {
	cfg := w.aggConfig(dataDir)
	cfg.RoundInterval = time.Second // the L1 head is polled every 250ms
	cfg.RoundEvery = replicaEvery
	cfg.ReplicaIndex, cfg.ReplicaCount, cfg.ReplicaStagger = index, 2, stagger
	cfg.Metrics = "127.0.0.1:0"
	return cfg
}

// startReplica starts replica index with the devnet's aggregator key of
// that index.
func (w *aggWorld) startReplica(t *testing.T, cfg aggregator.Config) *runningAgg {
	t.Helper()
	return w.startAggregatorAs(t, cfg, w.env.Devnet.Aggregators[cfg.ReplicaIndex], fmt.Sprintf("replica-%d", cfg.ReplicaIndex))
}

// replicaSigner plays the four operators against the replicas: for every
// round any replica offers it reads the targets from the rollups' nodes,
// signs for every operator and submits to every replica running (a replica
// that has not opened the round yet gets it once it offers it). It records
// what each replica offered, so the test can compare them.
type replicaSigner struct {
	w *aggWorld

	mu       sync.Mutex
	replicas map[int]*runningAgg // running replicas by index
	// offers[round][replica] is the round as that replica offered it.
	offers map[uint64]map[int]*api.Round
	// accepted[round][replica] counts the operators' signatures accepted.
	accepted map[uint64]map[int]int
	problems []string
}

func newReplicaSigner(w *aggWorld) *replicaSigner {
	return &replicaSigner{w: w, replicas: map[int]*runningAgg{}, offers: map[uint64]map[int]*api.Round{}, accepted: map[uint64]map[int]int{}}
}

// startSigning runs a replicaSigner over w until the test ends or stop
// (which waits for the signer's last submissions) is called.
func startSigning(t *testing.T, ctx context.Context, w *aggWorld) (signer *replicaSigner, stop func()) {
	signer = newReplicaSigner(w)
	signCtx, cancel := context.WithCancel(ctx)
	var signing sync.WaitGroup
	signing.Add(1)
	go func() { defer signing.Done(); signer.run(t, signCtx) }()
	stop = func() { cancel(); signing.Wait() }
	t.Cleanup(stop)
	return signer, stop
}

// set makes replica index a (nil: stopped).
func (s *replicaSigner) set(index int, a *runningAgg) {
	s.mu.Lock()
	defer s.mu.Unlock()
	// A replaced replica's offers were its predecessor's: the new one may
	// offer the same rounds differently (an emptied store asks for the
	// operator table again), so it is heard afresh.
	for n := range s.offers {
		delete(s.offers[n], index)
		delete(s.accepted[n], index)
	}
	if a == nil {
		delete(s.replicas, index)
		return
	}
	s.replicas[index] = a
}

// current tells whether a is still replica index's running aggregator.
func (s *replicaSigner) current(index int, a *runningAgg) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.replicas[index] == a
}

func (s *replicaSigner) problem(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.problems = append(s.problems, fmt.Sprintf(format, args...))
}

// run signs until ctx ends.
func (s *replicaSigner) run(t *testing.T, ctx context.Context) {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		s.mu.Lock()
		running := map[int]*runningAgg{}
		for i, a := range s.replicas {
			running[i] = a
		}
		s.mu.Unlock()
		for i, a := range running {
			r, err := a.client.OpenRound(ctx)
			if err != nil || r == nil {
				continue // stopping, or nothing open
			}
			s.offered(t, ctx, i, r)
			for j, b := range running {
				s.submitAll(t, ctx, j, b, r.Round)
			}
		}
	}
}

// offered records replica i's offer of round r and checks it against the
// schedule and the other replica's offer.
func (s *replicaSigner) offered(t *testing.T, ctx context.Context, i int, r *api.Round) {
	if r.Every != replicaEvery || uint64(r.ReferenceBlock) != r.Round*replicaEvery {
		s.problem("replica %d offers round %d at reference block %d (every %d): off the schedule", i, r.Round, r.ReferenceBlock, r.Every)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.offers[r.Round] == nil {
		s.offers[r.Round] = map[int]*api.Round{}
		s.accepted[r.Round] = map[int]int{}
	}
	if _, ok := s.offers[r.Round][i]; ok {
		return
	}
	for j, o := range s.offers[r.Round] {
		if o.ReferenceBlock != r.ReferenceBlock || !slices.Equal(o.Targets, r.Targets) {
			s.problems = append(s.problems, fmt.Sprintf("round %d: replica %d offers ref %d targets %v, replica %d ref %d targets %v",
				r.Round, i, r.ReferenceBlock, r.Targets, j, o.ReferenceBlock, o.Targets))
		}
	}
	s.offers[r.Round][i] = r
}

// submitAll sends every operator's signature over round n, as replica j
// offered it, to replica j (once it has offered it).
func (s *replicaSigner) submitAll(t *testing.T, ctx context.Context, j int, b *runningAgg, n uint64) {
	s.mu.Lock()
	offer := s.offers[n][j]
	done := s.accepted[n][j] > 0
	s.mu.Unlock()
	if offer == nil || done {
		return // j has not offered it yet (or never will), or has it
	}
	claims, err := s.claims(ctx, offer)
	if err != nil {
		return // a rollup read failed: next tick
	}
	n0 := 0
	for op := range s.w.env.Operators {
		sc := s.w.signed(t, offer, claims, op)
		_, err := b.client.SubmitSignature(ctx, sc)
		switch {
		case err == nil:
			n0++
		case api.ErrorCode(err) == api.CodeUnknownRound || api.ErrorCode(err) == api.CodeDuplicate || ctx.Err() != nil:
		case api.ErrorCode(err) == api.CodeUnknownOperator:
			// A round whose reference block is below the operator's
			// registration (the replicas start while the devnet registers).
		case !s.current(j, b):
			return // stopped (set to nil or replaced) after this tick began
		default:
			s.problem("replica %d refused operator %d's signature for round %d: %v", j, op, n, err)
		}
	}
	s.mu.Lock()
	s.accepted[n][j] += n0
	if n0 == 0 {
		s.accepted[n][j] = -1 // closed before we got to it: not again
	}
	s.mu.Unlock()
}

// claims reads the honest claims of round's targets from the rollups.
func (s *replicaSigner) claims(ctx context.Context, r *api.Round) ([]core.Claim, error) {
	out := make([]core.Claim, 0, len(r.Targets))
	for _, tg := range r.Targets {
		for i, c := range s.w.rollups {
			if c.ChainID() != tg.ChainID {
				continue
			}
			h, err := s.w.rclients[i].HeaderByNumber(ctx, new(big.Int).SetUint64(tg.BlockNumber))
			if err != nil {
				return nil, err
			}
			out = append(out, core.Claim{ChainID: tg.ChainID, BlockNumber: tg.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
		}
	}
	return out, nil
}

// complete lists the rounds above after that some replica took every
// operator's signature for.
func (s *replicaSigner) complete(after uint64) []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []uint64
	for n, acc := range s.accepted {
		if n <= after {
			continue
		}
		for _, k := range acc {
			if k == len(s.w.env.Operators) {
				out = append(out, n)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// offersOf returns round n as each replica offered it.
func (s *replicaSigner) offersOf(n uint64) map[int]*api.Round {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[int]*api.Round{}
	for i, r := range s.offers[n] {
		out[i] = r
	}
	return out
}

func (s *replicaSigner) requireNoProblems(t *testing.T) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	require.Empty(t, s.problems)
}

// waitComplete waits until at least n rounds above after are complete, and
// returns them.
func (s *replicaSigner) waitComplete(t *testing.T, ctx context.Context, after uint64, n int, timeout time.Duration) []uint64 {
	t.Helper()
	var got []uint64
	poll(t, ctx, timeout, fmt.Sprintf("%d rounds after %d with every signature", n, after), func() (bool, error) {
		got = s.complete(after)
		return len(got) >= n, nil
	})
	return got
}

// landed waits for round n's single CheckpointAttested event and returns
// it with the sender of its transaction.
func (w *aggWorld) landed(t *testing.T, n uint64) (*rollcallregistry.RollcallRegistryCheckpointAttested, common.Address) {
	t.Helper()
	var evs []*rollcallregistry.RollcallRegistryCheckpointAttested
	poll(t, w.ctx, 30*time.Second, fmt.Sprintf("round %d attested on L1", n), func() (bool, error) {
		evs = w.attestedEvents(t, n)
		return len(evs) > 0, nil
	})
	require.Len(t, evs, 1, "round %d is attested exactly once", n)
	require.Equal(t, uint32(n*replicaEvery), evs[0].ReferenceBlock, "round %d's reference block is on the schedule", n)
	tx, _, err := w.env.Devnet.L1Client().TransactionByHash(w.ctx, evs[0].Raw.TxHash)
	require.NoError(t, err)
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	require.NoError(t, err)
	return evs[0], from
}

// replicaIndexOf is the replica whose key is addr (-1: none).
func (w *aggWorld) replicaIndexOf(addr common.Address) int {
	for i, k := range w.env.Devnet.Aggregators {
		if crypto.PubkeyToAddress(k.PublicKey) == addr {
			return i
		}
	}
	return -1
}

// revertedAttests finds, in L1 blocks [from, to], the registry
// transactions of the replicas' keys that were mined and reverted, and
// the gas each used.
func (w *aggWorld) revertedAttests(t *testing.T, from, to uint64) []uint64 {
	t.Helper()
	l1 := w.env.Devnet.L1Client()
	var gas []uint64
	for n := from; n <= to; n++ {
		block, err := l1.BlockByNumber(w.ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range block.Transactions() {
			if tx.To() == nil || *tx.To() != w.env.Devnet.Deployment.AVS.Registry {
				continue
			}
			sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			require.NoError(t, err)
			if w.replicaIndexOf(sender) < 0 {
				continue
			}
			receipt, err := l1.TransactionReceipt(w.ctx, tx.Hash())
			require.NoError(t, err)
			if receipt.Status != types.ReceiptStatusSuccessful {
				gas = append(gas, receipt.GasUsed)
			}
		}
	}
	return gas
}

// l1Head is the L1 head.
func (w *aggWorld) l1Head(t *testing.T) uint64 {
	t.Helper()
	n, err := w.env.Devnet.L1Client().BlockNumber(w.ctx)
	require.NoError(t, err)
	return n
}

// replicaMetric reads one counter of a running replica.
func replicaMetric(t *testing.T, ctx context.Context, a *runningAgg, name string) float64 {
	t.Helper()
	v, err := resMetric(ctx, a.svc.MetricsAddr(), name)
	require.NoError(t, err)
	return v
}
