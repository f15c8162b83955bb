//go:build linux || darwin || dragonfly || freebsd || netbsd || openbsd

package keystore

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// maxSecretLine bounds what a prompt reads.
const maxSecretLine = 64 << 10

// terminal is where a prompt asks: /dev/tty when it opens, else stdin for
// the answer and stderr for the question.
type terminal struct {
	in, out *os.File
	owned   bool // in == out was opened by openTerminal
}

// StdinIsTerminal reports whether stdin is a terminal, the condition for
// prompting.
func StdinIsTerminal() bool { return isTerminal(os.Stdin) }

func isTerminal(f *os.File) bool {
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	var terr error
	if err := rc.Control(func(fd uintptr) {
		_, terr = unix.IoctlGetTermios(int(fd), ioctlReadTermios)
	}); err != nil {
		return false
	}
	return terr == nil
}

func openTerminal() (*terminal, error) {
	// Opened with os.OpenFile, the tty is non-blocking and pollable, so a
	// read deadline can interrupt a prompt.
	if f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
		return &terminal{in: f, out: f, owned: true}, nil
	}
	if !isTerminal(os.Stdin) {
		return nil, errors.New("no terminal to ask on")
	}
	return &terminal{in: os.Stdin, out: os.Stderr}, nil
}

func (t *terminal) close() {
	if t.owned {
		t.in.Close()
	}
}

// readSecret prints prompt and reads one line with echo off, restoring the
// terminal afterwards, also when ctx ends first (Ctrl-C).
func (t *terminal) readSecret(ctx context.Context, prompt string) (string, error) {
	// Echo goes off before the question shows, so nothing typed after it
	// is echoed.
	restore, err := t.echoOff()
	if err != nil {
		return "", fmt.Errorf("turn terminal echo off: %w", err)
	}
	fmt.Fprint(t.out, prompt)
	type result struct {
		line string
		err  error
	}
	done := make(chan result, 1)
	go func() {
		line, err := readLine(t.in)
		done <- result{line, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		// Stop the reader: a pollable tty honours the deadline and the
		// goroutine ends now; a blocking stdin does not, and the reader
		// ends with the process, which is on its way out.
		if t.in.SetReadDeadline(time.Now()) == nil {
			<-done
			t.in.SetReadDeadline(time.Time{})
		}
		r = result{err: ctx.Err()}
	}
	restore()
	fmt.Fprintln(t.out) // the user's Enter was not echoed
	return r.line, r.err
}

// echoOff turns echo off, keeping line editing and signals, and returns
// the function that puts the terminal back.
func (t *terminal) echoOff() (func(), error) {
	rc, err := t.in.SyscallConn()
	if err != nil {
		return nil, err
	}
	var old *unix.Termios
	var ioErr error
	if err := rc.Control(func(fd uintptr) {
		old, ioErr = unix.IoctlGetTermios(int(fd), ioctlReadTermios)
		if ioErr != nil {
			return
		}
		quiet := *old
		quiet.Lflag &^= unix.ECHO
		quiet.Lflag |= unix.ICANON | unix.ISIG
		quiet.Iflag |= unix.ICRNL
		ioErr = unix.IoctlSetTermios(int(fd), ioctlWriteTermios, &quiet)
	}); err != nil {
		return nil, err
	}
	if ioErr != nil {
		return nil, ioErr
	}
	return func() {
		_ = rc.Control(func(fd uintptr) {
			_ = unix.IoctlSetTermios(int(fd), ioctlWriteTermios, old)
		})
	}, nil
}

// readLine reads up to a newline (not included; a trailing \r is dropped)
// one byte at a time, so nothing after the line is consumed.
func readLine(r io.Reader) (string, error) {
	var buf bytes.Buffer
	b := make([]byte, 1)
	for buf.Len() < maxSecretLine {
		n, err := r.Read(b)
		if n == 1 {
			if b[0] == '\n' {
				break
			}
			buf.WriteByte(b[0])
			continue
		}
		if err != nil {
			if errors.Is(err, io.EOF) && buf.Len() > 0 {
				break
			}
			return "", err
		}
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\r"))), nil
}
