// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package gasprobe

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

// GasProbeMetaData contains all meta data concerning the GasProbe contract.
var GasProbeMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"ProbeCallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"bytes[]\",\"name\":\"data\",\"type\":\"bytes[]\"}],\"name\":\"measure\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"gasUsed\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506104298061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063bfc3a25b1461002d575b5f5ffd5b61004061003b366004610218565b610057565b60405161004e929190610284565b60405180910390f35b60605f8467ffffffffffffffff811115610073576100736102d0565b60405190808252806020026020018201604052801561009c578160200160208202803683370190505b5091505f5b858110156101c6575f5a90505f5f8989858181106100c1576100c16102e4565b90506020020160208101906100d691906102f8565b6001600160a01b03168888868181106100f1576100f16102e4565b90506020028101906101039190610325565b604051610111929190610368565b5f60405180830381855afa9150503d805f8114610149576040519150601f19603f3d011682016040523d82523d5f602084013e61014e565b606091505b50915091505f5a61015f908561038b565b90508261018c57848260405163182a7abd60e01b81526004016101839291906103a4565b60405180910390fd5b8087868151811061019f5761019f6102e4565b60209081029190910101526101b481876103e0565b955050600190930192506100a1915050565b5094509492505050565b5f5f83601f8401126101e0575f5ffd5b50813567ffffffffffffffff8111156101f7575f5ffd5b6020830191508360208260051b8501011115610211575f5ffd5b9250929050565b5f5f5f5f6040858703121561022b575f5ffd5b843567ffffffffffffffff811115610241575f5ffd5b61024d878288016101d0565b909550935050602085013567ffffffffffffffff81111561026c575f5ffd5b610278878288016101d0565b95989497509550505050565b604080825283519082018190525f9060208501906060840190835b818110156102bd57835183526020938401939092019160010161029f565b5050602093909301939093525092915050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215610308575f5ffd5b81356001600160a01b038116811461031e575f5ffd5b9392505050565b5f5f8335601e1984360301811261033a575f5ffd5b83018035915067ffffffffffffffff821115610354575f5ffd5b602001915036819003821315610211575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561039e5761039e610377565b92915050565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b8082018082111561039e5761039e61037756fea26469706673582212208683fb0fed41316b15de9bf34d5cc98bbd638c24908aa113a98bb657669da73c64736f6c634300081b0033",
}

// GasProbeABI is the input ABI used to generate the binding from.
// Deprecated: Use GasProbeMetaData.ABI instead.
var GasProbeABI = GasProbeMetaData.ABI

// GasProbeBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use GasProbeMetaData.Bin instead.
var GasProbeBin = GasProbeMetaData.Bin

// DeployGasProbe deploys a new Ethereum contract, binding an instance of GasProbe to it.
func DeployGasProbe(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *GasProbe, error) {
	parsed, err := GasProbeMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(GasProbeBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &GasProbe{GasProbeCaller: GasProbeCaller{contract: contract}, GasProbeTransactor: GasProbeTransactor{contract: contract}, GasProbeFilterer: GasProbeFilterer{contract: contract}}, nil
}

// GasProbe is an auto generated Go binding around an Ethereum contract.
type GasProbe struct {
	GasProbeCaller     // Read-only binding to the contract
	GasProbeTransactor // Write-only binding to the contract
	GasProbeFilterer   // Log filterer for contract events
}

// GasProbeCaller is an auto generated read-only Go binding around an Ethereum contract.
type GasProbeCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GasProbeTransactor is an auto generated write-only Go binding around an Ethereum contract.
type GasProbeTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GasProbeFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type GasProbeFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// GasProbeSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type GasProbeSession struct {
	Contract     *GasProbe         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// GasProbeCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type GasProbeCallerSession struct {
	Contract *GasProbeCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// GasProbeTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type GasProbeTransactorSession struct {
	Contract     *GasProbeTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// GasProbeRaw is an auto generated low-level Go binding around an Ethereum contract.
type GasProbeRaw struct {
	Contract *GasProbe // Generic contract binding to access the raw methods on
}

// GasProbeCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type GasProbeCallerRaw struct {
	Contract *GasProbeCaller // Generic read-only contract binding to access the raw methods on
}

// GasProbeTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type GasProbeTransactorRaw struct {
	Contract *GasProbeTransactor // Generic write-only contract binding to access the raw methods on
}

// NewGasProbe creates a new instance of GasProbe, bound to a specific deployed contract.
func NewGasProbe(address common.Address, backend bind.ContractBackend) (*GasProbe, error) {
	contract, err := bindGasProbe(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &GasProbe{GasProbeCaller: GasProbeCaller{contract: contract}, GasProbeTransactor: GasProbeTransactor{contract: contract}, GasProbeFilterer: GasProbeFilterer{contract: contract}}, nil
}

// NewGasProbeCaller creates a new read-only instance of GasProbe, bound to a specific deployed contract.
func NewGasProbeCaller(address common.Address, caller bind.ContractCaller) (*GasProbeCaller, error) {
	contract, err := bindGasProbe(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &GasProbeCaller{contract: contract}, nil
}

// NewGasProbeTransactor creates a new write-only instance of GasProbe, bound to a specific deployed contract.
func NewGasProbeTransactor(address common.Address, transactor bind.ContractTransactor) (*GasProbeTransactor, error) {
	contract, err := bindGasProbe(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &GasProbeTransactor{contract: contract}, nil
}

// NewGasProbeFilterer creates a new log filterer instance of GasProbe, bound to a specific deployed contract.
func NewGasProbeFilterer(address common.Address, filterer bind.ContractFilterer) (*GasProbeFilterer, error) {
	contract, err := bindGasProbe(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &GasProbeFilterer{contract: contract}, nil
}

// bindGasProbe binds a generic wrapper to an already deployed contract.
func bindGasProbe(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := GasProbeMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_GasProbe *GasProbeRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _GasProbe.Contract.GasProbeCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_GasProbe *GasProbeRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _GasProbe.Contract.GasProbeTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_GasProbe *GasProbeRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _GasProbe.Contract.GasProbeTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_GasProbe *GasProbeCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _GasProbe.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_GasProbe *GasProbeTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _GasProbe.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_GasProbe *GasProbeTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _GasProbe.Contract.contract.Transact(opts, method, params...)
}

// Measure is a free data retrieval call binding the contract method 0xbfc3a25b.
//
// Solidity: function measure(address[] targets, bytes[] data) view returns(uint256[] gasUsed, uint256 total)
func (_GasProbe *GasProbeCaller) Measure(opts *bind.CallOpts, targets []common.Address, data [][]byte) (struct {
	GasUsed []*big.Int
	Total   *big.Int
}, error) {
	var out []interface{}
	err := _GasProbe.contract.Call(opts, &out, "measure", targets, data)

	outstruct := new(struct {
		GasUsed []*big.Int
		Total   *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.GasUsed = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Total = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Measure is a free data retrieval call binding the contract method 0xbfc3a25b.
//
// Solidity: function measure(address[] targets, bytes[] data) view returns(uint256[] gasUsed, uint256 total)
func (_GasProbe *GasProbeSession) Measure(targets []common.Address, data [][]byte) (struct {
	GasUsed []*big.Int
	Total   *big.Int
}, error) {
	return _GasProbe.Contract.Measure(&_GasProbe.CallOpts, targets, data)
}

// Measure is a free data retrieval call binding the contract method 0xbfc3a25b.
//
// Solidity: function measure(address[] targets, bytes[] data) view returns(uint256[] gasUsed, uint256 total)
func (_GasProbe *GasProbeCallerSession) Measure(targets []common.Address, data [][]byte) (struct {
	GasUsed []*big.Int
	Total   *big.Int
}, error) {
	return _GasProbe.Contract.Measure(&_GasProbe.CallOpts, targets, data)
}
