// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package equivocationslasher

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

// EquivocationSlasherAccused is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherAccused struct {
	Operator           common.Address
	QuorumBitmapIndexA uint32
	QuorumBitmapIndexB uint32
}

// EquivocationSlasherAttestedClaim is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherAttestedClaim struct {
	Signed    EquivocationSlasherSignedClaim
	Signature IBLSSignatureCheckerNonSignerStakesAndSignature
}

// EquivocationSlasherCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherCheckpoint struct {
	Round          uint64
	ReferenceBlock uint32
	ClaimsRoot     [32]byte
}

// EquivocationSlasherOperatorSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherOperatorSignedClaim struct {
	Signed            EquivocationSlasherSignedClaim
	Sigma             IBLSSignatureCheckerG1Point
	PubkeyG2          IBLSSignatureCheckerG2Point
	QuorumBitmapIndex uint32
}

// EquivocationSlasherSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherSignedClaim struct {
	Checkpoint EquivocationSlasherCheckpoint
	Claim      RollcallCodecClaim
	Proof      [][32]byte
}

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

// EquivocationSlasherMetaData contains all meta data concerning the EquivocationSlasher contract.
var EquivocationSlasherMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEvidenceServiceManager\",\"name\":\"serviceManager_\",\"type\":\"address\"},{\"internalType\":\"contractIEvidenceAllocationManager\",\"name\":\"allocationManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"slashWad_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"AggregateSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"ClaimsDoNotConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainIdA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumberA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chainIdB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumberB\",\"type\":\"uint64\"}],\"name\":\"ClaimsOnDifferentBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidClaimProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidG1Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidG2Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"InvalidWad\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"NotASigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"NotRegisteredAt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorNotSlashable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OperatorsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"ReferenceBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumEquivocationSlasher.EvidenceForm\",\"name\":\"form\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpointA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claimA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpointB\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claimB\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"OperatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousWad\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newWad\",\"type\":\"uint256\"}],\"name\":\"SlashWadChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"contractIEvidenceAllocationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsApkRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceBLSApkRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"isSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumber\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registryCoordinator\",\"outputs\":[{\"internalType\":\"contractIEvidenceRegistryCoordinator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"serviceManager\",\"outputs\":[{\"internalType\":\"contractIEvidenceServiceManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"setSlashWad\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexB\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.Accused[]\",\"name\":\"accused\",\"type\":\"tuple[]\"}],\"name\":\"slashAttested\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"slashSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexB\",\"type\":\"uint32\"}],\"name\":\"slashSignedAgainstAttested\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashWad\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610140604052348015610010575f5ffd5b5060405161300c38038061300c83398101604081905261002f91610291565b6001600160a01b0386161580159061004f57506001600160a01b03851615155b801561006357506001600160a01b03841615155b801561007757506001600160a01b03811615155b6100945760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b038616608081905260408051636d14a98760e01b81529051636d14a987916004808201926020929091908290030181865afa1580156100dc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610100919061030f565b6001600160a01b031660a0816001600160a01b031681525050856001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa158015610155573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610179919061030f565b6001600160a01b0390811660c05285811660e05284166101005260ff8316610120526101a4826101f6565b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505050610331565b801580159061020d5750670de0b6b3a76400008111155b8190610238576040516359493baf60e01b815260040161022f91815260200190565b60405180910390fd5b5060015460408051918252602082018390527f619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6910160405180910390a1600155565b6001600160a01b038116811461028e575f5ffd5b50565b5f5f5f5f5f5f60c087890312156102a6575f5ffd5b86516102b18161027a565b60208801519096506102c28161027a565b60408801519095506102d38161027a565b606088015190945060ff811681146102e9575f5ffd5b608088015160a089015191945092506103018161027a565b809150509295509295509295565b5f6020828403121561031f575f5ffd5b815161032a8161027a565b9392505050565b60805160a05160c05160e0516101005161012051612c326103da5f395f818161028d01528181610c3a01528181610e5f015261126d01525f81816101e4015261044201525f81816102660152818161138d015281816114c501526116d601525f81816101870152610a5601525f81816101bd01528181610dac015261117401525f818161011901528181610afe01528181610c6c0152818161124101526117050152612c325ff3fe608060405234801561000f575f5ffd5b50600436106100fb575f3560e01c80637b83bad111610093578063ca8aa7c711610063578063ca8aa7c714610261578063cdf80e8114610288578063e4ea5a88146102c1578063f2fde38b146102d4575f5ffd5b80637b83bad1146102065780638da5cb5b146102195780638e7dfcef1461022b57806397b592351461023e575f5ffd5b80635df45946116100ce5780635df45946146101825780636a146024146101a95780636d14a987146101b85780637b103999146101df575f5ffd5b80632e99baf2146100ff5780633998fdd3146101145780634118a81a146101585780635af492981461016b575b5f5ffd5b61011261010d366004611ea4565b6102e7565b005b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b610112610166366004611f29565b610396565b61017460015481565b60405190815260200161014f565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b610174670de0b6b3a764000081565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b610112610214366004611f40565b6103e0565b5f5461013b906001600160a01b031681565b610174610239366004611fb4565b61043b565b61025161024c366004611fe3565b61048e565b604051901515815260200161014f565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b6102af7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161014f565b6101126102cf366004612025565b6104f1565b6101126102e23660046120e2565b6107e3565b6103096102f484806120fd565b60600161030184806120fd565b60600161089c565b5f61031585855f6109f5565b9050610322836001610bfd565b610348858261033186806120fd565b61034290604081019060200161211b565b85610d80565b61036f858261035a6020870187612134565b610368906020810190612149565b6001610ec0565b61038f600261037e86806120fd565b61038886806120fd565b8885610fae565b5050505050565b5f5433906001600160a01b031681146103d35760405163245aecd360e01b81526001600160a01b0390911660048201526024015b60405180910390fd5b506103dd81611050565b50565b6103fa6103ed83806120fd565b60600161030183806120fd565b5f61040684845f6109f5565b9050610414848360016109f5565b50610435600161042485806120fd565b61042e85806120fd565b8785610fae565b50505050565b5f610488467f000000000000000000000000000000000000000000000000000000000000000061046e6020860186612195565b61047e604087016020880161211b565b86604001356110cb565b92915050565b6001600160a01b0383165f908152600260205260408120816104cb85856001600160401b031660409190911b67ffffffffffffffff60401b161790565b6001600160801b0316815260208101919091526040015f205460ff1690505b9392505050565b61050b6104fe85806120fd565b60600161030185806120fd565b610515845f610bfd565b610520836001610bfd565b5f8190036105415760405163ddf9d24560e01b815260040160405180910390fd5b5f816001600160401b0381111561055a5761055a6121ae565b604051908082528060200260200182016040528015610583578160200160208202803683370190505b5090505f826001600160401b0381111561059f5761059f6121ae565b6040519080825280602002602001820160405280156105c8578160200160208202803683370190505b5090505f5b838110156107bb57368585838181106105e8576105e86121c2565b9050606002019050815f148061064c575085856106066001856121ea565b818110610615576106156121c2565b61062b92602060609092020190810191506120e2565b6001600160a01b031661064160208301836120e2565b6001600160a01b0316115b829061066e57604051630f165b6160e21b81526004016103ca91815260200190565b505f61068561068060208401846120e2565b611153565b90506106c861069760208401846120e2565b826106a28c806120fd565b6106b390604081019060200161211b565b6106c3604087016020880161211b565b610d80565b6107046106d860208401846120e2565b826106e38b806120fd565b6106f490604081019060200161211b565b6106c3606087016040880161211b565b61073661071460208401846120e2565b8261072260208d018d612134565b610730906020810190612149565b5f610ec0565b61075461074660208401846120e2565b8261035a60208c018c612134565b61076160208301836120e2565b858481518110610773576107736121c2565b60200260200101906001600160a01b031690816001600160a01b031681525050808484815181106107a6576107a66121c2565b602090810291909101015250506001016105cd565b506107db5f6107ca88806120fd565b6107d488806120fd565b8585611212565b505050505050565b5f5433906001600160a01b0316811461081b5760405163245aecd360e01b81526001600160a01b0390911660048201526024016103ca565b506001600160a01b0381166108435760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b6108a96020820182612195565b6001600160401b03166108bf6020840184612195565b6001600160401b031614801561090457506108e06040820160208301612195565b6001600160401b03166108f96040840160208501612195565b6001600160401b0316145b6109116020840184612195565b6109216040850160208601612195565b61092e6020850185612195565b61093e6040860160208701612195565b909192936109835760405163ee127d3b60e01b81526001600160401b0394851660048201529284166024840152908316604483015290911660648201526084016103ca565b50505050806040013582604001351415806109a657508060600135826060013514155b6109b36020840184612195565b6109c36040850160208601612195565b909161043557604051630651809f60e21b81526001600160401b039283166004820152911660248201526044016103ca565b5f80610a0a610a0485806120fd565b8461188c565b9050610a198460200184611975565b610a268460600184611a40565b6040805180820182525f80825260208201529051637ff81a8760e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690637ff81a8790602401606060405180830381865afa925050508015610ab9575060408051601f3d908101601f19168201909252610ab691810190612255565b60015b610ae157604051630b4fa80360e11b81526001600160a01b03871660048201526024016103ca565b9350905060405163171f1d5b60e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063171f1d5b90610b3f908690869060608c019060208d01906004016122ad565b6040805180830381865afa925050508015610b77575060408051601f3d908101601f19168201909252610b74918101906122fc565b60015b15610b8b57818015610b865750805b925050505b848782610bbf5760405163496b90e960e01b815260ff90921660048301526001600160a01b031660248201526044016103ca565b50610bf390508785610bd189806120fd565b610be290604081019060200161211b565b6106c36101008b0160e08c0161211b565b5050509392505050565b5f610c11610c0b84806120fd565b8361188c565b9050610c2c610c236020850185612134565b60e00183611975565b6040516001600160f81b03197f000000000000000000000000000000000000000000000000000000000000000060f81b1660208201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636efb463690839060210160408051601f19818403018152919052610cb287806120fd565b610cc390604081019060200161211b565b610cd06020890189612134565b6040518563ffffffff1660e01b8152600401610cef94939291906124bc565b5f60405180830381865afa925050508015610d2b57506040513d5f823e601f3d908101601f19168201604052610d28919081019061269c565b60015b61038f573d808015610d58576040519150601f19603f3d011682016040523d82523d5f602084013e610d5d565b606091505b5082816040516329a3b0a160e21b81526004016103ca92919061273d565b505050565b6040516304ec635160e01b81526004810184905263ffffffff8084166024830152821660448201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906304ec635190606401602060405180830381865afa925050508015610e17575060408051601f3d908101601f19168201909252610e1491810190612760565b60015b610e4b5760405163bee0a9d760e01b81526001600160a01b038616600482015263ffffffff841660248201526044016103ca565b9050848360016001600160c01b03841660ff7f0000000000000000000000000000000000000000000000000000000000000000161c811614610eb75760405163bee0a9d760e01b81526001600160a01b03909216600483015263ffffffff1660248201526044016103ca565b50505050505050565b5f825b80821015610eb7575f6002610ed88385612786565b610ee29190612799565b90505f868683818110610ef757610ef76121c2565b9050604002015f0135878784818110610f1257610f126121c2565b90506040020160200135604051602001610f36929190918252602082015260400190565b6040516020818303038152906040528051906020012090508781141589869091610f8757604051635b8ba6a960e11b81526001600160a01b03909216600483015260ff1660248201526044016103ca565b505087811015610fa357610f9c826001612786565b9350610fa7565b8192505b5050610ec3565b6040805160018082528183019092525f916020808301908036833750506040805160018082528183019092529293505f9291506020808301908036833701905050905083825f81518110611004576110046121c2565b60200260200101906001600160a01b031690816001600160a01b03168152505082815f81518110611037576110376121c2565b602002602001018181525050610eb78787878585611212565b80158015906110675750670de0b6b3a76400008111155b8190611089576040516359493baf60e01b81526004016103ca91815260200190565b5060015460408051918252602082018390527f619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6910160405180910390a1600155565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe860208201529081018690526001600160a01b03851660608201526001600160401b038416608082015263ffffffff831660a082015260c081018290525f9060e0016040516020818303038152906040528051906020012090505b95945050505050565b6040516309aa152760e11b81526001600160a01b0382811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906313542a4e90602401602060405180830381865afa1580156111bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111df91906127b8565b9050818161120c57604051630b4fa80360e11b81526001600160a01b0390911660048201526024016103ca565b50919050565b5f6112236080860160608701612195565b90505f61123660a0870160808801612195565b6040805180820182527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681527f000000000000000000000000000000000000000000000000000000000000000060ff1660208201529192506001600160401b0383169084901b67ffffffffffffffff60401b1617905f5b865181101561147e5760025f8883815181106112d4576112d46121c2565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f846001600160801b03166001600160801b031681526020019081526020015f205f9054906101000a900460ff161587828151811061133c5761133c6121c2565b60200260200101518686909192611388576040516307b09bd160e01b81526001600160a01b0390931660048401526001600160401b0391821660248401521660448201526064016103ca565b5050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631352c3e68883815181106113cc576113cc6121c2565b6020026020010151846040518363ffffffff1660e01b81526004016113f29291906127cf565b602060405180830381865afa15801561140d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114319190612805565b878281518110611443576114436121c2565b6020026020010151906114755760405163797deebb60e01b81526001600160a01b0390911660048201526024016103ca565b506001016112b6565b506040805160a0810182525f80825260208083019182526060838501819052808401819052608084015284015163ffffffff169052905163105dea1f60e21b8152611548907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634177a87c9061150290869060040161281e565b5f60405180830381865afa15801561151c573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526115439190810190612844565b611b03565b60408201819052516001600160401b03811115611567576115676121ae565b604051908082528060200260200182016040528015611590578160200160208202803683370190505b5060608201526001545f5b8260600151518110156115d25781836060015182815181106115bf576115bf6121c2565b602090810291909101015260010161159b565b506115e5866001600160401b0316611c17565b6115f7866001600160401b0316611c17565b6040516020016116089291906128f4565b60408051601f1981840301815291905260808301525f5b88518110156117f857600160025f8b848151811061163f5761163f6121c2565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f876001600160801b03166001600160801b031681526020019081526020015f205f6101000a81548160ff0219169083151502179055508881815181106116af576116af6121c2565b60209081029190910101516001600160a01b039081168452604051633635205760e01b81527f00000000000000000000000000000000000000000000000000000000000000009091169063363520579061172f907f000000000000000000000000000000000000000000000000000000000000000090879060040161296f565b5f604051808303815f87803b158015611746575f5ffd5b505af1158015611758573d5f5f3e3d5ffd5b50505050866001600160401b0316888281518110611778576117786121c2565b60200260200101518a8381518110611792576117926121c2565b60200260200101516001600160a01b03167f1be374754a5144778d47a84132bc3a8f0bd3481ff57982ae0dff4825e559029b89866040516117e89291906001600160401b03929092168252602082015260400190565b60405180910390a460010161161f565b50846001600160401b0316866001600160401b03168c600281111561181f5761181f612a29565b7f211b2b802cde9ccc8081319f12b1d3dc8ab7c36058a258a75cb72d9d832258508d5f018e6060018e5f018f6060018f515f36604051611860929190612a3d565b604051908190038120611877969594939291612ac5565b60405180910390a45050505050505050505050565b5f6118ea60408401356118a736869003860160608701612b12565b6118b460e0870187612b82565b808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611ca692505050565b829061190f57604051636483660760e11b815260ff90911660048201526024016103ca565b5043611921604085016020860161211b565b63ffffffff161082611939604086016020870161211b565b909161196957604051633b006f7b60e21b815260ff909216600483015263ffffffff1660248201526044016103ca565b506104ea90508361043b565b813560208301355f516020612bdd5f395f51905f52821080156119a457505f516020612bdd5f395f51905f5281105b80156119b1575081811715155b83906119d6576040516312f87fe760e11b815260ff90911660048201526024016103ca565b505f516020612bdd5f395f51905f5260035f516020612bdd5f395f51905f52845f516020612bdd5f395f51905f5286870909085f516020612bdd5f395f51905f5282830914839061038f576040516312f87fe760e11b815260ff90911660048201526024016103ca565b5f516020612bdd5f395f51905f528235108015611a6d57505f516020612bdd5f395f51905f526020830135105b8015611a8957505f516020612bdd5f395f51905f526040830135105b8015611aa557505f516020612bdd5f395f51905f526060830135105b8190611aca5760405163024ab37360e21b815260ff90911660048201526024016103ca565b50808235602084013517604084013517606084013517610d7b5760405163024ab37360e21b815260ff90911660048201526024016103ca565b606060015b8251811015611c10575f838281518110611b2457611b246121c2565b602002602001015190505f8290505b5f81118015611b7657506001600160a01b03821685611b536001846121ea565b81518110611b6357611b636121c2565b60200260200101516001600160a01b0316115b15611bdb5784611b876001836121ea565b81518110611b9757611b976121c2565b6020026020010151858281518110611bb157611bb16121c2565b6001600160a01b039092166020928302919091019091015280611bd381612bc7565b915050611b33565b81858281518110611bee57611bee6121c2565b6001600160a01b03909216602092830291909101909101525050600101611b08565b5090919050565b60605f611c2383611d57565b60010190505f816001600160401b03811115611c4157611c416121ae565b6040519080825280601f01601f191660200182016040528015611c6b576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084611c7557509392505050565b5f600882511115611cb857505f6104ea565b8251602080850151604080870151606088015182515f8187018190526001600160401b03978816602183015296909416604185015260618401919091526081808401919091528151808403909101815260a190920190528051910120905b8351811015611d4c57611d4282858381518110611d3557611d356121c2565b6020026020010151611e2e565b9150600101611d16565b509093149392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611d955772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611dc1576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611ddf57662386f26fc10000830492506010015b6305f5e1008310611df7576305f5e100830492506008015b6127108310611e0b57612710830492506004015b60648310611e1d576064830492506002015b600a83106104885760010192915050565b5f81831115611e3b579091905b6040516001815360018101939093525060218201526041902090565b6001600160a01b03811681146103dd575f5ffd5b5f610100828403121561120c575f5ffd5b5f6040828403121561120c575f5ffd5b803563ffffffff81168114611e9f575f5ffd5b919050565b5f5f5f5f60808587031215611eb7575f5ffd5b8435611ec281611e57565b935060208501356001600160401b03811115611edc575f5ffd5b611ee887828801611e6b565b93505060408501356001600160401b03811115611f03575f5ffd5b611f0f87828801611e7c565b925050611f1e60608601611e8c565b905092959194509250565b5f60208284031215611f39575f5ffd5b5035919050565b5f5f5f60608486031215611f52575f5ffd5b8335611f5d81611e57565b925060208401356001600160401b03811115611f77575f5ffd5b611f8386828701611e6b565b92505060408401356001600160401b03811115611f9e575f5ffd5b611faa86828701611e6b565b9150509250925092565b5f6060828403128015611fc5575f5ffd5b509092915050565b80356001600160401b0381168114611e9f575f5ffd5b5f5f5f60608486031215611ff5575f5ffd5b833561200081611e57565b925061200e60208501611fcd565b915061201c60408501611fcd565b90509250925092565b5f5f5f5f60608587031215612038575f5ffd5b84356001600160401b0381111561204d575f5ffd5b61205987828801611e7c565b94505060208501356001600160401b03811115612074575f5ffd5b61208087828801611e7c565b93505060408501356001600160401b0381111561209b575f5ffd5b8501601f810187136120ab575f5ffd5b80356001600160401b038111156120c0575f5ffd5b8760206060830284010111156120d4575f5ffd5b949793965060200194505050565b5f602082840312156120f2575f5ffd5b81356104ea81611e57565b5f823560fe19833603018112612111575f5ffd5b9190910192915050565b5f6020828403121561212b575f5ffd5b6104ea82611e8c565b5f823561017e19833603018112612111575f5ffd5b5f5f8335601e1984360301811261215e575f5ffd5b8301803591506001600160401b03821115612177575f5ffd5b6020019150600681901b360382131561218e575f5ffd5b9250929050565b5f602082840312156121a5575f5ffd5b6104ea82611fcd565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115610488576104886121d6565b604080519081016001600160401b038111828210171561221f5761221f6121ae565b60405290565b604051601f8201601f191681016001600160401b038111828210171561224d5761224d6121ae565b604052919050565b5f5f8284036060811215612267575f5ffd5b6040811215612274575f5ffd5b5061227d6121fd565b835181526020808501519082015260409093015192949293505050565b6040818337604080820160408401375050565b5f6101208201905085825284516020830152602085015160408301526122d6606083018561229a565b823560e0830152602083013561010083015261114a565b80518015158114611e9f575f5ffd5b5f5f6040838503121561230d575f5ffd5b612316836122ed565b9150612324602084016122ed565b90509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f5f8335601e19843603018112612370575f5ffd5b83016020810192503590506001600160401b0381111561238e575f5ffd5b8060051b360382131561218e575f5ffd5b8183526020830192505f815f5b848110156123d85763ffffffff6123c283611e8c565b16865260209586019591909101906001016123ac565b5093949350505050565b5f5f8335601e198436030181126123f7575f5ffd5b83016020810192503590506001600160401b03811115612415575f5ffd5b8060061b360382131561218e575f5ffd5b8183526020830192505f815f5b848110156123d857813586526020808301359087015260409586019590910190600101612433565b5f8383855260208501945060208460051b820101835f5b868110156124b057838303601f1901885261248d828761235b565b61249885828461239f565b60209a8b019a90955093909301925050600101612472565b50909695505050505050565b848152608060208201525f6124d4608083018661232d565b63ffffffff8516604084015282810360608401526124f2848561235b565b61018083526125066101808401828461239f565b91505061251660208601866123e2565b8383036020850152612529838284612426565b9250505061253a60408601866123e2565b838303604085015261254d838284612426565b92505050612561606083016060870161229a565b61257b60e0830160e0870180358252602090810135910152565b61258961012086018661235b565b83830361012085015261259d83828461239f565b925050506125af61014086018661235b565b8383036101408501526125c383828461239f565b925050506125d561016086018661235b565b8383036101608501526125e983828461245b565b9a9950505050505050505050565b5f6001600160401b0382111561260f5761260f6121ae565b5060051b60200190565b5f82601f830112612628575f5ffd5b815161263b612636826125f7565b612225565b8082825260208201915060208360051b86010192508583111561265c575f5ffd5b602085015b838110156126925780516bffffffffffffffffffffffff81168114612684575f5ffd5b835260209283019201612661565b5095945050505050565b5f5f604083850312156126ad575f5ffd5b82516001600160401b038111156126c2575f5ffd5b8301604081860312156126d3575f5ffd5b6126db6121fd565b81516001600160401b038111156126f0575f5ffd5b6126fc87828501612619565b82525060208201516001600160401b03811115612717575f5ffd5b61272387828501612619565b602083810191909152959095015190969095509350505050565b60ff83168152604060208201525f612758604083018461232d565b949350505050565b5f60208284031215612770575f5ffd5b81516001600160c01b03811681146104ea575f5ffd5b80820180821115610488576104886121d6565b5f826127b357634e487b7160e01b5f52601260045260245ffd5b500490565b5f602082840312156127c8575f5ffd5b5051919050565b6001600160a01b0383168152606081016104ea602083018480516001600160a01b0316825260209081015163ffffffff16910152565b5f60208284031215612815575f5ffd5b6104ea826122ed565b81516001600160a01b0316815260208083015163ffffffff169082015260408101610488565b5f60208284031215612854575f5ffd5b81516001600160401b03811115612869575f5ffd5b8201601f81018413612879575f5ffd5b8051612887612636826125f7565b8082825260208201915060208360051b8501019250868311156128a8575f5ffd5b6020840193505b828410156128d35783516128c281611e57565b8252602093840193909101906128af565b9695505050505050565b5f81518060208401855e5f93019283525090919050565b7f726f6c6c63616c6c2065717569766f636174696f6e3a20636861696e2000000081525f612925601d8301856128dd565b66010313637b1b5960cd1b815261114a60078201856128dd565b5f8151808452602084019350602083015f5b828110156123d8578151865260209586019590910190600101612951565b6001600160a01b038381168252604060208084018290528451909216818401528382015163ffffffff16606084015283015160a06080840152805160e084018190525f92919091019082906101008501905b808310156129ec5783516001600160a01b0316825260209384019360019390930192909101906129c1565b506060860151858203603f190160a08701529250612a0a818461293f565b925050506080840151603f198483030160c08501526128d3828261232d565b634e487b7160e01b5f52602160045260245ffd5b818382375f9101908152919050565b6001600160401b03612a5d82611fcd565b16825263ffffffff612a7160208301611e8c565b166020830152604090810135910152565b6001600160401b03612a9382611fcd565b1682526001600160401b03612aaa60208301611fcd565b16602083015260408181013590830152606090810135910152565b6102008101612ad48289612a4c565b612ae16060830188612a82565b612aee60e0830187612a4c565b612afc610140830186612a82565b6101c08201939093526101e00152949350505050565b5f6080828403128015612b23575f5ffd5b50604051608081016001600160401b0381118282101715612b4657612b466121ae565b604052612b5283611fcd565b8152612b6060208401611fcd565b6020820152604083810135908201526060928301359281019290925250919050565b5f5f8335601e19843603018112612b97575f5ffd5b8301803591506001600160401b03821115612bb0575f5ffd5b6020019150600581901b360382131561218e575f5ffd5b5f81612bd557612bd56121d6565b505f19019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a26469706673582212200f113880cb2d70ec21463eecc50758a2aeb86c1364d11c344016200cf89d904564736f6c634300081b0033",
}

