// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package erc20strategy

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ERC20StrategyMetaData contains all meta data concerning the ERC20Strategy contract.
var ERC20StrategyMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"strategyManager_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BalanceExceedsMaxTotalDeposits\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositNotReceived\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxPerDepositExceedsMax\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NewSharesZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyStrategyManager\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlyUnderlyingToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TotalSharesExceedsMax\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WithdrawalAmountExceedsTotalDeposits\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"}],\"name\":\"ExchangeRateEmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"StrategyTokenSet\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"newShares\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"explanation\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"shares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountShares\",\"type\":\"uint256\"}],\"name\":\"sharesToUnderlying\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountShares\",\"type\":\"uint256\"}],\"name\":\"sharesToUnderlyingView\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"strategyManager\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountUnderlying\",\"type\":\"uint256\"}],\"name\":\"underlyingToShares\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amountUnderlying\",\"type\":\"uint256\"}],\"name\":\"underlyingToSharesView\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"underlyingToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"userUnderlying\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"userUnderlyingView\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amountShares\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610b86380380610b8683398101604081905261002e91610108565b6001600160a01b03808316608052811660a08190526040805163313ce56760e01b815290517f1c540707b00eb5427b6b774fc799d756516a54aee108b64b327acc55af557507928492909163313ce567916004808201926020929091908290030181865afa1580156100a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c69190610140565b604080516001600160a01b03909316835260ff90911660208301520160405180910390a15050610167565b6001600160a01b0381168114610105575f5ffd5b50565b5f5f60408385031215610119575f5ffd5b8251610124816100f1565b6020840151909250610135816100f1565b809150509250929050565b5f60208284031215610150575f5ffd5b815160ff81168114610160575f5ffd5b9392505050565b60805160a0516109ce6101b85f395f818160ee01528181610247015281816102e601528181610483015261051801525f818161013201528181610207015281816103cd015261044301526109ce5ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80638c87101911610088578063ce7c2ac211610063578063ce7c2ac2146101d3578063d9caed12146101e6578063e3dae51c146101ba578063f3e73875146101ba575f5ffd5b80638c871019146101ba5780638f6a6240146101a7578063ab5921e1146101cb575f5ffd5b806347e7ef24116100c357806347e7ef241461016a57806354fd4d501461017d578063553ca5f8146101a75780637a8b2637146101ba575f5ffd5b80632495a599146100e957806339b70e381461012d5780633a98ef3914610154575b5f5ffd5b6101107f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6101107f000000000000000000000000000000000000000000000000000000000000000081565b61015c5f5481565b604051908152602001610124565b61015c6101783660046107f8565b6101fb565b6040805180820190915260058152640312e302e360dc1b60208201525b6040516101249190610822565b61015c6101b5366004610857565b61037c565b61015c6101c8366004610879565b90565b61019a610386565b61015c6101e1366004610857565b6103a6565b6101f96101f4366004610890565b610438565b005b5f336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610245576040516348da714f60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836001600160a01b03161461029757604051630312abdd60e61b815260040160405180910390fd5b819050805f036102ba57604051630c392ed360e11b815260040160405180910390fd5b805f5f8282546102ca91906108e2565b90915550505f546040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015610333573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061035791906108f5565b1015610376576040516303f8f1eb60e31b815260040160405180910390fd5b92915050565b5f610376826103a6565b606060405180608001604052806044815260200161095560449139905090565b60405163fe243a1760e01b81526001600160a01b0382811660048301523060248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063fe243a1790604401602060405180830381865afa158015610414573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061037691906108f5565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610481576040516348da714f60e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316826001600160a01b0316146104d357604051630312abdd60e61b815260040160405180910390fd5b5f548111156104f557604051630b469df360e41b815260040160405180910390fd5b805f5f828254610505919061090c565b9091555061053f90506001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168483610544565b505050565b604080516001600160a01b03848116602483015260448083018590528351808403909101815260649092018352602080830180516001600160e01b031663a9059cbb60e01b17905283518085019094528084527f5361666545524332303a206c6f772d6c6576656c2063616c6c206661696c65649084015261053f928692915f916105d3918516908490610657565b905080515f14806105f35750808060200190518101906105f3919061091f565b61053f5760405162461bcd60e51b815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e6044820152691bdd081cdd58d8d9595960b21b60648201526084015b60405180910390fd5b606061066584845f8561066d565b949350505050565b6060824710156106ce5760405162461bcd60e51b815260206004820152602660248201527f416464726573733a20696e73756666696369656e742062616c616e636520666f6044820152651c8818d85b1b60d21b606482015260840161064e565b5f5f866001600160a01b031685876040516106e9919061093e565b5f6040518083038185875af1925050503d805f8114610723576040519150601f19603f3d011682016040523d82523d5f602084013e610728565b606091505b509150915061073987838387610744565b979650505050505050565b606083156107b25782515f036107ab576001600160a01b0385163b6107ab5760405162461bcd60e51b815260206004820152601d60248201527f416464726573733a2063616c6c20746f206e6f6e2d636f6e7472616374000000604482015260640161064e565b5081610665565b61066583838151156107c75781518083602001fd5b8060405162461bcd60e51b815260040161064e9190610822565b6001600160a01b03811681146107f5575f5ffd5b50565b5f5f60408385031215610809575f5ffd5b8235610814816107e1565b946020939093013593505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215610867575f5ffd5b8135610872816107e1565b9392505050565b5f60208284031215610889575f5ffd5b5035919050565b5f5f5f606084860312156108a2575f5ffd5b83356108ad816107e1565b925060208401356108bd816107e1565b929592945050506040919091013590565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610376576103766108ce565b5f60208284031215610905575f5ffd5b5051919050565b81810381811115610376576103766108ce565b5f6020828403121561092f575f5ffd5b81518015158114610872575f5ffd5b5f82518060208501845e5f92019182525091905056fe726f6c6c63616c6c206465766e65742073747261746567793a206f6e652073686172652070657220746f6b656e20756e6974206f6620612073696e676c65204552433230a264697066735822122041581d4a1ce61e3c4259360b855b617f5c271fb06a94fc5d5159cb264cdc887a64736f6c634300081b0033",
}

