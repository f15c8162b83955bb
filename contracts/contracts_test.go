// Tests of rollcall's own contracts and of the OpenZeppelin proxies, through the
// generated bindings, on go-ethereum's simulated chain (a real EVM).
package contracts_test

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	mockerc20 "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockERC20"
	strategymanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StrategyManager"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/bindings/emptycontract"
	"github.com/rollcall-avs/rollcall/bindings/erc20strategy"
	"github.com/rollcall-avs/rollcall/bindings/pauserregistry"
	"github.com/rollcall-avs/rollcall/bindings/proxyadmin"
	"github.com/rollcall-avs/rollcall/bindings/transparentupgradeableproxy"
	"github.com/rollcall-avs/rollcall/bindings/upgradeablebeacon"
)

// revertGas is the gas limit of transactions expected to revert: a fixed limit skips
// gas estimation, so the transaction is mined and its receipt shows the failure.
const revertGas = 1_000_000

// chain is a simulated L1 with two funded accounts: deployer (who also plays the
// StrategyManager or DelegationManager where a test needs a privileged caller) and other.
type chain struct {
	t        *testing.T
	backend  *simulated.Backend
	client   simulated.Client
	deployer *bind.TransactOpts
	other    *bind.TransactOpts
}

func newChain(t *testing.T) *chain {
	t.Helper()
	deployerKey, otherKey := newKey(t), newKey(t)
	balance := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	backend := simulated.NewBackend(types.GenesisAlloc{
		crypto.PubkeyToAddress(deployerKey.PublicKey): {Balance: balance},
		crypto.PubkeyToAddress(otherKey.PublicKey):    {Balance: balance},
	})
	t.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()
	chainID, err := client.ChainID(t.Context())
	require.NoError(t, err)
	return &chain{
		t:        t,
		backend:  backend,
		client:   client,
		deployer: transactor(t, deployerKey, chainID),
		other:    transactor(t, otherKey, chainID),
	}
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	return key
}

func transactor(t *testing.T, key *ecdsa.PrivateKey, chainID *big.Int) *bind.TransactOpts {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(key, chainID)
	require.NoError(t, err)
	opts.Context = t.Context()
	return opts
}

// mine commits a block with tx and returns its receipt.
func (c *chain) mine(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	require.NoError(c.t, err)
	c.backend.Commit()
	receipt, err := c.client.TransactionReceipt(c.t.Context(), tx.Hash())
	require.NoError(c.t, err)
	return receipt
}

// ok mines tx and requires it to succeed.
func (c *chain) ok(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	receipt := c.mine(tx, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, receipt.Status, "tx %s reverted", tx.Hash())
	return receipt
}

// reverts mines tx (sent with a fixed gas limit, see revertGas) and requires it to fail.
func (c *chain) reverts(tx *types.Transaction, err error) {
	c.t.Helper()
	receipt := c.mine(tx, err)
	require.Equal(c.t, types.ReceiptStatusFailed, receipt.Status, "tx %s succeeded", tx.Hash())
}

// deployed mines a deployment and requires code at the new address.
func (c *chain) deployed(addr common.Address, tx *types.Transaction, err error) common.Address {
	c.t.Helper()
	c.ok(tx, err)
	code, err := c.client.CodeAt(c.t.Context(), addr, nil)
	require.NoError(c.t, err)
	require.NotEmpty(c.t, code, "no code at %s", addr)
	return addr
}

// withGas copies opts with a fixed gas limit (no estimation, so reverts get mined).
func withGas(opts *bind.TransactOpts) *bind.TransactOpts {
	o := *opts
	o.GasLimit = revertGas
	return &o
}

// requireCustomError eth_calls method on contract as from and requires it to revert
// with the custom error wantErr of contractABI.
func (c *chain) requireCustomError(contractABI *abi.ABI, contract, from common.Address, wantErr, method string, args ...any) {
	c.t.Helper()
	data, err := contractABI.Pack(method, args...)
	require.NoError(c.t, err)
	_, err = c.client.CallContract(c.t.Context(), ethereum.CallMsg{From: from, To: &contract, Data: data}, nil)
	require.Error(c.t, err, "%s did not revert", method)
	var dataErr rpc.DataError
	require.True(c.t, errors.As(err, &dataErr), "%s: no revert data in %v", method, err)
	revertData, ok := dataErr.ErrorData().(string)
	require.True(c.t, ok, "%s: revert data %v", method, dataErr.ErrorData())
	wantID := contractABI.Errors[wantErr].ID
	require.NotEqual(c.t, common.Hash{}, wantID, "no error %s in the ABI", wantErr)
	require.Equal(c.t, hexutil.Encode(wantID[:4]), revertData, "%s: want revert %s", method, wantErr)
}

