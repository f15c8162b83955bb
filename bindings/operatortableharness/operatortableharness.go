// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package operatortableharness

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

// BN254G1Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G1Point struct {
	X *big.Int
	Y *big.Int
}

// OperatorTableHarnessLeaf is an auto generated low-level Go binding around an user-defined struct.
type OperatorTableHarnessLeaf struct {
	OperatorId [32]byte
	Pubkey     BN254G1Point
	Stakes     []*big.Int
}

// OperatorTableQuorum is an auto generated low-level Go binding around an user-defined struct.
type OperatorTableQuorum struct {
	QuorumNumber  uint8
	Apk           BN254G1Point
	TotalStake    *big.Int
	OperatorCount uint32
}

// OperatorTableTable is an auto generated low-level Go binding around an user-defined struct.
type OperatorTableTable struct {
	ReferenceBlock uint32
	L1Timestamp    uint64
	OperatorCount  uint32
	OperatorsRoot  [32]byte
	Quorums        []OperatorTableQuorum
}

// OperatorTableHarnessMetaData contains all meta data concerning the OperatorTableHarness contract.
var OperatorTableHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorumKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorumOperatorCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoQuorums\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"QuorumsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyQuorums\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes\",\"type\":\"uint96[]\"}],\"internalType\":\"structOperatorTableHarness.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"limits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"maxQuorums\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxOperators\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxMultiProofLength\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes\",\"type\":\"uint96[]\"}],\"internalType\":\"structOperatorTableHarness.Leaf[]\",\"name\":\"leaves\",\"type\":\"tuple[]\"}],\"name\":\"merkleRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"a\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"b\",\"type\":\"bytes32\"}],\"name\":\"nodeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"name\":\"quorumsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"l1Registry\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"table\",\"type\":\"tuple\"}],\"name\":\"tableDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"tableTypehash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"table\",\"type\":\"tuple\"}],\"name\":\"validate\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"pos\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"hashes\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMultiProof\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506114548061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063708c47b611610063578063708c47b61461013b578063860aefcf1461015e578063cf1fff8314610180578063d4e75a7d14610193578063dd23abe5146101a6575f5ffd5b8063178dd9481461009f5780633b73ef23146100cc57806341d882e6146100e15780635434b1611461010257806365cff47014610128575b5f5ffd5b6100b26100ad366004610d01565b6101b9565b604080519283526020830191909152015b60405180910390f35b6100df6100da366004610d2e565b6101d8565b005b6100f46100ef366004610d5f565b6101ec565b6040519081526020016100c3565b7fdf5d8aa4d0ba23b52b7bd27972b4d8c47e548411d5b621e46b1a14238b07fca36100f4565b6100f4610136366004610dbe565b610208565b61014e610149366004610f61565b61021c565b60405190151581526020016100c3565b60408051601081526110006020820152612000918101919091526060016100c3565b6100f461018e36600461105c565b610238565b6100f46101a1366004611099565b61025a565b6100f46101b4366004611108565b6102b5565b5f5f5f6101c584610445565b8051602090910151909590945092505050565b6101e96101e4826111f7565b610520565b50565b5f61020084846101fb856111f7565b610725565b949350505050565b5f61021383836107dc565b90505b92915050565b5f61022b878787878787610805565b90505b9695505050505050565b5f61021682356020840135604085013561025560608701876112e5565b61096a565b5f6102138383808060200260200160405190810160405280939291908181526020015f905b828210156102ab5761029c60a0830286013681900381019061132a565b8152602001906001019061027f565b50505050506109cc565b5f8181816001600160401b038111156102d0576102d0610dde565b6040519080825280602002602001820160405280156102f9578160200160208202803683370190505b5090505f826001600160401b0381111561031557610315610dde565b60405190808252806020026020018201604052801561033e578160200160208202803683370190505b5090505f5b83811015610439578083828151811061035e5761035e611344565b60200260200101818152505061041487878381811061037f5761037f611344565b90506020028101906103919190611358565b358888848181106103a4576103a4611344565b90506020028101906103b69190611358565b602001358989858181106103cc576103cc611344565b90506020028101906103de9190611358565b604001358a8a868181106103f4576103f4611344565b90506020028101906104069190611358565b6102559060608101906112e5565b82828151811061042657610426611344565b6020908102919091010152600101610343565b5061022e828285610aaf565b604080518082019091525f80825260208201525f6104705f5160206113ff5f395f51905f5284611376565b90505b5f5f5160206113ff5f395f51905f5260035f5160206113ff5f395f51905f52845f5160206113ff5f395f51905f52868709090890505f6104d3827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f52610bff565b9050815f5160206113ff5f395f51905f5282830903610505576040805180820190915292835260208301525092915050565b5f5160206113ff5f395f51905f526001840892505050610473565b6080810151515f8190036105465760405162ab765760e21b815260040160405180910390fd5b806010811115610578576040516001621ea40b60e21b0319815260040161056f91815260200190565b60405180910390fd5b50604082015163ffffffff165f8190036105a55760405163ddf9d24560e01b815260040160405180910390fd5b806110008111156105cc57604051634cc72ba160e11b815260040161056f91815260200190565b505f5b8281101561071f575f846080015182815181106105ee576105ee611344565b60200260200101519050815f1480610638575060808501516106116001846113a9565b8151811061062157610621611344565b60200260200101515f015160ff16815f015160ff16115b829061065a57604051630a46afd960e21b815260040161056f91815260200190565b5082816060015163ffffffff161115829061068b57604051630f178dc560e11b815260040161056f91815260200190565b506020810151511580156106a457506020808201510151155b156106dd576060810151829063ffffffff16156106d75760405163123f603760e11b815260040161056f91815260200190565b50610716565b60208082015180519101516106f29190610c6e565b82906107145760405163123f603760e11b815260040161056f91815260200190565b505b506001016105cf565b50505050565b5f7fdf5d8aa4d0ba23b52b7bd27972b4d8c47e548411d5b621e46b1a14238b07fca38484845f015185602001518660400151876060015161076989608001516109cc565b6040805160208101999099528801969096526001600160a01b03909416606087015263ffffffff92831660808701526001600160401b0390911660a08601521660c084015260e0830152610100820152610120016040516020818303038152906040528051906020012090509392505050565b5f818311156107e9579091905b6040516003815360018101939093525060218201526041902090565b83515f90801580610817575084518114155b15610825575f91505061022e565b5f61091b565b5f82821115610838579091905b6040516003815360018101929092525060218101919091526041902090565b5f87815b8581101561090d576001810160051b8401516001820160051b860151886001831810156108ef57600182186002840160051b8701511488600185011016600181146108d1578b85036108b4575f1994505050505061090f565b6108c48560051b8c01358361082b565b91506001850194506108ed565b6108e46002850160051b8901518361082b565b91506001840193505b505b600191821c948201600581901b87810196909652948701520161085b565b505b97509795505050505050565b5f885b600181111561094f5761093682878984888d8f610857565b925093505f1982031561094f576001908101901c61091e565b506020870151908514908a1416925050509695505050505050565b6040515f9082906002815387600182015286602182015285604182015260618101855f5b848110156109b35760208102828101356001600160601b03169084015260010161098e565b5050506020820260610181209250505095945050505050565b80515f90816109dc8260a06113bc565b6001600160401b038111156109f3576109f3610dde565b6040519080825280601f01601f191660200182016040528015610a1d576020820181803683370190505b5090505f5b82811015610a9f575f858281518110610a3d57610a3d611344565b60209081029190910181015180518183015180519084015160408085015160609586015160ff90951660a08a81028c019889019190915291870193909352938501526001600160601b0316608084015263ffffffff1691015250600101610a22565b5080516020909101209392505050565b82515f90825b6001811115610bda575f805b83811015610bc2575f878281518110610adc57610adc611344565b6020026020010151905083898381518110610af957610af9611344565b60200260200101516001181015610b4757610b378189610b1a8560016113d3565b81518110610b2a57610b2a611344565b60200260200101516107dc565b905081610b43816113e6565b9250505b6001898381518110610b5b57610b5b611344565b6020026020010151901c898481518110610b7757610b77611344565b60200260200101818152505080888481518110610b9657610b96611344565b602090810291909101015282610bab816113e6565b935050508080610bba906113e6565b915050610ac1565b5091506001610bd182826113d3565b901c9050610ab5565b50835f81518110610bed57610bed611344565b60200260200101519150509392505050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113ff5f395f51905f5260a082015260208160c08360055afa905192509050600581610c665760405162a4859360e01b815260040161056f91815260200190565b505092915050565b5f5f5160206113ff5f395f51905f5283101580610c9857505f5160206113ff5f395f51905f528210155b80610caa575082158015610caa575081155b15610cb657505f610216565b5f5160206113ff5f395f51905f5260035f5160206113ff5f395f51905f52855f5160206113ff5f395f51905f5287880909085f5160206113ff5f395f51905f52838409149392505050565b5f60208284031215610d11575f5ffd5b5035919050565b5f60a08284031215610d28575f5ffd5b50919050565b5f60208284031215610d3e575f5ffd5b81356001600160401b03811115610d53575f5ffd5b61020084828501610d18565b5f5f5f60608486031215610d71575f5ffd5b8335925060208401356001600160a01b0381168114610d8e575f5ffd5b915060408401356001600160401b03811115610da8575f5ffd5b610db486828701610d18565b9150509250925092565b5f5f60408385031215610dcf575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610e1457610e14610dde565b60405290565b604080519081016001600160401b0381118282101715610e1457610e14610dde565b60405160a081016001600160401b0381118282101715610e1457610e14610dde565b604051601f8201601f191681016001600160401b0381118282101715610e8657610e86610dde565b604052919050565b5f6001600160401b03821115610ea657610ea6610dde565b5060051b60200190565b5f82601f830112610ebf575f5ffd5b8135610ed2610ecd82610e8e565b610e5e565b8082825260208201915060208360051b860101925085831115610ef3575f5ffd5b602085015b83811015610f10578035835260209283019201610ef8565b5095945050505050565b5f5f83601f840112610f2a575f5ffd5b5081356001600160401b03811115610f40575f5ffd5b6020830191508360208260051b8501011115610f5a575f5ffd5b9250929050565b5f5f5f5f5f5f60a08789031215610f76575f5ffd5b863595506020870135945060408701356001600160401b03811115610f99575f5ffd5b8701601f81018913610fa9575f5ffd5b8035610fb7610ecd82610e8e565b8082825260208201915060208360051b85010192508b831115610fd8575f5ffd5b6020840193505b82841015610ffa578335825260209384019390910190610fdf565b965050505060608701356001600160401b03811115611017575f5ffd5b61102389828a01610eb0565b93505060808701356001600160401b0381111561103e575f5ffd5b61104a89828a01610f1a565b979a9699509497509295939492505050565b5f6020828403121561106c575f5ffd5b81356001600160401b03811115611081575f5ffd5b820160808185031215611092575f5ffd5b9392505050565b5f5f602083850312156110aa575f5ffd5b82356001600160401b038111156110bf575f5ffd5b8301601f810185136110cf575f5ffd5b80356001600160401b038111156110e4575f5ffd5b85602060a0830284010111156110f8575f5ffd5b6020919091019590945092505050565b5f5f60208385031215611119575f5ffd5b82356001600160401b0381111561112e575f5ffd5b61113a85828601610f1a565b90969095509350505050565b803563ffffffff81168114611159575f5ffd5b919050565b80356001600160601b0381168114611159575f5ffd5b5f81830360a0811215611185575f5ffd5b61118d610df2565b9150823560ff8116811461119f575f5ffd5b82526040601f19820112156111b2575f5ffd5b506111bb610e1a565b60208381013582526040840135828201528201526111db6060830161115e565b60408201526111ec60808301611146565b606082015292915050565b5f60a08236031215611207575f5ffd5b61120f610e3c565b61121883611146565b815260208301356001600160401b0381168114611233575f5ffd5b602082015261124460408401611146565b60408201526060838101359082015260808301356001600160401b0381111561126b575f5ffd5b830136601f82011261127b575f5ffd5b8035611289610ecd82610e8e565b80828252602082019150602060a084028501019250368311156112aa575f5ffd5b6020840193505b828410156112d6576112c33685611174565b825260208201915060a0840193506112b1565b60808501525091949350505050565b5f5f8335601e198436030181126112fa575f5ffd5b8301803591506001600160401b03821115611313575f5ffd5b6020019150600581901b3603821315610f5a575f5ffd5b5f60a0828403121561133a575f5ffd5b6102138383611174565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e1983360301811261136c575f5ffd5b9190910192915050565b5f8261139057634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561021657610216611395565b808202811582820484141761021657610216611395565b8082018082111561021657610216611395565b5f600182016113f7576113f7611395565b506001019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a26469706673582212201f80183157544d15c7a70fe935a4379d12ba6a6ab43aa2e3fcc335cebf2d9b3e64736f6c634300081b0033",
}

// OperatorTableHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use OperatorTableHarnessMetaData.ABI instead.
var OperatorTableHarnessABI = OperatorTableHarnessMetaData.ABI

// OperatorTableHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use OperatorTableHarnessMetaData.Bin instead.
var OperatorTableHarnessBin = OperatorTableHarnessMetaData.Bin

// DeployOperatorTableHarness deploys a new Ethereum contract, binding an instance of OperatorTableHarness to it.
func DeployOperatorTableHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *OperatorTableHarness, error) {
	parsed, err := OperatorTableHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(OperatorTableHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &OperatorTableHarness{OperatorTableHarnessCaller: OperatorTableHarnessCaller{contract: contract}, OperatorTableHarnessTransactor: OperatorTableHarnessTransactor{contract: contract}, OperatorTableHarnessFilterer: OperatorTableHarnessFilterer{contract: contract}}, nil
}

// OperatorTableHarness is an auto generated Go binding around an Ethereum contract.
type OperatorTableHarness struct {
	OperatorTableHarnessCaller     // Read-only binding to the contract
	OperatorTableHarnessTransactor // Write-only binding to the contract
	OperatorTableHarnessFilterer   // Log filterer for contract events
}

// OperatorTableHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type OperatorTableHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorTableHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type OperatorTableHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorTableHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type OperatorTableHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// OperatorTableHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type OperatorTableHarnessSession struct {
	Contract     *OperatorTableHarness // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// OperatorTableHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type OperatorTableHarnessCallerSession struct {
	Contract *OperatorTableHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// OperatorTableHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type OperatorTableHarnessTransactorSession struct {
	Contract     *OperatorTableHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// OperatorTableHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type OperatorTableHarnessRaw struct {
	Contract *OperatorTableHarness // Generic contract binding to access the raw methods on
}

// OperatorTableHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type OperatorTableHarnessCallerRaw struct {
	Contract *OperatorTableHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// OperatorTableHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type OperatorTableHarnessTransactorRaw struct {
	Contract *OperatorTableHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewOperatorTableHarness creates a new instance of OperatorTableHarness, bound to a specific deployed contract.
func NewOperatorTableHarness(address common.Address, backend bind.ContractBackend) (*OperatorTableHarness, error) {
	contract, err := bindOperatorTableHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &OperatorTableHarness{OperatorTableHarnessCaller: OperatorTableHarnessCaller{contract: contract}, OperatorTableHarnessTransactor: OperatorTableHarnessTransactor{contract: contract}, OperatorTableHarnessFilterer: OperatorTableHarnessFilterer{contract: contract}}, nil
}

// NewOperatorTableHarnessCaller creates a new read-only instance of OperatorTableHarness, bound to a specific deployed contract.
func NewOperatorTableHarnessCaller(address common.Address, caller bind.ContractCaller) (*OperatorTableHarnessCaller, error) {
	contract, err := bindOperatorTableHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorTableHarnessCaller{contract: contract}, nil
}

// NewOperatorTableHarnessTransactor creates a new write-only instance of OperatorTableHarness, bound to a specific deployed contract.
func NewOperatorTableHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*OperatorTableHarnessTransactor, error) {
	contract, err := bindOperatorTableHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &OperatorTableHarnessTransactor{contract: contract}, nil
}

