package relay

import (
	"context"
	"fmt"
	"sync"

	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
)

// TableSource computes T(R) from L1 (with its tree). deploy.TableAt over
// an L1 client is the real one.
type TableSource func(ctx context.Context, ref uint32) (*optable.Table, *optable.Tree, error)

// L1Tables is the TableSource of a deployment's middleware on an L1 client.
func L1Tables(client optable.L1Client, dep *deploy.Deployment) TableSource {
	return func(ctx context.Context, ref uint32) (*optable.Table, *optable.Tree, error) {
		return deploy.TableAt(ctx, client, dep, ref)
	}
}

// tableCache remembers the tables it computed: a table at a final block
// never changes.
type tableCache struct {
	src TableSource
	mu  sync.Mutex
	m   map[uint32]cachedTable
}

type cachedTable struct {
	table *optable.Table
	tree  *optable.Tree
}

// maxCachedTables bounds the cache (a 200-operator tree is small).
const maxCachedTables = 64

func newTableCache(src TableSource) *tableCache {
	return &tableCache{src: src, m: map[uint32]cachedTable{}}
}

func (c *tableCache) at(ctx context.Context, ref uint32) (*optable.Table, *optable.Tree, error) {
	c.mu.Lock()
	t, ok := c.m[ref]
	c.mu.Unlock()
	if ok {
		return t.table, t.tree, nil
	}
	table, tree, err := c.src(ctx, ref)
	if err != nil {
		return nil, nil, fmt.Errorf("table at L1 block %d: %w", ref, err)
	}
	c.mu.Lock()
	if len(c.m) >= maxCachedTables {
		for k := range c.m {
			delete(c.m, k)
			break
		}
	}
	c.m[ref] = cachedTable{table, tree}
	c.mu.Unlock()
	return table, tree, nil
}
