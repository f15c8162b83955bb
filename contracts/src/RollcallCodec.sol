// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title RollcallCodec
/// @notice The hashing of rollcall's claims, claims tree and checkpoint digest.
///         Byte for byte the same as the Go package `core`
///         (github.com/rollcall-avs/rollcall/core); both are pinned by the shared
///         vectors in core/testdata/vectors.json. docs/encoding.md is the spec.
library RollcallCodec {
    /// @notice One rollup block as operators attest it: on chain `chainId`,
    ///         block `blockNumber` has hash `blockHash` and state root `stateRoot`.
    struct Claim {
        uint64 chainId;
        uint64 blockNumber;
        bytes32 blockHash;
        bytes32 stateRoot;
    }

    /// @notice First byte of a leaf preimage.
    bytes1 internal constant LEAF_PREFIX = 0x00;
    /// @notice First byte of an internal node preimage.
    bytes1 internal constant NODE_PREFIX = 0x01;
    /// @notice Most claims one checkpoint may hold.
    uint256 internal constant MAX_CLAIMS = 256;
    /// @notice Depth of a tree of MAX_CLAIMS leaves: no valid proof is longer.
    uint256 internal constant MAX_PROOF_LENGTH = 8;
    /// @notice keccak256("rollcall.checkpoint.v1"), first word of every checkpoint digest.
    bytes32 internal constant CHECKPOINT_TYPEHASH = keccak256("rollcall.checkpoint.v1");

    /// @notice A checkpoint holds no claim.
    error NoClaims();
    /// @notice A checkpoint holds more than MAX_CLAIMS claims.
    error TooManyClaims(uint256 count);
    /// @notice Claim `index` does not have a chain id strictly above the one before it
    ///         (claims must be sorted by chain id, one per chain).
    error ChainIdsNotAscending(uint256 index);

    /// @notice keccak256(0x00 ‖ abi.encode(uint256 chainId, uint256 blockNumber,
    ///         bytes32 blockHash, bytes32 stateRoot)): 129 bytes hashed.
    function leafHash(Claim memory claim) internal pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                LEAF_PREFIX, uint256(claim.chainId), uint256(claim.blockNumber), claim.blockHash, claim.stateRoot
            )
        );
    }

    /// @notice keccak256(0x01 ‖ min(a, b) ‖ max(a, b)): 65 bytes hashed. Commutative,
    ///         so proofs need no left/right bits.
    function nodeHash(bytes32 a, bytes32 b) internal pure returns (bytes32 h) {
        if (a > b) (a, b) = (b, a);
        assembly ("memory-safe") {
            // Scratch space past the free memory pointer; the pointer is not moved.
            let ptr := mload(0x40)
            mstore8(ptr, 0x01) // NODE_PREFIX
            mstore(add(ptr, 0x01), a)
            mstore(add(ptr, 0x21), b)
            h := keccak256(ptr, 0x41)
        }
    }

    /// @notice The claims root: leaves in the given order, which must be strictly
    ///         ascending by chain id (1..MAX_CLAIMS claims); each level pairs
    ///         neighbours left to right and promotes an odd last node unchanged.
    ///         The root of one claim is its leaf.
    function merkleRoot(Claim[] memory claims) internal pure returns (bytes32) {
        uint256 n = claims.length;
        require(n != 0, NoClaims());
        require(n <= MAX_CLAIMS, TooManyClaims(n));
        bytes32[] memory nodes = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) {
            require(i == 0 || claims[i].chainId > claims[i - 1].chainId, ChainIdsNotAscending(i));
            nodes[i] = leafHash(claims[i]);
        }
        return rootOfLeaves(nodes);
    }

    /// @notice The root of the tree over `nodes` (its leaves, at least one), built in
    ///         place: each level pairs neighbours left to right and promotes an odd
    ///         last node unchanged. `nodes` is overwritten.
    function rootOfLeaves(bytes32[] memory nodes) internal pure returns (bytes32) {
        require(nodes.length != 0, NoClaims());
        // Build each level in place over the one below: node i of the next level
        // only reads nodes 2i and 2i+1, at or after i. nodeHash inlined: the
        // registry hashes every checkpoint's tree on chain.
        bytes32 root;
        assembly ("memory-safe") {
            let n := mload(nodes)
            let base := add(nodes, 0x20)
            let scratch := mload(0x40) // past the free memory pointer, not moved
            mstore8(scratch, 0x01) // NODE_PREFIX
            for {} gt(n, 1) {} {
                let half := shr(1, n)
                for { let i := 0 } lt(i, half) { i := add(i, 1) } {
                    let a := mload(add(base, shl(6, i)))
                    let b := mload(add(base, add(shl(6, i), 0x20)))
                    if gt(a, b) {
                        let t := a
                        a := b
                        b := t
                    }
                    mstore(add(scratch, 0x01), a)
                    mstore(add(scratch, 0x21), b)
                    mstore(add(base, shl(5, i)), keccak256(scratch, 0x41))
                }
                switch and(n, 1)
                case 1 {
                    mstore(add(base, shl(5, half)), mload(add(base, shl(5, sub(n, 1)))))
                    n := add(half, 1)
                }
                default { n := half }
            }
            root := mload(base)
        }
        return root;
    }

    /// @notice Whether `claim` is a leaf of the tree with root `root`: folding nodeHash
    ///         over `proof` (sibling hashes from the leaf up) starting from its leaf
    ///         gives `root`. Proofs longer than MAX_PROOF_LENGTH are rejected.
    function verifyProof(bytes32 root, Claim memory claim, bytes32[] memory proof) internal pure returns (bool) {
        if (proof.length > MAX_PROOF_LENGTH) return false;
        bytes32 h = leafHash(claim);
        for (uint256 i = 0; i < proof.length; i++) {
            h = nodeHash(h, proof[i]);
        }
        return h == root;
    }

    /// @notice The 32-byte message operators sign with BLS (hashed to G1 with
    ///         BN254.hashToG1 by the signature checker):
    ///         keccak256(abi.encode(CHECKPOINT_TYPEHASH, l1ChainId, registry, round,
    ///         referenceBlock, claimsRoot)).
    function checkpointDigest(
        uint256 l1ChainId,
        address registry,
        uint64 round,
        uint32 referenceBlock,
        bytes32 claimsRoot
    ) internal pure returns (bytes32) {
        return keccak256(abi.encode(CHECKPOINT_TYPEHASH, l1ChainId, registry, round, referenceBlock, claimsRoot));
    }
}