// NewOperatorTableHarnessFilterer creates a new log filterer instance of OperatorTableHarness, bound to a specific deployed contract.
func NewOperatorTableHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*OperatorTableHarnessFilterer, error) {
	contract, err := bindOperatorTableHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &OperatorTableHarnessFilterer{contract: contract}, nil
}

// bindOperatorTableHarness binds a generic wrapper to an already deployed contract.
func bindOperatorTableHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := OperatorTableHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorTableHarness *OperatorTableHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorTableHarness.Contract.OperatorTableHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorTableHarness *OperatorTableHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorTableHarness.Contract.OperatorTableHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorTableHarness *OperatorTableHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorTableHarness.Contract.OperatorTableHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_OperatorTableHarness *OperatorTableHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _OperatorTableHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_OperatorTableHarness *OperatorTableHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _OperatorTableHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_OperatorTableHarness *OperatorTableHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _OperatorTableHarness.Contract.contract.Transact(opts, method, params...)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns(uint256 x, uint256 y)
func (_OperatorTableHarness *OperatorTableHarnessCaller) HashToG1(opts *bind.CallOpts, digest [32]byte) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "hashToG1", digest)

	outstruct := new(struct {
		X *big.Int
		Y *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.X = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Y = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns(uint256 x, uint256 y)
func (_OperatorTableHarness *OperatorTableHarnessSession) HashToG1(digest [32]byte) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	return _OperatorTableHarness.Contract.HashToG1(&_OperatorTableHarness.CallOpts, digest)
}

// HashToG1 is a free data retrieval call binding the contract method 0x178dd948.
//
// Solidity: function hashToG1(bytes32 digest) view returns(uint256 x, uint256 y)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) HashToG1(digest [32]byte) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	return _OperatorTableHarness.Contract.HashToG1(&_OperatorTableHarness.CallOpts, digest)
}