// EquivocationSlasherABI is the input ABI used to generate the binding from.
// Deprecated: Use EquivocationSlasherMetaData.ABI instead.
var EquivocationSlasherABI = EquivocationSlasherMetaData.ABI

// EquivocationSlasherBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EquivocationSlasherMetaData.Bin instead.
var EquivocationSlasherBin = EquivocationSlasherMetaData.Bin

// DeployEquivocationSlasher deploys a new Ethereum contract, binding an instance of EquivocationSlasher to it.
func DeployEquivocationSlasher(auth *bind.TransactOpts, backend bind.ContractBackend, serviceManager_ common.Address, allocationManager_ common.Address, registry_ common.Address, quorumNumber_ uint8, slashWad_ *big.Int, owner_ common.Address) (common.Address, *types.Transaction, *EquivocationSlasher, error) {
	parsed, err := EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EquivocationSlasherBin), backend, serviceManager_, allocationManager_, registry_, quorumNumber_, slashWad_, owner_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &EquivocationSlasher{EquivocationSlasherCaller: EquivocationSlasherCaller{contract: contract}, EquivocationSlasherTransactor: EquivocationSlasherTransactor{contract: contract}, EquivocationSlasherFilterer: EquivocationSlasherFilterer{contract: contract}}, nil
}