func TestPauserRegistry(t *testing.T) {
	c := newChain(t)
	pauser1, pauser2 := common.HexToAddress("0x1001"), common.HexToAddress("0x1002")

	addr, tx, registry, err := pauserregistry.DeployPauserRegistry(c.deployer, c.client, []common.Address{pauser1, pauser2}, c.deployer.From)
	c.deployed(addr, tx, err)
	registryABI, err := pauserregistry.PauserRegistryMetaData.GetAbi()
	require.NoError(t, err)

	for _, p := range []common.Address{pauser1, pauser2} {
		isPauser, err := registry.IsPauser(nil, p)
		require.NoError(t, err)
		require.True(t, isPauser, "%s should be a pauser", p)
	}
	isPauser, err := registry.IsPauser(nil, c.other.From)
	require.NoError(t, err)
	require.False(t, isPauser)
	unpauser, err := registry.Unpauser(nil)
	require.NoError(t, err)
	require.Equal(t, c.deployer.From, unpauser)

	// Only the unpauser manages pausers.
	c.reverts(registry.SetIsPauser(withGas(c.other), c.other.From, true))
	c.requireCustomError(registryABI, addr, c.other.From, "OnlyUnpauser", "setIsPauser", c.other.From, true)
	isPauser, err = registry.IsPauser(nil, c.other.From)
	require.NoError(t, err)
	require.False(t, isPauser)

	receipt := c.ok(registry.SetIsPauser(c.deployer, c.other.From, true))
	require.Len(t, receipt.Logs, 1)
	changed, err := registry.ParsePauserStatusChanged(*receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, c.other.From, changed.Pauser)
	require.True(t, changed.CanPause)
	isPauser, err = registry.IsPauser(nil, c.other.From)
	require.NoError(t, err)
	require.True(t, isPauser)

	c.ok(registry.SetIsPauser(c.deployer, pauser1, false))
	isPauser, err = registry.IsPauser(nil, pauser1)
	require.NoError(t, err)
	require.False(t, isPauser)

	c.requireCustomError(registryABI, addr, c.deployer.From, "InputAddressZero", "setIsPauser", common.Address{}, true)

	// Handing over the unpauser role.
	receipt = c.ok(registry.SetUnpauser(c.deployer, c.other.From))
	require.Len(t, receipt.Logs, 1)
	unpauserChanged, err := registry.ParseUnpauserChanged(*receipt.Logs[0])
	require.NoError(t, err)
	require.Equal(t, c.deployer.From, unpauserChanged.PreviousUnpauser)
	require.Equal(t, c.other.From, unpauserChanged.NewUnpauser)
	unpauser, err = registry.Unpauser(nil)
	require.NoError(t, err)
	require.Equal(t, c.other.From, unpauser)
	c.reverts(registry.SetUnpauser(withGas(c.deployer), c.deployer.From))
}

