// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package balancemirror

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

// BalanceMirrorMetaData contains all meta data concerning the BalanceMirror contract.
var BalanceMirrorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractPeerState\",\"name\":\"peerState_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"sourceChainId_\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"sourceToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balancesSlot_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoPeerState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSource\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"creditedRound\",\"type\":\"uint64\"}],\"name\":\"RoundNotNewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sourceChainId\",\"type\":\"uint64\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"balanceSlotOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"balancesSlot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"claimCredit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"creditOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"peerState\",\"outputs\":[{\"internalType\":\"contractPeerState\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sourceChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sourceToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b50604051610b87380380610b8783398101604081905261002f916100d7565b5f846001600160a01b03163b1161005957604051634a549cd160e11b815260040160405180910390fd5b6001600160401b0383161580159061007957506001600160a01b03821615155b61009657604051637d19c0ff60e01b815260040160405180910390fd5b6001600160a01b039384166080526001600160401b0390921660a05290911660c05260e052610132565b6001600160a01b03811681146100d4575f5ffd5b50565b5f5f5f5f608085870312156100ea575f5ffd5b84516100f5816100c0565b60208601519094506001600160401b0381168114610111575f5ffd5b6040860151909350610122816100c0565b6060959095015193969295505050565b60805160a05160c05160e051610a016101865f395f818160c7015261020801525f818161014e01526104f301525f818160830152818161024f015261029501525f818161010f01526104c10152610a015ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c806321ab800a1161005857806321ab800a1461010a5780635f8aaa6914610149578063758072501461017057806390408c6b146101da575f5ffd5b80631544298e1461007e5780631dbb2121146100c25780631dcd8558146100f7575b5f5ffd5b6100a57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b6100e97f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100b9565b6100e961010536600461059d565b6101ed565b6101317f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100b9565b6101317f000000000000000000000000000000000000000000000000000000000000000081565b6101b561017e36600461059d565b6001600160a01b03165f908152602081905260409020805460019091015490916001600160401b0380831692600160401b90041690565b604080519384526001600160401b0392831660208501529116908201526060016100b9565b6100e96101e836600461061a565b610244565b604080516001600160a01b03929092166020808401919091527f0000000000000000000000000000000000000000000000000000000000000000838301528151808403830181526060909301909152815191012090565b5f6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661027c60208a018a6106f5565b6001600160401b03161461029360208a018a6106f5565b7f000000000000000000000000000000000000000000000000000000000000000090916102eb57604051630711627b60e31b81526001600160401b039283166004820152911660248201526044015b60405180910390fd5b50506001600160a01b038a165f908152602081905260409020600101546001600160401b03908116908b908b9083908216811061035d5760405163778886ef60e11b81526001600160a01b0390931660048401526001600160401b0391821660248401521660448201526064016102e2565b5050506103bc61036c8c6101ed565b8b8b8b8b808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506103ad92508c91508d9050610752565b6103b7898b610752565b6104bd565b915060405180606001604052808381526020018b6001600160401b031681526020018a60200160208101906103f191906106f5565b6001600160401b039081169091526001600160a01b038d165f8181526020818152604091829020855181558582015160019091018054968401518616600160401b026fffffffffffffffffffffffffffffffff199097169186169190911795909517909455918d169290917fd39507fbb53983070f6c05f6247a874c527908134aa7801859ccc65c1b604b6f91869161048f91908f01908f016106f5565b604080519283526001600160401b0390911660208301520160405180910390a3509998505050505050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663332aed738789887f0000000000000000000000000000000000000000000000000000000000000000898e8a6040518863ffffffff1660e01b815260040161053797969594939291906108e8565b6040805180830381865afa158015610551573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610575919061099b565b9998505050505050505050565b80356001600160a01b0381168114610598575f5ffd5b919050565b5f602082840312156105ad575f5ffd5b6105b682610582565b9392505050565b80356001600160401b0381168114610598575f5ffd5b5f5f83601f8401126105e3575f5ffd5b5081356001600160401b038111156105f9575f5ffd5b6020830191508360208260051b8501011115610613575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f898b03610120811215610634575f5ffd5b61063d8b610582565b995061064b60208c016105bd565b98506080603f198201121561065e575f5ffd5b5060408a01965060c08a01356001600160401b0381111561067d575f5ffd5b6106898c828d016105d3565b90975095505060e08a01356001600160401b038111156106a7575f5ffd5b6106b38c828d016105d3565b9095509350506101008a01356001600160401b038111156106d2575f5ffd5b6106de8c828d016105d3565b915080935050809150509295985092959850929598565b5f60208284031215610705575f5ffd5b6105b6826105bd565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561074a5761074a61070e565b604052919050565b5f6001600160401b0383111561076a5761076a61070e565b8260051b61077a60208201610722565b84815290830190602081019036831115610792575f5ffd5b845b8381101561082a5780356001600160401b038111156107b1575f5ffd5b860136601f8201126107c1575f5ffd5b80356001600160401b038111156107da576107da61070e565b6107ed601f8201601f1916602001610722565b818152366020838501011115610801575f5ffd5b816020840160208301375f60208383010152808652505050602083019250602081019050610794565b5095945050505050565b5f8151808452602084019350602083015f5b82811015610864578151865260209586019590910190600101610846565b5093949350505050565b5f82825180855260208501945060208160051b830101602085015f5b838110156108dc57601f19858403018852815180518085528060208301602087015e5f602082870101526020601f19601f8301168601019450505060208201915060208801975060018101905061088a565b50909695505050505050565b6001600160401b036108f9896105bd565b1681526001600160401b0361091060208a016105bd565b16602082015260408881013590820152606080890135908201526001600160401b03871660808201525f61014060a0830152610950610140830188610834565b6001600160a01b03871660c084015282810360e0840152610971818761086e565b90508461010084015282810361012084015261098d818561086e565b9a9950505050505050505050565b5f5f604083850312156109ac575f5ffd5b825180151581146109bb575f5ffd5b602093909301519294929350505056fea2646970667358221220ba30ae1bd32a8b24faac2c49d3cac4f95a94c691b0dbc99fbce47f22a04adf3364736f6c634300081b0033",
}

