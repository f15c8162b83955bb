package registration

import (
	"context"
	"fmt"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/chainio"
)

// registryCoordinatorABI packs updateSocket for the gas estimate.
var registryCoordinatorABI = mustABI(regcoord.ContractSlashingRegistryCoordinatorMetaData.GetAbi())

// Deregistration says what Deregister did.
type Deregistration struct {
	// AlreadyDone: the operator was not registered; nothing was sent.
	AlreadyDone bool
	TxHash      common.Hash
	GasUsed     uint64
	// Block is the block the deregistration was mined in (zero when
	// AlreadyDone).
	Block uint64
	// DeallocationDelay is the AllocationManager's DEALLOCATION_DELAY.
	DeallocationDelay uint32
	// SlashableUntil is the last block at which the stake allocated to
	// rollcall can still be slashed: the deregistration block +
	// DEALLOCATION_DELAY, that block included (chainio.SlashableUntil);
	// zero when it is not slashable any more.
	SlashableUntil uint64
}

// Deregister leaves rollcall's operator set through the AllocationManager
// (which tells the registry coordinator). Allocated stake stays slashable
// through the DEALLOCATION_DELAY blocks after the deregistration block.
func (r *Registrar) Deregister(ctx context.Context) (*Deregistration, error) {
	opts := &bind.CallOpts{Context: ctx}
	delay, err := r.am.DEALLOCATIONDELAY(opts)
	if err != nil {
		return nil, fmt.Errorf("AllocationManager DEALLOCATION_DELAY: %w", err)
	}
	out := &Deregistration{DeallocationDelay: delay}
	status, err := r.coord.GetOperatorStatus(opts, r.operator)
	if err != nil {
		return nil, fmt.Errorf("registry coordinator getOperatorStatus: %w", err)
	}
	member, err := r.am.IsMemberOfOperatorSet(opts, r.operator, r.operatorSet())
	if err != nil {
		return nil, fmt.Errorf("AllocationManager isMemberOfOperatorSet: %w", err)
	}
	if status != StatusRegistered && !member {
		out.AlreadyDone = true
		slashable, err := r.am.IsOperatorSlashable(opts, r.operator, r.operatorSet())
		if err != nil {
			return nil, fmt.Errorf("AllocationManager isOperatorSlashable: %w", err)
		}
		if slashable {
			head, err := r.client.BlockNumber(ctx)
			if err != nil {
				return nil, fmt.Errorf("read head: %w", err)
			}
			if out.SlashableUntil, err = r.slashableUntil(ctx, head); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	params := allocationmanager.IAllocationManagerTypesDeregisterParams{
		Operator: r.operator, Avs: r.dep.AVS.ServiceManager, OperatorSetIds: []uint32{r.dep.AVS.OperatorSetID},
	}
	gas, err := r.estimate(ctx, r.dep.EigenLayer.AllocationManager, allocationManagerABI, "deregisterFromOperatorSets", params)
	if err != nil {
		if rev, ok := chainio.DecodeRevert(err, allocationManagerABI); ok {
			return nil, fmt.Errorf("deregister: AllocationManager would revert with %s: %w", rev.Name, err)
		}
		return nil, fmt.Errorf("deregister: estimate gas: %w", err)
	}
	if err := r.requireFunds(ctx, gas, "deregistration", nil); err != nil {
		return nil, err
	}
	receipt, err := r.clients.ELWriter.DeregisterFromOperatorSets(ctx, r.operator, elcontracts.DeregistrationRequest{
		AVSAddress: r.dep.AVS.ServiceManager, OperatorSetIds: []uint32{r.dep.AVS.OperatorSetID}, WaitForReceipt: true,
	})
	if err := r.receiptErr("deregister from rollcall's operator set", receipt, err); err != nil {
		return nil, err
	}
	out.TxHash, out.GasUsed, out.Block = receipt.TxHash, receipt.GasUsed, receipt.BlockNumber.Uint64()
	out.SlashableUntil = out.Block + uint64(delay) // as chainio.SlashableUntil
	// The AllocationManager ignores a revert of the AVS's deregistration
	// hook; make sure the registry coordinator followed.
	if status, err = r.coord.GetOperatorStatus(opts, r.operator); err != nil {
		return out, fmt.Errorf("registry coordinator getOperatorStatus: %w", err)
	}
	if status == StatusRegistered {
		return out, fmt.Errorf("deregistered from the AllocationManager's operator set (tx %s), but the registry coordinator %s still lists %s as registered: its deregistration hook reverted; report this to the AVS team",
			out.TxHash, r.dep.AVS.RegistryCoordinator.Hex(), r.operator.Hex())
	}
	return out, nil
}

// UpdateSocket changes the operator's socket through the registry
// coordinator. The step is skipped when the socket on chain is already
// socket.
func (r *Registrar) UpdateSocket(ctx context.Context, socket string) (Step, error) {
	s := Step{Name: "socket"}
	opts := &bind.CallOpts{Context: ctx}
	status, err := r.coord.GetOperatorStatus(opts, r.operator)
	if err != nil {
		return s, fmt.Errorf("registry coordinator getOperatorStatus: %w", err)
	}
	if status != StatusRegistered {
		return s, fmt.Errorf("update socket: %s is %w (the socket is stored with the registration): run `rollcall operator register`, which stores the configured socket",
			r.operator.Hex(), ErrNotRegistered)
	}
	id, err := r.coord.GetOperatorId(opts, r.operator)
	if err != nil {
		return s, fmt.Errorf("registry coordinator getOperatorId: %w", err)
	}
	current, err := r.sockets.GetOperatorSocket(opts, id)
	if err != nil {
		return s, fmt.Errorf("SocketRegistry getOperatorSocket: %w", err)
	}
	if current == socket {
		s.Skipped, s.Detail = true, "socket is already "+socket
		return s, nil
	}
	gas, err := r.estimate(ctx, r.dep.AVS.RegistryCoordinator, registryCoordinatorABI, "updateSocket", socket)
	if err != nil {
		return s, fmt.Errorf("update socket: estimate gas: %w", err)
	}
	if err := r.requireFunds(ctx, gas, "the socket update", nil); err != nil {
		return s, err
	}
	receipt, err := r.clients.AVSWriter.UpdateSocket(ctx, sdktypes.Socket(socket), true)
	if err := r.receiptErr("update socket", receipt, err); err != nil {
		return s, err
	}
	s.addTx("updateSocket", receipt)
	s.Detail = fmt.Sprintf("socket changed from %s to %s", current, socket)
	return s, nil
}
