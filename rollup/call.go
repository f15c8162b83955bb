package rollup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/internal/redact"
)

const (
	// firstBackoff is the wait before the first retry; it doubles at each
	// further retry, up to maxBackoff.
	firstBackoff = 100 * time.Millisecond
	maxBackoff   = 2 * time.Second
)

// caller makes JSON-RPC calls with a per-attempt timeout, retrying those
// that failed in transport.
type caller struct {
	client   *rpc.Client
	endpoint string // redacted URL, for errors
	timeout  time.Duration
	retries  int
	backoff  time.Duration
	log      *zap.Logger
}

// call calls method and decodes its result into result. Errors name the
// method and the redacted endpoint; a JSON-RPC error answered by the node
// keeps matching rpc.Error.
func (c *caller) call(ctx context.Context, result any, method string, args ...any) error {
	wait := c.backoff
	for attempt := 0; ; attempt++ {
		err := c.once(ctx, result, method, args...)
		if err == nil {
			return nil
		}
		redact.Error(err, c.endpoint)
		if attempt >= c.retries || ctx.Err() != nil || !isTransport(err) {
			return fmt.Errorf("%s at %s: %w", method, c.endpoint, err)
		}
		c.log.Debug("retrying rollup node call", zap.String("method", method),
			zap.Int("attempt", attempt+1), zap.Duration("wait", wait), zap.Error(err))
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return fmt.Errorf("%s at %s: %w (after %w)", method, c.endpoint, ctx.Err(), err)
		case <-timer.C:
		}
		wait = min(2*wait, maxBackoff)
	}
}

// once makes one attempt, bounded by the per-call timeout.
func (c *caller) once(ctx context.Context, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	return c.client.CallContext(ctx, result, method, args...)
}

// isTransport reports whether err is a failure to exchange a request and
// its answer with the node (as opposed to an answer): a network error, a
// timeout, a connection closed mid-answer, or an HTTP status that a proxy
// or an overloaded node returns (5xx, 429, 408).
func isTransport(err error) bool {
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return false // the node answered with a JSON-RPC error
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		code := httpErr.StatusCode
		return code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout
	}
	var netErr net.Error
	return errors.As(err, &netErr) ||
		errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
}
