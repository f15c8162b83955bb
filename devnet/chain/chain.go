package chain

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/http"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"
)

var (
	// ErrStarted is returned by Start on a chain that is already running.
	ErrStarted = errors.New("chain: already started")
	// ErrStopped is returned by Start on a chain that was stopped: a
	// simulated backend cannot be restarted, build a new Chain.
	ErrStopped = errors.New("chain: stopped")
)

// rpcModules are the JSON-RPC namespaces served over HTTP and WS.
var rpcModules = []string{"eth", "net", "web3", "txpool"}

// Chain is an embedded chain serving JSON-RPC over HTTP and WS, with its own
// block producer. Build it with New, then Start it; Stop releases it.
// A Chain is safe for concurrent use.
type Chain struct {
	cfg     Config
	log     *zap.Logger
	traffic *trafficList // read by the producer before each block

	mu       sync.RWMutex
	stopped  bool
	backend  *simulated.Backend
	client   simulated.Client
	rpc      *rpc.Client // used by the producer: subscriptions, txpool_status
	closeRPC func()      // releases rpc when it is not the backend's own
	httpPort int
	wsPort   int
	cancel   context.CancelFunc // stops the producer
	done     chan struct{}      // closed when the producer has returned
	reorgs   chan reorgRequest  // to the producer (Reorg)
}

// New checks cfg and returns a chain ready to Start. It does not listen nor
// build anything yet.
func New(cfg Config, log *zap.Logger) (*Chain, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = zap.NewNop()
	}
	cfg = cfg.withDefaults()
	return &Chain{
		cfg:     cfg,
		log:     log.With(zap.Uint64("chainId", cfg.ChainID)),
		traffic: &trafficList{},
	}, nil
}

// Start picks the ports, builds the simulated backend serving JSON-RPC, and
// starts the block producer. ctx bounds the start-up only; the producer runs
// until Stop. On error nothing is left running.
func (c *Chain) Start(ctx context.Context) (err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.stopped:
		return ErrStopped
	case c.backend != nil:
		return ErrStarted
	}

	httpPort, wsPort, err := c.ports()
	if err != nil {
		return err
	}
	backend, err := newBackend(c.cfg, c.alloc(), httpPort, wsPort)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = c.closeAll(backend) // the start-up error is the one to report
			c.client, c.httpPort, c.wsPort = nil, 0, 0
		}
	}()
	c.backend, c.client = backend, backend.Client()
	c.httpPort, c.wsPort = httpPort, wsPort

	if err := c.attachRPC(ctx); err != nil {
		return err
	}
	p, err := newProducer(ctx, c.cfg, c.log, backend, c.rpc, c.traffic)
	if err != nil {
		return err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	c.cancel, c.done, c.reorgs = cancel, make(chan struct{}), p.reorgs
	go func() {
		defer close(c.done)
		p.run(runCtx)
	}()
	c.log.Info("chain started",
		zap.String("http", c.httpURL()), zap.String("ws", c.wsURL()),
		zap.Duration("blockInterval", c.cfg.BlockInterval), zap.Bool("activityTx", c.cfg.ActivityTx))
	return nil
}

// Stop stops the block producer, then closes the backend (go-ethereum
// requires this order). It is idempotent and may be called before Start.
// If ctx ends before the producer returns, Stop returns the context's error
// and may be called again.
func (c *Chain) Stop(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.backend == nil {
		c.stopped = true
		return nil
	}
	if c.cancel != nil {
		c.cancel()
		select {
		case <-c.done:
		case <-ctx.Done():
			return fmt.Errorf("chain: stop block producer: %w", ctx.Err())
		}
	}
	// The node's HTTP server waits up to 5 s (go-ethereum's shutdown
	// timeout) for connections it counts as active, and net/http counts a
	// connection that never carried a request as active for its first 5 s.
	// Go's default transport leaves such connections behind whenever
	// concurrent requests race a dial (every extra operator polling the
	// same chain makes it likelier: from ~128 operators in one process it
	// happened at most teardowns). They are idle on our side: closing them
	// lets the server stop at once.
	closeIdleDefaultConns()
	err := c.closeAll(c.backend)
	c.stopped = true
	c.log.Info("chain stopped")
	return err
}

// closeIdleDefaultConns closes the idle connections of http.DefaultTransport,
// which go-ethereum's HTTP clients use unless given another one. Idle
// connections are dialled again on demand, so this costs others nothing.
func closeIdleDefaultConns() {
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		t.CloseIdleConnections()
	}
}

// closeAll releases the RPC client and the backend. The caller holds c.mu.
func (c *Chain) closeAll(backend *simulated.Backend) error {
	if c.closeRPC != nil {
		c.closeRPC()
	}
	c.rpc, c.closeRPC = nil, nil
	c.backend, c.cancel, c.reorgs = nil, nil, nil
	if err := backend.Close(); err != nil {
		return fmt.Errorf("chain: close backend: %w", err)
	}
	return nil
}

// AddTraffic adds a source of transactions to every block the chain seals
// from now on (after the activity transfer, when ActivityTx is on). It may
// be called before Start or while the chain runs: a devnet deploys a
// contract first, then adds the traffic that uses it.
func (c *Chain) AddTraffic(t Traffic) {
	c.traffic.add(t)
}

// HTTPURL returns the JSON-RPC HTTP endpoint, e.g. http://127.0.0.1:8545.
// It is empty before Start.
func (c *Chain) HTTPURL() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.httpURL()
}

// WSURL returns the JSON-RPC WebSocket endpoint, e.g. ws://127.0.0.1:8546.
// It is empty before Start.
func (c *Chain) WSURL() string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.wsURL()
}

