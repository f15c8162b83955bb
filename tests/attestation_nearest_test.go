package tests

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// TestAttestationNearest: a rollup height no checkpoint attested is named
// as such with the nearest attested heights on both sides, and
// GetAtOrBelow (`attestation get --block N --at-or-below`) returns the
// nearest attested claim at or below it, which verifies on L1.
func TestAttestationNearest(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	h := newRegistryHarness(t, ctx, env, log)

	const chain = 7001
	low := h.signed(t, h.nextRound(), h.refBlock(t), randomClaims(chain, 1, 100), 0, 1, 2, 3)
	h.attest(t, low)
	high := h.signed(t, h.nextRound(), h.refBlock(t), randomClaims(chain, 1, 140), 0, 1, 2, 3)
	h.attest(t, high)

	reader, err := attestation.NewReader(h.client, h.chainID.Uint64(), h.addr)
	require.NoError(t, err)
	block := func(n uint64) *uint64 { return &n }

	exact, err := reader.Get(ctx, chain, block(140))
	require.NoError(t, err)
	require.Equal(t, high.claims[0], exact.Claim)

	_, err = reader.Get(ctx, chain, block(120))
	require.ErrorIs(t, err, attestation.ErrNotAttested)
	var nearest *attestation.NotAttestedError
	require.True(t, errors.As(err, &nearest))
	require.Equal(t, &attestation.AttestedHeight{Block: 100, Round: low.round}, nearest.Below)
	require.Equal(t, &attestation.AttestedHeight{Block: 140, Round: high.round}, nearest.Above)
	require.Contains(t, err.Error(), "chain 7001 block 120 was never attested")
	require.Contains(t, err.Error(), "block 100 (round 1) below, block 140 (round 2) above")

	below, err := reader.GetAtOrBelow(ctx, chain, 120)
	require.NoError(t, err)
	require.Equal(t, low.claims[0], below.Claim, "the nearest attested claim below 120 is the one at 100")
	require.Equal(t, low.round, below.Checkpoint.Round)
	require.NoError(t, reader.Verify(ctx, below))
	atTop, err := reader.GetAtOrBelow(ctx, chain, 1_000)
	require.NoError(t, err)
	require.Equal(t, high.claims[0], atTop.Claim)

	_, err = reader.GetAtOrBelow(ctx, chain, 99)
	require.True(t, errors.As(err, &nearest), "nothing at or below 99")
	require.Nil(t, nearest.Below)
	require.Equal(t, uint64(100), nearest.Above.Block)
	require.Contains(t, err.Error(), "none below, block 100 (round 1) above")
}
