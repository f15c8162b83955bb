package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*Config)
		wantErr string // empty: valid
	}{
		{name: "default", mutate: func(*Config) {}},
		{name: "empty host means default", mutate: func(c *Config) { c.Host = "" }},
		{name: "host name", mutate: func(c *Config) { c.Host = "localhost" }},
		{name: "ipv6", mutate: func(c *Config) { c.Host = "::1" }},
		{name: "all interfaces", mutate: func(c *Config) { c.Host = "0.0.0.0" }},
		{name: "explicit ports", mutate: func(c *Config) { c.HTTPPort, c.WSPort = 8545, 8546 }},
		{name: "shared port", mutate: func(c *Config) { c.HTTPPort, c.WSPort = 8545, 8545 }},
		{name: "zero gas limit means default", mutate: func(c *Config) { c.GasLimit = 0 }},
		{name: "funded alloc", mutate: func(c *Config) {
			c.Alloc = types.GenesisAlloc{common.Address{1}: {Balance: big.NewInt(1)}}
		}},
		{name: "zero chain id", mutate: func(c *Config) { c.ChainID = 0 }, wantErr: "chain id must not be zero"},
		{name: "host with port", mutate: func(c *Config) { c.Host = "127.0.0.1:8545" }, wantErr: "host"},
		{name: "host with space", mutate: func(c *Config) { c.Host = "local host" }, wantErr: "host"},
		{name: "host url", mutate: func(c *Config) { c.Host = "http://127.0.0.1" }, wantErr: "host"},
		{name: "negative http port", mutate: func(c *Config) { c.HTTPPort = -1 }, wantErr: "http port -1"},
		{name: "ws port too big", mutate: func(c *Config) { c.WSPort = 65536 }, wantErr: "ws port 65536"},
		{name: "negative interval", mutate: func(c *Config) { c.BlockInterval = -time.Second }, wantErr: "block interval"},
		{name: "zero interval", mutate: func(c *Config) { c.BlockInterval = 0 }, wantErr: "block interval"},
		{name: "interval too short", mutate: func(c *Config) { c.BlockInterval = time.Millisecond }, wantErr: "block interval"},
		{name: "tiny gas limit", mutate: func(c *Config) { c.GasLimit = 100 }, wantErr: "gas limit"},
		{name: "alloc without balance", mutate: func(c *Config) {
			c.Alloc = types.GenesisAlloc{common.Address{1}: {}}
		}, wantErr: "balance"},
		{name: "alloc with negative balance", mutate: func(c *Config) {
			c.Alloc = types.GenesisAlloc{common.Address{1}: {Balance: big.NewInt(-1)}}
		}, wantErr: "balance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig(31337)
			tt.mutate(&cfg)
			err := cfg.Check()
			if tt.wantErr == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrInvalidConfig)
			require.ErrorContains(t, err, tt.wantErr)
		})
	}
}
