package chain

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"syscall"
)

// ErrPortInUse is wrapped by the error Start returns when a configured port
// cannot be listened on.
var ErrPortInUse = errors.New("port is in use")

// FreePort returns a TCP port on 127.0.0.1 that was free when asked. Another
// process may take it before the caller listens on it.
func FreePort() (int, error) {
	return freePort(DefaultHost)
}

// freePort asks the kernel for a free TCP port on host.
func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("chain: find free port on %s: %w", host, err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return 0, fmt.Errorf("chain: find free port on %s: %w", host, err)
	}
	return port, nil
}

// probePort checks that host:port can be listened on, so that an occupied
// port gives a clear error before go-ethereum's node is built.
func probePort(name, host string, port int) error {
	l, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		return portError(name, host, port, err)
	}
	return l.Close()
}

// portError builds the error for a port that cannot be listened on: one
// wrapping ErrPortInUse when another listener holds it.
func portError(name, host string, port int, cause error) error {
	if errors.Is(cause, syscall.EADDRINUSE) {
		return &portInUseError{name: name, host: host, port: port, cause: cause}
	}
	return fmt.Errorf("chain: cannot listen on %s port %d on %s: %w", name, port, host, cause)
}

// portInUseError reports an occupied port; it matches ErrPortInUse and the
// underlying listen error.
type portInUseError struct {
	name  string
	host  string
	port  int
	cause error
}

func (e *portInUseError) Error() string {
	return fmt.Sprintf("chain: %s port %d on %s is in use", e.name, e.port, e.host)
}

func (e *portInUseError) Unwrap() []error { return []error{ErrPortInUse, e.cause} }
