package optable

import (
	"context"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/common"
)

// CachedKeys wraps r so that each operator's G1 key is read from L1 once: a
// key registered with the BLSApkRegistry never changes, and FromL1 asks for
// every operator's key, which at 200 operators is most of its calls. Only
// keys read without error are kept. Safe for concurrent use.
func CachedKeys(r Reader) Reader {
	return &keyCache{Reader: r, keys: map[common.Address]bn254.G1Affine{}}
}

type keyCache struct {
	Reader
	mu   sync.Mutex
	keys map[common.Address]bn254.G1Affine
}

func (c *keyCache) Pubkey(ctx context.Context, operator common.Address) (bn254.G1Affine, error) {
	c.mu.Lock()
	k, ok := c.keys[operator]
	c.mu.Unlock()
	if ok {
		return k, nil
	}
	k, err := c.Reader.Pubkey(ctx, operator)
	if err != nil {
		return k, err
	}
	c.mu.Lock()
	c.keys[operator] = k
	c.mu.Unlock()
	return k, nil
}
