package lifecycle

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

const (
	waitFor = 10 * time.Second
	tick    = 5 * time.Millisecond
)

func TestTasksStopEndsTasksThenCleansUp(t *testing.T) {
	var running, cleaned atomic.Int32
	task := func(ctx context.Context) error {
		running.Add(1)
		defer running.Add(-1)
		<-ctx.Done()
		return nil
	}
	ts := Go(func() error {
		require.Zero(t, running.Load(), "cleanup runs after every task returned")
		cleaned.Add(1)
		return nil
	}, task, task)
	require.Eventually(t, func() bool { return running.Load() == 2 }, waitFor, tick)
	require.NoError(t, ts.Stop(context.Background()))
	require.Equal(t, int32(1), cleaned.Load())
	require.NoError(t, ts.Stop(context.Background()), "a second Stop returns the same")
	require.Equal(t, int32(1), cleaned.Load(), "cleanup runs once")
	select {
	case <-ts.Done():
	default:
		t.Fatal("Done is closed after Stop")
	}
}

// A task that does not heed its context in time: Stop gives up at its
// deadline, and cleanup (closing what the task uses) waits for the task.
func TestTasksStopTimeoutNeverCleansUpUnderATask(t *testing.T) {
	release := make(chan struct{})
	var taskDone, cleanedWhileRunning, cleaned atomic.Bool
	ts := Go(func() error {
		cleanedWhileRunning.Store(!taskDone.Load())
		cleaned.Store(true)
		return errors.New("close store")
	}, func(context.Context) error {
		<-release // ignores ctx, like a call stuck in I/O
		taskDone.Store(true)
		return nil
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := ts.Stop(ctx)
	require.ErrorIs(t, err, ErrStopTimeout)
	require.ErrorIs(t, err, context.Canceled)
	require.False(t, cleaned.Load(), "nothing is closed while the task runs")
	require.NoError(t, ts.Err(), "Err is only set once Done is closed")

	close(release)
	<-ts.Done()
	require.True(t, cleaned.Load())
	require.False(t, cleanedWhileRunning.Load())
	require.ErrorContains(t, ts.Err(), "close store", "cleanup's error is reported")
}

func TestTasksFailureEndsTheOthers(t *testing.T) {
	boom := errors.New("port gone")
	var otherEnded atomic.Bool
	ts := Go(nil,
		func(context.Context) error { return boom },
		func(ctx context.Context) error { <-ctx.Done(); otherEnded.Store(true); return nil },
	)
	<-ts.Done()
	require.ErrorIs(t, ts.Err(), boom)
	require.True(t, otherEnded.Load())
	require.ErrorIs(t, ts.Stop(context.Background()), boom)
}

func TestOnce(t *testing.T) {
	var o Once
	calls := 0
	stop := func() error { calls++; return errors.New("first") }
	require.EqualError(t, o.Do(stop), "first")
	require.EqualError(t, o.Do(stop), "first")
	require.Equal(t, 1, calls)
}

// fakeService is a daemon with one task.
type fakeService struct {
	startErr error
	tasks    *Tasks
	fail     chan error
	stops    atomic.Int32
	once     Once
}

func (f *fakeService) Start(context.Context) error {
	if f.startErr != nil {
		return f.startErr
	}
	f.tasks = Go(nil, func(ctx context.Context) error {
		select {
		case <-ctx.Done():
			return nil
		case err := <-f.fail:
			return err
		}
	})
	return nil
}

func (f *fakeService) Stop(ctx context.Context) error {
	f.stops.Add(1)
	return f.once.Do(func() error {
		if f.tasks == nil {
			return nil
		}
		return f.tasks.Stop(ctx)
	})
}
func (f *fakeService) Done() <-chan struct{} { return f.tasks.Done() }
func (f *fakeService) Err() error            { return f.tasks.Err() }

var _ Service = (*fakeService)(nil)

func TestRunStopsOnSignal(t *testing.T) {
	svc := &fakeService{fail: make(chan error)}
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	res := make(chan error, 1)
	go func() { res <- Run(ctx, svc, time.Minute, func() { close(started) }) }()
	<-started
	cancel() // the first signal
	require.NoError(t, <-res)
	require.Equal(t, int32(1), svc.stops.Load())
}

func TestRunEndsWhenTheServiceFails(t *testing.T) {
	svc := &fakeService{fail: make(chan error, 1)}
	boom := errors.New("metrics server: accept failed")
	svc.fail <- boom
	err := Run(context.Background(), svc, time.Minute, nil)
	require.ErrorIs(t, err, boom)
	require.Equal(t, int32(1), svc.stops.Load())
}

func TestRunStartFailureStops(t *testing.T) {
	boom := errors.New("listen: address in use")
	svc := &fakeService{startErr: boom}
	called := false
	err := Run(context.Background(), svc, time.Minute, func() { called = true })
	require.ErrorIs(t, err, boom)
	require.False(t, called)
	require.Equal(t, int32(1), svc.stops.Load(), "what Start built is closed")
}