func (c *Chain) httpURL() string {
	if c.httpPort == 0 {
		return ""
	}
	return "http://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.httpPort))
}

func (c *Chain) wsURL() string {
	if c.wsPort == 0 {
		return ""
	}
	return "ws://" + net.JoinHostPort(c.cfg.Host, strconv.Itoa(c.wsPort))
}

// Client returns the in-process client of the simulated backend: the fastest
// way to talk to the chain from the same process. It is nil before Start and
// fails every call after Stop. Blocks are produced by the chain itself;
// callers only send transactions and wait for receipts.
func (c *Chain) Client() simulated.Client {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.client
}

// ChainID returns the configured chain id.
func (c *Chain) ChainID() uint64 { return c.cfg.ChainID }

// ports returns the HTTP and WS ports to use, picking free ones for zeros
// and checking that configured ones can be listened on.
func (c *Chain) ports() (httpPort, wsPort int, err error) {
	host := c.cfg.Host
	httpPort, wsPort = c.cfg.HTTPPort, c.cfg.WSPort
	if httpPort == 0 {
		if httpPort, err = freePort(host); err != nil {
			return 0, 0, err
		}
	} else if err := probePort("http", host, httpPort); err != nil {
		return 0, 0, err
	}
	switch {
	case wsPort == httpPort:
		// Explicitly shared: go-ethereum serves WS on the HTTP port.
	case wsPort != 0:
		if err := probePort("ws", host, wsPort); err != nil {
			return 0, 0, err
		}
	default:
		// The kernel may hand out the same free port twice in a row.
		for wsPort == 0 || wsPort == httpPort {
			if wsPort, err = freePort(host); err != nil {
				return 0, 0, err
			}
		}
	}
	return httpPort, wsPort, nil
}

// alloc returns the genesis alloc: the configured one, plus the activity
// account when ActivityTx is on. The configured map is not modified.
func (c *Chain) alloc() types.GenesisAlloc {
	alloc := maps.Clone(c.cfg.Alloc)
	if alloc == nil {
		alloc = types.GenesisAlloc{}
	}
	if c.cfg.ActivityTx {
		addr := crypto.PubkeyToAddress(ActivityKey().PublicKey)
		if _, ok := alloc[addr]; !ok {
			alloc[addr] = types.Account{Balance: activityFunds}
		}
	}
	return alloc
}

// attachRPC sets c.rpc to a raw RPC client of the chain: the backend's own
// in-process client when it exposes one, else a WS connection. The caller
// holds c.mu.
func (c *Chain) attachRPC(ctx context.Context) error {
	// simulated.Backend hides its *ethclient.Client behind the Client
	// interface, but the value still has the promoted Client() method.
	if inproc, ok := c.client.(interface{ Client() *rpc.Client }); ok && inproc.Client() != nil {
		c.rpc = inproc.Client()
		return nil
	}
	client, err := rpc.DialContext(ctx, c.wsURL())
	if err != nil {
		return fmt.Errorf("chain: dial own websocket: %w", err)
	}
	c.rpc, c.closeRPC = client, client.Close
	return nil
}

// newBackend builds the simulated backend serving JSON-RPC on the given
// ports. simulated.NewBackend panics when go-ethereum's node fails to start
// (a port taken since it was probed, for instance); the panic becomes an
// error here.
func newBackend(cfg Config, alloc types.GenesisAlloc, httpPort, wsPort int) (backend *simulated.Backend, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		cause, ok := r.(error)
		if !ok {
			cause = fmt.Errorf("%v", r)
		}
		err = backendError(cfg.Host, httpPort, wsPort, cause)
	}()
	var traceName, traceConfig string
	if cfg.Tracer != nil {
		var id uint64
		traceName, traceConfig, id = liveTracer(cfg.Tracer)
		defer forgetLiveTracer(id) // eth.New has taken the hooks by the time NewBackend returns
	}
	backend = simulated.NewBackend(alloc, func(nodeConf *node.Config, ethConf *ethconfig.Config) {
		nodeConf.IPCPath = "" // the default would share /tmp/geth.ipc between chains
		nodeConf.HTTPHost, nodeConf.HTTPPort = cfg.Host, httpPort
		nodeConf.WSHost, nodeConf.WSPort = cfg.Host, wsPort
		nodeConf.HTTPModules, nodeConf.WSModules = rpcModules, rpcModules
		// A devnet with public keys: accept any Host header and WS origin,
		// so that containers and browsers can reach it by any name.
		nodeConf.HTTPVirtualHosts = []string{"*"}
		nodeConf.HTTPCors = []string{"*"}
		nodeConf.WSOrigins = []string{"*"}

		ethConf.Genesis.Config, _ = ChainConfigFor(cfg.ChainID, cfg.Forks) // checked by Check
		ethConf.VMTrace, ethConf.VMTraceJsonConfig = traceName, traceConfig
		ethConf.NetworkId = cfg.ChainID
		ethConf.Genesis.GasLimit = cfg.GasLimit
		ethConf.Miner.GasCeil = cfg.GasLimit
		ethConf.RPCGasCap = cfg.GasLimit
	})
	return backend, nil
}

// backendError turns a failure of simulated.NewBackend into an error,
// naming the port when one was taken.
func backendError(host string, httpPort, wsPort int, cause error) error {
	// The node is closed by now: a port that still cannot be listened on
	// was taken by someone else between the probe and the start.
	if err := probePort("http", host, httpPort); err != nil {
		return err
	}
	if err := probePort("ws", host, wsPort); err != nil {
		return err
	}
	return fmt.Errorf("chain: start simulated backend: %w", cause)
}
