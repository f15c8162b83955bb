package relay

import (
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
)

// Defaults of the relay's configuration.
const (
	DefaultPoll        = 500 * time.Millisecond
	DefaultBackfill    = 32
	DefaultReceiptPoll = 200 * time.Millisecond
	// DefaultConfirmationTimeout is how long a sent transaction may wait
	// for a receipt before the tx manager re-sends it with a higher fee
	// (same nonce): two or three blocks of a typical rollup.
	DefaultConfirmationTimeout = 30 * time.Second
	// DefaultRPCTimeout bounds one JSON-RPC request to a destination, so
	// that a hung node cannot wedge its worker.
	DefaultRPCTimeout  = 30 * time.Second
	DefaultNodeAPIAddr = "127.0.0.1:9012"
	DefaultMetricsAddr = "127.0.0.1:9093"
	// MaxBackfill bounds how far back (in quorum rounds) one pass looks.
	MaxBackfill = 1024
)

// Config is the relay's configuration: plain data, checked by Check. Start
// from DefaultConfig (or LoadConfig); every default is applied there once.
type Config struct {
	// ---- inputs: files the command line loads (CheckInputs), not New ----

	// Deployment is the path of the deployment file: L1, the middleware and
	// rollups[i].contracts.{registry,certificateVerifier}.
	Deployment string `yaml:"deployment"`
	// ECDSA key (v3 keystore) funded on every destination rollup.
	Keystore     string `yaml:"keystore"`
	PasswordFile string `yaml:"password-file"`

	// ---- the daemon's settings ----

	// L1RPC overrides the deployment's L1 URL: tables are computed from it.
	L1RPC string `yaml:"l1-rpc"`
	// Aggregators are the aggregators' JSON-RPC URLs, asked in order.
	Aggregators []string `yaml:"aggregators"`
	// DataDir holds the relay's database.
	DataDir string `yaml:"data-dir"`
	// Poll is how often the relay asks the aggregator for new rounds.
	Poll time.Duration `yaml:"poll"`
	// Backfill is how many quorum rounds below the newest a destination
	// catches up on (newest first).
	Backfill int `yaml:"backfill"`
	// ReceiptPoll is how often the tx manager polls for receipts.
	ReceiptPoll time.Duration `yaml:"receipt-poll"`
	// ConfirmationTimeout is how long a transaction waits for its receipt
	// before the tx manager bumps its fee.
	ConfirmationTimeout time.Duration `yaml:"confirmation-timeout"`
	// RPCTimeout bounds every JSON-RPC request to a destination.
	RPCTimeout time.Duration `yaml:"rpc-timeout"`
	// Destinations, when not empty, limit delivery to these rollup chain
	// ids (default: every rollup of the deployment with a registry).
	Destinations []uint64 `yaml:"destinations"`
	// RPCOverrides replace a destination's rpcUrl from the deployment:
	// chain id → URL.
	RPCOverrides map[uint64]string `yaml:"rpc"`
	// NodeAPI is the address of the EigenLayer node API (health); empty
	// disables it.
	NodeAPI string `yaml:"node-api"`
	// Metrics is the Prometheus metrics address; empty disables them.
	Metrics string `yaml:"metrics"`
}

// DefaultConfig is every default of the optional settings; the node API
// and metrics servers are off (for relays built in code).
func DefaultConfig() Config {
	return Config{Poll: DefaultPoll, Backfill: DefaultBackfill, ReceiptPoll: DefaultReceiptPoll,
		ConfirmationTimeout: DefaultConfirmationTimeout, RPCTimeout: DefaultRPCTimeout}
}

// fileDefaults are what a file or the command line starts from: the node
// API and metrics on.
func fileDefaults() Config {
	c := DefaultConfig()
	c.NodeAPI, c.Metrics = DefaultNodeAPIAddr, DefaultMetricsAddr
	return c
}

// LoadConfig reads the YAML file at path over the defaults, rejecting
// unknown keys. It does not Check.
func LoadConfig(path string) (Config, error) {
	cfg := fileDefaults()
	if err := config.LoadYAML(path, &cfg); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// CheckInputs checks what the command line needs to load: the deployment
// and the keystore.
func (c Config) CheckInputs() error {
	if c.Deployment == "" {
		return errors.New("deployment: the deployment file is required")
	}
	if c.Keystore == "" {
		return errors.New("keystore: the relay's ECDSA keystore is required")
	}
	return nil
}

// Check reports the first problem with the daemon's settings, naming the
// key. New runs it.
func (c Config) Check() error {
	if len(c.Aggregators) == 0 {
		return errors.New("aggregators: at least one aggregator URL is required")
	}
	for i, a := range c.Aggregators {
		if err := checkURL(a); err != nil {
			return fmt.Errorf("aggregators[%d]: %w", i, err)
		}
	}
	if c.L1RPC != "" {
		if err := checkURL(c.L1RPC); err != nil {
			return fmt.Errorf("l1-rpc: %w", err)
		}
	}
	if c.DataDir == "" {
		return errors.New("data-dir: a directory for the relay's database is required")
	}
	if c.Poll < 10*time.Millisecond {
		return fmt.Errorf("poll: %s is shorter than 10ms", c.Poll)
	}
	if c.Backfill < 0 || c.Backfill > MaxBackfill {
		return fmt.Errorf("backfill: %d is not in 0..%d", c.Backfill, MaxBackfill)
	}
	if c.ReceiptPoll <= 0 {
		return errors.New("receipt-poll: must be positive")
	}
	if c.ConfirmationTimeout < c.ReceiptPoll {
		return fmt.Errorf("confirmation-timeout: %s is shorter than receipt-poll", c.ConfirmationTimeout)
	}
	if c.RPCTimeout < 100*time.Millisecond {
		return fmt.Errorf("rpc-timeout: %s is shorter than 100ms", c.RPCTimeout)
	}
	seen := map[uint64]bool{}
	for _, id := range c.Destinations {
		if id == 0 || seen[id] {
			return fmt.Errorf("destinations: chain id %d is zero or listed twice", id)
		}
		seen[id] = true
	}
	for id, u := range c.RPCOverrides {
		if err := checkURL(u); err != nil {
			return fmt.Errorf("rpc[%d]: %w", id, err)
		}
	}
	for _, srv := range []struct{ key, addr string }{{"node-api", c.NodeAPI}, {"metrics", c.Metrics}} {
		if srv.addr == "" {
			continue
		}
		if err := httpserver.CheckAddr(srv.addr); err != nil {
			return fmt.Errorf("%s: %w (empty disables it)", srv.key, err)
		}
	}
	if c.NodeAPI != "" && httpserver.SameAddr(c.NodeAPI, c.Metrics) {
		return fmt.Errorf("metrics: %q is also the node-api address", c.Metrics)
	}
	return nil
}

func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %w", s, err)
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("%q: want an http(s) or ws(s) URL", s)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", s)
	}
	return nil
}
