package chainio

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rollcall-avs/rollcall/internal/redact"
)

// ErrWrongChain is wrapped by a *WrongChainError.
var ErrWrongChain = errors.New("wrong chain")

// WrongChainError: an L1 endpoint serves another chain than the
// deployment's.
type WrongChainError struct {
	Endpoint string // redacted URL; empty for a client given already dialed
	Got      uint64
	Want     uint64
}

func (e *WrongChainError) Error() string {
	at := ""
	if e.Endpoint != "" {
		at = " at " + e.Endpoint
	}
	return fmt.Sprintf("L1%s is chain %d, the deployment is on chain %d", at, e.Got, e.Want)
}

func (e *WrongChainError) Is(target error) bool { return target == ErrWrongChain }

// ChainIDReader is the one call CheckChainID needs.
type ChainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// CheckChainID fails with a *WrongChainError unless client serves chain
// want; endpoint (redacted) names the node in the error.
func CheckChainID(ctx context.Context, client ChainIDReader, endpoint string, want uint64) error {
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("read L1 chain id: %w", err)
	}
	return wrongChain(id, endpoint, want)
}

// wrongChain is a *WrongChainError unless id is want.
func wrongChain(id *big.Int, endpoint string, want uint64) error {
	if id.IsUint64() && id.Uint64() == want {
		return nil
	}
	return &WrongChainError{Endpoint: endpoint, Got: id.Uint64(), Want: want}
}

// DialOption tunes DialL1.
type DialOption func(*dialOptions)

type dialOptions struct {
	transport func(http.RoundTripper) http.RoundTripper
}

// WithTransport wraps the HTTP transport of an http(s) L1 client, for
// example to watch every call's latency and outcome (a daemon's dependency
// health). It has no effect on other URL schemes.
func WithTransport(wrap func(http.RoundTripper) http.RoundTripper) DialOption {
	return func(o *dialOptions) { o.transport = wrap }
}

// L1CallTimeout bounds each JSON-RPC call to an L1 node over HTTP (request
// and answer), so that a node that hangs fails the call instead of
// stalling its caller.
const L1CallTimeout = 10 * time.Second

// DialL1 connects to the L1 node at url within ctx and asks its chain id,
// so that an unreachable node fails here, by name, rather than at the first
// use. With wantChainID non-zero a node of another chain is refused
// (*WrongChainError, ErrWrongChain); 0 accepts any chain. Errors name the
// node by its redacted URL only: "cannot reach L1 at <redacted>: …" or "L1
// at <redacted> is chain X, the deployment is on chain Y".
func DialL1(ctx context.Context, url string, wantChainID uint64, options ...DialOption) (*ethclient.Client, error) {
	endpoint := redact.URL(url)
	var do dialOptions
	for _, o := range options {
		o(&do)
	}
	var opts []rpc.ClientOption
	if strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://") {
		// Every call gets a deadline, whatever context its caller passed:
		// a hung L1 node shows as errors within seconds, not as silence.
		hc := &http.Client{Timeout: L1CallTimeout}
		if do.transport != nil {
			hc.Transport = do.transport(http.DefaultTransport)
		}
		opts = append(opts, rpc.WithHTTPClient(hc))
	}
	rc, err := rpc.DialOptions(ctx, url, opts...)
	if err != nil {
		return nil, fmt.Errorf("cannot reach L1 at %s: %w", endpoint, redact.Error(err, url))
	}
	client := ethclient.NewClient(rc)
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("cannot reach L1 at %s: %w", endpoint, redact.Error(err, url))
	}
	if wantChainID != 0 {
		if err := wrongChain(id, endpoint, wantChainID); err != nil {
			client.Close()
			return nil, err
		}
	}
	return client, nil
}
