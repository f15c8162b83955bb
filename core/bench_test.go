package core_test

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/core"
)

func BenchmarkBuildTree256(b *testing.B) {
	claims := randomClaims([]byte("bench"), core.MaxClaims)
	for b.Loop() {
		if _, err := core.BuildTree(claims); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyProof256(b *testing.B) {
	tree, err := core.BuildTree(randomClaims([]byte("bench"), core.MaxClaims))
	if err != nil {
		b.Fatal(err)
	}
	c := tree.Claims()[100]
	proof, err := tree.Proof(c.ChainID)
	if err != nil {
		b.Fatal(err)
	}
	root := tree.Root()
	for b.Loop() {
		if !core.VerifyProof(root, c, proof) {
			b.Fatal("proof does not verify")
		}
	}
}

func BenchmarkDigestAndMessageG1(b *testing.B) {
	cp := core.Checkpoint{Round: 7, ReferenceBlock: 19_000_000, ClaimsRoot: common.HexToHash("0x1234")}
	for b.Loop() {
		core.MessageG1(cp.Digest(17000, vectorRegistry))
		cp.Round++
	}
}

func BenchmarkClaimJSONRoundTrip(b *testing.B) {
	c := randomClaims([]byte("bench"), 1)[0]
	for b.Loop() {
		out, err := json.Marshal(c)
		if err != nil {
			b.Fatal(err)
		}
		var back core.Claim
		if err := json.Unmarshal(out, &back); err != nil {
			b.Fatal(err)
		}
	}
}
