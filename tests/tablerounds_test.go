package tests

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/registration"
)

// tableWorld is a devnet with four funded operator keys, of which the
// first three are registered at the start, one rollup sealing blocks on
// its own, and an aggregator posting every second quorum round to L1.
type tableWorld struct {
	ctx     context.Context
	log     *zap.Logger
	dn      *devnet.Devnet
	keys    []*bls.KeyPair
	rollup  *ethclient.Client
	rURL    string
	agg     *aggregator.Service
	client  *api.Client
	reg     *rollcallregistry.RollcallRegistry
	reader  optable.Reader
	thresh  uint16
	started []*operator.Service
}

const tableRollup = 901

func startTableWorld(t *testing.T, ctx context.Context) *tableWorld {
	t.Helper()
	log := testLogger(t)
	dn, err := devnet.Start(ctx, devnet.Options{Operators: 4, L1BlockInterval: devnettest.DefaultBlockInterval}, nil, log)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dn.Stop(context.Background())) })
	w := &tableWorld{ctx: ctx, log: log, dn: dn}
	regs := make([]devnet.Registration, 3)
	for i := range 4 {
		kp, err := bls.GenRandomBlsKeys()
		require.NoError(t, err)
		w.keys = append(w.keys, kp)
		if i < 3 {
			regs[i] = devnet.Registration{BLS: kp, Deposit: devnettest.Ether(100), Socket: "http://127.0.0.1:0", MetadataURL: "https://rollcall.invalid/op.json"}
		}
	}
	require.NoError(t, dn.RegisterOperators(ctx, regs, log))
	// One more block, so that the first round's reference block (head − 1)
	// has all three registered.
	registered, err := dn.L1Client().BlockNumber(ctx)
	require.NoError(t, err)
	poll(t, ctx, 30*time.Second, "L1 did not advance", func() (bool, error) {
		head, err := dn.L1Client().BlockNumber(ctx)
		return head > registered, err
	})

	rc, rclient := devnettest.StartRollup(t, tableRollup, 300*time.Millisecond, log.Named("rollup"))
	w.rollup, w.rURL = rclient, rc.HTTPURL()

	dep := dn.Deployment
	w.reg, err = rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, dn.L1Client())
	require.NoError(t, err)
	w.thresh, err = w.reg.ThresholdBips(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	quorums, err := w.reg.QuorumNumbers(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	// The test's own reading of the middleware: the tables the aggregator
	// and the operators compute are checked against it.
	w.reader, err = optable.NewMiddlewareReader(dn.L1Client(), optable.Middleware{
		RegistryCoordinator: dep.AVS.RegistryCoordinator, OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
		BLSApkRegistry: dep.AVS.BLSApkRegistry, StakeRegistry: dep.AVS.StakeRegistry, Quorums: quorums,
	})
	require.NoError(t, err)

	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.DataDir = t.TempDir()
	cfg.RoundInterval = 2 * time.Second
	cfg.LateWindow = 100 * time.Millisecond
	cfg.ReceiptPoll = 50 * time.Millisecond
	cfg.L1Every = 2
	cfg.Rollups = []aggregator.RollupConfig{{ChainID: tableRollup, RPC: w.rURL, Finality: "latest"}}
	w.agg, err = aggregator.New(cfg, dep, dn.Aggregator, log.Named("aggregator"))
	require.NoError(t, err)
	require.NoError(t, w.agg.Start(ctx))
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		require.NoError(t, w.agg.Stop(stopCtx))
	})
	w.client, err = api.Dial(ctx, "http://"+w.agg.Addr())
	require.NoError(t, err)
	t.Cleanup(w.client.Close)
	return w
}

// startOperator runs the operator daemon of key i in this process, with
// its own signing record; it reads L1 (registration, tables) itself.
func (w *tableWorld) startOperator(t *testing.T, i int) *operator.Service {
	t.Helper()
	cfg := operator.DefaultConfig()
	cfg.AggregatorURLs = operator.URLList{"http://" + w.agg.Addr()}
	cfg.DataDir = filepath.Join(t.TempDir(), fmt.Sprintf("op%d", i))
	cfg.PollInterval = 50 * time.Millisecond
	cfg.RoundTimeout = 10 * time.Second
	cfg.Rollups = []operator.RollupConfig{{ChainID: tableRollup, RPC: w.rURL, Finality: "latest"}}
	svc, err := operator.NewService(w.ctx, cfg, w.log.Named(fmt.Sprintf("operator-%d", i)), operator.Options{Deployment: w.dn.Deployment, Key: w.keys[i]})
	require.NoError(t, err)
	require.NoError(t, svc.Start(w.ctx))
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		require.NoError(t, svc.Stop(stopCtx))
	})
	return svc
}

