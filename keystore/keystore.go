// Package keystore keeps rollcall's keys encrypted at rest: BLS keys (BN254)
// in EIP-2335 version 4 keystores, ECDSA keys in Ethereum v3 keystores (as
// geth writes them). Both encrypt with scrypt + AES-128-CTR under a
// password; a saved file never holds a private key in the clear, and it is
// never overwritten. LoadBLS also reads eigensdk-go's older BLS layout.
//
// Passwords come from a file, an environment variable or an interactive
// prompt on the terminal (PasswordSource), never from a command-line flag,
// where they would show in ps(1) and in shell history.
//
// Dir is a key directory of named keys (<NAME>.bls.json, <NAME>.ecdsa.json);
// Inspect reads a keystore's public parts without its password.
package keystore

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

var (
	// ErrWrongPassword means the keystore could not be decrypted with the
	// password given (the MAC does not match).
	ErrWrongPassword = errors.New("wrong password")
	// ErrExists means Save was asked to write over an existing file.
	ErrExists = errors.New("file already exists")
	// ErrEmptyPassword means Save was given an empty password.
	ErrEmptyPassword = errors.New("empty password")
)

// Option tunes Save.
type Option func(*options)

type options struct {
	scryptN, scryptP int
}

// WithLightScrypt encrypts with go-ethereum's light scrypt parameters (4 MiB,
// fast) instead of the standard ones (256 MiB, about a second). It is meant
// for tests only: a light keystore is much cheaper to brute-force.
func WithLightScrypt() Option {
	return func(o *options) { o.scryptN, o.scryptP = keystore.LightScryptN, keystore.LightScryptP }
}

