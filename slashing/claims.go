package slashing

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

// AttestedClaim is a claim the registry attested, and the round that did.
type AttestedClaim struct {
	Claim core.Claim
	Round uint64
}

// target is a rollup block: the key both faults are about.
type target struct{ chainID, block uint64 }

func keyOf(c core.Claim) target { return target{c.ChainID, c.BlockNumber} }

// aggregatorClaims turns the aggregator's history into signed claims. A
// signature whose digest does not match its round and claims is left out
// with a warning: it is not evidence of anything.
func aggregatorClaims(sigs []api.OperatorSignature, l1ChainID uint64, registry common.Address, name string) ([]SignedClaim, []string) {
	var out []SignedClaim
	var warnings []string
	for _, s := range sigs {
		tree, err := core.BuildTree(s.Claims)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("aggregator %s: round %d: claims do not build a tree (%v); ignored", name, s.Round, err))
			continue
		}
		digest := core.Checkpoint{Round: s.Round, ReferenceBlock: s.ReferenceBlock, ClaimsRoot: tree.Root()}.Digest(l1ChainID, registry)
		if digest != s.Digest {
			warnings = append(warnings, fmt.Sprintf("aggregator %s: round %d: claims hash to digest %s, the aggregator says %s; ignored", name, s.Round, digest, s.Digest))
			continue
		}
		for _, c := range s.Claims {
			d, sig := s.Digest, s.Signature
			out = append(out, SignedClaim{Claim: c, Source: "aggregator " + name, Round: s.Round, Digest: &d, Signature: &sig})
		}
	}
	return out, warnings
}

// countDistinct counts distinct claims.
func countDistinct(claims []SignedClaim) int {
	seen := map[core.Claim]bool{}
	for _, c := range claims {
		seen[c.Claim] = true
	}
	return len(seen)
}

// FindConflicts returns, for every (chainId, blockNumber), each pair of
// different claims signed for it, naming the first place each was seen.
// The result is ordered by chain id and block number.
func FindConflicts(signed []SignedClaim) []Conflict {
	// First sighting of each distinct claim, grouped by target.
	first := map[core.Claim]SignedClaim{}
	byTarget := map[target][]core.Claim{}
	for _, s := range signed {
		if _, ok := first[s.Claim]; ok {
			continue
		}
		first[s.Claim] = s
		byTarget[keyOf(s.Claim)] = append(byTarget[keyOf(s.Claim)], s.Claim)
	}
	out := []Conflict{}
	for k, claims := range byTarget {
		for i := 0; i < len(claims); i++ {
			for j := i + 1; j < len(claims); j++ {
				if core.Conflicts(claims[i], claims[j]) {
					out = append(out, Conflict{ChainID: k.chainID, BlockNumber: k.block, A: first[claims[i]], B: first[claims[j]]})
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Conflict) int {
		return cmp.Or(cmp.Compare(a.ChainID, b.ChainID), cmp.Compare(a.BlockNumber, b.BlockNumber))
	})
	return out
}

// FindDisagreements returns each distinct signed claim that differs from a
// claim attested for the same (chainId, blockNumber), once per attested
// claim it differs from, ordered by chain id and block number.
func FindDisagreements(signed []SignedClaim, attested []AttestedClaim) []Disagreement {
	byTarget := map[target][]AttestedClaim{}
	for _, a := range attested {
		byTarget[keyOf(a.Claim)] = append(byTarget[keyOf(a.Claim)], a)
	}
	seen := map[core.Claim]bool{}
	out := []Disagreement{}
	for _, s := range signed {
		if seen[s.Claim] {
			continue
		}
		seen[s.Claim] = true
		for _, a := range byTarget[keyOf(s.Claim)] {
			if core.Conflicts(s.Claim, a.Claim) {
				out = append(out, Disagreement{Signed: s, Attested: a.Claim, AttestedRound: a.Round})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Disagreement) int {
		return cmp.Or(cmp.Compare(a.Signed.Claim.ChainID, b.Signed.Claim.ChainID), cmp.Compare(a.Signed.Claim.BlockNumber, b.Signed.Claim.BlockNumber),
			cmp.Compare(a.AttestedRound, b.AttestedRound))
	})
	return out
}
