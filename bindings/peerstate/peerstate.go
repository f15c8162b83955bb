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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractCheckpointRegistry\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"ClaimNotAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"MissingNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NodeHashMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"NotLatestClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPExpectedList\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPExpectedString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPInvalidInteger\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPNonCanonical\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RLPTooManyItems\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTrailingBytes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RLPTruncated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnusedNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractCheckpointRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"}],\"name\":\"verifyAccount\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"storageRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"codeHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"verifyLatestStorage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimProof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"accountProof\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"storageProof\",\"type\":\"bytes[]\"}],\"name\":\"verifyStorage\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"exists\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051611713380380611713833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b60805161168861008b5f395f818160950152818161014401526102e101526116885ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063332aed731461004e578063400f95681461007d5780637b10399914610090578063a862847d146100cf575b5f5ffd5b61006161005c366004611171565b61010c565b6040805192151583526020830191909152015b60405180910390f35b61006161008b36600461124e565b610140565b6100b77f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610074565b6100e26100dd366004611319565b61024c565b6040805195151586526020860194909452928401919091526060830152608082015260a001610074565b5f5f61011a8c8c8c8c6102ca565b61012d8c606001358989898989896103be565b915091509a509a98505050505050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637148118e8c8c8c6040518463ffffffff1660e01b81526004016101929392919061142d565b602060405180830381865afa1580156101ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d19190611456565b6101de60208d018d611475565b6101ee60408e0160208f01611475565b909161022557604051636fd4eb5d60e11b81526001600160401b039283166004820152911660248201526044015b60405180910390fd5b505061023a8b606001358989898989896103be565b91509150995099975050505050505050565b5f5f5f5f5f61025d8c8c8c8c6102ca565b61028460405180608001604052805f81526020015f81526020015f81526020015f81525090565b61029c60608e01358a6102978a8c6114d2565b610430565b8051602082015160408301516060909301519399509097509550935091505097509750975097509792505050565b6040516306ea621360e21b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690631ba9884c9061031c9087908790879087906004016115b4565b602060405180830381865afa158015610337573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061035b9190611456565b6103686020860186611475565b6103786040870160208801611475565b859091926103b55760405163097de24b60e31b81526001600160401b0393841660048201529183166024830152909116604482015260640161021c565b50505050505050565b5f8080806103d18b8b6102978b8d6114d2565b915091505f82610401577f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421610407565b81604001515b905061041d8189610418898b6114d2565b6105aa565b9450945050505097509795505050505050565b5f61045860405180608001604052805f81526020015f81526020015f81526020015f81525090565b5f5f5f6104a48888604051602001610488919060609190911b6bffffffffffffffffffffffff1916815260140190565b6040516020818303038152906040528051906020012088610636565b925092509250826104ba575f94505050506105a2565b5f6104c58284611601565b90505f5f5f6104d48685610784565b925092509250806104f8576040516389f38dd360e01b815260040160405180910390fd5b836105038385611601565b1461052157604051631b4aaf0760e31b815260040160405180910390fd5b61052d838560086108e7565b908952925061053e838560206108e7565b60208a0191909152925061055283856109af565b60408a0191909152925061056683856109af565b60608a0191909152925060048484146105955760405163253d11ab60e01b815260040161021c91815260200190565b5060019850505050505050505b935093915050565b5f5f5f5f5f6105c6888860405160200161048891815260200190565b925092509250826105e057505f93508392506105a2915050565b5f806105f7846105f08582611601565b60206108e7565b90925090506106068385611601565b811461062557604051631b4aaf0760e31b815260040160405180910390fd5b506001999098509650505050505050565b5f5f5f5f84519050805f03610699575f7f56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b4218814610689576040516324beec3f60e21b815260040161021c91815260200190565b505f5f5f9350935093505061077b565b6106a16110cb565b875f805b8481101561075e575f5f6106d38b84815181106106c4576106c4611614565b60200260200101518685610a0e565b915091505f5b6106e783838f88888c610abb565b919750945092509050600181146106d95780610707575050519250610756565b87610713856001611601565b1461071f856001611601565b90610740576040516379ab848360e11b815260040161021c91815260200190565b506003149950909750955061077b945050505050565b6001016106a5565b506040516324beec3f60e21b81526004810185905260240161021c565b93509350939050565b5f5f5f5f8486106107975750600161089d565b8551805f1a60808110156107b35787955060019450505061089d565b60b88110156107fa576001880195506080810394508685870111156107dd5760019250505061089d565b60808260011a106001861416156107f357600292505b505061089d565b60f8811060bf8211161561082d576001935060018801955060c0810394508685870111156107f35760019250505061089d565b60b7810360bf82111561084557506001935060f61981015b8060018a0101965087871115610861576001935050505061089d565b60018901518160031b610100031c9550505085848601111561088757600191505061089d565b603884108160011a15171561089b57600291505b505b806001036108be57604051632bf7d67960e21b815260040160405180910390fd5b806002036108df57604051632dbeb36960e01b815260040160405180910390fd5b509250925092565b5f5f5f5f5f6108f68888610784565b925092509250801561091b5760405163a12dc0df60e01b815260040160405180910390fd5b85821115801561092c575060208211155b61094957604051635633316d60e11b815260040160405180910390fd5b8115610995578251600383901b610100031c9450610968600183611628565b61097390600861163b565b85901c5f0361099557604051635633316d60e11b815260040160405180910390fd5b846109a08385611601565b94509450505050935093915050565b5f5f5f5f5f6109be8787610784565b925092509250801580156109d25750816020145b6109ef5760405163a12dc0df60e01b815260040160405180910390fd5b82519450846109ff846020611601565b945094505050505b9250929050565b5f5f838580519060200120148390610a3c57604051630821a51560e41b815260040161021c91815260200190565b50845160208601905f90610a509083611601565b90505f610a5d8383610784565b9196509450905081610a6f8587611601565b14610a8d57604051631b4aaf0760e31b815260040160405180910390fd5b8581610aaf576040516364a4249360e01b815260040161021c91815260200190565b50505050935093915050565b5f8080808080610ad58c610acf8d82611601565b89610b3b565b9150915081601103610afd57610aee8a8a8a8a85610ca5565b95509550955095505050610b2e565b81600203610b1257610aee8a8a8a8a85610dab565b6040516364a4249360e01b81526004810189905260240161021c565b9650965096509692505050565b5f5f5b5f5b84861015610bc05760118303610b5857506001610bc0565b858360051b85015285515f1a5f60a08203610b735750602187015b60808203610b815750600187015b80610b8d575050610bc0565b86811115610ba057600292505050610bc0565b6001856020011b6001861b17841793508097505050600183019250610b40565b80600103610be45760405163253d11ab60e01b81526011600482015260240161021c565b80600203610c0557604051632bf7d67960e21b815260040160405180910390fd5b848610610c125750610c83565b5f5f5f610c1f8989610784565b919450925090508282018115610c495760208a82031015610c4457866001901b861795505b610c71565b6001602088011b9590951794821580610c625750826020145b15610c7157866001901b861795505b98505060019094019350610b3e915050565b83838360128110610c9657610c96611614565b60200201529094909350915050565b5f5f5f5f8461ffff1661ffff148015610cc657506601000000000000851615155b8790610ce8576040516364a4249360e01b815260040161021c91815260200190565b5060408803610d3d575f80610d0c88601060200201518960115b6020020151610784565b5091509150805f03610d2c5760028a5f5f95509550955095505050610d9f565b600395508994509092509050610d9f565b5f610d488a8a610f56565b9050610d95878260128110610d5f57610d5f611614565b602002015188610d70846001611601565b60128110610d8057610d80611614565b6020020151610d908c6001611601565b610f6a565b9450945094509450505b95509550955095915050565b5f808080866401000000008616610dd8576040516364a4249360e01b815260040161021c91815260200190565b50855160208701515f9182918291610def91610fcb565b919450925090505f6040610e03858e611601565b11158015610e1a5750610e178d8d866110a3565b83145b90508115610ede578a6402000000008a16610e4b576040516364a4249360e01b815260040161021c91815260200190565b50801580610e6357506040610e60858e611601565b14155b15610e7e5760028c5f5f975097509750975050505050610d9f565b5f80610e938c600160200201518d6002610d02565b5090925090508c81610ebb576040516364a4249360e01b815260040161021c91815260200190565b506003868f610eca9190611601565b909a5098509096509450610d9f9350505050565b8a60028a16610f03576040516364a4249360e01b815260040161021c91815260200190565b5080610f1f5760028c5f5f975097509750975050505050610d9f565b610f3e8a600160200201518b60026020020151868f610d909190611601565b97509750975097505050505095509550955095915050565b600f6004820260fc0383901c165b92915050565b5f5f5f5f5f5f5f610f7b8a8a610784565b9250925092508015610f995750600195508694509092509050610fc2565b815f03610fb5576002885f5f9650965096509650505050610fc2565b505f955086945090925090505b93509350935093565b5f5f5f5f5f610fda8787610784565b5091509150805f03610ff6575f5f5f945094509450505061109c565b815160025f9190911a600481901c918210159450906001808216148061103157611021600185611628565b61102c90600261163b565b611048565b600161103e85600261163b565b6110489190611628565b97508715806110575750604088115b1561106a57505f955061109c9350505050565b801561108557845160041b8860021b610100031c9650611096565b60018501518860021b610100031c96505b50505050505b9250925092565b5f815f036110b257505f6110c4565b50600482810284901b908202610100031c5b9392505050565b6040518061024001604052806012906020820280368337509192915050565b5f608082840312156110fa575f5ffd5b50919050565b80356001600160401b0381168114611116575f5ffd5b919050565b5f5f83601f84011261112b575f5ffd5b5081356001600160401b03811115611141575f5ffd5b6020830191508360208260051b8501011115610a07575f5ffd5b80356001600160a01b0381168114611116575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101408b8d03121561118b575f5ffd5b6111958c8c6110ea565b99506111a360808c01611100565b985060a08b01356001600160401b038111156111bd575f5ffd5b6111c98d828e0161111b565b90995097506111dc905060c08c0161115b565b955060e08b01356001600160401b038111156111f6575f5ffd5b6112028d828e0161111b565b9096509450506101008b013592506101208b01356001600160401b03811115611229575f5ffd5b6112358d828e0161111b565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f5f5f5f5f5f6101208a8c031215611267575f5ffd5b6112718b8b6110ea565b985060808a01356001600160401b0381111561128b575f5ffd5b6112978c828d0161111b565b90995097506112aa905060a08b0161115b565b955060c08a01356001600160401b038111156112c4575f5ffd5b6112d08c828d0161111b565b90965094505060e08a013592506101008a01356001600160401b038111156112f6575f5ffd5b6113028c828d0161111b565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f5f610100888a031215611330575f5ffd5b61133a89896110ea565b965061134860808901611100565b955060a08801356001600160401b03811115611362575f5ffd5b61136e8a828b0161111b565b9096509450611381905060c0890161115b565b925060e08801356001600160401b0381111561139b575f5ffd5b6113a78a828b0161111b565b989b979a50959850939692959293505050565b6001600160401b036113cb82611100565b1682526001600160401b036113e260208301611100565b16602083015260408181013590830152606090810135910152565b8183525f6001600160fb1b03831115611414575f5ffd5b8260051b80836020870137939093016020019392505050565b61143781856113ba565b60a060808201525f61144d60a0830184866113fd565b95945050505050565b5f60208284031215611466575f5ffd5b815180151581146110c4575f5ffd5b5f60208284031215611485575f5ffd5b6110c482611100565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156114ca576114ca61148e565b604052919050565b5f6001600160401b038311156114ea576114ea61148e565b8260051b6114fa602082016114a2565b84815290830190602081019036831115611512575f5ffd5b845b838110156115aa5780356001600160401b03811115611531575f5ffd5b860136601f820112611541575f5ffd5b80356001600160401b0381111561155a5761155a61148e565b61156d601f8201601f19166020016114a2565b818152366020838501011115611581575f5ffd5b816020840160208301375f60208383010152808652505050602083019250602081019050611514565b5095945050505050565b6115be81866113ba565b6001600160401b038416608082015260c060a08201525f6115e360c0830184866113fd565b9695505050505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610f6457610f646115ed565b634e487b7160e01b5f52603260045260245ffd5b81810381811115610f6457610f646115ed565b8082028115828204841417610f6457610f646115ed56fea2646970667358221220d02e5dc636e0babb79f1c639ecd3fc0e093624c44d16a60fa728f80265f8206064736f6c634300081b0033",
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

