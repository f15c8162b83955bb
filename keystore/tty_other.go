//go:build !(linux || darwin || dragonfly || freebsd || netbsd || openbsd)

package keystore

import (
	"context"
	"errors"
)

// On other systems rollcall does not prompt: passwords come from a file or
// an environment variable.

type terminal struct{}

// StdinIsTerminal is false here: rollcall cannot prompt on this system.
func StdinIsTerminal() bool { return false }

func openTerminal() (*terminal, error) {
	return nil, errors.New("interactive prompts are not supported on this system")
}

func (t *terminal) close() {}

func (t *terminal) readSecret(context.Context, string) (string, error) {
	return "", errors.New("interactive prompts are not supported on this system")
}