func newOptions(opts []Option) options {
	o := options{scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// legacyBLSFile is eigensdk-go's BLS keystore layout (crypto/bls
// encryptedBLSKeyJSONV3): the G1 public key in the clear as
// G1Affine.String() ("E([x,y])", decimal), and the private key in an
// Ethereum v3 crypto section keyed with the raw password. rollcall no longer
// writes it but still reads it, so keys made by eigensdk-go or by earlier
// rollcall versions keep working.
type legacyBLSFile struct {
	PubKey string              `json:"pubKey"`
	Crypto keystore.CryptoJSON `json:"crypto"`
}

// SaveBLS encrypts kp's private key with password into an EIP-2335 version 4
// keystore (scrypt, AES-128-CTR; see eip2335.go) and writes it to path
// (mode 0600, parent directories 0700). It refuses to overwrite an existing
// file (ErrExists). The secret is the 32-byte big-endian BN254 scalar;
// pubkey is the hex of the G1 public key, X‖Y.
func SaveBLS(path string, kp *bls.KeyPair, password string, opts ...Option) error {
	if password == "" {
		return fmt.Errorf("save BLS key %s: %w", path, ErrEmptyPassword)
	}
	o := newOptions(opts)
	sk := kp.PrivKey.Bytes() // 32 bytes, big-endian
	defer clear(sk[:])
	c, err := encryptEIP2335(sk[:], password, o.scryptN, o.scryptP)
	if err != nil {
		if errors.Is(err, ErrEmptyPassword) {
			return fmt.Errorf("save BLS key %s: %w (nothing left after removing control characters)", path, err)
		}
		return fmt.Errorf("save BLS key %s: encrypt: %w", path, err)
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("save BLS key %s: %w", path, err)
	}
	data, err := json.MarshalIndent(eip2335File{
		Crypto:      c,
		Description: eip2335Description,
		Pubkey:      G1Hex(kp.PubKey),
		Path:        "",
		UUID:        id.String(),
		Version:     eip2335Version,
	}, "", "  ")
	if err != nil {
		return fmt.Errorf("save BLS key %s: %w", path, err)
	}
	if err := writeNew(path, append(data, '\n')); err != nil {
		return fmt.Errorf("save BLS key: %w", err)
	}
	return nil
}

// LoadBLS decrypts the BLS keystore at path: an EIP-2335 version 4 keystore
// (scrypt or pbkdf2) or eigensdk-go's older layout. A wrong password gives
// an error wrapping ErrWrongPassword; the public key stored in the clear
// must match the decrypted private key.
func LoadBLS(path, password string) (*bls.KeyPair, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read BLS keystore: %w", err)
	}
	sk, err := decryptBLS(raw, password, true)
	if err != nil {
		return nil, fmt.Errorf("BLS keystore %s: %w", path, err)
	}
	defer clear(sk)
	kp, err := blsKeyPair(sk)
	if err != nil {
		return nil, fmt.Errorf("BLS keystore %s: %w", path, err)
	}
	return kp, nil
}

// decryptBLS returns the 32-byte secret of a BLS keystore in either format.
// With checkPubkey, the public key in the clear must match the secret's;
// only tests of foreign vectors (EIP-2335's are BLS12-381 keys) skip it.
func decryptBLS(raw []byte, password string, checkPubkey bool) ([]byte, error) {
	var probe struct {
		Version int             `json:"version"`
		Pubkey  string          `json:"pubkey"`
		PubKey  string          `json:"pubKey"`
		Crypto  json.RawMessage `json:"crypto"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil {
		return nil, fmt.Errorf("not a keystore file: %w", err)
	}
	var (
		sk       []byte
		wantG1   *bls.G1Point
		parseErr error
	)
	switch {
	case probe.Version == eip2335Version && probe.Pubkey != "":
		var f eip2335File
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("EIP-2335 keystore: %w", err)
		}
		secret, err := decryptEIP2335(f.Crypto, password)
		if err != nil {
			return nil, err
		}
		sk = secret
		if checkPubkey {
			wantG1, parseErr = ParseG1Hex(f.Pubkey)
		}
	case probe.PubKey != "":
		var f legacyBLSFile
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("eigensdk-go keystore: %w", err)
		}
		secret, err := keystore.DecryptDataV3(f.Crypto, password)
		if err != nil {
			if errors.Is(err, keystore.ErrDecrypt) {
				return nil, ErrWrongPassword
			}
			return nil, err
		}
		sk = secret
		if checkPubkey {
			wantG1, parseErr = parseLegacyG1(f.PubKey)
		}
	default:
		return nil, errors.New("not a BLS keystore: no pubkey field (an ECDSA keystore?)")
	}
	if len(sk) != 32 {
		clear(sk)
		return nil, fmt.Errorf("decrypted secret is %d bytes, want 32", len(sk))
	}
	if !checkPubkey {
		return sk, nil
	}
	if parseErr != nil {
		clear(sk)
		return nil, fmt.Errorf("public key field: %w", parseErr)
	}
	kp, err := blsKeyPair(sk)
	if err != nil {
		clear(sk)
		return nil, err
	}
	if !kp.PubKey.Equal(wantG1.G1Affine) {
		clear(sk)
		return nil, errors.New("the public key in the file does not match the encrypted key")
	}
	return sk, nil
}

// blsKeyPair builds a key pair from a 32-byte big-endian scalar, which must
// be below the BN254 group order and not zero.
func blsKeyPair(sk []byte) (*bls.KeyPair, error) {
	var e fr.Element
	if err := e.SetBytesCanonical(sk); err != nil {
		return nil, errors.New("secret is not a BN254 scalar (not below the group order)")
	}
	if e.IsZero() {
		return nil, errors.New("secret is zero")
	}
	return bls.NewKeyPair(&e), nil
}

// SaveECDSA encrypts key into an Ethereum v3 keystore (as geth and clef
// write) at path (mode 0600), refusing to overwrite an existing file.
func SaveECDSA(path string, key *ecdsa.PrivateKey, password string, opts ...Option) error {
	if password == "" {
		return fmt.Errorf("save ECDSA key %s: %w", path, ErrEmptyPassword)
	}
	o := newOptions(opts)
	id, err := uuid.NewRandom()
	if err != nil {
		return fmt.Errorf("save ECDSA key %s: %w", path, err)
	}
	k := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	data, err := keystore.EncryptKey(k, password, o.scryptN, o.scryptP)
	if err != nil {
		return fmt.Errorf("save ECDSA key %s: encrypt: %w", path, err)
	}
	if err := writeNew(path, data); err != nil {
		return fmt.Errorf("save ECDSA key: %w", err)
	}
	return nil
}

// LoadECDSA decrypts the Ethereum v3 keystore at path. A wrong password
// gives an error wrapping ErrWrongPassword; the address stored in the clear
// must be the key's.
func LoadECDSA(path, password string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ECDSA keystore: %w", err)
	}
	info, err := inspect(raw)
	if err != nil {
		return nil, fmt.Errorf("ECDSA keystore %s: %w", path, err)
	}
	if info.Kind != KindECDSA {
		return nil, fmt.Errorf("ECDSA keystore %s: not an ECDSA keystore (a %s one)", path, info.Format)
	}
	k, err := keystore.DecryptKey(raw, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("ECDSA keystore %s: %w", path, ErrWrongPassword)
		}
		return nil, fmt.Errorf("ECDSA keystore %s: %w", path, err)
	}
	if k.Address != info.Address {
		return nil, fmt.Errorf("ECDSA keystore %s: its address field %s is not the encrypted key's", path, info.Address)
	}
	return k.PrivateKey, nil
}

// writeNew writes data to a new file at path with mode 0600, synced to disk.
// It fails with ErrExists when path exists, and leaves nothing behind when
// the write fails.
func writeNew(path string, data []byte) (err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: %w (refusing to overwrite a key)", path, ErrExists)
		}
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}
