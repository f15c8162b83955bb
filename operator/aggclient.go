package operator

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

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

// rpcAggregator is the aggregator's JSON-RPC interface over HTTP.
type rpcAggregator struct {
	client *rpc.Client
}

var _ Aggregator = (*rpcAggregator)(nil)

// DialAggregator returns a client of the aggregator at url. Over HTTP
// nothing is sent until the first call.
func DialAggregator(ctx context.Context, url string) (Aggregator, error) {
	client, err := rpc.DialOptions(ctx, url, rpc.WithHTTPClient(&http.Client{Timeout: aggregatorCallTimeout}))
	if err != nil {
		return nil, fmt.Errorf("aggregator %s: %w", redactURL(url), err)
	}
	return &rpcAggregator{client: client}, nil
}

func (a *rpcAggregator) OpenRound(ctx context.Context) (*api.Round, error) {
	ctx, cancel := context.WithTimeout(ctx, aggregatorCallTimeout)
	defer cancel()
	var r *api.Round
	if err := a.client.CallContext(ctx, &r, api.Namespace+"_openRound"); err != nil {
		return nil, err
	}
	return r, nil
}

func (a *rpcAggregator) SubmitSignature(ctx context.Context, sc api.SignedCheckpoint) (*api.SubmitResult, error) {
	ctx, cancel := context.WithTimeout(ctx, aggregatorCallTimeout)
	defer cancel()
	var res api.SubmitResult
	if err := a.client.CallContext(ctx, &res, api.Namespace+"_submitSignature", sc); err != nil {
		return nil, err
	}
	return &res, nil
}

func (a *rpcAggregator) Close() { a.client.Close() }

// errorCode returns the JSON-RPC error code an error carries, or 0 for an
// error of transport (no answer, HTTP error, timeout).
func errorCode(err error) int {
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return rpcErr.ErrorCode()
	}
	return 0
}
