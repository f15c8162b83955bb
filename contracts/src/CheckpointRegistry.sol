// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {RollcallCodec} from "./RollcallCodec.sol";

/// @title CheckpointRegistry
/// @notice What every chain's registry of rollcall checkpoints shares: it keeps one
///         storage slot per accepted checkpoint (its claims root), a packed lane per
///         rollup holding the latest round that attested it, replay protection, the
///         consumer views, and one event per checkpoint from which off-chain readers
///         rebuild every claim and proof.
///
///         What differs between chains is how a checkpoint's signature is verified
///         (and what makes it fresh): the L1 registry asks EigenLayer middleware's
///         BLSSignatureChecker, a registry on a rollup asks a certificate verifier
///         holding an operator table. That is the hook `_verifyCheckpoint`. The digest
///         operators sign binds the AVS identity `_avsIdentity()` (L1 chain id, L1
///         registry address), the same on every chain, so one aggregate signature
///         verifies everywhere.
///
///         Storage per checkpoint: one fresh slot (the claims root). Per rollup: 32 bits
///         of a word of eight lanes (the latest round), rewritten, plus 64 bits of a
///         word of four lane owners (the chain id), written once when the rollup's first
///         claim lands and only read afterwards. The submitter passes each claim's lane
///         (`lanes`, two bytes per claim); the registry checks it against the lane's
///         owner, so a wrong lane reverts instead of moving another rollup.
///
///         Encodings: RollcallCodec and docs/encoding.md.
abstract contract CheckpointRegistry {
    /// @notice Lane value asking the registry to find (or assign) a claim's lane.
    uint16 public constant NEW_LANE = type(uint16).max;
    /// @notice Most lanes (rollups) a registry holds.
    uint256 public constant MAX_LANES = NEW_LANE;
    /// @notice Bytes per claim in CheckpointAttested's `claims`:
    ///         uint64 chainId ‖ uint64 blockNumber ‖ bytes32 blockHash ‖ bytes32 stateRoot.
    uint256 internal constant PACKED_CLAIM_SIZE = 80;

    /// @notice Claims root of each attested round (zero: not attested).
    mapping(uint64 round => bytes32) internal _roots;
    /// @notice Word w holds the latest round of lanes 8w..8w+7, 32 bits each, lane 8w
    ///         in the lowest bits.
    mapping(uint256 word => uint256) internal _laneRounds;
    /// @notice Word w holds the chain id owning lanes 4w..4w+3, 64 bits each.
    mapping(uint256 word => uint256) internal _laneChains;
    /// @notice Lane of each rollup, plus one (zero: no lane yet). Read only when a
    ///         submitter passes NEW_LANE and by the consumer views.
    mapping(uint64 chainId => uint256) internal _laneOf;

    // The head of the registry. Declared after the mappings so that a subclass's
    // first small variables pack into the same slot: attest reads one word of
    // configuration and state.
    /// @notice Highest round attested so far (latestRound()).
    uint32 internal _latestRound;
    /// @notice Lanes assigned so far.
    uint32 public laneCount;

    /// @notice A checkpoint was attested. `claims` are its claims in order, packed
    ///         (PACKED_CLAIM_SIZE bytes each); `signatoryRecordHash` is what the verifier returned
    ///         about who signed (on L1: the middleware's signatory record hash,
    ///         keccak256(uint32 referenceBlock ‖ sorted non-signer ids)).
    event CheckpointAttested(uint64 indexed round, uint32 referenceBlock, bytes32 signatoryRecordHash, bytes claims);

    error RoundZero();
    /// @notice Rounds are stored in 32-bit lanes.
    error RoundTooLarge(uint64 round);
    error AlreadyAttested(uint64 round);
    /// @notice `lanes` does not hold two bytes per claim.
    error LanesLength(uint256 lanesBytes, uint256 claims);
    /// @notice Lane `lane` is not rollup `chainId`'s lane.
    error WrongLane(uint64 chainId, uint256 lane);
    /// @notice Every lane is taken.
    error TooManyRollups();

    /// @notice The AVS identity every digest binds: L1's chain id and the L1
    ///         registry's address (on L1: block.chainid and address(this)).
    function _avsIdentity() internal view virtual returns (uint256 l1ChainId, address l1Registry);

    /// @notice Verifies that a quorum signed `digest` (and that `referenceBlock` is
    ///         fresh), reverting when not; `certificate` is the attest call's
    ///         certificate argument, as calldata from its ABI head to the end of the
    ///         call. Returns what CheckpointAttested records about the signers.
    function _verifyCheckpoint(bytes32 digest, uint32 referenceBlock, bytes calldata certificate)
        internal
        virtual
        returns (bytes32 record);

    /// @notice The digest operators sign for a checkpoint of this AVS.
    function checkpointDigest(uint64 round, uint32 referenceBlock, bytes32 root) public view returns (bytes32) {
        (uint256 l1ChainId, address l1Registry) = _avsIdentity();
        return RollcallCodec.checkpointDigest(l1ChainId, l1Registry, round, referenceBlock, root);
    }

    /// @notice Accepts a checkpoint: claims sorted by chain id (one per rollup), the
    ///         lane of each claim (two bytes big-endian each, NEW_LANE when unknown),
    ///         and the certificate `_verifyCheckpoint` checks.
    function _attest(
        uint64 round,
        uint32 referenceBlock,
        RollcallCodec.Claim[] calldata claims,
        bytes calldata lanes,
        bytes calldata certificate
    ) internal {
        require(round != 0, RoundZero());
        require(round <= type(uint32).max, RoundTooLarge(round));
        require(_roots[round] == 0, AlreadyAttested(round));
        require(lanes.length == 2 * claims.length, LanesLength(lanes.length, claims.length));

        bytes32 root = RollcallCodec.merkleRoot(claims);
        bytes32 record = _verifyCheckpoint(checkpointDigest(round, referenceBlock, root), referenceBlock, certificate);

        _roots[round] = root;
        bytes memory packed = _moveLanes(uint32(round), claims, lanes);
        if (round > _latestRound) _latestRound = uint32(round);
        emit CheckpointAttested(round, referenceBlock, record, packed);
    }

    /// @notice The lane words attest has in hand: consecutive claims in one word share
    ///         one SLOAD and one SSTORE.
    struct LaneCache {
        uint256 roundsAt; // index of the rounds word held (max: none)
        uint256 rounds;
        uint256 roundsBefore; // its value in storage
        uint256 chainsAt; // index of the owners word held (max: none)
        uint256 chains;
        uint256 assigned; // lanes assigned, counting the ones assigned here
    }

    /// @notice Moves each claim's lane to `round` when it is newer, and packs the
    ///         claims for the event.
    function _moveLanes(uint32 round, RollcallCodec.Claim[] calldata claims, bytes calldata lanes)
        internal
        returns (bytes memory packed)
    {
        packed = new bytes(claims.length * PACKED_CLAIM_SIZE);
        LaneCache memory k = LaneCache(type(uint256).max, 0, 0, type(uint256).max, 0, laneCount);
        for (uint256 i = 0; i < claims.length; i++) {
            RollcallCodec.Claim calldata c = claims[i];
            uint256 lane = _laneFor(k, c.chainId, uint16(bytes2(lanes[2 * i:2 * i + 2])));
            uint256 rw = lane / 8;
            if (rw != k.roundsAt) {
                if (k.rounds != k.roundsBefore) _laneRounds[k.roundsAt] = k.rounds;
                k.rounds = _laneRounds[rw];
                k.roundsBefore = k.rounds;
                k.roundsAt = rw;
            }
            uint256 shift = (lane % 8) * 32;
            // A rollup's latest round only moves forward, whatever order rounds land in.
            if (uint32(k.rounds >> shift) < round) {
                k.rounds = (k.rounds & ~(uint256(type(uint32).max) << shift)) | (uint256(round) << shift);
            }
            assembly ("memory-safe") {
                let p := add(add(packed, 0x20), mul(i, 80))
                // chainId ‖ blockNumber in the top 16 bytes of the first word.
                mstore(p, or(shl(192, calldataload(c)), shl(128, and(calldataload(add(c, 0x20)), 0xffffffffffffffff))))
                mstore(add(p, 0x10), calldataload(add(c, 0x40)))
                mstore(add(p, 0x30), calldataload(add(c, 0x60)))
            }
        }
        if (k.rounds != k.roundsBefore) _laneRounds[k.roundsAt] = k.rounds;
        if (k.assigned != laneCount) laneCount = uint32(k.assigned);
    }

    /// @notice The lane of rollup `chainId` given the submitter's `hint`: the hinted
    ///         lane when its owner is `chainId`, else (hint NEW_LANE) the rollup's lane,
    ///         assigned now when it has none.
    function _laneFor(LaneCache memory k, uint64 chainId, uint256 hint) internal returns (uint256 lane) {
        if (hint != NEW_LANE) {
            uint256 w = hint / 4;
            if (w != k.chainsAt) {
                k.chains = _laneChains[w];
                k.chainsAt = w;
            }
            require(
                hint < k.assigned && uint64(k.chains >> ((hint % 4) * 64)) == chainId, WrongLane(chainId, hint)
            );
            return hint;
        }
        lane = _laneOf[chainId];
        if (lane != 0) return lane - 1;
        require(k.assigned < MAX_LANES, TooManyRollups());
        lane = k.assigned++;
        _laneOf[chainId] = lane + 1;
        uint256 cw = lane / 4;
        uint256 owners = (cw == k.chainsAt ? k.chains : _laneChains[cw]) | (uint256(chainId) << ((lane % 4) * 64));
        _laneChains[cw] = owners;
        if (cw == k.chainsAt) k.chains = owners;
    }

    /// @notice Highest round attested so far (0: none).
    function latestRound() external view returns (uint64) {
        return _latestRound;
    }

    /// @notice The claims root of `round`'s checkpoint (zero: never attested).
    function claimsRoot(uint64 round) external view returns (bytes32) {
        return _roots[round];
    }

    /// @notice The latest round that attested rollup `chainId` (0: none yet).
    function latestRoundOf(uint64 chainId) public view returns (uint64) {
        uint256 lane = _laneOf[chainId];
        if (lane == 0) return 0;
        lane -= 1;
        return uint32(_laneRounds[lane / 8] >> ((lane % 8) * 32));
    }

    /// @notice The `lanes` argument of attest for claims of these chains: each
    ///         rollup's lane, NEW_LANE for a rollup without one yet.
    function lanesOf(uint64[] calldata chainIds) external view returns (bytes memory lanes) {
        lanes = new bytes(2 * chainIds.length);
        for (uint256 i = 0; i < chainIds.length; i++) {
            uint256 lane = _laneOf[chainIds[i]];
            uint16 v = lane == 0 ? NEW_LANE : uint16(lane - 1);
            lanes[2 * i] = bytes1(uint8(v >> 8));
            lanes[2 * i + 1] = bytes1(uint8(v));
        }
    }

    /// @notice Whether `claim` is part of the checkpoint attested in `round`, proven by
    ///         `proof` (sibling hashes from its leaf up to the claims root).
    function verifyClaim(RollcallCodec.Claim calldata claim, uint64 round, bytes32[] calldata proof)
        public
        view
        returns (bool)
    {
        bytes32 root = _roots[round];
        if (root == 0) return false;
        return RollcallCodec.verifyProof(root, claim, proof);
    }

    /// @notice Whether `claim` is rollup claim.chainId's latest attested claim: part
    ///         of the latest round that attested that rollup (one claim per rollup per
    ///         round), proven by `proof`. Proofs of an older claim stop verifying once
    ///         a newer one lands.
    function verifyLatestClaim(RollcallCodec.Claim calldata claim, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        uint64 round = latestRoundOf(claim.chainId);
        if (round == 0) return false;
        return verifyClaim(claim, round, proof);
    }
}
