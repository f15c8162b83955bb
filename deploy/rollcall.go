package deploy

import (
	"context"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/bindings/peerstate"
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

// deployRollcall deploys rollcall's own contracts: the registry that checks
// attestations through the service manager (the BLS signature checker), and
// PeerState, which verifies a rollup's accounts and storage against it.
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
	if err := s.Flush(ctx); err != nil {
		return err
	}
	// PeerState lets contracts verify accounts and storage of a rollup
	// against the state roots the registry holds.
	if avs.PeerState, err = s.Deploy(ctx, "PeerState", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := peerstate.DeployPeerState(o, b, avs.Registry)
		return a, tx, err
	}); err != nil {
		return err
	}
	return s.Flush(ctx)
}
