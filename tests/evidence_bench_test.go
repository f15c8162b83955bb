package tests

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	indexregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	mockavs "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	stakeregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/bindings/gasprobe"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/slashing/evidence"
)

// txGasCap is EIP-7825's cap on one transaction's gas (Osaka).
const txGasCap = 1 << 24

// BenchmarkEvidenceGas measures, on the devnet with the real middleware and
// AllocationManager, the gas of each EquivocationSlasher evidence form (from
// the receipts of real transactions) and of the middleware reads a
// table-fraud proof would make (with the GasProbe harness, which measures
// each call on chain with gasleft()). Run per operator count:
//
//	go test ./tests/ -run '^$' -bench 'BenchmarkEvidenceGas/operators=8$' -benchtime 1x
//	go test ./tests/ -run '^$' -bench 'BenchmarkEvidenceGas/operators=200$' -benchtime 1x -timeout 30m
//
// Every operator has the same stake; each aggregate side has one
// non-signer (a different one per side), so the two non-signers are
// honest and the other n-2 operators are guilty. Each iteration proves a
// fresh fault (a new rollup block) and, with -benchtime 1x, slashes
// operators for the first time (a first slash costs ~100k more than a
// repeat: the figures are for first slashes); the own-signature forms slash
// the two operators the aggregate cases leave alone.
func BenchmarkEvidenceGas(b *testing.B) {
	for _, n := range []int{8, 200} {
		b.Run(fmt.Sprintf("operators=%d", n), func(b *testing.B) { benchEvidence(b, n) })
	}
}