// ERC20StrategyABI is the input ABI used to generate the binding from.
// Deprecated: Use ERC20StrategyMetaData.ABI instead.
var ERC20StrategyABI = ERC20StrategyMetaData.ABI

// ERC20StrategyBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ERC20StrategyMetaData.Bin instead.
var ERC20StrategyBin = ERC20StrategyMetaData.Bin

// DeployERC20Strategy deploys a new Ethereum contract, binding an instance of ERC20Strategy to it.
func DeployERC20Strategy(auth *bind.TransactOpts, backend bind.ContractBackend, strategyManager_ common.Address, token common.Address) (common.Address, *types.Transaction, *ERC20Strategy, error) {
	parsed, err := ERC20StrategyMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ERC20StrategyBin), backend, strategyManager_, token)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ERC20Strategy{ERC20StrategyCaller: ERC20StrategyCaller{contract: contract}, ERC20StrategyTransactor: ERC20StrategyTransactor{contract: contract}, ERC20StrategyFilterer: ERC20StrategyFilterer{contract: contract}}, nil
}

// ERC20Strategy is an auto generated Go binding around an Ethereum contract.
type ERC20Strategy struct {
	ERC20StrategyCaller     // Read-only binding to the contract
	ERC20StrategyTransactor // Write-only binding to the contract
	ERC20StrategyFilterer   // Log filterer for contract events
}

// ERC20StrategyCaller is an auto generated read-only Go binding around an Ethereum contract.
type ERC20StrategyCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ERC20StrategyTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ERC20StrategyTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ERC20StrategyFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ERC20StrategyFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ERC20StrategySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ERC20StrategySession struct {
	Contract     *ERC20Strategy    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ERC20StrategyCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ERC20StrategyCallerSession struct {
	Contract *ERC20StrategyCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// ERC20StrategyTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ERC20StrategyTransactorSession struct {
	Contract     *ERC20StrategyTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// ERC20StrategyRaw is an auto generated low-level Go binding around an Ethereum contract.
type ERC20StrategyRaw struct {
	Contract *ERC20Strategy // Generic contract binding to access the raw methods on
}

// ERC20StrategyCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ERC20StrategyCallerRaw struct {
	Contract *ERC20StrategyCaller // Generic read-only contract binding to access the raw methods on
}

// ERC20StrategyTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ERC20StrategyTransactorRaw struct {
	Contract *ERC20StrategyTransactor // Generic write-only contract binding to access the raw methods on
}

