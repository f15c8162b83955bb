// Package api holds the wire types of the aggregator's JSON-RPC interface:
// the only thing the operator and the aggregator share besides package core.
//
// Methods (namespace "rollcall", HTTP POST, JSON-RPC 2.0):
//
//	rollcall_openRound()                        → *Round (null when no round is open)
//	rollcall_submitSignature(SignedCheckpoint)  → SubmitResult
//	rollcall_getRound(round Uint64)             → RoundStatus
//	rollcall_listRounds(ListRoundsRequest)      → []RoundStatus (newest first)
//
// Integers that may exceed 2^53 are decimal strings, as in core's JSON.
package api

import (
	"fmt"
	"strconv"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/rollcall-avs/rollcall/core"
)

// Namespace is the JSON-RPC namespace of the aggregator's methods.
const Namespace = "rollcall"

// MaxRequestBytes bounds one HTTP request body to the aggregator: a
// checkpoint of core.MaxClaims claims and a signature fit with room to spare.
const MaxRequestBytes = 256 * 1024

// Target is one rollup height a round asks operators to attest.
type Target struct {
	ChainID     uint64 `json:"chainId,string"`
	BlockNumber uint64 `json:"blockNumber,string"`
}

// Round is an open checkpoint round as operators see it.
type Round struct {
	Round          uint64         `json:"round,string"`
	ReferenceBlock uint32         `json:"referenceBlock,string"`
	L1ChainID      uint64         `json:"l1ChainId,string"`
	Registry       common.Address `json:"registry"`
	Targets        []Target       `json:"targets"`
	// Every, when not zero, says the round is scheduled (core.Schedule):
	// Round·Every = ReferenceBlock, and each target is the rollup's last
	// block with a timestamp not after the reference block's
	// (rollup.TargetAt), which operators check on their own nodes.
	Every uint64 `json:"every,omitempty,string"`
	// Table, when set, asks operators to also sign the operator table at
	// ReferenceBlock (api/delivery.go).
	Table *TableRequest `json:"table,omitempty"`
}

// G1Point is a BN254 G1 point: its affine coordinates as JSON-RPC hex
// quantities ("0x…"), in core's encoding (core/bn254.go).
type G1Point struct {
	X *hexutil.Big `json:"x"`
	Y *hexutil.Big `json:"y"`
}

// NewG1Point is the wire form of p.
func NewG1Point(p *bls.G1Point) G1Point {
	x, y := core.G1Coords(p)
	return G1Point{X: (*hexutil.Big)(x), Y: (*hexutil.Big)(y)}
}

// Parse checks the point received on the wire (core.ParseG1).
func (p G1Point) Parse() (*bls.G1Point, error) {
	return core.ParseG1(p.X.ToInt(), p.Y.ToInt())
}

// SignedCheckpoint is one operator's signature over a round's checkpoint.
// The aggregator recomputes the claims root and digest from Claims; the
// signature must be over that digest.
type SignedCheckpoint struct {
	Round      uint64       `json:"round,string"`
	OperatorID common.Hash  `json:"operatorId"`
	Claims     []core.Claim `json:"claims"`
	Signature  G1Point      `json:"signature"`
	// TableSignature is the operator's signature over the round's table
	// digest, required when the round carries a table request and absent
	// otherwise.
	TableSignature *G1Point `json:"tableSignature,omitempty"`
}

// SubmitResult says what the aggregator did with a signature.
type SubmitResult struct {
	// Digest is the checkpoint digest the signature was counted for.
	Digest common.Hash `json:"digest"`
	// SignedBips is, per quorum, the share of stake (basis points) that has
	// signed this digest so far.
	SignedBips []uint32 `json:"signedBips"`
}

// Round states.
const (
	StatusOpen     = "open"     // collecting signatures
	StatusAttested = "attested" // on L1
	StatusExpired  = "expired"  // reference block too old before quorum
	// StatusCertified: reached quorum but not posted to L1 (the L1 cadence
	// skipped it); still delivered to rollups.
	StatusCertified = "certified"
)

// Signer is one operator counted in a round.
type Signer struct {
	OperatorID common.Hash `json:"operatorId"`
	Digest     common.Hash `json:"digest"`
}

