package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net"
	"strings"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/keystore"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/status"
	"github.com/rollcall-avs/rollcall/registration"
)

// Flags of the lifecycle commands beyond the operator's settings.
const (
	flagDeposit         = "deposit"
	flagAllocation      = "allocation"
	flagAllocationDelay = "allocation-delay"
	flagWaitBlocks      = "wait-blocks"
	flagJSON            = "json"
	flagRounds          = "rounds"
)

// Defaults of the lifecycle flags.
const (
	defaultAllocationDelay = 1
	defaultWaitBlocks      = 100
	// lifecycleReceiptPoll is how often the tx manager polls receipts: a
	// few cheap calls per block on a real chain, no idle seconds on a
	// devnet.
	lifecycleReceiptPoll = 100 * time.Millisecond
	l1DialTimeout        = 10 * time.Second
)

// operatorLifecycleCommands are `operator register`, `deregister`,
// `update-socket` and `status`.
func operatorLifecycleCommands() []*cli.Command {
	return []*cli.Command{operatorRegisterCommand(), operatorDeregisterCommand(), operatorUpdateSocketCommand(), operatorStatusCommand()}
}

// lifecycleFlags are the operator's settings (the same operator.yaml as
// `operator run`) plus the lifecycle ones, then extra.
func lifecycleFlags(extra ...cli.Flag) []cli.Flag {
	flags := append(operator.Flags(), operator.LifecycleFlags()...)
	return append(flags, extra...)
}

const settingsHelp = `Settings come from --config (the operator.yaml of ` + "`operator run`" + `, see operator.example.yaml),
then from flags and ROLLCALL_OPERATOR_<FLAG> environment variables. The ECDSA keystore password is
read from --ecdsa-password-file, else ` + operator.ECDSAPasswordEnv + `, else asked on the terminal;
the BLS one from --bls-password-file, else ` + operator.BLSPasswordEnv + `, else asked.`

func operatorRegisterCommand() *cli.Command {
	return &cli.Command{
		Name:      "register",
		Usage:     "opt in to rollcall: EigenLayer operator, (devnet) deposit, allocation, registration with the BLS key",
		UsageText: "rollcall operator register --config operator.yaml [--deposit AMOUNT] [--allocation FRACTION]",
		Description: `Walks the whole opt-in, one step at a time, and is idempotent: run it again and it says
what is already done and does only the rest.
  1. register the ECDSA key as an EigenLayer operator (with --allocation-delay and metadata-url);
  2. devnets only: make sure --deposit test tokens are deposited into the strategy;
  3. allocate --allocation of the operator's stake to rollcall's operator set, waiting out
     EigenLayer's allocation delay (a progress line every few blocks, at most --wait-blocks);
  4. register to the operator set with the BLS key (proof of possession) and the socket.
Each step prints what it did, its transaction hash and gas. Before sending anything it checks
the chain, the BLS key, the stake against the quorum minimum, the delays and the ETH for gas,
and says what to do when one of them stands in the way.

` + settingsHelp + `

Examples:
   rollcall operator register --config operator.yaml --deposit 100 --allocation 0.5
   rollcall operator register --config operator.yaml --allocation 1 --wait-blocks 0`,
		Flags: lifecycleFlags(
			&cli.StringFlag{Name: flagDeposit, Usage: "devnets only: test tokens (e.g. 100 or 0.5) the operator should have deposited into the strategy; only what is missing is deposited (minted first if needed)", EnvVars: cliutil.ScopedEnvVar(operator.EnvScope, flagDeposit)},
			&cli.StringFlag{Name: flagAllocation, Usage: "fraction in (0, 1] of the operator's stake in the strategy to make slashable by rollcall", DefaultText: "the current allocation; required the first time", EnvVars: cliutil.ScopedEnvVar(operator.EnvScope, flagAllocation)},
			&cli.UintFlag{Name: flagAllocationDelay, Value: defaultAllocationDelay, Usage: "blocks between an allocation and its stake becoming slashable; set once, when the key becomes an EigenLayer operator", EnvVars: cliutil.ScopedEnvVar(operator.EnvScope, flagAllocationDelay)},
			&cli.Uint64Flag{Name: flagWaitBlocks, Value: defaultWaitBlocks, Usage: "wait at most this many blocks for an EigenLayer delay before giving up (0: give up at once)", EnvVars: cliutil.ScopedEnvVar(operator.EnvScope, flagWaitBlocks)},
		),
		Action: runOperatorRegister,
	}
}

