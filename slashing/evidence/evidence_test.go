package evidence

import (
	"context"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
)

// fakeChain is a quorum of registered operators, unchanged over blocks.
type fakeChain struct {
	head    uint64
	keys    map[common.Address]*bls.KeyPair
	slashed map[common.Address]bool
}

func (f *fakeChain) Head(context.Context) (uint64, error) { return f.head, nil }

func (f *fakeChain) Members(_ context.Context, _ uint32) (map[common.Hash]Member, error) {
	out := map[common.Hash]Member{}
	for addr, kp := range f.keys {
		id := core.OperatorID(kp.GetPubKeyG1())
		out[id] = Member{Operator: Operator{Address: addr, ID: id}}
	}
	return out, nil
}

func (f *fakeChain) Pubkey(_ context.Context, op common.Address) (*bls.G1Point, common.Hash, error) {
	kp, ok := f.keys[op]
	if !ok {
		return nil, common.Hash{}, ErrNotRegistered
	}
	return kp.GetPubKeyG1(), core.OperatorID(kp.GetPubKeyG1()), nil
}

func (f *fakeChain) ApkHash(context.Context, uint32, uint32) ([24]byte, error) {
	apk := bls.NewZeroG1Point()
	for _, kp := range f.keys {
		apk.Add(kp.GetPubKeyG1())
	}
	h := g1Hash(apk.X.BigInt(new(big.Int)), apk.Y.BigInt(new(big.Int)))
	return [24]byte(h[:24]), nil
}

func (f *fakeChain) Slashable(context.Context, common.Address) (bool, error) { return true, nil }

func (f *fakeChain) Slashed(_ context.Context, op common.Address, _, _ uint64) (bool, error) {
	return f.slashed[op], nil
}

const testL1 = 31337

var testRegistry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

func newFake(t *testing.T, n int) (*fakeChain, []common.Address) {
	t.Helper()
	f := &fakeChain{head: 100, keys: map[common.Address]*bls.KeyPair{}, slashed: map[common.Address]bool{}}
	var addrs []common.Address
	for i := 0; i < n; i++ {
		kp, err := bls.GenRandomBlsKeys()
		require.NoError(t, err)
		a := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
		f.keys[a] = kp
		addrs = append(addrs, a)
	}
	return f, addrs
}

func claims(block uint64, root byte) []core.Claim {
	return []core.Claim{
		{ChainID: 10, BlockNumber: block, BlockHash: common.Hash{1}, StateRoot: common.Hash{2}},
		{ChainID: 11, BlockNumber: block, BlockHash: common.Hash{3}, StateRoot: common.Hash{root}},
	}
}

func signedBy(t *testing.T, f *fakeChain, op common.Address, round uint64, cs []core.Claim) Signed {
	t.Helper()
	side, err := SideOf(round, 50, cs, 11)
	require.NoError(t, err)
	kp := f.keys[op]
	return Signed{Side: side, Operator: op, Signature: kp.SignMessage(side.Checkpoint.Digest(testL1, testRegistry)), PubkeyG2: kp.GetPubKeyG2()}
}

func TestSignedChecks(t *testing.T) {
	ctx := context.Background()
	f, ops := newFake(t, 3)
	b, err := NewBuilder(f, testL1, testRegistry)
	require.NoError(t, err)
	a, bb := signedBy(t, f, ops[0], 1, claims(7, 4)), signedBy(t, f, ops[0], 2, claims(7, 5))

	ev, err := b.Signed(ctx, a, bb)
	require.NoError(t, err)
	require.Equal(t, FormSigned, ev.Form)
	require.Len(t, ev.Guilty, 1)
	require.Equal(t, ops[0], ev.Guilty[0].Address)
	input, err := ev.Calldata()
	require.NoError(t, err)
	require.Equal(t, "slashSigned", ev.Form.Method())
	slasherABI, err := equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	require.NoError(t, err)
	require.Equal(t, slasherABI.Methods["slashSigned"].ID, input[:4])

	_, err = b.Signed(ctx, a, a)
	require.ErrorIs(t, err, ErrNoConflict)
	_, err = b.Signed(ctx, a, signedBy(t, f, ops[0], 2, claims(8, 5)))
	require.ErrorIs(t, err, ErrDifferentBlocks)

	badProof := bb
	badProof.Proof = []common.Hash{{9}}
	_, err = b.Signed(ctx, a, badProof)
	require.ErrorIs(t, err, ErrBadProof)

	other := signedBy(t, f, ops[1], 2, claims(7, 5))
	_, err = b.Signed(ctx, a, other)
	require.ErrorIs(t, err, ErrBadSignature, "two operators' signatures are no equivocation")
	other.Operator = ops[0]
	_, err = b.Signed(ctx, a, other)
	require.ErrorIs(t, err, ErrBadSignature, "operator 1's signature is not operator 0's")
	wrongG2 := bb
	wrongG2.PubkeyG2 = f.keys[ops[1]].GetPubKeyG2()
	_, err = b.Signed(ctx, a, wrongG2)
	require.ErrorIs(t, err, ErrBadSignature)

	future := bb
	future.Checkpoint.ReferenceBlock = 101
	_, err = b.Signed(ctx, a, future)
	require.ErrorIs(t, err, ErrReferenceBlock, "reference block 101 is not before head 100 + 1")
	f.head = 40
	_, err = b.Signed(ctx, a, bb)
	require.ErrorIs(t, err, ErrReferenceBlock)
	f.head = 100

	sa, sb := signedBy(t, f, ops[2], 1, claims(7, 4)), signedBy(t, f, ops[2], 2, claims(7, 5))
	delete(f.keys, ops[2])
	_, err = b.Signed(ctx, sa, sb)
	require.ErrorIs(t, err, ErrNotRegistered)

	f.slashed[ops[0]] = true
	_, err = b.Signed(ctx, a, bb)
	require.ErrorIs(t, err, ErrAlreadySlashed)
}

func TestSplit(t *testing.T) {
	e := &Evidence{Form: FormAttested}
	for i := 0; i < 5; i++ {
		a := common.BigToAddress(big.NewInt(int64(i + 1)))
		e.Guilty = append(e.Guilty, Operator{Address: a})
		e.accused = append(e.accused, equivocationslasher.EquivocationSlasherAccused{Operator: a})
	}
	e.Skipped = []Skipped{{Reason: ErrAlreadySlashed}}
	pieces := e.Split(2)
	require.Len(t, pieces, 3)
	var all []common.Address
	for i, p := range pieces {
		require.Len(t, p.accused, len(p.Guilty))
		for j := range p.Guilty {
			require.Equal(t, p.Guilty[j].Address, p.accused[j].Operator)
			all = append(all, p.Guilty[j].Address)
		}
		require.Equal(t, i == 0, len(p.Skipped) == 1, "skipped reported once")
	}
	require.Len(t, all, 5)
	require.Len(t, e.Split(0), 1)

	odd, err := e.Filter(func(op Operator) bool { return op.Address.Big().Int64()%2 == 1 })
	require.NoError(t, err)
	require.Len(t, odd.Guilty, 3)
	for i, op := range odd.Guilty {
		require.Equal(t, op.Address, odd.accused[i].Operator)
	}
	require.Len(t, e.Guilty, 5, "the original is unchanged")
	_, err = e.Filter(func(Operator) bool { return false })
	require.ErrorIs(t, err, ErrNoGuilty)
	require.Len(t, (&Evidence{Form: FormSigned, Guilty: e.Guilty}).Split(1), 1)
}
