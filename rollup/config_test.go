package rollup

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestConfigCheck(t *testing.T) {
	valid := DefaultConfig(901, "http://127.0.0.1:8545")
	require.NoError(t, valid.Check())

	tests := []struct {
		name   string
		mutate func(*Config)
		field  string // named in the error; empty when the change is valid
	}{
		{"zero chain id", func(c *Config) { c.ChainID = 0 }, "ChainID"},
		{"empty url", func(c *Config) { c.RPCURL = "" }, "RPCURL"},
		{"url without scheme", func(c *Config) { c.RPCURL = "127.0.0.1:8545" }, "RPCURL"},
		{"ftp url", func(c *Config) { c.RPCURL = "ftp://127.0.0.1/x" }, "RPCURL"},
		{"url without host", func(c *Config) { c.RPCURL = "http://" }, "RPCURL"},
		{"unparsable url", func(c *Config) { c.RPCURL = "http://[::1" }, "RPCURL"},
		{"https url", func(c *Config) { c.RPCURL = "https://rpc.example.org/v2/key" }, ""},
		{"ws url", func(c *Config) { c.RPCURL = "ws://127.0.0.1:8546" }, ""},
		{"empty kind", func(c *Config) { c.Kind = "" }, "Kind"},
		{"unknown kind", func(c *Config) { c.Kind = "arbitrum" }, "Kind"},
		{"opstack kind", func(c *Config) { c.Kind = KindOPStack }, ""},
		{"empty finality", func(c *Config) { c.Finality = "" }, "Finality"},
		{"unknown finality", func(c *Config) { c.Finality = "pending" }, "Finality"},
		{"latest finality", func(c *Config) { c.Finality = Latest }, ""},
		{"safe finality", func(c *Config) { c.Finality = Safe }, ""},
		{"negative timeout", func(c *Config) { c.Timeout = -time.Second }, "Timeout"},
		{"zero timeout is the default", func(c *Config) { c.Timeout = 0 }, ""},
		{"negative retries", func(c *Config) { c.Retries = -1 }, "Retries"},
		{"too many retries", func(c *Config) { c.Retries = MaxRetries + 1 }, "Retries"},
		{"no retries", func(c *Config) { c.Retries = 0 }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := valid
			tt.mutate(&cfg)
			err := cfg.Check()
			if tt.field == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrInvalidConfig)
			require.Contains(t, err.Error(), tt.field)
		})
	}
}

func TestConfigCheckDoesNotLeakURL(t *testing.T) {
	cfg := DefaultConfig(901, "ftp://user:secret@host/secret")
	err := cfg.Check()
	require.ErrorIs(t, err, ErrInvalidConfig)
	require.NotContains(t, err.Error(), "secret")
}

func TestWithDefaults(t *testing.T) {
	cfg := DefaultConfig(901, "http://127.0.0.1:8545")
	cfg.Timeout = 0
	require.Equal(t, DefaultTimeout, cfg.withDefaults().Timeout)
	cfg.Timeout = time.Second
	require.Equal(t, time.Second, cfg.withDefaults().Timeout)
}

func TestParseFinality(t *testing.T) {
	for in, want := range map[string]Finality{
		"latest": Latest, "safe": Safe, "finalized": Finalized, " Finalized ": Finalized,
	} {
		got, err := ParseFinality(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "pending", "final", "earliest"} {
		_, err := ParseFinality(in)
		require.Error(t, err, in)
	}
	var f Finality
	require.NoError(t, f.UnmarshalText([]byte("SAFE")))
	require.Equal(t, Safe, f)
	require.Error(t, f.UnmarshalText([]byte("soon")))
	require.Equal(t, Safe, f, "a failed unmarshal leaves the value alone")
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]Kind{"evm": KindEVM, "opstack": KindOPStack, "OPStack": KindOPStack} {
		got, err := ParseKind(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "op", "arbitrum"} {
		_, err := ParseKind(in)
		require.Error(t, err, in)
	}
	var k Kind
	require.NoError(t, k.UnmarshalText([]byte("opstack")))
	require.Equal(t, KindOPStack, k)
	require.Error(t, k.UnmarshalText([]byte("zk")))
}
