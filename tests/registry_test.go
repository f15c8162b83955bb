package tests

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	mockavs "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
)

// TestRegistry exercises RollcallRegistry on the real EVM with real
// EigenLayer middleware: four operators of equal stake registered with BLS
// keys, checkpoints signed by subsets of them, and every rule of attest.
func TestRegistry(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	log := testLogger(t)
	stake := devnettest.Ether(100)
	env := devnettest.Start(t, ctx, []*big.Int{stake, stake, stake, stake}, log)
	h := newRegistryHarness(t, ctx, env, log)
	stakeOf := func(n int64) string { return new(big.Int).Mul(stake, big.NewInt(n)).String() }

	t.Run("deployed parameters", func(t *testing.T) {
		bips, err := h.reg.ThresholdBips(h.call())
		require.NoError(t, err)
		require.EqualValues(t, deploy.DefaultThresholdBips, bips)
		age, err := h.reg.MaxReferenceAge(h.call())
		require.NoError(t, err)
		require.EqualValues(t, deploy.DefaultMaxReferenceAge, age)
		owner, err := h.reg.Owner(h.call())
		require.NoError(t, err)
		require.Equal(t, crypto.PubkeyToAddress(env.Devnet.Owner.PublicKey), owner)
		checker, err := h.reg.SignatureChecker(h.call())
		require.NoError(t, err)
		require.Equal(t, env.Devnet.Deployment.AVS.ServiceManager, checker)
		quorums, err := h.reg.QuorumNumbers(h.call())
		require.NoError(t, err)
		require.Equal(t, []byte{byte(env.Devnet.Deployment.AVS.OperatorSetID)}, quorums, "quorums held in an immutable word")
	})

	t.Run("accepted", func(t *testing.T) {
		claims := randomClaims(1001, 3, 77)
		cp := h.signed(t, h.nextRound(), h.refBlock(t), claims, 0, 1, 2, 3)

		onChain, err := h.reg.CheckpointDigest(h.call(), cp.round, cp.ref, cp.tree.Root())
		require.NoError(t, err)
		require.Equal(t, cp.digest, common.Hash(onChain), "Go and Solidity digests agree")

		lanesBefore, err := h.reg.LaneCount(h.call())
		require.NoError(t, err)
		receipt := h.attest(t, cp)
		root, err := h.reg.ClaimsRoot(h.call(), cp.round)
		require.NoError(t, err)
		require.Equal(t, cp.tree.Root(), common.Hash(root))
		latestRound, err := h.reg.LatestRound(h.call())
		require.NoError(t, err)
		require.Equal(t, cp.round, latestRound)
		lanesAfter, err := h.reg.LaneCount(h.call())
		require.NoError(t, err)
		require.Equal(t, lanesBefore+uint32(len(claims)), lanesAfter, "one lane per new rollup")

		for i, c := range cp.tree.Claims() {
			require.True(t, h.verify(t, c, cp.round, cp.proof(t, c.ChainID)), "claim of chain %d verifies", c.ChainID)
			h.requireLatest(t, c, cp.round, cp.proof(t, c.ChainID))
			lanes, err := h.reg.LanesOf(h.call(), []uint64{c.ChainID})
			require.NoError(t, err)
			require.Equal(t, []byte{byte((lanesBefore + uint32(i)) >> 8), byte(lanesBefore + uint32(i))}, lanes, "lanes in the order claims landed")
		}

		// One event, carrying every claim in chain id order.
		require.Len(t, receipt.Logs, 1)
		ev := h.checkpointEvent(t, receipt)
		require.Equal(t, cp.round, ev.Round)
		require.Equal(t, cp.ref, ev.ReferenceBlock)
		require.Equal(t, signatoryRecordHash(cp.ref, nil), common.Hash(ev.SignatoryRecordHash))
		require.Equal(t, attestation.PackClaims(cp.tree.Claims()), ev.Claims)

		// Rebuilding the checkpoint from L1 alone (event + stored root)
		// gives the attested one.
		reader, err := attestation.NewReader(h.client, h.chainID.Uint64(), h.addr)
		require.NoError(t, err)
		rebuilt, err := reader.Checkpoint(h.ctx, cp.round)
		require.NoError(t, err)
		require.Equal(t, cp.tree.Root(), rebuilt.Checkpoint.ClaimsRoot)
		require.Equal(t, cp.ref, rebuilt.Checkpoint.ReferenceBlock)
		require.Equal(t, receipt.BlockNumber.Uint64(), rebuilt.AttestedBlock)
		require.Equal(t, cp.tree.Claims(), rebuilt.Tree.Claims())
		_, err = reader.Checkpoint(h.ctx, cp.round+1_000_000)
		require.ErrorIs(t, err, attestation.ErrNotAttested)
	})

	t.Run("shared vectors", func(t *testing.T) {
		// The registry hashes claims from calldata in its own code: each tree
		// of core/testdata/vectors.json, attested, must store the vectors'
		// root and accept the vectors' proofs.
		raw, err := os.ReadFile(filepath.Join("..", "core", "testdata", "vectors.json"))
		require.NoError(t, err)
		var f struct {
			Trees []struct {
				Name   string
				Root   common.Hash
				Claims []struct {
					Claim core.Claim
					Proof []common.Hash
				}
			}
		}
		require.NoError(t, json.Unmarshal(raw, &f))
		require.NotEmpty(t, f.Trees)
		for _, tree := range f.Trees {
			claims := make([]core.Claim, len(tree.Claims))
			for i, c := range tree.Claims {
				claims[i] = c.Claim
			}
			cp := h.signed(t, h.nextRound(), h.refBlock(t), claims, 0, 1, 2, 3)
			require.Equal(t, tree.Root, cp.tree.Root(), "%s: Go tree", tree.Name)
			h.attest(t, cp)
			root, err := h.reg.ClaimsRoot(h.call(), cp.round)
			require.NoError(t, err)
			require.Equal(t, tree.Root, common.Hash(root), "%s: the registry's root", tree.Name)
			for _, c := range tree.Claims {
				require.True(t, h.verify(t, c.Claim, cp.round, c.Proof), "%s: claim of chain %d", tree.Name, c.Claim.ChainID)
				require.True(t, h.verifyLatest(t, c.Claim, c.Proof), "%s: latest claim of chain %d", tree.Name, c.Claim.ChainID)
			}
		}
	})

	t.Run("lanes", func(t *testing.T) {
		// Two rollups get lanes; then every way of naming a lane wrong.
		ref := h.refBlock(t)
		first := h.signed(t, h.nextRound(), ref, randomClaims(1701, 2, 1), 0, 1, 2, 3)
		h.attest(t, first)
		lanes, err := h.reg.LanesOf(h.call(), []uint64{1701, 1702, 1703})
		require.NoError(t, err)
		require.Equal(t, []byte{0xff, 0xff}, lanes[4:], "no lane yet: NEW_LANE")
		a, b := binary.BigEndian.Uint16(lanes[0:]), binary.BigEndian.Uint16(lanes[2:])
		require.Equal(t, a+1, b)
		count, err := h.reg.LaneCount(h.call())
		require.NoError(t, err)

		cp := h.signed(t, h.nextRound(), ref, randomClaims(1701, 2, 2), 0, 1, 2, 3)
		swapped := cp
		swapped.lanes = binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint16(nil, b), a)
		require.Equal(t, []any{uint64(1701), big.NewInt(int64(b))}, h.expectAttestRevert(t, swapped, "WrongLane", true))
		unassigned := cp
		unassigned.lanes = binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint16(nil, a), uint16(count))
		require.Equal(t, []any{uint64(1702), big.NewInt(int64(count))}, h.expectAttestRevert(t, unassigned, "WrongLane", true))
		short := cp
		short.lanes = lanes[:2]
		require.Equal(t, []any{big.NewInt(2), big.NewInt(2)}, h.expectAttestRevert(t, short, "LanesLength", true))

		// NEW_LANE for a rollup that has a lane finds it: no new lane.
		lookedUp := cp
		lookedUp.lanes = []byte{0xff, 0xff, 0xff, 0xff}
		h.attest(t, lookedUp)
		again, err := h.reg.LaneCount(h.call())
		require.NoError(t, err)
		require.Equal(t, count, again)
		for _, c := range cp.tree.Claims() {
			h.requireLatest(t, c, cp.round, cp.proof(t, c.ChainID))
		}

		// Known and new rollups together (what lanesOf gives when a rollup
		// joins): the known lane is still checked, the new one is assigned.
		mixed := h.signed(t, h.nextRound(), ref, []core.Claim{randomClaims(1701, 1, 3)[0], randomClaims(1703, 1, 3)[0]}, 0, 1, 2, 3)
		wrong := mixed
		wrong.lanes = binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint16(nil, b), NewLane)
		require.Equal(t, []any{uint64(1701), big.NewInt(int64(b))}, h.expectAttestRevert(t, wrong, "WrongLane", true))
		require.Equal(t, binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint16(nil, a), NewLane), h.lanes(t, mixed))
		h.attest(t, mixed)
		after, err := h.reg.LaneCount(h.call())
		require.NoError(t, err)
		require.Equal(t, count+1, after, "one lane for the new rollup")
		lanes, err = h.reg.LanesOf(h.call(), []uint64{1703})
		require.NoError(t, err)
		require.Equal(t, binary.BigEndian.AppendUint16(nil, uint16(count)), lanes, "the next free lane")
		for _, c := range mixed.tree.Claims() {
			h.requireLatest(t, c, mixed.round, mixed.proof(t, c.ChainID))
		}
	})

	t.Run("threshold", func(t *testing.T) {
		ref := h.refBlock(t)
		cp := h.signed(t, h.nextRound(), ref, randomClaims(1101, 2, 5), 0, 1, 3)
		receipt := h.attest(t, cp)
		ev := h.checkpointEvent(t, receipt)
		require.Equal(t, signatoryRecordHash(ref, []common.Hash{env.Operators[2].ID}), common.Hash(ev.SignatoryRecordHash), "operator 2 recorded as non-signer")

		two := h.signed(t, h.nextRound(), ref, randomClaims(1101, 2, 6), 1, 2)
		args := h.expectAttestRevert(t, two, "InsufficientStake", true)
		require.Equal(t, []any{uint8(0), stakeWei(stakeOf(2)), stakeWei(stakeOf(4)), uint16(6667)}, args)

		// From here on the threshold changes: restore it whatever happens.
		t.Cleanup(func() { h.setThreshold(t, deploy.DefaultThresholdBips) })

		// The comparison is signed/total >= bips/10000: 75% passes 7500
		// exactly and fails 7501.
		h.setThreshold(t, 7500)
		h.attest(t, h.signed(t, h.nextRound(), ref, randomClaims(1101, 2, 7), 0, 2, 3))
		h.setThreshold(t, 7501)
		args = h.expectAttestRevert(t, h.signed(t, h.nextRound(), ref, randomClaims(1101, 2, 8), 0, 2, 3), "InsufficientStake", true)
		require.Equal(t, uint16(7501), args[3])

		h.setThreshold(t, 10000)
		args = h.expectAttestRevert(t, h.signed(t, h.nextRound(), ref, randomClaims(1101, 2, 9), 0, 1, 2), "InsufficientStake", true)
		require.Equal(t, []any{uint8(0), stakeWei(stakeOf(3)), stakeWei(stakeOf(4)), uint16(10000)}, args)
		h.attest(t, h.signed(t, h.nextRound(), ref, randomClaims(1101, 2, 10), 0, 1, 2, 3)) // 100% >= 100%

		// Only the owner sets the threshold.
		input := h.pack(t, "setThresholdBips", uint16(5000))
		err := h.ethCall(h.submitterAddr, input, nil)
		require.Equal(t, "Ownable: caller is not the owner", revertReason(t, err))
		h.sendFailing(t, h.submitter, input)
		bips, err := h.reg.ThresholdBips(h.call())
		require.NoError(t, err)
		require.EqualValues(t, 10000, bips, "non-owner changed nothing")

		for _, bad := range []uint16{0, 10001, 65535} {
			err := h.ethCall(h.ownerAddr, h.pack(t, "setThresholdBips", bad), nil)
			require.Equal(t, []any{bad}, h.requireError(t, err, "InvalidThreshold"))
		}
		err = h.ethCall(h.ownerAddr, h.pack(t, "setMaxReferenceAge", uint32(0)), nil)
		h.requireError(t, err, "InvalidMaxReferenceAge")

		h.setThreshold(t, deploy.DefaultThresholdBips)
		bips, err = h.reg.ThresholdBips(h.call())
		require.NoError(t, err)
		require.EqualValues(t, deploy.DefaultThresholdBips, bips)
	})

	t.Run("replay", func(t *testing.T) {
		ref := h.refBlock(t)
		cp := h.signed(t, h.nextRound(), ref, randomClaims(1201, 2, 1), 0, 1, 2, 3)
		h.attest(t, cp)
		require.Equal(t, []any{cp.round}, h.expectAttestRevert(t, cp, "AlreadyAttested", true))
		// Another, validly signed checkpoint for the same round.
		other := h.signed(t, cp.round, ref, randomClaims(1201, 2, 2), 0, 1, 2, 3)
		require.Equal(t, []any{cp.round}, h.expectAttestRevert(t, other, "AlreadyAttested", true))

		zero := h.signed(t, 0, ref, randomClaims(1201, 2, 3), 0, 1, 2, 3)
		h.expectAttestRevert(t, zero, "RoundZero", true)
		huge := h.signed(t, 1<<32, ref, randomClaims(1201, 2, 4), 0, 1, 2, 3)
		require.Equal(t, []any{uint64(1 << 32)}, h.expectAttestRevert(t, huge, "RoundTooLarge", true), "rounds live in 32-bit lanes")
	})

	t.Run("reference block", func(t *testing.T) {
		// Freshness is block.number - referenceBlock <= maxReferenceAge. An
		// eth_call pinned at a block number fixes block.number exactly.
		h.setMaxReferenceAge(t, 2)
		t.Cleanup(func() { h.setMaxReferenceAge(t, deploy.DefaultMaxReferenceAge) })
		ref := h.refBlock(t)
		cp := h.signed(t, h.nextRound(), ref, randomClaims(1301, 2, 1), 0, 1, 2, 3)
		require.NoError(t, env.WaitForBlock(ctx, uint64(ref)+3))

		require.NoError(t, h.ethCall(h.submitterAddr, h.attestInput(t, cp), big.NewInt(int64(ref)+2)), "age 2 of 2 is fresh")
		err := h.ethCall(h.submitterAddr, h.attestInput(t, cp), big.NewInt(int64(ref)+3))
		require.Equal(t, []any{ref, big.NewInt(int64(ref) + 3), uint32(2)}, h.requireError(t, err, "StaleReferenceBlock"))
		h.expectAttestRevert(t, cp, "StaleReferenceBlock", true) // now, at the head

		err = h.ethCall(h.submitterAddr, h.attestInput(t, cp), big.NewInt(int64(ref)))
		require.Equal(t, []any{ref, big.NewInt(int64(ref))}, h.requireError(t, err, "ReferenceBlockNotInPast"), "reference block = current block")
		future := cp
		future.ref = ref + 1000
		args := h.expectAttestRevert(t, future, "ReferenceBlockNotInPast", true)
		require.Equal(t, ref+1000, args[0])

		// With the default age again, the very same checkpoint is accepted.
		h.setMaxReferenceAge(t, deploy.DefaultMaxReferenceAge)
		h.attest(t, cp)
	})

	t.Run("wrong proof or claim", func(t *testing.T) {
		cp := h.signed(t, h.nextRound(), h.refBlock(t), randomClaims(1401, 5, 12), 0, 1, 2, 3)
		h.attest(t, cp)
		claims := cp.tree.Claims()
		c, proof := claims[1], cp.proof(t, claims[1].ChainID)
		require.True(t, h.verify(t, c, cp.round, proof), "control: the right claim and proof")

		flipped := c
		flipped.StateRoot[0] ^= 1
		require.False(t, h.verify(t, flipped, cp.round, proof), "flipped state root")
		flipped = c
		flipped.BlockHash[31] ^= 1
		require.False(t, h.verify(t, flipped, cp.round, proof), "flipped block hash")
		flipped = c
		flipped.BlockNumber++
		require.False(t, h.verify(t, flipped, cp.round, proof), "other block number")
		flipped = c
		flipped.ChainID = claims[2].ChainID
		require.False(t, h.verify(t, flipped, cp.round, proof), "other chain id")

		require.False(t, h.verify(t, c, cp.round, cp.proof(t, claims[3].ChainID)), "proof of another claim")
		require.False(t, h.verify(t, c, cp.round, nil), "empty proof")
		require.False(t, h.verify(t, c, cp.round, append(slices.Clone(proof), common.Hash{})), "proof with an extra hash")
		require.False(t, h.verify(t, c, cp.round+1_000_000, proof), "unattested round")
		require.False(t, h.verify(t, c, 0, proof), "round zero")

		// Proofs longer than MAX_PROOF_LENGTH (8) are rejected outright.
		long := make([]common.Hash, 9)
		require.False(t, h.verify(t, c, cp.round, long))
	})

	t.Run("wrong signature", func(t *testing.T) {
		ref := h.refBlock(t)
		claims := randomClaims(1501, 3, 40)
		round := h.nextRound()

		// Signed for another round.
		cp := h.signed(t, round+1, ref, claims, 0, 1, 2, 3)
		cp.round = round
		h.expectAttestRevert(t, cp, "InvalidBLSSignature", true)

		// Signed over other claims than submitted.
		cp = h.signed(t, round, ref, randomClaims(1501, 3, 41), 0, 1, 2, 3)
		cp.claims = sortedClaims(claims)
		h.expectAttestRevert(t, cp, "InvalidBLSSignature", true)

		// Signed by three, presented as signed by four.
		three := h.signed(t, round, ref, claims, 0, 1, 2)
		four := h.signed(t, round, ref, claims, 0, 1, 2, 3)
		four.sig.Sigma = three.sig.Sigma
		h.expectAttestRevert(t, four, "InvalidBLSSignature", true)

		// Claims must be strictly ascending by chain id.
		good := h.signed(t, round, ref, claims, 0, 1, 2, 3)
		swapped := good
		swapped.claims = slices.Clone(good.claims)
		swapped.claims[1], swapped.claims[2] = swapped.claims[2], swapped.claims[1]
		require.Equal(t, []any{big.NewInt(2)}, h.expectAttestRevert(t, swapped, "ChainIdsNotAscending", true))
		dup := good
		dup.claims = slices.Clone(good.claims)
		dup.claims[1].ChainID = dup.claims[0].ChainID
		require.Equal(t, []any{big.NewInt(1)}, h.expectAttestRevert(t, dup, "ChainIdsNotAscending", true))
		empty := good
		empty.claims = nil
		h.expectAttestRevert(t, empty, "NoClaims", false)
		tooMany := good
		tooMany.claims = sortedClaims(randomClaims(1, core.MaxClaims+1, 1))
		require.Equal(t, []any{big.NewInt(core.MaxClaims + 1)}, h.expectAttestRevert(t, tooMany, "TooManyClaims", false))

		// Control: the right signature over the right claims is accepted.
		h.attest(t, good)
	})

	t.Run("latest only moves forward", func(t *testing.T) {
		// A rollup's latest claim is its claim in the highest round that
		// attested it, whatever order rounds land in.
		ref := h.refBlock(t)
		base := h.reserveRounds(30)
		claimAt := func(chain, block uint64) core.Claim { return randomClaims(chain, 1, block)[0] }
		a1, a2 := claimAt(1601, 100), claimAt(1602, 100)
		cpA := h.signed(t, base+10, ref, []core.Claim{a1, a2}, 0, 1, 2, 3)
		h.attest(t, cpA)
		b2 := claimAt(1602, 150)
		cpB := h.signed(t, base+20, ref, []core.Claim{b2}, 0, 1, 2, 3)
		h.attest(t, cpB)
		h.requireLatest(t, a1, base+10, cpA.proof(t, 1601))
		h.requireLatest(t, b2, base+20, cpB.proof(t, 1602))
		require.False(t, h.verifyLatest(t, a2, cpA.proof(t, 1602)), "a2 is no longer chain 1602's latest")
		require.True(t, h.verify(t, a2, base+10, cpA.proof(t, 1602)), "but stays attested in its round")

		// A lower round landing late moves nothing back: chain 1602's lane
		// stays at base+20; chain 1601 moves to base+15.
		c1, c2 := claimAt(1601, 90), claimAt(1602, 120)
		late := h.signed(t, base+15, ref, []core.Claim{c1, c2}, 0, 1, 2, 3)
		h.attest(t, late)
		h.requireLatest(t, c1, base+15, late.proof(t, 1601))
		h.requireLatest(t, b2, base+20, cpB.proof(t, 1602))
		require.False(t, h.verifyLatest(t, c2, late.proof(t, 1602)))
		latestRound, err := h.reg.LatestRound(h.call())
		require.NoError(t, err)
		require.Equal(t, base+20, latestRound, "latestRound stays the highest")

		// A lower round landing late for a rollup that shares a lane word
		// with one that moves: only the newer lane moves.
		d1, d2 := claimAt(1601, 300), claimAt(1602, 300)
		h.attest(t, h.signed(t, base+12, ref, []core.Claim{d1, d2}, 0, 1, 2, 3))
		h.requireLatest(t, c1, base+15, late.proof(t, 1601))
		h.requireLatest(t, b2, base+20, cpB.proof(t, 1602))

		// No lane, no latest claim.
		require.False(t, h.verifyLatest(t, claimAt(1699, 1), nil))
		r, err := h.reg.LatestRoundOf(h.call(), 1699)
		require.NoError(t, err)
		require.Zero(t, r)
	})

	t.Run("owner functions", func(t *testing.T) {
		for _, input := range [][]byte{
			h.pack(t, "setThresholdBips", uint16(5000)),
			h.pack(t, "setMaxReferenceAge", uint32(7)),
			h.pack(t, "transferOwnership", h.submitterAddr),
		} {
			err := h.ethCall(h.submitterAddr, input, nil)
			require.Equal(t, "Ownable: caller is not the owner", revertReason(t, err))
			h.sendFailing(t, h.submitter, input)
		}
		bips, err := h.reg.ThresholdBips(h.call())
		require.NoError(t, err)
		require.EqualValues(t, deploy.DefaultThresholdBips, bips)
		age, err := h.reg.MaxReferenceAge(h.call())
		require.NoError(t, err)
		require.EqualValues(t, deploy.DefaultMaxReferenceAge, age)
		owner, err := h.reg.Owner(h.call())
		require.NoError(t, err)
		require.Equal(t, h.ownerAddr, owner, "non-owner changed nothing")
	})
}