func TestERC20Strategy(t *testing.T) {
	c := newChain(t)
	manager := c.deployer // plays the StrategyManager
	recipient := common.HexToAddress("0x2001")

	tokenAddr, tx, token, err := mockerc20.DeployContractMockERC20(c.deployer, c.client)
	c.deployed(tokenAddr, tx, err)
	otherTokenAddr, tx, _, err := mockerc20.DeployContractMockERC20(c.deployer, c.client)
	c.deployed(otherTokenAddr, tx, err)

	addr, tx, strategy, err := erc20strategy.DeployERC20Strategy(c.deployer, c.client, manager.From, tokenAddr)
	c.deployed(addr, tx, err)
	strategyABI, err := erc20strategy.ERC20StrategyMetaData.GetAbi()
	require.NoError(t, err)

	gotManager, err := strategy.StrategyManager(nil)
	require.NoError(t, err)
	require.Equal(t, manager.From, gotManager)
	underlying, err := strategy.UnderlyingToken(nil)
	require.NoError(t, err)
	require.Equal(t, tokenAddr, underlying)
	requireTotalShares(t, strategy, 0)
	version, err := strategy.Version(nil)
	require.NoError(t, err)
	require.Equal(t, "1.0.0", version)
	explanation, err := strategy.Explanation(nil)
	require.NoError(t, err)
	require.NotEmpty(t, explanation)

	// The StrategyManager first moves the tokens to the strategy, then calls deposit.
	c.ok(token.Mint(c.deployer, addr, big.NewInt(100)))

	// Anyone else's deposit reverts and changes nothing.
	c.reverts(strategy.Deposit(withGas(c.other), tokenAddr, big.NewInt(100)))
	c.requireCustomError(strategyABI, addr, c.other.From, "OnlyStrategyManager", "deposit", tokenAddr, big.NewInt(100))
	requireTotalShares(t, strategy, 0)

	// Only the underlying token.
	c.requireCustomError(strategyABI, addr, manager.From, "OnlyUnderlyingToken", "deposit", otherTokenAddr, big.NewInt(100))
	c.requireCustomError(strategyABI, addr, manager.From, "NewSharesZero", "deposit", tokenAddr, big.NewInt(0))

	// deposit returns the new shares: one per token unit.
	var out []any
	raw := &erc20strategy.ERC20StrategyRaw{Contract: strategy}
	require.NoError(t, raw.Call(&bind.CallOpts{From: manager.From}, &out, "deposit", tokenAddr, big.NewInt(100)))
	require.Len(t, out, 1)
	newShares, ok := out[0].(*big.Int)
	require.True(t, ok, "deposit returned %T", out[0])
	requireBigEq(t, big.NewInt(100), newShares)

	c.ok(strategy.Deposit(manager, tokenAddr, big.NewInt(100)))
	requireTotalShares(t, strategy, 100)

	// A deposit whose tokens never arrived is refused.
	c.reverts(strategy.Deposit(withGas(manager), tokenAddr, big.NewInt(1)))
	c.requireCustomError(strategyABI, addr, manager.From, "DepositNotReceived", "deposit", tokenAddr, big.NewInt(1))
	requireTotalShares(t, strategy, 100)

	// 1:1 conversions.
	for _, v := range []int64{0, 1, 7, 1e18} {
		n := big.NewInt(v)
		got, err := strategy.SharesToUnderlyingView(nil, n)
		require.NoError(t, err)
		requireBigEq(t, n, got)
		got, err = strategy.SharesToUnderlying(nil, n)
		require.NoError(t, err)
		requireBigEq(t, n, got)
		got, err = strategy.UnderlyingToSharesView(nil, n)
		require.NoError(t, err)
		requireBigEq(t, n, got)
		got, err = strategy.UnderlyingToShares(nil, n)
		require.NoError(t, err)
		requireBigEq(t, n, got)
	}

	// Withdrawals: only the manager, at most the total, tokens to the recipient.
	c.reverts(strategy.Withdraw(withGas(c.other), recipient, tokenAddr, big.NewInt(40)))
	c.requireCustomError(strategyABI, addr, c.other.From, "OnlyStrategyManager", "withdraw", recipient, tokenAddr, big.NewInt(40))
	c.requireCustomError(strategyABI, addr, manager.From, "WithdrawalAmountExceedsTotalDeposits", "withdraw", recipient, tokenAddr, big.NewInt(101))
	c.requireCustomError(strategyABI, addr, manager.From, "OnlyUnderlyingToken", "withdraw", recipient, otherTokenAddr, big.NewInt(40))
	requireTotalShares(t, strategy, 100)

	c.ok(strategy.Withdraw(manager, recipient, tokenAddr, big.NewInt(40)))
	requireTotalShares(t, strategy, 60)
	requireBalance(t, token, recipient, 40)
	requireBalance(t, token, addr, 60)
}

