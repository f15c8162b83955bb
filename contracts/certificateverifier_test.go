package contracts_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	"github.com/rollcall-avs/rollcall/core/optable"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
)

const (
	cvL1ChainID    = 17000
	cvThreshold    = 6667
	cvMaxStaleness = 3600
	cvGraceWindow  = 300
)

var cvRegistry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

// verifierEnv is a CertificateVerifier deployed on a simulated chain with a
// genesis table of real BLS operators.
type verifierEnv struct {
	*chain
	addr common.Address
	v    *cv.CertificateVerifier
	abi  *abi.ABI
}

func (c *chain) head() (number uint64, time uint64) {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(c.t.Context(), nil)
	require.NoError(c.t, err)
	return h.Number.Uint64(), h.Time
}

// advance moves the chain's clock forward by d and mines a block.
func (c *chain) advance(d time.Duration) {
	c.t.Helper()
	require.NoError(c.t, c.backend.AdjustTime(d))
	c.backend.Commit()
}

func deployVerifier(c *chain, genesis *optable.Table) *verifierEnv {
	c.t.Helper()
	addr, tx, v, err := cv.DeployCertificateVerifier(c.deployer, c.client, big.NewInt(cvL1ChainID), cvRegistry, genesis.Binding(), cvThreshold, cvMaxStaleness, cvGraceWindow, c.deployer.From)
	c.deployed(addr, tx, err)
	a, err := cv.CertificateVerifierMetaData.GetAbi()
	require.NoError(c.t, err)
	return &verifierEnv{chain: c, addr: addr, v: v, abi: a}
}

// customError decodes err as a revert with the custom error name of the
// verifier's ABI and returns its arguments.
func (e *verifierEnv) customError(err error, name string) []any {
	e.t.Helper()
	require.Error(e.t, err, "want revert %s", name)
	var de rpc.DataError
	require.True(e.t, errors.As(err, &de), "no revert data in %v", err)
	s, ok := de.ErrorData().(string)
	require.True(e.t, ok, "revert data %v", de.ErrorData())
	data, derr := hexutil.Decode(s)
	require.NoError(e.t, derr)
	want, ok := e.abi.Errors[name]
	require.True(e.t, ok, "no error %s in the ABI", name)
	require.GreaterOrEqual(e.t, len(data), 4)
	if !bytes.Equal(data[:4], want.ID[:4]) {
		for n, other := range e.abi.Errors {
			if bytes.Equal(data[:4], other.ID[:4]) {
				args, _ := other.Inputs.Unpack(data[4:])
				e.t.Fatalf("want revert %s, got %s%v", name, n, args)
			}
		}
		e.t.Fatalf("want revert %s, got data %s", name, s)
	}
	args, uerr := want.Inputs.Unpack(data[4:])
	require.NoError(e.t, uerr)
	return args
}

func (e *verifierEnv) verify(digest common.Hash, ref uint32, cert *optable.Certificate) ([]*big.Int, []*big.Int, error) {
	out, err := e.v.VerifyCertificate(&bind.CallOpts{Context: e.t.Context()}, digest, ref, cert.Binding())
	return out.SignedStake, out.TotalStake, err
}

func (e *verifierEnv) callAs(from common.Address, method string, args ...any) error {
	e.t.Helper()
	data, err := e.abi.Pack(method, args...)
	require.NoError(e.t, err)
	_, err = e.client.CallContract(e.t.Context(), ethereum.CallMsg{From: from, To: &e.addr, Data: data}, nil)
	return err
}

func (e *verifierEnv) current() *optable.Table {
	e.t.Helper()
	b, err := e.v.CurrentTable(&bind.CallOpts{Context: e.t.Context()})
	require.NoError(e.t, err)
	tab, err := optable.TableFromBinding(b)
	require.NoError(e.t, err)
	return tab
}

func cloneCert(c *optable.Certificate) *optable.Certificate {
	out := *c
	out.NonSigners = slices.Clone(c.NonSigners)
	out.Proof = slices.Clone(c.Proof)
	return &out
}

