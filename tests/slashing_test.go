package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
	"github.com/rollcall-avs/rollcall/slashing"
)

// TestSlashingCheck runs `slashing check` on the devnet against real
// EigenLayer state, a real aggregator and real signing records:
//
//   - before anything happened, every operator is clean (exit 0);
//   - an operator that signed a wrong state root (accepted by the
//     aggregator into a losing digest group) is reported from the
//     aggregator's history: its claim differs from the attested one (exit 1);
//   - two signing records of one operator that hold conflicting claims (the
//     same key run from two machines) are reported as the slashable fault;
//   - after the AVS's admin slashes an operator through the
//     AllocationManager, the slashing is reported as rollcall's, with its
//     wad, and the slashable stake is reduced (exit 1);
//   - a deregistered operator is reported with the block until which it
//     stays slashable, then as no longer slashable.
func TestSlashingCheck(t *testing.T) {
	rollcallBinary(t) // a build failure is reported as such
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	dn, dep, l1 := env.Devnet, env.Devnet.Deployment, env.Devnet.L1Client()
	depFile := filepath.Join(t.TempDir(), "devnet.json")
	require.NoError(t, dep.Save(depFile))
	ops := env.Operators
	honestOp, wrongOp, slashedOp, leavingOp := ops[0], ops[3], ops[1], ops[2]

	// One rollup, sealing blocks on its own.
	rcfg := chain.DefaultConfig(devnetRollupChainID)
	rcfg.BlockInterval = 250 * time.Millisecond
	rollupChain := devnettest.StartChain(t, rcfg, log.Named("rollup"))
	rollupClient := devnettest.Dial(t, rollupChain.HTTPURL())
	slWaitFor(t, ctx, "the rollup seals a block", func() (bool, error) {
		n, err := rollupClient.BlockNumber(ctx)
		return n >= 2, err
	})

	// An aggregator in this process, with one round.
	aggCfg := aggregator.DefaultConfig()
	aggCfg.ListenAddr, aggCfg.DataDir = "127.0.0.1:0", t.TempDir()
	aggCfg.RoundInterval, aggCfg.LateWindow, aggCfg.ReceiptPoll = time.Hour, 200*time.Millisecond, 50*time.Millisecond
	aggCfg.Rollups = []aggregator.RollupConfig{{ChainID: rollupChain.ChainID(), RPC: rollupChain.HTTPURL(), Finality: "latest"}}
	svc, err := aggregator.New(aggCfg, dep, dn.Aggregator, log.Named("aggregator"))
	require.NoError(t, err)
	require.NoError(t, svc.Start(ctx))
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		require.NoError(t, svc.Stop(stopCtx))
	})
	aggURL := "http://" + svc.Addr()
	agg, err := api.Dial(ctx, aggURL)
	require.NoError(t, err)
	t.Cleanup(agg.Close)

	// The round: three honest operators sign the rollup's real claim, one
	// signs a wrong state root (first, so that it is counted before the
	// round closes).
	var round *api.Round
	slWaitFor(t, ctx, "a round opens", func() (bool, error) {
		round, err = agg.OpenRound(ctx)
		return round != nil, err
	})
	honest := make([]core.Claim, 0, len(round.Targets))
	for _, target := range round.Targets {
		h, err := rollupClient.HeaderByNumber(ctx, new(big.Int).SetUint64(target.BlockNumber))
		require.NoError(t, err)
		honest = append(honest, core.Claim{ChainID: target.ChainID, BlockNumber: target.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
	}
	wrong := append([]core.Claim(nil), honest...)
	wrong[0].StateRoot = common.HexToHash("0xbad0bad0")
	_, err = agg.SubmitSignature(ctx, slSigned(t, round, wrong, wrongOp))
	require.NoError(t, err, "the aggregator counts a wrong claim in its own digest group")
	for _, op := range []devnettest.Operator{ops[0], ops[1], ops[2]} {
		_, err := agg.SubmitSignature(ctx, slSigned(t, round, honest, op))
		require.NoError(t, err)
	}
	var st *api.RoundStatus
	slWaitFor(t, ctx, "the round is attested", func() (bool, error) {
		st, err = agg.GetRound(ctx, round.Round)
		return err == nil && st.Status != api.StatusOpen, err
	})
	require.Equal(t, api.StatusAttested, st.Status)

	check := func(t *testing.T, p slashing.Params) *slashing.Report {
		t.Helper()
		p.Deployment = dep
		r, err := slashing.Check(ctx, l1, p)
		require.NoError(t, err)
		return r
	}
	fromAggregator := func(op devnettest.Operator) slashing.Params {
		return slashing.Params{Operator: op.Address, Aggregator: agg, AggregatorName: aggURL}
	}

	t.Run("aggregator API lists an operator's signatures", func(t *testing.T) {
		page, err := agg.OperatorSignatures(ctx, wrongOp.ID, 0, 0)
		require.NoError(t, err)
		require.Len(t, page.Signatures, 1)
		s := page.Signatures[0]
		require.Equal(t, round.Round, s.Round)
		require.Equal(t, wrong, s.Claims)
		require.False(t, s.Attested, "the wrong digest lost")
		require.Equal(t, api.StatusAttested, s.Status)
		require.Zero(t, page.Next)

		page, err = agg.OperatorSignatures(ctx, honestOp.ID, 0, 1)
		require.NoError(t, err)
		require.Len(t, page.Signatures, 1)
		require.True(t, page.Signatures[0].Attested)

		page, err = agg.OperatorSignatures(ctx, honestOp.ID, round.Round+1, 0)
		require.NoError(t, err)
		require.Empty(t, page.Signatures)

		page, err = agg.OperatorSignatures(ctx, common.Hash{0x99}, 0, 0)
		require.NoError(t, err)
		require.Empty(t, page.Signatures, "unknown operator: nothing")
	})

	t.Run("clean before any slashing", func(t *testing.T) {
		for _, op := range []devnettest.Operator{ops[0], ops[1], ops[2]} {
			r := check(t, fromAggregator(op))
			require.False(t, r.Found(), "operator %s: %v", op.Address, r.Findings)
			require.Equal(t, slashing.VerdictClean, r.Verdict)
			require.Empty(t, r.Slashings)
			require.Equal(t, op.ID, *r.OperatorID)
			require.Equal(t, slashing.Registered, r.Registration.State)
			require.True(t, r.Registration.Slashable)
			require.NotZero(t, r.Registration.RegisteredAt)
			require.Len(t, r.Stake, 1)
			require.Equal(t, stake.String(), r.Stake[0].Slashable.String(), "all of the deposit is allocated and slashable")
			require.Len(t, r.Sources, 1)
			require.Equal(t, 1, r.Sources[0].Rounds)
			require.Equal(t, len(honest), r.AttestedClaims)
		}
	})

	t.Run("claim differing from the attested one, from the aggregator", func(t *testing.T) {
		r := check(t, fromAggregator(wrongOp))
		require.True(t, r.Found())
		require.Empty(t, r.Slashings)
		require.Empty(t, r.Conflicts, "it signed only one claim per block")
		require.Len(t, r.Disagreements, 1)
		d := r.Disagreements[0]
		require.Equal(t, wrong[0], d.Signed.Claim)
		require.Equal(t, honest[0], d.Attested)
		require.Equal(t, round.Round, d.AttestedRound)
		require.Equal(t, round.Round, d.Signed.Round)
		require.NotNil(t, d.Signed.Signature, "the evidence carries the signature")
	})

	t.Run("signing records", func(t *testing.T) {
		dirA, dirB := t.TempDir(), t.TempDir()
		digest := slDigest(t, round, honest)
		writeSlRecord(t, dirA, honestOp.ID, round.Round, digest, honest)
		// The same key, run from a second machine with its own record,
		// signed another state root for the same block.
		writeSlRecord(t, dirB, honestOp.ID, round.Round, slDigest(t, round, wrong), wrong)
		recA, recB := filepath.Join(dirA, operator.RecordFile), filepath.Join(dirB, operator.RecordFile)

		r := check(t, slashing.Params{Operator: honestOp.Address, Records: []string{recA}})
		require.False(t, r.Found(), "%v", r.Findings)

		r = check(t, slashing.Params{Operator: honestOp.Address, Records: []string{recA, recB}})
		require.True(t, r.Found())
		require.Len(t, r.Conflicts, 1)
		c := r.Conflicts[0]
		require.Equal(t, honest[0].ChainID, c.ChainID)
		require.Equal(t, honest[0].BlockNumber, c.BlockNumber)
		require.Equal(t, honest[0], c.A.Claim)
		require.Equal(t, wrong[0], c.B.Claim)
		require.Len(t, r.Disagreements, 1, "and record B's claim differs from the attested one")

		// Record and aggregator together.
		p := fromAggregator(honestOp)
		p.Records = []string{recB}
		r = check(t, p)
		require.Len(t, r.Conflicts, 1)
		require.Equal(t, round.Round, r.Conflicts[0].A.Round+r.Conflicts[0].B.Round, "one side is the aggregator's")

		// Another operator's record is refused.
		_, err := slashing.Check(ctx, l1, slashing.Params{Operator: wrongOp.Address, Deployment: dep, Records: []string{recA}})
		require.ErrorContains(t, err, "belongs to operator id")

		// A record held by a running operator.
		held, err := signrecord.Open(recA, honestOp.ID)
		require.NoError(t, err)
		_, err = slashing.Check(ctx, l1, slashing.Params{Operator: honestOp.Address, Deployment: dep, Records: []string{recA}})
		require.ErrorIs(t, err, slashing.ErrRecordLocked)
		require.NoError(t, held.Close())

		res := runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", honestOp.Address.Hex(), "--data-dir", dirA, "--data-dir", dirB)
		require.Equal(t, 1, res.code, res.String())
		t.Logf("conflicting records:\n%s%s", res.stdout, res.stderr)
		require.Contains(t, res.stdout, "CONFLICT chain 901 block")
	})

	t.Run("CLI before any slashing", func(t *testing.T) {
		res := runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", honestOp.Address.Hex(), "--aggregator-url", aggURL)
		require.Equal(t, 0, res.code, res.String())
		t.Logf("clean operator:\n%s", res.stdout)
		require.Contains(t, res.stdout, "Verdict: CLEAN")
		require.Contains(t, res.stdout, "registered since block")

		res = runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", wrongOp.Address.Hex(), "--aggregator-url", aggURL, "--json")
		require.Equal(t, 1, res.code, res.String())
		var r slashing.Report
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &r), res.stdout)
		require.Equal(t, slashing.VerdictFound, r.Verdict)
		require.Len(t, r.Disagreements, 1)
		require.Equal(t, wrong[0], r.Disagreements[0].Signed.Claim)
		require.Contains(t, res.stderr, "1 signed claim differs from the attested one")

		res = runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", wrongOp.Address.Hex(), "--aggregator-url", aggURL)
		require.Equal(t, 1, res.code, res.String())
		require.Contains(t, res.stdout, fmt.Sprintf("DIFFERS chain %d block %d", wrong[0].ChainID, wrong[0].BlockNumber))
		require.Contains(t, res.stdout, "stateRoot "+wrong[0].StateRoot.Hex())

		res = runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", honestOp.Address.Hex(), "--aggregator-url", "http://127.0.0.1:1")
		require.Equal(t, 2, res.code, res.String())
	})

	// The AVS's admin slashes an operator through the AllocationManager.
	am, err := allocmgr.NewContractAllocationManager(dep.EigenLayer.AllocationManager, l1)
	require.NoError(t, err)
	l1ChainID := new(big.Int).SetUint64(dep.L1.ChainID)
	half := new(big.Int).Div(big.NewInt(1e18), big.NewInt(2))
	admin, err := bind.NewKeyedTransactorWithChainID(dn.Owner, l1ChainID)
	require.NoError(t, err)
	admin.Context = ctx
	tx, err := am.SlashOperator(admin, dep.AVS.ServiceManager, allocmgr.IAllocationManagerTypesSlashingParams{
		Operator: slashedOp.Address, OperatorSetId: dep.AVS.OperatorSetID,
		Strategies: []common.Address{dep.EigenLayer.Strategy}, WadsToSlash: []*big.Int{half},
		Description: "rollcall e2e: conflicting claims",
	})
	require.NoError(t, err)
	slashReceipt := slMined(t, ctx, l1, tx)

	t.Run("slashing reported", func(t *testing.T) {
		r := check(t, fromAggregator(slashedOp))
		require.True(t, r.Found())
		require.Equal(t, slashing.VerdictFound, r.Verdict)
		require.Len(t, r.Slashings, 1)
		s := r.Slashings[0]
		require.True(t, s.Rollcall)
		require.Equal(t, dep.AVS.ServiceManager, s.AVS)
		require.Equal(t, dep.AVS.OperatorSetID, s.OperatorSetID)
		require.Equal(t, slashReceipt.BlockNumber.Uint64(), s.Block)
		require.Equal(t, tx.Hash(), s.TxHash)
		require.Len(t, s.Strategies, 1)
		require.Equal(t, dep.EigenLayer.Strategy, s.Strategies[0].Strategy)
		require.Equal(t, half.String(), s.Strategies[0].Wad.String())
		require.Equal(t, "rollcall e2e: conflicting claims", s.Description)
		require.Empty(t, r.Conflicts)
		require.Empty(t, r.Disagreements)
		require.Equal(t, new(big.Int).Div(stake, big.NewInt(2)).String(), r.Stake[0].Slashable.String(), "half the stake is gone")
		require.Equal(t, []string{"1 slashing recorded by the AllocationManager (1 by rollcall)"}, r.Findings)

		other := check(t, fromAggregator(honestOp))
		require.False(t, other.Found(), "another operator's slashing is not this one's: %v", other.Findings)

		res := runCLI(t, nil, "slashing", "check", "--deployment", depFile, "--operator", slashedOp.Address.Hex(), "--aggregator-url", aggURL)
		require.Equal(t, 1, res.code, res.String())
		t.Logf("slashed operator:\n%s%s", res.stdout, res.stderr)
		require.Contains(t, res.stdout, "by rollcall")
		require.Contains(t, res.stdout, "50% of its allocated stake slashed (wad 500000000000000000)")
		require.Contains(t, res.stdout, "Verdict: FOUND")
	})

	t.Run("deregistered operator stays slashable for the deallocation delay", func(t *testing.T) {
		opts, err := bind.NewKeyedTransactorWithChainID(leavingOp.Key, l1ChainID)
		require.NoError(t, err)
		opts.Context = ctx
		tx, err := am.DeregisterFromOperatorSets(opts, allocmgr.IAllocationManagerTypesDeregisterParams{
			Operator: leavingOp.Address, Avs: dep.AVS.ServiceManager, OperatorSetIds: []uint32{dep.AVS.OperatorSetID},
		})
		require.NoError(t, err)
		rc := slMined(t, ctx, l1, tx)
		r := check(t, slashing.Params{Operator: leavingOp.Address})
		reg := r.Registration
		require.Equal(t, slashing.Deregistered, reg.State)
		require.Equal(t, rc.BlockNumber.Uint64(), reg.DeregisteredAt)
		require.NotZero(t, reg.DeallocationDelay)
		require.Equal(t, reg.DeregisteredAt+uint64(reg.DeallocationDelay), reg.SlashableUntil)
		require.False(t, reg.Ejected)
		require.False(t, r.Found(), "leaving is no fault")
		if r.Block <= reg.SlashableUntil {
			require.True(t, reg.Slashable)
		}
		require.NoError(t, env.WaitForBlock(ctx, reg.SlashableUntil+1))
		r = check(t, slashing.Params{Operator: leavingOp.Address})
		require.False(t, r.Registration.Slashable, "no longer slashable after block %d (head %d)", reg.SlashableUntil, r.Block)

		var text bytes.Buffer
		require.NoError(t, r.WriteText(&text))
		require.Contains(t, text.String(), fmt.Sprintf("deregistered at block %d; slashable through block %d, no longer slashable", reg.DeregisteredAt, reg.SlashableUntil))
	})

	t.Run("never registered", func(t *testing.T) {
		r := check(t, slashing.Params{Operator: common.HexToAddress("0x000000000000000000000000000000000000dEaD"), Aggregator: agg, AggregatorName: aggURL})
		require.Equal(t, slashing.Never, r.Registration.State)
		require.Nil(t, r.OperatorID)
		require.False(t, r.Found())
		require.NotEmpty(t, r.Warnings)
	})
}

