// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title The part of EigenLayer middleware's BLSSignatureChecker rollcall calls.
/// @notice Struct layouts match eigenlayer-middleware's BN254 and
///         IBLSSignatureCheckerTypes exactly, so the ABI of checkSignatures is the
///         one the deployed service manager exposes (a Go test compares selectors).
interface IBLSSignatureChecker {
    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @dev Coordinates are ordered imaginary part first, as the pairing precompile wants.
    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }

    struct NonSignerStakesAndSignature {
        uint32[] nonSignerQuorumBitmapIndices;
        G1Point[] nonSignerPubkeys;
        G1Point[] quorumApks;
        G2Point apkG2;
        G1Point sigma;
        uint32[] quorumApkIndices;
        uint32[] totalStakeIndices;
        uint32[][] nonSignerStakeIndices;
    }

    struct QuorumStakeTotals {
        uint96[] signedStakeForQuorum;
        uint96[] totalStakeForQuorum;
    }

    /// @notice Verifies an aggregate BLS signature over msgHash by the operators of
    ///         quorumNumbers at referenceBlockNumber, minus the non-signers; reverts
    ///         when it does not hold. Returns the stake that signed and the total.
    function checkSignatures(
        bytes32 msgHash,
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature memory params
    ) external view returns (QuorumStakeTotals memory, bytes32);
}