// NewLane is the registry's NEW_LANE: "find or assign this claim's lane".
const NewLane = 0xffff

// registryHarness drives RollcallRegistry on a devnet: signing checkpoints
// with the operators' BLS keys, submitting them, and reading reverts.
type registryHarness struct {
	ctx       context.Context
	env       *devnettest.Env
	client    *ethclient.Client
	chainID   *big.Int
	addr      common.Address
	reg       *rollcallregistry.RollcallRegistry
	reader    *chainstate.Reader
	regABI    *abi.ABI
	errorABIs []*abi.ABI // registry, then the signature checker

	submitter, owner         *ecdsa.PrivateKey
	submitterAddr, ownerAddr common.Address
	round                    uint64
}

func newRegistryHarness(tb testing.TB, ctx context.Context, env *devnettest.Env, log *zap.Logger) *registryHarness {
	tb.Helper()
	dep, client := env.Devnet.Deployment, env.Devnet.L1Client()
	reg, err := rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, client)
	require.NoError(tb, err)
	reader, err := chainstate.NewReader(client, dep, log)
	require.NoError(tb, err)
	regABI, err := rollcallregistry.RollcallRegistryMetaData.GetAbi()
	require.NoError(tb, err)
	checkerABI, err := mockavs.ContractMockAvsServiceManagerMetaData.GetAbi()
	require.NoError(tb, err)
	chainID, err := client.ChainID(ctx)
	require.NoError(tb, err)
	require.Equal(tb, dep.L1.ChainID, chainID.Uint64())
	return &registryHarness{
		ctx: ctx, env: env, client: client, chainID: chainID, addr: dep.AVS.Registry, reg: reg, reader: reader,
		regABI: regABI, errorABIs: []*abi.ABI{regABI, checkerABI},
		submitter: env.Devnet.Aggregator, owner: env.Devnet.Owner,
		submitterAddr: crypto.PubkeyToAddress(env.Devnet.Aggregator.PublicKey), ownerAddr: crypto.PubkeyToAddress(env.Devnet.Owner.PublicKey),
	}
}

