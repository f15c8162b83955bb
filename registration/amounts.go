package registration

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// ParseAllocation turns a fraction in (0, 1] ("0.5", "1", "0.001") into a
// magnitude out of FullMagnitude, rounding down. A fraction so small that
// it rounds to zero is refused.
func ParseAllocation(s string) (uint64, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(s))
	if !ok {
		return 0, fmt.Errorf("allocation %q is not a number: give a fraction in (0, 1], e.g. 0.5", s)
	}
	if r.Sign() <= 0 || r.Cmp(big.NewRat(1, 1)) > 0 {
		return 0, fmt.Errorf("allocation %s is outside (0, 1]: give the fraction of the operator's stake to make slashable by rollcall, e.g. 0.5", s)
	}
	m := new(big.Int).Mul(r.Num(), new(big.Int).SetUint64(FullMagnitude))
	m.Quo(m, r.Denom())
	if m.Sign() == 0 {
		return 0, fmt.Errorf("allocation %s is below the smallest magnitude (1e-18)", s)
	}
	return m.Uint64(), nil
}

// ParseAmount turns a decimal token amount ("100", "0.5") into base units
// of a token with the given decimals. Zero and negative amounts, and more
// fractional digits than the token has, are refused.
func ParseAmount(s string, decimals int) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" {
		return nil, errors.New("empty amount")
	}
	if len(frac) > decimals {
		return nil, fmt.Errorf("amount %q has more than %d decimals", s, decimals)
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	for _, c := range digits {
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("amount %q is not a decimal number of tokens, e.g. 100 or 0.5", s)
		}
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || v.Sign() == 0 {
		return nil, fmt.Errorf("amount %q must be positive", s)
	}
	return v, nil
}
