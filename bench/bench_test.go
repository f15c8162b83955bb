package bench

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestPercentile(t *testing.T) {
	ms := func(v ...int) []time.Duration {
		out := make([]time.Duration, len(v))
		for i, x := range v {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	require.Zero(t, percentile(nil, 50))
	require.Equal(t, 7*time.Millisecond, percentile(ms(7), 95))
	data := ms(5, 1, 4, 2, 3, 10, 9, 8, 7, 6) // unsorted on purpose
	require.Equal(t, 5*time.Millisecond, percentile(data, 50))
	require.Equal(t, 10*time.Millisecond, percentile(data, 95))
	require.Equal(t, 1*time.Millisecond, percentile(data, 1))
	require.Equal(t, 5*time.Millisecond, data[0], "the input is not reordered")
}

func TestProcMemory(t *testing.T) {
	rss, peak, err := procMemory("/proc/self/status")
	require.NoError(t, err)
	require.Greater(t, rss, uint64(1<<20))
	require.GreaterOrEqual(t, peak, rss)

	bad := filepath.Join(t.TempDir(), "status")
	require.NoError(t, os.WriteFile(bad, []byte("Name:\tx\nVmRSS:\t12 MB\n"), 0o600))
	_, _, err = procMemory(bad)
	require.ErrorContains(t, err, "unexpected VmRSS")
	require.NoError(t, os.WriteFile(bad, []byte("Name:\tx\n"), 0o600))
	_, _, err = procMemory(bad)
	require.ErrorContains(t, err, "no VmRSS")
}

func TestOptionsCheck(t *testing.T) {
	require.NoError(t, DefaultOptions().Check())
	for name, change := range map[string]func(*Options){
		"no operators":      func(o *Options) { o.Operators = 0 },
		"past the cap":      func(o *Options) { o.Operators = 1001 },
		"no rollups":        func(o *Options) { o.Rollups = 0 },
		"no rounds":         func(o *Options) { o.Rounds = 0 },
		"negative warm-up":  func(o *Options) { o.Warmup = -1 },
		"short interval":    func(o *Options) { o.RoundInterval = time.Millisecond },
		"no concurrency":    func(o *Options) { o.Concurrency = 0 },
		"no block interval": func(o *Options) { o.BlockInterval = 0 },
	} {
		o := DefaultOptions()
		change(&o)
		require.Error(t, o.Check(), name)
	}
}
