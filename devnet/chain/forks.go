package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/params"
)

// Forks names the set of forks an embedded chain runs, all active from
// genesis.
type Forks string

const (
	// ForksMainnet is the fork set go-ethereum v1.17.10's mainnet chain spec
	// (params.MainnetChainConfig) has active: every named fork up to Osaka
	// and its blob parameter forks BPO1 and BPO2. It is the default, so that
	// gas figures describe mainnet as it is; Osaka caps a transaction at
	// 2^24 gas (EIP-7825).
	ForksMainnet Forks = "mainnet"
	// ForksAmsterdam is ForksMainnet plus Amsterdam, the next fork
	// go-ethereum v1.17.10 implements (EIP-8037/8038 state-gas repricing):
	// for measuring how the design ages.
	ForksAmsterdam Forks = "amsterdam"
)

// ChainConfig returns the fork configuration of an embedded chain running
// ForksMainnet.
func ChainConfig(chainID uint64) *params.ChainConfig {
	cfg, _ := ChainConfigFor(chainID, ForksMainnet) // a known fork set: no error
	return cfg
}

// ChainConfigFor returns the fork configuration of an embedded chain
// running forks ("" means ForksMainnet).
//
// It deliberately does not use params.AllDevChainProtocolChanges: in
// go-ethereum v1.17 that config also activates Amsterdam and the
// unreleased "Bogota" fork, which change gas costs (EigenLayer operator
// registration costs about 3.6M gas instead of 1M).
func ChainConfigFor(chainID uint64, forks Forks) (*params.ChainConfig, error) {
	zero := func() *big.Int { return big.NewInt(0) }
	genesisTime := func() *uint64 { t := uint64(0); return &t }
	cfg := &params.ChainConfig{
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
		OsakaTime:               genesisTime(),
		BPO1Time:                genesisTime(),
		BPO2Time:                genesisTime(),
		// Every fork with blobs needs its blob parameters; Osaka has no entry
		// of its own (it keeps Prague's until BPO1).
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
			BPO1:   params.DefaultBPO1BlobConfig,
			BPO2:   params.DefaultBPO2BlobConfig,
		},
	}
	switch forks {
	case "", ForksMainnet:
	case ForksAmsterdam:
		cfg.AmsterdamTime = genesisTime()
	default:
		return nil, fmt.Errorf("%w: unknown fork set %q (want %q or %q)", ErrInvalidConfig, forks, ForksMainnet, ForksAmsterdam)
	}
	return cfg, nil
}
