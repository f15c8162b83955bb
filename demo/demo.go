// Package demo runs rollcall end to end in one process: a devnet, operators
// registered through EigenLayer, an aggregator and the operator daemons,
// until a number of checkpoints are attested on L1; then it reads every
// claim back from the registry and checks it against the rollups' own
// blocks.
package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/operator"
)

// Options of a demo run.
type Options struct {
	Operators     int
	Rollups       int
	Checkpoints   int
	RoundInterval time.Duration
	BlockInterval time.Duration
	// DataDir holds the aggregator's and operators' databases; a temporary
	// directory when empty.
	DataDir string
	Timeout time.Duration
	// AggregatorListen is the aggregator's JSON-RPC and dashboard address
	// (host:port; port 0 picks a free one).
	AggregatorListen string
	// KeepRunning keeps everything running after the checks, until the
	// context ends (Ctrl-C), so the dashboard can be watched.
	KeepRunning bool
}

// DefaultOptions: 4 operators, 3 rollups, 3 checkpoints.
func DefaultOptions() Options {
	return Options{Operators: 4, Rollups: 3, Checkpoints: 3, RoundInterval: 2 * time.Second, BlockInterval: 500 * time.Millisecond, Timeout: 5 * time.Minute, AggregatorListen: "127.0.0.1:0"}
}

// Check validates options.
func (o Options) Check() error {
	switch {
	case o.Operators < 1 || o.Operators > deploy.DevnetMaxOperators:
		return fmt.Errorf("operators must be 1..%d (the devnet's operator cap), got %d", deploy.DevnetMaxOperators, o.Operators)
	case o.Rollups < 1 || o.Rollups > 32:
		return fmt.Errorf("rollups must be 1..32, got %d", o.Rollups)
	case o.Checkpoints < 1:
		return fmt.Errorf("checkpoints must be at least 1, got %d", o.Checkpoints)
	case o.RoundInterval < 200*time.Millisecond:
		return fmt.Errorf("round interval must be at least 200ms")
	}
	return nil
}

// Row is one attested checkpoint in the result table.
type Row struct {
	Round      uint64
	Rollups    int
	Signers    int
	Operators  int
	SignedBips uint32
	GasUsed    uint64
	Latency    time.Duration // round opened → attestation included on L1
}

// Result of a demo run.
type Result struct {
	Rows []Row
	// Verified counts claims read back from L1 and matched with the
	// rollups' own blocks.
	Verified int
	// Peer is the cross-rollup check (nil with a single rollup).
	Peer *PeerCheck
}

// ErrMismatch means a claim read back from L1 differs from the rollup's
// own block.
var ErrMismatch = errors.New("attested claim differs from the rollup's block")

