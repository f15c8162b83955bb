package bench

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/keystore"
)

// aggregatorSettings are the aggregator's settings under load, the same
// for the child process and the in-process service.
type aggregatorSettings struct {
	RoundInterval time.Duration
	LateWindow    time.Duration
	ReceiptPoll   time.Duration
}

// runningAggregator is the aggregator under load.
type runningAggregator interface {
	URL() string
	// Memory is the aggregator's resident set now and its peak, in bytes.
	Memory() (rss, peak uint64, err error)
	// CPU is the CPU time the aggregator has used so far.
	CPU() (time.Duration, error)
	Stop(ctx context.Context) error
}

// childAggregator is `rollcall aggregator run` in its own process, so that
// its memory is its own.
type childAggregator struct {
	cmd  *exec.Cmd
	url  string
	log  string // path of its output
	done chan error
}

// startChild writes what `rollcall aggregator run` reads (the deployment,
// a keystore of the aggregator's key, its password) into dir and starts
// it from exe, listening on a free loopback port.
func startChild(ctx context.Context, exe, dir string, dep *deploy.Deployment, key *ecdsa.PrivateKey, set aggregatorSettings) (*childAggregator, error) {
	depPath := filepath.Join(dir, "deployment.json")
	if err := dep.Save(depPath); err != nil {
		return nil, err
	}
	const password = "rollcall-bench" // a throwaway devnet key in a temporary directory
	ksPath, pwPath := filepath.Join(dir, "aggregator-key.json"), filepath.Join(dir, "password")
	if err := keystore.SaveECDSA(ksPath, key, password, keystore.WithLightScrypt()); err != nil {
		return nil, fmt.Errorf("aggregator keystore: %w", err)
	}
	if err := os.WriteFile(pwPath, []byte(password), 0o600); err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	args := []string{"--log.level", "warn", "aggregator", "run",
		"--deployment", depPath, "--keystore", ksPath, "--password-file", pwPath,
		"--data-dir", filepath.Join(dir, "aggregator"), "--listen", addr, "--metrics", "",
		"--round-interval", set.RoundInterval.String(), "--late-window", set.LateWindow.String(),
		"--receipt-poll", set.ReceiptPoll.String()}
	for _, r := range dep.Rollups {
		args = append(args, "--rollup", fmt.Sprintf("%d/latest=%s", r.ChainID, r.RPCURL))
	}
	logPath := filepath.Join(dir, "aggregator.log")
	out, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, args...)
	cmd.Stdout, cmd.Stderr = out, out
	// Only the ROLLCALL_* variables the bench sets: the caller's would
	// change the child's settings.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ROLLCALL_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	if err := cmd.Start(); err != nil {
		out.Close()
		return nil, fmt.Errorf("start %s aggregator run: %w", exe, err)
	}
	c := &childAggregator{cmd: cmd, url: "http://" + addr, log: logPath, done: make(chan error, 1)}
	go func() { c.done <- cmd.Wait(); out.Close() }()
	if err := c.waitReady(ctx); err != nil {
		_ = c.Stop(context.Background())
		return nil, err
	}
	return c, nil
}

