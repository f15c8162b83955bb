package deploy_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
)

const rollupID = 977

// startRollup starts an embedded rollup chain with funded dev keys and
// returns a JSON-RPC client of it over HTTP, as any rollup endpoint.
func startRollup(t *testing.T) (*chain.Chain, *ethclient.Client) {
	t.Helper()
	cfg := chain.DefaultConfig(rollupID)
	cfg.BlockInterval = 200 * time.Millisecond
	cfg.ActivityTx = true
	cfg.Alloc = chain.DevAlloc(chain.DevKeys(2), new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18)))
	c, err := chain.New(cfg, zaptest.NewLogger(t))
	require.NoError(t, err)
	require.NoError(t, c.Start(t.Context()))
	t.Cleanup(func() { require.NoError(t, c.Stop(context.Background())) })
	client, err := ethclient.Dial(c.HTTPURL())
	require.NoError(t, err)
	t.Cleanup(client.Close)
	return c, client
}

func TestDeployRollupToken(t *testing.T) {
	ctx := t.Context()
	c, client := startRollup(t)
	deployer := chain.DevKeys(1)[0]
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	holders := []deploy.Mint{
		{To: common.HexToAddress("0x00000000000000000000000000000000000a0001"), Amount: big.NewInt(1_000)},
		{To: common.HexToAddress("0x00000000000000000000000000000000000a0002"), Amount: big.NewInt(2_500_000)},
		{To: common.HexToAddress("0x00000000000000000000000000000000000a0003"), Amount: new(big.Int).Lsh(big.NewInt(1), 200)},
	}
	token := &deploy.TokenParams{Name: "Test", Symbol: "TST", Holders: holders}

	t.Run("bad input sends nothing", func(t *testing.T) {
		nonce, err := client.PendingNonceAt(ctx, from)
		require.NoError(t, err)
		dup := &deploy.TokenParams{Name: "Test", Symbol: "TST", Holders: []deploy.Mint{holders[0], holders[0]}}
		zero := &deploy.TokenParams{Name: "Test", Symbol: "TST", Holders: []deploy.Mint{{To: holders[0].To, Amount: big.NewInt(0)}}}
		cases := map[string]struct {
			params deploy.RollupParams
			want   string
		}{
			"wrong chain":      {deploy.RollupParams{ChainID: rollupID + 1, Token: token}, "is chain 977, not 978"},
			"nothing":          {deploy.RollupParams{ChainID: rollupID}, "nothing to deploy"},
			"duplicate holder": {deploy.RollupParams{Token: dup}, "listed twice"},
			"zero amount":      {deploy.RollupParams{Token: zero}, "amount must be positive"},
			"no holders":       {deploy.RollupParams{Token: &deploy.TokenParams{Name: "T", Symbol: "T"}}, "token holders"},
		}
		for name, tc := range cases {
			_, err := deploy.DeployRollup(ctx, client, deployer, tc.params)
			require.ErrorContains(t, err, tc.want, name)
		}
		_, err = deploy.DeployRollup(ctx, client, nil, deploy.RollupParams{Token: token})
		require.ErrorContains(t, err, "deployer key")
		after, err := client.PendingNonceAt(ctx, from)
		require.NoError(t, err)
		require.Equal(t, nonce, after, "a refused deployment sends no transaction")
	})

	got, err := deploy.DeployRollup(ctx, client, deployer, deploy.RollupParams{ChainID: rollupID, Token: token})
	require.NoError(t, err)
	require.NotEqual(t, common.Address{}, got.Token)
	require.Equal(t, map[string]common.Address{"token": got.Token}, got.Addresses())

	// Read the balances back, through the ERC-20 interface and the raw
	// storage slots proofs will name.
	tok, err := devtoken.NewDevToken(got.Token, client)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: ctx}
	total := new(big.Int)
	for _, h := range holders {
		bal, err := tok.BalanceOf(call, h.To)
		require.NoError(t, err)
		require.Equal(t, h.Amount.String(), bal.String(), "balance of %s", h.To)
		raw, err := client.StorageAt(ctx, got.Token, deploy.DevTokenBalanceSlot(h.To), nil)
		require.NoError(t, err)
		require.Equal(t, common.BigToHash(h.Amount), common.BytesToHash(raw), "balance slot of %s", h.To)
		total.Add(total, h.Amount)
	}
	supply, err := tok.TotalSupply(call)
	require.NoError(t, err)
	require.Equal(t, total.String(), supply.String())
	bal, err := tok.BalanceOf(call, from)
	require.NoError(t, err)
	require.Zero(t, bal.Sign(), "the deployer holds nothing")
	symbol, err := tok.Symbol(call)
	require.NoError(t, err)
	require.Equal(t, "TST", symbol)

	// The deployment file entry: contracts with code, written and read back.
	info := deploy.RollupInfo{ChainID: rollupID, RPCURL: c.HTTPURL(), WSURL: c.WSURL(), Contracts: got, TokenHolders: []common.Address{holders[0].To}}
	require.NoError(t, info.VerifyCode(ctx, client))
	bogus := info
	bogus.Contracts.Token = common.HexToAddress("0x000000000000000000000000000000000000c0de")
	require.ErrorContains(t, bogus.VerifyCode(ctx, client), "no code at contracts.token")

	dep := validDeployment()
	dep.Rollups = []deploy.RollupInfo{info, {ChainID: rollupID + 1, RPCURL: "http://127.0.0.1:1"}}
	path := filepath.Join(t.TempDir(), "devnet.json")
	require.NoError(t, dep.Save(path))
	loaded, err := deploy.Load(path)
	require.NoError(t, err)
	require.Equal(t, dep.Rollups, loaded.Rollups)
	raw := readFile(t, path)
	require.Contains(t, raw, `"token": "`+strings.ToLower(got.Token.Hex())+`"`)
	require.Contains(t, raw, `"tokenHolders": [`)
	require.Equal(t, 1, strings.Count(raw, `"contracts"`), "a rollup without contracts has no contracts object")
}

// validDeployment is a deployment that passes Check: every L1 contract at
// its own made-up address.
func validDeployment() *deploy.Deployment {
	d := &deploy.Deployment{L1: deploy.L1Info{ChainID: 31337, RPCURL: "http://127.0.0.1:8545"}}
	n := int64(0x1000)
	for _, v := range []any{&d.EigenLayer, &d.AVS} {
		rv := reflect.ValueOf(v).Elem()
		for i := 0; i < rv.NumField(); i++ {
			if f := rv.Field(i); f.Type() == reflect.TypeOf(common.Address{}) {
				n++
				f.Set(reflect.ValueOf(common.BigToAddress(big.NewInt(n))))
			}
		}
	}
	return d
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(raw)
}
