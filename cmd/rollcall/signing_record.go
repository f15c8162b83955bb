package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/operator"
	"github.com/rollcall-avs/rollcall/operator/signrecord"
)

const (
	flagRecordDataDir = "data-dir"
	flagRecordOut     = "out"
)

// signingRecordCommand moves an operator's slashing protection between
// machines: export on the old one, import on the new one.
func signingRecordCommand() *cli.Command {
	dataDir := &cli.StringFlag{Name: flagRecordDataDir, Required: true,
		Usage: "the operator's data directory (holding " + operator.RecordFile + "); the operator must be stopped"}
	return &cli.Command{
		Name:  "signing-record",
		Usage: "export or import the operator's signing record (slashing protection) to move to another machine",
		Description: `The signing record holds every claim and round digest this operator's BLS key signed; the
daemon refuses to sign anything that conflicts with it. Moving to a new machine without it
risks signing a conflicting claim, which is slashable. The interchange file is JSON
(format "rollcall-signing-record", version 1; docs/signing-record.md).

Stop the operator first on both machines: the record is locked while the daemon runs.`,
		Subcommands: []*cli.Command{{
			Name:  "export",
			Usage: "write the signing record as an interchange file",
			Description: `Example:
   rollcall operator signing-record export --data-dir ./operator-data --out record.json`,
			Flags: []cli.Flag{dataDir,
				&cli.StringFlag{Name: flagRecordOut, Usage: "file to write, created with mode 0600, never overwritten (default: standard output)"},
				&cli.StringFlag{Name: flagDeployment, Usage: "deployment file: stamps the L1 chain id and registry into the export (optional)"}},
			Action: func(c *cli.Context) error {
				path := filepath.Join(c.String(flagRecordDataDir), operator.RecordFile)
				rec, err := signrecord.OpenReadOnly(path)
				if err != nil {
					return explainLocked(err)
				}
				defer rec.Close()
				var meta signrecord.InterchangeMeta
				if path := c.String(flagDeployment); path != "" {
					dep, err := deploy.Load(path)
					if err != nil {
						return err
					}
					meta.L1ChainID, meta.Registry = dep.L1.ChainID, dep.AVS.Registry
				}
				var w io.Writer = c.App.Writer
				if out := c.String(flagRecordOut); out != "" {
					f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
					if err != nil {
						return fmt.Errorf("write %s: %w", out, err)
					}
					defer f.Close()
					w = f
				}
				if err := rec.Export(w, meta); err != nil {
					return fmt.Errorf("export %s: %w", path, err)
				}
				if out := c.String(flagRecordOut); out != "" {
					fmt.Fprintf(c.App.ErrWriter, "exported %s to %s\n", path, out)
				}
				return nil
			},
		}, {
			Name:      "import",
			Usage:     "merge an interchange file into the signing record (creating it when missing)",
			ArgsUsage: "FILE",
			Description: `Adds every claim and round of FILE to the record in --data-dir, or nothing at all when FILE
belongs to another operator id or conflicts with what the record already holds. Importing
never removes anything, so it is safe to repeat and to import several files (one per machine
the key ever ran on).

Example:
   rollcall operator signing-record import --data-dir ./operator-data record.json`,
			Flags: []cli.Flag{dataDir},
			Action: func(c *cli.Context) error {
				if c.NArg() != 1 {
					return errors.New("give the interchange file to import: rollcall operator signing-record import --data-dir DIR FILE")
				}
				f, err := os.Open(c.Args().First())
				if err != nil {
					return err
				}
				defer f.Close()
				doc, err := signrecord.ReadInterchange(f)
				if err != nil {
					return fmt.Errorf("%s: %w", c.Args().First(), err)
				}
				dir := c.String(flagRecordDataDir)
				if err := os.MkdirAll(dir, 0o700); err != nil {
					return err
				}
				rec, err := signrecord.Open(filepath.Join(dir, operator.RecordFile), doc.Meta.OperatorID)
				if err != nil {
					return explainLocked(err)
				}
				defer rec.Close()
				res, err := rec.Import(doc)
				if err != nil {
					return err
				}
				fmt.Fprintf(c.App.Writer, "imported into %s: %d claims and %d rounds added, %d tables added, %d already recorded\n",
					rec.Path(), res.Claims, res.Rounds, res.Tables, res.Known)
				return nil
			},
		}},
	}
}

// explainLocked turns a locked record into an instruction.
func explainLocked(err error) error {
	if errors.Is(err, signrecord.ErrLocked) {
		return fmt.Errorf("%w: stop the operator daemon first", err)
	}
	return err
}
