package keystore

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/scrypt"
	"golang.org/x/text/unicode/norm"
)

// EIP-2335 (https://eips.ethereum.org/EIPS/eip-2335) keystores, version 4.
// The EIP is written for BLS12-381; rollcall uses the same container for
// BN254 keys: the secret is the 32-byte big-endian BN254 scalar and pubkey
// is the hex of the uncompressed G1 public key, X‖Y (64 bytes, each
// coordinate 32 bytes big-endian), without 0x.

const (
	eip2335Version     = 4
	eip2335DKLen       = 32
	eip2335ScryptR     = 8
	eip2335Description = "rollcall BLS key (BN254)"

	kdfScrypt    = "scrypt"
	kdfPBKDF2    = "pbkdf2"
	prfSHA256    = "hmac-sha256"
	checksumFunc = "sha256"
	cipherFunc   = "aes-128-ctr"

	// Bounds on the KDF parameters read from a file, so that a crafted
	// keystore cannot make rollcall allocate gigabytes or spin for hours.
	maxScryptMem  = 1 << 30 // bytes: 128·n·r
	maxScryptP    = 16
	maxPBKDF2Iter = 1 << 24
)

// eip2335File is the JSON layout of an EIP-2335 version 4 keystore, fields
// in the EIP's order.
type eip2335File struct {
	Crypto      eip2335Crypto `json:"crypto"`
	Description string        `json:"description"`
	Pubkey      string        `json:"pubkey"`
	Path        string        `json:"path"`
	UUID        string        `json:"uuid"`
	Version     int           `json:"version"`
}

type eip2335Crypto struct {
	KDF      eip2335Module `json:"kdf"`
	Checksum eip2335Module `json:"checksum"`
	Cipher   eip2335Module `json:"cipher"`
}

type eip2335Module struct {
	Function string          `json:"function"`
	Params   json.RawMessage `json:"params"`
	Message  string          `json:"message"`
}

// kdfParams holds the parameters of both KDFs; which ones apply depends on
// the function.
type kdfParams struct {
	DKLen int    `json:"dklen"`
	N     int    `json:"n,omitempty"`
	P     int    `json:"p,omitempty"`
	R     int    `json:"r,omitempty"`
	C     int    `json:"c,omitempty"`
	PRF   string `json:"prf,omitempty"`
	Salt  string `json:"salt"`
}

type cipherParams struct {
	IV string `json:"iv"`
}

// processPassword turns a password into the KDF's input as EIP-2335 says:
// NFKD normalization, then the C0 (U+0000–U+001F), Delete (U+007F) and C1
// (U+0080–U+009F) control codes removed, then UTF-8.
func processPassword(password string) []byte {
	normalized := norm.NFKD.String(password)
	var b strings.Builder
	for _, r := range normalized {
		if r <= 0x1f || (r >= 0x7f && r <= 0x9f) {
			continue
		}
		b.WriteRune(r)
	}
	return []byte(b.String())
}

// encryptEIP2335 encrypts secret under password with scrypt (n, p as given,
// r 8, dklen 32), a fresh 32-byte salt and a fresh 16-byte IV.
func encryptEIP2335(secret []byte, password string, scryptN, scryptP int) (eip2335Crypto, error) {
	pw := processPassword(password)
	defer clear(pw)
	if len(pw) == 0 {
		return eip2335Crypto{}, ErrEmptyPassword
	}
	salt := make([]byte, 32)
	iv := make([]byte, aes.BlockSize)
	if _, err := rand.Read(salt); err != nil {
		return eip2335Crypto{}, err
	}
	if _, err := rand.Read(iv); err != nil {
		return eip2335Crypto{}, err
	}
	dk, err := scrypt.Key(pw, salt, scryptN, eip2335ScryptR, scryptP, eip2335DKLen)
	if err != nil {
		return eip2335Crypto{}, fmt.Errorf("scrypt: %w", err)
	}
	defer clear(dk)
	ciphertext, err := aes128CTR(dk[:16], iv, secret)
	if err != nil {
		return eip2335Crypto{}, err
	}
	checksum := eip2335Checksum(dk, ciphertext)

	kdf, err := json.Marshal(kdfParams{DKLen: eip2335DKLen, N: scryptN, P: scryptP, R: eip2335ScryptR, Salt: hex.EncodeToString(salt)})
	if err != nil {
		return eip2335Crypto{}, err
	}
	cip, err := json.Marshal(cipherParams{IV: hex.EncodeToString(iv)})
	if err != nil {
		return eip2335Crypto{}, err
	}
	return eip2335Crypto{
		KDF:      eip2335Module{Function: kdfScrypt, Params: kdf, Message: ""},
		Checksum: eip2335Module{Function: checksumFunc, Params: json.RawMessage("{}"), Message: hex.EncodeToString(checksum)},
		Cipher:   eip2335Module{Function: cipherFunc, Params: cip, Message: hex.EncodeToString(ciphertext)},
	}, nil
}

