package tests

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// BenchmarkAttestGas measures the gas of RollcallRegistry.attest, from the
// receipts of real transactions on the devnet, by number of rollups (claims)
// and of non-signers, and splits it by call frame with a tracer on the
// devnet's block import: the middleware's checkSignatures frame, the
// registry's own execution around it, and the rest (21,000 base gas and
// calldata). Eight operators are registered: three with 100 tokens of stake
// (always signers) and five with 10, so that even with all five small ones
// not signing, 300/350 = 86% of the stake signs and the default threshold
// (66.67%) is met.
//
// The sub-benchmarks rollups=N/nonsigners=M run under mainnet's rules
// (Osaka, chain.ForksMainnet); amsterdam/rollups=N/nonsigners=M repeat them
// under Amsterdam (chain.ForksAmsterdam), on a second devnet.
//
// Each iteration is one attest of a fresh round; the figure reported is the
// mean over the iterations, and -benchtime 1x gives a usable figure. The gas
// of one shape varies by a few thousand from one digest to another (the
// checker's BN254.hashToG1 is try-and-increment: one modexp per try) and
// with the zero bytes of the random hashes; -benchtime 10x smooths it.
//
// Every measured attest updates rollups that already have a lane (the
// steady state): a first attest of every rollup runs before measuring.
func BenchmarkAttestGas(b *testing.B) {
	for _, rules := range []struct {
		prefix string
		forks  chain.Forks
	}{{"", chain.ForksMainnet}, {"amsterdam/", chain.ForksAmsterdam}} {
		benchAttestGas(b, rules.prefix, rules.forks)
	}
}

func benchAttestGas(b *testing.B, prefix string, forks chain.Forks) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	log := zaptest.NewLogger(b, zaptest.Level(zap.WarnLevel))
	big3, small := devnettest.Ether(100), devnettest.Ether(10)
	deposits := []*big.Int{big3, big3, big3, small, small, small, small, small}
	frames := newFrameRecorder()
	env := devnettest.StartWith(b, ctx, deposits, devnet.Options{
		L1BlockInterval: devnettest.DefaultBlockInterval, L1Forks: forks, L1Tracer: frames.hooks(),
	}, log)
	h := newRegistryHarness(b, ctx, env, log)
	checker := env.Devnet.Deployment.AVS.ServiceManager
	checkSelector := h.checkSignaturesSelector(b)

	const maxRollups = core.MaxClaims
	block := uint64(1)
	claimsFor := func(n int) []core.Claim {
		block++ // a higher block than the last attest
		return randomClaims(1, n, block)
	}
	all := []int{0, 1, 2, 3, 4, 5, 6, 7}
	h.attest(b, h.signed(b, h.nextRound(), h.refBlock(b), claimsFor(maxRollups), all...))

	cases := []struct{ rollups, nonSigners int }{
		{1, 0}, {8, 0}, {32, 0}, {64, 0}, {128, 0}, {256, 0}, {8, 1}, {8, 5},
	}
	type result struct {
		rollups, nonSigners         int
		gas, checkSig, own, outside float64
		calldata                    int
	}
	results := make([]result, len(cases))
	for ci, c := range cases {
		signers := all[:len(all)-c.nonSigners] // the small operators do not sign
		b.Run(fmt.Sprintf("%srollups=%d/nonsigners=%d", prefix, c.rollups, c.nonSigners), func(b *testing.B) {
			var gas, checkSig, own uint64
			var calldata int
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cp := h.signed(b, h.nextRound(), h.refBlock(b), claimsFor(c.rollups), signers...)
				calldata = len(h.attestInput(b, cp))
				b.StartTimer()
				receipt := h.attest(b, cp) // fails the benchmark unless accepted
				b.StopTimer()
				ev := h.checkpointEvent(b, receipt)
				claims, err := attestation.UnpackClaims(ev.Claims)
				require.NoError(b, err)
				require.Len(b, claims, c.rollups)
				if c.nonSigners > 0 {
					require.NotEqual(b, signatoryRecordHash(cp.ref, nil), common.Hash(ev.SignatoryRecordHash), "non-signers recorded")
				}
				top, inner := frames.split(b, receipt.TxHash, checker, checkSelector)
				gas += receipt.GasUsed
				checkSig += inner
				own += top - inner
			}
			n := float64(b.N)
			r := result{c.rollups, c.nonSigners, float64(gas) / n, float64(checkSig) / n, float64(own) / n, 0, calldata}
			r.outside = r.gas - r.checkSig - r.own
			b.ReportMetric(r.gas, "gas/attest")
			b.ReportMetric(float64(calldata), "calldata-bytes")
			b.ReportMetric(r.checkSig, "checksig-gas/attest")
			b.ReportMetric(r.own, "registry-gas/attest")
			results[ci] = r // the last run's figure
		})
	}

	gasOf := func(rollups, nonSigners int) float64 {
		for _, r := range results {
			if r.rollups == rollups && r.nonSigners == nonSigners {
				return r.gas
			}
		}
		return 0
	}
	perRollup := (gasOf(128, 0) - gasOf(1, 0)) / 127
	perNonSigner := (gasOf(8, 5) - gasOf(8, 0)) / 5
	bips, err := h.reg.ThresholdBips(h.call())
	require.NoError(b, err)
	var table strings.Builder
	fmt.Fprintf(&table, "\n%8s %11s %12s %14s %14s %18s %15s\n", "rollups", "non-signers", "gas/attest", "checkSignatures", "registry own", "base+calldata", "calldata bytes")
	for _, r := range results {
		fmt.Fprintf(&table, "%8d %11d %12.0f %14.0f %14.0f %18.0f %15d\n", r.rollups, r.nonSigners, r.gas, r.checkSig, r.own, r.outside, r.calldata)
	}
	fmt.Fprintf(&table, "formula: %.0f fixed + %.0f per rollup + %.0f per non-signer; 256 rollups leave %.0f gas under the %d per-transaction cap (EIP-7825)",
		gasOf(1, 0)-perRollup, perRollup, perNonSigner, float64(params.MaxTxGas)-gasOf(256, 0), params.MaxTxGas)
	b.Logf("RollcallRegistry.attest gas under %s rules (8 operators, threshold %d bips):%s", forks, bips, table.String())
}