func operatorDeregisterCommand() *cli.Command {
	return &cli.Command{
		Name:      "deregister",
		Usage:     "leave rollcall's operator set (the allocated stake stays slashable for EigenLayer's deallocation delay)",
		UsageText: "rollcall operator deregister --config operator.yaml",
		Description: `Deregisters the operator from rollcall's operator set through EigenLayer's AllocationManager,
which tells rollcall's registry coordinator, and prints the last block at which the stake
allocated to rollcall can still be slashed (the deregistration block + DEALLOCATION_DELAY).
Running it when the operator is not registered changes nothing. Stop ` + "`operator run`" + ` afterwards.

` + settingsHelp,
		Flags:  lifecycleFlags(),
		Action: runOperatorDeregister,
	}
}

func operatorUpdateSocketCommand() *cli.Command {
	return &cli.Command{
		Name:      "update-socket",
		Usage:     "change the URL the aggregator reaches the operator at (stored on chain)",
		UsageText: "rollcall operator update-socket --config operator.yaml --socket URL",
		Description: `Stores --socket (or the config's socket) as the operator's socket in rollcall's registry
coordinator. Nothing is sent when the socket on chain is already that.

` + settingsHelp + `

Example:
   rollcall operator update-socket --config operator.yaml --socket https://op1.example.com:9010`,
		Flags:  lifecycleFlags(),
		Action: runOperatorUpdateSocket,
	}
}

func operatorStatusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     "am I registered, with how much stake, am I signing, is anything wrong",
		UsageText: "rollcall operator status --config operator.yaml [--json]",
		Description: `Shows, at the latest L1 block: whether the ECDSA key is an EigenLayer operator and registered
to rollcall; its operator id and BLS G1 public key (from the BLS keystore when its password is
available, else from the chain); its stake per quorum and share of the quorum's total; the
magnitude allocated to rollcall and any pending change; the last checkpoints it signed and
its participation rate, from L1 (attested checkpoints and their non-signers) and from the
aggregator's API; and warnings: stake below the minimum, keystore key not the registered one,
aggregator or node API unreachable, still slashable after deregistering.

Only reads; needs no ECDSA password (the keystore's address is public) and no ETH.
--json prints the same as one JSON object.

Example:
   rollcall operator status --config operator.yaml --json | jq .l1Participation.rate`,
		Flags: lifecycleFlags(
			&cli.BoolFlag{Name: flagJSON, Usage: "print the status as JSON"},
			&cli.IntFlag{Name: flagRounds, Value: status.DefaultRounds, Usage: "how many recent rounds the participation rate covers", EnvVars: cliutil.ScopedEnvVar(operator.EnvScope, flagRounds)},
		),
		Action: runOperatorStatus,
	}
}

// registrationEnv is what every registration command (register, deregister, update-socket) starts from.
type registrationEnv struct {
	cfg    operator.Config
	dep    *deploy.Deployment
	client *ethclient.Client
	url    string // redacted L1 endpoint
}

// openLifecycle reads and checks the settings, loads the deployment and
// dials its L1, refusing another chain.
func openLifecycle(c *cli.Context, cmd operator.Lifecycle) (*registrationEnv, error) {
	cfg, err := operator.LifecycleConfigFromCLI(c)
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckLifecycle(cmd); err != nil {
		return nil, err
	}
	dep, err := deploy.Load(cfg.Deployment)
	if err != nil {
		return nil, err
	}
	url := cfg.L1RPC
	if url == "" {
		url = dep.L1.RPCURL
	}
	l := &registrationEnv{cfg: cfg, dep: dep, url: redact.URL(url)}
	ctx, cancel := context.WithTimeout(c.Context, l1DialTimeout)
	defer cancel()
	if l.client, err = chainio.DialL1(ctx, url, dep.L1.ChainID); err != nil {
		return nil, registration.AsWrongChain(err)
	}
	return l, nil
}

func (l *registrationEnv) close() { l.client.Close() }

// ecdsaKey decrypts the operator's ECDSA keystore.
func (l *registrationEnv) ecdsaKey(ctx context.Context) (*registrationKey, error) {
	pw, err := keystore.PasswordSource{
		File: l.cfg.ECDSAPasswordFile, Env: operator.ECDSAPasswordEnv, Prompt: "ECDSA keystore password: ",
	}.ReadContext(ctx)
	if err != nil {
		if errors.Is(err, keystore.ErrNoPassword) {
			return nil, fmt.Errorf("ECDSA keystore password: set --%s or %s", operator.FlagECDSAPasswordFile, operator.ECDSAPasswordEnv)
		}
		return nil, fmt.Errorf("ECDSA keystore password: %w", err)
	}
	key, err := keystore.LoadECDSA(l.cfg.ECDSAKeystore, pw)
	if err != nil {
		return nil, err
	}
	return &registrationKey{key: key}, nil
}