// NewERC20Strategy creates a new instance of ERC20Strategy, bound to a specific deployed contract.
func NewERC20Strategy(address common.Address, backend bind.ContractBackend) (*ERC20Strategy, error) {
	contract, err := bindERC20Strategy(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ERC20Strategy{ERC20StrategyCaller: ERC20StrategyCaller{contract: contract}, ERC20StrategyTransactor: ERC20StrategyTransactor{contract: contract}, ERC20StrategyFilterer: ERC20StrategyFilterer{contract: contract}}, nil
}

// NewERC20StrategyCaller creates a new read-only instance of ERC20Strategy, bound to a specific deployed contract.
func NewERC20StrategyCaller(address common.Address, caller bind.ContractCaller) (*ERC20StrategyCaller, error) {
	contract, err := bindERC20Strategy(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ERC20StrategyCaller{contract: contract}, nil
}

// NewERC20StrategyTransactor creates a new write-only instance of ERC20Strategy, bound to a specific deployed contract.
func NewERC20StrategyTransactor(address common.Address, transactor bind.ContractTransactor) (*ERC20StrategyTransactor, error) {
	contract, err := bindERC20Strategy(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ERC20StrategyTransactor{contract: contract}, nil
}

// NewERC20StrategyFilterer creates a new log filterer instance of ERC20Strategy, bound to a specific deployed contract.
func NewERC20StrategyFilterer(address common.Address, filterer bind.ContractFilterer) (*ERC20StrategyFilterer, error) {
	contract, err := bindERC20Strategy(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ERC20StrategyFilterer{contract: contract}, nil
}

// bindERC20Strategy binds a generic wrapper to an already deployed contract.
func bindERC20Strategy(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ERC20StrategyMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ERC20Strategy *ERC20StrategyRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ERC20Strategy.Contract.ERC20StrategyCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ERC20Strategy *ERC20StrategyRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.ERC20StrategyTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ERC20Strategy *ERC20StrategyRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.ERC20StrategyTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ERC20Strategy *ERC20StrategyCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ERC20Strategy.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ERC20Strategy *ERC20StrategyTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ERC20Strategy *ERC20StrategyTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.contract.Transact(opts, method, params...)
}

// Explanation is a free data retrieval call binding the contract method 0xab5921e1.
//
// Solidity: function explanation() pure returns(string)
func (_ERC20Strategy *ERC20StrategyCaller) Explanation(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "explanation")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Explanation is a free data retrieval call binding the contract method 0xab5921e1.
//
// Solidity: function explanation() pure returns(string)
func (_ERC20Strategy *ERC20StrategySession) Explanation() (string, error) {
	return _ERC20Strategy.Contract.Explanation(&_ERC20Strategy.CallOpts)
}

// Explanation is a free data retrieval call binding the contract method 0xab5921e1.
//
// Solidity: function explanation() pure returns(string)
func (_ERC20Strategy *ERC20StrategyCallerSession) Explanation() (string, error) {
	return _ERC20Strategy.Contract.Explanation(&_ERC20Strategy.CallOpts)
}

// Shares is a free data retrieval call binding the contract method 0xce7c2ac2.
//
// Solidity: function shares(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) Shares(opts *bind.CallOpts, user common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "shares", user)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Shares is a free data retrieval call binding the contract method 0xce7c2ac2.
//
// Solidity: function shares(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) Shares(user common.Address) (*big.Int, error) {
	return _ERC20Strategy.Contract.Shares(&_ERC20Strategy.CallOpts, user)
}

// Shares is a free data retrieval call binding the contract method 0xce7c2ac2.
//
// Solidity: function shares(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) Shares(user common.Address) (*big.Int, error) {
	return _ERC20Strategy.Contract.Shares(&_ERC20Strategy.CallOpts, user)
}

// SharesToUnderlying is a free data retrieval call binding the contract method 0xf3e73875.
//
// Solidity: function sharesToUnderlying(uint256 amountShares) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) SharesToUnderlying(opts *bind.CallOpts, amountShares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "sharesToUnderlying", amountShares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SharesToUnderlying is a free data retrieval call binding the contract method 0xf3e73875.
//
// Solidity: function sharesToUnderlying(uint256 amountShares) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) SharesToUnderlying(amountShares *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.SharesToUnderlying(&_ERC20Strategy.CallOpts, amountShares)
}

// SharesToUnderlying is a free data retrieval call binding the contract method 0xf3e73875.
//
// Solidity: function sharesToUnderlying(uint256 amountShares) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) SharesToUnderlying(amountShares *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.SharesToUnderlying(&_ERC20Strategy.CallOpts, amountShares)
}

