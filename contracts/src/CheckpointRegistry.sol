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

        (bytes32 root, bytes memory packed) = _hashClaims(claims);
        bytes32 record = _verifyCheckpoint(checkpointDigest(round, referenceBlock, root), referenceBlock, certificate);

        _roots[round] = root;
        if (_allLanesKnown(lanes)) {
            _moveKnownLanes(uint32(round), claims, lanes);
        } else {
            _moveLanes(uint32(round), claims, lanes);
        }
        if (round > _latestRound) _latestRound = uint32(round);
        emit CheckpointAttested(round, referenceBlock, record, packed);
    }

    /// @notice The claims root (RollcallCodec.merkleRoot, hashed straight from
    ///         calldata) and the claims packed for the event.
    function _hashClaims(RollcallCodec.Claim[] calldata claims)
        internal
        pure
        returns (bytes32 root, bytes memory packed)
    {
        uint256 n = claims.length;
        require(n != 0, RollcallCodec.NoClaims());
        require(n <= RollcallCodec.MAX_CLAIMS, RollcallCodec.TooManyClaims(n));
        bytes32[] memory leaves = new bytes32[](n);
        packed = new bytes(n * PACKED_CLAIM_SIZE);
        uint256 unordered; // 1 + index of the first claim not above the one before (0: none)
        assembly ("memory-safe") {
            let scratch := mload(0x40) // past the free memory pointer, not moved
            let prev := 0
            for { let i := 0 } lt(i, n) { i := add(i, 1) } {
                let c := add(claims.offset, shl(7, i))
                let id := calldataload(c)
                let bn := calldataload(add(c, 0x20))
                // uint64 fields with dirty high bits: malformed calldata, as the ABI decoder rejects it.
                if or(shr(64, id), shr(64, bn)) { revert(0, 0) }
                if and(iszero(unordered), and(gt(i, 0), iszero(gt(id, prev)))) { unordered := add(i, 1) }
                prev := id
                // leafHash: keccak256(0x00 ‖ the claim's four ABI words).
                mstore8(scratch, 0x00)
                calldatacopy(add(scratch, 0x01), c, 0x80)
                mstore(add(add(leaves, 0x20), shl(5, i)), keccak256(scratch, 0x81))
                // chainId ‖ blockNumber ‖ blockHash ‖ stateRoot, 80 bytes.
                let p := add(add(packed, 0x20), mul(i, 80))
                mstore(p, or(shl(192, id), shl(128, bn)))
                mstore(add(p, 0x10), calldataload(add(c, 0x40)))
                mstore(add(p, 0x30), calldataload(add(c, 0x60)))
            }
        }
        if (unordered != 0) revert RollcallCodec.ChainIdsNotAscending(unordered - 1);
        root = RollcallCodec.rootOfLeaves(leaves);
    }

    /// @notice Whether no claim's lane is NEW_LANE (the steady state).
    function _allLanesKnown(bytes calldata lanes) internal pure returns (bool known) {
        assembly ("memory-safe") {
            known := 1
            for { let i := 0 } lt(i, lanes.length) { i := add(i, 2) } {
                if eq(shr(240, calldataload(add(lanes.offset, i))), 0xffff) {
                    known := 0
                    break
                }
            }
        }
    }

    /// @notice _moveLanes when every lane is given: each must be assigned and owned by
    ///         its claim's chain.
    function _moveKnownLanes(uint32 round, RollcallCodec.Claim[] calldata claims, bytes calldata lanes) internal {
        uint256 assigned = laneCount;
        uint256 bad = type(uint256).max; // index of the first claim with a wrong lane
        assembly ("memory-safe") {
            // Which words are held: past the free memory pointer, not moved.
            let m := mload(0x40)
            mstore(m, not(0)) // index of the owners word held
            mstore(add(m, 0x20), not(0)) // index of the rounds word held
            mstore(add(m, 0x40), 0) // the rounds word's value in storage
            let chains := 0
            let rounds := 0
            let roundsKey := 0
            for { let i := 0 } lt(i, claims.length) { i := add(i, 1) } {
                let lane := shr(240, calldataload(add(lanes.offset, shl(1, i))))
                if iszero(lt(lane, assigned)) {
                    bad := i
                    break
                }
                if iszero(eq(shr(2, lane), mload(m))) {
                    mstore(m, shr(2, lane))
                    mstore(0x00, shr(2, lane))
                    mstore(0x20, _laneChains.slot)
                    chains := sload(keccak256(0x00, 0x40))
                }
                let id := calldataload(add(claims.offset, shl(7, i)))
                if iszero(eq(and(shr(shl(6, and(lane, 3)), chains), 0xffffffffffffffff), id)) {
                    bad := i
                    break
                }
                if iszero(eq(shr(3, lane), mload(add(m, 0x20)))) {
                    if iszero(eq(rounds, mload(add(m, 0x40)))) { sstore(roundsKey, rounds) }
                    mstore(add(m, 0x20), shr(3, lane))
                    mstore(0x00, shr(3, lane))
                    mstore(0x20, _laneRounds.slot)
                    roundsKey := keccak256(0x00, 0x40)
                    rounds := sload(roundsKey)
                    mstore(add(m, 0x40), rounds)
                }
                // A rollup's latest round only moves forward, whatever order rounds land in.
                let shift := shl(5, and(lane, 7))
                if lt(and(shr(shift, rounds), 0xffffffff), round) {
                    rounds := or(and(rounds, not(shl(shift, 0xffffffff))), shl(shift, round))
                }
            }
            if iszero(eq(rounds, mload(add(m, 0x40)))) { sstore(roundsKey, rounds) }
        }
        // Reverting undoes any lane written above.
        if (bad != type(uint256).max) {
            revert WrongLane(claims[bad].chainId, uint16(bytes2(lanes[2 * bad:2 * bad + 2])));
        }
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

    /// @notice Moves each claim's lane to `round` when it is newer, finding (or
    ///         assigning) the lanes given as NEW_LANE.
    function _moveLanes(uint32 round, RollcallCodec.Claim[] calldata claims, bytes calldata lanes) internal {
        LaneCache memory k = LaneCache(type(uint256).max, 0, 0, type(uint256).max, 0, laneCount);
        for (uint256 i = 0; i < claims.length; i++) {
            uint256 lane = _laneFor(k, claims[i].chainId, uint16(bytes2(lanes[2 * i:2 * i + 2])));
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
