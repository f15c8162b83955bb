// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {RollcallCodec} from "./RollcallCodec.sol";

/// @title CodecHarness
/// @notice Test-only: exposes RollcallCodec's internal functions so Go tests can
///         check them against core/testdata/vectors.json on a real EVM. Not deployed
///         outside tests.
contract CodecHarness {
    function checkpointTypehash() external pure returns (bytes32) {
        return RollcallCodec.CHECKPOINT_TYPEHASH;
    }

    function maxClaims() external pure returns (uint256) {
        return RollcallCodec.MAX_CLAIMS;
    }

    function leafHash(RollcallCodec.Claim calldata claim) external pure returns (bytes32) {
        return RollcallCodec.leafHash(claim);
    }

    function nodeHash(bytes32 a, bytes32 b) external pure returns (bytes32) {
        return RollcallCodec.nodeHash(a, b);
    }

    function merkleRoot(RollcallCodec.Claim[] calldata claims) external pure returns (bytes32) {
        return RollcallCodec.merkleRoot(claims);
    }

    function verifyProof(bytes32 root, RollcallCodec.Claim calldata claim, bytes32[] calldata proof)
        external
        pure
        returns (bool)
    {
        return RollcallCodec.verifyProof(root, claim, proof);
    }

    function checkpointDigest(
        uint256 l1ChainId,
        address registry,
        uint64 round,
        uint32 referenceBlock,
        bytes32 claimsRoot
    ) external pure returns (bytes32) {
        return RollcallCodec.checkpointDigest(l1ChainId, registry, round, referenceBlock, claimsRoot);
    }
}
