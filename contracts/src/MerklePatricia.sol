// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {RLPReader} from "./RLPReader.sol";

/// @title MerklePatricia
/// @notice Verifies Merkle-Patricia trie proofs as go-ethereum's eth_getProof returns
///         them (EIP-1186), against a state root or an account's storage root.
///
///         Both tries are "secure": an account lives at path keccak256(address) (20
///         bytes hashed) and a storage slot at keccak256(slot) (32 bytes hashed), so
///         every path is 64 nibbles. A proof is the list of RLP-encoded trie nodes on
///         that path, from the root down, each referenced by its keccak256 hash from
///         the node before it. Nodes smaller than 32 bytes are embedded in their
///         parent instead and are not in the list. A node is a branch (17 items: 16
///         children and a value) or a short node (2 items: a hex-prefix encoded path
///         and, for a leaf, the value or, for an extension, the child).
///
///         The walk ends in a leaf for the key (the key exists), or in an empty branch
///         child, a leaf for another key or an extension that diverges from the key
///         (the key does not exist: a proof of absence). Every node of the proof must
///         be used, in order: a proof that does not chain by hash, ends early, or goes
///         on after the walk ended reverts. The empty trie is proven by an empty proof.
///         docs/peer-state.md is the specification.
library MerklePatricia {
    /// @notice An account as the state trie stores it.
    struct Account {
        uint256 nonce;
        uint256 balance;
        bytes32 storageRoot;
        bytes32 codeHash;
    }

    /// @notice Root of the empty trie: keccak256(rlp("")) = keccak256(0x80).
    bytes32 internal constant EMPTY_TRIE_ROOT = 0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421;
    /// @notice Number of nibbles in a secure-trie path (32 bytes).
    uint256 internal constant PATH_NIBBLES = 64;

    // What reading one node gives: where the walk goes next.
    uint256 private constant NEXT_HASH = 0; // (p, l): the 32-byte hash of the next proof node
    uint256 private constant NEXT_EMBEDDED = 1; // (p, l): the payload of an embedded node
    uint256 private constant ABSENT = 2; // the key is not in the trie
    uint256 private constant FOUND = 3; // (p, l): the payload of the value

    /// @notice The proof ends at node `index` while the path still goes on.
    error MissingNode(uint256 index);
    /// @notice Node `index` does not hash to what the root or its parent references.
    error NodeHashMismatch(uint256 index);
    /// @notice The path ended at node `index - 1` but the proof goes on.
    error UnusedNodes(uint256 index);
    /// @notice Node `index` (or a node embedded in it) is not a valid trie node: not a
    ///         list of 2 or 17 items, a path or value that is a list, a child reference
    ///         that is neither empty, a 32-byte hash nor an embedded node under 32
    ///         bytes, or an empty value where the key ends.
    error InvalidNode(uint256 index);

    /// @notice The account at `account` in the state trie with root `stateRoot`.
    ///         An absent account is (false, all zero). The value must be the RLP
    ///         list [nonce (≤ 8 bytes), balance (≤ 32 bytes), storageRoot, codeHash].
    function verifyAccount(bytes32 stateRoot, address account, bytes[] memory proof)
        internal
        pure
        returns (bool exists, Account memory acc)
    {
        (bool found, uint256 vp, uint256 vl) = find(stateRoot, keccak256(abi.encodePacked(account)), proof);
        if (!found) return (false, acc);
        uint256 end = vp + vl;
        (uint256 p, uint256 l, bool isList) = RLPReader.header(vp, end);
        require(isList, RLPReader.RLPExpectedList());
        require(p + l == end, RLPReader.RLPTrailingBytes());
        (acc.nonce, p) = RLPReader.readUint(p, end, 8);
        (acc.balance, p) = RLPReader.readUint(p, end, 32);
        (acc.storageRoot, p) = RLPReader.readBytes32(p, end);
        (acc.codeHash, p) = RLPReader.readBytes32(p, end);
        require(p == end, RLPReader.RLPTooManyItems(4));
        return (true, acc);
    }

    /// @notice The value of storage slot `slot` in the storage trie with root
    ///         `storageRoot`: the RLP-decoded integer (≤ 32 bytes, no leading zeros),
    ///         left-padded to 32 bytes. An absent slot (storage value zero) is
    ///         (false, 0).
    function verifyStorage(bytes32 storageRoot, bytes32 slot, bytes[] memory proof)
        internal
        pure
        returns (bool exists, bytes32 value)
    {
        (bool found, uint256 vp, uint256 vl) = find(storageRoot, keccak256(abi.encode(slot)), proof);
        if (!found) return (false, bytes32(0));
        (uint256 v, uint256 next) = RLPReader.readUint(vp, vp + vl, 32);
        require(next == vp + vl, RLPReader.RLPTrailingBytes());
        return (true, bytes32(v));
    }

    /// @notice The raw value stored at `path` (a 32-byte, already hashed key), copied.
    function get(bytes32 root, bytes32 path, bytes[] memory proof)
        internal
        pure
        returns (bool exists, bytes memory value)
    {
        (bool found, uint256 vp, uint256 vl) = find(root, path, proof);
        if (found) value = RLPReader.copy(vp, vl);
        return (found, value);
    }

    /// @notice Walks `proof` from `root` along the 64 nibbles of `path`. Returns
    ///         whether a value is stored there and, if so, where it lies in memory
    ///         (the payload of a non-empty RLP string inside one of the proof's
    ///         nodes). Reverts on any invalid proof. Loops are bounded by the proof's
    ///         length and its nodes' sizes: each node is read once, and each embedded
    ///         node lies strictly inside the node before.
    function find(bytes32 root, bytes32 path, bytes[] memory proof)
        internal
        pure
        returns (bool exists, uint256 valuePtr, uint256 valueLen)
    {
        uint256 n = proof.length;
        if (n == 0) {
            require(root == EMPTY_TRIE_ROOT, MissingNode(0));
            return (false, 0, 0);
        }
        // Item boundaries of the node being read: item k is [starts[k], starts[k+1]).
        uint256[18] memory starts;
        bytes32 want = root;
        uint256 depth; // nibbles of path consumed so far
        for (uint256 i = 0; i < n; i++) {
            (uint256 p, uint256 l) = _open(proof[i], want, i);
            uint256 next;
            do {
                (next, depth, p, l) = _read(p, l, path, depth, i, starts);
            } while (next == NEXT_EMBEDDED);
            if (next == NEXT_HASH) {
                assembly ("memory-safe") {
                    want := mload(p)
                }
                continue;
            }
            require(i + 1 == n, UnusedNodes(i + 1));
            return (next == FOUND, p, l);
        }
        revert MissingNode(n);
    }

    /// @notice Checks that proof node `enc` hashes to `want` and is one RLP list
    ///         spanning all of it; returns the list's payload.
    function _open(bytes memory enc, bytes32 want, uint256 i) private pure returns (uint256 p, uint256 l) {
        require(keccak256(enc) == want, NodeHashMismatch(i));
        uint256 ptr;
        assembly ("memory-safe") {
            ptr := add(enc, 0x20)
        }
        uint256 end = ptr + enc.length;
        bool isList;
        (p, l, isList) = RLPReader.header(ptr, end);
        require(p + l == end, RLPReader.RLPTrailingBytes());
        require(isList, InvalidNode(i));
    }

    /// @notice Reads one node (the list payload at p, l) at `depth` along `path`.
    function _read(uint256 p, uint256 l, bytes32 path, uint256 depth, uint256 i, uint256[18] memory starts)
        private
        pure
        returns (uint256, uint256, uint256, uint256)
    {
        (uint256 count, uint256 masks) = _items(p, p + l, starts);
        if (count == 17) return _branch(path, depth, i, starts, masks);
        if (count == 2) return _short(path, depth, i, starts, masks);
        revert InvalidNode(i);
    }

    /// @notice Splits the list payload [p, end) into items (at most 17), recording
    ///         their boundaries in `starts`. `masks` has bit k set when item k is a
    ///         valid child reference (empty string, 32-byte string, or list under 32
    ///         bytes) and bit 32 + k when item k is a string.
    function _items(uint256 p, uint256 end, uint256[18] memory starts)
        private
        pure
        returns (uint256 count, uint256 masks)
    {
        unchecked {
            while (true) {
                uint256 err; // 1: more than 17 items, 2: an item runs past the list
                assembly ("memory-safe") {
                    // Fast path for what branches are made of: a 32-byte hash (0xa0)
                    // or an empty string (0x80), both valid child references. It
                    // stops at the end of the list or at any other item.
                    for {} lt(p, end) {} {
                        if eq(count, 17) {
                            err := 1
                            break
                        }
                        mstore(add(starts, shl(5, count)), p) // starts[count] = p
                        let b0 := byte(0, mload(p))
                        let next := 0
                        if eq(b0, 0xa0) { next := add(p, 33) }
                        if eq(b0, 0x80) { next := add(p, 1) }
                        if iszero(next) { break }
                        if gt(next, end) {
                            err := 2
                            break
                        }
                        masks := or(masks, or(shl(count, 1), shl(add(32, count), 1)))
                        p := next
                        count := add(count, 1)
                    }
                }
                if (err == 1) revert RLPReader.RLPTooManyItems(17);
                if (err == 2) revert RLPReader.RLPTruncated();
                if (p >= end) break;
                // Any other item (starts[count] = p is already recorded).
                (uint256 ip, uint256 il, bool isList) = RLPReader.header(p, end);
                uint256 itemEnd = ip + il;
                if (isList) {
                    if (itemEnd - p < 32) masks |= 1 << count;
                } else {
                    masks |= 1 << (32 + count);
                    if (il == 0 || il == 32) masks |= 1 << count;
                }
                p = itemEnd;
                count++;
            }
        }
        starts[count] = end;
    }

    /// @notice A branch: 16 child references and a value.
    function _branch(bytes32 path, uint256 depth, uint256 i, uint256[18] memory starts, uint256 masks)
        private
        pure
        returns (uint256, uint256, uint256, uint256)
    {
        require(masks & 0xffff == 0xffff && masks & (1 << 48) != 0, InvalidNode(i));
        if (depth == PATH_NIBBLES) {
            // The path ends at this branch: its value decides.
            (uint256 vp, uint256 vl,) = RLPReader.header(starts[16], starts[17]);
            if (vl == 0) return (ABSENT, depth, 0, 0);
            return (FOUND, depth, vp, vl);
        }
        uint256 c = _nibble(path, depth);
        return _child(starts[c], starts[c + 1], depth + 1);
    }

    /// @notice A short node: a hex-prefix path, then a value (leaf) or a child
    ///         reference (extension).
    function _short(bytes32 path, uint256 depth, uint256 i, uint256[18] memory starts, uint256 masks)
        private
        pure
        returns (uint256, uint256, uint256, uint256)
    {
        require(masks & (1 << 32) != 0, InvalidNode(i)); // the path is a string
        (uint256 len, uint256 bits, bool leaf) = _hexPrefix(starts[0], starts[1]);
        bool matches = depth + len <= PATH_NIBBLES && bits == _pathNibbles(path, depth, len);
        if (leaf) {
            require(masks & (1 << 33) != 0, InvalidNode(i)); // the value is a string
            if (!matches || depth + len != PATH_NIBBLES) return (ABSENT, depth, 0, 0);
            (uint256 vp, uint256 vl,) = RLPReader.header(starts[1], starts[2]);
            require(vl != 0, InvalidNode(i));
            return (FOUND, depth + len, vp, vl);
        }
        require(masks & 2 != 0, InvalidNode(i)); // the child is a valid reference
        if (!matches) return (ABSENT, depth, 0, 0);
        return _child(starts[1], starts[2], depth + len);
    }

    /// @notice Follows the (already checked) child reference item [start, end).
    function _child(uint256 start, uint256 end, uint256 depth)
        private
        pure
        returns (uint256, uint256, uint256, uint256)
    {
        (uint256 p, uint256 l, bool isList) = RLPReader.header(start, end);
        if (isList) return (NEXT_EMBEDDED, depth, p, l);
        if (l == 0) return (ABSENT, depth, 0, 0);
        return (NEXT_HASH, depth, p, l);
    }

    /// @notice Nibble `depth` (0 = most significant) of `path`; depth < 64.
    function _nibble(bytes32 path, uint256 depth) private pure returns (uint256) {
        unchecked {
            return (uint256(path) >> (252 - 4 * depth)) & 0xf;
        }
    }

    /// @notice `len` nibbles of `path` starting at nibble `depth`, as an integer
    ///         (0 when len is 0). Requires depth + len <= 64.
    function _pathNibbles(bytes32 path, uint256 depth, uint256 len) private pure returns (uint256) {
        if (len == 0) return 0;
        unchecked {
            return (uint256(path) << (4 * depth)) >> (256 - 4 * len);
        }
    }

    /// @notice Decodes the hex-prefix (compact) path in string item [start, end) as
    ///         go-ethereum does: the first nibble is a flag (≥ 2: leaf, bit 0: odd
    ///         length); an odd path's first nibble follows the flag, an even path's
    ///         flag byte has a padding nibble (ignored). An empty string is an empty
    ///         extension path. Returns the number of nibbles, the nibbles as an
    ///         integer (0 when there are more than 64: such a path matches no key)
    ///         and whether the node is a leaf.
    function _hexPrefix(uint256 start, uint256 end) private pure returns (uint256 len, uint256 bits, bool leaf) {
        (uint256 ptr, uint256 n,) = RLPReader.header(start, end);
        if (n == 0) return (0, 0, false);
        uint256 first;
        assembly ("memory-safe") {
            first := byte(0, mload(ptr))
        }
        uint256 flag = first >> 4;
        leaf = flag >= 2;
        bool odd = flag & 1 == 1;
        len = odd ? 2 * n - 1 : 2 * (n - 1);
        if (len == 0 || len > PATH_NIBBLES) return (len, 0, leaf);
        if (odd) {
            // Drop the flag nibble, keep the next len nibbles (≤ 63: one word).
            assembly ("memory-safe") {
                bits := shr(sub(256, shl(2, len)), shl(4, mload(ptr)))
            }
        } else {
            // The nibbles are the bytes after the flag byte (≤ 32 bytes: one word).
            assembly ("memory-safe") {
                bits := shr(sub(256, shl(2, len)), mload(add(ptr, 1)))
            }
        }
    }
}