func benchEvidence(b *testing.B, n int) {
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	log := zaptest.NewLogger(b, zaptest.Level(zap.WarnLevel))
	deposits := make([]*big.Int, n)
	for i := range deposits {
		deposits[i] = devnettest.Ether(100)
	}
	start := time.Now()
	env := devnettest.Start(b, ctx, deposits, log)
	b.Logf("%d operators registered in %s", n, time.Since(start).Round(time.Second))
	h := newSlasherHarness(b, ctx, env, log)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	signersA, signersB := all[:n-1], append(append([]int(nil), all[:n-2]...), n-1) // non-signers: n-1 on A, n-2 on B

	type row struct {
		name     string
		gas      uint64
		calldata int
	}
	var rows []row
	record := func(name string, gas uint64, calldata int) {
		for i := range rows {
			if rows[i].name == name { // a sub-benchmark runs again with a larger b.N
				rows[i] = row{name, gas, calldata}
				return
			}
		}
		rows = append(rows, row{name, gas, calldata})
	}
	// An operator's first slash costs the AllocationManager more than later
	// ones (storage it touches goes from zero to non-zero), so each
	// transaction slashes operators never slashed before, as evidence would
	// in practice: the n-2 guilty candidates are used up in order.
	slashed := map[common.Address]bool{}
	fresh := func(op evidence.Operator) bool { return !slashed[op.Address] }
	// Guilty operators per transaction: one, then more while candidates last.
	guiltyCounts := []int{1}
	for _, k := range []int{8, 32, 64} {
		if k <= (n-2)/2 {
			guiltyCounts = append(guiltyCounts, k)
		}
	}
	if n-2 < 16 {
		guiltyCounts = append(guiltyCounts, n-3)
	}
	perGuilty := map[int]uint64{}
	for _, k := range guiltyCounts {
		if k > n-2 {
			continue
		}
		b.Run(fmt.Sprintf("attested/guilty=%d", k), func(b *testing.B) {
			var gas uint64
			var calldata int
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				f := h.newFault()
				a := h.attestedSide(b, h.refBlock(b), f.a, f.chain, signersA...)
				bb := h.attestedSide(b, h.refBlock(b), f.b, f.chain, signersB...)
				ev, err := h.builder.Attested(ctx, a, bb)
				require.NoError(b, err)
				require.Len(b, ev.Guilty, n-2)
				if ev, err = ev.Filter(fresh); err != nil {
					ev, err = h.builder.Attested(ctx, a, bb) // all used: repeat slashes from here on
					require.NoError(b, err)
				}
				piece := ev.Split(k)[0]
				require.Len(b, piece.Guilty, k, "not enough fresh operators: use -benchtime 1x")
				for _, op := range piece.Guilty {
					slashed[op.Address] = true
				}
				input, err := piece.Calldata()
				require.NoError(b, err)
				calldata = len(input)
				b.StartTimer()
				receipt := h.submit(b, h.submitter, piece)
				b.StopTimer()
				gas += receipt.GasUsed
			}
			mean := gas / uint64(b.N)
			perGuilty[k] = mean
			b.ReportMetric(float64(mean), "gas/tx")
			record(fmt.Sprintf("slashAttested, %d guilty", k), mean, calldata)
		})
	}
	b.Run("signed", func(b *testing.B) {
		var gas uint64
		var calldata int
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			f := h.newFault()
			ref := h.refBlock(b)
			ev, err := h.builder.Signed(ctx, h.signedSide(b, ref, f.a, f.chain, n-2), h.signedSide(b, ref, f.b, f.chain, n-2))
			require.NoError(b, err)
			input, err := ev.Calldata()
			require.NoError(b, err)
			calldata = len(input)
			b.StartTimer()
			gas += h.submit(b, h.submitter, ev).GasUsed
		}
		b.ReportMetric(float64(gas/uint64(b.N)), "gas/tx")
		record("slashSigned", gas/uint64(b.N), calldata)
	})
	b.Run("signed-against-attested", func(b *testing.B) {
		var gas uint64
		var calldata int
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			f := h.newFault()
			ref := h.refBlock(b)
			ev, err := h.builder.SignedAgainstAttested(ctx, h.signedSide(b, ref, f.a, f.chain, n-1), h.attestedSide(b, ref, f.b, f.chain, signersB...))
			require.NoError(b, err)
			input, err := ev.Calldata()
			require.NoError(b, err)
			calldata = len(input)
			b.StartTimer()
			gas += h.submit(b, h.submitter, ev).GasUsed
		}
		b.ReportMetric(float64(gas/uint64(b.N)), "gas/tx")
		record("slashSignedAgainstAttested", gas/uint64(b.N), calldata)
	})

	var table strings.Builder
	fmt.Fprintf(&table, "\n%-40s %10s %15s\n", "evidence", "gas", "calldata bytes")
	for _, r := range rows {
		fmt.Fprintf(&table, "%-40s %10d %15d\n", r.name, r.gas, r.calldata)
	}
	if kmax := guiltyCounts[len(guiltyCounts)-1]; perGuilty[1] != 0 && perGuilty[kmax] != 0 && kmax > 1 {
		per := (perGuilty[kmax] - perGuilty[1]) / uint64(kmax-1)
		fixed := perGuilty[1] - per
		fmt.Fprintf(&table, "slashAttested ≈ %d fixed + %d per guilty operator: at most %d guilty per transaction under the 2^24 cap\n",
			fixed, per, (txGasCap-fixed)/per)
	}
	b.Logf("EquivocationSlasher gas, %d operators (1 non-signer per aggregate side):%s", n, table.String())

	b.Run("table-reads", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			benchTableReads(b, ctx, h, n)
		}
	})
}