// signedCheckpoint is everything attest takes, plus what the test knows.
type signedCheckpoint struct {
	round  uint64
	ref    uint32
	claims []core.Claim // as submitted
	tree   *core.Tree   // as signed
	digest common.Hash
	sig    rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature
	lanes  []byte // nil: what the registry's lanesOf says, as the aggregator sends
}

func (cp signedCheckpoint) proof(tb testing.TB, chainID uint64) []common.Hash {
	p, err := cp.tree.Proof(chainID)
	require.NoError(tb, err)
	return p
}

func (h *registryHarness) call() *bind.CallOpts { return &bind.CallOpts{Context: h.ctx} }

func (h *registryHarness) nextRound() uint64 {
	h.round++
	return h.round
}

// reserveRounds returns base such that rounds base+1..base+n are unused, and
// moves nextRound past them.
func (h *registryHarness) reserveRounds(n uint64) uint64 {
	base := h.round
	h.round += n
	return base
}

// refBlock is a reference block that is in the past for the next block (and
// for eth_call at the head).
func (h *registryHarness) refBlock(tb testing.TB) uint32 {
	head, err := h.client.BlockNumber(h.ctx)
	require.NoError(tb, err)
	return uint32(head - 1)
}

// signed builds a checkpoint over claims signed by the operators at signers,
// with the non-signer data chainstate derives for the reference block.
func (h *registryHarness) signed(tb testing.TB, round uint64, ref uint32, claims []core.Claim, signers ...int) signedCheckpoint {
	tb.Helper()
	tree, err := core.BuildTree(claims)
	require.NoError(tb, err)
	digest := core.Checkpoint{Round: round, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(h.chainID.Uint64(), h.addr)
	snap, err := h.reader.Snapshot(h.ctx, ref)
	require.NoError(tb, err)
	ids, sig, apkG2 := h.env.Sign(digest, signers...)
	data, err := h.reader.SignatureData(h.ctx, snap, ids, sig, apkG2)
	require.NoError(tb, err)
	return signedCheckpoint{round: round, ref: ref, claims: tree.Claims(), tree: tree, digest: digest, sig: data}
}

func (h *registryHarness) transactor(tb testing.TB, key *ecdsa.PrivateKey) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(key, h.chainID)
	require.NoError(tb, err)
	opts.Context = h.ctx
	return opts
}

