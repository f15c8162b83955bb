package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollcall-avs/rollcall/deploy"
)

// deployMirrors deploys, on every rollup of dep that has a PeerState, one
// BalanceMirror (contracts/examples) per other rollup's token, and records
// them in dep.Rollups[i].Contracts.Mirrors: the example consumer a contract
// on rollup B reading rollup A is, ready on every pair.
func deployMirrors(ctx context.Context, dep *deploy.Deployment, deployer *ecdsa.PrivateKey, progress deploy.Progress) error {
	for i := range dep.Rollups {
		dst := &dep.Rollups[i]
		if dst.Contracts.PeerState == (common.Address{}) {
			continue // no rollcall contracts on this rollup: nothing to verify with
		}
		var params []deploy.MirrorParams
		for _, src := range dep.Rollups {
			if src.ChainID == dst.ChainID || src.Contracts.Token == (common.Address{}) {
				continue
			}
			params = append(params, deploy.MirrorParams{
				PeerState: dst.Contracts.PeerState, SourceChainID: src.ChainID, SourceToken: src.Contracts.Token,
				BalancesSlot: deploy.DevTokenBalancesSlot,
			})
		}
		if len(params) == 0 {
			continue
		}
		progress(fmt.Sprintf("rollup %d: deploying %d BalanceMirror(s) of the other rollups' tokens", dst.ChainID, len(params)))
		client, err := ethclient.DialContext(ctx, dst.RPCURL)
		if err != nil {
			return fmt.Errorf("rollup %d: %w", dst.ChainID, err)
		}
		mirrors, err := deploy.DeployMirrors(ctx, client, deployer, params)
		client.Close()
		if err != nil {
			return fmt.Errorf("rollup %d: %w", dst.ChainID, err)
		}
		dst.Contracts.Mirrors = mirrors
	}
	return nil
}
