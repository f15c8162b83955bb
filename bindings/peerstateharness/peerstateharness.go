// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package peerstateharness

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

// PeerStateHarnessMetaData contains all meta data concerning the PeerStateHarness contract.
var PeerStateHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NodeHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPExpectedList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPExpectedString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPInvalidInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RLPTooManyItems\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnusedNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"}],\"name\":\"decode\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"isList\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes[]\",\"name\":\"items\",\"type\":\"bytes[]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"b\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"maxBytes\",\"type\":\"uint256\"}],\"name\":\"decodeUint\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"path\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"get\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"value\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"verifyAccount\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"storageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"storageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"proof\",\"type\":\"bytes[]\"}],\"name\":\"verifyStorage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506117988061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80634c03b796146100595780635e9c528a14610088578063ba5f6866146100c5578063be3cc8e2146100e6578063e5c5e9a314610107575b5f5ffd5b61006c61006736600461139f565b610129565b6040805192151583526020830191909152015b60405180910390f35b61009b6100963660046113ed565b61014c565b6040805195151586526020860194909452928401919091526060830152608082015260a00161007f565b6100d86100d3366004611474565b6101b4565b60405190815260200161007f565b6100f96100f436600461139f565b610207565b60405161007f9291906114e9565b61011a610115366004611503565b61021e565b60405161007f93929190611541565b5f8061013f868661013a8688611603565b610368565b9150915094509492505050565b5f5f5f5f5f61017860405180608001604052805f81526020015f81526020015f81526020015f81525090565b61018c8a8a6101878a8c611603565b610412565b805160208201516040830151606090930151939e919d509b5090995090975095505050505050565b5f6101fd826101f786868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061057892505050565b906105ec565b90505b9392505050565b5f606061013f86866102198688611603565b610611565b5f6060805f61026186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061057892505050565b905061027581604001518260600151610648565b92508060800151610289575f935050610361565b5f61029582602061069c565b905080516001600160401b038111156102b0576102b06115bf565b6040519080825280602002602001820160405280156102e357816020015b60608152602001906001900390816102ce5790505b5092505f5b815181101561035957610334828281518110610306576103066116e5565b60200260200101515f0151838381518110610323576103236116e5565b602002602001015160200151610648565b848281518110610346576103466116e5565b60209081029190910101526001016102e8565b506001945050505b9250925092565b5f5f5f5f5f6103a0888860405160200161038491815260200190565b6040516020818303038152906040528051906020012088610830565b925092509250826103ba57505f935083925061040a915050565b5f806103d1846103ca858261170d565b602061097e565b90925090506103e0838561170d565b81146103ff57604051631b4aaf0760e31b815260040160405180910390fd5b506001955093505050505b935093915050565b5f61043a60405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f5f5f61046a8888604051602001610384919060609190911b6bffffffffffffffffffffffff1916815260140190565b92509250925082610480575f945050505061040a565b5f61048b828461170d565b90505f5f5f61049a8685610a46565b925092509250806104be576040516389f38dd360e01b815260040160405180910390fd5b836104c9838561170d565b146104e757604051631b4aaf0760e31b815260040160405180910390fd5b6104f38385600861097e565b90895292506105048385602061097e565b60208a019190915292506105188385610ba9565b60408a0191909152925061052c8385610ba9565b60608a0191909152925060048484146105645760405163253d11ab60e01b815260040161055b91815260200190565b60405180910390fd5b506001985050505050505050935093915050565b6105a76040518060a001604052805f81526020015f81526020015f81526020015f81526020015f151581525090565b5f6020830190505f6105c5828551846105c0919061170d565b610c08565b9050835181602001511461020057604051631b4aaf0760e31b815260040160405180910390fd5b815160208301515f9161060991610603908261170d565b8461097e565b509392505050565b5f60605f5f5f610622888888610830565b925092509250821561063b576106388282610648565b93505b5090925050935093915050565b6060816001600160401b03811115610662576106626115bf565b6040519080825280601f01601f19166020018201604052801561068c576020820181803683370190505b5090508183602083015e92915050565b606082608001516106c0576040516389f38dd360e01b815260040160405180910390fd5b5f836060015184604001516106d5919061170d565b60408501519091505f905b82811015610740578480831061070c5760405163253d11ab60e01b815260040161055b91815260200190565b505f5f6107198386610a46565b509092509050610729818361170d565b92505050818061073890611720565b9250506106e0565b50806001600160401b03811115610759576107596115bf565b6040519080825280602002602001820160405280156107b957816020015b6107a66040518060a001604052805f81526020015f81526020015f81526020015f81526020015f151581525090565b8152602001906001900390816107775790505b5060408601519093505f5b82811015610826576107d68285610c08565b8582815181106107e8576107e86116e5565b6020026020010181905250848181518110610805576108056116e5565b6020026020010151602001518261081c919061170d565b91506001016107c4565b5050505092915050565b5f5f5f5f84519050805f03610893575f7f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4218814610883576040516324beec3f60e21b815260040161055b91815260200190565b505f5f5f93509350935050610975565b61089b611340565b875f805b84811015610958575f5f6108cd8b84815181106108be576108be6116e5565b60200260200101518685610c95565b915091505f5b6108e183838f88888c610d42565b919750945092509050600181146108d35780610901575050519250610950565b8761090d85600161170d565b1461091985600161170d565b9061093a576040516379ab848360e11b815260040161055b91815260200190565b5060031499509097509550610975945050505050565b60010161089f565b506040516324beec3f60e21b81526004810185905260240161055b565b93509350939050565b5f5f5f5f5f61098d8888610a46565b92509250925080156109b25760405163a12dc0df60e01b815260040160405180910390fd5b8582111580156109c3575060208211155b6109e057604051635633316d60e11b815260040160405180910390fd5b8115610a2c578251600383901b610100031c94506109ff600183611738565b610a0a90600861174b565b85901c5f03610a2c57604051635633316d60e11b815260040160405180910390fd5b84610a37838561170d565b94509450505050935093915050565b5f5f5f5f848610610a5957506001610b5f565b8551805f1a6080811015610a7557879550600194505050610b5f565b60b8811015610abc57600188019550608081039450868587011115610a9f57600192505050610b5f565b60808260011a10600186141615610ab557600292505b5050610b5f565b60f8811060bf82111615610aef576001935060018801955060c081039450868587011115610ab557600192505050610b5f565b60b7810360bf821115610b0757506001935060f61981015b8060018a0101965087871115610b235760019350505050610b5f565b60018901518160031b610100031c95505050858486011115610b49576001915050610b5f565b603884108160011a151715610b5d57600291505b505b80600103610b8057604051632bf7d67960e21b815260040160405180910390fd5b80600203610ba157604051632dbeb36960e01b815260040160405180910390fd5b509250925092565b5f5f5f5f5f610bb88787610a46565b92509250925080158015610bcc5750816020145b610be95760405163a12dc0df60e01b815260040160405180910390fd5b8251945084610bf984602061170d565b945094505050505b9250929050565b610c376040518060a001604052805f81526020015f81526020015f81526020015f81526020015f151581525090565b5f5f5f610c448686610a46565b9250925092506040518060a00160405280878152602001878486610c68919061170d565b610c729190611738565b815260200184815260200183815260200182151581525093505050505b92915050565b5f5f838580519060200120148390610cc357604051630821a51560e41b815260040161055b91815260200190565b50845160208601905f90610cd7908361170d565b90505f610ce48383610a46565b9196509450905081610cf6858761170d565b14610d1457604051631b4aaf0760e31b815260040160405180910390fd5b8581610d36576040516364a4249360e01b815260040161055b91815260200190565b50505050935093915050565b5f8080808080610d5c8c610d568d8261170d565b89610dc2565b9150915081601103610d8457610d758a8a8a8a85610f2c565b95509550955095505050610db5565b81600203610d9957610d758a8a8a8a8561103a565b6040516364a4249360e01b81526004810189905260240161055b565b9650965096509692505050565b5f5f5b5f5b84861015610e475760118303610ddf57506001610e47565b858360051b85015285515f1a5f60a08203610dfa5750602187015b60808203610e085750600187015b80610e14575050610e47565b86811115610e2757600292505050610e47565b6001856020011b6001861b17841793508097505050600183019250610dc7565b80600103610e6b5760405163253d11ab60e01b81526011600482015260240161055b565b80600203610e8c57604051632bf7d67960e21b815260040160405180910390fd5b848610610e995750610f0a565b5f5f5f610ea68989610a46565b919450925090508282018115610ed05760208a82031015610ecb57866001901b861795505b610ef8565b6001602088011b9590951794821580610ee95750826020145b15610ef857866001901b861795505b98505060019094019350610dc5915050565b83838360128110610f1d57610f1d6116e5565b60200201529094909350915050565b5f5f5f5f8461ffff1661ffff148015610f4d57506601000000000000851615155b8790610f6f576040516364a4249360e01b815260040161055b91815260200190565b5060408803610fc4575f80610f9388601060200201518960115b6020020151610a46565b5091509150805f03610fb35760028a5f5f9550955095509550505061102e565b60039550899450909250905061102e565b5f610fd78a8a60040260fc031c600f1690565b9050611024878260128110610fee57610fee6116e5565b602002015188610fff84600161170d565b6012811061100f5761100f6116e5565b602002015161101f8c600161170d565b6111e5565b9450945094509450505b95509550955095915050565b5f808080866401000000008616611067576040516364a4249360e01b815260040161055b91815260200190565b50855160208701515f918291829161107e91611246565b919450925090505f6040611092858e61170d565b111580156110a957506110a68d8d8661131d565b83145b9050811561116d578a6402000000008a166110da576040516364a4249360e01b815260040161055b91815260200190565b508015806110f2575060406110ef858e61170d565b14155b1561110d5760028c5f5f97509750975097505050505061102e565b5f806111228c600160200201518d6002610f89565b5090925090508c8161114a576040516364a4249360e01b815260040161055b91815260200190565b506003868f611159919061170d565b909a509850909650945061102e9350505050565b8a60028a16611192576040516364a4249360e01b815260040161055b91815260200190565b50806111ae5760028c5f5f97509750975097505050505061102e565b6111cd8a600160200201518b60026020020151868f61101f919061170d565b97509750975097505050505095509550955095915050565b5f5f5f5f5f5f5f6111f68a8a610a46565b9250925092508015611214575060019550869450909250905061123d565b815f03611230576002885f5f965096509650965050505061123d565b505f955086945090925090505b93509350935093565b5f5f5f5f5f6112558787610a46565b5091509150805f03611271575f5f5f9450945094505050610361565b815160025f9190911a600481901c91821015945090600180821614806112ac5761129c600185611738565b6112a790600261174b565b6112c3565b60016112b985600261174b565b6112c39190611738565b97508715806112d25750604088115b156112e557505f95506103619350505050565b801561130057845160041b8860021b610100031c9650611311565b60018501518860021b610100031c96505b50505050509250925092565b5f815f0361132c57505f610200565b5060049182029290921b9102610100031c90565b6040518061024001604052806012906020820280368337509192915050565b5f5f83601f84011261136f575f5ffd5b5081356001600160401b03811115611385575f5ffd5b6020830191508360208260051b8501011115610c01575f5ffd5b5f5f5f5f606085870312156113b2575f5ffd5b843593506020850135925060408501356001600160401b038111156113d5575f5ffd5b6113e18782880161135f565b95989497509550505050565b5f5f5f5f60608587031215611400575f5ffd5b8435935060208501356001600160a01b038116811461141d575f5ffd5b925060408501356001600160401b038111156113d5575f5ffd5b5f5f83601f840112611447575f5ffd5b5081356001600160401b0381111561145d575f5ffd5b602083019150836020828501011115610c01575f5ffd5b5f5f5f60408486031215611486575f5ffd5b83356001600160401b0381111561149b575f5ffd5b6114a786828701611437565b909790965060209590950135949350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6101fd60408301846114bb565b5f5f60208385031215611514575f5ffd5b82356001600160401b03811115611529575f5ffd5b61153585828601611437565b90969095509350505050565b8315158152606060208201525f61155b60608301856114bb565b828103604084015280845180835260208301915060208160051b840101602087015f5b838110156115b057601f1986840301855261159a8383516114bb565b602095860195909350919091019060010161157e565b50909998505050505050505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156115fb576115fb6115bf565b604052919050565b5f6001600160401b0383111561161b5761161b6115bf565b8260051b61162b602082016115d3565b84815290830190602081019036831115611643575f5ffd5b845b838110156116db5780356001600160401b03811115611662575f5ffd5b860136601f820112611672575f5ffd5b80356001600160401b0381111561168b5761168b6115bf565b61169e601f8201601f19166020016115d3565b8181523660208385010111156116b2575f5ffd5b816020840160208301375f60208383010152808652505050602083019250602081019050611645565b5095945050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820180821115610c8f57610c8f6116f9565b5f60018201611731576117316116f9565b5060010190565b81810381811115610c8f57610c8f6116f9565b8082028115828204841417610c8f57610c8f6116f956fea2646970667358221220cfff7c950dc44f32dbdc6b566de2dfeebdab5ded2138de97587461365ed166f364736f6c634300081b0033",
}

// PeerStateHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use PeerStateHarnessMetaData.ABI instead.
var PeerStateHarnessABI = PeerStateHarnessMetaData.ABI

// PeerStateHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PeerStateHarnessMetaData.Bin instead.
var PeerStateHarnessBin = PeerStateHarnessMetaData.Bin

// DeployPeerStateHarness deploys a new Ethereum contract, binding an instance of PeerStateHarness to it.
func DeployPeerStateHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *PeerStateHarness, error) {
	parsed, err := PeerStateHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PeerStateHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PeerStateHarness{PeerStateHarnessCaller: PeerStateHarnessCaller{contract: contract}, PeerStateHarnessTransactor: PeerStateHarnessTransactor{contract: contract}, PeerStateHarnessFilterer: PeerStateHarnessFilterer{contract: contract}}, nil
}

// PeerStateHarness is an auto generated Go binding around an Ethereum contract.
type PeerStateHarness struct {
	PeerStateHarnessCaller     // Read-only binding to the contract
	PeerStateHarnessTransactor // Write-only binding to the contract
	PeerStateHarnessFilterer   // Log filterer for contract events
}

// PeerStateHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type PeerStateHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PeerStateHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PeerStateHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PeerStateHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PeerStateHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PeerStateHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PeerStateHarnessSession struct {
	Contract     *PeerStateHarness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PeerStateHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PeerStateHarnessCallerSession struct {
	Contract *PeerStateHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// PeerStateHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PeerStateHarnessTransactorSession struct {
	Contract     *PeerStateHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// PeerStateHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type PeerStateHarnessRaw struct {
	Contract *PeerStateHarness // Generic contract binding to access the raw methods on
}

// PeerStateHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PeerStateHarnessCallerRaw struct {
	Contract *PeerStateHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// PeerStateHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PeerStateHarnessTransactorRaw struct {
	Contract *PeerStateHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPeerStateHarness creates a new instance of PeerStateHarness, bound to a specific deployed contract.
func NewPeerStateHarness(address common.Address, backend bind.ContractBackend) (*PeerStateHarness, error) {
	contract, err := bindPeerStateHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PeerStateHarness{PeerStateHarnessCaller: PeerStateHarnessCaller{contract: contract}, PeerStateHarnessTransactor: PeerStateHarnessTransactor{contract: contract}, PeerStateHarnessFilterer: PeerStateHarnessFilterer{contract: contract}}, nil
}

// NewPeerStateHarnessCaller creates a new read-only instance of PeerStateHarness, bound to a specific deployed contract.
func NewPeerStateHarnessCaller(address common.Address, caller bind.ContractCaller) (*PeerStateHarnessCaller, error) {
	contract, err := bindPeerStateHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PeerStateHarnessCaller{contract: contract}, nil
}

// NewPeerStateHarnessTransactor creates a new write-only instance of PeerStateHarness, bound to a specific deployed contract.
func NewPeerStateHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*PeerStateHarnessTransactor, error) {
	contract, err := bindPeerStateHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PeerStateHarnessTransactor{contract: contract}, nil
}