// tableAt is T(ref) computed by the test from L1.
func (w *tableWorld) tableAt(t *testing.T, ref uint32) (*optable.Table, *optable.Tree) {
	t.Helper()
	table, tree, err := optable.FromL1(w.ctx, w.reader, ref)
	require.NoError(t, err)
	return table, tree
}

// signersOf parses a deliverer's signer list into certificate signers.
func certSigners(t *testing.T, in []api.SignerSignature) []optable.Signer {
	t.Helper()
	out := make([]optable.Signer, len(in))
	for i, s := range in {
		sig, err := s.Signature.Parse()
		require.NoError(t, err)
		pk, err := s.PubkeyG2.Parse()
		require.NoError(t, err)
		out[i] = optable.Signer{OperatorID: s.OperatorID, Signature: *sig.G1Affine, PubkeyG2: *pk.G2Affine}
	}
	return out
}

// verifyCertificateData checks cd as a deliverer would, against T(R)
// computed independently: the checkpoint digest is the claims', and a
// certificate built from the signers verifies at the registry's threshold;
// so does the table's, when cd has one. It returns the table of the
// round's reference block.
func (w *tableWorld) verifyCertificateData(t *testing.T, cd *api.CertificateData) *optable.Table {
	t.Helper()
	dep := w.dn.Deployment
	table, tree := w.tableAt(t, cd.ReferenceBlock)
	root, err := core.MerkleRoot(cd.Claims)
	require.NoError(t, err)
	digest := core.Checkpoint{Round: cd.Round, ReferenceBlock: cd.ReferenceBlock, ClaimsRoot: root}.Digest(dep.L1.ChainID, dep.AVS.Registry)
	require.Equal(t, digest, cd.Digest, "round %d: the quorum digest is the claims'", cd.Round)
	cert, err := optable.NewCertificate(table, tree, cd.Digest, certSigners(t, cd.Signers))
	require.NoError(t, err, "round %d checkpoint certificate", cd.Round)
	_, err = optable.Verify(table, cd.Digest, cert, w.thresh)
	require.NoError(t, err, "round %d checkpoint certificate verifies under T(%d)", cd.Round, cd.ReferenceBlock)
	if cd.Table != nil {
		require.Equal(t, cd.ReferenceBlock, cd.Table.ReferenceBlock)
		require.Equal(t, table.Digest(dep.L1.ChainID, dep.AVS.Registry), cd.Table.Digest, "round %d: the requested table is L1's", cd.Round)
		tcert, err := optable.NewCertificate(table, tree, cd.Table.Digest, certSigners(t, cd.Table.Signers))
		require.NoError(t, err, "round %d table certificate", cd.Round)
		_, err = optable.Verify(table, cd.Table.Digest, tcert, w.thresh)
		require.NoError(t, err, "round %d table certificate verifies under T(%d)", cd.Round, cd.ReferenceBlock)
	}
	return table
}

// findRound pages through the aggregator's rounds (newest first) until
// match accepts one, polling until timeout.
func (w *tableWorld) findRound(t *testing.T, what string, match func(api.RoundStatus) bool) api.RoundStatus {
	t.Helper()
	var found api.RoundStatus
	poll(t, w.ctx, 90*time.Second, what, func() (bool, error) {
		rounds, err := w.client.ListRounds(w.ctx, api.ListRoundsRequest{Limit: api.MaxListRounds})
		if err != nil {
			return false, err
		}
		for _, r := range rounds {
			if match(r) {
				found = r
				return true, nil
			}
		}
		return false, nil
	})
	return found
}

func closedWithQuorum(r api.RoundStatus) bool {
	return r.QuorumAt != 0 && (r.Status == api.StatusAttested || r.Status == api.StatusCertified)
}

