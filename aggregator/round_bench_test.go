package aggregator

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/blsverify"
)

// BenchmarkRoundCount measures what SubmitSignature does under the
// service lock for each accepted signature at 1,000 operators: count it in
// its digest group (aggregate signature and key, stake), check the
// threshold and compute the signed share.
//
//	go test ./aggregator/ -run '^$' -bench RoundCount
func BenchmarkRoundCount(b *testing.B) {
	const n = 1000
	snap := &chainstate.Snapshot{QuorumNumbers: []byte{0}, Operators: map[common.Hash]*chainstate.Operator{}, TotalStake: []*big.Int{new(big.Int)}}
	ops := make([]*chainstate.Operator, n)
	sigs := make([]*bls.Signature, n)
	digest := [32]byte{1}
	for i := range ops {
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			b.Fatal(err)
		}
		stake := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		ops[i] = &chainstate.Operator{ID: common.Hash(core.OperatorID(kp.GetPubKeyG1())), Stake: []*big.Int{stake}, PubkeyG2: kp.GetPubKeyG2()}
		snap.Operators[ops[i].ID] = ops[i]
		snap.TotalStake[0].Add(snap.TotalStake[0], stake)
		sigs[i] = kp.SignMessage(digest)
	}
	tree, err := core.BuildTree([]core.Claim{{ChainID: 901, BlockNumber: 1}})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%n == 0 {
			b.StopTimer()
			r := newRound(&roundRecord{Round: uint64(i/n + 1)}, snap)
			g := r.group(digest, tree, blsverify.Message{})
			b.StartTimer()
			benchRound, benchGroup = r, g
		}
		op := ops[i%n]
		benchRound.add(benchGroup, op, sigs[i%n])
		_ = benchRound.meets(benchGroup, 6667)
		_ = benchRound.bips(benchGroup)
	}
}

var (
	benchRound *round
	benchGroup *digestGroup
)
