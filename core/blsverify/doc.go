// Package blsverify checks the BN254 BLS signatures that operators send to
// the aggregator: input validation of points received from the network,
// single verification, and batch verification of many signatures over one
// message with bisection to find the bad ones.
//
// Signatures are eigensdk-go's: σ = sk·H(m) in G1, where H is the
// try-and-increment map bn254.MapToCurve (the on-chain BN254.hashToG1), and
// public keys are the operators' G2 keys. A signature is valid when
// e(σ, g2) = e(H(m), pk).
//
// Points from the network are parsed with core.ParseG1/ParseSignature/core.ParseG2,
// which reject coordinates at or above the field modulus. Every G2 key must
// pass CheckPublicKeyG2 (subgroup check) once, when the aggregator accepts
// it; Verify and BatchVerify then check only that keys are present, finite
// and on the curve, and fully check every signature.
package blsverify