// LeafHash is a free data retrieval call binding the contract method 0xcf1fff83.
//
// Solidity: function leafHash((bytes32,(uint256,uint256),uint96[]) leaf) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCaller) LeafHash(opts *bind.CallOpts, leaf OperatorTableHarnessLeaf) ([32]byte, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "leafHash", leaf)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafHash is a free data retrieval call binding the contract method 0xcf1fff83.
//
// Solidity: function leafHash((bytes32,(uint256,uint256),uint96[]) leaf) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessSession) LeafHash(leaf OperatorTableHarnessLeaf) ([32]byte, error) {
	return _OperatorTableHarness.Contract.LeafHash(&_OperatorTableHarness.CallOpts, leaf)
}

// LeafHash is a free data retrieval call binding the contract method 0xcf1fff83.
//
// Solidity: function leafHash((bytes32,(uint256,uint256),uint96[]) leaf) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) LeafHash(leaf OperatorTableHarnessLeaf) ([32]byte, error) {
	return _OperatorTableHarness.Contract.LeafHash(&_OperatorTableHarness.CallOpts, leaf)
}

// Limits is a free data retrieval call binding the contract method 0x860aefcf.
//
// Solidity: function limits() pure returns(uint256 maxQuorums, uint256 maxOperators, uint256 maxMultiProofLength)
func (_OperatorTableHarness *OperatorTableHarnessCaller) Limits(opts *bind.CallOpts) (struct {
	MaxQuorums          *big.Int
	MaxOperators        *big.Int
	MaxMultiProofLength *big.Int
}, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "limits")

	outstruct := new(struct {
		MaxQuorums          *big.Int
		MaxOperators        *big.Int
		MaxMultiProofLength *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.MaxQuorums = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.MaxOperators = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.MaxMultiProofLength = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Limits is a free data retrieval call binding the contract method 0x860aefcf.
//
// Solidity: function limits() pure returns(uint256 maxQuorums, uint256 maxOperators, uint256 maxMultiProofLength)
func (_OperatorTableHarness *OperatorTableHarnessSession) Limits() (struct {
	MaxQuorums          *big.Int
	MaxOperators        *big.Int
	MaxMultiProofLength *big.Int
}, error) {
	return _OperatorTableHarness.Contract.Limits(&_OperatorTableHarness.CallOpts)
}

// Limits is a free data retrieval call binding the contract method 0x860aefcf.
//
// Solidity: function limits() pure returns(uint256 maxQuorums, uint256 maxOperators, uint256 maxMultiProofLength)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) Limits() (struct {
	MaxQuorums          *big.Int
	MaxOperators        *big.Int
	MaxMultiProofLength *big.Int
}, error) {
	return _OperatorTableHarness.Contract.Limits(&_OperatorTableHarness.CallOpts)
}

