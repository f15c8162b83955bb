// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rollupregistry

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

// BN254G2Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// ICertificateVerifierCertificate is an auto generated low-level Go binding around an user-defined struct.
type ICertificateVerifierCertificate struct {
	Sigma      BN254G1Point
	ApkG2      BN254G2Point
	NonSigners []ICertificateVerifierNonSigner
	Proof      [][32]byte
}

// ICertificateVerifierNonSigner is an auto generated low-level Go binding around an user-defined struct.
type ICertificateVerifierNonSigner struct {
	Index  uint32
	Pubkey BN254G1Point
	Stakes []*big.Int
}

// RollcallCodecClaim is an auto generated low-level Go binding around an user-defined struct.
type RollcallCodecClaim struct {
	ChainId     uint64
	BlockNumber uint64
	BlockHash   [32]byte
	StateRoot   [32]byte
}

// RollupRegistryMetaData contains all meta data concerning the RollupRegistry contract.
var RollupRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractICertificateVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChainIdsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lanesBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claims\",\"type\":\"uint256\"}],\"name\":\"LanesLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaims\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RoundZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyClaims\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyRollups\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"WrongLane\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"claims\",\"type\":\"bytes\"}],\"name\":\"CheckpointAttested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_LANES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NEW_LANE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"lanes\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes\",\"type\":\"uint96[]\"}],\"internalType\":\"structICertificateVerifier.NonSigner[]\",\"name\":\"nonSigners\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structICertificateVerifier.Certificate\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"claimsRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1Registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"laneCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"chainIds\",\"type\":\"uint64[]\"}],\"name\":\"lanesOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"lanes\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"latestRoundOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractICertificateVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyClaim\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyLatestClaim\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b506040516118e33803806118e383398101604081905261002e91610154565b5f816001600160a01b03163b11610058576040516379e2e00360e01b815260040160405180910390fd5b6001600160a01b0381166080819052604080516312622e5b60e01b815290516312622e5b916004808201926020929091908290030181865afa1580156100a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100c49190610176565b60a08181525050806001600160a01b03166324f20f756040518163ffffffff1660e01b8152600401602060405180830381865afa158015610107573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061012b9190610154565b6001600160a01b031660c0525061018d565b6001600160a01b0381168114610151575f5ffd5b50565b5f60208284031215610164575f5ffd5b815161016f8161013d565b9392505050565b5f60208284031215610186575f5ffd5b5051919050565b60805160a05160c0516117186101cb5f395f818161014b01526103d601525f818160ee01526103a901525f81816101930152610acc01526117185ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80635a490d04116100885780639893c079116100635780639893c0791461025b578063bcf0bcc31461026e578063e51b61c114610281578063ef08085314610296575f5ffd5b80635a490d041461020a578063668a0f02146102265780637148118e14610248575f5ffd5b806328bbe5cd116100c357806328bbe5cd146101855780632b7ac3f31461018e5780634a55afd1146101b557806359144044146101e2575f5ffd5b806312622e5b146100e95780631ba9884c1461012357806324f20f7514610146575b5f5ffd5b6101107f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b610136610131366004611237565b6102b6565b604051901515815260200161011a565b61016d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161011a565b61011061ffff81565b61016d7f000000000000000000000000000000000000000000000000000000000000000081565b6004546101cd90640100000000900463ffffffff1681565b60405163ffffffff909116815260200161011a565b6101106101f0366004611294565b6001600160401b03165f9081526020819052604090205490565b61021361ffff81565b60405161ffff909116815260200161011a565b60045463ffffffff165b6040516001600160401b03909116815260200161011a565b6101366102563660046112ad565b610335565b61011061026936600461130f565b610379565b61023061027c366004611294565b61043d565b61029461028f366004611397565b6104b3565b005b6102a96102a436600461147e565b6104d8565b60405161011a91906114ea565b6001600160401b0383165f908152602081905260408120548082036102de575f91505061032d565b610329816102f136899003890189611510565b8686808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061063292505050565b9150505b949350505050565b5f8061034761027c6020870187611294565b9050806001600160401b03165f03610362575f915050610372565b61036e858286866102b6565b9150505b9392505050565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe86020808301919091527f0000000000000000000000000000000000000000000000000000000000000000828401526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660608301526001600160401b0395909516608082015263ffffffff9390931660a084015260c0808401929092528051808403909201825260e0909201909152805191012090565b6001600160401b0381165f9081526003602052604081205480820361046457505f92915050565b61046f6001826115a0565b905061047c6008826115cd565b6104879060206115e0565b60015f6104956008856115f7565b81526020019081526020015f2054901c63ffffffff16915050919050565b806104ce8888888888886104c93689815f61160a565b6106e3565b5050505050505050565b60606104e58260026115e0565b6001600160401b038111156104fc576104fc6114fc565b6040519080825280601f01601f191660200182016040528015610526576020820181803683370190505b5090505f5b8281101561062b575f60035f86868581811061054957610549611631565b905060200201602081019061055e9190611294565b6001600160401b03166001600160401b031681526020019081526020015f205490505f815f14610598576105936001836115a0565b61059c565b61ffff5b90506001600160f81b031960f082901b16846105b98560026115e0565b815181106105c9576105c9611631565b60200101906001600160f81b03191690815f1a90535060f881901b846105f08560026115e0565b6105fb906001611645565b8151811061060b5761060b611631565b60200101906001600160f81b03191690815f1a905350505060010161052b565b5092915050565b5f60088251111561064457505f610372565b8251602080850151604080870151606088015182515f8187018190526001600160401b03978816602183015296909416604185015260618401919091526081808401919091528151808403909101815260a190920190528051910120905b83518110156106d8576106ce828583815181106106c1576106c1611631565b60200260200101516108bc565b91506001016106a2565b509093149392505050565b876001600160401b03165f0361070b5760405162b7c0dd60e51b815260040160405180910390fd5b8763ffffffff6001600160401b038216111561074b57604051633c90ac5560e11b81526001600160401b0390911660048201526024015b60405180910390fd5b506001600160401b0388165f90815260208190526040902054889015610790576040516312f53c1960e21b81526001600160401b039091166004820152602401610742565b5061079c8560026115e0565b8390869082146107c8576040516302b1f81d60e21b815260048101929092526024820152604401610742565b50505f5f6107d688886108e5565b915091505f6107f16107e98c8c86610379565b8b8787610aa3565b6001600160401b038c165f90815260208190526040902084905590506108178787610b51565b1561082e576108298b8a8a8a8a610b7c565b61083b565b61083b8b8a8a8a8a610d44565b60045463ffffffff166001600160401b038c16111561086a576004805463ffffffff191663ffffffff8d161790555b8a6001600160401b03167f99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc3038b83856040516108a793929190611658565b60405180910390a25050505050505050505050565b5f818311156108c9579091905b6040516001815360018101939093525060218201526041902090565b5f6060828083036109095760405163e120557360e01b815260040160405180910390fd5b8061010081111561093057604051633fd3f82f60e01b815260040161074291815260200190565b505f816001600160401b0381111561094a5761094a6114fc565b604051908082528060200260200182016040528015610973578160200160208202803683370190505b5090506109816050836115e0565b6001600160401b03811115610998576109986114fc565b6040519080825280601f01601f1916602001820160405280156109c2576020820181803683370190505b5092505f6040515f5f5b85811015610a5d578060071b8a01803560208201358060401c8260401c17156109f3575f5ffd5b848211155f85111687151615610a0a576001840196505b8194505f86536080836001880137608186208460051b60208a0101526050840260208b01018160801b8360c01b1781526040840135601082015260608401356030820152505050506001810190506109cc565b505050805f14610a8e57610a726001826115a0565b604051633751002b60e11b815260040161074291815260200190565b610a9782610f2e565b94505050509250929050565b6040516334af3aa160e11b80825260048201869052602482018590526060604483018190525f927f000000000000000000000000000000000000000000000000000000000000000092918491868860648301375f5f8860640183885afa3d8252925090503d5f602083013e3d601f01601f1916810160200160405281610b2b57805160208201fd5b8686604051610b3b929190611685565b6040518091039020945050505050949350505050565b60015f5b8281101561062b5761ffff8185013560f01c03610b74575f915061062b565b600201610b55565b600454604080515f19808252602082018190525f92820183905264010000000090930463ffffffff1692918080805b89811015610c90578060011b89013560f01c878110610bcd5781965050610c90565b85518160021c14610bf1578060021c86528060021c5f52600260205260405f205494505b8160071b8c0135806001600160401b03876003851660061b1c1614610c1a578297505050610c90565b5060208601518160031c14610c5d5760408601518414610c38578383555b8060031c60208701528060031c5f52600160205260405f209250825493508360408701525b6007811660051b90508c63ffffffff85831c161015610c87578c811b63ffffffff821b1985161793505b50600101610bab565b5060408401518214610ca0578181555b505050505f198114610d3b57858582818110610cbe57610cbe611631565b610cd49260206080909202019081019150611294565b8484610ce18460026115e0565b90610ced8560026115e0565b610cf8906002611645565b92610d059392919061160a565b610d0e91611694565b604051630336e7a360e31b81526001600160401b03909216600483015260f01c6024820152604401610742565b50505050505050565b6040805160c0810182525f198082525f60208301819052928201839052606082015260808101829052600454640100000000900463ffffffff1660a0820152905b84811015610eb6575f610dfc83888885818110610da457610da4611631565b610dba9260206080909202019081019150611294565b8787610dc78760026115e0565b90610dd38860026115e0565b610dde906002611645565b92610deb9392919061160a565b610df491611694565b60f01c610fed565b90505f610e0a6008836115f7565b84519091508114610e5c578360400151846020015114610e3c5760208085015185515f90815260019092526040909120555b5f8181526001602090815260409182902054908601819052908501528084525b5f610e686008846115cd565b610e739060206115e0565b90508963ffffffff16818660200151901c63ffffffff161015610eab5760208501805163ffffffff8c8116841b90841b199091161790525b505050600101610d85565b508060400151816020015114610ede5760208082015182515f90815260019092526040909120555b60045460a082015164010000000090910463ffffffff1614610f265760a08101516004805463ffffffff9092166401000000000267ffffffff00000000199092169190911790555b505050505050565b5f81515f03610f505760405163e120557360e01b815260040160405180910390fd5b5f825160208401604051600181535b6001831115610fe3578260011c5f5b81811015610faf57600681901b8401805160209091015180821115610f8f57905b600185810192909252602185015260418420600583901b86015201610f6e565b506001841660018114610fc457819450610fdc565b6001850360051b8401518260051b8501526001820194505b5050610f5f565b5051949350505050565b5f61ffff82146110a8575f6110036004846115f7565b90508460600151811461102b575f818152600260205260409020546080860152606085018190525b8460a001518310801561106b57506001600160401b03841661104e6004856115cd565b6110599060406115e0565b8660800151901c6001600160401b0316145b8484909161109d57604051630336e7a360e31b81526001600160401b0390921660048301526024820152604401610742565b505082915050610372565b506001600160401b0382165f9081526003602052604090205480156110d9576110d26001826115a0565b9050610372565b60a084015161ffff116110ff5760405163282104cd60e21b815260040160405180910390fd5b60a0840180519061110f826116ca565b9052905061111e816001611645565b6001600160401b0384165f908152600360205260408120919091556111446004836115f7565b90505f6111526004846115cd565b61115d9060406115e0565b856001600160401b0316901b86606001518314611187575f8381526002602052604090205461118d565b86608001515b5f848152600260205260409020911790819055606087015190915082036111b657608086018190525b50509392505050565b5f608082840312156111cf575f5ffd5b50919050565b80356001600160401b03811681146111eb575f5ffd5b919050565b5f5f83601f840112611200575f5ffd5b5081356001600160401b03811115611216575f5ffd5b6020830191508360208260051b8501011115611230575f5ffd5b9250929050565b5f5f5f5f60c0858703121561124a575f5ffd5b61125486866111bf565b9350611262608086016111d5565b925060a08501356001600160401b0381111561127c575f5ffd5b611288878288016111f0565b95989497509550505050565b5f602082840312156112a4575f5ffd5b610372826111d5565b5f5f5f60a084860312156112bf575f5ffd5b6112c985856111bf565b925060808401356001600160401b038111156112e3575f5ffd5b6112ef868287016111f0565b9497909650939450505050565b803563ffffffff811681146111eb575f5ffd5b5f5f5f60608486031215611321575f5ffd5b61132a846111d5565b9250611338602085016112fc565b929592945050506040919091013590565b5f5f83601f840112611359575f5ffd5b5081356001600160401b0381111561136f575f5ffd5b602083019150836020828501011115611230575f5ffd5b5f61010082840312156111cf575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156113ad575f5ffd5b6113b6886111d5565b96506113c4602089016112fc565b955060408801356001600160401b038111156113de575f5ffd5b8801601f81018a136113ee575f5ffd5b80356001600160401b03811115611403575f5ffd5b8a60208260071b8401011115611417575f5ffd5b6020919091019550935060608801356001600160401b03811115611439575f5ffd5b6114458a828b01611349565b90945092505060808801356001600160401b03811115611463575f5ffd5b61146f8a828b01611386565b91505092959891949750929550565b5f5f6020838503121561148f575f5ffd5b82356001600160401b038111156114a4575f5ffd5b6114b0858286016111f0565b90969095509350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61037260208301846114bc565b634e487b7160e01b5f52604160045260245ffd5b5f6080828403128015611521575f5ffd5b50604051608081016001600160401b038111828210171561155057634e487b7160e01b5f52604160045260245ffd5b60405261155c836111d5565b815261156a602084016111d5565b6020820152604083810135908201526060928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156115b3576115b361158c565b92915050565b634e487b7160e01b5f52601260045260245ffd5b5f826115db576115db6115b9565b500690565b80820281158282048414176115b3576115b361158c565b5f82611605576116056115b9565b500490565b5f5f85851115611618575f5ffd5b83861115611624575f5ffd5b5050820193919092039150565b634e487b7160e01b5f52603260045260245ffd5b808201808211156115b3576115b361158c565b63ffffffff84168152826020820152606060408201525f61167c60608301846114bc565b95945050505050565b818382375f9101908152919050565b80356001600160f01b0319811690600284101561062b576001600160f01b031960029490940360031b84901b1690921692915050565b5f600182016116db576116db61158c565b506001019056fea26469706673582212205a603e32704625db50307f3f1c3f19a57e5e7278d9830d4fa2b0243ed4a1d2a864736f6c634300081b0033",
}

// RollupRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use RollupRegistryMetaData.ABI instead.
var RollupRegistryABI = RollupRegistryMetaData.ABI

// RollupRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RollupRegistryMetaData.Bin instead.
var RollupRegistryBin = RollupRegistryMetaData.Bin

// DeployRollupRegistry deploys a new Ethereum contract, binding an instance of RollupRegistry to it.
func DeployRollupRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, verifier_ common.Address) (common.Address, *types.Transaction, *RollupRegistry, error) {
	parsed, err := RollupRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RollupRegistryBin), backend, verifier_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RollupRegistry{RollupRegistryCaller: RollupRegistryCaller{contract: contract}, RollupRegistryTransactor: RollupRegistryTransactor{contract: contract}, RollupRegistryFilterer: RollupRegistryFilterer{contract: contract}}, nil
}

// RollupRegistry is an auto generated Go binding around an Ethereum contract.
type RollupRegistry struct {
	RollupRegistryCaller     // Read-only binding to the contract
	RollupRegistryTransactor // Write-only binding to the contract
	RollupRegistryFilterer   // Log filterer for contract events
}

// RollupRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RollupRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollupRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RollupRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollupRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RollupRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollupRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RollupRegistrySession struct {
	Contract     *RollupRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RollupRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RollupRegistryCallerSession struct {
	Contract *RollupRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// RollupRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RollupRegistryTransactorSession struct {
	Contract     *RollupRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// RollupRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RollupRegistryRaw struct {
	Contract *RollupRegistry // Generic contract binding to access the raw methods on
}

// RollupRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RollupRegistryCallerRaw struct {
	Contract *RollupRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// RollupRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RollupRegistryTransactorRaw struct {
	Contract *RollupRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRollupRegistry creates a new instance of RollupRegistry, bound to a specific deployed contract.
func NewRollupRegistry(address common.Address, backend bind.ContractBackend) (*RollupRegistry, error) {
	contract, err := bindRollupRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RollupRegistry{RollupRegistryCaller: RollupRegistryCaller{contract: contract}, RollupRegistryTransactor: RollupRegistryTransactor{contract: contract}, RollupRegistryFilterer: RollupRegistryFilterer{contract: contract}}, nil
}

// NewRollupRegistryCaller creates a new read-only instance of RollupRegistry, bound to a specific deployed contract.
func NewRollupRegistryCaller(address common.Address, caller bind.ContractCaller) (*RollupRegistryCaller, error) {
	contract, err := bindRollupRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RollupRegistryCaller{contract: contract}, nil
}

// NewRollupRegistryTransactor creates a new write-only instance of RollupRegistry, bound to a specific deployed contract.
func NewRollupRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*RollupRegistryTransactor, error) {
	contract, err := bindRollupRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RollupRegistryTransactor{contract: contract}, nil
}

// NewRollupRegistryFilterer creates a new log filterer instance of RollupRegistry, bound to a specific deployed contract.
func NewRollupRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*RollupRegistryFilterer, error) {
	contract, err := bindRollupRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RollupRegistryFilterer{contract: contract}, nil
}

