package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/rollup"
)

// runInProcess runs the rollcall app with args and returns its output and
// exit code as main would compute it.
func runInProcess(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errOut
	err := app.Run(append([]string{"rollcall"}, args...))
	if err != nil {
		code = cliutil.ExitCode(err)
		errOut.WriteString("rollcall: " + err.Error() + "\n")
	}
	return out.String(), errOut.String(), code
}

// testDeploymentFile writes a deployment that passes deploy.Load.
func testDeploymentFile(t *testing.T, dir string) string {
	t.Helper()
	d := &deploy.Deployment{L1: deploy.L1Info{ChainID: 31337, RPCURL: "http://127.0.0.1:8545"}}
	n := byte(1)
	for _, v := range []reflect.Value{reflect.ValueOf(&d.EigenLayer).Elem(), reflect.ValueOf(&d.AVS).Elem()} {
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Type() == reflect.TypeOf(common.Address{}) {
				f.Set(reflect.ValueOf(common.Address{n}))
				n++
			}
		}
	}
	path := filepath.Join(dir, "devnet.json")
	require.NoError(t, d.Save(path))
	return path
}

func TestConfigCheck(t *testing.T) {
	dir := t.TempDir()
	dep := testDeploymentFile(t, dir)
	touch := func(name string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte("{}"), 0o600))
		return p
	}
	blsKey, blsPass := touch("op.bls.json"), touch("op.password")
	aggKey, aggPass := touch("agg.json"), touch("agg.password")
	missing := filepath.Join(dir, "nope.json")

	operatorYAML := func(extra ...string) string {
		lines := []string{
			"deployment: " + dep,
			"bls-keystore: " + blsKey,
			"bls-password-file: " + blsPass,
			"aggregator-url: http://127.0.0.1:8090",
			"data-dir: " + filepath.Join(dir, "data"),
			"rollups:",
			"  - chain-id: 901",
			"    rpc: http://127.0.0.1:9545",
			"    finality: latest",
		}
		return strings.Join(append(lines, extra...), "\n") + "\n"
	}
	aggregatorYAML := func(extra ...string) string {
		lines := []string{
			"deployment: " + dep,
			"keystore: " + aggKey,
			"password-file: " + aggPass,
			"listen: 127.0.0.1:8090",
			"data-dir: " + filepath.Join(dir, "agg-data"),
			"round-interval: 12s",
			"rollups:",
			"  - chain-id: 901",
			"    rpc: http://127.0.0.1:9545",
		}
		return strings.Join(append(lines, extra...), "\n") + "\n"
	}
	replace := func(s, old, new string) string {
		require.Contains(t, s, old)
		return strings.Replace(s, old, new, 1)
	}

	tests := []struct {
		name    string
		content string
		kind    string
		code    int
		want    []string // in stdout when code is 0, else in stderr
	}{
		{"good operator", operatorYAML(), "", 0, []string{"ok: operator config"}},
		{"good operator, kind given", operatorYAML(), "operator", 0, []string{"ok: operator config"}},
		{"good aggregator", aggregatorYAML(), "", 0, []string{"ok: aggregator config"}},
		{"unknown key", operatorYAML("polll-interval: 1s"), "", 1, []string{`unknown key "polll-interval"`}},
		{"unknown key, aggregator", aggregatorYAML("late-windw: 1s"), "", 1, []string{`unknown key "late-windw"`}},
		{"bad finality", replace(operatorYAML(), "finality: latest", "finality: final"), "", 1, []string{"rollups[0].finality"}},
		{"bad finality, aggregator", aggregatorYAML("    finality: sometimes"), "", 1, []string{"rollups[0]", "sometimes"}},
		{"bad duration type", operatorYAML("poll-interval: often"), "", 1, []string{"poll-interval (line 10): cannot unmarshal", "often"}},
		{"bad duration type, aggregator", replace(aggregatorYAML(), "round-interval: 12s", "round-interval: soon"), "", 1, []string{"round-interval (line 6): cannot unmarshal", "soon"}},
		{"bad chain id type", replace(operatorYAML(), "chain-id: 901", "chain-id: nine"), "", 1, []string{"rollups[0].chain-id (line 7)"}},
		{"missing keystore file", replace(operatorYAML(), blsKey, missing), "", 1, []string{"bls-keystore: file " + missing + " does not exist"}},
		{"each missing file named", replace(replace(aggregatorYAML(), aggKey, missing), aggPass, missing+".pw"), "", 1,
			[]string{"keystore: file " + missing + " does not exist", "password-file: file " + missing + ".pw does not exist"}},
		{"missing deployment", replace(operatorYAML(), dep, missing), "", 1, []string{"deployment: file " + missing}},
		{"bad round interval", replace(aggregatorYAML(), "round-interval: 12s", "round-interval: 1ms"), "", 1, []string{"round-interval"}},
		{"missing required key", replace(operatorYAML(), "aggregator-url: http://127.0.0.1:8090\n", "poll-interval: 1s\n"), "", 1, []string{"aggregator-url is required"}},
		{"ambiguous", "deployment: " + dep + "\ndata-dir: x\n", "", 2, []string{"cannot tell the kind", "--kind"}},
		{"both kinds' keys", operatorYAML("listen: 127.0.0.1:1"), "", 2, []string{"operator keys", "aggregator keys (listen)"}},
		{"wrong kind given", operatorYAML(), "aggregator", 1, []string{`unknown key "bls-keystore"`}},
		{"bad kind", operatorYAML(), "validator", 2, []string{"--kind must be operator, aggregator, relay, watch", `"validator"`}},
		{"not YAML", "deployment: [\n", "", 1, []string{"config"}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "cfg"+string(rune('a'+i))+".yaml")
			stdout, stderr := checkConfigCLI(t, path, tc.content, tc.kind, tc.code)
			where := stderr
			if tc.code == 0 {
				where = stdout
				require.Equal(t, "ok: "+map[bool]string{true: "aggregator", false: "operator"}[strings.Contains(tc.name, "aggregator")]+" config "+path+"\n", stdout)
			} else {
				require.Empty(t, stdout)
				// One line: main prints the error once.
				last := strings.TrimSpace(stderr[strings.LastIndex(strings.TrimSpace(stderr), "\n")+1:])
				require.True(t, strings.HasPrefix(last, "rollcall: "), "stderr:\n%s", stderr)
			}
			for _, w := range tc.want {
				require.Contains(t, where, w)
			}
		})
	}

	t.Run("no --config", func(t *testing.T) {
		_, stderr, code := runInProcess(t, "config", "check")
		require.Equal(t, 2, code)
		require.Contains(t, stderr, "--config FILE is required")
	})
	t.Run("notes", func(t *testing.T) {
		require.NoError(t, os.Chmod(blsPass, 0o644))
		defer os.Chmod(blsPass, 0o600)
		path := filepath.Join(dir, "notes.yaml")
		require.NoError(t, os.WriteFile(path, []byte(operatorYAML()), 0o600))
		stdout, stderr, code := runInProcess(t, "config", "check", "--config", path)
		require.Equal(t, 0, code)
		require.Contains(t, stdout, "ok: operator config")
		require.Contains(t, stderr, "bls-password-file: "+blsPass+" is readable by other users")
	})
	t.Run("several aggregators", func(t *testing.T) {
		path := filepath.Join(dir, "replicas.yaml")
		two := replace(operatorYAML("round-every: 10"), "aggregator-url: http://127.0.0.1:8090\n",
			"aggregator-url:\n  - http://127.0.0.1:8090\n  - https://replica.example:8091/SECRETKEY\n")
		require.NoError(t, os.WriteFile(path, []byte(two), 0o600))
		stdout, stderr, code := runInProcess(t, "config", "check", "--config", path)
		require.Equal(t, 0, code, stderr)
		require.Equal(t, "ok: operator config "+path+"\n", stdout)
		require.Contains(t, stderr, "aggregator-url: signs for 2 aggregator(s), each followed on its own: http://127.0.0.1:8090, https://replica.example:8091/…")
		require.NotContains(t, stderr, "SECRETKEY")

		bad := replace(two, "https://replica.example:8091/SECRETKEY", "ws://replica.example:8091")
		require.NoError(t, os.WriteFile(path, []byte(bad), 0o600))
		_, stderr, code = runInProcess(t, "config", "check", "--config", path)
		require.Equal(t, 1, code)
		require.Contains(t, stderr, "aggregator-url[1] has scheme")
	})
	t.Run("example files", func(t *testing.T) {
		// The repository's examples are valid apart from the files they
		// name, which do not exist here.
		for _, tc := range []struct{ file, kind string }{{"operator.example.yaml", "operator"}, {"aggregator.example.yaml", "aggregator"},
			{"relay.example.yaml", "relay"}, {"watch.example.yaml", "watch"}} {
			_, stderr, code := runInProcess(t, "config", "check", "--config", filepath.Join("..", "..", tc.file))
			require.Equal(t, 1, code, stderr)
			require.Contains(t, stderr, "rollcall: "+tc.kind+" config ", "detected as its kind")
			require.Contains(t, stderr, "deployment: file devnet.json does not exist")
			require.NotContains(t, stderr, "unknown key")
		}
	})
}