func TestCertificateVerifier(t *testing.T) {
	c := newChain(t)
	c.backend.Commit()
	_, now := c.head()
	stake := optabletest.Ether(100)
	opsA := optabletest.NewOperators(t, optabletest.Equal(4, stake))
	setA := optabletest.NewSet(t, 100, now, []byte{0}, opsA)
	e := deployVerifier(c, setA.Table)
	digest := crypto.Keccak256Hash([]byte("checkpoint"))
	stakes := func(n int64) []*big.Int { return []*big.Int{new(big.Int).Mul(stake, big.NewInt(n))} }

	t.Run("deployed", func(t *testing.T) {
		require.True(t, e.current().Equal(setA.Table))
		owner, err := e.v.Owner(nil)
		require.NoError(t, err)
		require.Equal(t, c.deployer.From, owner)
		bips, err := e.v.ThresholdBips(nil)
		require.NoError(t, err)
		require.EqualValues(t, cvThreshold, bips)
		l1, err := e.v.L1ChainId(nil)
		require.NoError(t, err)
		require.EqualValues(t, cvL1ChainID, l1.Uint64())
		reg, err := e.v.L1Registry(nil)
		require.NoError(t, err)
		require.Equal(t, cvRegistry, reg)
		d, err := e.v.TableDigest(nil, setA.Table.Binding())
		require.NoError(t, err)
		require.Equal(t, setA.Table.Digest(cvL1ChainID, cvRegistry), common.Hash(d), "Go and Solidity table digests agree")
		_, held, _, err := previous(e)
		require.NoError(t, err)
		require.False(t, held)
	})

	t.Run("accepted at threshold", func(t *testing.T) {
		signed, total, err := e.verify(digest, 100, setA.Certificate(t, digest, 0, 1, 2, 3))
		require.NoError(t, err)
		require.Equal(t, stakes(4), signed)
		require.Equal(t, stakes(4), total)
		signed, _, err = e.verify(digest, 150, setA.Certificate(t, digest, 0, 2, 3))
		require.NoError(t, err, "3 of 4 ≥ 66.67%")
		require.Equal(t, stakes(3), signed)
	})

	t.Run("refused below threshold", func(t *testing.T) {
		_, _, err := e.verify(digest, 100, setA.Certificate(t, digest, 1, 3))
		requireArgs(t, []any{uint8(0), stakes(2)[0], stakes(4)[0], uint16(cvThreshold)}, e.customError(err, "InsufficientStake"))
		_, _, err = e.verify(crypto.Keccak256Hash([]byte("other")), 100, setA.Certificate(t, digest, 0, 1, 2))
		e.customError(err, "InvalidSignature")
		_, _, err = e.verify(digest, 99, setA.Certificate(t, digest, 0, 1, 2))
		requireArgs(t, []any{uint32(99), uint32(100)}, e.customError(err, "NoTableForReferenceBlock"), "reference block before the table")
	})

	base := setA.Certificate(t, digest, 0, 2) // operators 1 and 3 do not sign
	t.Run("bad witnesses", func(t *testing.T) {
		// Threshold lowered for this subtest so that the witnesses are what fails.
		c.ok(e.v.SetThresholdBips(c.deployer, 5000))
		t.Cleanup(func() { c.ok(e.v.SetThresholdBips(c.deployer, cvThreshold)) })
		_, _, err := e.verify(digest, 100, base)
		require.NoError(t, err, "the base certificate verifies")

		x := cloneCert(base)
		x.NonSigners[0], x.NonSigners[1] = x.NonSigners[1], x.NonSigners[0]
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(1)}, e.customError(err, "NonSignersNotAscending"), "unsorted")

		x = cloneCert(base)
		x.NonSigners[1] = x.NonSigners[0]
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(1)}, e.customError(err, "NonSignersNotAscending"), "duplicate")

		x = cloneCert(base)
		x.Proof[0][0] ^= 1
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidNonSignerProof")

		x = cloneCert(base)
		x.Proof = append(x.Proof, common.Hash{1})
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidNonSignerProof")

		x = cloneCert(base)
		x.NonSigners = x.NonSigners[:1] // hides a non-signer
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidNonSignerProof")

		// Another table's leaf: the same operator with another stake.
		x = cloneCert(base)
		x.NonSigners[0].Leaf.Stakes = []*big.Int{big.NewInt(1)}
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidNonSignerProof")

		x = cloneCert(base)
		x.NonSigners[0].Index = 4
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(0)}, e.customError(err, "InvalidNonSignerIndex"))
		x = cloneCert(base)
		x.NonSigners[1].Index = x.NonSigners[0].Index
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(1)}, e.customError(err, "InvalidNonSignerIndex"))

		x = cloneCert(base)
		x.NonSigners[1].Leaf.Stakes = []*big.Int{stake, stake}
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(1)}, e.customError(err, "StakesLengthMismatch"))

		x = cloneCert(base)
		x.NonSigners[0].Leaf.Pubkey.Y.SetUint64(1)
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(0)}, e.customError(err, "InvalidNonSignerKey"))

		// A stake word with bits above uint96 (a non-canonical encoding the ABI
		// decoder would reject) is refused by name, not hashed as something else.
		data, err := e.abi.Pack("verifyCertificate", digest, uint32(100), base.Binding())
		require.NoError(t, err)
		word := common.LeftPadBytes(stake.Bytes(), 32)
		at := bytes.Index(data[4:], word)
		require.Positive(t, at, "stake word in the calldata")
		data[4+at] = 0x01
		_, err = e.client.CallContract(t.Context(), ethereum.CallMsg{To: &e.addr, Data: data}, nil)
		requireArgs(t, []any{big.NewInt(0)}, e.customError(err, "InvalidNonSignerStake"))

		x = cloneCert(base)
		x.NonSigners[0].Leaf.Stakes = []*big.Int{new(big.Int).Mul(stake, big.NewInt(5))}
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(0)}, e.customError(err, "NonSignerStakeExceedsTotal"))
	})

	t.Run("malformed points", func(t *testing.T) {
		all := setA.Certificate(t, digest, 0, 1, 2, 3)
		x := cloneCert(all)
		x.Sigma.Y.SetUint64(5)
		_, _, err := e.verify(digest, 100, x)
		e.customError(err, "InvalidSignaturePoint")
		x = cloneCert(all)
		x.Sigma.X.SetZero()
		x.Sigma.Y.SetZero()
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidSignaturePoint")

		x = cloneCert(all)
		x.ApkG2.X.SetZero()
		x.ApkG2.Y.SetZero()
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidG2Point")

		x = cloneCert(all)
		x.ApkG2.Y.A0.SetUint64(1) // off the twist
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidG2Point")

		// On the twist, outside the G2 subgroup: the EIP-197 precompile refuses it
		// (go-ethereum checks subgroup membership), so the verifier reports it
		// rather than a failed pairing.
		off := optabletest.OffSubgroupG2(t)
		require.True(t, off.IsOnCurve())
		require.False(t, off.IsInSubGroup())
		x = cloneCert(all)
		x.ApkG2 = off
		_, _, err = e.verify(digest, 100, x)
		e.customError(err, "InvalidG2Point")
	})

	t.Run("oversized arrays", func(t *testing.T) {
		x := cloneCert(base)
		for range 3 {
			x.NonSigners = append(x.NonSigners, x.NonSigners[0])
		}
		_, _, err := e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(5), big.NewInt(4)}, e.customError(err, "TooManyNonSigners"))
		x = cloneCert(base)
		x.Proof = make([]common.Hash, optable.MaxMultiProofLength+1)
		_, _, err = e.verify(digest, 100, x)
		requireArgs(t, []any{big.NewInt(optable.MaxMultiProofLength + 1)}, e.customError(err, "ProofTooLong"))
	})

	// Table B at block 200: operator 3 left, a new operator 4 joined, operator 0's stake doubled.
	newcomer := optabletest.NewOperators(t, optabletest.Equal(1, stake))[0]
	opsB := []optabletest.Operator{opsA[0], opsA[1], opsA[2], newcomer}
	opsB[0].Leaf.Stakes = []*big.Int{new(big.Int).Mul(stake, big.NewInt(2))}
	_, now = c.head()
	setB := optabletest.NewSet(t, 200, now, []byte{0}, opsB)
	digestB := setB.Table.Digest(cvL1ChainID, cvRegistry)

	t.Run("updateTable refused", func(t *testing.T) {
		sendReverts := func(table *optable.Table, cert *optable.Certificate) {
			t.Helper()
			c.reverts(e.v.UpdateTable(withGas(c.other), table.Binding(), cert.Binding()))
			require.True(t, e.current().Equal(setA.Table), "no state change")
		}
		below := setA.Certificate(t, digestB, 0, 1)
		err := e.callAs(c.other.From, "updateTable", setB.Table.Binding(), below.Binding())
		e.customError(err, "InsufficientStake")
		sendReverts(setB.Table, below)

		// Signed by B's operators (the newcomer among them), not A's: the newcomer
		// is not in A, so its signature makes the aggregate wrong against A.
		wrong := setA.Certificate(t, digestB, 0, 1, 2)
		impostor := setB.Certificate(t, digestB, 0, 1, 3)
		wrong.Sigma, wrong.ApkG2 = impostor.Sigma, impostor.ApkG2
		err = e.callAs(c.other.From, "updateTable", setB.Table.Binding(), wrong.Binding())
		e.customError(err, "InvalidSignature")
		sendReverts(setB.Table, wrong)

		// A certificate over another digest (A's signers certify a different table).
		other := optabletest.NewSet(t, 200, now, []byte{0}, opsA)
		forOther := setA.Certificate(t, other.Table.Digest(cvL1ChainID, cvRegistry), 0, 1, 2)
		err = e.callAs(c.other.From, "updateTable", setB.Table.Binding(), forOther.Binding())
		e.customError(err, "InvalidSignature")

		older := optabletest.NewSet(t, 99, now, []byte{0}, opsB)
		olderCert := setA.Certificate(t, older.Table.Digest(cvL1ChainID, cvRegistry), 0, 1, 2, 3)
		err = e.callAs(c.other.From, "updateTable", older.Table.Binding(), olderCert.Binding())
		requireArgs(t, []any{uint32(99), uint32(100)}, e.customError(err, "TableNotNewer"))
		sendReverts(older.Table, olderCert)
		same := optabletest.NewSet(t, 100, now, []byte{0}, opsB)
		sameCert := setA.Certificate(t, same.Table.Digest(cvL1ChainID, cvRegistry), 0, 1, 2, 3)
		err = e.callAs(c.other.From, "updateTable", same.Table.Binding(), sameCert.Binding())
		requireArgs(t, []any{uint32(100), uint32(100)}, e.customError(err, "TableNotNewer"))

		early := optabletest.NewSet(t, 200, setA.Table.L1Timestamp-1, []byte{0}, opsB)
		earlyCert := setA.Certificate(t, early.Table.Digest(cvL1ChainID, cvRegistry), 0, 1, 2, 3)
		err = e.callAs(c.other.From, "updateTable", early.Table.Binding(), earlyCert.Binding())
		e.customError(err, "TableTimestampNotNewer")

		malformed := setB.Table.Binding()
		malformed.Quorums = nil
		err = e.callAs(c.other.From, "updateTable", malformed, setA.Certificate(t, digestB, 0, 1, 2, 3).Binding())
		require.ErrorContains(t, err, "execution reverted")
		require.Equal(t, hexutil.Encode(crypto.Keccak256([]byte("NoQuorums()"))[:4]), revertData(t, err))
	})

	t.Run("updateTable accepted", func(t *testing.T) {
		cert := setA.Certificate(t, digestB, 0, 1, 2) // 3 of A's 4
		receipt := c.ok(e.v.UpdateTable(c.other, setB.Table.Binding(), cert.Binding()))
		require.Len(t, receipt.Logs, 1)
		ev, err := e.v.ParseTableUpdated(*receipt.Logs[0])
		require.NoError(t, err)
		require.EqualValues(t, 200, ev.ReferenceBlock)
		require.Equal(t, digestB, common.Hash(ev.Digest))
		require.Equal(t, setB.Table.OperatorsRoot, common.Hash(ev.OperatorsRoot))
		require.True(t, e.current().Equal(setB.Table))
		prev, held, until, err := previous(e)
		require.NoError(t, err)
		require.True(t, held)
		require.True(t, prev.Equal(setA.Table))
		block, err := c.client.HeaderByNumber(t.Context(), receipt.BlockNumber)
		require.NoError(t, err)
		require.Equal(t, block.Time+cvGraceWindow, until)
		// The same update again is refused: B is not newer than B.
		err = e.callAs(c.other.From, "updateTable", setB.Table.Binding(), cert.Binding())
		e.customError(err, "TableNotNewer")
	})

	t.Run("grace window", func(t *testing.T) {
		// Reference block 150 is covered by A (previous), 250 by B (current).
		_, _, err := e.verify(digest, 150, setA.Certificate(t, digest, 0, 1, 3))
		require.NoError(t, err, "previous table within its grace window")
		_, _, err = e.verify(digest, 250, setA.Certificate(t, digest, 0, 1, 3))
		require.Error(t, err, "a certificate under A does not verify under B")
		signed, total, err := e.verify(digest, 250, setB.Certificate(t, digest, 0, 1, 3))
		require.NoError(t, err)
		require.Equal(t, stakes(4), signed)
		require.Equal(t, stakes(5), total)
		_, _, err = e.verify(digest, 200, setB.Certificate(t, digest, 0, 2, 3))
		require.NoError(t, err, "B's own reference block")
		// The newcomer is unknown to A.
		_, err = optable.NewCertificate(setA.Table, setA.Tree, digest, setB.Signers(digest, 3))
		require.ErrorIs(t, err, optable.ErrUnknownOperator)

		c.advance(cvGraceWindow * time.Second)
		_, _, err = e.verify(digest, 150, setA.Certificate(t, digest, 0, 1, 3))
		requireArgs(t, []any{uint32(150), uint32(200)}, e.customError(err, "NoTableForReferenceBlock"), "after the grace window")
		_, _, err = e.verify(digest, 250, setB.Certificate(t, digest, 0, 1, 3))
		require.NoError(t, err)
	})

	t.Run("stale", func(t *testing.T) {
		_, now := c.head()
		require.Less(t, now, setB.Table.L1Timestamp+cvMaxStaleness)
		c.advance(time.Duration(setB.Table.L1Timestamp+cvMaxStaleness-now+1) * time.Second)
		_, _, err := e.verify(digest, 250, setB.Certificate(t, digest, 0, 1, 2, 3))
		requireArgs(t, []any{uint32(200), setB.Table.L1Timestamp, uint32(cvMaxStaleness)}, e.customError(err, "StaleTable"))

		_, now = c.head()
		setC := optabletest.NewSet(t, 300, now, []byte{0}, opsB)
		certC := setB.Certificate(t, setC.Table.Digest(cvL1ChainID, cvRegistry), 0, 1, 2, 3)
		err = e.callAs(c.other.From, "updateTable", setC.Table.Binding(), certC.Binding())
		e.customError(err, "StaleTable")
		c.reverts(e.v.UpdateTable(withGas(c.other), setC.Table.Binding(), certC.Binding()))
		require.True(t, e.current().Equal(setB.Table))

		// Recovery: only the owner resets, and then the chain verifies again.
		err = e.callAs(c.other.From, "resetTable", setC.Table.Binding())
		requireArgs(t, []any{c.other.From}, e.customError(err, "NotOwner"))
		c.reverts(e.v.ResetTable(withGas(c.other), setC.Table.Binding()))
		require.True(t, e.current().Equal(setB.Table))
		receipt := c.ok(e.v.ResetTable(c.deployer, setC.Table.Binding()))
		ev, err := e.v.ParseTableReset(*receipt.Logs[0])
		require.NoError(t, err)
		require.EqualValues(t, 300, ev.ReferenceBlock)
		require.True(t, e.current().Equal(setC.Table))
		_, held, _, err := previous(e)
		require.NoError(t, err)
		require.False(t, held, "a reset drops the previous table")
		_, _, err = e.verify(digest, 300, setC.Certificate(t, digest, 0, 1, 2))
		require.NoError(t, err)
	})

	t.Run("owner", func(t *testing.T) {
		other := c.other.From
		for _, call := range []struct {
			method string
			args   []any
		}{
			{"setThresholdBips", []any{uint16(5000)}},
			{"setMaxStaleness", []any{uint32(100)}},
			{"setGraceWindow", []any{uint32(10)}},
			{"transferOwnership", []any{other}},
			{"resetTable", []any{setA.Table.Binding()}},
		} {
			err := e.callAs(other, call.method, call.args...)
			requireArgs(t, []any{other}, e.customError(err, "NotOwner"), call.method)
		}
		c.reverts(e.v.SetThresholdBips(withGas(c.other), 5000))
		c.reverts(e.v.SetMaxStaleness(withGas(c.other), 100))
		c.reverts(e.v.SetGraceWindow(withGas(c.other), 10))
		c.reverts(e.v.TransferOwnership(withGas(c.other), other))
		bips, _ := e.v.ThresholdBips(nil)
		stale, _ := e.v.MaxStaleness(nil)
		grace, _ := e.v.GraceWindow(nil)
		owner, _ := e.v.Owner(nil)
		requireArgs(t, []any{uint16(cvThreshold), uint32(cvMaxStaleness), uint32(cvGraceWindow), c.deployer.From}, []any{bips, stale, grace, owner}, "nothing changed")

		me := c.deployer.From
		for _, bad := range []uint16{0, 10001} {
			requireArgs(t, []any{bad}, e.customError(e.callAs(me, "setThresholdBips", bad), "InvalidThreshold"))
		}
		requireArgs(t, []any{uint32(0)}, e.customError(e.callAs(me, "setMaxStaleness", uint32(0)), "InvalidMaxStaleness"))
		requireArgs(t, []any{uint32(cvGraceWindow), uint32(cvGraceWindow - 1)}, e.customError(e.callAs(me, "setMaxStaleness", uint32(cvGraceWindow-1)), "InvalidGraceWindow"))
		requireArgs(t, []any{uint32(cvMaxStaleness + 1), uint32(cvMaxStaleness)}, e.customError(e.callAs(me, "setGraceWindow", uint32(cvMaxStaleness+1)), "InvalidGraceWindow"))
		e.customError(e.callAs(me, "transferOwnership", common.Address{}), "ZeroOwner")

		receipt := c.ok(e.v.SetThresholdBips(c.deployer, 10000))
		ev, err := e.v.ParseThresholdChanged(*receipt.Logs[0])
		require.NoError(t, err)
		require.Equal(t, []uint16{cvThreshold, 10000}, []uint16{ev.PreviousBips, ev.NewBips})
		c.ok(e.v.SetMaxStaleness(c.deployer, 7200))
		c.ok(e.v.SetGraceWindow(c.deployer, 0))
		stale, _ = e.v.MaxStaleness(nil)
		grace, _ = e.v.GraceWindow(nil)
		require.Equal(t, []uint32{7200, 0}, []uint32{stale, grace})
		c.ok(e.v.TransferOwnership(c.deployer, other))
		owner, _ = e.v.Owner(nil)
		require.Equal(t, other, owner)
		requireArgs(t, []any{me}, e.customError(e.callAs(me, "setThresholdBips", uint16(5000)), "NotOwner"), "the old owner lost its rights")
	})
}