// devnetRollupChainID is the rollup chain id of this test, as on `rollcall devnet`.
const devnetRollupChainID = 901

// slWaitFor polls cond until it holds (30 s at most).
func slWaitFor(t *testing.T, ctx context.Context, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var lastErr error
	for time.Now().Before(deadline) {
		ok, err := cond()
		if err == nil && ok {
			return
		}
		lastErr = err
		select {
		case <-ctx.Done():
			t.Fatalf("%s: %v", what, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("timed out: %s (last error: %v)", what, lastErr)
}

func slDigest(t *testing.T, round *api.Round, claims []core.Claim) common.Hash {
	t.Helper()
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	return core.Checkpoint{Round: round.Round, ReferenceBlock: round.ReferenceBlock, ClaimsRoot: tree.Root()}.Digest(round.L1ChainID, round.Registry)
}

// slSigned is what operator op sends for claims in round, built as the
// operator daemon builds it.
func slSigned(t *testing.T, round *api.Round, claims []core.Claim, op devnettest.Operator) api.SignedCheckpoint {
	t.Helper()
	sig := op.BLS.SignMessage(slDigest(t, round, claims))
	sc := api.SignedCheckpoint{Round: round.Round, OperatorID: op.ID, Claims: claims, Signature: slG1(sig)}
	if round.Table != nil { // the round asks for the operator table too
		ts := slG1(op.BLS.SignMessage(round.Table.Digest))
		sc.TableSignature = &ts
	}
	return sc
}

func slG1(sig *bls.Signature) api.G1Point {
	return api.G1Point{X: (*hexutil.Big)(sig.X.BigInt(new(big.Int))), Y: (*hexutil.Big)(sig.Y.BigInt(new(big.Int)))}
}

func slMined(t *testing.T, ctx context.Context, l1 *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	rc, err := bind.WaitMined(ctx, l1, tx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rc.Status, "tx %s", tx.Hash())
	return rc
}

// writeSlRecord records, with the operator's own signing record, that it
// signed claims in round.
func writeSlRecord(t *testing.T, dataDir string, id common.Hash, round uint64, digest common.Hash, claims []core.Claim) {
	t.Helper()
	rec, err := signrecord.Open(filepath.Join(dataDir, operator.RecordFile), id)
	require.NoError(t, err)
	require.NoError(t, rec.Sign(round, digest, claims))
	require.NoError(t, rec.Close())
}
