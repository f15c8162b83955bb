package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/internal/config"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/rollup"
)

const flagConfigKind = "kind"

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
working directory, as when the daemon runs). Each problem names its key. The kind is detected
from the keys (aggregator-url: operator; listen, round-interval: aggregator) unless --kind says.
Only the file is checked: flags and ROLLCALL_* variables given at run time are not.

Prints "ok: <kind> config <file>" and exits 0 when valid; exits 1 when not, 2 on a usage error.

Examples:
   rollcall config check --config operator.yaml
   rollcall config check --config agg.yaml --kind aggregator`,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: flagConfig, Usage: "YAML file to check", EnvVars: cliutil.EnvVar(flagConfig)},
				&cli.StringFlag{Name: flagConfigKind, Usage: "operator or aggregator (default: detected from the keys)", EnvVars: cliutil.EnvVar("config-" + flagConfigKind)},
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
			return &configCheck{kind: "unknown", problems: []string{nameKeys(path, err)}}, nil
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
			res.problems = append(res.problems, nameKeys(path, err))
			return res, nil
		}
		if err := oc.Check(); err != nil {
			res.problems = append(res.problems, strings.TrimPrefix(err.Error(), operator.ErrInvalidConfig.Error()+": "))
		}
		if oc.BLSPasswordFile == "" {
			res.notes = append(res.notes, "bls-password-file is not set: the BLS keystore password will be read from "+operator.BLSPasswordEnv)
		}
		cfg = oc
	case kindAggregator:
		var ac aggregator.Config
		if err := config.LoadYAML(path, &ac); err != nil {
			// A bad finality or kind fails inside its UnmarshalText,
			// whose error does not say where: find the key.
			if located := locateRollupValues(path); len(located) > 0 {
				res.problems = append(res.problems, located...)
			} else {
				res.problems = append(res.problems, nameKeys(path, err))
			}
			return res, nil
		}
		if err := ac.WithDefaults().Check(); err != nil {
			res.problems = append(res.problems, err.Error())
		}
		if ac.Keystore == "" {
			res.notes = append(res.notes, "keystore is not set: give --keystore or ROLLCALL_AGGREGATOR_KEYSTORE to `aggregator run`")
		} else if ac.PasswordFile == "" {
			res.notes = append(res.notes, "password-file is not set: the keystore password will be read from "+envAggregatorPassword)
		}
		cfg = ac
	}
	for _, f := range filesOf(cfg) {
		res.problems = append(res.problems, checkReferencedFile(f.key, f.path, &res.notes)...)
	}
	return res, nil
}

// lineError matches one "line N: problem" of a YAML error.
var lineError = regexp.MustCompile(`line (\d+): ([^;]*)`)

// nameKeys rewrites a load error of the file at path so that each
// "line N: problem" (a value of the wrong type) names its key:
// "poll-interval (line 4): problem".
func nameKeys(path string, err error) string {
	msg := strings.TrimPrefix(err.Error(), "config "+path+": ")
	raw, rerr := os.ReadFile(path)
	if rerr != nil {
		return msg
	}
	var doc yaml.Node
	if yaml.Unmarshal(raw, &doc) != nil {
		return msg
	}
	return lineError.ReplaceAllStringFunc(msg, func(m string) string {
		sub := lineError.FindStringSubmatch(m)
		line, _ := strconv.Atoi(sub[1])
		if key := keyAtLine(&doc, line, ""); key != "" && !strings.HasPrefix(sub[2], "unknown key") {
			return fmt.Sprintf("%s (line %d): %s", key, line, sub[2])
		}
		return m
	})
}

// keyAtLine is the path (a.b[0].c) of the scalar value on line, if any.
func keyAtLine(n *yaml.Node, line int, prefix string) string {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if k := keyAtLine(c, line, prefix); k != "" {
				return k
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key, val := n.Content[i], n.Content[i+1]
			path := key.Value
			if prefix != "" {
				path = prefix + "." + key.Value
			}
			if val.Kind == yaml.ScalarNode && val.Line == line {
				return path
			}
			if k := keyAtLine(val, line, path); k != "" {
				return k
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if k := keyAtLine(c, line, fmt.Sprintf("%s[%d]", prefix, i)); k != "" {
				return k
			}
		}
	}
	return ""
}

// locateRollupValues names each rollups[i].finality or .kind of the file
// that does not parse.
func locateRollupValues(path string) []string {
	var doc struct {
		Rollups []map[string]any `yaml:"rollups"`
	}
	var loose map[string]any
	if config.LoadYAML(path, &loose) != nil {
		return nil
	}
	raw, err := yaml.Marshal(loose)
	if err != nil || yaml.Unmarshal(raw, &doc) != nil {
		return nil
	}
	var out []string
	for i, r := range doc.Rollups {
		if v, ok := r["finality"]; ok {
			if _, err := rollup.ParseFinality(fmt.Sprint(v)); err != nil {
				out = append(out, fmt.Sprintf("rollups[%d].finality: %v", i, err))
			}
		}
		if v, ok := r["kind"]; ok {
			if _, err := rollup.ParseKind(fmt.Sprint(v)); err != nil {
				out = append(out, fmt.Sprintf("rollups[%d].kind: %v", i, err))
			}
		}
	}
	return out
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
