package devnet

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
)

// The devnet token: a DevToken on every rollup, held by TokenHolders
// accounts that pass tokens around in every block.
const (
	TokenName    = "rollcall devnet token"
	TokenSymbol  = "RDT"
	TokenHolders = 6
	// transferGas is the gas limit of one token transfer: a transfer
	// between two non-zero balances costs about 35k, one creating a balance
	// about 52k.
	transferGas = 100_000
)

// tokenHolderBalance is what each holder is minted at deployment: a million
// tokens, against transfers of at most 97 tokens.
var tokenHolderBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// TokenHolderKeys returns the n PUBLIC TEST KEYS holding the devnet token on
// every rollup: key i is keccak256("rollcall devnet token holder <i>"). They
// are distinct from chain.DevKeys, so the token traffic never competes for
// the nonces of the owner, aggregator and operator keys.
func TokenHolderKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, 0, max(n, 0))
	for i := range n {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("rollcall devnet token holder %d", i))))
		if err != nil {
			// A keccak256 digest is a valid secp256k1 scalar except with
			// negligible probability; these fixed seeds are known to be.
			panic(fmt.Sprintf("devnet: token holder %d has no valid key: %v", i, err))
		}
		keys = append(keys, key)
	}
	return keys
}

// tokenParams mints tokenHolderBalance to each holder.
func tokenParams(holders []common.Address) *deploy.TokenParams {
	p := &deploy.TokenParams{Name: TokenName, Symbol: TokenSymbol}
	for _, h := range holders {
		p.Holders = append(p.Holders, deploy.Mint{To: h, Amount: new(big.Int).Set(tokenHolderBalance)})
	}
	return p
}

// tokenTraffic moves the devnet token around its holders, one transfer per
// block: holder i sends to holder i+1 (mod the number of holders), an amount
// of 1 to 97 tokens that varies with the block number, so that every block
// changes two balance slots. Over 97 × holders blocks every holder sends and
// receives the same total: balances wander but never run dry.
type tokenTraffic struct {
	token   common.Address
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	chainID *big.Int
	signer  types.Signer
	abi     *abi.ABI
	next    int // index of the next sender
}

var _ chain.Traffic = (*tokenTraffic)(nil)

func newTokenTraffic(chainID uint64, token common.Address, holders []*ecdsa.PrivateKey) (*tokenTraffic, error) {
	if len(holders) < 2 {
		return nil, fmt.Errorf("token traffic needs two holders or more, got %d", len(holders))
	}
	a, err := devtoken.DevTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	t := &tokenTraffic{token: token, keys: holders, chainID: new(big.Int).SetUint64(chainID), abi: a}
	t.signer = types.LatestSignerForChainID(t.chainID)
	for _, k := range holders {
		t.addrs = append(t.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	return t, nil
}

// Next sends this block's transfer. The sender's nonce is read from the
// pool each time, so that a holder key also used by someone else (a demo
// claiming with it) costs at most one rejected transfer.
func (t *tokenTraffic) Next(ctx context.Context, client chain.TrafficClient, head *types.Header) ([]common.Hash, error) {
	i := t.next
	t.next = (t.next + 1) % len(t.keys)
	from, to := t.addrs[i], t.addrs[(i+1)%len(t.addrs)]
	amount := new(big.Int).Mul(new(big.Int).Add(new(big.Int).Mod(head.Number, big.NewInt(97)), big.NewInt(1)), big.NewInt(1e18))
	data, err := t.abi.Pack("transfer", to, amount)
	if err != nil {
		return nil, fmt.Errorf("token traffic: %w", err)
	}
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("token traffic: read nonce of %s: %w", from, err)
	}
	tip, feeCap := chain.TrafficFees(head)
	tx, err := types.SignNewTx(t.keys[i], t.signer, &types.DynamicFeeTx{
		ChainID:   t.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       transferGas,
		To:        &t.token,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("token traffic: sign: %w", err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("token traffic: send from %s nonce %d: %w", from, nonce, err)
	}
	return []common.Hash{tx.Hash()}, nil
}
