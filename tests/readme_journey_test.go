package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/operator/status"
)

// journeyLines are the commands of the README's operator journey: the
// lines of the sh block between <!-- journey:start --> and
// <!-- journey:end -->, comments dropped.
func journeyLines(t *testing.T) []string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "README.md"))
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)<!-- journey:start -->\\s*```sh\\n(.*?)```\\s*<!-- journey:end -->").FindSubmatch(raw)
	require.NotNil(t, block, "README.md has no journey block")
	comment := regexp.MustCompile(`\s+#\s.*$`)
	var lines []string
	for _, l := range strings.Split(string(block[1]), "\n") {
		if l = strings.TrimSpace(comment.ReplaceAllString(l, "")); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestReadmeJourney walks the README's operator journey as a new user on a
// fresh clone: every line of its block, in order, through a shell in a
// directory holding only the example configs (as the repository root
// does), with `rollcall` on PATH. Nothing is edited and no URL or key file
// is written by the test: the configs are the examples as copied, the keys
// come from devnet.json. The only difference is ports: the test moves the
// devnet, the aggregator and the node API to free ports through the
// variables of the same flags (ROLLCALL_DEVNET_*, ROLLCALL_AGGREGATOR_*,
// ROLLCALL_OPERATOR_*), so that it can run beside other tests, and asks
// for a round every second. It then checks that the operator signs, its
// node is healthy, and what `attestation get --block` says of heights
// never attested, and that an operator following fewer rollups than the
// deployment is told so by config check and status.
func TestReadmeJourney(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bin := rollcallBinary(t)
	dir := t.TempDir()
	for _, f := range []string{"operator.example.yaml", "aggregator.example.yaml"} {
		raw, err := os.ReadFile(filepath.Join("..", f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), raw, 0o644))
	}

	l1HTTP, l1WS := twoFreePorts(t)
	aggPort, aggMetrics, nodeAPI, opMetrics := freePort(t), freePort(t), freePort(t), freePort(t)
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	env := append(processEnv(),
		"PATH="+filepath.Dir(bin)+string(os.PathListSeparator)+os.Getenv("PATH"),
		fmt.Sprintf("ROLLCALL_DEVNET_L1_HTTP_PORT=%d", l1HTTP),
		fmt.Sprintf("ROLLCALL_DEVNET_L1_WS_PORT=%d", l1WS),
		fmt.Sprintf("ROLLCALL_DEVNET_ROLLUP_BASE_PORT=%d", twoConsecutiveFreePorts(t)),
		fmt.Sprintf("ROLLCALL_AGGREGATOR_LISTEN=127.0.0.1:%d", aggPort),
		fmt.Sprintf("ROLLCALL_AGGREGATOR_METRICS=127.0.0.1:%d", aggMetrics),
		"ROLLCALL_AGGREGATOR_ROUND_INTERVAL=1s",
		"ROLLCALL_OPERATOR_AGGREGATOR_URL="+aggURL,
		fmt.Sprintf("ROLLCALL_OPERATOR_NODE_API=127.0.0.1:%d", nodeAPI),
		fmt.Sprintf("ROLLCALL_OPERATOR_METRICS=127.0.0.1:%d", opMetrics),
	)
	run := func(line string) cliResult {
		t.Helper()
		cctx, cancel := context.WithTimeout(ctx, cliTimeout)
		defer cancel()
		cmd := exec.CommandContext(cctx, "bash", "-c", line)
		cmd.Dir, cmd.Env = dir, env
		var stdout, stderr syncBuffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		res := cliResult{stdout: stdout.String(), stderr: stderr.String()}
		if ee, ok := err.(*exec.ExitError); ok {
			res.code = ee.ExitCode()
		} else {
			require.NoError(t, err, "%s", line)
		}
		return res
	}
	var background []*runningProcess
	alive := func() {
		t.Helper()
		for _, p := range background {
			require.False(t, p.exited(), "%s exited", p.name)
		}
	}
	depPath := filepath.Join(dir, "devnet.json")

	for _, line := range journeyLines(t) {
		t.Logf("$ %s", line)
		if rest, ok := strings.CutPrefix(line, "export "); ok {
			env = append(env, rest)
			continue
		}
		if cmdLine, ok := strings.CutSuffix(line, "&"); ok {
			p := &runningProcess{t: t, name: strings.TrimSpace(cmdLine), done: make(chan struct{})}
			p.cmd = exec.Command("bash", "-c", "exec "+cmdLine)
			p.cmd.Dir, p.cmd.Env = dir, env
			p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
			require.NoError(t, p.cmd.Start())
			go func() { _ = p.cmd.Wait(); p.state = p.cmd.ProcessState; close(p.done) }()
			t.Cleanup(func() {
				if !p.exited() {
					p.interrupt()
				}
				if t.Failed() {
					p.dump()
				}
			})
			background = append(background, p)
			// Wait as a user waits for what the process prints.
			switch {
			case strings.Contains(cmdLine, "rollcall devnet"):
				require.Eventually(t, func() bool { alive(); _, err := deploy.Load(depPath); return err == nil }, 2*time.Minute, 100*time.Millisecond)
			case strings.Contains(cmdLine, "aggregator run"):
				require.Eventually(t, func() bool { alive(); _, err := listRounds(ctx, aggURL); return err == nil }, time.Minute, 100*time.Millisecond)
			case strings.Contains(cmdLine, "operator run"):
				require.Eventually(t, func() bool {
					alive()
					resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/eigen/node", nodeAPI))
					if err == nil {
						resp.Body.Close()
					}
					return err == nil && resp.StatusCode == http.StatusOK
				}, time.Minute, 100*time.Millisecond)
			}
			continue
		}
		if strings.HasPrefix(line, "rollcall attestation get") {
			// "once a round is attested": a user runs it again until then.
			var res cliResult
			require.Eventually(t, func() bool { alive(); res = run(line); return res.code == 0 }, 2*time.Minute, time.Second, "%s", res)
			var proof attestation.Proof
			require.NoError(t, json.Unmarshal([]byte(res.stdout), &proof), "%s", res)
			require.Equal(t, uint64(901), proof.Claim.ChainID)
			continue
		}
		res := run(line)
		require.Equal(t, 0, res.code, "%s\n%s", line, res)
		if strings.HasPrefix(line, "rollcall config check") {
			require.Contains(t, res.stdout, "ok: ")
		}
	}

	// The operator signs, and its node is healthy.
	statusJSON := func(config string) *status.Report {
		t.Helper()
		res := run("rollcall operator status --json --config " + config)
		require.Equal(t, 0, res.code, "%s", res)
		var r status.Report
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &r), "%s", res)
		return &r
	}
	var r *status.Report
	require.Eventually(t, func() bool {
		alive()
		r = statusJSON("operator.yaml")
		return r.Aggregator != nil && r.Aggregator.Signed >= 2
	}, 2*time.Minute, time.Second, "the operator never showed two signed rounds")
	for _, w := range r.Warnings {
		require.NotContains(t, w, "does not follow", "the example operator follows every rollup")
	}
	require.Eventually(t, func() bool {
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/eigen/node/health", nodeAPI))
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, time.Minute, 200*time.Millisecond, "the operator's node never became healthy")

	// Round open → L1 inclusion with separate processes and the example
	// configs (a figure for the README, not an assertion).
	if rounds, err := listRounds(ctx, aggURL); err == nil {
		var ms []int64
		for _, rs := range rounds {
			if rs.Status == api.StatusAttested && rs.AttestedAt > 0 {
				ms = append(ms, rs.AttestedAt-rs.OpenedAt)
			}
		}
		slices.Sort(ms)
		if len(ms) > 0 {
			t.Logf("round open → L1 inclusion, separate processes: %d rounds, min %d ms, median %d ms, max %d ms", len(ms), ms[0], ms[len(ms)/2], ms[len(ms)-1])
		}
	}

	// attestation get --block: a height never attested, and the nearest.
	res := run("rollcall attestation get --deployment devnet.json --chain-id 901")
	require.Equal(t, 0, res.code, "%s", res)
	var latest attestation.Proof
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &latest))
	res = run("rollcall attestation get --deployment devnet.json --chain-id 901 --block 1")
	require.Equal(t, 1, res.code, "%s", res)
	require.Contains(t, res.stderr, "chain 901 block 1 was never attested")
	require.Contains(t, res.stderr, "none below")
	beyond := latest.Claim.BlockNumber + 100_000
	res = run(fmt.Sprintf("rollcall attestation get --deployment devnet.json --chain-id 901 --block %d --at-or-below", beyond))
	require.Equal(t, 0, res.code, "%s", res)
	require.Contains(t, res.stderr, fmt.Sprintf("chain 901 block %d was never attested; this is the nearest attested claim below it", beyond))
	var nearest attestation.Proof
	require.NoError(t, json.Unmarshal([]byte(res.stdout), &nearest))
	require.GreaterOrEqual(t, nearest.Claim.BlockNumber, latest.Claim.BlockNumber)
	claim := writeConfigFile(t, dir, "nearest.json", res.stdout)
	res = run("rollcall attestation verify --deployment devnet.json " + claim)
	require.Equal(t, 0, res.code, "the nearest claim verifies: %s", res)

	// An operator that follows fewer rollups than the deployment lists is
	// told so before it starts (config check) and by status.
	cfg, err := os.ReadFile(filepath.Join(dir, "operator.yaml"))
	require.NoError(t, err)
	only901 := strings.Replace(string(cfg), "  - chain-id: 902\n    finality: latest\n", "", 1)
	require.NotEqual(t, string(cfg), only901, "operator.example.yaml lists 902 as the test expects")
	writeConfigFile(t, dir, "operator-901.yaml", only901)
	res = run("rollcall config check --config operator-901.yaml")
	require.Equal(t, 1, res.code, "%s", res)
	require.Contains(t, res.stderr, "lists rollups [902] that this operator does not follow")
	requireWarning(t, statusJSON("operator-901.yaml"), "the AVS attests rollup 902")

	for i := len(background) - 1; i >= 0; i-- {
		require.Equal(t, 0, background[i].interrupt(), "%s exit code after SIGINT", background[i].name)
	}
}

// twoConsecutiveFreePorts returns a free port p with p+1 free too (the
// devnet's two rollups).
func twoConsecutiveFreePorts(t *testing.T) int {
	t.Helper()
	for i := 0; i < 50; i++ {
		p := freePort(t)
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p+1))
		if err == nil {
			l.Close()
			return p
		}
	}
	t.Fatal("no two consecutive free ports")
	return 0
}