// BalanceMirrorABI is the input ABI used to generate the binding from.
// Deprecated: Use BalanceMirrorMetaData.ABI instead.
var BalanceMirrorABI = BalanceMirrorMetaData.ABI

// BalanceMirrorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BalanceMirrorMetaData.Bin instead.
var BalanceMirrorBin = BalanceMirrorMetaData.Bin

// DeployBalanceMirror deploys a new Ethereum contract, binding an instance of BalanceMirror to it.
func DeployBalanceMirror(auth *bind.TransactOpts, backend bind.ContractBackend, peerState_ common.Address, sourceChainId_ uint64, sourceToken_ common.Address, balancesSlot_ *big.Int) (common.Address, *types.Transaction, *BalanceMirror, error) {
	parsed, err := BalanceMirrorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BalanceMirrorBin), backend, peerState_, sourceChainId_, sourceToken_, balancesSlot_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BalanceMirror{BalanceMirrorCaller: BalanceMirrorCaller{contract: contract}, BalanceMirrorTransactor: BalanceMirrorTransactor{contract: contract}, BalanceMirrorFilterer: BalanceMirrorFilterer{contract: contract}}, nil
}

// BalanceMirror is an auto generated Go binding around an Ethereum contract.
type BalanceMirror struct {
	BalanceMirrorCaller     // Read-only binding to the contract
	BalanceMirrorTransactor // Write-only binding to the contract
	BalanceMirrorFilterer   // Log filterer for contract events
}

