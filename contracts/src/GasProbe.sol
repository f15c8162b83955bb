// SPDX-License-Identifier: MIT
pragma solidity ^0.8.27;

/// @title GasProbe
/// @notice Benchmark harness: the execution gas of calls into other contracts, measured
///         on chain with gasleft() around each call (what a contract that made the same
///         calls would pay, cold accesses included). Used by the gas benchmarks of the
///         tests only; never deployed by the deployer.
contract GasProbe {
    /// @notice A call in the batch reverted.
    error ProbeCallFailed(uint256 index, bytes reason);

    /// @notice Runs the calls in order (as static calls) and returns the gas each took
    ///         and their total, measured in one transaction context so that storage
    ///         warmed by one call is warm for the next, as it would be in a contract.
    function measure(address[] calldata targets, bytes[] calldata data)
        external
        view
        returns (uint256[] memory gasUsed, uint256 total)
    {
        gasUsed = new uint256[](targets.length);
        for (uint256 i = 0; i < targets.length; i++) {
            uint256 before = gasleft();
            (bool ok, bytes memory ret) = targets[i].staticcall(data[i]);
            uint256 used = before - gasleft();
            if (!ok) revert ProbeCallFailed(i, ret);
            gasUsed[i] = used;
            total += used;
        }
    }
}