// EquivocationSlasher is an auto generated Go binding around an Ethereum contract.
type EquivocationSlasher struct {
	EquivocationSlasherCaller     // Read-only binding to the contract
	EquivocationSlasherTransactor // Write-only binding to the contract
	EquivocationSlasherFilterer   // Log filterer for contract events
}

// EquivocationSlasherCaller is an auto generated read-only Go binding around an Ethereum contract.
type EquivocationSlasherCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EquivocationSlasherTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EquivocationSlasherTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EquivocationSlasherFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EquivocationSlasherFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EquivocationSlasherSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EquivocationSlasherSession struct {
	Contract     *EquivocationSlasher // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// EquivocationSlasherCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EquivocationSlasherCallerSession struct {
	Contract *EquivocationSlasherCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// EquivocationSlasherTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EquivocationSlasherTransactorSession struct {
	Contract     *EquivocationSlasherTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// EquivocationSlasherRaw is an auto generated low-level Go binding around an Ethereum contract.
type EquivocationSlasherRaw struct {
	Contract *EquivocationSlasher // Generic contract binding to access the raw methods on
}

// EquivocationSlasherCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EquivocationSlasherCallerRaw struct {
	Contract *EquivocationSlasherCaller // Generic read-only contract binding to access the raw methods on
}

// EquivocationSlasherTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EquivocationSlasherTransactorRaw struct {
	Contract *EquivocationSlasherTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEquivocationSlasher creates a new instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasher(address common.Address, backend bind.ContractBackend) (*EquivocationSlasher, error) {
	contract, err := bindEquivocationSlasher(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasher{EquivocationSlasherCaller: EquivocationSlasherCaller{contract: contract}, EquivocationSlasherTransactor: EquivocationSlasherTransactor{contract: contract}, EquivocationSlasherFilterer: EquivocationSlasherFilterer{contract: contract}}, nil
}

// NewEquivocationSlasherCaller creates a new read-only instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasherCaller(address common.Address, caller bind.ContractCaller) (*EquivocationSlasherCaller, error) {
	contract, err := bindEquivocationSlasher(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherCaller{contract: contract}, nil
}

// NewEquivocationSlasherTransactor creates a new write-only instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasherTransactor(address common.Address, transactor bind.ContractTransactor) (*EquivocationSlasherTransactor, error) {
	contract, err := bindEquivocationSlasher(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherTransactor{contract: contract}, nil
}

// NewEquivocationSlasherFilterer creates a new log filterer instance of EquivocationSlasher, bound to a specific deployed contract.
func NewEquivocationSlasherFilterer(address common.Address, filterer bind.ContractFilterer) (*EquivocationSlasherFilterer, error) {
	contract, err := bindEquivocationSlasher(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherFilterer{contract: contract}, nil
}

// bindEquivocationSlasher binds a generic wrapper to an already deployed contract.
func bindEquivocationSlasher(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EquivocationSlasher *EquivocationSlasherRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EquivocationSlasher.Contract.EquivocationSlasherCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EquivocationSlasher *EquivocationSlasherRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.EquivocationSlasherTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EquivocationSlasher *EquivocationSlasherRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.EquivocationSlasherTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_EquivocationSlasher *EquivocationSlasherCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _EquivocationSlasher.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_EquivocationSlasher *EquivocationSlasherTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_EquivocationSlasher *EquivocationSlasherTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.contract.Transact(opts, method, params...)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherCaller) WAD(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "WAD")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherSession) WAD() (*big.Int, error) {
	return _EquivocationSlasher.Contract.WAD(&_EquivocationSlasher.CallOpts)
}

// WAD is a free data retrieval call binding the contract method 0x6a146024.
//
// Solidity: function WAD() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) WAD() (*big.Int, error) {
	return _EquivocationSlasher.Contract.WAD(&_EquivocationSlasher.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) AllocationManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "allocationManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) AllocationManager() (common.Address, error) {
	return _EquivocationSlasher.Contract.AllocationManager(&_EquivocationSlasher.CallOpts)
}

