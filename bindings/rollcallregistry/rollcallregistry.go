// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rollcallregistry

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

// IBLSSignatureCheckerG1Point is an auto generated low-level Go binding around an user-defined struct.
type IBLSSignatureCheckerG1Point struct {
	X *big.Int
	Y *big.Int
}

// IBLSSignatureCheckerG2Point is an auto generated low-level Go binding around an user-defined struct.
type IBLSSignatureCheckerG2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// IBLSSignatureCheckerNonSignerStakesAndSignature is an auto generated low-level Go binding around an user-defined struct.
type IBLSSignatureCheckerNonSignerStakesAndSignature struct {
	NonSignerQuorumBitmapIndices []uint32
	NonSignerPubkeys             []IBLSSignatureCheckerG1Point
	QuorumApks                   []IBLSSignatureCheckerG1Point
	ApkG2                        IBLSSignatureCheckerG2Point
	Sigma                        IBLSSignatureCheckerG1Point
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// RollcallCodecClaim is an auto generated low-level Go binding around an user-defined struct.
type RollcallCodecClaim struct {
	ChainId     uint64
	BlockNumber uint64
	BlockHash   [32]byte
	StateRoot   [32]byte
}

// RollcallRegistryCheckpointRecord is an auto generated low-level Go binding around an user-defined struct.
type RollcallRegistryCheckpointRecord struct {
	ClaimsRoot     [32]byte
	ReferenceBlock uint32
	AttestedBlock  uint32
	ClaimCount     uint16
}

// RollcallRegistryMetaData contains all meta data concerning the RollcallRegistry contract.
var RollcallRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIBLSSignatureChecker\",\"name\":\"checker\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"quorums\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"initialThresholdBips\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"initialMaxReferenceAge\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChainIdsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"signed\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"total\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBips\",\"type\":\"uint16\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMaxReferenceAge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidQuorumNumbers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bips\",\"type\":\"uint16\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaims\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"ReferenceBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RoundZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"StaleReferenceBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyClaims\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"claimCount\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96[]\",\"name\":\"signedStake\",\"type\":\"uint96[]\"},{\"indexed\":false,\"internalType\":\"uint96[]\",\"name\":\"totalStake\",\"type\":\"uint96[]\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\"}],\"name\":\"CheckpointAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"ClaimAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"previousBlocks\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"newBlocks\",\"type\":\"uint32\"}],\"name\":\"MaxReferenceAgeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousBips\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newBips\",\"type\":\"uint16\"}],\"name\":\"ThresholdChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BIPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"getCheckpoint\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"attestedBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"claimCount\",\"type\":\"uint16\"}],\"internalType\":\"structRollcallRegistry.CheckpointRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"latestClaim\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxReferenceAge\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumbers\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"blocks\",\"type\":\"uint32\"}],\"name\":\"setMaxReferenceAge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bips\",\"type\":\"uint16\"}],\"name\":\"setThresholdBips\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signatureChecker\",\"outputs\":[{\"internalType\":\"contractIBLSSignatureChecker\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"thresholdBips\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyClaim\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516120a03803806120a083398101604081905261002e91610277565b61003733610097565b5f8451116100585760405163459637c760e11b815260040160405180910390fd5b6001600160a01b038516608052600161007185826103ef565b5061007b836100e6565b61008482610184565b61008d81610097565b50505050506104a9565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f8161ffff161180156100ff575061271061ffff821611155b81906101295760405163313cc5c160e01b815261ffff909116600482015260240160405180910390fd5b506002546040805161ffff928316815291831660208301527f64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4910160405180910390a16002805461ffff191661ffff92909216919091179055565b5f8163ffffffff16116101aa5760405163033a721360e11b815260040160405180910390fd5b6002546040805163ffffffff620100009093048316815291831660208301527fe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92910160405180910390a16002805463ffffffff909216620100000265ffffffff000019909216919091179055565b6001600160a01b038116811461022c575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b805161ffff81168114610254575f5ffd5b919050565b805163ffffffff81168114610254575f5ffd5b805161025481610218565b5f5f5f5f5f60a0868803121561028b575f5ffd5b855161029681610218565b60208701519095506001600160401b038111156102b1575f5ffd5b8601601f810188136102c1575f5ffd5b80516001600160401b038111156102da576102da61022f565b604051601f8201601f19908116603f011681016001600160401b03811182821017156103085761030861022f565b6040528181528282016020018a101561031f575f5ffd5b8160208401602083015e5f6020838301015280965050505061034360408701610243565b925061035160608701610259565b915061035f6080870161026c565b90509295509295909350565b600181811c9082168061037f57607f821691505b60208210810361039d57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103ea57805f5260205f20601f840160051c810160208510156103c85750805b601f840160051c820191505b818110156103e7575f81556001016103d4565b50505b505050565b81516001600160401b038111156104085761040861022f565b61041c81610416845461036b565b846103a3565b6020601f82116001811461044e575f83156104375750848201515b5f19600385901b1c1916600184901b1784556103e7565b5f84815260208120601f198516915b8281101561047d578785015182556020948501946001909201910161045d565b508482101561049a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608051611bd86104c85f395f81816103f501526106ea0152611bd85ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80639893c07911610093578063dca545d011610063578063dca545d01461031e578063efb2bfd3146103f0578063f2fde38b14610417578063f70500311461042a575f5ffd5b80639893c079146101e65780639a7ebc22146102075780639d5e24261461021a578063bc5c06af146102f3575f5ffd5b8063668a0f02116100ce578063668a0f0214610172578063715018a6146101a757806373e50572146101af5780638da5cb5b146101c2575f5ffd5b80631ba9884c146100ff57806325762937146101275780632a8414fd1461013c57806357e8ec4314610151575b5f5ffd5b61011261010d36600461128c565b610433565b60405190151581526020015b60405180910390f35b61013a61013536600461134f565b6104c5565b005b610144610b70565b60405161011e9190611438565b60025461015f9061ffff1681565b60405161ffff909116815260200161011e565b60025461018f90660100000000000090046001600160401b031681565b6040516001600160401b03909116815260200161011e565b61013a610bfc565b61013a6101bd36600461144a565b610c0f565b5f546001600160a01b03165b6040516001600160a01b03909116815260200161011e565b6101f96101f4366004611463565b610c23565b60405190815260200161011e565b61013a61021536600461149f565b610c9e565b6102ac6102283660046114c0565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160401b03165f9081526003602090815260409182902082516080810184528154815260019091015463ffffffff80821693830193909352640100000000810490921692810192909252600160401b900461ffff16606082015290565b60405161011e91905f6080820190508251825263ffffffff602084015116602083015263ffffffff604084015116604083015261ffff606084015116606083015292915050565b6002546103099062010000900463ffffffff1681565b60405163ffffffff909116815260200161011e565b6103ab61032c3660046114c0565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160401b039081165f908152600460209081526040918290206003810154835160808101855282548087168252600160401b900486169381019390935260018201549383019390935260020154606082015292911690565b6040805183516001600160401b03908116825260208086015182169083015284830151928201929092526060938401519381019390935216608082015260a00161011e565b6101ce7f000000000000000000000000000000000000000000000000000000000000000081565b61013a6104253660046114db565b610caf565b61015f61271081565b6001600160401b0383165f9081526003602052604081206001810154640100000000900463ffffffff16820361046c575f9150506104bd565b80546104b99061048136899003890189611545565b8686808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250610d2592505050565b9150505b949350505050565b846001600160401b03165f036104ed5760405162b7c0dd60e51b815260040160405180910390fd5b6001600160401b0385165f908152600360205260409020600101548590640100000000900463ffffffff1615610547576040516312f53c1960e21b81526001600160401b0390911660048201526024015b60405180910390fd5b50834363ffffffff8216811161057e576040516341b1af0960e01b815263ffffffff9092166004830152602482015260440161053e565b505060025463ffffffff6201000090910481169061059e908616436115cd565b1115844360028054906101000a900463ffffffff169091926105ec5760405163c8a595b160e01b815263ffffffff93841660048201526024810192909252909116604482015260640161053e565b5050505f61064a8484808060200260200160405190810160405280939291908181526020015f905b828210156106405761063160808302860136819003810190611545565b81526020019060010190610614565b5050505050610d86565b90505f610658878784610c23565b90505f60018054610668906115e6565b80601f0160208091040260200160405190810160405280929190818152602001828054610694906115e6565b80156106df5780601f106106b6576101008083540402835291602001916106df565b820191905f5260205f20905b8154815290600101906020018083116106c257829003601f168201915b505050505090505f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636efb463685858c8a6040518563ffffffff1660e01b815260040161073a9493929190611793565b5f60405180830381865afa158015610754573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261077b9190810190611961565b90925090505f5b8351811015610896575f835f015182815181106107a1576107a1611a1e565b602002602001015190505f846020015183815181106107c2576107c2611a1e565b60209081029190910101516002549091506107ea9061ffff166001600160601b038316611a32565b6107ff6127106001600160601b038516611a32565b1015801561081557505f826001600160601b0316115b86848151811061082757610827611a1e565b016020015160025460f89190911c918491849161ffff909116906108845760405163358576b360e21b815260ff90941660048501526001600160601b0392831660248501529116604483015261ffff16606482015260840161053e565b50506001909401935061078292505050565b5060405180608001604052808681526020018a63ffffffff1681526020014363ffffffff1681526020018989905061ffff1681525060035f8c6001600160401b03166001600160401b031681526020019081526020015f205f820151815f01556020820151816001015f6101000a81548163ffffffff021916908363ffffffff16021790555060408201518160010160046101000a81548163ffffffff021916908363ffffffff16021790555060608201518160010160086101000a81548161ffff021916908361ffff160217905550905050600260069054906101000a90046001600160401b03166001600160401b03168a6001600160401b031611156109c457600280546dffffffffffffffff000000000000191666010000000000006001600160401b038d16021790555b5f5b87811015610b1357368989838181106109e1576109e1611a1e565b6080029190910191505f90506004816109fd60208501856114c0565b6001600160401b03908116825260208201929092526040015f206003810154909250161580610a5457508054600160401b90046001600160401b0316610a4960408401602085016114c0565b6001600160401b0316115b15610a86578181610a658282611a49565b505060038101805467ffffffffffffffff19166001600160401b038f161790555b610a9660408301602084016114c0565b6001600160401b0316610aac60208401846114c0565b6001600160401b03168e6001600160401b03167f7c6fe93faa7e733a7a3f1dc372199f12c4ef65c68e6ef7ee0b1855e21898067b85604001358660600135604051610b01929190918252602082015260400190565b60405180910390a450506001016109c6565b50815160208301516040516001600160401b038d16927fb8c066d6de9eb2180aa23c903839c08f31f20589cd4d3b2c9de3821cdb5ea87c92610b5c928e928b928e928990611b01565b60405180910390a250505050505050505050565b60018054610b7d906115e6565b80601f0160208091040260200160405190810160405280929190818152602001828054610ba9906115e6565b8015610bf45780601f10610bcb57610100808354040283529160200191610bf4565b820191905f5260205f20905b815481529060010190602001808311610bd757829003601f168201915b505050505081565b610c04611016565b610c0d5f61106f565b565b610c17611016565b610c20816110be565b50565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe860208083019190915246828401523060608301526001600160401b038616608083015263ffffffff851660a083015260c08083018590528351808403909101815260e090920190925280519101205b9392505050565b610ca6611016565b610c2081611152565b610cb7611016565b6001600160a01b038116610d1c5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b606482015260840161053e565b610c208161106f565b5f600882511115610d3757505f610c97565b5f610d41846111ec565b90505f5b8351811015610d7b57610d7182858381518110610d6457610d64611a1e565b602002602001015161124f565b9150600101610d45565b509093149392505050565b80515f90808203610daa5760405163e120557360e01b815260040160405180910390fd5b80610100811115610dd157604051633fd3f82f60e01b815260040161053e91815260200190565b505f816001600160401b03811115610deb57610deb611501565b604051908082528060200260200182016040528015610e14578160200160208202803683370190505b5090505f5b82811015610eeb57801580610e81575084610e356001836115cd565b81518110610e4557610e45611a1e565b60200260200101515f01516001600160401b0316858281518110610e6b57610e6b611a1e565b60200260200101515f01516001600160401b0316115b8190610ea357604051633751002b60e11b815260040161053e91815260200190565b50610ec6858281518110610eb957610eb9611a1e565b60200260200101516111ec565b828281518110610ed857610ed8611a1e565b6020908102919091010152600101610e19565b505b6001821115610ff3575f610f02600284611b69565b90505f5b81811015610f8357610f5e83610f1d836002611a32565b81518110610f2d57610f2d611a1e565b602002602001015184836002610f439190611a32565b610f4e906001611b7c565b81518110610d6457610d64611a1e565b838281518110610f7057610f70611a1e565b6020908102919091010152600101610f06565b50610f8f600284611b8f565b600103610fe95781610fa26001856115cd565b81518110610fb257610fb2611a1e565b6020026020010151828281518110610fcc57610fcc611a1e565b6020908102919091010152610fe2816001611b7c565b9250610fed565b8092505b50610eed565b805f8151811061100557611005611a1e565b602002602001015192505050919050565b5f546001600160a01b03163314610c0d5760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e6572604482015260640161053e565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f8163ffffffff16116110e45760405163033a721360e11b815260040160405180910390fd5b6002546040805163ffffffff620100009093048316815291831660208301527fe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92910160405180910390a16002805463ffffffff909216620100000265ffffffff000019909216919091179055565b5f8161ffff1611801561116b575061271061ffff821611155b81906111915760405163313cc5c160e01b815261ffff909116600482015260240161053e565b506002546040805161ffff928316815291831660208301527f64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4910160405180910390a16002805461ffff191661ffff92909216919091179055565b8051602080830151604080850151606086015191515f9481018590526001600160401b039586166021820152949092166041850152606184019190915260818301529060a101604051602081830303815290604052805190602001209050919050565b5f8183111561125c579091905b6040516001815360018101939093525060218201526041902090565b6001600160401b0381168114610c20575f5ffd5b5f5f5f5f84860360c08112156112a0575f5ffd5b60808112156112ad575f5ffd5b5084935060808501356112bf81611278565b925060a08501356001600160401b038111156112d9575f5ffd5b8501601f810187136112e9575f5ffd5b80356001600160401b038111156112fe575f5ffd5b8760208260051b8401011115611312575f5ffd5b949793965060200194505050565b803563ffffffff81168114611333575f5ffd5b919050565b5f6101808284031215611349575f5ffd5b50919050565b5f5f5f5f5f60808688031215611363575f5ffd5b853561136e81611278565b945061137c60208701611320565b935060408601356001600160401b03811115611396575f5ffd5b8601601f810188136113a6575f5ffd5b80356001600160401b038111156113bb575f5ffd5b8860208260071b84010111156113cf575f5ffd5b6020919091019350915060608601356001600160401b038111156113f1575f5ffd5b6113fd88828901611338565b9150509295509295909350565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610c97602083018461140a565b5f6020828403121561145a575f5ffd5b610c9782611320565b5f5f5f60608486031215611475575f5ffd5b833561148081611278565b925061148e60208501611320565b929592945050506040919091013590565b5f602082840312156114af575f5ffd5b813561ffff81168114610c97575f5ffd5b5f602082840312156114d0575f5ffd5b8135610c9781611278565b5f602082840312156114eb575f5ffd5b81356001600160a01b0381168114610c97575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561153d5761153d611501565b604052919050565b5f6080828403128015611556575f5ffd5b50604051608081016001600160401b038111828210171561157957611579611501565b604052823561158781611278565b8152602083013561159781611278565b6020820152604083810135908201526060928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156115e0576115e06115b9565b92915050565b600181811c908216806115fa57607f821691505b60208210810361134957634e487b7160e01b5f52602260045260245ffd5b5f5f8335601e1984360301811261162d575f5ffd5b83016020810192503590506001600160401b0381111561164b575f5ffd5b8060051b360382131561165c575f5ffd5b9250929050565b8183526020830192505f815f5b8481101561169c5763ffffffff61168683611320565b1686526020958601959190910190600101611670565b5093949350505050565b5f5f8335601e198436030181126116bb575f5ffd5b83016020810192503590506001600160401b038111156116d9575f5ffd5b8060061b360382131561165c575f5ffd5b8183526020830192505f815f5b8481101561169c578135865260208083013590870152604095860195909101906001016116f7565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b8681101561178757838303601f190188526117648287611618565b61176f858284611663565b60209a8b019a90955093909301925050600101611749565b50909695505050505050565b848152608060208201525f6117ab608083018661140a565b63ffffffff8516604084015282810360608401526117c98485611618565b61018083526117dd61018084018284611663565b9150506117ed60208601866116a6565b83830360208501526118008382846116ea565b9250505061181160408601866116a6565b83830360408501526118248382846116ea565b92505050611838606083016060870161171f565b61185260e0830160e0870180358252602090810135910152565b611860610120860186611618565b838303610120850152611874838284611663565b92505050611886610140860186611618565b83830361014085015261189a838284611663565b925050506118ac610160860186611618565b8383036101608501526118c0838284611732565b9a9950505050505050505050565b5f82601f8301126118dd575f5ffd5b81516001600160401b038111156118f6576118f6611501565b8060051b61190660208201611515565b91825260208185018101929081019086841115611921575f5ffd5b6020860192505b838310156119575782516001600160601b0381168114611946575f5ffd5b825260209283019290910190611928565b9695505050505050565b5f5f60408385031215611972575f5ffd5b82516001600160401b03811115611987575f5ffd5b830160408186031215611998575f5ffd5b604080519081016001600160401b03811182821017156119ba576119ba611501565b60405281516001600160401b038111156119d2575f5ffd5b6119de878285016118ce565b82525060208201516001600160401b038111156119f9575f5ffd5b611a05878285016118ce565b6020830152508093505050602083015190509250929050565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176115e0576115e06115b9565b8135611a5481611278565b6001600160401b03811690508154816001600160401b031982161783556020840135611a7f81611278565b6fffffffffffffffffffffffffffffffff1991909116909117604091821b6fffffffffffffffff0000000000000000161782558201356001820155606090910135600290910155565b5f8151808452602084019350602083015f5b8281101561169c5781516001600160601b0316865260209586019590910190600101611ada565b63ffffffff8716815285602082015261ffff8516604082015260c060608201525f611b2f60c0830186611ac8565b8281036080840152611b418186611ac8565b9150508260a0830152979650505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82611b7757611b77611b55565b500490565b808201808211156115e0576115e06115b9565b5f82611b9d57611b9d611b55565b50069056fea2646970667358221220e2c2045c4e475431df55fcf1e5969aff0711cdd88242ae029988f8b2a522a02764736f6c634300081b0033",
}

// RollcallRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use RollcallRegistryMetaData.ABI instead.
var RollcallRegistryABI = RollcallRegistryMetaData.ABI

// RollcallRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RollcallRegistryMetaData.Bin instead.
var RollcallRegistryBin = RollcallRegistryMetaData.Bin

// DeployRollcallRegistry deploys a new Ethereum contract, binding an instance of RollcallRegistry to it.
func DeployRollcallRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, checker common.Address, quorums []byte, initialThresholdBips uint16, initialMaxReferenceAge uint32, initialOwner common.Address) (common.Address, *types.Transaction, *RollcallRegistry, error) {
	parsed, err := RollcallRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RollcallRegistryBin), backend, checker, quorums, initialThresholdBips, initialMaxReferenceAge, initialOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RollcallRegistry{RollcallRegistryCaller: RollcallRegistryCaller{contract: contract}, RollcallRegistryTransactor: RollcallRegistryTransactor{contract: contract}, RollcallRegistryFilterer: RollcallRegistryFilterer{contract: contract}}, nil
}

// RollcallRegistry is an auto generated Go binding around an Ethereum contract.
type RollcallRegistry struct {
	RollcallRegistryCaller     // Read-only binding to the contract
	RollcallRegistryTransactor // Write-only binding to the contract
	RollcallRegistryFilterer   // Log filterer for contract events
}

// RollcallRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RollcallRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollcallRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RollcallRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollcallRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RollcallRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RollcallRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RollcallRegistrySession struct {
	Contract     *RollcallRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RollcallRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RollcallRegistryCallerSession struct {
	Contract *RollcallRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// RollcallRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RollcallRegistryTransactorSession struct {
	Contract     *RollcallRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// RollcallRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RollcallRegistryRaw struct {
	Contract *RollcallRegistry // Generic contract binding to access the raw methods on
}

// RollcallRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RollcallRegistryCallerRaw struct {
	Contract *RollcallRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// RollcallRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RollcallRegistryTransactorRaw struct {
	Contract *RollcallRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRollcallRegistry creates a new instance of RollcallRegistry, bound to a specific deployed contract.
func NewRollcallRegistry(address common.Address, backend bind.ContractBackend) (*RollcallRegistry, error) {
	contract, err := bindRollcallRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistry{RollcallRegistryCaller: RollcallRegistryCaller{contract: contract}, RollcallRegistryTransactor: RollcallRegistryTransactor{contract: contract}, RollcallRegistryFilterer: RollcallRegistryFilterer{contract: contract}}, nil
}

// NewRollcallRegistryCaller creates a new read-only instance of RollcallRegistry, bound to a specific deployed contract.
func NewRollcallRegistryCaller(address common.Address, caller bind.ContractCaller) (*RollcallRegistryCaller, error) {
	contract, err := bindRollcallRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryCaller{contract: contract}, nil
}