// checkSignaturesSelector is the selector of the checker's checkSignatures.
func (h *registryHarness) checkSignaturesSelector(tb testing.TB) []byte {
	tb.Helper()
	m, ok := h.errorABIs[1].Methods["checkSignatures"]
	require.True(tb, ok, "checker ABI has checkSignatures")
	return m.ID
}

// frameRecorder collects, per transaction, the call frames the EVM ran
// (go-ethereum's tracing hooks on block import): what a call tracer
// reports, reduced to what the benchmark needs.
type frameRecorder struct {
	mu    sync.Mutex
	inTx  bool // system calls around a block's transactions are not recorded
	stack []frame
	cur   []frame
	byTx  map[common.Hash][]frame
	hash  common.Hash
}

type frame struct {
	depth    int
	to       common.Address
	selector []byte
	gasUsed  uint64
}

func newFrameRecorder() *frameRecorder {
	return &frameRecorder{byTx: map[common.Hash][]frame{}}
}

func (r *frameRecorder) hooks() *tracing.Hooks {
	return &tracing.Hooks{
		OnTxStart: func(_ *tracing.VMContext, tx *types.Transaction, _ common.Address) {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.hash, r.stack, r.cur, r.inTx = tx.Hash(), nil, nil, true
		},
		OnEnter: func(depth int, _ byte, _ common.Address, to common.Address, input []byte, _ uint64, _ *big.Int) {
			r.mu.Lock()
			defer r.mu.Unlock()
			if !r.inTx {
				return
			}
			sel := input
			if len(sel) > 4 {
				sel = sel[:4]
			}
			r.stack = append(r.stack, frame{depth: depth, to: to, selector: bytes.Clone(sel)})
		},
		OnExit: func(depth int, _ []byte, gasUsed uint64, _ error, _ bool) {
			r.mu.Lock()
			defer r.mu.Unlock()
			if !r.inTx || len(r.stack) == 0 {
				return
			}
			f := r.stack[len(r.stack)-1]
			r.stack = r.stack[:len(r.stack)-1]
			f.gasUsed = gasUsed
			r.cur = append(r.cur, f)
		},
		OnTxEnd: func(_ *types.Receipt, _ error) {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.byTx[r.hash], r.inTx = r.cur, false
		},
	}
}

// split returns the gas of tx's top-level frame (execution, without base
// gas and calldata) and of the frame that called selector on to from it.
func (r *frameRecorder) split(tb testing.TB, tx common.Hash, to common.Address, selector []byte) (top, inner uint64) {
	tb.Helper()
	var fs []frame
	require.Eventually(tb, func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		var ok bool
		fs, ok = r.byTx[tx]
		return ok
	}, 10*time.Second, 10*time.Millisecond, "no trace of tx %s", tx)
	var foundTop, foundInner bool
	for _, f := range fs {
		switch {
		case f.depth == 0:
			top, foundTop = f.gasUsed, true
		case f.depth == 1 && f.to == to && bytes.Equal(f.selector, selector):
			inner, foundInner = f.gasUsed, true
		}
	}
	require.True(tb, foundTop && foundInner, "tx %s: frames %+v", tx, fs)
	return top, inner
}
