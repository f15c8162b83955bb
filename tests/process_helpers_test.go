package tests

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/deploy"
)

// The rollcall binary is built once per test run, on first use, into a
// directory that TestMain removes at the end.
var (
	binDir      string
	buildOnce   sync.Once
	buildPath   string
	buildErr    error
	buildOutput []byte
)

// stopWaitTime is how long a process may take to exit after SIGINT.
const stopWaitTime = 20 * time.Second

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rollcall-e2e-bin-*")
	if err != nil {
		fmt.Fprintln(os.Stderr, "create binary directory:", err)
		os.Exit(1)
	}
	binDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// rollcallBinary builds `rollcall` from the repository root (once) and
// returns its path.
func rollcallBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		root, err := filepath.Abs("..")
		if err != nil {
			buildErr = err
			return
		}
		buildPath = filepath.Join(binDir, "rollcall")
		cmd := exec.Command("go", "build", "-o", buildPath, "./cmd/rollcall")
		cmd.Dir = root
		buildOutput, buildErr = cmd.CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("go build ./cmd/rollcall: %v\n%s", buildErr, buildOutput)
	}
	return buildPath
}

// processEnv is the environment of the processes under test: the test's
// own, without ROLLCALL_* variables, which would change their settings.
func processEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ROLLCALL_") {
			env = append(env, kv)
		}
	}
	return env
}

// syncBuffer is a bytes.Buffer safe for a process writing while the test
// reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// runningProcess is one running rollcall command.
type runningProcess struct {
	t      *testing.T
	name   string
	cmd    *exec.Cmd
	stdout syncBuffer
	stderr syncBuffer
	done   chan struct{} // closed when the process has exited
	state  *os.ProcessState
}

// startProcess runs the rollcall binary with args. When the test ends the
// process is stopped (SIGINT, then SIGKILL after a while) and, if the test
// failed, its output is logged.
func startProcess(t *testing.T, name string, args ...string) *runningProcess {
	t.Helper()
	p := &runningProcess{t: t, name: name, done: make(chan struct{})}
	p.cmd = exec.Command(rollcallBinary(t), args...)
	p.cmd.Env = processEnv()
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	require.NoError(t, p.cmd.Start(), "start %s", name)
	go func() {
		_ = p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.done)
	}()
	t.Cleanup(func() {
		if !p.exited() {
			p.interrupt()
		}
		if t.Failed() {
			p.dump()
		}
	})
	return p
}

// exited tells whether the process has ended.
func (p *runningProcess) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// exitCode is the process's exit code (-1 when a signal ended it). It
// assumes the process has exited.
func (p *runningProcess) exitCode() int { return p.state.ExitCode() }

// wait waits up to d for the process to end; false if it did not.
func (p *runningProcess) wait(d time.Duration) bool {
	select {
	case <-p.done:
		return true
	case <-time.After(d):
		return false
	}
}

// interrupt sends SIGINT, as Ctrl-C does, and waits for the process to end;
// one that does not within stopWaitTime is killed and the test fails. It
// returns the exit code.
func (p *runningProcess) interrupt() int {
	p.t.Helper()
	if !p.exited() {
		if err := p.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
			p.t.Errorf("%s: SIGINT: %v", p.name, err)
		}
	}
	if !p.wait(stopWaitTime) {
		p.t.Errorf("%s did not exit within %s of SIGINT; killing it", p.name, stopWaitTime)
		_ = p.cmd.Process.Kill()
		<-p.done
	}
	return p.exitCode()
}

// crash kills the process with SIGKILL (no clean shutdown) and waits for it.
func (p *runningProcess) crash() {
	p.t.Helper()
	require.NoError(p.t, p.cmd.Process.Signal(syscall.SIGKILL), "%s: SIGKILL", p.name)
	<-p.done
}

// maxDump bounds how much of each stream a failed test logs.
const maxDump = 64 << 10

// dump logs the process's output (the tail of each stream).
func (p *runningProcess) dump() {
	tail := func(s string) string {
		if len(s) > maxDump {
			return "…" + s[len(s)-maxDump:]
		}
		return s
	}
	status := "running"
	if p.exited() {
		status = p.state.String()
	}
	p.t.Logf("==== %s (%s) stdout ====\n%s", p.name, status, tail(p.stdout.String()))
	p.t.Logf("==== %s (%s) stderr ====\n%s", p.name, status, tail(p.stderr.String()))
}

// cliResult is what a short-lived rollcall command did.
type cliResult struct {
	stdout, stderr string
	code           int
}

func (r cliResult) String() string {
	return fmt.Sprintf("exit %d\n-- stdout --\n%s\n-- stderr --\n%s", r.code, r.stdout, r.stderr)
}

// cliTimeout bounds one short-lived command.
const cliTimeout = 2 * time.Minute

// runCLI runs the rollcall binary with args to completion, stdin from in
// (nil: empty).
func runCLI(t *testing.T, in io.Reader, args ...string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), cliTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, rollcallBinary(t), args...)
	cmd.Env = processEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr, cmd.Stdin = &stdout, &stderr, in
	err := cmd.Run()
	res := cliResult{stdout: stdout.String(), stderr: stderr.String()}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		res.code = exitErr.ExitCode()
	default:
		t.Fatalf("rollcall %s: %v\n%s", strings.Join(args, " "), err, res)
	}
	require.NoError(t, ctx.Err(), "rollcall %s did not finish within %s\n%s", strings.Join(args, " "), cliTimeout, res)
	return res
}

// writeConfigFile writes content to dir/name and returns the path.
func writeConfigFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

// devnetProcess starts `rollcall devnet` as a process with rollups rollups,
// operators operator keys and block time blockTime on L1 and every rollup
// (plus extra flags), on free ports, writing its deployment file in dir,
// and waits for that file. It returns the process, the deployment and the
// file's path.
func devnetProcess(t *testing.T, dir string, rollups, operators int, blockTime string, extra ...string) (*runningProcess, *deploy.Deployment, string) {
	t.Helper()
	httpPort, wsPort := twoFreePorts(t)
	depPath := filepath.Join(dir, "devnet.json")
	args := append([]string{"devnet",
		"--rollups", fmt.Sprint(rollups), "--operators", fmt.Sprint(operators),
		"--l1-http-port", fmt.Sprint(httpPort), "--l1-ws-port", fmt.Sprint(wsPort),
		"--l1-block-time", blockTime, "--rollup-block-time", blockTime, "--rollup-base-port", "0", "--out", depPath}, extra...)
	proc := startProcess(t, "devnet", args...)
	var dep *deploy.Deployment
	require.Eventually(t, func() bool {
		if proc.exited() {
			return true
		}
		d, err := deploy.Load(depPath)
		dep = d
		return err == nil
	}, procWait, 100*time.Millisecond, "devnet did not write %s", depPath)
	require.False(t, proc.exited(), "devnet exited before writing its file")
	require.Equal(t, fmt.Sprintf("http://127.0.0.1:%d", httpPort), dep.L1.RPCURL)
	require.Len(t, dep.Rollups, rollups)
	return proc, dep, depPath
}