// NewRollcallRegistryTransactor creates a new write-only instance of RollcallRegistry, bound to a specific deployed contract.
func NewRollcallRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*RollcallRegistryTransactor, error) {
	contract, err := bindRollcallRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryTransactor{contract: contract}, nil
}

// NewRollcallRegistryFilterer creates a new log filterer instance of RollcallRegistry, bound to a specific deployed contract.
func NewRollcallRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*RollcallRegistryFilterer, error) {
	contract, err := bindRollcallRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryFilterer{contract: contract}, nil
}

// bindRollcallRegistry binds a generic wrapper to an already deployed contract.
func bindRollcallRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RollcallRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RollcallRegistry *RollcallRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RollcallRegistry.Contract.RollcallRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RollcallRegistry *RollcallRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.RollcallRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RollcallRegistry *RollcallRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.RollcallRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RollcallRegistry *RollcallRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RollcallRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RollcallRegistry *RollcallRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RollcallRegistry *RollcallRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.contract.Transact(opts, method, params...)
}

// BIPS is a free data retrieval call binding the contract method 0xf7050031.
//
// Solidity: function BIPS() view returns(uint16)
func (_RollcallRegistry *RollcallRegistryCaller) BIPS(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "BIPS")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// BIPS is a free data retrieval call binding the contract method 0xf7050031.
//
// Solidity: function BIPS() view returns(uint16)
func (_RollcallRegistry *RollcallRegistrySession) BIPS() (uint16, error) {
	return _RollcallRegistry.Contract.BIPS(&_RollcallRegistry.CallOpts)
}

// BIPS is a free data retrieval call binding the contract method 0xf7050031.
//
// Solidity: function BIPS() view returns(uint16)
func (_RollcallRegistry *RollcallRegistryCallerSession) BIPS() (uint16, error) {
	return _RollcallRegistry.Contract.BIPS(&_RollcallRegistry.CallOpts)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 claimsRoot) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistryCaller) CheckpointDigest(opts *bind.CallOpts, round uint64, referenceBlock uint32, claimsRoot [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "checkpointDigest", round, referenceBlock, claimsRoot)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 claimsRoot) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistrySession) CheckpointDigest(round uint64, referenceBlock uint32, claimsRoot [32]byte) ([32]byte, error) {
	return _RollcallRegistry.Contract.CheckpointDigest(&_RollcallRegistry.CallOpts, round, referenceBlock, claimsRoot)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 claimsRoot) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistryCallerSession) CheckpointDigest(round uint64, referenceBlock uint32, claimsRoot [32]byte) ([32]byte, error) {
	return _RollcallRegistry.Contract.CheckpointDigest(&_RollcallRegistry.CallOpts, round, referenceBlock, claimsRoot)
}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 round) view returns((bytes32,uint32,uint32,uint16))
func (_RollcallRegistry *RollcallRegistryCaller) GetCheckpoint(opts *bind.CallOpts, round uint64) (RollcallRegistryCheckpointRecord, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "getCheckpoint", round)

	if err != nil {
		return *new(RollcallRegistryCheckpointRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(RollcallRegistryCheckpointRecord)).(*RollcallRegistryCheckpointRecord)

	return out0, err

}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 round) view returns((bytes32,uint32,uint32,uint16))
func (_RollcallRegistry *RollcallRegistrySession) GetCheckpoint(round uint64) (RollcallRegistryCheckpointRecord, error) {
	return _RollcallRegistry.Contract.GetCheckpoint(&_RollcallRegistry.CallOpts, round)
}

