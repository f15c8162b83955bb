package tests

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/balancemirror"
	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/bindings/devtoken"
	peerstatebind "github.com/rollcall-avs/rollcall/bindings/peerstate"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/consumer"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/devnet/chain"
	"github.com/rollcall-avs/rollcall/devnet/devnettest"
	"github.com/rollcall-avs/rollcall/peerstate"
)

// Chain ids and AVS identity of the consumer test: rollup A holds the token,
// rollup B the mirror. The identity is what the digests bind; nothing on L1
// is needed to attest on B.
const (
	mirrorSourceID = 961
	mirrorDestID   = 962
	mirrorOtherID  = 963 // a third rollup, attested beside A
	mirrorL1ID     = 31337
)

var mirrorL1Registry = common.HexToAddress("0x00000000000000000000000000000000000c0de1")

// TestBalanceMirror: on rollup B (mainnet rules), BalanceMirror credits a
// holder with their DevToken balance on rollup A, proven against A's block
// in a checkpoint attested on B's RollupRegistry through its
// CertificateVerifier (real BLS), with real eth_getProof proofs; it
// refuses a wrong proof, another rollup's claim, the same or an older
// round and an unattested round, by name and without changing anything.
// Logs claimCredit's gas (the README's figure).
func TestBalanceMirror(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	log := testLogger(t)
	keys := chain.DevKeys(3)
	deployer, submitter, holderKey := keys[0], keys[1], keys[2]

	// Rollup A: a block per transaction, so the states under test stay.
	cfgA := chain.DefaultConfig(mirrorSourceID)
	cfgA.BlockInterval = time.Hour
	cfgA.Alloc = chain.DevAlloc(keys, devnettest.Ether(1000))
	a := devnettest.StartChain(t, cfgA, log.Named("rollup-a"))
	rpcA, err := rpc.DialContext(ctx, a.HTTPURL())
	require.NoError(t, err)
	t.Cleanup(rpcA.Close)
	clientA := ethclient.NewClient(rpcA)

	cfgB := chain.DefaultConfig(mirrorDestID)
	cfgB.BlockInterval = time.Hour
	cfgB.Alloc = chain.DevAlloc(keys, devnettest.Ether(1000))
	cfgB.Forks = chain.ForksMainnet
	b := devnettest.StartChain(t, cfgB, log.Named("rollup-b"))
	clientB := devnettest.Dial(t, b.HTTPURL())

	holder := crypto.PubkeyToAddress(holderKey.PublicKey)
	other := common.HexToAddress("0x00000000000000000000000000000000000b0b12")
	absent := common.HexToAddress("0x00000000000000000000000000000000000b0b13")
	minted := big.NewInt(5_000_000)
	optsA := transactor(t, ctx, deployer, mirrorSourceID)
	tokenAddr, tx, token, err := devtoken.DeployDevToken(optsA, clientA, "mirror test", "MT", []common.Address{holder, other}, []*big.Int{minted, minted})
	require.NoError(t, err)
	waitOK(t, ctx, clientA, tx)

	// Rollup B: the verifier (a table of 4 real BLS operators), the
	// registry, PeerState and the mirror.
	// The table's L1 time: now (B's blocks carry wall-clock time).
	set := optabletest.NewSet(t, 100, uint64(time.Now().Unix()), []byte{0}, optabletest.NewOperators(t, optabletest.Equal(4, optabletest.Ether(100))))
	optsB := func() *bind.TransactOpts { return transactor(t, ctx, deployer, mirrorDestID) }
	verifierAddr, tx, _, err := cv.DeployCertificateVerifier(optsB(), clientB, big.NewInt(mirrorL1ID), mirrorL1Registry, set.Table.Binding(), 6667, 3600, 60, crypto.PubkeyToAddress(deployer.PublicKey))
	require.NoError(t, err)
	waitOK(t, ctx, clientB, tx)
	regAddr, tx, reg, err := rr.DeployRollupRegistry(optsB(), clientB, verifierAddr)
	require.NoError(t, err)
	waitOK(t, ctx, clientB, tx)
	psAddr, tx, _, err := peerstatebind.DeployPeerState(optsB(), clientB, regAddr)
	require.NoError(t, err)
	waitOK(t, ctx, clientB, tx)
	mirrorAddr, tx, mirror, err := balancemirror.DeployBalanceMirror(optsB(), clientB, psAddr, mirrorSourceID, tokenAddr, big.NewInt(deploy.DevTokenBalancesSlot))
	require.NoError(t, err)
	waitOK(t, ctx, clientB, tx)

	mirrorABI, err := balancemirror.BalanceMirrorMetaData.GetAbi()
	require.NoError(t, err)
	psABI, err := peerstatebind.PeerStateMetaData.GetAbi()
	require.NoError(t, err)
	errorsABI := mergeABIErrors(mirrorABI, psABI)

	t.Run("constructor refuses a PeerState without code and a zero source", func(t *testing.T) {
		_, _, _, err := balancemirror.DeployBalanceMirror(optsB(), clientB, common.HexToAddress("0x1234"), mirrorSourceID, tokenAddr, big.NewInt(0))
		requireRevert(t, mirrorABI, err, "NoPeerState")
		_, _, _, err = balancemirror.DeployBalanceMirror(optsB(), clientB, psAddr, 0, tokenAddr, big.NewInt(0))
		requireRevert(t, mirrorABI, err, "NoSource")
	})

	// attest delivers a checkpoint of A's block (and of another rollup's)
	// to B, signed by 3 of the 4 operators.
	blockA := func() *types.Header {
		h, err := clientA.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return h
	}
	attest := func(round uint64, h *types.Header) {
		t.Helper()
		claims := []core.Claim{
			{ChainID: mirrorSourceID, BlockNumber: h.Number.Uint64(), BlockHash: h.Hash(), StateRoot: h.Root},
			{ChainID: mirrorOtherID, BlockNumber: 7, BlockHash: common.HexToHash("0x07"), StateRoot: h.Root},
		}
		tree, err := core.BuildTree(claims)
		require.NoError(t, err)
		const ref = 120
		digest := core.Checkpoint{Round: round, ReferenceBlock: ref, ClaimsRoot: tree.Root()}.Digest(mirrorL1ID, mirrorL1Registry)
		cert, err := optable.BindingAs[rr.ICertificateVerifierCertificate](set.Certificate(t, digest, 0, 1, 3))
		require.NoError(t, err)
		bc := make([]rr.RollcallCodecClaim, len(claims))
		for i, c := range claims {
			bc[i] = rr.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
		}
		lanes, err := reg.LanesOf(&bind.CallOpts{Context: ctx}, []uint64{mirrorSourceID, mirrorOtherID})
		require.NoError(t, err)
		tx, err := reg.Attest(optsB(), round, ref, bc, lanes, cert)
		if err != nil {
			var de rpc.DataError
			if errors.As(err, &de) {
				t.Fatalf("attest round %d: %v: %v", round, err, de.ErrorData())
			}
		}
		require.NoError(t, err)
		waitOK(t, ctx, clientB, tx)
	}

	client, err := consumer.New(ctx, rpcA, clientB, consumer.Addresses{Registry: regAddr, PeerState: psAddr, Mirror: mirrorAddr}, 0)
	require.NoError(t, err)
	t.Run("client refuses contracts that do not go together, and the wrong source node", func(t *testing.T) {
		_, err := consumer.New(ctx, rpcA, clientB, consumer.Addresses{PeerState: regAddr, Mirror: mirrorAddr}, 0)
		require.ErrorContains(t, err, "uses PeerState")
		_, err = consumer.New(ctx, rpcA, clientB, consumer.Addresses{Registry: psAddr, Mirror: mirrorAddr}, 0)
		require.ErrorContains(t, err, "uses registry")
		_, err = consumer.New(ctx, rpcA, clientB, consumer.Addresses{}, 0)
		require.ErrorContains(t, err, "mirror's address is required")
		rpcB, err := rpc.DialContext(ctx, b.HTTPURL())
		require.NoError(t, err)
		defer rpcB.Close()
		_, err = consumer.New(ctx, rpcB, clientB, consumer.Addresses{Mirror: mirrorAddr}, 0)
		require.ErrorContains(t, err, fmt.Sprintf("the source node is chain %d, the mirror reads chain %d", mirrorDestID, mirrorSourceID))
	})
	t.Run("nothing attested yet", func(t *testing.T) {
		_, err := client.Prove(ctx, holder, nil)
		require.ErrorIs(t, err, attestation.ErrNotAttested)
	})
	block1 := blockA()
	attest(1, block1)

	// requireCredit: what the mirror holds for who (a refused claim must
	// leave it as it was).
	requireCredit := func(t *testing.T, who common.Address, balance *big.Int, round, block uint64) {
		t.Helper()
		got, err := mirror.CreditOf(&bind.CallOpts{Context: ctx}, who)
		require.NoError(t, err)
		require.Equal(t, balance.String(), got.Balance.String())
		require.Equal(t, round, got.Round)
		require.Equal(t, block, got.BlockNumber)
	}
	// send sends claimCredit with cl's parts, modified by edit, bypassing
	// the client's checks (which would refuse before sending).
	send := func(cl *consumer.Claim, round uint64, edit func(c *balancemirror.RollcallCodecClaim, claimProof *[][32]byte, account, storage *[][]byte)) error {
		at := cl.Proof.Attestation
		c := balancemirror.RollcallCodecClaim{ChainId: at.Claim.ChainID, BlockNumber: at.Claim.BlockNumber, BlockHash: at.Claim.BlockHash, StateRoot: at.Claim.StateRoot}
		cp := make([][32]byte, len(at.Proof))
		for i, h := range at.Proof {
			cp[i] = h
		}
		acc, st := bytesOf(cl.Proof.AccountProof), bytesOf(cl.Proof.Storage[0].Proof)
		if edit != nil {
			edit(&c, &cp, &acc, &st)
		}
		_, err := mirror.ClaimCredit(transactor(t, ctx, submitter, mirrorDestID), cl.Holder, round, c, cp, acc, st)
		return err
	}

	var first *consumer.Claim
	t.Run("accepted credit", func(t *testing.T) {
		cl, err := client.Prove(ctx, holder, nil)
		require.NoError(t, err)
		require.EqualValues(t, 1, cl.Round())
		require.Equal(t, block1.Number.Uint64(), cl.BlockNumber())
		require.Equal(t, minted.String(), cl.Balance.String())
		first = cl
		credit, err := client.Submit(ctx, submitter, cl)
		require.NoError(t, err)
		require.Equal(t, minted.String(), credit.Balance.String(), "the credit is the holder's balance on A")
		require.EqualValues(t, 1, credit.Round)
		require.Equal(t, block1.Number.Uint64(), credit.BlockNumber)
		requireCredit(t, holder, minted, 1, block1.Number.Uint64())
		t.Logf("claimCredit on B (mainnet rules): %d gas (account proof %d nodes, storage proof %d nodes, claim proof %d hashes)",
			credit.GasUsed, len(cl.Proof.AccountProof), len(cl.Proof.Storage[0].Proof), len(cl.Proof.Attestation.Proof))
		require.Greater(t, credit.GasUsed, uint64(21_000))
	})
	require.NotNil(t, first)

	t.Run("absent balance credits zero", func(t *testing.T) {
		cl, err := client.Prove(ctx, absent, nil)
		require.NoError(t, err)
		require.Zero(t, cl.Balance.Sign())
		credit, err := client.Submit(ctx, submitter, cl)
		require.NoError(t, err)
		require.Zero(t, credit.Balance.Sign())
		requireCredit(t, absent, big.NewInt(0), 1, block1.Number.Uint64())
	})

	t.Run("replayed round refused", func(t *testing.T) {
		err := send(first, 1, nil)
		args := requireRevert(t, errorsABI, err, "RoundNotNewer")
		require.Equal(t, holder, args[0])
		require.EqualValues(t, 1, args[2])
		_, err = client.Submit(ctx, submitter, first)
		require.ErrorIs(t, err, consumer.ErrRejected, "the client refuses before sending")
		require.ErrorContains(t, err, "RoundNotNewer")
		requireCredit(t, holder, minted, 1, block1.Number.Uint64())
	})

	// The holder moves tokens on A; round 2 attests the new block on B.
	moved := big.NewInt(1_234)
	left := new(big.Int).Sub(minted, moved)
	tx, err = token.Transfer(transactor(t, ctx, holderKey, mirrorSourceID), other, moved)
	require.NoError(t, err)
	waitOK(t, ctx, clientA, tx)
	block2 := blockA()
	require.Greater(t, block2.Number.Uint64(), block1.Number.Uint64())
	attest(2, block2)

	t.Run("unattested round refused", func(t *testing.T) {
		cl, err := client.Prove(ctx, holder, nil)
		require.NoError(t, err)
		require.EqualValues(t, 2, cl.Round())
		err = send(cl, 3, nil)
		args := requireRevert(t, errorsABI, err, "ClaimNotAttested")
		require.EqualValues(t, 3, args[2])
		requireCredit(t, holder, minted, 1, block1.Number.Uint64())
	})

	t.Run("wrong proof refused", func(t *testing.T) {
		cl, err := client.Prove(ctx, holder, nil)
		require.NoError(t, err)
		// A flipped byte in the storage proof's leaf.
		err = send(cl, 2, func(_ *balancemirror.RollcallCodecClaim, _ *[][32]byte, _, st *[][]byte) {
			last := append([]byte(nil), (*st)[len(*st)-1]...)
			last[len(last)-1] ^= 1
			(*st)[len(*st)-1] = last
		})
		requireRevert(t, errorsABI, err, "NodeHashMismatch")
		// Round 1's proofs (block 1) against round 2's claim: the state
		// root differs, so the account proof does not hash to it.
		err = send(cl, 2, func(_ *balancemirror.RollcallCodecClaim, _ *[][32]byte, acc, _ *[][]byte) {
			*acc = bytesOf(first.Proof.AccountProof)
		})
		requireRevert(t, errorsABI, err, "NodeHashMismatch")
		// A claim proof of another claim.
		err = send(cl, 2, func(_ *balancemirror.RollcallCodecClaim, cp *[][32]byte, _, _ *[][]byte) {
			(*cp)[0][0] ^= 1
		})
		requireRevert(t, errorsABI, err, "ClaimNotAttested")
		requireCredit(t, holder, minted, 1, block1.Number.Uint64())
	})

	t.Run("wrong chain refused", func(t *testing.T) {
		cl, err := client.Prove(ctx, holder, nil)
		require.NoError(t, err)
		// The other rollup's claim, attested in the same round.
		err = send(cl, 2, func(c *balancemirror.RollcallCodecClaim, _ *[][32]byte, _, _ *[][]byte) {
			c.ChainId, c.BlockNumber, c.BlockHash = mirrorOtherID, 7, common.HexToHash("0x07")
		})
		args := requireRevert(t, errorsABI, err, "WrongChain")
		require.EqualValues(t, mirrorOtherID, args[0])
		require.EqualValues(t, mirrorSourceID, args[1])
		requireCredit(t, holder, minted, 1, block1.Number.Uint64())
	})

	t.Run("newer round replaces the credit, older round refused", func(t *testing.T) {
		cl, err := client.Prove(ctx, holder, nil)
		require.NoError(t, err)
		credit, err := client.Submit(ctx, submitter, cl)
		require.NoError(t, err)
		require.EqualValues(t, 2, credit.Round)
		require.Equal(t, block2.Number.Uint64(), credit.BlockNumber)
		require.Equal(t, left.String(), credit.Balance.String(), "the balance after the transfer")
		t.Logf("claimCredit on B replacing a credit: %d gas", credit.GasUsed)
		requireCredit(t, holder, left, 2, block2.Number.Uint64())
		// Round 1's claim, attested and valid, is now older than the credit.
		err = send(first, 1, nil)
		args := requireRevert(t, errorsABI, err, "RoundNotNewer")
		require.EqualValues(t, 1, args[1])
		require.EqualValues(t, 2, args[2])
		requireCredit(t, holder, left, 2, block2.Number.Uint64())
	})

	t.Run("state prove and verify --on B", func(t *testing.T) {
		slot := deploy.DevTokenBalanceSlot(holder)
		dep := deploy.Deployment{
			L1: deploy.L1Info{ChainID: mirrorL1ID, RPCURL: "http://127.0.0.1:1"}, // never dialed with --on
			Rollups: []deploy.RollupInfo{
				{ChainID: mirrorSourceID, RPCURL: a.HTTPURL(), Contracts: deploy.RollupContracts{Token: tokenAddr}},
				{ChainID: mirrorDestID, RPCURL: b.HTTPURL(), Contracts: deploy.RollupContracts{Registry: regAddr, PeerState: psAddr}},
			},
		}
		placeholderL1Contracts(&dep)
		raw, err := json.Marshal(dep)
		require.NoError(t, err)
		dir := t.TempDir()
		depFile := writeConfigFile(t, dir, "deployment.json", string(raw))

		res := runCLI(t, nil, "state", "prove", "--deployment", depFile, "--chain-id", fmt.Sprint(mirrorSourceID),
			"--on", fmt.Sprint(mirrorDestID), "--account", tokenAddr.Hex(), "--slot", slot.Hex())
		require.Equal(t, 0, res.code, "%s", res)
		var proof peerstate.Proof
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &proof))
		require.EqualValues(t, mirrorDestID, proof.Attestation.ChainID, "the attestation is B's")
		require.Equal(t, regAddr, proof.Attestation.Registry)
		require.EqualValues(t, 2, proof.Attestation.Checkpoint.Round)
		require.Equal(t, block2.Number.Uint64(), proof.BlockNumber)

		res = runCLI(t, strings.NewReader(res.stdout), "state", "verify", "--deployment", depFile, "--on", fmt.Sprint(mirrorDestID))
		require.Equal(t, 0, res.code, "%s", res)
		var out struct {
			VerifiedOn string           `json:"verifiedOn"`
			PeerState  string           `json:"peerState"`
			Storage    []peerstate.Slot `json:"storage"`
		}
		require.NoError(t, json.Unmarshal([]byte(res.stdout), &out), res.stdout)
		require.Equal(t, fmt.Sprintf("rollup %d", mirrorDestID), out.VerifiedOn)
		require.Equal(t, psAddr.Hex(), out.PeerState)
		require.Equal(t, common.BigToHash(left), out.Storage[0].Value, "the holder's balance on A, verified on B")

		// Tampered: does not hold (1). A rollup without a registry: an error.
		tampered := proof
		tampered.Storage = []peerstate.StorageProof{{Slot: slot, Proof: first.Proof.Storage[0].Proof}}
		enc, err := json.Marshal(tampered)
		require.NoError(t, err)
		res = runCLI(t, bytes.NewReader(enc), "state", "verify", "--deployment", depFile, "--on", fmt.Sprint(mirrorDestID))
		requireOneLineError(t, res, 1, "does not hold", "NodeHashMismatch")
		res = runCLI(t, bytes.NewReader(enc), "state", "verify", "--deployment", depFile, "--on", fmt.Sprint(mirrorSourceID))
		requireOneLineError(t, res, 2, "no registry on rollup")
	})
}

