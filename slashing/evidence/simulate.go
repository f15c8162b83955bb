package evidence

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
)

// RevertError is the slasher's named custom error a call reverted with.
type RevertError struct {
	Name string
	Args []any
}

func (e *RevertError) Error() string { return fmt.Sprintf("slasher reverted: %s%v", e.Name, e.Args) }

// Simulate runs the evidence against the slasher as an eth_call from `from`
// at the head: nothing changes on chain. A revert comes back as a
// *RevertError naming the slasher's error (errors.As).
func Simulate(ctx context.Context, caller ethereum.ContractCaller, from, slasher common.Address, e *Evidence) error {
	input, err := e.Calldata()
	if err != nil {
		return err
	}
	_, err = caller.CallContract(ctx, ethereum.CallMsg{From: from, To: &slasher, Data: input}, nil)
	if err == nil {
		return nil
	}
	if re := DecodeRevert(err); re != nil {
		return re
	}
	return fmt.Errorf("evidence: simulate %s: %w", e.Form.Method(), err)
}

// DecodeRevert finds the slasher's custom error in an eth_call or
// eth_estimateGas error; nil when there is none.
func DecodeRevert(err error) *RevertError {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return nil
	}
	a, aerr := equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	if aerr != nil {
		return nil
	}
	for name, e := range a.Errors {
		if !bytes.Equal(data[:4], e.ID[:4]) {
			continue
		}
		args, uerr := e.Unpack(data)
		if uerr != nil {
			return &RevertError{Name: name}
		}
		list, _ := args.([]any)
		return &RevertError{Name: name, Args: list}
	}
	return nil
}