// blsKey decrypts the operator's BLS keystore; prompt false never asks on
// the terminal (ErrNoPassword instead).
func (l *registrationEnv) blsKey(ctx context.Context, prompt bool) (*bls.KeyPair, error) {
	src := keystore.PasswordSource{File: l.cfg.BLSPasswordFile, Env: operator.BLSPasswordEnv}
	if prompt {
		src.Prompt = "BLS keystore password: "
	}
	pw, err := src.ReadContext(ctx)
	if err != nil {
		if errors.Is(err, keystore.ErrNoPassword) {
			return nil, fmt.Errorf("BLS keystore password: set --%s or %s: %w", operator.FlagBLSPasswordFile, operator.BLSPasswordEnv, err)
		}
		return nil, fmt.Errorf("BLS keystore password: %w", err)
	}
	return keystore.LoadBLS(l.cfg.BLSKeystore, pw)
}

// withRegistrar runs fn with what register, deregister and update-socket
// start from: the lifecycle of cmd, the decrypted ECDSA key and the
// registrar for it.
func withRegistrar(c *cli.Context, cmd operator.Lifecycle, fn func(l *registrationEnv, key *registrationKey, reg *registration.Registrar) error) error {
	l, err := openLifecycle(c, cmd)
	if err != nil {
		return err
	}
	defer l.close()
	key, err := l.ecdsaKey(c.Context)
	if err != nil {
		return err
	}
	reg, err := registration.New(c.Context, l.client, l.dep, key.key, chainio.TxManagerOptions{ReceiptPoll: lifecycleReceiptPoll}, cliutil.Logger(c))
	if err != nil {
		return err
	}
	return fn(l, key, reg)
}

