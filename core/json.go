package core

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// The JSON forms of Claim and Checkpoint are compact and canonical:
//
//	{"chainId":"10","blockNumber":"123","blockHash":"0x…","stateRoot":"0x…"}
//	{"round":"7","referenceBlock":"19000000","claimsRoot":"0x…"}
//
// Integers are decimal strings (exact in every JSON consumer, unlike numbers
// above 2^53) without sign, leading zeros or escapes; hashes are "0x" and 64
// hex digits, written lowercase and read in either case. Decoding is strict:
// the value must be an object holding each field exactly once under its exact
// name, with nothing else. docs/encoding.md has the details.

// ErrInvalidJSON is wrapped by every error from decoding a Claim or Checkpoint.
var ErrInvalidJSON = errors.New("invalid JSON")

// MarshalJSON implements json.Marshaler.
func (c Claim) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 200)
	b = append(b, `{"chainId":`...)
	b = appendUint(b, c.ChainID)
	b = append(b, `,"blockNumber":`...)
	b = appendUint(b, c.BlockNumber)
	b = append(b, `,"blockHash":`...)
	b = appendHash(b, c.BlockHash)
	b = append(b, `,"stateRoot":`...)
	b = appendHash(b, c.StateRoot)
	return append(b, '}'), nil
}

// UnmarshalJSON implements json.Unmarshaler. It rejects null, unknown,
// duplicate and missing fields, and values not in canonical form.
func (c *Claim) UnmarshalJSON(data []byte) error {
	var out Claim
	err := decodeObject(data,
		field{"chainId", func(raw []byte) (err error) { out.ChainID, err = parseUint(raw, 64); return }},
		field{"blockNumber", func(raw []byte) (err error) { out.BlockNumber, err = parseUint(raw, 64); return }},
		field{"blockHash", func(raw []byte) (err error) { out.BlockHash, err = parseHash(raw); return }},
		field{"stateRoot", func(raw []byte) (err error) { out.StateRoot, err = parseHash(raw); return }},
	)
	if err != nil {
		return fmt.Errorf("%w: claim: %w", ErrInvalidJSON, err)
	}
	*c = out
	return nil
}

// MarshalJSON implements json.Marshaler.
func (cp Checkpoint) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 130)
	b = append(b, `{"round":`...)
	b = appendUint(b, cp.Round)
	b = append(b, `,"referenceBlock":`...)
	b = appendUint(b, uint64(cp.ReferenceBlock))
	b = append(b, `,"claimsRoot":`...)
	b = appendHash(b, cp.ClaimsRoot)
	return append(b, '}'), nil
}

// UnmarshalJSON implements json.Unmarshaler, as strictly as Claim's.
func (cp *Checkpoint) UnmarshalJSON(data []byte) error {
	var out Checkpoint
	err := decodeObject(data,
		field{"round", func(raw []byte) (err error) { out.Round, err = parseUint(raw, 64); return }},
		field{"referenceBlock", func(raw []byte) error {
			v, err := parseUint(raw, 32)
			out.ReferenceBlock = uint32(v)
			return err
		}},
		field{"claimsRoot", func(raw []byte) (err error) { out.ClaimsRoot, err = parseHash(raw); return }},
	)
	if err != nil {
		return fmt.Errorf("%w: checkpoint: %w", ErrInvalidJSON, err)
	}
	*cp = out
	return nil
}

func appendUint(b []byte, v uint64) []byte {
	b = append(b, '"')
	b = strconv.AppendUint(b, v, 10)
	return append(b, '"')
}

func appendHash(b []byte, h common.Hash) []byte {
	b = append(b, `"0x`...)
	b = hex.AppendEncode(b, h[:])
	return append(b, '"')
}

type field struct {
	name string
	set  func(raw []byte) error
}

// decodeObject decodes a JSON object that holds each of fields exactly once,
// under its exact (case-sensitive) name, and nothing else.
func decodeObject(data []byte, fields ...field) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return errors.New("not a JSON object")
	}
	seen := make([]bool, len(fields))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return errors.New("not a JSON object")
		}
		i := indexOfField(fields, key)
		if i < 0 {
			return fmt.Errorf("unknown field %q", key)
		}
		if seen[i] {
			return fmt.Errorf("duplicate field %q", key)
		}
		seen[i] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		if err := fields[i].set(raw); err != nil {
			return fmt.Errorf("field %q: %w", key, err)
		}
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the object")
	}
	for i, f := range fields {
		if !seen[i] {
			return fmt.Errorf("missing field %q", f.name)
		}
	}
	return nil
}

func indexOfField(fields []field, name string) int {
	for i, f := range fields {
		if f.name == name {
			return i
		}
	}
	return -1
}

// unquote returns the content of a JSON string that holds no escapes.
func unquote(raw []byte, want string) ([]byte, error) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return nil, fmt.Errorf("want %s in a JSON string, got %.40s", want, raw)
	}
	return raw[1 : len(raw)-1], nil
}

// parseUint parses a canonical decimal string: digits only, no leading zero
// unless the value is 0, within bits.
func parseUint(raw []byte, bits int) (uint64, error) {
	s, err := unquote(raw, "a decimal integer")
	if err != nil {
		return 0, err
	}
	if len(s) == 0 || len(s) > 20 {
		return 0, fmt.Errorf("want a decimal integer, got %q", s)
	}
	for _, ch := range s {
		if ch < '0' || ch > '9' {
			return 0, fmt.Errorf("want a decimal integer, got %q", s)
		}
	}
	if len(s) > 1 && s[0] == '0' {
		return 0, fmt.Errorf("leading zero in %q", s)
	}
	v, err := strconv.ParseUint(string(s), 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%q out of range for uint%d", s, bits)
	}
	return v, nil
}

// parseHash parses "0x" followed by exactly 64 hex digits of either case.
func parseHash(raw []byte) (common.Hash, error) {
	var h common.Hash
	s, err := unquote(raw, "a 0x-prefixed 32-byte hex hash")
	if err != nil {
		return h, err
	}
	if len(s) != 2+2*common.HashLength || s[0] != '0' || s[1] != 'x' {
		return h, fmt.Errorf("want 0x and 64 hex digits, got %.70q", s)
	}
	if _, err := hex.Decode(h[:], s[2:]); err != nil {
		return h, fmt.Errorf("want 0x and 64 hex digits, got %.70q", s)
	}
	return h, nil
}
