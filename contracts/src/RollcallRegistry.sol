// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IBLSSignatureChecker} from "./interfaces/IBLSSignatureChecker.sol";
import {RollcallCodec} from "./RollcallCodec.sol";

/// @title RollcallRegistry
/// @notice Where rollups' state roots attested by rollcall's restaked operators live on L1.
///
///         Anyone may submit a checkpoint: what makes it count is the aggregate BLS
///         signature of the operators, checked by EigenLayer middleware's
///         BLSSignatureChecker against the stake and key history at the checkpoint's
///         reference block. A checkpoint is accepted once per round, only while its
///         reference block is fresh, and only when every quorum's signed stake
///         reaches the threshold. Its claims are stored as a Merkle root (plus each
///         rollup's latest attested claim) and emitted in full, so that off-chain
///         readers can rebuild every proof from L1 logs alone.
///
///         Encoding of claims, the claims tree and the signed digest: RollcallCodec
///         and docs/encoding.md.
contract RollcallRegistry is Ownable {
    using RollcallCodec for RollcallCodec.Claim[];

    /// @notice What the registry keeps of an attested checkpoint.
    struct CheckpointRecord {
        bytes32 claimsRoot;
        uint32 referenceBlock;
        /// L1 block in which the checkpoint was attested (0: not attested).
        uint32 attestedBlock;
        uint16 claimCount;
    }

    /// @notice A rollup's most recent attested claim and the round that attested it.
    struct LatestClaim {
        RollcallCodec.Claim claim;
        uint64 round;
    }

    /// @notice Basis points: 10000 = 100%.
    uint16 public constant BIPS = 10_000;

    /// @notice The BLS signature checker (rollcall's service manager).
    IBLSSignatureChecker public immutable signatureChecker;

    /// @notice Quorums whose stake must sign, one byte per quorum number.
    bytes public quorumNumbers;
    /// @notice Share of each quorum's stake that must sign, in basis points.
    uint16 public thresholdBips;
    /// @notice How many blocks old a reference block may be when submitted.
    uint32 public maxReferenceAge;
    /// @notice Highest round attested so far.
    uint64 public latestRound;

    mapping(uint64 round => CheckpointRecord) internal _checkpoints;
    mapping(uint64 chainId => LatestClaim) internal _latest;

    /// @notice A checkpoint was attested.
    event CheckpointAttested(
        uint64 indexed round,
        uint32 referenceBlock,
        bytes32 claimsRoot,
        uint16 claimCount,
        uint96[] signedStake,
        uint96[] totalStake,
        bytes32 signatoryRecordHash
    );
    /// @notice One claim of an attested checkpoint.
    event ClaimAttested(
        uint64 indexed round, uint64 indexed chainId, uint64 indexed blockNumber, bytes32 blockHash, bytes32 stateRoot
    );
    event ThresholdChanged(uint16 previousBips, uint16 newBips);
    event MaxReferenceAgeChanged(uint32 previousBlocks, uint32 newBlocks);

    error RoundZero();
    error AlreadyAttested(uint64 round);
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
        require(quorums.length > 0, InvalidQuorumNumbers());
        signatureChecker = checker;
        quorumNumbers = quorums;
        _setThreshold(initialThresholdBips);
        _setMaxReferenceAge(initialMaxReferenceAge);
        _transferOwnership(initialOwner);
    }

    /// @notice Attests a checkpoint: claims (sorted by chain id, one per rollup) and
    ///         the operators' aggregate signature over its digest.
    function attest(
        uint64 round,
        uint32 referenceBlock,
        RollcallCodec.Claim[] calldata claims,
        IBLSSignatureChecker.NonSignerStakesAndSignature calldata signature
    ) external {
        require(round != 0, RoundZero());
        require(_checkpoints[round].attestedBlock == 0, AlreadyAttested(round));
        require(referenceBlock < block.number, ReferenceBlockNotInPast(referenceBlock, block.number));
        require(
            block.number - referenceBlock <= maxReferenceAge,
            StaleReferenceBlock(referenceBlock, block.number, maxReferenceAge)
        );

        bytes32 root = RollcallCodec.merkleRoot(claims);
        bytes32 digest = checkpointDigest(round, referenceBlock, root);
        bytes memory quorums = quorumNumbers;
        (IBLSSignatureChecker.QuorumStakeTotals memory totals, bytes32 signatoryRecordHash) =
            signatureChecker.checkSignatures(digest, quorums, referenceBlock, signature);
        for (uint256 i = 0; i < quorums.length; i++) {
            uint96 signed = totals.signedStakeForQuorum[i];
            uint96 total = totals.totalStakeForQuorum[i];
            require(
                uint256(signed) * BIPS >= uint256(total) * thresholdBips && signed > 0,
                InsufficientStake(uint8(quorums[i]), signed, total, thresholdBips)
            );
        }

        _checkpoints[round] = CheckpointRecord({
            claimsRoot: root,
            referenceBlock: referenceBlock,
            attestedBlock: uint32(block.number),
            claimCount: uint16(claims.length)
        });
        if (round > latestRound) latestRound = round;
        for (uint256 i = 0; i < claims.length; i++) {
            RollcallCodec.Claim calldata c = claims[i];
            // A rollup's latest claim only moves forward, whatever order rounds land in.
            LatestClaim storage latest = _latest[c.chainId];
            if (latest.round == 0 || c.blockNumber > latest.claim.blockNumber) {
                latest.claim = c;
                latest.round = round;
            }
            emit ClaimAttested(round, c.chainId, c.blockNumber, c.blockHash, c.stateRoot);
        }
        emit CheckpointAttested(
            round,
            referenceBlock,
            root,
            uint16(claims.length),
            totals.signedStakeForQuorum,
            totals.totalStakeForQuorum,
            signatoryRecordHash
        );
    }

    /// @notice The digest operators sign for a checkpoint of this registry on this chain.
    function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 claimsRoot) public view returns (bytes32) {
        return RollcallCodec.checkpointDigest(block.chainid, address(this), round, referenceBlock, claimsRoot);
    }

    /// @notice A round's checkpoint (all zero when the round was never attested).
    function getCheckpoint(uint64 round) external view returns (CheckpointRecord memory) {
        return _checkpoints[round];
    }

    /// @notice The latest attested claim of rollup `chainId` and its round (round 0:
    ///         none yet).
    function latestClaim(uint64 chainId) external view returns (RollcallCodec.Claim memory claim, uint64 round) {
        LatestClaim storage l = _latest[chainId];
        return (l.claim, l.round);
    }

    /// @notice Whether `claim` is part of the checkpoint attested in `round`, proven by
    ///         `proof` (sibling hashes from its leaf up to the claims root).
    function verifyClaim(RollcallCodec.Claim calldata claim, uint64 round, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        CheckpointRecord storage cp = _checkpoints[round];
        if (cp.attestedBlock == 0) return false;
        return RollcallCodec.verifyProof(cp.claimsRoot, claim, proof);
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
