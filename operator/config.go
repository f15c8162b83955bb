package operator

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
	"github.com/rollcall-avs/rollcall/rollup"
)

// Defaults of the settings a config may leave out.
const (
	DefaultDataDir      = "./operator-data"
	DefaultPollInterval = 500 * time.Millisecond
	DefaultRoundTimeout = 30 * time.Second
	DefaultFinality     = rollup.Finalized
	DefaultKind         = rollup.KindEVM
	// MinPollInterval is the shortest accepted poll interval.
	MinPollInterval = 10 * time.Millisecond
)

// EnvScope scopes the operator's environment variables:
// ROLLCALL_OPERATOR_<FLAG>.
const EnvScope = "operator"

// BLSPasswordEnv is the environment variable holding the BLS keystore
// password when no password file is configured.
const BLSPasswordEnv = "ROLLCALL_OPERATOR_BLS_PASSWORD"

// ErrInvalidConfig is wrapped by every error of Config.Check.
var ErrInvalidConfig = errors.New("invalid operator config")

// Config is the operator daemon's configuration. It is plain data: Check
// validates it without reading files or dialing anything. The YAML keys are
// also the flag names (see Flags); secrets (the BLS password) are not part
// of it, only where to find them.
type Config struct {
	// Deployment is the deployment file: L1 chain id, registry, registry
	// coordinator.
	Deployment string `yaml:"deployment"`
	// L1RPC is the L1 JSON-RPC endpoint; empty means the deployment's
	// l1.rpcUrl.
	L1RPC string `yaml:"l1-rpc"`
	// BLSKeystore is the operator's encrypted BLS key.
	BLSKeystore string `yaml:"bls-keystore"`
	// BLSPasswordFile holds the keystore password; empty means the
	// ROLLCALL_OPERATOR_BLS_PASSWORD environment variable.
	BLSPasswordFile string `yaml:"bls-password-file"`
	// AggregatorURLs are the JSON-RPC endpoints of the aggregators the
	// operator signs for: one URL, or (replicas of one AVS) several, each
	// followed by its own loop (follower.go). In YAML, one URL or a list.
	AggregatorURLs URLList `yaml:"aggregator-url"`
	// RoundEvery, when not zero, is the L1 blocks per round of the AVS's
	// schedule (core.Schedule): only scheduled rounds with that spacing are
	// signed. Zero signs unscheduled rounds too, and checks a scheduled
	// round against its own every.
	RoundEvery uint64 `yaml:"round-every"`
	// DataDir holds the signing record.
	DataDir string `yaml:"data-dir"`
	// PollInterval is how often the aggregator is asked for its open round
	// (and how often a claim not yet available is read again).
	PollInterval time.Duration `yaml:"poll-interval"`
	// RoundTimeout bounds the work on one round: waiting for the rollups to
	// reach the target heights and retrying the submission.
	RoundTimeout time.Duration `yaml:"round-timeout"`
	// Rollups are the chains the operator follows, one node each.
	Rollups rollup.Specs `yaml:"rollups"`
	// AllowEmptySigningRecord lets the daemon start on an empty signing
	// record although the aggregator holds signatures of the key (see
	// Service.checkEmptyRecord): only when the record is known to be lost
	// for good and nothing conflicting can be signed.
	AllowEmptySigningRecord bool `yaml:"allow-empty-signing-record"`

	// ---- lifecycle settings: used by `operator register`, `deregister`,
	// `update-socket` and `status` only; `operator run` ignores them (see
	// CheckLifecycle). ----

	// ECDSAKeystore is the operator's encrypted ECDSA key (v3 keystore): its
	// address is the EigenLayer operator and it pays for the transactions.
	ECDSAKeystore string `yaml:"ecdsa-keystore"`
	// ECDSAPasswordFile holds that keystore's password; empty means the
	// ROLLCALL_OPERATOR_ECDSA_PASSWORD environment variable.
	ECDSAPasswordFile string `yaml:"ecdsa-password-file"`
	// Socket is the URL the aggregator can reach this operator at, stored
	// on chain at registration (and changed by `operator update-socket`).
	Socket string `yaml:"socket"`
	// MetadataURL is the operator's EigenLayer metadata (set when becoming
	// an EigenLayer operator).
	MetadataURL string `yaml:"metadata-url"`

	// ---- end of lifecycle settings ----

	// ---- node API and metrics settings (see nodeapi.go, metrics.go) ----

	// NodeAPI is the address of the EigenLayer node API (GET /eigen/node,
	// /eigen/node/health, /eigen/node/services); empty disables it.
	NodeAPI string `yaml:"node-api"`
	// Metrics is the address of the Prometheus metrics (GET /metrics);
	// empty disables them.
	Metrics string `yaml:"metrics"`

	// ---- end of node API and metrics settings ----
}

