// Package slashing answers "is this operator at risk, or already punished?"
// for anyone who asks: operators, their delegators, the AVS team.
//
// From L1 alone it reads every slashing EigenLayer's AllocationManager
// recorded for the operator (any AVS; rollcall's marked), its registration
// in rollcall's operator set and, once deregistered, until which block it
// stays slashable, and its slashable stake. From the operator's own signing
// records and from the aggregator's history it gathers every claim the
// operator signed and looks for the slashable fault (two different claims
// for one (chainId, blockNumber), DESIGN.md) and for signed claims that
// differ from what the registry attested.
package slashing

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
)

// L1 is what the check reads from the L1 node.
type L1 interface {
	bind.ContractBackend
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// SignatureSource is the aggregator's history of an operator's signatures
// (api.Client implements it).
type SignatureSource interface {
	AllOperatorSignatures(ctx context.Context, operatorID common.Hash, fromRound uint64) ([]api.OperatorSignature, error)
}

var _ SignatureSource = (*api.Client)(nil)

// Params say what to check and where to look.
type Params struct {
	// Operator is the operator's address (its EigenLayer identity).
	Operator   common.Address
	Deployment *deploy.Deployment
	// Records are signing-record files (one per data directory the operator
	// ever signed from). Several records let the check find the classic
	// cause of double signing: the same key run from two machines.
	Records []string
	// Aggregator, when set, is asked for the signatures it accepted from
	// the operator; AggregatorName names it in the report.
	Aggregator     SignatureSource
	AggregatorName string
	// FromBlock is the first L1 block searched for events; 0 means the
	// deployment's deployedAtBlock.
	FromBlock uint64
}

// ErrNoOperator is returned for the zero address.
var ErrNoOperator = errors.New("operator address is required")

// Report is everything the check found. It is also the JSON output of
// `rollcall slashing check --json`.
type Report struct {
	Operator   common.Address `json:"operator"`
	OperatorID *common.Hash   `json:"operatorId,omitempty"`
	L1ChainID  uint64         `json:"l1ChainId,string"`
	// Block is the L1 head the check read; events were searched in
	// [FromBlock, Block].
	Block         uint64         `json:"block,string"`
	FromBlock     uint64         `json:"fromBlock,string"`
	AVS           common.Address `json:"avs"`
	OperatorSetID uint32         `json:"operatorSetId"`

	Slashings []Slashing `json:"slashings"`
	// EvidenceSlashings are the slashes by rollcall's own EquivocationSlasher,
	// each with the evidence that caused it.
	EvidenceSlashings []EvidenceSlashing `json:"evidenceSlashings"`
	Registration      Registration       `json:"registration"`
	Stake             []StrategyStake    `json:"slashableStake"`

	Sources []Source `json:"sources"`
	// AttestedClaims is how many claims attested on L1 were compared.
	AttestedClaims int `json:"attestedClaimsCompared"`
	// Conflicts are pairs of different claims the operator signed for the
	// same (chainId, blockNumber): the slashable fault.
	Conflicts []Conflict `json:"conflicts"`
	// Disagreements are claims the operator signed that differ from the
	// claim attested on L1 for the same (chainId, blockNumber).
	Disagreements []Disagreement `json:"disagreements"`
	Warnings      []string       `json:"warnings,omitempty"`

	// Verdict is "clean" or "found"; Findings says what was found.
	Verdict  string   `json:"verdict"`
	Findings []string `json:"findings"`
}

// Verdicts.
const (
	VerdictClean = "clean"
	VerdictFound = "found"
)

// Found reports whether the check found a slashing or a fault: exit code 1.
func (r *Report) Found() bool {
	return len(r.Slashings) > 0 || len(r.EvidenceSlashings) > 0 || len(r.Conflicts) > 0 || len(r.Disagreements) > 0
}

// Slashing is one OperatorSlashed event of the AllocationManager.
type Slashing struct {
	Block         uint64         `json:"block,string"`
	TxHash        common.Hash    `json:"txHash"`
	AVS           common.Address `json:"avs"`
	OperatorSetID uint32         `json:"operatorSetId"`
	// Rollcall is true when the AVS is rollcall's service manager.
	Rollcall    bool              `json:"rollcall"`
	Strategies  []SlashedStrategy `json:"strategies"`
	Description string            `json:"description"`
}

// SlashedStrategy is the share of one strategy's allocated stake slashed,
// as a WAD (1e18 = 100%).
type SlashedStrategy struct {
	Strategy common.Address `json:"strategy"`
	Wad      Dec            `json:"wadSlashed"`
}

// Registration states.
const (
	Registered   = "registered"
	Deregistered = "deregistered"
	Never        = "never"
)

// Registration is the operator's standing in rollcall's operator set.
type Registration struct {
	// State is registered, deregistered or never.
	State string `json:"state"`
	// Slashable is the AllocationManager's isOperatorSlashable now.
	Slashable bool `json:"slashable"`
	// RegisteredAt is the block of the last OperatorAddedToOperatorSet.
	RegisteredAt uint64 `json:"registeredAtBlock,omitempty,string"`
	// DeregisteredAt is the block of the last OperatorRemovedFromOperatorSet
	// (when deregistered); the operator stays slashable through block
	// SlashableUntil = DeregisteredAt + DEALLOCATION_DELAY.
	DeregisteredAt    uint64 `json:"deregisteredAtBlock,omitempty,string"`
	SlashableUntil    uint64 `json:"slashableUntilBlock,omitempty,string"`
	DeallocationDelay uint32 `json:"deallocationDelay"`
	// Ejected is true when the last deregistration was an ejection by the
	// AVS's ejector.
	Ejected bool `json:"ejected"`
	// OtherSets are the other operator sets (any AVS) it is registered in.
	OtherSets []OperatorSet `json:"otherOperatorSets,omitempty"`
}

// OperatorSet names an EigenLayer operator set.
type OperatorSet struct {
	AVS common.Address `json:"avs"`
	ID  uint32         `json:"id"`
}

// StrategyStake is the operator's slashable stake of one strategy in
// rollcall's operator set.
type StrategyStake struct {
	Strategy common.Address `json:"strategy"`
	// Magnitude allocated to the set and the operator's max magnitude (both
	// WAD-based; a slashing lowers the max).
	Magnitude    uint64 `json:"magnitude,string"`
	MaxMagnitude uint64 `json:"maxMagnitude,string"`
	// PendingDiff and EffectBlock describe a queued (de)allocation.
	PendingDiff *Dec   `json:"pendingDiff,omitempty"`
	EffectBlock uint32 `json:"effectBlock,omitempty"`
	// Slashable is getMinimumSlashableStake at the current block, in shares.
	Slashable Dec `json:"slashableShares"`
}

// Source is one place signed claims were read from.
type Source struct {
	Kind string `json:"kind"` // "record" or "aggregator"
	Name string `json:"name"` // the record's path or the aggregator's URL
	// Claims is how many distinct claims it holds; Rounds how many rounds
	// it covers (signed), LastRound the newest.
	Claims    int    `json:"claims"`
	Rounds    int    `json:"rounds"`
	LastRound uint64 `json:"lastRound,string"`
}

// SignedClaim is a claim the operator signed and where that is recorded.
type SignedClaim struct {
	Claim  core.Claim `json:"claim"`
	Source string     `json:"source"`
	// Round and Digest are known for claims from the aggregator.
	Round  uint64       `json:"round,omitempty,string"`
	Digest *common.Hash `json:"digest,omitempty"`
	// Signature is the operator's BLS signature over Digest (aggregator).
	Signature *api.G1Point `json:"signature,omitempty"`
}

// Conflict is two different claims signed for one (chainId, blockNumber).
type Conflict struct {
	ChainID     uint64      `json:"chainId,string"`
	BlockNumber uint64      `json:"blockNumber,string"`
	A           SignedClaim `json:"a"`
	B           SignedClaim `json:"b"`
}

// Disagreement is a signed claim that differs from the attested one.
type Disagreement struct {
	Signed        SignedClaim `json:"signed"`
	Attested      core.Claim  `json:"attested"`
	AttestedRound uint64      `json:"attestedRound,string"`
}

// Check runs every check. An error means the check could not be completed
// (exit code 2); what it found is in the report.
func Check(ctx context.Context, l1 L1, p Params) (*Report, error) {
	if p.Operator == (common.Address{}) {
		return nil, ErrNoOperator
	}
	if p.Deployment == nil {
		return nil, errors.New("deployment is required")
	}
	dep := p.Deployment
	head, err := l1.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read L1 head: %w", err)
	}
	from := p.FromBlock
	if from == 0 {
		from = dep.L1.DeployedAtBlock
	}
	if from > head {
		return nil, fmt.Errorf("from block %d is above the L1 head %d", from, head)
	}
	r := &Report{
		Operator: p.Operator, L1ChainID: dep.L1.ChainID, Block: head, FromBlock: from,
		AVS: dep.AVS.ServiceManager, OperatorSetID: dep.AVS.OperatorSetID,
		Slashings: []Slashing{}, EvidenceSlashings: []EvidenceSlashing{}, Stake: []StrategyStake{}, Sources: []Source{},
		Conflicts: []Conflict{}, Disagreements: []Disagreement{},
	}
	ch, err := newChainReader(l1, dep, head, from)
	if err != nil {
		return nil, err
	}
	if r.Slashings, err = ch.slashings(ctx, p.Operator); err != nil {
		return nil, err
	}
	if r.EvidenceSlashings, err = ch.evidenceSlashings(ctx, p.Operator); err != nil {
		return nil, err
	}
	if r.Registration, err = ch.registration(ctx, p.Operator); err != nil {
		return nil, err
	}
	if r.Stake, err = ch.stake(ctx, p.Operator); err != nil {
		return nil, err
	}
	id, err := ch.operatorID(ctx, p.Operator)
	if err != nil {
		return nil, err
	}
	if id != (common.Hash{}) {
		r.OperatorID = &id
	}

	// Every claim the operator signed, from every source.
	var signed []SignedClaim
	for _, path := range p.Records {
		rec, err := ReadRecord(path)
		if err != nil {
			return nil, err
		}
		switch {
		case id == (common.Hash{}):
			r.Warnings = append(r.Warnings, fmt.Sprintf("the operator has no operator id in rollcall's registry coordinator; signing record %s is for %s", path, rec.OperatorID))
		case rec.OperatorID != id:
			return nil, fmt.Errorf("signing record %s belongs to operator id %s, but %s has operator id %s", path, rec.OperatorID, p.Operator, id)
		}
		r.Sources = append(r.Sources, Source{Kind: "record", Name: path, Claims: len(rec.Claims), Rounds: rec.Rounds, LastRound: rec.LastRound})
		for _, c := range rec.Claims {
			signed = append(signed, SignedClaim{Claim: c, Source: "record " + path})
		}
	}
	if p.Aggregator != nil {
		if id == (common.Hash{}) {
			r.Warnings = append(r.Warnings, "the operator has no operator id in rollcall's registry coordinator: the aggregator cannot hold signatures of it")
		} else {
			sigs, err := p.Aggregator.AllOperatorSignatures(ctx, id, 0)
			if err != nil {
				return nil, fmt.Errorf("aggregator %s: operator signatures: %w", p.AggregatorName, err)
			}
			claims, warnings := aggregatorClaims(sigs, dep.L1.ChainID, dep.AVS.Registry, p.AggregatorName)
			r.Warnings = append(r.Warnings, warnings...)
			src := Source{Kind: "aggregator", Name: p.AggregatorName, Claims: countDistinct(claims), Rounds: len(sigs)}
			if len(sigs) > 0 {
				src.LastRound = sigs[len(sigs)-1].Round
			}
			r.Sources = append(r.Sources, src)
			signed = append(signed, claims...)
		}
	}

	r.Conflicts = FindConflicts(signed)
	if len(signed) > 0 {
		attested, err := ch.attestedClaims(ctx)
		if err != nil {
			return nil, err
		}
		r.AttestedClaims = len(attested)
		r.Disagreements = FindDisagreements(signed, attested)
	}
	r.verdict()
	return r, nil
}

