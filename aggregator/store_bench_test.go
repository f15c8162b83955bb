package aggregator

import (
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// BenchmarkPutSignatureParallel measures durable signature ingest: every
// PutSignature returns only after its fsync'd commit, and concurrent calls
// (operators answering one round together) share commits.
//
//	go test ./aggregator/ -run '^$' -bench PutSignature -cpu 1,64
func BenchmarkPutSignatureParallel(b *testing.B) {
	st, err := OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	claims := []core.Claim{{ChainID: 901, BlockNumber: 1}}
	sig := sigRecord{Digest: common.Hash{1}, Sig: api.G1Point{X: (*hexutil.Big)(big.NewInt(1)), Y: (*hexutil.Big)(big.NewInt(2))}}
	var next atomic.Uint64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := next.Add(1)
			id := common.BigToHash(new(big.Int).SetUint64(n))
			if err := st.PutSignature(1+n/1000, id, sig, claims); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "signatures/s")
}
