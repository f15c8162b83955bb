package chainio

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Revert is a contract's custom error decoded from a failed call or gas
// estimate.
type Revert struct {
	Name string
	Args []any
}

func (r *Revert) Error() string { return fmt.Sprintf("reverted with %s%v", r.Name, r.Args) }

// DecodeRevert finds the revert data in err (go-ethereum passes it as an
// rpc.DataError) and decodes it against the custom errors of contract.
// ok is false when err carries no revert data or an unknown error.
func DecodeRevert(err error, contract *abi.ABI) (*Revert, bool) {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return nil, false
	}
	var data []byte
	switch v := de.ErrorData().(type) {
	case string:
		b, err := hexutil.Decode(v)
		if err != nil {
			return nil, false
		}
		data = b
	case []byte:
		data = v
	default:
		return nil, false
	}
	if len(data) < 4 {
		return nil, false
	}
	for name, e := range contract.Errors {
		if !bytes.Equal(e.ID[:4], data[:4]) {
			continue
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return nil, false
		}
		return &Revert{Name: name, Args: args}, true
	}
	return nil, false
}
