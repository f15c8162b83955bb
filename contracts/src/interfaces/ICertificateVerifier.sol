// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {BN254} from "../BN254.sol";
import {OperatorTable} from "../OperatorTable.sol";

/// @title ICertificateVerifier
/// @notice Verifies that rollcall's restaked quorum signed a digest, on any EVM chain,
///         against the operator table the chain holds (docs/operator-table.md).
interface ICertificateVerifier {
    /// @notice The witness of one operator of the table that did not sign: its leaf
    ///         (the verifier derives the operator id from the key) and the leaf's
    ///         position in the operators tree.
    struct NonSigner {
        uint32 index;
        BN254.G1Point pubkey;
        uint96[] stakes;
    }

    /// @notice An aggregate BLS signature over a digest: `sigma` the sum of the
    ///         signatures, `apkG2` the sum of the signers' G2 keys, `nonSigners` every
    ///         other operator of the table strictly ascending by operator id, and
    ///         `proof` one Merkle multiproof of their leaves against the table's
    ///         operators root.
    struct Certificate {
        BN254.G1Point sigma;
        BN254.G2Point apkG2;
        NonSigner[] nonSigners;
        bytes32[] proof;
    }

    /// @notice Verifies `cert` over `digest` for a message whose stake snapshot is L1
    ///         block `referenceBlock`: against the newest table held with reference
    ///         block ≤ `referenceBlock` (the previous table only within the grace
    ///         window after it was replaced), which must not be stale. Reverts unless
    ///         the signature verifies and every quorum's signed stake meets the
    ///         threshold; returns signed and total stake per quorum of that table.
    ///         The caller must take `referenceBlock` from what `digest` binds (as the
    ///         checkpoint digest does), or a signer set could be judged against a table
    ///         it did not sign under.
    function verifyCertificate(bytes32 digest, uint32 referenceBlock, Certificate calldata cert)
        external
        view
        returns (uint96[] memory signedStake, uint96[] memory totalStake);

    /// @notice The AVS whose operators this verifier trusts: L1's chain id and the L1
    ///         registry address, both bound in every digest operators sign.
    function l1ChainId() external view returns (uint256);
    function l1Registry() external view returns (address);
}
