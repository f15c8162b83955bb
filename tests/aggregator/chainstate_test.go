package aggregator_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	mockavs "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

func TestReaderOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))
	deposits := []*big.Int{devnettest.Ether(100), devnettest.Ether(200), devnettest.Ether(300), devnettest.Ether(400)}
	env := devnettest.Start(t, ctx, deposits, log)
	dep, client := env.Devnet.Deployment, env.Devnet.L1Client()

	reader, err := chainstate.NewReader(client, dep, log)
	require.NoError(t, err)

	t.Run("before registration the quorum is empty", func(t *testing.T) {
		// Read first, so that the key cache is filled later by a scan of
		// the newer blocks only.
		snap, err := reader.Snapshot(ctx, uint32(env.BeforeRegistration))
		require.NoError(t, err)
		require.Empty(t, snap.Operators)
		require.Equal(t, []byte{byte(dep.AVS.OperatorSetID)}, snap.QuorumNumbers)
		require.Equal(t, "0", snap.TotalStake[0].String())
		require.True(t, snap.QuorumApks[0].IsInfinity())
	})

	refBlock := currentBlock(t, ctx, env)
	snap, err := reader.Snapshot(ctx, refBlock)
	require.NoError(t, err)

	t.Run("snapshot holds the registered operators, stakes and keys", func(t *testing.T) {
		require.Equal(t, refBlock, snap.ReferenceBlock)
		require.Len(t, snap.Operators, len(env.Operators))
		total := new(big.Int)
		apk := bls.NewZeroG1Point()
		for i, op := range env.Operators {
			got, ok := snap.Operators[op.ID]
			require.True(t, ok, "operator %d in snapshot", i)
			require.Equal(t, op.ID, got.ID)
			require.Equal(t, op.Address, got.Address)
			require.Len(t, got.Stake, 1)
			require.Equal(t, op.Stake.String(), got.Stake[0].String(), "stake of operator %d", i)
			require.True(t, got.PubkeyG1.Equal(op.BLS.GetPubKeyG1().G1Affine), "G1 key of operator %d", i)
			require.True(t, got.PubkeyG2.Equal(op.PubkeyG2.G2Affine), "G2 key of operator %d (coordinate order)", i)
			total.Add(total, op.Stake)
			apk.Add(op.BLS.GetPubKeyG1())
		}
		require.Equal(t, total.String(), snap.TotalStake[0].String())
		require.True(t, snap.QuorumApks[0].Equal(apk.G1Affine))
	})

	t.Run("snapshot points are copies", func(t *testing.T) {
		again, err := reader.Snapshot(ctx, refBlock)
		require.NoError(t, err)
		op := env.Operators[0]
		again.Operators[op.ID].PubkeyG1.Add(op.BLS.GetPubKeyG1())
		third, err := reader.Snapshot(ctx, refBlock)
		require.NoError(t, err)
		require.True(t, third.Operators[op.ID].PubkeyG1.Equal(op.BLS.GetPubKeyG1().G1Affine), "mutating a snapshot must not corrupt the cache")
	})

	t.Run("future reference block", func(t *testing.T) {
		_, err := reader.Snapshot(ctx, refBlock+1_000_000)
		require.ErrorIs(t, err, chainstate.ErrFutureBlock)
	})

	sm, err := mockavs.NewContractMockAvsServiceManager(dep.AVS.ServiceManager, client)
	require.NoError(t, err)
	require.NoError(t, env.WaitForBlock(ctx, uint64(refBlock)+1), "checkSignatures needs referenceBlock < block.number")
	message := crypto.Keccak256Hash([]byte("chainstate test"))

	cases := []struct {
		name    string
		signers []int
	}{
		{"all signers", []int{0, 1, 2, 3}},
		{"one non-signer", []int{0, 2, 3}},
		{"two non-signers", []int{1, 3}},
		{"one signer", []int{2}},
	}
	for _, c := range cases {
		t.Run("checkSignatures accepts: "+c.name, func(t *testing.T) {
			ids, sig, apkG2 := env.Sign(message, c.signers...)
			params, err := reader.SignatureData(ctx, snap, ids, sig, apkG2)
			require.NoError(t, err)
			require.Len(t, params.NonSignerPubkeys, len(env.Operators)-len(c.signers))
			totals, _, err := sm.CheckSignatures(&bind.CallOpts{Context: ctx}, message, snap.QuorumNumbers, refBlock, toMock(params))
			require.NoError(t, err)
			signed := new(big.Int)
			for _, i := range c.signers {
				signed.Add(signed, env.Operators[i].Stake)
			}
			require.Equal(t, signed.String(), totals.SignedStakeForQuorum[0].String())
			require.Equal(t, snap.TotalStake[0].String(), totals.TotalStakeForQuorum[0].String())

			// The same data over another message must fail: the check is real.
			other := message
			other[31] ^= 1
			_, _, err = sm.CheckSignatures(&bind.CallOpts{Context: ctx}, other, snap.QuorumNumbers, refBlock, toMock(params))
			require.Error(t, err)
		})
	}

	t.Run("signer order does not matter", func(t *testing.T) {
		ids, sig, apkG2 := env.Sign(message, 3, 0)
		params, err := reader.SignatureData(ctx, snap, ids, sig, apkG2)
		require.NoError(t, err)
		_, _, err = sm.CheckSignatures(&bind.CallOpts{Context: ctx}, message, snap.QuorumNumbers, refBlock, toMock(params))
		require.NoError(t, err)
	})

	t.Run("non-signers sorted by operator id", func(t *testing.T) {
		ids, sig, apkG2 := env.Sign(message, 0)
		params, err := reader.SignatureData(ctx, snap, ids, sig, apkG2)
		require.NoError(t, err)
		require.Len(t, params.NonSignerPubkeys, 3)
		var prev *big.Int
		for _, p := range params.NonSignerPubkeys {
			id := new(big.Int).SetBytes(core.OperatorID(bls.NewG1Point(p.X, p.Y)).Bytes())
			if prev != nil {
				require.Positive(t, id.Cmp(prev), "ascending operator ids")
			}
			prev = id
		}
	})

	t.Run("bad signers", func(t *testing.T) {
		ids, sig, apkG2 := env.Sign(message, 0, 1)
		_, err := reader.SignatureData(ctx, snap, append(ids, common.HexToHash("0xdead")), sig, apkG2)
		require.ErrorIs(t, err, chainstate.ErrUnknownOperator)
		_, err = reader.SignatureData(ctx, snap, append(ids, ids[0]), sig, apkG2)
		require.ErrorIs(t, err, chainstate.ErrDuplicateSigner)
		_, err = reader.SignatureData(ctx, snap, nil, sig, apkG2)
		require.ErrorIs(t, err, chainstate.ErrNoSigners)
		_, err = reader.SignatureData(ctx, snap, ids, nil, apkG2)
		require.Error(t, err)
	})

	t.Run("operator without a known key", func(t *testing.T) {
		// A reader that scans from the head finds no registration event.
		late := *dep
		head, err := client.BlockNumber(ctx)
		require.NoError(t, err)
		late.L1.DeployedAtBlock = head
		r, err := chainstate.NewReader(client, &late, log)
		require.NoError(t, err)
		_, err = r.Snapshot(ctx, refBlock)
		require.ErrorIs(t, err, chainstate.ErrMissingPubkey)
		require.Contains(t, err.Error(), "0x", "names the operator")
	})
}

