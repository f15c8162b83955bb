package aggregator

import (
	"context"
	"fmt"
	"time"

	"github.com/rollcall-avs/rollcall/aggregator/health"
)

// The dependency names of GET /health and rollcall_aggregator_dependency_up.
const DepL1 = "l1"

// RollupDep names the rollup node of chainID as a dependency.
func RollupDep(chainID uint64) string { return fmt.Sprintf("rollup-%d", chainID) }

// healthCheckEvery is how often a call that hangs is looked for, so that
// it shows (log, metrics, health) within seconds, before its deadline.
const healthCheckEvery = time.Second

// healthLoop logs dependencies whose state changed without a call ending.
func (s *Service) healthLoop(ctx context.Context) {
	t := time.NewTicker(healthCheckEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.deps.Check()
		}
	}
}

// Health is the state of the aggregator's dependencies now.
func (s *Service) Health() health.Report { return s.deps.Report() }
