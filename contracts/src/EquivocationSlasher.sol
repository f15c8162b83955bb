// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";
import {IBLSSignatureChecker} from "./interfaces/IBLSSignatureChecker.sol";
import {
    IEvidenceAllocationManager,
    IEvidenceApkHistory,
    IEvidenceBLSApkRegistry,
    IEvidenceIndexRegistry,
    IEvidenceRegistryCoordinator,
    IEvidenceServiceManager,
    IEvidenceStakeRegistry
} from "./interfaces/IEvidenceMiddleware.sol";
import {RollcallCodec} from "./RollcallCodec.sol";

/// @title EquivocationSlasher
/// @notice Turns evidence of rollcall's slashable fault into a slash: an operator
///         signed two conflicting claims (same chainId and blockNumber, different
///         blockHash or stateRoot). Anyone may submit; the contract is the AVS's
///         appointee for AllocationManager.slashOperator.
///
///         Each side of the evidence is a signed checkpoint (round, referenceBlock,
///         claimsRoot), one of its claims and the claim's Merkle proof. The digest is
///         RollcallCodec.checkpointDigest(L1 chain id, L1 registry, …): it binds the AVS
///         identity, not the chain the signature was delivered to, so a certificate
///         delivered to a rollup verifies here like an L1 attestation. Nothing is read
///         from the registry's storage: every signature is re-verified from the
///         evidence, against the middleware's history: at its own reference block for
///         an operator's own signature, at the side's signersBlock for an aggregate.
///
///         Forms:
///         - slashAttested: two aggregate signatures, each checked with the
///           middleware's checkSignatures. The guilty are the listed operators that
///           were in the quorum at both sides' signersBlock and are among neither
///           side's non-signers: their keys are in both signing aggregates.
///         - slashSigned: one operator's own BLS signature on each side.
///         - slashSignedAgainstAttested: the operator's own signature on one side, an
///           aggregate it is part of on the other.
///
///         Each operator is slashed once per fault, the fault being (chainId,
///         blockNumber): the same operator and block proven again, from any pair of
///         checkpoints, reverts with AlreadySlashed. docs/slashing.md is the spec.
///
///         Table fraud, piece by piece: tableQuorumFaults and tableLeafFaults compare
///         fields of an operator table for L1 block R with the middleware's history at R
///         (views for now: slashing a table's signers needs the table digest, which the
///         operator-table contracts define).
contract EquivocationSlasher {
    /// @notice What operators sign: RollcallCodec.checkpointDigest of these fields.
    struct Checkpoint {
        uint64 round;
        uint32 referenceBlock;
        bytes32 claimsRoot;
    }

    /// @notice A checkpoint, one of its claims and that claim's proof against claimsRoot.
    struct SignedClaim {
        Checkpoint checkpoint;
        RollcallCodec.Claim claim;
        bytes32[] proof;
    }

    /// @notice A claim under an aggregate signature (an attested checkpoint or a
    ///         certificate), with the non-signer data checkSignatures takes at
    ///         signersBlock. signersBlock is the block whose quorum the signature is
    ///         checked against: the checkpoint's reference block for an L1 attestation;
    ///         for a certificate delivered to a rollup it may be the block of the
    ///         operator table it was verified with, whose non-signers are then L1's at
    ///         that block. Any block is sound: the keys of the quorum at signersBlock
    ///         minus the non-signers signed the digest.
    struct AttestedClaim {
        SignedClaim signed;
        uint32 signersBlock;
        IBLSSignatureChecker.NonSignerStakesAndSignature signature;
    }

    /// @notice A claim under one operator's own signature. pubkeyG2 is the operator's G2
    ///         key; it is bound to the registered G1 key by the pairing check itself.
    ///         quorumBitmapIndex is the entry of the operator's quorum-bitmap history that
    ///         covers the reference block.
    struct OperatorSignedClaim {
        SignedClaim signed;
        IBLSSignatureChecker.G1Point sigma;
        IBLSSignatureChecker.G2Point pubkeyG2;
        uint32 quorumBitmapIndex;
    }

    /// @notice An operator accused in slashAttested, with the entries of its
    ///         quorum-bitmap history that cover side A's and side B's signersBlock.
    struct Accused {
        address operator;
        uint32 quorumBitmapIndexA;
        uint32 quorumBitmapIndexB;
    }

    /// @notice One quorum's entry of an operator table for an L1 block R.
    struct TableQuorum {
        uint8 quorumNumber;
        IBLSSignatureChecker.G1Point aggregateKey;
        uint96 totalStake;
        uint32 operatorCount;
    }

    /// @notice Entries of the middleware's histories that cover R: the BLSApkRegistry's
    ///         aggregate-key history, the StakeRegistry's total-stake history, the
    ///         IndexRegistry's operator-count history.
    struct QuorumHistoryHints {
        uint32 apkIndex;
        uint32 totalStakeIndex;
        uint32 countIndex;
    }

    /// @notice One operator leaf of a table, for one quorum.
    struct TableLeaf {
        bytes32 operatorId;
        IBLSSignatureChecker.G1Point key;
        uint96 stake;
    }

    /// @notice Entries covering R of the operator's quorum-bitmap and stake histories.
    struct LeafHistoryHints {
        uint32 bitmapIndex;
        uint32 stakeIndex;
    }

    /// @notice Which history a HistoryIndexInvalid is about.
    enum History {
        AggregateKey,
        TotalStake,
        OperatorCount,
        QuorumBitmap,
        OperatorStake
    }

    enum EvidenceForm {
        Attested,
        Signed,
        SignedAgainstAttested
    }

    /// @notice 1e18: a wad of magnitude is the whole allocation.
    uint256 public constant WAD = 1e18;
    /// @notice BN254 base field modulus.
    uint256 internal constant FP = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    /// @notice The service manager: the AVS in EigenLayer and the BLS signature checker.
    IEvidenceServiceManager public immutable serviceManager;
    IEvidenceRegistryCoordinator public immutable registryCoordinator;
    IEvidenceBLSApkRegistry public immutable blsApkRegistry;
    IEvidenceAllocationManager public immutable allocationManager;
    IEvidenceStakeRegistry public immutable stakeRegistry;
    IEvidenceIndexRegistry public immutable indexRegistry;
    /// @notice rollcall's L1 registry: with block.chainid, the AVS identity every digest binds.
    address public immutable registry;
    /// @notice The quorum whose members sign, which is also the operator set slashed.
    uint8 public immutable quorumNumber;

    address public owner;
    /// @notice Share of each strategy's allocated magnitude slashed per fault.
    uint256 public slashWad;

    mapping(address operator => mapping(uint128 fault => bool)) internal _slashed;

    /// @notice Conflicting claims were proven; `slashed` operators were slashed for it.
    ///         evidenceHash is keccak256 of the transaction's calldata.
    event EquivocationProven(
        EvidenceForm indexed form,
        uint64 indexed chainId,
        uint64 indexed blockNumber,
        Checkpoint checkpointA,
        RollcallCodec.Claim claimA,
        Checkpoint checkpointB,
        RollcallCodec.Claim claimB,
        uint256 slashed,
        bytes32 evidenceHash
    );
    /// @notice One operator slashed for signing both claims of (chainId, blockNumber).
    event OperatorSlashed(
        address indexed operator, bytes32 indexed operatorId, uint64 indexed chainId, uint64 blockNumber, uint256 wad
    );
    event SlashWadChanged(uint256 previousWad, uint256 newWad);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error NotOwner(address caller);
    error ZeroAddress();
    error InvalidWad(uint256 wad);
    /// @notice The two claims are not about the same rollup block.
    error ClaimsOnDifferentBlocks(uint64 chainIdA, uint64 blockNumberA, uint64 chainIdB, uint64 blockNumberB);
    /// @notice The two claims are equal: no conflict.
    error ClaimsDoNotConflict(uint64 chainId, uint64 blockNumber);
    /// @notice side 0 is A, 1 is B.
    error InvalidClaimProof(uint8 side);
    error ReferenceBlockNotInPast(uint8 side, uint32 referenceBlock);
    error SignersBlockNotInPast(uint8 side, uint32 signersBlock);
    /// @notice checkSignatures rejected a side; reason is its revert data.
    error AggregateSignatureInvalid(uint8 side, bytes reason);
    error OperatorSignatureInvalid(uint8 side, address operator);
    error InvalidG1Point(uint8 side);
    error InvalidG2Point(uint8 side);
    error NoOperators();
    /// @notice Accused operators must be listed by strictly ascending address.
    error OperatorsNotAscending(uint256 index);
    error UnknownOperator(address operator);
    /// @notice The operator was not in the quorum at that block (a side's signersBlock,
    ///         or an own signature's reference block), or the bitmap index given does
    ///         not cover it.
    error NotRegisteredAt(address operator, uint32 blockNumber);
    /// @notice The operator is among that side's non-signers.
    error NotASigner(address operator, uint8 side);
    error OperatorNotSlashable(address operator);
    error AlreadySlashed(address operator, uint64 chainId, uint64 blockNumber);
    /// @notice A table's reference block must be in the past.
    error TableBlockNotInPast(uint32 referenceBlock);
    /// @notice The hint does not point at the history entry that covers the block.
    error HistoryIndexInvalid(History history, uint32 index);

    modifier onlyOwner() {
        require(msg.sender == owner, NotOwner(msg.sender));
        _;
    }

    constructor(
        IEvidenceServiceManager serviceManager_,
        IEvidenceAllocationManager allocationManager_,
        address registry_,
        uint8 quorumNumber_,
        uint256 slashWad_,
        address owner_
    ) {
        require(
            address(serviceManager_) != address(0) && address(allocationManager_) != address(0)
                && registry_ != address(0) && owner_ != address(0),
            ZeroAddress()
        );
        serviceManager = serviceManager_;
        registryCoordinator = IEvidenceRegistryCoordinator(serviceManager_.registryCoordinator());
        blsApkRegistry = IEvidenceBLSApkRegistry(serviceManager_.blsApkRegistry());
        allocationManager = allocationManager_;
        stakeRegistry = IEvidenceStakeRegistry(registryCoordinator.stakeRegistry());
        indexRegistry = IEvidenceIndexRegistry(registryCoordinator.indexRegistry());
        registry = registry_;
        quorumNumber = quorumNumber_;
        _setSlashWad(slashWad_);
        owner = owner_;
        emit OwnershipTransferred(address(0), owner_);
    }

    // ----------------------------------------------------------------- evidence

    /// @notice Two aggregate signatures over conflicting claims: slashes every accused
    ///         operator, each of which must be a signer of both (in the quorum at both
    ///         sides' signersBlock, a non-signer of neither).
    function slashAttested(AttestedClaim calldata a, AttestedClaim calldata b, Accused[] calldata accused) external {
        _requireConflict(a.signed.claim, b.signed.claim);
        _verifyAttested(a, 0);
        _verifyAttested(b, 1);
        require(accused.length != 0, NoOperators());
        address[] memory operators = new address[](accused.length);
        bytes32[] memory ids = new bytes32[](accused.length);
        for (uint256 i = 0; i < accused.length; i++) {
            Accused calldata acc = accused[i];
            require(i == 0 || acc.operator > accused[i - 1].operator, OperatorsNotAscending(i));
            bytes32 id = _operatorId(acc.operator);
            _requireRegistered(acc.operator, id, a.signersBlock, acc.quorumBitmapIndexA);
            _requireRegistered(acc.operator, id, b.signersBlock, acc.quorumBitmapIndexB);
            _requireSigner(acc.operator, id, a.signature.nonSignerPubkeys, 0);
            _requireSigner(acc.operator, id, b.signature.nonSignerPubkeys, 1);
            operators[i] = acc.operator;
            ids[i] = id;
        }
        _slash(EvidenceForm.Attested, a.signed, b.signed, operators, ids);
    }

    /// @notice One operator's own signatures over two conflicting claims.
    function slashSigned(address operator, OperatorSignedClaim calldata a, OperatorSignedClaim calldata b) external {
        _requireConflict(a.signed.claim, b.signed.claim);
        bytes32 id = _verifySigned(operator, a, 0);
        _verifySigned(operator, b, 1);
        _slashOne(EvidenceForm.Signed, a.signed, b.signed, operator, id);
    }

    /// @notice One operator's own signature over a claim (side A), and an aggregate
    ///         signature it is part of over a conflicting claim (side B).
    ///         quorumBitmapIndexB covers side B's signersBlock.
    function slashSignedAgainstAttested(
        address operator,
        OperatorSignedClaim calldata a,
        AttestedClaim calldata b,
        uint32 quorumBitmapIndexB
    ) external {
        _requireConflict(a.signed.claim, b.signed.claim);
        bytes32 id = _verifySigned(operator, a, 0);
        _verifyAttested(b, 1);
        _requireRegistered(operator, id, b.signersBlock, quorumBitmapIndexB);
        _requireSigner(operator, id, b.signature.nonSignerPubkeys, 1);
        _slashOne(EvidenceForm.SignedAgainstAttested, a.signed, b.signed, operator, id);
    }

    // -------------------------------------------------------------------- views

    /// @notice The digest operators sign for a checkpoint of rollcall's registry.
    function checkpointDigest(Checkpoint calldata cp) public view returns (bytes32) {
        return RollcallCodec.checkpointDigest(block.chainid, registry, cp.round, cp.referenceBlock, cp.claimsRoot);
    }

    /// @notice Whether the operator was already slashed for the fault (chainId, blockNumber).
    function isSlashed(address operator, uint64 chainId, uint64 blockNumber) external view returns (bool) {
        return _slashed[operator][_fault(chainId, blockNumber)];
    }

    /// @notice Which of a table's per-quorum fields differ from the middleware's history
    ///         at referenceBlock: the aggregate key (against the BLSApkRegistry's key
    ///         hash), the total stake (StakeRegistry) and the operator count
    ///         (IndexRegistry). Reverts with HistoryIndexInvalid when a hint does not
    ///         cover the block, so a true result is a proof.
    function tableQuorumFaults(uint32 referenceBlock, TableQuorum calldata q, QuorumHistoryHints calldata hints)
        external
        view
        returns (bool keyWrong, bool stakeWrong, bool countWrong)
    {
        require(referenceBlock < block.number, TableBlockNotInPast(referenceBlock));
        bytes24 apkHash;
        try IEvidenceApkHistory(address(blsApkRegistry)).getApkHashAtBlockNumberAndIndex(
            q.quorumNumber, referenceBlock, hints.apkIndex
        ) returns (bytes24 h) {
            apkHash = h;
        } catch {
            revert HistoryIndexInvalid(History.AggregateKey, hints.apkIndex);
        }
        keyWrong = bytes24(keccak256(abi.encodePacked(q.aggregateKey.X, q.aggregateKey.Y))) != apkHash;

        uint96 total;
        try stakeRegistry.getTotalStakeAtBlockNumberFromIndex(q.quorumNumber, referenceBlock, hints.totalStakeIndex)
        returns (uint96 t) {
            total = t;
        } catch {
            revert HistoryIndexInvalid(History.TotalStake, hints.totalStakeIndex);
        }
        stakeWrong = total != q.totalStake;

        countWrong = _operatorCountAt(q.quorumNumber, referenceBlock, hints.countIndex) != q.operatorCount;
    }

    /// @notice Which of a table leaf's fields differ from the middleware's history at
    ///         referenceBlock for quorumNumber: the operator was not in the quorum (or
    ///         no operator has that id), its key does not hash to its id, or its stake
    ///         differs. Reverts with HistoryIndexInvalid on a wrong hint.
    function tableLeafFaults(
        uint32 referenceBlock,
        uint8 quorum,
        TableLeaf calldata leaf,
        LeafHistoryHints calldata hints
    ) external view returns (bool notMember, bool keyWrong, bool stakeWrong) {
        require(referenceBlock < block.number, TableBlockNotInPast(referenceBlock));
        keyWrong = keccak256(abi.encodePacked(leaf.key.X, leaf.key.Y)) != leaf.operatorId;
        if (IEvidenceApkHistory(address(blsApkRegistry)).getOperatorFromPubkeyHash(leaf.operatorId) == address(0)) {
            return (true, keyWrong, false);
        }
        IEvidenceRegistryCoordinator.QuorumBitmapUpdate memory u;
        try registryCoordinator.getQuorumBitmapUpdateByIndex(leaf.operatorId, hints.bitmapIndex) returns (
            IEvidenceRegistryCoordinator.QuorumBitmapUpdate memory x
        ) {
            u = x;
        } catch {
            revert HistoryIndexInvalid(History.QuorumBitmap, hints.bitmapIndex);
        }
        if (hints.bitmapIndex == 0 && u.updateBlockNumber > referenceBlock) {
            return (true, keyWrong, false); // registered after R
        }
        require(
            u.updateBlockNumber <= referenceBlock
                && (u.nextUpdateBlockNumber == 0 || u.nextUpdateBlockNumber > referenceBlock),
            HistoryIndexInvalid(History.QuorumBitmap, hints.bitmapIndex)
        );
        if ((u.quorumBitmap >> quorum) & 1 == 0) return (true, keyWrong, false);
        try stakeRegistry.getStakeAtBlockNumberAndIndex(quorum, referenceBlock, leaf.operatorId, hints.stakeIndex)
        returns (uint96 stake) {
            stakeWrong = stake != leaf.stake;
        } catch {
            revert HistoryIndexInvalid(History.OperatorStake, hints.stakeIndex);
        }
    }

    // -------------------------------------------------------------------- owner

    /// @notice Sets the share of magnitude slashed per fault (1..1e18).
    function setSlashWad(uint256 wad) external onlyOwner {
        _setSlashWad(wad);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), ZeroAddress());
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    // ----------------------------------------------------------------- internal

    function _setSlashWad(uint256 wad) internal {
        require(wad != 0 && wad <= WAD, InvalidWad(wad));
        emit SlashWadChanged(slashWad, wad);
        slashWad = wad;
    }

    function _fault(uint64 chainId, uint64 blockNumber) internal pure returns (uint128) {
        return (uint128(chainId) << 64) | uint128(blockNumber);
    }

    function _requireConflict(RollcallCodec.Claim calldata a, RollcallCodec.Claim calldata b) internal pure {
        require(
            a.chainId == b.chainId && a.blockNumber == b.blockNumber,
            ClaimsOnDifferentBlocks(a.chainId, a.blockNumber, b.chainId, b.blockNumber)
        );
        require(a.blockHash != b.blockHash || a.stateRoot != b.stateRoot, ClaimsDoNotConflict(a.chainId, a.blockNumber));
    }

    /// @dev Checks the claim's proof and the reference block; returns the digest.
    function _signedDigest(SignedClaim calldata s, uint8 side) internal view returns (bytes32) {
        require(RollcallCodec.verifyProof(s.checkpoint.claimsRoot, s.claim, s.proof), InvalidClaimProof(side));
        require(
            s.checkpoint.referenceBlock < block.number, ReferenceBlockNotInPast(side, s.checkpoint.referenceBlock)
        );
        return checkpointDigest(s.checkpoint);
    }

    function _verifyAttested(AttestedClaim calldata a, uint8 side) internal view {
        bytes32 digest = _signedDigest(a.signed, side);
        require(a.signersBlock < block.number, SignersBlockNotInPast(side, a.signersBlock));
        _requireG1(a.signature.sigma, side);
        try serviceManager.checkSignatures(digest, abi.encodePacked(quorumNumber), a.signersBlock, a.signature) returns (IBLSSignatureChecker.QuorumStakeTotals memory, bytes32) {}
        catch (bytes memory reason) {
            revert AggregateSignatureInvalid(side, reason);
        }
    }

    /// @dev Verifies the operator's own signature with its registered G1 key and the
    ///      given G2 key, and that it was in the quorum at the reference block.
    function _verifySigned(address operator, OperatorSignedClaim calldata s, uint8 side)
        internal
        view
        returns (bytes32 id)
    {
        bytes32 digest = _signedDigest(s.signed, side);
        _requireG1(s.sigma, side);
        _requireG2(s.pubkeyG2, side);
        IBLSSignatureChecker.G1Point memory pk;
        try blsApkRegistry.getRegisteredPubkey(operator) returns (IBLSSignatureChecker.G1Point memory key, bytes32 h) {
            (pk, id) = (key, h);
        } catch {
            revert UnknownOperator(operator);
        }
        bool ok;
        try serviceManager.trySignatureAndApkVerification(digest, pk, s.pubkeyG2, s.sigma) returns (
            bool pairingOk, bool valid
        ) {
            ok = pairingOk && valid;
        } catch {}
        require(ok, OperatorSignatureInvalid(side, operator));
        _requireRegistered(operator, id, s.signed.checkpoint.referenceBlock, s.quorumBitmapIndex);
    }

    function _operatorId(address operator) internal view returns (bytes32 id) {
        id = registryCoordinator.getOperatorId(operator);
        require(id != bytes32(0), UnknownOperator(operator));
    }

    function _requireRegistered(address operator, bytes32 id, uint32 referenceBlock, uint32 index) internal view {
        uint192 bitmap;
        try registryCoordinator.getQuorumBitmapAtBlockNumberByIndex(id, referenceBlock, index) returns (uint192 b) {
            bitmap = b;
        } catch {
            revert NotRegisteredAt(operator, referenceBlock);
        }
        require((bitmap >> quorumNumber) & 1 == 1, NotRegisteredAt(operator, referenceBlock));
    }

    /// @dev The operator's key is in the side's signing aggregate unless it is among
    ///      the non-signers, which checkSignatures has required to be strictly
    ///      ascending by key hash: a binary search finds it.
    function _requireSigner(
        address operator,
        bytes32 id,
        IBLSSignatureChecker.G1Point[] calldata nonSigners,
        uint8 side
    ) internal pure {
        uint256 lo = 0;
        uint256 hi = nonSigners.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            bytes32 h = keccak256(abi.encodePacked(nonSigners[mid].X, nonSigners[mid].Y));
            require(h != id, NotASigner(operator, side));
            if (uint256(h) < uint256(id)) lo = mid + 1;
            else hi = mid;
        }
    }

    /// @dev An affine G1 point on y² = x³ + 3, coordinates reduced, not the point at infinity.
    function _requireG1(IBLSSignatureChecker.G1Point calldata p, uint8 side) internal pure {
        uint256 x = p.X;
        uint256 y = p.Y;
        require(x < FP && y < FP && (x | y) != 0, InvalidG1Point(side));
        require(mulmod(y, y, FP) == addmod(mulmod(mulmod(x, x, FP), x, FP), 3, FP), InvalidG1Point(side));
    }

    /// @dev Reduced coordinates, not the point at infinity. The pairing precompile
    ///      checks the curve and the subgroup (EIP-197) and fails otherwise.
    function _requireG2(IBLSSignatureChecker.G2Point calldata p, uint8 side) internal pure {
        require(p.X[0] < FP && p.X[1] < FP && p.Y[0] < FP && p.Y[1] < FP, InvalidG2Point(side));
        require((p.X[0] | p.X[1] | p.Y[0] | p.Y[1]) != 0, InvalidG2Point(side));
    }

    function _slashOne(
        EvidenceForm form,
        SignedClaim calldata a,
        SignedClaim calldata b,
        address operator,
        bytes32 id
    ) internal {
        address[] memory operators = new address[](1);
        bytes32[] memory ids = new bytes32[](1);
        operators[0] = operator;
        ids[0] = id;
        _slash(form, a, b, operators, ids);
    }

    /// @dev Checks every operator is slashable and not yet slashed for the fault, then
    ///      records and slashes them all.
    function _slash(
        EvidenceForm form,
        SignedClaim calldata a,
        SignedClaim calldata b,
        address[] memory operators,
        bytes32[] memory ids
    ) internal {
        uint64 chainId = a.claim.chainId;
        uint64 blockNumber = a.claim.blockNumber;
        uint128 fault = _fault(chainId, blockNumber);
        IEvidenceAllocationManager.OperatorSet memory set =
            IEvidenceAllocationManager.OperatorSet({avs: address(serviceManager), id: uint32(quorumNumber)});
        for (uint256 i = 0; i < operators.length; i++) {
            require(!_slashed[operators[i]][fault], AlreadySlashed(operators[i], chainId, blockNumber));
            require(allocationManager.isOperatorSlashable(operators[i], set), OperatorNotSlashable(operators[i]));
        }

        IEvidenceAllocationManager.SlashingParams memory params;
        params.operatorSetId = set.id;
        params.strategies = _sorted(allocationManager.getStrategiesInOperatorSet(set));
        params.wadsToSlash = new uint256[](params.strategies.length);
        uint256 wad = slashWad;
        for (uint256 i = 0; i < params.wadsToSlash.length; i++) {
            params.wadsToSlash[i] = wad;
        }
        params.description = string.concat(
            "rollcall equivocation: chain ", Strings.toString(chainId), " block ", Strings.toString(blockNumber)
        );
        for (uint256 i = 0; i < operators.length; i++) {
            _slashed[operators[i]][fault] = true;
            params.operator = operators[i];
            allocationManager.slashOperator(address(serviceManager), params);
            emit OperatorSlashed(operators[i], ids[i], chainId, blockNumber, wad);
        }
        emit EquivocationProven(
            form, chainId, blockNumber, a.checkpoint, a.claim, b.checkpoint, b.claim, operators.length, keccak256(msg.data)
        );
    }

    /// @dev The IndexRegistry's count history entry `index` must be the newest at or
    ///      before `blockNumber`: it starts at or before it, and the next one (if any)
    ///      after it.
    function _operatorCountAt(uint8 quorum, uint32 blockNumber, uint32 index) internal view returns (uint32) {
        IEvidenceIndexRegistry.QuorumUpdate memory u;
        try indexRegistry.getQuorumUpdateAtIndex(quorum, index) returns (IEvidenceIndexRegistry.QuorumUpdate memory x) {
            u = x;
        } catch {
            revert HistoryIndexInvalid(History.OperatorCount, index);
        }
        require(u.fromBlockNumber <= blockNumber, HistoryIndexInvalid(History.OperatorCount, index));
        // The newest entry has no successor; entries start at distinct blocks. (Not a
        // try/catch on index + 1: a call starved of gas would pass for "no successor".)
        if (indexRegistry.getLatestQuorumUpdate(quorum).fromBlockNumber != u.fromBlockNumber) {
            IEvidenceIndexRegistry.QuorumUpdate memory next = indexRegistry.getQuorumUpdateAtIndex(quorum, index + 1);
            require(next.fromBlockNumber > blockNumber, HistoryIndexInvalid(History.OperatorCount, index));
        }
        return u.numOperators;
    }

    /// @dev The AllocationManager wants strategies in ascending order; an operator set
    ///      holds a handful, so insertion sort.
    function _sorted(address[] memory xs) internal pure returns (address[] memory) {
        for (uint256 i = 1; i < xs.length; i++) {
            address x = xs[i];
            uint256 j = i;
            while (j > 0 && xs[j - 1] > x) {
                xs[j] = xs[j - 1];
                j--;
            }
            xs[j] = x;
        }
        return xs;
    }
}
