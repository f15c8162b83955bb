package tests

import (
	"context"
	"math/big"
	"testing"
	"time"

	sdkavsregistry "github.com/Layr-Labs/eigensdk-go/chainio/clients/avsregistry"
	mockavs "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/Layr-Labs/eigensdk-go/services/avsregistry"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	"github.com/Layr-Labs/eigensdk-go/services/operatorsinfo"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/registration"
)

// TestEigenLayerOnDevnet proves the devnet is the real thing: operators
// register through eigensdk-go's own clients, their stake is read back through
// the OperatorStateRetriever, and signatures aggregated by eigensdk-go's
// aggregation service pass the on-chain BLSSignatureChecker.
func TestEigenLayerOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)

	dn, err := devnet.Start(ctx, devnet.Options{Operators: 3, L1BlockInterval: 250 * time.Millisecond}, nil, log)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dn.Stop(context.Background())) })
	dep := dn.Deployment
	client := dn.L1Client()

	require.NoError(t, dep.VerifyCode(ctx, client), "every address in the deployment holds code")

	// Each operator deposits a different amount so that stakes are
	// distinguishable, and allocates half of its magnitude.
	deposits := []*big.Int{ether(100), ether(200), ether(300)}
	blsKeys := make([]*bls.KeyPair, len(dn.Operators))
	txOpts := chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}
	var firstReg *registration.Registrar
	for i, key := range dn.Operators {
		blsKeys[i], err = bls.GenRandomBlsKeys()
		require.NoError(t, err)
		reg, err := registration.New(ctx, client, dep, key, txOpts, log)
		require.NoError(t, err)
		var steps []registration.Step
		err = reg.Register(ctx, registration.Request{
			Operator: key, BLS: blsKeys[i], Socket: "http://127.0.0.1:0", Deposit: deposits[i],
			Magnitude: registration.FullMagnitude / 2, AllocationDelay: 1, MetadataURL: "https://rollcall.invalid/op.json",
		}, func(s registration.Step) { steps = append(steps, s) })
		require.NoError(t, err, "register operator %d", i)
		require.Len(t, steps, 4)
		for _, s := range steps {
			require.False(t, s.Skipped, "fresh operator: step %q must run", s.Name)
		}
		if i == 0 {
			firstReg = reg
		}
	}

	t.Run("registration is idempotent", func(t *testing.T) {
		var steps []registration.Step
		err := firstReg.Register(ctx, registration.Request{
			Operator: dn.Operators[0], BLS: blsKeys[0], Socket: "http://127.0.0.1:0",
			Magnitude: registration.FullMagnitude / 2, AllocationDelay: 1,
		}, func(s registration.Step) { steps = append(steps, s) })
		require.NoError(t, err)
		for _, s := range steps {
			require.True(t, s.Skipped, "second run: step %q must be skipped, did %q", s.Name, s.Detail)
		}
	})

	avsReader := firstReg.Clients().AVSReader
	t.Run("stakes through OperatorStateRetriever", func(t *testing.T) {
		stakes, err := avsReader.GetOperatorsStakeInQuorumsAtCurrentBlock(&bind.CallOpts{Context: ctx}, sdktypes.QuorumNums{0})
		require.NoError(t, err)
		require.Len(t, stakes, 1)
		require.Len(t, stakes[0], 3)
		byOperator := map[common.Address]*big.Int{}
		for _, op := range stakes[0] {
			byOperator[op.Operator] = op.Stake
		}
		for i, key := range dn.Operators {
			want := new(big.Int).Div(deposits[i], big.NewInt(2)) // half the magnitude allocated
			require.Equal(t, want.String(), byOperator[crypto.PubkeyToAddress(key.PublicKey)].String(), "stake of operator %d", i)
		}
	})

	t.Run("aggregated signatures pass checkSignatures", func(t *testing.T) {
		checkAggregationOnChain(t, ctx, dn, avsReader, blsKeys)
	})
}

