// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IBLSSignatureChecker} from "./IBLSSignatureChecker.sol";

/// @title The parts of EigenLayer (core and middleware) the equivocation slasher calls.
/// @notice Names, argument types and struct layouts match the contracts the deployer
///         deploys (eigensdk-go v0.3.0's bytecode: AllocationManager, the
///         SlashingRegistryCoordinator, BLSApkRegistry and the service manager, which is
///         also the BLSSignatureChecker). Only what is called is declared; return values
///         the slasher does not read are left out so that later versions that return
///         more still decode.

/// @notice The service manager: rollcall's AVS address in EigenLayer and its BLS
///         signature checker.
interface IEvidenceServiceManager is IBLSSignatureChecker {
    /// @notice The pairing check of one signature against one key pair, bound together
    ///         with gamma = keccak(msg, apk, apkG2, sigma): e(σ + γ·apk, −g₂)·e(H(m) + γ·g₁, apkG2) = 1.
    function trySignatureAndApkVerification(bytes32 msgHash, G1Point memory apk, G2Point memory apkG2, G1Point memory sigma)
        external
        view
        returns (bool pairingSuccessful, bool signatureIsValid);

    function registryCoordinator() external view returns (address);
    function blsApkRegistry() external view returns (address);
}

/// @notice The middleware's registry coordinator: operator ids and the history of
///         every operator's quorum bitmap.
interface IEvidenceRegistryCoordinator {
    function getOperatorId(address operator) external view returns (bytes32);
    struct QuorumBitmapUpdate {
        uint32 updateBlockNumber;
        uint32 nextUpdateBlockNumber;
        uint192 quorumBitmap;
    }

    /// @notice Entry `index` of the operator's quorum-bitmap history (reverts past its end).
    function getQuorumBitmapUpdateByIndex(bytes32 operatorId, uint256 index)
        external
        view
        returns (QuorumBitmapUpdate memory);
    function stakeRegistry() external view returns (address);
    function indexRegistry() external view returns (address);
    /// @notice The operator's quorum bitmap at blockNumber, read from entry `index` of
    ///         its history; reverts when that entry does not cover blockNumber.
    function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint192);
}

/// @notice The middleware's BLSApkRegistry: operators' registered G1 keys.
interface IEvidenceBLSApkRegistry {
    /// @notice The operator's G1 key and its hash (the operator id); reverts when the
    ///         operator never registered a key.
    function getRegisteredPubkey(address operator)
        external
        view
        returns (IBLSSignatureChecker.G1Point memory, bytes32);
}

/// @notice The BLSApkRegistry's history of each quorum's aggregate key (as a hash).
interface IEvidenceApkHistory {
    /// @notice bytes24 of keccak256(apk.X, apk.Y) at blockNumber, from entry `index`;
    ///         reverts when that entry does not cover blockNumber.
    function getApkHashAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (bytes24);
    function getOperatorFromPubkeyHash(bytes32 pubkeyHash) external view returns (address);
}

/// @notice The StakeRegistry's stake histories.
interface IEvidenceStakeRegistry {
    /// @notice Reverts when entry `index` does not cover blockNumber.
    function getTotalStakeAtBlockNumberFromIndex(uint8 quorumNumber, uint32 blockNumber, uint256 index)
        external
        view
        returns (uint96);
    /// @notice Reverts when entry `index` does not cover blockNumber.
    function getStakeAtBlockNumberAndIndex(uint8 quorumNumber, uint32 blockNumber, bytes32 operatorId, uint256 index)
        external
        view
        returns (uint96);
}

/// @notice The IndexRegistry's history of each quorum's operator count.
interface IEvidenceIndexRegistry {
    struct QuorumUpdate {
        uint32 fromBlockNumber;
        uint32 numOperators;
    }

    /// @notice Entry `index` of the quorum's count history (reverts past its end).
    function getQuorumUpdateAtIndex(uint8 quorumNumber, uint32 index) external view returns (QuorumUpdate memory);
    /// @notice The newest entry of the quorum's count history.
    function getLatestQuorumUpdate(uint8 quorumNumber) external view returns (QuorumUpdate memory);
}

/// @notice EigenLayer's AllocationManager, as far as slashing goes.
interface IEvidenceAllocationManager {
    struct OperatorSet {
        address avs;
        uint32 id;
    }

    struct SlashingParams {
        address operator;
        uint32 operatorSetId;
        address[] strategies;
        uint256[] wadsToSlash;
        string description;
    }

    function slashOperator(address avs, SlashingParams calldata params) external;
    function isOperatorSlashable(address operator, OperatorSet memory operatorSet) external view returns (bool);
    function getStrategiesInOperatorSet(OperatorSet memory operatorSet) external view returns (address[] memory);
}
