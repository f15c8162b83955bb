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

// RollcallRegistryMetaData contains all meta data concerning the RollcallRegistry contract.
var RollcallRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIBLSSignatureChecker\",\"name\":\"checker\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"quorums\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"initialThresholdBips\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"initialMaxReferenceAge\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ChainIdsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"signed\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"total\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBips\",\"type\":\"uint16\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidMaxReferenceAge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidQuorumNumbers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bips\",\"type\":\"uint16\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lanesBytes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claims\",\"type\":\"uint256\"}],\"name\":\"LanesLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoClaims\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"}],\"name\":\"ReferenceBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"RoundTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RoundZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"currentBlock\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxAge\",\"type\":\"uint32\"}],\"name\":\"StaleReferenceBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyClaims\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooManyRollups\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"lane\",\"type\":\"uint256\"}],\"name\":\"WrongLane\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"claims\",\"type\":\"bytes\"}],\"name\":\"CheckpointAttested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"previousBlocks\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"newBlocks\",\"type\":\"uint32\"}],\"name\":\"MaxReferenceAgeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousBips\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newBips\",\"type\":\"uint16\"}],\"name\":\"ThresholdChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BIPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LANES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_QUORUMS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NEW_LANE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim[]\",\"name\":\"claims\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"lanes\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"claimsRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"laneCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"chainIds\",\"type\":\"uint64[]\"}],\"name\":\"lanesOf\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"lanes\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"latestRoundOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxReferenceAge\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumbers\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"quorums\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"blocks\",\"type\":\"uint32\"}],\"name\":\"setMaxReferenceAge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bips\",\"type\":\"uint16\"}],\"name\":\"setThresholdBips\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signatureChecker\",\"outputs\":[{\"internalType\":\"contractIBLSSignatureChecker\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"thresholdBips\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyClaim\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyLatestClaim\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161229938038061229983398101604081905261002e916102b5565b610037336100a9565b5f845111801561004957506020845111155b6100665760405163459637c760e11b815260040160405180910390fd5b6001600160a01b03851660805261007c846103a9565b60a052835160c05261008d836100f8565b610096826101b1565b61009f816100a9565b50505050506103cf565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f8161ffff16118015610111575061271061ffff821611155b819061013b5760405163313cc5c160e01b815261ffff909116600482015260240160405180910390fd5b506005546040805161ffff680100000000000000009093048316815291831660208301527f64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4910160405180910390a16005805461ffff909216680100000000000000000261ffff60401b19909216919091179055565b5f8163ffffffff16116101d75760405163033a721360e11b815260040160405180910390fd5b6005546040805163ffffffff6a01000000000000000000009093048316815291831660208301527fe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92910160405180910390a16005805463ffffffff9092166a01000000000000000000000263ffffffff60501b19909216919091179055565b6001600160a01b038116811461026a575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b805161ffff81168114610292575f5ffd5b919050565b805163ffffffff81168114610292575f5ffd5b805161029281610256565b5f5f5f5f5f60a086880312156102c9575f5ffd5b85516102d481610256565b60208701519095506001600160401b038111156102ef575f5ffd5b8601601f810188136102ff575f5ffd5b80516001600160401b038111156103185761031861026d565b604051601f8201601f19908116603f011681016001600160401b03811182821017156103465761034661026d565b6040528181528282016020018a101561035d575f5ffd5b8160208401602083015e5f6020838301015280965050505061038160408701610281565b925061038f60608701610297565b915061039d608087016102aa565b90509295509295909350565b805160208083015191908110156103c9575f198160200360031b1b821691505b50919050565b60805160a05160c051611e8b61040e5f395f81816103d50152610f0101525f81816104380152610f2901525f81816103140152610f550152611e8b5ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80638da5cb5b116100b4578063bcf0bcc311610079578063bcf0bcc3146102d6578063c2acfbec146102e9578063ef080853146102fc578063efb2bfd31461030f578063f2fde38b14610336578063f705003114610349575f5ffd5b80638da5cb5b1461026d5780639893c079146102915780639a7ebc22146102a45780639dd1ec53146102b7578063bc5c06af146102bf575f5ffd5b8063591440441161010557806359144044146101ea5780635a490d0414610212578063668a0f021461021b5780637148118e1461023d578063715018a61461025057806373e505721461025a575f5ffd5b80631ba9884c1461014157806328bbe5cd146101695780632a8414fd146101805780634a55afd11461019557806357e8ec43146101c2575b5f5ffd5b61015461014f3660046117ef565b610352565b60405190151581526020015b60405180910390f35b61017261ffff81565b604051908152602001610160565b6101886103d1565b604051610160919061187a565b6005546101ad90640100000000900463ffffffff1681565b60405163ffffffff9091168152602001610160565b6005546101d790600160401b900461ffff1681565b60405161ffff9091168152602001610160565b6101726101f836600461188c565b6001600160401b03165f9081526001602052604090205490565b6101d761ffff81565b60055463ffffffff165b6040516001600160401b039091168152602001610160565b61015461024b3660046118a5565b610461565b6102586104a5565b005b610258610268366004611907565b6104b8565b5f546001600160a01b03165b6040516001600160a01b039091168152602001610160565b61017261029f366004611920565b6104cc565b6102586102b236600461195a565b610556565b610172602081565b6005546101ad90600160501b900463ffffffff1681565b6102256102e436600461188c565b610567565b6102586102f73660046119c9565b6105dd565b61018861030a366004611ab0565b610602565b6102797f000000000000000000000000000000000000000000000000000000000000000081565b610258610344366004611aee565b61075c565b6101d761271081565b6001600160401b0383165f9081526001602052604081205480820361037a575f9150506103c9565b6103c58161038d36899003890189611b58565b8686808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506107d792505050565b9150505b949350505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160401b0381111561040b5761040b611b14565b6040519080825280601f01601f191660200182016040528015610435576020820181803683370190505b507f00000000000000000000000000000000000000000000000000000000000000006020820152919050565b5f806104736102e4602087018761188c565b9050806001600160401b03165f0361048e575f91505061049e565b61049a85828686610352565b9150505b9392505050565b6104ad610888565b6104b65f6108e1565b565b6104c0610888565b6104c981610930565b50565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe86020808301919091524682840181905230606084018190526001600160401b038816608085015263ffffffff871660a085015260c08085018790528551808603909101815260e0909401909452825192909101919091205f92905b9695505050505050565b61055e610888565b6104c9816109c7565b6001600160401b0381165f9081526004602052604081205480820361058e57505f92915050565b610599600182611bdc565b90506105a6600882611c09565b6105b1906020611c1c565b60025f6105bf600885611c33565b81526020019081526020015f2054901c63ffffffff16915050919050565b806105f88888888888886105f33689815f611c46565b610a77565b5050505050505050565b606061060f826002611c1c565b6001600160401b0381111561062657610626611b14565b6040519080825280601f01601f191660200182016040528015610650576020820181803683370190505b5090505f5b82811015610755575f60045f86868581811061067357610673611c6d565b9050602002016020810190610688919061188c565b6001600160401b03166001600160401b031681526020019081526020015f205490505f815f146106c2576106bd600183611bdc565b6106c6565b61ffff5b90506001600160f81b031960f082901b16846106e3856002611c1c565b815181106106f3576106f3611c6d565b60200101906001600160f81b03191690815f1a90535060f881901b8461071a856002611c1c565b610725906001611c81565b8151811061073557610735611c6d565b60200101906001600160f81b03191690815f1a9053505050600101610655565b5092915050565b610764610888565b6001600160a01b0381166107ce5760405162461bcd60e51b815260206004820152602660248201527f4f776e61626c653a206e6577206f776e657220697320746865207a65726f206160448201526564647265737360d01b60648201526084015b60405180910390fd5b6104c9816108e1565b5f6008825111156107e957505f61049e565b8251602080850151604080870151606088015182515f8187018190526001600160401b03978816602183015296909416604185015260618401919091526081808401919091528151808403909101815260a190920190528051910120905b835181101561087d576108738285838151811061086657610866611c6d565b6020026020010151610c4b565b9150600101610847565b509093149392505050565b5f546001600160a01b031633146104b65760405162461bcd60e51b815260206004820181905260248201527f4f776e61626c653a2063616c6c6572206973206e6f7420746865206f776e657260448201526064016107c5565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f8163ffffffff16116109565760405163033a721360e11b815260040160405180910390fd5b6005546040805163ffffffff600160501b9093048316815291831660208301527fe9cf16f5fa65da21303c92a80cc0367796dd67fa6409f5fd3737df808f801e92910160405180910390a16005805463ffffffff909216600160501b0263ffffffff60501b19909216919091179055565b5f8161ffff161180156109e0575061271061ffff821611155b8190610a065760405163313cc5c160e01b815261ffff90911660048201526024016107c5565b506005546040805161ffff600160401b9093048316815291831660208301527f64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4910160405180910390a16005805461ffff909216600160401b0269ffff000000000000000019909216919091179055565b876001600160401b03165f03610a9f5760405162b7c0dd60e51b815260040160405180910390fd5b8763ffffffff6001600160401b0382161115610ada57604051633c90ac5560e11b81526001600160401b0390911660048201526024016107c5565b506001600160401b0388165f90815260016020526040902054889015610b1f576040516312f53c1960e21b81526001600160401b0390911660048201526024016107c5565b50610b2b856002611c1c565b839086908214610b57576040516302b1f81d60e21b8152600481019290925260248201526044016107c5565b50505f5f610b658888610c74565b915091505f610b80610b788c8c866104cc565b8b8787610e32565b6001600160401b038c165f9081526001602052604090208490559050610ba68787611107565b15610bbd57610bb88b8a8a8a8a611132565b610bca565b610bca8b8a8a8a8a6112fa565b60055463ffffffff166001600160401b038c161115610bf9576005805463ffffffff191663ffffffff8d161790555b8a6001600160401b03167f99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc3038b8385604051610c3693929190611c94565b60405180910390a25050505050505050505050565b5f81831115610c58579091905b6040516001815360018101939093525060218201526041902090565b5f606082808303610c985760405163e120557360e01b815260040160405180910390fd5b80610100811115610cbf57604051633fd3f82f60e01b81526004016107c591815260200190565b505f816001600160401b03811115610cd957610cd9611b14565b604051908082528060200260200182016040528015610d02578160200160208202803683370190505b509050610d10605083611c1c565b6001600160401b03811115610d2757610d27611b14565b6040519080825280601f01601f191660200182016040528015610d51576020820181803683370190505b5092505f6040515f5f5b85811015610dec578060071b8a01803560208201358060401c8260401c1715610d82575f5ffd5b848211155f85111687151615610d99576001840196505b8194505f86536080836001880137608186208460051b60208a0101526050840260208b01018160801b8360c01b178152604084013560108201526060840135603082015250505050600181019050610d5b565b505050805f14610e1d57610e01600182611bdc565b604051633751002b60e11b81526004016107c591815260200190565b610e26826114e4565b94505050509250929050565b6005545f9063ffffffff600160501b9091048116908590439082168111610e7a576040516341b1af0960e01b815263ffffffff909216600483015260248201526044016107c5565b50508063ffffffff168563ffffffff1643610e959190611bdc565b1115854383909192610ed35760405163c8a595b160e01b815263ffffffff9384166004820152602481019290925290911660448201526064016107c5565b505060405163377da31b60e11b80825260048201899052608060248301526044820188905260c060648301527f0000000000000000000000000000000000000000000000000000000000000000608483018190527f000000000000000000000000000000000000000000000000000000000000000060a48401819052909350917f000000000000000000000000000000000000000000000000000000000000000091905f90606090898b60c48301378960c4015f5f8284895afa935050809150503d81523d5f602083013e3d601f01601f1916810160200160405281610fbb57805160208201fd5b604080518082019091526060808252602082015281806020019051810190610fe39190611d4a565b600554909a50909150600160401b900461ffff165f5b888110156110f5575f835f0151828151811061101757611017611c6d565b602002602001015190505f8460200151838151811061103857611038611c6d565b602002602001015190508361ffff16816001600160601b031661105b9190611c1c565b6110706127106001600160601b038516611c1c565b1015801561108657505f826001600160601b0316115b8a846020811061109857611098611c6d565b1a908390839087906110e35760405163358576b360e21b815260ff90941660048501526001600160601b0392831660248501529116604483015261ffff1660648201526084016107c5565b505060019094019350610ff992505050565b50505050505050505050949350505050565b60015f5b828110156107555761ffff8185013560f01c0361112a575f9150610755565b60020161110b565b600554604080515f19808252602082018190525f92820183905264010000000090930463ffffffff1692918080805b89811015611246578060011b89013560f01c8781106111835781965050611246565b85518160021c146111a7578060021c86528060021c5f52600360205260405f205494505b8160071b8c0135806001600160401b03876003851660061b1c16146111d0578297505050611246565b5060208601518160031c1461121357604086015184146111ee578383555b8060031c60208701528060031c5f52600260205260405f209250825493508360408701525b6007811660051b90508c63ffffffff85831c16101561123d578c811b63ffffffff821b1985161793505b50600101611161565b5060408401518214611256578181555b505050505f1981146112f15785858281811061127457611274611c6d565b61128a926020608090920201908101915061188c565b8484611297846002611c1c565b906112a3856002611c1c565b6112ae906002611c81565b926112bb93929190611c46565b6112c491611e07565b604051630336e7a360e31b81526001600160401b03909216600483015260f01c60248201526044016107c5565b50505050505050565b6040805160c0810182525f198082525f60208301819052928201839052606082015260808101829052600554640100000000900463ffffffff1660a0820152905b8481101561146c575f6113b28388888581811061135a5761135a611c6d565b611370926020608090920201908101915061188c565b878761137d876002611c1c565b90611389886002611c1c565b611394906002611c81565b926113a193929190611c46565b6113aa91611e07565b60f01c6115a3565b90505f6113c0600883611c33565b845190915081146114125783604001518460200151146113f25760208085015185515f90815260029092526040909120555b5f8181526002602090815260409182902054908601819052908501528084525b5f61141e600884611c09565b611429906020611c1c565b90508963ffffffff16818660200151901c63ffffffff1610156114615760208501805163ffffffff8c8116841b90841b199091161790525b50505060010161133b565b5080604001518160200151146114945760208082015182515f90815260029092526040909120555b60055460a082015164010000000090910463ffffffff16146114dc5760a08101516005805463ffffffff9092166401000000000267ffffffff00000000199092169190911790555b505050505050565b5f81515f036115065760405163e120557360e01b815260040160405180910390fd5b5f825160208401604051600181535b6001831115611599578260011c5f5b8181101561156557600681901b840180516020909101518082111561154557905b600185810192909252602185015260418420600583901b86015201611524565b50600184166001811461157a57819450611592565b6001850360051b8401518260051b8501526001820194505b5050611515565b5051949350505050565b5f61ffff821461165e575f6115b9600484611c33565b9050846060015181146115e1575f818152600360205260409020546080860152606085018190525b8460a001518310801561162157506001600160401b038416611604600485611c09565b61160f906040611c1c565b8660800151901c6001600160401b0316145b8484909161165357604051630336e7a360e31b81526001600160401b03909216600483015260248201526044016107c5565b50508291505061049e565b506001600160401b0382165f90815260046020526040902054801561168f57611688600182611bdc565b905061049e565b60a084015161ffff116116b55760405163282104cd60e21b815260040160405180910390fd5b60a084018051906116c582611e3d565b905290506116d4816001611c81565b6001600160401b0384165f908152600460208190526040822092909255906116fc9083611c33565b90505f61170a600484611c09565b611715906040611c1c565b856001600160401b0316901b8660600151831461173f575f83815260036020526040902054611745565b86608001515b5f8481526003602052604090209117908190556060870151909150820361176e57608086018190525b50509392505050565b5f60808284031215611787575f5ffd5b50919050565b80356001600160401b03811681146117a3575f5ffd5b919050565b5f5f83601f8401126117b8575f5ffd5b5081356001600160401b038111156117ce575f5ffd5b6020830191508360208260051b85010111156117e8575f5ffd5b9250929050565b5f5f5f5f60c08587031215611802575f5ffd5b61180c8686611777565b935061181a6080860161178d565b925060a08501356001600160401b03811115611834575f5ffd5b611840878288016117a8565b95989497509550505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61049e602083018461184c565b5f6020828403121561189c575f5ffd5b61049e8261178d565b5f5f5f60a084860312156118b7575f5ffd5b6118c18585611777565b925060808401356001600160401b038111156118db575f5ffd5b6118e7868287016117a8565b9497909650939450505050565b803563ffffffff811681146117a3575f5ffd5b5f60208284031215611917575f5ffd5b61049e826118f4565b5f5f5f60608486031215611932575f5ffd5b61193b8461178d565b9250611949602085016118f4565b929592945050506040919091013590565b5f6020828403121561196a575f5ffd5b813561ffff8116811461049e575f5ffd5b5f5f83601f84011261198b575f5ffd5b5081356001600160401b038111156119a1575f5ffd5b6020830191508360208285010111156117e8575f5ffd5b5f6101808284031215611787575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156119df575f5ffd5b6119e88861178d565b96506119f6602089016118f4565b955060408801356001600160401b03811115611a10575f5ffd5b8801601f81018a13611a20575f5ffd5b80356001600160401b03811115611a35575f5ffd5b8a60208260071b8401011115611a49575f5ffd5b6020919091019550935060608801356001600160401b03811115611a6b575f5ffd5b611a778a828b0161197b565b90945092505060808801356001600160401b03811115611a95575f5ffd5b611aa18a828b016119b8565b91505092959891949750929550565b5f5f60208385031215611ac1575f5ffd5b82356001600160401b03811115611ad6575f5ffd5b611ae2858286016117a8565b90969095509350505050565b5f60208284031215611afe575f5ffd5b81356001600160a01b038116811461049e575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b0381118282101715611b5057611b50611b14565b604052919050565b5f6080828403128015611b69575f5ffd5b50604051608081016001600160401b0381118282101715611b8c57611b8c611b14565b604052611b988361178d565b8152611ba66020840161178d565b6020820152604083810135908201526060928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611bef57611bef611bc8565b92915050565b634e487b7160e01b5f52601260045260245ffd5b5f82611c1757611c17611bf5565b500690565b8082028115828204841417611bef57611bef611bc8565b5f82611c4157611c41611bf5565b500490565b5f5f85851115611c54575f5ffd5b83861115611c60575f5ffd5b5050820193919092039150565b634e487b7160e01b5f52603260045260245ffd5b80820180821115611bef57611bef611bc8565b63ffffffff84168152826020820152606060408201525f611cb8606083018461184c565b95945050505050565b5f82601f830112611cd0575f5ffd5b81516001600160401b03811115611ce957611ce9611b14565b8060051b611cf960208201611b28565b91825260208185018101929081019086841115611d14575f5ffd5b6020860192505b8383101561054c5782516001600160601b0381168114611d39575f5ffd5b825260209283019290910190611d1b565b5f5f60408385031215611d5b575f5ffd5b82516001600160401b03811115611d70575f5ffd5b830160408186031215611d81575f5ffd5b604080519081016001600160401b0381118282101715611da357611da3611b14565b60405281516001600160401b03811115611dbb575f5ffd5b611dc787828501611cc1565b82525060208201516001600160401b03811115611de2575f5ffd5b611dee87828501611cc1565b6020830152508093505050602083015190509250929050565b80356001600160f01b03198116906002841015610755576001600160f01b031960029490940360031b84901b1690921692915050565b5f60018201611e4e57611e4e611bc8565b506001019056fea2646970667358221220efec387d7ec6621b546e977e66a9c2d7a8752b17b5554274e3ac9e27a3daf72c64736f6c634300081b0033",
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

