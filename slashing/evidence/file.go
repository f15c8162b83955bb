package evidence

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rollcall-avs/rollcall/bindings/equivocationslasher"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
)

// FileVersion is the version of the evidence file format.
const FileVersion = 1

// MaxFileBytes bounds an evidence file (the largest, slashAttested with a
// hundred accused, is a few tens of kilobytes).
const MaxFileBytes = 1 << 20

// File is evidence as JSON (docs/slashing.md, "Evidence files"): what
// `rollcall slashing evidence build` writes and `verify` and `submit` read.
// It holds the slasher's arguments in full, so the call is encoded from
// the file alone: a file edited by hand is judged by the contract, not by
// the builder. Guilty is informational (what the builder found).
type File struct {
	Version   int            `json:"version"`
	L1ChainID uint64         `json:"l1ChainId,string"`
	Registry  common.Address `json:"registry"`
	Slasher   common.Address `json:"slasher"`
	Form      string         `json:"form"`
	Method    string         `json:"method"`
	// Operator is the accused of the signed forms.
	Operator *common.Address `json:"operator,omitempty"`
	A        FileSide        `json:"a"`
	B        FileSide        `json:"b"`
	// Accused are the operators of slashAttested, ascending.
	Accused []FileAccused `json:"accused,omitempty"`
	// QuorumBitmapIndexB is slashSignedAgainstAttested's last argument.
	QuorumBitmapIndexB *uint32          `json:"quorumBitmapIndexB,omitempty"`
	Guilty             []common.Address `json:"guilty"`
}

// FileCheckpoint is a signed checkpoint.
type FileCheckpoint struct {
	Round          uint64      `json:"round,string"`
	ReferenceBlock uint32      `json:"referenceBlock"`
	ClaimsRoot     common.Hash `json:"claimsRoot"`
}

// FileSide is one side: the checkpoint, the claim and its proof, and
// either an own signature (Sigma, PubkeyG2, QuorumBitmapIndex) or an
// aggregate (SignersBlock, Aggregate).
type FileSide struct {
	Checkpoint        FileCheckpoint `json:"checkpoint"`
	Claim             core.Claim     `json:"claim"`
	Proof             []common.Hash  `json:"proof"`
	Sigma             *FileG1        `json:"sigma,omitempty"`
	PubkeyG2          *FileG2        `json:"pubkeyG2,omitempty"`
	QuorumBitmapIndex *uint32        `json:"quorumBitmapIndex,omitempty"`
	SignersBlock      *uint32        `json:"signersBlock,omitempty"`
	Aggregate         *FileAggregate `json:"aggregate,omitempty"`
}

// FileG1 is a G1 point; FileG2 a G2 point in the EVM's order (imaginary
// part first).
type FileG1 struct {
	X *hexutil.Big `json:"x"`
	Y *hexutil.Big `json:"y"`
}

type FileG2 struct {
	X [2]*hexutil.Big `json:"x"`
	Y [2]*hexutil.Big `json:"y"`
}

// FileAggregate is the middleware's NonSignerStakesAndSignature.
type FileAggregate struct {
	NonSignerQuorumBitmapIndices []uint32   `json:"nonSignerQuorumBitmapIndices"`
	NonSignerPubkeys             []FileG1   `json:"nonSignerPubkeys"`
	QuorumApks                   []FileG1   `json:"quorumApks"`
	ApkG2                        FileG2     `json:"apkG2"`
	Sigma                        FileG1     `json:"sigma"`
	QuorumApkIndices             []uint32   `json:"quorumApkIndices"`
	TotalStakeIndices            []uint32   `json:"totalStakeIndices"`
	NonSignerStakeIndices        [][]uint32 `json:"nonSignerStakeIndices"`
}

// FileAccused is one accused of slashAttested.
type FileAccused struct {
	Operator           common.Address `json:"operator"`
	QuorumBitmapIndexA uint32         `json:"quorumBitmapIndexA"`
	QuorumBitmapIndexB uint32         `json:"quorumBitmapIndexB"`
}

