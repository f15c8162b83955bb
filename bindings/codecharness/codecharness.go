// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package codecharness

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

// RollcallCodecClaim is an auto generated low-level Go binding around an user-defined struct.
type RollcallCodecClaim struct {
	ChainId     uint64
	BlockNumber uint64
	BlockHash   [32]byte
	StateRoot   [32]byte
}

// CodecHarnessMetaData contains all meta data concerning the CodecHarness contract.
var CodecHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChainIdsNotAscending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaims\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyClaims\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpointTypehash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxClaims\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"a\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"b\",\"type\":\"bytes32\"}],\"name\":\"nodeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506108878061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c806365cff4701161005857806365cff470146100da578063c040863f146100ed578063c8c97e9614610113578063cf5380b4146101a9575f5ffd5b80631f5ff47a1461007e5780635339b4fc146100a457806354371108146100c7575b5f5ffd5b61009161008c3660046105d7565b6101b1565b6040519081526020015b60405180910390f35b6100b76100b23660046105f1565b6101cf565b604051901515815260200161009b565b6100916100d5366004610678565b610224565b6100916100e83660046106e9565b610286565b7f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe8610091565b610091610121366004610725565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe8602080830191909152818301979097526001600160a01b0395909516606086015267ffffffffffffffff93909316608085015263ffffffff9190911660a084015260c0808401919091528151808403909101815260e09092019052805191012090565b610100610091565b5f6101c96101c4368490038401846107a1565b610291565b92915050565b5f61021b856101e3368790038701876107a1565b8585808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506102f592505050565b95945050505050565b5f61027f8383808060200260200160405190810160405280939291908181526020015f905b8282101561027557610266608083028601368190038101906107a1565b81526020019060010190610249565b5050505050610356565b9392505050565b5f61027f83836104d9565b8051602080830151604080850151606086015191515f94810185905267ffffffffffffffff9586166021820152949092166041850152606184019190915260818301529060a101604051602081830303815290604052805190602001209050919050565b5f60088251111561030757505f61027f565b5f61031184610291565b90505f5b835181101561034b57610341828583815181106103345761033461081e565b60200260200101516104d9565b9150600101610315565b509093149392505050565b80515f9080820361037a5760405163e120557360e01b815260040160405180910390fd5b806101008111156103aa57604051633fd3f82f60e01b81526004016103a191815260200190565b60405180910390fd5b505f8167ffffffffffffffff8111156103c5576103c561078d565b6040519080825280602002602001820160405280156103ee578160200160208202803683370190505b5090505f5b828110156104c75780158061045d57508461040f600183610832565b8151811061041f5761041f61081e565b60200260200101515f015167ffffffffffffffff168582815181106104465761044661081e565b60200260200101515f015167ffffffffffffffff16115b819061047f57604051633751002b60e11b81526004016103a191815260200190565b506104a28582815181106104955761049561081e565b6020026020010151610291565b8282815181106104b4576104b461081e565b60209081029190910101526001016103f3565b506104d181610502565b949350505050565b5f818311156104e6579091905b6040516001815360018101939093525060218201526041902090565b5f81515f036105245760405163e120557360e01b815260040160405180910390fd5b5f825160208401604051600181535b60018311156105b7578260011c5f5b8181101561058357600681901b840180516020909101518082111561056357905b600185810192909252602185015260418420600583901b86015201610542565b506001841660018114610598578194506105b0565b6001850360051b8401518260051b8501526001820194505b5050610533565b5051949350505050565b5f608082840312156105d1575f5ffd5b50919050565b5f608082840312156105e7575f5ffd5b61027f83836105c1565b5f5f5f5f60c08587031215610604575f5ffd5b8435935061061586602087016105c1565b925060a085013567ffffffffffffffff811115610630575f5ffd5b8501601f81018713610640575f5ffd5b803567ffffffffffffffff811115610656575f5ffd5b8760208260051b840101111561066a575f5ffd5b949793965060200194505050565b5f5f60208385031215610689575f5ffd5b823567ffffffffffffffff81111561069f575f5ffd5b8301601f810185136106af575f5ffd5b803567ffffffffffffffff8111156106c5575f5ffd5b8560208260071b84010111156106d9575f5ffd5b6020919091019590945092505050565b5f5f604083850312156106fa575f5ffd5b50508035926020909101359150565b803567ffffffffffffffff81168114610720575f5ffd5b919050565b5f5f5f5f5f60a08688031215610739575f5ffd5b8535945060208601356001600160a01b0381168114610756575f5ffd5b935061076460408701610709565b9250606086013563ffffffff8116811461077c575f5ffd5b949793965091946080013592915050565b634e487b7160e01b5f52604160045260245ffd5b5f60808284031280156107b2575f5ffd5b506040516080810167ffffffffffffffff811182821017156107e257634e487b7160e01b5f52604160045260245ffd5b6040526107ee83610709565b81526107fc60208401610709565b6020820152604083810135908201526060928301359281019290925250919050565b634e487b7160e01b5f52603260045260245ffd5b818103818111156101c957634e487b7160e01b5f52601160045260245ffdfea2646970667358221220ba97fdec9f80f5a0d1d866d04c594b1e70805f85d0901d153e7b8a924cd6e20264736f6c634300081b0033",
}

// CodecHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use CodecHarnessMetaData.ABI instead.
var CodecHarnessABI = CodecHarnessMetaData.ABI

// CodecHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CodecHarnessMetaData.Bin instead.
var CodecHarnessBin = CodecHarnessMetaData.Bin

// DeployCodecHarness deploys a new Ethereum contract, binding an instance of CodecHarness to it.
func DeployCodecHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *CodecHarness, error) {
	parsed, err := CodecHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CodecHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CodecHarness{CodecHarnessCaller: CodecHarnessCaller{contract: contract}, CodecHarnessTransactor: CodecHarnessTransactor{contract: contract}, CodecHarnessFilterer: CodecHarnessFilterer{contract: contract}}, nil
}

// CodecHarness is an auto generated Go binding around an Ethereum contract.
type CodecHarness struct {
	CodecHarnessCaller     // Read-only binding to the contract
	CodecHarnessTransactor // Write-only binding to the contract
	CodecHarnessFilterer   // Log filterer for contract events
}

// CodecHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type CodecHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CodecHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CodecHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CodecHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CodecHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CodecHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CodecHarnessSession struct {
	Contract     *CodecHarness     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// CodecHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CodecHarnessCallerSession struct {
	Contract *CodecHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// CodecHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CodecHarnessTransactorSession struct {
	Contract     *CodecHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// CodecHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type CodecHarnessRaw struct {
	Contract *CodecHarness // Generic contract binding to access the raw methods on
}

// CodecHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CodecHarnessCallerRaw struct {
	Contract *CodecHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// CodecHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CodecHarnessTransactorRaw struct {
	Contract *CodecHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCodecHarness creates a new instance of CodecHarness, bound to a specific deployed contract.
func NewCodecHarness(address common.Address, backend bind.ContractBackend) (*CodecHarness, error) {
	contract, err := bindCodecHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CodecHarness{CodecHarnessCaller: CodecHarnessCaller{contract: contract}, CodecHarnessTransactor: CodecHarnessTransactor{contract: contract}, CodecHarnessFilterer: CodecHarnessFilterer{contract: contract}}, nil
}

// NewCodecHarnessCaller creates a new read-only instance of CodecHarness, bound to a specific deployed contract.
func NewCodecHarnessCaller(address common.Address, caller bind.ContractCaller) (*CodecHarnessCaller, error) {
	contract, err := bindCodecHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CodecHarnessCaller{contract: contract}, nil
}

// NewCodecHarnessTransactor creates a new write-only instance of CodecHarness, bound to a specific deployed contract.
func NewCodecHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*CodecHarnessTransactor, error) {
	contract, err := bindCodecHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CodecHarnessTransactor{contract: contract}, nil
}

// NewCodecHarnessFilterer creates a new log filterer instance of CodecHarness, bound to a specific deployed contract.
func NewCodecHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*CodecHarnessFilterer, error) {
	contract, err := bindCodecHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CodecHarnessFilterer{contract: contract}, nil
}