// MAXLANES is a free data retrieval call binding the contract method 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (_RollcallRegistry *RollcallRegistryCaller) MAXLANES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "MAX_LANES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLANES is a free data retrieval call binding the contract method 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (_RollcallRegistry *RollcallRegistrySession) MAXLANES() (*big.Int, error) {
	return _RollcallRegistry.Contract.MAXLANES(&_RollcallRegistry.CallOpts)
}

// MAXLANES is a free data retrieval call binding the contract method 0x28bbe5cd.
//
// Solidity: function MAX_LANES() view returns(uint256)
func (_RollcallRegistry *RollcallRegistryCallerSession) MAXLANES() (*big.Int, error) {
	return _RollcallRegistry.Contract.MAXLANES(&_RollcallRegistry.CallOpts)
}

// MAXQUORUMS is a free data retrieval call binding the contract method 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint256)
func (_RollcallRegistry *RollcallRegistryCaller) MAXQUORUMS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "MAX_QUORUMS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXQUORUMS is a free data retrieval call binding the contract method 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint256)
func (_RollcallRegistry *RollcallRegistrySession) MAXQUORUMS() (*big.Int, error) {
	return _RollcallRegistry.Contract.MAXQUORUMS(&_RollcallRegistry.CallOpts)
}

// MAXQUORUMS is a free data retrieval call binding the contract method 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint256)
func (_RollcallRegistry *RollcallRegistryCallerSession) MAXQUORUMS() (*big.Int, error) {
	return _RollcallRegistry.Contract.MAXQUORUMS(&_RollcallRegistry.CallOpts)
}

