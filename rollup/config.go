package rollup

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

const (
	// DefaultTimeout bounds each JSON-RPC call when Config.Timeout is zero.
	DefaultTimeout = 5 * time.Second
	// DefaultRetries is the number of retries of DefaultConfig.
	DefaultRetries = 3
	// MaxRetries is the largest accepted Config.Retries.
	MaxRetries = 10
)

// ErrInvalidConfig is wrapped by every error returned by Config.Check.
var ErrInvalidConfig = errors.New("rollup: invalid config")

// Finality is how settled a block must be before it is claimed.
type Finality string

const (
	// Latest is the node's head block: it may still be reorganised.
	Latest Finality = "latest"
	// Safe is a block the node considers safe from reorgs (for an OP Stack
	// chain: derived from data posted to L1).
	Safe Finality = "safe"
	// Finalized is a block that cannot be reorganised any more.
	Finalized Finality = "finalized"
)

// ParseFinality parses "latest", "safe" or "finalized" (case-insensitive).
func ParseFinality(s string) (Finality, error) {
	f := Finality(strings.ToLower(strings.TrimSpace(s)))
	if !f.valid() {
		return "", fmt.Errorf("rollup: unknown finality %q (want latest, safe or finalized)", s)
	}
	return f, nil
}

func (f Finality) valid() bool {
	switch f {
	case Latest, Safe, Finalized:
		return true
	}
	return false
}

// String returns the finality as written in configs and block tags.
func (f Finality) String() string { return string(f) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseFinality.
func (f *Finality) UnmarshalText(text []byte) error {
	parsed, err := ParseFinality(string(text))
	if err != nil {
		return err
	}
	*f = parsed
	return nil
}

// Kind is the kind of node a Reader talks to.
type Kind string

const (
	// KindEVM is any Ethereum JSON-RPC node (eth_getBlockByNumber).
	KindEVM Kind = "evm"
	// KindOPStack is an OP Stack rollup node (op-node: optimism_outputAtBlock).
	KindOPStack Kind = "opstack"
)

// ParseKind parses "evm" or "opstack" (case-insensitive).
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToLower(strings.TrimSpace(s)))
	if !k.valid() {
		return "", fmt.Errorf("rollup: unknown kind %q (want evm or opstack)", s)
	}
	return k, nil
}

func (k Kind) valid() bool {
	return k == KindEVM || k == KindOPStack
}

// String returns the kind as written in configs.
func (k Kind) String() string { return string(k) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseKind.
func (k *Kind) UnmarshalText(text []byte) error {
	parsed, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = parsed
	return nil
}

// Config describes how to read one rollup. It is plain data: Check
// validates it without dialing anything.
type Config struct {
	// ChainID is the rollup's chain id; New checks the node serves it.
	ChainID uint64
	// RPCURL is the node's JSON-RPC endpoint (http, https, ws or wss): an
	// execution node for KindEVM, the op-node for KindOPStack.
	RPCURL string
	// Kind is the kind of node at RPCURL.
	Kind Kind
	// Finality is how settled a block must be before it is claimed.
	Finality Finality
	// Timeout bounds each JSON-RPC call (each attempt); 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// Retries is how many times a call that failed in transport (connection
	// refused or reset, timeout, HTTP 5xx or 429) is retried, with a short
	// exponential backoff. 0 means no retry. An answer of the node, such as
	// a block that does not exist yet, is never retried.
	Retries int
}

// DefaultConfig returns a valid config for an EVM rollup at url, claiming
// finalized blocks only, with DefaultTimeout and DefaultRetries.
func DefaultConfig(chainID uint64, url string) Config {
	return Config{
		ChainID:  chainID,
		RPCURL:   url,
		Kind:     KindEVM,
		Finality: Finalized,
		Timeout:  DefaultTimeout,
		Retries:  DefaultRetries,
	}
}

// Check reports the first problem with the config, naming the field and
// wrapping ErrInvalidConfig.
func (c Config) Check() error {
	if c.ChainID == 0 {
		return fmt.Errorf("%w: ChainID must not be zero", ErrInvalidConfig)
	}
	if err := checkURL(c.RPCURL); err != nil {
		return fmt.Errorf("%w: RPCURL %s", ErrInvalidConfig, err)
	}
	if !c.Kind.valid() {
		return fmt.Errorf("%w: Kind %q is not evm or opstack", ErrInvalidConfig, c.Kind)
	}
	if !c.Finality.valid() {
		return fmt.Errorf("%w: Finality %q is not latest, safe or finalized", ErrInvalidConfig, c.Finality)
	}
	if c.Timeout < 0 {
		return fmt.Errorf("%w: Timeout %s is negative", ErrInvalidConfig, c.Timeout)
	}
	if c.Retries < 0 || c.Retries > MaxRetries {
		return fmt.Errorf("%w: Retries %d is out of range 0-%d", ErrInvalidConfig, c.Retries, MaxRetries)
	}
	return nil
}

// checkURL validates a JSON-RPC endpoint. Its error does not repeat the URL,
// which may hold an API key.
func checkURL(raw string) error {
	if raw == "" {
		return errors.New("is empty")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return errors.New("is not a valid URL")
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Errorf("has scheme %q, want http, https, ws or wss", u.Scheme)
	}
	if u.Host == "" {
		return errors.New("has no host")
	}
	return nil
}

// withDefaults returns the config with zero values replaced by defaults.
func (c Config) withDefaults() Config {
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	return c
}