// MerkleRoot is a free data retrieval call binding the contract method 0xdd23abe5.
//
// Solidity: function merkleRoot((bytes32,(uint256,uint256),uint96[])[] leaves) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCaller) MerkleRoot(opts *bind.CallOpts, leaves []OperatorTableHarnessLeaf) ([32]byte, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "merkleRoot", leaves)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MerkleRoot is a free data retrieval call binding the contract method 0xdd23abe5.
//
// Solidity: function merkleRoot((bytes32,(uint256,uint256),uint96[])[] leaves) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessSession) MerkleRoot(leaves []OperatorTableHarnessLeaf) ([32]byte, error) {
	return _OperatorTableHarness.Contract.MerkleRoot(&_OperatorTableHarness.CallOpts, leaves)
}

// MerkleRoot is a free data retrieval call binding the contract method 0xdd23abe5.
//
// Solidity: function merkleRoot((bytes32,(uint256,uint256),uint96[])[] leaves) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) MerkleRoot(leaves []OperatorTableHarnessLeaf) ([32]byte, error) {
	return _OperatorTableHarness.Contract.MerkleRoot(&_OperatorTableHarness.CallOpts, leaves)
}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 a, bytes32 b) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCaller) NodeHash(opts *bind.CallOpts, a [32]byte, b [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "nodeHash", a, b)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 a, bytes32 b) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessSession) NodeHash(a [32]byte, b [32]byte) ([32]byte, error) {
	return _OperatorTableHarness.Contract.NodeHash(&_OperatorTableHarness.CallOpts, a, b)
}

// NodeHash is a free data retrieval call binding the contract method 0x65cff470.
//
// Solidity: function nodeHash(bytes32 a, bytes32 b) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) NodeHash(a [32]byte, b [32]byte) ([32]byte, error) {
	return _OperatorTableHarness.Contract.NodeHash(&_OperatorTableHarness.CallOpts, a, b)
}

// QuorumsHash is a free data retrieval call binding the contract method 0xd4e75a7d.
//
// Solidity: function quorumsHash((uint8,(uint256,uint256),uint96,uint32)[] quorums) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCaller) QuorumsHash(opts *bind.CallOpts, quorums []OperatorTableQuorum) ([32]byte, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "quorumsHash", quorums)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// QuorumsHash is a free data retrieval call binding the contract method 0xd4e75a7d.
//
// Solidity: function quorumsHash((uint8,(uint256,uint256),uint96,uint32)[] quorums) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessSession) QuorumsHash(quorums []OperatorTableQuorum) ([32]byte, error) {
	return _OperatorTableHarness.Contract.QuorumsHash(&_OperatorTableHarness.CallOpts, quorums)
}

// QuorumsHash is a free data retrieval call binding the contract method 0xd4e75a7d.
//
// Solidity: function quorumsHash((uint8,(uint256,uint256),uint96,uint32)[] quorums) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) QuorumsHash(quorums []OperatorTableQuorum) ([32]byte, error) {
	return _OperatorTableHarness.Contract.QuorumsHash(&_OperatorTableHarness.CallOpts, quorums)
}

// TableDigest is a free data retrieval call binding the contract method 0x41d882e6.
//
// Solidity: function tableDigest(uint256 l1ChainId, address l1Registry, (uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCaller) TableDigest(opts *bind.CallOpts, l1ChainId *big.Int, l1Registry common.Address, table OperatorTableTable) ([32]byte, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "tableDigest", l1ChainId, l1Registry, table)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TableDigest is a free data retrieval call binding the contract method 0x41d882e6.
//
// Solidity: function tableDigest(uint256 l1ChainId, address l1Registry, (uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessSession) TableDigest(l1ChainId *big.Int, l1Registry common.Address, table OperatorTableTable) ([32]byte, error) {
	return _OperatorTableHarness.Contract.TableDigest(&_OperatorTableHarness.CallOpts, l1ChainId, l1Registry, table)
}