func checkAggregationOnChain(t *testing.T, ctx context.Context, dn *devnet.Devnet, avsReader *sdkavsregistry.ChainReader, blsKeys []*bls.KeyPair) {
	dep := dn.Deployment
	log := testLogger(t)
	sdkLog := chainio.SDKLogger(log)
	ws, err := ethclient.DialContext(ctx, dep.L1.WSURL)
	require.NoError(t, err)
	defer ws.Close()
	sub, err := sdkavsregistry.NewSubscriberFromConfig(sdkavsregistry.Config{
		RegistryCoordinatorAddress:    dep.AVS.RegistryCoordinator,
		OperatorStateRetrieverAddress: dep.AVS.OperatorStateRetriever,
		ServiceManagerAddress:         dep.AVS.ServiceManager,
	}, ws, sdkLog)
	require.NoError(t, err)
	svcCtx, stopSvc := context.WithCancel(ctx)
	defer stopSvc()
	opInfo := operatorsinfo.NewOperatorsInfoServiceInMemory(svcCtx, sub, avsReader, nil, operatorsinfo.Opts{StartBlock: new(big.Int).SetUint64(dep.L1.DeployedAtBlock)}, sdkLog)
	registry := avsregistry.NewAvsRegistryServiceChainCaller(avsReader, opInfo, sdkLog)

	message := crypto.Keccak256Hash([]byte("rollcall test checkpoint"))
	aggSvc := blsagg.NewBlsAggregatorService(registry, func(r sdktypes.TaskResponse) (sdktypes.TaskResponseDigest, error) {
		return r.([32]byte), nil
	}, sdkLog)

	head, err := dn.L1Client().BlockNumber(ctx)
	require.NoError(t, err)
	refBlock := uint32(head)
	require.NoError(t, aggSvc.InitializeNewTask(blsagg.NewTaskMetadata(1, refBlock, sdktypes.QuorumNums{0}, sdktypes.QuorumThresholdPercentages{100}, time.Minute)))
	for i, key := range dn.Operators {
		id, err := avsReader.GetOperatorId(&bind.CallOpts{Context: ctx}, crypto.PubkeyToAddress(key.PublicKey))
		require.NoError(t, err)
		require.NoError(t, aggSvc.ProcessNewSignature(ctx, blsagg.NewTaskSignature(1, [32]byte(message), blsKeys[i].SignMessage(message), id)))
	}
	var resp blsagg.BlsAggregationServiceResponse
	select {
	case resp = <-aggSvc.GetResponseChannel():
	case <-ctx.Done():
		t.Fatal("no aggregation response")
	}
	require.NoError(t, resp.Err)

	// checkSignatures requires referenceBlockNumber < block.number.
	require.Eventually(t, func() bool {
		n, err := dn.L1Client().BlockNumber(ctx)
		return err == nil && n > uint64(refBlock)
	}, time.Minute, 50*time.Millisecond)
	sm, err := mockavs.NewContractMockAvsServiceManager(dep.AVS.ServiceManager, dn.L1Client())
	require.NoError(t, err)
	params := toCheckerParams(resp)
	totals, _, err := sm.CheckSignatures(&bind.CallOpts{Context: ctx}, message, []byte{0}, refBlock, params)
	require.NoError(t, err, "checkSignatures accepts the aggregate")
	require.Equal(t, totals.TotalStakeForQuorum[0].String(), totals.SignedStakeForQuorum[0].String(), "all stake signed")
	require.Positive(t, totals.SignedStakeForQuorum[0].Sign())

	tampered := message
	tampered[0] ^= 1
	_, _, err = sm.CheckSignatures(&bind.CallOpts{Context: ctx}, tampered, []byte{0}, refBlock, params)
	require.Error(t, err, "checkSignatures rejects a signature over another message")
}

func toCheckerParams(r blsagg.BlsAggregationServiceResponse) mockavs.IBLSSignatureCheckerTypesNonSignerStakesAndSignature {
	g1 := func(p *bls.G1Point) mockavs.BN254G1Point {
		return mockavs.BN254G1Point{X: p.X.BigInt(new(big.Int)), Y: p.Y.BigInt(new(big.Int))}
	}
	var nonSigners, apks []mockavs.BN254G1Point
	for _, p := range r.NonSignersPubkeysG1 {
		nonSigners = append(nonSigners, g1(p))
	}
	for _, p := range r.QuorumApksG1 {
		apks = append(apks, g1(p))
	}
	g2 := r.SignersApkG2
	return mockavs.IBLSSignatureCheckerTypesNonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: r.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             nonSigners,
		QuorumApks:                   apks,
		// The EVM's pairing precompile takes G2 coordinates imaginary part first.
		ApkG2: mockavs.BN254G2Point{
			X: [2]*big.Int{g2.X.A1.BigInt(new(big.Int)), g2.X.A0.BigInt(new(big.Int))},
			Y: [2]*big.Int{g2.Y.A1.BigInt(new(big.Int)), g2.Y.A0.BigInt(new(big.Int))},
		},
		Sigma:                 g1(r.SignersAggSigG1.G1Point),
		QuorumApkIndices:      r.QuorumApkIndices,
		TotalStakeIndices:     r.TotalStakeIndices,
		NonSignerStakeIndices: r.NonSignerStakeIndices,
	}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
