package slashing

import (
	"fmt"
	"io"
	"math/big"
	"strings"
)

// WriteText writes the report for people: one section per question, and a
// final verdict line.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }

	id := "none (never registered with rollcall's registry coordinator)"
	if r.OperatorID != nil {
		id = r.OperatorID.Hex()
	}
	p("Operator %s", r.Operator)
	p("  operator id   %s", id)
	p("  L1            chain %d, head block %d (events from block %d)", r.L1ChainID, r.Block, r.FromBlock)
	p("  rollcall      AVS %s, operator set %d", r.AVS, r.OperatorSetID)

	p("")
	p("Slashings recorded by the AllocationManager (any AVS)")
	if len(r.Slashings) == 0 {
		p("  none")
	}
	for _, s := range r.Slashings {
		who := "another AVS"
		if s.Rollcall {
			who = "rollcall"
		}
		p("  block %d  tx %s", s.Block, s.TxHash)
		p("    by %s: AVS %s, operator set %d", who, s.AVS, s.OperatorSetID)
		for _, st := range s.Strategies {
			p("    strategy %s: %s of its allocated stake slashed (wad %s)", st.Strategy, FormatWad(st.Wad.Int), bigString(st.Wad.Int))
		}
		p("    description %q", s.Description)
	}

	p("")
	p("Slashings by rollcall's EquivocationSlasher (evidence of conflicting claims)")
	if len(r.EvidenceSlashings) == 0 {
		p("  none")
	}
	for _, s := range r.EvidenceSlashings {
		p("  block %d  tx %s: chain %d block %d, wad %s (%s)", s.Block, s.TxHash, s.ChainID, s.BlockNumber, bigString(s.Wad.Int), FormatWad(s.Wad.Int))
		if s.Form == "" {
			p("    evidence: not found in the transaction's events")
			continue
		}
		p("    evidence %s (hash %s), %d operator(s) slashed by it", s.Form, s.EvidenceHash, s.Slashed)
		p("    A: round %d, reference block %d: blockHash %s stateRoot %s", s.CheckpointA.Round, s.CheckpointA.ReferenceBlock, s.ClaimA.BlockHash, s.ClaimA.StateRoot)
		p("    B: round %d, reference block %d: blockHash %s stateRoot %s", s.CheckpointB.Round, s.CheckpointB.ReferenceBlock, s.ClaimB.BlockHash, s.ClaimB.StateRoot)
	}

	p("")
	p("Registration in rollcall's operator set %d", r.OperatorSetID)
	reg := r.Registration
	switch reg.State {
	case Registered:
		since := ""
		if reg.RegisteredAt != 0 {
			since = fmt.Sprintf(" since block %d", reg.RegisteredAt)
		}
		p("  registered%s; slashable: %s", since, yesNo(reg.Slashable))
	case Deregistered:
		how := "deregistered"
		if reg.Ejected {
			how = "ejected"
		}
		if reg.DeregisteredAt == 0 {
			p("  %s (the deregistration is older than block %d); slashable: %s", how, r.FromBlock, yesNo(reg.Slashable))
			break
		}
		if reg.Slashable {
			p("  %s at block %d; still slashable through block %d (%d blocks from now; deallocation delay %d blocks)",
				how, reg.DeregisteredAt, reg.SlashableUntil, reg.SlashableUntil-min(reg.SlashableUntil, r.Block), reg.DeallocationDelay)
		} else {
			p("  %s at block %d; slashable through block %d, no longer slashable", how, reg.DeregisteredAt, reg.SlashableUntil)
		}
	default:
		p("  never registered; slashable: %s", yesNo(reg.Slashable))
	}
	for _, s := range reg.OtherSets {
		p("  also registered with AVS %s, operator set %d", s.AVS, s.ID)
	}

	p("")
	p("Slashable stake in rollcall's operator set %d", r.OperatorSetID)
	if len(r.Stake) == 0 {
		p("  the operator set has no strategies")
	}
	for _, s := range r.Stake {
		p("  strategy %s: %s shares slashable; magnitude %d of %d allocated (%s)",
			s.Strategy, FormatUnits(s.Slashable.Int), s.Magnitude, s.MaxMagnitude, fraction(s.Magnitude, s.MaxMagnitude))
		if s.PendingDiff != nil {
			p("    pending change %s magnitude, effective at block %d", s.PendingDiff.Int, s.EffectBlock)
		}
	}

	p("")
	p("Signed claims")
	if len(r.Sources) == 0 {
		p("  not checked: give --data-dir (the operator's data directory) or --aggregator-url")
	}
	for _, s := range r.Sources {
		switch s.Kind {
		case "record":
			p("  signing record %s: %s, %s signed (last %d)", s.Name, count(s.Claims, "claim"), count(s.Rounds, "round"), s.LastRound)
		default:
			p("  aggregator %s: %s, %s (last round %d)", s.Name, count(s.Rounds, "signature"), count(s.Claims, "distinct claim"), s.LastRound)
		}
	}
	if len(r.Sources) > 0 {
		p("  compared with %s attested on L1", count(r.AttestedClaims, "claim"))
		if len(r.Conflicts) == 0 {
			p("  conflicting claims: none")
		}
		for _, c := range r.Conflicts {
			p("  CONFLICT chain %d block %d: signed two different claims (slashable fault)", c.ChainID, c.BlockNumber)
			p("    %s", describeSigned(c.A))
			p("    %s", describeSigned(c.B))
		}
		if len(r.Disagreements) == 0 {
			p("  claims differing from the attested ones: none")
		}
		for _, d := range r.Disagreements {
			p("  DIFFERS chain %d block %d: signed claim differs from the one attested in round %d",
				d.Signed.Claim.ChainID, d.Signed.Claim.BlockNumber, d.AttestedRound)
			p("    signed   %s", describeSigned(d.Signed))
			p("    attested blockHash %s stateRoot %s", d.Attested.BlockHash, d.Attested.StateRoot)
		}
	}
	for _, warning := range r.Warnings {
		p("")
		p("warning: %s", warning)
	}

	p("")
	if r.Found() {
		p("Verdict: FOUND — %s", strings.Join(r.Findings, "; "))
	} else {
		p("Verdict: CLEAN — no slashing recorded, no slashable fault found")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func describeSigned(s SignedClaim) string {
	where := s.Source
	if s.Round != 0 {
		where = fmt.Sprintf("%s, round %d", s.Source, s.Round)
	}
	return fmt.Sprintf("blockHash %s stateRoot %s (%s)", s.Claim.BlockHash, s.Claim.StateRoot, where)
}

func count(n int, noun string) string {
	return fmt.Sprintf("%d %s%s", n, noun, plural(n))
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

var wad = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// FormatWad shows a WAD (1e18 = 100%) as a percentage.
func FormatWad(w *big.Int) string {
	if w == nil {
		return "?"
	}
	pct := new(big.Rat).SetFrac(new(big.Int).Mul(w, big.NewInt(100)), wad)
	s := strings.TrimRight(strings.TrimRight(pct.FloatString(6), "0"), ".")
	return s + "%"
}

// FormatUnits shows an 18-decimal amount: 1500000000000000000 → "1.5".
func FormatUnits(x *big.Int) string {
	if x == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(x, wad)
	return strings.TrimRight(strings.TrimRight(r.FloatString(18), "0"), ".")
}

func fraction(num, den uint64) string {
	if den == 0 {
		return "no magnitude"
	}
	n := new(big.Int).Mul(new(big.Int).SetUint64(num), big.NewInt(100))
	r := new(big.Rat).SetFrac(n, new(big.Int).SetUint64(den))
	return strings.TrimRight(strings.TrimRight(r.FloatString(2), "0"), ".") + "%"
}

func bigString(x *big.Int) string {
	if x == nil {
		return "?"
	}
	return x.String()
}
