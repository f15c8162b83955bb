package chain

import (
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/core"
	"github.com/stretchr/testify/require"
)

var updateGenesis = flag.Bool("update-genesis", false, "rewrite GethDevGenesis.json")

// gethDevGenesisFile is the committed genesis the README tells geth --dev
// users to `geth init` with.
const gethDevGenesisFile = "GethDevGenesis.json"

// TestGethDevGenesisFile checks that the committed genesis is what
// GethDevGenesis builds (go test ./devnet/chain -run TestGethDevGenesisFile
// -update-genesis rewrites it) and that it reads back as mainnet's rules.
func TestGethDevGenesisFile(t *testing.T) {
	g, err := GethDevGenesis(GethDevChainID, ForksMainnet, DevAlloc(DevKeys(GethDevKeys), devKeyBalance()))
	require.NoError(t, err)
	want, err := json.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	want = append(want, '\n')
	if *updateGenesis {
		require.NoError(t, os.WriteFile(gethDevGenesisFile, want, 0o644))
	}
	got, err := os.ReadFile(gethDevGenesisFile)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "%s is stale: go test ./devnet/chain -run TestGethDevGenesisFile -update-genesis", gethDevGenesisFile)

	var back core.Genesis
	require.NoError(t, json.Unmarshal(got, &back))
	require.True(t, back.Config.IsOsaka(big.NewInt(0), 0))
	require.False(t, back.Config.IsAmsterdam(big.NewInt(0), 0))
	require.Nil(t, back.Config.BogotaTime)
	require.Zero(t, back.Difficulty.Sign(), "geth --dev requires difficulty 0")
	require.Zero(t, back.Config.TerminalTotalDifficulty.Sign(), "geth --dev requires terminal total difficulty 0")
	require.Len(t, back.Alloc, GethDevKeys+4)
}

// devKeyBalance is what the devnet funds each key with: 1,000,000 ETH.
func devKeyBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
}
