// Package rollup reads state claims from rollup nodes.
//
// A claim (core.Claim) is what an operator asserts about one rollup block:
// on the rollup with chain id C, block N has hash H and state root R. A
// Reader produces the claim for a height from the operator's own node, in
// one of two ways (Kind):
//
//   - KindEVM: any EVM JSON-RPC node. The claim is the hash and state root
//     of eth_getBlockByNumber(N); the finality bound is the number of the
//     block tagged "latest", "safe" or "finalized".
//   - KindOPStack: an OP Stack rollup node (op-node). The claim is the block
//     hash and state root of optimism_outputAtBlock(N); the reader recomputes
//     the version 0 output root from them and rejects a response that does
//     not match it (ErrBadOutput). The finality bound comes from
//     optimism_syncStatus (unsafe_l2, safe_l2, finalized_l2).
//
// Finality is how settled a block must be before it is claimed: "latest"
// (the node's head, may still reorg), "safe" (reorgs only with a deep L1
// reorg) or "finalized" (cannot reorg). A height above the bound at the configured finality is not an
// error but ErrNotYet: the node has not got there yet, ask again later.
// Signing two different claims for one height is slashable, so operators
// should claim only what cannot reorg: DefaultConfig uses "finalized".
//
// The operator trusts its own node. The reader takes the block hash and
// state root the node reports; it checks their consistency (the block
// number asked for, the OP Stack output root) but does not re-hash headers
// nor verify anything against L1. Pointing the reader at a third party's
// endpoint means signing whatever that endpoint says.
package rollup
