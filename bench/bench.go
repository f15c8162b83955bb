// Package bench measures the aggregator under the load of a full operator
// set: a devnet with N registered operators, the real aggregator
// (`rollcall aggregator run` in a child process, or its Service in
// process), and one load process that plays every operator — real BLS
// keys registered on L1, real signatures, one JSON-RPC call per signature
// over loopback. It reports the signatures accepted per second, each
// round's open → quorum → L1 inclusion times, and the aggregator's memory.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Options of a bench run.
type Options struct {
	Operators int
	Rollups   int
	// Rounds are measured after Warmup rounds (which are run and shown,
	// but left out of the summary: the aggregator checks each operator's
	// G2 key once, in its first round).
	Rounds int
	Warmup int
	// RoundInterval is the aggregator's; BlockInterval the L1's and the
	// rollups'.
	RoundInterval time.Duration
	BlockInterval time.Duration
	// Concurrency is how many submissions are in flight at once.
	Concurrency int
	// InProcess runs the aggregator's Service in this process instead of
	// `Executable aggregator run` (its memory is then the whole process's).
	InProcess bool
	// Executable is the rollcall binary the child aggregator runs from
	// (default: this process's own executable).
	Executable string
	// DataDir holds the aggregator's database and files; a temporary
	// directory when empty.
	DataDir string
	Timeout time.Duration
	// CPUProfile, when set, is a file for a CPU profile of this process
	// over the rounds (with InProcess it covers the aggregator too).
	CPUProfile string
}

// DefaultOptions: 200 operators, 8 rollups, 5 rounds after 1 warm-up.
func DefaultOptions() Options {
	return Options{Operators: 200, Rollups: 8, Rounds: 5, Warmup: 1, RoundInterval: 2 * time.Second,
		BlockInterval: 250 * time.Millisecond, Concurrency: 64, Timeout: 15 * time.Minute}
}

// Check validates options.
func (o Options) Check() error {
	switch {
	case o.Operators < 1 || o.Operators > deploy.DevnetMaxOperators:
		return fmt.Errorf("operators must be 1..%d (the devnet's operator cap), got %d", deploy.DevnetMaxOperators, o.Operators)
	case o.Rollups < 1 || o.Rollups > core.MaxClaims || o.Rollups > 64:
		return fmt.Errorf("rollups must be 1..%d, got %d", min(core.MaxClaims, 64), o.Rollups)
	case o.Rounds < 1:
		return fmt.Errorf("rounds must be at least 1, got %d", o.Rounds)
	case o.Warmup < 0:
		return fmt.Errorf("warm-up rounds must not be negative, got %d", o.Warmup)
	case o.RoundInterval < 200*time.Millisecond:
		return errors.New("round interval must be at least 200ms")
	case o.BlockInterval <= 0:
		return errors.New("block interval must be positive")
	case o.Concurrency < 1 || o.Concurrency > 1024:
		return fmt.Errorf("concurrency must be 1..1024, got %d", o.Concurrency)
	}
	return nil
}

// Round is one measured round.
type Round struct {
	Round    uint64
	Warmup   bool
	Rollups  int
	Accepted int
	Rejected int
	// SigsPerSec: accepted signatures over the time from the first
	// submission to the last acceptance.
	SigsPerSec float64
	// Sign is how long the load process took to sign for every operator.
	Sign time.Duration
	// From the round's opening (the aggregator's OpenedAt): seen by the
	// load process, quorum reported to a submitter, attestation mined.
	OpenToSeen, OpenToQuorum, OpenToL1 time.Duration
	GasUsed                            uint64
	// Table: the round asked operators to sign the operator table too
	// (a second signature each).
	Table bool
	// RSS is the aggregator's resident set after the round.
	RSS uint64
	// AggregatorCPU is the CPU time the aggregator used while the round's
	// signatures were submitted (10 ms resolution): what the figures cost
	// it, whatever else the machine was running.
	AggregatorCPU time.Duration
}