// SharesToUnderlyingView is a free data retrieval call binding the contract method 0x7a8b2637.
//
// Solidity: function sharesToUnderlyingView(uint256 amountShares) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) SharesToUnderlyingView(opts *bind.CallOpts, amountShares *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "sharesToUnderlyingView", amountShares)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SharesToUnderlyingView is a free data retrieval call binding the contract method 0x7a8b2637.
//
// Solidity: function sharesToUnderlyingView(uint256 amountShares) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) SharesToUnderlyingView(amountShares *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.SharesToUnderlyingView(&_ERC20Strategy.CallOpts, amountShares)
}

// SharesToUnderlyingView is a free data retrieval call binding the contract method 0x7a8b2637.
//
// Solidity: function sharesToUnderlyingView(uint256 amountShares) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) SharesToUnderlyingView(amountShares *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.SharesToUnderlyingView(&_ERC20Strategy.CallOpts, amountShares)
}

// StrategyManager is a free data retrieval call binding the contract method 0x39b70e38.
//
// Solidity: function strategyManager() view returns(address)
func (_ERC20Strategy *ERC20StrategyCaller) StrategyManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "strategyManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StrategyManager is a free data retrieval call binding the contract method 0x39b70e38.
//
// Solidity: function strategyManager() view returns(address)
func (_ERC20Strategy *ERC20StrategySession) StrategyManager() (common.Address, error) {
	return _ERC20Strategy.Contract.StrategyManager(&_ERC20Strategy.CallOpts)
}

// StrategyManager is a free data retrieval call binding the contract method 0x39b70e38.
//
// Solidity: function strategyManager() view returns(address)
func (_ERC20Strategy *ERC20StrategyCallerSession) StrategyManager() (common.Address, error) {
	return _ERC20Strategy.Contract.StrategyManager(&_ERC20Strategy.CallOpts)
}

// TotalShares is a free data retrieval call binding the contract method 0x3a98ef39.
//
// Solidity: function totalShares() view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) TotalShares(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "totalShares")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalShares is a free data retrieval call binding the contract method 0x3a98ef39.
//
// Solidity: function totalShares() view returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) TotalShares() (*big.Int, error) {
	return _ERC20Strategy.Contract.TotalShares(&_ERC20Strategy.CallOpts)
}

// TotalShares is a free data retrieval call binding the contract method 0x3a98ef39.
//
// Solidity: function totalShares() view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) TotalShares() (*big.Int, error) {
	return _ERC20Strategy.Contract.TotalShares(&_ERC20Strategy.CallOpts)
}

// UnderlyingToShares is a free data retrieval call binding the contract method 0x8c871019.
//
// Solidity: function underlyingToShares(uint256 amountUnderlying) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) UnderlyingToShares(opts *bind.CallOpts, amountUnderlying *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "underlyingToShares", amountUnderlying)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnderlyingToShares is a free data retrieval call binding the contract method 0x8c871019.
//
// Solidity: function underlyingToShares(uint256 amountUnderlying) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) UnderlyingToShares(amountUnderlying *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.UnderlyingToShares(&_ERC20Strategy.CallOpts, amountUnderlying)
}

