// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IStrategy
/// @notice EigenLayer's slashing-era strategy interface, as the StrategyManager,
///         the DelegationManager and eigensdk-go v0.3.0 (`contracts/bindings/IStrategy`)
///         see it. Names, argument and return types, events and errors match that ABI.
/// @dev `version()` comes from EigenLayer's ISemVerMixin; it is declared here directly.
interface IStrategy {
    error OnlyStrategyManager();
    error OnlyUnderlyingToken();
    error NewSharesZero();
    error TotalSharesExceedsMax();
    error WithdrawalAmountExceedsTotalDeposits();
    error MaxPerDepositExceedsMax();
    error BalanceExceedsMaxTotalDeposits();

    event ExchangeRateEmitted(uint256 rate);
    event StrategyTokenSet(IERC20 token, uint8 decimals);

    /// @notice Called by the StrategyManager after it moved `amount` of `token` here;
    ///         returns the new shares.
    function deposit(IERC20 token, uint256 amount) external returns (uint256);

    /// @notice Called by the StrategyManager to send the tokens of `amountShares`
    ///         shares to `recipient`.
    function withdraw(address recipient, IERC20 token, uint256 amountShares) external;

    function sharesToUnderlying(uint256 amountShares) external returns (uint256);
    function underlyingToShares(uint256 amountUnderlying) external returns (uint256);
    function userUnderlying(address user) external returns (uint256);
    function shares(address user) external view returns (uint256);
    function sharesToUnderlyingView(uint256 amountShares) external view returns (uint256);
    function underlyingToSharesView(uint256 amountUnderlying) external view returns (uint256);
    function userUnderlyingView(address user) external view returns (uint256);
    function underlyingToken() external view returns (IERC20);
    function totalShares() external view returns (uint256);
    function explanation() external view returns (string memory);
    function version() external view returns (string memory);
}