// NEWLANE is a free data retrieval call binding the contract method 0x5a490d04.
//
// Solidity: function NEW_LANE() view returns(uint16)
func (_RollcallRegistry *RollcallRegistryCaller) NEWLANE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "NEW_LANE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// NEWLANE is a free data retrieval call binding the contract method 0x5a490d04.
//
// Solidity: function NEW_LANE() view returns(uint16)
func (_RollcallRegistry *RollcallRegistrySession) NEWLANE() (uint16, error) {
	return _RollcallRegistry.Contract.NEWLANE(&_RollcallRegistry.CallOpts)
}

// NEWLANE is a free data retrieval call binding the contract method 0x5a490d04.
//
// Solidity: function NEW_LANE() view returns(uint16)
func (_RollcallRegistry *RollcallRegistryCallerSession) NEWLANE() (uint16, error) {
	return _RollcallRegistry.Contract.NEWLANE(&_RollcallRegistry.CallOpts)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistryCaller) CheckpointDigest(opts *bind.CallOpts, round uint64, referenceBlock uint32, root [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "checkpointDigest", round, referenceBlock, root)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistrySession) CheckpointDigest(round uint64, referenceBlock uint32, root [32]byte) ([32]byte, error) {
	return _RollcallRegistry.Contract.CheckpointDigest(&_RollcallRegistry.CallOpts, round, referenceBlock, root)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x9893c079.
//
// Solidity: function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistryCallerSession) CheckpointDigest(round uint64, referenceBlock uint32, root [32]byte) ([32]byte, error) {
	return _RollcallRegistry.Contract.CheckpointDigest(&_RollcallRegistry.CallOpts, round, referenceBlock, root)
}