func currentBlock(t *testing.T, ctx context.Context, env *devnettest.Env) uint32 {
	head, err := env.Devnet.L1Client().BlockNumber(ctx)
	require.NoError(t, err)
	return uint32(head)
}

// toMock converts the registry binding's struct to the service manager
// binding's (same ABI, different Go types).
func toMock(p rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature) mockavs.IBLSSignatureCheckerTypesNonSignerStakesAndSignature {
	g1 := func(in []rollcallregistry.IBLSSignatureCheckerG1Point) []mockavs.BN254G1Point {
		out := make([]mockavs.BN254G1Point, len(in))
		for i, q := range in {
			out[i] = mockavs.BN254G1Point{X: q.X, Y: q.Y}
		}
		return out
	}
	return mockavs.IBLSSignatureCheckerTypesNonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: p.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             g1(p.NonSignerPubkeys),
		QuorumApks:                   g1(p.QuorumApks),
		ApkG2:                        mockavs.BN254G2Point{X: p.ApkG2.X, Y: p.ApkG2.Y},
		Sigma:                        mockavs.BN254G1Point{X: p.Sigma.X, Y: p.Sigma.Y},
		QuorumApkIndices:             p.QuorumApkIndices,
		TotalStakeIndices:            p.TotalStakeIndices,
		NonSignerStakeIndices:        p.NonSignerStakeIndices,
	}
}

// TestSnapshotBeyondRecentState: full nodes (and the devnet's L1) keep the
// state of the last ~128 blocks only, while the registry accepts reference
// blocks up to 300 blocks old.
func TestSnapshotBeyondRecentState(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))
	env := devnettest.StartWithInterval(t, ctx, []*big.Int{devnettest.Ether(10), devnettest.Ether(20)}, 20*time.Millisecond, log)
	client := env.Devnet.L1Client()
	ref := currentBlock(t, ctx, env)
	require.NoError(t, env.WaitForBlock(ctx, uint64(ref)+200))

	reader, err := chainstate.NewReader(client, env.Devnet.Deployment, log)
	require.NoError(t, err)
	snap, err := reader.Snapshot(ctx, ref)
	require.NoError(t, err)
	require.Len(t, snap.Operators, 2)
	require.Equal(t, devnettest.Ether(30).String(), snap.TotalStake[0].String())

	sm, err := mockavs.NewContractMockAvsServiceManager(env.Devnet.Deployment.AVS.ServiceManager, client)
	require.NoError(t, err)
	message := crypto.Keccak256Hash([]byte("old reference block"))
	ids, sig, apkG2 := env.Sign(message, 1)
	params, err := reader.SignatureData(ctx, snap, ids, sig, apkG2)
	require.NoError(t, err)
	totals, _, err := sm.CheckSignatures(&bind.CallOpts{Context: ctx}, message, snap.QuorumNumbers, ref, toMock(params))
	require.NoError(t, err)
	require.Equal(t, devnettest.Ether(20).String(), totals.SignedStakeForQuorum[0].String())
}