// Run runs the demo, printing progress to w.
func Run(ctx context.Context, opts Options, w io.Writer, log *zap.Logger) (*Result, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	untilInterrupted := ctx // the timeout covers the checks, not --keep-running
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	dataDir := opts.DataDir
	if dataDir == "" {
		tmp, err := os.MkdirTemp("", "rollcall-demo-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dataDir = tmp
	}
	start := time.Now()
	step := func(format string, args ...any) {
		fmt.Fprintf(w, "  %6.2fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}

	step("starting devnet: L1 + %d rollups, deploying EigenLayer and rollcall", opts.Rollups)
	dn, err := devnet.Start(ctx, devnet.Options{
		Rollups: opts.Rollups, Operators: opts.Operators,
		L1BlockInterval: opts.BlockInterval, RollupBlockInterval: opts.BlockInterval,
	}, nil, log.Named("devnet"))
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	defer dn.Stop(context.Background())

	step("registering %d operators (deposit, allocate, register with BLS keys)", opts.Operators)
	blsKeys, err := registerOperators(ctx, dn, log)
	if err != nil {
		return nil, err
	}

	// Rounds reference the block below the L1 head: wait until that block
	// includes the last registration, so every operator counts from round 1.
	if err := waitForNextBlock(ctx, dn.L1Client()); err != nil {
		return nil, err
	}
	if err := bootstrapRollups(ctx, dn, step); err != nil {
		return nil, err
	}
	step("starting the aggregator and %d operators", opts.Operators)
	agg, err := startAggregator(ctx, dn, opts, filepath.Join(dataDir, "aggregator"), log)
	if err != nil {
		return nil, err
	}
	defer agg.Stop(context.Background())
	stopOps, err := startOperators(ctx, dn, blsKeys, "http://"+agg.Addr(), dataDir, log)
	if err != nil {
		return nil, err
	}
	defer stopOps()
	step("starting the relay (tables and checkpoints to every rollup)")
	rel, err := startRelay(ctx, dn, "http://"+agg.Addr(), filepath.Join(dataDir, "relay"), log.Named("relay"))
	if err != nil {
		return nil, err
	}
	defer rel.Stop(context.Background())
	step("dashboard: http://%s%s", agg.Addr(), "/dashboard/")

	step("waiting for %d checkpoints on L1", opts.Checkpoints)
	rounds, err := waitForCheckpoints(ctx, agg, opts.Checkpoints, step)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	for _, st := range rounds {
		row := Row{Round: st.Round, Rollups: len(st.Targets), Signers: len(st.Signers), Operators: st.Operators, GasUsed: st.GasUsed,
			Latency: time.Duration(st.AttestedAt-st.OpenedAt) * time.Millisecond}
		if len(st.SignedBips) > 0 {
			row.SignedBips = st.SignedBips[0]
		}
		res.Rows = append(res.Rows, row)
	}

	step("reading every claim back from L1 and checking it against the rollups")
	if res.Verified, err = verifyAgainstRollups(ctx, dn, rounds); err != nil {
		return res, err
	}
	step("%d claims verified", res.Verified)

	if res.Peer, err = checkAcrossRollups(ctx, dn, rounds[len(rounds)-1].Round, step); err != nil {
		return res, fmt.Errorf("cross-rollup check: %w", err)
	}
	if p := res.Peer; p != nil {
		step("rollup %d verified rollup %d's token balance of %s: %s (block %d, round %d), claimCredit %d gas",
			p.Dest, p.Source, p.Holder, p.Balance, p.BlockNumber, p.Round, p.GasUsed)
	}
	step("done")
	if opts.KeepRunning {
		step("still running (dashboard above); Ctrl-C to stop")
		<-untilInterrupted.Done()
	}
	return res, nil
}

// PrintTable writes the result table.
func PrintTable(w io.Writer, res *Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "round\trollups\tsigners\tstake signed\tgas used\topen→L1 (s)\t")
	for _, r := range res.Rows {
		fmt.Fprintf(tw, "%d\t%d\t%d/%d\t%.2f%%\t%d\t%.2f\t\n", r.Round, r.Rollups, r.Signers, r.Operators,
			float64(r.SignedBips)/100, r.GasUsed, r.Latency.Seconds())
	}
	tw.Flush()
}

// registerOperators registers every devnet operator key concurrently, each
// with a fresh BLS key, a deposit and its whole magnitude allocated.
func registerOperators(ctx context.Context, dn *devnet.Devnet, log *zap.Logger) ([]*bls.KeyPair, error) {
	keys := make([]*bls.KeyPair, len(dn.Operators))
	regs := make([]devnet.Registration, len(dn.Operators))
	deposit := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for i := range dn.Operators {
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			return nil, err
		}
		keys[i] = kp
		regs[i] = devnet.Registration{BLS: kp, Deposit: deposit, Socket: "demo"}
	}
	if err := dn.RegisterOperators(ctx, regs, log.Named("registration")); err != nil {
		return nil, fmt.Errorf("register operators: %w", err)
	}
	return keys, nil
}

func startAggregator(ctx context.Context, dn *devnet.Devnet, opts Options, dir string, log *zap.Logger) (*aggregator.Service, error) {
	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr = opts.AggregatorListen
	cfg.DataDir = dir
	cfg.RoundInterval = opts.RoundInterval
	cfg.ReceiptPoll = 50 * time.Millisecond
	for _, r := range dn.Deployment.Rollups {
		cfg.Rollups = append(cfg.Rollups, aggregator.RollupConfig{ChainID: r.ChainID, RPC: r.RPCURL, Finality: "latest"})
	}
	agg, err := aggregator.New(cfg, dn.Deployment, dn.Aggregator, log.Named("aggregator"))
	if err != nil {
		return nil, err
	}
	if err := agg.Start(ctx); err != nil {
		return nil, fmt.Errorf("aggregator: %w", err)
	}
	return agg, nil
}

// waitForNextBlock waits until the L1 head moves past the current one.
func waitForNextBlock(ctx context.Context, client *ethclient.Client) error {
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	for {
		n, err := client.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if n > head {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// startOperators runs one operator daemon per BLS key, each with its own
// signing record, following every rollup at "latest".
func startOperators(ctx context.Context, dn *devnet.Devnet, keys []*bls.KeyPair, aggURL, dataDir string, log *zap.Logger) (func(), error) {
	var services []*operator.Service
	stop := func() {
		for _, s := range services {
			_ = s.Stop(context.Background())
		}
	}
	for i, key := range keys {
		cfg := operator.DefaultConfig()
		cfg.AggregatorURLs = operator.URLList{aggURL}
		cfg.DataDir = filepath.Join(dataDir, fmt.Sprintf("operator-%d", i+1))
		cfg.PollInterval = 200 * time.Millisecond
		for _, r := range dn.Deployment.Rollups {
			cfg.Rollups = append(cfg.Rollups, operator.RollupConfig{ChainID: r.ChainID, RPC: r.RPCURL, Finality: "latest"})
		}
		svc, err := operator.NewService(ctx, cfg, log.Named(fmt.Sprintf("operator-%d", i+1)), operator.Options{Deployment: dn.Deployment, Key: key})
		if err != nil {
			stop()
			return nil, fmt.Errorf("operator %d: %w", i+1, err)
		}
		if err := svc.Start(ctx); err != nil {
			stop()
			return nil, fmt.Errorf("operator %d: %w", i+1, err)
		}
		services = append(services, svc)
	}
	return stop, nil
}

// waitForCheckpoints polls the aggregator's API until n rounds are
// attested, reporting each as it lands.
func waitForCheckpoints(ctx context.Context, agg *aggregator.Service, n int, step func(string, ...any)) ([]api.RoundStatus, error) {
	client, err := api.Dial(ctx, "http://"+agg.Addr())
	if err != nil {
		return nil, err
	}
	defer client.Close()
	seen := map[uint64]bool{}
	var attested []api.RoundStatus
	ticker := time.NewTicker(200 * time.Millisecond)
	defer ticker.Stop()
	for {
		rounds, err := client.ListRounds(ctx, api.ListRoundsRequest{Limit: 100})
		if err != nil {
			return nil, err
		}
		for i := len(rounds) - 1; i >= 0; i-- { // oldest first
			st := rounds[i]
			if st.Status != api.StatusAttested || seen[st.Round] {
				continue
			}
			seen[st.Round] = true
			attested = append(attested, st)
			step("round %d attested: %d/%d signed, %d gas", st.Round, len(st.Signers), st.Operators, st.GasUsed)
			if len(attested) == n {
				return attested, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for checkpoints (%d of %d attested): %w", len(attested), n, ctx.Err())
		case <-ticker.C:
		}
	}
}

// verifyAgainstRollups reads each round's claims back from L1 alone and
// compares them with the rollups' own headers.
func verifyAgainstRollups(ctx context.Context, dn *devnet.Devnet, rounds []api.RoundStatus) (int, error) {
	dep := dn.Deployment
	reader, err := attestation.NewReader(dn.L1Client(), dep.L1.ChainID, dep.AVS.Registry)
	if err != nil {
		return 0, err
	}
	rollups := map[uint64]*ethclient.Client{}
	for _, r := range dep.Rollups {
		c, err := ethclient.DialContext(ctx, r.RPCURL)
		if err != nil {
			return 0, err
		}
		defer c.Close()
		rollups[r.ChainID] = c
	}
	verified := 0
	for _, st := range rounds {
		cp, err := reader.Checkpoint(ctx, st.Round)
		if err != nil {
			return verified, err
		}
		for _, claim := range cp.Tree.Claims() {
			client, ok := rollups[claim.ChainID]
			if !ok {
				return verified, fmt.Errorf("round %d attests unknown chain %d", st.Round, claim.ChainID)
			}
			h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(claim.BlockNumber))
			if err != nil {
				return verified, fmt.Errorf("chain %d block %d: %w", claim.ChainID, claim.BlockNumber, err)
			}
			if h.Hash() != claim.BlockHash || h.Root != common.Hash(claim.StateRoot) {
				return verified, fmt.Errorf("%w: chain %d block %d: L1 says hash %s root %s, the rollup has %s %s",
					ErrMismatch, claim.ChainID, claim.BlockNumber, claim.BlockHash, claim.StateRoot, h.Hash(), h.Root)
			}
			verified++
		}
	}
	return verified, nil
}
