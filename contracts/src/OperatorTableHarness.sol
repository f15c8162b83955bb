// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "./BN254.sol";
import {OperatorTable} from "./OperatorTable.sol";

/// @title OperatorTableHarness
/// @notice Test-only: exposes OperatorTable's and BN254's internal functions so Go
///         tests can check them against core/optable/testdata/vectors.json on a real
///         EVM. Not deployed outside tests.
contract OperatorTableHarness {
    struct Leaf {
        bytes32 operatorId;
        BN254.G1Point pubkey;
        uint96[] stakes;
    }

    function tableTypehash() external pure returns (bytes32) {
        return OperatorTable.TABLE_TYPEHASH;
    }

    function limits() external pure returns (uint256 maxQuorums, uint256 maxOperators, uint256 maxMultiProofLength) {
        return (OperatorTable.MAX_QUORUMS, OperatorTable.MAX_OPERATORS, OperatorTable.MAX_MULTIPROOF_LENGTH);
    }

    function leafHash(Leaf calldata leaf) external pure returns (bytes32) {
        return OperatorTable.leafHash(leaf.operatorId, leaf.pubkey.X, leaf.pubkey.Y, leaf.stakes);
    }

    function nodeHash(bytes32 a, bytes32 b) external pure returns (bytes32) {
        return OperatorTable.nodeHash(a, b);
    }

    /// @notice The operators root of `leaves` (in tree order): the multiproof of every
    ///         leaf, which needs no sibling hash.
    function merkleRoot(Leaf[] calldata leaves) external pure returns (bytes32) {
        uint256 n = leaves.length;
        uint256[] memory pos = new uint256[](n);
        bytes32[] memory hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            pos[i] = i;
            hashes[i] = OperatorTable.leafHash(leaves[i].operatorId, leaves[i].pubkey.X, leaves[i].pubkey.Y, leaves[i].stakes);
        }
        return _fold(pos, hashes, n);
    }

    function _fold(uint256[] memory pos, bytes32[] memory hashes, uint256 n) private pure returns (bytes32) {
        uint256 k = pos.length;
        for (uint256 m = n; m > 1; m = (m + 1) >> 1) {
            uint256 w = 0;
            for (uint256 i = 0; i < k; i++) {
                bytes32 h = hashes[i];
                if ((pos[i] ^ 1) < m) {
                    h = OperatorTable.nodeHash(h, hashes[i + 1]);
                    i++;
                }
                pos[w] = pos[i] >> 1;
                hashes[w] = h;
                w++;
            }
            k = w;
        }
        return hashes[0];
    }

    function verifyMultiProof(
        bytes32 root,
        uint256 n,
        uint256[] memory pos,
        bytes32[] memory hashes,
        bytes32[] calldata proof
    ) external pure returns (bool) {
        return OperatorTable.verifyMultiProof(root, n, pos, hashes, proof);
    }

    function tableDigest(uint256 l1ChainId, address l1Registry, OperatorTable.Table calldata table)
        external
        pure
        returns (bytes32)
    {
        return OperatorTable.tableDigest(l1ChainId, l1Registry, table);
    }

    function quorumsHash(OperatorTable.Quorum[] calldata quorums) external pure returns (bytes32) {
        return OperatorTable.quorumsHash(quorums);
    }

    function validate(OperatorTable.Table calldata table) external pure {
        OperatorTable.validate(table);
    }

    function hashToG1(bytes32 digest) external view returns (uint256 x, uint256 y) {
        BN254.G1Point memory p = BN254.hashToG1(digest);
        return (p.X, p.Y);
    }
}
