package api

import (
	"encoding/json"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

func TestG1PointWire(t *testing.T) {
	kp, err := bls.NewKeyPairFromString("42")
	require.NoError(t, err)
	sig := kp.SignMessage([32]byte{1})
	raw, err := json.Marshal(NewG1Point(sig.G1Point))
	require.NoError(t, err)
	var back G1Point
	require.NoError(t, json.Unmarshal(raw, &back))
	p, err := back.Parse()
	require.NoError(t, err)
	require.True(t, p.Equal(sig.G1Affine))

	require.NoError(t, json.Unmarshal([]byte(`{"x":"0x1","y":"0x3"}`), &back))
	_, err = back.Parse()
	require.ErrorIs(t, err, core.ErrNotOnCurve)
	_, err = G1Point{}.Parse()
	require.ErrorIs(t, err, core.ErrMalformedPoint)
}
