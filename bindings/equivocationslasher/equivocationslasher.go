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

// EquivocationSlasherLeafHistoryHints is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherLeafHistoryHints struct {
	BitmapIndex uint32
	StakeIndex  uint32
}

// EquivocationSlasherOperatorSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherOperatorSignedClaim struct {
	Signed            EquivocationSlasherSignedClaim
	Sigma             IBLSSignatureCheckerG1Point
	PubkeyG2          IBLSSignatureCheckerG2Point
	QuorumBitmapIndex uint32
}

// EquivocationSlasherQuorumHistoryHints is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherQuorumHistoryHints struct {
	ApkIndex        uint32
	TotalStakeIndex uint32
	CountIndex      uint32
}

// EquivocationSlasherSignedClaim is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherSignedClaim struct {
	Checkpoint EquivocationSlasherCheckpoint
	Claim      RollcallCodecClaim
	Proof      [][32]byte
}

// EquivocationSlasherTableLeaf is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherTableLeaf struct {
	OperatorId [32]byte
	Key        IBLSSignatureCheckerG1Point
	Stake      *big.Int
}

// EquivocationSlasherTableQuorum is an auto generated low-level Go binding around an user-defined struct.
type EquivocationSlasherTableQuorum struct {
	QuorumNumber  uint8
	AggregateKey  IBLSSignatureCheckerG1Point
	TotalStake    *big.Int
	OperatorCount uint32
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEvidenceServiceManager\",\"name\":\"serviceManager_\",\"type\":\"address\"},{\"internalType\":\"contractIEvidenceAllocationManager\",\"name\":\"allocationManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"slashWad_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"AggregateSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"ClaimsDoNotConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainIdA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumberA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chainIdB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumberB\",\"type\":\"uint64\"}],\"name\":\"ClaimsOnDifferentBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumEquivocationSlasher.History\",\"name\":\"history\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"HistoryIndexInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidClaimProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidG1Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidG2Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"InvalidWad\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"NotASigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"NotRegisteredAt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorNotSlashable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OperatorsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"ReferenceBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"TableBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumEquivocationSlasher.EvidenceForm\",\"name\":\"form\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpointA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claimA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpointB\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claimB\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"OperatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousWad\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newWad\",\"type\":\"uint256\"}],\"name\":\"SlashWadChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"contractIEvidenceAllocationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsApkRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceBLSApkRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"indexRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceIndexRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"isSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumber\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registryCoordinator\",\"outputs\":[{\"internalType\":\"contractIEvidenceRegistryCoordinator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"serviceManager\",\"outputs\":[{\"internalType\":\"contractIEvidenceServiceManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"setSlashWad\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexB\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.Accused[]\",\"name\":\"accused\",\"type\":\"tuple[]\"}],\"name\":\"slashAttested\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"slashSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexB\",\"type\":\"uint32\"}],\"name\":\"slashSignedAgainstAttested\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashWad\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceStakeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"internalType\":\"structEquivocationSlasher.TableLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"bitmapIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"stakeIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.LeafHistoryHints\",\"name\":\"hints\",\"type\":\"tuple\"}],\"name\":\"tableLeafFaults\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"notMember\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"keyWrong\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"stakeWrong\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"aggregateKey\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.TableQuorum\",\"name\":\"q\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"apkIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"totalStakeIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"countIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.QuorumHistoryHints\",\"name\":\"hints\",\"type\":\"tuple\"}],\"name\":\"tableQuorumFaults\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"keyWrong\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"stakeWrong\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"countWrong\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b50604051613d6e380380613d6e83398101604081905261002f91610380565b6001600160a01b0386161580159061004f57506001600160a01b03851615155b801561006357506001600160a01b03841615155b801561007757506001600160a01b03811615155b6100945760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b038616608081905260408051636d14a98760e01b81529051636d14a987916004808201926020929091908290030181865afa1580156100dc573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061010091906103fe565b6001600160a01b031660a0816001600160a01b031681525050856001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa158015610155573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017991906103fe565b6001600160a01b0390811660c05285811660e05260a05160408051636830483560e01b81529051919092169163683048359160048083019260209291908290030181865afa1580156101cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101f191906103fe565b6001600160a01b0316610100816001600160a01b03168152505060a0516001600160a01b0316639e9923c26040518163ffffffff1660e01b8152600401602060405180830381865afa158015610249573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026d91906103fe565b6001600160a01b039081166101205284166101405260ff831661016052610293826102e5565b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505050610420565b80158015906102fc5750670de0b6b3a76400008111155b8190610327576040516359493baf60e01b815260040161031e91815260200190565b60405180910390fd5b5060015460408051918252602082018390527f619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6910160405180910390a1600155565b6001600160a01b038116811461037d575f5ffd5b50565b5f5f5f5f5f5f60c08789031215610395575f5ffd5b86516103a081610369565b60208801519096506103b181610369565b60408801519095506103c281610369565b606088015190945060ff811681146103d8575f5ffd5b608088015160a089015191945092506103f081610369565b809150509295509295509295565b5f6020828403121561040e575f5ffd5b815161041981610369565b9392505050565b60805160a05160c05160e051610100516101205161014051610160516138596105155f395f81816103390152818161136e015281816115930152611c2701525f8181610237015261050101525f81816102b9015281816118c6015281816119a30152611a2a01525f81816101da015281816108900152610ade01525f818161031201528181611d4701528181611e7f015261209001525f81816101b301528181610646015281816109c7015261118a01525f8181610210015281816106ee015281816114e00152611b2e01525f818161014501528181611232015281816113a001528181611bfb01526120bf01526138595ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638da5cb5b116100a9578063ca8aa7c71161006e578063ca8aa7c71461030d578063cdf80e8114610334578063d02515c41461036d578063e4ea5a8814610380578063f2fde38b14610393575f5ffd5b80638da5cb5b1461026c5780638e7dfcef1461027e57806397b59235146102915780639e9923c2146102b4578063bf615e5f146102db575f5ffd5b806368304835116100ef57806368304835146101d55780636a146024146101fc5780636d14a9871461020b5780637b103999146102325780637b83bad114610259575f5ffd5b80632e99baf21461012b5780633998fdd3146101405780634118a81a146101845780635af49298146101975780635df45946146101ae575b5f5ffd5b61013e610139366004612857565b6103a6565b005b6101677f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61013e6101923660046128de565b610455565b6101a060015481565b60405190815260200161017b565b6101677f000000000000000000000000000000000000000000000000000000000000000081565b6101677f000000000000000000000000000000000000000000000000000000000000000081565b6101a0670de0b6b3a764000081565b6101677f000000000000000000000000000000000000000000000000000000000000000081565b6101677f000000000000000000000000000000000000000000000000000000000000000081565b61013e6102673660046128f5565b61049f565b5f54610167906001600160a01b031681565b6101a061028c366004612979565b6104fa565b6102a461029f3660046129ae565b61054d565b604051901515815260200161017b565b6101677f000000000000000000000000000000000000000000000000000000000000000081565b6102ee6102e9366004612a00565b6105b0565b604080519315158452911515602084015215159082015260600161017b565b6101677f000000000000000000000000000000000000000000000000000000000000000081565b61035b7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161017b565b6102ee61037b366004612a60565b610988565b61013e61038e366004612aa6565b610c25565b61013e6103a1366004612b63565b610f17565b6103c86103b38480612b7e565b6060016103c08480612b7e565b606001610fd0565b5f6103d485855f611129565b90506103e1836001611331565b61040785826103f08680612b7e565b610401906040810190602001612b9c565b856114b4565b61042e85826104196020870187612bb7565b610427906020810190612bcc565b60016115f4565b61044e600261043d8680612b7e565b6104478680612b7e565b88856116e2565b5050505050565b5f5433906001600160a01b031681146104925760405163245aecd360e01b81526001600160a01b0390911660048201526024015b60405180910390fd5b5061049c81611784565b50565b6104b96104ac8380612b7e565b6060016103c08380612b7e565b5f6104c584845f611129565b90506104d384836001611129565b506104f460016104e38580612b7e565b6104ed8580612b7e565b87856116e2565b50505050565b5f610547467f000000000000000000000000000000000000000000000000000000000000000061052d6020860186612c18565b61053d6040870160208801612b9c565b86604001356117ff565b92915050565b6001600160a01b0383165f9081526002602052604081208161058a85856001600160401b031660409190911b67ffffffffffffffff60401b161790565b6001600160801b0316815260208101919091526040015f205460ff1690505b9392505050565b5f8080864363ffffffff8216106105e3576040516327e1aef960e01b815263ffffffff9091166004820152602401610489565b5060408051863591610609916020808a0135928a01359101918252602082015260400190565b60408051808303601f190181529082905280516020909101206308f6629d60e31b825287356004830152919091141592505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906347b314e890602401602060405180830381865afa15801561068b573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106af9190612c31565b6001600160a01b0316036106c85750600191505f61097e565b604080516060810182525f80825260208201819052918101919091526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631eb812da87356107226020890189612b9c565b6040516001600160e01b031960e085901b168152600481019290925263ffffffff166024820152604401606060405180830381865afa925050508015610785575060408051601f3d908101601f1916820190925261078291810190612cce565b60015b6107b35760036107986020870187612b9c565b60405163635e684960e11b8152600401610489929190612d51565b90506107c26020860186612b9c565b63ffffffff161580156107de5750805163ffffffff808a169116115b156107f05750600192505f905061097e565b805163ffffffff808a1691161180159061082b5750602081015163ffffffff16158061082b57508763ffffffff16816020015163ffffffff16115b600361083a6020880188612b9c565b909161085b5760405163635e684960e11b8152600401610489929190612d51565b505060408101516001600160c01b031660ff88161c6001165f036108865750600192505f905061097e565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f2be94ae888a89356108c960408b0160208c01612b9c565b6040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa92505050801561093e575060408051601f3d908101601f1916820190925261093b91810190612d9a565b60015b6109545760046107986040870160208801612b9c565b6109646080880160608901612db5565b6001600160601b0316816001600160601b03161415925050505b9450945094915050565b5f8080854363ffffffff8216106109bb576040516327e1aef960e01b815263ffffffff9091166004820152602401610489565b505f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166368bccaac6109f96020890189612dd0565b89610a0760208a018a612b9c565b6040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa925050508015610a74575060408051601f3d908101601f19168201909252610a7191810190612de9565b60015b610a86575f6107986020870187612b9c565b90506040805167ffffffffffffffff19831691610ab7916020808b0135928b01359101918252602082015260400190565b604051602081830303815290604052805190602001206001600160401b031916141593505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c8294c56885f016020810190610b1d9190612dd0565b8a610b2e60408b0160208c01612b9c565b6040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa925050508015610b9b575060408051601f3d908101601f19168201909252610b9891810190612d9a565b60015b610bb15760016107986040880160208901612b9c565b9050610bc36080880160608901612db5565b6001600160601b03828116911614159350610be460a0880160808901612b9c565b63ffffffff16610c10610bfa60208a018a612dd0565b8a610c0b60608b0160408c01612b9c565b611887565b63ffffffff1614159250505093509350939050565b610c3f610c328580612b7e565b6060016103c08580612b7e565b610c49845f611331565b610c54836001611331565b5f819003610c755760405163ddf9d24560e01b815260040160405180910390fd5b5f816001600160401b03811115610c8e57610c8e612c4c565b604051908082528060200260200182016040528015610cb7578160200160208202803683370190505b5090505f826001600160401b03811115610cd357610cd3612c4c565b604051908082528060200260200182016040528015610cfc578160200160208202803683370190505b5090505f5b83811015610eef5736858583818110610d1c57610d1c612e11565b9050606002019050815f1480610d8057508585610d3a600185612e39565b818110610d4957610d49612e11565b610d5f9260206060909202019081019150612b63565b6001600160a01b0316610d756020830183612b63565b6001600160a01b0316115b8290610da257604051630f165b6160e21b815260040161048991815260200190565b505f610db9610db46020840184612b63565b611b0d565b9050610dfc610dcb6020840184612b63565b82610dd68c80612b7e565b610de7906040810190602001612b9c565b610df76040870160208801612b9c565b6114b4565b610e38610e0c6020840184612b63565b82610e178b80612b7e565b610e28906040810190602001612b9c565b610df76060870160408801612b9c565b610e6a610e486020840184612b63565b82610e5660208d018d612bb7565b610e64906020810190612bcc565b5f6115f4565b610e88610e7a6020840184612b63565b8261041960208c018c612bb7565b610e956020830183612b63565b858481518110610ea757610ea7612e11565b60200260200101906001600160a01b031690816001600160a01b03168152505080848481518110610eda57610eda612e11565b60209081029190910101525050600101610d01565b50610f0f5f610efe8880612b7e565b610f088880612b7e565b8585611bcc565b505050505050565b5f5433906001600160a01b03168114610f4f5760405163245aecd360e01b81526001600160a01b039091166004820152602401610489565b506001600160a01b038116610f775760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b610fdd6020820182612c18565b6001600160401b0316610ff36020840184612c18565b6001600160401b031614801561103857506110146040820160208301612c18565b6001600160401b031661102d6040840160208501612c18565b6001600160401b0316145b6110456020840184612c18565b6110556040850160208601612c18565b6110626020850185612c18565b6110726040860160208701612c18565b909192936110b75760405163ee127d3b60e01b81526001600160401b039485166004820152928416602484015290831660448301529091166064820152608401610489565b50505050806040013582604001351415806110da57508060600135826060013514155b6110e76020840184612c18565b6110f76040850160208601612c18565b90916104f457604051630651809f60e21b81526001600160401b03928316600482015291166024820152604401610489565b5f8061113e6111388580612b7e565b84612246565b905061114d846020018461232f565b61115a84606001846123fa565b6040805180820182525f80825260208201529051637ff81a8760e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690637ff81a8790602401606060405180830381865afa9250505080156111ed575060408051601f3d908101601f191682019092526111ea91810190612e4c565b60015b61121557604051630b4fa80360e11b81526001600160a01b0387166004820152602401610489565b9350905060405163171f1d5b60e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063171f1d5b90611273908690869060608c019060208d0190600401612ea4565b6040805180830381865afa9250505080156112ab575060408051601f3d908101601f191682019092526112a891810190612ef3565b60015b156112bf578180156112ba5750805b925050505b8487826112f35760405163496b90e960e01b815260ff90921660048301526001600160a01b03166024820152604401610489565b50611327905087856113058980612b7e565b611316906040810190602001612b9c565b610df76101008b0160e08c01612b9c565b5050509392505050565b5f61134561133f8480612b7e565b83612246565b90506113606113576020850185612bb7565b60e0018361232f565b6040516001600160f81b03197f000000000000000000000000000000000000000000000000000000000000000060f81b1660208201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636efb463690839060210160408051601f198184030181529190526113e68780612b7e565b6113f7906040810190602001612b9c565b6114046020890189612bb7565b6040518563ffffffff1660e01b815260040161142394939291906130b5565b5f60405180830381865afa92505050801561145f57506040513d5f823e601f3d908101601f1916820160405261145c9190810190613285565b60015b61044e573d80801561148c576040519150601f19603f3d011682016040523d82523d5f602084013e611491565b606091505b5082816040516329a3b0a160e21b8152600401610489929190613326565b505050565b6040516304ec635160e01b81526004810184905263ffffffff8084166024830152821660448201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906304ec635190606401602060405180830381865afa92505050801561154b575060408051601f3d908101601f1916820190925261154891810190613349565b60015b61157f5760405163bee0a9d760e01b81526001600160a01b038616600482015263ffffffff84166024820152604401610489565b9050848360016001600160c01b03841660ff7f0000000000000000000000000000000000000000000000000000000000000000161c8116146115eb5760405163bee0a9d760e01b81526001600160a01b03909216600483015263ffffffff166024820152604401610489565b50505050505050565b5f825b808210156115eb575f600261160c8385613362565b6116169190613375565b90505f86868381811061162b5761162b612e11565b9050604002015f013587878481811061164657611646612e11565b9050604002016020013560405160200161166a929190918252602082015260400190565b60405160208183030381529060405280519060200120905087811415898690916116bb57604051635b8ba6a960e11b81526001600160a01b03909216600483015260ff166024820152604401610489565b5050878110156116d7576116d0826001613362565b93506116db565b8192505b50506115f7565b6040805160018082528183019092525f916020808301908036833750506040805160018082528183019092529293505f9291506020808301908036833701905050905083825f8151811061173857611738612e11565b60200260200101906001600160a01b031690816001600160a01b03168152505082815f8151811061176b5761176b612e11565b6020026020010181815250506115eb8787878585611bcc565b801580159061179b5750670de0b6b3a76400008111155b81906117bd576040516359493baf60e01b815260040161048991815260200190565b5060015460408051918252602082018390527f619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6910160405180910390a1600155565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe860208201529081018690526001600160a01b03851660608201526001600160401b038416608082015263ffffffff831660a082015260c081018290525f9060e0016040516020818303038152906040528051906020012090505b95945050505050565b6040805180820182525f808252602082018190529151632922ec2b60e21b815260ff8616600482015263ffffffff841660248201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a48bb0ac906044016040805180830381865afa925050508015611928575060408051601f3d908101601f1916820190925261192591810190613394565b60015b61194a5760028360405163635e684960e11b8152600401610489929190612d51565b90508051600290849063ffffffff8088169116111561197e5760405163635e684960e11b8152600401610489929190612d51565b50508051604051638121906f60e01b815260ff8716600482015263ffffffff909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638121906f906024016040805180830381865afa1580156119ef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a139190613394565b5163ffffffff1614611b01575f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a48bb0ac87611a5b8760016133d5565b6040516001600160e01b031960e085901b16815260ff909216600483015263ffffffff1660248201526044016040805180830381865afa158015611aa1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ac59190613394565b90508463ffffffff16815f015163ffffffff16116002859091611afd5760405163635e684960e11b8152600401610489929190612d51565b5050505b60200151949350505050565b6040516309aa152760e11b81526001600160a01b0382811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906313542a4e90602401602060405180830381865afa158015611b75573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b9991906133f1565b90508181611bc657604051630b4fa80360e11b81526001600160a01b039091166004820152602401610489565b50919050565b5f611bdd6080860160608701612c18565b90505f611bf060a0870160808801612c18565b6040805180820182527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681527f000000000000000000000000000000000000000000000000000000000000000060ff1660208201529192506001600160401b0383169084901b67ffffffffffffffff60401b1617905f5b8651811015611e385760025f888381518110611c8e57611c8e612e11565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f846001600160801b03166001600160801b031681526020019081526020015f205f9054906101000a900460ff1615878281518110611cf657611cf6612e11565b60200260200101518686909192611d42576040516307b09bd160e01b81526001600160a01b0390931660048401526001600160401b039182166024840152166044820152606401610489565b5050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631352c3e6888381518110611d8657611d86612e11565b6020026020010151846040518363ffffffff1660e01b8152600401611dac929190613408565b602060405180830381865afa158015611dc7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611deb919061343e565b878281518110611dfd57611dfd612e11565b602002602001015190611e2f5760405163797deebb60e01b81526001600160a01b039091166004820152602401610489565b50600101611c70565b506040805160a0810182525f80825260208083019182526060838501819052808401819052608084015284015163ffffffff169052905163105dea1f60e21b8152611f02907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634177a87c90611ebc908690600401613457565b5f60405180830381865afa158015611ed6573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611efd919081019061347d565b6124bd565b60408201819052516001600160401b03811115611f2157611f21612c4c565b604051908082528060200260200182016040528015611f4a578160200160208202803683370190505b5060608201526001545f5b826060015151811015611f8c578183606001518281518110611f7957611f79612e11565b6020908102919091010152600101611f55565b50611f9f866001600160401b03166125d1565b611fb1866001600160401b03166125d1565b604051602001611fc292919061352d565b60408051601f1981840301815291905260808301525f5b88518110156121b257600160025f8b8481518110611ff957611ff9612e11565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f876001600160801b03166001600160801b031681526020019081526020015f205f6101000a81548160ff02191690831515021790555088818151811061206957612069612e11565b60209081029190910101516001600160a01b039081168452604051633635205760e01b81527f0000000000000000000000000000000000000000000000000000000000000000909116906336352057906120e9907f00000000000000000000000000000000000000000000000000000000000000009087906004016135a8565b5f604051808303815f87803b158015612100575f5ffd5b505af1158015612112573d5f5f3e3d5ffd5b50505050866001600160401b031688828151811061213257612132612e11565b60200260200101518a838151811061214c5761214c612e11565b60200260200101516001600160a01b03167f1be374754a5144778d47a84132bc3a8f0bd3481ff57982ae0dff4825e559029b89866040516121a29291906001600160401b03929092168252602082015260400190565b60405180910390a4600101611fd9565b50846001600160401b0316866001600160401b03168c60028111156121d9576121d9612d3d565b7f211b2b802cde9ccc8081319f12b1d3dc8ab7c36058a258a75cb72d9d832258508d5f018e6060018e5f018f6060018f515f3660405161221a929190613662565b6040519081900381206122319695949392916136ec565b60405180910390a45050505050505050505050565b5f6122a4604084013561226136869003860160608701613739565b61226e60e08701876137a9565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061266092505050565b82906122c957604051636483660760e11b815260ff9091166004820152602401610489565b50436122db6040850160208601612b9c565b63ffffffff1610826122f36040860160208701612b9c565b909161232357604051633b006f7b60e21b815260ff909216600483015263ffffffff166024820152604401610489565b506105a99050836104fa565b813560208301355f5160206138045f395f51905f528210801561235e57505f5160206138045f395f51905f5281105b801561236b575081811715155b8390612390576040516312f87fe760e11b815260ff9091166004820152602401610489565b505f5160206138045f395f51905f5260035f5160206138045f395f51905f52845f5160206138045f395f51905f5286870909085f5160206138045f395f51905f5282830914839061044e576040516312f87fe760e11b815260ff9091166004820152602401610489565b5f5160206138045f395f51905f52823510801561242757505f5160206138045f395f51905f526020830135105b801561244357505f5160206138045f395f51905f526040830135105b801561245f57505f5160206138045f395f51905f526060830135105b81906124845760405163024ab37360e21b815260ff9091166004820152602401610489565b508082356020840135176040840135176060840135176114af5760405163024ab37360e21b815260ff9091166004820152602401610489565b606060015b82518110156125ca575f8382815181106124de576124de612e11565b602002602001015190505f8290505b5f8111801561253057506001600160a01b0382168561250d600184612e39565b8151811061251d5761251d612e11565b60200260200101516001600160a01b0316115b156125955784612541600183612e39565b8151811061255157612551612e11565b602002602001015185828151811061256b5761256b612e11565b6001600160a01b03909216602092830291909101909101528061258d816137ee565b9150506124ed565b818582815181106125a8576125a8612e11565b6001600160a01b039092166020928302919091019091015250506001016124c2565b5090919050565b60605f6125dd83612711565b60010190505f816001600160401b038111156125fb576125fb612c4c565b6040519080825280601f01601f191660200182016040528015612625576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461262f57509392505050565b5f60088251111561267257505f6105a9565b8251602080850151604080870151606088015182515f8187018190526001600160401b03978816602183015296909416604185015260618401919091526081808401919091528151808403909101815260a190920190528051910120905b8351811015612706576126fc828583815181106126ef576126ef612e11565b60200260200101516127e8565b91506001016126d0565b509093149392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061274f5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef8100000000831061277b576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061279957662386f26fc10000830492506010015b6305f5e10083106127b1576305f5e100830492506008015b61271083106127c557612710830492506004015b606483106127d7576064830492506002015b600a83106105475760010192915050565b5f818311156127f5579091905b6040516001815360018101939093525060218201526041902090565b6001600160a01b038116811461049c575f5ffd5b5f6101008284031215611bc6575f5ffd5b5f60408284031215611bc6575f5ffd5b63ffffffff8116811461049c575f5ffd5b5f5f5f5f6080858703121561286a575f5ffd5b843561287581612811565b935060208501356001600160401b0381111561288f575f5ffd5b61289b87828801612825565b93505060408501356001600160401b038111156128b6575f5ffd5b6128c287828801612836565b92505060608501356128d381612846565b939692955090935050565b5f602082840312156128ee575f5ffd5b5035919050565b5f5f5f60608486031215612907575f5ffd5b833561291281612811565b925060208401356001600160401b0381111561292c575f5ffd5b61293886828701612825565b92505060408401356001600160401b03811115612953575f5ffd5b61295f86828701612825565b9150509250925092565b5f60608284031215611bc6575f5ffd5b5f60608284031215612989575f5ffd5b6105a98383612969565b80356001600160401b03811681146129a9575f5ffd5b919050565b5f5f5f606084860312156129c0575f5ffd5b83356129cb81612811565b92506129d960208501612993565b91506129e760408501612993565b90509250925092565b803560ff811681146129a9575f5ffd5b5f5f5f5f848603610100811215612a15575f5ffd5b8535612a2081612846565b9450612a2e602087016129f0565b93506080603f1982011215612a41575f5ffd5b50604085019150612a558660c08701612836565b905092959194509250565b5f5f5f838503610120811215612a74575f5ffd5b8435612a7f81612846565b935060a0601f1982011215612a92575f5ffd5b506020840191506129e78560c08601612969565b5f5f5f5f60608587031215612ab9575f5ffd5b84356001600160401b03811115612ace575f5ffd5b612ada87828801612836565b94505060208501356001600160401b03811115612af5575f5ffd5b612b0187828801612836565b93505060408501356001600160401b03811115612b1c575f5ffd5b8501601f81018713612b2c575f5ffd5b80356001600160401b03811115612b41575f5ffd5b876020606083028401011115612b55575f5ffd5b949793965060200194505050565b5f60208284031215612b73575f5ffd5b81356105a981612811565b5f823560fe19833603018112612b92575f5ffd5b9190910192915050565b5f60208284031215612bac575f5ffd5b81356105a981612846565b5f823561017e19833603018112612b92575f5ffd5b5f5f8335601e19843603018112612be1575f5ffd5b8301803591506001600160401b03821115612bfa575f5ffd5b6020019150600681901b3603821315612c11575f5ffd5b9250929050565b5f60208284031215612c28575f5ffd5b6105a982612993565b5f60208284031215612c41575f5ffd5b81516105a981612811565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715612c8257612c82612c4c565b60405290565b604051601f8201601f191681016001600160401b0381118282101715612cb057612cb0612c4c565b604052919050565b80516001600160c01b03811681146129a9575f5ffd5b5f6060828403128015612cdf575f5ffd5b50604051606081016001600160401b0381118282101715612d0257612d02612c4c565b6040528251612d1081612846565b81526020830151612d2081612846565b6020820152612d3160408401612cb8565b60408201529392505050565b634e487b7160e01b5f52602160045260245ffd5b6040810160058410612d7157634e487b7160e01b5f52602160045260245ffd5b92815263ffffffff9190911660209091015290565b6001600160601b038116811461049c575f5ffd5b5f60208284031215612daa575f5ffd5b81516105a981612d86565b5f60208284031215612dc5575f5ffd5b81356105a981612d86565b5f60208284031215612de0575f5ffd5b6105a9826129f0565b5f60208284031215612df9575f5ffd5b815167ffffffffffffffff19811681146105a9575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561054757610547612e25565b5f5f8284036060811215612e5e575f5ffd5b6040811215612e6b575f5ffd5b50612e74612c60565b835181526020808501519082015260409093015192949293505050565b6040818337604080820160408401375050565b5f610120820190508582528451602083015260208501516040830152612ecd6060830185612e91565b823560e0830152602083013561010083015261187e565b805180151581146129a9575f5ffd5b5f5f60408385031215612f04575f5ffd5b612f0d83612ee4565b9150612f1b60208401612ee4565b90509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f5f8335601e19843603018112612f67575f5ffd5b83016020810192503590506001600160401b03811115612f85575f5ffd5b8060051b3603821315612c11575f5ffd5b8183526020830192505f815f5b84811015612fd1578135612fb681612846565b63ffffffff1686526020958601959190910190600101612fa3565b5093949350505050565b5f5f8335601e19843603018112612ff0575f5ffd5b83016020810192503590506001600160401b0381111561300e575f5ffd5b8060061b3603821315612c11575f5ffd5b8183526020830192505f815f5b84811015612fd15781358652602080830135908701526040958601959091019060010161302c565b5f8383855260208501945060208460051b820101835f5b868110156130a957838303601f190188526130868287612f52565b613091858284612f96565b60209a8b019a9095509390930192505060010161306b565b50909695505050505050565b848152608060208201525f6130cd6080830186612f24565b63ffffffff8516604084015282810360608401526130eb8485612f52565b61018083526130ff61018084018284612f96565b91505061310f6020860186612fdb565b838303602085015261312283828461301f565b925050506131336040860186612fdb565b838303604085015261314683828461301f565b9250505061315a6060830160608701612e91565b61317460e0830160e0870180358252602090810135910152565b613182610120860186612f52565b838303610120850152613196838284612f96565b925050506131a8610140860186612f52565b8383036101408501526131bc838284612f96565b925050506131ce610160860186612f52565b8383036101608501526131e2838284613054565b9a9950505050505050505050565b5f6001600160401b0382111561320857613208612c4c565b5060051b60200190565b5f82601f830112613221575f5ffd5b815161323461322f826131f0565b612c88565b8082825260208201915060208360051b860101925085831115613255575f5ffd5b602085015b8381101561327b57805161326d81612d86565b83526020928301920161325a565b5095945050505050565b5f5f60408385031215613296575f5ffd5b82516001600160401b038111156132ab575f5ffd5b8301604081860312156132bc575f5ffd5b6132c4612c60565b81516001600160401b038111156132d9575f5ffd5b6132e587828501613212565b82525060208201516001600160401b03811115613300575f5ffd5b61330c87828501613212565b602083810191909152959095015190969095509350505050565b60ff83168152604060208201525f6133416040830184612f24565b949350505050565b5f60208284031215613359575f5ffd5b6105a982612cb8565b8082018082111561054757610547612e25565b5f8261338f57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60408284031280156133a5575f5ffd5b506133ae612c60565b82516133b981612846565b815260208301516133c981612846565b60208201529392505050565b63ffffffff818116838216019081111561054757610547612e25565b5f60208284031215613401575f5ffd5b5051919050565b6001600160a01b0383168152606081016105a9602083018480516001600160a01b0316825260209081015163ffffffff16910152565b5f6020828403121561344e575f5ffd5b6105a982612ee4565b81516001600160a01b0316815260208083015163ffffffff169082015260408101610547565b5f6020828403121561348d575f5ffd5b81516001600160401b038111156134a2575f5ffd5b8201601f810184136134b2575f5ffd5b80516134c061322f826131f0565b8082825260208201915060208360051b8501019250868311156134e1575f5ffd5b6020840193505b8284101561350c5783516134fb81612811565b8252602093840193909101906134e8565b9695505050505050565b5f81518060208401855e5f93019283525090919050565b7f726f6c6c63616c6c2065717569766f636174696f6e3a20636861696e2000000081525f61355e601d830185613516565b66010313637b1b5960cd1b815261187e6007820185613516565b5f8151808452602084019350602083015f5b82811015612fd157815186526020958601959091019060010161358a565b6001600160a01b038381168252604060208084018290528451909216818401528382015163ffffffff16606084015283015160a06080840152805160e084018190525f92919091019082906101008501905b808310156136255783516001600160a01b0316825260209384019360019390930192909101906135fa565b506060860151858203603f190160a087015292506136438184613578565b925050506080840151603f198483030160c085015261350c8282612f24565b818382375f9101908152919050565b6001600160401b0361368282612993565b168252602081013561369381612846565b63ffffffff166020830152604090810135910152565b6001600160401b036136ba82612993565b1682526001600160401b036136d160208301612993565b16602083015260408181013590830152606090810135910152565b61020081016136fb8289613671565b61370860608301886136a9565b61371560e0830187613671565b6137236101408301866136a9565b6101c08201939093526101e00152949350505050565b5f608082840312801561374a575f5ffd5b50604051608081016001600160401b038111828210171561376d5761376d612c4c565b60405261377983612993565b815261378760208401612993565b6020820152604083810135908201526060928301359281019290925250919050565b5f5f8335601e198436030181126137be575f5ffd5b8301803591506001600160401b038211156137d7575f5ffd5b6020019150600581901b3603821315612c11575f5ffd5b5f816137fc576137fc612e25565b505f19019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a2646970667358221220b147210ed9892ff6063083bba2d7584058752a980151063645c597b0d4f475cf64736f6c634300081b0033",
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

// IndexRegistry is a free data retrieval call binding the contract method 0x9e9923c2.
//
// Solidity: function indexRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) IndexRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "indexRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// IndexRegistry is a free data retrieval call binding the contract method 0x9e9923c2.
//
// Solidity: function indexRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) IndexRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.IndexRegistry(&_EquivocationSlasher.CallOpts)
}

