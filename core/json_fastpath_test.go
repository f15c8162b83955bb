package core

import (
	"testing"
	"unicode/utf8"
)

// decodeClaimWith decodes a claim with dec (decodeObject or
// decodeObjectTokens).
func decodeClaimWith(dec func([]byte, ...field) error, data []byte) (Claim, error) {
	var out Claim
	err := dec(data,
		field{"chainId", func(raw []byte) (err error) { out.ChainID, err = parseUint(raw, 64); return }},
		field{"blockNumber", func(raw []byte) (err error) { out.BlockNumber, err = parseUint(raw, 64); return }},
		field{"blockHash", func(raw []byte) (err error) { out.BlockHash, err = parseHash(raw); return }},
		field{"stateRoot", func(raw []byte) (err error) { out.StateRoot, err = parseHash(raw); return }},
	)
	return out, err
}

// FuzzDecodeObjectFastPath: the fast path of decodeObject accepts exactly
// what the token decoder accepts, decodes the same values, and fails with
// the same message whenever it handles an input itself.
//
//	go test ./core -run '^$' -fuzz '^FuzzDecodeObjectFastPath$' -fuzztime 30s
func FuzzDecodeObjectFastPath(f *testing.F) {
	h := `"0x` + "11" + "00000000000000000000000000000000000000000000000000000000000000"[:62] + `"`
	for _, s := range []string{
		`{"chainId":"901","blockNumber":"7","blockHash":` + h + `,"stateRoot":` + h + `}`,
		` { "chainId" : 901 , "blockNumber":"7","blockHash":` + h + `,"stateRoot":` + h + ` } `,
		`{"chainId":"1","chainId":"1"}`, `{"chainid":"1"}`, `{}`, `[]`, `null`, `{"a":{}}`,
		`{"chainId":"01","blockNumber":"7","blockHash":` + h + `,"stateRoot":` + h + `}`,
		`{"ch\u0061inId":"1","blockNumber":"7","blockHash":` + h + `,"stateRoot":` + h + `}`,
		`{"chainId":"1\"","blockNumber":"7"}`, `{"chainId":1e3}`, `{"chainId":"1"} x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, errFast := decodeClaimWith(decodeObject, data)
		slow, errSlow := decodeClaimWith(decodeObjectTokens, data)
		if (errFast == nil) != (errSlow == nil) {
			t.Fatalf("%q: fast path error %v, token decoder error %v", data, errFast, errSlow)
		}
		if errFast == nil && fast != slow {
			t.Fatalf("%q: fast path %+v, token decoder %+v", data, fast, slow)
		}
		if errFast != nil && errFast.Error() != errSlow.Error() && validUTF8(data) {
			t.Fatalf("%q: fast path says %q, token decoder %q", data, errFast, errSlow)
		}
	})
}

// validUTF8 tells whether data is valid UTF-8: the token decoder replaces
// invalid bytes in a key before naming it in an error, the fast path names
// the bytes as they are.
func validUTF8(data []byte) bool { return utf8.Valid(data) }

// BenchmarkDecodeClaim compares decodeObject's fast path with the token
// decoder on a claim as operators send it.
//
//	go test ./core -run '^$' -bench DecodeClaim
func BenchmarkDecodeClaim(b *testing.B) {
	data := []byte(`{"chainId":"901","blockNumber":"123456","blockHash":"0x00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff","stateRoot":"0xffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"}`)
	for _, c := range []struct {
		name string
		dec  func([]byte, ...field) error
	}{{"fast", decodeObject}, {"tokens", decodeObjectTokens}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := decodeClaimWith(c.dec, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
