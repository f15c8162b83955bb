package aggregator

import (
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/rollcall-avs/rollcall/rollup"
)

// Defaults of the aggregator's configuration.
const (
	DefaultListenAddr    = "127.0.0.1:8090"
	DefaultRoundInterval = 12 * time.Second
	DefaultLateWindow    = 300 * time.Millisecond
	DefaultReceiptPoll   = time.Second
)

// RollupConfig is one rollup the aggregator opens rounds for. The
// aggregator only reads heads from it: operators read claims from their own
// nodes. Its finality (default finalized, see WithDefaults) should be no
// less settled than the operators': they sign a height only once their
// node has it at their finality.
type RollupConfig = rollup.Spec

// Config is the aggregator's configuration: plain data, checked by Check.
type Config struct {
	// Deployment is the path of the deployment file.
	Deployment string `yaml:"deployment"`
	// L1RPC overrides the deployment's L1 URL.
	L1RPC string `yaml:"l1-rpc"`
	// ECDSA key that pays for attestations.
	Keystore     string `yaml:"keystore"`
	PasswordFile string `yaml:"password-file"`
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
	BatchVerify *bool          `yaml:"batch-verify"`
	Rollups     []RollupConfig `yaml:"rollups"`
	// Metrics is the Prometheus metrics address (GET /metrics); empty
	// disables them. WithDefaults leaves it alone: `rollcall aggregator
	// run` starts from DefaultMetricsAddr, a Config built in code from none.
	Metrics string `yaml:"metrics"`
}

// WithDefaults fills unset values.
func (c Config) WithDefaults() Config {
	if c.ListenAddr == "" {
		c.ListenAddr = DefaultListenAddr
	}
	if c.RoundInterval == 0 {
		c.RoundInterval = DefaultRoundInterval
	}
	if c.LateWindow == 0 {
		c.LateWindow = DefaultLateWindow
	}
	if c.ReceiptPoll == 0 {
		c.ReceiptPoll = DefaultReceiptPoll
	}
	if c.BatchVerify == nil {
		on := true
		c.BatchVerify = &on
	}
	for i := range c.Rollups {
		if c.Rollups[i].Finality == "" {
			c.Rollups[i].Finality = string(rollup.Finalized)
		}
		if c.Rollups[i].Kind == "" {
			c.Rollups[i].Kind = string(rollup.KindEVM)
		}
	}
	return c
}

// Check reports the first problem, naming the key.
func (c Config) Check() error {
	if c.Deployment == "" {
		return errors.New("deployment: the deployment file is required")
	}
	if c.DataDir == "" {
		return errors.New("data-dir: a directory for the aggregator's database is required")
	}
	if _, _, err := net.SplitHostPort(c.ListenAddr); err != nil {
		return fmt.Errorf("listen: %q is not host:port: %w", c.ListenAddr, err)
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
	if c.Metrics != "" {
		if _, port, err := net.SplitHostPort(c.Metrics); err != nil {
			return fmt.Errorf("metrics: %q is not host:port (empty disables metrics): %w", c.Metrics, err)
		} else if port != "0" && c.Metrics == c.ListenAddr {
			return fmt.Errorf("metrics: %q is also the listen address", c.Metrics)
		}
	}
	if len(c.Rollups) == 0 {
		return errors.New("rollups: at least one rollup is required")
	}
	seen := map[uint64]bool{}
	for i, r := range c.Rollups {
		rc, err := r.ReaderConfig()
		if err != nil {
			return fmt.Errorf("rollups[%d].%w", i, err)
		}
		if err := rc.Check(); err != nil {
			return fmt.Errorf("rollups[%d]: %w", i, err)
		}
		if seen[r.ChainID] {
			return fmt.Errorf("rollups[%d]: chain-id %d is listed twice", i, r.ChainID)
		}
		seen[r.ChainID] = true
	}
	return nil
}
