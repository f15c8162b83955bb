// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IPauserRegistry} from "./interfaces/IPauserRegistry.sol";

/// @title PauserRegistry
/// @notice The list of pausers and the unpauser that EigenLayer's core contracts
///         consult (`Pausable` reads it). rollcall deploys its own on devnets.
contract PauserRegistry is IPauserRegistry {
    /// @inheritdoc IPauserRegistry
    mapping(address => bool) public isPauser;

    /// @inheritdoc IPauserRegistry
    address public unpauser;

    modifier onlyUnpauser() {
        require(msg.sender == unpauser, OnlyUnpauser());
        _;
    }

    constructor(address[] memory pausers, address initialUnpauser) {
        for (uint256 i = 0; i < pausers.length; i++) {
            _setIsPauser(pausers[i], true);
        }
        _setUnpauser(initialUnpauser);
    }

    /// @notice Grants (`canPause` true) or revokes the right of `pauser` to pause.
    function setIsPauser(address pauser, bool canPause) external onlyUnpauser {
        _setIsPauser(pauser, canPause);
    }

    /// @notice Hands the unpauser role to `newUnpauser`.
    function setUnpauser(address newUnpauser) external onlyUnpauser {
        _setUnpauser(newUnpauser);
    }

    function _setIsPauser(address pauser, bool canPause) internal {
        require(pauser != address(0), InputAddressZero());
        isPauser[pauser] = canPause;
        emit PauserStatusChanged(pauser, canPause);
    }

    function _setUnpauser(address newUnpauser) internal {
        require(newUnpauser != address(0), InputAddressZero());
        emit UnpauserChanged(unpauser, newUnpauser);
        unpauser = newUnpauser;
    }
}