// TestERC20StrategyWithStrategyManager checks that shares() reads EigenLayer's real
// StrategyManager (eigensdk-go's binding bytecode), which is deployed the way the
// devnet deploys the core: a TransparentUpgradeableProxy on EmptyContract, owned by a
// ProxyAdmin, then upgraded to the implementation and initialised in one call.
func TestERC20StrategyWithStrategyManager(t *testing.T) {
	c := newChain(t)
	staker := common.HexToAddress("0x3001")

	emptyAddr, tx, _, err := emptycontract.DeployEmptyContract(c.deployer, c.client)
	c.deployed(emptyAddr, tx, err)
	adminAddr, tx, admin, err := proxyadmin.DeployProxyAdmin(c.deployer, c.client)
	c.deployed(adminAddr, tx, err)
	proxyAddr, tx, _, err := transparentupgradeableproxy.DeployTransparentUpgradeableProxy(c.deployer, c.client, emptyAddr, adminAddr, nil)
	c.deployed(proxyAddr, tx, err)

	owner, err := admin.Owner(nil)
	require.NoError(t, err)
	require.Equal(t, c.deployer.From, owner)
	gotAdmin, err := admin.GetProxyAdmin(nil, proxyAddr)
	require.NoError(t, err)
	require.Equal(t, adminAddr, gotAdmin)
	impl, err := admin.GetProxyImplementation(nil, proxyAddr)
	require.NoError(t, err)
	require.Equal(t, emptyAddr, impl)

	// Before the upgrade the proxy has no logic: every call reverts.
	smProxy, err := strategymanager.NewContractStrategyManager(proxyAddr, c.client)
	require.NoError(t, err)
	_, err = smProxy.Owner(nil)
	require.Error(t, err)

	// The deployer also plays the DelegationManager, the only caller of addShares.
	registryAddr, tx, _, err := pauserregistry.DeployPauserRegistry(c.deployer, c.client, []common.Address{c.deployer.From}, c.deployer.From)
	c.deployed(registryAddr, tx, err)
	smImpl, tx, _, err := strategymanager.DeployContractStrategyManager(c.deployer, c.client, c.deployer.From, registryAddr, "v1.0.0")
	c.deployed(smImpl, tx, err)
	smABI, err := strategymanager.ContractStrategyManagerMetaData.GetAbi()
	require.NoError(t, err)
	initData, err := smABI.Pack("initialize", c.deployer.From, c.deployer.From, big.NewInt(0))
	require.NoError(t, err)

	// Only the ProxyAdmin's owner upgrades.
	c.reverts(admin.UpgradeAndCall(withGas(c.other), proxyAddr, smImpl, initData))
	c.ok(admin.UpgradeAndCall(c.deployer, proxyAddr, smImpl, initData))
	impl, err = admin.GetProxyImplementation(nil, proxyAddr)
	require.NoError(t, err)
	require.Equal(t, smImpl, impl)
	owner, err = smProxy.Owner(nil)
	require.NoError(t, err)
	require.Equal(t, c.deployer.From, owner)

	tokenAddr, tx, _, err := mockerc20.DeployContractMockERC20(c.deployer, c.client)
	c.deployed(tokenAddr, tx, err)
	strategyAddr, tx, strategy, err := erc20strategy.DeployERC20Strategy(c.deployer, c.client, proxyAddr, tokenAddr)
	c.deployed(strategyAddr, tx, err)

	requireShares(t, strategy, staker, 0)
	c.ok(smProxy.AddShares(c.deployer, staker, strategyAddr, big.NewInt(100)))
	onSM, err := smProxy.StakerDepositShares(nil, staker, strategyAddr)
	require.NoError(t, err)
	requireBigEq(t, big.NewInt(100), onSM)
	requireShares(t, strategy, staker, 100)
	requireShares(t, strategy, c.other.From, 0)
	underlying, err := strategy.UserUnderlyingView(nil, staker)
	require.NoError(t, err)
	requireBigEq(t, big.NewInt(100), underlying)
	underlying, err = strategy.UserUnderlying(nil, staker)
	require.NoError(t, err)
	requireBigEq(t, big.NewInt(100), underlying)
}

