package devnet_test

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet"
	"github.com/rollcall-avs/rollcall/devnet/chain"
)

const waitFor = 60 * time.Second // generous: 2 shared cores

func TestOptionsCheckRollupPorts(t *testing.T) {
	valid := devnet.Options{Rollups: 3, RollupBasePort: 9545, L1HTTPPort: 8545, L1WSPort: 8546}
	require.NoError(t, valid.Check())
	cases := map[string]struct {
		change func(*devnet.Options)
		want   string // "" when valid
	}{
		"free ports":              {func(o *devnet.Options) { o.RollupBasePort = 0 }, ""},
		"last port 65535":         {func(o *devnet.Options) { o.RollupBasePort = 65533 }, ""},
		"past 65535":              {func(o *devnet.Options) { o.RollupBasePort = 65534 }, "1-65535"},
		"negative":                {func(o *devnet.Options) { o.RollupBasePort = -1 }, "1-65535"},
		"takes the L1 HTTP port":  {func(o *devnet.Options) { o.RollupBasePort = 8544 }, "L1 HTTP port 8545"},
		"takes the L1 WS port":    {func(o *devnet.Options) { o.RollupBasePort = 8546 }, "L1 WebSocket port 8546"},
		"external L1: no clash":   {func(o *devnet.Options) { o.RollupBasePort = 8545; o.L1RPC = "http://127.0.0.1:8545" }, ""},
		"no rollups, any port":    {func(o *devnet.Options) { o.Rollups = 0; o.RollupBasePort = 8545 }, ""},
		"just below the L1 ports": {func(o *devnet.Options) { o.RollupBasePort = 8542 }, ""},
		"one aggregator key":      {func(o *devnet.Options) { o.Aggregators = 1 }, ""},
		"negative aggregators":    {func(o *devnet.Options) { o.Aggregators = -1 }, "aggregators must be"},
		"too many aggregators":    {func(o *devnet.Options) { o.Aggregators = devnet.MaxAggregators + 1 }, "aggregators must be"},
	}
	for name, tc := range cases {
		o := valid
		tc.change(&o)
		err := o.Check()
		if tc.want == "" {
			require.NoError(t, err, name)
		} else {
			require.ErrorContains(t, err, tc.want, name)
		}
	}
	require.Equal(t, 9547, valid.RollupPort(2))
	require.Equal(t, 0, devnet.Options{}.RollupPort(2))
}

// TestStartRollup: a devnet rollup serves HTTP and WebSocket on its pinned
// port, has its token deployed and minted to the holders, and every block
// changes the token's storage.
func TestStartRollup(t *testing.T) {
	ctx := t.Context()
	port := freePort(t)
	owner := chain.DevKeys(1)[0]
	r, err := devnet.StartRollup(ctx, devnet.RollupConfig{
		ChainID: 961, Port: port, BlockInterval: 50 * time.Millisecond, Deployer: owner,
	}, zaptest.NewLogger(t))
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, r.Stop(context.Background())) })

	url := "http://127.0.0.1:" + strconv.Itoa(port)
	require.Equal(t, url, r.Info.RPCURL)
	require.Equal(t, "ws://127.0.0.1:"+strconv.Itoa(port), r.Info.WSURL)
	require.Equal(t, uint64(961), r.Info.ChainID)
	client, err := ethclient.Dial(r.Info.RPCURL)
	require.NoError(t, err)
	defer client.Close()
	ws, err := ethclient.Dial(r.Info.WSURL)
	require.NoError(t, err, "WebSocket on the same port")
	defer ws.Close()
	id, err := ws.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, uint64(961), id.Uint64())

	require.NoError(t, r.Info.VerifyCode(ctx, client))
	token := r.Info.Contracts.Token
	require.NotEqual(t, common.Address{}, token)
	var want []common.Address
	for _, k := range devnet.TokenHolderKeys(devnet.TokenHolders) {
		want = append(want, crypto.PubkeyToAddress(k.PublicKey))
	}
	require.Equal(t, want, r.Info.TokenHolders)

	// Blocks after the deployment: each moves tokens, so the token's
	// storage root (what a proof starts from) changes from block to block.
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	start := head + 1
	const blocks = 8
	require.Eventually(t, func() bool {
		n, err := client.BlockNumber(ctx)
		return err == nil && n >= start+blocks
	}, waitFor, 20*time.Millisecond)
	proofs := gethclient.New(client.Client())
	prev, err := proofs.GetProof(ctx, token, nil, new(big.Int).SetUint64(start-1))
	require.NoError(t, err)
	for n := start; n < start+blocks; n++ {
		p, err := proofs.GetProof(ctx, token, nil, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		require.NotEqual(t, prev.StorageHash, p.StorageHash, "block %d did not change the token's storage", n)
		prev = p
	}

	// Transfers only move tokens: the balances still add up to the supply,
	// and they are no longer what was minted.
	tok, err := devtoken.NewDevToken(token, client)
	require.NoError(t, err)
	at := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(start + blocks)}
	sum, moved := new(big.Int), 0
	minted := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	for _, h := range r.Info.TokenHolders {
		bal, err := tok.BalanceOf(at, h)
		require.NoError(t, err)
		sum.Add(sum, bal)
		if bal.Cmp(minted) != 0 {
			moved++
		}
	}
	supply, err := tok.TotalSupply(at)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(big.NewInt(devnet.TokenHolders), minted).String(), supply.String())
	require.Equal(t, supply.String(), sum.String())
	require.GreaterOrEqual(t, moved, 2, "transfers changed the holders' balances")
}

func TestStartRollupPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	_, err = devnet.StartRollup(t.Context(), devnet.RollupConfig{ChainID: 962, Port: port, Deployer: chain.DevKeys(1)[0]}, nil)
	require.ErrorIs(t, err, chain.ErrPortInUse)
	require.ErrorContains(t, err, fmt.Sprint(port))
}

// TestStartWritesRollups: the devnet's deployment lists every rollup on its
// pinned port, with its token (code at the address) and holders.
func TestStartWritesRollups(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	base := freePortPair(t)
	dn, err := devnet.Start(ctx, devnet.Options{Rollups: 2, Operators: 1, RollupBasePort: base}, nil, zaptest.NewLogger(t))
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, dn.Stop(context.Background())) })

	path := filepath.Join(t.TempDir(), "devnet.json")
	require.NoError(t, dn.Deployment.Save(path))
	dep, err := deploy.Load(path)
	require.NoError(t, err)
	// Dev keys: owner, aggregator, the operators, then the replicas'
	// aggregator keys, so that adding replicas shifts no address.
	keys := chain.DevKeys(2 + 1 + devnet.DefaultAggregators - 1)
	var roles []string
	for i, k := range dep.DevKeys {
		roles = append(roles, k.Role)
		require.Equal(t, crypto.PubkeyToAddress(keys[i].PublicKey), k.Address, "dev key %d (%s)", i, k.Role)
		bal, err := dn.L1Client().BalanceAt(ctx, k.Address, nil)
		require.NoError(t, err)
		require.Positive(t, bal.Sign(), "dev key %d (%s) is funded on L1", i, k.Role)
	}
	require.Equal(t, []string{devnet.RoleOwner, devnet.RoleAggregator, devnet.RoleOperator, devnet.RoleAggregator}, roles)
	require.Len(t, dn.Aggregators, devnet.DefaultAggregators)
	require.Equal(t, dn.Aggregator, dn.Aggregators[0])

	require.Len(t, dep.Rollups, 2)
	for i, r := range dep.Rollups {
		require.Equal(t, uint64(devnet.DefaultRollupChainID+i), r.ChainID)
		require.Equal(t, fmt.Sprintf("http://127.0.0.1:%d", base+i), r.RPCURL)
		require.Equal(t, fmt.Sprintf("ws://127.0.0.1:%d", base+i), r.WSURL)
		require.Len(t, r.TokenHolders, devnet.TokenHolders)
		for name, addr := range map[string]common.Address{"certificateVerifier": r.Contracts.CertificateVerifier, "registry": r.Contracts.Registry, "peerState": r.Contracts.PeerState} {
			require.NotEqual(t, common.Address{}, addr, "rollup %d: contracts.%s", r.ChainID, name)
		}
		client, err := rpc.DialContext(ctx, r.RPCURL)
		require.NoError(t, err)
		rc := ethclient.NewClient(client)
		require.NoError(t, r.VerifyCode(ctx, rc), "rollup %d", r.ChainID)
		// The L1's deployment sealed blocks faster than one per second, so
		// its timestamps ran ahead of the wall clock; the rollup's keep up
		// with them (scheduled rounds need a rollup block after each L1
		// timestamp).
		l1Head, err := dn.L1Client().HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		from, err := rc.BlockNumber(ctx)
		require.NoError(t, err)
		require.Eventually(t, func() bool {
			n, err := rc.BlockNumber(ctx)
			return err == nil && n >= from+3
		}, time.Minute, 50*time.Millisecond)
		h, err := rc.HeaderByNumber(ctx, new(big.Int).SetUint64(from+3))
		require.NoError(t, err)
		require.Greater(t, h.Time, l1Head.Time, "rollup %d, 3 blocks later, is still behind L1's clock", r.ChainID)
		client.Close()
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	p, err := chain.FreePort()
	require.NoError(t, err)
	return p
}

// freePortPair returns p such that p and p+1 were both free.
func freePortPair(t *testing.T) int {
	t.Helper()
	for range 50 {
		p := freePort(t)
		if p >= 65535 {
			continue
		}
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p+1)))
		if err != nil {
			continue
		}
		l.Close()
		return p
	}
	t.Fatal("no two consecutive free ports")
	return 0
}
