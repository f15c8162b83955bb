package tests

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// BenchmarkTableFromL1 measures what computing T(R) costs the aggregator
// (each round) and an operator (each reference block a round asks a table
// of), on the devnet's real middleware over JSON-RPC: "cold" reads every
// operator's key, "cached" is optable.CachedKeys after the first table.
//
//	go test ./tests -run '^$' -bench BenchmarkTableFromL1 -benchtime 5x
func BenchmarkTableFromL1(b *testing.B) {
	for _, n := range []int{8, 200} {
		b.Run(fmt.Sprintf("operators=%d", n), func(b *testing.B) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
			defer cancel()
			deposits := make([]*big.Int, n)
			for i := range deposits {
				deposits[i] = devnettest.Ether(10)
			}
			b.StopTimer()
			env := devnettest.Start(b, ctx, deposits, zaptest.NewLogger(b, zaptest.Level(zap.WarnLevel)))
			dep := env.Devnet.Deployment
			client, err := ethclient.DialContext(ctx, dep.L1.RPCURL) // over HTTP, as the daemons read L1
			require.NoError(b, err)
			defer client.Close()
			reg, err := rollcallregistry.NewRollcallRegistryCaller(dep.AVS.Registry, client)
			require.NoError(b, err)
			quorums, err := reg.QuorumNumbers(&bind.CallOpts{Context: ctx})
			require.NoError(b, err)
			mr, err := optable.NewMiddlewareReader(client, optable.Middleware{
				RegistryCoordinator: dep.AVS.RegistryCoordinator, OperatorStateRetriever: dep.AVS.OperatorStateRetriever,
				BLSApkRegistry: dep.AVS.BLSApkRegistry, StakeRegistry: dep.AVS.StakeRegistry, Quorums: quorums,
			})
			require.NoError(b, err)
			head, err := client.BlockNumber(ctx)
			require.NoError(b, err)
			ref := uint32(head - 1)
			run := func(name string, r optable.Reader) {
				b.Run(name, func(b *testing.B) {
					for i := 0; i < b.N; i++ {
						table, _, err := optable.FromL1(ctx, r, ref)
						require.NoError(b, err)
						require.EqualValues(b, n, table.OperatorCount)
					}
				})
			}
			b.StartTimer()
			run("cold", mr)
			cached := optable.CachedKeys(mr)
			_, _, err = optable.FromL1(ctx, cached, ref)
			require.NoError(b, err)
			run("cached", cached)
		})
	}
}
