package relay

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

// EnvScope scopes the relay's environment variables: ROLLCALL_RELAY_<FLAG>.
const EnvScope = "relay"

// PasswordEnv holds the relay keystore's password when no --password-file
// is given.
const PasswordEnv = "ROLLCALL_RELAY_PASSWORD"

// Flag names: --config and one per key of relay.yaml.
const (
	FlagConfig       = "config"
	FlagDeployment   = "deployment"
	FlagL1RPC        = "l1-rpc"
	FlagKeystore     = "keystore"
	FlagPasswordFile = "password-file"
	FlagAggregator   = "aggregator"
	FlagDataDir      = "data-dir"
	FlagPoll         = "poll"
	FlagBackfill     = "backfill"
	FlagReceiptPoll  = "receipt-poll"
	FlagConfirmation = "confirmation-timeout"
	FlagRPCTimeout   = "rpc-timeout"
	FlagDestination  = "destination"
	FlagRPC          = "rpc"
	FlagNodeAPI      = "node-api"
	FlagMetrics      = "metrics"
)

// DefaultDeployment is the deployment file when neither the config nor a
// flag names one.
const DefaultDeployment = "devnet.json"

// Flags are the relay's flags, each with its variable ROLLCALL_RELAY_<FLAG>.
// None has a Value: an unset flag leaves the file's setting alone.
func Flags() []cli.Flag {
	env := func(flag string) []string { return cliutil.ScopedEnvVar(EnvScope, flag) }
	return []cli.Flag{
		&cli.StringFlag{Name: FlagConfig, Usage: "YAML config file (every key can also be set by its flag)", EnvVars: env(FlagConfig)},
		&cli.StringFlag{Name: FlagDeployment, Usage: "deployment file (rollups[i].contracts.registry and certificateVerifier)", DefaultText: DefaultDeployment, EnvVars: env(FlagDeployment)},
		&cli.StringFlag{Name: FlagL1RPC, Usage: "L1 JSON-RPC URL (tables are computed from it)", DefaultText: "the deployment's l1.rpcUrl", EnvVars: env(FlagL1RPC)},
		&cli.StringFlag{Name: FlagKeystore, Usage: "v3 keystore of the ECDSA key that pays on every rollup", EnvVars: env(FlagKeystore)},
		&cli.StringFlag{Name: FlagPasswordFile, Usage: "file holding the keystore password", DefaultText: "env " + PasswordEnv, EnvVars: env(FlagPasswordFile)},
		&cli.StringSliceFlag{Name: FlagAggregator, Usage: "aggregator JSON-RPC URL (repeatable, asked in order; replaces the file's list)", EnvVars: env(FlagAggregator)},
		&cli.StringFlag{Name: FlagDataDir, Usage: "directory of the relay's database", EnvVars: env(FlagDataDir)},
		&cli.DurationFlag{Name: FlagPoll, Usage: "how often to ask the aggregator for rounds", DefaultText: DefaultPoll.String(), EnvVars: env(FlagPoll)},
		&cli.IntFlag{Name: FlagBackfill, Usage: "quorum rounds below the newest a destination catches up on", DefaultText: strconv.Itoa(DefaultBackfill), EnvVars: env(FlagBackfill)},
		&cli.DurationFlag{Name: FlagReceiptPoll, Usage: "receipt polling interval", DefaultText: DefaultReceiptPoll.String(), EnvVars: env(FlagReceiptPoll)},
		&cli.DurationFlag{Name: FlagConfirmation, Usage: "wait for a receipt this long before re-sending with a higher fee", DefaultText: DefaultConfirmationTimeout.String(), EnvVars: env(FlagConfirmation)},
		&cli.DurationFlag{Name: FlagRPCTimeout, Usage: "bound of one JSON-RPC request to a destination", DefaultText: DefaultRPCTimeout.String(), EnvVars: env(FlagRPCTimeout)},
		&cli.StringSliceFlag{Name: FlagDestination, Usage: "deliver only to this rollup chain id (repeatable; default: every rollup with a registry)", EnvVars: env(FlagDestination)},
		&cli.StringSliceFlag{Name: FlagRPC, Usage: "CHAINID=URL: a destination's RPC instead of the deployment's (repeatable)", EnvVars: env(FlagRPC)},
		&cli.StringFlag{Name: FlagNodeAPI, Usage: "EigenLayer node API address (health); empty disables it", DefaultText: DefaultNodeAPIAddr, EnvVars: env(FlagNodeAPI)},
		&cli.StringFlag{Name: FlagMetrics, Usage: "Prometheus metrics address (/metrics); empty disables them", DefaultText: DefaultMetricsAddr, EnvVars: env(FlagMetrics)},
	}
}

// ConfigFromCLI reads --config (when given) over the defaults, then applies
// every flag or environment variable that is set. It does not Check.
func ConfigFromCLI(c *cli.Context) (Config, error) {
	cfg := fileDefaults()
	if path := c.String(FlagConfig); path != "" {
		var err error
		if cfg, err = LoadConfig(path); err != nil {
			return Config{}, err
		}
	}
	for name, p := range map[string]*string{
		FlagDeployment: &cfg.Deployment, FlagL1RPC: &cfg.L1RPC, FlagKeystore: &cfg.Keystore,
		FlagPasswordFile: &cfg.PasswordFile, FlagDataDir: &cfg.DataDir, FlagNodeAPI: &cfg.NodeAPI, FlagMetrics: &cfg.Metrics,
	} {
		if c.IsSet(name) {
			*p = c.String(name)
		}
	}
	for name, p := range map[string]*time.Duration{FlagPoll: &cfg.Poll, FlagReceiptPoll: &cfg.ReceiptPoll,
		FlagConfirmation: &cfg.ConfirmationTimeout, FlagRPCTimeout: &cfg.RPCTimeout} {
		if c.IsSet(name) {
			*p = c.Duration(name)
		}
	}
	if c.IsSet(FlagBackfill) {
		cfg.Backfill = c.Int(FlagBackfill)
	}
	if c.IsSet(FlagAggregator) {
		cfg.Aggregators = c.StringSlice(FlagAggregator)
	}
	if c.IsSet(FlagDestination) {
		cfg.Destinations = nil
		for _, s := range c.StringSlice(FlagDestination) {
			id, err := strconv.ParseUint(s, 10, 64)
			if err != nil {
				return Config{}, fmt.Errorf("--%s %q: not a chain id", FlagDestination, s)
			}
			cfg.Destinations = append(cfg.Destinations, id)
		}
	}
	if c.IsSet(FlagRPC) {
		cfg.RPCOverrides = map[uint64]string{}
		for _, s := range c.StringSlice(FlagRPC) {
			k, v, ok := strings.Cut(s, "=")
			id, err := strconv.ParseUint(k, 10, 64)
			if !ok || err != nil || v == "" {
				return Config{}, fmt.Errorf("--%s %q: want CHAINID=URL", FlagRPC, s)
			}
			cfg.RPCOverrides[id] = v
		}
	}
	if cfg.Deployment == "" {
		cfg.Deployment = DefaultDeployment
	}
	return cfg, nil
}
