package aggregator

import (
	"errors"
	"fmt"
	"time"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Defaults of the aggregator's configuration.
const (
	DefaultListenAddr    = "127.0.0.1:8090"
	DefaultRoundInterval = 12 * time.Second
	DefaultLateWindow    = 300 * time.Millisecond
	DefaultReceiptPoll   = time.Second
	// DefaultTableStakeChange: a new operator table is requested when a
	// quorum's total stake or an operator's stake moved by more than 5%.
	DefaultTableStakeChange = 0.05
	// DefaultMaxTableAge: a new operator table is requested at least this
	// often (measured in L1 time), far inside any verifier's maxStaleness.
	DefaultMaxTableAge = time.Hour
	// DefaultL1Every: every round that reaches quorum is posted to L1.
	DefaultL1Every = 1
	// DefaultReplicaCount: one aggregator, no replicas.
	DefaultReplicaCount = 1
	// DefaultReplicaStagger: a replica of rank k waits k × 2s after its
	// round is due, long enough for the first replica's transaction to be
	// mined on a chain with second-long blocks.
	DefaultReplicaStagger = 2 * time.Second
	// ScheduledPoll bounds how often a scheduled aggregator reads the L1
	// head: min(round-interval, ScheduledPoll).
	ScheduledPoll = 250 * time.Millisecond
)

// RollupConfig is one rollup the aggregator opens rounds for. The
// aggregator only reads heads from it: operators read claims from their own
// nodes. Its finality (default finalized, as the operators') should be no
// less settled than the operators': they sign a height only once their
// node has it at their finality.
type RollupConfig = rollup.Spec

// Config is the aggregator's configuration: plain data, checked by Check.
// Start from DefaultConfig (or LoadConfig): every default is applied there,
// once, so a value in a file or a flag always means itself (`late-window:
// 0` is no late window).
type Config struct {
	// ---- inputs: files the command line loads (CheckInputs), not New ----

	// Deployment is the path of the deployment file.
	Deployment string `yaml:"deployment"`
	// ECDSA key that pays for attestations.
	Keystore     string `yaml:"keystore"`
	PasswordFile string `yaml:"password-file"`

	// ---- the daemon's settings ----

	// L1RPC overrides the deployment's L1 URL.
	L1RPC string `yaml:"l1-rpc"`
	// ListenAddr of the JSON-RPC server (127.0.0.1 by default: expose it
	// deliberately).
	ListenAddr string `yaml:"listen"`
	// DataDir holds the embedded database.
	DataDir string `yaml:"data-dir"`
	// RoundInterval between two rounds. With round-every set it is instead
	// how often the L1 head is polled for the next scheduled round (at most
	// every ScheduledPoll), and it still bounds the rollup reads of one
	// opening (within [1s, 5s]).
	RoundInterval time.Duration `yaml:"round-interval"`
	// LateWindow is how long, after a digest reaches the threshold, late
	// signers may still join: each one saves the gas of a non-signer entry.
	LateWindow time.Duration `yaml:"late-window"`
	// ReceiptPoll is how often the tx manager polls for receipts.
	ReceiptPoll time.Duration `yaml:"receipt-poll"`
	// BatchVerify verifies signatures arriving together as one batch
	// (random linear combination); off verifies each with its own pairing.
	BatchVerify bool `yaml:"batch-verify"`
	// TableStakeChange is the fraction by which a quorum's total stake or
	// an operator's stake must move, since the last certified table, for a
	// round to ask for a new table (membership or key changes always do).
	TableStakeChange float64 `yaml:"table-stake-change"`
	// MaxTableAge is the longest time (between the L1 timestamps of the
	// tables' reference blocks) before a round asks for a new table even
	// when nothing changed, so rollups' tables never go stale.
	MaxTableAge time.Duration `yaml:"max-table-age"`
	// L1Every posts only every Nth round that reaches quorum to L1; the
	// others close as "certified" and are still delivered to rollups.
	//
	// With round-every set, replicas must agree without talking, so the
	// choice is read from L1: round r is posted iff the registry's
	// latestRound() + l1-every ≤ r, else certified.
	L1Every int `yaml:"l1-every"`
	// RoundEvery schedules rounds (core.Schedule): round r has reference
	// block r·RoundEvery and opens once L1's head passes it; its targets are
	// each rollup's last block not after that block's timestamp
	// (rollup.TargetAt). 0 (the default): rounds are numbered one after
	// another, every round-interval, over the rollups' heads.
	RoundEvery uint64 `yaml:"round-every"`
	// ReplicaIndex and ReplicaCount place this aggregator among replicas
	// serving the same AVS (same operators, same schedule). For round r the
	// replica of index r mod count submits first; the one of rank
	// k = (index − r) mod count waits k × ReplicaStagger after the round is
	// due before it checks the registry and sends, so that it usually
	// finds the round attested and sends nothing.
	ReplicaIndex   uint64        `yaml:"replica-index"`
	ReplicaCount   uint64        `yaml:"replica-count"`
	ReplicaStagger time.Duration `yaml:"replica-stagger"`
	// Rollups are the rollups rounds are opened for.
	Rollups rollup.Specs `yaml:"rollups"`
	// Metrics is the Prometheus metrics address (GET /metrics); empty
	// disables them. DefaultConfig leaves them off (for aggregators built
	// in code); files and the command line start from DefaultMetricsAddr.
	Metrics string `yaml:"metrics"`
}

// DefaultConfig is every default of the optional settings. The metrics
// server is off.
func DefaultConfig() Config {
	return Config{
		ListenAddr:    DefaultListenAddr,
		RoundInterval: DefaultRoundInterval,
		LateWindow:    DefaultLateWindow,
		ReceiptPoll:   DefaultReceiptPoll,
		BatchVerify:   true,

		TableStakeChange: DefaultTableStakeChange,
		MaxTableAge:      DefaultMaxTableAge,
		L1Every:          DefaultL1Every,

		ReplicaCount:   DefaultReplicaCount,
		ReplicaStagger: DefaultReplicaStagger,
	}
}

// fileDefaults are the defaults a config file or the command line starts
// from: DefaultConfig with the metrics on.
func fileDefaults() Config {
	c := DefaultConfig()
	c.Metrics = DefaultMetricsAddr
	return c
}

// LoadConfig reads the YAML file at path over the defaults (metrics on at
// DefaultMetricsAddr), rejecting unknown keys. It does not Check: flags may
// still change the result.
func LoadConfig(path string) (Config, error) {
	cfg := fileDefaults()
	if err := config.LoadYAML(path, &cfg); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// CheckInputs checks what the command line needs to build the service
// from files: the deployment.
func (c Config) CheckInputs() error {
	if c.Deployment == "" {
		return errors.New("deployment: the deployment file is required")
	}
	return nil
}

// Check reports the first problem with the daemon's settings, naming the
// key. New runs it.
func (c Config) Check() error {
	if c.DataDir == "" {
		return errors.New("data-dir: a directory for the aggregator's database is required")
	}
	if err := httpserver.CheckAddr(c.ListenAddr); err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	if c.RoundInterval < 100*time.Millisecond {
		return fmt.Errorf("round-interval: %s is shorter than 100ms", c.RoundInterval)
	}
	if c.LateWindow < 0 || c.LateWindow >= c.RoundInterval {
		return fmt.Errorf("late-window: %s must be ≥ 0 and shorter than round-interval", c.LateWindow)
	}
	if c.ReceiptPoll <= 0 {
		return errors.New("receipt-poll: must be positive")
	}
	if !(c.TableStakeChange >= 0 && c.TableStakeChange <= 1) { // also refuses NaN
		return fmt.Errorf("table-stake-change: %v must be a fraction in [0, 1]", c.TableStakeChange)
	}
	if c.MaxTableAge < time.Second {
		return fmt.Errorf("max-table-age: %s is shorter than 1s", c.MaxTableAge)
	}
	if c.L1Every < 1 {
		return fmt.Errorf("l1-every: %d must be at least 1", c.L1Every)
	}
	if err := c.checkReplicas(); err != nil {
		return err
	}
	if c.Metrics != "" {
		if err := httpserver.CheckAddr(c.Metrics); err != nil {
			return fmt.Errorf("metrics: %w (empty disables metrics)", err)
		}
		if httpserver.SameAddr(c.Metrics, c.ListenAddr) {
			return fmt.Errorf("metrics: %q is also the listen address", c.Metrics)
		}
	}
	return c.Rollups.Check()
}

// maxRoundEvery bounds round-every: the reference block of round 1 must
// fit the registry's 32 bits with room for rounds after it.
const maxRoundEvery = 1 << 24

// checkReplicas checks the schedule and the replica settings.
func (c Config) checkReplicas() error {
	if c.RoundEvery > maxRoundEvery {
		return fmt.Errorf("round-every: %d L1 blocks per round is more than %d", c.RoundEvery, maxRoundEvery)
	}
	if c.ReplicaCount < 1 {
		return errors.New("replica-count: must be at least 1 (1: no replicas)")
	}
	if c.ReplicaIndex >= c.ReplicaCount {
		return fmt.Errorf("replica-index: %d must be below replica-count %d (indexes count from 0)", c.ReplicaIndex, c.ReplicaCount)
	}
	if c.ReplicaCount > 1 && c.RoundEvery == 0 {
		return fmt.Errorf("replica-count: %d replicas need scheduled rounds (round-every > 0), so that they agree on every round", c.ReplicaCount)
	}
	if c.ReplicaStagger < 0 {
		return fmt.Errorf("replica-stagger: %s must not be negative", c.ReplicaStagger)
	}
	if c.ReplicaCount > 1 && time.Duration(c.ReplicaCount-1)*c.ReplicaStagger > maxStaggerSpan {
		return fmt.Errorf("replica-stagger: the last of %d replicas would wait %s, more than %s", c.ReplicaCount,
			time.Duration(c.ReplicaCount-1)*c.ReplicaStagger, maxStaggerSpan)
	}
	return nil
}

// maxStaggerSpan bounds the last replica's wait: longer, and a round could
// grow too old for the registry before any backup replica sends it.
const maxStaggerSpan = 5 * time.Minute

// schedule is the round schedule (off when round-every is 0).
func (c Config) schedule() core.Schedule { return core.Schedule{Every: c.RoundEvery} }

// replicaRank is this replica's place in the order of submission for
// round: 0 submits first.
func (c Config) replicaRank(round uint64) uint64 {
	if c.ReplicaCount <= 1 {
		return 0
	}
	n := c.ReplicaCount
	return (c.ReplicaIndex%n + n - round%n) % n
}
