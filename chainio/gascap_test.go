package chainio

import (
	"testing"

	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

func TestCapForMargin(t *testing.T) {
	m := DefaultGasMultiplier
	limit := uint64(float64(params.MaxTxGas) / m)
	for _, c := range []struct{ gas, want uint64 }{
		{21_000, 21_000},
		{limit, limit},
		{limit + 1, limit},                         // the margin would cross the cap: the cap itself
		{params.MaxTxGas, limit},                   // fits exactly: still sent, at the cap
		{params.MaxTxGas + 1, params.MaxTxGas + 1}, // cannot fit anyway: left for the node to refuse
	} {
		got := capForMargin(c.gas, m)
		require.Equal(t, c.want, got, "estimate %d", c.gas)
		if c.gas <= params.MaxTxGas {
			final := uint64(float64(got) * m) // what the tx manager sets
			require.LessOrEqual(t, final, params.MaxTxGas, "estimate %d: limit within the cap", c.gas)
			require.GreaterOrEqual(t, final+1, min(c.gas, params.MaxTxGas), "estimate %d: limit covers the estimate (to rounding)", c.gas)
		}
	}
	require.Equal(t, uint64(20_000_000), capForMargin(20_000_000, 1), "no margin, no change")
}
