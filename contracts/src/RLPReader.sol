// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title RLPReader
/// @notice Strict decoding of Ethereum's RLP encoding, in memory, without copying.
///         The primitives work on memory pointers and return on the stack: `header`
///         decodes one item's header, `readUint` and `readBytes32` read one string
///         item and say where the next item starts. An Item is a view of one item,
///         for callers that prefer a struct. Every header is checked: the item must
///         lie inside its enclosing buffer or list, and the header must be canonical
///         (the shortest one for its length, as go-ethereum's rlp package requires).
///         Malformed input reverts with one of the errors below.
library RLPReader {
    /// @notice One RLP item. `ptr`/`len`: its whole encoding (header and payload);
    ///         `payloadPtr`/`payloadLen`: the payload; `isList`: list or string.
    ///         Pointers are memory addresses.
    struct Item {
        uint256 ptr;
        uint256 len;
        uint256 payloadPtr;
        uint256 payloadLen;
        bool isList;
    }

    /// @notice The input ends before an item's header or payload does.
    error RLPTruncated();
    /// @notice A header is not the shortest one for its payload: a single byte
    ///         below 0x80 encoded as a one-byte string, a long form for fewer than
    ///         56 bytes, or a length with leading zero bytes.
    error RLPNonCanonical();
    /// @notice Bytes follow the item that should span the whole input.
    error RLPTrailingBytes();
    /// @notice A string was expected where the input holds a list.
    error RLPExpectedString();
    /// @notice A list was expected where the input holds a string.
    error RLPExpectedList();
    /// @notice A list holds more items than the caller accepts.
    error RLPTooManyItems(uint256 max);
    /// @notice An integer is longer than the caller accepts, or has leading zero bytes.
    error RLPInvalidInteger();

    /// @notice Decodes and checks the header of the item starting at `ptr`, whose
    ///         encoding must end at or before `end`. The item ends at
    ///         payloadPtr + payloadLen.
    function header(uint256 ptr, uint256 end)
        internal
        pure
        returns (uint256 payloadPtr, uint256 payloadLen, bool isList)
    {
        // The hot path of every trie walk, so it is written in assembly; the
        // checks are those of the comments. Pointers are memory addresses and
        // lengths below 2^64: no sum overflows.
        uint256 err; // 0: fine, 1: RLPTruncated, 2: RLPNonCanonical
        assembly ("memory-safe") {
            for {} 1 {} {
                if iszero(lt(ptr, end)) {
                    err := 1
                    break
                }
                let w := mload(ptr)
                let b0 := byte(0, w)
                // 0x00..0x7f: a single byte is its own encoding.
                if lt(b0, 0x80) {
                    payloadPtr := ptr
                    payloadLen := 1
                    break
                }
                // 0x80..0xb7: short string; one byte below 0x80 must be encoded alone.
                if lt(b0, 0xb8) {
                    payloadPtr := add(ptr, 1)
                    payloadLen := sub(b0, 0x80)
                    if gt(add(payloadPtr, payloadLen), end) {
                        err := 1
                        break
                    }
                    if and(eq(payloadLen, 1), lt(byte(1, w), 0x80)) { err := 2 }
                    break
                }
                // 0xc0..0xf7: short list.
                if and(gt(b0, 0xbf), lt(b0, 0xf8)) {
                    isList := 1
                    payloadPtr := add(ptr, 1)
                    payloadLen := sub(b0, 0xc0)
                    if gt(add(payloadPtr, payloadLen), end) { err := 1 }
                    break
                }
                // 0xb8..0xbf, 0xf8..0xff: long form, the length in 1..8 bytes, without
                // leading zeros and at least 56.
                let lenOfLen := sub(b0, 0xb7)
                if gt(b0, 0xbf) {
                    isList := 1
                    lenOfLen := sub(b0, 0xf7)
                }
                payloadPtr := add(add(ptr, 1), lenOfLen)
                if gt(payloadPtr, end) {
                    err := 1
                    break
                }
                payloadLen := shr(sub(256, shl(3, lenOfLen)), mload(add(ptr, 1)))
                if gt(add(payloadPtr, payloadLen), end) {
                    err := 1
                    break
                }
                if or(iszero(byte(1, w)), lt(payloadLen, 56)) { err := 2 }
                break
            }
        }
        if (err == 1) revert RLPTruncated();
        if (err == 2) revert RLPNonCanonical();
    }

    /// @notice Reads the string item at `ptr` (ending by `end`) as a big-endian
    ///         unsigned integer of at most `maxBytes` (≤ 32) bytes without leading
    ///         zero bytes (the empty string is 0). Returns it and where the next
    ///         item starts.
    function readUint(uint256 ptr, uint256 end, uint256 maxBytes) internal pure returns (uint256 v, uint256 next) {
        (uint256 p, uint256 n, bool isList) = header(ptr, end);
        require(!isList, RLPExpectedString());
        require(n <= maxBytes && n <= 32, RLPInvalidInteger());
        if (n != 0) {
            assembly ("memory-safe") {
                v := shr(sub(256, shl(3, n)), mload(p))
            }
            // A leading zero byte would make a shorter encoding of the same value.
            require(v >> (8 * (n - 1)) != 0, RLPInvalidInteger());
        }
        return (v, p + n);
    }

    /// @notice Reads the string item at `ptr` (ending by `end`), which must hold
    ///         exactly 32 bytes. Returns them and where the next item starts.
    function readBytes32(uint256 ptr, uint256 end) internal pure returns (bytes32 v, uint256 next) {
        (uint256 p, uint256 n, bool isList) = header(ptr, end);
        require(!isList && n == 32, RLPExpectedString());
        assembly ("memory-safe") {
            v := mload(p)
        }
        return (v, p + 32);
    }

    /// @notice The item that spans all of `b` (reverts if `b` holds anything else).
    function toItem(bytes memory b) internal pure returns (Item memory) {
        uint256 ptr;
        assembly ("memory-safe") {
            ptr := add(b, 0x20)
        }
        Item memory item = _item(ptr, ptr + b.length);
        require(item.len == b.length, RLPTrailingBytes());
        return item;
    }

    /// @notice The items of list `item`, at most `maxItems` of them.
    function readList(Item memory item, uint256 maxItems) internal pure returns (Item[] memory items) {
        require(item.isList, RLPExpectedList());
        uint256 end = item.payloadPtr + item.payloadLen;
        // First pass counts (and validates) the items, the second fills the array.
        uint256 count;
        for (uint256 p = item.payloadPtr; p < end; count++) {
            require(count < maxItems, RLPTooManyItems(maxItems));
            (uint256 pp, uint256 pl,) = header(p, end);
            p = pp + pl;
        }
        items = new Item[](count);
        uint256 q = item.payloadPtr;
        for (uint256 i = 0; i < count; i++) {
            items[i] = _item(q, end);
            q += items[i].len;
        }
    }

    /// @notice A copy of the payload of string `item`.
    function toBytes(Item memory item) internal pure returns (bytes memory) {
        require(!item.isList, RLPExpectedString());
        return copy(item.payloadPtr, item.payloadLen);
    }

    /// @notice The string `item` as readUint reads it.
    function toUint(Item memory item, uint256 maxBytes) internal pure returns (uint256 v) {
        (v,) = readUint(item.ptr, item.ptr + item.len, maxBytes);
    }

    /// @notice A copy of the `len` bytes of memory at `ptr`.
    function copy(uint256 ptr, uint256 len) internal pure returns (bytes memory out) {
        out = new bytes(len);
        assembly ("memory-safe") {
            mcopy(add(out, 0x20), ptr, len)
        }
    }

    /// @notice The item starting at `ptr`, ending by `end`.
    function _item(uint256 ptr, uint256 end) private pure returns (Item memory) {
        (uint256 p, uint256 n, bool isList) = header(ptr, end);
        return Item({ptr: ptr, len: p + n - ptr, payloadPtr: p, payloadLen: n, isList: isList});
    }

    /// @notice Reads the `lenOfLen`-byte (1..8) big-endian payload length that
    ///         follows a long-form header byte at `ptr`.
    function _longLength(uint256 ptr, uint256 end, uint256 lenOfLen)
        private
        pure
        returns (uint256 payloadPtr, uint256 payloadLen)
    {
        payloadPtr = ptr + 1 + lenOfLen;
        require(payloadPtr <= end, RLPTruncated());
        uint256 first;
        assembly ("memory-safe") {
            let w := mload(add(ptr, 1))
            first := byte(0, w)
            payloadLen := shr(sub(256, shl(3, lenOfLen)), w)
        }
        require(first != 0 && payloadLen >= 56, RLPNonCanonical());
    }
}
