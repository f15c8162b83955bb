package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/relay"
	"github.com/rollcall-avs/rollcall/tables"
)

// bootstrapRollups gives every rollup's CertificateVerifier L1's operator
// table, with the owner's escape hatch (what `rollcall tables bootstrap`
// sends): the devnet deployed the verifiers before any operator was
// registered, so their genesis table is empty and certifies nothing. From
// then on the quorum moves the tables itself (the relay delivers them).
func bootstrapRollups(ctx context.Context, dn *devnet.Devnet, step func(string, ...any)) error {
	// The bootstrap table is taken deploy.TableConfirmations blocks below
	// L1's head: wait until that block holds every registration.
	for i := 0; i < deploy.TableConfirmations; i++ {
		if err := waitForNextBlock(ctx, dn.L1Client()); err != nil {
			return err
		}
	}
	for _, r := range dn.Deployment.Rollups {
		client, err := ethclient.DialContext(ctx, r.RPCURL)
		if err != nil {
			return fmt.Errorf("rollup %d: %w", r.ChainID, err)
		}
		res, err := tables.Bootstrap(ctx, dn.L1Client(), dn.Deployment, client, r, dn.Owner, false)
		client.Close()
		if err != nil {
			return fmt.Errorf("bootstrap rollup %d's table: %w", r.ChainID, err)
		}
		step("rollup %d: verifier bootstrapped with L1's table at block %d (%d operators)", r.ChainID, res.Table.ReferenceBlock, res.Table.OperatorCount)
	}
	return nil
}

// startRelay runs the relay daemon in process: it polls the aggregator for
// rounds that reached quorum and delivers their tables and checkpoints to
// every rollup, paying with the devnet's aggregator key (funded on the
// rollups; its L1 nonces are another chain's).
func startRelay(ctx context.Context, dn *devnet.Devnet, aggURL, dir string, log *zap.Logger) (*relay.Service, error) {
	cfg := relay.DefaultConfig()
	cfg.Aggregators = []string{aggURL}
	cfg.DataDir = dir
	cfg.Poll = 200 * time.Millisecond
	cfg.ReceiptPoll = 50 * time.Millisecond
	svc, err := relay.New(cfg, dn.Deployment, dn.Aggregator, log)
	if err != nil {
		return nil, fmt.Errorf("relay: %w", err)
	}
	if err := svc.Start(ctx); err != nil {
		return nil, fmt.Errorf("relay: %w", err)
	}
	return svc, nil
}