// bindRollupRegistry binds a generic wrapper to an already deployed contract.
func bindRollupRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RollupRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RollupRegistry *RollupRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RollupRegistry.Contract.RollupRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RollupRegistry *RollupRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollupRegistry.Contract.RollupRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RollupRegistry *RollupRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RollupRegistry.Contract.RollupRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RollupRegistry *RollupRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RollupRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RollupRegistry *RollupRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollupRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RollupRegistry *RollupRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RollupRegistry.Contract.contract.Transact(opts, method, params...)
}

// MAXLANES is a free data retrieval call binding the contract method 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (_RollupRegistry *RollupRegistryCaller) MAXLANES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "MAX_LANES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLANES is a free data retrieval call binding the contract method 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (_RollupRegistry *RollupRegistrySession) MAXLANES() (*big.Int, error) {
	return _RollupRegistry.Contract.MAXLANES(&_RollupRegistry.CallOpts)
}

// MAXLANES is a free data retrieval call binding the contract method 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (_RollupRegistry *RollupRegistryCallerSession) MAXLANES() (*big.Int, error) {
	return _RollupRegistry.Contract.MAXLANES(&_RollupRegistry.CallOpts)
}

// NEWLANE is a free data retrieval call binding the contract method 0x5a490d04.
//
// Solidity: function NEW_LANE() view returns(uint16)
func (_RollupRegistry *RollupRegistryCaller) NEWLANE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "NEW_LANE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// NEWLANE is a free data retrieval call binding the contract method 0x5a490d04.
//
// Solidity: function NEW_LANE() view returns(uint16)
func (_RollupRegistry *RollupRegistrySession) NEWLANE() (uint16, error) {
	return _RollupRegistry.Contract.NEWLANE(&_RollupRegistry.CallOpts)
}