// TableDigest is a free data retrieval call binding the contract method 0x41d882e6.
//
// Solidity: function tableDigest(uint256 l1ChainId, address l1Registry, (uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) TableDigest(l1ChainId *big.Int, l1Registry common.Address, table OperatorTableTable) ([32]byte, error) {
	return _OperatorTableHarness.Contract.TableDigest(&_OperatorTableHarness.CallOpts, l1ChainId, l1Registry, table)
}

// TableTypehash is a free data retrieval call binding the contract method 0x5434b161.
//
// Solidity: function tableTypehash() pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCaller) TableTypehash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "tableTypehash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TableTypehash is a free data retrieval call binding the contract method 0x5434b161.
//
// Solidity: function tableTypehash() pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessSession) TableTypehash() ([32]byte, error) {
	return _OperatorTableHarness.Contract.TableTypehash(&_OperatorTableHarness.CallOpts)
}

// TableTypehash is a free data retrieval call binding the contract method 0x5434b161.
//
// Solidity: function tableTypehash() pure returns(bytes32)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) TableTypehash() ([32]byte, error) {
	return _OperatorTableHarness.Contract.TableTypehash(&_OperatorTableHarness.CallOpts)
}

// Validate is a free data retrieval call binding the contract method 0x3b73ef23.
//
// Solidity: function validate((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) pure returns()
func (_OperatorTableHarness *OperatorTableHarnessCaller) Validate(opts *bind.CallOpts, table OperatorTableTable) error {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "validate", table)

	if err != nil {
		return err
	}

	return err

}

// Validate is a free data retrieval call binding the contract method 0x3b73ef23.
//
// Solidity: function validate((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) pure returns()
func (_OperatorTableHarness *OperatorTableHarnessSession) Validate(table OperatorTableTable) error {
	return _OperatorTableHarness.Contract.Validate(&_OperatorTableHarness.CallOpts, table)
}

// Validate is a free data retrieval call binding the contract method 0x3b73ef23.
//
// Solidity: function validate((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) pure returns()
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) Validate(table OperatorTableTable) error {
	return _OperatorTableHarness.Contract.Validate(&_OperatorTableHarness.CallOpts, table)
}

// VerifyMultiProof is a free data retrieval call binding the contract method 0x708c47b6.
//
// Solidity: function verifyMultiProof(bytes32 root, uint256 n, uint256[] pos, bytes32[] hashes, bytes32[] proof) pure returns(bool)
func (_OperatorTableHarness *OperatorTableHarnessCaller) VerifyMultiProof(opts *bind.CallOpts, root [32]byte, n *big.Int, pos []*big.Int, hashes [][32]byte, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _OperatorTableHarness.contract.Call(opts, &out, "verifyMultiProof", root, n, pos, hashes, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyMultiProof is a free data retrieval call binding the contract method 0x708c47b6.
//
// Solidity: function verifyMultiProof(bytes32 root, uint256 n, uint256[] pos, bytes32[] hashes, bytes32[] proof) pure returns(bool)
func (_OperatorTableHarness *OperatorTableHarnessSession) VerifyMultiProof(root [32]byte, n *big.Int, pos []*big.Int, hashes [][32]byte, proof [][32]byte) (bool, error) {
	return _OperatorTableHarness.Contract.VerifyMultiProof(&_OperatorTableHarness.CallOpts, root, n, pos, hashes, proof)
}

// VerifyMultiProof is a free data retrieval call binding the contract method 0x708c47b6.
//
// Solidity: function verifyMultiProof(bytes32 root, uint256 n, uint256[] pos, bytes32[] hashes, bytes32[] proof) pure returns(bool)
func (_OperatorTableHarness *OperatorTableHarnessCallerSession) VerifyMultiProof(root [32]byte, n *big.Int, pos []*big.Int, hashes [][32]byte, proof [][32]byte) (bool, error) {
	return _OperatorTableHarness.Contract.VerifyMultiProof(&_OperatorTableHarness.CallOpts, root, n, pos, hashes, proof)
}
