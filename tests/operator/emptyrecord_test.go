package operator_test

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"
	"go.uber.org/zap/zaptest/observer"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

// historyAggregator is the fake aggregator plus the signature history
// (rollcall_operatorSignatures): it says which operators signed before.
type historyAggregator struct {
	*fakeAggregator
	mu     sync.Mutex
	signed map[common.Hash]uint64 // operator id → a round it signed
	asked  int
}

func (h *historyAggregator) OperatorSignatures(id common.Hash, _ *api.Uint64, limit *int) (*api.OperatorSignatures, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.asked++
	out := &api.OperatorSignatures{OperatorID: id, Signatures: []api.OperatorSignature{}}
	if round, ok := h.signed[id]; ok && (limit == nil || *limit > 0) {
		out.Signatures = append(out.Signatures, api.OperatorSignature{Round: round, Status: api.StatusAttested})
	}
	return out, nil
}

func (h *historyAggregator) askedCount() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.asked
}

// withHistory serves e's fake aggregator with the history methods and
// points e's config at it.
func withHistory(t *testing.T, e *testEnv) *historyAggregator {
	t.Helper()
	h := &historyAggregator{fakeAggregator: e.agg, signed: map[common.Hash]uint64{}}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, h))
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Stop() })
	e.cfg.AggregatorURLs = operator.URLList{ts.URL}
	return h
}

// The daemon refuses to start on an empty signing record for a key the
// aggregator has accepted signatures from, names the way out, and starts
// when told so explicitly or once the record holds what was signed; a key
// that never signed starts on an empty record.
func TestEmptySigningRecordForKeyThatSigned(t *testing.T) {
	e := newEnv(t)
	h := withHistory(t, e)
	id := operatorID(t, e)
	newService := func(cfg operator.Config, log *zap.Logger) (*operator.Service, error) {
		return operator.NewService(context.Background(), cfg, log, operator.Options{Registration: registered(true)})
	}

	// Never signed: starts.
	svc, err := newService(e.cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
	require.Equal(t, 1, h.askedCount(), "the aggregator was asked once")

	// Signed before (on another machine): refused, naming the import.
	h.mu.Lock()
	h.signed[id] = 42
	h.mu.Unlock()
	_, err = newService(e.cfg, zaptest.NewLogger(t))
	require.ErrorIs(t, err, operator.ErrEmptyRecord)
	require.ErrorContains(t, err, "round 42")
	require.ErrorContains(t, err, "rollcall operator signing-record import")
	require.ErrorContains(t, err, "--"+operator.FlagAllowEmptySigningRecord)
	empty, err := signrecord.Open(filepath.Join(e.cfg.DataDir, operator.RecordFile), id)
	require.NoError(t, err, "the refusal released the record")
	isEmpty, err := empty.Empty()
	require.NoError(t, err)
	require.True(t, isEmpty, "and wrote nothing to it")
	require.NoError(t, empty.Close())

	// The explicit override starts it, with a warning.
	core0, logs := observer.New(zap.WarnLevel)
	allow := e.cfg
	allow.AllowEmptySigningRecord = true
	svc, err = newService(allow, zap.New(core0))
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
	require.Equal(t, 1, logs.FilterMessageSnippet("allow-empty-signing-record").Len())

	// A record that holds what was signed (imported): starts without asking.
	rec, err := signrecord.Open(filepath.Join(e.cfg.DataDir, operator.RecordFile), id)
	require.NoError(t, err)
	claims := []core.Claim{e.claimAt(chainA, 1)}
	require.NoError(t, rec.Sign(42, common.Hash{0x42}, claims))
	require.NoError(t, rec.Close())
	asked := h.askedCount()
	svc, err = newService(e.cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
	require.Equal(t, asked, h.askedCount(), "a record with entries needs no question")
}

// An aggregator that cannot be asked (here: it does not serve the history)
// is warned about loudly, and the daemon starts.
func TestEmptySigningRecordAggregatorCannotBeAsked(t *testing.T) {
	e := newEnv(t) // the plain fake serves no rollcall_operatorSignatures
	core0, logs := observer.New(zap.WarnLevel)
	svc, err := operator.NewService(context.Background(), e.cfg, zap.New(core0), operator.Options{Registration: registered(true)})
	require.NoError(t, err)
	require.NoError(t, svc.Stop(context.Background()))
	require.Equal(t, 1, logs.FilterMessageSnippet("SIGNING RECORD IS EMPTY").Len())
}
