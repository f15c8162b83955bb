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
	"strconv"
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
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("config %s: %s", path, describe(err, nil))
	}
	if doc.Kind == 0 {
		return nil // an empty file is an empty config
	}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return fmt.Errorf("config %s: %s", path, describe(err, &doc))
	}
	return nil
}

// unknownField matches yaml.v3's message for a key with no struct field.
var unknownField = regexp.MustCompile(`^line (\d+): field (\S+) not found in type `)

// lineProblem matches yaml.v3's "line N: problem".
var lineProblem = regexp.MustCompile(`^line (\d+): (.*)$`)

// describe turns the YAML library's (possibly multi-line) errors into one
// line that names each offending key: "unknown key \"x\" (line 3)" or
// "rollups[0].chain-id (line 5): cannot unmarshal …".
func describe(err error, doc *yaml.Node) string {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return strings.ReplaceAll(strings.TrimPrefix(err.Error(), "yaml: "), "\n", "; ")
	}
	msgs := make([]string, len(te.Errors))
	for i, m := range te.Errors {
		if sub := unknownField.FindStringSubmatch(m); sub != nil {
			m = fmt.Sprintf("line %s: unknown key %q", sub[1], sub[2])
		} else if sub := lineProblem.FindStringSubmatch(m); sub != nil && doc != nil {
			line, _ := strconv.Atoi(sub[1])
			if key := keyAtLine(doc, line, ""); key != "" {
				m = fmt.Sprintf("%s (line %d): %s", key, line, sub[2])
			}
		}
		msgs[i] = m
	}
	return strings.Join(msgs, "; ")
}

// keyAtLine is the path (a.b[0].c) of the scalar value on line, if any.
func keyAtLine(n *yaml.Node, line int, prefix string) string {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			if k := keyAtLine(c, line, prefix); k != "" {
				return k
			}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key, val := n.Content[i], n.Content[i+1]
			path := key.Value
			if prefix != "" {
				path = prefix + "." + key.Value
			}
			if val.Kind == yaml.ScalarNode && val.Line == line {
				return path
			}
			if k := keyAtLine(val, line, path); k != "" {
				return k
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			if k := keyAtLine(c, line, fmt.Sprintf("%s[%d]", prefix, i)); k != "" {
				return k
			}
		}
	}
	return ""
}
