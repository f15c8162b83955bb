package tests

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/keystore"
)

// TestTableSignaturesSurviveKill runs the devnet and the aggregator as
// `rollcall` processes. The aggregator's only round asks for the operator
// table; two of four operators' signatures (checkpoint and table) are
// accepted, then the aggregator is killed with SIGKILL and restarted on
// the same data directory. The resumed round asks for the same table, the
// two stored table signatures count again, a third certifies the table,
// and the certificate data holds all three and builds a table certificate
// that verifies against T(R) computed by the test.
func TestTableSignaturesSurviveKill(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	rollcallBinary(t)
	dir := t.TempDir()

	_, dep, depPath := devnetProcess(t, dir, 1, 4, "500ms")

	l1, err := ethclient.DialContext(ctx, dep.L1.RPCURL)
	require.NoError(t, err)
	t.Cleanup(l1.Close)
	rollup, err := ethclient.DialContext(ctx, dep.Rollups[0].RPCURL)
	require.NoError(t, err)
	t.Cleanup(rollup.Close)
	aggKey, opKeys := devKeys(t, dep)
	blsKeys := registerOperators(t, ctx, l1, dep, opKeys)
	aggKeystore := filepath.Join(dir, "aggregator.json")
	require.NoError(t, keystore.SaveECDSA(aggKeystore, aggKey, procPassword, keystore.WithLightScrypt()))
	aggPort := freePort(t)
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	// One round, opened at start (and resumed after the restart).
	aggConfig := writeConfigFile(t, dir, "aggregator.yaml", fmt.Sprintf(`deployment: %s
keystore: %s
password-file: %s
listen: 127.0.0.1:%d
metrics: ""
data-dir: %s
round-interval: 1h
late-window: 100ms
receipt-poll: 100ms
rollups:
%s`, depPath, aggKeystore, writeConfigFile(t, dir, "aggregator.password", procPassword+"\n"), aggPort,
		filepath.Join(dir, "aggregator-data"), rollupsYAML(dep, false)))

	startAgg := func(name string) (*runningProcess, *api.Client, *api.Round) {
		p := startProcess(t, name, "aggregator", "run", "--config", aggConfig)
		client, err := api.Dial(ctx, aggURL)
		require.NoError(t, err)
		t.Cleanup(client.Close)
		var round *api.Round
		require.Eventually(t, func() bool {
			require.False(t, p.exited(), "%s exited", name)
			round, err = client.OpenRound(ctx)
			return err == nil && round != nil
		}, procWait, 100*time.Millisecond, "%s opened no round", name)
		return p, client, round
	}
	agg, client, round := startAgg("aggregator")
	require.NotNil(t, round.Table, "the first round asks for the operator table")

	claims := make([]core.Claim, 0, len(round.Targets))
	for _, tg := range round.Targets {
		h, err := rollup.HeaderByNumber(ctx, new(big.Int).SetUint64(tg.BlockNumber))
		require.NoError(t, err)
		claims = append(claims, core.Claim{ChainID: tg.ChainID, BlockNumber: tg.BlockNumber, BlockHash: h.Hash(), StateRoot: h.Root})
	}
	root, err := core.MerkleRoot(claims)
	require.NoError(t, err)
	digest := core.Checkpoint{Round: round.Round, ReferenceBlock: round.ReferenceBlock, ClaimsRoot: root}.Digest(dep.L1.ChainID, dep.AVS.Registry)
	signed := func(i int) api.SignedCheckpoint {
		ts := g1Point(blsKeys[i].SignMessage(round.Table.Digest))
		return api.SignedCheckpoint{Round: round.Round, OperatorID: core.OperatorID(blsKeys[i].GetPubKeyG1()), Claims: claims,
			Signature: g1Point(blsKeys[i].SignMessage(digest)), TableSignature: &ts}
	}
	for i := range 2 {
		_, err := client.SubmitSignature(ctx, signed(i))
		require.NoError(t, err)
	}
	agg.crash()

	_, client, again := startAgg("aggregator (restarted)")
	require.Equal(t, round.Round, again.Round, "the round is resumed")
	require.Equal(t, round.Table, again.Table, "with its table request")
	st, err := client.GetRound(ctx, round.Round)
	require.NoError(t, err)
	require.Len(t, st.Signers, 2, "both signatures survived the kill")
	require.False(t, st.TableCertified)
	_, err = client.SubmitSignature(ctx, signed(2))
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		st, err = client.GetRound(ctx, round.Round)
		return err == nil && st.Status != api.StatusOpen
	}, procWait, 100*time.Millisecond)
	require.Equal(t, api.StatusAttested, st.Status)
	require.True(t, st.TableCertified, "3 of 4, two of them stored before the kill")

	cd, err := client.GetCertificateData(ctx, round.Round)
	require.NoError(t, err)
	require.NotNil(t, cd.Table)
	require.Len(t, cd.Table.Signers, 3)
	reg, err := rollcallregistry.NewRollcallRegistryCaller(dep.AVS.Registry, l1)
	require.NoError(t, err)
	quorums, err := reg.QuorumNumbers(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	threshold, err := reg.ThresholdBips(&bind.CallOpts{Context: ctx})
	require.NoError(t, err)
	reader, err := optable.NewMiddlewareReader(l1, optable.Middleware{
		RegistryCoordinator: dep.AVS.RegistryCoordinator, OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
		BLSApkRegistry: dep.AVS.BLSApkRegistry, StakeRegistry: dep.AVS.StakeRegistry, Quorums: quorums,
	})
	require.NoError(t, err)
	table, tree, err := optable.FromL1(ctx, reader, round.ReferenceBlock)
	require.NoError(t, err)
	require.Equal(t, table.Digest(dep.L1.ChainID, dep.AVS.Registry), cd.Table.Digest)
	cert, err := optable.NewCertificate(table, tree, cd.Table.Digest, certSigners(t, cd.Table.Signers))
	require.NoError(t, err)
	_, err = optable.Verify(table, cd.Table.Digest, cert, threshold)
	require.NoError(t, err)
}
