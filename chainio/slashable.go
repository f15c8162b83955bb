package chainio

import (
	"context"
	"fmt"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// logWindow is how many blocks one eth_getLogs call spans: public
// endpoints cap the range.
const logWindow = 10_000

// SlashableUntil finds the operator's last deregistration from set (the
// AllocationManager's OperatorRemovedFromOperatorSet event) in blocks
// [fromBlock, toBlock] and returns until, the last block at which the stake
// it had allocated to set can still be slashed: the deregistration block +
// DEALLOCATION_DELAY, inclusive. This is AllocationManager v1.3's
// registrationStatus.slashableUntil, which deregisterFromOperatorSets sets
// to block.number + DEALLOCATION_DELAY and isOperatorSlashable compares with
// block.number <= slashableUntil; the operator can register to set again
// from block until+1 on.
//
// deregistered is false (and until 0) when the range holds no
// deregistration. SlashableUntil does not tell whether the operator
// registered again afterwards: ask isMemberOfOperatorSet. The range is read
// newest first, logWindow blocks per call.
func SlashableUntil(ctx context.Context, am *allocationmanager.ContractAllocationManager, operator common.Address, set allocationmanager.OperatorSet, fromBlock, toBlock uint64) (until uint64, deregistered bool, err error) {
	delay, err := am.DEALLOCATIONDELAY(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, false, fmt.Errorf("AllocationManager DEALLOCATION_DELAY: %w", err)
	}
	if toBlock < fromBlock {
		return 0, false, nil
	}
	for end := toBlock; ; {
		start := fromBlock
		if end-fromBlock >= logWindow {
			start = end - logWindow + 1
		}
		block, found, err := lastDeregistration(ctx, am, operator, set, start, end)
		if err != nil {
			return 0, false, err
		}
		if found {
			return block + uint64(delay), true, nil
		}
		if start == fromBlock {
			return 0, false, nil
		}
		end = start - 1
	}
}

// lastDeregistration is the block of the operator's last
// OperatorRemovedFromOperatorSet event for set in [start, end].
func lastDeregistration(ctx context.Context, am *allocationmanager.ContractAllocationManager, operator common.Address, set allocationmanager.OperatorSet, start, end uint64) (block uint64, found bool, err error) {
	it, err := am.FilterOperatorRemovedFromOperatorSet(&bind.FilterOpts{Start: start, End: &end, Context: ctx}, []common.Address{operator})
	if err != nil {
		return 0, false, fmt.Errorf("read OperatorRemovedFromOperatorSet events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		if it.Event.OperatorSet == set {
			block, found = it.Event.Raw.BlockNumber, true
		}
	}
	if err := it.Error(); err != nil {
		return 0, false, fmt.Errorf("read OperatorRemovedFromOperatorSet events: %w", err)
	}
	return block, found, nil
}
