package chainio

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RPCCaller is the raw JSON-RPC call Simulate needs (*rpc.Client has it).
type RPCCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// SimulatedTx is a planned transaction with what eth_simulateV1 says it
// would do on top of the chain's latest block and the planned transactions
// before it.
type SimulatedTx struct {
	PlannedTx
	GasUsed uint64
	// Err is the revert or failure of the call; nil when it would succeed.
	Err error
}

// maxSimulatedBlocks is eth_simulateV1's limit on blocks per request.
const maxSimulatedBlocks = 256

// Simulate runs planned (from a dry-run sender, sent by from) through
// eth_simulateV1 on top of the latest block, one simulated block per
// transaction so that each has a whole block's gas, and the state each
// leaves carried to the next. Nothing is sent. Each planned contract
// creation lands at the address the dry run predicted: the simulation takes
// nonces from the state, as the real transactions would.
func Simulate(ctx context.Context, rpc RPCCaller, from common.Address, planned []PlannedTx) ([]SimulatedTx, error) {
	if len(planned) > maxSimulatedBlocks {
		return nil, fmt.Errorf("simulate %d transactions: eth_simulateV1 takes at most %d blocks", len(planned), maxSimulatedBlocks)
	}
	type call struct {
		From  common.Address  `json:"from"`
		To    *common.Address `json:"to,omitempty"`
		Data  hexutil.Bytes   `json:"input"`
		Value *hexutil.Big    `json:"value,omitempty"`
	}
	type block struct {
		Calls []call `json:"calls"`
	}
	blocks := make([]block, len(planned))
	for i, p := range planned {
		c := call{From: from, To: p.To, Data: p.Data}
		if p.Value != nil && p.Value.Sign() > 0 {
			c.Value = (*hexutil.Big)(p.Value)
		}
		blocks[i] = block{Calls: []call{c}}
	}
	var result []struct {
		Calls []struct {
			GasUsed hexutil.Uint64 `json:"gasUsed"`
			Status  hexutil.Uint64 `json:"status"`
			Error   *struct {
				Message string `json:"message"`
			} `json:"error"`
		} `json:"calls"`
	}
	opts := map[string]any{"blockStateCalls": blocks, "validation": false}
	if err := rpc.CallContext(ctx, &result, "eth_simulateV1", opts, "latest"); err != nil {
		return nil, fmt.Errorf("eth_simulateV1: %w", err)
	}
	if len(result) != len(planned) {
		return nil, fmt.Errorf("eth_simulateV1 returned %d blocks for %d transactions", len(result), len(planned))
	}
	out := make([]SimulatedTx, len(planned))
	for i, p := range planned {
		out[i].PlannedTx = p
		if len(result[i].Calls) != 1 {
			return nil, fmt.Errorf("eth_simulateV1 returned %d calls in block %d", len(result[i].Calls), i)
		}
		c := result[i].Calls[0]
		out[i].GasUsed = uint64(c.GasUsed)
		if c.Status != 1 {
			msg := "reverted"
			if c.Error != nil && c.Error.Message != "" {
				msg = c.Error.Message
			}
			out[i].Err = errors.New(msg)
		}
	}
	return out, nil
}
