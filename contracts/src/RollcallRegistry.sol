// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IBLSSignatureChecker} from "./interfaces/IBLSSignatureChecker.sol";
import {CheckpointRegistry} from "./CheckpointRegistry.sol";
import {RollcallCodec} from "./RollcallCodec.sol";

/// @title RollcallRegistry
/// @notice Where rollups' state roots attested by rollcall's restaked operators live on L1.
///
///         Anyone may submit a checkpoint: what makes it count is the aggregate BLS
///         signature of the operators, checked by EigenLayer middleware's
///         BLSSignatureChecker against the stake and key history at the checkpoint's
///         reference block. A checkpoint is accepted once per round, only while its
///         reference block is fresh, and only when every quorum's signed stake
///         reaches the threshold. Storage, lanes, events and views: CheckpointRegistry.
///
///         The L1 registry is the AVS's identity: every digest binds block.chainid and
///         address(this), and registries on rollups carry these two values.
contract RollcallRegistry is Ownable, CheckpointRegistry {
    /// @notice Basis points: 10000 = 100%.
    uint16 public constant BIPS = 10_000;
    /// @notice Most quorums a registry checks (quorum numbers are held in one word).
    uint256 public constant MAX_QUORUMS = 32;

    /// @notice The BLS signature checker (rollcall's service manager).
    IBLSSignatureChecker public immutable signatureChecker;
    /// @dev Quorum numbers, one byte each from the most significant byte, and how many.
    bytes32 internal immutable _quorums;
    uint256 internal immutable _quorumCount;

    // These two pack into CheckpointRegistry's head slot (after latestRound and
    // laneCount): attest reads one slot of configuration.
    /// @notice Share of each quorum's stake that must sign, in basis points.
    uint16 public thresholdBips;
    /// @notice How many blocks old a reference block may be when submitted.
    uint32 public maxReferenceAge;

    event ThresholdChanged(uint16 previousBips, uint16 newBips);
    event MaxReferenceAgeChanged(uint32 previousBlocks, uint32 newBlocks);

    error ReferenceBlockNotInPast(uint32 referenceBlock, uint256 currentBlock);
    error StaleReferenceBlock(uint32 referenceBlock, uint256 currentBlock, uint32 maxAge);
    error InsufficientStake(uint8 quorumNumber, uint96 signed, uint96 total, uint16 thresholdBips);
    error InvalidThreshold(uint16 bips);
    error InvalidMaxReferenceAge();
    error InvalidQuorumNumbers();

    constructor(
        IBLSSignatureChecker checker,
        bytes memory quorums,
        uint16 initialThresholdBips,
        uint32 initialMaxReferenceAge,
        address initialOwner
    ) {
        require(quorums.length > 0 && quorums.length <= MAX_QUORUMS, InvalidQuorumNumbers());
        signatureChecker = checker;
        _quorums = bytes32(quorums);
        _quorumCount = quorums.length;
        _setThreshold(initialThresholdBips);
        _setMaxReferenceAge(initialMaxReferenceAge);
        _transferOwnership(initialOwner);
    }

    /// @notice Quorums whose stake must sign, one byte per quorum number.
    function quorumNumbers() public view returns (bytes memory quorums) {
        quorums = new bytes(_quorumCount);
        bytes32 q = _quorums;
        assembly ("memory-safe") {
            mstore(add(quorums, 0x20), q)
        }
    }

    /// @notice Attests a checkpoint: claims (sorted by chain id, one per rollup), their
    ///         lanes (lanesOf), and the operators' aggregate signature over its digest
    ///         with the middleware's non-signer data. `signature` must be the last
    ///         argument's tail, as every ABI encoder lays it out: it is forwarded to the
    ///         checker as it is.
    function attest(
        uint64 round,
        uint32 referenceBlock,
        RollcallCodec.Claim[] calldata claims,
        bytes calldata lanes,
        IBLSSignatureChecker.NonSignerStakesAndSignature calldata signature
    ) external {
        uint256 at;
        assembly ("memory-safe") {
            at := signature
        }
        _attest(round, referenceBlock, claims, lanes, msg.data[at:]);
    }

    /// @notice The reference block must be in the past and at most maxReferenceAge
    ///         blocks old; checkSignatures must accept the aggregate signature; every
    ///         quorum's signed stake must reach thresholdBips of its total.
    function _verifyCheckpoint(bytes32 digest, uint32 referenceBlock, bytes calldata signature)
        internal
        view
        override
        returns (bytes32 signatoryRecordHash)
    {
        uint32 maxAge = maxReferenceAge;
        require(referenceBlock < block.number, ReferenceBlockNotInPast(referenceBlock, block.number));
        require(
            block.number - referenceBlock <= maxAge, StaleReferenceBlock(referenceBlock, block.number, maxAge)
        );

        // checkSignatures(digest, quorums, referenceBlock, signature), the signature's
        // ABI encoding copied as it is (its offsets are relative to its own start).
        uint256 quorumCount = _quorumCount;
        bytes32 quorums = _quorums;
        address checker = address(signatureChecker);
        bytes4 selector = IBLSSignatureChecker.checkSignatures.selector;
        bool ok;
        bytes memory ret;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 0x04), digest)
            mstore(add(p, 0x24), 0x80) // offset of quorumNumbers
            mstore(add(p, 0x44), referenceBlock)
            mstore(add(p, 0x64), 0xc0) // offset of params: 0x80 + length word + one data word
            mstore(add(p, 0x84), quorumCount)
            mstore(add(p, 0xa4), quorums)
            calldatacopy(add(p, 0xc4), signature.offset, signature.length)
            let size := add(0xc4, signature.length)
            ok := staticcall(gas(), checker, p, size, 0, 0)
            ret := p
            mstore(ret, returndatasize())
            returndatacopy(add(ret, 0x20), 0, returndatasize())
            mstore(0x40, add(add(ret, 0x20), and(add(returndatasize(), 0x1f), not(0x1f))))
        }
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        IBLSSignatureChecker.QuorumStakeTotals memory totals;
        (totals, signatoryRecordHash) = abi.decode(ret, (IBLSSignatureChecker.QuorumStakeTotals, bytes32));
        uint16 bips = thresholdBips;
        for (uint256 i = 0; i < quorumCount; i++) {
            uint96 signed = totals.signedStakeForQuorum[i];
            uint96 total = totals.totalStakeForQuorum[i];
            require(
                uint256(signed) * BIPS >= uint256(total) * bips && signed > 0,
                InsufficientStake(uint8(quorums[i]), signed, total, bips)
            );
        }
    }

    /// @notice On L1 the AVS identity is this chain and this contract.
    function _avsIdentity() internal view override returns (uint256, address) {
        return (block.chainid, address(this));
    }

    /// @notice Sets the share of stake that must sign, in basis points (1..10000).
    function setThresholdBips(uint16 bips) external onlyOwner {
        _setThreshold(bips);
    }

    /// @notice Sets how many blocks old a reference block may be (at least 1).
    function setMaxReferenceAge(uint32 blocks) external onlyOwner {
        _setMaxReferenceAge(blocks);
    }

    function _setThreshold(uint16 bips) internal {
        require(bips > 0 && bips <= BIPS, InvalidThreshold(bips));
        emit ThresholdChanged(thresholdBips, bips);
        thresholdBips = bips;
    }

    function _setMaxReferenceAge(uint32 blocks) internal {
        require(blocks > 0, InvalidMaxReferenceAge());
        emit MaxReferenceAgeChanged(maxReferenceAge, blocks);
        maxReferenceAge = blocks;
    }
}
