// Package dashboard serves the aggregator's live page: rounds with their
// signers, stake share, gas and latency; per-operator participation; per
// rollup head, attested height and lag. The page and its script are
// embedded in the binary (no CDN, no web fonts) and poll one bounded JSON
// document, GET /dashboard/state, about once a second.
package dashboard

import (
	"context"
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/rollcall-avs/rollcall/api"
)

// Path is where the page is mounted on the aggregator's HTTP server.
const Path = "/dashboard/"

// stateTimeout bounds how long one state request may take to build.
const stateTimeout = 5 * time.Second

//go:embed static
var static embed.FS

// Source builds the state the page shows. The aggregator implements it.
type Source interface {
	DashboardState(ctx context.Context) (*api.DashboardState, error)
}

// Handler serves the page under Path and its state at Path+"state".
func Handler(src Source, log *zap.Logger) http.Handler {
	if log == nil {
		log = zap.NewNop()
	}
	assets, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.StripPrefix(Path, http.FileServer(http.FS(assets)))
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+Path+"state", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), stateTimeout)
		defer cancel()
		st, err := src.DashboardState(ctx)
		if err != nil {
			log.Warn("dashboard state", zap.Error(err))
			http.Error(w, "state unavailable: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(st)
	})
	mux.Handle("GET "+Path, securityHeaders(files))
	mux.Handle("GET /dashboard", http.RedirectHandler(Path, http.StatusMovedPermanently))
	return mux
}

// securityHeaders keeps the page to its own origin: no inline script, no
// third-party anything, no framing.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}
