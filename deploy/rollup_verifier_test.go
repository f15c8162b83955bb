package deploy_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/bindings/peerstate"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
)

// TestDeployRollupVerifier: DeployRollup puts the CertificateVerifier (with
// its genesis table, empty or not), the RollupRegistry bound to it and
// PeerState bound to the registry on a rollup; bad parameters send nothing.
func TestDeployRollupVerifier(t *testing.T) {
	ctx := t.Context()
	c, client := startRollup(t)
	deployer := chain.DevKeys(1)[0]
	owner := crypto.PubkeyToAddress(deployer.PublicKey)
	l1Registry := common.HexToAddress("0x00000000000000000000000000000000000b0001")
	empty, err := optable.Empty(40, 1_700_000_000, []byte{0})
	require.NoError(t, err)
	params := func(genesis *optable.Table) *deploy.VerifierParams {
		return &deploy.VerifierParams{L1ChainID: 31337, L1Registry: l1Registry, Genesis: genesis, ThresholdBips: 6667,
			MaxStaleness: deploy.DefaultMaxStaleness, GraceWindow: deploy.DefaultGraceWindow, Owner: owner}
	}

	t.Run("bad parameters send nothing", func(t *testing.T) {
		nonce, err := client.PendingNonceAt(ctx, owner)
		require.NoError(t, err)
		notEmpty := *empty
		notEmpty.OperatorsRoot = common.HexToHash("0x01")
		cases := map[string]func(p *deploy.VerifierParams){
			"L1 chain id":   func(p *deploy.VerifierParams) { p.L1ChainID = 0 },
			"L1 registry":   func(p *deploy.VerifierParams) { p.L1Registry = common.Address{} },
			"owner":         func(p *deploy.VerifierParams) { p.Owner = common.Address{} },
			"threshold":     func(p *deploy.VerifierParams) { p.ThresholdBips = 10001 },
			"max staleness": func(p *deploy.VerifierParams) { p.MaxStaleness = 0 },
			"grace window":  func(p *deploy.VerifierParams) { p.GraceWindow = p.MaxStaleness + 1 },
			"genesis":       func(p *deploy.VerifierParams) { p.Genesis = nil },
			"not empty":     func(p *deploy.VerifierParams) { p.Genesis = &notEmpty },
		}
		for name, mutate := range cases {
			p := params(empty)
			mutate(p)
			_, err := deploy.DeployRollup(ctx, client, deployer, deploy.RollupParams{Verifier: p})
			require.Error(t, err, name)
		}
		after, err := client.PendingNonceAt(ctx, owner)
		require.NoError(t, err)
		require.Equal(t, nonce, after)
	})

	ops := optabletest.NewOperators(t, optabletest.Equal(3, optabletest.Ether(10)))
	set := optabletest.NewSet(t, 50, 1_700_000_100, []byte{0}, ops)
	for name, genesis := range map[string]*optable.Table{"empty genesis": empty, "real genesis": set.Table} {
		t.Run(name, func(t *testing.T) {
			got, err := deploy.DeployRollup(ctx, client, deployer, deploy.RollupParams{ChainID: rollupID, Verifier: params(genesis)})
			require.NoError(t, err)
			require.Len(t, got.Addresses(), 3)
			info := deploy.RollupInfo{ChainID: rollupID, RPCURL: c.HTTPURL(), Contracts: got}
			require.NoError(t, info.VerifyCode(ctx, client))

			call := &bind.CallOpts{Context: ctx}
			v, err := cv.NewCertificateVerifier(got.CertificateVerifier, client)
			require.NoError(t, err)
			cur, err := v.CurrentTable(call)
			require.NoError(t, err)
			table, err := optable.TableFromBinding(cur)
			require.NoError(t, err)
			require.True(t, table.Equal(genesis), "the genesis table is stored as given")
			stale, err := v.MaxStaleness(call)
			require.NoError(t, err)
			require.EqualValues(t, deploy.DefaultMaxStaleness, stale)
			reg, err := rr.NewRollupRegistry(got.Registry, client)
			require.NoError(t, err)
			bound, err := reg.Verifier(call)
			require.NoError(t, err)
			require.Equal(t, got.CertificateVerifier, bound)
			l1, err := reg.L1Registry(call)
			require.NoError(t, err)
			require.Equal(t, l1Registry, l1)
			ps, err := peerstate.NewPeerState(got.PeerState, client)
			require.NoError(t, err)
			psReg, err := ps.Registry(call)
			require.NoError(t, err)
			require.Equal(t, got.Registry, psReg)
		})
	}
}

// TestMaxStalenessFor: half the deallocation delay, in seconds.
func TestMaxStalenessFor(t *testing.T) {
	require.EqualValues(t, 7*24*3600, deploy.MaxStalenessFor(deploy.MainnetDeallocationDelayBlocks, deploy.MainnetL1BlockTime))
	require.EqualValues(t, deploy.DefaultMaxStaleness, deploy.MaxStalenessFor(deploy.MainnetDeallocationDelayBlocks, deploy.MainnetL1BlockTime))
	require.EqualValues(t, 5, deploy.MaxStalenessFor(10, 1e9))
}