func TestUpgradeableBeacon(t *testing.T) {
	c := newChain(t)
	implA, tx, _, err := emptycontract.DeployEmptyContract(c.deployer, c.client)
	c.deployed(implA, tx, err)
	implB, tx, _, err := emptycontract.DeployEmptyContract(c.deployer, c.client)
	c.deployed(implB, tx, err)

	beaconAddr, tx, beacon, err := upgradeablebeacon.DeployUpgradeableBeacon(c.deployer, c.client, implA)
	c.deployed(beaconAddr, tx, err)
	impl, err := beacon.Implementation(nil)
	require.NoError(t, err)
	require.Equal(t, implA, impl)

	c.reverts(beacon.UpgradeTo(withGas(c.other), implB))
	c.ok(beacon.UpgradeTo(c.deployer, implB))
	impl, err = beacon.Implementation(nil)
	require.NoError(t, err)
	require.Equal(t, implB, impl)

	// A beacon refuses an implementation without code.
	c.reverts(beacon.UpgradeTo(withGas(c.deployer), common.HexToAddress("0x4001")))
}

func requireTotalShares(t *testing.T, s *erc20strategy.ERC20Strategy, want int64) {
	t.Helper()
	got, err := s.TotalShares(nil)
	require.NoError(t, err)
	requireBigEq(t, big.NewInt(want), got, "totalShares")
}

func requireShares(t *testing.T, s *erc20strategy.ERC20Strategy, user common.Address, want int64) {
	t.Helper()
	got, err := s.Shares(nil, user)
	require.NoError(t, err)
	requireBigEq(t, big.NewInt(want), got, "shares of %s", user)
}

func requireBalance(t *testing.T, token *mockerc20.ContractMockERC20, who common.Address, want int64) {
	t.Helper()
	got, err := token.BalanceOf(nil, who)
	require.NoError(t, err)
	requireBigEq(t, big.NewInt(want), got, "token balance of %s", who)
}

// requireBigEq compares big integers by value (require.Equal would compare their
// internal representation, in which two zeros can differ).
func requireBigEq(t *testing.T, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	require.NotNil(t, got, msgAndArgs...)
	require.Equal(t, want.String(), got.String(), msgAndArgs...)
}

// TestDevToken: the devnet rollups' ERC-20 mints its fixed supply to the
// listed holders at construction and refuses lists of different lengths.
func TestDevToken(t *testing.T) {
	c := newChain(t)
	holders := []common.Address{c.deployer.From, c.other.From}
	amounts := []*big.Int{big.NewInt(700), big.NewInt(300)}
	addr, tx, token, err := devtoken.DeployDevToken(c.deployer, c.client, "Dev", "DEV", holders, amounts)
	c.deployed(addr, tx, err)
	call := &bind.CallOpts{Context: t.Context()}
	for i, h := range holders {
		bal, err := token.BalanceOf(call, h)
		require.NoError(t, err)
		require.Equal(t, amounts[i].String(), bal.String())
	}
	supply, err := token.TotalSupply(call)
	require.NoError(t, err)
	require.Equal(t, "1000", supply.String())

	// A holder moves tokens; more than it holds reverts and moves nothing.
	c.ok(token.Transfer(c.other, c.deployer.From, big.NewInt(100)))
	c.reverts(token.Transfer(withGas(c.other), c.deployer.From, big.NewInt(201)))
	bal, err := token.BalanceOf(call, c.other.From)
	require.NoError(t, err)
	require.Equal(t, "200", bal.String())

	// Mismatched lists: the named error, and nothing deployed.
	tokenABI, err := devtoken.DevTokenMetaData.GetAbi()
	require.NoError(t, err)
	args, err := tokenABI.Pack("", "Dev", "DEV", holders, amounts[:1])
	require.NoError(t, err)
	code := append(common.FromHex(devtoken.DevTokenMetaData.Bin), args...)
	_, err = c.client.CallContract(t.Context(), ethereum.CallMsg{From: c.deployer.From, Data: code}, nil)
	var dataErr rpc.DataError
	require.True(t, errors.As(err, &dataErr), "no revert data in %v", err)
	want, err := tokenABI.Errors["LengthMismatch"].Inputs.Pack(big.NewInt(2), big.NewInt(1))
	require.NoError(t, err)
	id := tokenABI.Errors["LengthMismatch"].ID
	require.Equal(t, hexutil.Encode(append(id[:4], want...)), dataErr.ErrorData())
	addr, tx, _, err = devtoken.DeployDevToken(withGas(c.deployer), c.client, "Dev", "DEV", holders, amounts[:1])
	c.reverts(tx, err)
	deployedCode, err := c.client.CodeAt(t.Context(), addr, nil)
	require.NoError(t, err)
	require.Empty(t, deployedCode)
}
