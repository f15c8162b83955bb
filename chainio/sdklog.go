package chainio

import (
	sdklogging "github.com/Layr-Labs/eigensdk-go/logging"
	"go.uber.org/zap"
)

// SDKLogger adapts rollcall's zap logger to eigensdk-go's logging.Logger, so
// that the SDK's clients log through the same sink with the same fields.
// The SDK logs key/value pairs, which zap's sugared logger takes as-is.
func SDKLogger(log *zap.Logger) sdklogging.Logger {
	if log == nil {
		log = zap.NewNop()
	}
	return sdkLogger{s: log.WithOptions(zap.AddCallerSkip(1)).Sugar()}
}

type sdkLogger struct{ s *zap.SugaredLogger }

var _ sdklogging.Logger = sdkLogger{}

func (l sdkLogger) Debug(msg string, tags ...any) { l.s.Debugw(msg, tags...) }

// Info is demoted to Debug: rollcall reports what the SDK's clients did in
// its own words, and the SDK's info lines would say it twice.
func (l sdkLogger) Info(msg string, tags ...any)  { l.s.Debugw(msg, tags...) }
func (l sdkLogger) Warn(msg string, tags ...any)  { l.s.Warnw(msg, tags...) }
func (l sdkLogger) Error(msg string, tags ...any) { l.s.Errorw(msg, tags...) }

// Fatal is downgraded to Error: only main may end the process.
func (l sdkLogger) Fatal(msg string, tags ...any)               { l.s.Errorw(msg, tags...) }
func (l sdkLogger) Debugf(template string, args ...interface{}) { l.s.Debugf(template, args...) }
func (l sdkLogger) Infof(template string, args ...interface{})  { l.s.Debugf(template, args...) }
func (l sdkLogger) Warnf(template string, args ...interface{})  { l.s.Warnf(template, args...) }
func (l sdkLogger) Errorf(template string, args ...interface{}) { l.s.Errorf(template, args...) }
func (l sdkLogger) Fatalf(template string, args ...interface{}) { l.s.Errorf(template, args...) }
func (l sdkLogger) With(tags ...any) sdklogging.Logger          { return sdkLogger{s: l.s.With(tags...)} }
