package tests

import (
	"context"
	"errors"
	"testing"
	"time"

	indexregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/registration"
)

// TestRegistrationPastTheCap: the operator cap is a deploy parameter,
// recorded in the deployment; registering past it fails before anything is
// sent, with an error that names the cap — for the batched devnet
// registration and for an operator's own `register`.
func TestRegistrationPastTheCap(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	const capOps = 2
	dn, err := devnet.Start(ctx, devnet.Options{Operators: capOps + 1, MaxOperators: capOps, L1BlockInterval: 250 * time.Millisecond}, nil, log)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dn.Stop(context.Background())) })
	dep, client := dn.Deployment, dn.L1Client()
	require.Equal(t, uint32(capOps), dep.AVS.MaxOperators, "the deployment records the cap")

	index, err := indexregistry.NewContractIndexRegistryCaller(dep.AVS.IndexRegistry, client)
	require.NoError(t, err)
	registered := func() uint32 {
		n, err := index.TotalOperatorsForQuorum(&bind.CallOpts{Context: ctx}, uint8(dep.AVS.OperatorSetID))
		require.NoError(t, err)
		return n
	}
	nonce := func(i int) uint64 {
		n, err := client.PendingNonceAt(ctx, crypto.PubkeyToAddress(dn.Operators[i].PublicKey))
		require.NoError(t, err)
		return n
	}
	regs := make([]devnet.Registration, capOps+1)
	for i := range regs {
		kp, err := bls.GenRandomBlsKeys()
		require.NoError(t, err)
		regs[i] = devnet.Registration{BLS: kp, Deposit: ether(100), Socket: "http://127.0.0.1:0"}
	}

	// cap + 1 at once: refused before any transaction.
	err = dn.RegisterOperators(ctx, regs, log)
	require.ErrorIs(t, err, registration.ErrOperatorSetFull)
	require.ErrorContains(t, err, "cap (maxOperatorCount) is 2")
	var full *registration.OperatorSetFullError
	require.True(t, errors.As(err, &full))
	require.Equal(t, crypto.PubkeyToAddress(dn.Operators[capOps].PublicKey), full.Operator, "names the first operator past the cap")
	for i := range regs {
		require.Zero(t, nonce(i), "operator %d sent nothing", i)
	}
	require.Zero(t, registered())

	// Up to the cap: fine.
	require.NoError(t, dn.RegisterOperators(ctx, regs[:capOps], log))
	require.Equal(t, uint32(capOps), registered())

	// One more through the operator's own registration: the preflight names
	// the cap instead of a bare "transaction reverted", and nothing is sent.
	key := dn.Operators[capOps]
	reg, err := registration.New(ctx, client, dep, key, chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}, log)
	require.NoError(t, err)
	err = reg.Register(ctx, registration.Request{
		Operator: key, BLS: regs[capOps].BLS, Socket: "http://127.0.0.1:0", Deposit: ether(100),
		Magnitude: registration.FullMagnitude, AllocationDelay: 1,
	}, nil)
	require.ErrorIs(t, err, registration.ErrOperatorSetFull)
	require.ErrorContains(t, err, "quorum 0 holds 2 operators and its cap (maxOperatorCount) is 2")
	require.ErrorContains(t, err, "setOperatorSetParams")
	require.Zero(t, nonce(capOps), "nothing was sent")
	require.Equal(t, uint32(capOps), registered())
}
