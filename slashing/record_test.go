package slashing

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

func writeRecord(t *testing.T, path string, id common.Hash, round uint64, claims ...core.Claim) {
	t.Helper()
	rec, err := signrecord.Open(path, id)
	require.NoError(t, err)
	require.NoError(t, rec.Sign(round, common.Hash{byte(round)}, claims))
	require.NoError(t, rec.Close())
}

func TestReadRecord(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "signing-record.db")
	id := common.Hash{0x01, 0x02}
	writeRecord(t, path, id, 1, claim(901, 10, 1), claim(902, 5, 1))
	writeRecord(t, path, id, 2, claim(901, 11, 1))
	before, err := os.ReadFile(path)
	require.NoError(t, err)

	rec, err := ReadRecord(path)
	require.NoError(t, err)
	require.Equal(t, id, rec.OperatorID)
	require.ElementsMatch(t, []core.Claim{claim(901, 10, 1), claim(902, 5, 1), claim(901, 11, 1)}, rec.Claims)
	require.Equal(t, 2, rec.Rounds)
	require.Equal(t, uint64(2), rec.LastRound)

	after, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, before, after, "reading changes nothing")
}

func TestReadRecordErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := ReadRecord(filepath.Join(dir, "missing.db"))
	require.ErrorContains(t, err, "no signing record at")
	_, statErr := os.Stat(filepath.Join(dir, "missing.db"))
	require.True(t, errors.Is(statErr, os.ErrNotExist), "never created")

	_, err = ReadRecord(dir)
	require.ErrorContains(t, err, "is not a file")

	// A running operator holds the record.
	path := filepath.Join(dir, "signing-record.db")
	held, err := signrecord.Open(path, common.Hash{1})
	require.NoError(t, err)
	_, err = ReadRecord(path)
	require.ErrorIs(t, err, ErrRecordLocked)
	require.ErrorContains(t, err, "stop the operator")
	require.NoError(t, held.Close())
	_, err = ReadRecord(path)
	require.NoError(t, err, "readable once released")

	junk := filepath.Join(dir, "junk.db")
	require.NoError(t, os.WriteFile(junk, []byte("not a database"), 0o600))
	_, err = ReadRecord(junk)
	require.Error(t, err)
}

// Two records of one operator (the same key run from two machines) hold
// conflicting claims that neither record could refuse on its own.
func TestConflictAcrossRecords(t *testing.T) {
	dir := t.TempDir()
	id := common.Hash{7}
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	writeRecord(t, a, id, 1, claim(901, 10, 1))
	writeRecord(t, b, id, 1, claim(901, 10, 2))
	var signed []SignedClaim
	for _, p := range []string{a, b} {
		rec, err := ReadRecord(p)
		require.NoError(t, err)
		for _, c := range rec.Claims {
			signed = append(signed, SignedClaim{Claim: c, Source: "record " + p})
		}
	}
	got := FindConflicts(signed)
	require.Len(t, got, 1)
	require.Equal(t, "record "+a, got[0].A.Source)
	require.Equal(t, "record "+b, got[0].B.Source)
}
