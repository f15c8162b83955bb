package keystore

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/core"
)

// Kind is the kind of key a keystore holds.
type Kind string

// The two kinds of keys rollcall keeps.
const (
	KindBLS   Kind = "bls"
	KindECDSA Kind = "ecdsa"
)

// ParseKind reads "bls" or "ecdsa".
func ParseKind(s string) (Kind, error) {
	switch k := Kind(strings.ToLower(s)); k {
	case KindBLS, KindECDSA:
		return k, nil
	default:
		return "", fmt.Errorf("key type %q: want bls or ecdsa", s)
	}
}

// Keystore formats Inspect recognises.
const (
	FormatEIP2335  = "eip2335"  // EIP-2335 version 4 (BLS, what SaveBLS writes)
	FormatEigenSDK = "eigensdk" // eigensdk-go's older BLS layout
	FormatV3       = "v3"       // Ethereum v3 (ECDSA, what SaveECDSA writes)
)

// Info is the public part of a keystore, read without its password. It is
// what the file says in the clear: Load* checks it against the decrypted key.
type Info struct {
	Kind   Kind
	Format string
	// Address is an ECDSA key's Ethereum address.
	Address common.Address
	// G1 is a BLS key's G1 public key.
	G1 *bls.G1Point
}

// OperatorID is, for a BLS key, the EigenLayer operator id:
// keccak256(G1.X ‖ G1.Y), each coordinate 32 bytes big-endian.
func (i *Info) OperatorID() common.Hash {
	if i.G1 == nil {
		return common.Hash{}
	}
	return core.OperatorID(i.G1)
}

// Inspect reads the public parts of the keystore at path without
// decrypting it.
func Inspect(path string) (*Info, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read keystore: %w", err)
	}
	info, err := inspect(raw)
	if err != nil {
		return nil, fmt.Errorf("keystore %s: %w", path, err)
	}
	return info, nil
}

func inspect(raw []byte) (*Info, error) {
	var probe struct {
		Version int             `json:"version"`
		Pubkey  string          `json:"pubkey"`
		PubKey  string          `json:"pubKey"`
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil {
		return nil, fmt.Errorf("not a keystore file: %w", err)
	}
	if len(probe.Crypto) == 0 || string(probe.Crypto) == "null" {
		return nil, errors.New("not a keystore file: no crypto section")
	}
	switch {
	case probe.Version == eip2335Version && probe.Pubkey != "":
		g1, err := ParseG1Hex(probe.Pubkey)
		if err != nil {
			return nil, fmt.Errorf("EIP-2335 keystore: pubkey: %w", err)
		}
		return &Info{Kind: KindBLS, Format: FormatEIP2335, G1: g1}, nil
	case probe.PubKey != "":
		g1, err := parseLegacyG1(probe.PubKey)
		if err != nil {
			return nil, fmt.Errorf("eigensdk-go BLS keystore: pubKey: %w", err)
		}
		return &Info{Kind: KindBLS, Format: FormatEigenSDK, G1: g1}, nil
	case probe.Version == 3 && probe.Address != "":
		a, err := hex.DecodeString(strings.TrimPrefix(probe.Address, "0x"))
		if err != nil || len(a) != common.AddressLength {
			return nil, fmt.Errorf("v3 keystore: address %q is not 20 bytes of hex", probe.Address)
		}
		return &Info{Kind: KindECDSA, Format: FormatV3, Address: common.BytesToAddress(a)}, nil
	default:
		return nil, errors.New("not a keystore rollcall knows (EIP-2335 v4 or eigensdk-go for BLS, v3 with an address for ECDSA)")
	}
}

// G1Hex is the hex (no 0x) of a G1 point, X ‖ Y, each coordinate 32 bytes
// big-endian: the pubkey field of rollcall's EIP-2335 keystores.
func G1Hex(p *bls.G1Point) string {
	x := p.X.Bytes()
	y := p.Y.Bytes()
	return hex.EncodeToString(x[:]) + hex.EncodeToString(y[:])
}

// ParseG1Hex reads G1Hex's encoding (0x optional) and checks that the point
// is on the curve and not the point at infinity.
func ParseG1Hex(s string) (*bls.G1Point, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		return nil, fmt.Errorf("not hex: %w", err)
	}
	if len(b) != 2*fp.Bytes {
		return nil, fmt.Errorf("%d bytes, want %d (G1 X ‖ Y)", len(b), 2*fp.Bytes)
	}
	var p bn254.G1Affine
	if err := p.X.SetBytesCanonical(b[:fp.Bytes]); err != nil {
		return nil, errors.New("X is not a field element")
	}
	if err := p.Y.SetBytesCanonical(b[fp.Bytes:]); err != nil {
		return nil, errors.New("Y is not a field element")
	}
	return checkG1(p)
}

