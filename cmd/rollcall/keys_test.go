package main

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	ethkeystore "github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/keystore"
)

func init() {
	// Standard scrypt costs 256 MiB and a second per key.
	keysSaveOptions = []keystore.Option{keystore.WithLightScrypt()}
}

// keysRun is one in-process run of the app, with everything it wrote.
type keysRun struct {
	args           []string
	stdout, stderr string
	err            error
}

// keysHarness runs the app in-process and keeps every argument, output,
// error and log line, for the leak checks.
type keysHarness struct {
	t    *testing.T
	dir  string
	log  bytes.Buffer
	runs []keysRun
}

func newKeysHarness(t *testing.T) *keysHarness {
	unsetenv(t, envKeyPassword)
	unsetenv(t, envImportPassword)
	unsetenv(t, "ROLLCALL_KEY_DIR")
	unsetenv(t, "ROLLCALL_KEY_PASSWORD_FILE")
	unsetenv(t, "ROLLCALL_IMPORT_PASSWORD_FILE")
	return &keysHarness{t: t, dir: filepath.Join(t.TempDir(), "keys")}
}

func unsetenv(t *testing.T, name string) {
	t.Helper()
	t.Setenv(name, "") // restored after the test
	require.NoError(t, os.Unsetenv(name))
}

// run runs `rollcall keys ARGS --key-dir DIR` with stdin.
func (h *keysHarness) run(stdin io.Reader, args ...string) keysRun {
	h.t.Helper()
	app := newApp()
	var out, errOut bytes.Buffer
	app.Writer, app.ErrWriter = &out, &errOut
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	app.Reader = stdin
	logger := zap.New(zapcore.NewCore(zapcore.NewConsoleEncoder(zap.NewDevelopmentEncoderConfig()), zapcore.AddSync(&h.log), zapcore.DebugLevel))
	app.Before = func(c *cli.Context) error {
		c.App.Metadata = map[string]any{"logger": logger}
		return nil
	}
	full := append([]string{"rollcall", "keys"}, args...)
	if len(args) > 0 && args[0] != "--help" {
		full = append(full[:3], append([]string{"--key-dir", h.dir}, full[3:]...)...)
	}
	err := app.Run(full)
	r := keysRun{args: full, stdout: out.String(), stderr: errOut.String(), err: err}
	h.runs = append(h.runs, r)
	return r
}

func (h *keysHarness) ok(stdin io.Reader, args ...string) keysRun {
	h.t.Helper()
	r := h.run(stdin, args...)
	require.NoError(h.t, r.err, "keys %v\nstdout: %s\nstderr: %s", args, r.stdout, r.stderr)
	return r
}

func (h *keysHarness) fails(stdin io.Reader, wantErr string, args ...string) keysRun {
	h.t.Helper()
	r := h.run(stdin, args...)
	require.Error(h.t, r.err, "keys %v\nstdout: %s", args, r.stdout)
	require.ErrorContains(h.t, r.err, wantErr)
	return r
}

// requireNoSecrets fails if any secret appears in any argument, output,
// error or log line, in any letter case.
func (h *keysHarness) requireNoSecrets(secrets ...string) {
	h.t.Helper()
	var all strings.Builder
	for _, r := range h.runs {
		all.WriteString(strings.Join(r.args, " ") + "\n" + r.stdout + "\n" + r.stderr + "\n")
		if r.err != nil {
			all.WriteString(r.err.Error() + "\n")
		}
	}
	all.WriteString(h.log.String())
	cmdline, err := os.ReadFile("/proc/self/cmdline")
	if err == nil {
		all.Write(cmdline)
	}
	text := strings.ToLower(all.String())
	for _, s := range secrets {
		require.NotEmpty(h.t, s)
		require.NotContains(h.t, text, strings.ToLower(s), "a secret leaked")
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

// coordHex is a coordinate as the commands print it.
func coordHex(b [32]byte) string { return "0x" + hex.EncodeToString(b[:]) }

func requireBLSView(t *testing.T, v keyView, kp *bls.KeyPair) {
	t.Helper()
	require.Equal(t, keystore.KindBLS, v.Type)
	require.NotNil(t, v.OperatorID)
	require.Equal(t, common.Hash(sdktypes.OperatorIdFromKeyPair(kp)), *v.OperatorID)
	require.Equal(t, coordHex(kp.PubKey.X.Bytes()), v.G1.X)
	require.Equal(t, coordHex(kp.PubKey.Y.Bytes()), v.G1.Y)
	g2 := kp.GetPubKeyG2()
	require.NotNil(t, v.G2)
	require.Equal(t, coordHex(g2.X.A0.Bytes()), v.G2.X.A0)
	require.Equal(t, coordHex(g2.X.A1.Bytes()), v.G2.X.A1)
	require.Equal(t, coordHex(g2.Y.A0.Bytes()), v.G2.Y.A0)
	require.Equal(t, coordHex(g2.Y.A1.Bytes()), v.G2.Y.A1)
}

func decodeView(t *testing.T, r keysRun) keyView {
	t.Helper()
	var v keyView
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &v), r.stdout)
	return v
}

