package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/cliutil"
	"github.com/rollcall-avs/rollcall/keystore"
)

// Keys flags.
const (
	flagKeysDir                  = "key-dir"
	flagKeysType                 = "type"
	flagKeysPasswordFile         = "password-file"
	flagKeysInsecure             = "insecure"
	flagKeysPrivateKeyFile       = "private-key-file"
	flagKeysKeystore             = "keystore"
	flagKeysKeystorePasswordFile = "keystore-password-file"
	flagKeysJSON                 = "json"
	flagKeysFromDeployment       = "from-deployment"
	flagKeysRole                 = "role"
	flagKeysIndex                = "index"
	flagKeysDeriveG2             = "derive-g2"
)

const (
	// envKeyPassword holds the password of the key being created, imported
	// or shown, when no --password-file is given.
	envKeyPassword = "ROLLCALL_KEY_PASSWORD"
	// envImportPassword holds the password of the keystore file being
	// imported (--keystore), when no --keystore-password-file is given.
	envImportPassword = "ROLLCALL_IMPORT_PASSWORD"
	// defaultKeyDir is the key directory, under the user's home.
	defaultKeyDir = "~/.rollcall/keys"
	// maxPrivateKeyInput bounds what is read as a raw private key.
	maxPrivateKeyInput = 4 << 10
)

// keysSaveOptions tune the keystores the commands write; tests use light
// scrypt.
var keysSaveOptions []keystore.Option

// keyFlags are a keys command's own flags (extra), then those every keys
// command has: --key-dir and --json.
func keyFlags(extra ...cli.Flag) []cli.Flag {
	return append(extra,
		&cli.StringFlag{Name: flagKeysDir, DefaultText: defaultKeyDir, Usage: "key directory (created with mode 0700)", EnvVars: cliutil.EnvVar(flagKeysDir)},
		&cli.BoolFlag{Name: flagKeysJSON, Usage: "print the public parts as JSON"})
}

func passwordFileFlag() cli.Flag {
	return &cli.StringFlag{Name: flagKeysPasswordFile, Usage: "file holding the key's password (else $" + envKeyPassword + ", else a prompt on the terminal)", EnvVars: cliutil.EnvVar("key-" + flagKeysPasswordFile)}
}

func keysCommand() *cli.Command {
	return &cli.Command{
		Name:  "keys",
		Usage: "create, import, list and show the operator's BLS and ECDSA keys",
		Description: `Keys live encrypted in a key directory (default ` + defaultKeyDir + `, or --key-dir / $ROLLCALL_KEY_DIR),
one file per key: NAME.bls.json (an EIP-2335 keystore holding a BN254 key) or NAME.ecdsa.json (an
Ethereum v3 keystore, as geth writes). NAME is 1 to 64 of A-Z a-z 0-9 _ -; one NAME may have both
a BLS and an ECDSA key, as an operator does.

Passwords come from --password-file FILE, else $` + envKeyPassword + `, else a prompt on the terminal
(without echo); never from a flag value. New passwords must have at least 12 characters, mix two
kinds of characters (lower-case, upper-case, digits, symbols) and not be well known, unless
--insecure. No command prints or logs a private key or a password.`,
		Subcommands: []*cli.Command{keysCreateCommand(), keysImportCommand(), keysListCommand(), keysShowCommand()},
	}
}

func keysCreateCommand() *cli.Command {
	return &cli.Command{
		Name:      "create",
		Usage:     "generate a new key, encrypt it and save it in the key directory",
		ArgsUsage: "NAME",
		Description: `Generates a BLS (BN254) or ECDSA (secp256k1) key, encrypts it with the password and writes
NAME.bls.json or NAME.ecdsa.json; an existing key is never overwritten. Prints the public parts:
the address for ECDSA; the operator id and the G1 and G2 public keys for BLS. The password is asked
twice on the terminal unless it comes from --password-file or $` + envKeyPassword + `.
Back up the file and the password: without both, the key is lost.

Examples:
   rollcall keys create --type bls op1
   rollcall keys create --type ecdsa op1
   rollcall keys create --type bls --password-file ~/secrets/op1.pw --key-dir /srv/rollcall/keys op1`,
		Flags: keyFlags(
			&cli.StringFlag{Name: flagKeysType, Required: true, Usage: "key type: bls or ecdsa"},
			passwordFileFlag(),
			&cli.BoolFlag{Name: flagKeysInsecure, Usage: "accept a weak password (devnets and tests only)"},
		),
		Action: runKeysCreate,
	}
}

func keysImportCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "import an existing private key or keystore file into the key directory",
		ArgsUsage: "NAME",
		Description: `Imports a raw private key, read from --private-key-file FILE or from stdin (never a flag value),
or a keystore file (--keystore FILE: decrypted with its own password, re-encrypted with the new
one). A raw key is hex (64 digits, 0x optional); a BLS key may also be the decimal scalar that
eigensdk-go prints. When stdin is a terminal the key is asked for without echo.

The imported keystore's password comes from --keystore-password-file, else $` + envImportPassword + `,
else a prompt; the new password from --password-file, else $` + envKeyPassword + `, else a prompt
(twice). --keystore reads EIP-2335 and eigensdk-go BLS keystores and v3 ECDSA keystores; --type is
then optional.

--from-deployment FILE imports one of the funded devnet keys that ` + "`rollcall devnet`" + ` lists in its
deployment file (--role operator, aggregator or owner; --index picks among several of a role,
from 1), straight into an encrypted keystore: no key file is written in the clear.

Examples:
   rollcall keys import --from-deployment devnet.json --role operator op1
   rollcall keys import --from-deployment devnet.json --role aggregator agg
   rollcall keys import --type ecdsa --private-key-file ./op1.hex op1
   pass show rollcall/op1-bls | rollcall keys import --type bls --password-file ~/secrets/op1.pw op1
   rollcall keys import --keystore ~/.eigenlayer/operator_keys/op1.bls.key.json op1`,
		Flags: keyFlags(
			&cli.StringFlag{Name: flagKeysType, Usage: "key type: bls or ecdsa (required unless --keystore)"},
			&cli.StringFlag{Name: flagKeysPrivateKeyFile, Usage: "file holding the raw private key (- or absent: stdin)"},
			&cli.StringFlag{Name: flagKeysKeystore, Usage: "keystore file to import instead of a raw key"},
			&cli.StringFlag{Name: flagKeysFromDeployment, Usage: "devnet deployment file (rollcall devnet --out) whose funded key to import, by --role"},
			&cli.StringFlag{Name: flagKeysRole, Value: "operator", Usage: "with --from-deployment: the dev key's role (operator, aggregator, owner)"},
			&cli.IntFlag{Name: flagKeysIndex, Value: 1, Usage: "with --from-deployment: which key of that role, from 1"},
			&cli.StringFlag{Name: flagKeysKeystorePasswordFile, Usage: "file holding the password of the --keystore file (else $" + envImportPassword + ", else a prompt)", EnvVars: cliutil.EnvVar("import-" + flagKeysPasswordFile)},
			passwordFileFlag(),
			&cli.BoolFlag{Name: flagKeysInsecure, Usage: "accept a weak new password (devnets and tests only)"},
		),
		Action: runKeysImport,
	}
}

func keysListCommand() *cli.Command {
	return &cli.Command{
		Name:  "list",
		Usage: "list the keys of the key directory with their public parts (no password needed)",
		Description: `Reads the public parts stored in the clear in each keystore: the address of an ECDSA key; the
G1 public key of a BLS key and its operator id, keccak256(G1.X ‖ G1.Y). Nothing is decrypted;
` + "`rollcall keys show NAME`" + ` decrypts and checks a key. Files that cannot be read are listed with the reason.

Examples:
   rollcall keys list
   rollcall keys list --json --key-dir /srv/rollcall/keys`,
		Flags:  keyFlags(),
		Action: runKeysList,
	}
}

func keysShowCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "show a key's public parts: address, or operator id and G1/G2 public keys",
		ArgsUsage: "NAME",
		Description: `Prints every key named NAME (its BLS key, its ECDSA key, or both), public parts only, with no
password: an ECDSA key's address; a BLS key's operator id, keccak256(G1.X ‖ G1.Y) as EigenLayer
computes it, its G1 public key and its G2 public key. The G2 key is kept in NAME.bls.pub.json
beside the keystore when the key is created or imported (checked against the keystore's G1 key
by a pairing when read); for a keystore without that file, --derive-g2 decrypts it once
(password from --password-file, $` + envKeyPassword + ` or a prompt) and writes the file.
Coordinates are 32-byte hex. A G2 coordinate is a0 + a1·u in Fp2; Solidity's BN254.G2Point
stores it as [a1, a0]. With --json, one key is an object and two keys are an array.

Examples:
   rollcall keys show op1
   rollcall keys show --json op1
   rollcall keys show --type bls --derive-g2 op1`,
		Flags: keyFlags(
			&cli.StringFlag{Name: flagKeysType, Usage: "show only this type: bls or ecdsa (default: every key named NAME)"},
			&cli.BoolFlag{Name: flagKeysDeriveG2, Usage: "for a BLS keystore without its public key file: decrypt it once and record the G2 key"},
			passwordFileFlag(),
		),
		Action: runKeysShow,
	}
}

// keyDir resolves --key-dir, "~/" included.
func keyDir(c *cli.Context) (keystore.Dir, error) {
	dir := c.String(flagKeysDir)
	if dir == "" {
		dir = defaultKeyDir
	}
	if dir == "~" || strings.HasPrefix(dir, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("key directory: %w (set --%s)", err, flagKeysDir)
		}
		dir = filepath.Join(home, strings.TrimPrefix(dir, "~"))
	}
	return keystore.Dir(dir), nil
}

// keyName is the one NAME argument, validated.
func keyName(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		// urfave/cli stops reading flags at the first argument: a flag
		// typed after NAME arrives here as an argument.
		for _, a := range c.Args().Slice()[min(1, c.NArg()):] {
			if strings.HasPrefix(a, "-") {
				return "", fmt.Errorf("want one argument, the key NAME (got %d): put flags before NAME, e.g. rollcall keys %s %s NAME", c.NArg(), c.Command.Name, a)
			}
		}
		return "", fmt.Errorf("want one argument, the key NAME (got %d); see --help", c.NArg())
	}
	name := c.Args().First()
	if err := keystore.ValidateName(name); err != nil {
		return "", err
	}
	return name, nil
}

// prepareNewKey checks name, kind and that the key does not exist yet, and
// creates the key directory.
func prepareNewKey(c *cli.Context, kind keystore.Kind) (name, path string, err error) {
	name, err = keyName(c)
	if err != nil {
		return "", "", err
	}
	dir, err := keyDir(c)
	if err != nil {
		return "", "", err
	}
	path = dir.Path(name, kind)
	if _, err := os.Lstat(path); err == nil {
		return "", "", fmt.Errorf("key %s (%s) already exists: %s (%w)", name, kind, path, keystore.ErrExists)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", "", err
	}
	if err := dir.Create(); err != nil {
		return "", "", err
	}
	if st, err := os.Stat(string(dir)); err == nil && st.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(c.App.ErrWriter, "warning: key directory %s is open to other users (mode %o); run chmod 700 %s\n", dir, st.Mode().Perm(), dir)
	}
	return name, path, nil
}

// newPassword reads and checks the password of a key being created or
// imported.
func newPassword(c *cli.Context, name string) (string, error) {
	pw, err := keystore.PasswordSource{
		File:    c.String(flagKeysPasswordFile),
		Env:     envKeyPassword,
		Prompt:  fmt.Sprintf("New password for key %s: ", name),
		Confirm: true,
	}.ReadContext(c.Context)
	if err != nil {
		return "", passwordError("new password", flagKeysPasswordFile, envKeyPassword, err)
	}
	if err := keystore.CheckStrength(pw); err != nil {
		if !c.Bool(flagKeysInsecure) {
			return "", fmt.Errorf("%w; choose a stronger one, or pass --%s to accept it (devnets and tests only)", err, flagKeysInsecure)
		}
		fmt.Fprintf(c.App.ErrWriter, "warning: %v; accepted because of --%s\n", err, flagKeysInsecure)
	}
	return pw, nil
}