// TestTableRounds runs the aggregator and operator daemons on the devnet:
// the first rounds ask for the operator table (none certified yet), the
// operators sign it after computing it from L1, and the aggregator's
// certificate data builds certificates (checkpoint and table) that verify
// against T(R) computed by the test. Once certified, rounds ask for no
// table until an operator registers; then a table of four operators is
// requested and certified. With l1-every 2, certified rounds not posted to
// L1 alternate with attested ones, and both carry verifying certificate
// data. A submission without the requested table signature, or with a bad
// one, is refused and changes nothing.
func TestTableRounds(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	w := startTableWorld(t, ctx)
	dep := w.dn.Deployment

	// Before any operator runs, the open round asks for the table.
	w.checkTableSubmissions(t)

	for i := range 3 {
		w.startOperator(t, i)
	}
	first := w.findRound(t, "no round certified a table", func(r api.RoundStatus) bool {
		return closedWithQuorum(r) && r.Table != nil && r.TableCertified
	})
	cd, err := w.client.GetCertificateData(ctx, first.Round)
	require.NoError(t, err)
	require.NotNil(t, cd.Table)
	require.True(t, cd.Table.Certified)
	require.Len(t, cd.Table.Signers, 3)
	table := w.verifyCertificateData(t, cd)
	require.EqualValues(t, 3, table.OperatorCount)

	// Nothing changed on L1: later rounds reach quorum without a table.
	quiet := w.findRound(t, "no round without a table after the first certified one", func(r api.RoundStatus) bool {
		return r.Round > first.Round && closedWithQuorum(r) && r.Table == nil
	})
	cd, err = w.client.GetCertificateData(ctx, quiet.Round)
	require.NoError(t, err)
	require.Nil(t, cd.Table)
	w.verifyCertificateData(t, cd)

	// Operator 3 registers (membership changes) and starts.
	head, err := w.dn.L1Client().BlockNumber(ctx)
	require.NoError(t, err)
	r, err := registration.New(ctx, w.dn.L1Client(), dep, w.dn.Operators[3], chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}, w.log)
	require.NoError(t, err)
	require.NoError(t, r.Register(ctx, registration.Request{
		Operator: w.dn.Operators[3], BLS: w.keys[3], Socket: "http://127.0.0.1:0", Deposit: devnettest.Ether(100),
		Magnitude: registration.FullMagnitude, AllocationDelay: 1, MetadataURL: "https://rollcall.invalid/op.json",
	}, nil))
	w.startOperator(t, 3)
	second := w.findRound(t, "no table of four operators certified after the registration", func(r api.RoundStatus) bool {
		return closedWithQuorum(r) && r.Table != nil && r.TableCertified && uint64(r.ReferenceBlock) > head && r.Operators == 4
	})
	cd, err = w.client.GetCertificateData(ctx, second.Round)
	require.NoError(t, err)
	table = w.verifyCertificateData(t, cd)
	require.EqualValues(t, 4, table.OperatorCount)
	require.GreaterOrEqual(t, len(cd.Table.Signers), 3)

	// l1-every 2: rounds certified off L1 and attested ones both occur,
	// each with verifying certificate data; only the latter are on L1.
	certified := w.findRound(t, "no round certified off L1", func(r api.RoundStatus) bool { return r.Status == api.StatusCertified })
	attested := w.findRound(t, "no round attested", func(r api.RoundStatus) bool { return r.Status == api.StatusAttested })
	for _, st := range []api.RoundStatus{certified, attested} {
		onL1, err := w.reg.ClaimsRoot(&bind.CallOpts{Context: ctx}, st.Round)
		require.NoError(t, err)
		require.Equal(t, st.Status == api.StatusAttested, onL1 != [32]byte{}, "round %d (%s) on L1", st.Round, st.Status)
		require.NotZero(t, st.QuorumAt)
		cd, err := w.client.GetCertificateData(ctx, st.Round)
		require.NoError(t, err)
		require.Equal(t, st.Status, cd.Status)
		w.verifyCertificateData(t, cd)
	}

	// A round that is unknown or never reached quorum has no data.
	_, err = w.client.GetCertificateData(ctx, 1<<40)
	require.Equal(t, api.CodeUnknownRound, api.ErrorCode(err), "%v", err)
	expired := w.findRoundOrNone(t, func(r api.RoundStatus) bool { return r.Status == api.StatusExpired })
	if expired != nil {
		_, err = w.client.GetCertificateData(ctx, expired.Round)
		require.Equal(t, api.CodeNoQuorum, api.ErrorCode(err), "%v", err)
	}
}

// findRoundOrNone returns the newest listed round match accepts, or nil.
func (w *tableWorld) findRoundOrNone(t *testing.T, match func(api.RoundStatus) bool) *api.RoundStatus {
	t.Helper()
	rounds, err := w.client.ListRounds(w.ctx, api.ListRoundsRequest{Limit: api.MaxListRounds})
	require.NoError(t, err)
	for _, r := range rounds {
		if match(r) {
			return &r
		}
	}
	return nil
}

