package optable

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// countingKeys answers Pubkey with the generator, failing the first call
// for each operator in fail, and counts the calls.
type countingKeys struct {
	Reader
	calls map[common.Address]int
	fail  map[common.Address]bool
}

func (c *countingKeys) Pubkey(_ context.Context, op common.Address) (bn254.G1Affine, error) {
	c.calls[op]++
	if c.fail[op] {
		c.fail[op] = false
		return bn254.G1Affine{}, errors.New("node down")
	}
	_, _, g1, _ := bn254.Generators()
	var p bn254.G1Affine
	p.ScalarMultiplication(&g1, new(big.Int).SetBytes(op[:]))
	return p, nil
}

func TestCachedKeys(t *testing.T) {
	a, b := common.HexToAddress("0x0a"), common.HexToAddress("0x0b")
	inner := &countingKeys{calls: map[common.Address]int{}, fail: map[common.Address]bool{b: true}}
	r := CachedKeys(inner)
	ctx := context.Background()
	ka, err := r.Pubkey(ctx, a)
	require.NoError(t, err)
	again, err := r.Pubkey(ctx, a)
	require.NoError(t, err)
	require.True(t, ka.Equal(&again))
	require.Equal(t, 1, inner.calls[a], "a key is read once")

	_, err = r.Pubkey(ctx, b)
	require.Error(t, err)
	kb, err := r.Pubkey(ctx, b)
	require.NoError(t, err, "a failed read is not cached")
	require.False(t, kb.Equal(&ka))
	_, err = r.Pubkey(ctx, b)
	require.NoError(t, err)
	require.Equal(t, 2, inner.calls[b])
}
