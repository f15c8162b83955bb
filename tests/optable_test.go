package tests

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// TestOperatorTableFromL1 computes the operator table from the real
// middleware on the devnet (three operators registered through the
// registration flow) and checks it against the middleware's own view: the
// aggregator's snapshot, the BLSApkRegistry's aggregate key and the
// StakeRegistry's total stake at the block. A certificate under that table
// verifies in Go and on a CertificateVerifier deployed on the same chain
// with the table as genesis.
func TestOperatorTableFromL1(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	env := devnettest.Start(t, ctx, []*big.Int{devnettest.Ether(100), devnettest.Ether(200), devnettest.Ether(300)}, log)
	client := env.Devnet.L1Client()
	dep := env.Devnet.Deployment
	reader, err := optable.NewMiddlewareReader(client, optable.Middleware{
		RegistryCoordinator:    dep.AVS.RegistryCoordinator,
		OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
		BLSApkRegistry:         dep.AVS.BLSApkRegistry,
		StakeRegistry:          dep.AVS.StakeRegistry,
		Quorums:                []byte{byte(dep.AVS.OperatorSetID)},
	})
	require.NoError(t, err)
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	ref := uint32(head - 1)

	table, tree, err := optable.FromL1(ctx, reader, ref)
	require.NoError(t, err)
	require.NoError(t, table.Validate())
	require.Equal(t, ref, table.ReferenceBlock)
	header, err := client.HeaderByNumber(ctx, big.NewInt(int64(ref)))
	require.NoError(t, err)
	require.Equal(t, header.Time, table.L1Timestamp)
	require.EqualValues(t, 3, table.OperatorCount)
	require.Equal(t, tree.Root(), table.OperatorsRoot)

	// The aggregator's independent reading of the same block.
	cs, err := chainstate.NewReader(client, dep, log)
	require.NoError(t, err)
	snap, err := cs.Snapshot(ctx, ref)
	require.NoError(t, err)
	require.Len(t, table.Quorums, 1)
	q := table.Quorums[0]
	require.Equal(t, snap.QuorumNumbers[0], q.Number)
	require.Equal(t, snap.TotalStake[0].String(), q.TotalStake.String())
	require.True(t, q.Apk.Equal(snap.QuorumApks[0].G1Affine), "aggregate key matches the aggregator's")
	require.EqualValues(t, 3, q.OperatorCount)
	for _, op := range env.Operators {
		i, ok := tree.Index(op.ID)
		require.True(t, ok, "operator %s in the table", op.ID)
		leaf := tree.Leaf(i)
		require.True(t, leaf.Pubkey.Equal(op.BLS.GetPubKeyG1().G1Affine))
		require.Equal(t, snap.Operators[op.ID].Stake[0].String(), leaf.Stakes[0].String())
		require.Positive(t, leaf.Stakes[0].Sign())
	}

	// Before any registration there is no table.
	_, _, err = optable.FromL1(ctx, reader, uint32(env.BeforeRegistration))
	require.ErrorIs(t, err, optable.ErrNoOperators)

	// A reader that lies is caught by the cross-checks against the middleware's
	// histories (a fault the real middleware cannot show).
	_, _, err = optable.FromL1(ctx, lyingReader{Reader: reader, stake: true}, ref)
	require.ErrorIs(t, err, optable.ErrTotalStakeMismatch)
	_, _, err = optable.FromL1(ctx, lyingReader{Reader: reader, apk: true}, ref)
	require.ErrorIs(t, err, optable.ErrApkMismatch)
	_, _, err = optable.FromL1(ctx, lyingReader{Reader: reader, key: true}, ref)
	require.ErrorIs(t, err, optable.ErrOperatorIDMismatch, "a key that is not the operator id's")

	// A certificate of operators 0 and 2 (400 of 600 stake) under the table.
	digest := crypto.Keccak256Hash([]byte("rollcall table test"))
	signers := make([]optable.Signer, 0, 2)
	for _, i := range []int{0, 2} {
		op := env.Operators[i]
		signers = append(signers, optable.Signer{OperatorID: op.ID, Signature: *op.BLS.SignMessage(digest).G1Affine, PubkeyG2: *op.PubkeyG2.G2Affine})
	}
	cert, err := optable.NewCertificate(table, tree, digest, signers)
	require.NoError(t, err)
	res, err := optable.Verify(table, digest, cert, 6600)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Add(snap.Operators[env.Operators[0].ID].Stake[0], snap.Operators[env.Operators[2].ID].Stake[0]).String(), res.Signed[0].String())

	owner := env.Devnet.Owner
	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	auth, err := bind.NewKeyedTransactorWithChainID(owner, chainID)
	require.NoError(t, err)
	auth.Context = ctx
	addr, tx, v, err := cv.DeployCertificateVerifier(auth, client, chainID, dep.AVS.Registry, table.Binding(), 6600, 24*3600, 600, auth.From)
	require.NoError(t, err)
	receipt, err := bind.WaitMined(ctx, client, tx)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	require.NotEqual(t, common.Address{}, addr)
	out, err := v.VerifyCertificate(&bind.CallOpts{Context: ctx}, digest, ref, cert.Binding())
	require.NoError(t, err)
	require.Equal(t, res.Signed[0].String(), out.SignedStake[0].String())
	require.Equal(t, q.TotalStake.String(), out.TotalStake[0].String())
}

// lyingReader alters the middleware's answers: the first operator's stake
// or key, or the recorded aggregate key.
type lyingReader struct {
	optable.Reader
	stake, key, apk bool
}

func (l lyingReader) ApkHashes(ctx context.Context, quorums []byte, n uint32) ([][24]byte, error) {
	h, err := l.Reader.ApkHashes(ctx, quorums, n)
	if err == nil && l.apk {
		h[0][0] ^= 1
	}
	return h, err
}

func (l lyingReader) OperatorState(ctx context.Context, quorums []byte, n uint32) ([][]optable.OperatorStake, error) {
	s, err := l.Reader.OperatorState(ctx, quorums, n)
	if err == nil && l.stake {
		s[0][0].Stake = new(big.Int).Add(s[0][0].Stake, big.NewInt(1))
	}
	return s, err
}

func (l lyingReader) Pubkey(ctx context.Context, operator common.Address) (bn254.G1Affine, error) {
	p, err := l.Reader.Pubkey(ctx, operator)
	if err == nil && l.key {
		p.Add(&p, &p) // another valid key

	}
	return p, err
}