func TestCertificateVerifierConstructor(t *testing.T) {
	c := newChain(t)
	set := optabletest.NewSet(t, 1, 1, []byte{0}, optabletest.NewOperators(t, optabletest.Equal(2, big.NewInt(1))))
	deployErr := func(table cv.OperatorTableTable, bips uint16, stale, grace uint32, owner common.Address) string {
		_, _, _, err := cv.DeployCertificateVerifier(c.deployer, c.client, big.NewInt(1), cvRegistry, table, bips, stale, grace, owner)
		if err != nil {
			return revertData(t, err)
		}
		return ""
	}
	sel := func(sig string) string { return hexutil.Encode(crypto.Keccak256([]byte(sig))[:4]) }
	require.Contains(t, deployErr(set.Table.Binding(), 0, 10, 1, c.deployer.From), sel("InvalidThreshold(uint16)"))
	require.Contains(t, deployErr(set.Table.Binding(), 5000, 0, 0, c.deployer.From), sel("InvalidMaxStaleness(uint32)"))
	require.Contains(t, deployErr(set.Table.Binding(), 5000, 10, 11, c.deployer.From), sel("InvalidGraceWindow(uint32,uint32)"))
	require.Contains(t, deployErr(set.Table.Binding(), 5000, 10, 1, common.Address{}), sel("ZeroOwner()"))
	// A table without operators must be empty in every field (the empty
	// genesis of a fresh deployment); anything else is refused by name.
	bad := set.Table.Binding()
	bad.OperatorCount = 0
	require.Contains(t, deployErr(bad, 5000, 10, 1, c.deployer.From), sel("InvalidEmptyTable()"))
	empty, err := optable.Empty(1, 1, []byte{0})
	require.NoError(t, err)
	for name, mutate := range map[string]func(*cv.OperatorTableTable){
		"root":             func(b *cv.OperatorTableTable) { b.OperatorsRoot = [32]byte{1} },
		"stake":            func(b *cv.OperatorTableTable) { b.Quorums[0].TotalStake = big.NewInt(1) },
		"key":              func(b *cv.OperatorTableTable) { b.Quorums[0].Apk = set.Table.Binding().Quorums[0].Apk },
		"members":          func(b *cv.OperatorTableTable) { b.Quorums[0].OperatorCount = 1 },
		"no quorum":        func(b *cv.OperatorTableTable) { b.Quorums = nil },
		"quorums unsorted": func(b *cv.OperatorTableTable) { b.Quorums = append(b.Quorums, b.Quorums[0]) },
	} {
		b := empty.Binding()
		mutate(&b)
		require.Contains(t, deployErr(b, 5000, 10, 1, c.deployer.From), sel("InvalidEmptyTable()"), name)
	}
}

