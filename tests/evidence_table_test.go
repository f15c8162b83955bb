package tests

import (
	"math/big"
	"testing"

	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	indexregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	stakeregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
)

// tableHints are the history entries covering a block, read from the
// middleware as a submitter would.
type tableHints struct {
	quorum   equivocationslasher.EquivocationSlasherQuorumHistoryHints
	stakeIdx []uint32 // per operator
}

func (h *slasherHarness) tableHints(tb testing.TB, ref uint32) tableHints {
	tb.Helper()
	dep := h.env.Devnet.Deployment
	quorum := uint8(dep.AVS.OperatorSetID)
	apk, err := blsapkregistry.NewContractBLSApkRegistryCaller(dep.AVS.BLSApkRegistry, h.client)
	require.NoError(tb, err)
	apkIdx, err := apk.GetApkIndicesAtBlockNumber(h.call(), []byte{quorum}, big.NewInt(int64(ref)))
	require.NoError(tb, err)
	stakes, err := stakeregistry.NewContractStakeRegistryCaller(dep.AVS.StakeRegistry, h.client)
	require.NoError(tb, err)
	totalIdx, err := stakes.GetTotalStakeIndicesAtBlockNumber(h.call(), ref, []byte{quorum})
	require.NoError(tb, err)
	idx, err := indexregistry.NewContractIndexRegistryCaller(dep.AVS.IndexRegistry, h.client)
	require.NoError(tb, err)
	latest, err := idx.GetLatestQuorumUpdate(h.call(), quorum)
	require.NoError(tb, err)
	var countIdx uint32
	for i := uint32(0); ; i++ {
		u, err := idx.GetQuorumUpdateAtIndex(h.call(), quorum, i)
		require.NoError(tb, err)
		if u.FromBlockNumber > ref {
			break
		}
		countIdx = i
		if u == latest {
			break
		}
	}
	out := tableHints{quorum: equivocationslasher.EquivocationSlasherQuorumHistoryHints{ApkIndex: apkIdx[0], TotalStakeIndex: totalIdx[0], CountIndex: countIdx}}
	for _, op := range h.env.Operators {
		i, err := stakes.GetStakeUpdateIndexAtBlockNumber(h.call(), op.ID, quorum, ref)
		require.NoError(tb, err)
		out.stakeIdx = append(out.stakeIdx, i)
	}
	return out
}

func g1Of(p *bls.G1Point) equivocationslasher.IBLSSignatureCheckerG1Point {
	return equivocationslasher.IBLSSignatureCheckerG1Point{X: p.X.BigInt(new(big.Int)), Y: p.Y.BigInt(new(big.Int))}
}