// NEWLANE is a free data retrieval call binding the contract method 0x5a490d04.
//
// Solidity: function NEW_LANE() view returns(uint16)
func (_RollupRegistry *RollupRegistryCallerSession) NEWLANE() (uint16, error) {
	return _RollupRegistry.Contract.NEWLANE(&_RollupRegistry.CallOpts)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) view returns(bytes32)
func (_RollupRegistry *RollupRegistryCaller) CheckpointDigest(opts *bind.CallOpts, round uint64, referenceBlock uint32, root [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "checkpointDigest", round, referenceBlock, root)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) view returns(bytes32)
func (_RollupRegistry *RollupRegistrySession) CheckpointDigest(round uint64, referenceBlock uint32, root [32]byte) ([32]byte, error) {
	return _RollupRegistry.Contract.CheckpointDigest(&_RollupRegistry.CallOpts, round, referenceBlock, root)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) view returns(bytes32)
func (_RollupRegistry *RollupRegistryCallerSession) CheckpointDigest(round uint64, referenceBlock uint32, root [32]byte) ([32]byte, error) {
	return _RollupRegistry.Contract.CheckpointDigest(&_RollupRegistry.CallOpts, round, referenceBlock, root)
}

// ClaimsRoot is a free data retrieval call binding the contract method 0x59144044.
//
// Solidity: function claimsRoot(uint64 round) view returns(bytes32)
func (_RollupRegistry *RollupRegistryCaller) ClaimsRoot(opts *bind.CallOpts, round uint64) ([32]byte, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "claimsRoot", round)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ClaimsRoot is a free data retrieval call binding the contract method 0x59144044.
//
// Solidity: function claimsRoot(uint64 round) view returns(bytes32)
func (_RollupRegistry *RollupRegistrySession) ClaimsRoot(round uint64) ([32]byte, error) {
	return _RollupRegistry.Contract.ClaimsRoot(&_RollupRegistry.CallOpts, round)
}