// RoundStatus is a round as the aggregator's read-only API shows it.
type RoundStatus struct {
	Round          uint64      `json:"round,string"`
	Status         string      `json:"status"`
	ReferenceBlock uint32      `json:"referenceBlock,string"`
	Targets        []Target    `json:"targets"`
	OpenedAt       int64       `json:"openedAt"` // unix milliseconds
	Signers        []Signer    `json:"signers"`
	Operators      int         `json:"operators"` // registered at the reference block
	ClaimsRoot     common.Hash `json:"claimsRoot,omitempty"`
	TxHash         common.Hash `json:"txHash,omitempty"`
	GasUsed        uint64      `json:"gasUsed,omitempty"`
	AttestedBlock  uint64      `json:"attestedBlock,omitempty"`
	AttestedAt     int64       `json:"attestedAt,omitempty"` // unix milliseconds
	SignedBips     []uint32    `json:"signedBips,omitempty"`
	// QuorumAt is when a digest first reached the threshold (unix
	// milliseconds; 0: not yet). From then on the round's certificate data
	// can be delivered to rollups.
	QuorumAt int64 `json:"quorumAt,omitempty"`
	// Table is the round's operator table request (nil: none), and
	// TableCertified whether the stake that signed it met the threshold.
	Table          *TableRequest `json:"table,omitempty"`
	TableCertified bool          `json:"tableCertified,omitempty"`
	// Every is the schedule's L1 blocks per round (0: unscheduled; see
	// Round.Every).
	Every uint64 `json:"every,omitempty,string"`
	// AttestedElsewhere: the round was attested by a transaction another
	// key sent (another aggregator replica); TxHash is that transaction.
	AttestedElsewhere bool `json:"attestedElsewhere,omitempty"`
	// AttestReverts counts this aggregator's attest transactions for the
	// round that were mined and reverted because another submitter got
	// the round in first.
	AttestReverts int `json:"attestReverts,omitempty"`
}

// ListRoundsRequest pages through rounds, newest first.
type ListRoundsRequest struct {
	// Before lists rounds below this number (0: from the newest).
	Before uint64 `json:"before,string"`
	Limit  int    `json:"limit"`
}

// MaxListRounds caps one page of ListRounds: a page of rounds with 200
// signers each is about 3 MB.
const MaxListRounds = 100

// Batch limits of the aggregator's JSON-RPC server: a batch of more than
// MaxBatchItems calls is refused with "batch too large" (-32600); once a
// batch's results pass MaxBatchResponseBytes, its remaining calls get
// "response too large" (-32003).
const (
	MaxBatchItems         = 100
	MaxBatchResponseBytes = 4 << 20
)

// Error codes of the aggregator's JSON-RPC errors (the application range of
// JSON-RPC 2.0). Clients tell permanent refusals from transient failures by
// code: only CodeInternal is worth retrying.
const (
	CodeInvalidParams   = -32602
	CodeInternal        = -32603
	CodeUnknownRound    = 4001 // no such round, or it is no longer open
	CodeUnknownOperator = 4002 // not registered at the round's reference block
	CodeWrongClaims     = 4003 // claims do not match the round's targets
	CodeBadSignature    = 4004 // signature does not verify
	CodeInvalidPoint    = 4005 // point not on the curve / not in the subgroup
	CodeDuplicate       = 4006 // operator already signed this round
)

// Error is a JSON-RPC error with one of the codes above. It implements
// go-ethereum's rpc.Error so that the server sends the code.
type Error struct {
	Code    int
	Message string
}

func (e *Error) Error() string  { return e.Message }
func (e *Error) ErrorCode() int { return e.Code }

// Errorf builds an Error.
func Errorf(code int, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Permanent tells whether a JSON-RPC error code means "do not retry".
func Permanent(code int) bool {
	return code != CodeInternal && code != 0
}

// Uint64 is a uint64 carried as a decimal string in JSON; it also accepts a
// plain JSON number on input.
type Uint64 uint64

// MarshalJSON implements json.Marshaler.
func (u Uint64) MarshalJSON() ([]byte, error) {
	return []byte(`"` + strconv.FormatUint(uint64(u), 10) + `"`), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (u *Uint64) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("want a decimal uint64, got %s", b)
	}
	*u = Uint64(v)
	return nil
}