// AllocationManager is a free data retrieval call binding the contract method 0xca8aa7c7.
//
// Solidity: function allocationManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) AllocationManager() (common.Address, error) {
	return _EquivocationSlasher.Contract.AllocationManager(&_EquivocationSlasher.CallOpts)
}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) BlsApkRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "blsApkRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) BlsApkRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.BlsApkRegistry(&_EquivocationSlasher.CallOpts)
}

// BlsApkRegistry is a free data retrieval call binding the contract method 0x5df45946.
//
// Solidity: function blsApkRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) BlsApkRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.BlsApkRegistry(&_EquivocationSlasher.CallOpts)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8e7dfcef.
//
// Solidity: function checkpointDigest((uint64,uint32,bytes32) cp) view returns(bytes32)
func (_EquivocationSlasher *EquivocationSlasherCaller) CheckpointDigest(opts *bind.CallOpts, cp EquivocationSlasherCheckpoint) ([32]byte, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "checkpointDigest", cp)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8e7dfcef.
//
// Solidity: function checkpointDigest((uint64,uint32,bytes32) cp) view returns(bytes32)
func (_EquivocationSlasher *EquivocationSlasherSession) CheckpointDigest(cp EquivocationSlasherCheckpoint) ([32]byte, error) {
	return _EquivocationSlasher.Contract.CheckpointDigest(&_EquivocationSlasher.CallOpts, cp)
}