// send sends through build and waits for the receipt.
func (h *registryHarness) send(tb testing.TB, build func() (*types.Transaction, error)) *types.Receipt {
	tb.Helper()
	tx, err := build()
	require.NoError(tb, err)
	receipt, err := chainio.WaitReceipt(h.ctx, h.client, tx.Hash(), 20*time.Millisecond)
	require.NoError(tb, err)
	return receipt
}

// attest submits cp and requires it to be accepted.
func (h *registryHarness) attest(tb testing.TB, cp signedCheckpoint) *types.Receipt {
	tb.Helper()
	lanes := h.lanes(tb, cp)
	receipt := h.send(tb, func() (*types.Transaction, error) {
		return h.reg.Attest(h.transactor(tb, h.submitter), cp.round, cp.ref, registryClaims(cp.claims), lanes, cp.sig)
	})
	require.Equal(tb, types.ReceiptStatusSuccessful, receipt.Status, "attest round %d", cp.round)
	return receipt
}

func (h *registryHarness) attestInput(tb testing.TB, cp signedCheckpoint) []byte {
	return h.pack(tb, "attest", cp.round, cp.ref, registryClaims(cp.claims), h.lanes(tb, cp), cp.sig)
}

// lanes is cp's lanes argument: its own, or the registry's lanesOf.
func (h *registryHarness) lanes(tb testing.TB, cp signedCheckpoint) []byte {
	tb.Helper()
	if cp.lanes != nil {
		return cp.lanes
	}
	ids := make([]uint64, len(cp.claims))
	for i, c := range cp.claims {
		ids[i] = c.ChainID
	}
	lanes, err := h.reg.LanesOf(h.call(), ids)
	require.NoError(tb, err)
	return lanes
}

