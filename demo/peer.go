package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/consumer"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
)

// PeerCheck is the demo's last step: the BalanceMirror on rollup Dest
// credited Holder with their token balance on rollup Source, verified on
// Dest through a checkpoint delivered there.
type PeerCheck struct {
	Source, Dest uint64
	Holder       common.Address
	Balance      *big.Int
	Round        uint64
	BlockNumber  uint64
	// GasUsed is claimCredit's gas on Dest.
	GasUsed uint64
	// Delivery says how the checkpoint reached Dest.
	Delivery string
}

// PrintPeer writes the cross-rollup result.
func PrintPeer(w io.Writer, p *PeerCheck) {
	fmt.Fprintf(w, "a contract on rollup %d verified a balance on rollup %d:\n", p.Dest, p.Source)
	fmt.Fprintf(w, "  holder %s holds %s (%s %s) at rollup %d block %d\n", p.Holder, p.Balance, tokens(p.Balance), devnet.TokenSymbol, p.Source, p.BlockNumber)
	fmt.Fprintf(w, "  checkpoint round %d, delivered to rollup %d: %s\n", p.Round, p.Dest, p.Delivery)
	fmt.Fprintf(w, "  BalanceMirror.claimCredit on rollup %d: %d L2 gas\n", p.Dest, p.GasUsed)
}

// tokens is an 18-decimal amount in whole tokens (DevToken's decimals).
func tokens(v *big.Int) string {
	return new(big.Rat).SetFrac(v, big.NewInt(1e18)).FloatString(6)
}

// ErrPeerMismatch means the balance credited on the destination differs
// from the source rollup's own storage at the attested block.
var ErrPeerMismatch = errors.New("balance verified on the peer rollup differs from the source rollup's storage")

// deliveryRelay names how the checkpoint reached the destination.
const deliveryRelay = "by the relay daemon (in process), certificate rebuilt from the aggregator's signatures under the rollup's own table"

// checkAcrossRollups has the mirror on the second rollup verify a token
// holder's balance on the first, through a checkpoint the relay delivered
// to the second rollup: it waits until the second rollup's registry attests
// the first rollup (a round at least minRound), then claims the credit.
func checkAcrossRollups(ctx context.Context, dn *devnet.Devnet, minRound uint64, step func(string, ...any)) (*PeerCheck, error) {
	dep := dn.Deployment
	if len(dep.Rollups) < 2 {
		step("one rollup: no peer rollup to verify a balance on (use --rollups 2 or more)")
		return nil, nil
	}
	src, dst := dep.Rollups[0], dep.Rollups[1]
	if len(src.TokenHolders) == 0 || src.Contracts.Token == (common.Address{}) {
		return nil, fmt.Errorf("rollup %d has no token", src.ChainID)
	}
	mirror, ok := dst.MirrorOf(src.ChainID)
	if !ok {
		return nil, fmt.Errorf("rollup %d has no BalanceMirror of rollup %d's token in the deployment", dst.ChainID, src.ChainID)
	}
	srcRPC, err := rpc.DialContext(ctx, src.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("rollup %d: %w", src.ChainID, err)
	}
	defer srcRPC.Close()
	dstClient, err := ethclient.DialContext(ctx, dst.RPCURL)
	if err != nil {
		return nil, fmt.Errorf("rollup %d: %w", dst.ChainID, err)
	}
	defer dstClient.Close()
	client, err := consumer.New(ctx, srcRPC, dstClient, consumer.Addresses{Registry: dst.Contracts.Registry, PeerState: dst.Contracts.PeerState, Mirror: mirror.Address}, 0)
	if err != nil {
		return nil, err
	}

	step("waiting for the relay to deliver a checkpoint of rollup %d (round %d or later) to rollup %d", src.ChainID, minRound, dst.ChainID)
	holder := src.TokenHolders[0]
	cl, err := waitForDelivery(ctx, client, holder, minRound)
	if err != nil {
		return nil, fmt.Errorf("rollup %d: %w", dst.ChainID, err)
	}
	step("round %d delivered to rollup %d; claiming the credit", cl.Round(), dst.ChainID)
	credit, err := client.Submit(ctx, dn.Owner, cl)
	if err != nil {
		return nil, fmt.Errorf("claimCredit on rollup %d: %w", dst.ChainID, err)
	}
	// What the source rollup itself says at that block.
	own, err := ethclient.NewClient(srcRPC).StorageAt(ctx, src.Contracts.Token, deploy.DevTokenBalanceSlot(holder), new(big.Int).SetUint64(credit.BlockNumber))
	if err != nil {
		return nil, fmt.Errorf("rollup %d: read the balance at block %d: %w", src.ChainID, credit.BlockNumber, err)
	}
	if new(big.Int).SetBytes(own).Cmp(credit.Balance) != 0 {
		return nil, fmt.Errorf("%w: %s credited, rollup %d holds %s at block %d", ErrPeerMismatch, credit.Balance, src.ChainID, new(big.Int).SetBytes(own), credit.BlockNumber)
	}
	return &PeerCheck{
		Source: src.ChainID, Dest: dst.ChainID, Holder: holder, Balance: credit.Balance, Round: credit.Round,
		BlockNumber: credit.BlockNumber, GasUsed: credit.GasUsed, Delivery: deliveryRelay,
	}, nil
}

// waitForDelivery polls until the destination's registry attests the
// source rollup in round minRound or later, and returns holder's claim
// built from it.
func waitForDelivery(ctx context.Context, client *consumer.Client, holder common.Address, minRound uint64) (*consumer.Claim, error) {
	ticker := time.NewTicker(100 * time.Millisecond)
	defer ticker.Stop()
	for {
		cl, err := client.Prove(ctx, holder, nil)
		switch {
		case err == nil && cl.Round() >= minRound:
			return cl, nil
		case err != nil && !errors.Is(err, attestation.ErrNotAttested):
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("no checkpoint of round %d or later delivered: %w", minRound, ctx.Err())
		case <-ticker.C:
		}
	}
}
