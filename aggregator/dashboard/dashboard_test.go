package dashboard

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
)

// stateFunc adapts a function to Source.
type stateFunc func(context.Context) (*api.DashboardState, error)

func (f stateFunc) DashboardState(ctx context.Context) (*api.DashboardState, error) { return f(ctx) }

func get(t *testing.T, h http.Handler, method, path string) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Result()
}

func TestHandler(t *testing.T) {
	want := &api.DashboardState{Now: 42, L1ChainID: 31337, ThresholdBips: 6667, RoundEvery: 10, ReplicaIndex: 1, ReplicaCount: 2,
		Rounds: []api.DashboardRound{{Round: 7, Status: api.StatusAttested, Signers: 3, Operators: 4, AttestedElsewhere: true, AttestReverts: 2}}}
	h := Handler(stateFunc(func(context.Context) (*api.DashboardState, error) { return want, nil }), nil)

	res := get(t, h, http.MethodGet, "/dashboard/")
	require.Equal(t, http.StatusOK, res.StatusCode)
	body, _ := io.ReadAll(res.Body)
	require.Contains(t, string(body), `<script src="app.js" defer></script>`)
	require.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'self'")
	for _, asset := range []string{"app.js", "style.css"} {
		require.Equal(t, http.StatusOK, get(t, h, http.MethodGet, "/dashboard/"+asset).StatusCode, asset)
	}

	res = get(t, h, http.MethodGet, "/dashboard/state")
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "no-store", res.Header.Get("Cache-Control"))
	var got api.DashboardState
	require.NoError(t, json.NewDecoder(res.Body).Decode(&got))
	require.Equal(t, *want, got)

	require.Equal(t, http.StatusMovedPermanently, get(t, h, http.MethodGet, "/dashboard").StatusCode)
	require.Equal(t, http.StatusMethodNotAllowed, get(t, h, http.MethodPost, "/dashboard/state").StatusCode)
	require.Equal(t, http.StatusNotFound, get(t, h, http.MethodGet, "/dashboard/nope.js").StatusCode)
}

// The page must work offline: nothing it loads may come from another origin.
func TestAssetsAreSelfContained(t *testing.T) {
	for _, name := range []string{"static/index.html", "static/app.js", "static/style.css"} {
		b, err := static.ReadFile(name)
		require.NoError(t, err)
		for _, banned := range []string{"http://", "https://", "//cdn", "@import", "fonts."} {
			require.False(t, strings.Contains(string(b), banned), "%s contains %q", name, banned)
		}
	}
}

func TestStateError(t *testing.T) {
	h := Handler(stateFunc(func(context.Context) (*api.DashboardState, error) {
		return nil, errors.New("store closed")
	}), nil)
	res := get(t, h, http.MethodGet, "/dashboard/state")
	require.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	body, _ := io.ReadAll(res.Body)
	require.Contains(t, string(body), "store closed")
}