func (h *registryHarness) pack(tb testing.TB, method string, args ...any) []byte {
	input, err := h.regABI.Pack(method, args...)
	require.NoError(tb, err)
	return input
}

// ethCall runs input against the registry from `from` at block (nil: latest).
func (h *registryHarness) ethCall(from common.Address, input []byte, block *big.Int) error {
	_, err := h.client.CallContract(h.ctx, ethereum.CallMsg{From: from, To: &h.addr, Data: input}, block)
	return err
}

// sendFailing mines input from key with a fixed gas limit (no estimation, so
// the reverting transaction is really included) and requires it failed.
func (h *registryHarness) sendFailing(tb testing.TB, key *ecdsa.PrivateKey, input []byte) {
	tb.Helper()
	receipt := h.send(tb, func() (*types.Transaction, error) {
		opts := h.transactor(tb, key)
		opts.GasLimit = 3_000_000
		return bind.NewBoundContract(h.addr, *h.regABI, h.client, h.client, h.client).RawTransact(opts, input)
	})
	require.Equal(tb, types.ReceiptStatusFailed, receipt.Status, "the transaction must revert on chain too")
}

// registryState is what a reverted attest must leave unchanged.
type registryState struct {
	latestRound uint64
	laneCount   uint32
	root        [32]byte
	latest      map[uint64]uint64 // latest round of each claim's chain
	lanes       []byte
}

