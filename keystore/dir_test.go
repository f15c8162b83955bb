package keystore_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/keystore"
)

func TestValidateName(t *testing.T) {
	for _, ok := range []string{"a", "op1", "Operator_2-b", strings.Repeat("x", 64)} {
		require.NoError(t, keystore.ValidateName(ok), ok)
	}
	for _, bad := range []string{"", strings.Repeat("x", 65), "../op", "op/1", "op.1", "op 1", ".", "..", "op\n", "é"} {
		require.ErrorIs(t, keystore.ValidateName(bad), keystore.ErrBadName, bad)
	}
}

func TestParseKind(t *testing.T) {
	k, err := keystore.ParseKind("BLS")
	require.NoError(t, err)
	require.Equal(t, keystore.KindBLS, k)
	k, err = keystore.ParseKind("ecdsa")
	require.NoError(t, err)
	require.Equal(t, keystore.KindECDSA, k)
	_, err = keystore.ParseKind("rsa")
	require.ErrorContains(t, err, "bls or ecdsa")
}

func TestOperatorIDMatchesSDK(t *testing.T) {
	for range 5 {
		kp, err := bls.GenRandomBlsKeys()
		require.NoError(t, err)
		require.Equal(t, common.Hash(sdktypes.OperatorIdFromKeyPair(kp)), core.OperatorID(kp.PubKey))
	}
}

func TestG1HexRoundTrip(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	p, err := keystore.ParseG1Hex("0x" + keystore.G1Hex(kp.PubKey))
	require.NoError(t, err)
	require.True(t, kp.PubKey.Equal(p.G1Affine))

	h := keystore.G1Hex(kp.PubKey)
	_, err = keystore.ParseG1Hex(h[:126])
	require.ErrorContains(t, err, "want 64")
	_, err = keystore.ParseG1Hex(strings.Repeat("0", 128))
	require.ErrorContains(t, err, "infinity")
	_, err = keystore.ParseG1Hex(h[:64] + strings.Repeat("0", 63) + "1")
	require.ErrorContains(t, err, "not on the BN254 curve")
	_, err = keystore.ParseG1Hex(strings.Repeat("f", 128))
	require.ErrorContains(t, err, "not a field element")
}

func TestDirList(t *testing.T) {
	dir := keystore.Dir(filepath.Join(t.TempDir(), "keys"))
	entries, err := dir.List()
	require.NoError(t, err, "a missing directory holds no keys")
	require.Empty(t, entries)

	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	require.NoError(t, keystore.SaveBLS(dir.Path("op1", keystore.KindBLS), kp, password, keystore.WithLightScrypt()))
	require.NoError(t, keystore.SaveECDSA(dir.Path("op1", keystore.KindECDSA), key, password, keystore.WithLightScrypt()))
	old, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	legacyBLS(t, dir.Path("legacy", keystore.KindBLS), old, password)
	// Noise: ignored files, a broken key, a key under the wrong kind.
	require.NoError(t, os.WriteFile(filepath.Join(string(dir), "README.txt"), []byte("hi"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(string(dir), "bad name.bls.json"), []byte("{}"), 0o600))
	require.NoError(t, os.WriteFile(dir.Path("broken", keystore.KindBLS), []byte("{not json"), 0o600))
	raw, err := os.ReadFile(dir.Path("op1", keystore.KindECDSA))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(dir.Path("mixed", keystore.KindBLS), raw, 0o600))

	st, err := os.Stat(string(dir))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o700), st.Mode().Perm())

	entries, err = dir.List()
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name+"."+string(e.Kind))
	}
	require.Equal(t, []string{"broken.bls", "legacy.bls", "mixed.bls", "op1.bls", "op1.ecdsa"}, got)

	require.ErrorContains(t, entries[0].Err, "not a keystore file")
	require.NoError(t, entries[1].Err)
	require.Equal(t, keystore.FormatEigenSDK, entries[1].Info.Format)
	require.Equal(t, common.Hash(sdktypes.OperatorIdFromKeyPair(old)), entries[1].Info.OperatorID())
	require.ErrorContains(t, entries[2].Err, "holds a ecdsa key")
	require.NoError(t, entries[3].Err)
	require.Equal(t, keystore.FormatEIP2335, entries[3].Info.Format)
	require.True(t, kp.PubKey.Equal(entries[3].Info.G1.G1Affine))
	require.Equal(t, common.Hash(sdktypes.OperatorIdFromKeyPair(kp)), entries[3].Info.OperatorID())
	require.NoError(t, entries[4].Err)
	require.Equal(t, keystore.FormatV3, entries[4].Info.Format)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), entries[4].Info.Address)
	require.Equal(t, dir.Path("op1", keystore.KindECDSA), entries[4].File)
}

func TestCheckStrength(t *testing.T) {
	for _, ok := range []string{"Tr0ub4dor&3xyz", "correct horse battery", "ZEBRA-plains-7", "längeres passwort", "123456789012a"} {
		require.NoError(t, keystore.CheckStrength(ok), ok)
	}
	for pw, why := range map[string]string{
		"Sh0rt!":                       "6 characters, at least 12",
		"abcdefghijklmnop":             "only lower-case letters",
		"ABCDEFGHIJKLMNOP":             "only upper-case letters",
		"123456789012345":              "only digits",
		"!!!!!!!!!!!!!!!":              "only symbols",
		"Password1234":                 "well-known",
		"correct horse battery staple": "well-known",
	} {
		err := keystore.CheckStrength(pw)
		require.ErrorIs(t, err, keystore.ErrWeakPassword, pw)
		require.ErrorContains(t, err, why, pw)
		require.NotContains(t, err.Error(), pw)
	}
}