// File is the evidence as a file for the slasher at slasher.
func (e *Evidence) File(l1ChainID uint64, registry, slasher common.Address) *File {
	f := &File{Version: FileVersion, L1ChainID: l1ChainID, Registry: registry, Slasher: slasher,
		Form: e.Form.String(), Method: e.Form.Method(), Guilty: []common.Address{}}
	for _, g := range e.Guilty {
		f.Guilty = append(f.Guilty, g.Address)
	}
	switch e.Form {
	case FormSigned:
		op := e.signedOperator
		f.Operator = &op
		f.A, f.B = fileSigned(e.signed[0]), fileSigned(e.signed[1])
	case FormSignedAgainstAttested:
		op := e.signedOperator
		f.Operator = &op
		idx := e.bitmapIndexB
		f.QuorumBitmapIndexB = &idx
		f.A, f.B = fileSigned(e.signed[0]), fileAttested(e.attested[1])
	default:
		f.A, f.B = fileAttested(e.attested[0]), fileAttested(e.attested[1])
		for _, a := range e.accused {
			f.Accused = append(f.Accused, FileAccused{Operator: a.Operator, QuorumBitmapIndexA: a.QuorumBitmapIndexA, QuorumBitmapIndexB: a.QuorumBitmapIndexB})
		}
	}
	return f
}

// ErrBadFile is wrapped by every error about an evidence file's shape.
var ErrBadFile = errors.New("evidence file")

// ReadFile reads and parses an evidence file.
func ReadFile(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadFile, err)
	}
	defer fh.Close()
	return ParseFile(fh)
}

// ParseFile parses an evidence file, refusing unknown keys and files over
// MaxFileBytes.
func ParseFile(r io.Reader) (*File, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadFile, err)
	}
	if len(raw) > MaxFileBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrBadFile, MaxFileBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadFile, err)
	}
	if f.Version != FileVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrBadFile, f.Version, FileVersion)
	}
	return &f, nil
}

// Calldata is the slasher call the file describes.
func (f *File) Calldata() ([]byte, error) {
	a, err := equivocationslasher.EquivocationSlasherMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	args, method, err := f.args()
	if err != nil {
		return nil, err
	}
	return a.Pack(method, args...)
}

func (f *File) args() ([]any, string, error) {
	switch f.Form {
	case FormSigned.String():
		if f.Operator == nil {
			return nil, "", fmt.Errorf("%w: form %s needs operator", ErrBadFile, f.Form)
		}
		a, err := f.A.signed("a")
		if err != nil {
			return nil, "", err
		}
		b, err := f.B.signed("b")
		if err != nil {
			return nil, "", err
		}
		return []any{*f.Operator, a, b}, FormSigned.Method(), nil
	case FormSignedAgainstAttested.String():
		if f.Operator == nil || f.QuorumBitmapIndexB == nil {
			return nil, "", fmt.Errorf("%w: form %s needs operator and quorumBitmapIndexB", ErrBadFile, f.Form)
		}
		a, err := f.A.signed("a")
		if err != nil {
			return nil, "", err
		}
		b, err := f.B.attested("b")
		if err != nil {
			return nil, "", err
		}
		return []any{*f.Operator, a, b, *f.QuorumBitmapIndexB}, FormSignedAgainstAttested.Method(), nil
	case FormAttested.String():
		a, err := f.A.attested("a")
		if err != nil {
			return nil, "", err
		}
		b, err := f.B.attested("b")
		if err != nil {
			return nil, "", err
		}
		acc := make([]equivocationslasher.EquivocationSlasherAccused, len(f.Accused))
		for i, x := range f.Accused {
			acc[i] = equivocationslasher.EquivocationSlasherAccused{Operator: x.Operator, QuorumBitmapIndexA: x.QuorumBitmapIndexA, QuorumBitmapIndexB: x.QuorumBitmapIndexB}
		}
		return []any{a, b, acc}, FormAttested.Method(), nil
	}
	return nil, "", fmt.Errorf("%w: unknown form %q", ErrBadFile, f.Form)
}

func (s FileSide) claimSide() equivocationslasher.EquivocationSlasherSignedClaim {
	return slasherSide(Side{
		Checkpoint: core.Checkpoint{Round: s.Checkpoint.Round, ReferenceBlock: s.Checkpoint.ReferenceBlock, ClaimsRoot: s.Checkpoint.ClaimsRoot},
		Claim:      s.Claim, Proof: s.Proof,
	})
}

