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
	"github.com/rollcall-avs/rollcall/relay"
	"github.com/rollcall-avs/rollcall/rollup"
	"github.com/rollcall-avs/rollcall/watch"
)

const (
	flagConfig     = "config"
	flagConfigKind = "kind"
)

// Config kinds.
const (
	kindOperator   = "operator"
	kindAggregator = "aggregator"
	kindRelay      = "relay"
	kindWatch      = "watch"
)

// kindNames are the kinds --kind accepts.
var kindNames = []string{kindOperator, kindAggregator, kindRelay, kindWatch}

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
			Usage: "validate an operator, aggregator, relay or watch config without starting anything",
			Description: `Reads the file strictly (an unknown key is an error), runs the checks its daemon runs at start
before it dials anything, and checks that the files it names exist (deployment, keystores, password
files; relative paths are taken from the working directory, as when the daemon runs). Against the
deployment file: every rollups entry without rpc must have a URL there; an operator must follow every
rollup it lists (a round naming one it does not follow is refused); a relay's destinations must be
rollups of it with a registry and a certificate verifier. A watcher's rollups need their own rpc.
Each problem names its key.

The kind is detected from the keys unless --kind says: the one kind that has every key of the file
(only an operator has bls-keystore, only an aggregator listen or round-interval, only a relay
aggregators or poll, only a watcher from-block); when several do, the one whose required keys are
all there (a watcher's keys are an operator's, but an operator requires bls-keystore). When that
leaves none or several, it is a usage error naming them.
Only the file is checked: flags and ROLLCALL_* variables given at run time are not.

Prints "ok: <kind> config <file>" and exits 0 when valid; exits 1 when not, 2 on a usage error.

Examples:
   rollcall config check --config operator.yaml
   rollcall config check --config agg.yaml --kind aggregator
   rollcall config check --config relay.yaml
   rollcall config check --config watch.yaml --kind watch`,
			Flags: []cli.Flag{
				&cli.StringFlag{Name: flagConfig, Usage: "YAML file to check", EnvVars: []string{cliutil.EnvPrefix + "CONFIG_FILE"}},
				&cli.StringFlag{Name: flagConfigKind, Usage: "operator, aggregator, relay or watch (default: detected from the keys)", EnvVars: cliutil.ScopedEnvVar("config", flagConfigKind)},
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
	if kind != "" && !slices.Contains(kindNames, kind) {
		return &cliutil.ExitError{Code: exitConfigUsage, Err: fmt.Errorf("--%s must be %s, got %q", flagConfigKind, strings.Join(kindNames, ", "), kind)}
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
	var err error
	switch kind {
	case kindOperator:
		cfg, err = checkOperator(path, res)
	case kindAggregator:
		cfg, err = checkAggregator(path, res)
	case kindRelay:
		cfg, err = checkRelay(path, res)
	case kindWatch:
		cfg, err = checkWatch(path, res)
	}
	if err != nil {
		res.problems = append(res.problems, loadProblem(path, err))
		return res, nil
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
		res.problems = append(res.problems, checkAgainstDeployment(cfg)...)
	}
	return res, nil
}

// checkOperator loads and checks an operator config as `operator run`
// does; the error is the file's load error.
func checkOperator(path string, res *configCheck) (any, error) {
	oc, err := operator.LoadConfig(path)
	if err != nil {
		return nil, err
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
	return oc, nil
}

// checkAggregator loads and checks an aggregator config as `aggregator
// run` does.
func checkAggregator(path string, res *configCheck) (any, error) {
	ac, err := aggregator.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	if err := errors.Join(ac.CheckInputs(), ac.Check()); err != nil {
		res.problems = append(res.problems, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	if ac.Keystore == "" {
		res.notes = append(res.notes, "keystore is not set: give --keystore or "+cliutil.ScopedEnvVar(aggregator.EnvScope, aggregator.FlagKeystore)[0]+" to `aggregator run`")
	} else if ac.PasswordFile == "" {
		res.notes = append(res.notes, "password-file is not set: the keystore password will be read from "+aggregator.PasswordEnv)
	}
	return ac, nil
}

// checkRelay loads and checks a relay config as `relay run` does before it
// reads the keystore (CheckInputs, then New's Check).
func checkRelay(path string, res *configCheck) (any, error) {
	rc, err := relay.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	if err := errors.Join(rc.CheckInputs(), rc.Check()); err != nil {
		res.problems = append(res.problems, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	if rc.Keystore != "" && rc.PasswordFile == "" {
		res.notes = append(res.notes, "password-file is not set: the keystore password will be read from "+relay.PasswordEnv)
	}
	return rc, nil
}

// checkWatch loads and checks a watcher config as `watch run` does before
// it dials anything.
func checkWatch(path string, res *configCheck) (any, error) {
	wc, err := watch.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	if err := wc.Check(); err != nil {
		res.problems = append(res.problems, strings.TrimPrefix(err.Error(), watch.ErrInvalidConfig.Error()+": "))
	}
	// The watcher reads only its own nodes: no deployment URL stands in.
	for i, s := range wc.Rollups {
		if s.RPC == "" {
			res.problems = append(res.problems, fmt.Sprintf("%s[%d].rpc is required: the watcher compares claims with its own node of chain %d", rollup.SpecsKey, i, s.ChainID))
		}
	}
	if len(wc.Rollups) == 0 {
		res.notes = append(res.notes, "rollups is not set: attested claims are compared only with each other and with signatures, not with any rollup's blocks")
	}
	if wc.Submitter.ECDSAKeystore == "" {
		res.notes = append(res.notes, "ecdsa-keystore is not set: the watcher reports the faults it finds and submits no evidence")
	} else if wc.Submitter.ECDSAPasswordFile == "" {
		res.notes = append(res.notes, "ecdsa-password-file is not set: the keystore password will be read from "+watch.ECDSAPasswordEnv)
	}
	return wc, nil
}

// checkAgainstDeployment checks the rollups of cfg against the deployment
// file it names: an entry without rpc needs a rollup of that chain id in
// the file, an operator must follow every rollup the file lists (a round
// naming one it does not follow cannot be signed), and a relay needs the
// destinations it would deliver to.
func checkAgainstDeployment(cfg any) []string {
	var specs rollup.Specs
	var path string
	operatorKind := false
	switch c := cfg.(type) {
	case operator.Config:
		specs, path, operatorKind = c.Rollups, c.Deployment, true
	case aggregator.Config:
		specs, path = c.Rollups, c.Deployment
	case relay.Config:
		path = c.Deployment
	default:
		return nil // the watcher names its own nodes (checkWatch)
	}
	if path == "" {
		return nil
	}
	dep, err := deploy.Load(path)
	if err != nil {
		return nil // reported with the file
	}
	if rc, ok := cfg.(relay.Config); ok {
		if _, err := relay.Destinations(dep, rc.Destinations, rc.RPCOverrides); err != nil {
			return []string{"destinations: " + err.Error()}
		}
		return nil
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

// configKind is what detection knows of one kind of config file.
type configKind struct {
	name string
	keys map[string]bool
	// required are keys its checks demand in the file: a file without one
	// cannot pass as this kind. They tell a watcher config from an
	// operator config, whose keys it shares but for from-block.
	required []string
}

func configKinds() []configKind {
	return []configKind{
		{kindOperator, yamlKeys(operator.Config{}), []string{"bls-keystore", "aggregator-url"}},
		{kindAggregator, yamlKeys(aggregator.Config{}), nil},
		{kindRelay, yamlKeys(relay.Config{}), []string{"aggregators", "keystore"}},
		{kindWatch, yamlKeys(watch.Config{}), nil},
	}
}

// detectKind names the kind of a config from its keys: the one kind that
// has every key of the file (keys no kind has are left to the strict load
// to report) and every key that kind requires.
func detectKind(keys map[string]any) (string, error) {
	kinds := configKinds()
	var fit []configKind
	for _, k := range kinds {
		ok := true
		for key := range keys {
			if !k.keys[key] && knownKey(kinds, key) {
				ok = false
				break
			}
		}
		if ok {
			fit = append(fit, k)
		}
	}
	if len(fit) == 0 {
		// Keys of several kinds: name those only one kind has.
		var parts []string
		for _, k := range kinds {
			var own []string
			for key := range keys {
				if k.keys[key] && ownedBy(kinds, key) == k.name {
					own = append(own, key)
				}
			}
			if len(own) > 0 {
				slices.Sort(own)
				parts = append(parts, fmt.Sprintf("%s keys (%s)", k.name, strings.Join(own, ", ")))
			}
		}
		what := "keys no one kind has all of"
		if len(parts) > 0 {
			what = strings.Join(parts, " and ")
		}
		return "", fmt.Errorf("cannot tell the kind: it has %s; give --%s", what, flagConfigKind)
	}
	if len(fit) == 1 {
		return fit[0].name, nil // its checks report what it lacks
	}
	var complete []string
	for _, k := range fit {
		if !slices.ContainsFunc(k.required, func(r string) bool { _, ok := keys[r]; return !ok }) {
			complete = append(complete, k.name)
		}
	}
	if len(complete) == 1 {
		return complete[0], nil
	}
	names := make([]string, len(fit))
	for i, k := range fit {
		names[i] = k.name
	}
	if len(complete) > 1 {
		names = complete
	}
	return "", fmt.Errorf("cannot tell the kind from its keys: it could be %s; give --%s %s",
		strings.Join(names, " or "), flagConfigKind, strings.Join(names, "|"))
}

// knownKey tells whether some kind has key.
func knownKey(kinds []configKind, key string) bool {
	return slices.ContainsFunc(kinds, func(k configKind) bool { return k.keys[key] })
}

// ownedBy is the one kind that has key, or "".
func ownedBy(kinds []configKind, key string) string {
	owner := ""
	for _, k := range kinds {
		if k.keys[key] {
			if owner != "" {
				return ""
			}
			owner = k.name
		}
	}
	return owner
}

// yamlKeys are the top-level keys of a config struct, those of its inline
// parts included.
func yamlKeys(v any) map[string]bool {
	out := map[string]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "" && opts == "inline" && f.Type.Kind() == reflect.Struct {
				walk(f.Type)
			} else if name != "" && name != "-" {
				out[name] = true
			}
		}
	}
	walk(reflect.TypeOf(v))
	return out
}

type fileSetting struct{ key, path string }

// filesOf lists the set string settings of cfg that name files, those of
// its inline parts included.
func filesOf(cfg any) []fileSetting {
	var out []fileSetting
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			name, opts, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if name == "" && opts == "inline" && v.Field(i).Kind() == reflect.Struct {
				walk(v.Field(i))
				continue
			}
			if !fileKeys[name] || v.Field(i).Kind() != reflect.String {
				continue
			}
			if p := v.Field(i).String(); p != "" {
				out = append(out, fileSetting{key: name, path: p})
			}
		}
	}
	if v := reflect.ValueOf(cfg); v.IsValid() {
		walk(v)
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
