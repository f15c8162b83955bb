package httpserver

import (
	"net"
	"sync"
)

// limitListener caps open connections. Unlike a listener that stops
// accepting at the cap (and leaves the rest waiting in the kernel's
// backlog), it accepts and closes the connections over the cap, so that a
// client is told at once and a flood holds nothing.
type limitListener struct {
	net.Listener
	slots chan struct{}

	mu       sync.Mutex
	rejected uint64
}

func newLimitListener(ln net.Listener, n int) *limitListener {
	return &limitListener{Listener: ln, slots: make(chan struct{}, n)}
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.slots <- struct{}{}:
			return &limitConn{Conn: c, release: func() { <-l.slots }}, nil
		default:
			l.mu.Lock()
			l.rejected++ // counted before the client can see the close
			l.mu.Unlock()
			_ = c.Close()
		}
	}
}

func (l *limitListener) rejectedCount() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.rejected
}

// limitConn gives its slot back once, at the first Close.
type limitConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
