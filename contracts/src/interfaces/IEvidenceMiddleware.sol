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