// bindCodecHarness binds a generic wrapper to an already deployed contract.
func bindCodecHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CodecHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CodecHarness *CodecHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CodecHarness.Contract.CodecHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CodecHarness *CodecHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CodecHarness.Contract.CodecHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CodecHarness *CodecHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CodecHarness.Contract.CodecHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CodecHarness *CodecHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CodecHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CodecHarness *CodecHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CodecHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CodecHarness *CodecHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CodecHarness.Contract.contract.Transact(opts, method, params...)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0xc8c97e96.
//
// Solidity: function checkpointDigest(uint256 l1ChainId, address registry, uint64 round, uint32 referenceBlock, bytes32 claimsRoot) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCaller) CheckpointDigest(opts *bind.CallOpts, l1ChainId *big.Int, registry common.Address, round uint64, referenceBlock uint32, claimsRoot [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "checkpointDigest", l1ChainId, registry, round, referenceBlock, claimsRoot)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0xc8c97e96.
//
// Solidity: function checkpointDigest(uint256 l1ChainId, address registry, uint64 round, uint32 referenceBlock, bytes32 claimsRoot) pure returns(bytes32)
func (_CodecHarness *CodecHarnessSession) CheckpointDigest(l1ChainId *big.Int, registry common.Address, round uint64, referenceBlock uint32, claimsRoot [32]byte) ([32]byte, error) {
	return _CodecHarness.Contract.CheckpointDigest(&_CodecHarness.CallOpts, l1ChainId, registry, round, referenceBlock, claimsRoot)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0xc8c97e96.
//
// Solidity: function checkpointDigest(uint256 l1ChainId, address registry, uint64 round, uint32 referenceBlock, bytes32 claimsRoot) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCallerSession) CheckpointDigest(l1ChainId *big.Int, registry common.Address, round uint64, referenceBlock uint32, claimsRoot [32]byte) ([32]byte, error) {
	return _CodecHarness.Contract.CheckpointDigest(&_CodecHarness.CallOpts, l1ChainId, registry, round, referenceBlock, claimsRoot)
}

// CheckpointTypehash is a free data retrieval call binding the contract method 0xc040863f.
//
// Solidity: function checkpointTypehash() pure returns(bytes32)
func (_CodecHarness *CodecHarnessCaller) CheckpointTypehash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "checkpointTypehash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointTypehash is a free data retrieval call binding the contract method 0xc040863f.
//
// Solidity: function checkpointTypehash() pure returns(bytes32)
func (_CodecHarness *CodecHarnessSession) CheckpointTypehash() ([32]byte, error) {
	return _CodecHarness.Contract.CheckpointTypehash(&_CodecHarness.CallOpts)
}

// CheckpointTypehash is a free data retrieval call binding the contract method 0xc040863f.
//
// Solidity: function checkpointTypehash() pure returns(bytes32)
func (_CodecHarness *CodecHarnessCallerSession) CheckpointTypehash() ([32]byte, error) {
	return _CodecHarness.Contract.CheckpointTypehash(&_CodecHarness.CallOpts)
}

// LeafHash is a free data retrieval call binding the contract method 0x1f5ff47a.
//
// Solidity: function leafHash((uint64,uint64,bytes32,bytes32) claim) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCaller) LeafHash(opts *bind.CallOpts, claim RollcallCodecClaim) ([32]byte, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "leafHash", claim)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafHash is a free data retrieval call binding the contract method 0x1f5ff47a.
//
// Solidity: function leafHash((uint64,uint64,bytes32,bytes32) claim) pure returns(bytes32)
func (_CodecHarness *CodecHarnessSession) LeafHash(claim RollcallCodecClaim) ([32]byte, error) {
	return _CodecHarness.Contract.LeafHash(&_CodecHarness.CallOpts, claim)
}

// LeafHash is a free data retrieval call binding the contract method 0x1f5ff47a.
//
// Solidity: function leafHash((uint64,uint64,bytes32,bytes32) claim) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCallerSession) LeafHash(claim RollcallCodecClaim) ([32]byte, error) {
	return _CodecHarness.Contract.LeafHash(&_CodecHarness.CallOpts, claim)
}