// Result of a bench run.
type Result struct {
	Options      Options
	Registration time.Duration
	Rounds       []Round
	// Over the measured rounds: signatures accepted per second (all of
	// them over all submission time), open → quorum and open → L1.
	SigsPerSec float64
	// CPUPerSig is the aggregator's CPU time per accepted signature over
	// the measured rounds; SigsPerCPUSec its inverse, the signatures one
	// fully available core would accept per second (the JSON-RPC calls,
	// verification and storage; fsync latency aside).
	CPUPerSig                     time.Duration
	SigsPerCPUSec                 float64
	QuorumMedian, QuorumP95       time.Duration
	InclusionMedian, InclusionP95 time.Duration
	// RSS is the aggregator's resident set at the end, PeakRSS its peak
	// (VmHWM); InProcess says they are the whole bench process's.
	RSS, PeakRSS uint64
	InProcess    bool
}

// Run runs the bench, printing progress to w.
func Run(ctx context.Context, opts Options, w io.Writer, log *zap.Logger) (*Result, error) {
	if err := opts.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	dir := opts.DataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "rollcall-bench-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	start := time.Now()
	step := func(format string, args ...any) {
		fmt.Fprintf(w, "  %7.2fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}

	step("starting devnet: L1 + %d rollups, %d operator keys, deploying EigenLayer and rollcall", opts.Rollups, opts.Operators)
	dn, err := devnet.Start(ctx, devnet.Options{
		Rollups: opts.Rollups, Operators: opts.Operators,
		L1BlockInterval: opts.BlockInterval, RollupBlockInterval: opts.BlockInterval,
	}, nil, log.Named("devnet"))
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	defer dn.Stop(context.Background())

	step("generating %d BLS keys", opts.Operators)
	signers, regs, err := newSigners(opts.Operators)
	if err != nil {
		return nil, err
	}
	step("registering %d operators (EigenLayer operator, deposit, allocation, BLS key)", opts.Operators)
	regStart := time.Now()
	if err := dn.RegisterOperators(ctx, regs, log.Named("registration"), func(s string) { step("%s", s) }); err != nil {
		return nil, err
	}
	res := &Result{Options: opts, Registration: time.Since(regStart), InProcess: opts.InProcess}
	step("%d operators registered in %.1fs", opts.Operators, res.Registration.Seconds())

	// Rounds reference the block below the head: wait until it holds every
	// registration, so that every operator counts from the first round.
	if err := waitForNextBlock(ctx, dn); err != nil {
		return nil, err
	}
	set := aggregatorSettings{RoundInterval: opts.RoundInterval, LateWindow: opts.RoundInterval / 4, ReceiptPoll: 20 * time.Millisecond}
	var agg runningAggregator
	if opts.InProcess {
		step("starting the aggregator in this process")
		agg, err = startInProcess(ctx, dir, dn.Deployment, dn.Aggregator, set, log.Named("aggregator"))
	} else {
		exe := opts.Executable
		if exe == "" {
			if exe, err = os.Executable(); err != nil {
				return nil, fmt.Errorf("find the rollcall executable: %w", err)
			}
		}
		step("starting the aggregator: %s aggregator run", exe)
		agg, err = startChild(ctx, exe, dir, dn.Deployment, dn.Aggregator, set)
	}
	if err != nil {
		return nil, fmt.Errorf("aggregator: %w", err)
	}
	defer agg.Stop(context.Background())

	l, err := startLoad(ctx, dn, agg.URL(), signers, opts.Concurrency, log)
	if err != nil {
		return nil, err
	}
	defer l.close()
	step("load: %d operators signing, %d submissions in flight, threshold %.2f%%", opts.Operators, opts.Concurrency, float64(l.threshold)/100)

	stopProfile, err := startProfile(opts.CPUProfile)
	if err != nil {
		return nil, err
	}
	err = runRounds(ctx, l, agg, opts, res, step)
	stopProfile()
	if err != nil {
		return res, err
	}
	if res.RSS, res.PeakRSS, err = agg.Memory(); err != nil {
		return res, err
	}
	summarize(res)
	if err := agg.Stop(ctx); err != nil {
		return res, fmt.Errorf("stop aggregator: %w", err)
	}
	step("done")
	return res, nil
}

// startProfile starts a CPU profile into path (nothing when empty) and
// returns what stops it.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// newSigners makes a BLS key per operator and its registration.
func newSigners(n int) ([]signer, []devnet.Registration, error) {
	signers := make([]signer, n)
	regs := make([]devnet.Registration, n)
	deposit := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for i := range signers {
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			return nil, nil, err
		}
		signers[i] = signer{key: kp, id: core.OperatorID(kp.GetPubKeyG1())}
		regs[i] = devnet.Registration{BLS: kp, Deposit: deposit, Socket: "bench"}
	}
	return signers, regs, nil
}

// startLoad reads the registry's threshold and opens a reader per rollup.
func startLoad(ctx context.Context, dn *devnet.Devnet, url string, signers []signer, concurrency int, log *zap.Logger) (*load, error) {
	dep := dn.Deployment
	reg, err := rollcallregistry.NewRollcallRegistryCaller(dep.AVS.Registry, dn.L1Client())
	if err != nil {
		return nil, err
	}
	threshold, err := reg.ThresholdBips(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("read the registry's threshold: %w", err)
	}
	readers := map[uint64]rollup.Reader{}
	for _, r := range dep.Rollups {
		cfg, err := aggregator.RollupConfig{ChainID: r.ChainID, RPC: r.RPCURL, Finality: "latest"}.ReaderConfig()
		if err != nil {
			return nil, err
		}
		rd, err := rollup.New(ctx, cfg, log)
		if err != nil {
			return nil, fmt.Errorf("rollup %d: %w", r.ChainID, err)
		}
		readers[r.ChainID] = rd
	}
	l, err := newLoad(ctx, url, readers, signers, dep.L1.ChainID, dep.AVS.Registry, threshold, concurrency)
	if err != nil {
		for _, rd := range readers {
			rd.Close()
		}
		return nil, err
	}
	return l, nil
}

// runRounds plays warm-up and measured rounds, one after another.
func runRounds(ctx context.Context, l *load, agg runningAggregator, opts Options, res *Result, step func(string, ...any)) error {
	var last uint64
	for i := 0; i < opts.Warmup+opts.Rounds; i++ {
		r, seen, err := l.waitRound(ctx, last)
		if err != nil {
			return err
		}
		last = r.Round
		cpu0, err := agg.CPU()
		if err != nil {
			return err
		}
		rl, err := l.run(ctx, r, seen)
		if err != nil {
			return err
		}
		cpu1, err := agg.CPU()
		if err != nil {
			return err
		}
		st, err := waitAttested(ctx, l.client, r.Round)
		if err != nil {
			return err
		}
		row := roundRow(rl, st, i < opts.Warmup)
		row.AggregatorCPU = cpu1 - cpu0
		if row.RSS, _, err = agg.Memory(); err != nil {
			return err
		}
		res.Rounds = append(res.Rounds, row)
		kind := "round"
		if row.Warmup {
			kind = "warm-up round"
		}
		step("%s %d: %d signatures accepted at %.0f/s, quorum %dms, on L1 %dms after opening, aggregator RSS %.1f MiB",
			kind, row.Round, row.Accepted, row.SigsPerSec, row.OpenToQuorum.Milliseconds(), row.OpenToL1.Milliseconds(), mib(row.RSS))
	}
	return nil
}

// waitAttested polls the aggregator until round n is attested.
func waitAttested(ctx context.Context, c *api.Client, n uint64) (*api.RoundStatus, error) {
	for {
		st, err := c.GetRound(ctx, n)
		if err != nil && ctx.Err() != nil {
			return nil, err
		}
		if err == nil {
			switch st.Status {
			case api.StatusAttested:
				return st, nil
			case api.StatusExpired:
				return nil, fmt.Errorf("round %d expired without an attestation (%d signers)", n, len(st.Signers))
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for round %d to be attested: %w", n, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func roundRow(rl *roundLoad, st *api.RoundStatus, warmup bool) Round {
	opened := time.UnixMilli(st.OpenedAt)
	row := Round{
		Round: rl.round.Round, Warmup: warmup, Rollups: len(rl.round.Targets), Accepted: rl.accepted,
		Sign: rl.signedAt.Sub(rl.claimsAt), OpenToSeen: rl.seenAt.Sub(opened),
		OpenToL1: time.UnixMilli(st.AttestedAt).Sub(opened), GasUsed: st.GasUsed, Table: rl.table,
	}
	for _, n := range rl.rejected {
		row.Rejected += n
	}
	if !rl.quorumAt.IsZero() {
		row.OpenToQuorum = rl.quorumAt.Sub(opened)
	}
	if d := rl.lastAccepted.Sub(rl.firstSent); d > 0 {
		row.SigsPerSec = float64(rl.accepted) / d.Seconds()
	}
	return row
}

// summarize fills the summary from the measured rounds.
func summarize(res *Result) {
	var quorum, inclusion []time.Duration
	var accepted int
	var busy float64
	var cpu time.Duration
	for _, r := range res.Rounds {
		if r.Warmup {
			continue
		}
		quorum = append(quorum, r.OpenToQuorum)
		inclusion = append(inclusion, r.OpenToL1)
		accepted += r.Accepted
		cpu += r.AggregatorCPU
		if r.SigsPerSec > 0 {
			busy += float64(r.Accepted) / r.SigsPerSec
		}
	}
	if busy > 0 {
		res.SigsPerSec = float64(accepted) / busy
	}
	if accepted > 0 && cpu > 0 {
		res.CPUPerSig = cpu / time.Duration(accepted)
		res.SigsPerCPUSec = float64(accepted) / cpu.Seconds()
	}
	res.QuorumMedian, res.QuorumP95 = percentile(quorum, 50), percentile(quorum, 95)
	res.InclusionMedian, res.InclusionP95 = percentile(inclusion, 50), percentile(inclusion, 95)
}

// percentile is the nearest-rank percentile p of ds (0 when empty).
func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := (p*len(s) + 99) / 100 // ceil(p/100 × n)
	return s[max(rank, 1)-1]
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

// Goals of issue 11 for the figures.
const (
	GoalSigsPerSec = 20_000
	GoalInclusion  = time.Second
	GoalRSS        = 200 << 20
)

// PrintTable writes the rounds and the summary.
func PrintTable(w io.Writer, res *Result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "round\t\trollups\taccepted\trejected\tsigs/s\tagg CPU (ms)\tsign (ms)\topen→seen (ms)\topen→quorum (ms)\topen→L1 (ms)\tgas\tRSS (MiB)\t")
	for _, r := range res.Rounds {
		var marks []string
		if r.Warmup {
			marks = append(marks, "warm-up")
		}
		if r.Table {
			marks = append(marks, "+table")
		}
		mark := strings.Join(marks, " ")
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%d\t%.0f\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f\t\n", r.Round, mark, r.Rollups, r.Accepted, r.Rejected,
			r.SigsPerSec, r.AggregatorCPU.Milliseconds(), r.Sign.Milliseconds(), r.OpenToSeen.Milliseconds(), r.OpenToQuorum.Milliseconds(), r.OpenToL1.Milliseconds(), r.GasUsed, mib(r.RSS))
	}
	tw.Flush()
	o := res.Options
	who := "aggregator process"
	if res.InProcess {
		who = "whole bench process (aggregator in process, devnet included)"
	}
	fmt.Fprintf(w, "\n%d operators × %d rollups, %d measured rounds (registration %.1fs)\n", o.Operators, o.Rollups, o.Rounds, res.Registration.Seconds())
	fmt.Fprintf(w, "  signatures accepted:   %8.0f /s          (goal ≥ %d)%s\n", res.SigsPerSec, GoalSigsPerSec, verdict(res.SigsPerSec >= GoalSigsPerSec))
	fmt.Fprintf(w, "  aggregator CPU:        %8d µs per signature (%.0f signatures per CPU-second)\n", res.CPUPerSig.Microseconds(), res.SigsPerCPUSec)
	fmt.Fprintf(w, "  open → quorum:         median %4dms, p95 %4dms\n", res.QuorumMedian.Milliseconds(), res.QuorumP95.Milliseconds())
	fmt.Fprintf(w, "  open → L1 inclusion:   median %4dms, p95 %4dms (goal ≤ %dms at 1,000 operators)%s\n",
		res.InclusionMedian.Milliseconds(), res.InclusionP95.Milliseconds(), GoalInclusion.Milliseconds(), verdict(res.InclusionP95 <= GoalInclusion))
	fmt.Fprintf(w, "  RSS (%s): %.1f MiB at the end, peak %.1f MiB (goal ≤ %d MiB at 1,000 × 32)%s\n",
		who, mib(res.RSS), mib(res.PeakRSS), GoalRSS>>20, verdict(res.PeakRSS <= GoalRSS))
}

func verdict(met bool) string {
	if met {
		return "  met"
	}
	return "  MISSED"
}

// waitForNextBlock waits until the L1 head moves past the current one.
func waitForNextBlock(ctx context.Context, dn *devnet.Devnet) error {
	client := dn.L1Client()
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
		case <-time.After(20 * time.Millisecond):
		}
	}
}
