package chain

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"time"

	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

const (
	// DefaultHost is the interface the JSON-RPC servers listen on when
	// Config.Host is empty: loopback only.
	DefaultHost = "127.0.0.1"
	// DefaultGasLimit is the block gas limit when Config.GasLimit is zero. It
	// is large enough for the biggest EigenLayer contract deployments.
	DefaultGasLimit uint64 = 60_000_000
	// DefaultBlockInterval is the block interval of DefaultConfig.
	DefaultBlockInterval = time.Second
	// MinBlockInterval is the shortest accepted block interval.
	MinBlockInterval = 10 * time.Millisecond
)

// ErrInvalidConfig is wrapped by every error returned by Config.Check.
var ErrInvalidConfig = errors.New("chain: invalid config")

// hostnameRE matches a DNS host name (letters, digits, dots and hyphens).
var hostnameRE = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$`)

// Config describes one embedded chain. It is plain data: Check validates it
// without side effects, New applies the defaults documented on each field.
type Config struct {
	// ChainID is the EIP-155 chain id; it must not be zero.
	ChainID uint64
	// Host is the interface both JSON-RPC servers listen on: an IP address
	// or a host name. Empty means DefaultHost.
	Host string
	// HTTPPort and WSPort are the JSON-RPC ports; 0 picks a free port at
	// Start. They may be equal: go-ethereum then serves both on one port.
	HTTPPort int
	WSPort   int
	// BlockInterval is the time between two blocks when no transaction is
	// pending. A pending transaction gets its block promptly (tens of
	// milliseconds), whatever the interval.
	BlockInterval time.Duration
	// GasLimit is the block gas limit; 0 means DefaultGasLimit.
	GasLimit uint64
	// Alloc funds accounts at genesis (see DevAlloc). It may be nil.
	Alloc types.GenesisAlloc
	// ActivityTx puts at least one real transaction in every block (a
	// transfer from ActivityKey), so that state roots change between
	// blocks. The activity account is funded automatically.
	ActivityTx bool
	// Forks is the fork set the chain runs; empty means ForksMainnet.
	Forks Forks
	// Tracer, when set, receives go-ethereum's EVM hooks for every
	// transaction of every block the chain imports (benchmarks use it to
	// split a transaction's gas by call frame). Calls (eth_call,
	// eth_estimateGas) are not traced.
	Tracer *tracing.Hooks
	// Clock, when set, is a time (seconds) the chain's block timestamps
	// must keep up with: typically the L1's newest block timestamp, for a
	// devnet rollup. A simulated chain stamps blocks with the wall clock
	// but never less than its parent + 1 s, so a burst of blocks (the L1's
	// deployment, registrations) puts it ahead of the wall clock for good;
	// a rollup would then stay behind L1's clock, and scheduled rounds,
	// whose targets are a rollup's last block at or before an L1
	// timestamp, could never find its target. Before each block, a chain
	// behind Clock seals an empty block at Clock's time. Errors of Clock
	// only skip the catch-up.
	Clock func(ctx context.Context) (uint64, error)
}

// DefaultConfig returns a valid config for chainID: loopback host, free
// ports, DefaultBlockInterval, DefaultGasLimit, no alloc, no activity.
func DefaultConfig(chainID uint64) Config {
	return Config{
		ChainID:       chainID,
		Host:          DefaultHost,
		BlockInterval: DefaultBlockInterval,
		GasLimit:      DefaultGasLimit,
	}
}

// Check reports the first problem with the config, wrapping ErrInvalidConfig.
// It never dials nor listens: whether a port is free is checked at Start.
func (c Config) Check() error {
	if c.ChainID == 0 {
		return fmt.Errorf("%w: chain id must not be zero", ErrInvalidConfig)
	}
	if c.Host != "" && net.ParseIP(c.Host) == nil && !hostnameRE.MatchString(c.Host) {
		return fmt.Errorf("%w: host %q is neither an IP address nor a host name", ErrInvalidConfig, c.Host)
	}
	if err := checkPort("http", c.HTTPPort); err != nil {
		return err
	}
	if err := checkPort("ws", c.WSPort); err != nil {
		return err
	}
	if c.BlockInterval < MinBlockInterval {
		return fmt.Errorf("%w: block interval %s is shorter than %s", ErrInvalidConfig, c.BlockInterval, MinBlockInterval)
	}
	if c.GasLimit != 0 && c.GasLimit < params.MinGasLimit {
		return fmt.Errorf("%w: gas limit %d is below the minimum %d", ErrInvalidConfig, c.GasLimit, params.MinGasLimit)
	}
	if _, err := ChainConfigFor(c.ChainID, c.Forks); err != nil {
		return err
	}
	for addr, account := range c.Alloc {
		if account.Balance == nil || account.Balance.Sign() < 0 {
			return fmt.Errorf("%w: alloc %s has no valid balance", ErrInvalidConfig, addr)
		}
	}
	return nil
}

// checkPort validates one configured port (0 means pick a free one).
func checkPort(name string, port int) error {
	if port < 0 || port > 65535 {
		return fmt.Errorf("%w: %s port %d is out of range 0-65535", ErrInvalidConfig, name, port)
	}
	return nil
}

// withDefaults returns the config with zero values replaced by defaults.
func (c Config) withDefaults() Config {
	if c.Host == "" {
		c.Host = DefaultHost
	}
	if c.GasLimit == 0 {
		c.GasLimit = DefaultGasLimit
	}
	return c
}
