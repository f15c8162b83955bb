package contracts_test

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
	devchain "github.com/rollcall-avs/rollcall/devnet/chain"
)

// benchChain is a simulated chain on the devnet's pinned mainnet forks (the
// gas schedule of a real chain, not go-ethereum's future dev forks).
func benchChain(b *testing.B) *chain {
	b.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	balance := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	backend := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: balance}},
		func(_ *node.Config, ethConf *ethconfig.Config) { ethConf.Genesis.Config = devchain.ChainConfig(1337) })
	b.Cleanup(func() { _ = backend.Close() })
	client := backend.Client()
	opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	if err != nil {
		b.Fatal(err)
	}
	return &chain{backend: backend, client: client, deployer: opts}
}

// calldataGas is the standard (EIP-2028) calldata cost of data.
func calldataGas(data []byte) uint64 {
	var g uint64
	for _, c := range data {
		if c == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

// BenchmarkCertificateVerifierGas measures CertificateVerifier's gas with
// real BLS certificates at 8 and 200 operators (one quorum) and 0, 1 and 10%
// non-signers: verifyCertificate as a transaction (estimated; the figure a
// rollup registry pays inside its own call is the execution plus the
// certificate's calldata), and updateTable, first into the empty slot and
// then steady state (overwriting the table before the previous one). Run:
//
//	go test ./contracts -run '^$' -bench BenchmarkCertificateVerifierGas -benchtime 1x
func BenchmarkCertificateVerifierGas(b *testing.B) {
	type row struct {
		ops, non                  int
		verify, calldata, execute uint64
		update1, update2          uint64
	}
	var rows []row
	for _, n := range []int{8, 200} {
		for _, k := range slices.Compact([]int{0, 1, max(1, n/10)}) { // 10% of 8 is 1
			b.Run(fmt.Sprintf("operators=%d/nonSigners=%d", n, k), func(b *testing.B) {
				c := benchChain(b)
				c.backend.Commit()
				h, err := c.client.HeaderByNumber(b.Context(), nil)
				if err != nil {
					b.Fatal(err)
				}
				ops := optabletest.NewOperators(b, optabletest.Equal(n, optabletest.Ether(10)))
				set := optabletest.NewSet(b, 100, h.Time, []byte{0}, ops)
				addr, tx, v, err := cv.DeployCertificateVerifier(c.deployer, c.client, big.NewInt(cvL1ChainID), cvRegistry, set.Table.Binding(), 6000, 86400, 600, c.deployer.From)
				if err != nil {
					b.Fatal(err)
				}
				c.backend.Commit()
				if r, err := c.client.TransactionReceipt(b.Context(), tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
					b.Fatalf("deploy: %v", err)
				}
				a, _ := cv.CertificateVerifierMetaData.GetAbi()
				signers := optabletest.Range(k, n)
				digest := crypto.Keccak256Hash([]byte("bench"))
				cert := set.Certificate(b, digest, signers...)
				data, err := a.Pack("verifyCertificate", digest, uint32(100), cert.Binding())
				if err != nil {
					b.Fatal(err)
				}
				var gas uint64
				for b.Loop() {
					gas, err = c.client.EstimateGas(b.Context(), ethereum.CallMsg{From: c.deployer.From, To: &addr, Data: data})
					if err != nil {
						b.Fatal(err)
					}
				}
				r := row{ops: n, non: k, verify: gas, calldata: calldataGas(data)}
				r.execute = gas - 21000 - r.calldata

				// Two updates: into the empty second slot, then over the first.
				update := func(from *optabletest.Set, ref uint32) (uint64, *optabletest.Set) {
					hd, _ := c.client.HeaderByNumber(b.Context(), nil)
					next := optabletest.NewSet(b, ref, hd.Time, []byte{0}, ops)
					ucert := from.Certificate(b, next.Table.Digest(cvL1ChainID, cvRegistry), signers...)
					tx, err := v.UpdateTable(c.deployer, next.Table.Binding(), ucert.Binding())
					if err != nil {
						b.Fatal(err)
					}
					c.backend.Commit()
					rc, err := c.client.TransactionReceipt(b.Context(), tx.Hash())
					if err != nil || rc.Status != types.ReceiptStatusSuccessful {
						b.Fatalf("updateTable: %v", err)
					}
					return rc.GasUsed, next
				}
				var next *optabletest.Set
				r.update1, next = update(set, 200)
				r.update2, _ = update(next, 300)
				b.ReportMetric(float64(r.verify), "gas/verify")
				b.ReportMetric(float64(r.update2), "gas/update")
				rows = append(rows, r)
			})
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%9s %11s %10s %9s %9s %14s %14s\n", "operators", "non-signers", "verify tx", "calldata", "execution", "update (first)", "update (steady)")
	for _, r := range rows {
		fmt.Fprintf(&sb, "%9d %11d %10d %9d %9d %14d %14d\n", r.ops, r.non, r.verify, r.calldata, r.execute, r.update1, r.update2)
	}
	b.Logf("CertificateVerifier gas (one quorum):%s", sb.String())
}
