package tests

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// aggWorld is the devnet the aggregator tests share: an L1 with four
// registered operators of equal stake, and two rollups whose heads move
// only when the test says so (advanceRollups), so that each round's
// targets are under the test's control.
type aggWorld struct {
	ctx      context.Context
	log      *zap.Logger
	env      *devnettest.Env
	stake    *big.Int
	rollups  []*chain.Chain
	rclients []*ethclient.Client
	// rollupKey pays for the transactions that make rollups advance.
	rollupKey *ecdsa.PrivateKey
	reg       *rollcallregistry.RollcallRegistry
}

// rollupIdleInterval is long enough that rollups never seal a block on
// their own during a test.
const rollupIdleInterval = time.Hour

func startAggWorld(t *testing.T, ctx context.Context) *aggWorld {
	t.Helper()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	w := &aggWorld{ctx: ctx, log: log, env: env, stake: stake, rollupKey: chain.DevKeys(1)[0]}
	for i := range 2 {
		cfg := chain.DefaultConfig(uint64(devnetRollupBase + i))
		cfg.BlockInterval = rollupIdleInterval
		cfg.ActivityTx = true
		cfg.Alloc = chain.DevAlloc([]*ecdsa.PrivateKey{w.rollupKey}, devnettest.Ether(1000))
		c := devnettest.StartChain(t, cfg, log.Named(fmt.Sprintf("rollup-%d", cfg.ChainID)))
		client := devnettest.Dial(t, c.HTTPURL())
		w.rollups = append(w.rollups, c)
		w.rclients = append(w.rclients, client)
	}
	var err error
	w.reg, err = rollcallregistry.NewRollcallRegistry(env.Devnet.Deployment.AVS.Registry, env.Devnet.L1Client())
	require.NoError(t, err)
	w.advanceRollups(t)
	return w
}

// devnetRollupBase is the first rollup chain id, as on `rollcall devnet`.
const devnetRollupBase = 901

func (w *aggWorld) call() *bind.CallOpts { return &bind.CallOpts{Context: w.ctx} }

// rollupURL is the JSON-RPC URL of rollup chainID.
func (w *aggWorld) rollupURL(chainID uint64) string {
	for _, r := range w.rollups {
		if r.ChainID() == chainID {
			return r.HTTPURL()
		}
	}
	return ""
}

// advanceRollups makes every rollup seal at least one new block (with a
// real transaction, so the state root changes) and waits for it.
func (w *aggWorld) advanceRollups(t *testing.T) {
	t.Helper()
	from := crypto.PubkeyToAddress(w.rollupKey.PublicKey)
	for i, c := range w.rclients {
		head, err := c.BlockNumber(w.ctx)
		require.NoError(t, err)
		nonce, err := c.PendingNonceAt(w.ctx, from)
		require.NoError(t, err)
		tip, err := c.SuggestGasTipCap(w.ctx)
		require.NoError(t, err)
		hdr, err := c.HeaderByNumber(w.ctx, nil)
		require.NoError(t, err)
		feeCap := new(big.Int).Add(new(big.Int).Mul(hdr.BaseFee, big.NewInt(2)), tip)
		chainID := w.rollups[i].ChainID()
		tx := types.MustSignNewTx(w.rollupKey, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &types.DynamicFeeTx{
			ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000,
			To: &chain.ActivitySink, Value: big.NewInt(1),
		})
		require.NoError(t, c.SendTransaction(w.ctx, tx))
		poll(t, w.ctx, 20*time.Second, fmt.Sprintf("rollup %d did not advance", chainID), func() (bool, error) {
			n, err := c.BlockNumber(w.ctx)
			return n > head, err
		})
	}
}

// aggConfig is the aggregator's configuration over the world's rollups.
func (w *aggWorld) aggConfig(dataDir string) aggregator.Config {
	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.DataDir = dataDir
	cfg.RoundInterval = time.Hour // only the round opened at start
	cfg.LateWindow = 200 * time.Millisecond
	cfg.ReceiptPoll = 50 * time.Millisecond
	for _, r := range w.rollups {
		cfg.Rollups = append(cfg.Rollups, aggregator.RollupConfig{ChainID: r.ChainID(), RPC: r.HTTPURL(), Finality: "latest"})
	}
	return cfg
}

