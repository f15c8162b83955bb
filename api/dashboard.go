package api

import "github.com/ethereum/go-ethereum/common"

// DashboardState is what the aggregator's dashboard page shows, served as
// JSON at GET /dashboard/state. It is a bounded summary: at most
// DashboardRounds rounds, no per-signer lists.
type DashboardState struct {
	Now           int64          `json:"now"` // unix milliseconds, the aggregator's clock
	L1ChainID     uint64         `json:"l1ChainId,string"`
	Registry      common.Address `json:"registry"`
	ThresholdBips uint16         `json:"thresholdBips"`
	// RoundEvery is the aggregator's schedule, L1 blocks per round (0:
	// unscheduled rounds); ReplicaIndex of ReplicaCount is which replica
	// of the AVS's aggregators this one is (0 of 1: the only one).
	RoundEvery   uint64              `json:"roundEvery,string"`
	ReplicaIndex uint64              `json:"replicaIndex,string"`
	ReplicaCount uint64              `json:"replicaCount,string"`
	Rounds       []DashboardRound    `json:"rounds"`    // newest first
	Operators    []DashboardOperator `json:"operators"` // by operator id
	Rollups      []DashboardRollup   `json:"rollups"`   // by chain id
}

// DashboardRounds caps the rounds one DashboardState lists.
const DashboardRounds = 25

// DashboardRound is one round in a line.
type DashboardRound struct {
	Round          uint64   `json:"round,string"`
	Status         string   `json:"status"`
	ReferenceBlock uint32   `json:"referenceBlock,string"`
	Rollups        int      `json:"rollups"`   // targets in the round
	Signers        int      `json:"signers"`   // operators whose signature was counted
	Operators      int      `json:"operators"` // registered at the reference block
	SignedBips     []uint32 `json:"signedBips,omitempty"`
	GasUsed        uint64   `json:"gasUsed,omitempty"`
	// LatencyMs is round open → L1 inclusion (0 until attested).
	LatencyMs int64       `json:"latencyMs,omitempty"`
	OpenedAt  int64       `json:"openedAt"`
	TxHash    common.Hash `json:"txHash,omitempty"`
	// AttestedElsewhere: TxHash was sent by another key (another replica);
	// AttestReverts counts this aggregator's attest transactions for the
	// round that were mined and reverted (another submitter was first).
	AttestedElsewhere bool `json:"attestedElsewhere,omitempty"`
	AttestReverts     int  `json:"attestReverts,omitempty"`
}

// DashboardOperator is one operator's participation over the rounds listed.
type DashboardOperator struct {
	OperatorID common.Hash `json:"operatorId"`
	// Signed of Considered closed rounds listed in which it was registered.
	Signed          int    `json:"signed"`
	Considered      int    `json:"considered"`
	LastSignedRound uint64 `json:"lastSignedRound,string"`
}

// DashboardRollup is one tracked rollup: its head as the aggregator last
// read it, and the newest height attested on L1.
type DashboardRollup struct {
	ChainID uint64 `json:"chainId,string"`
	Head    uint64 `json:"head,string"`
	HeadAt  int64  `json:"headAt"` // unix milliseconds of the last successful read (0: never)
	// HeadError is why the last read failed ("" when it succeeded).
	HeadError      string `json:"headError,omitempty"`
	AttestedHeight uint64 `json:"attestedHeight,string"`
	AttestedRound  uint64 `json:"attestedRound,string"`
	// Lag is Head − AttestedHeight in blocks (0 when nothing is attested yet).
	Lag uint64 `json:"lag,string"`
	// DeliveredRound is the newest checkpoint the rollup's own registry
	// holds (delivered by a relay; 0: none, or no registry on that rollup),
	// DeliveredError why it could not be read.
	DeliveredRound uint64 `json:"deliveredRound,string"`
	DeliveredError string `json:"deliveredError,omitempty"`
}