// GetCheckpoint is a free data retrieval call binding the contract method 0x9d5e2426.
//
// Solidity: function getCheckpoint(uint64 round) view returns((bytes32,uint32,uint32,uint16))
func (_RollcallRegistry *RollcallRegistryCallerSession) GetCheckpoint(round uint64) (RollcallRegistryCheckpointRecord, error) {
	return _RollcallRegistry.Contract.GetCheckpoint(&_RollcallRegistry.CallOpts, round)
}

// LatestClaim is a free data retrieval call binding the contract method 0xdca545d0.
//
// Solidity: function latestClaim(uint64 chainId) view returns((uint64,uint64,bytes32,bytes32) claim, uint64 round)
func (_RollcallRegistry *RollcallRegistryCaller) LatestClaim(opts *bind.CallOpts, chainId uint64) (struct {
	Claim RollcallCodecClaim
	Round uint64
}, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "latestClaim", chainId)

	outstruct := new(struct {
		Claim RollcallCodecClaim
		Round uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Claim = *abi.ConvertType(out[0], new(RollcallCodecClaim)).(*RollcallCodecClaim)
	outstruct.Round = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// LatestClaim is a free data retrieval call binding the contract method 0xdca545d0.
//
// Solidity: function latestClaim(uint64 chainId) view returns((uint64,uint64,bytes32,bytes32) claim, uint64 round)
func (_RollcallRegistry *RollcallRegistrySession) LatestClaim(chainId uint64) (struct {
	Claim RollcallCodecClaim
	Round uint64
}, error) {
	return _RollcallRegistry.Contract.LatestClaim(&_RollcallRegistry.CallOpts, chainId)
}

// LatestClaim is a free data retrieval call binding the contract method 0xdca545d0.
//
// Solidity: function latestClaim(uint64 chainId) view returns((uint64,uint64,bytes32,bytes32) claim, uint64 round)
func (_RollcallRegistry *RollcallRegistryCallerSession) LatestClaim(chainId uint64) (struct {
	Claim RollcallCodecClaim
	Round uint64
}, error) {
	return _RollcallRegistry.Contract.LatestClaim(&_RollcallRegistry.CallOpts, chainId)
}

// LatestRound is a free data retrieval call binding the contract method 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint64)
func (_RollcallRegistry *RollcallRegistryCaller) LatestRound(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "latestRound")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestRound is a free data retrieval call binding the contract method 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint64)
func (_RollcallRegistry *RollcallRegistrySession) LatestRound() (uint64, error) {
	return _RollcallRegistry.Contract.LatestRound(&_RollcallRegistry.CallOpts)
}

// LatestRound is a free data retrieval call binding the contract method 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint64)
func (_RollcallRegistry *RollcallRegistryCallerSession) LatestRound() (uint64, error) {
	return _RollcallRegistry.Contract.LatestRound(&_RollcallRegistry.CallOpts)
}

// MaxReferenceAge is a free data retrieval call binding the contract method 0xbc5c06af.
//
// Solidity: function maxReferenceAge() view returns(uint32)
func (_RollcallRegistry *RollcallRegistryCaller) MaxReferenceAge(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "maxReferenceAge")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxReferenceAge is a free data retrieval call binding the contract method 0xbc5c06af.
//
// Solidity: function maxReferenceAge() view returns(uint32)
func (_RollcallRegistry *RollcallRegistrySession) MaxReferenceAge() (uint32, error) {
	return _RollcallRegistry.Contract.MaxReferenceAge(&_RollcallRegistry.CallOpts)
}

// MaxReferenceAge is a free data retrieval call binding the contract method 0xbc5c06af.
//
// Solidity: function maxReferenceAge() view returns(uint32)
func (_RollcallRegistry *RollcallRegistryCallerSession) MaxReferenceAge() (uint32, error) {
	return _RollcallRegistry.Contract.MaxReferenceAge(&_RollcallRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RollcallRegistry *RollcallRegistryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RollcallRegistry *RollcallRegistrySession) Owner() (common.Address, error) {
	return _RollcallRegistry.Contract.Owner(&_RollcallRegistry.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RollcallRegistry *RollcallRegistryCallerSession) Owner() (common.Address, error) {
	return _RollcallRegistry.Contract.Owner(&_RollcallRegistry.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_RollcallRegistry *RollcallRegistryCaller) QuorumNumbers(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "quorumNumbers")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_RollcallRegistry *RollcallRegistrySession) QuorumNumbers() ([]byte, error) {
	return _RollcallRegistry.Contract.QuorumNumbers(&_RollcallRegistry.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes)
func (_RollcallRegistry *RollcallRegistryCallerSession) QuorumNumbers() ([]byte, error) {
	return _RollcallRegistry.Contract.QuorumNumbers(&_RollcallRegistry.CallOpts)
}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_RollcallRegistry *RollcallRegistryCaller) SignatureChecker(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "signatureChecker")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_RollcallRegistry *RollcallRegistrySession) SignatureChecker() (common.Address, error) {
	return _RollcallRegistry.Contract.SignatureChecker(&_RollcallRegistry.CallOpts)
}

// SignatureChecker is a free data retrieval call binding the contract method 0xefb2bfd3.
//
// Solidity: function signatureChecker() view returns(address)
func (_RollcallRegistry *RollcallRegistryCallerSession) SignatureChecker() (common.Address, error) {
	return _RollcallRegistry.Contract.SignatureChecker(&_RollcallRegistry.CallOpts)
}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_RollcallRegistry *RollcallRegistryCaller) ThresholdBips(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "thresholdBips")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_RollcallRegistry *RollcallRegistrySession) ThresholdBips() (uint16, error) {
	return _RollcallRegistry.Contract.ThresholdBips(&_RollcallRegistry.CallOpts)
}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_RollcallRegistry *RollcallRegistryCallerSession) ThresholdBips() (uint16, error) {
	return _RollcallRegistry.Contract.ThresholdBips(&_RollcallRegistry.CallOpts)
}

