// Package chain runs an embedded, in-process Ethereum chain for rollcall's
// devnet and tests.
//
// A Chain wraps go-ethereum's ethclient/simulated.Backend (a real EVM, a real
// transaction pool and a real JSON-RPC server) and adds what the simulated
// backend leaves to its caller:
//
//   - a fork configuration pinned to named mainnet forks (up to Prague) and a
//     chosen chain id, see ChainConfig;
//   - JSON-RPC served over HTTP and WebSocket on a chosen host and ports;
//   - a block producer that seals a block every BlockInterval and, promptly,
//     whenever transactions are pending (the simulated backend only mines on
//     Commit);
//   - optional activity traffic: one real transaction per block, so that the
//     state root changes from block to block, and any further Traffic sources
//     added with AddTraffic (rollcall's devnet adds token transfers once it
//     has deployed the token). Traffic never triggers a block by itself.
//     rollcall's devnet simulates a rollup as a Chain with its own chain id,
//     ActivityTx on and its token traffic.
//
// Finality. The simulated beacon drives the fork choice itself and reports:
//
//   - "safe" equal to the head ("latest"); for an instant while a block is
//     sealed, safe may still be the previous block;
//   - "finalized" equal to the last block whose number is a multiple of 32 (a
//     dev epoch), the genesis block until block 32 is sealed.
//
// So "finalized" lags "latest" by 0 to 31 blocks and advances in steps of 32.
// Chain.Reorg replaces the newest blocks (never finalized ones) with a longer
// branch, for reorg tests.
// Both tags always resolve, from genesis on. Neither lag is configurable
// through simulated.Backend, which hides its beacon and node.
//
// Timestamps. Block timestamps are whole seconds taken from the wall clock
// and strictly increasing, so when more than one block per second is sealed
// (short intervals, bursts of transactions) they run ahead of the wall clock.
// A chain given a Clock (Config.Clock: the devnet's rollups get the L1's
// newest timestamp) seals an empty block at that time whenever it falls
// more than a second behind, so a rollup's timestamps never trail L1's:
// scheduled rounds target a rollup's last block at or before an L1
// timestamp, which needs a later rollup block to exist.
package chain
