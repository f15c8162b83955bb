// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title DevToken
/// @notice The ERC-20 every devnet rollup runs, so that rollups carry real contract
///         storage for peer-state proofs: a fixed supply minted to a list of holders
///         at construction, moved between them by the devnet's block producer.
/// @dev Not for production. There is no owner and no mint after construction, so no
///      permission to get wrong. The storage layout is OpenZeppelin 4.9 ERC20's and is
///      what proofs rely on: `_balances` (mapping(address => uint256)) is slot 0, so a
///      holder's balance lives at keccak256(abi.encode(holder, uint256(0))).
contract DevToken is ERC20 {
    /// @dev Thrown when the holders and amounts lists differ in length.
    error LengthMismatch(uint256 holders, uint256 amounts);

    constructor(string memory name_, string memory symbol_, address[] memory holders, uint256[] memory amounts)
        ERC20(name_, symbol_)
    {
        require(holders.length == amounts.length, LengthMismatch(holders.length, amounts.length));
        for (uint256 i = 0; i < holders.length; i++) {
            _mint(holders[i], amounts[i]);
        }
    }
}
