package contracts_test

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
)

// BenchmarkRollupCheckpointGas measures a whole checkpoint transaction on a
// rollup's RollupRegistry (base cost and calldata included: receipts of real
// transactions) with 8 rollups' claims, on the devnet's pinned mainnet forks
// (benchChain), at 8 and 200 operators (one quorum, real BLS certificates)
// and 0, 1 and 10% non-signers. Every measured attest updates rollups that
// already have a lane (a first attest assigns them). Run:
//
//	go test ./contracts -run '^$' -bench BenchmarkRollupCheckpointGas -benchtime 1x -v
func BenchmarkRollupCheckpointGas(b *testing.B) {
	const rollups = 8
	type row struct {
		ops, non int
		gas      uint64
	}
	var rows []row
	for _, n := range []int{8, 200} {
		for _, k := range slices.Compact([]int{0, 1, max(1, n/10)}) {
			b.Run(fmt.Sprintf("operators=%d/nonSigners=%d", n, k), func(b *testing.B) {
				c := benchChain(b)
				c.backend.Commit()
				h, err := c.client.HeaderByNumber(b.Context(), nil)
				if err != nil {
					b.Fatal(err)
				}
				ops := optabletest.NewOperators(b, optabletest.Equal(n, optabletest.Ether(10)))
				set := optabletest.NewSet(b, 100, h.Time, []byte{0}, ops)
				vAddr, tx, _, err := cv.DeployCertificateVerifier(c.deployer, c.client, big.NewInt(cvL1ChainID), cvRegistry, set.Table.Binding(), 6000, 86400, 600, c.deployer.From)
				if err != nil {
					b.Fatal(err)
				}
				c.backend.Commit()
				mined(b, c, tx)
				_, tx, reg, err := rr.DeployRollupRegistry(c.deployer, c.client, vAddr)
				if err != nil {
					b.Fatal(err)
				}
				c.backend.Commit()
				mined(b, c, tx)

				round := uint64(0)
				attest := func(signers []int) uint64 {
					round++
					claims := make([]core.Claim, rollups)
					bind := make([]rr.RollcallCodecClaim, rollups)
					ids := make([]uint64, rollups)
					for i := range claims {
						claims[i] = core.Claim{ChainID: 901 + uint64(i), BlockNumber: 1000 + round}
						_, _ = rand.Read(claims[i].BlockHash[:])
						_, _ = rand.Read(claims[i].StateRoot[:])
						bind[i] = rr.RollcallCodecClaim{ChainId: claims[i].ChainID, BlockNumber: claims[i].BlockNumber, BlockHash: claims[i].BlockHash, StateRoot: claims[i].StateRoot}
						ids[i] = claims[i].ChainID
					}
					tree, err := core.BuildTree(claims)
					if err != nil {
						b.Fatal(err)
					}
					digest := core.Checkpoint{Round: round, ReferenceBlock: 100, ClaimsRoot: tree.Root()}.Digest(cvL1ChainID, cvRegistry)
					cert, err := optable.BindingAs[rr.ICertificateVerifierCertificate](set.Certificate(b, digest, signers...))
					if err != nil {
						b.Fatal(err)
					}
					lanes, err := reg.LanesOf(nil, ids)
					if err != nil {
						b.Fatal(err)
					}
					tx, err := reg.Attest(c.deployer, round, 100, bind, lanes, cert)
					if err != nil {
						b.Fatal(err)
					}
					c.backend.Commit()
					return mined(b, c, tx).GasUsed
				}
				attest(optabletest.All(n)) // assigns the lanes
				signers := optabletest.Range(k, n)
				var total uint64
				iters := 0
				for b.Loop() {
					total += attest(signers)
					iters++
				}
				gas := total / uint64(iters)
				b.ReportMetric(float64(gas), "gas/checkpoint")
				rows = append(rows, row{ops: n, non: k, gas: gas})
			})
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%9s %11s %14s\n", "operators", "non-signers", "checkpoint tx")
	for _, r := range rows {
		fmt.Fprintf(&sb, "%9d %11d %14d\n", r.ops, r.non, r.gas)
	}
	b.Logf("RollupRegistry.attest gas, %d rollups' claims, one quorum:%s", rollups, sb.String())
}

func mined(b *testing.B, c *chain, tx *types.Transaction) *types.Receipt {
	b.Helper()
	r, err := c.client.TransactionReceipt(b.Context(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		b.Fatalf("tx %s: %v (receipt %+v)", tx.Hash(), err, r)
	}
	return r
}
