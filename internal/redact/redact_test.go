package redact

import (
	"errors"
	"fmt"
	"net/url"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestURL(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8545":                  "http://127.0.0.1:8545",
		"http://127.0.0.1:8545/":                 "http://127.0.0.1:8545",
		"https://eth.example.org/v2/apikey":      "https://eth.example.org/…",
		"wss://user:pass@node.example.org":       "wss://node.example.org/…",
		"https://node.example.org/?token=apikey": "https://node.example.org/…",
		"not a url":                              "<invalid url>",
		// Formerly operator/status's redact.
		"https://user:key@node.example.com:443/v1/secret?x=1": "https://node.example.com:443/…",
		"http://127.0.0.1:8090":                               "http://127.0.0.1:8090",
	} {
		require.Equal(t, want, URL(in), in)
		require.Equal(t, want, URL(URL(in)), "idempotent: %s", in)
	}
}

func TestError(t *testing.T) {
	raw := "https://eth.example.org/v2/secret-api-key"
	var err error = &url.Error{Op: "Post", URL: raw, Err: errors.New("connection refused")}
	wrapped := fmt.Errorf("call: %w", Error(err, raw))
	require.NotContains(t, wrapped.Error(), "secret-api-key")
	require.Equal(t, `call: Post "https://eth.example.org/…": connection refused`, wrapped.Error())

	plain := errors.New("no url here")
	require.Equal(t, plain, Error(plain, raw))
	require.NoError(t, Error(nil, raw))
}