func (h *registryHarness) state(tb testing.TB, cp signedCheckpoint) registryState {
	tb.Helper()
	var s registryState
	var err error
	s.latestRound, err = h.reg.LatestRound(h.call())
	require.NoError(tb, err)
	s.laneCount, err = h.reg.LaneCount(h.call())
	require.NoError(tb, err)
	s.root, err = h.reg.ClaimsRoot(h.call(), cp.round)
	require.NoError(tb, err)
	s.latest = map[uint64]uint64{}
	ids := make([]uint64, len(cp.claims))
	for i, c := range cp.claims {
		s.latest[c.ChainID], err = h.reg.LatestRoundOf(h.call(), c.ChainID)
		require.NoError(tb, err)
		ids[i] = c.ChainID
	}
	s.lanes, err = h.reg.LanesOf(h.call(), ids)
	require.NoError(tb, err)
	return s
}

// expectAttestRevert requires attest(cp) to revert with the named custom
// error (registry's or checker's) and returns the error's arguments. With
// mine, the transaction is also mined (and must fail). Either way the
// registry's state is unchanged.
func (h *registryHarness) expectAttestRevert(tb testing.TB, cp signedCheckpoint, name string, mine bool) []any {
	tb.Helper()
	before := h.state(tb, cp)
	input := h.attestInput(tb, cp)
	args := h.requireError(tb, h.ethCall(h.submitterAddr, input, nil), name)
	if mine {
		h.sendFailing(tb, h.submitter, input)
	}
	require.Equal(tb, before, h.state(tb, cp), "a reverted attest changes nothing")
	return args
}

