package chain

import (
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// TestForksMatchMainnet checks that ForksMainnet activates exactly the
// forks go-ethereum's mainnet chain spec has scheduled (a block or time
// set), with mainnet's blob parameters, and ForksAmsterdam adds Amsterdam.
func TestForksMatchMainnet(t *testing.T) {
	mainnet := params.MainnetChainConfig
	for _, forks := range []Forks{ForksMainnet, ForksAmsterdam} {
		cfg, err := ChainConfigFor(901, forks)
		require.NoError(t, err)
		got, want := reflect.ValueOf(cfg).Elem(), reflect.ValueOf(mainnet).Elem()
		for i := range got.NumField() {
			name := got.Type().Field(i).Name
			switch {
			case !strings.HasSuffix(name, "Block") && !strings.HasSuffix(name, "Time"):
				continue // not a fork switch
			case name == "DAOForkBlock", name == "MergeNetsplitBlock":
				continue // no rule change: a one-off state change, a fork-id marker
			}
			active := !want.Field(i).IsNil()
			if forks == ForksAmsterdam && name == "AmsterdamTime" {
				active = true
			}
			if !active {
				require.True(t, got.Field(i).IsNil(), "%s: %s is not active on mainnet", forks, name)
				continue
			}
			require.False(t, got.Field(i).IsNil(), "%s: %s is active on mainnet", forks, name)
			switch v := got.Field(i).Interface().(type) {
			case *big.Int:
				require.Zero(t, v.Sign(), "%s: %s from genesis", forks, name)
			case *uint64:
				require.Zero(t, *v, "%s: %s from genesis", forks, name)
			}
		}
		require.Equal(t, *mainnet.BlobScheduleConfig, *cfg.BlobScheduleConfig, "%s: mainnet's blob schedule", forks)
		require.True(t, cfg.IsOsaka(big.NewInt(0), 0))
		require.Equal(t, forks == ForksAmsterdam, cfg.IsAmsterdam(big.NewInt(0), 0))
	}
	_, err := ChainConfigFor(901, "bogota")
	require.ErrorIs(t, err, ErrInvalidConfig)
}