// UnderlyingToShares is a free data retrieval call binding the contract method 0x8c871019.
//
// Solidity: function underlyingToShares(uint256 amountUnderlying) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) UnderlyingToShares(amountUnderlying *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.UnderlyingToShares(&_ERC20Strategy.CallOpts, amountUnderlying)
}

// UnderlyingToSharesView is a free data retrieval call binding the contract method 0xe3dae51c.
//
// Solidity: function underlyingToSharesView(uint256 amountUnderlying) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) UnderlyingToSharesView(opts *bind.CallOpts, amountUnderlying *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "underlyingToSharesView", amountUnderlying)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnderlyingToSharesView is a free data retrieval call binding the contract method 0xe3dae51c.
//
// Solidity: function underlyingToSharesView(uint256 amountUnderlying) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) UnderlyingToSharesView(amountUnderlying *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.UnderlyingToSharesView(&_ERC20Strategy.CallOpts, amountUnderlying)
}

// UnderlyingToSharesView is a free data retrieval call binding the contract method 0xe3dae51c.
//
// Solidity: function underlyingToSharesView(uint256 amountUnderlying) pure returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) UnderlyingToSharesView(amountUnderlying *big.Int) (*big.Int, error) {
	return _ERC20Strategy.Contract.UnderlyingToSharesView(&_ERC20Strategy.CallOpts, amountUnderlying)
}

// UnderlyingToken is a free data retrieval call binding the contract method 0x2495a599.
//
// Solidity: function underlyingToken() view returns(address)
func (_ERC20Strategy *ERC20StrategyCaller) UnderlyingToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "underlyingToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// UnderlyingToken is a free data retrieval call binding the contract method 0x2495a599.
//
// Solidity: function underlyingToken() view returns(address)
func (_ERC20Strategy *ERC20StrategySession) UnderlyingToken() (common.Address, error) {
	return _ERC20Strategy.Contract.UnderlyingToken(&_ERC20Strategy.CallOpts)
}

// UnderlyingToken is a free data retrieval call binding the contract method 0x2495a599.
//
// Solidity: function underlyingToken() view returns(address)
func (_ERC20Strategy *ERC20StrategyCallerSession) UnderlyingToken() (common.Address, error) {
	return _ERC20Strategy.Contract.UnderlyingToken(&_ERC20Strategy.CallOpts)
}

// UserUnderlying is a free data retrieval call binding the contract method 0x8f6a6240.
//
// Solidity: function userUnderlying(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) UserUnderlying(opts *bind.CallOpts, user common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "userUnderlying", user)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UserUnderlying is a free data retrieval call binding the contract method 0x8f6a6240.
//
// Solidity: function userUnderlying(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) UserUnderlying(user common.Address) (*big.Int, error) {
	return _ERC20Strategy.Contract.UserUnderlying(&_ERC20Strategy.CallOpts, user)
}

// UserUnderlying is a free data retrieval call binding the contract method 0x8f6a6240.
//
// Solidity: function userUnderlying(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) UserUnderlying(user common.Address) (*big.Int, error) {
	return _ERC20Strategy.Contract.UserUnderlying(&_ERC20Strategy.CallOpts, user)
}

// UserUnderlyingView is a free data retrieval call binding the contract method 0x553ca5f8.
//
// Solidity: function userUnderlyingView(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCaller) UserUnderlyingView(opts *bind.CallOpts, user common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "userUnderlyingView", user)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UserUnderlyingView is a free data retrieval call binding the contract method 0x553ca5f8.
//
// Solidity: function userUnderlyingView(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategySession) UserUnderlyingView(user common.Address) (*big.Int, error) {
	return _ERC20Strategy.Contract.UserUnderlyingView(&_ERC20Strategy.CallOpts, user)
}

