// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package certificateverifier

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

// CertificateVerifierMetaData contains all meta data concerning the CertificateVerifier contract.
var CertificateVerifierMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l1ChainId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"l1Registry_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"genesis\",\"type\":\"tuple\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBips_\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxStaleness_\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graceWindow_\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"signed\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"total\",\"type\":\"uint96\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBips\",\"type\":\"uint16\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidEmptyTable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidG2Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"graceWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxStaleness\",\"type\":\"uint32\"}],\"name\":\"InvalidGraceWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"maxStaleness\",\"type\":\"uint32\"}],\"name\":\"InvalidMaxStaleness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonSigner\",\"type\":\"uint256\"}],\"name\":\"InvalidNonSignerIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonSigner\",\"type\":\"uint256\"}],\"name\":\"InvalidNonSignerKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidNonSignerProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonSigner\",\"type\":\"uint256\"}],\"name\":\"InvalidNonSignerStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorumKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorumOperatorCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignaturePoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bips\",\"type\":\"uint16\"}],\"name\":\"InvalidThreshold\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoQuorums\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"currentReferenceBlock\",\"type\":\"uint32\"}],\"name\":\"NoTableForReferenceBlock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonSigner\",\"type\":\"uint256\"}],\"name\":\"NonSignerStakeExceedsTotal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonSigner\",\"type\":\"uint256\"}],\"name\":\"NonSignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"QuorumsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonSigner\",\"type\":\"uint256\"}],\"name\":\"StakesLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"maxStaleness\",\"type\":\"uint32\"}],\"name\":\"StaleTable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"currentReferenceBlock\",\"type\":\"uint32\"}],\"name\":\"TableNotNewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"currentL1Timestamp\",\"type\":\"uint64\"}],\"name\":\"TableTimestampNotNewer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"operatorCount\",\"type\":\"uint256\"}],\"name\":\"TooManyNonSigners\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"TooManyQuorums\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"previousSeconds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"newSeconds\",\"type\":\"uint32\"}],\"name\":\"GraceWindowChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"previousSeconds\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"newSeconds\",\"type\":\"uint32\"}],\"name\":\"MaxStalenessChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"}],\"name\":\"TableReset\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"}],\"name\":\"TableUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"previousBips\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newBips\",\"type\":\"uint16\"}],\"name\":\"ThresholdChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BIPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentTable\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"graceWindow\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1ChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1Registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxStaleness\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"previousTable\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"table\",\"type\":\"tuple\"},{\"internalType\":\"bool\",\"name\":\"held\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"usableUntil\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"table\",\"type\":\"tuple\"}],\"name\":\"resetTable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"seconds_\",\"type\":\"uint32\"}],\"name\":\"setGraceWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"seconds_\",\"type\":\"uint32\"}],\"name\":\"setMaxStaleness\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bips\",\"type\":\"uint16\"}],\"name\":\"setThresholdBips\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"table\",\"type\":\"tuple\"}],\"name\":\"tableDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"thresholdBips\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"l1Timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"apk\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structOperatorTable.Quorum[]\",\"name\":\"quorums\",\"type\":\"tuple[]\"}],\"internalType\":\"structOperatorTable.Table\",\"name\":\"newTable\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes\",\"type\":\"uint96[]\"}],\"internalType\":\"structICertificateVerifier.NonSigner[]\",\"name\":\"nonSigners\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structICertificateVerifier.Certificate\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"updateTable\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes\",\"type\":\"uint96[]\"}],\"internalType\":\"structICertificateVerifier.NonSigner[]\",\"name\":\"nonSigners\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structICertificateVerifier.Certificate\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"verifyCertificate\",\"outputs\":[{\"internalType\":\"uint96[]\",\"name\":\"signedStake\",\"type\":\"uint96[]\"},{\"internalType\":\"uint96[]\",\"name\":\"totalStake\",\"type\":\"uint96[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051613a04380380613a0483398101604081905261002e91610c8d565b6001600160a01b03811661005557604051639905827b60e01b815260040160405180910390fd5b60808790526001600160a01b0386811660a0525f80546001600160a01b03191691831691821781556040517f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36100ae8461016b565b6100b783610219565b6100c0826102b7565b846040015163ffffffff165f036100df576100da8561036e565b6100e8565b6100e885610490565b6100f360018661068c565b845f015163ffffffff167f19b4a5c1a2a1d497622443c3417aaa11f31772f42972713a15489dd46fd71cc786602001516101328861083c60201b60201c565b606089810151604080516001600160401b039590951685526020850193909352838301529051918290030190a250505050505050610def565b61ffff811615801590610184575061271061ffff821611155b81906101af5760405163313cc5c160e01b815261ffff90911660048201526024015b60405180910390fd5b505f546040805161ffff600160a01b9093048316815291831660208301527f64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4910160405180910390a15f805461ffff909216600160a01b0261ffff60a01b19909216919091179055565b8063ffffffff811661024757604051633bb4712760e21b815263ffffffff90911660048201526024016101a6565b505f546040805163ffffffff600160b01b9093048316815291831660208301527f4aa3bc87ab381ac0e2b2c4fe394b143aa56a2c9e47753b5d2b6a14193d7bc2ed910160405180910390a15f805463ffffffff909216600160b01b0263ffffffff60b01b19909216919091179055565b5f54819063ffffffff600160b01b90910481169082168110156102fd5760405163068406f760e01b815263ffffffff9283166004820152911660248201526044016101a6565b50505f546040805163ffffffff600160d01b9093048316815291831660208301527ffffc516534e548fdda3460e2f6c17742f69d2a1696731f0a66a97e8b15a0ead1910160405180910390a15f805463ffffffff909216600160d01b0263ffffffff60d01b19909216919091179055565b6080810151518015801590610384575060108111155b801561039257506060820151155b6103af5760405163df7c9b8160e01b815260040160405180910390fd5b5f5b8181101561048b575f836080015182815181106103d0576103d0610d9d565b60200260200101519050815f148061041a575060808401516103f3600184610dc5565b8151811061040357610403610d9d565b60200260200101515f015160ff16815f015160ff16115b80156104295750602081015151155b801561043a57506020808201510151155b8015610451575060408101516001600160601b0316155b80156104655750606081015163ffffffff16155b6104825760405163df7c9b8160e01b815260040160405180910390fd5b506001016103b1565b505050565b6080810151515f8190036104b65760405162ab765760e21b815260040160405180910390fd5b8060108111156104df576040516001621ea40b60e21b031981526004016101a691815260200190565b50604082015163ffffffff165f81900361050c5760405163ddf9d24560e01b815260040160405180910390fd5b8061100081111561053357604051634cc72ba160e11b81526004016101a691815260200190565b505f5b82811015610686575f8460800151828151811061055557610555610d9d565b60200260200101519050815f148061059f57506080850151610578600184610dc5565b8151811061058857610588610d9d565b60200260200101515f015160ff16815f015160ff16115b82906105c157604051630a46afd960e21b81526004016101a691815260200190565b5082816060015163ffffffff16111582906105f257604051630f178dc560e11b81526004016101a691815260200190565b5060208101515115801561060b57506020808201510151155b15610644576060810151829063ffffffff161561063e5760405163123f603760e11b81526004016101a691815260200190565b5061067d565b60208082015180519101516106599190610858565b829061067b5760405163123f603760e11b81526004016101a691815260200190565b505b50600101610536565b50505050565b608081015151815183546020840151604085015163ffffffff9384166001600160601b0319909316929092176401000000006001600160401b03909216919091021764ffffffffff60601b19166c01000000000000000000000000929091169190910260ff60801b191617600160801b60ff83160217600160881b600160c81b0319168355606082015160018401555f5b81811015610686575f8360800151828151811061073c5761073c610d9d565b602002602001015190506040518060a0016040528082602001515f015181526020018260200151602001518152602001825f015160ff16815260200182604001516001600160601b03168152602001826060015163ffffffff168152508560020183601081106107ae576107ae610d9d565b8251600391909102919091019081556020820151600180830191909155604083015160029092018054606085015160809095015163ffffffff166d01000000000000000000000000000263ffffffff60681b196001600160601b03909616610100026001600160681b031990921660ff9095169490941717939093169190911790915591909101905061071d565b5f61085260805160a051846108eb60201b60201c565b92915050565b5f5f5160206139e45f395f51905f528310158061088257505f5160206139e45f395f51905f528210155b80610894575082158015610894575081155b156108a057505f610852565b5f5160206139e45f395f51905f5260035f5160206139e45f395f51905f52855f5160206139e45f395f51905f5287880909085f5160206139e45f395f51905f52838409149392505050565b5f7fdf5d8aa4d0ba23b52b7bd27972b4d8c47e548411d5b621e46b1a14238b07fca38484845f015185602001518660400151876060015161093589608001516109a860201b60201c565b6040805160208101999099528801969096526001600160a01b03909416606087015263ffffffff92831660808701526001600160401b0390911660a08601521660c084015260e0830152610100820152610120016040516020818303038152906040528051906020012090509392505050565b80515f90816109b88260a0610dd8565b6001600160401b038111156109cf576109cf610aa6565b6040519080825280601f01601f1916602001820160405280156109f9576020820181803683370190505b5090505f5b82811015610a7b575f858281518110610a1957610a19610d9d565b60209081029190910181015180518183015180519084015160408085015160609586015160ff90951660a08a81028c019889019190915291870193909352938501526001600160601b0316608084015263ffffffff16910152506001016109fe565b5080516020909101209392505050565b80516001600160a01b0381168114610aa1575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715610adc57610adc610aa6565b60405290565b604080519081016001600160401b0381118282101715610adc57610adc610aa6565b60405160a081016001600160401b0381118282101715610adc57610adc610aa6565b604051601f8201601f191681016001600160401b0381118282101715610b4e57610b4e610aa6565b604052919050565b805163ffffffff81168114610aa1575f5ffd5b80516001600160601b0381168114610aa1575f5ffd5b5f82601f830112610b8e575f5ffd5b81516001600160401b03811115610ba757610ba7610aa6565b610bb660208260051b01610b26565b80828252602082019150602060a08402860101925085831115610bd7575f5ffd5b602085015b83811015610c725780870360a0811215610bf4575f5ffd5b610bfc610aba565b825160ff81168114610c0c575f5ffd5b81526040601f1983011215610c1f575f5ffd5b610c27610ae2565b602084810151825260408501518183015282018190529150610c4b60608401610b69565b6040820152610c5c60808401610b56565b606082015284525060209092019160a001610bdc565b5095945050505050565b805161ffff81168114610aa1575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610ca3575f5ffd5b87519650610cb360208901610a8b565b60408901519096506001600160401b03811115610cce575f5ffd5b880160a0818b031215610cdf575f5ffd5b610ce7610b04565b610cf082610b56565b815260208201516001600160401b0381168114610d0b575f5ffd5b6020820152610d1c60408301610b56565b60408201526060828101519082015260808201516001600160401b03811115610d43575f5ffd5b610d4f8c828501610b7f565b6080830152509550610d65905060608901610c7c565b9350610d7360808901610b56565b9250610d8160a08901610b56565b9150610d8f60c08901610a8b565b905092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561085257610852610db1565b808202811582820484141761085257610852610db1565b60805160a051612bc6610e1e5f395f8181610171015261073c01525f8181610137015261071b0152612bc65ff3fe608060405234801561000f575f5ffd5b5060043610610106575f3560e01c8063920705b11161009e578063d8b8f9721161006e578063d8b8f97214610281578063e25d933d14610298578063f2fde38b146102ab578063f7050031146102be578063f7da4b5e146102c7575f5ffd5b8063920705b1146102305780639a7ebc2214610245578063cd92137214610258578063cee1a6651461026b575f5ffd5b806357e8ec43116100d957806357e8ec43146101ab578063695e7542146101d257806387cf4696146101f35780638da5cb5b1461021e575f5ffd5b8063083f9c741461010a5780630915b7931461011f57806312622e5b1461013257806324f20f751461016c575b5f5ffd5b61011d61011836600461242f565b6102da565b005b61011d61012d366004612492565b610520565b6101597f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b6101937f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610163565b5f546101bf90600160a01b900461ffff1681565b60405161ffff9091168152602001610163565b6101e56101e03660046124e3565b610667565b604051610163929190612578565b5f5461020990600160b01b900463ffffffff1681565b60405163ffffffff9091168152602001610163565b5f54610193906001600160a01b031681565b610238610697565b6040516101639190612670565b61011d610253366004612689565b6106d0565b6101596102663660046128f8565b610715565b5f5461020990600160d01b900463ffffffff1681565b610289610767565b60405161016393929190612929565b61011d6102a636600461295b565b610803565b61011d6102b9366004612974565b6108bc565b6101bf61271081565b61011d6102d536600461295b565b610975565b6102eb6102e68361299a565b6109b7565b5f8054600160f01b900460ff16906001826002811061030c5761030c6129a5565b60320201805490915063ffffffff16610328602086018661295b565b63ffffffff161161033c602086018661295b565b8254909163ffffffff9091169061037b5760405163817325b960e01b815263ffffffff9283166004820152911660248201526044015b60405180910390fd5b5050805464010000000090046001600160401b03166103a060408601602087016129b9565b6001600160401b031610156103bb60408601602087016129b9565b825490916401000000009091046001600160401b0316906104025760405163079948fd60e11b81526001600160401b03928316600482015291166024820152604401610372565b505061040d81610bb3565b5f61041a6102668661299a565b9050610427828286610c38565b5050815467ffffffffffffffff60881b1916600160881b426001600160401b031602178255610480600161045b85826129e6565b60ff166002811061046e5761046e6129a5565b6032020161047b8761299a565b61105c565b61048b8360016129e6565b5f805460ff92909216600160f01b0260ff60f01b199092169190911790556104b6602086018661295b565b63ffffffff167f7c8feddcc422a7ede54032e7cf991759c26470d5d726e2b6945f546dbcb0190b6104ed60408801602089016129b9565b604080516001600160401b0392909216825260208201859052606089810135838301529051918290030190a25050505050565b5f5433906001600160a01b031681146105585760405163245aecd360e01b81526001600160a01b039091166004820152602401610372565b506105656102e68261299a565b5f8054600160f01b900460ff1690600161057f83826129e6565b60ff1660028110610592576105926129a5565b6032020180546001600160401b0392909216600160881b0267ffffffffffffffff60881b199092169190911790556105e6600160ff8316600281106105d9576105d96129a5565b6032020161047b8461299a565b6105f3602083018361295b565b63ffffffff167f19b4a5c1a2a1d497622443c3417aaa11f31772f42972713a15489dd46fd71cc761062a60408501602086016129b9565b6106366102668661299a565b604080516001600160401b039390931683526020830191909152606086810135838301529051918290030190a25050565b6060805f61067485611205565b905061067f81610bb3565b61068a818786610c38565b9250925050935093915050565b61069f612349565b5f546106cb90600190600160f01b900460ff16600281106106c2576106c26129a5565b60320201611305565b905090565b5f5433906001600160a01b031681146107085760405163245aecd360e01b81526001600160a01b039091166004820152602401610372565b506107128161145f565b50565b5f6107617f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000084611508565b92915050565b61076f612349565b5f80548190819060019061078d90600160f01b900460ff16826129e6565b60ff16600281106107a0576107a06129a5565b603202018054600160881b90046001600160401b031615801594509091506107fd576107cb81611305565b5f5482549195506107fa91600160d01b90910463ffffffff1690600160881b90046001600160401b03166129ff565b91505b50909192565b5f5433906001600160a01b0316811461083b5760405163245aecd360e01b81526001600160a01b039091166004820152602401610372565b508063ffffffff811661086a57604051633bb4712760e21b815263ffffffff9091166004820152602401610372565b505f54600160d01b900463ffffffff90811690829081168211156108b15760405163068406f760e01b815263ffffffff928316600482015291166024820152604401610372565b5050610712816115bf565b5f5433906001600160a01b031681146108f45760405163245aecd360e01b81526001600160a01b039091166004820152602401610372565b506001600160a01b03811661091c57604051639905827b60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f5433906001600160a01b031681146109ad5760405163245aecd360e01b81526001600160a01b039091166004820152602401610372565b506107128161165d565b6080810151515f8190036109dd5760405162ab765760e21b815260040160405180910390fd5b806010811115610a06576040516001621ea40b60e21b0319815260040161037291815260200190565b50604082015163ffffffff165f819003610a335760405163ddf9d24560e01b815260040160405180910390fd5b80611000811115610a5a57604051634cc72ba160e11b815260040161037291815260200190565b505f5b82811015610bad575f84608001518281518110610a7c57610a7c6129a5565b60200260200101519050815f1480610ac657506080850151610a9f600184612a1e565b81518110610aaf57610aaf6129a5565b60200260200101515f015160ff16815f015160ff16115b8290610ae857604051630a46afd960e21b815260040161037291815260200190565b5082816060015163ffffffff1611158290610b1957604051630f178dc560e11b815260040161037291815260200190565b50602081015151158015610b3257506020808201510151155b15610b6b576060810151829063ffffffff1615610b655760405163123f603760e11b815260040161037291815260200190565b50610ba4565b6020808201518051910151610b809190611714565b8290610ba25760405163123f603760e11b815260040161037291815260200190565b505b50600101610a5d565b50505050565b80545f546401000000009091046001600160401b031690600160b01b900463ffffffff16610be18183612a31565b835463ffffffff169083908390421115610c30576040516358d1ff5f60e11b815263ffffffff93841660048201526001600160401b039092166024830152919091166044820152606401610372565b505050505050565b82546060908190600160801b810460ff1690600160601b900463ffffffff165f610c6560c0870187612a44565b91508190508280821115610c9557604051635053e25160e01b815260048101929092526024820152604401610372565b506120009050610ca860e0880188612a44565b90501115868060e00190610cbc9190612a44565b905090610cdf5760405163ab6a068360e01b815260040161037291815260200190565b50610cef86356020880135611714565b610d0c5760405163bf5c918760e01b815260040160405180910390fd5b604086013560608701351760808701351760a0870135175f03610d4257604051634f8e68e560e11b815260040160405180910390fd5b826001600160401b03811115610d5a57610d5a6126aa565b604051908082528060200260200182016040528015610d83578160200160208202803683370190505b509450826001600160401b03811115610d9e57610d9e6126aa565b604051908082528060200260200182016040528015610dc7578160200160208202803683370190505b509350610de560405180604001604052805f81526020015f81525090565b5f5b84811015610ec5575f8a6002018260108110610e0557610e056129a5565b6003020190505f8160020160019054906101000a90046001600160601b0316905080898481518110610e3957610e396129a5565b60200260200101906001600160601b031690816001600160601b03168152505080888481518110610e6c57610e6c6129a5565b6001600160601b0390921660209283029190910182015260408051808201909152835481526001840154918101919091528315610eb257610ead85826117a7565b610eb4565b805b94505060019092019150610de79050565b508115610ee057610edd896001015484898985611815565b90505b5f8054600160a01b900461ffff16905b8581101561104357878181518110610f0a57610f0a6129a5565b60200260200101516001600160601b03165f14158015610f8e57508161ffff16878281518110610f3c57610f3c6129a5565b60200260200101516001600160601b0316610f579190612a90565b61271061ffff16898381518110610f7057610f706129a5565b60200260200101516001600160601b0316610f8b9190612a90565b10155b8b6002018260108110610fa357610fa36129a5565b600302016002015f9054906101000a900460ff16898381518110610fc957610fc96129a5565b6020026020010151898481518110610fe357610fe36129a5565b602002602001015185909192936110335760405163358576b360e21b815260ff90941660048501526001600160601b0392831660248501529116604483015261ffff166064820152608401610372565b505060019092019150610ef09050565b5061104f89838a611a2e565b5050505050935093915050565b608081015151815183546020840151604085015163ffffffff9384166bffffffffffffffffffffffff19909316929092176401000000006001600160401b03909216919091021764ffffffffff60601b1916600160601b929091169190910260ff60801b191617600160801b60ff8316021767ffffffffffffffff60881b19168355606082015160018401555f5b81811015610bad575f83608001518281518110611109576111096129a5565b602002602001015190506040518060a0016040528082602001515f015181526020018260200151602001518152602001825f015160ff16815260200182604001516001600160601b03168152602001826060015163ffffffff1681525085600201836010811061117b5761117b6129a5565b8251600391909102919091019081556020820151600180830191909155604083015160029092018054606085015160809095015163ffffffff16600160681b0263ffffffff60681b196001600160601b03909616610100026cffffffffffffffffffffffffff1990921660ff909516949094171793909316919091179091559190910190506110ea565b5f8054600160f01b900460ff168160018260028110611226576112266129a5565b60320201805490915063ffffffff908116908516811161124857509392505050565b5f600161125585826129e6565b60ff1660028110611268576112686129a5565b603202018054909150600160881b90046001600160401b0316801580159061129a5750815463ffffffff808916911611155b80156112c757505f546112ba90600160d01b900463ffffffff16826129ff565b6001600160401b03164211155b878490916112f85760405163f6d13a4f60e01b815263ffffffff928316600482015291166024820152604401610372565b5091979650505050505050565b61130d612349565b815463ffffffff808216835264010000000082046001600160401b039081166020850152600160601b8304909116604084015260018401546060840152600160801b90910460ff16908190811115611367576113676126aa565b6040519080825280602002602001820160405280156113a057816020015b61138d612389565b8152602001906001900390816113855790505b5060808301525f5b81811015611458575f8460020182601081106113c6576113c66129a5565b604080516080808201835260039390930293909301600281015460ff811685528251808401845282548152600183015460208083019190915286015261010081046001600160601b031692850192909252600160681b90910463ffffffff1660608401529086015180519193509084908110611444576114446129a5565b6020908102919091010152506001016113a8565b5050919050565b61ffff811615801590611478575061271061ffff821611155b819061149e5760405163313cc5c160e01b815261ffff9091166004820152602401610372565b505f546040805161ffff600160a01b9093048316815291831660208301527f64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4910160405180910390a15f805461ffff909216600160a01b0261ffff60a01b19909216919091179055565b5f7fdf5d8aa4d0ba23b52b7bd27972b4d8c47e548411d5b621e46b1a14238b07fca38484845f015185602001518660400151876060015161154c8960800151611bcb565b6040805160208101999099528801969096526001600160a01b03909416606087015263ffffffff92831660808701526001600160401b0390911660a08601521660c084015260e0830152610100820152610120016040516020818303038152906040528051906020012090509392505050565b8063ffffffff81166115ed57604051633bb4712760e21b815263ffffffff9091166004820152602401610372565b505f546040805163ffffffff600160b01b9093048316815291831660208301527f4aa3bc87ab381ac0e2b2c4fe394b143aa56a2c9e47753b5d2b6a14193d7bc2ed910160405180910390a15f805463ffffffff909216600160b01b0263ffffffff60b01b19909216919091179055565b5f54819063ffffffff600160b01b90910481169082168110156116a35760405163068406f760e01b815263ffffffff928316600482015291166024820152604401610372565b50505f546040805163ffffffff600160d01b9093048316815291831660208301527ffffc516534e548fdda3460e2f6c17742f69d2a1696731f0a66a97e8b15a0ead1910160405180910390a15f805463ffffffff909216600160d01b0263ffffffff60d01b19909216919091179055565b5f5f516020612b715f395f51905f528310158061173e57505f516020612b715f395f51905f528210155b80611750575082158015611750575081155b1561175c57505f610761565b5f516020612b715f395f51905f5260035f516020612b715f395f51905f52855f516020612b715f395f51905f5287880909085f516020612b715f395f51905f52838409149392505050565b604080518082019091525f80825260208201525f6040518451815260208501516020820152835160408201526020840151606082015260408360808360065afa9150508060069061180d5760405162a4859360e01b815260040161037291815260200190565b505092915050565b604080518082019091525f80825260208201525f61183660c0860186612a44565b905090505f816001600160401b03811115611853576118536126aa565b60405190808252806020026020018201604052801561187c578160200160208202803683370190505b5090505f826001600160401b03811115611898576118986126aa565b6040519080825280602002602001820160405280156118c1578160200160208202803683370190505b5090505f805b848110156119e9575f808061190c6118e260c08e018e612a44565b868181106118f2576118f26129a5565b90506020028101906119049190612aa7565b858d8d611cae565b925092509250835f148061191f57508483115b84906119415760405163f7ce912d60e01b815260040161037291815260200190565b5082945081868581518110611958576119586129a5565b6020026020010181815250508c8110801561199d575083158061199d575086611982600186612a1e565b81518110611992576119926129a5565b602002602001015181115b84906119bf576040516388f076a960e01b815260040161037291815260200190565b50808785815181106119d3576119d36129a5565b60209081029190910101525050506001016118c7565b50611a038a8a85856119fe60e08e018e612a44565b611eda565b611a2057604051637ab08f0f60e01b815260040160405180910390fd5b509398975050505050505050565b6040805180820182528235815260208084013590820152905f90611a5a90368590038501908501612b12565b845160208087015183518051908301519285015180519596505f957f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001958c95909493929091906001602090810291909101518b518c830151604051611aff9a99989796959401988952602089019790975260408801959095526060870193909352608086019190915260a085015260c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001205f1c611b219190612b51565b90505f5f611b81611b3b86611b368a8761203f565b6117a7565b611b7b611b478b61209a565b611b36611b756040805180820182525f80825260209182015281518083019092526001825260029082015290565b8861203f565b86612175565b9150915081611ba357604051634f8e68e560e11b815260040160405180910390fd5b80611bc157604051638baa579f60e01b815260040160405180910390fd5b5050505050505050565b80515f9081611bdb8260a0612a90565b6001600160401b03811115611bf257611bf26126aa565b6040519080825280601f01601f191660200182016040528015611c1c576020820181803683370190505b5090505f5b82811015611c9e575f858281518110611c3c57611c3c6129a5565b60209081029190910181015180518183015180519084015160408085015160609586015160ff90951660a08a81028c019889019190915291870193909352938501526001600160601b0316608084015263ffffffff1691015250600101611c21565b5080516020909101209392505050565b81515f9081908635906020808901359060408a01359060608b01358b0190810190358a63ffffffff871115611cf9576040516388f076a960e01b815260040161037291815260200190565b508481148015611d1d575036611d10866020612a90565b611d1a9084612a31565b11155b8b90611d3f576040516310a67b9560e01b815260040161037291815260200190565b50611d4a8484611714565b8b90611d6c5760405163589a530560e11b815260040161037291815260200190565b505f845f528360205260405f209850604051600281538960018201528560218201528460418201525f5b87811015611dc057600581901b8581013590830160610181905260601c9290921791600101611d96565b506061600588901b01902097508b8115611df05760405163283480ff60e11b815260040161037291815260200190565b505f611e09855f516020612b715f395f51905f52612a1e565b90505f5b87811015611ec857600581901b8501356001600160601b0381165f03611e335750611ec0565b8d8281518110611e4557611e456129a5565b60200260200101516001600160601b0316816001600160601b031611158f90611e845760405163c725df4d60e01b815260040161037291815260200190565b50808e8381518110611e9857611e986129a5565b602090810291909101018051919091036001600160601b03169052611ebe8d898561228d565b505b600101611e0d565b50505050505050509450945094915050565b83515f90801580611eec575084518114155b15611efa575f915050612035565b5f611ff0565b5f82821115611f0d579091905b6040516003815360018101929092525060218101919091526041902090565b5f87815b85811015611fe2576001810160051b8401516001820160051b86015188600183181015611fc457600182186002840160051b870151148860018501101660018114611fa6578b8503611f89575f19945050505050611fe4565b611f998560051b8c013583611f00565b9150600185019450611fc2565b611fb96002850160051b89015183611f00565b91506001840193505b505b600191821c948201600581901b878101969096529487015201611f30565b505b97509795505050505050565b5f885b60018111156120245761200b82878984888d8f611f2c565b925093505f19820315612024576001908101901c611ff3565b5060208701518a1490851416925050505b9695505050505050565b604080518082019091525f80825260208201525f604051845181526020850151602082015283604082015260408360608360075afa9150508060079061180d5760405162a4859360e01b815260040161037291815260200190565b604080518082019091525f80825260208201525f6120c55f516020612b715f395f51905f5284612b51565b90505b5f5f516020612b715f395f51905f5260035f516020612b715f395f51905f52845f516020612b715f395f51905f52868709090890505f612128827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f526122e2565b9050815f516020612b715f395f51905f528283090361215a576040805180820190915292835260208301525092915050565b5f516020612b715f395f51905f5260018408925050506120c8565b5f5f61217f6123cb565b85518152602080870151818301527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c260408301527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed60608301527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec60808301527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60a0830152855160c08301528581015160e083015284515161010083015284518101516101208301528481018051516101408401525101516101608201526122666123ea565b6020816101808460085afa9350838015612281575080516001145b92505050935093915050565b5f604051845181526020850151602082015283604082015282606082015260408560808360065afa915050806006906122db5760405162a4859360e01b815260040161037291815260200190565b5050505050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f516020612b715f395f51905f5260a082015260208160c08360055afa90519250905060058161180d5760405162a4859360e01b815260040161037291815260200190565b6040518060a001604052805f63ffffffff1681526020015f6001600160401b031681526020015f63ffffffff1681526020015f8152602001606081525090565b60405180608001604052805f60ff1681526020016123b860405180604001604052805f81526020015f81525090565b81525f6020820181905260409091015290565b604051806101800160405280600c906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f60a08284031215612418575f5ffd5b50919050565b5f6101008284031215612418575f5ffd5b5f5f60408385031215612440575f5ffd5b82356001600160401b03811115612455575f5ffd5b61246185828601612408565b92505060208301356001600160401b0381111561247c575f5ffd5b6124888582860161241e565b9150509250929050565b5f602082840312156124a2575f5ffd5b81356001600160401b038111156124b7575f5ffd5b6124c384828501612408565b949350505050565b803563ffffffff811681146124de575f5ffd5b919050565b5f5f5f606084860312156124f5575f5ffd5b83359250612505602085016124cb565b915060408401356001600160401b0381111561251f575f5ffd5b61252b8682870161241e565b9150509250925092565b5f8151808452602084019350602083015f5b8281101561256e5781516001600160601b0316865260209586019590910190600101612547565b5093949350505050565b604081525f61258a6040830185612535565b828103602084015261259c8185612535565b95945050505050565b5f60a0830163ffffffff83511684526001600160401b03602084015116602085015263ffffffff604084015116604085015260608301516060850152608083015160a0608086015281815180845260c0870191506020830193505f92505b8083101561266657835160ff815116835260208101518051602085015260208101516040850152506001600160601b03604082015116606084015263ffffffff60608201511660808401525060a082019150602084019350600183019250612603565b5095945050505050565b602081525f61268260208301846125a5565b9392505050565b5f60208284031215612699575f5ffd5b813561ffff81168114612682575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b03811182821017156126e0576126e06126aa565b60405290565b604051608081016001600160401b03811182821017156126e0576126e06126aa565b604080519081016001600160401b03811182821017156126e0576126e06126aa565b604051601f8201601f191681016001600160401b0381118282101715612752576127526126aa565b604052919050565b80356001600160401b03811681146124de575f5ffd5b80356001600160601b03811681146124de575f5ffd5b5f60a08284031215612796575f5ffd5b61279e6126be565b90506127a9826124cb565b81526127b76020830161275a565b60208201526127c8604083016124cb565b60408201526060828101359082015260808201356001600160401b038111156127ef575f5ffd5b8201601f810184136127ff575f5ffd5b80356001600160401b03811115612818576128186126aa565b61282760208260051b0161272a565b80828252602082019150602060a08402850101925086831115612848575f5ffd5b6020840193505b828410156128e95783870360a0811215612867575f5ffd5b61286f6126e6565b853560ff8116811461287f575f5ffd5b81526040601f1983011215612892575f5ffd5b61289a612708565b6020878101358252604088013581830152820181905291506128be60608701612770565b60408201526128cf608087016124cb565b606082015283525060a0939093019260209091019061284f565b60808501525091949350505050565b5f60208284031215612908575f5ffd5b81356001600160401b0381111561291d575f5ffd5b6124c384828501612786565b606081525f61293b60608301866125a5565b9315156020830152506001600160401b0391909116604090910152919050565b5f6020828403121561296b575f5ffd5b612682826124cb565b5f60208284031215612984575f5ffd5b81356001600160a01b0381168114612682575f5ffd5b5f6107613683612786565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156129c9575f5ffd5b6126828261275a565b634e487b7160e01b5f52601160045260245ffd5b60ff8281168282160390811115610761576107616129d2565b6001600160401b038181168382160190811115610761576107616129d2565b81810381811115610761576107616129d2565b80820180821115610761576107616129d2565b5f5f8335601e19843603018112612a59575f5ffd5b8301803591506001600160401b03821115612a72575f5ffd5b6020019150600581901b3603821315612a89575f5ffd5b9250929050565b8082028115828204841417610761576107616129d2565b5f8235607e19833603018112612abb575f5ffd5b9190910192915050565b5f82601f830112612ad4575f5ffd5b612adc612708565b806040840185811115612aed575f5ffd5b845b81811015612b07578035845260209384019301612aef565b509095945050505050565b5f6080828403128015612b23575f5ffd5b50612b2c612708565b612b368484612ac5565b8152612b458460408501612ac5565b60208201529392505050565b5f82612b6b57634e487b7160e01b5f52601260045260245ffd5b50069056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a2646970667358221220d124ca27465d7a9f370e87cf3c3e34e9d2b0d6db8acc4cb17b12611534b878fc64736f6c634300081b003330644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// CertificateVerifierABI is the input ABI used to generate the binding from.
// Deprecated: Use CertificateVerifierMetaData.ABI instead.
var CertificateVerifierABI = CertificateVerifierMetaData.ABI

// CertificateVerifierBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CertificateVerifierMetaData.Bin instead.
var CertificateVerifierBin = CertificateVerifierMetaData.Bin

// DeployCertificateVerifier deploys a new Ethereum contract, binding an instance of CertificateVerifier to it.
func DeployCertificateVerifier(auth *bind.TransactOpts, backend bind.ContractBackend, l1ChainId_ *big.Int, l1Registry_ common.Address, genesis OperatorTableTable, thresholdBips_ uint16, maxStaleness_ uint32, graceWindow_ uint32, owner_ common.Address) (common.Address, *types.Transaction, *CertificateVerifier, error) {
	parsed, err := CertificateVerifierMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CertificateVerifierBin), backend, l1ChainId_, l1Registry_, genesis, thresholdBips_, maxStaleness_, graceWindow_, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CertificateVerifier{CertificateVerifierCaller: CertificateVerifierCaller{contract: contract}, CertificateVerifierTransactor: CertificateVerifierTransactor{contract: contract}, CertificateVerifierFilterer: CertificateVerifierFilterer{contract: contract}}, nil
}

// CertificateVerifier is an auto generated Go binding around an Ethereum contract.
type CertificateVerifier struct {
	CertificateVerifierCaller     // Read-only binding to the contract
	CertificateVerifierTransactor // Write-only binding to the contract
	CertificateVerifierFilterer   // Log filterer for contract events
}