// TestKeysCommandsLeakNothing runs create, import, list and show the way a
// user would, and checks that no private key and no password shows in any
// argument, output, error or debug log line.
func TestKeysCommandsLeakNothing(t *testing.T) {
	h := newKeysHarness(t)
	secretsDir := t.TempDir()
	const (
		pw1 = "Leak-Check-Passw0rd-One"
		pw2 = "Leak-Check-Passw0rd-Two"
		pw3 = "Leak-Check-Passw0rd-Three"
	)
	pwFile1 := writeFile(t, secretsDir, "pw1", pw1+"\n")
	pwFile2 := writeFile(t, secretsDir, "pw2", pw2+"\r\n")
	pwFile3 := writeFile(t, secretsDir, "pw3", pw3)
	var secrets []string
	addKey := func(b []byte) {
		secrets = append(secrets, hex.EncodeToString(b))
	}

	// create: BLS with a password file, ECDSA with the environment.
	r := h.ok(nil, "create", "--type", "bls", "--password-file", pwFile1, "--json", "op1")
	v := decodeView(t, r)
	require.Equal(t, "op1", v.Name)
	require.Equal(t, filepath.Join(h.dir, "op1.bls.json"), v.File)
	kp1, err := keystore.LoadBLS(v.File, pw1)
	require.NoError(t, err)
	requireBLSView(t, v, kp1)
	sk1 := kp1.PrivKey.Bytes()
	addKey(sk1[:])
	secrets = append(secrets, kp1.PrivKey.String())
	st, err := os.Stat(h.dir)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o700), st.Mode().Perm())

	t.Setenv(envKeyPassword, pw2)
	r = h.ok(nil, "create", "--type", "ecdsa", "op1")
	require.Contains(t, r.stdout, "Created key op1")
	ek1, err := keystore.LoadECDSA(filepath.Join(h.dir, "op1.ecdsa.json"), pw2)
	require.NoError(t, err)
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(ek1.PublicKey).Hex())
	addKey(crypto.FromECDSA(ek1))

	// import raw keys: ECDSA from a file, BLS from stdin in hex and in decimal.
	ek2, err := crypto.GenerateKey()
	require.NoError(t, err)
	addKey(crypto.FromECDSA(ek2))
	keyFile := writeFile(t, secretsDir, "ecdsa.hex", "0x"+hex.EncodeToString(crypto.FromECDSA(ek2))+"\n")
	r = h.ok(nil, "import", "--type", "ecdsa", "--private-key-file", keyFile, "--json", "op2")
	v = decodeView(t, r)
	require.Equal(t, crypto.PubkeyToAddress(ek2.PublicKey), *v.Address)

	kp3, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	sk3 := kp3.PrivKey.Bytes()
	addKey(sk3[:])
	r = h.ok(strings.NewReader(hex.EncodeToString(sk3[:])+"\n"), "import", "--type", "bls", "--json", "op3")
	requireBLSView(t, decodeView(t, r), kp3)

	kp4, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	sk4 := kp4.PrivKey.Bytes()
	addKey(sk4[:])
	secrets = append(secrets, kp4.PrivKey.String())
	r = h.ok(strings.NewReader(kp4.PrivKey.String()), "import", "--type", "bls", "--private-key-file", "-", "--json", "op4")
	requireBLSView(t, decodeView(t, r), kp4)

	// import keystores: rollcall's own, and eigensdk-go's older layout,
	// re-encrypted with a new password.
	r = h.ok(nil, "import", "--keystore", filepath.Join(h.dir, "op1.bls.json"), "--keystore-password-file", pwFile1,
		"--password-file", pwFile3, "--json", "op5")
	requireBLSView(t, decodeView(t, r), kp1)
	back, err := keystore.LoadBLS(filepath.Join(h.dir, "op5.bls.json"), pw3)
	require.NoError(t, err)
	require.True(t, kp1.PrivKey.Equal(back.PrivKey))

	kpOld, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	skOld := kpOld.PrivKey.Bytes()
	addKey(skOld[:])
	oldFile := filepath.Join(secretsDir, "old.bls.json")
	cj, err := encryptLegacyForTest(skOld[:], pw1)
	require.NoError(t, err)
	raw, err := json.Marshal(map[string]any{"pubKey": kpOld.PubKey.String(), "crypto": cj})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(oldFile, raw, 0o600))
	t.Setenv(envImportPassword, pw1)
	r = h.ok(nil, "import", "--keystore", oldFile, "--type", "bls", "op6")
	require.Contains(t, r.stdout, core.OperatorID(kpOld.PubKey).Hex())

	t.Setenv(envImportPassword, pw2) // op2 was imported with $ROLLCALL_KEY_PASSWORD
	r = h.ok(nil, "import", "--keystore", filepath.Join(h.dir, "op2.ecdsa.json"), "op7")
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(ek2.PublicKey).Hex())

	// list needs no password.
	unsetenv(t, envKeyPassword)
	unsetenv(t, envImportPassword)
	r = h.ok(nil, "list")
	for _, want := range []string{"op1", "op2", "op3", "op4", "op5", "op6", "op7",
		crypto.PubkeyToAddress(ek1.PublicKey).Hex(), core.OperatorID(kp3.PubKey).Hex(), "0x" + keystore.G1Hex(kp4.PubKey)} {
		require.Contains(t, r.stdout, want)
	}
	r = h.ok(nil, "list", "--json")
	var list []keyView
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &list))
	require.Len(t, list, 8)
	require.Equal(t, "op1", list[0].Name)
	require.Equal(t, keystore.KindBLS, list[0].Type)
	require.Equal(t, common.Hash(sdktypes.OperatorIdFromKeyPair(kp1)), *list[0].OperatorID)
	require.Equal(t, coordHex(kp1.PubKey.X.Bytes()), list[0].G1.X)
	require.Nil(t, list[0].G2, "list decrypts nothing, so no G2")
	require.Equal(t, keystore.KindECDSA, list[1].Type)
	require.Equal(t, crypto.PubkeyToAddress(ek1.PublicKey), *list[1].Address)
	require.Equal(t, keystore.FormatEIP2335, list[6].Format, "op6 was re-encrypted as EIP-2335")

	// show needs no password: every key of the name, the G2 key from the
	// public key file written beside the keystore.
	r = h.ok(nil, "show", "op1")
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(ek1.PublicKey).Hex())
	require.Contains(t, r.stdout, "operator id  "+core.OperatorID(kp1.PubKey).Hex())
	require.Contains(t, r.stdout, "G2 x.a1")
	r = h.ok(nil, "show", "--json", "op1")
	var both []keyView
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &both))
	require.Len(t, both, 2)
	requireBLSView(t, both[0], kp1)
	require.Equal(t, crypto.PubkeyToAddress(ek1.PublicKey), *both[1].Address)
	r = h.ok(nil, "show", "--type", "ecdsa", "op1")
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(ek1.PublicKey).Hex())
	require.NotContains(t, r.stdout, "G1 x")
	r = h.ok(nil, "show", "--type", "bls", "--json", "op1")
	requireBLSView(t, decodeView(t, r), kp1)
	r = h.ok(nil, "show", "op4")
	require.Contains(t, r.stdout, "operator id  "+core.OperatorID(kp4.PubKey).Hex())
	require.Contains(t, r.stdout, "G2 x.a1")
	// Its public key file lost: --derive-g2 with the password (a CRLF file).
	require.NoError(t, os.Remove(keystore.PublicPath(filepath.Join(h.dir, "op4.bls.json"))))
	r = h.ok(nil, "show", "--derive-g2", "--password-file", pwFile2, "--json", "op4")
	requireBLSView(t, decodeView(t, r), kp4)

	// A keystore without its public key file (made elsewhere): G1 and the
	// operator id at once, the G2 key once --derive-g2 has decrypted it.
	copied := filepath.Join(h.dir, "op8.bls.json")
	require.NoError(t, os.WriteFile(copied, raw, 0o600))
	r = h.ok(nil, "show", "op8")
	require.Contains(t, r.stdout, core.OperatorID(kpOld.PubKey).Hex())
	require.Contains(t, r.stdout, "G2 key not recorded")
	require.NotContains(t, r.stdout, "G2 x.a1")
	h.fails(nil, "--password-file FILE or $ROLLCALL_KEY_PASSWORD", "show", "--derive-g2", "op8")
	r = h.fails(nil, "wrong password", "show", "--derive-g2", "--password-file", pwFile3, "op8")
	require.ErrorIs(t, r.err, keystore.ErrWrongPassword)
	_, err = os.Stat(keystore.PublicPath(copied))
	require.True(t, os.IsNotExist(err), "a failed --derive-g2 wrote the public key file")
	r = h.ok(nil, "show", "--derive-g2", "--password-file", pwFile1, "--json", "op8")
	requireBLSView(t, decodeView(t, r), kpOld)
	r = h.ok(nil, "show", "op8")
	require.Contains(t, r.stdout, "G2 x.a1")

	// An edited public key file is refused, not shown.
	pub1, err := os.ReadFile(keystore.PublicPath(filepath.Join(h.dir, "op1.bls.json")))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(keystore.PublicPath(copied), pub1, 0o644))
	h.fails(nil, "not the keystore's", "show", "op8")

	// Weak passwords: refused with the reason, accepted with --insecure.
	weakFile := writeFile(t, secretsDir, "weak", "onlylowercaseletters")
	h.fails(nil, "only lower-case letters", "create", "--type", "bls", "--password-file", weakFile, "weak")
	_, err = os.Stat(filepath.Join(h.dir, "weak.bls.json"))
	require.True(t, os.IsNotExist(err), "nothing written")
	r = h.ok(nil, "create", "--type", "bls", "--password-file", weakFile, "--insecure", "weak")
	require.Contains(t, r.stderr, "warning: weak password")
	weakKey, err := keystore.LoadBLS(filepath.Join(h.dir, "weak.bls.json"), "onlylowercaseletters")
	require.NoError(t, err)
	skWeak := weakKey.PrivKey.Bytes()
	addKey(skWeak[:])

	require.NotEmpty(t, h.log.String(), "the commands log at debug level")
	h.requireNoSecrets(append(secrets, pw1, pw2, pw3, "onlylowercaseletters")...)
}

