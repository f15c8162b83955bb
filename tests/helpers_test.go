// Package tests holds rollcall's end-to-end tests: the whole system on the
// devnet, in one process and as separate processes over loopback.
package tests

import (
	"testing"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
)

// testLogger logs through the test, visible with -v or on failure.
func testLogger(t *testing.T) *zap.Logger {
	return zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))
}