// keyPassword reads the password of an existing key.
func keyPassword(c *cli.Context, name string) (string, error) {
	pw, err := keystore.PasswordSource{
		File:   c.String(flagKeysPasswordFile),
		Env:    envKeyPassword,
		Prompt: fmt.Sprintf("Password for key %s: ", name),
	}.ReadContext(c.Context)
	if err != nil {
		return "", passwordError("password", flagKeysPasswordFile, envKeyPassword, err)
	}
	return pw, nil
}

// passwordError says how to give a password that could not be read.
func passwordError(what, flag, env string, err error) error {
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("%s: interrupted", what)
	}
	if errors.Is(err, keystore.ErrNoPassword) {
		return fmt.Errorf("%s: give it with --%s FILE or $%s, or run in a terminal to be asked (%w)", what, flag, env, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

func runKeysCreate(c *cli.Context) error {
	log := cliutil.Logger(c)
	kind, err := keystore.ParseKind(c.String(flagKeysType))
	if err != nil {
		return err
	}
	name, path, err := prepareNewKey(c, kind)
	if err != nil {
		return err
	}
	pw, err := newPassword(c, name)
	if err != nil {
		return err
	}
	var view *keyView
	switch kind {
	case keystore.KindBLS:
		kp, err := bls.GenRandomBlsKeys()
		if err != nil {
			return fmt.Errorf("generate BLS key: %w", err)
		}
		if err := saveBLS(path, kp, pw); err != nil {
			return err
		}
		view = blsView(kp)
	case keystore.KindECDSA:
		key, err := crypto.GenerateKey()
		if err != nil {
			return fmt.Errorf("generate ECDSA key: %w", err)
		}
		if err := keystore.SaveECDSA(path, key, pw, keysSaveOptions...); err != nil {
			return err
		}
		view = ecdsaView(crypto.PubkeyToAddress(key.PublicKey))
	}
	view.Name, view.File = name, path
	log.Debug("created key", zap.String("name", name), zap.String("type", string(kind)), zap.String("file", path))
	return printKeyView(c, view, "Created key "+name+". Back up "+path+" and its password: without both, the key is lost.")
}

func runKeysImport(c *cli.Context) error {
	log := cliutil.Logger(c)
	source := c.String(flagKeysKeystore)
	if source != "" && c.IsSet(flagKeysPrivateKeyFile) {
		return fmt.Errorf("--%s and --%s are alternatives: give one", flagKeysKeystore, flagKeysPrivateKeyFile)
	}
	var kind keystore.Kind
	if t := c.String(flagKeysType); t != "" {
		k, err := keystore.ParseKind(t)
		if err != nil {
			return err
		}
		kind = k
	}
	var srcInfo *keystore.Info
	if source != "" {
		info, err := keystore.Inspect(source)
		if err != nil {
			return err
		}
		if kind != "" && kind != info.Kind {
			return fmt.Errorf("--%s %s, but %s holds a %s key", flagKeysType, kind, source, info.Kind)
		}
		kind, srcInfo = info.Kind, info
	}
	if c.String(flagKeysFromDeployment) != "" {
		if source != "" || c.IsSet(flagKeysPrivateKeyFile) {
			return fmt.Errorf("--%s, --%s and --%s are alternatives: give one", flagKeysFromDeployment, flagKeysKeystore, flagKeysPrivateKeyFile)
		}
		if kind == "" {
			kind = keystore.KindECDSA
		}
	}
	if kind == "" {
		return fmt.Errorf("--%s bls|ecdsa is required to import a raw key", flagKeysType)
	}
	name, path, err := prepareNewKey(c, kind)
	if err != nil {
		return err
	}

	var (
		blsKey   *bls.KeyPair
		ecdsaKey *ecdsa.PrivateKey
	)
	if srcInfo != nil {
		log.Debug("importing keystore", zap.String("source", source), zap.String("type", string(kind)), zap.String("format", srcInfo.Format))
		pw, err := keystore.PasswordSource{
			File:   c.String(flagKeysKeystorePasswordFile),
			Env:    envImportPassword,
			Prompt: fmt.Sprintf("Password of %s: ", source),
		}.ReadContext(c.Context)
		if err != nil {
			return passwordError("password of "+source, flagKeysKeystorePasswordFile, envImportPassword, err)
		}
		if kind == keystore.KindBLS {
			blsKey, err = keystore.LoadBLS(source, pw)
		} else {
			ecdsaKey, err = keystore.LoadECDSA(source, pw)
		}
		if err != nil {
			return err
		}
	} else if dep := c.String(flagKeysFromDeployment); dep != "" {
		if kind != keystore.KindECDSA {
			return fmt.Errorf("--%s imports the devnet's ECDSA keys: use --%s ecdsa (or leave --%s out)", flagKeysFromDeployment, flagKeysType, flagKeysType)
		}
		if ecdsaKey, err = devKeyFromDeployment(dep, c.String(flagKeysRole), c.Int(flagKeysIndex)); err != nil {
			return err
		}
	} else {
		raw, err := readPrivateKey(c)
		if err != nil {
			return err
		}
		if kind == keystore.KindBLS {
			blsKey, err = parseBLSPrivateKey(raw)
		} else {
			ecdsaKey, err = parseECDSAPrivateKey(raw)
		}
		clear(raw)
		if err != nil {
			return err
		}
	}

	pw, err := newPassword(c, name)
	if err != nil {
		return err
	}
	var view *keyView
	if kind == keystore.KindBLS {
		if err := saveBLS(path, blsKey, pw); err != nil {
			return err
		}
		view = blsView(blsKey)
	} else {
		if err := keystore.SaveECDSA(path, ecdsaKey, pw, keysSaveOptions...); err != nil {
			return err
		}
		view = ecdsaView(crypto.PubkeyToAddress(ecdsaKey.PublicKey))
	}
	view.Name, view.File = name, path
	log.Debug("imported key", zap.String("name", name), zap.String("type", string(kind)), zap.String("file", path))
	return printKeyView(c, view, "Imported key "+name+" to "+path+".")
}

// saveBLS writes a BLS keystore and, beside it, its public parts (G2
// included), so that showing the key needs no password.
func saveBLS(path string, kp *bls.KeyPair, pw string) error {
	if err := keystore.SaveBLS(path, kp, pw, keysSaveOptions...); err != nil {
		return err
	}
	if err := keystore.SaveBLSPublic(path, kp); err != nil {
		return fmt.Errorf("keystore %s written, but its public key file: %w", path, err)
	}
	return nil
}

// readPrivateKey reads a raw private key from --private-key-file, or stdin:
// asked without echo when stdin is a terminal.
func readPrivateKey(c *cli.Context) ([]byte, error) {
	file := c.String(flagKeysPrivateKeyFile)
	var in io.Reader
	switch {
	case file != "" && file != "-":
		f, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("private key file: %w", err)
		}
		defer f.Close()
		in = f
	case c.App.Reader == os.Stdin && keystore.StdinIsTerminal():
		s, err := keystore.ReadSecret(c.Context, "Private key (hex; input hidden): ")
		if err != nil {
			return nil, fmt.Errorf("read private key: %w", err)
		}
		return []byte(s), nil
	default:
		file = "stdin"
		in = c.App.Reader
	}
	raw, err := io.ReadAll(io.LimitReader(in, maxPrivateKeyInput+1))
	if err != nil {
		return nil, fmt.Errorf("read private key from %s: %w", file, err)
	}
	if len(raw) > maxPrivateKeyInput {
		clear(raw)
		return nil, fmt.Errorf("read private key from %s: more than %d bytes, not a private key", file, maxPrivateKeyInput)
	}
	return raw, nil
}

// Errors about a raw key never quote it.
var errBadPrivateKey = errors.New("not a private key")

// parseHexKey reads 32 bytes of hex, 0x optional.
func parseHexKey(s []byte) ([]byte, bool) {
	s = bytes.TrimPrefix(bytes.TrimPrefix(s, []byte("0x")), []byte("0X"))
	if len(s) != 64 {
		return nil, false
	}
	out := make([]byte, 32)
	if _, err := hex.Decode(out, s); err != nil {
		clear(out)
		return nil, false
	}
	return out, true
}

func parseECDSAPrivateKey(raw []byte) (*ecdsa.PrivateKey, error) {
	b, ok := parseHexKey(bytes.TrimSpace(raw))
	if !ok {
		return nil, fmt.Errorf("ECDSA private key: %w (want 64 hex digits, 0x optional)", errBadPrivateKey)
	}
	defer clear(b)
	key, err := crypto.ToECDSA(b)
	if err != nil {
		return nil, fmt.Errorf("ECDSA private key: %w (zero, or not below the secp256k1 group order)", errBadPrivateKey)
	}
	return key, nil
}

func parseBLSPrivateKey(raw []byte) (*bls.KeyPair, error) {
	s := bytes.TrimSpace(raw)
	var e fr.Element
	if b, ok := parseHexKey(s); ok {
		defer clear(b)
		if err := e.SetBytesCanonical(b); err != nil {
			return nil, fmt.Errorf("BLS private key: %w (not below the BN254 group order)", errBadPrivateKey)
		}
	} else {
		v, ok := new(big.Int).SetString(string(s), 10)
		if !ok || len(s) == 0 || s[0] == '-' || s[0] == '+' {
			return nil, fmt.Errorf("BLS private key: %w (want 64 hex digits, 0x optional, or a decimal scalar)", errBadPrivateKey)
		}
		if v.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("BLS private key: %w (not below the BN254 group order)", errBadPrivateKey)
		}
		e.SetBigInt(v)
	}
	if e.IsZero() {
		return nil, fmt.Errorf("BLS private key: %w (zero)", errBadPrivateKey)
	}
	return bls.NewKeyPair(&e), nil
}

