package slashing

import (
	"bytes"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestFormat(t *testing.T) {
	half, _ := new(big.Int).SetString("500000000000000000", 10)
	require.Equal(t, "50%", FormatWad(half))
	require.Equal(t, "100%", FormatWad(wad))
	require.Equal(t, "0.0001%", FormatWad(big.NewInt(1e12)))
	require.Equal(t, "1.5", FormatUnits(big.NewInt(1_500_000_000_000_000_000)))
	require.Equal(t, "0", FormatUnits(new(big.Int)))
	require.Equal(t, "50%", fraction(5e17, 1e18))
	require.Equal(t, "no magnitude", fraction(0, 0))
}

func TestWriteText(t *testing.T) {
	id := common.Hash{9}
	r := &Report{
		Operator: common.Address{1}, OperatorID: &id, L1ChainID: 31337, Block: 200, FromBlock: 1,
		AVS: common.Address{2},
		Slashings: []Slashing{{
			Block: 150, TxHash: common.Hash{3}, AVS: common.Address{2}, Rollcall: true,
			Strategies:  []SlashedStrategy{{Strategy: common.Address{4}, Wad: Dec{big.NewInt(25e16)}}},
			Description: "double signing",
		}},
		Registration: Registration{State: Deregistered, DeregisteredAt: 190, SlashableUntil: 200, DeallocationDelay: 10, Slashable: true},
		Stake:        []StrategyStake{{Strategy: common.Address{4}, Magnitude: 75e16, MaxMagnitude: 75e16, Slashable: Dec{new(big.Int).Mul(big.NewInt(75), wad)}}},
		Sources:      []Source{{Kind: "aggregator", Name: "http://agg", Claims: 2, Rounds: 1, LastRound: 3}},
		Disagreements: []Disagreement{{
			Signed:   SignedClaim{Claim: claim(901, 10, 2), Source: "aggregator http://agg", Round: 3},
			Attested: claim(901, 10, 1), AttestedRound: 3,
		}},
	}
	r.verdict()
	var b bytes.Buffer
	require.NoError(t, r.WriteText(&b))
	out := b.String()
	for _, want := range []string{
		"by rollcall", "25% of its allocated stake slashed", `description "double signing"`,
		"deregistered at block 190; still slashable through block 200 (0 blocks from now",
		"75 shares slashable; magnitude 750000000000000000 of 750000000000000000 allocated (100%)",
		"DIFFERS chain 901 block 10", "aggregator http://agg, round 3",
		"Verdict: FOUND — 1 slashing recorded by the AllocationManager (1 by rollcall); 1 signed claim differs from the attested one",
	} {
		require.Contains(t, out, want)
	}

	raw, err := json.Marshal(r)
	require.NoError(t, err)
	var back map[string]any
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, "found", back["verdict"])
	require.Equal(t, "250000000000000000", back["slashings"].([]any)[0].(map[string]any)["strategies"].([]any)[0].(map[string]any)["wadSlashed"])
	var d Dec
	require.NoError(t, json.Unmarshal([]byte(`"123456789012345678901"`), &d))
	require.Equal(t, "123456789012345678901", d.String())
}
