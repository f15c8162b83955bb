package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/registration"
)

// Registration is how one devnet operator key opts in to rollcall.
type Registration struct {
	BLS         *bls.KeyPair
	Deposit     *big.Int
	Socket      string
	MetadataURL string
}

// RegisterOperators registers the devnet's first len(regs) operator keys,
// the i-th with regs[i], each with its whole magnitude allocated and an
// allocation delay of one block, all together (registration.RegisterBatch:
// nonce-batched transactions, shared waits). It is the opt-in `rollcall
// demo`, `rollcall bench` and the test fixtures (devnet/devnettest) share.
// progress (optional) receives a line per phase.
func (d *Devnet) RegisterOperators(ctx context.Context, regs []Registration, log *zap.Logger, progress ...func(string)) error {
	if len(regs) > len(d.Operators) {
		return fmt.Errorf("register %d operators: the devnet funded %d operator keys", len(regs), len(d.Operators))
	}
	ops := make([]registration.BatchOperator, len(regs))
	for i, r := range regs {
		ops[i] = registration.BatchOperator{Key: d.Operators[i], BLS: r.BLS, Socket: r.Socket, Deposit: r.Deposit, MetadataURL: r.MetadataURL}
	}
	opts := registration.BatchOptions{}
	if len(progress) > 0 {
		opts.Progress = progress[0]
	} else if log != nil {
		opts.Progress = func(s string) { log.Debug(s) }
	}
	if err := registration.RegisterBatch(ctx, d.L1Client(), d.Deployment, ops, opts); err != nil {
		return fmt.Errorf("register operators: %w", err)
	}
	return nil
}
