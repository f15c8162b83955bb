package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

type sample struct {
	Name     string        `yaml:"name"`
	Interval time.Duration `yaml:"interval"`
	Items    []struct {
		ID uint64 `yaml:"id"`
	} `yaml:"items"`
}

func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.yaml")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o600))
	return p
}

func TestLoadYAML(t *testing.T) {
	var s sample
	require.NoError(t, LoadYAML(write(t, "name: x\ninterval: 2s\nitems:\n  - id: 7\n"), &s))
	require.Equal(t, "x", s.Name)
	require.Equal(t, 2*time.Second, s.Interval)
	require.Equal(t, uint64(7), s.Items[0].ID)

	var empty sample
	require.NoError(t, LoadYAML(write(t, ""), &empty), "an empty file is an empty config")
}

func TestLoadYAMLErrorsAreOneLineAndNameTheKey(t *testing.T) {
	cases := map[string]struct{ body, want string }{
		"unknown key":        {"name: x\nnmae: y\n", `unknown key "nmae"`},
		"unknown nested key": {"items:\n  - id: 1\n    idd: 2\n", `unknown key "idd"`},
		"bad duration":       {"interval: soon\n", "interval (line 1)"},
		"bad number":         {"items:\n  - id: -1\n", "items[0].id (line 2)"},
		"not yaml":           {"name: [\n", "line"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var s sample
			err := LoadYAML(write(t, tc.body), &s)
			require.Error(t, err)
			require.NotContains(t, err.Error(), "\n", "one line")
			require.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestLoadYAMLRefusesHugeFiles(t *testing.T) {
	var s sample
	err := LoadYAML(write(t, "name: "+strings.Repeat("x", MaxFileBytes)+"\n"), &s)
	require.ErrorContains(t, err, "larger than")
	require.ErrorContains(t, LoadYAML(filepath.Join(t.TempDir(), "missing.yaml"), &s), "read config")
}
