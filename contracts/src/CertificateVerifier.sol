// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "./BN254.sol";
import {OperatorTable} from "./OperatorTable.sol";
import {ICertificateVerifier} from "./interfaces/ICertificateVerifier.sol";

/// @title CertificateVerifier
/// @notice Verifies rollcall certificates on any EVM chain against an operator table
///         that rollcall's own restaked quorum moves forward.
///
///         The chain starts from a genesis table written at deployment. `updateTable`
///         replaces the current table with a newer one when the quorum of the current
///         table certified it (a certificate over the new table's digest meeting the
///         threshold). The replaced table stays usable for `graceWindow` seconds, for
///         messages whose reference block it covers. A table whose L1 timestamp is
///         more than `maxStaleness` seconds old verifies nothing and cannot certify a
///         successor: `maxStaleness` sits well inside EigenLayer's deallocation
///         delay, so whoever signed under a live table is still slashable on L1.
///         A chain whose table went stale recovers only through `resetTable`, the
///         owner's trusted escape hatch (docs/operator-table.md).
///
///         Tables are stored packed (two words plus three per quorum) so that a
///         verification reads few slots; non-signers are proven in calldata with one
///         Merkle multiproof.
contract CertificateVerifier is ICertificateVerifier {
    /// @dev A quorum as stored: three slots.
    struct StoredQuorum {
        uint256 apkX;
        uint256 apkY;
        uint8 quorumNumber;
        uint96 totalStake;
        uint32 operatorCount;
    }

    /// @dev A table as stored: slot 0 packs the header, slot 1 the root.
    struct StoredTable {
        uint32 referenceBlock;
        uint64 l1Timestamp;
        uint32 operatorCount;
        uint8 quorumCount;
        /// block.timestamp at which the table was replaced; 0 while it is current or
        /// after a reset (then it is not usable as the previous table).
        uint64 replacedAt;
        bytes32 operatorsRoot;
        StoredQuorum[16] quorums;
    }

    /// @notice Basis points: 10000 = 100%.
    uint16 public constant BIPS = 10_000;

    /// @inheritdoc ICertificateVerifier
    uint256 public immutable l1ChainId;
    /// @inheritdoc ICertificateVerifier
    address public immutable l1Registry;

    // One slot: owner (20 bytes), thresholdBips (2), maxStaleness (4), graceWindow (4),
    // current (1), read together by every verification.
    /// @notice Who may change the parameters and reset the table.
    address public owner;
    /// @notice Share of each quorum's stake that must sign, in basis points.
    uint16 public thresholdBips;
    /// @notice Seconds after its L1 timestamp at which a table stops verifying.
    uint32 public maxStaleness;
    /// @notice Seconds a replaced table stays usable.
    uint32 public graceWindow;
    uint8 internal _current;

    StoredTable[2] internal _tables;

    event TableUpdated(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot);
    /// @notice The owner replaced the table without a certificate (the escape hatch).
    event TableReset(uint32 indexed referenceBlock, uint64 l1Timestamp, bytes32 digest, bytes32 operatorsRoot);
    event ThresholdChanged(uint16 previousBips, uint16 newBips);
    event MaxStalenessChanged(uint32 previousSeconds, uint32 newSeconds);
    event GraceWindowChanged(uint32 previousSeconds, uint32 newSeconds);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner(address caller);
    error ZeroOwner();
    error InvalidThreshold(uint16 bips);
    error InvalidMaxStaleness(uint32 maxStaleness);
    error InvalidGraceWindow(uint32 graceWindow, uint32 maxStaleness);
    /// @notice No table held covers `referenceBlock` (the current one is newer, the
    ///         previous one is newer too, gone or past its grace window).
    error NoTableForReferenceBlock(uint32 referenceBlock, uint32 currentReferenceBlock);
    /// @notice The table is older than maxStaleness allows.
    error StaleTable(uint32 referenceBlock, uint64 l1Timestamp, uint32 maxStaleness);
    error TableNotNewer(uint32 referenceBlock, uint32 currentReferenceBlock);
    error TableTimestampNotNewer(uint64 l1Timestamp, uint64 currentL1Timestamp);
    error TooManyNonSigners(uint256 count, uint256 operatorCount);
    error ProofTooLong(uint256 length);
    /// @notice The aggregate signature is not a valid G1 point (off the curve or infinity).
    error InvalidSignaturePoint();
    /// @notice The signers' G2 key is infinity, off the curve or outside the G2 subgroup.
    error InvalidG2Point();
    error StakesLengthMismatch(uint256 nonSigner);
    error InvalidNonSignerKey(uint256 nonSigner);
    /// @notice Non-signer ids must be strictly ascending (sorted, no duplicates).
    error NonSignersNotAscending(uint256 nonSigner);
    /// @notice Non-signer indices must be strictly ascending and inside the table.
    error InvalidNonSignerIndex(uint256 nonSigner);
    error NonSignerStakeExceedsTotal(uint256 nonSigner);
    /// @notice A non-signer's stake is not a clean uint96 word.
    error InvalidNonSignerStake(uint256 nonSigner);
    /// @notice The non-signer witnesses do not prove leaves of the table.
    error InvalidNonSignerProof();
    error InsufficientStake(uint8 quorumNumber, uint96 signed, uint96 total, uint16 thresholdBips);
    error InvalidSignature();
    /// @notice A genesis table without operators must be empty in every field.
    error InvalidEmptyTable();

    modifier onlyOwner() {
        require(msg.sender == owner, NotOwner(msg.sender));
        _;
    }

    constructor(
        uint256 l1ChainId_,
        address l1Registry_,
        OperatorTable.Table memory genesis,
        uint16 thresholdBips_,
        uint32 maxStaleness_,
        uint32 graceWindow_,
        address owner_
    ) {
        require(owner_ != address(0), ZeroOwner());
        l1ChainId = l1ChainId_;
        l1Registry = l1Registry_;
        owner = owner_;
        emit OwnershipTransferred(address(0), owner_);
        _setThreshold(thresholdBips_);
        _setMaxStaleness(maxStaleness_);
        _setGraceWindow(graceWindow_);
        // An empty genesis (no operator registered yet, as on a fresh deployment)
        // is allowed: it verifies nothing and certifies no successor, so the chain
        // starts only once the owner resets it to a real table (the bootstrap).
        if (genesis.operatorCount == 0) _requireEmpty(genesis);
        else OperatorTable.validate(genesis);
        _store(_tables[0], genesis);
        emit TableReset(genesis.referenceBlock, genesis.l1Timestamp, tableDigest(genesis), genesis.operatorsRoot);
    }

    // ---- verification ------------------------------------------------------------

    /// @inheritdoc ICertificateVerifier
    function verifyCertificate(bytes32 digest, uint32 referenceBlock, Certificate calldata cert)
        external
        view
        returns (uint96[] memory signedStake, uint96[] memory totalStake)
    {
        StoredTable storage t = _tableFor(referenceBlock);
        _requireFresh(t);
        return _verify(t, digest, cert);
    }

    /// @notice Moves the chain to `newTable`, certified by the quorum of the current
    ///         table: `cert` over tableDigest(newTable) must meet the threshold of the
    ///         current table, which must not be stale, and newTable must be newer.
    function updateTable(OperatorTable.Table calldata newTable, Certificate calldata cert) external {
        OperatorTable.validate(newTable);
        uint8 cur = _current;
        StoredTable storage current = _tables[cur];
        require(
            newTable.referenceBlock > current.referenceBlock,
            TableNotNewer(newTable.referenceBlock, current.referenceBlock)
        );
        require(
            newTable.l1Timestamp >= current.l1Timestamp,
            TableTimestampNotNewer(newTable.l1Timestamp, current.l1Timestamp)
        );
        _requireFresh(current);
        bytes32 digest = tableDigest(newTable);
        _verify(current, digest, cert);

        current.replacedAt = uint64(block.timestamp);
        _store(_tables[1 - cur], newTable);
        _current = 1 - cur;
        emit TableUpdated(newTable.referenceBlock, newTable.l1Timestamp, digest, newTable.operatorsRoot);
    }

    /// @notice The digest operators sign to certify `table` for this verifier's AVS.
    function tableDigest(OperatorTable.Table memory table) public view returns (bytes32) {
        return OperatorTable.tableDigest(l1ChainId, l1Registry, table);
    }

    // ---- views ---------------------------------------------------------------------

    /// @notice The current table.
    function currentTable() external view returns (OperatorTable.Table memory) {
        return _load(_tables[_current]);
    }

    /// @notice The previous table, when the chain holds one (`held`), and until when it
    ///         stays usable.
    function previousTable() external view returns (OperatorTable.Table memory table, bool held, uint64 usableUntil) {
        StoredTable storage t = _tables[1 - _current];
        held = t.replacedAt != 0;
        if (held) {
            table = _load(t);
            usableUntil = t.replacedAt + graceWindow;
        }
    }

    // ---- owner -----------------------------------------------------------------------

    function setThresholdBips(uint16 bips) external onlyOwner {
        _setThreshold(bips);
    }

    /// @notice Never below the grace window.
    function setMaxStaleness(uint32 seconds_) external onlyOwner {
        require(seconds_ != 0, InvalidMaxStaleness(seconds_));
        require(graceWindow <= seconds_, InvalidGraceWindow(graceWindow, seconds_));
        _setMaxStaleness(seconds_);
    }

    function setGraceWindow(uint32 seconds_) external onlyOwner {
        _setGraceWindow(seconds_);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), ZeroOwner());
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @notice THE TRUSTED ESCAPE HATCH. Replaces the table without a certificate and
    ///         drops the previous one. Meant for a chain whose table went stale (no
    ///         certified update arrived within maxStaleness, so none can be accepted any
    ///         more) or was forged: the owner writes a table computed from L1 (`rollcall`
    ///         computes the same one every operator would sign). Whoever holds the owner
    ///         key can make this verifier accept anything; on production chains it
    ///         should be a multisig or timelock.
    function resetTable(OperatorTable.Table calldata table) external onlyOwner {
        OperatorTable.validate(table);
        uint8 cur = _current;
        _tables[1 - cur].replacedAt = 0;
        _store(_tables[cur], table);
        emit TableReset(table.referenceBlock, table.l1Timestamp, tableDigest(table), table.operatorsRoot);
    }

    // ---- internals ---------------------------------------------------------------------

    /// @dev An empty table: 1..16 quorums strictly ascending, each with no key, stake or
    ///      member, and no operators root. Every verification against it fails with
    ///      InsufficientStake (its signed stake is zero).
    function _requireEmpty(OperatorTable.Table memory t) internal pure {
        uint256 nq = t.quorums.length;
        require(nq != 0 && nq <= OperatorTable.MAX_QUORUMS && t.operatorsRoot == bytes32(0), InvalidEmptyTable());
        for (uint256 i = 0; i < nq; i++) {
            OperatorTable.Quorum memory q = t.quorums[i];
            require(
                (i == 0 || q.quorumNumber > t.quorums[i - 1].quorumNumber) && q.apk.X == 0 && q.apk.Y == 0
                    && q.totalStake == 0 && q.operatorCount == 0,
                InvalidEmptyTable()
            );
        }
    }

    function _tableFor(uint32 referenceBlock) internal view returns (StoredTable storage) {
        uint8 cur = _current;
        StoredTable storage t = _tables[cur];
        uint32 currentRef = t.referenceBlock;
        if (currentRef <= referenceBlock) return t;
        StoredTable storage prev = _tables[1 - cur];
        uint64 replacedAt = prev.replacedAt;
        require(
            replacedAt != 0 && prev.referenceBlock <= referenceBlock && block.timestamp <= replacedAt + graceWindow,
            NoTableForReferenceBlock(referenceBlock, currentRef)
        );
        return prev;
    }

    function _requireFresh(StoredTable storage t) internal view {
        uint64 ts = t.l1Timestamp;
        uint32 staleness = maxStaleness;
        require(block.timestamp <= uint256(ts) + staleness, StaleTable(t.referenceBlock, ts, staleness));
    }

    function _verify(StoredTable storage t, bytes32 digest, Certificate calldata cert)
        internal
        view
        returns (uint96[] memory signed, uint96[] memory total)
    {
        uint256 nq = t.quorumCount;
        uint256 nOps = t.operatorCount;
        uint256 nNon = cert.nonSigners.length;
        require(nNon <= nOps, TooManyNonSigners(nNon, nOps));
        require(cert.proof.length <= OperatorTable.MAX_MULTIPROOF_LENGTH, ProofTooLong(cert.proof.length));
        require(BN254.isValidG1(cert.sigma.X, cert.sigma.Y), InvalidSignaturePoint());
        require(
            (cert.apkG2.X[0] | cert.apkG2.X[1] | cert.apkG2.Y[0] | cert.apkG2.Y[1]) != 0, InvalidG2Point()
        );

        signed = new uint96[](nq);
        total = new uint96[](nq);
        BN254.G1Point memory apk;
        for (uint256 q = 0; q < nq; q++) {
            StoredQuorum storage sq = t.quorums[q];
            uint96 stake = sq.totalStake;
            signed[q] = stake;
            total[q] = stake;
            BN254.G1Point memory qApk = BN254.G1Point(sq.apkX, sq.apkY);
            apk = q == 0 ? qApk : BN254.add(apk, qApk);
        }

        if (nNon != 0) apk = _subtractNonSigners(t.operatorsRoot, nOps, cert, signed, apk);

        uint16 bips = thresholdBips;
        for (uint256 q = 0; q < nq; q++) {
            require(
                signed[q] != 0 && uint256(signed[q]) * BIPS >= uint256(total[q]) * bips,
                InsufficientStake(t.quorums[q].quorumNumber, signed[q], total[q], bips)
            );
        }

        _checkSignature(digest, apk, cert);
    }

    /// @dev Checks the non-signer witnesses (ids strictly ascending, indices strictly
    ///      ascending inside the table, keys on the curve, one multiproof against the
    ///      table's root) and subtracts each from the signed stake and, once per quorum
    ///      it has stake in, from the aggregate key.
    function _subtractNonSigners(
        bytes32 root,
        uint256 nOps,
        Certificate calldata cert,
        uint96[] memory signed,
        BN254.G1Point memory apk
    ) internal view returns (BN254.G1Point memory) {
        uint256 nNon = cert.nonSigners.length;
        uint256[] memory pos = new uint256[](nNon);
        bytes32[] memory hashes = new bytes32[](nNon);
        bytes32 prevId;
        for (uint256 i = 0; i < nNon; i++) {
            (bytes32 id, bytes32 leaf, uint256 index) = _subtractNonSigner(cert.nonSigners[i], i, signed, apk);
            require(i == 0 || id > prevId, NonSignersNotAscending(i));
            prevId = id;
            hashes[i] = leaf;
            require(index < nOps && (i == 0 || index > pos[i - 1]), InvalidNonSignerIndex(i));
            pos[i] = index;
        }
        require(OperatorTable.verifyMultiProof(root, nOps, pos, hashes, cert.proof), InvalidNonSignerProof());
        return apk;
    }

    /// @dev One non-signer, read straight from calldata (Solidity's checked access to
    ///      nested calldata arrays costs more than the rest of the witness): checks its
    ///      encoding and key, derives its id, hashes its leaf exactly as
    ///      OperatorTable.leafHash does, and subtracts it from `signed` and `apk`.
    function _subtractNonSigner(NonSigner calldata ns, uint256 i, uint96[] memory signed, BN254.G1Point memory apk)
        internal
        view
        returns (bytes32 id, bytes32 leaf, uint256 index)
    {
        uint256 nq = signed.length;
        uint256 x;
        uint256 y;
        uint256 stakes;
        uint256 stakesLength;
        assembly ("memory-safe") {
            index := calldataload(ns)
            x := calldataload(add(ns, 0x20))
            y := calldataload(add(ns, 0x40))
            // The stakes' offset is relative to the start of the struct.
            stakes := add(ns, calldataload(add(ns, 0x60)))
            stakesLength := calldataload(stakes)
            stakes := add(stakes, 0x20)
        }
        require(index <= type(uint32).max, InvalidNonSignerIndex(i));
        require(stakesLength == nq && stakes + nq * 0x20 <= msg.data.length, StakesLengthMismatch(i));
        require(BN254.isValidG1(x, y), InvalidNonSignerKey(i));
        bool dirty;
        assembly ("memory-safe") {
            mstore(0x00, x)
            mstore(0x20, y)
            id := keccak256(0x00, 0x40)
            // Scratch space past the free memory pointer; the pointer is not moved.
            let ptr := mload(0x40)
            mstore8(ptr, 0x02) // OperatorTable.LEAF_PREFIX
            mstore(add(ptr, 0x01), id)
            mstore(add(ptr, 0x21), x)
            mstore(add(ptr, 0x41), y)
            for { let q := 0 } lt(q, nq) { q := add(q, 1) } {
                let st := calldataload(add(stakes, shl(5, q)))
                dirty := or(dirty, shr(96, st))
                mstore(add(add(ptr, 0x61), shl(5, q)), st)
            }
            leaf := keccak256(ptr, add(0x61, shl(5, nq)))
        }
        require(!dirty, InvalidNonSignerStake(i));
        uint256 negY = BN254.P - y;
        for (uint256 q = 0; q < nq; q++) {
            uint96 st;
            assembly ("memory-safe") {
                st := calldataload(add(stakes, shl(5, q)))
            }
            if (st == 0) continue;
            require(st <= signed[q], NonSignerStakeExceedsTotal(i));
            unchecked {
                signed[q] -= st;
            }
            BN254.addAssign(apk, x, negY);
        }
    }

    /// @dev e(σ + γ·apk, −g₂) · e(H(m) + γ·g₁, apkG2) = 1, with γ binding every input
    ///      (as the middleware's BLSSignatureChecker).
    function _checkSignature(bytes32 digest, BN254.G1Point memory apk, Certificate calldata cert) internal view {
        BN254.G1Point memory sigma = BN254.G1Point(cert.sigma.X, cert.sigma.Y);
        BN254.G2Point memory apkG2 = cert.apkG2;
        uint256 gamma = uint256(
            keccak256(
                abi.encodePacked(
                    digest, apk.X, apk.Y, apkG2.X[0], apkG2.X[1], apkG2.Y[0], apkG2.Y[1], sigma.X, sigma.Y
                )
            )
        ) % BN254.R;
        (bool callOk, bool equal) = BN254.pairingNegG2(
            BN254.add(sigma, BN254.mul(apk, gamma)),
            BN254.add(BN254.hashToG1(digest), BN254.mul(BN254.generatorG1(), gamma)),
            apkG2
        );
        require(callOk, InvalidG2Point());
        require(equal, InvalidSignature());
    }

    function _store(StoredTable storage s, OperatorTable.Table memory t) internal {
        uint256 nq = t.quorums.length;
        s.referenceBlock = t.referenceBlock;
        s.l1Timestamp = t.l1Timestamp;
        s.operatorCount = t.operatorCount;
        s.quorumCount = uint8(nq);
        s.replacedAt = 0;
        s.operatorsRoot = t.operatorsRoot;
        for (uint256 i = 0; i < nq; i++) {
            OperatorTable.Quorum memory q = t.quorums[i];
            s.quorums[i] = StoredQuorum({
                apkX: q.apk.X,
                apkY: q.apk.Y,
                quorumNumber: q.quorumNumber,
                totalStake: q.totalStake,
                operatorCount: q.operatorCount
            });
        }
    }

    function _load(StoredTable storage s) internal view returns (OperatorTable.Table memory t) {
        uint256 nq = s.quorumCount;
        t.referenceBlock = s.referenceBlock;
        t.l1Timestamp = s.l1Timestamp;
        t.operatorCount = s.operatorCount;
        t.operatorsRoot = s.operatorsRoot;
        t.quorums = new OperatorTable.Quorum[](nq);
        for (uint256 i = 0; i < nq; i++) {
            StoredQuorum storage q = s.quorums[i];
            t.quorums[i] = OperatorTable.Quorum({
                quorumNumber: q.quorumNumber,
                apk: BN254.G1Point(q.apkX, q.apkY),
                totalStake: q.totalStake,
                operatorCount: q.operatorCount
            });
        }
    }

    function _setThreshold(uint16 bips) internal {
        require(bips != 0 && bips <= BIPS, InvalidThreshold(bips));
        emit ThresholdChanged(thresholdBips, bips);
        thresholdBips = bips;
    }

    function _setMaxStaleness(uint32 seconds_) internal {
        require(seconds_ != 0, InvalidMaxStaleness(seconds_));
        emit MaxStalenessChanged(maxStaleness, seconds_);
        maxStaleness = seconds_;
    }

    function _setGraceWindow(uint32 seconds_) internal {
        require(seconds_ <= maxStaleness, InvalidGraceWindow(seconds_, maxStaleness));
        emit GraceWindowChanged(graceWindow, seconds_);
        graceWindow = seconds_;
    }
}
