package chain

import (
	"maps"
	"math/big"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// GethDevChainID is the chain id `geth --dev` uses; GethDevGenesis keeps it.
const GethDevChainID = 1337

// GethDevGenesis is a genesis for `geth init` after which `geth --dev
// --datadir DIR` runs forks instead of --dev's own fork set (which turns on
// every fork geth implements, Amsterdam and Bogota included, and has no
// override flag for Bogota). It holds what mainnet holds at those forks
// (the EIP-4788, EIP-2935, EIP-7002 and EIP-7251 system contracts) plus
// alloc; geth --dev requires difficulty 0 and terminal total difficulty 0,
// which it has. GethDevGenesis.json beside this file is
// GethDevGenesis(GethDevChainID, ForksMainnet, DevAlloc(DevKeys(GethDevKeys), …)).
func GethDevGenesis(chainID uint64, forks Forks, alloc types.GenesisAlloc) (*core.Genesis, error) {
	cfg, err := ChainConfigFor(chainID, forks)
	if err != nil {
		return nil, err
	}
	all := types.GenesisAlloc{
		params.BeaconRootsAddress:        {Nonce: 1, Code: params.BeaconRootsCode, Balance: new(big.Int)},
		params.HistoryStorageAddress:     {Nonce: 1, Code: params.HistoryStorageCode, Balance: new(big.Int)},
		params.WithdrawalQueueAddress:    {Nonce: 1, Code: params.WithdrawalQueueCode, Balance: new(big.Int)},
		params.ConsolidationQueueAddress: {Nonce: 1, Code: params.ConsolidationQueueCode, Balance: new(big.Int)},
	}
	maps.Copy(all, alloc)
	return &core.Genesis{
		Config:     cfg,
		GasLimit:   DefaultGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: new(big.Int),
		Alloc:      all,
	}, nil
}

// GethDevKeys is how many DevKeys GethDevGenesis.json funds: the owner and
// aggregator keys of a devnet and up to 62 operators.
const GethDevKeys = 64