// benchTableReads measures what recomputing pieces of an operator table at
// a reference block R costs a contract on L1, from the middleware's
// history: the quorum's aggregate key and total stake, the operator count,
// one operator's key and stake, and the whole operator set.
func benchTableReads(b *testing.B, ctx context.Context, h *slasherHarness, n int) {
	dep := h.env.Devnet.Deployment
	client := h.client
	probeAddr := deployGasProbe(b, h)
	probe, err := gasprobe.NewGasProbeCaller(probeAddr, client)
	require.NoError(b, err)

	ref := h.refBlock(b)
	call := &bind.CallOpts{Context: ctx}
	quorum := uint8(dep.AVS.OperatorSetID)
	abiOf := func(m *bind.MetaData) *abi.ABI {
		a, err := m.GetAbi()
		require.NoError(b, err)
		return a
	}
	apkABI, stakeABI, coordABI := abiOf(blsapkregistry.ContractBLSApkRegistryMetaData), abiOf(stakeregistry.ContractStakeRegistryMetaData), abiOf(regcoord.ContractSlashingRegistryCoordinatorMetaData)
	idxABI, osrABI, smABI := abiOf(indexregistry.ContractIndexRegistryMetaData), abiOf(opstateretriever.ContractOperatorStateRetrieverMetaData), abiOf(mockavs.ContractMockAvsServiceManagerMetaData)
	pack := func(a *abi.ABI, method string, args ...any) []byte {
		data, err := a.Pack(method, args...)
		require.NoError(b, err, method)
		return data
	}

	apk, err := blsapkregistry.NewContractBLSApkRegistryCaller(dep.AVS.BLSApkRegistry, client)
	require.NoError(b, err)
	apkIdx, err := apk.GetApkIndicesAtBlockNumber(call, []byte{quorum}, big.NewInt(int64(ref)))
	require.NoError(b, err)
	stakes, err := stakeregistry.NewContractStakeRegistryCaller(dep.AVS.StakeRegistry, client)
	require.NoError(b, err)
	totalIdx, err := stakes.GetTotalStakeIndicesAtBlockNumber(call, ref, []byte{quorum})
	require.NoError(b, err)
	op := h.env.Operators[0]
	stakeIdx, err := stakes.GetStakeUpdateIndexAtBlockNumber(call, op.ID, quorum, ref)
	require.NoError(b, err)
	idx, err := indexregistry.NewContractIndexRegistryCaller(dep.AVS.IndexRegistry, client)
	require.NoError(b, err)
	// The operator-count history entry covering ref: the newest at or before it.
	latest, err := idx.GetLatestQuorumUpdate(call, quorum)
	require.NoError(b, err)
	var countIdx uint32
	for i := uint32(0); ; i++ {
		u, err := idx.GetQuorumUpdateAtIndex(call, quorum, i)
		require.NoError(b, err)
		if u.FromBlockNumber > ref {
			break
		}
		countIdx = i
		if u == latest {
			break
		}
	}
	countAt, err := idx.GetQuorumUpdateAtIndex(call, quorum, countIdx)
	require.NoError(b, err)
	require.EqualValues(b, n, countAt.NumOperators, "count history at R")

	type probeCase struct {
		name    string
		targets []common.Address
		data    [][]byte
	}
	one := func(name string, to common.Address, data []byte) probeCase {
		return probeCase{name, []common.Address{to}, [][]byte{data}}
	}
	cases := []probeCase{
		one("aggregate key hash at R (BLSApkRegistry)", dep.AVS.BLSApkRegistry, pack(apkABI, "getApkHashAtBlockNumberAndIndex", quorum, ref, big.NewInt(int64(apkIdx[0])))),
		one("total stake at R (StakeRegistry)", dep.AVS.StakeRegistry, pack(stakeABI, "getTotalStakeAtBlockNumberFromIndex", quorum, ref, big.NewInt(int64(totalIdx[0])))),
		one("operator count at R (IndexRegistry entry)", dep.AVS.IndexRegistry, pack(idxABI, "getQuorumUpdateAtIndex", quorum, countIdx)),
		{"one operator's key, stake and membership at R", []common.Address{dep.AVS.BLSApkRegistry, dep.AVS.StakeRegistry, dep.AVS.RegistryCoordinator}, [][]byte{
			pack(apkABI, "getRegisteredPubkey", op.Address),
			pack(stakeABI, "getStakeAtBlockNumberAndIndex", quorum, ref, op.ID, big.NewInt(int64(stakeIdx))),
			pack(coordABI, "getQuorumBitmapAtBlockNumberByIndex", op.ID, ref, big.NewInt(0)),
		}},
		one(fmt.Sprintf("operator list at R, %d ids (IndexRegistry)", n), dep.AVS.IndexRegistry, pack(idxABI, "getOperatorListAtBlockNumber", quorum, ref)),
		one(fmt.Sprintf("operator state at R, %d operators (OperatorStateRetriever)", n), dep.AVS.OperatorStateRetriever,
			pack(osrABI, "getOperatorState", dep.AVS.RegistryCoordinator, []byte{quorum}, ref)),
	}
	keys := probeCase{name: fmt.Sprintf("%d registered G1 keys (BLSApkRegistry)", n)}
	for _, o := range h.env.Operators {
		keys.targets = append(keys.targets, dep.AVS.BLSApkRegistry)
		keys.data = append(keys.data, pack(apkABI, "getRegisteredPubkey", o.Address))
	}
	cases = append(cases, keys)
	// The signature checks of the evidence forms, for the breakdown.
	f := h.newFault()
	signers := make([]int, 0, n-1)
	for i := 0; i < n-1; i++ {
		signers = append(signers, i)
	}
	agg := h.attestedSide(b, ref, f.a, f.chain, signers...)
	digest := agg.Checkpoint.Digest(dep.L1.ChainID, dep.AVS.Registry)
	cases = append(cases, one("checkSignatures, 1 non-signer (service manager)", dep.AVS.ServiceManager,
		pack(smABI, "checkSignatures", digest, []byte{quorum}, ref, agg.Signature)))
	own := h.signedSide(b, ref, f.a, f.chain, 0)
	ownDigest := own.Checkpoint.Digest(dep.L1.ChainID, dep.AVS.Registry)
	pk := op.BLS.GetPubKeyG1()
	cases = append(cases, one("trySignatureAndApkVerification (one operator)", dep.AVS.ServiceManager,
		pack(smABI, "trySignatureAndApkVerification", ownDigest,
			struct{ X, Y *big.Int }{pk.X.BigInt(new(big.Int)), pk.Y.BigInt(new(big.Int))},
			slasherG2(own.PubkeyG2), slasherG1(own.Signature))))

	// The slasher's piecewise table checks (honest fields: every read is made).
	th := h.tableHints(b, ref)
	apkSum := bls.NewZeroG1Point()
	for _, o := range h.env.Operators {
		apkSum.Add(o.BLS.GetPubKeyG1())
	}
	tq := equivocationslasher.EquivocationSlasherTableQuorum{QuorumNumber: quorum, AggregateKey: g1Of(apkSum),
		TotalStake: new(big.Int).Mul(devnettest.Ether(100), big.NewInt(int64(n))), OperatorCount: uint32(n)}
	out, err := h.slasher.TableQuorumFaults(call, ref, tq, th.quorum)
	require.NoError(b, err)
	require.False(b, out.KeyWrong || out.StakeWrong || out.CountWrong, "the honest table has no fault")
	leaf := equivocationslasher.EquivocationSlasherTableLeaf{OperatorId: op.ID, Key: g1Of(op.BLS.GetPubKeyG1()), Stake: devnettest.Ether(100)}
	cases = append(cases,
		one("slasher.tableQuorumFaults (key, total stake, count)", h.slasherAddr, h.packSlasher(b, "tableQuorumFaults", ref, tq, th.quorum)),
		one("slasher.tableLeafFaults (one leaf)", h.slasherAddr, h.packSlasher(b, "tableLeafFaults", ref, quorum, leaf,
			equivocationslasher.EquivocationSlasherLeafHistoryHints{StakeIndex: th.stakeIdx[0]})))

	var table strings.Builder
	fmt.Fprintf(&table, "\n%-62s %10s\n", "read at R (execution gas, cold)", "gas")
	for _, c := range cases {
		out, err := probe.Measure(call, c.targets, c.data)
		require.NoError(b, err, c.name)
		fmt.Fprintf(&table, "%-62s %10d\n", c.name, out.Total.Uint64())
	}
	b.Logf("middleware reads at a reference block, %d operators:%s", n, table.String())
}

func deployGasProbe(b *testing.B, h *slasherHarness) common.Address {
	b.Helper()
	addr, tx, _, err := gasprobe.DeployGasProbe(h.transactor(b, h.owner), h.client)
	require.NoError(b, err)
	receipt, err := chainio.WaitReceipt(h.ctx, h.client, tx.Hash(), 20*time.Millisecond)
	require.NoError(b, err)
	require.Equal(b, types.ReceiptStatusSuccessful, receipt.Status)
	return addr
}
