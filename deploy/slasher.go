package deploy

import (
	"context"
	"math/big"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	permissioncontroller "github.com/Layr-Labs/eigensdk-go/contracts/bindings/PermissionController"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
)

// DefaultSlashWad is the share of an operator's allocated magnitude the
// EquivocationSlasher takes per fault (one (chainId, blockNumber) signed
// twice): 10%, in wads (1e18 is everything).
var DefaultSlashWad = big.NewInt(1e17)

// slashWad is the configured wad, or the default when none is set.
func (p Params) slashWad() *big.Int {
	if p.SlashWad == nil || p.SlashWad.Sign() == 0 {
		return DefaultSlashWad
	}
	return p.SlashWad
}

// deploySlasher deploys rollcall's EquivocationSlasher and makes it the
// AVS's slasher: the PermissionController appointee allowed to call
// AllocationManager.slashOperator for the AVS (the service manager, which
// is the AVS's address in EigenLayer). Evidence then slashes without any
// admin key.
func (d *deployer) deploySlasher(ctx context.Context) error {
	s, el, avs := d.sender, &d.out.EigenLayer, &d.out.AVS
	d.progress("equivocation slasher")
	var err error
	if avs.Slasher, err = s.Deploy(ctx, "EquivocationSlasher", func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
		a, tx, _, err := equivocationslasher.DeployEquivocationSlasher(o, b, avs.ServiceManager, el.AllocationManager,
			avs.Registry, uint8(avs.OperatorSetID), d.params.slashWad(), s.From())
		return a, tx, err
	}); err != nil {
		return err
	}
	if err := s.Flush(ctx); err != nil {
		return err
	}
	pc, err := permissioncontroller.NewContractPermissionController(el.PermissionController, s.Backend())
	if err != nil {
		return err
	}
	slashSelector := selector(allocationmanager.ContractAllocationManagerMetaData, "slashOperator")
	if _, err := s.Send(ctx, "appoint the slasher", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return pc.SetAppointee(o, avs.ServiceManager, avs.Slasher, el.AllocationManager, slashSelector)
	}); err != nil {
		return err
	}
	return s.Flush(ctx)
}
