package tests

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	permissioncontroller "github.com/Layr-Labs/eigensdk-go/contracts/bindings/PermissionController"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	strategymanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StrategyManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/keystore"
)

// TestDeployOntoEigenLayer deploys EigenLayer's core alone on a devnet
// chain (as a public network has it), then runs the built binary's
// `rollcall deploy --eigenlayer FILE` on top: a dry run first (nothing
// sent, every transaction listed with its simulated gas and the addresses
// it creates), the deployment (whose contracts land where the dry run
// said), a re-run and a dry run after it (nothing sent), and then an
// operator registered with `rollcall operator register` and a checkpoint
// attested by an aggregator and that operator as processes, read back with
// `attestation get` / `verify`.
func TestDeployOntoEigenLayer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	rollcallBinary(t)
	log := testLogger(t)
	dir := t.TempDir()

	// 1. An L1 with EigenLayer's core only, and one rollup.
	keys := chain.DevKeys(4)
	coreDeployer, owner, opKey, aggKey := keys[0], keys[1], keys[2], keys[3]
	l1cfg := chain.DefaultConfig(31337)
	l1cfg.BlockInterval = 300 * time.Millisecond
	l1cfg.Alloc = chain.DevAlloc(keys, ether(1000))
	l1cfg.HTTPPort, l1cfg.WSPort = 0, 0
	l1 := devnettest.StartChain(t, l1cfg, log.Named("l1"))
	client := devnettest.Dial(t, l1.HTTPURL())
	params := deploy.DevnetParams(coreDeployer)
	params.Mint = []deploy.Mint{{To: crypto.PubkeyToAddress(opKey.PublicKey), Amount: ether(1000)}}
	el, err := deploy.DeployEigenLayer(ctx, client, params, nil, log)
	require.NoError(t, err)
	rollupChain, _ := devnettest.StartRollup(t, 901, 300*time.Millisecond, log.Named("rollup"))

	elRaw, err := json.MarshalIndent(el, "", "  ")
	require.NoError(t, err)
	elFile := writeConfigFile(t, dir, "eigenlayer.json", string(elRaw))
	keysDir := filepath.Join(dir, "keys")
	require.NoError(t, os.MkdirAll(keysDir, 0o700))
	password := writeConfigFile(t, keysDir, "password", procPassword+"\n")
	ownerKeystore := filepath.Join(keysDir, "owner.ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(ownerKeystore, owner, procPassword, keystore.WithLightScrypt()))
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	out := filepath.Join(dir, "deployment.json")
	deployArgs := []string{"deploy", "--eigenlayer", elFile, "--l1-rpc", l1.HTTPURL(), "--keystore", ownerKeystore,
		"--password-file", password, "--metadata-uri", "https://rollcall.invalid/avs.json", "--out", out,
		"--rollup", "901=" + rollupChain.HTTPURL()}
	nonce := func() uint64 {
		n, err := client.NonceAt(ctx, ownerAddr, nil)
		require.NoError(t, err)
		return n
	}

	// 2. Dry run: every transaction listed, none sent, no file.
	res := runCLI(t, nil, append(deployArgs, "--dry-run")...)
	require.Equal(t, 0, res.code, "%s", res)
	t.Logf("dry run:\n%s", res.stdout)
	require.Equal(t, uint64(0), nonce(), "a dry run sends nothing")
	require.NoFileExists(t, out, "a dry run writes no file")
	m := regexp.MustCompile(`dry run: (\d+) transactions from (0x[0-9a-fA-F]{40}), none sent`).FindStringSubmatch(res.stdout)
	require.NotNil(t, m, "%s", res)
	planned, _ := strconv.Atoi(m[1])
	require.Equal(t, ownerAddr.Hex(), m[2])
	require.NotContains(t, res.stdout, "FAILS")
	created := map[string]common.Address{} // label → address the dry run says it creates
	var simulatedGas uint64
	rows := regexp.MustCompile(`(?m)^\s+(\d+)\s+(\d+)\s+(.+?)\s+(creates (0x[0-9a-fA-F]{40})|0x[0-9a-fA-F]{40})\s+(\d+)$`).FindAllStringSubmatch(res.stdout, -1)
	require.Len(t, rows, planned, "one row per transaction")
	for i, r := range rows {
		require.Equal(t, strconv.Itoa(i), r[2], "nonces from 0, in order")
		gas, _ := strconv.ParseUint(r[6], 10, 64)
		require.Greater(t, gas, uint64(21_000), "row %d (%s) has a real gas figure", i+1, r[3])
		simulatedGas += gas
		if r[5] != "" {
			created[strings.TrimSpace(r[3])] = common.HexToAddress(r[5])
		}
	}
	for _, label := range []string{"RollcallRegistry", "PeerState", "EquivocationSlasher", "OperatorStateRetriever"} {
		require.Contains(t, created, label, "the dry run lists the creation of %s", label)
	}
	for _, label := range []string{"appoint the slasher", "AVS metadata", "AVS registrar", "create quorum", "accept AVS admin"} {
		require.Contains(t, res.stdout, label)
	}

	// 3. The deployment: the contracts land where the dry run said.
	res = runCLI(t, nil, deployArgs...)
	require.Equal(t, 0, res.code, "%s", res)
	t.Logf("deploy:\n%s\n%s", res.stdout, res.stderr)
	m = regexp.MustCompile(`deployed: (\d+) transactions, (\d+) gas`).FindStringSubmatch(res.stdout)
	require.NotNil(t, m, "%s", res)
	require.Equal(t, strconv.Itoa(planned), m[1], "the dry run listed every transaction the deployment sent")
	require.Equal(t, uint64(planned), nonce())
	realGas, _ := strconv.ParseUint(m[2], 10, 64)
	t.Logf("gas: simulated %d, used %d", simulatedGas, realGas)
	require.InDelta(t, float64(realGas), float64(simulatedGas), 0.02*float64(realGas), "the dry run's gas is the deployment's")
	dep, err := deploy.Load(out)
	require.NoError(t, err)
	require.NoError(t, dep.VerifyCode(ctx, client))
	require.Equal(t, el, dep.EigenLayer)
	require.Equal(t, created["RollcallRegistry"], dep.AVS.Registry)
	require.Equal(t, created["PeerState"], dep.AVS.PeerState)
	require.Equal(t, created["EquivocationSlasher"], dep.AVS.Slasher)
	require.Equal(t, ownerAddr, dep.AVS.Owner)
	require.Equal(t, l1.HTTPURL(), dep.L1.RPCURL)
	require.Equal(t, []deploy.RollupInfo{{ChainID: 901, RPCURL: rollupChain.HTTPURL()}}, dep.Rollups)
	require.Empty(t, dep.DevKeys)

	// 4. A re-run and a dry run after it send nothing.
	before, err := os.ReadFile(out)
	require.NoError(t, err)
	res = runCLI(t, nil, deployArgs...)
	require.Equal(t, 0, res.code, "%s", res)
	require.Contains(t, res.stdout, "already deployed")
	require.Equal(t, uint64(planned), nonce(), "a re-run sends nothing")
	after, err := os.ReadFile(out)
	require.NoError(t, err)
	require.JSONEq(t, string(before), string(after))
	res = runCLI(t, nil, append(deployArgs, "--dry-run")...)
	require.Equal(t, 0, res.code, "%s", res)
	require.Contains(t, res.stdout, "nothing to send")
	require.Equal(t, uint64(planned), nonce())

	// 5. A staker's deposit (outside rollcall, as on a public network),
	// then `rollcall operator register` and the daemons as processes.
	opAuth, err := bind.NewKeyedTransactorWithChainID(opKey, big.NewInt(31337))
	require.NoError(t, err)
	token, err := mockerc20.NewContractMockERC20(el.Token, client)
	require.NoError(t, err)
	sm, err := strategymanager.NewContractStrategyManager(el.StrategyManager, client)
	require.NoError(t, err)
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		require.NoError(t, err)
		r, err := chainio.WaitReceipt(ctx, client, tx.Hash(), 50*time.Millisecond)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	mined(token.Approve(opAuth, el.StrategyManager, ether(100)))
	mined(sm.DepositIntoStrategy(opAuth, el.Strategy, el.Token, ether(100)))

	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	blsKeystore := filepath.Join(keysDir, "op1.bls.json")
	require.NoError(t, keystore.SaveBLS(blsKeystore, kp, procPassword, keystore.WithLightScrypt()))
	opECDSA := filepath.Join(keysDir, "op1.ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(opECDSA, opKey, procPassword, keystore.WithLightScrypt()))
	aggKeystore := filepath.Join(keysDir, "agg.ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(aggKeystore, aggKey, procPassword, keystore.WithLightScrypt()))
	aggPort := freePort(t)
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	// Rollup entries without rpc: the deployment's URL (written by deploy --rollup).
	opConfig := writeConfigFile(t, dir, "operator.yaml", fmt.Sprintf(`deployment: %s
bls-keystore: %s
bls-password-file: %s
ecdsa-keystore: %s
ecdsa-password-file: %s
socket: http://127.0.0.1:9010
aggregator-url: %s
data-dir: %s
poll-interval: 200ms
round-timeout: 10s
node-api: 127.0.0.1:%d
metrics: 127.0.0.1:%d
rollups:
  - chain-id: 901
    finality: latest
`, out, blsKeystore, password, opECDSA, password, aggURL, filepath.Join(dir, "op-data"), freePort(t), freePort(t)))
	aggConfig := writeConfigFile(t, dir, "aggregator.yaml", fmt.Sprintf(`deployment: %s
keystore: %s
password-file: %s
listen: 127.0.0.1:%d
metrics: 127.0.0.1:%d
data-dir: %s
round-interval: 1s
late-window: 0s
receipt-poll: 100ms
rollups:
  - chain-id: 901
    finality: latest
`, out, aggKeystore, password, aggPort, freePort(t), filepath.Join(dir, "agg-data")))
	for _, cfg := range []string{opConfig, aggConfig} {
		res = runCLI(t, nil, "config", "check", "--config", cfg)
		require.Equal(t, 0, res.code, "%s", res)
	}
	res = runCLI(t, nil, "operator", "register", "--config", opConfig, "--allocation", "1")
	require.Equal(t, 0, res.code, "%s", res)
	require.Contains(t, res.stdout, "registered to operator set 0")

	agg := startProcess(t, "aggregator", "aggregator", "run", "--config", aggConfig)
	op := startProcess(t, "operator", "operator", "run", "--config", opConfig)
	registry, err := rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, client)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		require.False(t, agg.exited(), "the aggregator exited")
		require.False(t, op.exited(), "the operator exited")
		round, err := registry.LatestRoundOf(&bind.CallOpts{Context: ctx}, 901)
		return err == nil && round > 0
	}, 3*time.Minute, 200*time.Millisecond, "no checkpoint attested on the deployed registry")

	res = runCLI(t, nil, "attestation", "get", "--deployment", out, "--chain-id", "901")
	require.Equal(t, 0, res.code, "%s", res)
	claim := writeConfigFile(t, dir, "claim.json", res.stdout)
	res = runCLI(t, nil, "attestation", "verify", "--deployment", out, claim)
	require.Equal(t, 0, res.code, "%s", res)
	require.Contains(t, res.stdout, "ok: chain 901 block")
	require.Equal(t, 0, op.interrupt())
	require.Equal(t, 0, agg.interrupt())
}