// CertificateVerifierCaller is an auto generated read-only Go binding around an Ethereum contract.
type CertificateVerifierCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CertificateVerifierTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CertificateVerifierTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CertificateVerifierFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CertificateVerifierFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CertificateVerifierSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CertificateVerifierSession struct {
	Contract     *CertificateVerifier // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// CertificateVerifierCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CertificateVerifierCallerSession struct {
	Contract *CertificateVerifierCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// CertificateVerifierTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CertificateVerifierTransactorSession struct {
	Contract     *CertificateVerifierTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// CertificateVerifierRaw is an auto generated low-level Go binding around an Ethereum contract.
type CertificateVerifierRaw struct {
	Contract *CertificateVerifier // Generic contract binding to access the raw methods on
}

// CertificateVerifierCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CertificateVerifierCallerRaw struct {
	Contract *CertificateVerifierCaller // Generic read-only contract binding to access the raw methods on
}

// CertificateVerifierTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CertificateVerifierTransactorRaw struct {
	Contract *CertificateVerifierTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCertificateVerifier creates a new instance of CertificateVerifier, bound to a specific deployed contract.
func NewCertificateVerifier(address common.Address, backend bind.ContractBackend) (*CertificateVerifier, error) {
	contract, err := bindCertificateVerifier(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifier{CertificateVerifierCaller: CertificateVerifierCaller{contract: contract}, CertificateVerifierTransactor: CertificateVerifierTransactor{contract: contract}, CertificateVerifierFilterer: CertificateVerifierFilterer{contract: contract}}, nil
}

// NewCertificateVerifierCaller creates a new read-only instance of CertificateVerifier, bound to a specific deployed contract.
func NewCertificateVerifierCaller(address common.Address, caller bind.ContractCaller) (*CertificateVerifierCaller, error) {
	contract, err := bindCertificateVerifier(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierCaller{contract: contract}, nil
}

// NewCertificateVerifierTransactor creates a new write-only instance of CertificateVerifier, bound to a specific deployed contract.
func NewCertificateVerifierTransactor(address common.Address, transactor bind.ContractTransactor) (*CertificateVerifierTransactor, error) {
	contract, err := bindCertificateVerifier(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierTransactor{contract: contract}, nil
}

// NewCertificateVerifierFilterer creates a new log filterer instance of CertificateVerifier, bound to a specific deployed contract.
func NewCertificateVerifierFilterer(address common.Address, filterer bind.ContractFilterer) (*CertificateVerifierFilterer, error) {
	contract, err := bindCertificateVerifier(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierFilterer{contract: contract}, nil
}

// bindCertificateVerifier binds a generic wrapper to an already deployed contract.
func bindCertificateVerifier(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CertificateVerifierMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CertificateVerifier *CertificateVerifierRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CertificateVerifier.Contract.CertificateVerifierCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CertificateVerifier *CertificateVerifierRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.CertificateVerifierTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CertificateVerifier *CertificateVerifierRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.CertificateVerifierTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CertificateVerifier *CertificateVerifierCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CertificateVerifier.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CertificateVerifier *CertificateVerifierTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CertificateVerifier *CertificateVerifierTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.contract.Transact(opts, method, params...)
}

// BIPS is a free data retrieval call binding the contract method 0xf7050031.
//
// Solidity: function BIPS() view returns(uint16)
func (_CertificateVerifier *CertificateVerifierCaller) BIPS(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "BIPS")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// BIPS is a free data retrieval call binding the contract method 0xf7050031.
//
// Solidity: function BIPS() view returns(uint16)
func (_CertificateVerifier *CertificateVerifierSession) BIPS() (uint16, error) {
	return _CertificateVerifier.Contract.BIPS(&_CertificateVerifier.CallOpts)
}

// BIPS is a free data retrieval call binding the contract method 0xf7050031.
//
// Solidity: function BIPS() view returns(uint16)
func (_CertificateVerifier *CertificateVerifierCallerSession) BIPS() (uint16, error) {
	return _CertificateVerifier.Contract.BIPS(&_CertificateVerifier.CallOpts)
}

// CurrentTable is a free data retrieval call binding the contract method 0x920705b1.
//
// Solidity: function currentTable() view returns((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]))
func (_CertificateVerifier *CertificateVerifierCaller) CurrentTable(opts *bind.CallOpts) (OperatorTableTable, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "currentTable")

	if err != nil {
		return *new(OperatorTableTable), err
	}

	out0 := *abi.ConvertType(out[0], new(OperatorTableTable)).(*OperatorTableTable)

	return out0, err

}

// CurrentTable is a free data retrieval call binding the contract method 0x920705b1.
//
// Solidity: function currentTable() view returns((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]))
func (_CertificateVerifier *CertificateVerifierSession) CurrentTable() (OperatorTableTable, error) {
	return _CertificateVerifier.Contract.CurrentTable(&_CertificateVerifier.CallOpts)
}

// CurrentTable is a free data retrieval call binding the contract method 0x920705b1.
//
// Solidity: function currentTable() view returns((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]))
func (_CertificateVerifier *CertificateVerifierCallerSession) CurrentTable() (OperatorTableTable, error) {
	return _CertificateVerifier.Contract.CurrentTable(&_CertificateVerifier.CallOpts)
}

// GraceWindow is a free data retrieval call binding the contract method 0xcee1a665.
//
// Solidity: function graceWindow() view returns(uint32)
func (_CertificateVerifier *CertificateVerifierCaller) GraceWindow(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "graceWindow")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// GraceWindow is a free data retrieval call binding the contract method 0xcee1a665.
//
// Solidity: function graceWindow() view returns(uint32)
func (_CertificateVerifier *CertificateVerifierSession) GraceWindow() (uint32, error) {
	return _CertificateVerifier.Contract.GraceWindow(&_CertificateVerifier.CallOpts)
}

// GraceWindow is a free data retrieval call binding the contract method 0xcee1a665.
//
// Solidity: function graceWindow() view returns(uint32)
func (_CertificateVerifier *CertificateVerifierCallerSession) GraceWindow() (uint32, error) {
	return _CertificateVerifier.Contract.GraceWindow(&_CertificateVerifier.CallOpts)
}

// L1ChainId is a free data retrieval call binding the contract method 0x12622e5b.
//
// Solidity: function l1ChainId() view returns(uint256)
func (_CertificateVerifier *CertificateVerifierCaller) L1ChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "l1ChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// L1ChainId is a free data retrieval call binding the contract method 0x12622e5b.
//
// Solidity: function l1ChainId() view returns(uint256)
func (_CertificateVerifier *CertificateVerifierSession) L1ChainId() (*big.Int, error) {
	return _CertificateVerifier.Contract.L1ChainId(&_CertificateVerifier.CallOpts)
}

// L1ChainId is a free data retrieval call binding the contract method 0x12622e5b.
//
// Solidity: function l1ChainId() view returns(uint256)
func (_CertificateVerifier *CertificateVerifierCallerSession) L1ChainId() (*big.Int, error) {
	return _CertificateVerifier.Contract.L1ChainId(&_CertificateVerifier.CallOpts)
}

// L1Registry is a free data retrieval call binding the contract method 0x24f20f75.
//
// Solidity: function l1Registry() view returns(address)
func (_CertificateVerifier *CertificateVerifierCaller) L1Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "l1Registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// L1Registry is a free data retrieval call binding the contract method 0x24f20f75.
//
// Solidity: function l1Registry() view returns(address)
func (_CertificateVerifier *CertificateVerifierSession) L1Registry() (common.Address, error) {
	return _CertificateVerifier.Contract.L1Registry(&_CertificateVerifier.CallOpts)
}

// L1Registry is a free data retrieval call binding the contract method 0x24f20f75.
//
// Solidity: function l1Registry() view returns(address)
func (_CertificateVerifier *CertificateVerifierCallerSession) L1Registry() (common.Address, error) {
	return _CertificateVerifier.Contract.L1Registry(&_CertificateVerifier.CallOpts)
}

// MaxStaleness is a free data retrieval call binding the contract method 0x87cf4696.
//
// Solidity: function maxStaleness() view returns(uint32)
func (_CertificateVerifier *CertificateVerifierCaller) MaxStaleness(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "maxStaleness")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// MaxStaleness is a free data retrieval call binding the contract method 0x87cf4696.
//
// Solidity: function maxStaleness() view returns(uint32)
func (_CertificateVerifier *CertificateVerifierSession) MaxStaleness() (uint32, error) {
	return _CertificateVerifier.Contract.MaxStaleness(&_CertificateVerifier.CallOpts)
}

// MaxStaleness is a free data retrieval call binding the contract method 0x87cf4696.
//
// Solidity: function maxStaleness() view returns(uint32)
func (_CertificateVerifier *CertificateVerifierCallerSession) MaxStaleness() (uint32, error) {
	return _CertificateVerifier.Contract.MaxStaleness(&_CertificateVerifier.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CertificateVerifier *CertificateVerifierCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CertificateVerifier *CertificateVerifierSession) Owner() (common.Address, error) {
	return _CertificateVerifier.Contract.Owner(&_CertificateVerifier.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CertificateVerifier *CertificateVerifierCallerSession) Owner() (common.Address, error) {
	return _CertificateVerifier.Contract.Owner(&_CertificateVerifier.CallOpts)
}

// PreviousTable is a free data retrieval call binding the contract method 0xd8b8f972.
//
// Solidity: function previousTable() view returns((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table, bool held, uint64 usableUntil)
func (_CertificateVerifier *CertificateVerifierCaller) PreviousTable(opts *bind.CallOpts) (struct {
	Table       OperatorTableTable
	Held        bool
	UsableUntil uint64
}, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "previousTable")

	outstruct := new(struct {
		Table       OperatorTableTable
		Held        bool
		UsableUntil uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Table = *abi.ConvertType(out[0], new(OperatorTableTable)).(*OperatorTableTable)
	outstruct.Held = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.UsableUntil = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// PreviousTable is a free data retrieval call binding the contract method 0xd8b8f972.
//
// Solidity: function previousTable() view returns((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table, bool held, uint64 usableUntil)
func (_CertificateVerifier *CertificateVerifierSession) PreviousTable() (struct {
	Table       OperatorTableTable
	Held        bool
	UsableUntil uint64
}, error) {
	return _CertificateVerifier.Contract.PreviousTable(&_CertificateVerifier.CallOpts)
}

// PreviousTable is a free data retrieval call binding the contract method 0xd8b8f972.
//
// Solidity: function previousTable() view returns((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table, bool held, uint64 usableUntil)
func (_CertificateVerifier *CertificateVerifierCallerSession) PreviousTable() (struct {
	Table       OperatorTableTable
	Held        bool
	UsableUntil uint64
}, error) {
	return _CertificateVerifier.Contract.PreviousTable(&_CertificateVerifier.CallOpts)
}

// TableDigest is a free data retrieval call binding the contract method 0xcd921372.
//
// Solidity: function tableDigest((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) view returns(bytes32)
func (_CertificateVerifier *CertificateVerifierCaller) TableDigest(opts *bind.CallOpts, table OperatorTableTable) ([32]byte, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "tableDigest", table)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TableDigest is a free data retrieval call binding the contract method 0xcd921372.
//
// Solidity: function tableDigest((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) view returns(bytes32)
func (_CertificateVerifier *CertificateVerifierSession) TableDigest(table OperatorTableTable) ([32]byte, error) {
	return _CertificateVerifier.Contract.TableDigest(&_CertificateVerifier.CallOpts, table)
}

// TableDigest is a free data retrieval call binding the contract method 0xcd921372.
//
// Solidity: function tableDigest((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) view returns(bytes32)
func (_CertificateVerifier *CertificateVerifierCallerSession) TableDigest(table OperatorTableTable) ([32]byte, error) {
	return _CertificateVerifier.Contract.TableDigest(&_CertificateVerifier.CallOpts, table)
}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_CertificateVerifier *CertificateVerifierCaller) ThresholdBips(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "thresholdBips")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_CertificateVerifier *CertificateVerifierSession) ThresholdBips() (uint16, error) {
	return _CertificateVerifier.Contract.ThresholdBips(&_CertificateVerifier.CallOpts)
}

// ThresholdBips is a free data retrieval call binding the contract method 0x57e8ec43.
//
// Solidity: function thresholdBips() view returns(uint16)
func (_CertificateVerifier *CertificateVerifierCallerSession) ThresholdBips() (uint16, error) {
	return _CertificateVerifier.Contract.ThresholdBips(&_CertificateVerifier.CallOpts)
}

// VerifyCertificate is a free data retrieval call binding the contract method 0x695e7542.
//
// Solidity: function verifyCertificate(bytes32 digest, uint32 referenceBlock, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) view returns(uint96[] signedStake, uint96[] totalStake)
func (_CertificateVerifier *CertificateVerifierCaller) VerifyCertificate(opts *bind.CallOpts, digest [32]byte, referenceBlock uint32, cert ICertificateVerifierCertificate) (struct {
	SignedStake []*big.Int
	TotalStake  []*big.Int
}, error) {
	var out []interface{}
	err := _CertificateVerifier.contract.Call(opts, &out, "verifyCertificate", digest, referenceBlock, cert)

	outstruct := new(struct {
		SignedStake []*big.Int
		TotalStake  []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.SignedStake = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.TotalStake = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// VerifyCertificate is a free data retrieval call binding the contract method 0x695e7542.
//
// Solidity: function verifyCertificate(bytes32 digest, uint32 referenceBlock, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) view returns(uint96[] signedStake, uint96[] totalStake)
func (_CertificateVerifier *CertificateVerifierSession) VerifyCertificate(digest [32]byte, referenceBlock uint32, cert ICertificateVerifierCertificate) (struct {
	SignedStake []*big.Int
	TotalStake  []*big.Int
}, error) {
	return _CertificateVerifier.Contract.VerifyCertificate(&_CertificateVerifier.CallOpts, digest, referenceBlock, cert)
}

// VerifyCertificate is a free data retrieval call binding the contract method 0x695e7542.
//
// Solidity: function verifyCertificate(bytes32 digest, uint32 referenceBlock, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) view returns(uint96[] signedStake, uint96[] totalStake)
func (_CertificateVerifier *CertificateVerifierCallerSession) VerifyCertificate(digest [32]byte, referenceBlock uint32, cert ICertificateVerifierCertificate) (struct {
	SignedStake []*big.Int
	TotalStake  []*big.Int
}, error) {
	return _CertificateVerifier.Contract.VerifyCertificate(&_CertificateVerifier.CallOpts, digest, referenceBlock, cert)
}

// ResetTable is a paid mutator transaction binding the contract method 0x0915b793.
//
// Solidity: function resetTable((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) returns()
func (_CertificateVerifier *CertificateVerifierTransactor) ResetTable(opts *bind.TransactOpts, table OperatorTableTable) (*types.Transaction, error) {
	return _CertificateVerifier.contract.Transact(opts, "resetTable", table)
}

// ResetTable is a paid mutator transaction binding the contract method 0x0915b793.
//
// Solidity: function resetTable((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) returns()
func (_CertificateVerifier *CertificateVerifierSession) ResetTable(table OperatorTableTable) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.ResetTable(&_CertificateVerifier.TransactOpts, table)
}

// ResetTable is a paid mutator transaction binding the contract method 0x0915b793.
//
// Solidity: function resetTable((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) table) returns()
func (_CertificateVerifier *CertificateVerifierTransactorSession) ResetTable(table OperatorTableTable) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.ResetTable(&_CertificateVerifier.TransactOpts, table)
}

// SetGraceWindow is a paid mutator transaction binding the contract method 0xf7da4b5e.
//
// Solidity: function setGraceWindow(uint32 seconds_) returns()
func (_CertificateVerifier *CertificateVerifierTransactor) SetGraceWindow(opts *bind.TransactOpts, seconds_ uint32) (*types.Transaction, error) {
	return _CertificateVerifier.contract.Transact(opts, "setGraceWindow", seconds_)
}

// SetGraceWindow is a paid mutator transaction binding the contract method 0xf7da4b5e.
//
// Solidity: function setGraceWindow(uint32 seconds_) returns()
func (_CertificateVerifier *CertificateVerifierSession) SetGraceWindow(seconds_ uint32) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.SetGraceWindow(&_CertificateVerifier.TransactOpts, seconds_)
}

// SetGraceWindow is a paid mutator transaction binding the contract method 0xf7da4b5e.
//
// Solidity: function setGraceWindow(uint32 seconds_) returns()
func (_CertificateVerifier *CertificateVerifierTransactorSession) SetGraceWindow(seconds_ uint32) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.SetGraceWindow(&_CertificateVerifier.TransactOpts, seconds_)
}

// SetMaxStaleness is a paid mutator transaction binding the contract method 0xe25d933d.
//
// Solidity: function setMaxStaleness(uint32 seconds_) returns()
func (_CertificateVerifier *CertificateVerifierTransactor) SetMaxStaleness(opts *bind.TransactOpts, seconds_ uint32) (*types.Transaction, error) {
	return _CertificateVerifier.contract.Transact(opts, "setMaxStaleness", seconds_)
}

// SetMaxStaleness is a paid mutator transaction binding the contract method 0xe25d933d.
//
// Solidity: function setMaxStaleness(uint32 seconds_) returns()
func (_CertificateVerifier *CertificateVerifierSession) SetMaxStaleness(seconds_ uint32) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.SetMaxStaleness(&_CertificateVerifier.TransactOpts, seconds_)
}

// SetMaxStaleness is a paid mutator transaction binding the contract method 0xe25d933d.
//
// Solidity: function setMaxStaleness(uint32 seconds_) returns()
func (_CertificateVerifier *CertificateVerifierTransactorSession) SetMaxStaleness(seconds_ uint32) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.SetMaxStaleness(&_CertificateVerifier.TransactOpts, seconds_)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 bips) returns()
func (_CertificateVerifier *CertificateVerifierTransactor) SetThresholdBips(opts *bind.TransactOpts, bips uint16) (*types.Transaction, error) {
	return _CertificateVerifier.contract.Transact(opts, "setThresholdBips", bips)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 bips) returns()
func (_CertificateVerifier *CertificateVerifierSession) SetThresholdBips(bips uint16) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.SetThresholdBips(&_CertificateVerifier.TransactOpts, bips)
}

// SetThresholdBips is a paid mutator transaction binding the contract method 0x9a7ebc22.
//
// Solidity: function setThresholdBips(uint16 bips) returns()
func (_CertificateVerifier *CertificateVerifierTransactorSession) SetThresholdBips(bips uint16) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.SetThresholdBips(&_CertificateVerifier.TransactOpts, bips)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CertificateVerifier *CertificateVerifierTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _CertificateVerifier.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CertificateVerifier *CertificateVerifierSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.TransferOwnership(&_CertificateVerifier.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_CertificateVerifier *CertificateVerifierTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.TransferOwnership(&_CertificateVerifier.TransactOpts, newOwner)
}

// UpdateTable is a paid mutator transaction binding the contract method 0x083f9c74.
//
// Solidity: function updateTable((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) newTable, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) returns()
func (_CertificateVerifier *CertificateVerifierTransactor) UpdateTable(opts *bind.TransactOpts, newTable OperatorTableTable, cert ICertificateVerifierCertificate) (*types.Transaction, error) {
	return _CertificateVerifier.contract.Transact(opts, "updateTable", newTable, cert)
}

// UpdateTable is a paid mutator transaction binding the contract method 0x083f9c74.
//
// Solidity: function updateTable((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) newTable, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) returns()
func (_CertificateVerifier *CertificateVerifierSession) UpdateTable(newTable OperatorTableTable, cert ICertificateVerifierCertificate) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.UpdateTable(&_CertificateVerifier.TransactOpts, newTable, cert)
}

