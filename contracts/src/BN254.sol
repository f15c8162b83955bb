// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title BN254
/// @notice The BN254 (alt_bn128) arithmetic rollcall's certificate verifier needs, over
///         the EVM precompiles of EIP-196/197 (ecAdd 0x06, ecMul 0x07, ecPairing 0x08)
///         and EIP-198 (modexp 0x05). G2 coordinates are in the precompile's order:
///         each Fp2 element imaginary part first, X = [X.a1, X.a0].
library BN254 {
    /// @notice Base field modulus p.
    uint256 internal constant P = 21888242871839275222246405745257275088696311157297823662689037894645226208583;
    /// @notice Group order r (scalar field modulus).
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice (p + 1) / 4: y = β^((p+1)/4) is a square root of β when one exists (p ≡ 3 mod 4).
    uint256 internal constant SQRT_EXPONENT =
        5472060717959818805561601436314318772174077789324455915672259473661306552146;

    // −g₂, the negated G2 generator (precompile order).
    uint256 internal constant NEG_G2_X1 = 11559732032986387107991004021392285783925812861821192530917403151452391805634;
    uint256 internal constant NEG_G2_X0 = 10857046999023057135944570762232829481370756359578518086990519993285655852781;
    uint256 internal constant NEG_G2_Y1 = 17805874995975841540914202342111839520379459829704422454583296818431106115052;
    uint256 internal constant NEG_G2_Y0 = 13392588948715843804641432497768002650278120570034223513918757245338268106653;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @dev X = [X.a1, X.a0], Y = [Y.a1, Y.a0].
    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }

    /// @notice A precompile call failed (an input point is invalid).
    error PrecompileFailed(uint256 precompile);

    /// @notice Whether p is a G1 point other than infinity: coordinates below p and
    ///         y² = x³ + 3. G1 has cofactor 1, so that is also the subgroup.
    function isValidG1(uint256 x, uint256 y) internal pure returns (bool) {
        if (x >= P || y >= P || (x == 0 && y == 0)) return false;
        return mulmod(y, y, P) == addmod(mulmod(mulmod(x, x, P), x, P), 3, P);
    }

    /// @notice a + b (either may be infinity, (0, 0)). Inputs must be on the curve.
    function add(G1Point memory a, G1Point memory b) internal view returns (G1Point memory r) {
        bool ok;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, mload(a))
            mstore(add(ptr, 0x20), mload(add(a, 0x20)))
            mstore(add(ptr, 0x40), mload(b))
            mstore(add(ptr, 0x60), mload(add(b, 0x20)))
            ok := staticcall(gas(), 0x06, ptr, 0x80, r, 0x40)
        }
        require(ok, PrecompileFailed(0x06));
    }

    /// @notice acc += (x, y), in place (no allocation). Inputs must be on the curve.
    function addAssign(G1Point memory acc, uint256 x, uint256 y) internal view {
        bool ok;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, mload(acc))
            mstore(add(ptr, 0x20), mload(add(acc, 0x20)))
            mstore(add(ptr, 0x40), x)
            mstore(add(ptr, 0x60), y)
            ok := staticcall(gas(), 0x06, ptr, 0x80, acc, 0x40)
        }
        require(ok, PrecompileFailed(0x06));
    }

    /// @notice s·p. p must be on the curve.
    function mul(G1Point memory p, uint256 s) internal view returns (G1Point memory r) {
        bool ok;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, mload(p))
            mstore(add(ptr, 0x20), mload(add(p, 0x20)))
            mstore(add(ptr, 0x40), s)
            ok := staticcall(gas(), 0x07, ptr, 0x60, r, 0x40)
        }
        require(ok, PrecompileFailed(0x07));
    }

    /// @notice The generator g₁ = (1, 2).
    function generatorG1() internal pure returns (G1Point memory) {
        return G1Point(1, 2);
    }

    /// @notice e(a1, −g₂) · e(b1, b2) == 1. `callOk` is false when the precompile
    ///         refused its input, which for valid G1 inputs means b2 is not a point of
    ///         the G2 subgroup (EIP-197 checks curve and subgroup membership).
    function pairingNegG2(G1Point memory a1, G1Point memory b1, G2Point memory b2)
        internal
        view
        returns (bool callOk, bool equal)
    {
        uint256[12] memory input;
        input[0] = a1.X;
        input[1] = a1.Y;
        input[2] = NEG_G2_X1;
        input[3] = NEG_G2_X0;
        input[4] = NEG_G2_Y1;
        input[5] = NEG_G2_Y0;
        input[6] = b1.X;
        input[7] = b1.Y;
        input[8] = b2.X[0];
        input[9] = b2.X[1];
        input[10] = b2.Y[0];
        input[11] = b2.Y[1];
        uint256[1] memory out;
        assembly ("memory-safe") {
            callOk := staticcall(gas(), 0x08, input, 0x180, out, 0x20)
        }
        equal = callOk && out[0] == 1;
    }

    /// @notice Hashes a 32-byte message to G1 by try-and-increment, as the
    ///         middleware's BN254.hashToG1 and eigensdk-go's MapToCurve do: x = h mod p,
    ///         then x+1, … until x³ + 3 is a square; y = (x³ + 3)^((p+1)/4).
    function hashToG1(bytes32 h) internal view returns (G1Point memory) {
        uint256 x = uint256(h) % P;
        while (true) {
            uint256 beta = addmod(mulmod(mulmod(x, x, P), x, P), 3, P);
            uint256 y = _expmod(beta, SQRT_EXPONENT);
            if (mulmod(y, y, P) == beta) return G1Point(x, y);
            x = addmod(x, 1, P);
        }
        // unreachable
        return G1Point(0, 0);
    }

    /// @dev base^e mod p through the modexp precompile.
    function _expmod(uint256 base, uint256 e) private view returns (uint256 r) {
        bool ok;
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, 0x20)
            mstore(add(ptr, 0x20), 0x20)
            mstore(add(ptr, 0x40), 0x20)
            mstore(add(ptr, 0x60), base)
            mstore(add(ptr, 0x80), e)
            mstore(add(ptr, 0xa0), P)
            ok := staticcall(gas(), 0x05, ptr, 0xc0, ptr, 0x20)
            r := mload(ptr)
        }
        require(ok, PrecompileFailed(0x05));
    }
}