// BalanceMirrorCaller is an auto generated read-only Go binding around an Ethereum contract.
type BalanceMirrorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BalanceMirrorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BalanceMirrorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BalanceMirrorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BalanceMirrorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BalanceMirrorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BalanceMirrorSession struct {
	Contract     *BalanceMirror    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BalanceMirrorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BalanceMirrorCallerSession struct {
	Contract *BalanceMirrorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// BalanceMirrorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BalanceMirrorTransactorSession struct {
	Contract     *BalanceMirrorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// BalanceMirrorRaw is an auto generated low-level Go binding around an Ethereum contract.
type BalanceMirrorRaw struct {
	Contract *BalanceMirror // Generic contract binding to access the raw methods on
}

// BalanceMirrorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BalanceMirrorCallerRaw struct {
	Contract *BalanceMirrorCaller // Generic read-only contract binding to access the raw methods on
}

// BalanceMirrorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BalanceMirrorTransactorRaw struct {
	Contract *BalanceMirrorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBalanceMirror creates a new instance of BalanceMirror, bound to a specific deployed contract.
func NewBalanceMirror(address common.Address, backend bind.ContractBackend) (*BalanceMirror, error) {
	contract, err := bindBalanceMirror(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BalanceMirror{BalanceMirrorCaller: BalanceMirrorCaller{contract: contract}, BalanceMirrorTransactor: BalanceMirrorTransactor{contract: contract}, BalanceMirrorFilterer: BalanceMirrorFilterer{contract: contract}}, nil
}

// NewBalanceMirrorCaller creates a new read-only instance of BalanceMirror, bound to a specific deployed contract.
func NewBalanceMirrorCaller(address common.Address, caller bind.ContractCaller) (*BalanceMirrorCaller, error) {
	contract, err := bindBalanceMirror(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BalanceMirrorCaller{contract: contract}, nil
}

// NewBalanceMirrorTransactor creates a new write-only instance of BalanceMirror, bound to a specific deployed contract.
func NewBalanceMirrorTransactor(address common.Address, transactor bind.ContractTransactor) (*BalanceMirrorTransactor, error) {
	contract, err := bindBalanceMirror(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BalanceMirrorTransactor{contract: contract}, nil
}

// NewBalanceMirrorFilterer creates a new log filterer instance of BalanceMirror, bound to a specific deployed contract.
func NewBalanceMirrorFilterer(address common.Address, filterer bind.ContractFilterer) (*BalanceMirrorFilterer, error) {
	contract, err := bindBalanceMirror(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BalanceMirrorFilterer{contract: contract}, nil
}

// bindBalanceMirror binds a generic wrapper to an already deployed contract.
func bindBalanceMirror(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BalanceMirrorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BalanceMirror *BalanceMirrorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BalanceMirror.Contract.BalanceMirrorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BalanceMirror *BalanceMirrorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BalanceMirror.Contract.BalanceMirrorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BalanceMirror *BalanceMirrorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BalanceMirror.Contract.BalanceMirrorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BalanceMirror *BalanceMirrorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BalanceMirror.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BalanceMirror *BalanceMirrorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BalanceMirror.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BalanceMirror *BalanceMirrorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BalanceMirror.Contract.contract.Transact(opts, method, params...)
}

// BalanceSlotOf is a free data retrieval call binding the contract method 0x1dcd8558.
//
// Solidity: function balanceSlotOf(address holder) view returns(bytes32)
func (_BalanceMirror *BalanceMirrorCaller) BalanceSlotOf(opts *bind.CallOpts, holder common.Address) ([32]byte, error) {
	var out []interface{}
	err := _BalanceMirror.contract.Call(opts, &out, "balanceSlotOf", holder)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BalanceSlotOf is a free data retrieval call binding the contract method 0x1dcd8558.
//
// Solidity: function balanceSlotOf(address holder) view returns(bytes32)
func (_BalanceMirror *BalanceMirrorSession) BalanceSlotOf(holder common.Address) ([32]byte, error) {
	return _BalanceMirror.Contract.BalanceSlotOf(&_BalanceMirror.CallOpts, holder)
}

// BalanceSlotOf is a free data retrieval call binding the contract method 0x1dcd8558.
//
// Solidity: function balanceSlotOf(address holder) view returns(bytes32)
func (_BalanceMirror *BalanceMirrorCallerSession) BalanceSlotOf(holder common.Address) ([32]byte, error) {
	return _BalanceMirror.Contract.BalanceSlotOf(&_BalanceMirror.CallOpts, holder)
}

// BalancesSlot is a free data retrieval call binding the contract method 0x1dbb2121.
//
// Solidity: function balancesSlot() view returns(uint256)
func (_BalanceMirror *BalanceMirrorCaller) BalancesSlot(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BalanceMirror.contract.Call(opts, &out, "balancesSlot")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalancesSlot is a free data retrieval call binding the contract method 0x1dbb2121.
//
// Solidity: function balancesSlot() view returns(uint256)
func (_BalanceMirror *BalanceMirrorSession) BalancesSlot() (*big.Int, error) {
	return _BalanceMirror.Contract.BalancesSlot(&_BalanceMirror.CallOpts)
}

// BalancesSlot is a free data retrieval call binding the contract method 0x1dbb2121.
//
// Solidity: function balancesSlot() view returns(uint256)
func (_BalanceMirror *BalanceMirrorCallerSession) BalancesSlot() (*big.Int, error) {
	return _BalanceMirror.Contract.BalancesSlot(&_BalanceMirror.CallOpts)
}

// CreditOf is a free data retrieval call binding the contract method 0x75807250.
//
// Solidity: function creditOf(address holder) view returns(uint256 balance, uint64 round, uint64 blockNumber)
func (_BalanceMirror *BalanceMirrorCaller) CreditOf(opts *bind.CallOpts, holder common.Address) (struct {
	Balance     *big.Int
	Round       uint64
	BlockNumber uint64
}, error) {
	var out []interface{}
	err := _BalanceMirror.contract.Call(opts, &out, "creditOf", holder)

	outstruct := new(struct {
		Balance     *big.Int
		Round       uint64
		BlockNumber uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Balance = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Round = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.BlockNumber = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// CreditOf is a free data retrieval call binding the contract method 0x75807250.
//
// Solidity: function creditOf(address holder) view returns(uint256 balance, uint64 round, uint64 blockNumber)
func (_BalanceMirror *BalanceMirrorSession) CreditOf(holder common.Address) (struct {
	Balance     *big.Int
	Round       uint64
	BlockNumber uint64
}, error) {
	return _BalanceMirror.Contract.CreditOf(&_BalanceMirror.CallOpts, holder)
}

// CreditOf is a free data retrieval call binding the contract method 0x75807250.
//
// Solidity: function creditOf(address holder) view returns(uint256 balance, uint64 round, uint64 blockNumber)
func (_BalanceMirror *BalanceMirrorCallerSession) CreditOf(holder common.Address) (struct {
	Balance     *big.Int
	Round       uint64
	BlockNumber uint64
}, error) {
	return _BalanceMirror.Contract.CreditOf(&_BalanceMirror.CallOpts, holder)
}

// PeerState is a free data retrieval call binding the contract method 0x21ab800a.
//
// Solidity: function peerState() view returns(address)
func (_BalanceMirror *BalanceMirrorCaller) PeerState(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BalanceMirror.contract.Call(opts, &out, "peerState")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PeerState is a free data retrieval call binding the contract method 0x21ab800a.
//
// Solidity: function peerState() view returns(address)
func (_BalanceMirror *BalanceMirrorSession) PeerState() (common.Address, error) {
	return _BalanceMirror.Contract.PeerState(&_BalanceMirror.CallOpts)
}

// PeerState is a free data retrieval call binding the contract method 0x21ab800a.
//
// Solidity: function peerState() view returns(address)
func (_BalanceMirror *BalanceMirrorCallerSession) PeerState() (common.Address, error) {
	return _BalanceMirror.Contract.PeerState(&_BalanceMirror.CallOpts)
}

// SourceChainId is a free data retrieval call binding the contract method 0x1544298e.
//
// Solidity: function sourceChainId() view returns(uint64)
func (_BalanceMirror *BalanceMirrorCaller) SourceChainId(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _BalanceMirror.contract.Call(opts, &out, "sourceChainId")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// SourceChainId is a free data retrieval call binding the contract method 0x1544298e.
//
// Solidity: function sourceChainId() view returns(uint64)
func (_BalanceMirror *BalanceMirrorSession) SourceChainId() (uint64, error) {
	return _BalanceMirror.Contract.SourceChainId(&_BalanceMirror.CallOpts)
}

// SourceChainId is a free data retrieval call binding the contract method 0x1544298e.
//
// Solidity: function sourceChainId() view returns(uint64)
func (_BalanceMirror *BalanceMirrorCallerSession) SourceChainId() (uint64, error) {
	return _BalanceMirror.Contract.SourceChainId(&_BalanceMirror.CallOpts)
}

// SourceToken is a free data retrieval call binding the contract method 0x5f8aaa69.
//
// Solidity: function sourceToken() view returns(address)
func (_BalanceMirror *BalanceMirrorCaller) SourceToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BalanceMirror.contract.Call(opts, &out, "sourceToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SourceToken is a free data retrieval call binding the contract method 0x5f8aaa69.
//
// Solidity: function sourceToken() view returns(address)
func (_BalanceMirror *BalanceMirrorSession) SourceToken() (common.Address, error) {
	return _BalanceMirror.Contract.SourceToken(&_BalanceMirror.CallOpts)
}

// SourceToken is a free data retrieval call binding the contract method 0x5f8aaa69.
//
// Solidity: function sourceToken() view returns(address)
func (_BalanceMirror *BalanceMirrorCallerSession) SourceToken() (common.Address, error) {
	return _BalanceMirror.Contract.SourceToken(&_BalanceMirror.CallOpts)
}

// ClaimCredit is a paid mutator transaction binding the contract method 0x90408c6b.
//
// Solidity: function claimCredit(address holder, uint64 round, (uint64,uint64,bytes32,bytes32) claim, bytes32[] claimProof, bytes[] accountProof, bytes[] storageProof) returns(uint256 balance)
func (_BalanceMirror *BalanceMirrorTransactor) ClaimCredit(opts *bind.TransactOpts, holder common.Address, round uint64, claim RollcallCodecClaim, claimProof [][32]byte, accountProof [][]byte, storageProof [][]byte) (*types.Transaction, error) {
	return _BalanceMirror.contract.Transact(opts, "claimCredit", holder, round, claim, claimProof, accountProof, storageProof)
}

// ClaimCredit is a paid mutator transaction binding the contract method 0x90408c6b.
//
// Solidity: function claimCredit(address holder, uint64 round, (uint64,uint64,bytes32,bytes32) claim, bytes32[] claimProof, bytes[] accountProof, bytes[] storageProof) returns(uint256 balance)
func (_BalanceMirror *BalanceMirrorSession) ClaimCredit(holder common.Address, round uint64, claim RollcallCodecClaim, claimProof [][32]byte, accountProof [][]byte, storageProof [][]byte) (*types.Transaction, error) {
	return _BalanceMirror.Contract.ClaimCredit(&_BalanceMirror.TransactOpts, holder, round, claim, claimProof, accountProof, storageProof)
}

// ClaimCredit is a paid mutator transaction binding the contract method 0x90408c6b.
//
// Solidity: function claimCredit(address holder, uint64 round, (uint64,uint64,bytes32,bytes32) claim, bytes32[] claimProof, bytes[] accountProof, bytes[] storageProof) returns(uint256 balance)
func (_BalanceMirror *BalanceMirrorTransactorSession) ClaimCredit(holder common.Address, round uint64, claim RollcallCodecClaim, claimProof [][32]byte, accountProof [][]byte, storageProof [][]byte) (*types.Transaction, error) {
	return _BalanceMirror.Contract.ClaimCredit(&_BalanceMirror.TransactOpts, holder, round, claim, claimProof, accountProof, storageProof)
}

// BalanceMirrorCreditedIterator is returned from FilterCredited and is used to iterate over the raw logs and unpacked data for Credited events raised by the BalanceMirror contract.
type BalanceMirrorCreditedIterator struct {
	Event *BalanceMirrorCredited // Event containing the contract specifics and raw log

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
func (it *BalanceMirrorCreditedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BalanceMirrorCredited)
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
		it.Event = new(BalanceMirrorCredited)
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
func (it *BalanceMirrorCreditedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BalanceMirrorCreditedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BalanceMirrorCredited represents a Credited event raised by the BalanceMirror contract.
type BalanceMirrorCredited struct {
	Holder      common.Address
	Balance     *big.Int
	Round       uint64
	BlockNumber uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterCredited is a free log retrieval operation binding the contract event 0xd39507fbb53983070f6c05f6247a874c527908134aa7801859ccc65c1b604b6f.
//
// Solidity: event Credited(address indexed holder, uint256 balance, uint64 indexed round, uint64 blockNumber)
func (_BalanceMirror *BalanceMirrorFilterer) FilterCredited(opts *bind.FilterOpts, holder []common.Address, round []uint64) (*BalanceMirrorCreditedIterator, error) {

	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _BalanceMirror.contract.FilterLogs(opts, "Credited", holderRule, roundRule)
	if err != nil {
		return nil, err
	}
	return &BalanceMirrorCreditedIterator{contract: _BalanceMirror.contract, event: "Credited", logs: logs, sub: sub}, nil
}

// WatchCredited is a free log subscription operation binding the contract event 0xd39507fbb53983070f6c05f6247a874c527908134aa7801859ccc65c1b604b6f.
//
// Solidity: event Credited(address indexed holder, uint256 balance, uint64 indexed round, uint64 blockNumber)
func (_BalanceMirror *BalanceMirrorFilterer) WatchCredited(opts *bind.WatchOpts, sink chan<- *BalanceMirrorCredited, holder []common.Address, round []uint64) (event.Subscription, error) {

	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _BalanceMirror.contract.WatchLogs(opts, "Credited", holderRule, roundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BalanceMirrorCredited)
				if err := _BalanceMirror.contract.UnpackLog(event, "Credited", log); err != nil {
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

// ParseCredited is a log parse operation binding the contract event 0xd39507fbb53983070f6c05f6247a874c527908134aa7801859ccc65c1b604b6f.
//
// Solidity: event Credited(address indexed holder, uint256 balance, uint64 indexed round, uint64 blockNumber)
func (_BalanceMirror *BalanceMirrorFilterer) ParseCredited(log types.Log) (*BalanceMirrorCredited, error) {
	event := new(BalanceMirrorCredited)
	if err := _BalanceMirror.contract.UnpackLog(event, "Credited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