// ClaimsRoot is a free data retrieval call binding the contract method 0x59144044.
//
// Solidity: function claimsRoot(uint64 round) view returns(bytes32)
func (_RollupRegistry *RollupRegistryCallerSession) ClaimsRoot(round uint64) ([32]byte, error) {
	return _RollupRegistry.Contract.ClaimsRoot(&_RollupRegistry.CallOpts, round)
}

// L1ChainId is a free data retrieval call binding the contract method 0x12622e5b.
//
// Solidity: function l1ChainId() view returns(uint256)
func (_RollupRegistry *RollupRegistryCaller) L1ChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "l1ChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// L1ChainId is a free data retrieval call binding the contract method 0x12622e5b.
//
// Solidity: function l1ChainId() view returns(uint256)
func (_RollupRegistry *RollupRegistrySession) L1ChainId() (*big.Int, error) {
	return _RollupRegistry.Contract.L1ChainId(&_RollupRegistry.CallOpts)
}

// L1ChainId is a free data retrieval call binding the contract method 0x12622e5b.
//
// Solidity: function l1ChainId() view returns(uint256)
func (_RollupRegistry *RollupRegistryCallerSession) L1ChainId() (*big.Int, error) {
	return _RollupRegistry.Contract.L1ChainId(&_RollupRegistry.CallOpts)
}

// L1Registry is a free data retrieval call binding the contract method 0x24f20f75.
//
// Solidity: function l1Registry() view returns(address)
func (_RollupRegistry *RollupRegistryCaller) L1Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "l1Registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// L1Registry is a free data retrieval call binding the contract method 0x24f20f75.
//
// Solidity: function l1Registry() view returns(address)
func (_RollupRegistry *RollupRegistrySession) L1Registry() (common.Address, error) {
	return _RollupRegistry.Contract.L1Registry(&_RollupRegistry.CallOpts)
}

// L1Registry is a free data retrieval call binding the contract method 0x24f20f75.
//
// Solidity: function l1Registry() view returns(address)
func (_RollupRegistry *RollupRegistryCallerSession) L1Registry() (common.Address, error) {
	return _RollupRegistry.Contract.L1Registry(&_RollupRegistry.CallOpts)
}

// LaneCount is a free data retrieval call binding the contract method 0x4a55afd1.
//
// Solidity: function laneCount() view returns(uint32)
func (_RollupRegistry *RollupRegistryCaller) LaneCount(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "laneCount")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// LaneCount is a free data retrieval call binding the contract method 0x4a55afd1.
//
// Solidity: function laneCount() view returns(uint32)
func (_RollupRegistry *RollupRegistrySession) LaneCount() (uint32, error) {
	return _RollupRegistry.Contract.LaneCount(&_RollupRegistry.CallOpts)
}

// LaneCount is a free data retrieval call binding the contract method 0x4a55afd1.
//
// Solidity: function laneCount() view returns(uint32)
func (_RollupRegistry *RollupRegistryCallerSession) LaneCount() (uint32, error) {
	return _RollupRegistry.Contract.LaneCount(&_RollupRegistry.CallOpts)
}

// LanesOf is a free data retrieval call binding the contract method 0xef080853.
//
// Solidity: function lanesOf(uint64[] chainIds) view returns(bytes lanes)
func (_RollupRegistry *RollupRegistryCaller) LanesOf(opts *bind.CallOpts, chainIds []uint64) ([]byte, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "lanesOf", chainIds)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LanesOf is a free data retrieval call binding the contract method 0xef080853.
//
// Solidity: function lanesOf(uint64[] chainIds) view returns(bytes lanes)
func (_RollupRegistry *RollupRegistrySession) LanesOf(chainIds []uint64) ([]byte, error) {
	return _RollupRegistry.Contract.LanesOf(&_RollupRegistry.CallOpts, chainIds)
}

// LanesOf is a free data retrieval call binding the contract method 0xef080853.
//
// Solidity: function lanesOf(uint64[] chainIds) view returns(bytes lanes)
func (_RollupRegistry *RollupRegistryCallerSession) LanesOf(chainIds []uint64) ([]byte, error) {
	return _RollupRegistry.Contract.LanesOf(&_RollupRegistry.CallOpts, chainIds)
}