// checkTableSubmissions sends operator 0's checkpoint signature to the
// open round (which asks for the table) without a table signature, then
// with one over another digest: both are refused, nothing is stored (the
// round still shows no signer), and an operator may sign afterwards.
func (w *tableWorld) checkTableSubmissions(t *testing.T) {
	t.Helper()
	id := core.OperatorID(w.keys[0].GetPubKeyG1())
	// The round may be replaced between reading it and submitting: retry
	// on a fresh round until the answer is about the table.
	var lastErr error
	submit := func(mutate func(*api.SignedCheckpoint, *api.Round)) (*api.Round, error) {
		var round *api.Round
		poll(t, w.ctx, 60*time.Second, "no open round with a table request", func() (bool, error) {
			var err error
			round, err = w.client.OpenRound(w.ctx)
			if err != nil || round == nil || round.Table == nil {
				return false, err
			}
			claims := make([]core.Claim, 0, len(round.Targets))
			for _, tg := range round.Targets {
				h, err := w.rollup.HeaderByNumber(w.ctx, new(big.Int).SetUint64(tg.BlockNumber))
				if err != nil {
					return false, err
				}
				claims = append(claims, core.Claim{ChainID: tg.ChainID, BlockNumber: tg.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
			}
			root, err := core.MerkleRoot(claims)
			if err != nil {
				return false, err
			}
			digest := core.Checkpoint{Round: round.Round, ReferenceBlock: round.ReferenceBlock, ClaimsRoot: root}.Digest(round.L1ChainID, round.Registry)
			sc := api.SignedCheckpoint{Round: round.Round, OperatorID: id, Claims: claims, Signature: g1Point(w.keys[0].SignMessage(digest))}
			mutate(&sc, round)
			_, lastErr = w.client.SubmitSignature(w.ctx, sc)
			return api.ErrorCode(lastErr) != api.CodeUnknownRound, nil
		})
		return round, lastErr
	}

	round, err := submit(func(*api.SignedCheckpoint, *api.Round) {})
	require.Equal(t, api.CodeTableSignature, api.ErrorCode(err), "no table signature: %v", err)
	require.ErrorContains(t, err, "tableSignature is required")
	st, err := w.client.GetRound(w.ctx, round.Round)
	require.NoError(t, err)
	require.Empty(t, st.Signers, "a refused submission stores nothing")

	round, err = submit(func(sc *api.SignedCheckpoint, r *api.Round) {
		forged := g1Point(w.keys[0].SignMessage(common.BytesToHash([]byte("another table"))))
		sc.TableSignature = &forged
	})
	require.Equal(t, api.CodeBadSignature, api.ErrorCode(err), "table signature over another digest: %v", err)
	require.ErrorContains(t, err, "table signature")
	st, err = w.client.GetRound(w.ctx, round.Round)
	require.NoError(t, err)
	require.Empty(t, st.Signers, "a refused submission stores nothing")
}

// fakeTableAggregator is a test-controlled aggregator: it offers the
// round the test sets and records what operators submit.
type fakeTableAggregator struct {
	mu    sync.Mutex
	round *api.Round
	subs  []api.SignedCheckpoint
}

func (f *fakeTableAggregator) OpenRound() (*api.Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.round == nil {
		return nil, nil
	}
	r := *f.round
	return &r, nil
}

func (f *fakeTableAggregator) SubmitSignature(sc api.SignedCheckpoint) (*api.SubmitResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.subs = append(f.subs, sc)
	return &api.SubmitResult{}, nil
}

func (f *fakeTableAggregator) submitted(round uint64) []api.SignedCheckpoint {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []api.SignedCheckpoint
	for _, s := range f.subs {
		if s.Round == round {
			out = append(out, s)
		}
	}
	return out
}

// TestOperatorRefusesForgedTable gives a real operator daemon (reading the
// devnet's L1 itself) rounds from a test-controlled aggregator: a table
// request with a forged digest is refused (nothing is submitted, the
// refusal is counted and shown in the node's health); the honest digest
// is signed, and the table signature verifies under the operator's key.
func TestOperatorRefusesForgedTable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	env := devnettest.Start(t, ctx, []*big.Int{devnettest.Ether(100), devnettest.Ether(100)}, log)
	dep := env.Devnet.Deployment
	rc, rclient := devnettest.StartRollup(t, tableRollup, 300*time.Millisecond, log.Named("rollup"))

	fake := &fakeTableAggregator{}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, fake))
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })

	cfg := operator.DefaultConfig()
	cfg.AggregatorURLs = operator.URLList{hs.URL}
	cfg.DataDir = t.TempDir()
	cfg.PollInterval = 50 * time.Millisecond
	cfg.RoundTimeout = 20 * time.Second
	cfg.NodeAPI = "127.0.0.1:0"
	cfg.Rollups = []operator.RollupConfig{{ChainID: tableRollup, RPC: rc.HTTPURL(), Finality: "latest"}}
	op := env.Operators[0]
	svc, err := operator.NewService(ctx, cfg, log.Named("operator"), operator.Options{Deployment: dep, Key: op.BLS})
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { require.NoError(t, svc.Stop(context.Background())) })

	head, err := env.Devnet.L1Client().BlockNumber(ctx)
	require.NoError(t, err)
	ref := uint32(head - 1)
	reg, err := rollcallregistry.NewRollcallRegistryCaller(dep.AVS.Registry, env.Devnet.L1Client())
	require.NoError(t, err)
	quorums, err := reg.QuorumNumbers(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	reader, err := optable.NewMiddlewareReader(env.Devnet.L1Client(), optable.Middleware{
		RegistryCoordinator: dep.AVS.RegistryCoordinator, OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
		BLSApkRegistry: dep.AVS.BLSApkRegistry, StakeRegistry: dep.AVS.StakeRegistry, Quorums: quorums,
	})
	require.NoError(t, err)
	table, _, err := optable.FromL1(ctx, reader, ref)
	require.NoError(t, err)
	honest := table.Digest(dep.L1.ChainID, dep.AVS.Registry)
	// A forged table: the same operators with one quorum's stake doubled.
	forgedTable := *table
	forgedTable.Quorums = append([]optable.Quorum(nil), table.Quorums...)
	forgedTable.Quorums[0].TotalStake = new(big.Int).Lsh(table.Quorums[0].TotalStake, 1)
	forged := forgedTable.Digest(dep.L1.ChainID, dep.AVS.Registry)
	require.NotEqual(t, honest, forged)

	rollupHead, err := rclient.BlockNumber(ctx)
	require.NoError(t, err)
	roundAt := func(n uint64, digest common.Hash) api.Round {
		return api.Round{Round: n, ReferenceBlock: ref, L1ChainID: dep.L1.ChainID, Registry: dep.AVS.Registry,
			Targets: []api.Target{{ChainID: tableRollup, BlockNumber: rollupHead}}, Table: &api.TableRequest{ReferenceBlock: ref, Digest: digest}}
	}
	setRound := func(r api.Round) {
		fake.mu.Lock()
		fake.round = &r
		fake.mu.Unlock()
	}

	setRound(roundAt(1, forged))
	poll(t, ctx, 60*time.Second, "forged table not refused", func() (bool, error) {
		return svc.Status().Refused[operator.ReasonTableMismatch] == 1, nil
	})
	require.Empty(t, fake.submitted(1), "nothing is signed for a forged table")
	health := nodeHealth(t, ctx, "http://"+svc.NodeAPIAddr())
	require.Contains(t, fmt.Sprint(health.Reasons), string(operator.ReasonTableMismatch), "health says why round 1 was not signed")

	setRound(roundAt(2, honest))
	poll(t, ctx, 60*time.Second, "honest table round not signed", func() (bool, error) { return len(fake.submitted(2)) == 1, nil })
	sc := fake.submitted(2)[0]
	require.NotNil(t, sc.TableSignature, "the table signature comes with the checkpoint's")
	sig, err := sc.TableSignature.Parse()
	require.NoError(t, err)
	ok, err := (&bls.Signature{G1Point: sig}).Verify(op.PubkeyG2, honest)
	require.NoError(t, err)
	require.True(t, ok, "the table signature is over the honest digest")

	// The same block again with the forged digest: refused as well.
	setRound(roundAt(3, forged))
	poll(t, ctx, 60*time.Second, "second forged table not refused", func() (bool, error) {
		return svc.Status().Refused[operator.ReasonTableMismatch] == 2, nil
	})
	require.Empty(t, fake.submitted(3))
}

