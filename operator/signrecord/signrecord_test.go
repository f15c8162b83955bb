package signrecord_test

import (
	"encoding/binary"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

var opID = common.HexToHash("0x0a")

func claim(chainID, block uint64, tag string) core.Claim {
	return core.Claim{
		ChainID:     chainID,
		BlockNumber: block,
		BlockHash:   crypto.Keccak256Hash([]byte("hash" + tag)),
		StateRoot:   crypto.Keccak256Hash([]byte("root" + tag)),
	}
}

func open(t *testing.T, path string) *signrecord.Record {
	t.Helper()
	r, err := signrecord.Open(path, opID)
	require.NoError(t, err)
	t.Cleanup(func() { r.Close() })
	return r
}

func TestConflictRefusedNothingWritten(t *testing.T) {
	r := open(t, filepath.Join(t.TempDir(), "record.db"))
	a := claim(901, 10, "a")
	require.NoError(t, r.Sign(1, common.HexToHash("0x01"), []core.Claim{a}))

	// Round 2 holds a new claim on another chain and one conflicting with a.
	fresh := claim(902, 10, "x")
	conflicting := claim(901, 10, "b")
	err := r.Sign(2, common.HexToHash("0x02"), []core.Claim{fresh, conflicting})
	require.ErrorIs(t, err, signrecord.ErrConflict)
	var ce *signrecord.ConflictError
	require.True(t, errors.As(err, &ce))
	require.Equal(t, a, ce.Recorded)
	require.Equal(t, conflicting, ce.New)
	require.ErrorContains(t, err, a.BlockHash.Hex())
	require.ErrorContains(t, err, conflicting.BlockHash.Hex())

	// Nothing of round 2 was written.
	_, ok, err := r.Claim(902, 10)
	require.NoError(t, err)
	require.False(t, ok, "the non-conflicting claim of a refused round must not be recorded")
	_, ok, err = r.RoundDigest(2)
	require.NoError(t, err)
	require.False(t, ok)
	got, ok, err := r.Claim(901, 10)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, a, got)

	// Check agrees with Sign, without writing.
	require.ErrorIs(t, r.Check(2, common.HexToHash("0x02"), []core.Claim{conflicting}), signrecord.ErrConflict)
	require.NoError(t, r.Check(2, common.HexToHash("0x02"), []core.Claim{fresh}))
	_, ok, err = r.Claim(902, 10)
	require.NoError(t, err)
	require.False(t, ok)
}

func TestIdenticalResignAllowed(t *testing.T) {
	r := open(t, filepath.Join(t.TempDir(), "record.db"))
	claims := []core.Claim{claim(901, 10, "a"), claim(902, 7, "b")}
	d := common.HexToHash("0x01")
	require.NoError(t, r.Sign(1, d, claims))
	require.NoError(t, r.Sign(1, d, claims), "same round, same digest, same claims")
	// The same claim in a later round (a chain that did not move) is fine.
	require.NoError(t, r.Sign(2, common.HexToHash("0x02"), claims[:1]))
	// Another height of the same chain is not a conflict.
	require.NoError(t, r.Sign(3, common.HexToHash("0x03"), []core.Claim{claim(901, 11, "c")}))
}

func TestOtherDigestForSignedRoundRefused(t *testing.T) {
	r := open(t, filepath.Join(t.TempDir(), "record.db"))
	require.NoError(t, r.Sign(5, common.HexToHash("0x01"), []core.Claim{claim(901, 10, "a")}))
	err := r.Sign(5, common.HexToHash("0x02"), []core.Claim{claim(902, 1, "b")})
	require.ErrorIs(t, err, signrecord.ErrRoundSigned)
	var re *signrecord.RoundError
	require.True(t, errors.As(err, &re))
	require.Equal(t, common.HexToHash("0x01"), re.Recorded)
	_, ok, err := r.Claim(902, 1)
	require.NoError(t, err)
	require.False(t, ok)
	d, ok, err := r.RoundDigest(5)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, common.HexToHash("0x01"), d)
}

func TestSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	r, err := signrecord.Open(path, opID)
	require.NoError(t, err)
	a := claim(901, 10, "a")
	require.NoError(t, r.Sign(4, common.HexToHash("0x04"), []core.Claim{a}))
	require.NoError(t, r.Close())

	r = open(t, path)
	got, ok, err := r.Claim(901, 10)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, a, got)
	last, ok, err := r.LastRound()
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, uint64(4), last)
	require.ErrorIs(t, r.Sign(6, common.HexToHash("0x06"), []core.Claim{claim(901, 10, "b")}), signrecord.ErrConflict)
	require.ErrorIs(t, r.Sign(4, common.HexToHash("0x05"), []core.Claim{a}), signrecord.ErrRoundSigned)
}

func TestOtherOperatorRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	r, err := signrecord.Open(path, opID)
	require.NoError(t, err)
	require.NoError(t, r.Close())
	_, err = signrecord.Open(path, common.HexToHash("0x0b"))
	require.ErrorIs(t, err, signrecord.ErrOtherOperator)
}

func TestLockedBySecondOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	open(t, path)
	_, err := signrecord.Open(path, opID)
	require.ErrorIs(t, err, signrecord.ErrLocked)
}

func TestOpenReadOnly(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	_, err := signrecord.OpenReadOnly(missing)
	require.ErrorIs(t, err, signrecord.ErrNoRecord)
	require.NoFileExists(t, missing, "never created")

	path := filepath.Join(dir, "record.db")
	w := open(t, path)
	require.NoError(t, w.Sign(3, common.HexToHash("0x03"), []core.Claim{claim(902, 7, "b"), claim(901, 10, "a")}))
	require.NoError(t, w.Sign(5, common.HexToHash("0x05"), []core.Claim{claim(901, 11, "a")}))
	_, err = signrecord.OpenReadOnly(path)
	require.ErrorIs(t, err, signrecord.ErrLocked, "a running operator holds it")
	require.NoError(t, w.Close())

	r, err := signrecord.OpenReadOnly(path)
	require.NoError(t, err)
	defer r.Close()
	id, err := r.OperatorID()
	require.NoError(t, err)
	require.Equal(t, opID, id)
	var claims []core.Claim
	require.NoError(t, r.Claims(func(c core.Claim) error { claims = append(claims, c); return nil }))
	require.Equal(t, []core.Claim{claim(901, 10, "a"), claim(901, 11, "a"), claim(902, 7, "b")}, claims, "by chain id, then block")
	var rounds []uint64
	require.NoError(t, r.Rounds(func(round uint64, d common.Hash) error {
		require.Equal(t, common.BigToHash(new(big.Int).SetUint64(round)), d)
		rounds = append(rounds, round)
		return nil
	}))
	require.Equal(t, []uint64{3, 5}, rounds)
	stop := errors.New("stop")
	require.ErrorIs(t, r.Claims(func(core.Claim) error { return stop }), stop)
	require.Error(t, r.Sign(6, common.HexToHash("0x06"), nil), "read-only")
}

func TestOpenReadOnlyChecksVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.db")
	require.NoError(t, open(t, path).Close())
	db, err := bolt.Open(path, 0o600, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("version"), binary.BigEndian.AppendUint64(nil, 3))
	}))
	require.NoError(t, db.Close())
	_, err = signrecord.OpenReadOnly(path)
	require.ErrorContains(t, err, "unknown signing record version")
}
