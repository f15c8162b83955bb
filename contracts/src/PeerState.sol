// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {MerklePatricia} from "./MerklePatricia.sol";
import {RollcallCodec} from "./RollcallCodec.sol";
import {CheckpointRegistry} from "./CheckpointRegistry.sol";

/// @title PeerState
/// @notice Verifies an account or a storage value of a peer rollup against the state
///         root that rollcall's operators attested on L1. The claim (chain id, block,
///         block hash, state root) must be part of a checkpoint the RollcallRegistry
///         (on L1, or a registry on a rollup) accepted; the account and storage proofs are the ones eth_getProof (EIP-1186)
///         returns for that block. Stateless: every function is a view, so any
///         contract can call it, and anyone can call it off chain with eth_call.
///         A value proven here is as trustworthy as the stake quorum that attested the
///         state root: see docs/peer-state.md.
contract PeerState {
    /// @notice The registry holding the attested checkpoints.
    CheckpointRegistry public immutable registry;

    /// @notice The claim is not part of round `round`'s attested checkpoint (or the
    ///         round was never attested, or the claim proof is wrong).
    error ClaimNotAttested(uint64 chainId, uint64 blockNumber, uint64 round);
    /// @notice The claim is not rollup `chainId`'s latest attested claim (or the
    ///         claim proof is wrong).
    error NotLatestClaim(uint64 chainId, uint64 blockNumber);

    constructor(CheckpointRegistry registry_) {
        registry = registry_;
    }

    /// @notice The account `account` of the rollup in the attested `claim`, at
    ///         `claim.blockNumber`. `claimProof` proves the claim in round `round`
    ///         (RollcallRegistry.verifyClaim); `accountProof` is eth_getProof's
    ///         accountProof at that block. An absent account is (false, 0, 0, 0, 0).
    function verifyAccount(
        RollcallCodec.Claim calldata claim,
        uint64 round,
        bytes32[] calldata claimProof,
        address account,
        bytes[] calldata accountProof
    ) external view returns (bool exists, uint256 nonce, uint256 balance, bytes32 storageRoot, bytes32 codeHash) {
        _requireAttested(claim, round, claimProof);
        MerklePatricia.Account memory acc;
        (exists, acc) = MerklePatricia.verifyAccount(claim.stateRoot, account, accountProof);
        return (exists, acc.nonce, acc.balance, acc.storageRoot, acc.codeHash);
    }

    /// @notice The value of storage slot `slot` of `account` in the attested `claim`,
    ///         left-padded to 32 bytes. `storageProof` is eth_getProof's proof of that
    ///         slot at the claim's block. A zero (absent) slot, or any slot of an absent
    ///         account (whose storage proof is empty), is (false, 0).
    function verifyStorage(
        RollcallCodec.Claim calldata claim,
        uint64 round,
        bytes32[] calldata claimProof,
        address account,
        bytes[] calldata accountProof,
        bytes32 slot,
        bytes[] calldata storageProof
    ) external view returns (bool exists, bytes32 value) {
        _requireAttested(claim, round, claimProof);
        return _storage(claim.stateRoot, account, accountProof, slot, storageProof);
    }

    /// @notice verifyStorage against rollup claim.chainId's latest attested claim:
    ///         `claimProof` must prove `claim` in the latest round that attested that
    ///         rollup (RollcallRegistry.verifyLatestClaim). When the registry attests a
    ///         newer block, the claim (and proofs made for its block) stop verifying.
    function verifyLatestStorage(
        RollcallCodec.Claim calldata claim,
        bytes32[] calldata claimProof,
        address account,
        bytes[] calldata accountProof,
        bytes32 slot,
        bytes[] calldata storageProof
    ) external view returns (bool exists, bytes32 value) {
        require(
            registry.verifyLatestClaim(claim, claimProof), NotLatestClaim(claim.chainId, claim.blockNumber)
        );
        return _storage(claim.stateRoot, account, accountProof, slot, storageProof);
    }

    function _requireAttested(RollcallCodec.Claim calldata claim, uint64 round, bytes32[] calldata claimProof)
        internal
        view
    {
        require(
            registry.verifyClaim(claim, round, claimProof),
            ClaimNotAttested(claim.chainId, claim.blockNumber, round)
        );
    }

    function _storage(
        bytes32 stateRoot,
        address account,
        bytes[] calldata accountProof,
        bytes32 slot,
        bytes[] calldata storageProof
    ) internal pure returns (bool, bytes32) {
        (bool exists, MerklePatricia.Account memory acc) =
            MerklePatricia.verifyAccount(stateRoot, account, accountProof);
        // An absent account has empty storage.
        bytes32 storageRoot = exists ? acc.storageRoot : MerklePatricia.EMPTY_TRIE_ROOT;
        return MerklePatricia.verifyStorage(storageRoot, slot, storageProof);
    }
}