// runningAgg is an aggregator started in this process, and a client of it.
type runningAgg struct {
	svc     *aggregator.Service
	client  *api.Client
	url     string
	dataDir string
	stopped bool
}

// startAggregator starts an aggregator with cfg; it is stopped when the
// test ends if the test has not stopped it.
func (w *aggWorld) startAggregator(t *testing.T, cfg aggregator.Config) *runningAgg {
	t.Helper()
	return w.startAggregatorAs(t, cfg, w.env.Devnet.Aggregator, "aggregator")
}

// startAggregatorAs starts an aggregator with cfg that submits with key
// and logs under name; stopped when the test ends if the test has not
// stopped it.
func (w *aggWorld) startAggregatorAs(t *testing.T, cfg aggregator.Config, key *ecdsa.PrivateKey, name string) *runningAgg {
	t.Helper()
	svc, err := aggregator.New(cfg, w.env.Devnet.Deployment, key, w.log.Named(name))
	require.NoError(t, err)
	require.NoError(t, svc.Start(w.ctx))
	a := &runningAgg{svc: svc, url: "http://" + svc.Addr(), dataDir: cfg.DataDir}
	t.Cleanup(func() { a.stop(t) })
	a.client, err = api.Dial(w.ctx, a.url)
	require.NoError(t, err)
	return a
}

func (a *runningAgg) stop(t *testing.T) {
	t.Helper()
	if a.stopped {
		return
	}
	a.stopped = true
	a.client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	require.NoError(t, a.svc.Stop(ctx))
}

// poll calls cond every few milliseconds until it reports done, and
// fails the test with what when timeout passes first or cond fails.
func poll(t *testing.T, ctx context.Context, timeout time.Duration, what string, cond func() (bool, error)) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		done, err := cond()
		if err != nil {
			lastErr = err
		} else if done {
			return
		}
		select {
		case <-ctx.Done():
			require.FailNowf(t, "timed out", "%s (last error: %v)", what, lastErr)
		case <-tick.C:
		}
	}
}

// openRound waits for the aggregator to offer a round.
func (a *runningAgg) openRound(t *testing.T, ctx context.Context) *api.Round {
	t.Helper()
	var r *api.Round
	poll(t, ctx, 30*time.Second, "no round opened", func() (bool, error) {
		var err error
		r, err = a.client.OpenRound(ctx)
		return r != nil, err
	})
	return r
}

// round reads a round's status, which must exist.
func (a *runningAgg) round(t *testing.T, ctx context.Context, n uint64) *api.RoundStatus {
	t.Helper()
	st, err := a.client.GetRound(ctx, n)
	require.NoError(t, err, "getRound %d", n)
	return st
}

// waitStatus polls a round until it has status, and returns it. A round
// that reaches another final status fails at once.
func (a *runningAgg) waitStatus(t *testing.T, ctx context.Context, n uint64, status string) *api.RoundStatus {
	t.Helper()
	var st *api.RoundStatus
	poll(t, ctx, 30*time.Second, fmt.Sprintf("round %d never became %s", n, status), func() (bool, error) {
		var err error
		st, err = a.client.GetRound(ctx, n)
		return err == nil && st.Status != api.StatusOpen, err
	})
	require.Equal(t, status, st.Status, "final status of round %d", n)
	return st
}

// storeDigest hashes the aggregator's database file: equal hashes mean
// nothing was written.
func (a *runningAgg) storeDigest(t *testing.T) [32]byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(a.dataDir, "aggregator.db"))
	require.NoError(t, err)
	return sha256.Sum256(raw)
}

