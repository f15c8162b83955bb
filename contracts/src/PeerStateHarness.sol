// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {MerklePatricia} from "./MerklePatricia.sol";
import {RLPReader} from "./RLPReader.sol";

/// @title PeerStateHarness
/// @notice Test-only: exposes MerklePatricia and RLPReader so Go tests can check them
///         against real eth_getProof output and against go-ethereum's trie and rlp
///         packages on a real EVM, without an attestation. Not deployed outside tests.
contract PeerStateHarness {
    using RLPReader for RLPReader.Item;

    function verifyAccount(bytes32 stateRoot, address account, bytes[] calldata proof)
        external
        pure
        returns (bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash)
    {
        MerklePatricia.Account memory acc;
        (exists, acc) = MerklePatricia.verifyAccount(stateRoot, account, proof);
        return (exists, acc.nonce, acc.balance, acc.storageRoot, acc.codeHash);
    }

    function verifyStorage(bytes32 storageRoot, bytes32 slot, bytes[] calldata proof)
        external
        pure
        returns (bool exists, bytes32 value)
    {
        return MerklePatricia.verifyStorage(storageRoot, slot, proof);
    }

    function get(bytes32 root, bytes32 path, bytes[] calldata proof)
        external
        pure
        returns (bool exists, bytes memory value)
    {
        return MerklePatricia.get(root, path, proof);
    }

    /// @notice Decodes `b` as one RLP item and returns whether it is a list and its
    ///         payload; for a list (of at most 32 items), also its items' encodings.
    function decode(bytes calldata b)
        external
        pure
        returns (bool isList, bytes memory payload, bytes[] memory items)
    {
        RLPReader.Item memory item = RLPReader.toItem(b);
        payload = RLPReader.copy(item.payloadPtr, item.payloadLen);
        if (!item.isList) return (false, payload, items);
        RLPReader.Item[] memory list = item.readList(32);
        items = new bytes[](list.length);
        for (uint256 i = 0; i < list.length; i++) {
            items[i] = RLPReader.copy(list[i].ptr, list[i].len);
        }
        return (true, payload, items);
    }

    /// @notice `b` decoded as one RLP string holding an integer of at most maxBytes.
    function decodeUint(bytes calldata b, uint256 maxBytes) external pure returns (uint256) {
        return RLPReader.toItem(b).toUint(maxBytes);
    }
}
