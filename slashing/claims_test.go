package slashing

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

func claim(chain, block uint64, root byte) core.Claim {
	return core.Claim{ChainID: chain, BlockNumber: block, BlockHash: common.Hash{0xb, byte(block)}, StateRoot: common.Hash{root}}
}

func TestFindConflicts(t *testing.T) {
	a, b := claim(901, 10, 1), claim(901, 10, 2)
	other := claim(902, 10, 1)
	signed := []SignedClaim{
		{Claim: a, Source: "record one"},
		{Claim: other, Source: "record one"},
		{Claim: a, Source: "aggregator x", Round: 3}, // same claim again: no conflict
		{Claim: b, Source: "record two"},
		{Claim: claim(901, 11, 1), Source: "record two"},
	}
	got := FindConflicts(signed)
	require.Len(t, got, 1)
	require.Equal(t, uint64(901), got[0].ChainID)
	require.Equal(t, uint64(10), got[0].BlockNumber)
	require.Equal(t, a, got[0].A.Claim)
	require.Equal(t, "record one", got[0].A.Source, "first sighting is named")
	require.Equal(t, b, got[0].B.Claim)
	require.Equal(t, "record two", got[0].B.Source)

	require.Empty(t, FindConflicts(signed[:3]))
	require.NotNil(t, FindConflicts(nil), "an empty list, not null, in JSON")

	// Three different claims for one block: every pair.
	three := append(signed, SignedClaim{Claim: claim(901, 10, 3), Source: "record three"})
	require.Len(t, FindConflicts(three), 3)
}

func TestFindDisagreements(t *testing.T) {
	honest, wrong := claim(901, 10, 1), claim(901, 10, 2)
	attested := []AttestedClaim{{Claim: honest, Round: 4}, {Claim: claim(902, 10, 9), Round: 4}}
	signed := []SignedClaim{
		{Claim: honest, Source: "aggregator x", Round: 4},
		{Claim: wrong, Source: "aggregator x", Round: 5},
		{Claim: wrong, Source: "record r"},             // reported once
		{Claim: claim(901, 99, 1), Source: "record r"}, // never attested: nothing to compare
	}
	got := FindDisagreements(signed, attested)
	require.Len(t, got, 1)
	require.Equal(t, wrong, got[0].Signed.Claim)
	require.Equal(t, uint64(5), got[0].Signed.Round)
	require.Equal(t, honest, got[0].Attested)
	require.Equal(t, uint64(4), got[0].AttestedRound)
	require.Empty(t, FindDisagreements(signed[:1], attested))
}

func TestAggregatorClaimsChecksDigests(t *testing.T) {
	registry := common.Address{0x42}
	claims := []core.Claim{claim(901, 10, 1), claim(902, 7, 1)}
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	good := core.Checkpoint{Round: 3, ReferenceBlock: 100, ClaimsRoot: tree.Root()}.Digest(31337, registry)
	sigs := []api.OperatorSignature{
		{Round: 3, ReferenceBlock: 100, Digest: good, Claims: claims},
		{Round: 4, ReferenceBlock: 100, Digest: good, Claims: claims}, // digest of another round
	}
	out, warnings := aggregatorClaims(sigs, 31337, registry, "http://agg")
	require.Len(t, out, 2, "both claims of round 3")
	for _, c := range out {
		require.Equal(t, uint64(3), c.Round)
		require.Equal(t, good, *c.Digest)
		require.Equal(t, "aggregator http://agg", c.Source)
	}
	require.Len(t, warnings, 1)
	require.Contains(t, warnings[0], "round 4")
}

func TestReportVerdict(t *testing.T) {
	r := &Report{}
	r.verdict()
	require.Equal(t, VerdictClean, r.Verdict)
	require.False(t, r.Found())
	require.Empty(t, r.Findings)

	r = &Report{Slashings: []Slashing{{Rollcall: true}, {}}, Disagreements: []Disagreement{{}}}
	r.verdict()
	require.Equal(t, VerdictFound, r.Verdict)
	require.True(t, r.Found())
	require.Equal(t, []string{
		"2 slashings recorded by the AllocationManager (1 by rollcall)",
		"1 signed claim differs from the attested one",
	}, r.Findings)
}