// requireError requires err to be a revert with the named custom error and
// returns its arguments.
func (h *registryHarness) requireError(tb testing.TB, err error, name string) []any {
	tb.Helper()
	data := revertData(tb, err)
	for _, a := range h.errorABIs {
		e, ok := a.Errors[name]
		if !ok {
			continue
		}
		require.GreaterOrEqual(tb, len(data), 4)
		if !bytes.Equal(data[:4], e.ID[:4]) {
			tb.Fatalf("reverted with %s, want %s", h.describe(data), name)
		}
		args, err := e.Unpack(data)
		require.NoError(tb, err)
		return args.([]any)
	}
	tb.Fatalf("no ABI defines error %s", name)
	return nil
}

// describe names revert data for failure messages.
func (h *registryHarness) describe(data []byte) string {
	if reason, err := abi.UnpackRevert(data); err == nil {
		return fmt.Sprintf("Error(%q)", reason)
	}
	for _, a := range h.errorABIs {
		for name, e := range a.Errors {
			if len(data) >= 4 && bytes.Equal(data[:4], e.ID[:4]) {
				return name
			}
		}
	}
	return hexutil.Encode(data)
}

// revertData extracts the revert data go-ethereum returns with an eth_call
// or eth_estimateGas error.
func revertData(tb testing.TB, err error) []byte {
	tb.Helper()
	require.Error(tb, err, "expected a revert")
	var de rpc.DataError
	require.True(tb, errors.As(err, &de), "error carries revert data: %v", err)
	s, ok := de.ErrorData().(string)
	require.True(tb, ok, "revert data is a hex string: %#v", de.ErrorData())
	data, derr := hexutil.Decode(s)
	require.NoError(tb, derr)
	return data
}

