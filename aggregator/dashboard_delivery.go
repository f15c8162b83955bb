package aggregator

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/deploy"
)

// deliveryBook reads, for the dashboard, the newest checkpoint each rollup's
// own registry holds (delivered there by a relay): the aggregator does not
// deliver, so it asks the rollups, at most once per deliveryMaxAge.
type deliveryBook struct {
	mu      sync.Mutex
	clients map[uint64]*rollupregistry.RollupRegistry
	cached  map[uint64]delivered
}

type delivered struct {
	round uint64
	err   string
	at    time.Time
}

const (
	deliveryMaxAge  = time.Second
	deliveryTimeout = 2 * time.Second
)

// read returns rollup info's latest delivered round (0: none, or no
// registry there).
func (b *deliveryBook) read(ctx context.Context, info deploy.RollupInfo) delivered {
	if info.Contracts.Registry == (common.Address{}) || info.RPCURL == "" {
		return delivered{}
	}
	b.mu.Lock()
	if b.clients == nil {
		b.clients, b.cached = map[uint64]*rollupregistry.RollupRegistry{}, map[uint64]delivered{}
	}
	if d, ok := b.cached[info.ChainID]; ok && time.Since(d.at) < deliveryMaxAge {
		b.mu.Unlock()
		return d
	}
	reg := b.clients[info.ChainID]
	b.mu.Unlock()

	ctx, cancel := context.WithTimeout(ctx, deliveryTimeout)
	defer cancel()
	var d delivered
	if reg == nil {
		client, err := ethclient.DialContext(ctx, info.RPCURL)
		if err == nil {
			reg, err = rollupregistry.NewRollupRegistry(info.Contracts.Registry, client)
		}
		if err != nil {
			d.err = err.Error()
		}
	}
	if reg != nil {
		round, err := reg.LatestRound(&bind.CallOpts{Context: ctx})
		if err != nil {
			d.err = err.Error()
		}
		d.round = round
	}
	d.at = time.Now()
	b.mu.Lock()
	if reg != nil {
		b.clients[info.ChainID] = reg
	}
	b.cached[info.ChainID] = d
	b.mu.Unlock()
	return d
}
