package blsverify

import (
	"errors"
	"fmt"
	"sync"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdkbn254 "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254"
)

// negG2 is −g2, so that e(σ, g2) = e(H(m), pk) is checked as the single
// product e(σ, −g2)·e(H(m), pk) = 1 (one shared final exponentiation).
var negG2 = func() bn254.G2Affine {
	_, _, _, g2 := bn254.Generators()
	var n bn254.G2Affine
	n.Neg(&g2)
	return n
}()

// Message is a 32-byte digest together with H(digest), its hash to G1.
// Hashing costs a modular square root per try; build one Message per digest
// and reuse it for every signature over that digest. The zero Message is not
// usable: build it with NewMessage.
type Message struct {
	digest [32]byte
	point  bn254.G1Affine
}

// NewMessage hashes digest to G1 exactly as bls.KeyPair.SignMessage and the
// on-chain BN254.hashToG1 do.
func NewMessage(digest [32]byte) Message {
	return Message{digest: digest, point: *sdkbn254.MapToCurve(digest)}
}

// Digest returns the digest the message was built from.
func (m *Message) Digest() [32]byte { return m.digest }

var errZeroMessage = errors.New("blsverify: zero Message (use NewMessage)")

// Verify checks that sig is pk's signature over m with one two-pair pairing
// check. It rejects a malformed signature (CheckSignature) and a public key
// that is missing, infinity or off the curve. The G2 subgroup check is not
// repeated here: keys are long-lived, and at ~40 µs a key it would cost more
// than a whole batch verification per signature (see BatchVerify). Every key
// must pass CheckPublicKeyG2 once, when the aggregator accepts it.
func (m *Message) Verify(sig *bls.Signature, pk *bls.G2Point) error {
	if m.point.IsInfinity() {
		return errZeroMessage
	}
	if err := CheckSignature(sig); err != nil {
		return fmt.Errorf("signature: %w", err)
	}
	if err := checkG2Shape(pk); err != nil {
		return fmt.Errorf("public key: %w", err)
	}
	return pairingCheck(sig.G1Affine, &m.point, pk.G2Affine)
}

// pairingCheck returns nil iff e(s, g2) = e(h, p).
func pairingCheck(s, h *bn254.G1Affine, p *bn254.G2Affine) error {
	ok, err := bn254.PairingCheck([]bn254.G1Affine{*s, *h}, []bn254.G2Affine{negG2, *p})
	if err != nil {
		return fmt.Errorf("blsverify: pairing: %w", err)
	}
	if !ok {
		return ErrBadSignature
	}
	return nil
}

// Verify checks that sig is pk's signature over digest (see Message.Verify).
// H(digest) comes from a small cache of recently used digests, so verifying
// each signature of a round one by one hashes the digest once.
func Verify(digest [32]byte, sig *bls.Signature, pk *bls.G2Point) error {
	m := cachedMessage(digest)
	return m.Verify(sig, pk)
}

// messageCacheSize bounds the digest cache. A round has a handful of digests
// (honest operators agree); the cache is simply emptied when full.
const messageCacheSize = 256

var messageCache = struct {
	sync.Mutex
	m map[[32]byte]Message
}{m: make(map[[32]byte]Message)}

func cachedMessage(digest [32]byte) Message {
	messageCache.Lock()
	m, ok := messageCache.m[digest]
	messageCache.Unlock()
	if ok {
		return m
	}
	m = NewMessage(digest) // outside the lock: hashing is the slow part
	messageCache.Lock()
	if len(messageCache.m) >= messageCacheSize {
		clear(messageCache.m)
	}
	messageCache.m[digest] = m
	messageCache.Unlock()
	return m
}
