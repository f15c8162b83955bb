package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
)

// TestRollupRegistry: a checkpoint signed for the L1 registry's identity is
// accepted on a rollup's registry through its CertificateVerifier, with the
// L1 registry's rules and views; a certificate the verifier refuses changes
// nothing.
func TestRollupRegistry(t *testing.T) {
	c := newChain(t)
	c.backend.Commit()
	_, now := c.head()
	ops := optabletest.NewOperators(t, optabletest.Equal(4, optabletest.Ether(100)))
	set := optabletest.NewSet(t, 100, now, []byte{0}, ops)
	e := deployVerifier(c, set.Table)
	addr, tx, reg, err := rr.DeployRollupRegistry(c.deployer, c.client, e.addr)
	c.deployed(addr, tx, err)
	regABI, err := rr.RollupRegistryMetaData.GetAbi()
	require.NoError(t, err)

	l1, err := reg.L1ChainId(nil)
	require.NoError(t, err)
	require.EqualValues(t, cvL1ChainID, l1.Uint64())
	l1Reg, err := reg.L1Registry(nil)
	require.NoError(t, err)
	require.Equal(t, cvRegistry, l1Reg)

	claims := []core.Claim{
		{ChainID: 901, BlockNumber: 50, BlockHash: common.HexToHash("0x01"), StateRoot: common.HexToHash("0x02")},
		{ChainID: 902, BlockNumber: 70, BlockHash: common.HexToHash("0x03"), StateRoot: common.HexToHash("0x04")},
	}
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	const round, ref = 7, 120
	digest := core.Checkpoint{Round: round, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(cvL1ChainID, cvRegistry)
	onChain, err := reg.CheckpointDigest(nil, round, ref, tree.Root())
	require.NoError(t, err)
	require.Equal(t, digest, common.Hash(onChain), "the rollup's digest is the L1 registry's")

	bindClaims := make([]rr.RollcallCodecClaim, len(claims))
	for i, cl := range claims {
		bindClaims[i] = rr.RollcallCodecClaim{ChainId: cl.ChainID, BlockNumber: cl.BlockNumber, BlockHash: cl.BlockHash, StateRoot: cl.StateRoot}
	}
	newLanes := []byte{0xff, 0xff, 0xff, 0xff}
	cert := func(d common.Hash, idx ...int) rr.ICertificateVerifierCertificate {
		out, err := optable.BindingAs[rr.ICertificateVerifierCertificate](set.Certificate(t, d, idx...))
		require.NoError(t, err)
		return out
	}
	requireError := func(err error, name string) {
		t.Helper()
		e.abi = mergeErrors(e.abi, regABI)
		e.customError(err, name)
	}

	t.Run("below threshold refused, nothing stored", func(t *testing.T) {
		_, err := reg.Attest(c.deployer, round, ref, bindClaims, newLanes, cert(digest, 0, 1))
		requireError(err, "InsufficientStake")
		root, err := reg.ClaimsRoot(nil, round)
		require.NoError(t, err)
		require.Equal(t, [32]byte{}, root)
	})
	t.Run("signature over another round refused", func(t *testing.T) {
		other := core.Checkpoint{Round: round + 1, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(cvL1ChainID, cvRegistry)
		_, err := reg.Attest(c.deployer, round, ref, bindClaims, newLanes, cert(other, 0, 1, 2, 3))
		requireError(err, "InvalidSignature")
	})
	t.Run("accepted with a non-signer", func(t *testing.T) {
		c.ok(reg.Attest(c.deployer, round, ref, bindClaims, newLanes, cert(digest, 0, 1, 3)))
		for _, cl := range claims {
			proof, err := tree.Proof(cl.ChainID)
			require.NoError(t, err)
			b := rr.RollcallCodecClaim{ChainId: cl.ChainID, BlockNumber: cl.BlockNumber, BlockHash: cl.BlockHash, StateRoot: cl.StateRoot}
			ok, err := reg.VerifyClaim(nil, b, round, hashes(proof))
			require.NoError(t, err)
			require.True(t, ok)
			ok, err = reg.VerifyLatestClaim(nil, b, hashes(proof))
			require.NoError(t, err)
			require.True(t, ok)
			latest, err := reg.LatestRoundOf(nil, cl.ChainID)
			require.NoError(t, err)
			require.EqualValues(t, round, latest)
		}
	})
	t.Run("replay refused", func(t *testing.T) {
		_, err := reg.Attest(c.deployer, round, ref, bindClaims, newLanes, cert(digest, 0, 1, 2, 3))
		requireError(err, "AlreadyAttested")
	})
	t.Run("reference block before the table refused", func(t *testing.T) {
		d := core.Checkpoint{Round: round + 1, ReferenceBlock: 99, ClaimsRoot: tree.Root()}.Digest(cvL1ChainID, cvRegistry)
		_, err := reg.Attest(c.deployer, round+1, 99, bindClaims, newLanes, cert(d, 0, 1, 2, 3))
		requireError(err, "NoTableForReferenceBlock")
	})
}

func hashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// mergeErrors adds b's custom errors to a copy of a.
func mergeErrors(a, b *abi.ABI) *abi.ABI {
	out := *a
	out.Errors = map[string]abi.Error{}
	for k, v := range a.Errors {
		out.Errors[k] = v
	}
	for k, v := range b.Errors {
		out.Errors[k] = v
	}
	return &out
}
