package blsverify

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/logging"
	"github.com/Layr-Labs/eigensdk-go/services/avsregistry"
	blsagg "github.com/Layr-Labs/eigensdk-go/services/bls_aggregation"
	"github.com/Layr-Labs/eigensdk-go/types"
)

// Run with: go test -bench . -run '^$' ./core/blsverify/
//
// Each case verifies n signatures by n signers over one digest, and checks
// the result once outside the timed loop.

var benchSizes = []int{10, 100, 200}

// BenchmarkVerifyEach verifies every signature on its own (one pairing check
// each; H(m) comes from the digest cache).
func BenchmarkVerifyEach(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			_, sigs, pks := firstSigners(b, n)
			verifyAll := func() error {
				for i := range sigs {
					if err := Verify(testDigest, sigs[i], pks[i]); err != nil {
						return fmt.Errorf("signature %d: %w", i, err)
					}
				}
				return nil
			}
			if err := verifyAll(); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				_ = verifyAll()
			}
		})
	}
}

// BenchmarkBatchVerify hashes the digest and checks all n signatures with
// one random linear combination.
func BenchmarkBatchVerify(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			_, sigs, pks := firstSigners(b, n)
			if bad, err := BatchVerify(NewMessage(testDigest), sigs, pks); err != nil || len(bad) != 0 {
				b.Fatalf("bad=%v err=%v", bad, err)
			}
			b.ResetTimer()
			for b.Loop() {
				_, _ = BatchVerify(NewMessage(testDigest), sigs, pks)
			}
		})
	}
}

// BenchmarkBatchVerifyOneBad is BatchVerify with one wrong-message signature
// in the middle: the combined check fails and bisection finds it.
func BenchmarkBatchVerifyOneBad(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			keys, sigs, pks := firstSigners(b, n)
			sigs[n/2] = keys[n/2].SignMessage([32]byte{1})
			if bad, err := BatchVerify(NewMessage(testDigest), sigs, pks); err != nil || len(bad) != 1 || bad[0] != n/2 {
				b.Fatalf("bad=%v err=%v", bad, err)
			}
			b.ResetTimer()
			for b.Loop() {
				_, _ = BatchVerify(NewMessage(testDigest), sigs, pks)
			}
		})
	}
}

// BenchmarkEigenSDKAggregation is the baseline: eigensdk-go's BLS aggregation
// service over a fake AVS registry, from InitializeNewTask through
// ProcessNewSignature of all n signatures (each verified on its own) to the
// aggregated response, with a 100% threshold so it waits for all.
func BenchmarkEigenSDKAggregation(b *testing.B) {
	const blockNum = types.BlockNum(1)
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			keys, sigs, _ := firstSigners(b, n)
			operators := make([]types.TestOperator, n)
			for i := range operators {
				operators[i] = types.TestOperator{
					OperatorId:     types.OperatorId{byte(i >> 8), byte(i)},
					StakePerQuorum: map[types.QuorumNum]types.StakeAmount{0: big.NewInt(100)},
					BlsKeypair:     keys[i],
				}
			}
			registry := avsregistry.NewFakeAvsRegistryService(blockNum, operators)
			// The task response is the digest itself: no hashing overhead.
			hash := func(r types.TaskResponse) (types.TaskResponseDigest, error) {
				return r.(types.TaskResponseDigest), nil
			}
			logger := logging.NewTextSLogger(io.Discard, &logging.SLoggerOptions{Level: slog.LevelError})
			service := blsagg.NewBlsAggregatorService(registry, hash, logger)
			ctx := context.Background()

			var task types.TaskIndex
			round := func() (blsagg.BlsAggregationServiceResponse, error) {
				task++
				meta := blsagg.NewTaskMetadata(task, blockNum, types.QuorumNums{0},
					types.QuorumThresholdPercentages{100}, time.Minute)
				if err := service.InitializeNewTask(meta); err != nil {
					return blsagg.BlsAggregationServiceResponse{}, err
				}
				for i := range sigs {
					sig := blsagg.NewTaskSignature(task, types.TaskResponseDigest(testDigest), sigs[i], operators[i].OperatorId)
					if err := service.ProcessNewSignature(ctx, sig); err != nil {
						return blsagg.BlsAggregationServiceResponse{}, fmt.Errorf("signature %d: %w", i, err)
					}
				}
				resp := <-service.GetResponseChannel()
				return resp, resp.Err
			}

			resp, err := round()
			if err != nil {
				b.Fatal(err)
			}
			if len(resp.NonSignersPubkeysG1) != 0 {
				b.Fatalf("%d non-signers", len(resp.NonSignersPubkeysG1))
			}
			if err := Verify(testDigest, resp.SignersAggSigG1, resp.SignersApkG2); err != nil {
				b.Fatalf("aggregate signature: %v", err)
			}
			b.ResetTimer()
			for b.Loop() {
				_, _ = round()
			}
		})
	}
}

// BenchmarkNewMessage is the hash to G1 of one digest.
func BenchmarkNewMessage(b *testing.B) {
	for b.Loop() {
		NewMessage(testDigest)
	}
}

// BenchmarkCheckPublicKeyG2 is the full G2 key check, subgroup included: the
// cost that Verify and BatchVerify leave to key ingestion.
func BenchmarkCheckPublicKeyG2(b *testing.B) {
	_, _, pks := firstSigners(b, 1)
	if err := CheckPublicKeyG2(pks[0]); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = CheckPublicKeyG2(pks[0])
	}
}
