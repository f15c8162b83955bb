package tests

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// BenchmarkAttestGas measures the gas of RollcallRegistry.attest, from the
// receipts of real transactions on the devnet, by number of rollups (claims)
// and of non-signers. Eight operators are registered: three with 100 tokens
// of stake (always signers) and five with 10, so that even with all five
// small ones not signing, 300/350 = 86% of the stake signs and the default
// threshold (66.67%) is met (the threshold is left at its default).
//
// Each iteration is one attest of a fresh round; the figure reported is the
// mean over the iterations, and -benchtime 1x gives a usable figure. The gas
// of one shape varies by a few thousand from one digest to another (the
// checker's BN254.hashToG1 is try-and-increment: one modexp per try) and
// with the zero bytes of the random hashes; -benchtime 10x smooths it.
//
// Every measured attest updates rollups that already have a latest claim
// (the steady state): a first attest of 32 rollups runs before measuring.
func BenchmarkAttestGas(b *testing.B) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	log := zaptest.NewLogger(b, zaptest.Level(zap.WarnLevel))
	big3, small := devnettest.Ether(100), devnettest.Ether(10)
	deposits := []*big.Int{big3, big3, big3, small, small, small, small, small}
	env := devnettest.Start(b, ctx, deposits, log)
	h := newRegistryHarness(b, ctx, env, log)

	const maxRollups = 32
	block := uint64(1)
	claimsFor := func(n int) []core.Claim {
		block++ // a higher block than the last attest: the latest claims move
		return randomClaims(1, n, block)
	}
	all := []int{0, 1, 2, 3, 4, 5, 6, 7}
	h.attest(b, h.signed(b, h.nextRound(), h.refBlock(b), claimsFor(maxRollups), all...))

	cases := []struct{ rollups, nonSigners int }{
		{1, 0}, {8, 0}, {32, 0}, {8, 1}, {8, 5},
	}
	type result struct {
		rollups, nonSigners int
		gas                 float64
		min, max            uint64
		calldata            int
	}
	results := make([]result, len(cases))
	for ci, c := range cases {
		signers := all[:len(all)-c.nonSigners] // the small operators do not sign
		b.Run(fmt.Sprintf("rollups=%d/nonsigners=%d", c.rollups, c.nonSigners), func(b *testing.B) {
			var gas, lo, hi uint64
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
				require.Equal(b, c.rollups, int(ev.ClaimCount))
				if c.nonSigners > 0 {
					require.Less(b, ev.SignedStake[0].Cmp(ev.TotalStake[0]), 0, "non-signers left stake unsigned")
				}
				gas += receipt.GasUsed
				if i == 0 || receipt.GasUsed < lo {
					lo = receipt.GasUsed
				}
				hi = max(hi, receipt.GasUsed)
			}
			mean := float64(gas) / float64(b.N)
			b.ReportMetric(mean, "gas/attest")
			b.ReportMetric(float64(calldata), "calldata-bytes")
			results[ci] = result{c.rollups, c.nonSigners, mean, lo, hi, calldata} // the last run's figure
		})
	}

	bips, err := h.reg.ThresholdBips(h.call())
	require.NoError(b, err)
	var table strings.Builder
	fmt.Fprintf(&table, "\n%8s %11s %12s %9s %9s %15s\n", "rollups", "non-signers", "gas/attest", "min", "max", "calldata bytes")
	for _, r := range results {
		fmt.Fprintf(&table, "%8d %11d %12.0f %9d %9d %15d\n", r.rollups, r.nonSigners, r.gas, r.min, r.max, r.calldata)
	}
	b.Logf("RollcallRegistry.attest gas (8 operators, threshold %d bips):%s", bips, table.String())
}
