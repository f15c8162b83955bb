package chainio

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/avsregistry"
	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	"github.com/Layr-Labs/eigensdk-go/chainio/clients/wallet"
	"github.com/Layr-Labs/eigensdk-go/chainio/txmgr/geometric"
	"github.com/Layr-Labs/eigensdk-go/signerv2"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"go.uber.org/zap"
)

// Addresses are the contracts the SDK clients need.
type Addresses struct {
	DelegationManager      common.Address
	AVSDirectory           common.Address
	RewardsCoordinator     common.Address
	PermissionController   common.Address
	RegistryCoordinator    common.Address
	OperatorStateRetriever common.Address
	ServiceManager         common.Address
}

// TxManagerOptions tune eigensdk-go's geometric tx manager (fee bumping,
// receipt confirmation).
type TxManagerOptions struct {
	// ReceiptPoll is how often receipts are polled; the SDK's default of
	// seconds dominates everything on a devnet that mines in milliseconds.
	ReceiptPoll time.Duration
	// ConfirmationTimeout bounds how long one attempt waits before the fee
	// is bumped.
	ConfirmationTimeout time.Duration
	// GasMultiplier is the margin over the gas estimate; 0 means
	// DefaultGasMultiplier.
	GasMultiplier float64
}

// DefaultGasMultiplier is the margin over gas estimates. The SDK's default
// (1.2) is too thin for registry transactions: an estimate runs on the
// latest block, where a registry history entry written in that same block
// (another operator registering or leaving) is updated in place, while the
// transaction, mined a block later, must push a new entry (a fresh storage
// slot per registry). On the devnet a deregistration estimated right after
// another operator's registration used 15% more gas than estimated and ran
// out of gas with the SDK's margin.
const DefaultGasMultiplier = 1.5

// NewTxManager builds eigensdk-go's geometric tx manager for key.
func NewTxManager(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, opts TxManagerOptions, log *zap.Logger) (*geometric.GeometricTxManager, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	signer, err := signerv2.PrivateKeySignerFn(key, chainID)
	if err != nil {
		return nil, err
	}
	sdkLog := SDKLogger(log)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	w, err := wallet.NewPrivateKeyWallet(client, func(context.Context, common.Address) (bind.SignerFn, error) { return signer, nil }, addr, sdkLog)
	if err != nil {
		return nil, err
	}
	if opts.ReceiptPoll == 0 {
		opts.ReceiptPoll = DefaultPollInterval
	}
	if opts.GasMultiplier == 0 {
		opts.GasMultiplier = DefaultGasMultiplier
	}
	capped := txGasCap{Client: client, multiplier: opts.GasMultiplier}
	return geometric.NewGeometricTxnManager(capped, w, sdkLog, geometric.NewNoopMetrics(), geometric.GeometricTxnManagerParams{
		GetTxReceiptTickerDuration: opts.ReceiptPoll,
		TxnConfirmationTimeout:     opts.ConfirmationTimeout,
		GasMultiplier:              opts.GasMultiplier,
	}), nil
}

// EigenClients are eigensdk-go's EigenLayer and AVS registry clients, bound
// to rollcall's deployment and one signing key.
type EigenClients struct {
	ELReader  *elcontracts.ChainReader
	ELWriter  *elcontracts.ChainWriter
	AVSReader *avsregistry.ChainReader
	AVSWriter *avsregistry.ChainWriter
}

// NewEigenClients builds the SDK clients. The WS client the SDK wants for
// subscriptions is the HTTP client here: rollcall polls instead.
func NewEigenClients(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, addrs Addresses, txOpts TxManagerOptions, log *zap.Logger) (*EigenClients, error) {
	txMgr, err := NewTxManager(ctx, client, key, txOpts, log)
	if err != nil {
		return nil, err
	}
	sdkLog := SDKLogger(log)
	elReader, elWriter, _, err := elcontracts.BuildClients(elcontracts.Config{
		DelegationManagerAddress:    addrs.DelegationManager,
		AvsDirectoryAddress:         addrs.AVSDirectory,
		RewardsCoordinatorAddress:   addrs.RewardsCoordinator,
		PermissionControllerAddress: addrs.PermissionController,
	}, client, txMgr, sdkLog, nil)
	if err != nil {
		return nil, fmt.Errorf("EigenLayer clients: %w", err)
	}
	avsReader, _, avsWriter, _, err := avsregistry.BuildClients(avsregistry.Config{
		RegistryCoordinatorAddress:    addrs.RegistryCoordinator,
		OperatorStateRetrieverAddress: addrs.OperatorStateRetriever,
		ServiceManagerAddress:         addrs.ServiceManager,
	}, client, client, txMgr, sdkLog)
	if err != nil {
		return nil, fmt.Errorf("AVS registry clients: %w", err)
	}
	return &EigenClients{ELReader: elReader, ELWriter: elWriter, AVSReader: avsReader, AVSWriter: avsWriter}, nil
}

// txGasCap hands the SDK's tx manager gas estimates it may multiply by its
// margin without going over Osaka's per-transaction cap (EIP-7825: 2^24
// gas; a transaction above it is rejected, not mined): an estimate that
// fits the cap but whose margin would not is lowered to cap / multiplier,
// so the limit becomes the cap itself, still at least the estimate.
type txGasCap struct {
	*ethclient.Client
	multiplier float64
}

func (c txGasCap) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	gas, err := c.Client.EstimateGas(ctx, msg)
	if err != nil {
		return 0, err
	}
	return capForMargin(gas, c.multiplier), nil
}

// capForMargin is gas, lowered so that gas × multiplier stays within
// params.MaxTxGas when gas itself does.
func capForMargin(gas uint64, multiplier float64) uint64 {
	if multiplier <= 1 || gas > params.MaxTxGas {
		return gas
	}
	if limit := uint64(float64(params.MaxTxGas) / multiplier); gas > limit {
		return limit
	}
	return gas
}
