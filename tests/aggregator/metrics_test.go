package aggregator_test

import (
	"context"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// TestMetricsAfterRound runs one round on a devnet with three registered
// operators, with one bad and one duplicate signature on the way, and
// reads the aggregator's metrics and the operators' participation.
func TestMetricsAfterRound(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := zaptest.NewLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake}, log)

	rollup, rclient := devnettest.StartRollup(t, 901, 200*time.Millisecond, log.Named("rollup"))

	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr = "127.0.0.1:0"
	cfg.Metrics = "127.0.0.1:0"
	cfg.DataDir = t.TempDir()
	cfg.RoundInterval = time.Hour // only the round opened at start
	cfg.LateWindow = 200 * time.Millisecond
	cfg.ReceiptPoll = 50 * time.Millisecond
	cfg.Rollups = []aggregator.RollupConfig{{ChainID: 901, RPC: rollup.HTTPURL(), Finality: "latest"}}
	svc, err := aggregator.New(cfg, env.Devnet.Deployment, env.Devnet.Aggregator, log.Named("aggregator"))
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() { require.NoError(t, svc.Stop(context.Background())) })
	require.NotEmpty(t, svc.MetricsAddr())
	client, err := api.Dial(ctx, "http://"+svc.Addr())
	require.NoError(t, err)
	t.Cleanup(client.Close)

	var round *api.Round
	require.Eventually(t, func() bool {
		round, err = client.OpenRound(ctx)
		return err == nil && round != nil
	}, time.Minute, 20*time.Millisecond)
	var claims []core.Claim
	for _, tg := range round.Targets {
		h, err := rclient.HeaderByNumber(ctx, new(big.Int).SetUint64(tg.BlockNumber))
		require.NoError(t, err)
		claims = append(claims, core.Claim{ChainID: tg.ChainID, BlockNumber: tg.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
	}
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	cp := core.Checkpoint{Round: round.Round, ReferenceBlock: round.ReferenceBlock, ClaimsRoot: tree.Root()}
	digest := cp.Digest(round.L1ChainID, round.Registry)
	signed := func(op int, over [32]byte) api.SignedCheckpoint {
		sig := env.Operators[op].BLS.SignMessage(over)
		sc := api.SignedCheckpoint{Round: round.Round, OperatorID: env.Operators[op].ID, Claims: tree.Claims(), Signature: api.G1Point{
			X: (*hexutil.Big)(sig.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(sig.Y.BigInt(new(big.Int))),
		}}
		if round.Table != nil { // the first round asks for the operator table
			ts := env.Operators[op].BLS.SignMessage(round.Table.Digest)
			sc.TableSignature = &api.G1Point{X: (*hexutil.Big)(ts.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(ts.Y.BigInt(new(big.Int)))}
		}
		return sc
	}

	_, err = client.SubmitSignature(ctx, signed(0, [32]byte{1})) // over another digest
	require.Equal(t, api.CodeBadSignature, api.ErrorCode(err), "%v", err)
	_, err = client.SubmitSignature(ctx, signed(0, digest))
	require.NoError(t, err)
	_, err = client.SubmitSignature(ctx, signed(0, digest))
	require.Equal(t, api.CodeDuplicate, api.ErrorCode(err), "%v", err)
	for op := 1; op < 3; op++ {
		_, err = client.SubmitSignature(ctx, signed(op, digest))
		require.NoError(t, err)
	}
	var st *api.RoundStatus
	require.Eventually(t, func() bool {
		st, err = client.GetRound(ctx, round.Round)
		return err == nil && st.Status != api.StatusOpen
	}, time.Minute, 20*time.Millisecond)
	require.Equal(t, api.StatusAttested, st.Status)

	m := scrape(t, svc.MetricsAddr())
	require.Equal(t, 1.0, value(t, m, "rollcall_aggregator_rounds_opened_total", nil))
	require.Equal(t, 1.0, value(t, m, "rollcall_aggregator_rounds_attested_total", nil))
	require.Equal(t, 0.0, value(t, m, "rollcall_aggregator_rounds_expired_total", nil))
	require.Equal(t, 0.0, value(t, m, "rollcall_aggregator_submission_retries_total", nil))
	// The first round asks for the operator table (none certified yet);
	// the three signers certify it; l1-every is 1: nothing certified off L1.
	require.NotNil(t, round.Table)
	require.Equal(t, 1.0, value(t, m, "rollcall_aggregator_tables_requested_total", nil))
	require.Equal(t, 1.0, value(t, m, "rollcall_aggregator_tables_certified_total", nil))
	require.Equal(t, 0.0, value(t, m, "rollcall_aggregator_rounds_certified_total", nil))
	require.Equal(t, 3.0, value(t, m, "rollcall_aggregator_signatures_total", map[string]string{"result": "accepted"}))
	require.Equal(t, 1.0, value(t, m, "rollcall_aggregator_signatures_total", map[string]string{"result": "bad-signature"}))
	require.Equal(t, 1.0, value(t, m, "rollcall_aggregator_signatures_total", map[string]string{"result": "duplicate"}))
	require.Equal(t, 0.0, value(t, m, "rollcall_aggregator_signatures_total", map[string]string{"result": "unknown-operator"}))

	signers := histogram(t, m, "rollcall_aggregator_signers_per_round")
	require.Equal(t, uint64(1), signers.GetSampleCount())
	require.Equal(t, 3.0, signers.GetSampleSum())
	gas := histogram(t, m, "rollcall_aggregator_gas_per_checkpoint")
	require.Equal(t, uint64(1), gas.GetSampleCount())
	require.Equal(t, float64(st.GasUsed), gas.GetSampleSum())
	// The duplicate is refused before verification: four submissions
	// were verified, in one or more batches; each carried a table
	// signature too when the round asked for the operator table.
	verified := 4.0
	if round.Table != nil {
		verified *= 2
	}
	require.Equal(t, verified, histogram(t, m, "rollcall_aggregator_verify_batch_size").GetSampleSum())

	p, err := client.OperatorParticipation(ctx, env.Operators[1].ID, 0)
	require.NoError(t, err)
	require.Equal(t, 1, p.RoundsConsidered)
	require.Equal(t, 1, p.RoundsSigned)
	require.Equal(t, 1.0, p.Rate)
	require.Equal(t, round.Round, p.LastSignedRound)
	require.Equal(t, []api.ParticipationRound{{Round: round.Round, Status: api.StatusAttested, Signed: true, Digest: digest}}, p.Rounds)
}

func scrape(t *testing.T, addr string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var parser expfmt.TextParser
	m, err := parser.TextToMetricFamilies(resp.Body)
	require.NoError(t, err)
	return m
}

// value is the counter or gauge of family name with labels.
func value(t *testing.T, m map[string]*dto.MetricFamily, name string, labels map[string]string) float64 {
	t.Helper()
	f := m[name]
	require.NotNil(t, f, "no metric %s", name)
	for _, mt := range f.Metric {
		have := map[string]string{}
		for _, l := range mt.Label {
			have[l.GetName()] = l.GetValue()
		}
		match := true
		for k, v := range labels {
			match = match && have[k] == v
		}
		if match && mt.Counter != nil {
			return mt.Counter.GetValue()
		}
		if match && mt.Gauge != nil {
			return mt.Gauge.GetValue()
		}
	}
	require.FailNowf(t, "metric not found", "%s%v", name, labels)
	return 0
}

func histogram(t *testing.T, m map[string]*dto.MetricFamily, name string) *dto.Histogram {
	t.Helper()
	f := m[name]
	require.NotNil(t, f, "no metric %s", name)
	require.Len(t, f.Metric, 1)
	return f.Metric[0].GetHistogram()
}
