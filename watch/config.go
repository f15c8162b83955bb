package watch

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Defaults of the settings a config may leave out.
const (
	DefaultDataDir      = "./watch-data"
	DefaultPollInterval = 2 * time.Second
	// MinPollInterval is the shortest accepted poll interval.
	MinPollInterval = 10 * time.Millisecond
	// Default addresses of the node API and the metrics: loopback, expose
	// them on purpose. Not the operator's (9010/9011) nor the aggregator's.
	DefaultNodeAPI = "127.0.0.1:9020"
	DefaultMetrics = "127.0.0.1:9021"
)

// EnvScope scopes the watcher's environment variables: ROLLCALL_WATCH_<FLAG>.
const EnvScope = "watch"

// ECDSAPasswordEnv holds the ECDSA keystore password when no password file
// is configured.
const ECDSAPasswordEnv = "ROLLCALL_WATCH_ECDSA_PASSWORD"

// ErrInvalidConfig is wrapped by every error of Config.Check.
var ErrInvalidConfig = errors.New("invalid watch config")

// Config is the watcher's configuration: plain data, checked without
// reading files or dialing. The YAML keys are the flag names. It is made
// of parts that check themselves: where to look (Sources), the rollup nodes
// claims are compared with (Rollups), the key that submits evidence
// (Submitter) and the node API and metrics (Servers).
type Config struct {
	Sources   Sources      `yaml:",inline"`
	Rollups   rollup.Specs `yaml:"rollups"`
	Submitter Submitter    `yaml:",inline"`
	Servers   Servers      `yaml:",inline"`
	// DataDir holds the record of submitted evidence (watch.db).
	DataDir string `yaml:"data-dir"`
	// PollInterval is how often L1 and the aggregator are read.
	PollInterval time.Duration `yaml:"poll-interval"`
}

// Sources say where attested checkpoints and individual signatures come
// from.
type Sources struct {
	// Deployment is the deployment file (L1 chain id, registry, slasher,
	// middleware addresses, deployedAtBlock).
	Deployment string `yaml:"deployment"`
	// L1RPC is the L1 JSON-RPC endpoint; empty means the deployment's.
	L1RPC string `yaml:"l1-rpc"`
	// AggregatorURL is the aggregator whose accepted signatures are read
	// (rollcall_operatorSignatures); empty: only attested checkpoints are
	// compared.
	AggregatorURL string `yaml:"aggregator-url"`
	// FromBlock is the first L1 block searched; 0 means the deployment's
	// deployedAtBlock.
	FromBlock uint64 `yaml:"from-block"`
}

// Check validates the sources.
func (s Sources) Check() error {
	if s.Deployment == "" {
		return invalid("deployment", "is required")
	}
	if s.L1RPC != "" {
		if err := checkURL(s.L1RPC, "http", "https", "ws", "wss"); err != nil {
			return invalid("l1-rpc", err.Error())
		}
	}
	if s.AggregatorURL != "" {
		if err := checkURL(s.AggregatorURL, "http", "https"); err != nil {
			return invalid("aggregator-url", err.Error())
		}
	}
	return nil
}

// Submitter is the watcher's own funded key. Without a keystore the
// watcher only reports the faults it finds (and their evidence) and submits
// nothing.
type Submitter struct {
	// ECDSAKeystore is a v3 keystore; its account pays for the evidence.
	ECDSAKeystore string `yaml:"ecdsa-keystore"`
	// ECDSAPasswordFile holds its password; empty means ROLLCALL_WATCH_ECDSA_PASSWORD.
	ECDSAPasswordFile string `yaml:"ecdsa-password-file"`
	// ReceiptPoll is how often the tx manager polls receipts (0: chainio's default).
	ReceiptPoll time.Duration `yaml:"receipt-poll"`
}

// Check validates the submitter.
func (s Submitter) Check() error {
	if s.ECDSAKeystore == "" && s.ECDSAPasswordFile != "" {
		return invalid("ecdsa-password-file", "is set without ecdsa-keystore")
	}
	if s.ReceiptPoll < 0 {
		return invalid("receipt-poll", "must not be negative")
	}
	return nil
}

// Servers are the node API and metrics addresses; empty disables one.
type Servers struct {
	NodeAPI string `yaml:"node-api"`
	Metrics string `yaml:"metrics"`
}

// Check validates the addresses that are set.
func (s Servers) Check() error {
	for _, a := range []struct{ key, addr string }{{"node-api", s.NodeAPI}, {"metrics", s.Metrics}} {
		if a.addr == "" {
			continue
		}
		if err := httpserver.CheckAddr(a.addr); err != nil {
			return invalid(a.key, err.Error()+" (empty disables it)")
		}
	}
	if s.Metrics != "" && httpserver.SameAddr(s.Metrics, s.NodeAPI) {
		return invalid("metrics", fmt.Sprintf("%q is also the node-api address", s.Metrics))
	}
	return nil
}

// DefaultConfig returns the defaults (node API and metrics on).
func DefaultConfig() Config {
	return Config{
		DataDir: DefaultDataDir, PollInterval: DefaultPollInterval,
		Servers: Servers{NodeAPI: DefaultNodeAPI, Metrics: DefaultMetrics},
	}
}

// LoadConfig reads the YAML file at path over the defaults, rejecting
// unknown keys. It does not Check.
func LoadConfig(path string) (Config, error) {
	cfg := DefaultConfig()
	if err := config.LoadYAML(path, &cfg); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// Check reports the first problem, naming the setting by its key.
func (c Config) Check() error {
	if err := c.Sources.Check(); err != nil {
		return err
	}
	// Rollups are optional: without them attested claims are not compared
	// with any rollup's own block, only with each other and with signatures.
	if len(c.Rollups) > 0 {
		if err := c.Rollups.Check(); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
		}
	}
	if err := c.Submitter.Check(); err != nil {
		return err
	}
	if err := c.Servers.Check(); err != nil {
		return err
	}
	if c.DataDir == "" {
		return invalid("data-dir", "is required")
	}
	if c.PollInterval < MinPollInterval {
		return invalid("poll-interval", fmt.Sprintf("%s is shorter than %s", c.PollInterval, MinPollInterval))
	}
	return nil
}

func invalid(key, problem string) error {
	return fmt.Errorf("%w: %s %s", ErrInvalidConfig, key, problem)
}

// checkURL validates an endpoint; its error never repeats the URL, which
// may hold an API key.
func checkURL(raw string, schemes ...string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("is not a valid URL")
	}
	ok := false
	for _, s := range schemes {
		ok = ok || u.Scheme == s
	}
	if !ok {
		return fmt.Errorf("has scheme %q, want %s", u.Scheme, strings.Join(schemes, ", "))
	}
	if u.Host == "" {
		return errors.New("has no host")
	}
	return nil
}