// honestClaims reads, from the rollups, the claim of every target of round.
func (w *aggWorld) honestClaims(t *testing.T, round *api.Round) []core.Claim {
	t.Helper()
	byChain := map[uint64]*ethclient.Client{}
	for i, r := range w.rollups {
		byChain[r.ChainID()] = w.rclients[i]
	}
	claims := make([]core.Claim, 0, len(round.Targets))
	for _, target := range round.Targets {
		c, ok := byChain[target.ChainID]
		require.True(t, ok, "round targets unknown chain %d", target.ChainID)
		h, err := c.HeaderByNumber(w.ctx, new(big.Int).SetUint64(target.BlockNumber))
		require.NoError(t, err)
		claims = append(claims, core.Claim{ChainID: target.ChainID, BlockNumber: target.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
	}
	return claims
}

// digest is the digest an operator signs for claims in round.
func digestOf(t *testing.T, round *api.Round, claims []core.Claim) common.Hash {
	t.Helper()
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	return core.Checkpoint{Round: round.Round, ReferenceBlock: round.ReferenceBlock, ClaimsRoot: tree.Root()}.Digest(round.L1ChainID, round.Registry)
}

// rootOf is the claims root of claims.
func rootOf(t *testing.T, claims []core.Claim) common.Hash {
	t.Helper()
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	return tree.Root()
}

// signed is what an honest operator op sends: its signature over the
// digest of claims in round, and over the round's table digest when the
// round asks for it.
func (w *aggWorld) signed(t *testing.T, round *api.Round, claims []core.Claim, op int) api.SignedCheckpoint {
	t.Helper()
	o := w.env.Operators[op]
	sc := api.SignedCheckpoint{Round: round.Round, OperatorID: o.ID, Claims: claims, Signature: g1Point(o.BLS.SignMessage(digestOf(t, round, claims)))}
	if round.Table != nil {
		// The round asks for the operator table too (no table certified
		// yet, or the operator set changed): an honest operator signs it.
		ts := g1Point(o.BLS.SignMessage(round.Table.Digest))
		sc.TableSignature = &ts
	}
	return sc
}

func g1Point(sig *bls.Signature) api.G1Point {
	return api.G1Point{X: (*hexutil.Big)(sig.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(sig.Y.BigInt(new(big.Int)))}
}

// submitOK submits sc, which must be accepted.
func (a *runningAgg) submitOK(t *testing.T, ctx context.Context, sc api.SignedCheckpoint) *api.SubmitResult {
	t.Helper()
	res, err := a.client.SubmitSignature(ctx, sc)
	require.NoError(t, err, "signature of %s refused", sc.OperatorID)
	return res
}

// requireCode submits sc and requires a JSON-RPC error with code.
func (a *runningAgg) requireCode(t *testing.T, ctx context.Context, sc api.SignedCheckpoint, code int) {
	t.Helper()
	res, err := a.client.SubmitSignature(ctx, sc)
	require.Error(t, err, "accepted (digest %v); want error code %d", res, code)
	require.Equal(t, code, api.ErrorCode(err), "error: %v", err)
}

// rawPost posts body to the aggregator as JSON, with or without a
// Content-Length, and returns the HTTP status and the response body.
func (a *runningAgg) rawPost(t *testing.T, ctx context.Context, body []byte, chunked bool) (int, []byte) {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	if chunked {
		r = io.MultiReader(r) // hides the length: the client sends it chunked
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url, r)
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, out
}

// rpcErrorCode parses a JSON-RPC response and returns its error code (0
// when it has no error).
func rpcErrorCode(t *testing.T, body []byte) int {
	t.Helper()
	var resp struct {
		Error *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	require.NoError(t, json.Unmarshal(body, &resp), "response %q", body)
	if resp.Error == nil {
		return 0
	}
	return resp.Error.Code
}

// rpcRequest is a JSON-RPC request body.
func rpcRequest(t *testing.T, method string, params ...any) []byte {
	t.Helper()
	raw, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	require.NoError(t, err)
	return raw
}

// attestedEvents counts CheckpointAttested events for round on L1.
func (w *aggWorld) attestedEvents(t *testing.T, round uint64) []*rollcallregistry.RollcallRegistryCheckpointAttested {
	t.Helper()
	it, err := w.reg.FilterCheckpointAttested(&bind.FilterOpts{Start: 0, Context: w.ctx}, []uint64{round})
	require.NoError(t, err)
	defer it.Close()
	var out []*rollcallregistry.RollcallRegistryCheckpointAttested
	for it.Next() {
		out = append(out, it.Event)
	}
	require.NoError(t, it.Error())
	return out
}

// requireAttestedOnL1 checks the registry against an attested status:
// the stored checkpoint, the latest claim of each chain, the transaction,
// and exactly one CheckpointAttested event whose claims are claims and
// whose non-signers are the operators beyond the status's signers.
func (w *aggWorld) requireAttestedOnL1(t *testing.T, st *api.RoundStatus, ref uint32, claims []core.Claim, signers int64) {
	t.Helper()
	root := rootOf(t, claims)
	require.Equal(t, root, st.ClaimsRoot, "status claims root")
	require.NotEqual(t, common.Hash{}, st.TxHash, "txHash")
	require.NotZero(t, st.GasUsed, "gasUsed")
	require.NotZero(t, st.AttestedBlock, "attestedBlock")

	stored, err := w.reg.ClaimsRoot(w.call(), st.Round)
	require.NoError(t, err)
	require.Equal(t, root, common.Hash(stored), "registry claims root of round %d", st.Round)
	for _, c := range claims {
		latest, err := w.reg.LatestRoundOf(w.call(), c.ChainID)
		require.NoError(t, err)
		require.Equal(t, st.Round, latest, "latest round of chain %d", c.ChainID)
	}

	receipt, err := w.env.Devnet.L1Client().TransactionReceipt(w.ctx, st.TxHash)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	require.Equal(t, st.AttestedBlock, receipt.BlockNumber.Uint64())
	require.Equal(t, st.GasUsed, receipt.GasUsed)

	evs := w.attestedEvents(t, st.Round)
	require.Len(t, evs, 1, "CheckpointAttested events for round %d", st.Round)
	require.Equal(t, st.TxHash, evs[0].Raw.TxHash)
	require.Equal(t, st.AttestedBlock, evs[0].Raw.BlockNumber)
	require.Equal(t, ref, evs[0].ReferenceBlock)
	got, err := attestation.UnpackClaims(evs[0].Claims)
	require.NoError(t, err)
	require.ElementsMatch(t, claims, got, "the event carries the claims")
	// The checker's record names the non-signers: every operator but the
	// status's signers of the attested digest.
	dep := w.env.Devnet.Deployment
	digest := core.Checkpoint{Round: st.Round, ReferenceBlock: ref, ClaimsRoot: root}.Digest(dep.L1.ChainID, dep.AVS.Registry)
	signed := map[common.Hash]bool{}
	for _, s := range st.Signers {
		if s.Digest == digest {
			signed[s.OperatorID] = true
		}
	}
	require.Len(t, signed, int(signers), "signers of the attested digest")
	var nonSigners []common.Hash
	for _, op := range w.env.Operators {
		if !signed[op.ID] {
			nonSigners = append(nonSigners, op.ID)
		}
	}
	require.Equal(t, signatoryRecordHash(ref, nonSigners), common.Hash(evs[0].SignatoryRecordHash), "signatory record")
}

// aggregatorNonce is the number of transactions the aggregator's key has
// sent on L1 (mined or pending).
func (w *aggWorld) aggregatorNonce(t *testing.T) uint64 {
	t.Helper()
	n, err := w.env.Devnet.L1Client().PendingNonceAt(w.ctx, crypto.PubkeyToAddress(w.env.Devnet.Aggregator.PublicKey))
	require.NoError(t, err)
	return n
}

// signersOf maps operator id to digest from a status.
func signersOf(st *api.RoundStatus) map[common.Hash]common.Hash {
	out := map[common.Hash]common.Hash{}
	for _, s := range st.Signers {
		out[s.OperatorID] = s.Digest
	}
	return out
}

// wantSigners builds the expected signer set: operator index → digest.
func (w *aggWorld) wantSigners(m map[int]common.Hash) map[common.Hash]common.Hash {
	out := map[common.Hash]common.Hash{}
	for i, d := range m {
		out[w.env.Operators[i].ID] = d
	}
	return out
}