// VerifyClaim is a free data retrieval call binding the contract method 0x1ba9884c.
//
// Solidity: function verifyClaim((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] proof) view returns(bool)
func (_RollcallRegistry *RollcallRegistryCaller) VerifyClaim(opts *bind.CallOpts, claim RollcallCodecClaim, round uint64, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "verifyClaim", claim, round, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyClaim is a free data retrieval call binding the contract method 0x1ba9884c.
//
// Solidity: function verifyClaim((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] proof) view returns(bool)
func (_RollcallRegistry *RollcallRegistrySession) VerifyClaim(claim RollcallCodecClaim, round uint64, proof [][32]byte) (bool, error) {
	return _RollcallRegistry.Contract.VerifyClaim(&_RollcallRegistry.CallOpts, claim, round, proof)
}

// VerifyClaim is a free data retrieval call binding the contract method 0x1ba9884c.
//
// Solidity: function verifyClaim((uint64,uint64,bytes32,bytes32) claim, uint64 round, bytes32[] proof) view returns(bool)
func (_RollcallRegistry *RollcallRegistryCallerSession) VerifyClaim(claim RollcallCodecClaim, round uint64, proof [][32]byte) (bool, error) {
	return _RollcallRegistry.Contract.VerifyClaim(&_RollcallRegistry.CallOpts, claim, round, proof)
}

// Attest is a paid mutator transaction binding the contract method 0x25762937.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_RollcallRegistry *RollcallRegistryTransactor) Attest(opts *bind.TransactOpts, round uint64, referenceBlock uint32, claims []RollcallCodecClaim, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _RollcallRegistry.contract.Transact(opts, "attest", round, referenceBlock, claims, signature)
}

// Attest is a paid mutator transaction binding the contract method 0x25762937.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_RollcallRegistry *RollcallRegistrySession) Attest(round uint64, referenceBlock uint32, claims []RollcallCodecClaim, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.Attest(&_RollcallRegistry.TransactOpts, round, referenceBlock, claims, signature)
}

// Attest is a paid mutator transaction binding the contract method 0x25762937.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_RollcallRegistry *RollcallRegistryTransactorSession) Attest(round uint64, referenceBlock uint32, claims []RollcallCodecClaim, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.Attest(&_RollcallRegistry.TransactOpts, round, referenceBlock, claims, signature)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_RollcallRegistry *RollcallRegistryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RollcallRegistry.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_RollcallRegistry *RollcallRegistrySession) RenounceOwnership() (*types.Transaction, error) {
	return _RollcallRegistry.Contract.RenounceOwnership(&_RollcallRegistry.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_RollcallRegistry *RollcallRegistryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _RollcallRegistry.Contract.RenounceOwnership(&_RollcallRegistry.TransactOpts)
}

// SetMaxReferenceAge is a paid mutator transaction binding the contract method 0x73e50572.
//
// Solidity: function setMaxReferenceAge(uint32 blocks) returns()
func (_RollcallRegistry *RollcallRegistryTransactor) SetMaxReferenceAge(opts *bind.TransactOpts, blocks uint32) (*types.Transaction, error) {
	return _RollcallRegistry.contract.Transact(opts, "setMaxReferenceAge", blocks)
}

// SetMaxReferenceAge is a paid mutator transaction binding the contract method 0x73e50572.
//
// Solidity: function setMaxReferenceAge(uint32 blocks) returns()
func (_RollcallRegistry *RollcallRegistrySession) SetMaxReferenceAge(blocks uint32) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.SetMaxReferenceAge(&_RollcallRegistry.TransactOpts, blocks)
}

// SetMaxReferenceAge is a paid mutator transaction binding the contract method 0x73e50572.
//
// Solidity: function setMaxReferenceAge(uint32 blocks) returns()
func (_RollcallRegistry *RollcallRegistryTransactorSession) SetMaxReferenceAge(blocks uint32) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.SetMaxReferenceAge(&_RollcallRegistry.TransactOpts, blocks)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 bips) returns()
func (_RollcallRegistry *RollcallRegistryTransactor) SetThresholdBips(opts *bind.TransactOpts, bips uint16) (*types.Transaction, error) {
	return _RollcallRegistry.contract.Transact(opts, "setThresholdBips", bips)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 bips) returns()
func (_RollcallRegistry *RollcallRegistrySession) SetThresholdBips(bips uint16) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.SetThresholdBips(&_RollcallRegistry.TransactOpts, bips)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 bips) returns()
func (_RollcallRegistry *RollcallRegistryTransactorSession) SetThresholdBips(bips uint16) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.SetThresholdBips(&_RollcallRegistry.TransactOpts, bips)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_RollcallRegistry *RollcallRegistryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _RollcallRegistry.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_RollcallRegistry *RollcallRegistrySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.TransferOwnership(&_RollcallRegistry.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_RollcallRegistry *RollcallRegistryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.TransferOwnership(&_RollcallRegistry.TransactOpts, newOwner)
}

