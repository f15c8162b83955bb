package keystore

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// ErrNoPassword means a PasswordSource gave no password: it names no
	// file, its variable is not set, and it cannot prompt.
	ErrNoPassword = errors.New("no password source")
	// ErrPasswordMismatch means the two answers to a confirmed prompt differ.
	ErrPasswordMismatch = errors.New("the passwords do not match")
	// ErrWeakPassword means CheckStrength refused a password.
	ErrWeakPassword = errors.New("weak password")
)

// PasswordSource says where a keystore password comes from: a file (File),
// else an environment variable (Env), else, when Prompt is set and stdin is
// a terminal, a question asked on the terminal without echo. It never comes
// from a command-line flag value.
type PasswordSource struct {
	// File holds the password; one trailing newline ("\n" or "\r\n") is
	// removed, nothing else.
	File string
	// Env names the environment variable that holds the password.
	Env string
	// Prompt is the question asked on the terminal ("Password for op1: ").
	// Empty: never prompt.
	Prompt string
	// Confirm asks the question twice and requires the same answer, for a
	// new password.
	Confirm bool
}

// Read returns the password. Errors name the file or the variable, never
// the password.
func (s PasswordSource) Read() (string, error) {
	return s.ReadContext(context.Background())
}

// ReadContext is Read; a prompt gives up when ctx ends.
func (s PasswordSource) ReadContext(ctx context.Context) (string, error) {
	if s.File != "" {
		raw, err := os.ReadFile(s.File)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		pw := strings.TrimSuffix(strings.TrimSuffix(string(raw), "\n"), "\r")
		if pw == "" {
			return "", fmt.Errorf("password file %s is empty", s.File)
		}
		return pw, nil
	}
	if s.Env != "" {
		pw, ok := os.LookupEnv(s.Env)
		switch {
		case ok && pw == "":
			return "", fmt.Errorf("password environment variable %s is empty", s.Env)
		case ok:
			return pw, nil
		case s.Prompt == "" || !StdinIsTerminal():
			return "", fmt.Errorf("%w: password environment variable %s is not set", ErrNoPassword, s.Env)
		}
	}
	if s.Prompt == "" {
		return "", ErrNoPassword
	}
	if !StdinIsTerminal() {
		return "", fmt.Errorf("%w: stdin is not a terminal to ask on", ErrNoPassword)
	}
	t, err := openTerminal()
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoPassword, err)
	}
	defer t.close()
	return s.prompt(ctx, t)
}

// prompt asks on the terminal, twice when Confirm is set.
func (s PasswordSource) prompt(ctx context.Context, t *terminal) (string, error) {
	pw, err := t.readSecret(ctx, s.Prompt)
	if err != nil {
		return "", err
	}
	if pw == "" {
		return "", errors.New("empty password")
	}
	if s.Confirm {
		again, err := t.readSecret(ctx, "Repeat to confirm: ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", ErrPasswordMismatch
		}
	}
	return pw, nil
}

// ReadSecret asks for a secret other than a password (a private key) on the
// terminal without echo. It fails when stdin is not a terminal.
func ReadSecret(ctx context.Context, prompt string) (string, error) {
	if !StdinIsTerminal() {
		return "", errors.New("stdin is not a terminal")
	}
	t, err := openTerminal()
	if err != nil {
		return "", err
	}
	defer t.close()
	return t.readSecret(ctx, prompt)
}

// MinPasswordLength is the shortest password CheckStrength accepts, in
// characters.
const MinPasswordLength = 12

// commonPasswords are well-known passwords long enough to pass the other
// checks. Compared without case.
var commonPasswords = map[string]bool{
	"password1234": true, "password12345": true, "password123!": true, "passw0rd1234": true,
	"p@ssw0rd1234": true, "qwerty123456": true, "qwertyuiop12": true, "1q2w3e4r5t6y": true,
	"1qaz2wsx3edc": true, "iloveyou1234": true, "letmein12345": true, "welcome12345": true,
	"changeme1234": true, "administrator": true, "administrator1": true, "trustno1trustno1": true,
	"correct horse battery staple": true, "correcthorsebatterystaple": true,
	"rollcall1234": true, "eigenlayer123": true, "eigenlayer1234": true,
}

// CheckStrength refuses weak passwords for new keys: fewer than
// MinPasswordLength characters, all of one character class (lower-case
// letters, upper-case letters, digits, others), or a well-known password.
// The error wraps ErrWeakPassword and says why, without the password.
func CheckStrength(password string) error {
	if n := utf8.RuneCountInString(password); n < MinPasswordLength {
		return fmt.Errorf("%w: %d characters, at least %d needed", ErrWeakPassword, n, MinPasswordLength)
	}
	if commonPasswords[strings.ToLower(password)] {
		return fmt.Errorf("%w: a well-known password", ErrWeakPassword)
	}
	var lower, upper, digit, other bool
	for _, r := range password {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsDigit(r):
			digit = true
		default:
			other = true
		}
	}
	classes := 0
	for _, b := range []bool{lower, upper, digit, other} {
		if b {
			classes++
		}
	}
	if classes < 2 {
		var what string
		switch {
		case lower:
			what = "lower-case letters"
		case upper:
			what = "upper-case letters"
		case digit:
			what = "digits"
		default:
			what = "symbols"
		}
		return fmt.Errorf("%w: only %s; mix at least two of lower-case, upper-case, digits and symbols", ErrWeakPassword, what)
	}
	return nil
}