// TestDeployAVSResumesHalfDoneSetUp: a deployment interrupted in the middle
// of the AVS set-up (admin accepted, one appointee set, then a crash)
// resumes from its deployment file without sending what the chain already
// has (accepting or appointing twice reverts) and skips the steps done.
func TestDeployAVSResumesHalfDoneSetUp(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	keys := chain.DevKeys(2)
	l1cfg := chain.DefaultConfig(31337)
	l1cfg.BlockInterval = 300 * time.Millisecond
	l1cfg.Alloc = chain.DevAlloc(keys, ether(1000))
	l1cfg.HTTPPort, l1cfg.WSPort = 0, 0
	l1 := devnettest.StartChain(t, l1cfg, log.Named("l1"))
	client := devnettest.Dial(t, l1.HTTPURL())
	el, err := deploy.DeployEigenLayer(ctx, client, deploy.DevnetParams(keys[0]), nil, log)
	require.NoError(t, err)
	params := deploy.DevnetParams(keys[1])

	// Stop right after the middleware step was saved.
	var saved deploy.Deployment
	errCrash := errors.New("crash")
	_, err = deploy.DeployAVS(ctx, client, el, params, deploy.AVSOptions{Save: func(d *deploy.Deployment) error {
		saved = *d
		if d.AVS.ServiceManager != (common.Address{}) {
			return errCrash
		}
		return nil
	}}, nil, log)
	require.ErrorIs(t, err, errCrash)
	require.NotEqual(t, common.Address{}, saved.AVS.RegistryCoordinator)
	require.Equal(t, common.Address{}, saved.AVS.Registry)

	// Half the set-up, as an interrupted run leaves it.
	auth, err := bind.NewKeyedTransactorWithChainID(keys[1], big.NewInt(31337))
	require.NoError(t, err)
	pc, err := permissioncontroller.NewContractPermissionController(el.PermissionController, client)
	require.NoError(t, err)
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		require.NoError(t, err)
		r, err := chainio.WaitReceipt(ctx, client, tx.Hash(), 50*time.Millisecond)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	amABI, err := allocationmanager.ContractAllocationManagerMetaData.GetAbi()
	require.NoError(t, err)
	var createSets [4]byte
	copy(createSets[:], amABI.Methods["createOperatorSets"].ID)
	mined(pc.AcceptAdmin(auth, saved.AVS.ServiceManager))
	mined(pc.SetAppointee(auth, saved.AVS.ServiceManager, saved.AVS.RegistryCoordinator, el.AllocationManager, createSets))

	res, err := deploy.DeployAVS(ctx, client, el, params, deploy.AVSOptions{Previous: &saved}, nil, log)
	require.NoError(t, err)
	require.Equal(t, []string{"AVS shared contracts", "middleware"}, res.Skipped)
	dep := res.Deployment
	require.Equal(t, saved.AVS.RegistryCoordinator, dep.AVS.RegistryCoordinator, "the middleware was not deployed again")
	dep.L1.RPCURL = l1.HTTPURL()
	require.NoError(t, dep.Check())
	require.NoError(t, dep.VerifyCode(ctx, client))
	coord, err := regcoord.NewContractSlashingRegistryCoordinatorCaller(dep.AVS.RegistryCoordinator, client)
	require.NoError(t, err)
	n, err := coord.QuorumCount(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	require.Equal(t, uint8(1), n)
	var slash [4]byte
	copy(slash[:], amABI.Methods["slashOperator"].ID)
	appointees, err := pc.GetAppointees(&bind.CallOpts{Context: ctx}, dep.AVS.ServiceManager, el.AllocationManager, slash)
	require.NoError(t, err)
	require.Contains(t, appointees, dep.AVS.Slasher)

	// And once done, a third run sends nothing.
	nonce, err := client.NonceAt(ctx, crypto.PubkeyToAddress(keys[1].PublicKey), nil)
	require.NoError(t, err)
	res, err = deploy.DeployAVS(ctx, client, el, params, deploy.AVSOptions{Previous: dep}, nil, log)
	require.NoError(t, err)
	require.Len(t, res.Skipped, 5)
	require.Zero(t, res.TxCount)
	again, err := client.NonceAt(ctx, crypto.PubkeyToAddress(keys[1].PublicKey), nil)
	require.NoError(t, err)
	require.Equal(t, nonce, again)
}