// NewPeerStateHarnessFilterer creates a new log filterer instance of PeerStateHarness, bound to a specific deployed contract.
func NewPeerStateHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*PeerStateHarnessFilterer, error) {
	contract, err := bindPeerStateHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PeerStateHarnessFilterer{contract: contract}, nil
}

// bindPeerStateHarness binds a generic wrapper to an already deployed contract.
func bindPeerStateHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PeerStateHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PeerStateHarness *PeerStateHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PeerStateHarness.Contract.PeerStateHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PeerStateHarness *PeerStateHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PeerStateHarness.Contract.PeerStateHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PeerStateHarness *PeerStateHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PeerStateHarness.Contract.PeerStateHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PeerStateHarness *PeerStateHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PeerStateHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PeerStateHarness *PeerStateHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PeerStateHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PeerStateHarness *PeerStateHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PeerStateHarness.Contract.contract.Transact(opts, method, params...)
}

// Decode is a free data retrieval call binding the contract method 0xe5c5e9a3.
//
// Solidity: function decode(bytes b) pure returns(bool isList, bytes payload, bytes[] items)
func (_PeerStateHarness *PeerStateHarnessCaller) Decode(opts *bind.CallOpts, b []byte) (struct {
	IsList  bool
	Payload []byte
	Items   [][]byte
}, error) {
	var out []interface{}
	err := _PeerStateHarness.contract.Call(opts, &out, "decode", b)

	outstruct := new(struct {
		IsList  bool
		Payload []byte
		Items   [][]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.IsList = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Payload = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	outstruct.Items = *abi.ConvertType(out[2], new([][]byte)).(*[][]byte)

	return *outstruct, err

}

// Decode is a free data retrieval call binding the contract method 0xe5c5e9a3.
//
// Solidity: function decode(bytes b) pure returns(bool isList, bytes payload, bytes[] items)
func (_PeerStateHarness *PeerStateHarnessSession) Decode(b []byte) (struct {
	IsList  bool
	Payload []byte
	Items   [][]byte
}, error) {
	return _PeerStateHarness.Contract.Decode(&_PeerStateHarness.CallOpts, b)
}

// Decode is a free data retrieval call binding the contract method 0xe5c5e9a3.
//
// Solidity: function decode(bytes b) pure returns(bool isList, bytes payload, bytes[] items)
func (_PeerStateHarness *PeerStateHarnessCallerSession) Decode(b []byte) (struct {
	IsList  bool
	Payload []byte
	Items   [][]byte
}, error) {
	return _PeerStateHarness.Contract.Decode(&_PeerStateHarness.CallOpts, b)
}

// DecodeUint is a free data retrieval call binding the contract method 0xba5f6866.
//
// Solidity: function decodeUint(bytes b, uint256 maxBytes) pure returns(uint256)
func (_PeerStateHarness *PeerStateHarnessCaller) DecodeUint(opts *bind.CallOpts, b []byte, maxBytes *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _PeerStateHarness.contract.Call(opts, &out, "decodeUint", b, maxBytes)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DecodeUint is a free data retrieval call binding the contract method 0xba5f6866.
//
// Solidity: function decodeUint(bytes b, uint256 maxBytes) pure returns(uint256)
func (_PeerStateHarness *PeerStateHarnessSession) DecodeUint(b []byte, maxBytes *big.Int) (*big.Int, error) {
	return _PeerStateHarness.Contract.DecodeUint(&_PeerStateHarness.CallOpts, b, maxBytes)
}

// DecodeUint is a free data retrieval call binding the contract method 0xba5f6866.
//
// Solidity: function decodeUint(bytes b, uint256 maxBytes) pure returns(uint256)
func (_PeerStateHarness *PeerStateHarnessCallerSession) DecodeUint(b []byte, maxBytes *big.Int) (*big.Int, error) {
	return _PeerStateHarness.Contract.DecodeUint(&_PeerStateHarness.CallOpts, b, maxBytes)
}

// Get is a free data retrieval call binding the contract method 0xbe3cc8e2.
//
// Solidity: function get(bytes32 root, bytes32 path, bytes[] proof) pure returns(bool exists, bytes value)
func (_PeerStateHarness *PeerStateHarnessCaller) Get(opts *bind.CallOpts, root [32]byte, path [32]byte, proof [][]byte) (struct {
	Exists bool
	Value  []byte
}, error) {
	var out []interface{}
	err := _PeerStateHarness.contract.Call(opts, &out, "get", root, path, proof)

	outstruct := new(struct {
		Exists bool
		Value  []byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Value = *abi.ConvertType(out[1], new([]byte)).(*[]byte)

	return *outstruct, err

}

// Get is a free data retrieval call binding the contract method 0xbe3cc8e2.
//
// Solidity: function get(bytes32 root, bytes32 path, bytes[] proof) pure returns(bool exists, bytes value)
func (_PeerStateHarness *PeerStateHarnessSession) Get(root [32]byte, path [32]byte, proof [][]byte) (struct {
	Exists bool
	Value  []byte
}, error) {
	return _PeerStateHarness.Contract.Get(&_PeerStateHarness.CallOpts, root, path, proof)
}

// Get is a free data retrieval call binding the contract method 0xbe3cc8e2.
//
// Solidity: function get(bytes32 root, bytes32 path, bytes[] proof) pure returns(bool exists, bytes value)
func (_PeerStateHarness *PeerStateHarnessCallerSession) Get(root [32]byte, path [32]byte, proof [][]byte) (struct {
	Exists bool
	Value  []byte
}, error) {
	return _PeerStateHarness.Contract.Get(&_PeerStateHarness.CallOpts, root, path, proof)
}

// VerifyAccount is a free data retrieval call binding the contract method 0x5e9c528a.
//
// Solidity: function verifyAccount(bytes32 stateRoot, address account, bytes[] proof) pure returns(bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
func (_PeerStateHarness *PeerStateHarnessCaller) VerifyAccount(opts *bind.CallOpts, stateRoot [32]byte, account common.Address, proof [][]byte) (struct {
	Exists      bool
	Nonce       *big.Int
	Balance     *big.Int
	StorageRoot [32]byte
	CodeHash    [32]byte
}, error) {
	var out []interface{}
	err := _PeerStateHarness.contract.Call(opts, &out, "verifyAccount", stateRoot, account, proof)

	outstruct := new(struct {
		Exists      bool
		Nonce       *big.Int
		Balance     *big.Int
		StorageRoot [32]byte
		CodeHash    [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Nonce = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Balance = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.StorageRoot = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	outstruct.CodeHash = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// VerifyAccount is a free data retrieval call binding the contract method 0x5e9c528a.
//
// Solidity: function verifyAccount(bytes32 stateRoot, address account, bytes[] proof) pure returns(bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
func (_PeerStateHarness *PeerStateHarnessSession) VerifyAccount(stateRoot [32]byte, account common.Address, proof [][]byte) (struct {
	Exists      bool
	Nonce       *big.Int
	Balance     *big.Int
	StorageRoot [32]byte
	CodeHash    [32]byte
}, error) {
	return _PeerStateHarness.Contract.VerifyAccount(&_PeerStateHarness.CallOpts, stateRoot, account, proof)
}

// VerifyAccount is a free data retrieval call binding the contract method 0x5e9c528a.
//
// Solidity: function verifyAccount(bytes32 stateRoot, address account, bytes[] proof) pure returns(bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
func (_PeerStateHarness *PeerStateHarnessCallerSession) VerifyAccount(stateRoot [32]byte, account common.Address, proof [][]byte) (struct {
	Exists      bool
	Nonce       *big.Int
	Balance     *big.Int
	StorageRoot [32]byte
	CodeHash    [32]byte
}, error) {
	return _PeerStateHarness.Contract.VerifyAccount(&_PeerStateHarness.CallOpts, stateRoot, account, proof)
}

// VerifyStorage is a free data retrieval call binding the contract method 0x4c03b796.
//
// Solidity: function verifyStorage(bytes32 storageRoot, bytes32 slot, bytes[] proof) pure returns(bool exists, bytes32 value)
func (_PeerStateHarness *PeerStateHarnessCaller) VerifyStorage(opts *bind.CallOpts, storageRoot [32]byte, slot [32]byte, proof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	var out []interface{}
	err := _PeerStateHarness.contract.Call(opts, &out, "verifyStorage", storageRoot, slot, proof)

	outstruct := new(struct {
		Exists bool
		Value  [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Value = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// VerifyStorage is a free data retrieval call binding the contract method 0x4c03b796.
//
// Solidity: function verifyStorage(bytes32 storageRoot, bytes32 slot, bytes[] proof) pure returns(bool exists, bytes32 value)
func (_PeerStateHarness *PeerStateHarnessSession) VerifyStorage(storageRoot [32]byte, slot [32]byte, proof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	return _PeerStateHarness.Contract.VerifyStorage(&_PeerStateHarness.CallOpts, storageRoot, slot, proof)
}

// VerifyStorage is a free data retrieval call binding the contract method 0x4c03b796.
//
// Solidity: function verifyStorage(bytes32 storageRoot, bytes32 slot, bytes[] proof) pure returns(bool exists, bytes32 value)
func (_PeerStateHarness *PeerStateHarnessCallerSession) VerifyStorage(storageRoot [32]byte, slot [32]byte, proof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	return _PeerStateHarness.Contract.VerifyStorage(&_PeerStateHarness.CallOpts, storageRoot, slot, proof)
}
