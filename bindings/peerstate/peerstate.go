// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package peerstate

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

// PeerStateMetaData contains all meta data concerning the PeerState contract.
var PeerStateMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractRollcallRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"ClaimNotAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"NoAttestedClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NodeHashMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPExpectedList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPExpectedString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPInvalidInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RLPTooManyItems\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnusedNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractRollcallRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"}],\"name\":\"verifyAccount\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"storageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"verifyLatestStorage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"verifyStorage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051611735380380611735833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516116aa61008b5f395f818160bb01528181610162015261037301526116aa5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063160d5ebf1461004e578063332aed731461008c5780637b103999146100b6578063a862847d146100f5575b5f5ffd5b61006161005c36600461117c565b610132565b60408051931515845260208401929092526001600160401b0316908201526060015b60405180910390f35b61009f61009a36600461122b565b610238565b604080519215158352602083019190915201610083565b6100dd7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610083565b61010861010336600461130a565b61026c565b6040805195151586526020860194909452928401919091526060830152608082015260a001610083565b604051630dca545d60e41b81526001600160401b03881660048201525f9081908190819081906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063dca545d09060240160a060405180830381865afa1580156101a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101cb91906113d2565b90925090508b6001600160401b0382166102095760405163c77fb92f60e01b81526001600160401b0390911660048201526024015b60405180910390fd5b5061021d82606001518c8c8c8c8c8c6102ea565b60209390930151909d929c509a509098505050505050505050565b5f5f6102468c8c8c8c61035c565b6102598c606001358989898989896102ea565b915091509a509a98505050505050505050565b5f5f5f5f5f61027d8c8c8c8c61035c565b6102a460405180608001604052805f81526020015f81526020015f81526020015f81525090565b6102bc60608e01358a6102b78a8c611467565b610450565b8051602082015160408301516060909301519399509097509550935091505097509750975097509792505050565b5f8080806102fd8b8b6102b78b8d611467565b915091505f8261032d577f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421610333565b81604001515b90506103498189610344898b611467565b6105ca565b9450945050505097509795505050505050565b6040516306ea621360e21b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631ba9884c906103ae908790879087908790600401611549565b602060405180830381865afa1580156103c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ed91906115d5565b6103fa60208601866115f4565b61040a60408701602088016115f4565b859091926104475760405163097de24b60e31b81526001600160401b03938416600482015291831660248301529091166044820152606401610200565b50505050505050565b5f61047860405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f5f5f6104c488886040516020016104a8919060609190911b6bffffffffffffffffffffffff1916815260140190565b6040516020818303038152906040528051906020012088610656565b925092509250826104da575f94505050506105c2565b5f6104e58284611623565b90505f5f5f6104f486856107a4565b92509250925080610518576040516389f38dd360e01b815260040160405180910390fd5b836105238385611623565b1461054157604051631b4aaf0760e31b815260040160405180910390fd5b61054d83856008610907565b908952925061055e83856020610907565b60208a0191909152925061057283856109cf565b60408a0191909152925061058683856109cf565b60608a0191909152925060048484146105b55760405163253d11ab60e01b815260040161020091815260200190565b5060019850505050505050505b935093915050565b5f5f5f5f5f6105e688886040516020016104a891815260200190565b9250925092508261060057505f93508392506105c2915050565b5f80610617846106108582611623565b6020610907565b90925090506106268385611623565b811461064557604051631b4aaf0760e31b815260040160405180910390fd5b506001999098509650505050505050565b5f5f5f5f84519050805f036106b9575f7f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b42188146106a9576040516324beec3f60e21b815260040161020091815260200190565b505f5f5f9350935093505061079b565b6106c16110eb565b875f805b8481101561077e575f5f6106f38b84815181106106e4576106e4611636565b60200260200101518685610a2e565b915091505f5b61070783838f88888c610adb565b919750945092509050600181146106f95780610727575050519250610776565b87610733856001611623565b1461073f856001611623565b90610760576040516379ab848360e11b815260040161020091815260200190565b506003149950909750955061079b945050505050565b6001016106c5565b506040516324beec3f60e21b815260048101859052602401610200565b93509350939050565b5f5f5f5f8486106107b7575060016108bd565b8551805f1a60808110156107d3578795506001945050506108bd565b60b881101561081a576001880195506080810394508685870111156107fd576001925050506108bd565b60808260011a1060018614161561081357600292505b50506108bd565b60f8811060bf8211161561084d576001935060018801955060c081039450868587011115610813576001925050506108bd565b60b7810360bf82111561086557506001935060f61981015b8060018a010196508787111561088157600193505050506108bd565b60018901518160031b610100031c955050508584860111156108a75760019150506108bd565b603884108160011a1517156108bb57600291505b505b806001036108de57604051632bf7d67960e21b815260040160405180910390fd5b806002036108ff57604051632dbeb36960e01b815260040160405180910390fd5b509250925092565b5f5f5f5f5f61091688886107a4565b925092509250801561093b5760405163a12dc0df60e01b815260040160405180910390fd5b85821115801561094c575060208211155b61096957604051635633316d60e11b815260040160405180910390fd5b81156109b5578251600383901b610100031c945061098860018361164a565b61099390600861165d565b85901c5f036109b557604051635633316d60e11b815260040160405180910390fd5b846109c08385611623565b94509450505050935093915050565b5f5f5f5f5f6109de87876107a4565b925092509250801580156109f25750816020145b610a0f5760405163a12dc0df60e01b815260040160405180910390fd5b8251945084610a1f846020611623565b945094505050505b9250929050565b5f5f838580519060200120148390610a5c57604051630821a51560e41b815260040161020091815260200190565b50845160208601905f90610a709083611623565b90505f610a7d83836107a4565b9196509450905081610a8f8587611623565b14610aad57604051631b4aaf0760e31b815260040160405180910390fd5b8581610acf576040516364a4249360e01b815260040161020091815260200190565b50505050935093915050565b5f8080808080610af58c610aef8d82611623565b89610b5b565b9150915081601103610b1d57610b0e8a8a8a8a85610cc5565b95509550955095505050610b4e565b81600203610b3257610b0e8a8a8a8a85610dcb565b6040516364a4249360e01b815260048101899052602401610200565b9650965096509692505050565b5f5f5b5f5b84861015610be05760118303610b7857506001610be0565b858360051b85015285515f1a5f60a08203610b935750602187015b60808203610ba15750600187015b80610bad575050610be0565b86811115610bc057600292505050610be0565b6001856020011b6001861b17841793508097505050600183019250610b60565b80600103610c045760405163253d11ab60e01b815260116004820152602401610200565b80600203610c2557604051632bf7d67960e21b815260040160405180910390fd5b848610610c325750610ca3565b5f5f5f610c3f89896107a4565b919450925090508282018115610c695760208a82031015610c6457866001901b861795505b610c91565b6001602088011b9590951794821580610c825750826020145b15610c9157866001901b861795505b98505060019094019350610b5e915050565b83838360128110610cb657610cb6611636565b60200201529094909350915050565b5f5f5f5f8461ffff1661ffff148015610ce657506601000000000000851615155b8790610d08576040516364a4249360e01b815260040161020091815260200190565b5060408803610d5d575f80610d2c88601060200201518960115b60200201516107a4565b5091509150805f03610d4c5760028a5f5f95509550955095505050610dbf565b600395508994509092509050610dbf565b5f610d688a8a610f76565b9050610db5878260128110610d7f57610d7f611636565b602002015188610d90846001611623565b60128110610da057610da0611636565b6020020151610db08c6001611623565b610f8a565b9450945094509450505b95509550955095915050565b5f808080866401000000008616610df8576040516364a4249360e01b815260040161020091815260200190565b50855160208701515f9182918291610e0f91610feb565b919450925090505f6040610e23858e611623565b11158015610e3a5750610e378d8d866110c3565b83145b90508115610efe578a6402000000008a16610e6b576040516364a4249360e01b815260040161020091815260200190565b50801580610e8357506040610e80858e611623565b14155b15610e9e5760028c5f5f975097509750975050505050610dbf565b5f80610eb38c600160200201518d6002610d22565b5090925090508c81610edb576040516364a4249360e01b815260040161020091815260200190565b506003868f610eea9190611623565b909a5098509096509450610dbf9350505050565b8a60028a16610f23576040516364a4249360e01b815260040161020091815260200190565b5080610f3f5760028c5f5f975097509750975050505050610dbf565b610f5e8a600160200201518b60026020020151868f610db09190611623565b97509750975097505050505095509550955095915050565b600f6004820260fc0383901c165b92915050565b5f5f5f5f5f5f5f610f9b8a8a6107a4565b9250925092508015610fb95750600195508694509092509050610fe2565b815f03610fd5576002885f5f9650965096509650505050610fe2565b505f955086945090925090505b93509350935093565b5f5f5f5f5f610ffa87876107a4565b5091509150805f03611016575f5f5f94509450945050506110bc565b815160025f9190911a600481901c91821015945090600180821614806110515761104160018561164a565b61104c90600261165d565b611068565b600161105e85600261165d565b611068919061164a565b97508715806110775750604088115b1561108a57505f95506110bc9350505050565b80156110a557845160041b8860021b610100031c96506110b6565b60018501518860021b610100031c96505b50505050505b9250925092565b5f815f036110d257505f6110e4565b50600482810284901b908202610100031c5b9392505050565b6040518061024001604052806012906020820280368337509192915050565b6001600160401b038116811461111e575f5ffd5b50565b80356001600160a01b0381168114611137575f5ffd5b919050565b5f5f83601f84011261114c575f5ffd5b5081356001600160401b03811115611162575f5ffd5b6020830191508360208260051b8501011115610a27575f5ffd5b5f5f5f5f5f5f5f60a0888a031215611192575f5ffd5b873561119d8161110a565b96506111ab60208901611121565b955060408801356001600160401b038111156111c5575f5ffd5b6111d18a828b0161113c565b9096509450506060880135925060808801356001600160401b038111156111f6575f5ffd5b6112028a828b0161113c565b989b979a50959850939692959293505050565b5f60808284031215611225575f5ffd5b50919050565b5f5f5f5f5f5f5f5f5f5f6101408b8d031215611245575f5ffd5b61124f8c8c611215565b995060808b013561125f8161110a565b985060a08b01356001600160401b03811115611279575f5ffd5b6112858d828e0161113c565b9099509750611298905060c08c01611121565b955060e08b01356001600160401b038111156112b2575f5ffd5b6112be8d828e0161113c565b9096509450506101008b013592506101208b01356001600160401b038111156112e5575f5ffd5b6112f18d828e0161113c565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f5f5f5f610100888a031215611321575f5ffd5b61132b8989611215565b9650608088013561133b8161110a565b955060a08801356001600160401b03811115611355575f5ffd5b6113618a828b0161113c565b9096509450611374905060c08901611121565b925060e08801356001600160401b038111156111f6575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156113ca576113ca61138e565b604052919050565b5f5f82840360a08112156113e4575f5ffd5b60808112156113f1575f5ffd5b50604051608081016001600160401b03811182821017156114145761141461138e565b60405283516114228161110a565b815260208401516114328161110a565b60208201526040848101519082015260608085015190820152608084015190925061145c8161110a565b809150509250929050565b5f6001600160401b0383111561147f5761147f61138e565b8260051b61148f602082016113a2565b848152908301906020810190368311156114a7575f5ffd5b845b8381101561153f5780356001600160401b038111156114c6575f5ffd5b860136601f8201126114d6575f5ffd5b80356001600160401b038111156114ef576114ef61138e565b611502601f8201601f19166020016113a2565b818152366020838501011115611516575f5ffd5b816020840160208301375f602083830101528086525050506020830192506020810190506114a9565b5095945050505050565b5f85356115558161110a565b6001600160401b03168252602086013561156e8161110a565b6001600160401b03908116602084015260408781013590840152606080880135908401528516608083015260c060a0830181905282018390526001600160fb1b038311156115ba575f5ffd5b8260051b808560e08501379190910160e00195945050505050565b5f602082840312156115e5575f5ffd5b815180151581146110e4575f5ffd5b5f60208284031215611604575f5ffd5b81356110e48161110a565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610f8457610f8461160f565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610f8457610f8461160f565b8082028115828204841417610f8457610f8461160f56fea264697066735822122010c57f00936fbd888f953786c1de2cd2ef139835280a6837c19e0199228c837364736f6c634300081b0033",
}

