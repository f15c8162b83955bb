package registration

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/Layr-Labs/eigensdk-go/chainio/clients/avsregistry"
	"github.com/Layr-Labs/eigensdk-go/chainio/clients/elcontracts"
	"github.com/Layr-Labs/eigensdk-go/chainio/clients/wallet"
	"github.com/Layr-Labs/eigensdk-go/chainio/txmgr/geometric"
	"github.com/Layr-Labs/eigensdk-go/signerv2"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/chainio"
)

// gasMultiplier is the margin over the gas estimate. The SDK's default
// (1.2) is too thin for registry transactions: a gas estimate runs on the
// latest block, where a registry history entry written in that same block
// (another operator registering or leaving) is updated in place, while the
// transaction, mined one block later, must push a new entry (a fresh
// storage slot per registry). On the devnet a deregistration estimated
// right after another operator's registration used 15% more gas than
// estimated and reverted out of gas with the SDK's margin.
const gasMultiplier = 1.5

// newEigenClients is chainio.NewEigenClients with a tx manager using
// gasMultiplier (chainio's options do not expose it).
func newEigenClients(ctx context.Context, client *ethclient.Client, key *ecdsa.PrivateKey, addrs chainio.Addresses, opts chainio.TxManagerOptions, log *zap.Logger) (*chainio.EigenClients, error) {
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	signer, err := signerv2.PrivateKeySignerFn(key, chainID)
	if err != nil {
		return nil, err
	}
	sdkLog := chainio.SDKLogger(log)
	w, err := wallet.NewPrivateKeyWallet(client, func(context.Context, common.Address) (bind.SignerFn, error) { return signer, nil },
		crypto.PubkeyToAddress(key.PublicKey), sdkLog)
	if err != nil {
		return nil, err
	}
	if opts.ReceiptPoll == 0 {
		opts.ReceiptPoll = chainio.DefaultPollInterval
	}
	txMgr := geometric.NewGeometricTxnManager(client, w, sdkLog, geometric.NewNoopMetrics(), geometric.GeometricTxnManagerParams{
		GetTxReceiptTickerDuration: opts.ReceiptPoll,
		TxnConfirmationTimeout:     opts.ConfirmationTimeout,
		GasMultiplier:              gasMultiplier,
	})
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
	return &chainio.EigenClients{ELReader: elReader, ELWriter: elWriter, AVSReader: avsReader, AVSWriter: avsWriter}, nil
}