// nodeHealth reads an operator's node API health report.
func nodeHealth(t *testing.T, ctx context.Context, base string) operator.HealthReport {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/eigen/node/health", nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var h operator.HealthReport
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&h))
	return h
}

// TestTableSignaturesSurviveRestart stops the aggregator while a round
// that asks for the operator table holds two of the four table signatures
// needed; after the restart the round asks for the same table, the stored
// signatures count again, and a third one certifies it. After another
// restart the newest certified table is remembered: a new round over the
// same operator set asks for no table.
func TestTableSignaturesSurviveRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	w := startAggWorld(t, ctx)
	dep := w.env.Devnet.Deployment
	cfg := w.aggConfig(t.TempDir())
	a := w.startAggregator(t, cfg)
	round := a.openRound(t, ctx)
	require.NotNil(t, round.Table, "no table certified yet: the first round asks for one")
	require.Equal(t, round.ReferenceBlock, round.Table.ReferenceBlock)

	quorums, err := w.reg.QuorumNumbers(w.call())
	require.NoError(t, err)
	reader, err := optable.NewMiddlewareReader(w.env.Devnet.L1Client(), optable.Middleware{
		RegistryCoordinator: dep.AVS.RegistryCoordinator, OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
		BLSApkRegistry: dep.AVS.BLSApkRegistry, StakeRegistry: dep.AVS.StakeRegistry, Quorums: quorums,
	})
	require.NoError(t, err)
	table, tree, err := optable.FromL1(ctx, reader, round.ReferenceBlock)
	require.NoError(t, err)
	require.Equal(t, table.Digest(dep.L1.ChainID, dep.AVS.Registry), round.Table.Digest, "the aggregator asks for L1's table")

	claims := w.honestClaims(t, round)
	withTable := func(op int) api.SignedCheckpoint {
		sc := w.signed(t, round, claims, op)
		ts := g1Point(w.env.Operators[op].BLS.SignMessage(round.Table.Digest))
		sc.TableSignature = &ts
		return sc
	}
	a.submitOK(t, ctx, withTable(0))
	a.submitOK(t, ctx, withTable(1))
	st := a.round(t, ctx, round.Round)
	require.False(t, st.TableCertified, "2 of 4 is below the threshold")
	require.Zero(t, st.QuorumAt)
	_, err = a.client.GetCertificateData(ctx, round.Round)
	require.Equal(t, api.CodeNoQuorum, api.ErrorCode(err), "no quorum, no certificate data: %v", err)

	a.stop(t)
	a = w.startAggregator(t, cfg)
	again := a.openRound(t, ctx)
	require.Equal(t, round.Round, again.Round, "the round is resumed")
	require.Equal(t, round.Table, again.Table, "with the same table request")
	// Operator 3 without its table signature: refused, nothing counted.
	noTable := w.signed(t, round, claims, 3)
	noTable.TableSignature = nil
	a.requireCode(t, ctx, noTable, api.CodeTableSignature)
	a.submitOK(t, ctx, withTable(2))

	st = a.waitStatus(t, ctx, round.Round, api.StatusAttested)
	require.True(t, st.TableCertified, "the signatures stored before the restart count: 3 of 4")
	require.NotZero(t, st.QuorumAt)
	cd, err := a.client.GetCertificateData(ctx, round.Round)
	require.NoError(t, err)
	require.NotNil(t, cd.Table)
	require.True(t, cd.Table.Certified)
	require.Len(t, cd.Table.Signers, 3)
	require.Len(t, cd.Signers, 3)
	for i, s := range cd.Table.Signers {
		require.Equal(t, cd.Signers[i].OperatorID, s.OperatorID)
	}
	cert, err := optable.NewCertificate(table, tree, cd.Table.Digest, certSigners(t, cd.Table.Signers))
	require.NoError(t, err)
	res, err := optable.Verify(table, cd.Table.Digest, cert, 6667)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(w.stake, big.NewInt(3)).String(), res.Signed[0].String())

	// A restart after the rollups moved opens a new round: the certified
	// table is remembered, nothing changed on L1, so it asks for none.
	a.stop(t)
	w.advanceRollups(t)
	a = w.startAggregator(t, cfg)
	next := a.openRound(t, ctx)
	require.Greater(t, next.Round, round.Round)
	require.Nil(t, next.Table, "the certified table survived the restart")
	// A table signature on a round that asks for none is refused.
	nextClaims := w.honestClaims(t, next)
	sc := w.signed(t, next, nextClaims, 0)
	ts := g1Point(w.env.Operators[0].BLS.SignMessage(round.Table.Digest))
	sc.TableSignature = &ts
	a.requireCode(t, ctx, sc, api.CodeTableSignature)
}