// PeerStateABI is the input ABI used to generate the binding from.
// Deprecated: Use PeerStateMetaData.ABI instead.
var PeerStateABI = PeerStateMetaData.ABI

// PeerStateBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PeerStateMetaData.Bin instead.
var PeerStateBin = PeerStateMetaData.Bin

// DeployPeerState deploys a new Ethereum contract, binding an instance of PeerState to it.
func DeployPeerState(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address) (common.Address, *types.Transaction, *PeerState, error) {
	parsed, err := PeerStateMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PeerStateBin), backend, registry_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PeerState{PeerStateCaller: PeerStateCaller{contract: contract}, PeerStateTransactor: PeerStateTransactor{contract: contract}, PeerStateFilterer: PeerStateFilterer{contract: contract}}, nil
}

// PeerState is an auto generated Go binding around an Ethereum contract.
type PeerState struct {
	PeerStateCaller     // Read-only binding to the contract
	PeerStateTransactor // Write-only binding to the contract
	PeerStateFilterer   // Log filterer for contract events
}

// PeerStateCaller is an auto generated read-only Go binding around an Ethereum contract.
type PeerStateCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PeerStateTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PeerStateTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PeerStateFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PeerStateFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PeerStateSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PeerStateSession struct {
	Contract     *PeerState        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PeerStateCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PeerStateCallerSession struct {
	Contract *PeerStateCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// PeerStateTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PeerStateTransactorSession struct {
	Contract     *PeerStateTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// PeerStateRaw is an auto generated low-level Go binding around an Ethereum contract.
type PeerStateRaw struct {
	Contract *PeerState // Generic contract binding to access the raw methods on
}

// PeerStateCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PeerStateCallerRaw struct {
	Contract *PeerStateCaller // Generic read-only contract binding to access the raw methods on
}

// PeerStateTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PeerStateTransactorRaw struct {
	Contract *PeerStateTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPeerState creates a new instance of PeerState, bound to a specific deployed contract.
func NewPeerState(address common.Address, backend bind.ContractBackend) (*PeerState, error) {
	contract, err := bindPeerState(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PeerState{PeerStateCaller: PeerStateCaller{contract: contract}, PeerStateTransactor: PeerStateTransactor{contract: contract}, PeerStateFilterer: PeerStateFilterer{contract: contract}}, nil
}

// NewPeerStateCaller creates a new read-only instance of PeerState, bound to a specific deployed contract.
func NewPeerStateCaller(address common.Address, caller bind.ContractCaller) (*PeerStateCaller, error) {
	contract, err := bindPeerState(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PeerStateCaller{contract: contract}, nil
}

// NewPeerStateTransactor creates a new write-only instance of PeerState, bound to a specific deployed contract.
func NewPeerStateTransactor(address common.Address, transactor bind.ContractTransactor) (*PeerStateTransactor, error) {
	contract, err := bindPeerState(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PeerStateTransactor{contract: contract}, nil
}

// NewPeerStateFilterer creates a new log filterer instance of PeerState, bound to a specific deployed contract.
func NewPeerStateFilterer(address common.Address, filterer bind.ContractFilterer) (*PeerStateFilterer, error) {
	contract, err := bindPeerState(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PeerStateFilterer{contract: contract}, nil
}

// bindPeerState binds a generic wrapper to an already deployed contract.
func bindPeerState(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PeerStateMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PeerState *PeerStateRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PeerState.Contract.PeerStateCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PeerState *PeerStateRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PeerState.Contract.PeerStateTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PeerState *PeerStateRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PeerState.Contract.PeerStateTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PeerState *PeerStateCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PeerState.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PeerState *PeerStateTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PeerState.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PeerState *PeerStateTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PeerState.Contract.contract.Transact(opts, method, params...)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_PeerState *PeerStateCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _PeerState.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_PeerState *PeerStateSession) Registry() (common.Address, error) {
	return _PeerState.Contract.Registry(&_PeerState.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_PeerState *PeerStateCallerSession) Registry() (common.Address, error) {
	return _PeerState.Contract.Registry(&_PeerState.CallOpts)
}

// VerifyAccount is a free data retrieval call binding the contract method 0xa862847d.
//
// Solidity: function verifyAccount((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] claimProof, address account, bytes[] accountProof) view returns(bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
func (_PeerState *PeerStateCaller) VerifyAccount(opts *bind.CallOpts, claim RollcallCodecClaim, round uint64, claimProof [][32]byte, account common.Address, accountProof [][]byte) (struct {
	Exists      bool
	Nonce       *big.Int
	Balance     *big.Int
	StorageRoot [32]byte
	CodeHash    [32]byte
}, error) {
	var out []interface{}
	err := _PeerState.contract.Call(opts, &out, "verifyAccount", claim, round, claimProof, account, accountProof)

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

// VerifyAccount is a free data retrieval call binding the contract method 0xa862847d.
//
// Solidity: function verifyAccount((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] claimProof, address account, bytes[] accountProof) view returns(bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
func (_PeerState *PeerStateSession) VerifyAccount(claim RollcallCodecClaim, round uint64, claimProof [][32]byte, account common.Address, accountProof [][]byte) (struct {
	Exists      bool
	Nonce       *big.Int
	Balance     *big.Int
	StorageRoot [32]byte
	CodeHash    [32]byte
}, error) {
	return _PeerState.Contract.VerifyAccount(&_PeerState.CallOpts, claim, round, claimProof, account, accountProof)
}

// VerifyAccount is a free data retrieval call binding the contract method 0xa862847d.
//
// Solidity: function verifyAccount((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] claimProof, address account, bytes[] accountProof) view returns(bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
func (_PeerState *PeerStateCallerSession) VerifyAccount(claim RollcallCodecClaim, round uint64, claimProof [][32]byte, account common.Address, accountProof [][]byte) (struct {
	Exists      bool
	Nonce       *big.Int
	Balance     *big.Int
	StorageRoot [32]byte
	CodeHash    [32]byte
}, error) {
	return _PeerState.Contract.VerifyAccount(&_PeerState.CallOpts, claim, round, claimProof, account, accountProof)
}

// VerifyLatestStorage is a free data retrieval call binding the contract method 0x160d5ebf.
//
// Solidity: function verifyLatestStorage(uint64 chainId, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value, uint64 blockNumber)
func (_PeerState *PeerStateCaller) VerifyLatestStorage(opts *bind.CallOpts, chainId uint64, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists      bool
	Value       [32]byte
	BlockNumber uint64
}, error) {
	var out []interface{}
	err := _PeerState.contract.Call(opts, &out, "verifyLatestStorage", chainId, account, accountProof, slot, storageProof)

	outstruct := new(struct {
		Exists      bool
		Value       [32]byte
		BlockNumber uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Exists = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Value = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.BlockNumber = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// VerifyLatestStorage is a free data retrieval call binding the contract method 0x160d5ebf.
//
// Solidity: function verifyLatestStorage(uint64 chainId, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value, uint64 blockNumber)
func (_PeerState *PeerStateSession) VerifyLatestStorage(chainId uint64, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists      bool
	Value       [32]byte
	BlockNumber uint64
}, error) {
	return _PeerState.Contract.VerifyLatestStorage(&_PeerState.CallOpts, chainId, account, accountProof, slot, storageProof)
}

// VerifyLatestStorage is a free data retrieval call binding the contract method 0x160d5ebf.
//
// Solidity: function verifyLatestStorage(uint64 chainId, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value, uint64 blockNumber)
func (_PeerState *PeerStateCallerSession) VerifyLatestStorage(chainId uint64, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists      bool
	Value       [32]byte
	BlockNumber uint64
}, error) {
	return _PeerState.Contract.VerifyLatestStorage(&_PeerState.CallOpts, chainId, account, accountProof, slot, storageProof)
}

// VerifyStorage is a free data retrieval call binding the contract method 0x332aed73.
//
// Solidity: function verifyStorage((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] claimProof, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value)
func (_PeerState *PeerStateCaller) VerifyStorage(opts *bind.CallOpts, claim RollcallCodecClaim, round uint64, claimProof [][32]byte, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	var out []interface{}
	err := _PeerState.contract.Call(opts, &out, "verifyStorage", claim, round, claimProof, account, accountProof, slot, storageProof)

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

// VerifyStorage is a free data retrieval call binding the contract method 0x332aed73.
//
// Solidity: function verifyStorage((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] claimProof, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value)
func (_PeerState *PeerStateSession) VerifyStorage(claim RollcallCodecClaim, round uint64, claimProof [][32]byte, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	return _PeerState.Contract.VerifyStorage(&_PeerState.CallOpts, claim, round, claimProof, account, accountProof, slot, storageProof)
}

// VerifyStorage is a free data retrieval call binding the contract method 0x332aed73.
//
// Solidity: function verifyStorage((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] claimProof, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value)
func (_PeerState *PeerStateCallerSession) VerifyStorage(claim RollcallCodecClaim, round uint64, claimProof [][32]byte, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	return _PeerState.Contract.VerifyStorage(&_PeerState.CallOpts, claim, round, claimProof, account, accountProof, slot, storageProof)
}
