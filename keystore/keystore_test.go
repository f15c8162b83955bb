package keystore_test

import (
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/keystore"
)

const password = "correct horse battery staple"

func TestBLSRoundTrip(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "keys", "op.bls.json")
	require.NoError(t, keystore.SaveBLS(path, kp, password, keystore.WithLightScrypt()))

	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	back, err := keystore.LoadBLS(path, password)
	require.NoError(t, err)
	require.True(t, kp.PrivKey.Equal(back.PrivKey))
	require.True(t, kp.PubKey.Equal(back.PubKey.G1Affine))

	// eigensdk-go reads the file too.
	sdk, err := bls.ReadPrivateKeyFromFile(path, password)
	require.NoError(t, err)
	require.True(t, kp.PrivKey.Equal(sdk.PrivKey))
}

func TestBLSStandardScryptReadableBySDKFormat(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt takes a second and 256 MiB")
	}
	kp, err := bls.NewKeyPairFromString("12248929636257230549931416853095037629726205319386239410403476017439825112537")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "op.bls.json")
	require.NoError(t, keystore.SaveBLS(path, kp, password))
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"n":262144`)
	back, err := keystore.LoadBLS(path, password)
	require.NoError(t, err)
	require.True(t, kp.PrivKey.Equal(back.PrivKey))
}

func TestECDSARoundTrip(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "op.ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(path, key, password, keystore.WithLightScrypt()))

	st, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	back, err := keystore.LoadECDSA(path, password)
	require.NoError(t, err)
	require.Equal(t, crypto.FromECDSA(key), crypto.FromECDSA(back))

	// A v3 keystore names its address in the clear, like geth's.
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Contains(t, string(raw), strings.ToLower(crypto.PubkeyToAddress(key.PublicKey).Hex()[2:]))
}

func TestWrongPassword(t *testing.T) {
	dir := t.TempDir()
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	blsPath := filepath.Join(dir, "bls.json")
	require.NoError(t, keystore.SaveBLS(blsPath, kp, password, keystore.WithLightScrypt()))
	_, err = keystore.LoadBLS(blsPath, "not it")
	require.ErrorIs(t, err, keystore.ErrWrongPassword)
	require.ErrorContains(t, err, blsPath)
	require.NotContains(t, err.Error(), "not it")

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	ecdsaPath := filepath.Join(dir, "ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(ecdsaPath, key, password, keystore.WithLightScrypt()))
	_, err = keystore.LoadECDSA(ecdsaPath, "not it")
	require.ErrorIs(t, err, keystore.ErrWrongPassword)
	require.ErrorContains(t, err, ecdsaPath)
}

func TestWrongKind(t *testing.T) {
	dir := t.TempDir()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	ecdsaPath := filepath.Join(dir, "ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(ecdsaPath, key, password, keystore.WithLightScrypt()))
	_, err = keystore.LoadBLS(ecdsaPath, password)
	require.ErrorContains(t, err, "no pubKey field")

	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	blsPath := filepath.Join(dir, "bls.json")
	require.NoError(t, keystore.SaveBLS(blsPath, kp, password, keystore.WithLightScrypt()))
	_, err = keystore.LoadECDSA(blsPath, password)
	require.Error(t, err)
}

func TestNoPrivateKeyInFile(t *testing.T) {
	dir := t.TempDir()
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	blsPath := filepath.Join(dir, "bls.json")
	require.NoError(t, keystore.SaveBLS(blsPath, kp, password, keystore.WithLightScrypt()))
	sk := kp.PrivKey.Bytes()
	requireAbsent(t, blsPath, hex.EncodeToString(sk[:]), kp.PrivKey.BigInt(new(big.Int)).String(), password)

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	ecdsaPath := filepath.Join(dir, "ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(ecdsaPath, key, password, keystore.WithLightScrypt()))
	requireAbsent(t, ecdsaPath, hex.EncodeToString(crypto.FromECDSA(key)), password)
}

func requireAbsent(t *testing.T, path string, secrets ...string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	content := strings.ToLower(string(raw))
	for _, s := range secrets {
		require.NotContains(t, content, strings.ToLower(s))
	}
}

func TestNoOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "key.json")
	require.NoError(t, os.WriteFile(path, []byte("precious"), 0o600))

	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	err = keystore.SaveBLS(path, kp, password, keystore.WithLightScrypt())
	require.ErrorIs(t, err, keystore.ErrExists)

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	err = keystore.SaveECDSA(path, key, password, keystore.WithLightScrypt())
	require.ErrorIs(t, err, keystore.ErrExists)

	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, "precious", string(raw))
}

func TestEmptyPasswordRefused(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "bls.json")
	require.ErrorIs(t, keystore.SaveBLS(path, kp, "", keystore.WithLightScrypt()), keystore.ErrEmptyPassword)
	_, err = os.Stat(path)
	require.True(t, os.IsNotExist(err))
}

func TestPasswordSource(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(file, []byte("s3cret\n"), 0o600))
	crlf := filepath.Join(dir, "pw-crlf")
	require.NoError(t, os.WriteFile(crlf, []byte(" s3cret \r\n"), 0o600))
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, []byte("\n"), 0o600))
	t.Setenv("ROLLCALL_TEST_PW", "from-env")
	t.Setenv("ROLLCALL_TEST_EMPTY", "")

	pw, err := keystore.PasswordSource{File: file, Env: "ROLLCALL_TEST_PW"}.Read()
	require.NoError(t, err)
	require.Equal(t, "s3cret", pw, "file wins, trailing newline trimmed")

	pw, err = keystore.PasswordSource{File: crlf}.Read()
	require.NoError(t, err)
	require.Equal(t, " s3cret ", pw, "only the newline is trimmed")

	pw, err = keystore.PasswordSource{Env: "ROLLCALL_TEST_PW"}.Read()
	require.NoError(t, err)
	require.Equal(t, "from-env", pw)

	_, err = keystore.PasswordSource{File: filepath.Join(dir, "missing")}.Read()
	require.ErrorContains(t, err, filepath.Join(dir, "missing"))
	_, err = keystore.PasswordSource{File: empty}.Read()
	require.ErrorContains(t, err, empty)
	_, err = keystore.PasswordSource{Env: "ROLLCALL_TEST_EMPTY"}.Read()
	require.ErrorContains(t, err, "ROLLCALL_TEST_EMPTY")
	_, err = keystore.PasswordSource{Env: "ROLLCALL_TEST_UNSET_XYZ"}.Read()
	require.ErrorContains(t, err, "ROLLCALL_TEST_UNSET_XYZ")
	_, err = keystore.PasswordSource{}.Read()
	require.ErrorIs(t, err, keystore.ErrNoPassword)
}