// LatestRound is a free data retrieval call binding the contract method 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint64)
func (_RollupRegistry *RollupRegistryCaller) LatestRound(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "latestRound")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestRound is a free data retrieval call binding the contract method 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint64)
func (_RollupRegistry *RollupRegistrySession) LatestRound() (uint64, error) {
	return _RollupRegistry.Contract.LatestRound(&_RollupRegistry.CallOpts)
}

// LatestRound is a free data retrieval call binding the contract method 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint64)
func (_RollupRegistry *RollupRegistryCallerSession) LatestRound() (uint64, error) {
	return _RollupRegistry.Contract.LatestRound(&_RollupRegistry.CallOpts)
}

// LatestRoundOf is a free data retrieval call binding the contract method 0xbcf0bcc3.
//
// Solidity: function latestRoundOf(uint64 chainId) view returns(uint64)
func (_RollupRegistry *RollupRegistryCaller) LatestRoundOf(opts *bind.CallOpts, chainId uint64) (uint64, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "latestRoundOf", chainId)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestRoundOf is a free data retrieval call binding the contract method 0xbcf0bcc3.
//
// Solidity: function latestRoundOf(uint64 chainId) view returns(uint64)
func (_RollupRegistry *RollupRegistrySession) LatestRoundOf(chainId uint64) (uint64, error) {
	return _RollupRegistry.Contract.LatestRoundOf(&_RollupRegistry.CallOpts, chainId)
}

// LatestRoundOf is a free data retrieval call binding the contract method 0xbcf0bcc3.
//
// Solidity: function latestRoundOf(uint64 chainId) view returns(uint64)
func (_RollupRegistry *RollupRegistryCallerSession) LatestRoundOf(chainId uint64) (uint64, error) {
	return _RollupRegistry.Contract.LatestRoundOf(&_RollupRegistry.CallOpts, chainId)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_RollupRegistry *RollupRegistryCaller) Verifier(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "verifier")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_RollupRegistry *RollupRegistrySession) Verifier() (common.Address, error) {
	return _RollupRegistry.Contract.Verifier(&_RollupRegistry.CallOpts)
}

// Verifier is a free data retrieval call binding the contract method 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (_RollupRegistry *RollupRegistryCallerSession) Verifier() (common.Address, error) {
	return _RollupRegistry.Contract.Verifier(&_RollupRegistry.CallOpts)
}

