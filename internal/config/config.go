// Package config loads rollcall's YAML configuration files strictly: an
// unknown key or a value of the wrong type is an error naming the key, so a
// typo never silently falls back to a default.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MaxFileBytes bounds a config file; anything larger is not a config.
const MaxFileBytes = 1 << 20

// LoadYAML decodes the YAML file at path into v (a pointer to a struct with
// yaml tags), rejecting unknown keys.
func LoadYAML(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return fmt.Errorf("read config %s: %w", path, err)
	}
	if len(raw) > MaxFileBytes {
		return fmt.Errorf("config %s is larger than %d bytes", path, MaxFileBytes)
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // an empty file is an empty config
		}
		return fmt.Errorf("config %s: %s", path, describe(err))
	}
	return nil
}

// unknownField matches yaml.v3's message for a key with no struct field.
var unknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type `)

// describe turns the YAML library's (possibly multi-line) errors into one
// line that names each offending key.
func describe(err error) string {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return strings.ReplaceAll(strings.TrimPrefix(err.Error(), "yaml: "), "\n", "; ")
	}
	msgs := make([]string, len(te.Errors))
	for i, m := range te.Errors {
		if sub := unknownField.FindStringSubmatch(m); sub != nil {
			m = fmt.Sprintf("line %s: unknown key %q", sub[1], sub[2])
		}
		msgs[i] = m
	}
	return strings.Join(msgs, "; ")
}
