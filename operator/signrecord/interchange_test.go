package signrecord_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

// exported writes r's interchange document.
func exported(t *testing.T, r *signrecord.Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, r.Export(&buf, signrecord.InterchangeMeta{L1ChainID: 31337, Registry: common.HexToAddress("0x01")}))
	return buf.Bytes()
}

func read(t *testing.T, b []byte) *signrecord.Interchange {
	t.Helper()
	doc, err := signrecord.ReadInterchange(bytes.NewReader(b))
	require.NoError(t, err)
	return doc
}

// contents lists a record's claims and rounds.
func contents(t *testing.T, r *signrecord.Record) ([]core.Claim, map[uint64]common.Hash) {
	t.Helper()
	var cs []core.Claim
	require.NoError(t, r.Claims(func(c core.Claim) error { cs = append(cs, c); return nil }))
	rs := map[uint64]common.Hash{}
	require.NoError(t, r.Rounds(func(n uint64, d common.Hash) error { rs[n] = d; return nil }))
	return cs, rs
}

func TestInterchangeMovesTheProtection(t *testing.T) {
	old := open(t, filepath.Join(t.TempDir(), "old.db"))
	a, b := claim(901, 10, "a"), claim(902, 7, "b")
	require.NoError(t, old.Sign(1, common.HexToHash("0xd1"), []core.Claim{a, b}))
	require.NoError(t, old.Sign(2, common.HexToHash("0xd2"), []core.Claim{claim(901, 11, "c")}))
	doc := read(t, exported(t, old))
	require.Equal(t, opID, doc.Meta.OperatorID)
	require.Len(t, doc.Claims, 3)
	require.Len(t, doc.Rounds, 2)

	fresh := open(t, filepath.Join(t.TempDir(), "new.db"))
	empty, err := fresh.Empty()
	require.NoError(t, err)
	require.True(t, empty)
	res, err := fresh.Import(doc)
	require.NoError(t, err)
	require.Equal(t, signrecord.ImportResult{Claims: 3, Rounds: 2}, res)
	wantClaims, wantRounds := contents(t, old)
	gotClaims, gotRounds := contents(t, fresh)
	require.Equal(t, wantClaims, gotClaims)
	require.Equal(t, wantRounds, gotRounds)

	// The new machine refuses what the old one signed differently.
	err = fresh.Sign(3, common.HexToHash("0xd3"), []core.Claim{claim(901, 10, "evil")})
	require.ErrorIs(t, err, signrecord.ErrConflict)
	err = fresh.Sign(2, common.HexToHash("0xee"), []core.Claim{claim(901, 11, "c")})
	require.ErrorIs(t, err, signrecord.ErrRoundSigned)

	// Importing again adds nothing.
	res, err = fresh.Import(doc)
	require.NoError(t, err)
	require.Equal(t, signrecord.ImportResult{Known: 5}, res)
}

func TestImportRefusalsChangeNothing(t *testing.T) {
	src := open(t, filepath.Join(t.TempDir(), "src.db"))
	require.NoError(t, src.Sign(1, common.HexToHash("0xd1"), []core.Claim{claim(901, 10, "a"), claim(902, 3, "x")}))
	doc := read(t, exported(t, src))

	t.Run("conflicting claim", func(t *testing.T) {
		dst := open(t, filepath.Join(t.TempDir(), "dst.db"))
		require.NoError(t, dst.Sign(5, common.HexToHash("0xd5"), []core.Claim{claim(902, 3, "other")}))
		beforeC, beforeR := contents(t, dst)
		_, err := dst.Import(doc)
		require.ErrorIs(t, err, signrecord.ErrConflict)
		afterC, afterR := contents(t, dst)
		require.Equal(t, beforeC, afterC, "a refused import wrote claims")
		require.Equal(t, beforeR, afterR, "a refused import wrote rounds")
	})
	t.Run("conflicting round", func(t *testing.T) {
		dst := open(t, filepath.Join(t.TempDir(), "dst.db"))
		require.NoError(t, dst.Sign(1, common.HexToHash("0xbb"), []core.Claim{claim(903, 1, "z")}))
		beforeC, _ := contents(t, dst)
		_, err := dst.Import(doc)
		require.ErrorIs(t, err, signrecord.ErrRoundSigned)
		afterC, _ := contents(t, dst)
		require.Equal(t, beforeC, afterC)
	})
	t.Run("other operator", func(t *testing.T) {
		other, err := signrecord.Open(filepath.Join(t.TempDir(), "o.db"), common.HexToHash("0x0b"))
		require.NoError(t, err)
		defer other.Close()
		_, err = other.Import(doc)
		require.ErrorIs(t, err, signrecord.ErrOtherOperator)
		empty, err := other.Empty()
		require.NoError(t, err)
		require.True(t, empty)
	})
}

func TestReadInterchangeRefusesBadDocuments(t *testing.T) {
	src := open(t, filepath.Join(t.TempDir(), "src.db"))
	require.NoError(t, src.Sign(1, common.HexToHash("0xd1"), []core.Claim{claim(901, 10, "a")}))
	good := string(exported(t, src))
	c := claim(901, 10, "a")
	for name, doc := range map[string]string{
		"not json":         "{",
		"wrong format":     strings.Replace(good, signrecord.InterchangeFormat, "eip-3076", 1),
		"wrong version":    strings.Replace(good, `"version": 1`, `"version": 2`, 1),
		"unknown field":    strings.Replace(good, `"format"`, `"extra": 1, "format"`, 1),
		"no operator":      strings.Replace(good, opID.Hex(), (common.Hash{}).Hex(), 1),
		"trailing data":    good + "{}",
		"self-conflicting": strings.Replace(good, `"claims": [`, `"claims": [{"chainId": "901", "blockNumber": "10", "blockHash": "`+c.StateRoot.Hex()+`", "stateRoot": "`+c.StateRoot.Hex()+`"},`, 1),
		"two digests":      strings.Replace(good, `"rounds": [`, `"rounds": [{"round": "1", "digest": "`+common.HexToHash("0xff").Hex()+`"},`, 1),
	} {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, good, doc, "the case must change the document")
			_, err := signrecord.ReadInterchange(strings.NewReader(doc))
			require.Error(t, err)
			require.True(t, errors.Is(err, signrecord.ErrInterchange), "error %v", err)
		})
	}
}
