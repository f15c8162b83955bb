package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/internal/redact"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/rollup"
)

const (
	flagConfig     = "config"
	flagConfigKind = "kind"
)

// Config kinds.
const (
	kindOperator   = "operator"
	kindAggregator = "aggregator"
)

// Exit codes of `config check`.
const (
	exitConfigInvalid = 1 // the file has problems
	exitConfigUsage   = 2 // the command was used wrong (no file, unknown kind)
)

// fileKeys are the settings that name a file which must exist. Relative
// paths are relative to the working directory, as when the daemons run.
var fileKeys = map[string]bool{
	"deployment":          true,
	"bls-keystore":        true,
	"bls-password-file":   true,
	"ecdsa-keystore":      true,
	"ecdsa-password-file": true,
	"keystore":            true,
	"password-file":       true,
}

func configCommand() *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "configuration files",
		Subcommands: []*cli.Command{{
			Name:  "check",
			Usage: "validate an operator.yaml or aggregator.yaml without starting anything",
			Description: `Reads the file strictly (an unknown key is an error), checks every value, and checks that the
files it names exist (deployment, keystores, password files; relative paths are taken from the
working directory, as when the daemon runs), that every rollups entry without rpc has a URL in the
deployment file, and, for an operator, that it follows every rollup the deployment file lists (a round
naming one it does not follow is refused). Each problem names its key. The kind is detected
from the keys (aggregator-url: operator; listen, round-interval: aggregator) unless --kind says.
Only the file is checked: flags and ROLLCALL_* variables given at run time are not.

Prints "ok: <kind> config <file>" and exits 0 when valid; exits 1 when not, 2 on a usage error.

Examples:
   rollcall config check --config operator.yaml
   rollcall config check --config agg.yaml --kind aggregator`,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: flagConfig, Usage: "YAML file to check", EnvVars: []string{cliutil.EnvPrefix + "CONFIG_FILE"}},
				&cli.StringFlag{Name: flagConfigKind, Usage: "operator or aggregator (default: detected from the keys)", EnvVars: cliutil.ScopedEnvVar("config", flagConfigKind)},
			},
			OnUsageError: func(_ *cli.Context, err error, _ bool) error {
				return &cliutil.ExitError{Code: exitConfigUsage, Err: err}
			},
			Action: runConfigCheck,
		}},
	}
}

func runConfigCheck(c *cli.Context) error {
	path, kind := c.String(flagConfig), c.String(flagConfigKind)
	if path == "" {
		return &cliutil.ExitError{Code: exitConfigUsage, Err: fmt.Errorf("--%s FILE is required", flagConfig)}
	}
	if kind != "" && kind != kindOperator && kind != kindAggregator {
		return &cliutil.ExitError{Code: exitConfigUsage, Err: fmt.Errorf("--%s must be %s or %s, got %q", flagConfigKind, kindOperator, kindAggregator, kind)}
	}
	res, err := checkConfigFile(path, kind)
	if err != nil {
		return err
	}
	for _, n := range res.notes {
		fmt.Fprintf(c.App.ErrWriter, "note: %s\n", n)
	}
	if len(res.problems) > 0 {
		return &cliutil.ExitError{Code: exitConfigInvalid, Err: fmt.Errorf("%s config %s: %s", res.kind, path, strings.Join(res.problems, "; "))}
	}
	fmt.Fprintf(c.App.Writer, "ok: %s config %s\n", res.kind, path)
	return nil
}

// configCheck is the outcome of checking one file.
type configCheck struct {
	kind     string
	problems []string // each names its key
	notes    []string // not errors: things to know at run time
}

// checkConfigFile checks the file at path as kind ("" detects it). The
// error is an *cliutil.ExitError for what is not a finding about the file
// (ambiguous kind).
func checkConfigFile(path, kind string) (*configCheck, error) {
	if kind == "" {
		var keys map[string]any
		if err := config.LoadYAML(path, &keys); err != nil {
			return &configCheck{kind: "unknown", problems: []string{loadProblem(path, err)}}, nil
		}
		var err error
		if kind, err = detectKind(keys); err != nil {
			return nil, &cliutil.ExitError{Code: exitConfigUsage, Err: fmt.Errorf("config %s: %w", path, err)}
		}
	}
	res := &configCheck{kind: kind}
	var cfg any
	switch kind {
	case kindOperator:
		oc, err := operator.LoadConfig(path)
		if err != nil {
			res.problems = append(res.problems, loadProblem(path, err))
			return res, nil
		}
		if err := oc.Check(); err != nil {
			res.problems = append(res.problems, strings.TrimPrefix(err.Error(), operator.ErrInvalidConfig.Error()+": "))
		}
		if n := len(oc.AggregatorURLs); n > 0 {
			shown := make([]string, n)
			for i, u := range oc.AggregatorURLs {
				shown[i] = redact.URL(u)
			}
			res.notes = append(res.notes, fmt.Sprintf("aggregator-url: signs for %d aggregator(s), each followed on its own: %s", n, strings.Join(shown, ", ")))
		}
		if oc.BLSPasswordFile == "" {
			res.notes = append(res.notes, "bls-password-file is not set: the BLS keystore password will be read from "+operator.BLSPasswordEnv)
		}
		cfg = oc
	case kindAggregator:
		ac, err := aggregator.LoadConfig(path)
		if err != nil {
			res.problems = append(res.problems, loadProblem(path, err))
			return res, nil
		}
		if err := errors.Join(ac.CheckInputs(), ac.Check()); err != nil {
			res.problems = append(res.problems, strings.ReplaceAll(err.Error(), "\n", "; "))
		}
		if ac.Keystore == "" {
			res.notes = append(res.notes, "keystore is not set: give --keystore or "+cliutil.ScopedEnvVar(aggregator.EnvScope, aggregator.FlagKeystore)[0]+" to `aggregator run`")
		} else if ac.PasswordFile == "" {
			res.notes = append(res.notes, "password-file is not set: the keystore password will be read from "+aggregator.PasswordEnv)
		}
		cfg = ac
	}
	deploymentOK := true
	for _, f := range filesOf(cfg) {
		problems := checkReferencedFile(f.key, f.path, &res.notes)
		if f.key == "deployment" && len(problems) > 0 {
			deploymentOK = false
		}
		res.problems = append(res.problems, problems...)
	}
	if deploymentOK {
		res.problems = append(res.problems, checkRollupsAgainstDeployment(cfg)...)
	}
	return res, nil
}

