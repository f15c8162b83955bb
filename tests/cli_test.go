package tests

import (
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCLIBadInput runs the binary with bad input: each mistake gets one
// line on stderr, starting with "rollcall:" and saying what is wrong, a
// non-zero exit, and never a stack trace. Commands may print progress on
// stderr before the error (the devnet does), but the error is the last
// line and the only one starting with "rollcall:".
func TestCLIBadInput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "devnet.json")

	t.Run("devnet port in use", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		defer l.Close()
		port := l.Addr().(*net.TCPAddr).Port
		res := runCLI(t, nil, "devnet", "--l1-http-port", fmt.Sprint(port), "--l1-ws-port", "0", "--out", out)
		requireOneLineError(t, res, 1, "in use", fmt.Sprint(port))
		require.NoFileExists(t, out, "a failed devnet must not write its file")
	})

	t.Run("devnet unreachable l1-rpc", func(t *testing.T) {
		port := closedPort(t)
		res := runCLI(t, nil, "devnet", "--l1-rpc", fmt.Sprintf("http://127.0.0.1:%d", port), "--out", out)
		requireOneLineError(t, res, 1, "cannot reach L1", fmt.Sprint(port))
		require.NoFileExists(t, out, "a failed devnet must not write its file")
	})

	t.Run("devnet rollup port in use", func(t *testing.T) {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		defer l.Close()
		port := l.Addr().(*net.TCPAddr).Port
		res := runCLI(t, nil, "devnet", "--l1-http-port", "0", "--l1-ws-port", "0", "--rollups", "1",
			"--rollup-base-port", fmt.Sprint(port), "--out", out)
		requireOneLineError(t, res, 1, "in use", fmt.Sprint(port), "rollup 901")
		require.NoFileExists(t, out, "a failed devnet must not write its file")
	})

	t.Run("devnet rollup ports out of range", func(t *testing.T) {
		res := runCLI(t, nil, "devnet", "--l1-http-port", "0", "--l1-ws-port", "0", "--rollups", "3",
			"--rollup-base-port", "65534", "--out", out)
		requireOneLineError(t, res, 1, "rollup base port 65534")
		require.NoFileExists(t, out)
	})

	t.Run("devnet L1 flags with l1-rpc", func(t *testing.T) {
		// The URL is never dialled: the combination is refused first.
		url := fmt.Sprintf("http://127.0.0.1:%d", closedPort(t))
		for _, flag := range []string{"--l1-http-port", "--l1-ws-port", "--l1-chain-id", "--l1-block-time"} {
			value := "8600"
			if flag == "--l1-block-time" {
				value = "2s"
			}
			res := runCLI(t, nil, "devnet", "--l1-rpc", url, flag, value, "--out", out)
			requireOneLineError(t, res, 1, flag, "--l1-rpc", "no effect")
			require.NotContains(t, res.stderr, "cannot reach L1", "refused before dialling")
			require.NoFileExists(t, out)
		}
		// From the environment too.
		cmd := exec.Command(rollcallBinary(t), "devnet", "--l1-rpc", url, "--out", out)
		cmd.Env = append(processEnv(), "ROLLCALL_DEVNET_L1_HTTP_PORT=8600")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		var exitErr *exec.ExitError
		require.ErrorAs(t, cmd.Run(), &exitErr)
		requireOneLineError(t, cliResult{stderr: stderr.String(), code: exitErr.ExitCode()}, 1, "--l1-http-port", "--l1-rpc")
	})

	t.Run("devnet unwritable out", func(t *testing.T) {
		res := runCLI(t, nil, "devnet", "--l1-http-port", "0", "--l1-ws-port", "0", "--out", "/nonexistent-dir/x.json")
		requireOneLineError(t, res, 1, "cannot write", "/nonexistent-dir/x.json")
	})

	t.Run("aggregator unknown config key", func(t *testing.T) {
		cfg := writeConfigFile(t, t.TempDir(), "aggregator.yaml", strings.Join([]string{
			"deployment: devnet.json",
			"data-dir: ./agg",
			"round-intervall: 1s",
			"rollups:",
			"  - chain-id: 901",
			"    rpc: http://127.0.0.1:9545",
			"",
		}, "\n"))
		res := runCLI(t, nil, "aggregator", "run", "--config", cfg)
		requireOneLineError(t, res, 1, "round-intervall")
	})

	t.Run("operator bad finality", func(t *testing.T) {
		tmp := t.TempDir()
		cfg := writeConfigFile(t, tmp, "operator.yaml", strings.Join([]string{
			"deployment: devnet.json",
			"bls-keystore: " + filepath.Join(tmp, "op.bls.json"),
			"bls-password-file: " + filepath.Join(tmp, "op.password"),
			"aggregator-url: http://127.0.0.1:8090",
			"data-dir: " + filepath.Join(tmp, "data"),
			"rollups:",
			"  - chain-id: 901",
			"    rpc: http://127.0.0.1:9545",
			"    finality: soon",
			"",
		}, "\n"))
		res := runCLI(t, nil, "operator", "run", "--config", cfg)
		requireOneLineError(t, res, 1, "finality", "soon")
		require.NoDirExists(t, filepath.Join(tmp, "data"), "a bad config must change nothing")
	})

	t.Run("attestation verify malformed JSON", func(t *testing.T) {
		res := runCLI(t, strings.NewReader(`{"claim": {`), "attestation", "verify", "--deployment", out)
		requireOneLineError(t, res, 2, "JSON")
	})

	t.Run("devnet help", func(t *testing.T) {
		res := runCLI(t, nil, "devnet", "--help")
		require.Equal(t, 0, res.code, "%s", res)
		for _, flag := range []string{
			"rollups", "operators", "host", "l1-http-port", "l1-ws-port", "l1-chain-id",
			"l1-block-time", "rollup-block-time", "rollup-base-port", "l1-rpc", "out",
		} {
			require.Contains(t, res.stdout, "--"+flag+" ", "devnet --help does not mention --%s\n%s", flag, res)
		}
	})
}

// requireOneLineError checks a failed command's exit code and that its
// error is one line: the last non-empty line of stderr, the only one
// starting with "rollcall:", containing every want; and no panic or stack
// trace anywhere.
func requireOneLineError(t *testing.T, res cliResult, code int, want ...string) {
	t.Helper()
	require.Equal(t, code, res.code, "exit code\n%s", res)
	require.NotContains(t, res.stderr, "goroutine", "stack trace on stderr\n%s", res)
	require.NotContains(t, res.stderr, "panic", "panic on stderr\n%s", res)
	var lines, errLines []string
	for _, l := range strings.Split(res.stderr, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		lines = append(lines, l)
		if strings.HasPrefix(l, "rollcall:") {
			errLines = append(errLines, l)
		}
	}
	require.Len(t, errLines, 1, "want exactly one line starting with \"rollcall:\" on stderr\n%s", res)
	require.Equal(t, errLines[0], lines[len(lines)-1],
		"the error must be one line, and the last one on stderr (a continuation line follows it?)\n%s", res)
	for _, w := range want {
		require.Contains(t, errLines[0], w, "error line does not say %q\n%s", w, res)
	}
}

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) int { return freePort(t) }