// keyView is what the commands print about a key: public parts only.
type keyView struct {
	Name       string          `json:"name"`
	Type       keystore.Kind   `json:"type"`
	Format     string          `json:"format,omitempty"`
	File       string          `json:"file"`
	Address    *common.Address `json:"address,omitempty"`
	OperatorID *common.Hash    `json:"operatorId,omitempty"`
	G1         *g1View         `json:"g1,omitempty"`
	G2         *g2View         `json:"g2,omitempty"`
	Error      string          `json:"error,omitempty"`
	Note       string          `json:"note,omitempty"`
}

type g1View struct {
	X string `json:"x"`
	Y string `json:"y"`
}

// fp2View is a0 + a1·u.
type fp2View struct {
	A0 string `json:"a0"`
	A1 string `json:"a1"`
}

type g2View struct {
	X fp2View `json:"x"`
	Y fp2View `json:"y"`
}

func fpHex(e *fp.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

func g1Of(p *bls.G1Point) *g1View {
	return &g1View{X: fpHex(&p.X), Y: fpHex(&p.Y)}
}

func ecdsaView(addr common.Address) *keyView {
	return &keyView{Type: keystore.KindECDSA, Format: keystore.FormatV3, Address: &addr}
}

func blsView(kp *bls.KeyPair) *keyView {
	id := core.OperatorID(kp.PubKey)
	g2 := kp.GetPubKeyG2()
	return &keyView{
		Type:       keystore.KindBLS,
		Format:     keystore.FormatEIP2335,
		OperatorID: &id,
		G1:         g1Of(kp.PubKey),
		G2: &g2View{
			X: fp2View{A0: fpHex(&g2.X.A0), A1: fpHex(&g2.X.A1)},
			Y: fp2View{A0: fpHex(&g2.Y.A0), A1: fpHex(&g2.Y.A1)},
		},
	}
}

// infoView is the public parts a keystore holds in the clear.
func infoView(e keystore.Entry) *keyView {
	v := &keyView{Name: e.Name, Type: e.Kind, File: e.File}
	if e.Err != nil {
		v.Error = e.Err.Error()
		return v
	}
	v.Format = e.Info.Format
	if e.Info.Kind == keystore.KindECDSA {
		addr := e.Info.Address
		v.Address = &addr
		return v
	}
	id := e.Info.OperatorID()
	v.OperatorID = &id
	v.G1 = g1Of(e.Info.G1)
	return v
}

var formatNames = map[string]string{
	keystore.FormatEIP2335:  "EIP-2335 keystore",
	keystore.FormatEigenSDK: "eigensdk-go keystore",
	keystore.FormatV3:       "v3 keystore",
}

func printKeyView(c *cli.Context, v *keyView, footer string) error {
	w := c.App.Writer
	if c.Bool(flagKeysJSON) {
		return writeJSON(w, v)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "name\t%s\n", v.Name)
	fmt.Fprintf(tw, "type\t%s (%s)\n", v.Type, formatNames[v.Format])
	fmt.Fprintf(tw, "file\t%s\n", v.File)
	if v.Address != nil {
		fmt.Fprintf(tw, "address\t%s\n", v.Address.Hex())
	}
	if v.OperatorID != nil {
		fmt.Fprintf(tw, "operator id\t%s\n", v.OperatorID.Hex())
	}
	if v.G1 != nil {
		fmt.Fprintf(tw, "G1 x\t%s\n", v.G1.X)
		fmt.Fprintf(tw, "G1 y\t%s\n", v.G1.Y)
	}
	if v.G2 != nil {
		fmt.Fprintf(tw, "G2 x.a0\t%s\n", v.G2.X.A0)
		fmt.Fprintf(tw, "G2 x.a1\t%s\n", v.G2.X.A1)
		fmt.Fprintf(tw, "G2 y.a0\t%s\n", v.G2.Y.A0)
		fmt.Fprintf(tw, "G2 y.a1\t%s\n", v.G2.Y.A1)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if footer != "" {
		fmt.Fprintln(w, footer)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, string(out))
	return err
}

func runKeysList(c *cli.Context) error {
	log := cliutil.Logger(c)
	if c.NArg() != 0 {
		return fmt.Errorf("list takes no arguments (got %q)", c.Args().Slice())
	}
	dir, err := keyDir(c)
	if err != nil {
		return err
	}
	entries, err := dir.List()
	if err != nil {
		return err
	}
	log.Debug("listed key directory", zap.String("dir", string(dir)), zap.Int("keys", len(entries)))
	views := make([]*keyView, 0, len(entries))
	for _, e := range entries {
		views = append(views, infoView(e))
	}
	w := c.App.Writer
	if c.Bool(flagKeysJSON) {
		return writeJSON(w, views)
	}
	if len(views) == 0 {
		fmt.Fprintf(w, "no keys in %s (create one with: rollcall keys create --type bls NAME)\n", dir)
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTYPE\tADDRESS / OPERATOR ID\tG1 PUBLIC KEY (X‖Y)\tFILE")
	for _, v := range views {
		switch {
		case v.Error != "":
			fmt.Fprintf(tw, "%s\t%s\tunreadable: %s\t-\t%s\n", v.Name, v.Type, v.Error, v.File)
		case v.Address != nil:
			fmt.Fprintf(tw, "%s\t%s\t%s\t-\t%s\n", v.Name, v.Type, v.Address.Hex(), v.File)
		default:
			fmt.Fprintf(tw, "%s\t%s\t%s\t0x%s\t%s\n", v.Name, v.Type, v.OperatorID.Hex(), strings.TrimPrefix(v.G1.X, "0x")+strings.TrimPrefix(v.G1.Y, "0x"), v.File)
		}
	}
	return tw.Flush()
}

func runKeysShow(c *cli.Context) error {
	log := cliutil.Logger(c)
	name, err := keyName(c)
	if err != nil {
		return err
	}
	dir, err := keyDir(c)
	if err != nil {
		return err
	}
	kinds := []keystore.Kind{keystore.KindBLS, keystore.KindECDSA}
	if t := c.String(flagKeysType); t != "" {
		k, err := keystore.ParseKind(t)
		if err != nil {
			return err
		}
		kinds = []keystore.Kind{k}
	}
	var views []*keyView
	for _, kind := range kinds {
		path := dir.Path(name, kind)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		info, err := keystore.Inspect(path)
		if err != nil {
			return err
		}
		if info.Kind != kind {
			return fmt.Errorf("keystore %s holds a %s key, but its name says %s", path, info.Kind, kind)
		}
		log.Debug("showing key", zap.String("name", name), zap.String("type", string(kind)), zap.String("file", path))
		view := infoView(keystore.Entry{Name: name, Kind: kind, File: path, Info: info})
		if kind == keystore.KindBLS {
			if err := addG2(c, name, path, info, view); err != nil {
				return err
			}
		}
		views = append(views, view)
	}
	switch {
	case len(views) == 0:
		return fmt.Errorf("no key %s in %s (see rollcall keys list)", name, dir)
	case len(views) == 1:
		return printKeyView(c, views[0], views[0].Note)
	case c.Bool(flagKeysJSON):
		return writeJSON(c.App.Writer, views)
	}
	for i, v := range views {
		if i > 0 {
			fmt.Fprintln(c.App.Writer)
		}
		if err := printKeyView(c, v, v.Note); err != nil {
			return err
		}
	}
	return nil
}

// addG2 fills a BLS key's G2 key from the public key file beside its
// keystore. A keystore without one (created elsewhere, or by an older
// rollcall) gets it with --derive-g2: decrypted once, then the file is
// written and no password is needed again.
func addG2(c *cli.Context, name, path string, info *keystore.Info, view *keyView) error {
	g2, err := keystore.LoadBLSPublicG2(path, info.G1)
	if errors.Is(err, keystore.ErrNoPublicFile) && c.Bool(flagKeysDeriveG2) {
		pw, err := keyPassword(c, name)
		if err != nil {
			return err
		}
		kp, err := keystore.LoadBLS(path, pw)
		if err != nil {
			return err
		}
		if err := keystore.SaveBLSPublic(path, kp); err != nil {
			return err
		}
		g2 = kp.GetPubKeyG2()
	} else if errors.Is(err, keystore.ErrNoPublicFile) {
		view.Note = fmt.Sprintf("G2 key not recorded for %s: `rollcall keys show --%s %s` derives it once (asks the password) and keeps it beside the keystore", name, flagKeysDeriveG2, name)
		return nil
	} else if err != nil {
		return err
	}
	view.G2 = &g2View{
		X: fp2View{A0: fpHex(&g2.X.A0), A1: fpHex(&g2.X.A1)},
		Y: fp2View{A0: fpHex(&g2.Y.A0), A1: fpHex(&g2.Y.A1)},
	}
	return nil
}

// devKeyFromDeployment returns the index-th (from 1) funded devnet key of
// role in the deployment file at path.
func devKeyFromDeployment(path, role string, index int) (*ecdsa.PrivateKey, error) {
	dep, err := deploy.Load(path)
	if err != nil {
		return nil, err
	}
	var roles []string
	n := 0
	for _, k := range dep.DevKeys {
		if !slices.Contains(roles, k.Role) {
			roles = append(roles, k.Role)
		}
		if k.Role != role {
			continue
		}
		if n++; n == index {
			key, err := crypto.HexToECDSA(strings.TrimPrefix(k.PrivateKey, "0x"))
			if err != nil {
				return nil, fmt.Errorf("%s: dev key %s #%d: %w", path, role, index, err)
			}
			return key, nil
		}
	}
	if len(dep.DevKeys) == 0 {
		return nil, fmt.Errorf("%s lists no dev keys (only `rollcall devnet` writes them)", path)
	}
	if n == 0 {
		return nil, fmt.Errorf("%s has no dev key of role %q (roles: %s)", path, role, strings.Join(roles, ", "))
	}
	return nil, fmt.Errorf("%s has %d dev keys of role %q, not %d", path, n, role, index)
}
