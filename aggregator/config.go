package aggregator

import (
	"errors"
	"fmt"
	"time"

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
	// RoundInterval between two rounds.
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
	L1Every int `yaml:"l1-every"`
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