// IndexRegistry is a free data retrieval call binding the contract method 0x9e9923c2.
//
// Solidity: function indexRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) IndexRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.IndexRegistry(&_EquivocationSlasher.CallOpts)
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

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCaller) StakeRegistry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "stakeRegistry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherSession) StakeRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.StakeRegistry(&_EquivocationSlasher.CallOpts)
}

// StakeRegistry is a free data retrieval call binding the contract method 0x68304835.
//
// Solidity: function stakeRegistry() view returns(address)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) StakeRegistry() (common.Address, error) {
	return _EquivocationSlasher.Contract.StakeRegistry(&_EquivocationSlasher.CallOpts)
}

// TableLeafFaults is a free data retrieval call binding the contract method 0xbf615e5f.
//
// Solidity: function tableLeafFaults(uint32 referenceBlock, uint8 quorum, (bytes32,(uint256,uint256),uint96) leaf, (uint32,uint32) hints) view returns(bool notMember, bool keyWrong, bool stakeWrong)
func (_EquivocationSlasher *EquivocationSlasherCaller) TableLeafFaults(opts *bind.CallOpts, referenceBlock uint32, quorum uint8, leaf EquivocationSlasherTableLeaf, hints EquivocationSlasherLeafHistoryHints) (struct {
	NotMember  bool
	KeyWrong   bool
	StakeWrong bool
}, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "tableLeafFaults", referenceBlock, quorum, leaf, hints)

	outstruct := new(struct {
		NotMember  bool
		KeyWrong   bool
		StakeWrong bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.NotMember = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.KeyWrong = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.StakeWrong = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// TableLeafFaults is a free data retrieval call binding the contract method 0xbf615e5f.
//
// Solidity: function tableLeafFaults(uint32 referenceBlock, uint8 quorum, (bytes32,(uint256,uint256),uint96) leaf, (uint32,uint32) hints) view returns(bool notMember, bool keyWrong, bool stakeWrong)
func (_EquivocationSlasher *EquivocationSlasherSession) TableLeafFaults(referenceBlock uint32, quorum uint8, leaf EquivocationSlasherTableLeaf, hints EquivocationSlasherLeafHistoryHints) (struct {
	NotMember  bool
	KeyWrong   bool
	StakeWrong bool
}, error) {
	return _EquivocationSlasher.Contract.TableLeafFaults(&_EquivocationSlasher.CallOpts, referenceBlock, quorum, leaf, hints)
}

// TableLeafFaults is a free data retrieval call binding the contract method 0xbf615e5f.
//
// Solidity: function tableLeafFaults(uint32 referenceBlock, uint8 quorum, (bytes32,(uint256,uint256),uint96) leaf, (uint32,uint32) hints) view returns(bool notMember, bool keyWrong, bool stakeWrong)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) TableLeafFaults(referenceBlock uint32, quorum uint8, leaf EquivocationSlasherTableLeaf, hints EquivocationSlasherLeafHistoryHints) (struct {
	NotMember  bool
	KeyWrong   bool
	StakeWrong bool
}, error) {
	return _EquivocationSlasher.Contract.TableLeafFaults(&_EquivocationSlasher.CallOpts, referenceBlock, quorum, leaf, hints)
}

