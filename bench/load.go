package bench

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdkbn254 "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/rollup"
)

// signer is one registered operator the load process signs for.
type signer struct {
	key *bls.KeyPair
	id  common.Hash
}

// load plays every operator from one process: it reads the round's claims
// from the rollups once (every operator would read the same blocks),
// signs the checkpoint with each operator's own BLS key, and submits each
// signature in its own JSON-RPC call, Concurrency calls in flight.
type load struct {
	client    *api.Client
	readers   map[uint64]rollup.Reader
	signers   []signer
	chainID   uint64
	registry  common.Address
	threshold uint16
	workers   int
}

func newLoad(ctx context.Context, url string, readers map[uint64]rollup.Reader, signers []signer, chainID uint64, registry common.Address, threshold uint16, workers int) (*load, error) {
	// One keep-alive connection per call in flight: the default transport
	// keeps two per host and would open and close one per call.
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.MaxIdleConns, transport.MaxIdleConnsPerHost, transport.MaxConnsPerHost = workers, workers, workers
	client, err := api.Dial(ctx, url, api.WithHTTPClient(&http.Client{Transport: transport}), api.WithCallTimeout(30*time.Second))
	if err != nil {
		return nil, err
	}
	return &load{client: client, readers: readers, signers: signers, chainID: chainID, registry: registry, threshold: threshold, workers: workers}, nil
}

func (l *load) close() { l.client.Close() }

// roundLoad is what one round measured from the operators' side.
type roundLoad struct {
	round  *api.Round
	seenAt time.Time // the load process saw the round open
	// claimsAt: claims read; signedAt: every signature made.
	claimsAt, signedAt time.Time
	// firstSent and lastAccepted bound the submissions.
	firstSent, lastAccepted time.Time
	// quorumAt is when an answer first reported the threshold met.
	quorumAt time.Time
	accepted int
	rejected map[int]int // by error code
	// table: the round asked for the operator table, signed too.
	table bool
}

// waitRound polls for an open round newer than after.
func (l *load) waitRound(ctx context.Context, after uint64) (*api.Round, time.Time, error) {
	for {
		r, err := l.client.OpenRound(ctx)
		if err != nil && ctx.Err() != nil {
			return nil, time.Time{}, err
		}
		if err == nil && r != nil && r.Round > after {
			return r, time.Now(), nil
		}
		select {
		case <-ctx.Done():
			return nil, time.Time{}, fmt.Errorf("waiting for a round after %d: %w", after, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// run signs and submits every operator's signature over round r.
func (l *load) run(ctx context.Context, r *api.Round, seenAt time.Time) (*roundLoad, error) {
	out := &roundLoad{round: r, seenAt: seenAt, rejected: map[int]int{}}
	claims, err := l.claims(ctx, r)
	if err != nil {
		return nil, err
	}
	out.claimsAt = time.Now()
	tree, err := core.BuildTree(claims)
	if err != nil {
		return nil, fmt.Errorf("round %d: claims: %w", r.Round, err)
	}
	claims = tree.Claims()
	cp := core.Checkpoint{Round: r.Round, ReferenceBlock: r.ReferenceBlock, ClaimsRoot: tree.Root()}
	digest := cp.Digest(l.chainID, l.registry)
	sigs := l.sign(digest)
	// A round that asks for the operator table is signed over it too (the
	// load takes the table digest as given: checking it against L1 is each
	// operator's own work, not the aggregator's).
	var tableSigs []api.G1Point
	if r.Table != nil {
		tableSigs = l.sign(r.Table.Digest)
		out.table = true
	}
	out.signedAt = time.Now()

	var mu sync.Mutex
	jobs := make(chan int)
	g, gctx := errgroup.WithContext(ctx)
	for range l.workers {
		g.Go(func() error {
			for i := range jobs {
				sc := api.SignedCheckpoint{Round: r.Round, OperatorID: l.signers[i].id, Claims: claims, Signature: sigs[i]}
				if tableSigs != nil {
					sc.TableSignature = &tableSigs[i]
				}
				res, err := l.client.SubmitSignature(gctx, sc)
				now := time.Now()
				mu.Lock()
				switch {
				case err == nil:
					out.accepted++
					out.lastAccepted = now
					if out.quorumAt.IsZero() && len(res.SignedBips) > 0 && res.SignedBips[0] >= uint32(l.threshold) {
						out.quorumAt = now
					}
				case api.ErrorCode(err) != 0:
					out.rejected[api.ErrorCode(err)]++
				default:
					mu.Unlock()
					return fmt.Errorf("round %d: submit: %w", r.Round, err)
				}
				mu.Unlock()
			}
			return nil
		})
	}
	out.firstSent = time.Now()
feed:
	for i := range l.signers {
		select {
		case jobs <- i:
		case <-gctx.Done():
			break feed
		}
	}
	close(jobs)
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

// claims reads the round's targets from the rollups, all at once.
func (l *load) claims(ctx context.Context, r *api.Round) ([]core.Claim, error) {
	claims := make([]core.Claim, len(r.Targets))
	g, gctx := errgroup.WithContext(ctx)
	for i, t := range r.Targets {
		reader, ok := l.readers[t.ChainID]
		if !ok {
			return nil, fmt.Errorf("round %d targets chain %d, which the bench does not read", r.Round, t.ChainID)
		}
		g.Go(func() error {
			for {
				c, err := reader.Claim(gctx, t.BlockNumber)
				if err == nil {
					claims[i] = c
					return nil
				}
				if !errors.Is(err, rollup.ErrNotYet) {
					return fmt.Errorf("round %d: chain %d block %d: %w", r.Round, t.ChainID, t.BlockNumber, err)
				}
				select {
				case <-gctx.Done():
					return gctx.Err()
				case <-time.After(10 * time.Millisecond):
				}
			}
		})
	}
	return claims, g.Wait()
}

// sign signs digest with every operator's key, on every core. The digest
// is hashed to the curve once; each signature is then its key's scalar
// times that point, exactly what KeyPair.SignMessage computes.
func (l *load) sign(digest common.Hash) []api.G1Point {
	point := sdkbn254.MapToCurve(digest)
	sigs := make([]api.G1Point, len(l.signers))
	var wg sync.WaitGroup
	per := (len(l.signers) + runtime.NumCPU() - 1) / runtime.NumCPU()
	for start := 0; start < len(l.signers); start += per {
		end := min(start+per, len(l.signers))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := start; i < end; i++ {
				sigs[i] = api.NewG1Point(l.signers[i].key.SignHashedToCurveMessage(point).G1Point)
			}
		}()
	}
	wg.Wait()
	return sigs
}
