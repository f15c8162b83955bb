package core

import (
	"errors"
	"fmt"
	"math"
)

// Schedule numbers rounds by L1 height, so that aggregator replicas and
// operators agree on every round without talking to each other
// (docs/protocol.md, "Scheduled rounds"): round r has reference block
// r·Every, and opens once L1 has a block above it. A lost store cannot hand
// a round number out again over other heights, because the number is the
// height.
type Schedule struct {
	// Every is the number of L1 blocks per round; zero means rounds are not
	// scheduled (the aggregator numbers them one after another).
	Every uint64
}

// ErrOffSchedule means a round's number and reference block do not match
// the schedule.
var ErrOffSchedule = errors.New("round is off the schedule")

// On reports whether rounds are scheduled.
func (s Schedule) On() bool { return s.Every > 0 }

// Current returns the newest round that can open with L1 at head: the
// highest r ≥ 1 with r·Every < head (the registry's checker needs
// referenceBlock < block.number). ok is false when there is none yet, and
// when the reference block would not fit the registry's 32 bits.
func (s Schedule) Current(head uint64) (round uint64, ref uint32, ok bool) {
	if !s.On() || head == 0 {
		return 0, 0, false
	}
	round = (head - 1) / s.Every
	if round == 0 || round*s.Every > math.MaxUint32 {
		return 0, 0, false
	}
	return round, uint32(round * s.Every), true
}

// Reference returns round's reference block.
func (s Schedule) Reference(round uint64) (uint32, error) {
	if !s.On() {
		return 0, errors.New("rounds are not scheduled")
	}
	if round == 0 || round > math.MaxUint32/s.Every {
		return 0, fmt.Errorf("%w: round %d has no reference block below 2^32 with %d blocks per round", ErrOffSchedule, round, s.Every)
	}
	return uint32(round * s.Every), nil
}

// Check verifies that round and ref agree with the schedule.
func (s Schedule) Check(round uint64, ref uint32) error {
	want, err := s.Reference(round)
	if err != nil {
		return err
	}
	if want != ref {
		return fmt.Errorf("%w: round %d has reference block %d, the schedule (%d L1 blocks per round) gives %d", ErrOffSchedule, round, ref, s.Every, want)
	}
	return nil
}
