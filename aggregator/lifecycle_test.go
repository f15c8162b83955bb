package aggregator

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/deploy"
)

func TestStopBeforeStart(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	cfg := validConfig()
	cfg.DataDir = t.TempDir()
	_, err = New(cfg, nil, key, nil)
	require.ErrorContains(t, err, "deployment is required")
	_, err = New(cfg, &deploy.Deployment{}, nil, nil)
	require.ErrorContains(t, err, "ECDSA key is required")

	svc, err := New(cfg, &deploy.Deployment{}, key, nil)
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
	<-svc.Done() // closed: the service will never run
	require.NoError(t, svc.Err())
	require.ErrorIs(t, svc.Start(context.Background()), ErrStarted)
	require.NoError(t, svc.Stop(context.Background()), "idempotent")
}
