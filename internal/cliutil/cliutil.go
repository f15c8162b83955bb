// Package cliutil holds what every rollcall command shares: flag and
// environment variable naming, logging set-up, signal handling, progress
// lines, and exit codes.
package cliutil

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// EnvPrefix starts every environment variable rollcall reads.
const EnvPrefix = "ROLLCALL_"

// Environment variables follow one rule: a setting of one daemon or
// command is ROLLCALL_<SCOPE>_<FLAG> (ROLLCALL_OPERATOR_DATA_DIR,
// ROLLCALL_AGGREGATOR_LISTEN, ROLLCALL_DEVNET_ROLLUPS); the few settings
// every command shares (logging, the key directory and key passwords, the
// consumer tools' deployment and L1 URL) are ROLLCALL_<FLAG>.

// EnvVar names the environment variable of a shared flag: "l1-rpc" →
// ROLLCALL_L1_RPC.
func EnvVar(flag string) []string {
	return []string{EnvPrefix + envName(flag)}
}

// ScopedEnvVar names the environment variable of a flag of one daemon or
// command: ("operator", "data-dir") → ROLLCALL_OPERATOR_DATA_DIR.
func ScopedEnvVar(scope, flag string) []string {
	return []string{EnvPrefix + envName(scope) + "_" + envName(flag)}
}

func envName(s string) string {
	return strings.NewReplacer("-", "_", ".", "_").Replace(strings.ToUpper(s))
}

// SignalContext is cancelled on the first SIGINT/SIGTERM, so services stop
// cleanly; a second signal exits at once.
func SignalContext(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-sigs:
			fmt.Fprintln(os.Stderr, "\nstopping (press Ctrl-C again to force)")
			cancel()
		case <-ctx.Done():
			return
		}
		// Tools like timeout(1) signal the process and then its group: a
		// second signal within a moment of the first is the same request.
		first := time.Now()
		for range sigs {
			if time.Since(first) > time.Second {
				fmt.Fprintln(os.Stderr, "forced exit")
				os.Exit(130)
			}
		}
	}()
	return ctx, func() { signal.Stop(sigs); cancel() }
}

// ExitError carries a specific exit code (for example 1 = "found a problem",
// 2 = "could not check") through urfave/cli to main.
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string { return e.Err.Error() }
func (e *ExitError) Unwrap() error { return e.Err }

// ExitCode maps an error returned by a command to the process exit code.
func ExitCode(err error) int {
	var exit *ExitError
	if errors.As(err, &exit) {
		return exit.Code
	}
	return 1
}

// Log flags.
const (
	flagLogLevel  = "log.level"
	flagLogFormat = "log.format"
)

// LogFlags are the global logging flags.
func LogFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagLogLevel, Value: "info", Usage: "log level: debug, info, warn, error", EnvVars: EnvVar(flagLogLevel)},
		&cli.StringFlag{Name: flagLogFormat, Value: "text", Usage: "log format: text (for people) or json (for machines)", EnvVars: EnvVar(flagLogFormat)},
	}
}

type loggerKey struct{}

// SetUpLogging builds the logger from the log flags and stores it in the
// app's metadata for Logger to find.
func SetUpLogging(c *cli.Context) error {
	log, err := NewLogger(c.String(flagLogLevel), c.String(flagLogFormat), c.App.ErrWriter)
	if err != nil {
		return err
	}
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	c.App.Metadata["logger"] = log
	return nil
}

// Logger returns the logger SetUpLogging built, or a no-op logger.
func Logger(c *cli.Context) *zap.Logger {
	if log, ok := c.App.Metadata["logger"].(*zap.Logger); ok {
		return log
	}
	return zap.NewNop()
}

// NewLogger builds a zap logger writing to w (stderr when nil).
func NewLogger(level, format string, w io.Writer) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flagLogLevel, err)
	}
	encCfg := zap.NewProductionEncoderConfig()
	encCfg.EncodeTime = zapcore.ISO8601TimeEncoder
	encCfg.EncodeDuration = zapcore.StringDurationEncoder
	var enc zapcore.Encoder
	switch format {
	case "text":
		encCfg.EncodeLevel = zapcore.CapitalLevelEncoder
		enc = zapcore.NewConsoleEncoder(encCfg)
	case "json":
		enc = zapcore.NewJSONEncoder(encCfg)
	default:
		return nil, fmt.Errorf("--%s must be text or json, got %q", flagLogFormat, format)
	}
	if w == nil {
		w = os.Stderr
	}
	return zap.New(zapcore.NewCore(enc, zapcore.AddSync(w), lvl)), nil
}

// Progress prints "step" lines with the time since the previous one, for
// long operations a person is watching.
type Progress struct {
	w     io.Writer
	start time.Time
}

// NewProgress writes to w.
func NewProgress(w io.Writer) *Progress {
	return &Progress{w: w, start: time.Now()}
}

// Step prints one line with the seconds elapsed since the start.
func (p *Progress) Step(msg string) {
	fmt.Fprintf(p.w, "  %6.2fs  %s\n", time.Since(p.start).Seconds(), msg)
}

// Elapsed is the time since the progress began.
func (p *Progress) Elapsed() time.Duration { return time.Since(p.start) }

// init makes `--help` list each flag on one line: names, usage, default
// and environment variable.
func init() {
	cli.FlagStringer = flagString
}

func flagString(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return fmt.Sprint(f)
	}
	var names []string
	for _, n := range f.Names() {
		prefix := "--"
		if len(n) == 1 {
			prefix = "-"
		}
		names = append(names, prefix+n)
	}
	s := strings.Join(names, ", ")
	if df.TakesValue() {
		s += " value"
	}
	s += "\t" + df.GetUsage()
	def := df.GetDefaultText()
	if def == "" {
		def = df.GetValue()
	}
	if def != "" && def != `""` && def != "false" && def != "[]" {
		s += " (default: " + def + ")"
	}
	if envs := df.GetEnvVars(); len(envs) > 0 {
		s += " [$" + strings.Join(envs, ", $") + "]"
	}
	return s
}
