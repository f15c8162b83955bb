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
	Signed       EquivocationSlasherSignedClaim
	SignersBlock uint32
	Signature    IBLSSignatureCheckerNonSignerStakesAndSignature
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEvidenceServiceManager\",\"name\":\"serviceManager_\",\"type\":\"address\"},{\"internalType\":\"contractIEvidenceAllocationManager\",\"name\":\"allocationManager_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumber_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"slashWad_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"AggregateSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"ClaimsDoNotConflict\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"chainIdA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumberA\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chainIdB\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumberB\",\"type\":\"uint64\"}],\"name\":\"ClaimsOnDifferentBlocks\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumEquivocationSlasher.History\",\"name\":\"history\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"HistoryIndexInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidClaimProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidG1Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"InvalidG2Point\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"InvalidWad\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"}],\"name\":\"NotASigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"}],\"name\":\"NotRegisteredAt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorNotSlashable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorSignatureInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"OperatorsNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"ReferenceBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"signersBlock\",\"type\":\"uint32\"}],\"name\":\"SignersBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"}],\"name\":\"TableBlockNotInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"UnknownOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"enumEquivocationSlasher.EvidenceForm\",\"name\":\"form\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpointA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claimA\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpointB\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claimB\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"evidenceHash\",\"type\":\"bytes32\"}],\"name\":\"EquivocationProven\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"OperatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousWad\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newWad\",\"type\":\"uint256\"}],\"name\":\"SlashWadChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"WAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allocationManager\",\"outputs\":[{\"internalType\":\"contractIEvidenceAllocationManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsApkRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceBLSApkRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"cp\",\"type\":\"tuple\"}],\"name\":\"checkpointDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"indexRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceIndexRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"name\":\"isSlashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumber\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registryCoordinator\",\"outputs\":[{\"internalType\":\"contractIEvidenceRegistryCoordinator\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"serviceManager\",\"outputs\":[{\"internalType\":\"contractIEvidenceServiceManager\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"wad\",\"type\":\"uint256\"}],\"name\":\"setSlashWad\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"signersBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"signersBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexB\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.Accused[]\",\"name\":\"accused\",\"type\":\"tuple[]\"}],\"name\":\"slashAttested\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"b\",\"type\":\"tuple\"}],\"name\":\"slashSigned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"pubkeyG2\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.OperatorSignedClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"claimsRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structEquivocationSlasher.Checkpoint\",\"name\":\"checkpoint\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"blockHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structRollcallCodec.Claim\",\"name\":\"claim\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"internalType\":\"structEquivocationSlasher.SignedClaim\",\"name\":\"signed\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"signersBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structIBLSSignatureChecker.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structIBLSSignatureChecker.NonSignerStakesAndSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"internalType\":\"structEquivocationSlasher.AttestedClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"quorumBitmapIndexB\",\"type\":\"uint32\"}],\"name\":\"slashSignedAgainstAttested\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashWad\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakeRegistry\",\"outputs\":[{\"internalType\":\"contractIEvidenceStakeRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"internalType\":\"structEquivocationSlasher.TableLeaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"bitmapIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"stakeIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.LeafHistoryHints\",\"name\":\"hints\",\"type\":\"tuple\"}],\"name\":\"tableLeafFaults\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"notMember\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"keyWrong\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"stakeWrong\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlock\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"quorumNumber\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structIBLSSignatureChecker.G1Point\",\"name\":\"aggregateKey\",\"type\":\"tuple\"},{\"internalType\":\"uint96\",\"name\":\"totalStake\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"operatorCount\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.TableQuorum\",\"name\":\"q\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"apkIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"totalStakeIndex\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"countIndex\",\"type\":\"uint32\"}],\"internalType\":\"structEquivocationSlasher.QuorumHistoryHints\",\"name\":\"hints\",\"type\":\"tuple\"}],\"name\":\"tableQuorumFaults\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"keyWrong\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"stakeWrong\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"countWrong\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610180604052348015610010575f5ffd5b50604051613d92380380613d9283398101604081905261002f91610380565b6001600160a01b0386161580159061004f57506001600160a01b03851615155b801561006357506001600160a01b03841615155b801561007757506001600160a01b03811615155b6100945760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b038616608081905260408051636d14a98760e01b81529051636d14a987916004808201926020929091908290030181865afa1580156100dc573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061010091906103fe565b6001600160a01b031660a0816001600160a01b031681525050856001600160a01b0316635df459466040518163ffffffff1660e01b8152600401602060405180830381865afa158015610155573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061017991906103fe565b6001600160a01b0390811660c05285811660e05260a05160408051636830483560e01b81529051919092169163683048359160048083019260209291908290030181865afa1580156101cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101f191906103fe565b6001600160a01b0316610100816001600160a01b03168152505060a0516001600160a01b0316639e9923c26040518163ffffffff1660e01b8152600401602060405180830381865afa158015610249573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061026d91906103fe565b6001600160a01b039081166101205284166101405260ff831661016052610293826102e5565b5f80546001600160a01b0319166001600160a01b03831690811782556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3505050505050610420565b80158015906102fc5750670de0b6b3a76400008111155b8190610327576040516359493baf60e01b815260040161031e91815260200190565b60405180910390fd5b5060015460408051918252602082018390527f619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6910160405180910390a1600155565b6001600160a01b038116811461037d575f5ffd5b50565b5f5f5f5f5f5f60c08789031215610395575f5ffd5b86516103a081610369565b60208801519096506103b181610369565b60408801519095506103c281610369565b606088015190945060ff811681146103d8575f5ffd5b608088015160a089015191945092506103f081610369565b809150509295509295509295565b5f6020828403121561040e575f5ffd5b815161041981610369565b9392505050565b60805160a05160c05160e0516101005161012051610140516101605161387d6105155f395f8181610326015281816117dd015281816119f60152611c5601525f8181610224015261045a01525f81816102a6015281816114fd015281816115da015261166101525f81816101c7015281816107e90152610a3701525f81816102ff01528181611d7601528181611eae01526120bf01525f81816101a00152818161059f0152818161092001526111e401525f81816101fd01528181610647015281816119430152611b5d01525f81816101300152818161128c0152818161180f01528181611c2a01526120ee015261387d5ff3fe608060405234801561000f575f5ffd5b5060043610610127575f3560e01c80638e7dfcef116100a9578063cdf80e811161006e578063cdf80e8114610321578063d02515c41461035a578063da5dcec51461036d578063e134025e14610380578063f2fde38b14610393575f5ffd5b80638e7dfcef1461026b57806397b592351461027e5780639e9923c2146102a1578063bf615e5f146102c8578063ca8aa7c7146102fa575f5ffd5b80636a146024116100ef5780636a146024146101e95780636d14a987146101f85780637b1039991461021f5780637b83bad1146102465780638da5cb5b14610259575f5ffd5b80633998fdd31461012b5780634118a81a1461016f5780635af49298146101845780635df459461461019b57806368304835146101c2575b5f5ffd5b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61018261017d366004612840565b6103a6565b005b61018d60015481565b604051908152602001610166565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b61018d670de0b6b3a764000081565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b61018261025436600461287c565b6103f0565b5f54610152906001600160a01b031681565b61018d610279366004612900565b610453565b61029161028c366004612935565b6104a6565b6040519015158152602001610166565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6102db6102d6366004612998565b610509565b6040805193151584529115156020840152151590820152606001610166565b6101527f000000000000000000000000000000000000000000000000000000000000000081565b6103487f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610166565b6102db6103683660046129fd565b6108e1565b61018261037b366004612a43565b610b7e565b61018261038e366004612aca565b610c1a565b6101826103a1366004612b87565b610ef6565b5f5433906001600160a01b031681146103e35760405163245aecd360e01b81526001600160a01b0390911660048201526024015b60405180910390fd5b506103ed81610faf565b50565b6104126103fd8380612ba2565b60600161040a8380612ba2565b60600161102a565b5f61041e84845f611183565b905061042c84836001611183565b5061044d600161043c8580612ba2565b6104468580612ba2565b878561138b565b50505050565b5f6104a0467f00000000000000000000000000000000000000000000000000000000000000006104866020860186612bc0565b6104966040870160208801612bd9565b8660400135611436565b92915050565b6001600160a01b0383165f908152600260205260408120816104e385856001600160401b031660409190911b67ffffffffffffffff60401b161790565b6001600160801b0316815260208101919091526040015f205460ff1690505b9392505050565b5f8080864363ffffffff82161061053c576040516327e1aef960e01b815263ffffffff90911660048201526024016103da565b5060408051863591610562916020808a0135928a01359101918252602082015260400190565b60408051808303601f190181529082905280516020909101206308f6629d60e31b825287356004830152919091141592505f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906347b314e890602401602060405180830381865afa1580156105e4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106089190612bf4565b6001600160a01b0316036106215750600191505f6108d7565b604080516060810182525f80825260208201819052918101919091526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016631eb812da873561067b6020890189612bd9565b6040516001600160e01b031960e085901b168152600481019290925263ffffffff166024820152604401606060405180830381865afa9250505080156106de575060408051601f3d908101601f191682019092526106db91810190612c91565b60015b61070c5760036106f16020870187612bd9565b60405163635e684960e11b81526004016103da929190612d14565b905061071b6020860186612bd9565b63ffffffff161580156107375750805163ffffffff808a169116115b156107495750600192505f90506108d7565b805163ffffffff808a169116118015906107845750602081015163ffffffff16158061078457508763ffffffff16816020015163ffffffff16115b60036107936020880188612bd9565b90916107b45760405163635e684960e11b81526004016103da929190612d14565b505060408101516001600160c01b031660ff88161c6001165f036107df5750600192505f90506108d7565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663f2be94ae888a893561082260408b0160208c01612bd9565b6040516001600160e01b031960e087901b16815260ff909416600485015263ffffffff92831660248501526044840191909152166064820152608401602060405180830381865afa925050508015610897575060408051601f3d908101601f1916820190925261089491810190612d5d565b60015b6108ad5760046106f16040870160208801612bd9565b6108bd6080880160608901612d78565b6001600160601b0316816001600160601b03161415925050505b9450945094915050565b5f8080854363ffffffff821610610914576040516327e1aef960e01b815263ffffffff90911660048201526024016103da565b505f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166368bccaac6109526020890189612d93565b8961096060208a018a612bd9565b6040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa9250505080156109cd575060408051601f3d908101601f191682019092526109ca91810190612dac565b60015b6109df575f6106f16020870187612bd9565b90506040805167ffffffffffffffff19831691610a10916020808b0135928b01359101918252602082015260400190565b604051602081830303815290604052805190602001206001600160401b031916141593505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663c8294c56885f016020810190610a769190612d93565b8a610a8760408b0160208c01612bd9565b6040516001600160e01b031960e086901b16815260ff909316600484015263ffffffff9182166024840152166044820152606401602060405180830381865afa925050508015610af4575060408051601f3d908101601f19168201909252610af191810190612d5d565b60015b610b0a5760016106f16040880160208901612bd9565b9050610b1c6080880160608901612d78565b6001600160601b03828116911614159350610b3d60a0880160808901612bd9565b63ffffffff16610b69610b5360208a018a612d93565b8a610b6460608b0160408c01612bd9565b6114be565b63ffffffff1614159250505093509350939050565b610b98610b8b8480612ba2565b60600161040a8480612ba2565b5f610ba485855f611183565b9050610bb1836001611744565b610bcc8582610bc66040870160208801612bd9565b85611917565b610bf38582610bde6040870187612dd4565b610bec906020810190612de9565b6001611a4e565b610c136002610c028680612ba2565b610c0c8680612ba2565b888561138b565b5050505050565b610c34610c278580612ba2565b60600161040a8580612ba2565b610c3e845f611744565b610c49836001611744565b5f819003610c6a5760405163ddf9d24560e01b815260040160405180910390fd5b5f816001600160401b03811115610c8357610c83612c0f565b604051908082528060200260200182016040528015610cac578160200160208202803683370190505b5090505f826001600160401b03811115610cc857610cc8612c0f565b604051908082528060200260200182016040528015610cf1578160200160208202803683370190505b5090505f5b83811015610ece5736858583818110610d1157610d11612e35565b9050606002019050815f1480610d7557508585610d2f600185612e5d565b818110610d3e57610d3e612e35565b610d549260206060909202019081019150612b87565b6001600160a01b0316610d6a6020830183612b87565b6001600160a01b0316115b8290610d9757604051630f165b6160e21b81526004016103da91815260200190565b505f610dae610da96020840184612b87565b611b3c565b9050610de6610dc06020840184612b87565b82610dd160408d0160208e01612bd9565b610de16040870160208801612bd9565b611917565b610e17610df66020840184612b87565b82610e0760408c0160208d01612bd9565b610de16060870160408801612bd9565b610e49610e276020840184612b87565b82610e3560408d018d612dd4565b610e43906020810190612de9565b5f611a4e565b610e67610e596020840184612b87565b82610bde60408c018c612dd4565b610e746020830183612b87565b858481518110610e8657610e86612e35565b60200260200101906001600160a01b031690816001600160a01b03168152505080848481518110610eb957610eb9612e35565b60209081029190910101525050600101610cf6565b50610eee5f610edd8880612ba2565b610ee78880612ba2565b8585611bfb565b505050505050565b5f5433906001600160a01b03168114610f2e5760405163245aecd360e01b81526001600160a01b0390911660048201526024016103da565b506001600160a01b038116610f565760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b8015801590610fc65750670de0b6b3a76400008111155b8190610fe8576040516359493baf60e01b81526004016103da91815260200190565b5060015460408051918252602082018390527f619ee2dcf076c810a53ada0fd9ef18ea08c5fb4512d3c6b9900e3777fe4686f6910160405180910390a1600155565b6110376020820182612bc0565b6001600160401b031661104d6020840184612bc0565b6001600160401b0316148015611092575061106e6040820160208301612bc0565b6001600160401b03166110876040840160208501612bc0565b6001600160401b0316145b61109f6020840184612bc0565b6110af6040850160208601612bc0565b6110bc6020850185612bc0565b6110cc6040860160208701612bc0565b909192936111115760405163ee127d3b60e01b81526001600160401b0394851660048201529284166024840152908316604483015290911660648201526084016103da565b505050508060400135826040013514158061113457508060600135826060013514155b6111416020840184612bc0565b6111516040850160208601612bc0565b909161044d57604051630651809f60e21b81526001600160401b039283166004820152911660248201526044016103da565b5f806111986111928580612ba2565b84612275565b90506111a7846020018461235e565b6111b48460600184612429565b6040805180820182525f80825260208201529051637ff81a8760e01b81526001600160a01b0387811660048301527f00000000000000000000000000000000000000000000000000000000000000001690637ff81a8790602401606060405180830381865afa925050508015611247575060408051601f3d908101601f1916820190925261124491810190612e70565b60015b61126f57604051630b4fa80360e11b81526001600160a01b03871660048201526024016103da565b9350905060405163171f1d5b60e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063171f1d5b906112cd908690869060608c019060208d0190600401612ec8565b6040805180830381865afa925050508015611305575060408051601f3d908101601f1916820190925261130291810190612f17565b60015b15611319578180156113145750805b925050505b84878261134d5760405163496b90e960e01b815260ff90921660048301526001600160a01b031660248201526044016103da565b506113819050878561135f8980612ba2565b611370906040810190602001612bd9565b610de16101008b0160e08c01612bd9565b5050509392505050565b6040805160018082528183019092525f916020808301908036833750506040805160018082528183019092529293505f9291506020808301908036833701905050905083825f815181106113e1576113e1612e35565b60200260200101906001600160a01b031690816001600160a01b03168152505082815f8151811061141457611414612e35565b60200260200101818152505061142d8787878585611bfb565b50505050505050565b604080517f5d285ce50f2229b7b1f5863ee5ef8acdebd427b2870a2a590cd9a15af78c6fe860208201529081018690526001600160a01b03851660608201526001600160401b038416608082015263ffffffff831660a082015260c081018290525f9060e0016040516020818303038152906040528051906020012090505b95945050505050565b6040805180820182525f808252602082018190529151632922ec2b60e21b815260ff8616600482015263ffffffff841660248201526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063a48bb0ac906044016040805180830381865afa92505050801561155f575060408051601f3d908101601f1916820190925261155c91810190612f48565b60015b6115815760028360405163635e684960e11b81526004016103da929190612d14565b90508051600290849063ffffffff808816911611156115b55760405163635e684960e11b81526004016103da929190612d14565b50508051604051638121906f60e01b815260ff8716600482015263ffffffff909116907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638121906f906024016040805180830381865afa158015611626573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061164a9190612f48565b5163ffffffff1614611738575f6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663a48bb0ac87611692876001612f89565b6040516001600160e01b031960e085901b16815260ff909216600483015263ffffffff1660248201526044016040805180830381865afa1580156116d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116fc9190612f48565b90508463ffffffff16815f015163ffffffff161160028590916117345760405163635e684960e11b81526004016103da929190612d14565b5050505b60200151949350505050565b5f6117586117528480612ba2565b83612275565b90504361176b6040850160208601612bd9565b63ffffffff1610826117836040860160208701612bd9565b90916117b357604051631adc23bb60e11b815260ff909216600483015263ffffffff1660248201526044016103da565b506117cf90506117c66040850185612dd4565b60e0018361235e565b6040516001600160f81b03197f000000000000000000000000000000000000000000000000000000000000000060f81b1660208201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636efb463690839060210160408051601f1981840301815291815261185a90880160208901612bd9565b6118676040890189612dd4565b6040518563ffffffff1660e01b81526004016118869493929190613136565b5f60405180830381865afa9250505080156118c257506040513d5f823e601f3d908101601f191682016040526118bf9190810190613306565b60015b610c13573d8080156118ef576040519150601f19603f3d011682016040523d82523d5f602084013e6118f4565b606091505b5082816040516329a3b0a160e21b81526004016103da9291906133a7565b505050565b6040516304ec635160e01b81526004810184905263ffffffff8084166024830152821660448201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906304ec635190606401602060405180830381865afa9250505080156119ae575060408051601f3d908101601f191682019092526119ab918101906133ca565b60015b6119e25760405163bee0a9d760e01b81526001600160a01b038616600482015263ffffffff841660248201526044016103da565b9050848360016001600160c01b03841660ff7f0000000000000000000000000000000000000000000000000000000000000000161c81161461142d5760405163bee0a9d760e01b81526001600160a01b03909216600483015263ffffffff1660248201526044016103da565b5f825b8082101561142d575f6002611a6683856133e3565b611a7091906133f6565b90505f868683818110611a8557611a85612e35565b9050604002015f0135878784818110611aa057611aa0612e35565b90506040020160200135604051602001611ac4929190918252602082015260400190565b6040516020818303038152906040528051906020012090508781141589869091611b1557604051635b8ba6a960e11b81526001600160a01b03909216600483015260ff1660248201526044016103da565b505087811015611b3157611b2a8260016133e3565b9350611b35565b8192505b5050611a51565b6040516309aa152760e11b81526001600160a01b0382811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906313542a4e90602401602060405180830381865afa158015611ba4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bc89190613415565b90508181611bf557604051630b4fa80360e11b81526001600160a01b0390911660048201526024016103da565b50919050565b5f611c0c6080860160608701612bc0565b90505f611c1f60a0870160808801612bc0565b6040805180820182527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681527f000000000000000000000000000000000000000000000000000000000000000060ff1660208201529192506001600160401b0383169084901b67ffffffffffffffff60401b1617905f5b8651811015611e675760025f888381518110611cbd57611cbd612e35565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f846001600160801b03166001600160801b031681526020019081526020015f205f9054906101000a900460ff1615878281518110611d2557611d25612e35565b60200260200101518686909192611d71576040516307b09bd160e01b81526001600160a01b0390931660048401526001600160401b0391821660248401521660448201526064016103da565b5050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316631352c3e6888381518110611db557611db5612e35565b6020026020010151846040518363ffffffff1660e01b8152600401611ddb92919061342c565b602060405180830381865afa158015611df6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e1a9190613462565b878281518110611e2c57611e2c612e35565b602002602001015190611e5e5760405163797deebb60e01b81526001600160a01b0390911660048201526024016103da565b50600101611c9f565b506040805160a0810182525f80825260208083019182526060838501819052808401819052608084015284015163ffffffff169052905163105dea1f60e21b8152611f31907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634177a87c90611eeb90869060040161347b565b5f60405180830381865afa158015611f05573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611f2c91908101906134a1565b6124ec565b60408201819052516001600160401b03811115611f5057611f50612c0f565b604051908082528060200260200182016040528015611f79578160200160208202803683370190505b5060608201526001545f5b826060015151811015611fbb578183606001518281518110611fa857611fa8612e35565b6020908102919091010152600101611f84565b50611fce866001600160401b0316612600565b611fe0866001600160401b0316612600565b604051602001611ff1929190613551565b60408051601f1981840301815291905260808301525f5b88518110156121e157600160025f8b848151811061202857612028612e35565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f876001600160801b03166001600160801b031681526020019081526020015f205f6101000a81548160ff02191690831515021790555088818151811061209857612098612e35565b60209081029190910101516001600160a01b039081168452604051633635205760e01b81527f000000000000000000000000000000000000000000000000000000000000000090911690633635205790612118907f00000000000000000000000000000000000000000000000000000000000000009087906004016135cc565b5f604051808303815f87803b15801561212f575f5ffd5b505af1158015612141573d5f5f3e3d5ffd5b50505050866001600160401b031688828151811061216157612161612e35565b60200260200101518a838151811061217b5761217b612e35565b60200260200101516001600160a01b03167f1be374754a5144778d47a84132bc3a8f0bd3481ff57982ae0dff4825e559029b89866040516121d19291906001600160401b03929092168252602082015260400190565b60405180910390a4600101612008565b50846001600160401b0316866001600160401b03168c600281111561220857612208612d00565b7f211b2b802cde9ccc8081319f12b1d3dc8ab7c36058a258a75cb72d9d832258508d5f018e6060018e5f018f6060018f515f36604051612249929190613686565b604051908190038120612260969594939291613710565b60405180910390a45050505050505050505050565b5f6122d360408401356122903686900386016060870161375d565b61229d60e08701876137cd565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061268f92505050565b82906122f857604051636483660760e11b815260ff90911660048201526024016103da565b504361230a6040850160208601612bd9565b63ffffffff1610826123226040860160208701612bd9565b909161235257604051633b006f7b60e21b815260ff909216600483015263ffffffff1660248201526044016103da565b50610502905083610453565b813560208301355f5160206138285f395f51905f528210801561238d57505f5160206138285f395f51905f5281105b801561239a575081811715155b83906123bf576040516312f87fe760e11b815260ff90911660048201526024016103da565b505f5160206138285f395f51905f5260035f5160206138285f395f51905f52845f5160206138285f395f51905f5286870909085f5160206138285f395f51905f52828309148390610c13576040516312f87fe760e11b815260ff90911660048201526024016103da565b5f5160206138285f395f51905f52823510801561245657505f5160206138285f395f51905f526020830135105b801561247257505f5160206138285f395f51905f526040830135105b801561248e57505f5160206138285f395f51905f526060830135105b81906124b35760405163024ab37360e21b815260ff90911660048201526024016103da565b508082356020840135176040840135176060840135176119125760405163024ab37360e21b815260ff90911660048201526024016103da565b606060015b82518110156125f9575f83828151811061250d5761250d612e35565b602002602001015190505f8290505b5f8111801561255f57506001600160a01b0382168561253c600184612e5d565b8151811061254c5761254c612e35565b60200260200101516001600160a01b0316115b156125c45784612570600183612e5d565b8151811061258057612580612e35565b602002602001015185828151811061259a5761259a612e35565b6001600160a01b0390921660209283029190910190910152806125bc81613812565b91505061251c565b818582815181106125d7576125d7612e35565b6001600160a01b039092166020928302919091019091015250506001016124f1565b5090919050565b60605f61260c83612740565b60010190505f816001600160401b0381111561262a5761262a612c0f565b6040519080825280601f01601f191660200182016040528015612654576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461265e57509392505050565b5f6008825111156126a157505f610502565b8251602080850151604080870151606088015182515f8187018190526001600160401b03978816602183015296909416604185015260618401919091526081808401919091528151808403909101815260a190920190528051910120905b83518110156127355761272b8285838151811061271e5761271e612e35565b6020026020010151612817565b91506001016126ff565b509093149392505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061277e5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106127aa576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106127c857662386f26fc10000830492506010015b6305f5e10083106127e0576305f5e100830492506008015b61271083106127f457612710830492506004015b60648310612806576064830492506002015b600a83106104a05760010192915050565b5f81831115612824579091905b6040516001815360018101939093525060218201526041902090565b5f60208284031215612850575f5ffd5b5035919050565b6001600160a01b03811681146103ed575f5ffd5b5f6101008284031215611bf5575f5ffd5b5f5f5f6060848603121561288e575f5ffd5b833561289981612857565b925060208401356001600160401b038111156128b3575f5ffd5b6128bf8682870161286b565b92505060408401356001600160401b038111156128da575f5ffd5b6128e68682870161286b565b9150509250925092565b5f60608284031215611bf5575f5ffd5b5f60608284031215612910575f5ffd5b61050283836128f0565b80356001600160401b0381168114612930575f5ffd5b919050565b5f5f5f60608486031215612947575f5ffd5b833561295281612857565b92506129606020850161291a565b915061296e6040850161291a565b90509250925092565b63ffffffff811681146103ed575f5ffd5b803560ff81168114612930575f5ffd5b5f5f5f5f8486036101008112156129ad575f5ffd5b85356129b881612977565b94506129c660208701612988565b93506080603f19820112156129d9575f5ffd5b6040868101935060bf19820112156129ef575f5ffd5b5092959194509260c0019150565b5f5f5f838503610120811215612a11575f5ffd5b8435612a1c81612977565b935060a0601f1982011215612a2f575f5ffd5b5060208401915061296e8560c086016128f0565b5f5f5f5f60808587031215612a56575f5ffd5b8435612a6181612857565b935060208501356001600160401b03811115612a7b575f5ffd5b612a878782880161286b565b93505060408501356001600160401b03811115612aa2575f5ffd5b612aae878288016128f0565b9250506060850135612abf81612977565b939692955090935050565b5f5f5f5f60608587031215612add575f5ffd5b84356001600160401b03811115612af2575f5ffd5b612afe878288016128f0565b94505060208501356001600160401b03811115612b19575f5ffd5b612b25878288016128f0565b93505060408501356001600160401b03811115612b40575f5ffd5b8501601f81018713612b50575f5ffd5b80356001600160401b03811115612b65575f5ffd5b876020606083028401011115612b79575f5ffd5b949793965060200194505050565b5f60208284031215612b97575f5ffd5b813561050281612857565b5f823560fe19833603018112612bb6575f5ffd5b9190910192915050565b5f60208284031215612bd0575f5ffd5b6105028261291a565b5f60208284031215612be9575f5ffd5b813561050281612977565b5f60208284031215612c04575f5ffd5b815161050281612857565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715612c4557612c45612c0f565b60405290565b604051601f8201601f191681016001600160401b0381118282101715612c7357612c73612c0f565b604052919050565b80516001600160c01b0381168114612930575f5ffd5b5f6060828403128015612ca2575f5ffd5b50604051606081016001600160401b0381118282101715612cc557612cc5612c0f565b6040528251612cd381612977565b81526020830151612ce381612977565b6020820152612cf460408401612c7b565b60408201529392505050565b634e487b7160e01b5f52602160045260245ffd5b6040810160058410612d3457634e487b7160e01b5f52602160045260245ffd5b92815263ffffffff9190911660209091015290565b6001600160601b03811681146103ed575f5ffd5b5f60208284031215612d6d575f5ffd5b815161050281612d49565b5f60208284031215612d88575f5ffd5b813561050281612d49565b5f60208284031215612da3575f5ffd5b61050282612988565b5f60208284031215612dbc575f5ffd5b815167ffffffffffffffff1981168114610502575f5ffd5b5f823561017e19833603018112612bb6575f5ffd5b5f5f8335601e19843603018112612dfe575f5ffd5b8301803591506001600160401b03821115612e17575f5ffd5b6020019150600681901b3603821315612e2e575f5ffd5b9250929050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156104a0576104a0612e49565b5f5f8284036060811215612e82575f5ffd5b6040811215612e8f575f5ffd5b50612e98612c23565b835181526020808501519082015260409093015192949293505050565b6040818337604080820160408401375050565b5f610120820190508582528451602083015260208501516040830152612ef16060830185612eb5565b823560e083015260208301356101008301526114b5565b80518015158114612930575f5ffd5b5f5f60408385031215612f28575f5ffd5b612f3183612f08565b9150612f3f60208401612f08565b90509250929050565b5f6040828403128015612f59575f5ffd5b50612f62612c23565b8251612f6d81612977565b81526020830151612f7d81612977565b60208201529392505050565b63ffffffff81811683821601908111156104a0576104a0612e49565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f5f8335601e19843603018112612fe8575f5ffd5b83016020810192503590506001600160401b03811115613006575f5ffd5b8060051b3603821315612e2e575f5ffd5b8183526020830192505f815f5b8481101561305257813561303781612977565b63ffffffff1686526020958601959190910190600101613024565b5093949350505050565b5f5f8335601e19843603018112613071575f5ffd5b83016020810192503590506001600160401b0381111561308f575f5ffd5b8060061b3603821315612e2e575f5ffd5b8183526020830192505f815f5b84811015613052578135865260208083013590870152604095860195909101906001016130ad565b5f8383855260208501945060208460051b820101835f5b8681101561312a57838303601f190188526131078287612fd3565b613112858284613017565b60209a8b019a909550939093019250506001016130ec565b50909695505050505050565b848152608060208201525f61314e6080830186612fa5565b63ffffffff85166040840152828103606084015261316c8485612fd3565b610180835261318061018084018284613017565b915050613190602086018661305c565b83830360208501526131a38382846130a0565b925050506131b4604086018661305c565b83830360408501526131c78382846130a0565b925050506131db6060830160608701612eb5565b6131f560e0830160e0870180358252602090810135910152565b613203610120860186612fd3565b838303610120850152613217838284613017565b92505050613229610140860186612fd3565b83830361014085015261323d838284613017565b9250505061324f610160860186612fd3565b8383036101608501526132638382846130d5565b9a9950505050505050505050565b5f6001600160401b0382111561328957613289612c0f565b5060051b60200190565b5f82601f8301126132a2575f5ffd5b81516132b56132b082613271565b612c4b565b8082825260208201915060208360051b8601019250858311156132d6575f5ffd5b602085015b838110156132fc5780516132ee81612d49565b8352602092830192016132db565b5095945050505050565b5f5f60408385031215613317575f5ffd5b82516001600160401b0381111561332c575f5ffd5b83016040818603121561333d575f5ffd5b613345612c23565b81516001600160401b0381111561335a575f5ffd5b61336687828501613293565b82525060208201516001600160401b03811115613381575f5ffd5b61338d87828501613293565b602083810191909152959095015190969095509350505050565b60ff83168152604060208201525f6133c26040830184612fa5565b949350505050565b5f602082840312156133da575f5ffd5b61050282612c7b565b808201808211156104a0576104a0612e49565b5f8261341057634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215613425575f5ffd5b5051919050565b6001600160a01b038316815260608101610502602083018480516001600160a01b0316825260209081015163ffffffff16910152565b5f60208284031215613472575f5ffd5b61050282612f08565b81516001600160a01b0316815260208083015163ffffffff1690820152604081016104a0565b5f602082840312156134b1575f5ffd5b81516001600160401b038111156134c6575f5ffd5b8201601f810184136134d6575f5ffd5b80516134e46132b082613271565b8082825260208201915060208360051b850101925086831115613505575f5ffd5b6020840193505b8284101561353057835161351f81612857565b82526020938401939091019061350c565b9695505050505050565b5f81518060208401855e5f93019283525090919050565b7f726f6c6c63616c6c2065717569766f636174696f6e3a20636861696e2000000081525f613582601d83018561353a565b66010313637b1b5960cd1b81526114b5600782018561353a565b5f8151808452602084019350602083015f5b828110156130525781518652602095860195909101906001016135ae565b6001600160a01b038381168252604060208084018290528451909216818401528382015163ffffffff16606084015283015160a06080840152805160e084018190525f92919091019082906101008501905b808310156136495783516001600160a01b03168252602093840193600193909301929091019061361e565b506060860151858203603f190160a08701529250613667818461359c565b925050506080840151603f198483030160c08501526135308282612fa5565b818382375f9101908152919050565b6001600160401b036136a68261291a565b16825260208101356136b781612977565b63ffffffff166020830152604090810135910152565b6001600160401b036136de8261291a565b1682526001600160401b036136f56020830161291a565b16602083015260408181013590830152606090810135910152565b610200810161371f8289613695565b61372c60608301886136cd565b61373960e0830187613695565b6137476101408301866136cd565b6101c08201939093526101e00152949350505050565b5f608082840312801561376e575f5ffd5b50604051608081016001600160401b038111828210171561379157613791612c0f565b60405261379d8361291a565b81526137ab6020840161291a565b6020820152604083810135908201526060928301359281019290925250919050565b5f5f8335601e198436030181126137e2575f5ffd5b8301803591506001600160401b038211156137fb575f5ffd5b6020019150600581901b3603821315612e2e575f5ffd5b5f8161382057613820612e49565b505f19019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a264697066735822122025e2952e3820feb36724bbc75f2c0fc6324f16d4f70608cbbc39ade593d6334964736f6c634300081b0033",
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