// checkRollupsAgainstDeployment checks the rollups of cfg against the
// deployment file it names: an entry without rpc needs a rollup of that
// chain id in the file, and an operator must follow every rollup the file
// lists (a round naming one it does not follow cannot be signed).
func checkRollupsAgainstDeployment(cfg any) []string {
	var specs rollup.Specs
	var path string
	operatorKind := false
	switch c := cfg.(type) {
	case operator.Config:
		specs, path, operatorKind = c.Rollups, c.Deployment, true
	case aggregator.Config:
		specs, path = c.Rollups, c.Deployment
	}
	if path == "" {
		return nil
	}
	dep, err := deploy.Load(path)
	if err != nil {
		return nil // reported with the file
	}
	var problems []string
	if _, err := specs.WithURLs(dep.RollupURLs()); err != nil {
		problems = append(problems, err.Error())
	}
	if missing := specs.Missing(dep.RollupChainIDs()); operatorKind && len(missing) > 0 {
		problems = append(problems, fmt.Sprintf("rollups: the deployment file %s lists rollups %v that this operator does not follow: "+
			"every round naming one of them would be refused; add them to rollups (an entry without rpc uses the deployment's URL)", path, missing))
	}
	return problems
}

// loadProblem is a load error without the "config <path>: " prefix
// (internal/config already names the key of each problem).
func loadProblem(path string, err error) string {
	return strings.TrimPrefix(err.Error(), "config "+path+": ")
}

// detectKind tells an operator config from an aggregator config by the
// keys only one of them has.
func detectKind(keys map[string]any) (string, error) {
	opKeys, aggKeys := yamlKeys(operator.Config{}), yamlKeys(aggregator.Config{})
	var op, agg []string
	for k := range keys {
		switch {
		case opKeys[k] && !aggKeys[k]:
			op = append(op, k)
		case aggKeys[k] && !opKeys[k]:
			agg = append(agg, k)
		}
	}
	slices.Sort(op)
	slices.Sort(agg)
	switch {
	case len(op) > 0 && len(agg) == 0:
		return kindOperator, nil
	case len(agg) > 0 && len(op) == 0:
		return kindAggregator, nil
	case len(op) > 0:
		return "", fmt.Errorf("cannot tell the kind: it has operator keys (%s) and aggregator keys (%s); give --%s",
			strings.Join(op, ", "), strings.Join(agg, ", "), flagConfigKind)
	default:
		return "", fmt.Errorf("cannot tell the kind from its keys; give --%s %s or --%s %s", flagConfigKind, kindOperator, flagConfigKind, kindAggregator)
	}
}

// yamlKeys are the top-level keys of a config struct.
func yamlKeys(v any) map[string]bool {
	out := map[string]bool{}
	t := reflect.TypeOf(v)
	for i := 0; i < t.NumField(); i++ {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); name != "" && name != "-" {
			out[name] = true
		}
	}
	return out
}

type fileSetting struct{ key, path string }

// filesOf lists the set string settings of cfg that name files.
func filesOf(cfg any) []fileSetting {
	var out []fileSetting
	v := reflect.ValueOf(cfg)
	if !v.IsValid() {
		return nil
	}
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if !fileKeys[name] || v.Field(i).Kind() != reflect.String {
			continue
		}
		if p := v.Field(i).String(); p != "" {
			out = append(out, fileSetting{key: name, path: p})
		}
	}
	return out
}

// checkReferencedFile reports a missing or unusable file named by key.
func checkReferencedFile(key, path string, notes *[]string) []string {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return []string{fmt.Sprintf("%s: file %s does not exist", key, path)}
	case err != nil:
		return []string{fmt.Sprintf("%s: %v", key, err)}
	case st.IsDir():
		return []string{fmt.Sprintf("%s: %s is a directory, not a file", key, path)}
	}
	f, err := os.Open(path)
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", key, err)}
	}
	f.Close()
	if key == "deployment" {
		if _, err := deploy.Load(path); err != nil {
			return []string{fmt.Sprintf("%s: %v", key, err)}
		}
	}
	if strings.HasSuffix(key, "password-file") && st.Mode().Perm()&0o077 != 0 {
		*notes = append(*notes, fmt.Sprintf("%s: %s is readable by other users (mode %v); chmod 600 it", key, path, st.Mode().Perm()))
	}
	return nil
}