// ClaimsRoot is a free data retrieval call binding the contract method 0x59144044.
//
// Solidity: function claimsRoot(uint64 round) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistryCaller) ClaimsRoot(opts *bind.CallOpts, round uint64) ([32]byte, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "claimsRoot", round)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ClaimsRoot is a free data retrieval call binding the contract method 0x59144044.
//
// Solidity: function claimsRoot(uint64 round) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistrySession) ClaimsRoot(round uint64) ([32]byte, error) {
	return _RollcallRegistry.Contract.ClaimsRoot(&_RollcallRegistry.CallOpts, round)
}

// ClaimsRoot is a free data retrieval call binding the contract method 0x59144044.
//
// Solidity: function claimsRoot(uint64 round) view returns(bytes32)
func (_RollcallRegistry *RollcallRegistryCallerSession) ClaimsRoot(round uint64) ([32]byte, error) {
	return _RollcallRegistry.Contract.ClaimsRoot(&_RollcallRegistry.CallOpts, round)
}

// LaneCount is a free data retrieval call binding the contract method 0x4a55afd1.
//
// Solidity: function laneCount() view returns(uint32)
func (_RollcallRegistry *RollcallRegistryCaller) LaneCount(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "laneCount")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// LaneCount is a free data retrieval call binding the contract method 0x4a55afd1.
//
// Solidity: function laneCount() view returns(uint32)
func (_RollcallRegistry *RollcallRegistrySession) LaneCount() (uint32, error) {
	return _RollcallRegistry.Contract.LaneCount(&_RollcallRegistry.CallOpts)
}

