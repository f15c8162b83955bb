package operator_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

// scriptedTables stands in for the operator's own L1 node (the real one is
// tested end to end in tests/): it answers the digest the test sets, or an
// error, and counts the computations asked for.
type scriptedTables struct {
	mu     sync.Mutex
	digest map[uint32]common.Hash
	err    error
	calls  int
}

func (s *scriptedTables) TableDigest(_ context.Context, ref uint32) (common.Hash, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.err != nil {
		return common.Hash{}, s.err
	}
	return s.digest[ref], nil
}

func (s *scriptedTables) Close() {}

func (s *scriptedTables) set(ref uint32, d common.Hash, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.digest[ref], s.err = d, err
}

func (s *scriptedTables) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func (e *testEnv) startWithTables(tables operator.TableSource) *operator.Service {
	e.t.Helper()
	svc, err := operator.NewService(context.Background(), e.cfg, zaptest.NewLogger(e.t).Named("operator"),
		operator.Options{Registration: registered(true), Tables: tables})
	require.NoError(e.t, err)
	require.NoError(e.t, svc.Start(context.Background()))
	e.t.Cleanup(func() { require.NoError(e.t, svc.Stop(context.Background())) })
	return svc
}

func withTable(r api.Round, d common.Hash) api.Round {
	r.Table = &api.TableRequest{ReferenceBlock: r.ReferenceBlock, Digest: d}
	return r
}

// TestTableRequests: a round without a table request never computes one;
// the operator's own digest is signed with the checkpoint; a table that
// cannot be computed yet is retried; a different digest is refused; a
// request for another block than the round's is refused; and a second,
// different table for a block already signed is refused by the record
// (the operator's own view changed: say, its L1 node reorganised).
func TestTableRequests(t *testing.T) {
	e := newEnv(t)
	tables := &scriptedTables{digest: map[uint32]common.Hash{}}
	svc := e.startWithTables(tables)
	target := func() api.Target { return api.Target{ChainID: chainA, BlockNumber: e.head(chainA)} }

	e.agg.open(e.round(1, target()))
	sub := e.waitSubmissions(1, 1)[0]
	require.Nil(t, sub.TableSignature, "no table asked, none sent")
	require.Zero(t, tables.count(), "no table computed for a round that asks for none")

	honest := common.HexToHash("0x7ab1e")
	r2 := e.round(2, target())
	tables.set(r2.ReferenceBlock, honest, errors.New("L1 node down"))
	e.agg.open(withTable(r2, honest))
	require.Eventually(t, func() bool { return tables.count() >= 2 }, waitFor, tick, "the table is tried again")
	require.Empty(t, e.agg.submitted(2), "nothing is sent without the table")
	tables.set(r2.ReferenceBlock, honest, nil)
	sub = e.waitSubmissions(2, 1)[0]
	require.NotNil(t, sub.TableSignature)
	sig := bls.Signature{G1Point: bls.NewG1Point(sub.TableSignature.X.ToInt(), sub.TableSignature.Y.ToInt())}
	ok, err := sig.Verify(e.kp.GetPubKeyG2(), honest)
	require.NoError(t, err)
	require.True(t, ok, "the table signature is over the table digest")
	e.requireValid(sub, r2)

	r3 := e.round(3, target())
	tables.set(r3.ReferenceBlock, honest, nil)
	e.agg.open(withTable(r3, common.HexToHash("0xf00")))
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonTableMismatch] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(3))

	r4 := withTable(e.round(4, target()), honest)
	r4.Table.ReferenceBlock = r4.ReferenceBlock - 1
	e.agg.open(r4)
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonBadTable] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(4))

	// Round 5 at round 2's block, whose table this operator now computes
	// differently: the record holds round 2's table and refuses.
	r5 := e.round(5, target())
	r5.ReferenceBlock = r2.ReferenceBlock
	changed := common.HexToHash("0xc4a96ed")
	tables.set(r5.ReferenceBlock, changed, nil)
	e.agg.open(withTable(r5, changed))
	require.Eventually(t, func() bool { return svc.Status().Refused[operator.ReasonTableConflict] == 1 }, waitFor, tick)
	require.Empty(t, e.agg.submitted(5))

	require.NoError(t, svc.Stop(context.Background()))
	rec, err := signrecord.OpenReadOnly(e.cfg.DataDir + "/" + operator.RecordFile)
	require.NoError(t, err)
	defer rec.Close()
	d, ok, err := rec.TableDigest(r2.ReferenceBlock)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, honest, d, "the table signed is recorded")
	_, ok, err = rec.RoundDigest(5)
	require.NoError(t, err)
	require.False(t, ok, "the refused round is not recorded")
}
