package keystore

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// ErrNoPassword means a PasswordSource names no source at all.
var ErrNoPassword = errors.New("no password source")

// PasswordSource says where a keystore password comes from: a file (File)
// or, when File is empty, an environment variable (Env). It never comes
// from a command-line flag value.
type PasswordSource struct {
	// File holds the password; one trailing newline ("\n" or "\r\n") is
	// removed, nothing else.
	File string
	// Env names the environment variable that holds the password.
	Env string
}

// Read returns the password. Errors name the file or the variable, never
// the password.
func (s PasswordSource) Read() (string, error) {
	switch {
	case s.File != "":
		raw, err := os.ReadFile(s.File)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		pw := strings.TrimSuffix(strings.TrimSuffix(string(raw), "\n"), "\r")
		if pw == "" {
			return "", fmt.Errorf("password file %s is empty", s.File)
		}
		return pw, nil
	case s.Env != "":
		pw, ok := os.LookupEnv(s.Env)
		if !ok {
			return "", fmt.Errorf("password environment variable %s is not set", s.Env)
		}
		if pw == "" {
			return "", fmt.Errorf("password environment variable %s is empty", s.Env)
		}
		return pw, nil
	default:
		// Hook: a later issue reads the password interactively here when
		// stdin is a terminal (golang.org/x/term ReadPassword), before
		// giving up.
		return "", ErrNoPassword
	}
}
