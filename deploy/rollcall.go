package deploy

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
)

// Defaults of rollcall's registry.
const (
	// DefaultThresholdBips: two thirds of each quorum's stake must sign.
	DefaultThresholdBips = 6667
	// DefaultMaxReferenceAge bounds how old (in L1 blocks) a checkpoint's
	// reference block may be when it is submitted: 300 blocks is an hour
	// on Ethereum and five minutes on a 1-second devnet.
	DefaultMaxReferenceAge = 300
)

// deployRollcall deploys rollcall's own contract: the registry that checks
// attestations through the service manager (the BLS signature checker).
func (d *deployer) deployRollcall(ctx context.Context) error {
	s, avs, p := d.sender, &d.out.AVS, d.params
	d.progress("rollcall registry")
	quorums := []byte{byte(avs.OperatorSetID)}
	var err error
	if avs.Registry, err = s.Deploy(ctx, "RollcallRegistry", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := rollcallregistry.DeployRollcallRegistry(o, b, avs.ServiceManager, quorums, p.ThresholdBips, p.MaxReferenceAge, s.From())
		return a, tx, err
	}); err != nil {
		return err
	}
	return s.Flush(ctx)
}
