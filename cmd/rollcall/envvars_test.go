package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"
)

// sharedEnvVars are the variables every command shares (listed in the
// README); every other flag's variable is ROLLCALL_<COMMAND>_<FLAG>.
var sharedEnvVars = map[string]bool{
	"ROLLCALL_LOG_LEVEL": true, "ROLLCALL_LOG_FORMAT": true,
	"ROLLCALL_KEY_DIR": true, "ROLLCALL_KEY_PASSWORD_FILE": true, "ROLLCALL_IMPORT_PASSWORD_FILE": true,
	"ROLLCALL_DEPLOYMENT": true, "ROLLCALL_L1_RPC": true,
	"ROLLCALL_CONFIG_FILE": true, // config check's file: --config
}

func envName(s string) string {
	return strings.NewReplacer("-", "_", ".", "_").Replace(strings.ToUpper(s))
}

func TestEnvVarsFollowOneRule(t *testing.T) {
	app := newApp()
	seen := map[string]string{} // variable → command and flag, to catch two meanings
	check := func(where string, scope string, f cli.Flag) {
		df, ok := f.(cli.DocGenerationFlag)
		require.True(t, ok, where)
		envs := df.GetEnvVars()
		if len(envs) == 0 {
			return // a per-call query flag (--json, --chain-id): no variable
		}
		require.Len(t, envs, 1, "%s --%s has one variable", where, f.Names()[0])
		env := envs[0]
		if !sharedEnvVars[env] {
			want := "ROLLCALL_" + envName(scope) + "_" + envName(f.Names()[0])
			require.Equal(t, want, env, "%s --%s", where, f.Names()[0])
		}
		if prev, ok := seen[env]; ok && !sharedEnvVars[env] && !strings.HasPrefix(prev, scope+" ") {
			t.Errorf("%s is used by %s and %s", env, prev, where)
		}
		seen[env] = where
	}
	for _, f := range app.Flags {
		check("rollcall", "", f)
	}
	var walk func(scope, path string, cmds []*cli.Command)
	walk = func(scope, path string, cmds []*cli.Command) {
		for _, c := range cmds {
			s := scope
			if s == "" {
				s = c.Name
			}
			for _, f := range c.Flags {
				check(s+" "+path+c.Name, s, f)
			}
			walk(s, path+c.Name+" ", c.Subcommands)
		}
	}
	walk("", "", app.Commands)
	require.Contains(t, seen, "ROLLCALL_OPERATOR_DATA_DIR")
	require.Contains(t, seen, "ROLLCALL_AGGREGATOR_LATE_WINDOW")
	require.Contains(t, seen, "ROLLCALL_SLASHING_DATA_DIR", "not the operator's data dir")
	require.Contains(t, seen, "ROLLCALL_RELAY_DATA_DIR")
	require.Contains(t, seen, "ROLLCALL_RELAY_AGGREGATOR")
	require.Contains(t, seen, "ROLLCALL_TABLES_KEYSTORE")
	require.Contains(t, seen, "ROLLCALL_WATCH_DATA_DIR", "the watcher's own")
	require.Contains(t, seen, "ROLLCALL_WATCH_ECDSA_KEYSTORE")
}