// CheckpointDigest is a free data retrieval call binding the contract method 0x8e7dfcef.
//
// Solidity: function checkpointDigest((uint64,uint32,bytes32) cp) view returns(bytes32)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) CheckpointDigest(cp EquivocationSlasherCheckpoint) ([32]byte, error) {
	return _EquivocationSlasher.Contract.CheckpointDigest(&_EquivocationSlasher.CallOpts, cp)
}

// IsSlashed is a free data retrieval call binding the contract method 0x97b59235.
//
// Solidity: function isSlashed(address operator, uint64 chainId, uint64 blockNumber) view returns(bool)
func (_EquivocationSlasher *EquivocationSlasherCaller) IsSlashed(opts *bind.CallOpts, operator common.Address, chainId uint64, blockNumber uint64) (bool, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "isSlashed", operator, chainId, blockNumber)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsSlashed is a free data retrieval call binding the contract method 0x97b59235.
//
// Solidity: function isSlashed(address operator, uint64 chainId, uint64 blockNumber) view returns(bool)
func (_EquivocationSlasher *EquivocationSlasherSession) IsSlashed(operator common.Address, chainId uint64, blockNumber uint64) (bool, error) {
	return _EquivocationSlasher.Contract.IsSlashed(&_EquivocationSlasher.CallOpts, operator, chainId, blockNumber)
}

// IsSlashed is a free data retrieval call binding the contract method 0x97b59235.
//
// Solidity: function isSlashed(address operator, uint64 chainId, uint64 blockNumber) view returns(bool)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) IsSlashed(operator common.Address, chainId uint64, blockNumber uint64) (bool, error) {
	return _EquivocationSlasher.Contract.IsSlashed(&_EquivocationSlasher.CallOpts, operator, chainId, blockNumber)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) Owner() (common.Address, error) {
	return _EquivocationSlasher.Contract.Owner(&_EquivocationSlasher.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) Owner() (common.Address, error) {
	return _EquivocationSlasher.Contract.Owner(&_EquivocationSlasher.CallOpts)
}

// QuorumNumber is a free data retrieval call binding the contract method 0xcdf80e81.
//
// Solidity: function quorumNumber() view returns(uint8)
func (_EquivocationSlasher *EquivocationSlasherCaller) QuorumNumber(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "quorumNumber")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// QuorumNumber is a free data retrieval call binding the contract method 0xcdf80e81.
//
// Solidity: function quorumNumber() view returns(uint8)
func (_EquivocationSlasher *EquivocationSlasherSession) QuorumNumber() (uint8, error) {
	return _EquivocationSlasher.Contract.QuorumNumber(&_EquivocationSlasher.CallOpts)
}

// QuorumNumber is a free data retrieval call binding the contract method 0xcdf80e81.
//
// Solidity: function quorumNumber() view returns(uint8)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) QuorumNumber() (uint8, error) {
	return _EquivocationSlasher.Contract.QuorumNumber(&_EquivocationSlasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) Registry() (common.Address, error) {
	return _EquivocationSlasher.Contract.Registry(&_EquivocationSlasher.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) Registry() (common.Address, error) {
	return _EquivocationSlasher.Contract.Registry(&_EquivocationSlasher.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) RegistryCoordinator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "registryCoordinator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) RegistryCoordinator() (common.Address, error) {
	return _EquivocationSlasher.Contract.RegistryCoordinator(&_EquivocationSlasher.CallOpts)
}

// RegistryCoordinator is a free data retrieval call binding the contract method 0x6d14a987.
//
// Solidity: function registryCoordinator() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) RegistryCoordinator() (common.Address, error) {
	return _EquivocationSlasher.Contract.RegistryCoordinator(&_EquivocationSlasher.CallOpts)
}

// ServiceManager is a free data retrieval call binding the contract method 0x3998fdd3.
//
// Solidity: function serviceManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) ServiceManager(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "serviceManager")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ServiceManager is a free data retrieval call binding the contract method 0x3998fdd3.
//
// Solidity: function serviceManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) ServiceManager() (common.Address, error) {
	return _EquivocationSlasher.Contract.ServiceManager(&_EquivocationSlasher.CallOpts)
}

// ServiceManager is a free data retrieval call binding the contract method 0x3998fdd3.
//
// Solidity: function serviceManager() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) ServiceManager() (common.Address, error) {
	return _EquivocationSlasher.Contract.ServiceManager(&_EquivocationSlasher.CallOpts)
}

// SlashWad is a free data retrieval call binding the contract method 0x5af49298.
//
// Solidity: function slashWad() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherCaller) SlashWad(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "slashWad")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashWad is a free data retrieval call binding the contract method 0x5af49298.
//
// Solidity: function slashWad() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherSession) SlashWad() (*big.Int, error) {
	return _EquivocationSlasher.Contract.SlashWad(&_EquivocationSlasher.CallOpts)
}

// SlashWad is a free data retrieval call binding the contract method 0x5af49298.
//
// Solidity: function slashWad() view returns(uint256)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) SlashWad() (*big.Int, error) {
	return _EquivocationSlasher.Contract.SlashWad(&_EquivocationSlasher.CallOpts)
}

// SetSlashWad is a paid mutator transaction binding the contract method 0x4118a81a.
//
// Solidity: function setSlashWad(uint256 wad) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SetSlashWad(opts *bind.TransactOpts, wad *big.Int) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "setSlashWad", wad)
}

// SetSlashWad is a paid mutator transaction binding the contract method 0x4118a81a.
//
// Solidity: function setSlashWad(uint256 wad) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SetSlashWad(wad *big.Int) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SetSlashWad(&_EquivocationSlasher.TransactOpts, wad)
}

// SetSlashWad is a paid mutator transaction binding the contract method 0x4118a81a.
//
// Solidity: function setSlashWad(uint256 wad) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) SetSlashWad(wad *big.Int) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SetSlashWad(&_EquivocationSlasher.TransactOpts, wad)
}

// SlashAttested is a paid mutator transaction binding the contract method 0xe4ea5a88.
//
// Solidity: function slashAttested((((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, (address,uint32,uint32)[] accused) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SlashAttested(opts *bind.TransactOpts, a EquivocationSlasherAttestedClaim, b EquivocationSlasherAttestedClaim, accused []EquivocationSlasherAccused) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "slashAttested", a, b, accused)
}

// SlashAttested is a paid mutator transaction binding the contract method 0xe4ea5a88.
//
// Solidity: function slashAttested((((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, (address,uint32,uint32)[] accused) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SlashAttested(a EquivocationSlasherAttestedClaim, b EquivocationSlasherAttestedClaim, accused []EquivocationSlasherAccused) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashAttested(&_EquivocationSlasher.TransactOpts, a, b, accused)
}