// VerifyLatestStorage is a free data retrieval call binding the contract method 0x400f9568.
//
// Solidity: function verifyLatestStorage((uint64,uint64,bytes32,bytes32) claim, bytes32[] claimProof, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value)
func (_PeerState *PeerStateCaller) VerifyLatestStorage(opts *bind.CallOpts, claim RollcallCodecClaim, claimProof [][32]byte, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	var out []interface{}
	err := _PeerState.contract.Call(opts, &out, "verifyLatestStorage", claim, claimProof, account, accountProof, slot, storageProof)

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

// VerifyLatestStorage is a free data retrieval call binding the contract method 0x400f9568.
//
// Solidity: function verifyLatestStorage((uint64,uint64,bytes32,bytes32) claim, bytes32[] claimProof, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value)
func (_PeerState *PeerStateSession) VerifyLatestStorage(claim RollcallCodecClaim, claimProof [][32]byte, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	return _PeerState.Contract.VerifyLatestStorage(&_PeerState.CallOpts, claim, claimProof, account, accountProof, slot, storageProof)
}

// VerifyLatestStorage is a free data retrieval call binding the contract method 0x400f9568.
//
// Solidity: function verifyLatestStorage((uint64,uint64,bytes32,bytes32) claim, bytes32[] claimProof, address account, bytes[] accountProof, bytes32 slot, bytes[] storageProof) view returns(bool exists, bytes32 value)
func (_PeerState *PeerStateCallerSession) VerifyLatestStorage(claim RollcallCodecClaim, claimProof [][32]byte, account common.Address, accountProof [][]byte, slot [32]byte, storageProof [][]byte) (struct {
	Exists bool
	Value  [32]byte
}, error) {
	return _PeerState.Contract.VerifyLatestStorage(&_PeerState.CallOpts, claim, claimProof, account, accountProof, slot, storageProof)
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
