package evidence

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/core"
)

func hexBig(n int64) *hexutil.Big { return (*hexutil.Big)(bigOf(n)) }

func testFile() *File {
	op := common.HexToAddress("0x01")
	idx := uint32(2)
	g1 := &FileG1{X: hexBig(1), Y: hexBig(2)}
	g2 := &FileG2{X: [2]*hexutil.Big{hexBig(3), hexBig(4)}, Y: [2]*hexutil.Big{hexBig(5), hexBig(6)}}
	side := func(root byte) FileSide {
		return FileSide{
			Checkpoint: FileCheckpoint{Round: 7, ReferenceBlock: 40, ClaimsRoot: common.Hash{root}},
			Claim:      core.Claim{ChainID: 901, BlockNumber: 3, BlockHash: common.Hash{0x0b}, StateRoot: common.Hash{root}},
			Proof:      []common.Hash{{0x0c}},
			Sigma:      g1, PubkeyG2: g2, QuorumBitmapIndex: &idx,
		}
	}
	return &File{Version: FileVersion, L1ChainID: 31337, Form: FormSigned.String(), Method: FormSigned.Method(), Operator: &op,
		A: side(0x0a), B: side(0x0d), Guilty: []common.Address{op}}
}

// A file round-trips through JSON to the same call, which is the
// slasher's slashSigned with the file's arguments.
func TestFileRoundTrip(t *testing.T) {
	f := testFile()
	raw, err := json.Marshal(f)
	require.NoError(t, err)
	back, err := ParseFile(bytes.NewReader(raw))
	require.NoError(t, err)
	want, err := f.Calldata()
	require.NoError(t, err)
	got, err := back.Calldata()
	require.NoError(t, err)
	require.Equal(t, want, got)

	a, err := equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	require.NoError(t, err)
	m := a.Methods["slashSigned"]
	require.Equal(t, m.ID, got[:4])
	args, err := m.Inputs.Unpack(got[4:])
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0x01"), args[0])
}

func TestFileRefused(t *testing.T) {
	good, err := json.Marshal(testFile())
	require.NoError(t, err)
	for _, tc := range []struct {
		name, want string
		edit       func(map[string]any)
	}{
		{"unknown key", "unknown field", func(m map[string]any) { m["extra"] = 1 }},
		{"version", "version 2", func(m map[string]any) { m["version"] = 2 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m map[string]any
			require.NoError(t, json.Unmarshal(good, &m))
			tc.edit(m)
			raw, err := json.Marshal(m)
			require.NoError(t, err)
			_, err = ParseFile(bytes.NewReader(raw))
			require.ErrorIs(t, err, ErrBadFile)
			require.ErrorContains(t, err, tc.want)
		})
	}
	_, err = ParseFile(strings.NewReader(strings.Repeat(" ", MaxFileBytes+1)))
	require.ErrorContains(t, err, "larger than")

	f := testFile()
	f.Form = "bogus"
	_, err = f.Calldata()
	require.ErrorIs(t, err, ErrBadFile)
	f = testFile()
	f.A.Sigma = nil
	_, err = f.Calldata()
	require.ErrorContains(t, err, "side a needs sigma")
	f = testFile()
	f.Form = FormSignedAgainstAttested.String()
	_, err = f.Calldata()
	require.ErrorContains(t, err, "quorumBitmapIndexB")
	f = testFile()
	f.Form = FormAttested.String()
	_, err = f.Calldata()
	require.ErrorContains(t, err, "side a needs aggregate")
}

func bigOf(n int64) *big.Int { return big.NewInt(n) }
