// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title IPauserRegistry
/// @notice EigenLayer's pauser registry interface (slashing-era core contracts):
///         the core contracts ask it who may pause and who may unpause.
/// @dev Same names, signatures, events and errors as EigenLayer's
///      `src/contracts/interfaces/IPauserRegistry.sol`.
interface IPauserRegistry {
    /// @dev Thrown when a function restricted to the unpauser is called by anyone else.
    error OnlyUnpauser();
    /// @dev Thrown when the zero address is given as a pauser or the unpauser.
    error InputAddressZero();

    event PauserStatusChanged(address pauser, bool canPause);
    event UnpauserChanged(address previousUnpauser, address newUnpauser);

    /// @notice Whether `pauser` may pause the contracts that use this registry.
    function isPauser(address pauser) external view returns (bool);

    /// @notice The single address allowed to unpause, and to manage pausers.
    function unpauser() external view returns (address);
}
