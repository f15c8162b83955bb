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
//
// Valid JSON objects of plain keys and scalar values (every claim and
// checkpoint on the wire) take a fast path that splits the object itself:
// the aggregator decodes a claim per rollup in every signature, and the
// token decoder below cost ~12 µs per claim (~100 µs per signature over 8
// rollups, the largest share of the aggregator's CPU in `rollcall bench`).
// Anything else (invalid JSON, escaped keys, nested values) goes to the
// token decoder, so that errors stay the same; FuzzDecodeObjectFastPath
// checks that both paths agree.
func decodeObject(data []byte, fields ...field) error {
	if json.Valid(data) {
		if handled, err := decodeFlatObject(data, fields); handled {
			return err
		}
	}
	return decodeObjectTokens(data, fields...)
}

// decodeFlatObject decodes data, which is valid JSON, when it is an object
// of unescaped keys and scalar values; handled is false otherwise (nothing
// was set then).
func decodeFlatObject(data []byte, fields []field) (handled bool, err error) {
	type kv struct{ key, val []byte }
	var pairs [8]kv
	kvs := pairs[:0]
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false, nil
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		i++
	} else {
		for {
			// A key: a string; valid JSON guarantees its closing quote.
			if i >= len(data) || data[i] != '"' {
				return false, nil
			}
			end := i + 1
			for end < len(data) && data[end] != '"' {
				if data[end] == '\\' {
					return false, nil // escaped key: the token decoder unescapes
				}
				end++
			}
			key := data[i+1 : end]
			i = skipSpace(data, end+1)
			if i >= len(data) || data[i] != ':' {
				return false, nil
			}
			i = skipSpace(data, i+1)
			// A scalar value: a string (escapes skipped) or a literal.
			start := i
			switch {
			case i >= len(data):
				return false, nil
			case data[i] == '"':
				i++
				for i < len(data) && data[i] != '"' {
					if data[i] == '\\' {
						i++
					}
					i++
				}
				i++
			case data[i] == '{' || data[i] == '[':
				return false, nil
			default:
				for i < len(data) && data[i] != ',' && data[i] != '}' && !isSpace(data[i]) {
					i++
				}
			}
			kvs = append(kvs, kv{key, data[start:i]})
			i = skipSpace(data, i)
			if i < len(data) && data[i] == ',' {
				i = skipSpace(data, i+1)
				continue
			}
			if i < len(data) && data[i] == '}' {
				i++
				break
			}
			return false, nil
		}
	}
	if skipSpace(data, i) != len(data) {
		return false, nil // valid JSON holds one value: unreachable
	}
	// The same checks, in the same order, as the token decoder.
	seen := make([]bool, len(fields))
	for _, p := range kvs {
		idx := indexOfField(fields, string(p.key))
		if idx < 0 {
			return true, fmt.Errorf("unknown field %q", p.key)
		}
		if seen[idx] {
			return true, fmt.Errorf("duplicate field %q", p.key)
		}
		seen[idx] = true
		if err := fields[idx].set(p.val); err != nil {
			return true, fmt.Errorf("field %q: %w", p.key, err)
		}
	}
	for idx, f := range fields {
		if !seen[idx] {
			return true, fmt.Errorf("missing field %q", f.name)
		}
	}
	return true, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipSpace(data []byte, i int) int {
	for i < len(data) && isSpace(data[i]) {
		i++
	}
	return i
}

// decodeObjectTokens is decodeObject with encoding/json's token decoder.
func decodeObjectTokens(data []byte, fields ...field) error {
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
