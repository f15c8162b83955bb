package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

// An operator moves machines: export on the old data dir, import into a new
// one; the new record then holds exactly what the old one did and refuses a
// conflicting claim.
func TestSigningRecordExportImport(t *testing.T) {
	dir := t.TempDir()
	oldDir, newDir := filepath.Join(dir, "old"), filepath.Join(dir, "new")
	require.NoError(t, os.MkdirAll(oldDir, 0o700))
	id := common.HexToHash("0xabc")
	rec, err := signrecord.Open(filepath.Join(oldDir, operator.RecordFile), id)
	require.NoError(t, err)
	signed := core.Claim{ChainID: 901, BlockNumber: 5, BlockHash: common.HexToHash("0x01"), StateRoot: common.HexToHash("0x02")}
	require.NoError(t, rec.Sign(1, common.HexToHash("0xd1"), []core.Claim{signed}))
	require.NoError(t, rec.Close())

	file := filepath.Join(dir, "record.json")
	_, stderr, code := runInProcess(t, "operator", "signing-record", "export", "--data-dir", oldDir, "--out", file)
	require.Equal(t, 0, code, stderr)
	st, err := os.Stat(file)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())
	_, stderr, code = runInProcess(t, "operator", "signing-record", "export", "--data-dir", oldDir, "--out", file)
	require.Equal(t, 1, code, "export overwrote an existing file")
	require.Contains(t, stderr, "exists")

	stdout, stderr, code := runInProcess(t, "operator", "signing-record", "import", "--data-dir", newDir, file)
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, "1 claims and 1 rounds added")

	moved, err := signrecord.Open(filepath.Join(newDir, operator.RecordFile), id)
	require.NoError(t, err)
	defer moved.Close()
	got, ok, err := moved.Claim(901, 5)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, signed, got)
	conflicting := signed
	conflicting.StateRoot = common.HexToHash("0x03")
	require.ErrorIs(t, moved.Sign(2, common.HexToHash("0xd2"), []core.Claim{conflicting}), signrecord.ErrConflict)
}

func TestSigningRecordCLIErrors(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := runInProcess(t, "operator", "signing-record", "export", "--data-dir", dir)
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "no signing record")
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"format":"something-else","version":1}`), 0o600))
	_, stderr, code = runInProcess(t, "operator", "signing-record", "import", "--data-dir", dir, bad)
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "format")
	_, err := os.Stat(filepath.Join(dir, operator.RecordFile))
	require.ErrorIs(t, err, os.ErrNotExist, "a refused import created a record")
}
