// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title EmptyContract
/// @notice A contract without logic: the first implementation behind a freshly
///         deployed proxy. EigenLayer's contracts take each other's (proxy)
///         addresses in their constructors, so the deployer first creates every
///         proxy pointing here, then deploys the real implementations with the
///         proxy addresses and upgrades the proxies to them.
contract EmptyContract {}