func (s FileSide) signed(name string) (equivocationslasher.EquivocationSlasherOperatorSignedClaim, error) {
	var out equivocationslasher.EquivocationSlasherOperatorSignedClaim
	if s.Sigma == nil || s.PubkeyG2 == nil || s.QuorumBitmapIndex == nil {
		return out, fmt.Errorf("%w: side %s needs sigma, pubkeyG2 and quorumBitmapIndex", ErrBadFile, name)
	}
	sigma, err := s.Sigma.point()
	if err != nil {
		return out, fmt.Errorf("%w: side %s sigma: %w", ErrBadFile, name, err)
	}
	g2, err := s.PubkeyG2.point()
	if err != nil {
		return out, fmt.Errorf("%w: side %s pubkeyG2: %w", ErrBadFile, name, err)
	}
	return equivocationslasher.EquivocationSlasherOperatorSignedClaim{Signed: s.claimSide(), Sigma: sigma, PubkeyG2: g2, QuorumBitmapIndex: *s.QuorumBitmapIndex}, nil
}

func (s FileSide) attested(name string) (equivocationslasher.EquivocationSlasherAttestedClaim, error) {
	var out equivocationslasher.EquivocationSlasherAttestedClaim
	if s.Aggregate == nil {
		return out, fmt.Errorf("%w: side %s needs aggregate", ErrBadFile, name)
	}
	block := s.Checkpoint.ReferenceBlock
	if s.SignersBlock != nil {
		block = *s.SignersBlock
	}
	sig, err := s.Aggregate.signature()
	if err != nil {
		return out, fmt.Errorf("%w: side %s aggregate: %w", ErrBadFile, name, err)
	}
	return equivocationslasher.EquivocationSlasherAttestedClaim{Signed: s.claimSide(), SignersBlock: block, Signature: sig}, nil
}

func fileSigned(s equivocationslasher.EquivocationSlasherOperatorSignedClaim) FileSide {
	idx := s.QuorumBitmapIndex
	fs := fileClaimSide(s.Signed)
	fs.Sigma, fs.PubkeyG2, fs.QuorumBitmapIndex = fileG1(s.Sigma), fileG2(s.PubkeyG2), &idx
	return fs
}

func fileAttested(a equivocationslasher.EquivocationSlasherAttestedClaim) FileSide {
	fs := fileClaimSide(a.Signed)
	block := a.SignersBlock
	fs.SignersBlock = &block
	sig := a.Signature
	agg := &FileAggregate{
		NonSignerQuorumBitmapIndices: orEmpty(sig.NonSignerQuorumBitmapIndices), ApkG2: *fileG2(sig.ApkG2), Sigma: *fileG1(sig.Sigma),
		QuorumApkIndices: orEmpty(sig.QuorumApkIndices), TotalStakeIndices: orEmpty(sig.TotalStakeIndices),
		NonSignerPubkeys: []FileG1{}, QuorumApks: []FileG1{}, NonSignerStakeIndices: [][]uint32{},
	}
	for _, p := range sig.NonSignerPubkeys {
		agg.NonSignerPubkeys = append(agg.NonSignerPubkeys, *fileG1(p))
	}
	for _, p := range sig.QuorumApks {
		agg.QuorumApks = append(agg.QuorumApks, *fileG1(p))
	}
	for _, ix := range sig.NonSignerStakeIndices {
		agg.NonSignerStakeIndices = append(agg.NonSignerStakeIndices, orEmpty(ix))
	}
	fs.Aggregate = agg
	return fs
}

func orEmpty(x []uint32) []uint32 {
	if x == nil {
		return []uint32{}
	}
	return x
}

func fileClaimSide(s equivocationslasher.EquivocationSlasherSignedClaim) FileSide {
	proof := make([]common.Hash, len(s.Proof))
	for i, p := range s.Proof {
		proof[i] = p
	}
	return FileSide{
		Checkpoint: FileCheckpoint{Round: s.Checkpoint.Round, ReferenceBlock: s.Checkpoint.ReferenceBlock, ClaimsRoot: s.Checkpoint.ClaimsRoot},
		Claim:      core.Claim{ChainID: s.Claim.ChainId, BlockNumber: s.Claim.BlockNumber, BlockHash: s.Claim.BlockHash, StateRoot: s.Claim.StateRoot},
		Proof:      proof,
	}
}

