package tests

import (
	"context"
	"math/big"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/watch"
)

// signatureHistory serves rollcall_operatorSignatures from a fixed list:
// an aggregator's record as the watcher reads it.
type signatureHistory struct {
	mu   sync.Mutex
	sigs map[common.Hash][]api.OperatorSignature
}

func (s *signatureHistory) OperatorSignatures(id common.Hash, from *api.Uint64, _ *int) (*api.OperatorSignatures, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := &api.OperatorSignatures{OperatorID: id, Signatures: []api.OperatorSignature{}}
	for _, sig := range s.sigs[id] {
		if from == nil || sig.Round >= uint64(*from) {
			out.Signatures = append(out.Signatures, sig)
		}
	}
	return out, nil
}

// ListRounds lists the newest round the history holds.
func (s *signatureHistory) ListRounds(api.ListRoundsRequest) ([]api.RoundStatus, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var newest api.OperatorSignature
	for _, sigs := range s.sigs {
		for _, sig := range sigs {
			if sig.Round > newest.Round {
				newest = sig
			}
		}
	}
	if newest.Round == 0 {
		return []api.RoundStatus{}, nil
	}
	return []api.RoundStatus{{Round: newest.Round, ReferenceBlock: newest.ReferenceBlock, Status: api.StatusExpired}}, nil
}

// rollupSource stands in for a rollup registry: a source of checkpoints
// certified on a rollup against an operator table.
type rollupSource struct {
	mu  sync.Mutex
	cps []watch.Checkpoint
}

func (s *rollupSource) Name() string { return "rollup-902" }

func (s *rollupSource) Poll(context.Context, uint64) ([]watch.Checkpoint, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := s.cps
	s.cps = nil
	return out, nil
}

