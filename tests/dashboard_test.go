package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
)

// chromiumPath finds the browser for the dashboard test: $ROLLCALL_CHROMIUM,
// else chromium on PATH (Debian's package; `make chromium` installs it).
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ROLLCALL_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("the dashboard test needs Chromium: run `make chromium` (Debian's chromium package) or set ROLLCALL_CHROMIUM")
	return ""
}

// TestDashboard runs `rollcall demo --keep-running` as a process, opens the
// aggregator's dashboard in headless Chromium and checks that it shows the
// devnet's rounds, rollups and operators, and that it updates by itself
// when a new round lands.
func TestDashboard(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	browser := chromiumPath(t)
	port := freePort(t)
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	demo := startProcess(t, "demo", "demo", "--operators", "2", "--rollups", "2", "--checkpoints", "1",
		"--round-interval", "1s", "--keep-running", "--aggregator-listen", fmt.Sprintf("127.0.0.1:%d", port))

	// The state document the page polls, straight from the aggregator.
	state := func() (*api.DashboardState, error) {
		res, err := http.Get(base + "/dashboard/state")
		if err != nil {
			return nil, err
		}
		defer res.Body.Close()
		if res.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("HTTP %d", res.StatusCode)
		}
		var st api.DashboardState
		return &st, json.NewDecoder(res.Body).Decode(&st)
	}
	require.Eventually(t, func() bool {
		require.False(t, demo.exited(), "demo exited:\n%s\n%s", demo.stdout.String(), demo.stderr.String())
		st, err := state()
		return err == nil && len(st.Rounds) > 0
	}, 3*time.Minute, 200*time.Millisecond, "the dashboard state never listed a round")

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	page, cancelPage := chromedp.NewContext(allocCtx)
	defer cancelPage()

	require.NoError(t, chromedp.Do(page,
		chromedp.Navigate(base+"/dashboard/"),
		chromedp.WaitVisible(`#rounds tbody tr[data-round]`),
	))
	// newestShown reads the highest round number in the page's table.
	newestShown := func() int {
		return evaluate[int](t, page, `Math.max(0, ...[...document.querySelectorAll('#rounds tbody tr[data-round]')].map(r => Number(r.dataset.round)))`)
	}
	first := newestShown()
	require.Positive(t, first)

	// Rollups and operators as the devnet has them.
	var rollups []string
	require.Eventually(t, func() bool {
		rollups = evaluate[[]string](t, page, `[...document.querySelectorAll('#rollups tbody tr[data-chain-id]')].map(r => r.dataset.chainId)`)
		return len(rollups) == 2
	}, 30*time.Second, 200*time.Millisecond, "rollups shown: %v", rollups)
	require.Equal(t, []string{"901", "902"}, rollups)
	// The demo's relay delivers checkpoints to both rollups: the page shows
	// the round each rollup's own registry holds.
	var delivered []string
	require.Eventually(t, func() bool {
		delivered = evaluate[[]string](t, page, `[...document.querySelectorAll('#rollups tbody tr[data-chain-id]')].map(r => r.dataset.delivered)`)
		return len(delivered) == 2 && delivered[0] != "0" && delivered[1] != "0"
	}, time.Minute, 250*time.Millisecond, "delivered rounds shown: %v", delivered)
	var operators int
	require.Eventually(t, func() bool {
		operators = evaluate[int](t, page, `document.querySelectorAll('#operators tbody tr[data-operator-id]').length`)
		return operators == 2
	}, 30*time.Second, 200*time.Millisecond, "operators shown: %d", operators)

	// An attested round with its signers, stake and gas, as the page shows it.
	var attested []string
	require.Eventually(t, func() bool {
		attested = evaluate[[]string](t, page, `[...document.querySelector('#rounds tbody tr[data-status="attested"]')?.children ?? []].map(td => td.textContent)`)
		return len(attested) == 8
	}, time.Minute, 200*time.Millisecond, "no attested round on the page")
	require.Equal(t, "2 / 2", attested[4], "signers column of an attested round")
	require.Contains(t, attested[5], "%", "stake column")
	require.NotEqual(t, "—", attested[6], "gas column")
	// The demo's one aggregator lands its own rounds, unscheduled.
	require.Equal(t, "attested", attested[1], "status column: no other replica landed it, nothing reverted")
	schedule := evaluate[string](t, page, `document.getElementById('schedule').textContent`)
	require.Equal(t, "unscheduled rounds (round-every 0) · single aggregator", schedule)

	// Live: a newer round appears without reloading the page.
	require.Eventually(t, func() bool { return newestShown() > first }, time.Minute, 250*time.Millisecond,
		"the page still shows round %d as the newest", first)
	st, err := state()
	require.NoError(t, err)
	require.GreaterOrEqual(t, int(st.Rounds[0].Round), newestShown(), "page shows a round the aggregator does not have")

	if out := os.Getenv("ROLLCALL_DASHBOARD_SCREENSHOT"); out != "" {
		png, err := chromedp.Run(page, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(out, png, 0o644))
	}
}

// evaluate runs a JavaScript expression in the page and returns its value.
func evaluate[T any](t *testing.T, page context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(page, chromedp.Evaluate[T](expr))
	require.NoError(t, err, "evaluate %s", expr)
	return v
}
