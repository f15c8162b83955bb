package keystore

import (
	"encoding/hex"
	"testing"

	"github.com/stretchr/testify/require"
)

// The test vectors of EIP-2335 (https://eips.ethereum.org/EIPS/eip-2335#test-cases).
// Their pubkey is a BLS12-381 key, so only the decryption is checked.
const (
	vectorPassword = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑"
	vectorSecret   = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"

	vectorScrypt = `{
    "crypto": {
        "kdf": {
            "function": "scrypt",
            "params": {
                "dklen": 32,
                "n": 262144,
                "p": 1,
                "r": 8,
                "salt": "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"
            },
            "message": ""
        },
        "checksum": {
            "function": "sha256",
            "params": {},
            "message": "d2217fe5f3e9a1e34581ef8a78f7c9928e436d36dacc5e846690a5581e8ea484"
        },
        "cipher": {
            "function": "aes-128-ctr",
            "params": {
                "iv": "264daa3f303d7259501c93d997d84fe6"
            },
            "message": "06ae90d55fe0a6e9c5c3bc5b170827b2e5cce3929ed3f116c2811e6366dfe20f"
        }
    },
    "description": "This is a test keystore that uses scrypt to secure the secret.",
    "pubkey": "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07",
    "path": "m/12381/60/3141592653/589793238",
    "uuid": "1d85ae20-35c5-4611-98e8-aa14a633906f",
    "version": 4
}`

	vectorPBKDF2 = `{
    "crypto": {
        "kdf": {
            "function": "pbkdf2",
            "params": {
                "dklen": 32,
                "c": 262144,
                "prf": "hmac-sha256",
                "salt": "d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"
            },
            "message": ""
        },
        "checksum": {
            "function": "sha256",
            "params": {},
            "message": "8a9f5d9912ed7e75ea794bc5a89bca5f193721d30868ade6f73043c6ea6febf1"
        },
        "cipher": {
            "function": "aes-128-ctr",
            "params": {
                "iv": "264daa3f303d7259501c93d997d84fe6"
            },
            "message": "cee03fde2af33149775b7223e7845e4fb2c8ae1792e5f99fe9ecf474cc8c16ad"
        }
    },
    "description": "This is a test keystore that uses PBKDF2 to secure the secret.",
    "pubkey": "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07",
    "path": "m/12381/60/0/0",
    "uuid": "64625def-3331-4eea-ab6f-782f3ed16a83",
    "version": 4
}`
)

func TestEIP2335Vectors(t *testing.T) {
	for name, vector := range map[string]string{"scrypt": vectorScrypt, "pbkdf2": vectorPBKDF2} {
		t.Run(name, func(t *testing.T) {
			sk, err := decryptBLS([]byte(vector), vectorPassword, false)
			require.NoError(t, err)
			require.Equal(t, vectorSecret, hex.EncodeToString(sk))

			_, err = decryptBLS([]byte(vector), "testpassword", false)
			require.ErrorIs(t, err, ErrWrongPassword)

			// Through the public path the BLS12-381 pubkey is checked, and refused.
			_, err = decryptBLS([]byte(vector), vectorPassword, true)
			require.ErrorContains(t, err, "public key field")
		})
	}
}

func TestProcessPassword(t *testing.T) {
	// EIP-2335: the vector's password encodes to this after NFKD and
	// control-code stripping.
	require.Equal(t, "7465737470617373776f7264f09f9491", hex.EncodeToString(processPassword(vectorPassword)))
	require.Equal(t, "abcde\u0301", string(processPassword("a\x00b\x1fc\x7fd\u0085\u009f\u00e9")), "NFKD decomposes é; control codes go")
	require.Equal(t, "fi", string(processPassword("\ufb01")), "compatibility decomposition of the ligature")
	require.Empty(t, processPassword("\x01\x02\u0080"))
}

func TestEIP2335BadParams(t *testing.T) {
	sk := make([]byte, 32)
	sk[31] = 7
	c, err := encryptEIP2335(sk, "a password", 1<<12, 1)
	require.NoError(t, err)
	back, err := decryptEIP2335(c, "a password")
	require.NoError(t, err)
	require.Equal(t, sk, back)

	mutate := func(f func(*eip2335Crypto)) error {
		cc := c
		f(&cc)
		_, err := decryptEIP2335(cc, "a password")
		return err
	}
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) {
		c.KDF.Params = []byte(`{"dklen":32,"n":1073741824,"p":1,"r":8,"salt":"00"}`)
	}), "out of bounds")
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) {
		c.KDF.Params = []byte(`{"dklen":32,"n":1000,"p":1,"r":8,"salt":"00"}`)
	}), "power of two")
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) {
		c.KDF.Params = []byte(`{"dklen":16,"n":4096,"p":1,"r":8,"salt":"00"}`)
	}), "dklen")
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) { c.KDF.Function = "argon2" }), "unsupported kdf")
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) { c.Cipher.Function = "aes-256-gcm" }), "unsupported cipher")
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) { c.Checksum.Function = "sha3" }), "unsupported checksum")
	require.ErrorContains(t, mutate(func(c *eip2335Crypto) { c.Cipher.Params = []byte(`{"iv":"00"}`) }), "iv must be")
	require.ErrorIs(t, mutate(func(c *eip2335Crypto) {
		m := []byte(c.Cipher.Message)
		if m[0] == '0' {
			m[0] = '1'
		} else {
			m[0] = '0'
		}
		c.Cipher.Message = string(m)
	}), ErrWrongPassword, "a changed ciphertext fails the checksum")

	_, err = encryptEIP2335(sk, "\x00\x01", 1<<12, 1)
	require.ErrorIs(t, err, ErrEmptyPassword)
}