// VerifyClaim is a free data retrieval call binding the contract method 0x1ba9884c.
//
// Solidity: function verifyClaim((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] proof) view returns(bool)
func (_RollupRegistry *RollupRegistryCaller) VerifyClaim(opts *bind.CallOpts, claim RollcallCodecClaim, round uint64, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "verifyClaim", claim, round, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyClaim is a free data retrieval call binding the contract method 0x1ba9884c.
//
// Solidity: function verifyClaim((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] proof) view returns(bool)
func (_RollupRegistry *RollupRegistrySession) VerifyClaim(claim RollcallCodecClaim, round uint64, proof [][32]byte) (bool, error) {
	return _RollupRegistry.Contract.VerifyClaim(&_RollupRegistry.CallOpts, claim, round, proof)
}

// VerifyClaim is a free data retrieval call binding the contract method 0x1ba9884c.
//
// Solidity: function verifyClaim((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] proof) view returns(bool)
func (_RollupRegistry *RollupRegistryCallerSession) VerifyClaim(claim RollcallCodecClaim, round uint64, proof [][32]byte) (bool, error) {
	return _RollupRegistry.Contract.VerifyClaim(&_RollupRegistry.CallOpts, claim, round, proof)
}

// VerifyLatestClaim is a free data retrieval call binding the contract method 0x7148118e.
//
// Solidity: function verifyLatestClaim((uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) view returns(bool)
func (_RollupRegistry *RollupRegistryCaller) VerifyLatestClaim(opts *bind.CallOpts, claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RollupRegistry.contract.Call(opts, &out, "verifyLatestClaim", claim, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyLatestClaim is a free data retrieval call binding the contract method 0x7148118e.
//
// Solidity: function verifyLatestClaim((uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) view returns(bool)
func (_RollupRegistry *RollupRegistrySession) VerifyLatestClaim(claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	return _RollupRegistry.Contract.VerifyLatestClaim(&_RollupRegistry.CallOpts, claim, proof)
}

// VerifyLatestClaim is a free data retrieval call binding the contract method 0x7148118e.
//
// Solidity: function verifyLatestClaim((uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) view returns(bool)
func (_RollupRegistry *RollupRegistryCallerSession) VerifyLatestClaim(claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	return _RollupRegistry.Contract.VerifyLatestClaim(&_RollupRegistry.CallOpts, claim, proof)
}

// Attest is a paid mutator transaction binding the contract method 0xe51b61c1.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, bytes lanes, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) returns()
func (_RollupRegistry *RollupRegistryTransactor) Attest(opts *bind.TransactOpts, round uint64, referenceBlock uint32, claims []RollcallCodecClaim, lanes []byte, cert ICertificateVerifierCertificate) (*types.Transaction, error) {
	return _RollupRegistry.contract.Transact(opts, "attest", round, referenceBlock, claims, lanes, cert)
}

// Attest is a paid mutator transaction binding the contract method 0xe51b61c1.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, bytes lanes, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) returns()
func (_RollupRegistry *RollupRegistrySession) Attest(round uint64, referenceBlock uint32, claims []RollcallCodecClaim, lanes []byte, cert ICertificateVerifierCertificate) (*types.Transaction, error) {
	return _RollupRegistry.Contract.Attest(&_RollupRegistry.TransactOpts, round, referenceBlock, claims, lanes, cert)
}

// Attest is a paid mutator transaction binding the contract method 0xe51b61c1.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, bytes lanes, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) returns()
func (_RollupRegistry *RollupRegistryTransactorSession) Attest(round uint64, referenceBlock uint32, claims []RollcallCodecClaim, lanes []byte, cert ICertificateVerifierCertificate) (*types.Transaction, error) {
	return _RollupRegistry.Contract.Attest(&_RollupRegistry.TransactOpts, round, referenceBlock, claims, lanes, cert)
}

// RollupRegistryCheckpointAttestedIterator is returned from FilterCheckpointAttested and is used to iterate over the raw logs and unpacked data for CheckpointAttested events raised by the RollupRegistry contract.
type RollupRegistryCheckpointAttestedIterator struct {
	Event *RollupRegistryCheckpointAttested // Event containing the contract specifics and raw log

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
func (it *RollupRegistryCheckpointAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RollupRegistryCheckpointAttested)
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
		it.Event = new(RollupRegistryCheckpointAttested)
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
func (it *RollupRegistryCheckpointAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RollupRegistryCheckpointAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RollupRegistryCheckpointAttested represents a CheckpointAttested event raised by the RollupRegistry contract.
type RollupRegistryCheckpointAttested struct {
	Round               uint64
	ReferenceBlock      uint32
	SignatoryRecordHash [32]byte
	Claims              []byte
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterCheckpointAttested is a free log retrieval operation binding the contract event 0x99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc303.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims)
func (_RollupRegistry *RollupRegistryFilterer) FilterCheckpointAttested(opts *bind.FilterOpts, round []uint64) (*RollupRegistryCheckpointAttestedIterator, error) {

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _RollupRegistry.contract.FilterLogs(opts, "CheckpointAttested", roundRule)
	if err != nil {
		return nil, err
	}
	return &RollupRegistryCheckpointAttestedIterator{contract: _RollupRegistry.contract, event: "CheckpointAttested", logs: logs, sub: sub}, nil
}

// WatchCheckpointAttested is a free log subscription operation binding the contract event 0x99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc303.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims)
func (_RollupRegistry *RollupRegistryFilterer) WatchCheckpointAttested(opts *bind.WatchOpts, sink chan<- *RollupRegistryCheckpointAttested, round []uint64) (event.Subscription, error) {

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _RollupRegistry.contract.WatchLogs(opts, "CheckpointAttested", roundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RollupRegistryCheckpointAttested)
				if err := _RollupRegistry.contract.UnpackLog(event, "CheckpointAttested", log); err != nil {
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

// ParseCheckpointAttested is a log parse operation binding the contract event 0x99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc303.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims)
func (_RollupRegistry *RollupRegistryFilterer) ParseCheckpointAttested(log types.Log) (*RollupRegistryCheckpointAttested, error) {
	event := new(RollupRegistryCheckpointAttested)
	if err := _RollupRegistry.contract.UnpackLog(event, "CheckpointAttested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
