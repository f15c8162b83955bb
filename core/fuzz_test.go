package core_test

import (
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/core"
)

// Run one with e.g. go test ./core -run '^$' -fuzz '^FuzzClaimJSON$' -fuzztime 20s

func FuzzClaimJSON(f *testing.F) {
	f.Add([]byte(validClaimJSON))
	f.Add([]byte(`{"chainId":"18446744073709551615","blockNumber":"0","blockHash":"` + hashA + `","stateRoot":"` + hashB + `"}`))
	f.Add([]byte(`{"chainId":"010","blockNumber":"1"}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"chainId":"1","chainId":"1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c core.Claim
		if err := json.Unmarshal(data, &c); err != nil {
			return
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var again core.Claim
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if again != c {
			t.Fatalf("round trip changed %+v to %+v", c, again)
		}
		out2, _ := json.Marshal(again)
		if string(out2) != string(out) {
			t.Fatalf("encoding is not canonical: %s vs %s", out, out2)
		}
	})
}

func FuzzCheckpointJSON(f *testing.F) {
	f.Add([]byte(validCheckpointJSON))
	f.Add([]byte(`{"round":"18446744073709551615","referenceBlock":"4294967295","claimsRoot":"` + hashB + `"}`))
	f.Add([]byte(`{"round":"0","referenceBlock":"4294967296","claimsRoot":"0x"}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var cp core.Checkpoint
		if err := json.Unmarshal(data, &cp); err != nil {
			return
		}
		out, err := json.Marshal(cp)
		if err != nil {
			t.Fatal(err)
		}
		var again core.Checkpoint
		if err := json.Unmarshal(out, &again); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if again != cp {
			t.Fatalf("round trip changed %+v to %+v", cp, again)
		}
		out2, _ := json.Marshal(again)
		if string(out2) != string(out) {
			t.Fatalf("encoding is not canonical: %s vs %s", out, out2)
		}
	})
}

// FuzzTreeProofs builds a tree of 1..MaxClaims claims derived from seed and
// checks every proof verifies, and that flipping one bit of a claim, of a
// proof or of the root makes it fail.
func FuzzTreeProofs(f *testing.F) {
	f.Add([]byte("seed"), uint16(0), uint16(0))
	f.Add([]byte("seed"), uint16(2), uint16(300))
	f.Add([]byte{0}, uint16(255), uint16(65535))
	f.Add([]byte{1, 2, 3}, uint16(4), uint16(17))
	f.Fuzz(func(t *testing.T, seed []byte, size uint16, flip uint16) {
		n := int(size)%core.MaxClaims + 1
		claims := randomClaims(seed, n)
		tree, err := core.BuildTree(claims)
		if err != nil {
			t.Fatal(err)
		}
		root := tree.Root()
		for i, c := range tree.Claims() {
			proof, err := tree.Proof(c.ChainID)
			if err != nil {
				t.Fatal(err)
			}
			if len(proof) > core.MaxProofLength {
				t.Fatalf("proof of %d entries", len(proof))
			}
			if !core.VerifyProof(root, c, proof) {
				t.Fatalf("proof of claim %d of %d does not verify", i, n)
			}
			// Spread the bit flips over the claims.
			bit := (int(flip) + 7*i) % (8 * core.EncodedClaimLen)
			if core.VerifyProof(root, flipClaimBit(c, bit), proof) {
				t.Fatalf("claim %d with bit %d flipped verifies", i, bit)
			}
			if len(proof) > 0 {
				bad := append([]common.Hash(nil), proof...)
				j := (int(flip) + i) % len(bad)
				bad[j][(int(flip)/8)%32] ^= 1 << (flip % 8)
				if core.VerifyProof(root, c, bad) {
					t.Fatalf("claim %d verifies with proof entry %d flipped", i, j)
				}
			}
			badRoot := root
			badRoot[(int(flip)/8)%32] ^= 1 << (flip % 8)
			if core.VerifyProof(badRoot, c, proof) {
				t.Fatalf("claim %d verifies against a flipped root", i)
			}
		}
	})
}

// flipClaimBit flips one bit of one field of c, chosen by bit in [0, 1024):
// the four 256-bit quarters select the field (integers wrap onto their 64 bits).
func flipClaimBit(c core.Claim, bit int) core.Claim {
	byteIdx, mask := bit/8, byte(1)<<(bit%8)
	switch {
	case byteIdx < 32:
		c.ChainID ^= uint64(mask) << (8 * (byteIdx % 8))
	case byteIdx < 64:
		c.BlockNumber ^= uint64(mask) << (8 * (byteIdx % 8))
	case byteIdx < 96:
		c.BlockHash[byteIdx-64] ^= mask
	default:
		c.StateRoot[byteIdx-96] ^= mask
	}
	return c
}

// FuzzLeafInjective checks that the leaf encoding is injective: the 128-byte
// encoding decodes back to the claim, and equal leaves come only from equal
// claims.
func FuzzLeafInjective(f *testing.F) {
	f.Add(uint64(1), uint64(2), []byte{3}, []byte{4}, uint64(1), uint64(2), []byte{3}, []byte{4})
	f.Add(uint64(1), uint64(2), []byte{3}, []byte{4}, uint64(2), uint64(1), []byte{4}, []byte{3})
	f.Add(uint64(0), uint64(0), []byte{}, []byte{}, uint64(0), uint64(0), []byte{0}, []byte{})
	f.Fuzz(func(t *testing.T, chainA, blockA uint64, hA, rA []byte, chainB, blockB uint64, hB, rB []byte) {
		a := core.Claim{ChainID: chainA, BlockNumber: blockA, BlockHash: common.BytesToHash(hA), StateRoot: common.BytesToHash(rA)}
		b := core.Claim{ChainID: chainB, BlockNumber: blockB, BlockHash: common.BytesToHash(hB), StateRoot: common.BytesToHash(rB)}
		for _, c := range []core.Claim{a, b} {
			if got := decodeClaim(t, c.Encode()); got != c {
				t.Fatalf("encoding of %+v decodes to %+v", c, got)
			}
		}
		if (core.LeafHash(a) == core.LeafHash(b)) != (a == b) {
			t.Fatalf("leaf equality differs from claim equality: %+v vs %+v", a, b)
		}
		if (string(a.Encode()) == string(b.Encode())) != (a == b) {
			t.Fatalf("encoding equality differs from claim equality: %+v vs %+v", a, b)
		}
	})
}

// decodeClaim inverts Claim.Encode, failing on non-zero padding.
func decodeClaim(t *testing.T, enc []byte) core.Claim {
	t.Helper()
	if len(enc) != core.EncodedClaimLen {
		t.Fatalf("encoding of %d bytes", len(enc))
	}
	for _, pad := range [][]byte{enc[0:24], enc[32:56]} {
		for _, b := range pad {
			if b != 0 {
				t.Fatalf("non-zero padding in %x", enc)
			}
		}
	}
	return core.Claim{
		ChainID:     binary.BigEndian.Uint64(enc[24:32]),
		BlockNumber: binary.BigEndian.Uint64(enc[56:64]),
		BlockHash:   common.BytesToHash(enc[64:96]),
		StateRoot:   common.BytesToHash(enc[96:128]),
	}
}