// TableQuorumFaults is a free data retrieval call binding the contract method 0xd02515c4.
//
// Solidity: function tableQuorumFaults(uint32 referenceBlock, (uint8,(uint256,uint256),uint96,uint32) q, (uint32,uint32,uint32) hints) view returns(bool keyWrong, bool stakeWrong, bool countWrong)
func (_EquivocationSlasher *EquivocationSlasherCaller) TableQuorumFaults(opts *bind.CallOpts, referenceBlock uint32, q EquivocationSlasherTableQuorum, hints EquivocationSlasherQuorumHistoryHints) (struct {
	KeyWrong   bool
	StakeWrong bool
	CountWrong bool
}, error) {
	var out []interface{}
	err := _EquivocationSlasher.contract.Call(opts, &out, "tableQuorumFaults", referenceBlock, q, hints)

	outstruct := new(struct {
		KeyWrong   bool
		StakeWrong bool
		CountWrong bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.KeyWrong = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.StakeWrong = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.CountWrong = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// TableQuorumFaults is a free data retrieval call binding the contract method 0xd02515c4.
//
// Solidity: function tableQuorumFaults(uint32 referenceBlock, (uint8,(uint256,uint256),uint96,uint32) q, (uint32,uint32,uint32) hints) view returns(bool keyWrong, bool stakeWrong, bool countWrong)
func (_EquivocationSlasher *EquivocationSlasherSession) TableQuorumFaults(referenceBlock uint32, q EquivocationSlasherTableQuorum, hints EquivocationSlasherQuorumHistoryHints) (struct {
	KeyWrong   bool
	StakeWrong bool
	CountWrong bool
}, error) {
	return _EquivocationSlasher.Contract.TableQuorumFaults(&_EquivocationSlasher.CallOpts, referenceBlock, q, hints)
}

// TableQuorumFaults is a free data retrieval call binding the contract method 0xd02515c4.
//
// Solidity: function tableQuorumFaults(uint32 referenceBlock, (uint8,(uint256,uint256),uint96,uint32) q, (uint32,uint32,uint32) hints) view returns(bool keyWrong, bool stakeWrong, bool countWrong)
func (_EquivocationSlasher *EquivocationSlasherCallerSession) TableQuorumFaults(referenceBlock uint32, q EquivocationSlasherTableQuorum, hints EquivocationSlasherQuorumHistoryHints) (struct {
	KeyWrong   bool
	StakeWrong bool
	CountWrong bool
}, error) {
	return _EquivocationSlasher.Contract.TableQuorumFaults(&_EquivocationSlasher.CallOpts, referenceBlock, q, hints)
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
