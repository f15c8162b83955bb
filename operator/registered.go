package operator

import (
	"context"
	"fmt"
	"time"

	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollcall-avs/rollcall/chainio"
)

// StatusRegistered is the registry coordinator's OperatorStatus.REGISTERED.
const StatusRegistered uint8 = 1

// l1Timeout bounds the start-up calls to L1.
const l1Timeout = 15 * time.Second

// RegistrationChecker tells whether an operator id is registered with
// rollcall. The daemon asks once, at start-up.
type RegistrationChecker interface {
	// Registered returns the operator address registered under operatorID
	// (zero when none) and whether it is currently registered.
	Registered(ctx context.Context, operatorID common.Hash) (operator common.Address, registered bool, err error)
}

// l1Registration reads registrations from rollcall's registry coordinator
// on L1.
type l1Registration struct {
	client      *ethclient.Client
	coordinator common.Address
	caller      *regcoord.ContractSlashingRegistryCoordinatorCaller
}

var _ RegistrationChecker = (*l1Registration)(nil)

// dialL1Registration dials L1 at url, checks that it serves chainID, and
// binds the registry coordinator.
func dialL1Registration(ctx context.Context, url string, chainID uint64, coordinator common.Address) (*l1Registration, error) {
	ctx, cancel := context.WithTimeout(ctx, l1Timeout)
	defer cancel()
	client, err := chainio.DialL1(ctx, url, chainID)
	if err != nil {
		return nil, err
	}
	caller, err := regcoord.NewContractSlashingRegistryCoordinatorCaller(coordinator, client)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("bind registry coordinator %s: %w", coordinator, err)
	}
	return &l1Registration{client: client, coordinator: coordinator, caller: caller}, nil
}

func (l *l1Registration) Registered(ctx context.Context, operatorID common.Hash) (common.Address, bool, error) {
	ctx, cancel := context.WithTimeout(ctx, l1Timeout)
	defer cancel()
	opts := &bind.CallOpts{Context: ctx}
	addr, err := l.caller.GetOperatorFromId(opts, operatorID)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("registry coordinator %s getOperatorFromId: %w", l.coordinator, err)
	}
	if addr == (common.Address{}) {
		return addr, false, nil
	}
	status, err := l.caller.GetOperatorStatus(opts, addr)
	if err != nil {
		return addr, false, fmt.Errorf("registry coordinator %s getOperatorStatus: %w", l.coordinator, err)
	}
	return addr, status == StatusRegistered, nil
}

func (l *l1Registration) Close() { l.client.Close() }