func TestKeysRefuseBadInput(t *testing.T) {
	h := newKeysHarness(t)
	pwFile := writeFile(t, t.TempDir(), "pw", "Good-Passw0rd-For-Tests")

	for _, name := range []string{"../escape", "a.b", "a b", strings.Repeat("n", 65), ""} {
		h.fails(nil, "key name", "create", "--type", "bls", "--password-file", pwFile, name)
		h.fails(nil, "key name", "import", "--type", "ecdsa", "--password-file", pwFile, name)
		h.fails(nil, "key name", "show", name)
	}
	h.fails(nil, "want one argument", "create", "--type", "bls", "--password-file", pwFile)
	h.fails(nil, "want one argument", "create", "--type", "bls", "--password-file", pwFile, "a", "b")
	h.fails(nil, "bls or ecdsa", "create", "--type", "rsa", "--password-file", pwFile, "op")
	h.fails(nil, "Required flag \"type\"", "create", "--password-file", pwFile, "op")
	h.fails(nil, "flag provided but not defined: -password", "create", "--type", "bls", "--password", "Good-Passw0rd-For-Tests", "op")
	_, err := os.Stat(filepath.Join(filepath.Dir(h.dir), "escape.bls.json"))
	require.True(t, os.IsNotExist(err))

	// Never overwrite.
	h.ok(nil, "create", "--type", "ecdsa", "--password-file", pwFile, "op")
	before, err := os.ReadFile(filepath.Join(h.dir, "op.ecdsa.json"))
	require.NoError(t, err)
	h.fails(nil, "already exists", "create", "--type", "ecdsa", "--password-file", pwFile, "op")
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	h.fails(strings.NewReader(hex.EncodeToString(crypto.FromECDSA(key))), "already exists", "import", "--type", "ecdsa", "--password-file", pwFile, "op")
	after, err := os.ReadFile(filepath.Join(h.dir, "op.ecdsa.json"))
	require.NoError(t, err)
	require.Equal(t, before, after)

	// Bad raw keys, and messages that do not quote them.
	for _, bad := range []string{"", "zz", strings.Repeat("g", 64), strings.Repeat("0", 64), strings.Repeat("f", 64), "0x1234"} {
		r := h.fails(strings.NewReader(bad), "not a private key", "import", "--type", "ecdsa", "--password-file", pwFile, "e1")
		if len(bad) > 3 {
			require.NotContains(t, r.err.Error(), bad)
		}
		h.fails(strings.NewReader(bad), "not a private key", "import", "--type", "bls", "--password-file", pwFile, "b1")
	}
	order := new(big.Int).Set(bnOrder())
	h.fails(strings.NewReader(order.String()), "not below the BN254 group order", "import", "--type", "bls", "--password-file", pwFile, "b1")
	h.fails(strings.NewReader("-5"), "not a private key", "import", "--type", "bls", "--password-file", pwFile, "b1")
	h.fails(strings.NewReader(strings.Repeat("1", 5000)), "more than", "import", "--type", "bls", "--password-file", pwFile, "b1")

	// --keystore of the other type, and both sources at once.
	h.fails(nil, "holds a ecdsa key", "import", "--type", "bls", "--keystore", filepath.Join(h.dir, "op.ecdsa.json"), "x")
	h.fails(nil, "alternatives", "import", "--keystore", filepath.Join(h.dir, "op.ecdsa.json"), "--private-key-file", "k", "x")
	h.fails(nil, "--type bls|ecdsa is required", "import", "x")
	h.fails(nil, "--keystore-password-file FILE or $ROLLCALL_IMPORT_PASSWORD", "import", "--keystore", filepath.Join(h.dir, "op.ecdsa.json"), "x")
	h.fails(nil, "no key nope", "show", "nope")

	entries, err := keystore.Dir(h.dir).List()
	require.NoError(t, err)
	require.Len(t, entries, 1, "only op.ecdsa.json was written")
}