// verdict fills Verdict and Findings.
func (r *Report) verdict() {
	r.Findings = []string{}
	if n := len(r.Slashings); n > 0 {
		own := 0
		for _, s := range r.Slashings {
			if s.Rollcall {
				own++
			}
		}
		r.Findings = append(r.Findings, fmt.Sprintf("%d slashing%s recorded by the AllocationManager (%d by rollcall)", n, plural(n), own))
	}
	if n := len(r.EvidenceSlashings); n > 0 {
		r.Findings = append(r.Findings, fmt.Sprintf("%d slash%s by rollcall's EquivocationSlasher on evidence of conflicting claims", n, map[bool]string{true: "", false: "es"}[n == 1]))
	}
	if n := len(r.Conflicts); n > 0 {
		r.Findings = append(r.Findings, fmt.Sprintf("%d pair%s of conflicting claims signed (slashable fault)", n, plural(n)))
	}
	if n := len(r.Disagreements); n > 0 {
		r.Findings = append(r.Findings, fmt.Sprintf("%d signed claim%s differ%s from the attested one", n, plural(n), map[bool]string{true: "s"}[n == 1]))
	}
	r.Verdict = VerdictClean
	if r.Found() {
		r.Verdict = VerdictFound
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Dec is an integer carried in JSON as a decimal string, exact above 2^53
// (as the rest of rollcall's JSON).
type Dec struct{ *big.Int }

// MarshalJSON implements json.Marshaler.
func (d Dec) MarshalJSON() ([]byte, error) {
	if d.Int == nil {
		return []byte(`null`), nil
	}
	return []byte(`"` + d.Int.String() + `"`), nil
}

// UnmarshalJSON implements json.Unmarshaler.
func (d *Dec) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		d.Int = nil
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fmt.Errorf("want a decimal string, got %s", b)
	}
	v, ok := new(big.Int).SetString(s[1:len(s)-1], 10)
	if !ok {
		return fmt.Errorf("want a decimal string, got %s", b)
	}
	d.Int = v
	return nil
}
