package relay

import (
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// TestFeedRefusesBadData: the aggregator is not trusted; data whose digest,
// signers or points do not hold together is refused before any
// certificate is built.
func TestFeedRefusesBadData(t *testing.T) {
	registry := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	f := newFeed(nil, 31337, registry, 4, NoopMetrics{}, zap.NewNop())
	claims := []core.Claim{{ChainID: 901, BlockNumber: 5, BlockHash: common.HexToHash("0x01"), StateRoot: common.HexToHash("0x02")}}
	tree, err := core.BuildTree(claims)
	require.NoError(t, err)
	digest := core.Checkpoint{Round: 3, ReferenceBlock: 10, ClaimsRoot: tree.Root()}.Digest(31337, registry)
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	id := core.OperatorID(kp.GetPubKeyG1())
	signer := api.SignerSignature{OperatorID: id, Signature: api.NewG1Point(kp.SignMessage(digest).G1Point), PubkeyG2: api.NewG2Point(kp.GetPubKeyG2())}
	good := func() *api.CertificateData {
		return &api.CertificateData{Round: 3, Status: api.StatusAttested, ReferenceBlock: 10, Claims: claims, Digest: digest, Signers: []api.SignerSignature{signer}}
	}
	r, err := f.check(good())
	require.NoError(t, err)
	require.Equal(t, digest, r.Digest)
	require.True(t, r.Final)
	require.Len(t, r.Signers, 1)

	other, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		mutate func(d *api.CertificateData)
		want   string
	}{
		"digest of another AVS": {func(d *api.CertificateData) { d.Digest = common.HexToHash("0x0bad") }, "is not the checkpoint's"},
		"round zero":            {func(d *api.CertificateData) { d.Round = 0 }, "round zero"},
		"no claims":             {func(d *api.CertificateData) { d.Claims = nil }, "claims"},
		"signer twice":          {func(d *api.CertificateData) { d.Signers = append(d.Signers, signer) }, "listed twice"},
		"signature off curve": {func(d *api.CertificateData) {
			d.Signers[0].Signature.X = (*hexutil.Big)(big.NewInt(1))
		}, "signature of"},
		"key changed": {func(d *api.CertificateData) { d.Signers[0].PubkeyG2 = api.NewG2Point(other.GetPubKeyG2()) }, "changed"},
		"table of another block": {func(d *api.CertificateData) {
			d.Table = &api.TableSignatures{ReferenceBlock: 11}
		}, "table of block 11"},
	} {
		d := good()
		d.Signers = append([]api.SignerSignature(nil), d.Signers...)
		tc.mutate(d)
		_, err := f.check(d)
		require.ErrorContains(t, err, tc.want, name)
	}
}