// MaxClaims is a free data retrieval call binding the contract method 0xcf5380b4.
//
// Solidity: function maxClaims() pure returns(uint256)
func (_CodecHarness *CodecHarnessCaller) MaxClaims(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "maxClaims")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxClaims is a free data retrieval call binding the contract method 0xcf5380b4.
//
// Solidity: function maxClaims() pure returns(uint256)
func (_CodecHarness *CodecHarnessSession) MaxClaims() (*big.Int, error) {
	return _CodecHarness.Contract.MaxClaims(&_CodecHarness.CallOpts)
}

// MaxClaims is a free data retrieval call binding the contract method 0xcf5380b4.
//
// Solidity: function maxClaims() pure returns(uint256)
func (_CodecHarness *CodecHarnessCallerSession) MaxClaims() (*big.Int, error) {
	return _CodecHarness.Contract.MaxClaims(&_CodecHarness.CallOpts)
}

// MerkleRoot is a free data retrieval call binding the contract method 0x54371108.
//
// Solidity: function merkleRoot((uint64,uint64,bytes32,bytes32)[] claims) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCaller) MerkleRoot(opts *bind.CallOpts, claims []RollcallCodecClaim) ([32]byte, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "merkleRoot", claims)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MerkleRoot is a free data retrieval call binding the contract method 0x54371108.
//
// Solidity: function merkleRoot((uint64,uint64,bytes32,bytes32)[] claims) pure returns(bytes32)
func (_CodecHarness *CodecHarnessSession) MerkleRoot(claims []RollcallCodecClaim) ([32]byte, error) {
	return _CodecHarness.Contract.MerkleRoot(&_CodecHarness.CallOpts, claims)
}

// MerkleRoot is a free data retrieval call binding the contract method 0x54371108.
//
// Solidity: function merkleRoot((uint64,uint64,bytes32,bytes32)[] claims) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCallerSession) MerkleRoot(claims []RollcallCodecClaim) ([32]byte, error) {
	return _CodecHarness.Contract.MerkleRoot(&_CodecHarness.CallOpts, claims)
}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 a, bytes32 b) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCaller) NodeHash(opts *bind.CallOpts, a [32]byte, b [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "nodeHash", a, b)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 a, bytes32 b) pure returns(bytes32)
func (_CodecHarness *CodecHarnessSession) NodeHash(a [32]byte, b [32]byte) ([32]byte, error) {
	return _CodecHarness.Contract.NodeHash(&_CodecHarness.CallOpts, a, b)
}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 a, bytes32 b) pure returns(bytes32)
func (_CodecHarness *CodecHarnessCallerSession) NodeHash(a [32]byte, b [32]byte) ([32]byte, error) {
	return _CodecHarness.Contract.NodeHash(&_CodecHarness.CallOpts, a, b)
}

// VerifyProof is a free data retrieval call binding the contract method 0x5339b4fc.
//
// Solidity: function verifyProof(bytes32 root, (uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) pure returns(bool)
func (_CodecHarness *CodecHarnessCaller) VerifyProof(opts *bind.CallOpts, root [32]byte, claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _CodecHarness.contract.Call(opts, &out, "verifyProof", root, claim, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyProof is a free data retrieval call binding the contract method 0x5339b4fc.
//
// Solidity: function verifyProof(bytes32 root, (uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) pure returns(bool)
func (_CodecHarness *CodecHarnessSession) VerifyProof(root [32]byte, claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	return _CodecHarness.Contract.VerifyProof(&_CodecHarness.CallOpts, root, claim, proof)
}

// VerifyProof is a free data retrieval call binding the contract method 0x5339b4fc.
//
// Solidity: function verifyProof(bytes32 root, (uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) pure returns(bool)
func (_CodecHarness *CodecHarnessCallerSession) VerifyProof(root [32]byte, claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	return _CodecHarness.Contract.VerifyProof(&_CodecHarness.CallOpts, root, claim, proof)
}
