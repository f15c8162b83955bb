package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/internal/redact"
)

// Client calls the aggregator's JSON-RPC methods. Its errors name the
// aggregator by its redacted URL only (see package redact).
type Client struct {
	rpc         *rpc.Client
	url         string        // as dialed, for redact.Error
	callTimeout time.Duration // 0: calls are bounded by their context only
	httpClient  *http.Client  // nil: go-ethereum's default
}

// DialOption tunes a Client.
type DialOption func(*Client)

// WithCallTimeout bounds each call to d, whatever its context allows: an
// unreachable aggregator must not hang the caller.
func WithCallTimeout(d time.Duration) DialOption {
	return func(c *Client) { c.callTimeout = d }
}

// WithHTTPClient sends the calls through hc: a caller making many calls at
// once (a load generator) gives it a transport that keeps as many
// connections as it has calls in flight.
func WithHTTPClient(hc *http.Client) DialOption {
	return func(c *Client) { c.httpClient = hc }
}

// Dial connects to an aggregator at url (http://host:port). Over HTTP
// nothing is sent until the first call.
func Dial(ctx context.Context, url string, opts ...DialOption) (*Client, error) {
	c := &Client{url: url}
	for _, o := range opts {
		o(c)
	}
	var rpcOpts []rpc.ClientOption
	if c.httpClient != nil {
		rpcOpts = append(rpcOpts, rpc.WithHTTPClient(c.httpClient))
	}
	r, err := rpc.DialOptions(ctx, url, rpcOpts...)
	if err != nil {
		return nil, fmt.Errorf("dial aggregator %s: %w", redact.URL(url), redact.Error(err, url))
	}
	c.rpc = r
	return c, nil
}

// Close closes the connection.
func (c *Client) Close() { c.rpc.Close() }

// call makes one call within the call timeout; a transport error does not
// carry the full URL.
func (c *Client) call(ctx context.Context, result any, method string, args ...any) error {
	if c.callTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.callTimeout)
		defer cancel()
	}
	return redact.Error(c.rpc.CallContext(ctx, result, method, args...), c.url)
}

// OpenRound returns the open round, or nil when there is none.
func (c *Client) OpenRound(ctx context.Context) (*Round, error) {
	var r *Round
	if err := c.call(ctx, &r, Namespace+"_openRound"); err != nil {
		return nil, err
	}
	return r, nil
}

// SubmitSignature sends one signed checkpoint.
func (c *Client) SubmitSignature(ctx context.Context, sc SignedCheckpoint) (*SubmitResult, error) {
	var res SubmitResult
	if err := c.call(ctx, &res, Namespace+"_submitSignature", sc); err != nil {
		return nil, err
	}
	return &res, nil
}

// GetRound returns one round's status.
func (c *Client) GetRound(ctx context.Context, round uint64) (*RoundStatus, error) {
	var st RoundStatus
	if err := c.call(ctx, &st, Namespace+"_getRound", Uint64(round)); err != nil {
		return nil, err
	}
	return &st, nil
}

// ListRounds pages through rounds, newest first.
func (c *Client) ListRounds(ctx context.Context, req ListRoundsRequest) ([]RoundStatus, error) {
	var out []RoundStatus
	err := c.call(ctx, &out, Namespace+"_listRounds", req)
	return out, err
}

// ErrorCode returns the JSON-RPC error code carried by err, or 0 for an
// error of transport (no answer, HTTP error, timeout).
func ErrorCode(err error) int {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return 0
}
