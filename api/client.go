package api

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/rpc"
)

// Client calls the aggregator's JSON-RPC methods.
type Client struct {
	rpc *rpc.Client
}

// Dial connects to an aggregator at url (http://host:port).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial aggregator %s: %w", url, err)
	}
	return &Client{rpc: c}, nil
}

// Close closes the connection.
func (c *Client) Close() { c.rpc.Close() }

// OpenRound returns the open round, or nil when there is none.
func (c *Client) OpenRound(ctx context.Context) (*Round, error) {
	var r *Round
	err := c.rpc.CallContext(ctx, &r, Namespace+"_openRound")
	return r, err
}

// SubmitSignature sends one signed checkpoint.
func (c *Client) SubmitSignature(ctx context.Context, sc SignedCheckpoint) (*SubmitResult, error) {
	var res SubmitResult
	if err := c.rpc.CallContext(ctx, &res, Namespace+"_submitSignature", sc); err != nil {
		return nil, err
	}
	return &res, nil
}

// GetRound returns one round's status.
func (c *Client) GetRound(ctx context.Context, round uint64) (*RoundStatus, error) {
	var st RoundStatus
	if err := c.rpc.CallContext(ctx, &st, Namespace+"_getRound", Uint64(round)); err != nil {
		return nil, err
	}
	return &st, nil
}

// ListRounds pages through rounds, newest first.
func (c *Client) ListRounds(ctx context.Context, req ListRoundsRequest) ([]RoundStatus, error) {
	var out []RoundStatus
	err := c.rpc.CallContext(ctx, &out, Namespace+"_listRounds", req)
	return out, err
}

// ErrorCode returns the JSON-RPC error code carried by err (0 if none).
func ErrorCode(err error) int {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode()
	}
	return 0
}
