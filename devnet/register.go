package devnet

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"go.uber.org/zap"
	"golang.org/x/sync/errgroup"

	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/registration"
)

// Registration is how one devnet operator key opts in to rollcall.
type Registration struct {
	BLS         *bls.KeyPair
	Deposit     *big.Int
	Socket      string
	MetadataURL string
}

// RegisterOperators registers the devnet's operator keys concurrently, the
// i-th with regs[i], each with its whole magnitude allocated and an
// allocation delay of one block. It is the opt-in `rollcall demo` and the
// test fixtures (devnet/devnettest) share.
func (d *Devnet) RegisterOperators(ctx context.Context, regs []Registration, log *zap.Logger) error {
	if len(regs) > len(d.Operators) {
		return fmt.Errorf("register %d operators: the devnet funded %d operator keys", len(regs), len(d.Operators))
	}
	txOpts := chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}
	g, gctx := errgroup.WithContext(ctx)
	for i, r := range regs {
		key := d.Operators[i]
		g.Go(func() error {
			reg, err := registration.New(gctx, d.L1Client(), d.Deployment, key, txOpts, log)
			if err == nil {
				err = reg.Register(gctx, registration.Request{
					Operator: key, BLS: r.BLS, Socket: r.Socket, Deposit: r.Deposit,
					Magnitude: registration.FullMagnitude, AllocationDelay: 1, MetadataURL: r.MetadataURL,
				}, nil)
			}
			if err != nil {
				return fmt.Errorf("register operator %d: %w", i, err)
			}
			return nil
		})
	}
	return g.Wait()
}
