package operator

import (
	"context"
	"time"

	"github.com/rollcall-avs/rollcall/api"
)

// aggregatorCallTimeout bounds one JSON-RPC call to the aggregator.
const aggregatorCallTimeout = 10 * time.Second

// Aggregator is what the daemon asks of the aggregator.
type Aggregator interface {
	// OpenRound returns the open round, or nil when none is open.
	OpenRound(ctx context.Context) (*api.Round, error)
	// SubmitSignature sends one signed checkpoint.
	SubmitSignature(ctx context.Context, sc api.SignedCheckpoint) (*api.SubmitResult, error)
	Close()
}

var _ Aggregator = (*api.Client)(nil)
