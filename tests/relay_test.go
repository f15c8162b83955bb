package tests

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/bindings/peerstate"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/internal/faultproxy"
	peerproof "github.com/rollcall-avs/rollcall/peerstate"
	"github.com/rollcall-avs/rollcall/relay"
	"github.com/rollcall-avs/rollcall/tables"
)

// TestRelay runs the relay against a devnet (real L1 with the middleware,
// two rollups with their CertificateVerifier and RollupRegistry, operators
// registered with real BLS keys) and an aggregator stand-in serving rounds
// those operators signed:
//   - fresh rollups hold the empty genesis table and verify nothing until
//     `tables bootstrap` sets L1's table (refused while live);
//   - a checkpoint reaches both rollups and a contract on rollup B
//     (PeerState) verifies rollup A's storage through it;
//   - an operator registers, another deregisters and a third is slashed on
//     L1: the new table
//     reaches both rollups (built from the signers the old table knows) and
//     certificates under it verify; a round under the old table verifies in
//     the grace window and is refused after it;
//   - below threshold is skipped, never sent;
//   - rollup B down (refused connections) catches up when it returns;
//   - a restarted relay sends nothing twice;
//   - after maxStaleness updates and certificates are refused, and the
//     owner's bootstrap recovers the chain;
//   - a table that is not L1's is flagged by `tables show` and the relay
//     sends nothing under it.
func TestRelay(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 8*time.Minute)
	defer cancel()
	log := testLogger(t)
	dn, err := devnet.Start(ctx, devnet.Options{Rollups: 2, Operators: 5, L1BlockInterval: devnettest.DefaultBlockInterval,
		RollupBlockInterval: 250 * time.Millisecond}, nil, log.Named("devnet"))
	require.NoError(t, err)
	t.Cleanup(func() { _ = dn.Stop(context.Background()) })
	dep := dn.Deployment
	l1 := dn.L1Client()
	ops := make([]relayOperator, 5)
	for i := range ops {
		ops[i] = newRelayOperator(t, dn.Operators[i])
	}
	idA, idB := dep.Rollups[0].ChainID, dep.Rollups[1].ChainID
	clients := map[uint64]*ethclient.Client{idA: devnettest.Dial(t, dep.Rollups[0].RPCURL), idB: devnettest.Dial(t, dep.Rollups[1].RPCURL)}
	info := map[uint64]deploy.RollupInfo{idA: dep.Rollups[0], idB: dep.Rollups[1]}
	call := &bind.CallOpts{Context: ctx}
	verifier := func(id uint64) *cv.CertificateVerifier {
		v, err := cv.NewCertificateVerifier(info[id].Contracts.CertificateVerifier, clients[id])
		require.NoError(t, err)
		return v
	}
	registry := func(id uint64) *rr.RollupRegistry {
		r, err := rr.NewRollupRegistry(info[id].Contracts.Registry, clients[id])
		require.NoError(t, err)
		return r
	}
	currentRef := func(id uint64) uint32 {
		cur, err := verifier(id).CurrentTable(call)
		require.NoError(t, err)
		return cur.ReferenceBlock
	}
	attested := func(id, round uint64) bool {
		root, err := registry(id).ClaimsRoot(call, round)
		require.NoError(t, err)
		return root != [32]byte{}
	}

	owner := dn.Owner
	ownerOpts := func(id uint64) *bind.TransactOpts {
		o, err := bind.NewKeyedTransactorWithChainID(owner, new(big.Int).SetUint64(id))
		require.NoError(t, err)
		o.Context = ctx
		return o
	}
	waitMined := func(id uint64, tx *types.Transaction, err error) {
		t.Helper()
		require.NoError(t, err)
		r, err := bind.WaitMined(ctx, clients[id], tx)
		require.NoError(t, err)
		require.EqualValues(t, 1, r.Status)
	}
	chainTime := func(id uint64) uint64 {
		h, err := clients[id].HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return h.Time
	}

	// ---- fresh rollups: empty genesis, bootstrap ----
	for id := range clients {
		rep, err := tables.Show(ctx, l1, dep, clients[id], info[id])
		require.NoError(t, err)
		require.True(t, rep.Current.Table.IsEmpty(), "rollup %d starts from the empty table", id)
		require.True(t, rep.Current.Matches, "the empty genesis is L1's table at its block")
	}
	_, err = tables.Bootstrap(ctx, l1, dep, clients[idA], info[idA], dn.Owner, false)
	require.ErrorIs(t, err, tables.ErrNoOperators, "nothing to bootstrap before anyone registered")

	for _, o := range ops[:4] {
		o.register(t, ctx, dn, log)
	}
	// Bootstrap takes L1's table TableConfirmations below the head: wait
	// until that block has every registration.
	waitRecentTable := func(n uint32) {
		t.Helper()
		require.Eventually(t, func() bool {
			r, err := deploy.RecentTableBlock(ctx, l1)
			if err != nil {
				return false
			}
			tab, _, err := deploy.TableAt(ctx, l1, dep, r)
			return err == nil && tab.OperatorCount == n
		}, time.Minute, 50*time.Millisecond)
	}
	waitRecentTable(4)
	_, err = tables.Bootstrap(ctx, l1, dep, clients[idA], info[idA], dn.Aggregator, false)
	require.ErrorIs(t, err, tables.ErrNotOwner)
	for id := range clients {
		res, err := tables.Bootstrap(ctx, l1, dep, clients[id], info[id], dn.Owner, false)
		require.NoError(t, err)
		require.EqualValues(t, 4, res.Table.OperatorCount)
		rep, err := tables.Show(ctx, l1, dep, clients[id], info[id])
		require.NoError(t, err)
		require.True(t, rep.Current.Matches)
		require.False(t, rep.Differs())
	}
	_, err = tables.Bootstrap(ctx, l1, dep, clients[idA], info[idA], dn.Owner, false)
	require.ErrorIs(t, err, tables.ErrTableLive, "a live table is moved by the quorum, not the owner")
	// Each rollup was bootstrapped at a recent L1 block of its own (the head
	// may move between the two): a reference block both tables cover.
	r0 := max(currentRef(idA), currentRef(idB))
	// Devnet clocks run at least a second per block, so the devnet's 60 s
	// grace window can pass within seconds here: widen it while the test
	// needs the previous table (it narrows it again to test the end).
	for id := range clients {
		tx, err := verifier(id).SetGraceWindow(ownerOpts(id), 3000)
		waitMined(id, tx, err)
	}

	// ---- the relay, rollup B behind a proxy that can refuse ----
	proxyB, err := faultproxy.Start(dep.Rollups[1].RPCURL)
	require.NoError(t, err)
	t.Cleanup(func() { _ = proxyB.Close() })
	agg := newFakeAggregator()
	relayKey := dn.Aggregator // funded on every rollup
	dataDir := filepath.Join(t.TempDir(), "relay")
	cfg := relay.DefaultConfig()
	cfg.Aggregators = []string{"http://127.0.0.1:1"} // not dialed: WithSource
	cfg.DataDir = dataDir
	cfg.Poll = 100 * time.Millisecond
	cfg.ReceiptPoll = 50 * time.Millisecond
	cfg.ConfirmationTimeout = 2 * time.Second
	cfg.RPCOverrides = map[uint64]string{idB: proxyB.URL()}
	cfg.Metrics = "127.0.0.1:0"
	cfg.NodeAPI = "127.0.0.1:0"
	startRelay := func() *relay.Service {
		svc, err := relay.New(cfg, dep, relayKey, log.Named("relay"), relay.WithSource(agg))
		require.NoError(t, err)
		require.NoError(t, svc.Start(ctx))
		return svc
	}
	svc := startRelay()
	defer func() { _ = svc.Stop(context.Background()) }()

	head := func() uint32 {
		n, err := l1.BlockNumber(ctx)
		require.NoError(t, err)
		return uint32(n - 1)
	}

	// ---- round 1: delivered to both, verified on B against A's state ----
	ref1 := head()
	claims1 := relayRollupClaims(t, ctx, clients)
	agg.add(checkpointData(t, dep, 1, ref1, claims1, ops[0], ops[1], ops[2])) // one non-signer
	require.Eventually(t, func() bool { return attested(idA, 1) && attested(idB, 1) }, time.Minute, 50*time.Millisecond)
	tree1, err := core.BuildTree(claims1)
	require.NoError(t, err)
	for _, cl := range claims1 {
		proof, err := tree1.Proof(cl.ChainID)
		require.NoError(t, err)
		for id := range clients {
			ok, err := registry(id).VerifyClaim(call, rr.RollcallCodecClaim{ChainId: cl.ChainID, BlockNumber: cl.BlockNumber, BlockHash: cl.BlockHash, StateRoot: cl.StateRoot}, 1, hashes32(proof))
			require.NoError(t, err)
			require.True(t, ok, "claim of %d verifies on %d", cl.ChainID, id)
		}
	}
	t.Run("a contract on rollup B verifies rollup A's token balance", func(t *testing.T) {
		var clA core.Claim
		for _, cl := range claims1 {
			if cl.ChainID == idA {
				clA = cl
			}
		}
		holder := info[idA].TokenHolders[0]
		rpcA, err := rpc.DialContext(ctx, info[idA].RPCURL)
		require.NoError(t, err)
		defer rpcA.Close()
		slot := deploy.DevTokenBalanceSlot(holder)
		p, err := peerproof.Prove(ctx, rpcA, clA.BlockNumber, info[idA].Contracts.Token, []common.Hash{slot})
		require.NoError(t, err)
		want, err := clients[idA].StorageAt(ctx, info[idA].Contracts.Token, slot, new(big.Int).SetUint64(clA.BlockNumber))
		require.NoError(t, err)
		ps, err := peerstate.NewPeerState(info[idB].Contracts.PeerState, clients[idB])
		require.NoError(t, err)
		proof, err := tree1.Proof(idA)
		require.NoError(t, err)
		out, err := ps.VerifyStorage(call, peerstate.RollcallCodecClaim{ChainId: clA.ChainID, BlockNumber: clA.BlockNumber, BlockHash: clA.BlockHash, StateRoot: clA.StateRoot},
			1, hashes32(proof), info[idA].Contracts.Token, bytesList(p.AccountProof), slot, bytesList(p.Storage[0].Proof))
		require.NoError(t, err)
		require.True(t, out.Exists)
		require.Equal(t, common.BytesToHash(want), common.Hash(out.Value), "B's PeerState reads A's balance at the attested block")
		require.NotZero(t, new(big.Int).SetBytes(out.Value[:]).Sign())
	})

	// ---- below threshold: skipped, never sent ----
	agg.add(checkpointData(t, dep, 2, head(), relayRollupClaims(t, ctx, clients), ops[0]))

	// ---- operator set change on L1: 4 registers, 3 deregisters, 1 is slashed ----
	t0Before, t0BeforeTree, err := deploy.TableAt(ctx, l1, dep, r0)
	require.NoError(t, err)
	ops[4].register(t, ctx, dn, log)
	ops[3].deregister(t, ctx, dn, log)
	slashed := crypto.PubkeyToAddress(ops[1].key.PublicKey)
	am, err := allocmgr.NewContractAllocationManager(dep.EigenLayer.AllocationManager, l1)
	require.NoError(t, err)
	admin, err := bind.NewKeyedTransactorWithChainID(dn.Owner, new(big.Int).SetUint64(dep.L1.ChainID))
	require.NoError(t, err)
	admin.Context = ctx
	tx, err := am.SlashOperator(admin, dep.AVS.ServiceManager, allocmgr.IAllocationManagerTypesSlashingParams{
		Operator: slashed, OperatorSetId: dep.AVS.OperatorSetID, Strategies: []common.Address{dep.EigenLayer.Strategy},
		WadsToSlash: []*big.Int{big.NewInt(5e17)}, Description: "rollcall relay test",
	})
	require.NoError(t, err)
	slMined(t, ctx, l1, tx)
	// The StakeRegistry records the slashed stake once the operator is
	// updated (anyone may ask).
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(dep.AVS.RegistryCoordinator, l1)
	require.NoError(t, err)
	tx, err = coord.UpdateOperators(admin, []common.Address{slashed})
	require.NoError(t, err)
	slMined(t, ctx, l1, tx)
	i1, _ := t0BeforeTree.Index(ops[1].id)
	stakeOfBefore := t0BeforeTree.Leaf(i1).Stakes[0]
	require.Eventually(t, func() bool {
		r, err := deploy.RecentTableBlock(ctx, l1)
		if err != nil {
			return false
		}
		tab, tree, err := deploy.TableAt(ctx, l1, dep, r)
		if err != nil || tab.OperatorCount != 4 {
			return false
		}
		_, has4 := tree.Index(ops[4].id)
		_, has3 := tree.Index(ops[3].id)
		i1, _ := tree.Index(ops[1].id)
		return has4 && !has3 && tree.Leaf(i1).Stakes[0].Cmp(stakeOfBefore) < 0
	}, time.Minute, 50*time.Millisecond)
	r1, err := deploy.RecentTableBlock(ctx, l1)
	require.NoError(t, err)
	t1, _, err := deploy.TableAt(ctx, l1, dep, r1)
	require.NoError(t, err)
	require.EqualValues(t, 4, t1.OperatorCount)
	stakeOf := func(tree *optable.Tree, id common.Hash) *big.Int {
		i, ok := tree.Index(id)
		require.True(t, ok)
		return tree.Leaf(i).Stakes[0]
	}
	_, t1TreeNow, err := deploy.TableAt(ctx, l1, dep, r1)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Div(stakeOf(t0BeforeTree, ops[1].id), big.NewInt(2)).String(), stakeOf(t1TreeNow, ops[1].id).String(),
		"the slashed operator's stake is halved in the new table")
	require.Less(t, t1.Quorums[0].TotalStake.Cmp(t0Before.Quorums[0].TotalStake), 1)
	members := []relayOperator{ops[0], ops[1], ops[2], ops[4]}
	tdigest := t1.Digest(dep.L1.ChainID, dep.AVS.Registry)
	d3 := checkpointData(t, dep, 3, r1, relayRollupClaims(t, ctx, clients), members...)
	// The table signers include the newcomer, whom the old table does not
	// know: the relay counts only 0, 1 and 2 (3/4 of the old stake).
	d3.Table = &api.TableSignatures{ReferenceBlock: r1, Digest: tdigest, Signers: signAs(tdigest, members...)}
	agg.add(d3)
	require.Eventually(t, func() bool { return currentRef(idA) == r1 && currentRef(idB) == r1 }, time.Minute, 50*time.Millisecond)
	require.Eventually(t, func() bool { return attested(idA, 3) && attested(idB, 3) }, time.Minute, 50*time.Millisecond,
		"a checkpoint signed by the new set (newcomer included) verifies under the new table")
	require.False(t, attested(idA, 2) || attested(idB, 2), "below threshold is never sent")

	// ---- a round under the old table: within the grace window, it verifies ----
	agg.add(checkpointData(t, dep, 4, r0, relayRollupClaims(t, ctx, clients), ops[0], ops[1], ops[2]))
	require.Eventually(t, func() bool { return attested(idA, 4) && attested(idB, 4) }, time.Minute, 50*time.Millisecond)

	// ---- rollup B down: A goes on, B catches up when it returns ----
	require.NoError(t, proxyB.Set(faultproxy.Refuse))
	agg.add(checkpointData(t, dep, 5, head(), relayRollupClaims(t, ctx, clients), members...))
	agg.add(checkpointData(t, dep, 6, head(), relayRollupClaims(t, ctx, clients), members...))
	require.Eventually(t, func() bool { return attested(idA, 5) && attested(idA, 6) }, time.Minute, 50*time.Millisecond)
	require.False(t, attested(idB, 5) || attested(idB, 6))
	require.NoError(t, proxyB.Set(faultproxy.Pass))
	require.Eventually(t, func() bool { return attested(idB, 5) && attested(idB, 6) }, time.Minute, 50*time.Millisecond)

	// ---- restart: nothing sent twice ----
	require.NoError(t, svc.Stop(ctx))
	relayAddr := crypto.PubkeyToAddress(relayKey.PublicKey)
	nonces := map[uint64]uint64{}
	for id, c := range clients {
		nonces[id], err = c.NonceAt(ctx, relayAddr, nil)
		require.NoError(t, err)
	}
	restartedAt := time.Now().UnixMilli()
	svc = startRelay()
	require.Eventually(t, func() bool {
		h := svc.Health()
		for _, d := range h.Destinations {
			if d.LastPassAt <= restartedAt {
				return false
			}
		}
		return h.Status == "healthy"
	}, time.Minute, 50*time.Millisecond)
	for id, c := range clients {
		n, err := c.NonceAt(ctx, relayAddr, nil)
		require.NoError(t, err)
		require.Equal(t, nonces[id], n, "the restarted relay sent nothing to %d", id)
		for round, count := range attestEvents(t, ctx, c, info[id].Contracts.Registry) {
			require.Equal(t, 1, count, "round %d attested once on %d", round, id)
		}
	}

	// ---- forged table updates: refused in Go before sending, and on chain ----
	cvABI, err := cv.CertificateVerifierMetaData.GetAbi()
	require.NoError(t, err)
	requireRevert := func(err error, name string) {
		t.Helper()
		require.Error(t, err)
		rev, ok := chainio.DecodeRevert(err, cvABI)
		require.True(t, ok, "want %s, got %v", name, err)
		require.Equal(t, name, rev.Name)
	}
	t1Table, t1Tree, err := deploy.TableAt(ctx, l1, dep, r1)
	require.NoError(t, err)
	signersOf := func(digest common.Hash, os ...relayOperator) []optable.Signer {
		out := make([]optable.Signer, len(os))
		for i, o := range os {
			out[i] = optable.Signer{OperatorID: o.id, Signature: *o.bls.SignMessage(digest).G1Affine, PubkeyG2: *o.bls.GetPubKeyG2().G2Affine}
		}
		return out
	}
	t.Run("forged updates refused", func(t *testing.T) {
		r2, err := deploy.RecentTableBlock(ctx, l1)
		require.NoError(t, err)
		require.Greater(t, r2, r1)
		t2, _, err := deploy.TableAt(ctx, l1, dep, r2)
		require.NoError(t, err)
		d2 := t2.Digest(dep.L1.ChainID, dep.AVS.Registry)
		// Below threshold: one of four signers.
		_, err = relay.Certify(t1Table, t1Tree, d2, signersOf(d2, ops[0]), 6667)
		require.ErrorIs(t, err, optable.ErrInsufficientStake, "the Go side refuses before sending")
		one, err := optable.NewCertificate(t1Table, t1Tree, d2, signersOf(d2, ops[0]))
		require.NoError(t, err)
		_, err = verifier(idA).UpdateTable(ownerOpts(idA), t2.Binding(), one.Binding())
		requireRevert(err, "InsufficientStake")
		// Wrong keys: operators the table does not know.
		strangers := []relayOperator{newRelayOperator(t, owner), newRelayOperator(t, owner), newRelayOperator(t, owner)}
		_, err = relay.Certify(t1Table, t1Tree, d2, signersOf(d2, strangers...), 6667)
		require.ErrorIs(t, err, optable.ErrNoSigners)
		good, err := relay.Certify(t1Table, t1Tree, d2, signersOf(d2, members...), 6667)
		require.NoError(t, err)
		forged := *good
		forged.Sigma = *strangers[0].bls.SignMessage(d2).G1Affine
		_, err = optable.Verify(t1Table, d2, &forged, 6667)
		require.ErrorIs(t, err, optable.ErrInvalidSignature)
		_, err = verifier(idA).UpdateTable(ownerOpts(idA), t2.Binding(), forged.Binding())
		requireRevert(err, "InvalidSignature")
		// Older reference block: the table the chain had before.
		t0, _, err := deploy.TableAt(ctx, l1, dep, r0)
		require.NoError(t, err)
		d0 := t0.Digest(dep.L1.ChainID, dep.AVS.Registry)
		old, err := relay.Certify(t1Table, t1Tree, d0, signersOf(d0, ops[0], ops[1], ops[2]), 6667)
		require.NoError(t, err)
		_, err = verifier(idA).UpdateTable(ownerOpts(idA), t0.Binding(), old.Binding())
		requireRevert(err, "TableNotNewer")
		require.Equal(t, r1, currentRef(idA), "nothing changed")
	})

	// ---- the old table after the grace window: refused ----
	tx, err = verifier(idA).SetGraceWindow(ownerOpts(idA), 1)
	waitMined(idA, tx, err)
	prev, err := verifier(idA).PreviousTable(call)
	require.NoError(t, err)
	require.True(t, prev.Held)
	require.Eventually(t, func() bool { return chainTime(idA) > prev.UsableUntil }, time.Minute, 50*time.Millisecond)
	t0, t0Tree, err := deploy.TableAt(ctx, l1, dep, r0)
	require.NoError(t, err)
	dOld := common.HexToHash("0x0b1d")
	oldCert, err := relay.Certify(t0, t0Tree, dOld, signersOf(dOld, ops[0], ops[1], ops[2]), 6667)
	require.NoError(t, err)
	_, err = verifier(idA).VerifyCertificate(call, dOld, r0, oldCert.Binding())
	requireRevert(err, "NoTableForReferenceBlock")
	agg.add(checkpointData(t, dep, 7, r0, relayRollupClaims(t, ctx, clients), ops[0], ops[1], ops[2]))
	require.Eventually(t, func() bool {
		c, err := svc.DeliveryCounts(idA)
		return err == nil && c["checkpoint/skipped"] == 2 // round 2 (below threshold) and 7 (no table)
	}, time.Minute, 50*time.Millisecond)
	require.False(t, attested(idA, 7))

	// ---- staleness on B: certificates and updates refused; the owner's bootstrap recovers ----
	tx, err = verifier(idB).SetGraceWindow(ownerOpts(idB), 1)
	waitMined(idB, tx, err)
	tx, err = verifier(idB).SetMaxStaleness(ownerOpts(idB), 1)
	waitMined(idB, tx, err)
	// Devnet chains keep their own clocks (at least a second per block):
	// wait until B's passes the table's L1 timestamp by maxStaleness.
	require.Eventually(t, func() bool { return chainTime(idB) > t1Table.L1Timestamp+1 }, 2*time.Minute, 50*time.Millisecond)
	dNow := common.HexToHash("0x5a1e")
	nowCert, err := relay.Certify(t1Table, t1Tree, dNow, signersOf(dNow, members...), 6667)
	require.NoError(t, err)
	_, err = verifier(idB).VerifyCertificate(call, dNow, r1, nowCert.Binding())
	requireRevert(err, "StaleTable")
	r3, err := deploy.RecentTableBlock(ctx, l1)
	require.NoError(t, err)
	t3, _, err := deploy.TableAt(ctx, l1, dep, r3)
	require.NoError(t, err)
	d3t := t3.Digest(dep.L1.ChainID, dep.AVS.Registry)
	upd, err := relay.Certify(t1Table, t1Tree, d3t, signersOf(d3t, members...), 6667)
	require.NoError(t, err)
	_, err = verifier(idB).UpdateTable(ownerOpts(idB), t3.Binding(), upd.Binding())
	requireRevert(err, "StaleTable")
	agg.add(checkpointData(t, dep, 8, head(), relayRollupClaims(t, ctx, clients), members...))
	require.Eventually(t, func() bool { return attested(idA, 8) && svc.Health().Destinations[idB].Stale }, time.Minute, 50*time.Millisecond)
	require.False(t, attested(idB, 8), "a stale chain verifies nothing")
	require.Equal(t, "partially healthy", svc.Health().Status)
	require.Equal(t, http.StatusPartialContent, httpStatus(t, "http://"+svc.NodeAPIAddr()+"/eigen/node/health"), "node API: one destination stale")

	res, err := tables.Bootstrap(ctx, l1, dep, clients[idB], info[idB], owner, false)
	require.NoError(t, err, "a stale table may be reset without --force")
	tx, err = verifier(idB).SetMaxStaleness(ownerOpts(idB), deploy.DevnetMaxStaleness)
	waitMined(idB, tx, err)
	agg.add(checkpointData(t, dep, 9, head(), relayRollupClaims(t, ctx, clients), members...))
	require.Eventually(t, func() bool { return attested(idA, 9) && attested(idB, 9) }, time.Minute, 50*time.Millisecond,
		"after the reset to L1's table of block %d the chain verifies again", res.Table.ReferenceBlock)

	// ---- a table that is not L1's (an owner's bad reset): flagged, and the relay sends nothing under it ----
	rf, err := deploy.RecentTableBlock(ctx, l1)
	require.NoError(t, err)
	tf, _, err := deploy.TableAt(ctx, l1, dep, rf)
	require.NoError(t, err)
	forgedTable := tf.Binding()
	forgedTable.Quorums[0].TotalStake = new(big.Int).Add(forgedTable.Quorums[0].TotalStake, big.NewInt(1))
	tx, err = verifier(idA).ResetTable(ownerOpts(idA), forgedTable)
	waitMined(idA, tx, err)
	rep, err := tables.Show(ctx, l1, dep, clients[idA], info[idA])
	require.NoError(t, err)
	require.True(t, rep.Differs(), "tables show flags a table that differs from L1's")
	require.False(t, rep.Current.Matches)
	agg.add(checkpointData(t, dep, 10, head(), relayRollupClaims(t, ctx, clients), members...))
	require.Eventually(t, func() bool { return attested(idB, 10) && svc.Health().Destinations[idA].LastPassAt > 0 }, time.Minute, 50*time.Millisecond)
	nonceA, err := clients[idA].NonceAt(ctx, relayAddr, nil)
	require.NoError(t, err)
	passed := time.Now().UnixMilli()
	require.Eventually(t, func() bool { return svc.Health().Destinations[idA].LastPassAt > passed }, time.Minute, 50*time.Millisecond)
	require.False(t, attested(idA, 10), "no certificate is built against a table that is not L1's")
	after, err := clients[idA].NonceAt(ctx, relayAddr, nil)
	require.NoError(t, err)
	require.Equal(t, nonceA, after)
	_, err = tables.Bootstrap(ctx, l1, dep, clients[idA], info[idA], owner, true)
	require.NoError(t, err, "--force resets a live table")
	agg.add(checkpointData(t, dep, 11, head(), relayRollupClaims(t, ctx, clients), members...))
	require.Eventually(t, func() bool { return attested(idA, 11) && attested(idB, 11) }, time.Minute, 50*time.Millisecond,
		"under L1's table again, the relay delivers")

	for id, c := range clients {
		for round, count := range attestEvents(t, ctx, c, info[id].Contracts.Registry) {
			require.Equal(t, 1, count, "round %d attested once on %d", round, id)
		}
	}

	// Metrics and the node API of the last relay (started at the restart).
	require.Eventually(t, func() bool {
		return httpStatus(t, "http://"+svc.NodeAPIAddr()+"/eigen/node/health") == http.StatusOK
	}, time.Minute, 50*time.Millisecond, "node API: every destination delivering")
	metrics := httpBody(t, "http://"+svc.MetricsAddr()+"/metrics")
	for _, want := range []string{
		fmt.Sprintf(`rollcall_relay_deliveries_total{chain="%d",kind="checkpoint",result="sent"}`, idA),
		fmt.Sprintf(`rollcall_relay_deliveries_total{chain="%d",kind="checkpoint",result="no-table"}`, idA),
		fmt.Sprintf(`rollcall_relay_deliveries_total{chain="%d",kind="checkpoint",result="table-mismatch"}`, idA),
		fmt.Sprintf(`rollcall_relay_destination_table_block{chain="%d"}`, idB),
		`rollcall_relay_polls_total{result="ok"}`,
	} {
		line := metricLine(metrics, want)
		require.NotEmpty(t, line, "metric %s", want)
		require.NotEqual(t, want+" 0", line, "metric %s counted", want)
	}
}

func httpStatus(t *testing.T, url string) int {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	_ = resp.Body.Close()
	return resp.StatusCode
}

func httpBody(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(raw)
}

// metricLine is the exposition line of the series named want.
func metricLine(body, want string) string {
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, want+" ") {
			return l
		}
	}
	return ""
}

func hashes32(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

func bytesList[T ~[]byte](in []T) [][]byte {
	out := make([][]byte, len(in))
	for i, b := range in {
		out[i] = b
	}
	return out
}
