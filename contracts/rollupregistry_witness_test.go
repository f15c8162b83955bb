package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
)

// TestRollupRegistryRefusesBadCertificates: bad witnesses, malformed points
// and oversized arrays in a checkpoint's certificate revert through the
// rollup registry with the verifier's named errors and change nothing; the
// Go side (optable.Verify, which the relay runs before sending) refuses
// every one of them too.
func TestRollupRegistryRefusesBadCertificates(t *testing.T) {
	c := newChain(t)
	c.backend.Commit()
	_, now := c.head()
	ops := optabletest.NewOperators(t, optabletest.Equal(5, optabletest.Ether(10)))
	set := optabletest.NewSet(t, 100, now, []byte{0}, ops)
	e := deployVerifier(c, set.Table)
	addr, tx, reg, err := rr.DeployRollupRegistry(c.deployer, c.client, e.addr)
	c.deployed(addr, tx, err)
	regABI, err := rr.RollupRegistryMetaData.GetAbi()
	require.NoError(t, err)
	e.abi = mergeErrors(e.abi, regABI)

	claims := []core.Claim{{ChainID: 901, BlockNumber: 9, BlockHash: common.HexToHash("0x09"), StateRoot: common.HexToHash("0x0a")}}
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	const round, ref = 3, 100
	digest := core.Checkpoint{Round: round, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(cvL1ChainID, cvRegistry)
	bindClaims := []rr.RollcallCodecClaim{{ChainId: 901, BlockNumber: 9, BlockHash: claims[0].BlockHash, StateRoot: claims[0].StateRoot}}
	lanes := []byte{0xff, 0xff}
	base := set.Certificate(t, digest, 0, 2, 3, 4) // operator 1 does not sign: 4/5 ≥ 2/3
	require.NotEmpty(t, base.NonSigners)

	cases := map[string]struct {
		mutate func(x *optable.Certificate)
		name   string
	}{
		"wrong proof": {func(x *optable.Certificate) { x.Proof[0][0] ^= 1 }, "InvalidNonSignerProof"},
		"another table's leaf": {func(x *optable.Certificate) {
			x.NonSigners[0].Leaf.Stakes = []*big.Int{optabletest.Ether(1)}
		}, "InvalidNonSignerProof"},
		"duplicate":               {func(x *optable.Certificate) { x.NonSigners = append(x.NonSigners, x.NonSigners[0]) }, "NonSignersNotAscending"},
		"signature off the curve": {func(x *optable.Certificate) { x.Sigma.Y.SetUint64(5) }, "InvalidSignaturePoint"},
		"G2 key off the twist":    {func(x *optable.Certificate) { x.ApkG2.Y.A0.SetUint64(1) }, "InvalidG2Point"},
		"too many non-signers": {func(x *optable.Certificate) {
			for range 5 {
				x.NonSigners = append(x.NonSigners, x.NonSigners[0])
			}
		}, "TooManyNonSigners"},
		"proof too long": {func(x *optable.Certificate) { x.Proof = make([]common.Hash, optable.MaxMultiProofLength+1) }, "ProofTooLong"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			x := cloneCert(base)
			tc.mutate(x)
			_, err := optable.Verify(set.Table, digest, x, cvThreshold)
			require.Error(t, err, "the Go side refuses it before sending")
			b, err := optable.BindingAs[rr.ICertificateVerifierCertificate](x)
			require.NoError(t, err)
			_, err = reg.Attest(c.deployer, round, ref, bindClaims, lanes, b)
			e.customError(err, tc.name)
			root, err := reg.ClaimsRoot(nil, round)
			require.NoError(t, err)
			require.Equal(t, [32]byte{}, root, "nothing stored")
			latest, err := reg.LatestRound(nil)
			require.NoError(t, err)
			require.Zero(t, latest)
		})
	}
	b, err := optable.BindingAs[rr.ICertificateVerifierCertificate](base)
	require.NoError(t, err)
	c.ok(reg.Attest(c.deployer, round, ref, bindClaims, lanes, b))
	latest, err := reg.LatestRound(nil)
	require.NoError(t, err)
	require.EqualValues(t, round, latest, "the untouched certificate is accepted")
}