// TestConfigCheckRelayWatch: relay and watcher configs are detected by
// their keys, pass when valid, and each problem names its key.
func TestConfigCheckRelayWatch(t *testing.T) {
	dir := t.TempDir()
	depPath := testDeploymentFile(t, dir)
	dep, err := deploy.Load(depPath)
	require.NoError(t, err)
	dep.Rollups = []deploy.RollupInfo{
		{ChainID: 901, RPCURL: "http://127.0.0.1:9545", Contracts: deploy.RollupContracts{Registry: common.Address{0xa1}, CertificateVerifier: common.Address{0xa2}}},
		{ChainID: 902, RPCURL: "http://127.0.0.1:9546"}, // no registry: not a destination
	}
	require.NoError(t, dep.Save(depPath))
	touch := func(name string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte("{}"), 0o600))
		return p
	}
	key, pass := touch("key.json"), touch("password")
	missing := filepath.Join(dir, "nope.json")
	relayYAML := func(extra ...string) string {
		lines := []string{
			"deployment: " + depPath,
			"keystore: " + key,
			"password-file: " + pass,
			"aggregators:",
			"  - http://127.0.0.1:8090",
			"data-dir: " + filepath.Join(dir, "relay"),
			"poll: 500ms",
		}
		return strings.Join(append(lines, extra...), "\n") + "\n"
	}
	watchYAML := func(extra ...string) string {
		lines := []string{
			"deployment: " + depPath,
			"aggregator-url: http://127.0.0.1:8090",
			"rollups:",
			"  - chain-id: 901",
			"    rpc: http://127.0.0.1:9545",
			"ecdsa-keystore: " + key,
			"ecdsa-password-file: " + pass,
			"data-dir: " + filepath.Join(dir, "watch"),
			"poll-interval: 2s",
		}
		return strings.Join(append(lines, extra...), "\n") + "\n"
	}
	replace := func(s, old, new string) string {
		require.Contains(t, s, old)
		return strings.Replace(s, old, new, 1)
	}
	for i, tc := range []struct {
		name, content, kind string
		code                int
		want                []string // in stdout when code is 0, else in stderr
	}{
		{"relay detected", relayYAML(), "", 0, []string{"ok: relay config "}},
		{"relay, kind given", relayYAML(), "relay", 0, []string{"ok: relay config "}},
		{"watch detected", watchYAML(), "", 0, []string{"ok: watch config "}},
		{"watch by from-block", watchYAML("from-block: 7"), "", 0, []string{"ok: watch config "}},
		{"watch, kind given", watchYAML(), "watch", 0, []string{"ok: watch config "}},
		{"relay, bad aggregator URL", replace(relayYAML(), "- http://127.0.0.1:8090", "- ftp://127.0.0.1:8090"), "", 1, []string{"aggregators[0]", "want an http(s) or ws(s) URL"}},
		{"relay, no aggregators", replace(relayYAML(), "aggregators:\n  - http://127.0.0.1:8090\n", ""), "relay", 1, []string{"aggregators: at least one aggregator URL is required"}},
		{"relay, short poll", replace(relayYAML(), "poll: 500ms", "poll: 1ms"), "", 1, []string{"poll: 1ms is shorter than 10ms"}},
		{"relay, bad backfill type", relayYAML("backfill: lots"), "", 1, []string{"backfill (line 8): cannot unmarshal"}},
		{"relay, missing keystore", replace(relayYAML(), key, missing), "", 1, []string{"keystore: file " + missing + " does not exist"}},
		{"relay, destination without registry", relayYAML("destinations: [902]"), "", 1, []string{"destinations: rollup 902 has no contracts.registry"}},
		{"relay, destination not in the deployment", relayYAML("destinations: [903]"), "", 1, []string{"destinations: destination 903 is not a rollup of the deployment"}},
		{"relay, unknown key", relayYAML("polll: 1s"), "relay", 1, []string{`unknown key "polll"`}},
		{"watch, short poll", replace(watchYAML(), "poll-interval: 2s", "poll-interval: 1ms"), "", 1, []string{"poll-interval 1ms is shorter than"}},
		{"watch, bad aggregator URL", replace(watchYAML(), "aggregator-url: http://", "aggregator-url: ws://"), "", 1, []string{"aggregator-url has scheme \"ws\""}},
		{"watch, password without keystore", replace(watchYAML(), "ecdsa-keystore: "+key+"\n", ""), "", 1, []string{"ecdsa-password-file is set without ecdsa-keystore"}},
		{"watch, rollup without rpc", replace(watchYAML(), "    rpc: http://127.0.0.1:9545\n", ""), "", 1, []string{"rollups[0].rpc is required"}},
		{"watch, bad finality", replace(watchYAML(), "    rpc: http://127.0.0.1:9545\n", "    rpc: http://127.0.0.1:9545\n    finality: final\n"), "", 1, []string{"rollups[0].finality"}},
		{"watch, missing password file", replace(watchYAML(), pass, missing), "", 1, []string{"ecdsa-password-file: file " + missing + " does not exist"}},
		{"relay and watch keys", relayYAML("from-block: 3"), "", 2, []string{"cannot tell the kind", "relay keys (aggregators, poll)", "watch keys (from-block)"}},
		{"operator without bls-keystore", "deployment: " + depPath + "\naggregator-url: http://127.0.0.1:8090\nbls-password-file: " + pass + "\n", "", 1,
			[]string{"rollcall: operator config ", "bls-keystore is required"}},
		{"several kinds fit", "deployment: " + depPath + "\nmetrics: 127.0.0.1:1\n", "", 2, []string{"it could be aggregator or watch", "--kind aggregator|watch"}},
		{"watch config given as relay", watchYAML(), "relay", 1, []string{`unknown key "aggregator-url"`}},
		{"kind misspelt", watchYAML(), "watcher", 2, []string{"--kind must be", `"watcher"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("cfg%d.yaml", i))
			stdout, stderr := checkConfigCLI(t, path, tc.content, tc.kind, tc.code)
			where := stderr
			if tc.code == 0 {
				where = stdout
			} else {
				require.Empty(t, stdout)
			}
			for _, w := range tc.want {
				require.Contains(t, where, w)
			}
		})
	}
}

// TestConfigKindRequiredKeys: a key detection treats as required is one
// the kind's own checks report missing: the kind's example file without it
// fails, naming it.
func TestConfigKindRequiredKeys(t *testing.T) {
	for _, k := range configKinds() {
		example, err := os.ReadFile(filepath.Join("..", "..", k.name+".example.yaml"))
		require.NoError(t, err)
		for _, key := range k.required {
			require.True(t, k.keys[key], "%s has no key %s", k.name, key)
			// Drop the key's line and its indented list items.
			var kept []string
			dropping := false
			for _, line := range strings.Split(string(example), "\n") {
				if strings.HasPrefix(line, key+":") {
					dropping = true
					continue
				}
				if dropping && strings.HasPrefix(line, "  ") {
					continue
				}
				dropping = false
				kept = append(kept, line)
			}
			path := filepath.Join(t.TempDir(), "c.yaml")
			require.NoError(t, os.WriteFile(path, []byte(strings.Join(kept, "\n")), 0o600))
			res, err := checkConfigFile(path, k.name)
			require.NoError(t, err)
			require.True(t, slices.ContainsFunc(res.problems, func(p string) bool {
				return strings.HasPrefix(p, key) && strings.Contains(p, "required")
			}), "%s example without %s: %v", k.name, key, res.problems)
		}
	}
}

func TestSlashingCheckUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"slashing", "check"}, "--operator ADDRESS is required"},
		{[]string{"slashing", "check", "--operator", "0x123"}, `--operator "0x123" is not an address`},
		{[]string{"slashing", "check", "--no-such-flag"}, "no-such-flag"},
		{[]string{"slashing", "check", "--operator", "0x0000000000000000000000000000000000000001", "--deployment", "/nonexistent/devnet.json"}, "read deployment"},
	} {
		stdout, stderr, code := runInProcess(t, tc.args...)
		require.Equal(t, 2, code, "%v: %s", tc.args, stderr)
		require.Empty(t, stdout)
		require.Contains(t, stderr, tc.want)
	}
}

// TestConfigCheckRollupsFromDeployment: a rollup entry without rpc takes
// the deployment's URL (a chain the deployment does not list is a problem),
// and an operator that does not follow a rollup the deployment lists fails
// the check, naming it.
func TestConfigCheckRollupsFromDeployment(t *testing.T) {
	dir := t.TempDir()
	depPath := testDeploymentFile(t, dir)
	dep, err := deploy.Load(depPath)
	require.NoError(t, err)
	dep.Rollups = []deploy.RollupInfo{{ChainID: 901, RPCURL: "http://127.0.0.1:9545"}, {ChainID: 902, RPCURL: "http://127.0.0.1:9546"}}
	require.NoError(t, dep.Save(depPath))
	touch := func(name string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte("{}"), 0o600))
		return p
	}
	blsKey, pass, aggKey := touch("op.bls.json"), touch("password"), touch("agg.json")
	operatorYAML := func(rollups string) string {
		return "deployment: " + depPath + "\nbls-keystore: " + blsKey + "\nbls-password-file: " + pass +
			"\naggregator-url: http://127.0.0.1:8090\ndata-dir: " + filepath.Join(dir, "data") + "\nrollups:\n" + rollups
	}
	aggregatorYAML := func(rollups string) string {
		return "deployment: " + depPath + "\nkeystore: " + aggKey + "\npassword-file: " + pass +
			"\nlisten: 127.0.0.1:8090\ndata-dir: " + filepath.Join(dir, "agg") + "\nround-interval: 12s\nrollups:\n" + rollups
	}
	for i, tc := range []struct {
		name, content string
		code          int
		want          string
	}{
		{"operator, every rollup from the deployment", operatorYAML("  - chain-id: 901\n  - chain-id: 902\n    finality: latest\n"), 0, "ok: operator config"},
		{"operator, own node for one", operatorYAML("  - chain-id: 901\n    rpc: http://10.0.0.1:8545\n  - chain-id: 902\n"), 0, "ok: operator config"},
		{"operator follows fewer rollups than the deployment", operatorYAML("  - chain-id: 901\n"), 1,
			"lists rollups [902] that this operator does not follow"},
		{"operator, chain unknown to the deployment", operatorYAML("  - chain-id: 901\n  - chain-id: 902\n  - chain-id: 903\n"), 1,
			"rollups[2].rpc is not set and the deployment file lists no rollup 903"},
		{"aggregator, a subset from the deployment", aggregatorYAML("  - chain-id: 901\n"), 0, "ok: aggregator config"},
		{"aggregator, chain unknown to the deployment", aggregatorYAML("  - chain-id: 905\n"), 1, "rollups[0].rpc is not set"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("cfg%d.yaml", i))
			require.NoError(t, os.WriteFile(path, []byte(tc.content), 0o600))
			stdout, stderr, code := runInProcess(t, "config", "check", "--config", path)
			require.Equal(t, tc.code, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)
			require.Contains(t, stdout+stderr, tc.want)
		})
	}
}

// TestExamplesAgree: the example operator follows exactly the rollups the
// example aggregator attests, on `rollcall devnet`'s pinned ports (or the
// deployment's URLs).
func TestExamplesAgree(t *testing.T) {
	op, err := operator.LoadConfig(filepath.Join("..", "..", "operator.example.yaml"))
	require.NoError(t, err)
	agg, err := aggregator.LoadConfig(filepath.Join("..", "..", "aggregator.example.yaml"))
	require.NoError(t, err)
	ids := func(ss rollup.Specs) []uint64 {
		var out []uint64
		for _, s := range ss {
			out = append(out, s.ChainID)
		}
		return out
	}
	require.Equal(t, ids(agg.Rollups), ids(op.Rollups), "the example operator must follow what the example aggregator attests")
	require.Equal(t, []uint64{901, 902}, ids(op.Rollups), "make devnet runs two rollups")
	for _, ss := range []rollup.Specs{op.Rollups, agg.Rollups} {
		for i, s := range ss {
			if s.RPC != "" {
				require.Equal(t, fmt.Sprintf("http://127.0.0.1:%d", 9545+i), s.RPC, "devnet pins rollup %d on --rollup-base-port 9545 + %d", s.ChainID, i)
			}
		}
	}
	require.Len(t, op.AggregatorURLs, 1, "the example follows the one devnet aggregator")
	require.Equal(t, agg.ListenAddr, strings.TrimPrefix(op.AggregatorURLs[0], "http://"), "the operator's aggregator-url is the aggregator's listen address")
}

// checkConfigCLI writes content to path, runs `config check` on it (with
// --kind when kind is set), requires the exit code and returns the output.
func checkConfigCLI(t *testing.T, path, content, kind string, wantCode int) (stdout, stderr string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	args := []string{"config", "check", "--config", path}
	if kind != "" {
		args = append(args, "--kind", kind)
	}
	stdout, stderr, code := runInProcess(t, args...)
	require.Equal(t, wantCode, code, "stdout:\n%s\nstderr:\n%s", stdout, stderr)
	return stdout, stderr
}