// decryptEIP2335 derives the key, checks the checksum (ErrWrongPassword
// when it does not match) and returns the secret.
func decryptEIP2335(c eip2335Crypto, password string) ([]byte, error) {
	if c.Checksum.Function != checksumFunc {
		return nil, fmt.Errorf("unsupported checksum function %q (want %s)", c.Checksum.Function, checksumFunc)
	}
	if c.Cipher.Function != cipherFunc {
		return nil, fmt.Errorf("unsupported cipher %q (want %s)", c.Cipher.Function, cipherFunc)
	}
	var cp cipherParams
	if err := json.Unmarshal(c.Cipher.Params, &cp); err != nil {
		return nil, fmt.Errorf("cipher params: %w", err)
	}
	iv, err := hex.DecodeString(cp.IV)
	if err != nil || len(iv) != aes.BlockSize {
		return nil, fmt.Errorf("cipher params: iv must be %d bytes of hex", aes.BlockSize)
	}
	ciphertext, err := hex.DecodeString(c.Cipher.Message)
	if err != nil || len(ciphertext) == 0 {
		return nil, errors.New("cipher message: not hex, or empty")
	}
	wantChecksum, err := hex.DecodeString(c.Checksum.Message)
	if err != nil || len(wantChecksum) != sha256.Size {
		return nil, fmt.Errorf("checksum message: must be %d bytes of hex", sha256.Size)
	}

	pw := processPassword(password)
	defer clear(pw)
	dk, err := deriveKey(c.KDF, pw)
	if err != nil {
		return nil, err
	}
	defer clear(dk)
	if subtle.ConstantTimeCompare(eip2335Checksum(dk, ciphertext), wantChecksum) != 1 {
		return nil, ErrWrongPassword
	}
	return aes128CTR(dk[:16], iv, ciphertext)
}

// deriveKey runs the keystore's KDF (scrypt or pbkdf2 with HMAC-SHA256) on
// the processed password, after checking its parameters are sane.
func deriveKey(m eip2335Module, pw []byte) ([]byte, error) {
	var p kdfParams
	dec := json.NewDecoder(bytes.NewReader(m.Params))
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("kdf params: %w", err)
	}
	if p.DKLen != eip2335DKLen {
		return nil, fmt.Errorf("kdf params: dklen %d, want %d", p.DKLen, eip2335DKLen)
	}
	salt, err := hex.DecodeString(p.Salt)
	if err != nil || len(salt) == 0 {
		return nil, errors.New("kdf params: salt must be non-empty hex")
	}
	switch m.Function {
	case kdfScrypt:
		if p.N < 2 || p.N&(p.N-1) != 0 {
			return nil, fmt.Errorf("kdf params: scrypt n %d is not a power of two above 1", p.N)
		}
		if p.R < 1 || p.P < 1 || p.P > maxScryptP || int64(128)*int64(p.N)*int64(p.R) > maxScryptMem {
			return nil, fmt.Errorf("kdf params: scrypt n %d, r %d, p %d out of bounds", p.N, p.R, p.P)
		}
		dk, err := scrypt.Key(pw, salt, p.N, p.R, p.P, p.DKLen)
		if err != nil {
			return nil, fmt.Errorf("scrypt: %w", err)
		}
		return dk, nil
	case kdfPBKDF2:
		if p.PRF != prfSHA256 {
			return nil, fmt.Errorf("kdf params: pbkdf2 prf %q, want %s", p.PRF, prfSHA256)
		}
		if p.C < 1 || p.C > maxPBKDF2Iter {
			return nil, fmt.Errorf("kdf params: pbkdf2 c %d out of bounds", p.C)
		}
		dk, err := pbkdf2.Key(sha256.New, string(pw), salt, p.C, p.DKLen)
		if err != nil {
			return nil, fmt.Errorf("pbkdf2: %w", err)
		}
		return dk, nil
	default:
		return nil, fmt.Errorf("unsupported kdf %q (want %s or %s)", m.Function, kdfScrypt, kdfPBKDF2)
	}
}

// eip2335Checksum is SHA256(DK[16:32] ‖ cipher message).
func eip2335Checksum(dk, ciphertext []byte) []byte {
	h := sha256.New()
	h.Write(dk[16:32])
	h.Write(ciphertext)
	return h.Sum(nil)
}

func aes128CTR(key, iv, in []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(in))
	cipher.NewCTR(block, iv).XORKeyStream(out, in)
	return out, nil
}
