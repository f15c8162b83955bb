// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IStrategy} from "./interfaces/IStrategy.sol";

/// @notice The one StrategyManager function this strategy reads.
interface IStrategyManagerShares {
    function stakerDepositShares(address staker, IStrategy strategy) external view returns (uint256);
}

/// @title ERC20Strategy
/// @notice A minimal, non-upgradeable EigenLayer strategy for devnets: it holds one
///         ERC20 token and mints one share per token unit (the exchange rate is
///         always 1:1). Stakers' share balances live in the StrategyManager.
/// @dev Only the StrategyManager may move funds. With eigensdk-go v0.3.0's
///      StrategyManager, it calls `deposit`, `withdraw` and `underlyingToken` on
///      strategies (no `beforeAddShares`/`beforeRemoveShares` hooks).
///      Not for production: no inflation-attack protection, no TVL limits, no pausing.
contract ERC20Strategy is IStrategy {
    using SafeERC20 for IERC20;

    /// @notice The StrategyManager allowed to call `deposit` and `withdraw`.
    address public immutable strategyManager;

    /// @inheritdoc IStrategy
    IERC20 public immutable underlyingToken;

    /// @inheritdoc IStrategy
    uint256 public totalShares;

    /// @dev Thrown when `deposit` is called but the tokens did not arrive first.
    error DepositNotReceived();

    modifier onlyStrategyManager() {
        require(msg.sender == strategyManager, OnlyStrategyManager());
        _;
    }

    constructor(address strategyManager_, IERC20 token) {
        strategyManager = strategyManager_;
        underlyingToken = token;
        emit StrategyTokenSet(token, IERC20Metadata(address(token)).decimals());
    }

    /// @inheritdoc IStrategy
    /// @dev The StrategyManager has already transferred `amount` tokens here.
    function deposit(IERC20 token, uint256 amount) external onlyStrategyManager returns (uint256 newShares) {
        require(token == underlyingToken, OnlyUnderlyingToken());
        newShares = amount; // 1:1
        require(newShares != 0, NewSharesZero());
        totalShares += newShares;
        // Every share is backed by one token held here.
        require(underlyingToken.balanceOf(address(this)) >= totalShares, DepositNotReceived());
    }

    /// @inheritdoc IStrategy
    function withdraw(address recipient, IERC20 token, uint256 amountShares) external onlyStrategyManager {
        require(token == underlyingToken, OnlyUnderlyingToken());
        require(amountShares <= totalShares, WithdrawalAmountExceedsTotalDeposits());
        totalShares -= amountShares;
        underlyingToken.safeTransfer(recipient, amountShares); // 1:1
    }

    /// @inheritdoc IStrategy
    function shares(address user) public view returns (uint256) {
        return IStrategyManagerShares(strategyManager).stakerDepositShares(user, this);
    }

    /// @inheritdoc IStrategy
    function sharesToUnderlying(uint256 amountShares) external pure returns (uint256) {
        return amountShares;
    }

    /// @inheritdoc IStrategy
    function sharesToUnderlyingView(uint256 amountShares) external pure returns (uint256) {
        return amountShares;
    }

    /// @inheritdoc IStrategy
    function underlyingToShares(uint256 amountUnderlying) external pure returns (uint256) {
        return amountUnderlying;
    }

    /// @inheritdoc IStrategy
    function underlyingToSharesView(uint256 amountUnderlying) external pure returns (uint256) {
        return amountUnderlying;
    }

    /// @inheritdoc IStrategy
    function userUnderlying(address user) external view returns (uint256) {
        return shares(user);
    }

    /// @inheritdoc IStrategy
    function userUnderlyingView(address user) external view returns (uint256) {
        return shares(user);
    }

    /// @inheritdoc IStrategy
    function explanation() external pure returns (string memory) {
        return "rollcall devnet strategy: one share per token unit of a single ERC20";
    }

    /// @inheritdoc IStrategy
    function version() external pure returns (string memory) {
        return "1.0.0";
    }
}
