// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {CheckpointRegistry} from "./CheckpointRegistry.sol";
import {ICertificateVerifier} from "./interfaces/ICertificateVerifier.sol";
import {RollcallCodec} from "./RollcallCodec.sol";

/// @title RollupRegistry
/// @notice rollcall's checkpoints on a rollup: the same checkpoints as the L1
///         RollcallRegistry (same claims encoding, same digest binding L1's chain id
///         and the L1 registry, so one aggregate signature serves every chain), the
///         same rules (replay, latest only moves forward) and the same consumer views
///         (CheckpointRegistry), verified through this chain's CertificateVerifier
///         against the operator table the restaked quorum moved here.
///
///         The verifier picks the table (the newest one with a reference block at or
///         below the checkpoint's), refuses a stale table, subtracts the non-signers
///         and checks the pairing and every quorum's threshold. Anyone may submit.
contract RollupRegistry is CheckpointRegistry {
    /// @notice The verifier holding this chain's operator table.
    ICertificateVerifier public immutable verifier;
    /// @notice The AVS identity the digests bind: L1's chain id and the L1 registry.
    uint256 public immutable l1ChainId;
    address public immutable l1Registry;

    error NoVerifier();

    constructor(ICertificateVerifier verifier_) {
        require(address(verifier_).code.length > 0, NoVerifier());
        verifier = verifier_;
        l1ChainId = verifier_.l1ChainId();
        l1Registry = verifier_.l1Registry();
    }

    /// @notice Attests a checkpoint: claims sorted by chain id (one per rollup), their
    ///         lanes (lanesOf; NEW_LANE when unknown), and a certificate under this
    ///         chain's operator table. `cert` must be the last argument's tail, as every
    ///         ABI encoder lays it out: it is forwarded to the verifier as it is.
    function attest(
        uint64 round,
        uint32 referenceBlock,
        RollcallCodec.Claim[] calldata claims,
        bytes calldata lanes,
        ICertificateVerifier.Certificate calldata cert
    ) external {
        uint256 at;
        assembly ("memory-safe") {
            at := cert
        }
        _attest(round, referenceBlock, claims, lanes, msg.data[at:]);
    }

    /// @notice verifyCertificate(digest, referenceBlock, cert) must not revert. The
    ///         record is the hash of the certificate as submitted, so evidence can
    ///         show which signers and non-signers a checkpoint here was accepted with.
    function _verifyCheckpoint(bytes32 digest, uint32 referenceBlock, bytes calldata cert)
        internal
        view
        override
        returns (bytes32 record)
    {
        address v = address(verifier);
        bytes4 selector = ICertificateVerifier.verifyCertificate.selector;
        bool ok;
        bytes memory ret;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, selector)
            mstore(add(p, 0x04), digest)
            mstore(add(p, 0x24), referenceBlock)
            mstore(add(p, 0x44), 0x60) // offset of cert: its encoding is relative to its own start
            calldatacopy(add(p, 0x64), cert.offset, cert.length)
            ok := staticcall(gas(), v, p, add(0x64, cert.length), 0, 0)
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
        record = keccak256(cert);
    }

    /// @notice On a rollup the AVS identity is L1's, as the verifier holds it.
    function _avsIdentity() internal view override returns (uint256, address) {
        return (l1ChainId, l1Registry);
    }
}
