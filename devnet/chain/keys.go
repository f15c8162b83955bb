package chain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevKeys returns n deterministic private keys: key i is
// keccak256("rollcall devnet key <i>").
//
// These keys are PUBLIC TEST KEYS: anyone can derive them from this source.
// Never use them, nor their addresses, with real funds or on a public network.
func DevKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, 0, max(n, 0))
	for i := range n {
		keys = append(keys, seedKey(fmt.Sprintf("rollcall devnet key %d", i)))
	}
	return keys
}

// DevAlloc returns a genesis alloc funding each key's address with balance
// wei. Like the keys, it is for devnets and tests only.
func DevAlloc(keys []*ecdsa.PrivateKey, balance *big.Int) types.GenesisAlloc {
	alloc := make(types.GenesisAlloc, len(keys))
	for _, key := range keys {
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	return alloc
}

// ActivityKey returns the PUBLIC TEST KEY that sends the activity
// transactions of a chain with ActivityTx on. It is distinct from DevKeys so
// that activity never competes for the nonces of the keys callers use.
func ActivityKey() *ecdsa.PrivateKey {
	return seedKey("rollcall devnet activity key")
}

// ActivitySink is the address the activity transactions pay 1 wei to.
var ActivitySink = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

// activityFunds is the genesis balance of the activity account: 1M ether,
// enough for decades of one transfer per block.
var activityFunds = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// seedKey derives a private key from keccak256(seed).
func seedKey(seed string) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		// A keccak256 digest is a valid secp256k1 scalar except with
		// negligible probability; our fixed seeds are known to be valid.
		panic(fmt.Sprintf("chain: seed %q gives no valid key: %v", seed, err))
	}
	return key
}
