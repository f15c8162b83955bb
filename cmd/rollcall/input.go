package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/internal/cliutil"
)

// readJSONArg strictly decodes the JSON document in the file named by the
// first argument, or stdin when it is "-" or absent, into v. what names
// the document in errors. Errors carry exit code 2 ("could not check").
func readJSONArg(c *cli.Context, what string, maxBytes int64, v any) error {
	var in io.Reader = os.Stdin
	if path := c.Args().First(); path != "" && path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return &cliutil.ExitError{Code: 2, Err: err}
		}
		defer f.Close()
		in = f
	}
	raw, err := io.ReadAll(io.LimitReader(in, maxBytes+1))
	if err != nil {
		return &cliutil.ExitError{Code: 2, Err: fmt.Errorf("read %s: %w", what, err)}
	}
	if int64(len(raw)) > maxBytes {
		return &cliutil.ExitError{Code: 2, Err: fmt.Errorf("%s is larger than %d bytes", what, maxBytes)}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return &cliutil.ExitError{Code: 2, Err: fmt.Errorf("parse %s: %w", what, err)}
	}
	return nil
}