// LaneCount is a free data retrieval call binding the contract method 0x4a55afd1.
//
// Solidity: function laneCount() view returns(uint32)
func (_RollcallRegistry *RollcallRegistryCallerSession) LaneCount() (uint32, error) {
	return _RollcallRegistry.Contract.LaneCount(&_RollcallRegistry.CallOpts)
}

// LanesOf is a free data retrieval call binding the contract method 0xef080853.
//
// Solidity: function lanesOf(uint64[] chainIds) view returns(bytes lanes)
func (_RollcallRegistry *RollcallRegistryCaller) LanesOf(opts *bind.CallOpts, chainIds []uint64) ([]byte, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "lanesOf", chainIds)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// LanesOf is a free data retrieval call binding the contract method 0xef080853.
//
// Solidity: function lanesOf(uint64[] chainIds) view returns(bytes lanes)
func (_RollcallRegistry *RollcallRegistrySession) LanesOf(chainIds []uint64) ([]byte, error) {
	return _RollcallRegistry.Contract.LanesOf(&_RollcallRegistry.CallOpts, chainIds)
}

// LanesOf is a free data retrieval call binding the contract method 0xef080853.
//
// Solidity: function lanesOf(uint64[] chainIds) view returns(bytes lanes)
func (_RollcallRegistry *RollcallRegistryCallerSession) LanesOf(chainIds []uint64) ([]byte, error) {
	return _RollcallRegistry.Contract.LanesOf(&_RollcallRegistry.CallOpts, chainIds)
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

// LatestRoundOf is a free data retrieval call binding the contract method 0xbcf0bcc3.
//
// Solidity: function latestRoundOf(uint64 chainId) view returns(uint64)
func (_RollcallRegistry *RollcallRegistryCaller) LatestRoundOf(opts *bind.CallOpts, chainId uint64) (uint64, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "latestRoundOf", chainId)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestRoundOf is a free data retrieval call binding the contract method 0xbcf0bcc3.
//
// Solidity: function latestRoundOf(uint64 chainId) view returns(uint64)
func (_RollcallRegistry *RollcallRegistrySession) LatestRoundOf(chainId uint64) (uint64, error) {
	return _RollcallRegistry.Contract.LatestRoundOf(&_RollcallRegistry.CallOpts, chainId)
}

// LatestRoundOf is a free data retrieval call binding the contract method 0xbcf0bcc3.
//
// Solidity: function latestRoundOf(uint64 chainId) view returns(uint64)
func (_RollcallRegistry *RollcallRegistryCallerSession) LatestRoundOf(chainId uint64) (uint64, error) {
	return _RollcallRegistry.Contract.LatestRoundOf(&_RollcallRegistry.CallOpts, chainId)
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
// Solidity: function quorumNumbers() view returns(bytes quorums)
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
// Solidity: function quorumNumbers() view returns(bytes quorums)
func (_RollcallRegistry *RollcallRegistrySession) QuorumNumbers() ([]byte, error) {
	return _RollcallRegistry.Contract.QuorumNumbers(&_RollcallRegistry.CallOpts)
}

// QuorumNumbers is a free data retrieval call binding the contract method 0x2a8414fd.
//
// Solidity: function quorumNumbers() view returns(bytes quorums)
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

// VerifyLatestClaim is a free data retrieval call binding the contract method 0x7148118e.
//
// Solidity: function verifyLatestClaim((uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) view returns(bool)
func (_RollcallRegistry *RollcallRegistryCaller) VerifyLatestClaim(opts *bind.CallOpts, claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _RollcallRegistry.contract.Call(opts, &out, "verifyLatestClaim", claim, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyLatestClaim is a free data retrieval call binding the contract method 0x7148118e.
//
// Solidity: function verifyLatestClaim((uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) view returns(bool)
func (_RollcallRegistry *RollcallRegistrySession) VerifyLatestClaim(claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	return _RollcallRegistry.Contract.VerifyLatestClaim(&_RollcallRegistry.CallOpts, claim, proof)
}

// VerifyLatestClaim is a free data retrieval call binding the contract method 0x7148118e.
//
// Solidity: function verifyLatestClaim((uint64,uint64,bytes32,bytes32) claim, bytes32[] proof) view returns(bool)
func (_RollcallRegistry *RollcallRegistryCallerSession) VerifyLatestClaim(claim RollcallCodecClaim, proof [][32]byte) (bool, error) {
	return _RollcallRegistry.Contract.VerifyLatestClaim(&_RollcallRegistry.CallOpts, claim, proof)
}

// Attest is a paid mutator transaction binding the contract method 0xc2acfbec.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, bytes lanes, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_RollcallRegistry *RollcallRegistryTransactor) Attest(opts *bind.TransactOpts, round uint64, referenceBlock uint32, claims []RollcallCodecClaim, lanes []byte, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _RollcallRegistry.contract.Transact(opts, "attest", round, referenceBlock, claims, lanes, signature)
}

// Attest is a paid mutator transaction binding the contract method 0xc2acfbec.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, bytes lanes, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_RollcallRegistry *RollcallRegistrySession) Attest(round uint64, referenceBlock uint32, claims []RollcallCodecClaim, lanes []byte, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.Attest(&_RollcallRegistry.TransactOpts, round, referenceBlock, claims, lanes, signature)
}

// Attest is a paid mutator transaction binding the contract method 0xc2acfbec.
//
// Solidity: function attest(uint64 round, uint32 referenceBlock, (uint64,uint64,bytes32,bytes32)[] claims, bytes lanes, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) signature) returns()
func (_RollcallRegistry *RollcallRegistryTransactorSession) Attest(round uint64, referenceBlock uint32, claims []RollcallCodecClaim, lanes []byte, signature IBLSSignatureCheckerNonSignerStakesAndSignature) (*types.Transaction, error) {
	return _RollcallRegistry.Contract.Attest(&_RollcallRegistry.TransactOpts, round, referenceBlock, claims, lanes, signature)
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
	SignatoryRecordHash [32]byte
	Claims              []byte
	Raw                 types.Log // Blockchain specific contextual infos
}

// FilterCheckpointAttested is a free log retrieval operation binding the contract event 0x99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc303.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims)
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

// WatchCheckpointAttested is a free log subscription operation binding the contract event 0x99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc303.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims)
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

// ParseCheckpointAttested is a log parse operation binding the contract event 0x99b518ae273494dfa498db8cadb162b5b13c8858f06563dd0d3e9051bf9fc303.
//
// Solidity: event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims)
func (_RollcallRegistry *RollcallRegistryFilterer) ParseCheckpointAttested(log types.Log) (*RollcallRegistryCheckpointAttested, error) {
	event := new(RollcallRegistryCheckpointAttested)
	if err := _RollcallRegistry.contract.UnpackLog(event, "CheckpointAttested", log); err != nil {
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
