// Package redact shows endpoints without the secrets node providers put in
// them (API keys in the user info, the path or the query).
package redact

import (
	"errors"
	"net/url"
)

// URL returns an endpoint as shown in errors, logs and served pages: scheme,
// host and port only, with "/…" when something was left out. It is
// idempotent: URL(URL(s)) == URL(s).
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "<invalid url>"
	}
	s := u.Scheme + "://" + u.Host
	if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		s += "/…"
	}
	return s
}

// Error replaces the URL that net/http puts in its errors (*url.Error: the
// full URL, API key included) with URL(rawURL), and returns err; nil stays
// nil. go-ethereum's rpc and ethclient return these errors as they are.
// Apply it to an error as the transport returned it, before wrapping it:
// a message wrapped with fmt.Errorf is already written.
func Error(err error, rawURL string) error {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		urlErr.URL = URL(rawURL)
	}
	return err
}