// UserUnderlyingView is a free data retrieval call binding the contract method 0x553ca5f8.
//
// Solidity: function userUnderlyingView(address user) view returns(uint256)
func (_ERC20Strategy *ERC20StrategyCallerSession) UserUnderlyingView(user common.Address) (*big.Int, error) {
	return _ERC20Strategy.Contract.UserUnderlyingView(&_ERC20Strategy.CallOpts, user)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (_ERC20Strategy *ERC20StrategyCaller) Version(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ERC20Strategy.contract.Call(opts, &out, "version")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (_ERC20Strategy *ERC20StrategySession) Version() (string, error) {
	return _ERC20Strategy.Contract.Version(&_ERC20Strategy.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (_ERC20Strategy *ERC20StrategyCallerSession) Version() (string, error) {
	return _ERC20Strategy.Contract.Version(&_ERC20Strategy.CallOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address token, uint256 amount) returns(uint256 newShares)
func (_ERC20Strategy *ERC20StrategyTransactor) Deposit(opts *bind.TransactOpts, token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ERC20Strategy.contract.Transact(opts, "deposit", token, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address token, uint256 amount) returns(uint256 newShares)
func (_ERC20Strategy *ERC20StrategySession) Deposit(token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.Deposit(&_ERC20Strategy.TransactOpts, token, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0x47e7ef24.
//
// Solidity: function deposit(address token, uint256 amount) returns(uint256 newShares)
func (_ERC20Strategy *ERC20StrategyTransactorSession) Deposit(token common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.Deposit(&_ERC20Strategy.TransactOpts, token, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0xd9caed12.
//
// Solidity: function withdraw(address recipient, address token, uint256 amountShares) returns()
func (_ERC20Strategy *ERC20StrategyTransactor) Withdraw(opts *bind.TransactOpts, recipient common.Address, token common.Address, amountShares *big.Int) (*types.Transaction, error) {
	return _ERC20Strategy.contract.Transact(opts, "withdraw", recipient, token, amountShares)
}

// Withdraw is a paid mutator transaction binding the contract method 0xd9caed12.
//
// Solidity: function withdraw(address recipient, address token, uint256 amountShares) returns()
func (_ERC20Strategy *ERC20StrategySession) Withdraw(recipient common.Address, token common.Address, amountShares *big.Int) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.Withdraw(&_ERC20Strategy.TransactOpts, recipient, token, amountShares)
}

// Withdraw is a paid mutator transaction binding the contract method 0xd9caed12.
//
// Solidity: function withdraw(address recipient, address token, uint256 amountShares) returns()
func (_ERC20Strategy *ERC20StrategyTransactorSession) Withdraw(recipient common.Address, token common.Address, amountShares *big.Int) (*types.Transaction, error) {
	return _ERC20Strategy.Contract.Withdraw(&_ERC20Strategy.TransactOpts, recipient, token, amountShares)
}

// ERC20StrategyExchangeRateEmittedIterator is returned from FilterExchangeRateEmitted and is used to iterate over the raw logs and unpacked data for ExchangeRateEmitted events raised by the ERC20Strategy contract.
type ERC20StrategyExchangeRateEmittedIterator struct {
	Event *ERC20StrategyExchangeRateEmitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ERC20StrategyExchangeRateEmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ERC20StrategyExchangeRateEmitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ERC20StrategyExchangeRateEmitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ERC20StrategyExchangeRateEmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ERC20StrategyExchangeRateEmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ERC20StrategyExchangeRateEmitted represents a ExchangeRateEmitted event raised by the ERC20Strategy contract.
type ERC20StrategyExchangeRateEmitted struct {
	Rate *big.Int
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterExchangeRateEmitted is a free log retrieval operation binding the contract event 0xd2494f3479e5da49d386657c292c610b5b01df313d07c62eb0cfa49924a31be8.
//
// Solidity: event ExchangeRateEmitted(uint256 rate)
func (_ERC20Strategy *ERC20StrategyFilterer) FilterExchangeRateEmitted(opts *bind.FilterOpts) (*ERC20StrategyExchangeRateEmittedIterator, error) {

	logs, sub, err := _ERC20Strategy.contract.FilterLogs(opts, "ExchangeRateEmitted")
	if err != nil {
		return nil, err
	}
	return &ERC20StrategyExchangeRateEmittedIterator{contract: _ERC20Strategy.contract, event: "ExchangeRateEmitted", logs: logs, sub: sub}, nil
}

// WatchExchangeRateEmitted is a free log subscription operation binding the contract event 0xd2494f3479e5da49d386657c292c610b5b01df313d07c62eb0cfa49924a31be8.
//
// Solidity: event ExchangeRateEmitted(uint256 rate)
func (_ERC20Strategy *ERC20StrategyFilterer) WatchExchangeRateEmitted(opts *bind.WatchOpts, sink chan<- *ERC20StrategyExchangeRateEmitted) (event.Subscription, error) {

	logs, sub, err := _ERC20Strategy.contract.WatchLogs(opts, "ExchangeRateEmitted")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ERC20StrategyExchangeRateEmitted)
				if err := _ERC20Strategy.contract.UnpackLog(event, "ExchangeRateEmitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExchangeRateEmitted is a log parse operation binding the contract event 0xd2494f3479e5da49d386657c292c610b5b01df313d07c62eb0cfa49924a31be8.
//
// Solidity: event ExchangeRateEmitted(uint256 rate)
func (_ERC20Strategy *ERC20StrategyFilterer) ParseExchangeRateEmitted(log types.Log) (*ERC20StrategyExchangeRateEmitted, error) {
	event := new(ERC20StrategyExchangeRateEmitted)
	if err := _ERC20Strategy.contract.UnpackLog(event, "ExchangeRateEmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ERC20StrategyStrategyTokenSetIterator is returned from FilterStrategyTokenSet and is used to iterate over the raw logs and unpacked data for StrategyTokenSet events raised by the ERC20Strategy contract.
type ERC20StrategyStrategyTokenSetIterator struct {
	Event *ERC20StrategyStrategyTokenSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ERC20StrategyStrategyTokenSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ERC20StrategyStrategyTokenSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ERC20StrategyStrategyTokenSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ERC20StrategyStrategyTokenSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ERC20StrategyStrategyTokenSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ERC20StrategyStrategyTokenSet represents a StrategyTokenSet event raised by the ERC20Strategy contract.
type ERC20StrategyStrategyTokenSet struct {
	Token    common.Address
	Decimals uint8
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterStrategyTokenSet is a free log retrieval operation binding the contract event 0x1c540707b00eb5427b6b774fc799d756516a54aee108b64b327acc55af557507.
//
// Solidity: event StrategyTokenSet(address token, uint8 decimals)
func (_ERC20Strategy *ERC20StrategyFilterer) FilterStrategyTokenSet(opts *bind.FilterOpts) (*ERC20StrategyStrategyTokenSetIterator, error) {

	logs, sub, err := _ERC20Strategy.contract.FilterLogs(opts, "StrategyTokenSet")
	if err != nil {
		return nil, err
	}
	return &ERC20StrategyStrategyTokenSetIterator{contract: _ERC20Strategy.contract, event: "StrategyTokenSet", logs: logs, sub: sub}, nil
}

// WatchStrategyTokenSet is a free log subscription operation binding the contract event 0x1c540707b00eb5427b6b774fc799d756516a54aee108b64b327acc55af557507.
//
// Solidity: event StrategyTokenSet(address token, uint8 decimals)
func (_ERC20Strategy *ERC20StrategyFilterer) WatchStrategyTokenSet(opts *bind.WatchOpts, sink chan<- *ERC20StrategyStrategyTokenSet) (event.Subscription, error) {

	logs, sub, err := _ERC20Strategy.contract.WatchLogs(opts, "StrategyTokenSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ERC20StrategyStrategyTokenSet)
				if err := _ERC20Strategy.contract.UnpackLog(event, "StrategyTokenSet", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStrategyTokenSet is a log parse operation binding the contract event 0x1c540707b00eb5427b6b774fc799d756516a54aee108b64b327acc55af557507.
//
// Solidity: event StrategyTokenSet(address token, uint8 decimals)
func (_ERC20Strategy *ERC20StrategyFilterer) ParseStrategyTokenSet(log types.Log) (*ERC20StrategyStrategyTokenSet, error) {
	event := new(ERC20StrategyStrategyTokenSet)
	if err := _ERC20Strategy.contract.UnpackLog(event, "StrategyTokenSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