// RollcallRegistryCheckpointAttestedIterator is returned from FilterCheckpointAttested and is used to iterate over the raw logs and unpacked data for CheckpointAttested events raised by the RollcallRegistry contract.
type RollcallRegistryCheckpointAttestedIterator struct {
	Event *RollcallRegistryCheckpointAttested // Event containing the contract specifics and raw log

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
func (it *RollcallRegistryCheckpointAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RollcallRegistryCheckpointAttested)
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
		it.Event = new(RollcallRegistryCheckpointAttested)
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
func (it *RollcallRegistryCheckpointAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RollcallRegistryCheckpointAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RollcallRegistryCheckpointAttested represents a CheckpointAttested event raised by the RollcallRegistry contract.
type RollcallRegistryCheckpointAttested struct {
	Round               uint64
	ReferenceBlock      uint32
	ClaimsRoot          [32]byte
	ClaimCount          uint16
	SignedStake         []*big.Int
	TotalStake          []*big.Int
	SignatoryRecordHash [32]byte
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterCheckpointAttested is a free log retrieval operation binding the contract event 0xb8c066d6de9eb2180aa23c903839c08f31f20589cd4d3b2c9de3821cdb5ea87c.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 claimsRoot, uint16 claimCount, uint96[] signedStake, uint96[] totalStake, bytes32 signatoryRecordHash)
func (_RollcallRegistry *RollcallRegistryFilterer) FilterCheckpointAttested(opts *bind.FilterOpts, round []uint64) (*RollcallRegistryCheckpointAttestedIterator, error) {

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _RollcallRegistry.contract.FilterLogs(opts, "CheckpointAttested", roundRule)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryCheckpointAttestedIterator{contract: _RollcallRegistry.contract, event: "CheckpointAttested", logs: logs, sub: sub}, nil
}

// WatchCheckpointAttested is a free log subscription operation binding the contract event 0xb8c066d6de9eb2180aa23c903839c08f31f20589cd4d3b2c9de3821cdb5ea87c.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 claimsRoot, uint16 claimCount, uint96[] signedStake, uint96[] totalStake, bytes32 signatoryRecordHash)
func (_RollcallRegistry *RollcallRegistryFilterer) WatchCheckpointAttested(opts *bind.WatchOpts, sink chan<- *RollcallRegistryCheckpointAttested, round []uint64) (event.Subscription, error) {

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}

	logs, sub, err := _RollcallRegistry.contract.WatchLogs(opts, "CheckpointAttested", roundRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RollcallRegistryCheckpointAttested)
				if err := _RollcallRegistry.contract.UnpackLog(event, "CheckpointAttested", log); err != nil {
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

// ParseCheckpointAttested is a log parse operation binding the contract event 0xb8c066d6de9eb2180aa23c903839c08f31f20589cd4d3b2c9de3821cdb5ea87c.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 claimsRoot, uint16 claimCount, uint96[] signedStake, uint96[] totalStake, bytes32 signatoryRecordHash)
func (_RollcallRegistry *RollcallRegistryFilterer) ParseCheckpointAttested(log types.Log) (*RollcallRegistryCheckpointAttested, error) {
	event := new(RollcallRegistryCheckpointAttested)
	if err := _RollcallRegistry.contract.UnpackLog(event, "CheckpointAttested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RollcallRegistryClaimAttestedIterator is returned from FilterClaimAttested and is used to iterate over the raw logs and unpacked data for ClaimAttested events raised by the RollcallRegistry contract.
type RollcallRegistryClaimAttestedIterator struct {
	Event *RollcallRegistryClaimAttested // Event containing the contract specifics and raw log

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
func (it *RollcallRegistryClaimAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RollcallRegistryClaimAttested)
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
		it.Event = new(RollcallRegistryClaimAttested)
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
func (it *RollcallRegistryClaimAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RollcallRegistryClaimAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RollcallRegistryClaimAttested represents a ClaimAttested event raised by the RollcallRegistry contract.
type RollcallRegistryClaimAttested struct {
	Round       uint64
	ChainId     uint64
	BlockNumber uint64
	BlockHash   [32]byte
	StateRoot   [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClaimAttested is a free log retrieval operation binding the contract event 0x7c6fe93faa7e733a7a3f1dc372199f12c4ef65c68e6ef7ee0b1855e21898067b.
//
// Solidity: event ClaimAttested(uint64 indexed round, uint64 indexed chainId, uint64 indexed blockNumber, bytes32 blockHash, bytes32 stateRoot)
func (_RollcallRegistry *RollcallRegistryFilterer) FilterClaimAttested(opts *bind.FilterOpts, round []uint64, chainId []uint64, blockNumber []uint64) (*RollcallRegistryClaimAttestedIterator, error) {

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}
	var blockNumberRule []interface{}
	for _, blockNumberItem := range blockNumber {
		blockNumberRule = append(blockNumberRule, blockNumberItem)
	}

	logs, sub, err := _RollcallRegistry.contract.FilterLogs(opts, "ClaimAttested", roundRule, chainIdRule, blockNumberRule)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryClaimAttestedIterator{contract: _RollcallRegistry.contract, event: "ClaimAttested", logs: logs, sub: sub}, nil
}

// WatchClaimAttested is a free log subscription operation binding the contract event 0x7c6fe93faa7e733a7a3f1dc372199f12c4ef65c68e6ef7ee0b1855e21898067b.
//
// Solidity: event ClaimAttested(uint64 indexed round, uint64 indexed chainId, uint64 indexed blockNumber, bytes32 blockHash, bytes32 stateRoot)
func (_RollcallRegistry *RollcallRegistryFilterer) WatchClaimAttested(opts *bind.WatchOpts, sink chan<- *RollcallRegistryClaimAttested, round []uint64, chainId []uint64, blockNumber []uint64) (event.Subscription, error) {

	var roundRule []interface{}
	for _, roundItem := range round {
		roundRule = append(roundRule, roundItem)
	}
	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}
	var blockNumberRule []interface{}
	for _, blockNumberItem := range blockNumber {
		blockNumberRule = append(blockNumberRule, blockNumberItem)
	}

	logs, sub, err := _RollcallRegistry.contract.WatchLogs(opts, "ClaimAttested", roundRule, chainIdRule, blockNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RollcallRegistryClaimAttested)
				if err := _RollcallRegistry.contract.UnpackLog(event, "ClaimAttested", log); err != nil {
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

// ParseClaimAttested is a log parse operation binding the contract event 0x7c6fe93faa7e733a7a3f1dc372199f12c4ef65c68e6ef7ee0b1855e21898067b.
//
// Solidity: event ClaimAttested(uint64 indexed round, uint64 indexed chainId, uint64 indexed blockNumber, bytes32 blockHash, bytes32 stateRoot)
func (_RollcallRegistry *RollcallRegistryFilterer) ParseClaimAttested(log types.Log) (*RollcallRegistryClaimAttested, error) {
	event := new(RollcallRegistryClaimAttested)
	if err := _RollcallRegistry.contract.UnpackLog(event, "ClaimAttested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RollcallRegistryMaxReferenceAgeChangedIterator is returned from FilterMaxReferenceAgeChanged and is used to iterate over the raw logs and unpacked data for MaxReferenceAgeChanged events raised by the RollcallRegistry contract.
type RollcallRegistryMaxReferenceAgeChangedIterator struct {
	Event *RollcallRegistryMaxReferenceAgeChanged // Event containing the contract specifics and raw log

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
func (it *RollcallRegistryMaxReferenceAgeChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RollcallRegistryMaxReferenceAgeChanged)
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
		it.Event = new(RollcallRegistryMaxReferenceAgeChanged)
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
func (it *RollcallRegistryMaxReferenceAgeChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RollcallRegistryMaxReferenceAgeChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RollcallRegistryMaxReferenceAgeChanged represents a MaxReferenceAgeChanged event raised by the RollcallRegistry contract.
type RollcallRegistryMaxReferenceAgeChanged struct {
	PreviousBlocks uint32
	NewBlocks      uint32
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterMaxReferenceAgeChanged is a free log retrieval operation binding the contract event 0xe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92.
//
// Solidity: event MaxReferenceAgeChanged(uint32 previousBlocks, uint32 newBlocks)
func (_RollcallRegistry *RollcallRegistryFilterer) FilterMaxReferenceAgeChanged(opts *bind.FilterOpts) (*RollcallRegistryMaxReferenceAgeChangedIterator, error) {

	logs, sub, err := _RollcallRegistry.contract.FilterLogs(opts, "MaxReferenceAgeChanged")
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryMaxReferenceAgeChangedIterator{contract: _RollcallRegistry.contract, event: "MaxReferenceAgeChanged", logs: logs, sub: sub}, nil
}

// WatchMaxReferenceAgeChanged is a free log subscription operation binding the contract event 0xe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92.
//
// Solidity: event MaxReferenceAgeChanged(uint32 previousBlocks, uint32 newBlocks)
func (_RollcallRegistry *RollcallRegistryFilterer) WatchMaxReferenceAgeChanged(opts *bind.WatchOpts, sink chan<- *RollcallRegistryMaxReferenceAgeChanged) (event.Subscription, error) {

	logs, sub, err := _RollcallRegistry.contract.WatchLogs(opts, "MaxReferenceAgeChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RollcallRegistryMaxReferenceAgeChanged)
				if err := _RollcallRegistry.contract.UnpackLog(event, "MaxReferenceAgeChanged", log); err != nil {
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

// ParseMaxReferenceAgeChanged is a log parse operation binding the contract event 0xe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92.
//
// Solidity: event MaxReferenceAgeChanged(uint32 previousBlocks, uint32 newBlocks)
func (_RollcallRegistry *RollcallRegistryFilterer) ParseMaxReferenceAgeChanged(log types.Log) (*RollcallRegistryMaxReferenceAgeChanged, error) {
	event := new(RollcallRegistryMaxReferenceAgeChanged)
	if err := _RollcallRegistry.contract.UnpackLog(event, "MaxReferenceAgeChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RollcallRegistryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the RollcallRegistry contract.
type RollcallRegistryOwnershipTransferredIterator struct {
	Event *RollcallRegistryOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *RollcallRegistryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RollcallRegistryOwnershipTransferred)
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
		it.Event = new(RollcallRegistryOwnershipTransferred)
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
func (it *RollcallRegistryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RollcallRegistryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RollcallRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the RollcallRegistry contract.
type RollcallRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_RollcallRegistry *RollcallRegistryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*RollcallRegistryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _RollcallRegistry.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryOwnershipTransferredIterator{contract: _RollcallRegistry.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_RollcallRegistry *RollcallRegistryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *RollcallRegistryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _RollcallRegistry.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RollcallRegistryOwnershipTransferred)
				if err := _RollcallRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_RollcallRegistry *RollcallRegistryFilterer) ParseOwnershipTransferred(log types.Log) (*RollcallRegistryOwnershipTransferred, error) {
	event := new(RollcallRegistryOwnershipTransferred)
	if err := _RollcallRegistry.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RollcallRegistryThresholdChangedIterator is returned from FilterThresholdChanged and is used to iterate over the raw logs and unpacked data for ThresholdChanged events raised by the RollcallRegistry contract.
type RollcallRegistryThresholdChangedIterator struct {
	Event *RollcallRegistryThresholdChanged // Event containing the contract specifics and raw log

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
func (it *RollcallRegistryThresholdChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RollcallRegistryThresholdChanged)
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
		it.Event = new(RollcallRegistryThresholdChanged)
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
func (it *RollcallRegistryThresholdChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RollcallRegistryThresholdChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RollcallRegistryThresholdChanged represents a ThresholdChanged event raised by the RollcallRegistry contract.
type RollcallRegistryThresholdChanged struct {
	PreviousBips uint16
	NewBips      uint16
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterThresholdChanged is a free log retrieval operation binding the contract event 0x64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4.
//
// Solidity: event ThresholdChanged(uint16 previousBips, uint16 newBips)
func (_RollcallRegistry *RollcallRegistryFilterer) FilterThresholdChanged(opts *bind.FilterOpts) (*RollcallRegistryThresholdChangedIterator, error) {

	logs, sub, err := _RollcallRegistry.contract.FilterLogs(opts, "ThresholdChanged")
	if err != nil {
		return nil, err
	}
	return &RollcallRegistryThresholdChangedIterator{contract: _RollcallRegistry.contract, event: "ThresholdChanged", logs: logs, sub: sub}, nil
}

// WatchThresholdChanged is a free log subscription operation binding the contract event 0x64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4.
//
// Solidity: event ThresholdChanged(uint16 previousBips, uint16 newBips)
func (_RollcallRegistry *RollcallRegistryFilterer) WatchThresholdChanged(opts *bind.WatchOpts, sink chan<- *RollcallRegistryThresholdChanged) (event.Subscription, error) {

	logs, sub, err := _RollcallRegistry.contract.WatchLogs(opts, "ThresholdChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RollcallRegistryThresholdChanged)
				if err := _RollcallRegistry.contract.UnpackLog(event, "ThresholdChanged", log); err != nil {
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

// ParseThresholdChanged is a log parse operation binding the contract event 0x64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4.
//
// Solidity: event ThresholdChanged(uint16 previousBips, uint16 newBips)
func (_RollcallRegistry *RollcallRegistryFilterer) ParseThresholdChanged(log types.Log) (*RollcallRegistryThresholdChanged, error) {
	event := new(RollcallRegistryThresholdChanged)
	if err := _RollcallRegistry.contract.UnpackLog(event, "ThresholdChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