// revertReason is the message of a require(…, "message") revert.
func revertReason(tb testing.TB, err error) string {
	tb.Helper()
	reason, uerr := abi.UnpackRevert(revertData(tb, err))
	require.NoError(tb, uerr)
	return reason
}

func (h *registryHarness) verify(tb testing.TB, c core.Claim, round uint64, proof []common.Hash) bool {
	tb.Helper()
	p := make([][32]byte, len(proof))
	for i, x := range proof {
		p[i] = x
	}
	ok, err := h.reg.VerifyClaim(h.call(), toRegistryClaim(c), round, p)
	require.NoError(tb, err)
	return ok
}

func (h *registryHarness) verifyLatest(tb testing.TB, c core.Claim, proof []common.Hash) bool {
	tb.Helper()
	p := make([][32]byte, len(proof))
	for i, x := range proof {
		p[i] = x
	}
	ok, err := h.reg.VerifyLatestClaim(h.call(), toRegistryClaim(c), p)
	require.NoError(tb, err)
	return ok
}

// requireLatest requires c (proven by proof) to be its chain's latest
// claim, attested in round.
func (h *registryHarness) requireLatest(tb testing.TB, c core.Claim, round uint64, proof []common.Hash) {
	tb.Helper()
	got, err := h.reg.LatestRoundOf(h.call(), c.ChainID)
	require.NoError(tb, err)
	require.Equal(tb, round, got, "latest round of chain %d", c.ChainID)
	require.True(tb, h.verifyLatest(tb, c, proof), "latest claim of chain %d verifies", c.ChainID)
}

func (h *registryHarness) checkpointEvent(tb testing.TB, receipt *types.Receipt) *rollcallregistry.RollcallRegistryCheckpointAttested {
	tb.Helper()
	for _, l := range receipt.Logs {
		if ev, err := h.reg.ParseCheckpointAttested(*l); err == nil {
			return ev
		}
	}
	tb.Fatal("no CheckpointAttested event")
	return nil
}

func (h *registryHarness) setThreshold(tb testing.TB, bips uint16) {
	tb.Helper()
	receipt := h.send(tb, func() (*types.Transaction, error) { return h.reg.SetThresholdBips(h.transactor(tb, h.owner), bips) })
	require.Equal(tb, types.ReceiptStatusSuccessful, receipt.Status)
	got, err := h.reg.ThresholdBips(h.call())
	require.NoError(tb, err)
	require.Equal(tb, bips, got)
}

func (h *registryHarness) setMaxReferenceAge(tb testing.TB, blocks uint32) {
	tb.Helper()
	receipt := h.send(tb, func() (*types.Transaction, error) { return h.reg.SetMaxReferenceAge(h.transactor(tb, h.owner), blocks) })
	require.Equal(tb, types.ReceiptStatusSuccessful, receipt.Status)
	got, err := h.reg.MaxReferenceAge(h.call())
	require.NoError(tb, err)
	require.Equal(tb, blocks, got)
}

// randomClaims are n claims for chains firstChain, firstChain+1, … at
// block, with random hashes.
func randomClaims(firstChain uint64, n int, block uint64) []core.Claim {
	out := make([]core.Claim, n)
	for i := range out {
		out[i] = core.Claim{ChainID: firstChain + uint64(i), BlockNumber: block}
		_, _ = rand.Read(out[i].BlockHash[:])
		_, _ = rand.Read(out[i].StateRoot[:])
	}
	return out
}

// sortedClaims sorts without BuildTree's limits (for over-long lists).
func sortedClaims(claims []core.Claim) []core.Claim {
	out := slices.Clone(claims)
	slices.SortFunc(out, func(a, b core.Claim) int { return cmp.Compare(a.ChainID, b.ChainID) })
	return out
}

func toRegistryClaim(c core.Claim) rollcallregistry.RollcallCodecClaim {
	return rollcallregistry.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
}

func registryClaims(claims []core.Claim) []rollcallregistry.RollcallCodecClaim {
	out := make([]rollcallregistry.RollcallCodecClaim, len(claims))
	for i, c := range claims {
		out[i] = toRegistryClaim(c)
	}
	return out
}

// signatoryRecordHash is what BLSSignatureChecker returns:
// keccak256(abi.encodePacked(uint32 referenceBlock, bytes32[] nonSignerIds)).
func signatoryRecordHash(ref uint32, nonSigners []common.Hash) common.Hash {
	buf := binary.BigEndian.AppendUint32(nil, ref)
	sorted := slices.Clone(nonSigners)
	slices.SortFunc(sorted, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	for _, id := range sorted {
		buf = append(buf, id[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

func bigStrings(xs []*big.Int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

func stakeWei(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}
