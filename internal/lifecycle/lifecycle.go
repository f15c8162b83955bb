// Package lifecycle is the one shape of every rollcall daemon and the one
// way the CLI runs one.
//
// A daemon is built by its constructor (which checks its config and binds
// what must fail fast), then:
//
//	Start(ctx) error  starts its goroutines; ctx bounds only the start-up
//	Stop(ctx) error   ends them, waits for them at most until ctx ends,
//	                  then closes what they used; idempotent, errors joined
//	Done()            closed once everything it ran has ended
//	Err()             why it ended (nil after a clean Stop); read after Done
//
// Tasks gives a daemon the goroutine half of this: tasks run under one
// errgroup on a context of their own, the daemon's resources are closed
// by the group after the last task has returned (never under a running
// loop), and Done closes after that.
package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

// Service is a daemon.
type Service interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Done() <-chan struct{}
	Err() error
}

// Task is one of a daemon's goroutines. It returns when ctx ends; an error
// ends the others too.
type Task func(ctx context.Context) error

// Tasks is a running group of tasks.
type Tasks struct {
	cancel context.CancelFunc
	done   chan struct{}
	err    error
}

// Go runs tasks, each in its own goroutine, on a context that ends at Stop
// or when one of them fails. When every task has returned, cleanup runs
// (closing what the tasks used: stores, clients), then Done closes; Err is
// the first task error joined with cleanup's.
func Go(cleanup func() error, tasks ...Task) *Tasks {
	ctx, cancel := context.WithCancel(context.Background())
	g, gctx := errgroup.WithContext(ctx)
	for _, t := range tasks {
		g.Go(func() error { return t(gctx) })
	}
	ts := &Tasks{cancel: cancel, done: make(chan struct{})}
	go func() {
		err := g.Wait()
		cancel()
		if cleanup != nil {
			err = errors.Join(err, cleanup())
		}
		ts.err = err
		close(ts.done)
	}()
	return ts
}

// Done is closed when every task has returned and cleanup has run.
func (t *Tasks) Done() <-chan struct{} { return t.done }

// Err is why the tasks ended; only meaningful once Done is closed.
func (t *Tasks) Err() error {
	select {
	case <-t.done:
		return t.err
	default:
		return nil
	}
}

// ErrStopTimeout is wrapped when Stop's context ended before the tasks did.
// The tasks still end (their context is cancelled) and cleanup still runs
// after them: Stop never closes what a running task uses.
var ErrStopTimeout = errors.New("tasks did not end in time")

// Stop cancels the tasks and waits until they have ended and cleanup has
// run, or ctx ends. Safe to call more than once.
func (t *Tasks) Stop(ctx context.Context) error {
	t.cancel()
	select {
	case <-t.done:
		return t.err
	case <-ctx.Done():
		return fmt.Errorf("%w: %w", ErrStopTimeout, ctx.Err())
	}
}

// Once makes a Stop idempotent: the first call's result is every call's.
type Once struct {
	once sync.Once
	err  error
}

// Do runs stop the first time and returns its result every time.
func (o *Once) Do(stop func() error) error {
	o.once.Do(func() { o.err = stop() })
	return o.err
}

// Run is how the CLI runs a daemon: Start, then wait until ctx ends (the
// first SIGINT/SIGTERM, see cliutil.SignalContext; a second one exits at
// once) or the daemon ends on its own (a server failed: it must not stay
// up doing nothing), then Stop within stopTimeout. started, when not nil,
// runs once the daemon has started (to print where it listens).
func Run(ctx context.Context, svc Service, stopTimeout time.Duration, started func()) error {
	if err := svc.Start(ctx); err != nil {
		// A failed Start undoes what it did, but Stop is what promises
		// that everything is closed.
		stopCtx, cancel := context.WithTimeout(context.Background(), stopTimeout)
		defer cancel()
		return errors.Join(err, svc.Stop(stopCtx))
	}
	if started != nil {
		started()
	}
	var runErr error
	select {
	case <-ctx.Done():
	case <-svc.Done():
		runErr = svc.Err()
	}
	// ctx is already cancelled when a signal got us here.
	stopCtx, cancel := context.WithTimeout(context.Background(), stopTimeout)
	defer cancel()
	return errors.Join(runErr, svc.Stop(stopCtx))
}
