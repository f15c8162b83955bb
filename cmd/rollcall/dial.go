package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/deploy"
)

// dialDeployment loads --deployment and connects to its L1 (or --l1-rpc),
// checking that the chain is the deployment's.
func dialDeployment(c *cli.Context) (*deploy.Deployment, *ethclient.Client, error) {
	dep, err := deploy.Load(c.String(flagDeployment))
	if err != nil {
		return nil, nil, err
	}
	url := c.String(flagL1RPC)
	if url == "" {
		url = dep.L1.RPCURL
	}
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot reach L1 at %s: %w", url, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("cannot reach L1 at %s: %w", url, err)
	}
	if id.Uint64() != dep.L1.ChainID {
		client.Close()
		return nil, nil, fmt.Errorf("L1 at %s is chain %d, the deployment is on chain %d", url, id, dep.L1.ChainID)
	}
	return dep, client, nil
}
