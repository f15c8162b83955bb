package tests

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestImportGraph holds the architecture: the daemons meet only through
// api/ and core/. Nothing under aggregator/ imports operator/ or devnet/,
// nothing under operator/ imports aggregator/ or devnet/, nothing under
// relay/ imports aggregator/, operator/ or devnet/, nothing under
// watch/ imports either daemon or devnet/ — transitively,
// test imports included (test support lives in devnet/devnettest and the
// tests that need a devnet live in tests/).
func TestImportGraph(t *testing.T) {
	const module = "github.com/rollcall-avs/rollcall/"
	forbidden := map[string][]string{
		"aggregator": {"operator", "devnet", "watch", "relay"},
		"operator":   {"aggregator", "devnet", "watch", "relay"},
		"watch":      {"aggregator", "operator", "devnet", "relay"},
		"relay":      {"aggregator", "operator", "devnet", "watch"},
	}
	goList := func(args ...string) *exec.Cmd {
		cmd := exec.Command("go", append([]string{"list"}, args...)...)
		cmd.Dir = ".." // the module root
		return cmd
	}
	for tree, banned := range forbidden {
		out, err := goList("./" + tree + "/...").Output()
		require.NoError(t, err, "go list ./%s/...", tree)
		pkgs := strings.Fields(string(out))
		require.NotEmpty(t, pkgs)
		for _, pkg := range pkgs {
			deps, err := goList("-deps", "-test", "-f", "{{.ImportPath}}", pkg).Output()
			require.NoError(t, err, "go list -deps -test %s", pkg)
			for _, dep := range strings.Fields(string(deps)) {
				dep, _, _ = strings.Cut(dep, " ") // "p [p.test]" variants
				for _, b := range banned {
					if dep == module+b || strings.HasPrefix(dep, module+b+"/") {
						t.Errorf("%s imports %s (directly or through its tests' imports)", pkg, dep)
					}
				}
			}
		}
	}
}