// testTablePieces checks the slasher's piecewise table-fraud views against
// the middleware's history at ref, at which every operator of env is
// registered with stake each.
func testTablePieces(t *testing.T, h *slasherHarness, ref uint32, stake *big.Int) {
	ops := h.env.Operators
	quorum := uint8(h.env.Devnet.Deployment.AVS.OperatorSetID)
	apk := bls.NewZeroG1Point()
	for _, op := range ops {
		apk.Add(op.BLS.GetPubKeyG1())
	}
	hints := h.tableHints(t, ref)
	honest := equivocationslasher.EquivocationSlasherTableQuorum{
		QuorumNumber: quorum, AggregateKey: g1Of(apk),
		TotalStake: new(big.Int).Mul(stake, big.NewInt(int64(len(ops)))), OperatorCount: uint32(len(ops)),
	}
	type faults struct{ Key, Stake, Count bool }
	quorumFaults := func(q equivocationslasher.EquivocationSlasherTableQuorum) faults {
		t.Helper()
		out, err := h.slasher.TableQuorumFaults(h.call(), ref, q, hints.quorum)
		require.NoError(t, err)
		return faults{out.KeyWrong, out.StakeWrong, out.CountWrong}
	}
	require.Equal(t, faults{}, quorumFaults(honest), "L1's own table has no fault")
	q := honest
	q.AggregateKey = g1Of(ops[0].BLS.GetPubKeyG1())
	require.Equal(t, faults{Key: true}, quorumFaults(q))
	q = honest
	q.TotalStake = new(big.Int).Add(honest.TotalStake, big.NewInt(1))
	require.Equal(t, faults{Stake: true}, quorumFaults(q))
	q = honest
	q.OperatorCount++
	require.Equal(t, faults{Count: true}, quorumFaults(q))

	wrongHint := func(mutate func(*equivocationslasher.EquivocationSlasherQuorumHistoryHints), kind uint8, index uint32) {
		t.Helper()
		hh := hints.quorum
		mutate(&hh)
		input := h.packSlasher(t, "tableQuorumFaults", ref, honest, hh)
		args := h.slasherError(t, h.slasherCall(h.submitterAddr, input), "HistoryIndexInvalid")
		require.Equal(t, []any{kind, index}, args)
	}
	wrongHint(func(x *equivocationslasher.EquivocationSlasherQuorumHistoryHints) { x.ApkIndex = 1000 }, 0, 1000)
	wrongHint(func(x *equivocationslasher.EquivocationSlasherQuorumHistoryHints) { x.TotalStakeIndex = 1000 }, 1, 1000)
	wrongHint(func(x *equivocationslasher.EquivocationSlasherQuorumHistoryHints) { x.CountIndex = 1000 }, 2, 1000)
	if hints.quorum.CountIndex > 0 {
		// An older entry that does not cover ref any more.
		wrongHint(func(x *equivocationslasher.EquivocationSlasherQuorumHistoryHints) { x.CountIndex-- }, 2, hints.quorum.CountIndex-1)
	}
	input := h.packSlasher(t, "tableQuorumFaults", uint32(1<<30), honest, hints.quorum)
	require.Equal(t, []any{uint32(1 << 30)}, h.slasherError(t, h.slasherCall(h.submitterAddr, input), "TableBlockNotInPast"))

	type leafFaults struct{ NotMember, Key, Stake bool }
	leafOf := func(i int) equivocationslasher.EquivocationSlasherTableLeaf {
		return equivocationslasher.EquivocationSlasherTableLeaf{OperatorId: ops[i].ID, Key: g1Of(ops[i].BLS.GetPubKeyG1()), Stake: stake}
	}
	check := func(block uint32, leaf equivocationslasher.EquivocationSlasherTableLeaf, stakeIdx uint32) leafFaults {
		t.Helper()
		out, err := h.slasher.TableLeafFaults(h.call(), block, quorum, leaf, equivocationslasher.EquivocationSlasherLeafHistoryHints{StakeIndex: stakeIdx})
		require.NoError(t, err)
		return leafFaults{out.NotMember, out.KeyWrong, out.StakeWrong}
	}
	for i := range ops {
		require.Equal(t, leafFaults{}, check(ref, leafOf(i), hints.stakeIdx[i]), "operator %d's leaf is L1's", i)
	}
	l := leafOf(0)
	l.Key = leafOf(1).Key
	require.Equal(t, leafFaults{Key: true}, check(ref, l, hints.stakeIdx[0]))
	l = leafOf(0)
	l.Stake = new(big.Int).Sub(stake, big.NewInt(1))
	require.Equal(t, leafFaults{Stake: true}, check(ref, l, hints.stakeIdx[0]))
	l = leafOf(0)
	l.OperatorId[0] ^= 1
	require.Equal(t, leafFaults{NotMember: true, Key: true}, check(ref, l, 0), "no operator has that id")
	require.Equal(t, leafFaults{NotMember: true}, check(uint32(h.env.BeforeRegistration), leafOf(0), 0), "not yet registered at that block")

	input = h.packSlasher(t, "tableLeafFaults", ref, quorum, leafOf(0), equivocationslasher.EquivocationSlasherLeafHistoryHints{BitmapIndex: 5})
	require.Equal(t, []any{uint8(3), uint32(5)}, h.slasherError(t, h.slasherCall(h.submitterAddr, input), "HistoryIndexInvalid"))
	input = h.packSlasher(t, "tableLeafFaults", ref, quorum, leafOf(0), equivocationslasher.EquivocationSlasherLeafHistoryHints{StakeIndex: 1000})
	require.Equal(t, []any{uint8(4), uint32(1000)}, h.slasherError(t, h.slasherCall(h.submitterAddr, input), "HistoryIndexInvalid"))
}