// legacyG1 matches G1Affine.String(): "E([x,y])" in decimal.
var legacyG1 = regexp.MustCompile(`^E\(\[([0-9]{1,78}),([0-9]{1,78})\]\)$`)

func parseLegacyG1(s string) (*bls.G1Point, error) {
	m := legacyG1.FindStringSubmatch(s)
	if m == nil {
		return nil, fmt.Errorf("%q is not E([x,y])", s)
	}
	var p bn254.G1Affine
	for i, c := range []*fp.Element{&p.X, &p.Y} {
		v, ok := new(big.Int).SetString(m[i+1], 10)
		if !ok || v.Cmp(fp.Modulus()) >= 0 {
			return nil, fmt.Errorf("coordinate %s is not a field element", m[i+1])
		}
		c.SetBigInt(v)
	}
	return checkG1(p)
}

func checkG1(p bn254.G1Affine) (*bls.G1Point, error) {
	if p.IsInfinity() {
		return nil, errors.New("the point at infinity")
	}
	if !p.IsOnCurve() {
		return nil, errors.New("not on the BN254 curve")
	}
	return &bls.G1Point{G1Affine: &p}, nil
}

// ErrBadName means a key name is not 1 to 64 of A-Z a-z 0-9 _ -.
var ErrBadName = errors.New("key names are 1 to 64 characters of A-Z, a-z, 0-9, _ and -")

var nameRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// ValidateName checks a key name, so that it is a plain file name.
func ValidateName(name string) error {
	if !nameRE.MatchString(name) {
		return fmt.Errorf("key name %q: %w", name, ErrBadName)
	}
	return nil
}

// Dir is a key directory: each key is a file <NAME>.bls.json or
// <NAME>.ecdsa.json.
type Dir string

// Path is the file of key name of the given kind. It does not validate name.
func (d Dir) Path(name string, kind Kind) string {
	return filepath.Join(string(d), name+"."+string(kind)+".json")
}

// Create makes the directory (and its parents) with mode 0700 if it does
// not exist.
func (d Dir) Create() error {
	if err := os.MkdirAll(string(d), 0o700); err != nil {
		return fmt.Errorf("key directory: %w", err)
	}
	return nil
}

// Entry is one key of a directory: its public parts, or why they could not
// be read.
type Entry struct {
	Name string
	Kind Kind
	File string
	Info *Info // nil when Err is set
	Err  error
}

// List returns the keys of the directory, sorted by name then kind, with
// their public parts read from the files (no password needed). Files not
// named <NAME>.bls.json or <NAME>.ecdsa.json are ignored. A directory that
// does not exist holds no keys.
func (d Dir) List() ([]Entry, error) {
	des, err := os.ReadDir(string(d))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("key directory: %w", err)
	}
	var out []Entry
	for _, de := range des {
		if de.IsDir() {
			continue
		}
		name, kind, ok := splitKeyFile(de.Name())
		if !ok {
			continue
		}
		e := Entry{Name: name, Kind: kind, File: filepath.Join(string(d), de.Name())}
		info, err := Inspect(e.File)
		switch {
		case err != nil:
			e.Err = err
		case info.Kind != kind:
			e.Err = fmt.Errorf("keystore %s: holds a %s key, but its name says %s", e.File, info.Kind, kind)
		default:
			e.Info = info
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Kind < out[j].Kind
	})
	return out, nil
}

// splitKeyFile parses "<NAME>.<kind>.json".
func splitKeyFile(file string) (name string, kind Kind, ok bool) {
	for _, k := range []Kind{KindBLS, KindECDSA} {
		suffix := "." + string(k) + ".json"
		if n, found := strings.CutSuffix(file, suffix); found && ValidateName(n) == nil {
			return n, k, true
		}
	}
	return "", "", false
}