// waitReady polls the child's JSON-RPC until it answers.
func (c *childAggregator) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	client, err := api.Dial(ctx, c.url, api.WithCallTimeout(time.Second))
	if err != nil {
		return err
	}
	defer client.Close()
	for {
		if _, err := client.OpenRound(ctx); err == nil {
			return nil
		}
		select {
		case err := <-c.done:
			c.done <- err
			return fmt.Errorf("aggregator exited (%v): %s", err, c.logTail())
		case <-ctx.Done():
			return fmt.Errorf("aggregator did not answer on %s: %w: %s", c.url, ctx.Err(), c.logTail())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (c *childAggregator) URL() string { return c.url }

func (c *childAggregator) Memory() (uint64, uint64, error) {
	return procMemory(fmt.Sprintf("/proc/%d/status", c.cmd.Process.Pid))
}

func (c *childAggregator) CPU() (time.Duration, error) {
	return procCPU(fmt.Sprintf("/proc/%d/stat", c.cmd.Process.Pid))
}

// Stop interrupts the child (a clean shutdown) and kills it if it has not
// exited within ctx or 15 s.
func (c *childAggregator) Stop(ctx context.Context) error {
	_ = c.cmd.Process.Signal(syscall.SIGINT)
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	select {
	case err := <-c.done:
		c.done <- err
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return fmt.Errorf("aggregator exited with %v: %s", err, c.logTail())
		}
		return err
	case <-ctx.Done():
		_ = c.cmd.Process.Kill()
		return fmt.Errorf("aggregator did not stop; killed: %s", c.logTail())
	}
}

// logTail is the end of the child's output, for errors.
func (c *childAggregator) logTail() string {
	raw, err := os.ReadFile(c.log)
	if err != nil {
		return "(no output)"
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) > 2000 {
		raw = raw[len(raw)-2000:]
	}
	return string(raw)
}

// inProcessAggregator is the aggregator's Service in the bench's own
// process: its memory is the whole process's (devnet included).
type inProcessAggregator struct{ svc *aggregator.Service }

func startInProcess(ctx context.Context, dir string, dep *deploy.Deployment, key *ecdsa.PrivateKey, set aggregatorSettings, log *zap.Logger) (*inProcessAggregator, error) {
	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.DataDir = filepath.Join(dir, "aggregator")
	cfg.RoundInterval, cfg.LateWindow, cfg.ReceiptPoll = set.RoundInterval, set.LateWindow, set.ReceiptPoll
	for _, r := range dep.Rollups {
		cfg.Rollups = append(cfg.Rollups, aggregator.RollupConfig{ChainID: r.ChainID, RPC: r.RPCURL, Finality: "latest"})
	}
	svc, err := aggregator.New(cfg, dep, key, log)
	if err != nil {
		return nil, err
	}
	if err := svc.Start(ctx); err != nil {
		return nil, err
	}
	return &inProcessAggregator{svc: svc}, nil
}

func (a *inProcessAggregator) URL() string { return "http://" + a.svc.Addr() }

func (a *inProcessAggregator) Memory() (uint64, uint64, error) {
	return procMemory("/proc/self/status")
}

func (a *inProcessAggregator) CPU() (time.Duration, error) { return procCPU("/proc/self/stat") }

func (a *inProcessAggregator) Stop(ctx context.Context) error { return a.svc.Stop(ctx) }

// procMemory reads VmRSS and VmHWM (the peak resident set) from a
// /proc/<pid>/status file.
func procMemory(path string) (rss, peak uint64, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, fmt.Errorf("read memory: %w", err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		key, val, ok := strings.Cut(line, ":")
		if !ok || (key != "VmRSS" && key != "VmHWM") {
			continue
		}
		fields := strings.Fields(val) // "123456 kB"
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, 0, fmt.Errorf("read memory: unexpected %s line %q", key, line)
		}
		kb, err := strconv.ParseUint(fields[0], 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("read memory: %s: %w", key, err)
		}
		if key == "VmRSS" {
			rss = kb * 1024
		} else {
			peak = kb * 1024
		}
	}
	if rss == 0 || peak == 0 {
		return 0, 0, fmt.Errorf("read memory: no VmRSS/VmHWM in %s", path)
	}
	return rss, peak, nil
}

// clockTick is Linux's USER_HZ, the unit of /proc/<pid>/stat's times: 100
// on every architecture Go supports.
const clockTick = 10 * time.Millisecond

// procCPU reads utime + stime from a /proc/<pid>/stat file.
func procCPU(path string) (time.Duration, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("read CPU time: %w", err)
	}
	// The command name (field 2) is in parentheses and may hold spaces:
	// fields are counted after its closing one. utime and stime are fields
	// 14 and 15, the 12th and 13th after it.
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 {
		return 0, fmt.Errorf("read CPU time: unexpected %s", path)
	}
	fields := strings.Fields(string(raw[i+1:]))
	if len(fields) < 13 {
		return 0, fmt.Errorf("read CPU time: short %s", path)
	}
	var ticks uint64
	for _, f := range fields[11:13] {
		n, err := strconv.ParseUint(f, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("read CPU time: %w", err)
		}
		ticks += n
	}
	return time.Duration(ticks) * clockTick, nil
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
