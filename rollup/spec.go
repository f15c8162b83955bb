package rollup

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Spec is how a configuration file (the operator's or the aggregator's)
// names one rollup: its chain id, a node URL, and optionally the finality
// and kind of node. Empty finality or kind take DefaultConfig's values.
//
// An empty RPC means "the rpcUrl the deployment file lists for this chain
// id" (Specs.WithURLs fills it in); a chain the deployment does not list
// then needs its rpc. This is the only default for a rollup URL.
type Spec struct {
	ChainID uint64 `yaml:"chain-id"`
	RPC     string `yaml:"rpc"`
	// Finality is latest, safe or finalized.
	Finality string `yaml:"finality"`
	// Kind is evm or opstack.
	Kind string `yaml:"kind"`
}

// ReaderConfig is the reader config of s, DefaultConfig's values filling
// what s leaves out. An error names the key ("finality: …", "kind: …").
func (s Spec) ReaderConfig() (Config, error) {
	cfg := DefaultConfig(s.ChainID, s.RPC)
	var err error
	if s.Finality != "" {
		if cfg.Finality, err = ParseFinality(s.Finality); err != nil {
			return cfg, fmt.Errorf("finality: %w", err)
		}
	}
	if s.Kind != "" {
		if cfg.Kind, err = ParseKind(s.Kind); err != nil {
			return cfg, fmt.Errorf("kind: %w", err)
		}
	}
	return cfg, nil
}

// ParseSpecFlag parses the value of a --rollup flag:
// CHAINID[/FINALITY[/KIND]][=URL], for example "901=http://127.0.0.1:9545",
// "10/safe/opstack=http://op-node:9545" or "901/latest" (the URL the
// deployment file lists for chain 901). Finality and kind are checked by
// ReaderConfig, like those of a config file.
func ParseSpecFlag(s string) (Spec, error) {
	spec, rpc, hasURL := strings.Cut(strings.TrimSpace(s), "=")
	if hasURL && rpc == "" {
		return Spec{}, fmt.Errorf("--rollup %q: want CHAINID[/FINALITY[/KIND]][=URL]", s)
	}
	parts := strings.Split(spec, "/")
	if len(parts) > 3 {
		return Spec{}, fmt.Errorf("--rollup %q: want CHAINID[/FINALITY[/KIND]][=URL]", s)
	}
	id, err := strconv.ParseUint(parts[0], 10, 64)
	if err != nil {
		return Spec{}, fmt.Errorf("--rollup %q: chain id %q is not a number", s, parts[0])
	}
	r := Spec{ChainID: id, RPC: rpc}
	if len(parts) > 1 {
		r.Finality = parts[1]
	}
	if len(parts) > 2 {
		r.Kind = parts[2]
	}
	return r, nil
}

// Check validates s, naming each problem by its key under prefix
// ("rollups[0]"): the one place a rollup entry of a config is validated.
// Its errors never repeat the URL, which may hold an API key.
func (s Spec) Check(prefix string) error {
	if s.ChainID == 0 {
		return fmt.Errorf("%s.chain-id is required", prefix)
	}
	// An empty rpc is the deployment's URL for the chain (WithURLs).
	if s.RPC != "" {
		if err := checkURL(s.RPC); err != nil {
			return fmt.Errorf("%s.rpc %s", prefix, err)
		}
	}
	if s.Finality != "" {
		if _, err := ParseFinality(s.Finality); err != nil {
			return fmt.Errorf("%s.finality %q is not latest, safe or finalized", prefix, s.Finality)
		}
	}
	if s.Kind != "" {
		if _, err := ParseKind(s.Kind); err != nil {
			return fmt.Errorf("%s.kind %q is not evm or opstack", prefix, s.Kind)
		}
	}
	return nil
}

// Specs are the rollups of a config (its `rollups` key).
type Specs []Spec

// SpecsKey is the config key of a Specs list.
const SpecsKey = "rollups"

// Check validates every entry and that the list is not empty and names
// each chain once.
func (ss Specs) Check() error {
	if len(ss) == 0 {
		return fmt.Errorf("%s must list at least one rollup", SpecsKey)
	}
	seen := map[uint64]bool{}
	for i, s := range ss {
		key := fmt.Sprintf("%s[%d]", SpecsKey, i)
		if err := s.Check(key); err != nil {
			return err
		}
		if seen[s.ChainID] {
			return fmt.Errorf("%s.chain-id %d is listed twice", key, s.ChainID)
		}
		seen[s.ChainID] = true
	}
	return nil
}

// ParseSpecFlags parses the values of a repeated --rollup flag.
func ParseSpecFlags(values []string) (Specs, error) {
	out := make(Specs, 0, len(values))
	for _, v := range values {
		s, err := ParseSpecFlag(v)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// WithURLs returns the specs with every empty rpc replaced by the URL the
// deployment lists for that chain id (known: chain id → rpcUrl, see
// deploy.Deployment.RollupURLs). An entry with no rpc for a chain the
// deployment does not list is an error naming the entry: there is no other
// default.
func (ss Specs) WithURLs(known map[uint64]string) (Specs, error) {
	out := make(Specs, len(ss))
	for i, s := range ss {
		if s.RPC == "" {
			url, ok := known[s.ChainID]
			if !ok || url == "" {
				return nil, fmt.Errorf("%s[%d].rpc is not set and the deployment file lists no rollup %d: set rpc to your node of chain %d",
					SpecsKey, i, s.ChainID, s.ChainID)
			}
			s.RPC = url
		}
		out[i] = s
	}
	return out, nil
}

// Missing returns the chain ids of want (sorted) that ss does not list.
func (ss Specs) Missing(want []uint64) []uint64 {
	have := map[uint64]bool{}
	for _, s := range ss {
		have[s.ChainID] = true
	}
	var out []uint64
	for _, id := range want {
		if !have[id] {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
