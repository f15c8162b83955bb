package keystore_test

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
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

	// An EIP-2335 version 4 keystore with rollcall's BN254 conventions.
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var f struct {
		Crypto struct {
			KDF struct {
				Function string         `json:"function"`
				Params   map[string]any `json:"params"`
			} `json:"kdf"`
			Checksum struct{ Function string } `json:"checksum"`
			Cipher   struct {
				Function string            `json:"function"`
				Params   map[string]string `json:"params"`
			} `json:"cipher"`
		} `json:"crypto"`
		Description string `json:"description"`
		Pubkey      string `json:"pubkey"`
		Path        *string
		UUID        string `json:"uuid"`
		Version     int    `json:"version"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.Equal(t, 4, f.Version)
	require.Equal(t, "scrypt", f.Crypto.KDF.Function)
	require.EqualValues(t, 8, f.Crypto.KDF.Params["r"])
	require.EqualValues(t, 32, f.Crypto.KDF.Params["dklen"])
	require.Len(t, f.Crypto.KDF.Params["salt"], 64)
	require.Equal(t, "sha256", f.Crypto.Checksum.Function)
	require.Equal(t, "aes-128-ctr", f.Crypto.Cipher.Function)
	require.Len(t, f.Crypto.Cipher.Params["iv"], 32)
	require.Equal(t, "rollcall BLS key (BN254)", f.Description)
	require.NotNil(t, f.Path)
	require.Equal(t, "", *f.Path)
	require.Len(t, f.UUID, 36)
	x, y := kp.PubKey.X.Bytes(), kp.PubKey.Y.Bytes()
	require.Equal(t, hex.EncodeToString(append(x[:], y[:]...)), f.Pubkey)
	require.Equal(t, f.Pubkey, keystore.G1Hex(kp.PubKey))
}

func TestBLSTwoSavesDiffer(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	require.NoError(t, keystore.SaveBLS(a, kp, password, keystore.WithLightScrypt()))
	require.NoError(t, keystore.SaveBLS(b, kp, password, keystore.WithLightScrypt()))
	ra, err := os.ReadFile(a)
	require.NoError(t, err)
	rb, err := os.ReadFile(b)
	require.NoError(t, err)
	require.NotEqual(t, ra, rb, "fresh salt, IV and uuid each time")
}

// legacyBLS writes eigensdk-go's older layout, as KeyPair.SaveToFile does
// but with light scrypt.
func legacyBLS(t *testing.T, path string, kp *bls.KeyPair, pw string) {
	t.Helper()
	sk := kp.PrivKey.Bytes()
	cj, err := ethkeystore.EncryptDataV3(sk[:], []byte(pw), ethkeystore.LightScryptN, ethkeystore.LightScryptP)
	require.NoError(t, err)
	data, err := json.Marshal(map[string]any{"pubKey": kp.PubKey.String(), "crypto": cj})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, data, 0o600))
}

func TestBLSLegacyFormat(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "old.bls.json")
	legacyBLS(t, path, kp, password)

	back, err := keystore.LoadBLS(path, password)
	require.NoError(t, err)
	require.True(t, kp.PrivKey.Equal(back.PrivKey))

	_, err = keystore.LoadBLS(path, "not it")
	require.ErrorIs(t, err, keystore.ErrWrongPassword)

	info, err := keystore.Inspect(path)
	require.NoError(t, err)
	require.Equal(t, keystore.KindBLS, info.Kind)
	require.Equal(t, keystore.FormatEigenSDK, info.Format)
	require.True(t, kp.PubKey.Equal(info.G1.G1Affine))

	// A pubKey that is not the key's is refused.
	other, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(string(raw), kp.PubKey.String(), other.PubKey.String(), 1)), 0o600))
	_, err = keystore.LoadBLS(bad, password)
	require.ErrorContains(t, err, "does not match")
}

// TestBLSLegacyWrittenBySDK reads a file eigensdk-go itself wrote.
func TestBLSLegacyWrittenBySDK(t *testing.T) {
	if testing.Short() {
		t.Skip("eigensdk-go writes with standard scrypt: a second and 256 MiB")
	}
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "sdk.bls.json")
	require.NoError(t, kp.SaveToFile(path, password))
	back, err := keystore.LoadBLS(path, password)
	require.NoError(t, err)
	require.True(t, kp.PrivKey.Equal(back.PrivKey))
}

func TestBLSPubkeyMismatch(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	other, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	dir := t.TempDir()
	path := filepath.Join(dir, "op.bls.json")
	require.NoError(t, keystore.SaveBLS(path, kp, password, keystore.WithLightScrypt()))
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	bad := filepath.Join(dir, "bad.bls.json")
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(string(raw), keystore.G1Hex(kp.PubKey), keystore.G1Hex(other.PubKey), 1)), 0o600))
	_, err = keystore.LoadBLS(bad, password)
	require.ErrorContains(t, err, "does not match")
}

func TestECDSAAddressMismatch(t *testing.T) {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	dir := t.TempDir()
	path := filepath.Join(dir, "op.ecdsa.json")
	require.NoError(t, keystore.SaveECDSA(path, key, password, keystore.WithLightScrypt()))
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	addr := strings.ToLower(crypto.PubkeyToAddress(key.PublicKey).Hex()[2:])
	bad := filepath.Join(dir, "bad.ecdsa.json")
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(string(raw), addr, strings.Repeat("ab", 20), 1)), 0o600))
	_, err = keystore.LoadECDSA(bad, password)
	require.ErrorContains(t, err, "is not the encrypted key's")
}

func TestBLSStandardScrypt(t *testing.T) {
	if testing.Short() {
		t.Skip("standard scrypt takes a second and 256 MiB")
	}
	kp, err := bls.NewKeyPairFromString("12248929636257230549931416853095037629726205319386239410403476017439825112537")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "op.bls.json")
	require.NoError(t, keystore.SaveBLS(path, kp, password))
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var f struct {
		Crypto struct {
			KDF struct {
				Params struct{ N, P, R int } `json:"params"`
			} `json:"kdf"`
		} `json:"crypto"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.Equal(t, 262144, f.Crypto.KDF.Params.N)
	require.Equal(t, 1, f.Crypto.KDF.Params.P)
	require.Equal(t, 8, f.Crypto.KDF.Params.R)
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
	require.ErrorContains(t, err, "not a BLS keystore")

	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	blsPath := filepath.Join(dir, "bls.json")
	require.NoError(t, keystore.SaveBLS(blsPath, kp, password, keystore.WithLightScrypt()))
	_, err = keystore.LoadECDSA(blsPath, password)
	require.ErrorContains(t, err, "not an ECDSA keystore")
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
	_, err = keystore.PasswordSource{Env: "ROLLCALL_TEST_UNSET_XYZ"}.Read()
	require.ErrorIs(t, err, keystore.ErrNoPassword, "an unset variable is no password")

	// A prompt needs a terminal on stdin; the file and the variable come first.
	pw, err = keystore.PasswordSource{File: file, Env: "ROLLCALL_TEST_PW", Prompt: "Password: "}.Read()
	require.NoError(t, err)
	require.Equal(t, "s3cret", pw)
	pw, err = keystore.PasswordSource{Env: "ROLLCALL_TEST_PW", Prompt: "Password: "}.Read()
	require.NoError(t, err)
	require.Equal(t, "from-env", pw)
	if !keystore.StdinIsTerminal() {
		_, err = keystore.PasswordSource{Env: "ROLLCALL_TEST_UNSET_XYZ", Prompt: "Password: "}.Read()
		require.ErrorIs(t, err, keystore.ErrNoPassword)
		_, err = keystore.PasswordSource{Prompt: "Password: "}.Read()
		require.ErrorIs(t, err, keystore.ErrNoPassword)
		require.ErrorContains(t, err, "not a terminal")
	}
}
