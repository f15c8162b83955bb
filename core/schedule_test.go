package core

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestScheduleCurrent(t *testing.T) {
	s := Schedule{Every: 4}
	for _, tc := range []struct {
		head  uint64
		round uint64
		ok    bool
	}{
		{0, 0, false}, {4, 0, false}, {5, 1, true}, {8, 1, true}, {9, 2, true}, {401, 100, true},
	} {
		round, ref, ok := s.Current(tc.head)
		require.Equal(t, tc.ok, ok, "head %d", tc.head)
		require.Equal(t, tc.round, round, "head %d", tc.head)
		if ok {
			require.Less(t, uint64(ref), tc.head, "the reference block is below the head")
			require.NoError(t, s.Check(round, ref))
		}
	}
	_, _, ok := Schedule{}.Current(100)
	require.False(t, ok, "no schedule, no current round")
	_, _, ok = Schedule{Every: 1}.Current(math.MaxUint32 + 2)
	require.False(t, ok, "a reference block past 32 bits")
}

func TestScheduleCheck(t *testing.T) {
	s := Schedule{Every: 3}
	require.NoError(t, s.Check(7, 21))
	require.ErrorIs(t, s.Check(7, 20), ErrOffSchedule)
	require.ErrorIs(t, s.Check(0, 0), ErrOffSchedule)
	require.ErrorIs(t, s.Check(math.MaxUint32, 1), ErrOffSchedule)
	require.Error(t, Schedule{}.Check(1, 1))
}