func runOperatorRegister(c *cli.Context) error {
	ctx := c.Context
	var deposit *big.Int
	if c.IsSet(flagDeposit) {
		d, err := registration.ParseAmount(c.String(flagDeposit), 18)
		if err != nil {
			return fmt.Errorf("--%s: %w", flagDeposit, err)
		}
		deposit = d
	}
	var magnitude uint64
	if c.IsSet(flagAllocation) {
		m, err := registration.ParseAllocation(c.String(flagAllocation))
		if err != nil {
			return fmt.Errorf("--%s: %w", flagAllocation, err)
		}
		magnitude = m
	}
	delay := c.Uint(flagAllocationDelay)
	if uint64(delay) > uint64(^uint32(0)) {
		return fmt.Errorf("--%s %d is too large", flagAllocationDelay, delay)
	}
	return withRegistrar(c, operator.LifecycleRegister, func(l *registrationEnv, key *registrationKey, reg *registration.Registrar) error {
		if deposit != nil && len(l.dep.DevKeys) == 0 {
			return fmt.Errorf("--%s: %w: this deployment (L1 chain %d) is not a rollcall devnet: deposit through EigenLayer (app.eigenlayer.xyz or the EigenLayer CLI) or have stakers delegate to the operator, then run register without --%s",
				flagDeposit, registration.ErrDepositNotDevnet, l.dep.L1.ChainID, flagDeposit)
		}
		blsKey, err := l.blsKey(ctx, true)
		if err != nil {
			return err
		}
		if magnitude == 0 {
			current, err := reg.CurrentMagnitude(ctx)
			if err != nil {
				return err
			}
			if current == 0 {
				return fmt.Errorf("--%s is required: nothing is allocated to rollcall yet; give the fraction of the operator's stake to make slashable, e.g. --%s 0.5", flagAllocation, flagAllocation)
			}
			magnitude = current
		}
		out := c.App.Writer
		fmt.Fprintf(out, "registering operator %s with rollcall on L1 chain %d (%s)\n", reg.Operator().Hex(), l.dep.L1.ChainID, l.url)
		n, total := 0, 4
		err = reg.Register(ctx, registration.Request{
			Operator: key.key, BLS: blsKey, Socket: l.cfg.Socket, Deposit: deposit, Magnitude: magnitude,
			AllocationDelay: uint32(delay), MetadataURL: l.cfg.MetadataURL,
			Progress:      func(msg string) { fmt.Fprintf(out, "        %s\n", msg) },
			MaxWaitBlocks: c.Uint64(flagWaitBlocks), NoWait: c.Uint64(flagWaitBlocks) == 0,
		}, func(s registration.Step) {
			n++
			printStep(out, n, total, s)
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "done: %s is registered to rollcall; start signing with `rollcall operator run --config ...` and check with `rollcall operator status`\n", reg.Operator().Hex())
		return nil
	})
}

// printStep prints one step: what it did (or that it was already done),
// then each transaction with its gas.
func printStep(w io.Writer, n, total int, s registration.Step) {
	if s.Skipped {
		fmt.Fprintf(w, "  [%d/%d] %s: already done: %s\n", n, total, s.Name, s.Detail)
		return
	}
	fmt.Fprintf(w, "  [%d/%d] %s: %s\n", n, total, s.Name, s.Detail)
	for _, tx := range s.Txs {
		fmt.Fprintf(w, "        %s tx %s, gas %d\n", tx.Label, tx.Hash.Hex(), tx.GasUsed)
	}
}

func runOperatorDeregister(c *cli.Context) error {
	return withRegistrar(c, operator.LifecycleDeregister, func(l *registrationEnv, _ *registrationKey, reg *registration.Registrar) error {
		d, err := reg.Deregister(c.Context)
		if err != nil {
			return err
		}
		out := c.App.Writer
		setID := l.dep.AVS.OperatorSetID
		if d.AlreadyDone {
			fmt.Fprintf(out, "already done: %s is not registered to rollcall's operator set %d; nothing sent\n", reg.Operator().Hex(), setID)
			if d.SlashableUntil != 0 {
				fmt.Fprintf(out, "the stake allocated to rollcall stays slashable until block %d, that block included\n", d.SlashableUntil)
			}
			return nil
		}
		fmt.Fprintf(out, "deregistered %s from rollcall's operator set %d at block %d\n", reg.Operator().Hex(), setID, d.Block)
		fmt.Fprintf(out, "        deregisterFromOperatorSets tx %s, gas %d\n", d.TxHash.Hex(), d.GasUsed)
		fmt.Fprintf(out, "the stake allocated to rollcall stays slashable until block %d (block %d + DEALLOCATION_DELAY %d blocks), that block included; keep the signing record until then, and stop `rollcall operator run`\n",
			d.SlashableUntil, d.Block, d.DeallocationDelay)
		return nil
	})
}

func runOperatorUpdateSocket(c *cli.Context) error {
	return withRegistrar(c, operator.LifecycleUpdateSocket, func(l *registrationEnv, _ *registrationKey, reg *registration.Registrar) error {
		s, err := reg.UpdateSocket(c.Context, l.cfg.Socket)
		if err != nil {
			return err
		}
		printStep(c.App.Writer, 1, 1, s)
		return nil
	})
}

func runOperatorStatus(c *cli.Context) error {
	ctx := c.Context
	l, err := openLifecycle(c, operator.LifecycleStatus)
	if err != nil {
		return err
	}
	defer l.close()
	addr, err := keystoreAddress(l.cfg.ECDSAKeystore)
	if err != nil {
		return err
	}
	sc := status.Config{Client: l.client, Deployment: l.dep, Operator: addr, Rounds: c.Int(flagRounds), Followed: []uint64{}}
	for _, r := range l.cfg.Rollups {
		sc.Followed = append(sc.Followed, r.ChainID)
	}
	if l.cfg.BLSKeystore != "" {
		kp, err := l.blsKey(ctx, false)
		switch {
		case err == nil:
			sc.Keystore = kp.GetPubKeyG1()
		case errors.Is(err, keystore.ErrNoPassword):
			sc.KeystoreNote = fmt.Sprintf("no password: set --%s or %s", operator.FlagBLSPasswordFile, operator.BLSPasswordEnv)
		default:
			return err
		}
	} else {
		sc.KeystoreNote = "no bls-keystore configured"
	}
	// status reads the operator's history from the first aggregator that
	// answers: every replica accepts the same signatures.
	for _, url := range l.cfg.AggregatorURLs {
		agg, err := answeringAggregator(ctx, url)
		sc.AggregatorURL, sc.AggregatorErr = url, err
		if err == nil {
			defer agg.Close()
			sc.Aggregator = agg
			break
		}
	}
	sc.NodeAPI = nodeAPIURL(l.cfg.NodeAPI)
	report, err := status.Gather(ctx, sc)
	if err != nil {
		return err
	}
	if c.Bool(flagJSON) {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	printStatus(c.App.Writer, report)
	return nil
}

// answeringAggregator dials the aggregator at url and asks it for one
// round, so that a replica that is down is passed over. Each call is
// bounded: an unreachable aggregator must not hang status.
func answeringAggregator(ctx context.Context, url string) (*api.Client, error) {
	dialCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	agg, err := api.Dial(dialCtx, url, api.WithCallTimeout(5*time.Second))
	if err != nil {
		return nil, err
	}
	if _, err := agg.ListRounds(dialCtx, api.ListRoundsRequest{Limit: 1}); err != nil {
		agg.Close()
		return nil, err
	}
	return agg, nil
}

// nodeAPIURL turns the node-api listen address into the URL to ask (a
// wildcard host is asked on loopback); empty when the node API is off.
func nodeAPIURL(addr string) string {
	if addr == "" {
		return ""
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return ""
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// keystoreAddress is the address the ECDSA keystore at path stores in the
// clear (keystore.Inspect): no password needed.
func keystoreAddress(path string) (common.Address, error) {
	info, err := keystore.Inspect(path)
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &pathErr):
		return common.Address{}, err
	case err != nil:
		return common.Address{}, fmt.Errorf("ECDSA keystore: no address field (not a v3 keystore?): %w", err)
	case info.Kind != keystore.KindECDSA:
		return common.Address{}, fmt.Errorf("ECDSA keystore %s: no address field: it holds a %s key", path, info.Kind)
	}
	return info.Address, nil
}

// registrationKey holds the decrypted ECDSA key; it has no String or
// Format, so nothing prints it.
type registrationKey struct{ key *ecdsa.PrivateKey }

// printStatus prints the report for a person.
func printStatus(w io.Writer, r *status.Report) {
	yes := func(b bool) string {
		if b {
			return "yes"
		}
		return "no"
	}
	line := func(label, format string, args ...any) {
		fmt.Fprintf(w, "%-20s %s\n", label, fmt.Sprintf(format, args...))
	}
	line("operator", "%s (L1 chain %d, block %d)", r.Operator.Hex(), r.L1ChainID, r.Block)
	line("EigenLayer operator", "%s", yes(r.EigenLayerOperator))
	line("rollcall", "%s", r.Registration)
	if r.OperatorID != nil {
		line("operator id", "%s", r.OperatorID.Hex())
	}
	if r.BLSKey != nil {
		line("BLS G1 public key", "(%s, %s) from the %s", r.BLSKey.X, r.BLSKey.Y, r.BLSKeySource)
	}
	if r.Socket != "" {
		line("socket", "%s", r.Socket)
	}
	for _, q := range r.Quorums {
		line(fmt.Sprintf("stake (quorum %d)", q.Number), "%s of %s (%.2f%%), minimum %s, %d operators",
			registration.FormatWad(q.Stake), registration.FormatWad(q.TotalStake), q.Share*100, registration.FormatWad(q.MinimumStake), q.Operators)
	}
	for _, a := range r.Allocations {
		pending := "none pending"
		if a.PendingDiff != nil && a.PendingDiff.Sign() != 0 {
			pending = fmt.Sprintf("%s pending until block %d", a.PendingDiff, a.EffectBlock)
		}
		line("allocation", "%s (magnitude %d of %d) of strategy %s to operator set %d, %s; slashable shares %s of %s",
			registration.FormatFraction(a.CurrentMagnitude), a.CurrentMagnitude, a.MaxMagnitude, a.Strategy.Hex(), a.OperatorSetID, pending,
			registration.FormatWad(a.SlashableShares), registration.FormatWad(a.OperatorShares))
	}
	slashable := yes(r.Slashable)
	if r.SlashableUntil != 0 {
		slashable += fmt.Sprintf(" (through block %d)", r.SlashableUntil)
	}
	line("slashable", "%s", slashable)
	for _, p := range []*status.Participation{r.L1, r.Aggregator} {
		if p == nil {
			continue
		}
		label := "signed (L1)"
		if p.Source == "aggregator" {
			label = "signed (aggregator)"
		}
		if p.Rounds == 0 {
			line(label, "no rounds yet: %s", p.Note)
			continue
		}
		text := fmt.Sprintf("%d of %d rounds (%.1f%%)", p.Signed, p.Rounds, p.Rate*100)
		if len(p.LastSigned) > 0 {
			var last []string
			for _, s := range p.LastSigned {
				last = append(last, fmt.Sprintf("%d", s.Round))
			}
			text += "; last signed rounds " + strings.Join(last, ", ")
		}
		if p.Note != "" {
			text += "; " + p.Note
		}
		line(label, "%s", text)
	}
	if len(r.Warnings) == 0 {
		line("warnings", "none")
		return
	}
	fmt.Fprintln(w, "warnings:")
	for _, warning := range r.Warnings {
		fmt.Fprintf(w, "  - %s\n", warning)
	}
}