// UpdateTable is a paid mutator transaction binding the contract method 0x083f9c74.
//
// Solidity: function updateTable((uint32,uint64,uint32,bytes32,(uint8,(uint256,uint256),uint96,uint32)[]) newTable, ((uint256,uint256),(uint256[2],uint256[2]),(uint32,(uint256,uint256),uint96[])[],bytes32[]) cert) returns()
func (_CertificateVerifier *CertificateVerifierTransactorSession) UpdateTable(newTable OperatorTableTable, cert ICertificateVerifierCertificate) (*types.Transaction, error) {
	return _CertificateVerifier.Contract.UpdateTable(&_CertificateVerifier.TransactOpts, newTable, cert)
}

// CertificateVerifierGraceWindowChangedIterator is returned from FilterGraceWindowChanged and is used to iterate over the raw logs and unpacked data for GraceWindowChanged events raised by the CertificateVerifier contract.
type CertificateVerifierGraceWindowChangedIterator struct {
	Event *CertificateVerifierGraceWindowChanged // Event containing the contract specifics and raw log

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
func (it *CertificateVerifierGraceWindowChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateVerifierGraceWindowChanged)
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
		it.Event = new(CertificateVerifierGraceWindowChanged)
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
func (it *CertificateVerifierGraceWindowChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateVerifierGraceWindowChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateVerifierGraceWindowChanged represents a GraceWindowChanged event raised by the CertificateVerifier contract.
type CertificateVerifierGraceWindowChanged struct {
	PreviousSeconds uint32
	NewSeconds      uint32
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterGraceWindowChanged is a free log retrieval operation binding the contract event 0xfffc516534e548fdda3460e2f6c17742f69d2a1696731f0a66a97e8b15a0ead1.
//
// Solidity: event GraceWindowChanged(uint32 previousSeconds, uint32 newSeconds)
func (_CertificateVerifier *CertificateVerifierFilterer) FilterGraceWindowChanged(opts *bind.FilterOpts) (*CertificateVerifierGraceWindowChangedIterator, error) {

	logs, sub, err := _CertificateVerifier.contract.FilterLogs(opts, "GraceWindowChanged")
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierGraceWindowChangedIterator{contract: _CertificateVerifier.contract, event: "GraceWindowChanged", logs: logs, sub: sub}, nil
}

// WatchGraceWindowChanged is a free log subscription operation binding the contract event 0xfffc516534e548fdda3460e2f6c17742f69d2a1696731f0a66a97e8b15a0ead1.
//
// Solidity: event GraceWindowChanged(uint32 previousSeconds, uint32 newSeconds)
func (_CertificateVerifier *CertificateVerifierFilterer) WatchGraceWindowChanged(opts *bind.WatchOpts, sink chan<- *CertificateVerifierGraceWindowChanged) (event.Subscription, error) {

	logs, sub, err := _CertificateVerifier.contract.WatchLogs(opts, "GraceWindowChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateVerifierGraceWindowChanged)
				if err := _CertificateVerifier.contract.UnpackLog(event, "GraceWindowChanged", log); err != nil {
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

// ParseGraceWindowChanged is a log parse operation binding the contract event 0xfffc516534e548fdda3460e2f6c17742f69d2a1696731f0a66a97e8b15a0ead1.
//
// Solidity: event GraceWindowChanged(uint32 previousSeconds, uint32 newSeconds)
func (_CertificateVerifier *CertificateVerifierFilterer) ParseGraceWindowChanged(log types.Log) (*CertificateVerifierGraceWindowChanged, error) {
	event := new(CertificateVerifierGraceWindowChanged)
	if err := _CertificateVerifier.contract.UnpackLog(event, "GraceWindowChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateVerifierMaxStalenessChangedIterator is returned from FilterMaxStalenessChanged and is used to iterate over the raw logs and unpacked data for MaxStalenessChanged events raised by the CertificateVerifier contract.
type CertificateVerifierMaxStalenessChangedIterator struct {
	Event *CertificateVerifierMaxStalenessChanged // Event containing the contract specifics and raw log

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
func (it *CertificateVerifierMaxStalenessChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateVerifierMaxStalenessChanged)
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
		it.Event = new(CertificateVerifierMaxStalenessChanged)
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
func (it *CertificateVerifierMaxStalenessChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateVerifierMaxStalenessChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateVerifierMaxStalenessChanged represents a MaxStalenessChanged event raised by the CertificateVerifier contract.
type CertificateVerifierMaxStalenessChanged struct {
	PreviousSeconds uint32
	NewSeconds      uint32
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterMaxStalenessChanged is a free log retrieval operation binding the contract event 0x4aa3bc87ab381ac0e2b2c4fe394b143aa56a2c9e47753b5d2b6a14193d7bc2ed.
//
// Solidity: event MaxStalenessChanged(uint32 previousSeconds, uint32 newSeconds)
func (_CertificateVerifier *CertificateVerifierFilterer) FilterMaxStalenessChanged(opts *bind.FilterOpts) (*CertificateVerifierMaxStalenessChangedIterator, error) {

	logs, sub, err := _CertificateVerifier.contract.FilterLogs(opts, "MaxStalenessChanged")
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierMaxStalenessChangedIterator{contract: _CertificateVerifier.contract, event: "MaxStalenessChanged", logs: logs, sub: sub}, nil
}

// WatchMaxStalenessChanged is a free log subscription operation binding the contract event 0x4aa3bc87ab381ac0e2b2c4fe394b143aa56a2c9e47753b5d2b6a14193d7bc2ed.
//
// Solidity: event MaxStalenessChanged(uint32 previousSeconds, uint32 newSeconds)
func (_CertificateVerifier *CertificateVerifierFilterer) WatchMaxStalenessChanged(opts *bind.WatchOpts, sink chan<- *CertificateVerifierMaxStalenessChanged) (event.Subscription, error) {

	logs, sub, err := _CertificateVerifier.contract.WatchLogs(opts, "MaxStalenessChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateVerifierMaxStalenessChanged)
				if err := _CertificateVerifier.contract.UnpackLog(event, "MaxStalenessChanged", log); err != nil {
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

// ParseMaxStalenessChanged is a log parse operation binding the contract event 0x4aa3bc87ab381ac0e2b2c4fe394b143aa56a2c9e47753b5d2b6a14193d7bc2ed.
//
// Solidity: event MaxStalenessChanged(uint32 previousSeconds, uint32 newSeconds)
func (_CertificateVerifier *CertificateVerifierFilterer) ParseMaxStalenessChanged(log types.Log) (*CertificateVerifierMaxStalenessChanged, error) {
	event := new(CertificateVerifierMaxStalenessChanged)
	if err := _CertificateVerifier.contract.UnpackLog(event, "MaxStalenessChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateVerifierOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the CertificateVerifier contract.
type CertificateVerifierOwnershipTransferredIterator struct {
	Event *CertificateVerifierOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *CertificateVerifierOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateVerifierOwnershipTransferred)
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
		it.Event = new(CertificateVerifierOwnershipTransferred)
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
func (it *CertificateVerifierOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateVerifierOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateVerifierOwnershipTransferred represents a OwnershipTransferred event raised by the CertificateVerifier contract.
type CertificateVerifierOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CertificateVerifier *CertificateVerifierFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*CertificateVerifierOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CertificateVerifier.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierOwnershipTransferredIterator{contract: _CertificateVerifier.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_CertificateVerifier *CertificateVerifierFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *CertificateVerifierOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _CertificateVerifier.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateVerifierOwnershipTransferred)
				if err := _CertificateVerifier.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_CertificateVerifier *CertificateVerifierFilterer) ParseOwnershipTransferred(log types.Log) (*CertificateVerifierOwnershipTransferred, error) {
	event := new(CertificateVerifierOwnershipTransferred)
	if err := _CertificateVerifier.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateVerifierTableResetIterator is returned from FilterTableReset and is used to iterate over the raw logs and unpacked data for TableReset events raised by the CertificateVerifier contract.
type CertificateVerifierTableResetIterator struct {
	Event *CertificateVerifierTableReset // Event containing the contract specifics and raw log

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
func (it *CertificateVerifierTableResetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateVerifierTableReset)
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
		it.Event = new(CertificateVerifierTableReset)
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
func (it *CertificateVerifierTableResetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateVerifierTableResetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateVerifierTableReset represents a TableReset event raised by the CertificateVerifier contract.
type CertificateVerifierTableReset struct {
	ReferenceBlock uint32
	L1Timestamp    uint64
	Digest         [32]byte
	OperatorsRoot  [32]byte
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterTableReset is a free log retrieval operation binding the contract event 0x19b4a5c1a2a1d497622443c3417aaa11f31772f42972713a15489dd46fd71cc7.
//
// Solidity: event TableReset(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot)
func (_CertificateVerifier *CertificateVerifierFilterer) FilterTableReset(opts *bind.FilterOpts, referenceBlock []uint32) (*CertificateVerifierTableResetIterator, error) {

	var referenceBlockRule []interface{}
	for _, referenceBlockItem := range referenceBlock {
		referenceBlockRule = append(referenceBlockRule, referenceBlockItem)
	}

	logs, sub, err := _CertificateVerifier.contract.FilterLogs(opts, "TableReset", referenceBlockRule)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierTableResetIterator{contract: _CertificateVerifier.contract, event: "TableReset", logs: logs, sub: sub}, nil
}

// WatchTableReset is a free log subscription operation binding the contract event 0x19b4a5c1a2a1d497622443c3417aaa11f31772f42972713a15489dd46fd71cc7.
//
// Solidity: event TableReset(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot)
func (_CertificateVerifier *CertificateVerifierFilterer) WatchTableReset(opts *bind.WatchOpts, sink chan<- *CertificateVerifierTableReset, referenceBlock []uint32) (event.Subscription, error) {

	var referenceBlockRule []interface{}
	for _, referenceBlockItem := range referenceBlock {
		referenceBlockRule = append(referenceBlockRule, referenceBlockItem)
	}

	logs, sub, err := _CertificateVerifier.contract.WatchLogs(opts, "TableReset", referenceBlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateVerifierTableReset)
				if err := _CertificateVerifier.contract.UnpackLog(event, "TableReset", log); err != nil {
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

// ParseTableReset is a log parse operation binding the contract event 0x19b4a5c1a2a1d497622443c3417aaa11f31772f42972713a15489dd46fd71cc7.
//
// Solidity: event TableReset(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot)
func (_CertificateVerifier *CertificateVerifierFilterer) ParseTableReset(log types.Log) (*CertificateVerifierTableReset, error) {
	event := new(CertificateVerifierTableReset)
	if err := _CertificateVerifier.contract.UnpackLog(event, "TableReset", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateVerifierTableUpdatedIterator is returned from FilterTableUpdated and is used to iterate over the raw logs and unpacked data for TableUpdated events raised by the CertificateVerifier contract.
type CertificateVerifierTableUpdatedIterator struct {
	Event *CertificateVerifierTableUpdated // Event containing the contract specifics and raw log

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
func (it *CertificateVerifierTableUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateVerifierTableUpdated)
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
		it.Event = new(CertificateVerifierTableUpdated)
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
func (it *CertificateVerifierTableUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateVerifierTableUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateVerifierTableUpdated represents a TableUpdated event raised by the CertificateVerifier contract.
type CertificateVerifierTableUpdated struct {
	ReferenceBlock uint32
	L1Timestamp    uint64
	Digest         [32]byte
	OperatorsRoot  [32]byte
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterTableUpdated is a free log retrieval operation binding the contract event 0x7c8feddcc422a7ede54032e7cf991759c26470d5d726e2b6945f546dbcb0190b.
//
// Solidity: event TableUpdated(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot)
func (_CertificateVerifier *CertificateVerifierFilterer) FilterTableUpdated(opts *bind.FilterOpts, referenceBlock []uint32) (*CertificateVerifierTableUpdatedIterator, error) {

	var referenceBlockRule []interface{}
	for _, referenceBlockItem := range referenceBlock {
		referenceBlockRule = append(referenceBlockRule, referenceBlockItem)
	}

	logs, sub, err := _CertificateVerifier.contract.FilterLogs(opts, "TableUpdated", referenceBlockRule)
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierTableUpdatedIterator{contract: _CertificateVerifier.contract, event: "TableUpdated", logs: logs, sub: sub}, nil
}

// WatchTableUpdated is a free log subscription operation binding the contract event 0x7c8feddcc422a7ede54032e7cf991759c26470d5d726e2b6945f546dbcb0190b.
//
// Solidity: event TableUpdated(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot)
func (_CertificateVerifier *CertificateVerifierFilterer) WatchTableUpdated(opts *bind.WatchOpts, sink chan<- *CertificateVerifierTableUpdated, referenceBlock []uint32) (event.Subscription, error) {

	var referenceBlockRule []interface{}
	for _, referenceBlockItem := range referenceBlock {
		referenceBlockRule = append(referenceBlockRule, referenceBlockItem)
	}

	logs, sub, err := _CertificateVerifier.contract.WatchLogs(opts, "TableUpdated", referenceBlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateVerifierTableUpdated)
				if err := _CertificateVerifier.contract.UnpackLog(event, "TableUpdated", log); err != nil {
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

// ParseTableUpdated is a log parse operation binding the contract event 0x7c8feddcc422a7ede54032e7cf991759c26470d5d726e2b6945f546dbcb0190b.
//
// Solidity: event TableUpdated(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot)
func (_CertificateVerifier *CertificateVerifierFilterer) ParseTableUpdated(log types.Log) (*CertificateVerifierTableUpdated, error) {
	event := new(CertificateVerifierTableUpdated)
	if err := _CertificateVerifier.contract.UnpackLog(event, "TableUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// CertificateVerifierThresholdChangedIterator is returned from FilterThresholdChanged and is used to iterate over the raw logs and unpacked data for ThresholdChanged events raised by the CertificateVerifier contract.
type CertificateVerifierThresholdChangedIterator struct {
	Event *CertificateVerifierThresholdChanged // Event containing the contract specifics and raw log

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
func (it *CertificateVerifierThresholdChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CertificateVerifierThresholdChanged)
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
		it.Event = new(CertificateVerifierThresholdChanged)
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
func (it *CertificateVerifierThresholdChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CertificateVerifierThresholdChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CertificateVerifierThresholdChanged represents a ThresholdChanged event raised by the CertificateVerifier contract.
type CertificateVerifierThresholdChanged struct {
	PreviousBips uint16
	NewBips      uint16
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterThresholdChanged is a free log retrieval operation binding the contract event 0x64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4.
//
// Solidity: event ThresholdChanged(uint16 previousBips, uint16 newBips)
func (_CertificateVerifier *CertificateVerifierFilterer) FilterThresholdChanged(opts *bind.FilterOpts) (*CertificateVerifierThresholdChangedIterator, error) {

	logs, sub, err := _CertificateVerifier.contract.FilterLogs(opts, "ThresholdChanged")
	if err != nil {
		return nil, err
	}
	return &CertificateVerifierThresholdChangedIterator{contract: _CertificateVerifier.contract, event: "ThresholdChanged", logs: logs, sub: sub}, nil
}

// WatchThresholdChanged is a free log subscription operation binding the contract event 0x64dbf6468cb9658ab9289099b7b6e6898d71287182a35d46a742f52fce0da5d4.
//
// Solidity: event ThresholdChanged(uint16 previousBips, uint16 newBips)
func (_CertificateVerifier *CertificateVerifierFilterer) WatchThresholdChanged(opts *bind.WatchOpts, sink chan<- *CertificateVerifierThresholdChanged) (event.Subscription, error) {

	logs, sub, err := _CertificateVerifier.contract.WatchLogs(opts, "ThresholdChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CertificateVerifierThresholdChanged)
				if err := _CertificateVerifier.contract.UnpackLog(event, "ThresholdChanged", log); err != nil {
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
func (_CertificateVerifier *CertificateVerifierFilterer) ParseThresholdChanged(log types.Log) (*CertificateVerifierThresholdChanged, error) {
	event := new(CertificateVerifierThresholdChanged)
	if err := _CertificateVerifier.contract.UnpackLog(event, "ThresholdChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
