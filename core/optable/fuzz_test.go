package optable_test

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/core/optable"
)

// Run one with e.g. go test ./core/optable -run '^$' -fuzz '^FuzzDecodeLeaf$' -fuzztime 20s

// FuzzDecodeLeaf: whatever decodes is a valid leaf that re-encodes to the
// same bytes and hashes as its prefixed preimage.
func FuzzDecodeLeaf(f *testing.F) {
	for _, l := range cheapLeaves(f, 3, 11) {
		f.Add(l.Encode(), 2)
	}
	f.Add(make([]byte, 128), 1)
	f.Add(bytes.Repeat([]byte{0xff}, 128), 1)
	f.Fuzz(func(t *testing.T, data []byte, quorums int) {
		l, err := optable.DecodeLeaf(data, quorums)
		if err != nil {
			return
		}
		if err := l.Validate(); err != nil {
			t.Fatalf("decoded an invalid leaf: %v", err)
		}
		if !bytes.Equal(l.Encode(), data) {
			t.Fatal("re-encoding differs")
		}
		if optable.LeafHash(&l) != crypto.Keccak256Hash([]byte{optable.LeafPrefix}, data) {
			t.Fatal("leaf hash is not the hash of the prefixed preimage")
		}
	})
}

// FuzzMultiProof: for any tree size and subset, the proof the tree makes
// verifies, and changing one bit of it (or of a leaf) does not.
func FuzzMultiProof(f *testing.F) {
	f.Add(uint16(1), []byte{0}, uint16(0))
	f.Add(uint16(7), []byte{0b1010101}, uint16(3))
	f.Add(uint16(200), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}, uint16(77))
	f.Fuzz(func(t *testing.T, size uint16, mask []byte, flip uint16) {
		n := int(size%300) + 1
		tree, err := optable.BuildTree(cheapLeaves(t, n, 5))
		if err != nil {
			t.Fatal(err)
		}
		var idx []uint32
		var hashes []common.Hash
		for i := range n {
			if len(mask) > 0 && mask[(i/8)%len(mask)]&(1<<(i%8)) != 0 {
				l := tree.Leaf(i)
				idx = append(idx, uint32(i))
				hashes = append(hashes, optable.LeafHash(&l))
			}
		}
		if len(idx) == 0 {
			return
		}
		proof, err := tree.MultiProof(idx)
		if err != nil {
			t.Fatal(err)
		}
		if err := optable.VerifyMultiProof(tree.Root(), uint32(n), idx, hashes, proof); err != nil {
			t.Fatalf("n=%d idx=%v: %v", n, idx, err)
		}
		total := len(proof) + len(hashes)
		k := int(flip) % total
		if k < len(proof) {
			proof[k][int(flip)%32] ^= 1 << (flip % 8)
		} else {
			hashes[k-len(proof)][int(flip)%32] ^= 1 << (flip % 8)
		}
		if optable.VerifyMultiProof(tree.Root(), uint32(n), idx, hashes, proof) == nil {
			t.Fatalf("n=%d idx=%v: a flipped bit still verifies", n, idx)
		}
	})
}

// FuzzTableDigest: the digest preimage has a fixed layout, and a change of
// any field changes the digest.
func FuzzTableDigest(f *testing.F) {
	f.Add(uint32(1), uint64(2), uint32(3), []byte("root"), uint8(0), []byte{1}, uint64(0))
	f.Fuzz(func(t *testing.T, ref uint32, ts uint64, count uint32, root []byte, q uint8, stake []byte, l1 uint64) {
		tab := &optable.Table{ReferenceBlock: ref, L1Timestamp: ts, OperatorCount: count, OperatorsRoot: common.BytesToHash(root),
			Quorums: []optable.Quorum{{Number: q, TotalStake: new(big.Int).SetBytes(trim(stake, 12)), OperatorCount: count}}}
		reg := common.BytesToAddress(root)
		pre := tab.EncodeDigest(l1, reg)
		if len(pre) != optable.EncodedDigestLen {
			t.Fatal("preimage length")
		}
		if binary.BigEndian.Uint32(pre[124:128]) != ref || binary.BigEndian.Uint64(pre[152:160]) != ts || binary.BigEndian.Uint64(pre[56:64]) != l1 {
			t.Fatal("preimage layout")
		}
		d := tab.Digest(l1, reg)
		tab.ReferenceBlock++
		if tab.Digest(l1, reg) == d {
			t.Fatal("reference block not bound")
		}
		tab.ReferenceBlock--
		tab.Quorums[0].TotalStake = new(big.Int).Add(tab.Quorums[0].TotalStake, big.NewInt(1))
		if tab.Digest(l1, reg) == d {
			t.Fatal("total stake not bound")
		}
	})
}

func trim(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
