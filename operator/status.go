package operator

import (
	"github.com/ethereum/go-ethereum/common"
)

// Reason says why the operator refused to sign a round. The values are
// stable: they label metrics and the node API.
type Reason string

const (
	// ReasonWrongL1Chain: the round names another L1 chain id than the
	// deployment's.
	ReasonWrongL1Chain Reason = "wrong-l1-chain"
	// ReasonWrongRegistry: the round names another registry than the
	// deployment's.
	ReasonWrongRegistry Reason = "wrong-registry"
	// ReasonUnknownChain: a target is a chain the operator does not follow.
	ReasonUnknownChain Reason = "unknown-chain"
	// ReasonBadTargets: no target, too many, or one chain twice.
	ReasonBadTargets Reason = "bad-targets"
	// ReasonConflict: a claim conflicts with one signed before (slashing
	// protection).
	ReasonConflict Reason = "conflict"
	// ReasonRoundDigest: the round was signed before with another digest.
	ReasonRoundDigest Reason = "round-digest"
	// ReasonRecord: the signing record could not be written.
	ReasonRecord Reason = "record-error"
	// ReasonTimeout: the rollups did not reach the target heights within
	// round-timeout.
	ReasonTimeout Reason = "timeout"
	// ReasonReplaced: the aggregator opened a newer round before the
	// claims of this one could be read.
	ReasonReplaced Reason = "replaced"
	// ReasonTableMismatch: the round's operator table request has another
	// digest than the table this operator computed from its own L1 node
	// (table fraud by the proposer).
	ReasonTableMismatch Reason = "table-mismatch"
	// ReasonBadTable: the table request is for another block than the
	// round's reference block.
	ReasonBadTable Reason = "bad-table-request"
	// ReasonTableConflict: another table of the same reference block was
	// signed before (slashing protection).
	ReasonTableConflict Reason = "table-conflict"
	// ReasonTargetMismatch: a scheduled round's target is not the rollup's
	// last block at the reference block's time as this operator's own L1
	// and rollup nodes show it (or the rollup has no block before it).
	ReasonTargetMismatch Reason = "target-mismatch"
	// ReasonUnscheduled: round-every is set and the round is not
	// scheduled.
	ReasonUnscheduled Reason = "unscheduled"
	// ReasonOffSchedule: the round's every is not round-every (an
	// aggregator with another schedule), or its reference block is not
	// its number times its every.
	ReasonOffSchedule Reason = "off-schedule"
)

// Status is a snapshot of what the daemon has done, for the node API and
// metrics.
type Status struct {
	OperatorID common.Hash
	// LastRoundSeen is the newest round the aggregator showed.
	LastRoundSeen uint64
	// LastRoundSigned is the newest round signed (recorded, then sent).
	LastRoundSigned uint64
	// LastRoundAccepted is the newest round an aggregator accepted.
	LastRoundAccepted uint64
	// Signed counts rounds signed; Accepted rounds whose signature at least
	// one aggregator took (a duplicate counts: it had taken it already). A
	// round signed for several aggregators counts once; Aggregators counts
	// each one's acceptances.
	Signed, Accepted uint64
	// Refused counts rounds refused, by reason (a round refused for the
	// same reason by several followers counts once).
	Refused map[Reason]uint64
	// Rejected counts signatures the aggregator refused, by JSON-RPC code.
	Rejected map[int]uint64
	// SubmitFailures counts signatures given up after transient errors.
	SubmitFailures uint64
	// AggregatorReachable is false after the last poll of any aggregator
	// failed.
	AggregatorReachable bool
	// Aggregators are the aggregators followed, in aggregator-url order.
	Aggregators []AggregatorStatus
}

// AggregatorStatus is what one follower saw of its aggregator.
type AggregatorStatus struct {
	// ID is its service id and metrics target (AggregatorTarget); URL its
	// redacted URL.
	ID, URL string
	// Reachable is false after its last poll failed.
	Reachable bool
	// Accepted counts the signatures it took.
	Accepted uint64
}