func transactor(t *testing.T, ctx context.Context, key *ecdsa.PrivateKey, chainID uint64) *bind.TransactOpts {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(key, new(big.Int).SetUint64(chainID))
	require.NoError(t, err)
	opts.Context = ctx
	return opts
}

func waitOK(t *testing.T, ctx context.Context, client *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	receipt, err := chainio.WaitReceipt(ctx, client, tx.Hash(), 20*time.Millisecond)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status)
	return receipt
}

func bytesOf(ns []hexutil.Bytes) [][]byte {
	out := make([][]byte, len(ns))
	for i, n := range ns {
		out[i] = append([]byte(nil), n...)
	}
	return out
}

// mergeABIErrors is a with b's custom errors added.
func mergeABIErrors(a, b *abi.ABI) *abi.ABI {
	out := *a
	out.Errors = map[string]abi.Error{}
	for k, v := range a.Errors {
		out.Errors[k] = v
	}
	for k, v := range b.Errors {
		out.Errors[k] = v
	}
	return &out
}

// placeholderL1Contracts fills every L1 contract address of dep with a
// distinct placeholder, so that the file passes deploy.Load's checks; the
// --on paths under test never read L1.
func placeholderL1Contracts(dep *deploy.Deployment) {
	n := int64(0xd0000)
	for _, v := range []reflect.Value{reflect.ValueOf(&dep.EigenLayer).Elem(), reflect.ValueOf(&dep.AVS).Elem()} {
		for i := 0; i < v.NumField(); i++ {
			if f, ok := v.Field(i).Addr().Interface().(*common.Address); ok {
				n++
				*f = common.BigToAddress(big.NewInt(n))
			}
		}
	}
}