// SlashAttested is a paid mutator transaction binding the contract method 0xe4ea5a88.
//
// Solidity: function slashAttested((((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, (address,uint32,uint32)[] accused) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) SlashAttested(a EquivocationSlasherAttestedClaim, b EquivocationSlasherAttestedClaim, accused []EquivocationSlasherAccused) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashAttested(&_EquivocationSlasher.TransactOpts, a, b, accused)
}

// SlashSigned is a paid mutator transaction binding the contract method 0x7b83bad1.
//
// Solidity: function slashSigned(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) b) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SlashSigned(opts *bind.TransactOpts, operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherOperatorSignedClaim) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "slashSigned", operator, a, b)
}

// SlashSigned is a paid mutator transaction binding the contract method 0x7b83bad1.
//
// Solidity: function slashSigned(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) b) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SlashSigned(operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherOperatorSignedClaim) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashSigned(&_EquivocationSlasher.TransactOpts, operator, a, b)
}

// SlashSigned is a paid mutator transaction binding the contract method 0x7b83bad1.
//
// Solidity: function slashSigned(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) b) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) SlashSigned(operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherOperatorSignedClaim) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashSigned(&_EquivocationSlasher.TransactOpts, operator, a, b)
}

// SlashSignedAgainstAttested is a paid mutator transaction binding the contract method 0x2e99baf2.
//
// Solidity: function slashSignedAgainstAttested(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, uint32 quorumBitmapIndexB) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SlashSignedAgainstAttested(opts *bind.TransactOpts, operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherAttestedClaim, quorumBitmapIndexB uint32) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "slashSignedAgainstAttested", operator, a, b, quorumBitmapIndexB)
}

// SlashSignedAgainstAttested is a paid mutator transaction binding the contract method 0x2e99baf2.
//
// Solidity: function slashSignedAgainstAttested(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, uint32 quorumBitmapIndexB) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SlashSignedAgainstAttested(operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherAttestedClaim, quorumBitmapIndexB uint32) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashSignedAgainstAttested(&_EquivocationSlasher.TransactOpts, operator, a, b, quorumBitmapIndexB)
}

// SlashSignedAgainstAttested is a paid mutator transaction binding the contract method 0x2e99baf2.
//
// Solidity: function slashSignedAgainstAttested(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, uint32 quorumBitmapIndexB) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) SlashSignedAgainstAttested(operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherAttestedClaim, quorumBitmapIndexB uint32) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashSignedAgainstAttested(&_EquivocationSlasher.TransactOpts, operator, a, b, quorumBitmapIndexB)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.TransferOwnership(&_EquivocationSlasher.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.TransferOwnership(&_EquivocationSlasher.TransactOpts, newOwner)
}