// TestWatcherSources runs the watcher in this process with the two other
// ways a fault reaches it: two conflicting own signatures of one operator
// in the aggregator's record (slashSigned), and a certificate from another
// source of checkpoints (the interface rollup registries will implement)
// against an L1 attestation (slashAttested at the certificate's table
// block). One pass submits both; the signers of one side only are
// untouched; a second watcher on the same record submits nothing.
func TestWatcherSources(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	dep, l1 := env.Devnet.Deployment, env.Devnet.L1Client()
	h := newSlasherHarness(t, ctx, env, log)
	cheat := env.Operators[3]
	tableRef := h.refBlock(t)
	require.NoError(t, env.WaitForBlock(ctx, uint64(tableRef)+3))

	// Two own signatures of the cheat over conflicting claims.
	history := &signatureHistory{sigs: map[common.Hash][]api.OperatorSignature{}}
	ref := h.refBlock(t)
	for i, root := range []common.Hash{{0x0a}, {0x0b}} {
		claims := []core.Claim{{ChainID: 901, BlockNumber: 500, BlockHash: common.Hash{0x05}, StateRoot: root}}
		tree, err := core.BuildTree(claims)
		require.NoError(t, err)
		cp := core.Checkpoint{Round: uint64(7 + i), ReferenceBlock: ref, ClaimsRoot: tree.Root()}
		digest := cp.Digest(dep.L1.ChainID, dep.AVS.Registry)
		history.sigs[cheat.ID] = append(history.sigs[cheat.ID], api.OperatorSignature{
			Round: cp.Round, ReferenceBlock: ref, Status: api.StatusExpired, Digest: digest, Claims: claims,
			Signature: slG1(cheat.BLS.SignMessage(digest)),
		})
	}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, history))
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Stop() })

	// An L1 attestation of X by all four, and a rollup certificate of X'
	// for the same block signed by the cheat and operator 1 against the
	// table of tableRef.
	// (Only chain 7's claim differs between the two checkpoints.)
	f := h.newFault()
	certClaims := append([]core.Claim(nil), f.a...)
	certClaims[2] = f.b[2]
	h.attest(t, h.signed(t, 900, h.refBlock(t), f.a, 0, 1, 2, 3))
	cert := h.certificateSide(t, h.refBlock(t), tableRef, certClaims, f.chain, 1, 3)
	tree, err := core.BuildTree(certClaims)
	require.NoError(t, err)
	src := &rollupSource{cps: []watch.Checkpoint{{
		Source: "rollup-902", Checkpoint: cert.Checkpoint, Tree: tree, SignersBlock: cert.SignersBlock, Signature: &cert.Signature,
	}}}

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	fund(t, ctx, l1, env.Devnet.Owner, crypto.PubkeyToAddress(key.PublicKey), devnettest.Ether(10))
	cfg := watch.DefaultConfig()
	cfg.Servers = watch.Servers{}
	cfg.DataDir = filepath.Join(t.TempDir(), "watch")
	cfg.PollInterval = 100 * time.Millisecond
	cfg.Submitter.ReceiptPoll = 20 * time.Millisecond
	cfg.Sources.AggregatorURL = ts.URL
	newWatcher := func() *watch.Service {
		svc, err := watch.NewService(ctx, cfg, log.Named("watch"), watch.Options{Deployment: dep, Key: key, Sources: []watch.CheckpointSource{src}})
		require.NoError(t, err)
		return svc
	}
	full := uint64(1e18)

	// Without a key the watcher only reports: the faults are found, the
	// evidence dry-runs, nothing is sent.
	reportOnly := cfg
	reportOnly.DataDir = filepath.Join(t.TempDir(), "report-only")
	ro, err := watch.NewService(ctx, reportOnly, log.Named("report-only"), watch.Options{Deployment: dep, Sources: []watch.CheckpointSource{src}})
	require.NoError(t, err)
	report, err := ro.Pass(ctx)
	require.NoError(t, err)
	require.Equal(t, 2, report.Faults)
	require.Zero(t, report.Submitted)
	report, err = ro.Pass(ctx)
	require.NoError(t, err)
	require.Zero(t, report.Faults, "a fault is counted once while it waits")
	require.NoError(t, ro.Close())
	require.Equal(t, full, h.magnitude(t, cheat.Address), "nothing sent")
	src.cps = []watch.Checkpoint{{Source: "rollup-902", Checkpoint: cert.Checkpoint, Tree: tree, SignersBlock: cert.SignersBlock, Signature: &cert.Signature}}

	svc := newWatcher()
	report, err = svc.Pass(ctx)
	require.NoError(t, err)
	require.Empty(t, report.Errors)
	require.Equal(t, 2, report.Faults, "signed + attested")
	require.Equal(t, 2, report.Submitted)
	require.Equal(t, 0, report.Claims, "no rollup node configured: nothing compared")
	require.Positive(t, report.Unwatched)

	require.Equal(t, full, h.magnitude(t, env.Operators[0].Address), "signed X only")
	require.Equal(t, full, h.magnitude(t, env.Operators[2].Address), "signed X only")
	require.Less(t, h.magnitude(t, env.Operators[1].Address), full, "signed X and X' (the certificate)")
	require.Less(t, h.magnitude(t, cheat.Address), h.magnitude(t, env.Operators[1].Address), "slashed for two faults")
	for _, c := range []struct {
		op    common.Address
		chain uint64
		block uint64
	}{{cheat.Address, 901, 500}, {cheat.Address, f.chain, f.number}, {env.Operators[1].Address, f.chain, f.number}} {
		ok, err := h.slasher.IsSlashed(h.call(), c.op, c.chain, c.block)
		require.NoError(t, err)
		require.True(t, ok, "%s chain %d block %d", c.op, c.chain, c.block)
	}

	// Nothing new: nothing sent.
	nonce, err := l1.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	require.NoError(t, err)
	report, err = svc.Pass(ctx)
	require.NoError(t, err)
	require.Zero(t, report.Faults)
	require.NoError(t, svc.Close())

	// A second watcher on the same record reads everything again and sends nothing.
	src.cps = []watch.Checkpoint{{Source: "rollup-902", Checkpoint: cert.Checkpoint, Tree: tree, SignersBlock: cert.SignersBlock, Signature: &cert.Signature}}
	again := newWatcher()
	defer again.Close()
	report, err = again.Pass(ctx)
	require.NoError(t, err)
	require.Zero(t, report.Submitted)
	require.Equal(t, 2, report.AlreadySlashed)
	after, err := l1.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	require.NoError(t, err)
	require.Equal(t, nonce, after)
}
