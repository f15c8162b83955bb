package watch

// The node API of the watcher, in the shape of the operator's:
//
//	GET /eigen/node          {"node_name","node_version","spec_version"}
//	GET /eigen/node/health   200 healthy, 503 unhealthy (with the reasons)
//
// Unhealthy (503) while any of these holds: an attested claim differed from
// the rollup's own block (sticky: a mismatch never goes unnoticed, it stays
// until the watcher is restarted by someone who looked); the last call to
// L1, the aggregator or a rollup node failed; a fault found could not be
// submitted yet; no pass has finished yet.

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"

	"go.uber.org/zap"
)

// NodeName is the node_name of GET /eigen/node.
const NodeName = "rollcall-watch"

type health struct {
	mu          sync.Mutex
	mismatches  []Mismatch
	downs       map[string]string
	pending     int
	lastPass    time.Time
	lastPassL1  uint64
	passesTotal uint64
}

func newHealth() *health { return &health{downs: map[string]string{}} }

func (h *health) down(target string, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.downs[target] = err.Error()
}

func (h *health) up(target string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.downs, target)
}

func (h *health) mismatch(m Mismatch) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.mismatches = append(h.mismatches, m)
}

func (h *health) mismatchList() []Mismatch {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Mismatch{}, h.mismatches...)
}

func (h *health) unsubmitted(n int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pending = n
}

func (h *health) passed(head uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastPass, h.lastPassL1 = time.Now(), head
	h.passesTotal++
}

// HealthReport is the body of GET /eigen/node/health.
type HealthReport struct {
	Health     string     `json:"health"`
	Reasons    []string   `json:"reasons"`
	Mismatches []Mismatch `json:"mismatches"`
	LastL1Head uint64     `json:"lastL1Head,string"`
	Passes     uint64     `json:"passes"`
}

func (h *health) report() (HealthReport, int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	r := HealthReport{Reasons: []string{}, Mismatches: append([]Mismatch{}, h.mismatches...), LastL1Head: h.lastPassL1, Passes: h.passesTotal}
	for _, m := range h.mismatches {
		r.Reasons = append(r.Reasons, fmt.Sprintf("attested claim differs from the rollup's own block: chain %d block %d round %d: attested blockHash %s stateRoot %s, own blockHash %s stateRoot %s",
			m.Attested.ChainID, m.Attested.BlockNumber, m.Round, m.Attested.BlockHash, m.Attested.StateRoot, m.Own.BlockHash, m.Own.StateRoot))
	}
	targets := make([]string, 0, len(h.downs))
	for t := range h.downs {
		targets = append(targets, t)
	}
	sort.Strings(targets)
	for _, t := range targets {
		r.Reasons = append(r.Reasons, t+" is down: "+h.downs[t])
	}
	if h.pending > 0 {
		r.Reasons = append(r.Reasons, fmt.Sprintf("%d fault(s) found and not submitted yet", h.pending))
	}
	if h.passesTotal == 0 {
		r.Reasons = append(r.Reasons, "no pass finished yet")
	}
	if len(r.Reasons) == 0 {
		r.Health = "healthy"
		return r, http.StatusOK
	}
	r.Health = "unhealthy"
	return r, http.StatusServiceUnavailable
}

func (h *health) handler(log *zap.Logger) http.Handler {
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, code int, body any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		if err := json.NewEncoder(w).Encode(body); err != nil {
			log.Debug("node API: write response", zap.Error(err))
		}
	}
	mux.HandleFunc("GET /eigen/node", func(w http.ResponseWriter, _ *http.Request) {
		reply(w, http.StatusOK, map[string]string{"node_name": NodeName, "node_version": "dev", "spec_version": "v0.0.1"})
	})
	mux.HandleFunc("GET /eigen/node/health", func(w http.ResponseWriter, _ *http.Request) {
		r, code := h.report()
		reply(w, code, r)
	})
	return mux
}
