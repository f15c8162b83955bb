// Package optable is rollcall's operator table: the operator set of the
// middleware at one L1 block, in the compact form that a certificate verifier
// on any EVM chain holds (contracts/src/OperatorTable.sol and
// contracts/src/CertificateVerifier.sol).
//
// A Table is, for L1 block R, per quorum the aggregate G1 key of its
// members, their total stake and count, plus the root of a Merkle tree over
// one Leaf per operator (operator id, G1 key, stake per quorum), leaves in
// ascending operator id. FromL1 computes it from the middleware; operators
// and the aggregator both use that code. The table digest (Table.Digest) is
// what operators sign to move a chain's verifier to a new table; a
// Certificate is an aggregate signature with the witnesses (leaves and one
// Merkle multiproof) of the operators that did not sign, verified against a
// table with one pairing check.
//
// Every hash here must match the Solidity byte for byte: docs/operator-table.md
// is the spec and core/optable/testdata/vectors.json pins it for both.
package optable