func fileG1(p equivocationslasher.IBLSSignatureCheckerG1Point) *FileG1 {
	return &FileG1{X: (*hexutil.Big)(p.X), Y: (*hexutil.Big)(p.Y)}
}

func fileG2(p equivocationslasher.IBLSSignatureCheckerG2Point) *FileG2 {
	return &FileG2{X: [2]*hexutil.Big{(*hexutil.Big)(p.X[0]), (*hexutil.Big)(p.X[1])}, Y: [2]*hexutil.Big{(*hexutil.Big)(p.Y[0]), (*hexutil.Big)(p.Y[1])}}
}

var errMissingCoord = errors.New("missing coordinate")

func (p FileG1) point() (equivocationslasher.IBLSSignatureCheckerG1Point, error) {
	if p.X == nil || p.Y == nil {
		return equivocationslasher.IBLSSignatureCheckerG1Point{}, errMissingCoord
	}
	// Not checked here: the contract's named errors judge bad points.
	return equivocationslasher.IBLSSignatureCheckerG1Point{X: (*big.Int)(p.X), Y: (*big.Int)(p.Y)}, nil
}

func (p FileG2) point() (equivocationslasher.IBLSSignatureCheckerG2Point, error) {
	for _, c := range []*hexutil.Big{p.X[0], p.X[1], p.Y[0], p.Y[1]} {
		if c == nil {
			return equivocationslasher.IBLSSignatureCheckerG2Point{}, errMissingCoord
		}
	}
	return equivocationslasher.IBLSSignatureCheckerG2Point{
		X: [2]*big.Int{(*big.Int)(p.X[0]), (*big.Int)(p.X[1])}, Y: [2]*big.Int{(*big.Int)(p.Y[0]), (*big.Int)(p.Y[1])},
	}, nil
}

func (a FileAggregate) signature() (equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature, error) {
	var out equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature
	var err error
	g1s := func(ps []FileG1) ([]equivocationslasher.IBLSSignatureCheckerG1Point, error) {
		out := make([]equivocationslasher.IBLSSignatureCheckerG1Point, len(ps))
		for i, p := range ps {
			if out[i], err = p.point(); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	if out.NonSignerPubkeys, err = g1s(a.NonSignerPubkeys); err != nil {
		return out, err
	}
	if out.QuorumApks, err = g1s(a.QuorumApks); err != nil {
		return out, err
	}
	if out.ApkG2, err = a.ApkG2.point(); err != nil {
		return out, err
	}
	if out.Sigma, err = a.Sigma.point(); err != nil {
		return out, err
	}
	out.NonSignerQuorumBitmapIndices, out.QuorumApkIndices, out.TotalStakeIndices = orEmpty(a.NonSignerQuorumBitmapIndices), orEmpty(a.QuorumApkIndices), orEmpty(a.TotalStakeIndices)
	out.NonSignerStakeIndices = make([][]uint32, len(a.NonSignerStakeIndices))
	for i, ix := range a.NonSignerStakeIndices {
		out.NonSignerStakeIndices[i] = orEmpty(ix)
	}
	return out, nil
}

// AttestedSignature recovers the aggregate signature of round from the
// registry's attest call in tx (the CheckpointAttested event carries only
// the claims); ok is false when tx is not a direct attest call of that
// round (a contract called the registry).
func AttestedSignature(tx *types.Transaction, round uint64) (sig *equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature, ok bool) {
	a, err := rollcallregistry.RollcallRegistryMetaData.GetAbi()
	if err != nil {
		return nil, false
	}
	m, found := a.Methods["attest"]
	data := tx.Data()
	if !found || len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return nil, false
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 5 {
		return nil, false
	}
	if r, isRound := args[0].(uint64); !isRound || r != round {
		return nil, false
	}
	defer func() {
		if recover() != nil {
			sig, ok = nil, false
		}
	}()
	out, ok := abi.ConvertType(args[4], new(equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature)).(*equivocationslasher.IBLSSignatureCheckerNonSignerStakesAndSignature)
	return out, ok
}
