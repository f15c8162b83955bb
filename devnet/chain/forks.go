package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// ChainConfig returns the fork configuration of every embedded chain: all
// named mainnet forks up to and including Prague active from genesis, and no
// later fork.
//
// It deliberately does not use params.AllDevChainProtocolChanges: in
// go-ethereum v1.17 that config also activates Osaka and the unreleased
// "Bogota" fork, which change gas costs (EigenLayer operator registration
// costs about 3.6M gas instead of 1M). Osaka is left out too: it caps a
// transaction's gas at 2^24 (EIP-7825) and changes eth_call and fee
// behaviour, none of which rollcall needs; Prague is what the contracts are
// compiled and measured for.
func ChainConfig(chainID uint64) *params.ChainConfig {
	zero := func() *big.Int { return big.NewInt(0) }
	genesisTime := func() *uint64 { t := uint64(0); return &t }
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          zero(),
		EIP150Block:             zero(),
		EIP155Block:             zero(),
		EIP158Block:             zero(),
		ByzantiumBlock:          zero(),
		ConstantinopleBlock:     zero(),
		PetersburgBlock:         zero(),
		IstanbulBlock:           zero(),
		MuirGlacierBlock:        zero(),
		BerlinBlock:             zero(),
		LondonBlock:             zero(),
		ArrowGlacierBlock:       zero(),
		GrayGlacierBlock:        zero(),
		MergeNetsplitBlock:      zero(),
		TerminalTotalDifficulty: zero(), // proof of stake from genesis
		ShanghaiTime:            genesisTime(),
		CancunTime:              genesisTime(),
		PragueTime:              genesisTime(),
		// Cancun and Prague require their blob parameters.
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}