func TestKeysDirDefaultAndEnv(t *testing.T) {
	newKeysHarness(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	pwFile := writeFile(t, t.TempDir(), "pw", "Good-Passw0rd-For-Tests")

	out, stderr, code := runInProcess(t, "keys", "create", "--type", "ecdsa", "--password-file", pwFile, "a")
	require.Zero(t, code, stderr)
	require.Contains(t, out, filepath.Join(home, ".rollcall", "keys", "a.ecdsa.json"))

	other := filepath.Join(t.TempDir(), "elsewhere")
	t.Setenv("ROLLCALL_KEY_DIR", other)
	out, stderr, code = runInProcess(t, "keys", "list")
	require.Zero(t, code, stderr)
	require.Contains(t, out, "no keys in "+other)
}

func TestKeysHelp(t *testing.T) {
	h := newKeysHarness(t)
	for _, sub := range []string{"create", "import", "list", "show"} {
		r := h.ok(nil, sub, "--help")
		require.Contains(t, r.stdout, "Examples:", sub)
		require.Contains(t, r.stdout, "rollcall keys "+sub, sub)
		require.Contains(t, r.stdout, "--key-dir", sub)
	}
	r := h.ok(nil, "--help")
	for _, sub := range []string{"create", "import", "list", "show"} {
		require.Contains(t, r.stdout, sub)
	}
}

func TestParseRawKeys(t *testing.T) {
	kp, err := bls.GenRandomBlsKeys()
	require.NoError(t, err)
	sk := kp.PrivKey.Bytes()
	for _, in := range []string{hex.EncodeToString(sk[:]), "0x" + hex.EncodeToString(sk[:]), " " + kp.PrivKey.String() + "\r\n"} {
		got, err := parseBLSPrivateKey([]byte(in))
		require.NoError(t, err, in)
		require.True(t, kp.PrivKey.Equal(got.PrivKey))
	}
	_, err = parseBLSPrivateKey([]byte("0"))
	require.ErrorContains(t, err, "zero")

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	got, err := parseECDSAPrivateKey([]byte("0X" + strings.ToUpper(hex.EncodeToString(crypto.FromECDSA(key))) + "\n"))
	require.NoError(t, err)
	require.Equal(t, crypto.FromECDSA(key), crypto.FromECDSA(got))
}

// encryptLegacyForTest is the crypto section of eigensdk-go's older BLS
// layout, with light scrypt.
func encryptLegacyForTest(sk []byte, pw string) (ethkeystore.CryptoJSON, error) {
	return ethkeystore.EncryptDataV3(sk, []byte(pw), ethkeystore.LightScryptN, ethkeystore.LightScryptP)
}

func bnOrder() *big.Int { return fr.Modulus() }

// A devnet key goes from the deployment file straight into an encrypted
// keystore: the key never appears in a file of its own, in output or logs.
func TestKeysImportFromDeployment(t *testing.T) {
	h := newKeysHarness(t)
	dir := t.TempDir()
	depPath := testDeploymentFile(t, dir)
	dep, err := deploy.Load(depPath)
	require.NoError(t, err)
	var keys []*ecdsa.PrivateKey
	// The devnet's order: a replica's aggregator key comes after the operators'.
	for _, role := range []string{"owner", "aggregator", "operator", "operator", "aggregator"} {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys = append(keys, k)
		dep.DevKeys = append(dep.DevKeys, deploy.DevKey{Role: role, Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: "0x" + hex.EncodeToString(crypto.FromECDSA(k))})
	}
	require.NoError(t, dep.Save(depPath))
	pw := writeFile(t, dir, "pw", "Devnet-Import-Passw0rd\n")

	r := h.ok(nil, "import", "--from-deployment", depPath, "--role", "operator", "--index", "2", "--password-file", pw, "op2")
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(keys[3].PublicKey).Hex())
	back, err := keystore.LoadECDSA(filepath.Join(h.dir, "op2.ecdsa.json"), "Devnet-Import-Passw0rd")
	require.NoError(t, err)
	require.Equal(t, crypto.FromECDSA(keys[3]), crypto.FromECDSA(back))
	r = h.ok(nil, "import", "--from-deployment", depPath, "--role", "aggregator", "--password-file", pw, "agg")
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(keys[1].PublicKey).Hex())
	r = h.ok(nil, "import", "--from-deployment", depPath, "--role", "aggregator", "--index", "2", "--password-file", pw, "agg2")
	require.Contains(t, r.stdout, crypto.PubkeyToAddress(keys[4].PublicKey).Hex(), "the second aggregator key: a replica's")

	h.fails(nil, `no dev key of role "relay" (roles: owner, aggregator, operator)`, "import", "--from-deployment", depPath, "--role", "relay", "--password-file", pw, "x")
	h.fails(nil, `has 2 dev keys of role "operator", not 3`, "import", "--from-deployment", depPath, "--index", "3", "--password-file", pw, "x")
	h.fails(nil, "use --type ecdsa", "import", "--from-deployment", depPath, "--type", "bls", "--password-file", pw, "x")
	h.fails(nil, "are alternatives", "import", "--from-deployment", depPath, "--private-key-file", pw, "--password-file", pw, "x")
	_, err = os.Stat(filepath.Join(h.dir, "x.ecdsa.json"))
	require.True(t, os.IsNotExist(err), "a refused import wrote a keystore")

	var secrets []string
	for _, k := range keys {
		secrets = append(secrets, hex.EncodeToString(crypto.FromECDSA(k)))
	}
	h.requireNoSecrets(append(secrets, "Devnet-Import-Passw0rd")...)
}