// TestCertificateVerifierEmptyGenesis: a verifier deployed with the empty
// table (no operator registered yet) verifies nothing and accepts no
// update; the owner's resetTable starts the chain.
func TestCertificateVerifierEmptyGenesis(t *testing.T) {
	c := newChain(t)
	c.backend.Commit()
	_, now := c.head()
	empty, err := optable.Empty(90, now, []byte{0})
	require.NoError(t, err)
	e := deployVerifier(c, empty)
	cur, err := e.v.CurrentTable(nil)
	require.NoError(t, err)
	got, err := optable.TableFromBinding(cur)
	require.NoError(t, err)
	require.True(t, got.IsEmpty())
	require.True(t, got.Equal(empty))

	set := optabletest.NewSet(t, 100, now, []byte{0}, optabletest.NewOperators(t, optabletest.Equal(3, optabletest.Ether(1))))
	digest := common.HexToHash("0xabcd")
	_, err = e.v.VerifyCertificate(nil, digest, 100, set.Certificate(t, digest, 0, 1, 2).Binding())
	e.customError(err, "InsufficientStake")
	tdigest := set.Table.Digest(cvL1ChainID, cvRegistry)
	_, err = e.v.UpdateTable(c.deployer, set.Table.Binding(), set.Certificate(t, tdigest, 0, 1, 2).Binding())
	e.customError(err, "InsufficientStake")

	c.ok(e.v.ResetTable(c.deployer, set.Table.Binding()))
	_, err = e.v.VerifyCertificate(nil, digest, 100, set.Certificate(t, digest, 0, 1, 2).Binding())
	require.NoError(t, err, "after the reset the chain verifies")
}

// requireArgs compares decoded error arguments by their printed values
// (big.Int's internal form differs between equal values).
func requireArgs(t *testing.T, want, got []any, msg ...any) {
	t.Helper()
	require.Equal(t, fmt.Sprint(want...), fmt.Sprint(got...), msg...)
	require.Len(t, got, len(want), msg...)
}

func previous(e *verifierEnv) (*optable.Table, bool, uint64, error) {
	out, err := e.v.PreviousTable(&bind.CallOpts{Context: e.t.Context()})
	if err != nil || !out.Held {
		return nil, false, 0, err
	}
	tab, err := optable.TableFromBinding(out.Table)
	return tab, true, out.UsableUntil, err
}

func revertData(t *testing.T, err error) string {
	t.Helper()
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data in %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok)
	return s
}