// SlashAttested is a paid mutator transaction binding the contract method 0xe134025e.
//
// Solidity: function slashAttested((((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, (address,uint32,uint32)[] accused) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SlashAttested(opts *bind.TransactOpts, a EquivocationSlasherAttestedClaim, b EquivocationSlasherAttestedClaim, accused []EquivocationSlasherAccused) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "slashAttested", a, b, accused)
}

// SlashAttested is a paid mutator transaction binding the contract method 0xe134025e.
//
// Solidity: function slashAttested((((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, (address,uint32,uint32)[] accused) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SlashAttested(a EquivocationSlasherAttestedClaim, b EquivocationSlasherAttestedClaim, accused []EquivocationSlasherAccused) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashAttested(&_EquivocationSlasher.TransactOpts, a, b, accused)
}

// SlashAttested is a paid mutator transaction binding the contract method 0xe134025e.
//
// Solidity: function slashAttested((((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, (address,uint32,uint32)[] accused) returns()
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

// SlashSignedAgainstAttested is a paid mutator transaction binding the contract method 0xda5dcec5.
//
// Solidity: function slashSignedAgainstAttested(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, uint32 quorumBitmapIndexB) returns()
func (_EquivocationSlasher *EquivocationSlasherTransactor) SlashSignedAgainstAttested(opts *bind.TransactOpts, operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherAttestedClaim, quorumBitmapIndexB uint32) (*types.Transaction, error) {
	return _EquivocationSlasher.contract.Transact(opts, "slashSignedAgainstAttested", operator, a, b, quorumBitmapIndexB)
}

// SlashSignedAgainstAttested is a paid mutator transaction binding the contract method 0xda5dcec5.
//
// Solidity: function slashSignedAgainstAttested(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, uint32 quorumBitmapIndexB) returns()
func (_EquivocationSlasher *EquivocationSlasherSession) SlashSignedAgainstAttested(operator common.Address, a EquivocationSlasherOperatorSignedClaim, b EquivocationSlasherAttestedClaim, quorumBitmapIndexB uint32) (*types.Transaction, error) {
	return _EquivocationSlasher.Contract.SlashSignedAgainstAttested(&_EquivocationSlasher.TransactOpts, operator, a, b, quorumBitmapIndexB)
}

// SlashSignedAgainstAttested is a paid mutator transaction binding the contract method 0xda5dcec5.
//
// Solidity: function slashSignedAgainstAttested(address operator, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),(uint256,uint256),(uint256[2],uint256[2]),uint32) a, (((uint64,uint32,bytes32),(uint64,uint64,bytes32,bytes32),bytes32[]),uint32,(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][])) b, uint32 quorumBitmapIndexB) returns()
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
