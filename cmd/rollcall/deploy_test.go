package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/deploy"
)

// TestDeployUsage: `rollcall deploy` refuses a missing flag or a bad
// EigenLayer file before dialing anything, naming what is wrong.
func TestDeployUsage(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, v any) string {
		raw, err := json.Marshal(v)
		require.NoError(t, err)
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, raw, 0o600))
		return p
	}
	core := map[string]string{
		"delegationManager": "0x0000000000000000000000000000000000000001", "strategyManager": "0x0000000000000000000000000000000000000002",
		"allocationManager": "0x0000000000000000000000000000000000000003", "avsDirectory": "0x0000000000000000000000000000000000000004",
		"permissionController": "0x0000000000000000000000000000000000000005", "rewardsCoordinator": "0x0000000000000000000000000000000000000006",
		"strategy": "0x0000000000000000000000000000000000000007",
	}
	good := write("el.json", core)
	noStrategy := map[string]string{}
	for k, v := range core {
		if k != "strategy" {
			noStrategy[k] = v
		}
	}
	unknown := map[string]string{"delegationManagr": "0x0000000000000000000000000000000000000001"}
	for k, v := range core {
		unknown[k] = v
	}
	base := []string{"deploy", "--l1-rpc", "http://127.0.0.1:1", "--keystore", filepath.Join(dir, "owner.json"), "--metadata-uri", "https://x.invalid/m.json"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"deploy"}, "--eigenlayer is required"},
		{[]string{"deploy", "--eigenlayer", good}, "--l1-rpc is required"},
		{append(base, "--eigenlayer", write("nostrategy.json", noStrategy)), "nostrategy.json: missing contract address: strategy"},
		{append(base, "--eigenlayer", write("unknown.json", unknown)), `unknown field "delegationManagr"`},
		{append(base, "--eigenlayer", filepath.Join(dir, "absent.json")), "read EigenLayer addresses"},
		{append(base, "--eigenlayer", good), "owner keystore password"},
	} {
		_, stderr, code := runInProcess(t, tc.args...)
		require.NotEqual(t, 0, code, "%v", tc.args)
		require.Contains(t, stderr, tc.want, "%v", tc.args)
	}

	// The file format is the deployment file's eigenlayer object: the
	// optional addresses may be absent there too.
	el, err := deploy.LoadEigenLayer(good)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0x07"), el.Strategy)
	require.Equal(t, common.Address{}, el.Token)
	require.Len(t, el.Addresses(), 7, "optional addresses left out are not listed")
}