// RollupConfig is one rollup the operator follows; RPC is the operator's
// own node of it. Finality defaults to finalized, kind to evm.
type RollupConfig = rollup.Spec

// DefaultConfig returns the defaults of the optional settings.
func DefaultConfig() Config {
	return Config{
		DataDir:      DefaultDataDir,
		PollInterval: DefaultPollInterval,
		RoundTimeout: DefaultRoundTimeout,
	}
}

// LoadConfig reads the YAML file at path over the defaults, rejecting
// unknown keys. It does not Check the result: flags may still change it.
func LoadConfig(path string) (Config, error) {
	cfg := withServerDefaults(DefaultConfig())
	if err := config.LoadYAML(path, &cfg); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// Check reports the first problem, naming the setting by its YAML key (also
// its flag name). NewService runs it.
func (c Config) Check() error { return c.check(true, true) }

// check is Check; a daemon given its deployment or its key in Options
// (built in another process, rollcall demo) needs no file for them.
func (c Config) check(needDeployment, needKey bool) error {
	if needDeployment && c.Deployment == "" {
		return invalid("deployment", "is required")
	}
	if c.L1RPC != "" {
		if err := checkURL(c.L1RPC, "http", "https", "ws", "wss"); err != nil {
			return invalid("l1-rpc", err.Error())
		}
	}
	if needKey && c.BLSKeystore == "" {
		return invalid("bls-keystore", "is required")
	}
	if len(c.AggregatorURLs) == 0 {
		return invalid("aggregator-url", "is required")
	}
	if err := c.AggregatorURLs.check(); err != nil {
		return err
	}
	if c.DataDir == "" {
		return invalid("data-dir", "is required")
	}
	if c.PollInterval < MinPollInterval {
		return invalid("poll-interval", fmt.Sprintf("%s is shorter than %s", c.PollInterval, MinPollInterval))
	}
	if c.RoundTimeout <= c.PollInterval {
		return invalid("round-timeout", fmt.Sprintf("%s must be longer than poll-interval %s", c.RoundTimeout, c.PollInterval))
	}
	if err := c.Rollups.Check(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	if err := c.checkLifecycleValues(); err != nil {
		return err
	}
	if err := c.checkServerValues(); err != nil {
		return err
	}
	return nil
}

func invalid(key, problem string) error {
	return fmt.Errorf("%w: %s %s", ErrInvalidConfig, key, problem)
}

// checkURL validates an endpoint; its error never repeats the URL, which may
// hold an API key.
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

// URLList is a setting of one URL or several: in YAML a string or a list
// of strings, on the command line a repeated flag, in the environment
// comma-separated.
type URLList []string

// UnmarshalYAML accepts a single URL as well as a list.
func (l *URLList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		var one string
		if err := n.Decode(&one); err != nil {
			return err
		}
		*l = URLList{one}
		return nil
	}
	var many []string
	if err := n.Decode(&many); err != nil {
		return err
	}
	*l = many
	return nil
}

// check validates each aggregator URL, naming it by its index when there
// are several (aggregator-url[1]); a URL listed twice would sign for one
// aggregator twice over.
func (l URLList) check() error {
	key := func(i int) string {
		if len(l) == 1 {
			return "aggregator-url"
		}
		return fmt.Sprintf("aggregator-url[%d]", i)
	}
	for i, u := range l {
		if u == "" {
			return invalid(key(i), "is empty")
		}
		if err := checkURL(u, "http", "https"); err != nil {
			return invalid(key(i), err.Error())
		}
		for j := range i {
			if l[j] == u {
				return invalid(key(i), "repeats "+key(j))
			}
		}
	}
	return nil
}

// ---- lifecycle settings (register, deregister, update-socket, status) ----

// ECDSAPasswordEnv is the environment variable holding the ECDSA keystore
// password when no password file is configured.
const ECDSAPasswordEnv = "ROLLCALL_OPERATOR_ECDSA_PASSWORD"

// Lifecycle names the operator commands other than run, each needing its
// own subset of the settings.
type Lifecycle int

const (
	// LifecycleRegister: ECDSA key, BLS key and socket.
	LifecycleRegister Lifecycle = iota
	// LifecycleDeregister: the ECDSA key.
	LifecycleDeregister
	// LifecycleUpdateSocket: the ECDSA key and the socket.
	LifecycleUpdateSocket
	// LifecycleStatus: the ECDSA keystore (its address; no password
	// needed); the BLS keystore is optional.
	LifecycleStatus
)

// CheckLifecycle validates what command cmd needs, naming the setting by its
// key. Unlike Check it does not require the daemon's settings (aggregator,
// rollups): registering needs no rollup node.
func (c Config) CheckLifecycle(cmd Lifecycle) error {
	if c.Deployment == "" {
		return invalid("deployment", "is required")
	}
	if c.L1RPC != "" {
		if err := checkURL(c.L1RPC, "http", "https", "ws", "wss"); err != nil {
			return invalid("l1-rpc", err.Error())
		}
	}
	if err := c.AggregatorURLs.check(); err != nil {
		return err
	}
	if c.ECDSAKeystore == "" {
		return invalid("ecdsa-keystore", "is required")
	}
	switch cmd {
	case LifecycleRegister:
		if c.BLSKeystore == "" {
			return invalid("bls-keystore", "is required")
		}
		if c.Socket == "" {
			return invalid("socket", "is required (the URL the aggregator reaches this operator at)")
		}
	case LifecycleUpdateSocket:
		if c.Socket == "" {
			return invalid("socket", "is required (the URL the aggregator reaches this operator at)")
		}
	}
	return c.checkLifecycleValues()
}

// checkLifecycleValues validates the lifecycle settings that are set.
func (c Config) checkLifecycleValues() error {
	if c.Socket != "" {
		if err := checkURL(c.Socket, "http", "https"); err != nil {
			return invalid("socket", err.Error())
		}
	}
	if c.MetadataURL != "" {
		if err := checkURL(c.MetadataURL, "http", "https"); err != nil {
			return invalid("metadata-url", err.Error())
		}
	}
	return nil
}

// ---- end of lifecycle settings ----

// ---- node API and metrics settings ----

// Default addresses of the node API and the metrics: loopback, expose them
// on purpose.
const (
	DefaultNodeAPI = "127.0.0.1:9010"
	DefaultMetrics = "127.0.0.1:9011"
)

// withServerDefaults turns the node API and metrics on at their default
// addresses. Config files and the command line start from it (LoadConfig,
// ConfigFromCLI); DefaultConfig leaves both off, for daemons built in code,
// where several in one process (rollcall demo) would compete for the ports.
func withServerDefaults(c Config) Config {
	c.NodeAPI, c.Metrics = DefaultNodeAPI, DefaultMetrics
	return c
}

// checkServerValues validates the node API and metrics addresses that are
// set.
func (c Config) checkServerValues() error {
	for _, s := range []struct{ key, addr string }{{"node-api", c.NodeAPI}, {"metrics", c.Metrics}} {
		if s.addr == "" {
			continue
		}
		if err := httpserver.CheckAddr(s.addr); err != nil {
			return invalid(s.key, err.Error()+" (empty disables it)")
		}
		if s.key == "metrics" && httpserver.SameAddr(s.addr, c.NodeAPI) {
			return invalid(s.key, fmt.Sprintf("%q is also the node-api address", s.addr))
		}
	}
	return nil
}

// ---- end of node API and metrics settings ----
