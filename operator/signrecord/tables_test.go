package signrecord_test

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

func TestConflictingTableRefusedNothingWritten(t *testing.T) {
	r := open(t, filepath.Join(t.TempDir(), "record.db"))
	t1 := &signrecord.Table{ReferenceBlock: 100, Digest: common.HexToHash("0xa1")}
	require.NoError(t, r.SignWithTable(1, common.HexToHash("0x01"), []core.Claim{claim(901, 10, "a")}, t1))
	d, ok, err := r.TableDigest(100)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, t1.Digest, d)

	// The same table again (another round at the same reference block) is fine.
	require.NoError(t, r.SignWithTable(2, common.HexToHash("0x02"), []core.Claim{claim(901, 11, "a")}, t1))

	// Another digest for block 100: refused, and nothing of round 3 written.
	forged := &signrecord.Table{ReferenceBlock: 100, Digest: common.HexToHash("0xbad")}
	err = r.SignWithTable(3, common.HexToHash("0x03"), []core.Claim{claim(901, 12, "a")}, forged)
	require.ErrorIs(t, err, signrecord.ErrTableSigned)
	var te *signrecord.TableError
	require.ErrorAs(t, err, &te)
	require.Equal(t, t1.Digest, te.Recorded)
	require.Equal(t, forged.Digest, te.Digest)
	require.ErrorContains(t, err, "block 100")
	_, ok, err = r.RoundDigest(3)
	require.NoError(t, err)
	require.False(t, ok, "the round of a refused table must not be recorded")
	_, ok, err = r.Claim(901, 12)
	require.NoError(t, err)
	require.False(t, ok, "the claims of a refused table must not be recorded")
	d, _, err = r.TableDigest(100)
	require.NoError(t, err)
	require.Equal(t, t1.Digest, d)

	// A claim conflict refuses the table too.
	err = r.SignWithTable(4, common.HexToHash("0x04"), []core.Claim{claim(901, 10, "other")}, &signrecord.Table{ReferenceBlock: 101, Digest: common.HexToHash("0x05")})
	require.ErrorIs(t, err, signrecord.ErrConflict)
	_, ok, err = r.TableDigest(101)
	require.NoError(t, err)
	require.False(t, ok)
}

func TestTablesSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	r, err := signrecord.Open(path, opID)
	require.NoError(t, err)
	require.NoError(t, r.SignWithTable(1, common.HexToHash("0x01"), nil, &signrecord.Table{ReferenceBlock: 7, Digest: common.HexToHash("0x77")}))
	require.NoError(t, r.Close())
	r = open(t, path)
	err = r.SignWithTable(2, common.HexToHash("0x02"), nil, &signrecord.Table{ReferenceBlock: 7, Digest: common.HexToHash("0x78")})
	require.ErrorIs(t, err, signrecord.ErrTableSigned)
}

// TestUpgradeFromVersion1 opens a record written before tables existed: the
// read-only view reads it unchanged, Open upgrades it keeping every entry.
func TestUpgradeFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	r, err := signrecord.Open(path, opID)
	require.NoError(t, err)
	a := claim(901, 10, "a")
	require.NoError(t, r.Sign(1, common.HexToHash("0x01"), []core.Claim{a}))
	require.NoError(t, r.Close())
	// Make it a version 1 file: no tables bucket, version 1.
	db, err := bolt.Open(path, 0o600, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte("tables")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("version"), binary.BigEndian.AppendUint64(nil, 1))
	}))
	require.NoError(t, db.Close())

	ro, err := signrecord.OpenReadOnly(path)
	require.NoError(t, err)
	_, ok, err := ro.TableDigest(5)
	require.NoError(t, err)
	require.False(t, ok)
	empty, err := ro.Empty()
	require.NoError(t, err)
	require.False(t, empty)
	var buf bytes.Buffer
	require.NoError(t, ro.Export(&buf, signrecord.InterchangeMeta{}))
	require.NotContains(t, buf.String(), `"tables"`, "no tables: the document is what version 1 wrote")
	require.NoError(t, ro.Close())

	r = open(t, path)
	got, ok, err := r.Claim(901, 10)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, a, got)
	require.ErrorIs(t, r.Sign(1, common.HexToHash("0x09"), nil), signrecord.ErrRoundSigned)
	require.NoError(t, r.SignWithTable(2, common.HexToHash("0x02"), nil, &signrecord.Table{ReferenceBlock: 5, Digest: common.HexToHash("0x55")}))
	require.NoError(t, r.Close())
	db, err = bolt.Open(path, 0o600, nil)
	require.NoError(t, err)
	defer db.Close()
	require.NoError(t, db.View(func(tx *bolt.Tx) error {
		require.Equal(t, uint64(2), binary.BigEndian.Uint64(tx.Bucket([]byte("meta")).Get([]byte("version"))))
		return nil
	}))
}

func TestInterchangeCarriesTables(t *testing.T) {
	src := open(t, filepath.Join(t.TempDir(), "a.db"))
	tbl := signrecord.Table{ReferenceBlock: 42, Digest: common.HexToHash("0x4242")}
	require.NoError(t, src.SignWithTable(1, common.HexToHash("0x01"), []core.Claim{claim(901, 1, "a")}, &tbl))
	var buf bytes.Buffer
	require.NoError(t, src.Export(&buf, signrecord.InterchangeMeta{}))
	require.Contains(t, buf.String(), `"referenceBlock": "42"`)
	doc, err := signrecord.ReadInterchange(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Equal(t, 1, doc.Version)
	require.Len(t, doc.Tables, 1)

	dst := open(t, filepath.Join(t.TempDir(), "b.db"))
	res, err := dst.Import(doc)
	require.NoError(t, err)
	require.Equal(t, 1, res.Tables)
	// The imported record refuses another table for block 42.
	err = dst.SignWithTable(2, common.HexToHash("0x02"), nil, &signrecord.Table{ReferenceBlock: 42, Digest: common.HexToHash("0x43")})
	require.ErrorIs(t, err, signrecord.ErrTableSigned)
	res, err = dst.Import(doc)
	require.NoError(t, err)
	require.Equal(t, 0, res.Tables)
	require.Positive(t, res.Known)

	// A record holding another digest for block 42 refuses the whole document.
	other := open(t, filepath.Join(t.TempDir(), "c.db"))
	require.NoError(t, other.SignWithTable(9, common.HexToHash("0x09"), nil, &signrecord.Table{ReferenceBlock: 42, Digest: common.HexToHash("0x44")}))
	_, err = other.Import(doc)
	require.ErrorIs(t, err, signrecord.ErrTableSigned)
	_, ok, err := other.Claim(901, 1)
	require.NoError(t, err)
	require.False(t, ok, "a refused import adds nothing")

	// A document with two digests for one block contradicts itself.
	bad := strings.Replace(buf.String(), `"tables": [`, `"tables": [
    { "referenceBlock": "42", "digest": "0x0000000000000000000000000000000000000000000000000000000000000001" },`, 1)
	_, err = signrecord.ReadInterchange(strings.NewReader(bad))
	require.ErrorIs(t, err, signrecord.ErrInterchange)
	require.ErrorContains(t, err, "two different table digests for block 42")
}
