package api

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
)

func TestG2PointRoundTrip(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	want := kp.GetPubKeyG2()
	raw, err := json.Marshal(NewG2Point(want))
	require.NoError(t, err)
	var back G2Point
	require.NoError(t, json.Unmarshal(raw, &back))
	got, err := back.Parse()
	require.NoError(t, err)
	require.True(t, want.G2Affine.Equal(got.G2Affine))

	// A coordinate changed: off the curve, refused.
	back.Y[1] = (*hexutil.Big)(new(big.Int).Add(back.Y[1].ToInt(), big.NewInt(1)))
	_, err = back.Parse()
	require.Error(t, err)
}
