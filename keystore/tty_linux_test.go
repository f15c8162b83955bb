package keystore

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// openPTY returns a pseudo-terminal pair: master (what a person types into
// and sees) and slave (the program's terminal).
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	rc, err := master.SyscallConn()
	require.NoError(t, err)
	var n int
	var ioErr error
	require.NoError(t, rc.Control(func(fd uintptr) {
		if ioErr = unix.IoctlSetPointerInt(int(fd), unix.TIOCSPTLCK, 0); ioErr != nil {
			return
		}
		n, ioErr = unix.IoctlGetInt(int(fd), unix.TIOCGPTN)
	}))
	require.NoError(t, ioErr)
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("cannot open the pty's slave: %v", err)
	}
	t.Cleanup(func() { slave.Close() })
	return master, slave
}

func TestPromptOnTerminal(t *testing.T) {
	master, slave := openPTY(t)
	require.True(t, isTerminal(slave))
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	require.False(t, isTerminal(r))
	w.Close()

	const secret = "Tr0ub4dor&3-hidden"
	src := PasswordSource{Prompt: "Password for op1: ", Confirm: true}
	term := &terminal{in: slave, out: slave}

	// What the terminal shows, collected while the person types.
	shown := make(chan string, 1)
	go func() {
		var all strings.Builder
		buf := make([]byte, 1024)
		master.SetReadDeadline(time.Now().Add(5 * time.Second))
		for !strings.Contains(all.String(), "Repeat") || strings.Count(all.String(), "\n") < 2 {
			n, err := master.Read(buf)
			all.Write(buf[:n])
			if err != nil {
				break
			}
			if strings.HasSuffix(all.String(), ": ") {
				master.Write([]byte(secret + "\n"))
			}
		}
		shown <- all.String()
	}()
	pw, err := src.prompt(context.Background(), term)
	require.NoError(t, err)
	require.Equal(t, secret, pw)
	out := <-shown
	require.Contains(t, out, "Password for op1: ")
	require.Contains(t, out, "Repeat to confirm: ")
	require.NotContains(t, out, secret, "echo is off while typing")

	// Echo is back on afterwards.
	tio, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	require.NoError(t, err)
	require.NotZero(t, tio.Lflag&unix.ECHO)
}

func TestPromptMismatch(t *testing.T) {
	master, slave := openPTY(t)
	go func() {
		master.Write([]byte("first-Answer-1\n"))
		master.Write([]byte("second-Answer-2\n"))
	}()
	_, err := PasswordSource{Prompt: "Password: ", Confirm: true}.prompt(context.Background(), &terminal{in: slave, out: slave})
	require.ErrorIs(t, err, ErrPasswordMismatch)
}

func TestPromptCancelled(t *testing.T) {
	_, slave := openPTY(t)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := PasswordSource{Prompt: "Password: "}.prompt(ctx, &terminal{in: slave, out: slave})
	require.ErrorIs(t, err, context.Canceled)
	tio, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	require.NoError(t, err)
	require.NotZero(t, tio.Lflag&unix.ECHO, "echo restored after Ctrl-C")
}