// EquivocationSlasherEquivocationProvenIterator is returned from FilterEquivocationProven and is used to iterate over the raw logs and unpacked data for EquivocationProven events raised by the EquivocationSlasher contract.
type EquivocationSlasherEquivocationProvenIterator struct {
	Event *EquivocationSlasherEquivocationProven // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherEquivocationProvenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherEquivocationProven)
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
		it.Event = new(EquivocationSlasherEquivocationProven)
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
func (it *EquivocationSlasherEquivocationProvenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherEquivocationProvenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherEquivocationProven represents a EquivocationProven event raised by the EquivocationSlasher contract.
type EquivocationSlasherEquivocationProven struct {
	Form         uint8
	ChainId      uint64
	BlockNumber  uint64
	CheckpointA  EquivocationSlasherCheckpoint
	ClaimA       RollcallCodecClaim
	CheckpointB  EquivocationSlasherCheckpoint
	ClaimB       RollcallCodecClaim
	Slashed      *big.Int
	EvidenceHash [32]byte
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterEquivocationProven is a free log retrieval operation binding the contract event 0x211b2b802cde9ccc8081319f12b1d3dc8ab7c36058a258a75cb72d9d83225850.
//
// Solidity: event EquivocationProven(uint8 indexed form, uint64 indexed chainId, uint64 indexed blockNumber, (uint64,uint32,bytes32) checkpointA, (uint64,uint64,bytes32,bytes32) claimA, (uint64,uint32,bytes32) checkpointB, (uint64,uint64,bytes32,bytes32) claimB, uint256 slashed, bytes32 evidenceHash)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterEquivocationProven(opts *bind.FilterOpts, form []uint8, chainId []uint64, blockNumber []uint64) (*EquivocationSlasherEquivocationProvenIterator, error) {

	var formRule []interface{}
	for _, formItem := range form {
		formRule = append(formRule, formItem)
	}
	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}
	var blockNumberRule []interface{}
	for _, blockNumberItem := range blockNumber {
		blockNumberRule = append(blockNumberRule, blockNumberItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "EquivocationProven", formRule, chainIdRule, blockNumberRule)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherEquivocationProvenIterator{contract: _EquivocationSlasher.contract, event: "EquivocationProven", logs: logs, sub: sub}, nil
}

// WatchEquivocationProven is a free log subscription operation binding the contract event 0x211b2b802cde9ccc8081319f12b1d3dc8ab7c36058a258a75cb72d9d83225850.
//
// Solidity: event EquivocationProven(uint8 indexed form, uint64 indexed chainId, uint64 indexed blockNumber, (uint64,uint32,bytes32) checkpointA, (uint64,uint64,bytes32,bytes32) claimA, (uint64,uint32,bytes32) checkpointB, (uint64,uint64,bytes32,bytes32) claimB, uint256 slashed, bytes32 evidenceHash)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchEquivocationProven(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherEquivocationProven, form []uint8, chainId []uint64, blockNumber []uint64) (event.Subscription, error) {

	var formRule []interface{}
	for _, formItem := range form {
		formRule = append(formRule, formItem)
	}
	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}
	var blockNumberRule []interface{}
	for _, blockNumberItem := range blockNumber {
		blockNumberRule = append(blockNumberRule, blockNumberItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "EquivocationProven", formRule, chainIdRule, blockNumberRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherEquivocationProven)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "EquivocationProven", log); err != nil {
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

// ParseEquivocationProven is a log parse operation binding the contract event 0x211b2b802cde9ccc8081319f12b1d3dc8ab7c36058a258a75cb72d9d83225850.
//
// Solidity: event EquivocationProven(uint8 indexed form, uint64 indexed chainId, uint64 indexed blockNumber, (uint64,uint32,bytes32) checkpointA, (uint64,uint64,bytes32,bytes32) claimA, (uint64,uint32,bytes32) checkpointB, (uint64,uint64,bytes32,bytes32) claimB, uint256 slashed, bytes32 evidenceHash)
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseEquivocationProven(log types.Log) (*EquivocationSlasherEquivocationProven, error) {
	event := new(EquivocationSlasherEquivocationProven)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "EquivocationProven", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EquivocationSlasherOperatorSlashedIterator is returned from FilterOperatorSlashed and is used to iterate over the raw logs and unpacked data for OperatorSlashed events raised by the EquivocationSlasher contract.
type EquivocationSlasherOperatorSlashedIterator struct {
	Event *EquivocationSlasherOperatorSlashed // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherOperatorSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherOperatorSlashed)
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
		it.Event = new(EquivocationSlasherOperatorSlashed)
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
func (it *EquivocationSlasherOperatorSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherOperatorSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherOperatorSlashed represents a OperatorSlashed event raised by the EquivocationSlasher contract.
type EquivocationSlasherOperatorSlashed struct {
	Operator    common.Address
	OperatorId  [32]byte
	ChainId     uint64
	BlockNumber uint64
	Wad         *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterOperatorSlashed is a free log retrieval operation binding the contract event 0x1be374754a5144778d47a84132bc3a8f0bd3481ff57982ae0dff4825e559029b.
//
// Solidity: event OperatorSlashed(address indexed operator, bytes32 indexed operatorId, uint64 indexed chainId, uint64 blockNumber, uint256 wad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterOperatorSlashed(opts *bind.FilterOpts, operator []common.Address, operatorId [][32]byte, chainId []uint64) (*EquivocationSlasherOperatorSlashedIterator, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}
	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "OperatorSlashed", operatorRule, operatorIdRule, chainIdRule)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherOperatorSlashedIterator{contract: _EquivocationSlasher.contract, event: "OperatorSlashed", logs: logs, sub: sub}, nil
}

// WatchOperatorSlashed is a free log subscription operation binding the contract event 0x1be374754a5144778d47a84132bc3a8f0bd3481ff57982ae0dff4825e559029b.
//
// Solidity: event OperatorSlashed(address indexed operator, bytes32 indexed operatorId, uint64 indexed chainId, uint64 blockNumber, uint256 wad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchOperatorSlashed(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherOperatorSlashed, operator []common.Address, operatorId [][32]byte, chainId []uint64) (event.Subscription, error) {

	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}
	var operatorIdRule []interface{}
	for _, operatorIdItem := range operatorId {
		operatorIdRule = append(operatorIdRule, operatorIdItem)
	}
	var chainIdRule []interface{}
	for _, chainIdItem := range chainId {
		chainIdRule = append(chainIdRule, chainIdItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "OperatorSlashed", operatorRule, operatorIdRule, chainIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherOperatorSlashed)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "OperatorSlashed", log); err != nil {
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

// ParseOperatorSlashed is a log parse operation binding the contract event 0x1be374754a5144778d47a84132bc3a8f0bd3481ff57982ae0dff4825e559029b.
//
// Solidity: event OperatorSlashed(address indexed operator, bytes32 indexed operatorId, uint64 indexed chainId, uint64 blockNumber, uint256 wad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseOperatorSlashed(log types.Log) (*EquivocationSlasherOperatorSlashed, error) {
	event := new(EquivocationSlasherOperatorSlashed)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "OperatorSlashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EquivocationSlasherOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the EquivocationSlasher contract.
type EquivocationSlasherOwnershipTransferredIterator struct {
	Event *EquivocationSlasherOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherOwnershipTransferred)
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
		it.Event = new(EquivocationSlasherOwnershipTransferred)
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
func (it *EquivocationSlasherOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherOwnershipTransferred represents a OwnershipTransferred event raised by the EquivocationSlasher contract.
type EquivocationSlasherOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*EquivocationSlasherOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherOwnershipTransferredIterator{contract: _EquivocationSlasher.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherOwnershipTransferred)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseOwnershipTransferred(log types.Log) (*EquivocationSlasherOwnershipTransferred, error) {
	event := new(EquivocationSlasherOwnershipTransferred)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EquivocationSlasherSlashWadChangedIterator is returned from FilterSlashWadChanged and is used to iterate over the raw logs and unpacked data for SlashWadChanged events raised by the EquivocationSlasher contract.
type EquivocationSlasherSlashWadChangedIterator struct {
	Event *EquivocationSlasherSlashWadChanged // Event containing the contract specifics and raw log

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
func (it *EquivocationSlasherSlashWadChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EquivocationSlasherSlashWadChanged)
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
		it.Event = new(EquivocationSlasherSlashWadChanged)
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
func (it *EquivocationSlasherSlashWadChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EquivocationSlasherSlashWadChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EquivocationSlasherSlashWadChanged represents a SlashWadChanged event raised by the EquivocationSlasher contract.
type EquivocationSlasherSlashWadChanged struct {
	PreviousWad *big.Int
	NewWad      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterSlashWadChanged is a free log retrieval operation binding the contract event 0x619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6.
//
// Solidity: event SlashWadChanged(uint256 previousWad, uint256 newWad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) FilterSlashWadChanged(opts *bind.FilterOpts) (*EquivocationSlasherSlashWadChangedIterator, error) {

	logs, sub, err := _EquivocationSlasher.contract.FilterLogs(opts, "SlashWadChanged")
	if err != nil {
		return nil, err
	}
	return &EquivocationSlasherSlashWadChangedIterator{contract: _EquivocationSlasher.contract, event: "SlashWadChanged", logs: logs, sub: sub}, nil
}

// WatchSlashWadChanged is a free log subscription operation binding the contract event 0x619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6.
//
// Solidity: event SlashWadChanged(uint256 previousWad, uint256 newWad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) WatchSlashWadChanged(opts *bind.WatchOpts, sink chan<- *EquivocationSlasherSlashWadChanged) (event.Subscription, error) {

	logs, sub, err := _EquivocationSlasher.contract.WatchLogs(opts, "SlashWadChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EquivocationSlasherSlashWadChanged)
				if err := _EquivocationSlasher.contract.UnpackLog(event, "SlashWadChanged", log); err != nil {
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

// ParseSlashWadChanged is a log parse operation binding the contract event 0x619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6.
//
// Solidity: event SlashWadChanged(uint256 previousWad, uint256 newWad)
func (_EquivocationSlasher *EquivocationSlasherFilterer) ParseSlashWadChanged(log types.Log) (*EquivocationSlasherSlashWadChanged, error) {
	event := new(EquivocationSlasherSlashWadChanged)
	if err := _EquivocationSlasher.contract.UnpackLog(event, "SlashWadChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
