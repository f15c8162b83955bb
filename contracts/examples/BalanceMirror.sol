// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {PeerState} from "../src/PeerState.sol";
import {RollcallCodec} from "../src/RollcallCodec.sol";

/// @title BalanceMirror
/// @notice An example consumer of rollcall on a rollup ("B"): it credits a holder of an
///         ERC-20 on another rollup ("A") with their balance there, read from A's state
///         as attested on B itself. No bridge, no message, no wait for L1: the balance
///         is proven with eth_getProof against the state root of A's block in a
///         checkpoint B's RollupRegistry accepted, through the PeerState beside it.
///
///         A credit only moves forward: a holder's credit is replaced by one proven in a
///         newer round, never by the same or an older round. Anyone may submit the
///         proofs for any holder (a relayer, the holder, a keeper): what is credited is
///         the holder's proven balance, whoever sends it, so there is no permission to
///         hold.
/// @dev Example code: it shows the calls, it is not a product. A real consumer decides
///      what a credit is worth and how fresh it must be (the attested block is emitted
///      and stored for that).
contract BalanceMirror {
    /// @notice The PeerState on this chain (beside its RollupRegistry).
    PeerState public immutable peerState;
    /// @notice The rollup holding the token (A).
    uint64 public immutable sourceChainId;
    /// @notice The ERC-20 on the source rollup.
    address public immutable sourceToken;
    /// @notice The storage slot of the token's balances mapping
    ///         (mapping(address => uint256)); 0 for OpenZeppelin's ERC20.
    uint256 public immutable balancesSlot;

    /// @notice A holder's credit: its balance on the source rollup at `blockNumber`,
    ///         proven in round `round` (0: never credited).
    struct Credit {
        uint256 balance;
        uint64 round;
        uint64 blockNumber;
    }

    mapping(address holder => Credit) internal _credits;

    /// @notice `holder` was credited `balance`, their balance of the token on the source
    ///         rollup at `blockNumber`, attested in `round` on this chain.
    event Credited(address indexed holder, uint256 balance, uint64 indexed round, uint64 blockNumber);

    /// @notice The constructor got a PeerState address without code.
    error NoPeerState();
    /// @notice The constructor got a zero chain id or token.
    error NoSource();
    /// @notice The claim is about rollup `chainId`, the token lives on `sourceChainId`.
    error WrongChain(uint64 chainId, uint64 sourceChainId);
    /// @notice `holder` was already credited in round `creditedRound`; a credit must
    ///         come from a newer round than that.
    error RoundNotNewer(address holder, uint64 round, uint64 creditedRound);

    constructor(PeerState peerState_, uint64 sourceChainId_, address sourceToken_, uint256 balancesSlot_) {
        require(address(peerState_).code.length > 0, NoPeerState());
        require(sourceChainId_ != 0 && sourceToken_ != address(0), NoSource());
        peerState = peerState_;
        sourceChainId = sourceChainId_;
        sourceToken = sourceToken_;
        balancesSlot = balancesSlot_;
    }

    /// @notice Credits `holder` with their balance of the token on the source rollup at
    ///         `claim.blockNumber`. `claim` and `claimProof` prove A's block in the
    ///         checkpoint of `round` on this chain (the claims tree rebuilt from this
    ///         chain's CheckpointAttested events); `accountProof` and `storageProof` are
    ///         eth_getProof of the token and of balanceSlotOf(holder) on A at that block.
    ///         Reverts (and changes nothing) when the claim is not A's, when `round` is
    ///         not newer than the holder's credit, or when PeerState rejects the proofs
    ///         (ClaimNotAttested, NodeHashMismatch, ...).
    function claimCredit(
        address holder,
        uint64 round,
        RollcallCodec.Claim calldata claim,
        bytes32[] calldata claimProof,
        bytes[] calldata accountProof,
        bytes[] calldata storageProof
    ) external returns (uint256 balance) {
        require(claim.chainId == sourceChainId, WrongChain(claim.chainId, sourceChainId));
        uint64 credited = _credits[holder].round;
        require(round > credited, RoundNotNewer(holder, round, credited));
        balance = _provenBalance(balanceSlotOf(holder), round, claim, claimProof, accountProof, storageProof);
        _credits[holder] = Credit({balance: balance, round: round, blockNumber: claim.blockNumber});
        emit Credited(holder, balance, round, claim.blockNumber);
    }

    /// @notice The value of the token's storage slot `slot` on the source rollup, as
    ///         PeerState proves it. A function of its own, with the proofs in
    ///         memory: the call's seven arguments do not fit the EVM stack as calldata
    ///         beside claimCredit's.
    function _provenBalance(
        bytes32 slot,
        uint64 round,
        RollcallCodec.Claim calldata claim,
        bytes32[] memory claimProof,
        bytes[] memory accountProof,
        bytes[] memory storageProof
    ) internal view returns (uint256) {
        (, bytes32 value) =
            peerState.verifyStorage(claim, round, claimProof, sourceToken, accountProof, slot, storageProof);
        // An absent slot is a zero balance (the trie stores no zeros): value is 0 then.
        return uint256(value);
    }

    /// @notice The storage slot of `holder`'s balance in the source token:
    ///         keccak256(abi.encode(holder, balancesSlot)).
    function balanceSlotOf(address holder) public view returns (bytes32) {
        return keccak256(abi.encode(holder, balancesSlot));
    }

    /// @notice `holder`'s credit (all zero: never credited).
    function creditOf(address holder) external view returns (uint256 balance, uint64 round, uint64 blockNumber) {
        Credit storage c = _credits[holder];
        return (c.balance, c.round, c.blockNumber);
    }
}
