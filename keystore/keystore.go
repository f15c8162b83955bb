// Package keystore keeps rollcall's keys encrypted at rest: BLS keys (BN254)
// in eigensdk-go's keystore format, ECDSA keys in Ethereum v3 keystores. Both
// encrypt with scrypt + AES-128-CTR under a password; a saved file never
// holds a private key in the clear, and it is never overwritten.
//
// Passwords come from a file or an environment variable (PasswordSource),
// never from a command-line flag, where they would show in ps(1) and in
// shell history.
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

// blsFile is eigensdk-go's BLS keystore layout (crypto/bls
// encryptedBLSKeyJSONV3): the public key in the clear, so keys can be listed
// without the password, and the private key in an Ethereum v3 crypto
// section. bls.ReadPrivateKeyFromFile reads it.
type blsFile struct {
	PubKey string              `json:"pubKey"`
	Crypto keystore.CryptoJSON `json:"crypto"`
}

// SaveBLS encrypts kp's private key with password and writes it to path
// (mode 0600, parent directories 0700). It refuses to overwrite an existing
// file (ErrExists). The format is eigensdk-go's: KeyPair.SaveToFile writes
// the same layout, but always with standard scrypt and over existing files.
func SaveBLS(path string, kp *bls.KeyPair, password string, opts ...Option) error {
	if password == "" {
		return fmt.Errorf("save BLS key %s: %w", path, ErrEmptyPassword)
	}
	o := newOptions(opts)
	sk := kp.PrivKey.Bytes() // 32 bytes, big-endian
	defer clear(sk[:])
	cj, err := keystore.EncryptDataV3(sk[:], []byte(password), o.scryptN, o.scryptP)
	if err != nil {
		return fmt.Errorf("save BLS key %s: encrypt: %w", path, err)
	}
	data, err := json.Marshal(blsFile{PubKey: kp.PubKey.String(), Crypto: cj})
	if err != nil {
		return fmt.Errorf("save BLS key %s: %w", path, err)
	}
	if err := writeNew(path, data); err != nil {
		return fmt.Errorf("save BLS key: %w", err)
	}
	return nil
}

// LoadBLS decrypts the BLS keystore at path. A wrong password gives an error
// wrapping ErrWrongPassword; the public key stored in the clear must match
// the decrypted private key.
func LoadBLS(path, password string) (*bls.KeyPair, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read BLS keystore: %w", err)
	}
	var f blsFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("BLS keystore %s: not a keystore file: %w", path, err)
	}
	if f.PubKey == "" {
		return nil, fmt.Errorf("BLS keystore %s: no pubKey field (an ECDSA keystore?)", path)
	}
	kp, err := bls.ReadPrivateKeyFromFile(path, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("BLS keystore %s: %w", path, ErrWrongPassword)
		}
		return nil, fmt.Errorf("BLS keystore %s: %w", path, err)
	}
	if kp.PubKey.String() != f.PubKey {
		return nil, fmt.Errorf("BLS keystore %s: its pubKey field does not match the encrypted key", path)
	}
	return kp, nil
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
// gives an error wrapping ErrWrongPassword.
func LoadECDSA(path, password string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read ECDSA keystore: %w", err)
	}
	k, err := keystore.DecryptKey(raw, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("ECDSA keystore %s: %w", path, ErrWrongPassword)
		}
		return nil, fmt.Errorf("ECDSA keystore %s: %w", path, err)
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
