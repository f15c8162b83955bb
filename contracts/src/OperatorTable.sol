// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "./BN254.sol";

/// @title OperatorTable
/// @notice rollcall's operator table: the operator set of the middleware at one L1
///         block, its leaves, the Merkle tree over them and the digest operators sign
///         to certify a table. Byte for byte the same as the Go package
///         core/optable; both are pinned by core/optable/testdata/vectors.json, and
///         docs/operator-table.md is the spec.
library OperatorTable {
    /// @notice One quorum of a table: the sum of its members' G1 keys, their total
    ///         stake and their number.
    struct Quorum {
        uint8 quorumNumber;
        BN254.G1Point apk;
        uint96 totalStake;
        uint32 operatorCount;
    }

    /// @notice The operator set at L1 block `referenceBlock` (whose timestamp is
    ///         `l1Timestamp`): `operatorCount` leaves under `operatorsRoot`, and the
    ///         quorums, strictly ascending by number.
    struct Table {
        uint32 referenceBlock;
        uint64 l1Timestamp;
        uint32 operatorCount;
        bytes32 operatorsRoot;
        Quorum[] quorums;
    }

    /// @notice First byte of a leaf preimage (the claims tree uses 0x00).
    bytes1 internal constant LEAF_PREFIX = 0x02;
    /// @notice First byte of an internal node preimage (the claims tree uses 0x01).
    bytes1 internal constant NODE_PREFIX = 0x03;
    /// @notice Most quorums one table holds.
    uint256 internal constant MAX_QUORUMS = 16;
    /// @notice Most operators (leaves) one table holds.
    uint256 internal constant MAX_OPERATORS = 4096;
    /// @notice Most sibling hashes one multiproof may carry (the node count of a tree
    ///         of MAX_OPERATORS leaves bounds every honest multiproof).
    uint256 internal constant MAX_MULTIPROOF_LENGTH = 8192;
    /// @notice keccak256("rollcall.operator-table.v1"), first word of every table digest.
    bytes32 internal constant TABLE_TYPEHASH = keccak256("rollcall.operator-table.v1");

    error NoQuorums();
    error TooManyQuorums(uint256 count);
    /// @notice Quorum `index` does not have a number strictly above the one before it.
    error QuorumsNotAscending(uint256 index);
    error NoOperators();
    error TooManyOperators(uint256 count);
    /// @notice Quorum `index` counts more operators than the table has.
    error InvalidQuorumOperatorCount(uint256 index);
    /// @notice Quorum `index`'s aggregate key is off the curve, or infinity for a
    ///         quorum with members.
    error InvalidQuorumKey(uint256 index);

    /// @notice keccak256(0x02 ‖ operatorId ‖ x ‖ y ‖ stake_0 ‖ … ‖ stake_{q-1}), every
    ///         value a 32-byte word.
    function leafHash(bytes32 operatorId, uint256 x, uint256 y, uint96[] calldata stakes)
        internal
        pure
        returns (bytes32 h)
    {
        uint256 n = stakes.length;
        assembly ("memory-safe") {
            // Scratch space past the free memory pointer; the pointer is not moved.
            let ptr := mload(0x40)
            mstore8(ptr, 0x02) // LEAF_PREFIX
            mstore(add(ptr, 0x01), operatorId)
            mstore(add(ptr, 0x21), x)
            mstore(add(ptr, 0x41), y)
            let dst := add(ptr, 0x61)
            let src := stakes.offset
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                // Each element is an ABI word; keep its low 96 bits as a uint96 holds them.
                mstore(add(dst, mul(i, 0x20)), and(calldataload(add(src, mul(i, 0x20))), 0xffffffffffffffffffffffff))
            }
            h := keccak256(ptr, add(0x61, mul(n, 0x20)))
        }
    }

    /// @notice keccak256(0x03 ‖ min(a, b) ‖ max(a, b)). Commutative, so proofs need no
    ///         left/right bits.
    function nodeHash(bytes32 a, bytes32 b) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            if gt(a, b) {
                let t := a
                a := b
                b := t
            }
            let ptr := mload(0x40)
            mstore8(ptr, 0x03) // NODE_PREFIX
            mstore(add(ptr, 0x01), a)
            mstore(add(ptr, 0x21), b)
            h := keccak256(ptr, 0x41)
        }
    }

    /// @notice Whether the leaves `hashes` at positions `pos` (strictly ascending, below
    ///         n; the caller checks) are in the tree of `n` leaves with root `root`,
    ///         consuming every hash of `proof`. Level by level, a known node pairs with
    ///         the next known node when that is its sibling, with the next proof hash
    ///         otherwise, and an odd last node is promoted unchanged. `pos` and `hashes`
    ///         are overwritten.
    function verifyMultiProof(
        bytes32 root,
        uint256 n,
        uint256[] memory pos,
        bytes32[] memory hashes,
        bytes32[] calldata proof
    ) internal pure returns (bool) {
        uint256 k = pos.length;
        if (k == 0 || k != hashes.length) return false;
        bool ok;
        assembly ("memory-safe") {
            // nodeHash: scratch space past the free memory pointer (not moved).
            function hashPair(a, b) -> h {
                if gt(a, b) {
                    let t := a
                    a := b
                    b := t
                }
                let scratch := mload(0x40)
                mstore8(scratch, 0x03) // NODE_PREFIX
                mstore(add(scratch, 0x01), a)
                mstore(add(scratch, 0x21), b)
                h := keccak256(scratch, 0x41)
            }
            // One level of the fold over the k known nodes (positions at pos,
            // hashes at hashes; both arrays rewritten in place: node w of the
            // next level is written at or before the nodes it was made from).
            // Returns the next level's count and the proof hashes used so far,
            // or not(0) as `used` when the proof ran out.
            function level(posArr, hashArr, k_, m, proofOff, proofLen, usedIn) -> w, used {
                used := usedIn
                for { let i := 0 } lt(i, k_) { i := add(i, 1) } {
                    let p := mload(add(posArr, shl(5, add(i, 1))))
                    let h := mload(add(hashArr, shl(5, add(i, 1))))
                    if lt(xor(p, 1), m) {
                        switch and(lt(add(i, 1), k_), eq(mload(add(posArr, shl(5, add(i, 2)))), xor(p, 1)))
                        case 1 {
                            h := hashPair(h, mload(add(hashArr, shl(5, add(i, 2)))))
                            i := add(i, 1)
                        }
                        default {
                            if eq(used, proofLen) {
                                used := not(0)
                                leave
                            }
                            h := hashPair(h, calldataload(add(proofOff, shl(5, used))))
                            used := add(used, 1)
                        }
                    }
                    w := add(w, 1)
                    mstore(add(posArr, shl(5, w)), shr(1, p))
                    mstore(add(hashArr, shl(5, w)), h)
                }
            }
            let used := 0
            for { let m := n } gt(m, 1) { m := shr(1, add(m, 1)) } {
                k, used := level(pos, hashes, k, m, proof.offset, proof.length, used)
                if eq(used, not(0)) { break }
            }
            ok := and(eq(used, proof.length), eq(mload(add(hashes, 0x20)), root))
        }
        return ok;
    }

    /// @notice keccak256 over, for each quorum in order, abi.encode(uint256 quorumNumber,
    ///         uint256 apk.X, uint256 apk.Y, uint256 totalStake, uint256 operatorCount).
    function quorumsHash(Quorum[] memory quorums) internal pure returns (bytes32 h) {
        uint256 n = quorums.length;
        bytes memory buf = new bytes(n * 0xa0);
        for (uint256 i = 0; i < n; i++) {
            Quorum memory q = quorums[i];
            uint256 quorumNumber = q.quorumNumber;
            uint256 x = q.apk.X;
            uint256 y = q.apk.Y;
            uint256 totalStake = q.totalStake;
            uint256 operatorCount = q.operatorCount;
            assembly ("memory-safe") {
                let dst := add(add(buf, 0x20), mul(i, 0xa0))
                mstore(dst, quorumNumber)
                mstore(add(dst, 0x20), x)
                mstore(add(dst, 0x40), y)
                mstore(add(dst, 0x60), totalStake)
                mstore(add(dst, 0x80), operatorCount)
            }
        }
        h = keccak256(buf);
    }

    /// @notice The digest operators sign to certify `table` for the AVS (l1ChainId,
    ///         l1Registry): keccak256(abi.encode(TABLE_TYPEHASH, l1ChainId, l1Registry,
    ///         referenceBlock, l1Timestamp, operatorCount, operatorsRoot,
    ///         quorumsHash(quorums))). Hashed to G1 with BN254.hashToG1 to be signed.
    function tableDigest(uint256 l1ChainId, address l1Registry, Table memory table)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                TABLE_TYPEHASH,
                l1ChainId,
                l1Registry,
                table.referenceBlock,
                table.l1Timestamp,
                table.operatorCount,
                table.operatorsRoot,
                quorumsHash(table.quorums)
            )
        );
    }

    /// @notice Reverts unless `table` is well formed: 1..MAX_QUORUMS quorums strictly
    ///         ascending, 1..MAX_OPERATORS operators, no quorum counting more operators
    ///         than the table, each aggregate key on the curve (infinity only for an
    ///         empty quorum).
    function validate(Table memory table) internal pure {
        uint256 nq = table.quorums.length;
        require(nq != 0, NoQuorums());
        require(nq <= MAX_QUORUMS, TooManyQuorums(nq));
        uint256 nOps = table.operatorCount;
        require(nOps != 0, NoOperators());
        require(nOps <= MAX_OPERATORS, TooManyOperators(nOps));
        for (uint256 i = 0; i < nq; i++) {
            Quorum memory q = table.quorums[i];
            require(i == 0 || q.quorumNumber > table.quorums[i - 1].quorumNumber, QuorumsNotAscending(i));
            require(q.operatorCount <= nOps, InvalidQuorumOperatorCount(i));
            if (q.apk.X == 0 && q.apk.Y == 0) {
                require(q.operatorCount == 0, InvalidQuorumKey(i));
            } else {
                require(BN254.isValidG1(q.apk.X, q.apk.Y), InvalidQuorumKey(i));
            }
        }
    }
}
