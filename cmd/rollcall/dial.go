package main

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/chainio"
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
	client, err := chainio.DialL1(ctx, url, dep.L1.ChainID)
	if err != nil {
		return nil, nil, err
	}
	return dep, client, nil
}
