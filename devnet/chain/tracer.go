package chain

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/eth/tracers"
)

// go-ethereum attaches a block-import tracer only by name, through its
// process-wide tracers.LiveDirectory, with a JSON config. One name is
// registered once; the config carries the id of the hooks to hand out.
const liveTracerName = "rollcall-devnet-hooks"

var live struct {
	once  sync.Once
	mu    sync.Mutex
	next  uint64
	hooks map[uint64]*tracing.Hooks
}

// liveTracer registers hooks for the next backend and returns the
// ethconfig VMTrace name and JSON config that select them, and their id
// for forgetLiveTracer.
func liveTracer(h *tracing.Hooks) (name, config string, id uint64) {
	live.once.Do(func() {
		live.hooks = map[uint64]*tracing.Hooks{}
		tracers.LiveDirectory.Register(liveTracerName, func(cfg json.RawMessage) (*tracing.Hooks, error) {
			var c struct{ ID uint64 }
			if err := json.Unmarshal(cfg, &c); err != nil {
				return nil, fmt.Errorf("%s config: %w", liveTracerName, err)
			}
			live.mu.Lock()
			defer live.mu.Unlock()
			h, ok := live.hooks[c.ID]
			if !ok {
				return nil, fmt.Errorf("%s: no hooks with id %d", liveTracerName, c.ID)
			}
			return h, nil
		})
	})
	live.mu.Lock()
	defer live.mu.Unlock()
	live.next++
	live.hooks[live.next] = h
	return liveTracerName, fmt.Sprintf(`{"id":%d}`, live.next), live.next
}

// forgetLiveTracer drops hooks id once the backend that asked for them is
// built (or failed to be).
func forgetLiveTracer(id uint64) {
	live.mu.Lock()
	defer live.mu.Unlock()
	delete(live.hooks, id)
}
