package tests

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/registration"
)

// fakeAggregator serves rounds as the aggregator's delivery methods do
// (rollcall_listRounds with quorumAt, rollcall_getCertificateData), signed
// by real BLS keys of operators registered on the devnet's L1. Only the
// aggregator is stood in for: the relay's unit of work is what it does with
// the data.
type fakeAggregator struct {
	mu     sync.Mutex
	rounds map[uint64]*api.CertificateData
	down   bool
}

func newFakeAggregator() *fakeAggregator {
	return &fakeAggregator{rounds: map[uint64]*api.CertificateData{}}
}

func (f *fakeAggregator) add(d *api.CertificateData) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rounds[d.Round] = d
}

func (f *fakeAggregator) ListRounds(_ context.Context, req api.ListRoundsRequest) ([]api.RoundStatus, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []api.RoundStatus
	for n, d := range f.rounds {
		if req.Before != 0 && n >= req.Before {
			continue
		}
		out = append(out, api.RoundStatus{Round: n, Status: d.Status, ReferenceBlock: d.ReferenceBlock, QuorumAt: 1})
	}
	slices.SortFunc(out, func(a, b api.RoundStatus) int { return int(b.Round) - int(a.Round) })
	if req.Limit > 0 && len(out) > req.Limit {
		out = out[:req.Limit]
	}
	return out, nil
}

func (f *fakeAggregator) GetCertificateData(_ context.Context, round uint64) (*api.CertificateData, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	d, ok := f.rounds[round]
	if !ok {
		return nil, api.Errorf(api.CodeUnknownRound, "no round %d", round)
	}
	return d, nil
}

// relayOperator is a registered (or registrable) devnet operator.
type relayOperator struct {
	key *ecdsa.PrivateKey
	bls *bls.KeyPair
	id  common.Hash
}

func newRelayOperator(t *testing.T, key *ecdsa.PrivateKey) relayOperator {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	return relayOperator{key: key, bls: kp, id: core.OperatorID(kp.GetPubKeyG1())}
}

func (o relayOperator) register(t *testing.T, ctx context.Context, dn *devnet.Devnet, log *zap.Logger) {
	t.Helper()
	reg, err := registration.New(ctx, dn.L1Client(), dn.Deployment, o.key, chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}, log)
	require.NoError(t, err)
	require.NoError(t, reg.Register(ctx, registration.Request{
		Operator: o.key, BLS: o.bls, Socket: "http://127.0.0.1:0", Deposit: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
		Magnitude: registration.FullMagnitude, AllocationDelay: 1, MetadataURL: "https://rollcall.invalid/op.json",
	}, nil))
}

func (o relayOperator) deregister(t *testing.T, ctx context.Context, dn *devnet.Devnet, log *zap.Logger) {
	t.Helper()
	reg, err := registration.New(ctx, dn.L1Client(), dn.Deployment, o.key, chainio.TxManagerOptions{ReceiptPoll: 50 * time.Millisecond}, log)
	require.NoError(t, err)
	_, err = reg.Deregister(ctx)
	require.NoError(t, err)
}

// signAs signs digest with ops, in the aggregator's wire form.
func signAs(digest common.Hash, ops ...relayOperator) []api.SignerSignature {
	out := make([]api.SignerSignature, len(ops))
	for i, o := range ops {
		out[i] = api.SignerSignature{OperatorID: o.id, Signature: api.NewG1Point(o.bls.SignMessage(digest).G1Point), PubkeyG2: api.NewG2Point(o.bls.GetPubKeyG2())}
	}
	return out
}

// rollupClaims are the claims of every rollup at its head-1 block: real
// block hashes and state roots.
func relayRollupClaims(t *testing.T, ctx context.Context, clients map[uint64]*ethclient.Client) []core.Claim {
	t.Helper()
	var out []core.Claim
	for id, c := range clients {
		head, err := c.BlockNumber(ctx)
		require.NoError(t, err)
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(head-1))
		require.NoError(t, err)
		out = append(out, core.Claim{ChainID: id, BlockNumber: h.Number.Uint64(), BlockHash: h.Hash(), StateRoot: h.Root})
	}
	slices.SortFunc(out, func(a, b core.Claim) int { return int(a.ChainID) - int(b.ChainID) })
	return out
}

// checkpointData is a round's certificate data for the deployment's
// identity, signed by signers (and its table, when table is not nil).
func checkpointData(t *testing.T, dep *deploy.Deployment, round uint64, ref uint32, claims []core.Claim, signers ...relayOperator) *api.CertificateData {
	t.Helper()
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	digest := core.Checkpoint{Round: round, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(dep.L1.ChainID, dep.AVS.Registry)
	return &api.CertificateData{Round: round, Status: api.StatusAttested, ReferenceBlock: ref, Claims: claims, Digest: digest, Signers: signAs(digest, signers...)}
}

// attestEvents counts CheckpointAttested events per round on a rollup's registry.
func attestEvents(t *testing.T, ctx context.Context, client *ethclient.Client, registry common.Address) map[uint64]int {
	t.Helper()
	reg, err := rr.NewRollupRegistry(registry, client)
	require.NoError(t, err)
	it, err := reg.FilterCheckpointAttested(&bind.FilterOpts{Context: ctx}, nil)
	require.NoError(t, err)
	defer it.Close()
	out := map[uint64]int{}
	for it.Next() {
		out[it.Event.Round]++
	}
	require.NoError(t, it.Error())
	return out
}
