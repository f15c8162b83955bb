package aggregator

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// BenchmarkListRounds lists 100 closed rounds of 200 signers each (the
// audit's case: 37.5 ms a call when every signature was read back), from
// their summaries.
//
//	go test ./aggregator/ -run '^$' -bench ListRounds
func BenchmarkListRounds(b *testing.B) {
	st, err := OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := &Service{store: st, metrics: NoopMetrics{}, log: zap.NewNop(), rounds: map[uint64]*round{}}
	const rounds, signers = 100, 200
	for n := uint64(1); n <= rounds; n++ {
		rec := &roundRecord{Round: n, Status: api.StatusOpen, Targets: []api.Target{{ChainID: 901, BlockNumber: n}}}
		if err := st.PutRound(rec); err != nil {
			b.Fatal(err)
		}
		r := newRound(rec, &chainstate.Snapshot{})
		g := &digestGroup{digest: common.Hash{byte(n)}}
		for i := range signers {
			id := common.BigToHash(big.NewInt(int64(i + 1)))
			if err := st.PutSignature(n, id, sigRecord{Digest: g.digest}, []core.Claim{{ChainID: 901, BlockNumber: n}}); err != nil {
				b.Fatal(err)
			}
			g.signers = append(g.signers, id)
		}
		r.groups[g.digest] = g
		s.mu.Lock()
		s.closeRoundLocked(r, api.StatusAttested)
		s.mu.Unlock()
	}
	svc := &rpcService{s: s}
	list := func(b *testing.B) {
		for b.Loop() {
			out, err := svc.ListRounds(api.ListRoundsRequest{Limit: rounds})
			if err != nil || len(out) != rounds || len(out[0].Signers) != signers {
				b.Fatalf("ListRounds: %d rounds, %v", len(out), err)
			}
		}
	}
	b.Run("summaries", list)
	// The same rounds as records without summaries: every stored
	// signature is read back (what listing did before summaries).
	if err := st.db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketSigners); err != nil {
			return err
		}
		_, err := tx.CreateBucket(bucketSigners)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	b.Run("signatures", list)
}
