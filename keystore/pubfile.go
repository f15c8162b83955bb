package keystore

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"

	"github.com/rollcall-avs/rollcall/core"
)

// A BLS key's public parts are kept in the clear beside its keystore, in
// <NAME>.bls.pub.json, so that `keys show` needs no password: the keystore
// itself carries only the G1 key (EIP-2335's pubkey). The file is written
// when the key is created or imported; it is checked against the keystore's
// G1 key and by a pairing (e(G1, g2) = e(g1, G2)) every time it is read, so
// an edited file is refused rather than shown.

// ErrNoPublicFile means a BLS key has no public-parts file (a keystore
// created before rollcall kept one, or by another tool).
var ErrNoPublicFile = errors.New("no public key file")

// PublicPath is the public-parts file of the BLS keystore at keystorePath.
func PublicPath(keystorePath string) string {
	return strings.TrimSuffix(keystorePath, "."+string(KindBLS)+".json") + "." + string(KindBLS) + ".pub.json"
}

// publicFile is the JSON of <NAME>.bls.pub.json: coordinates as 0x hex,
// G2's Fp2 elements as a0 + a1·u.
type publicFile struct {
	OperatorID string    `json:"operatorId"`
	G1         [2]string `json:"g1"` // x, y
	G2         [4]string `json:"g2"` // x.a0, x.a1, y.a0, y.a1
}

// SaveBLSPublic writes the public parts of kp beside the keystore at
// keystorePath (mode 0644: nothing secret).
func SaveBLSPublic(keystorePath string, kp *bls.KeyPair) error {
	g2 := kp.GetPubKeyG2()
	hexOf := func(b [32]byte) string { return fmt.Sprintf("0x%x", b[:]) }
	pf := publicFile{
		OperatorID: core.OperatorID(kp.PubKey).Hex(),
		G1:         [2]string{hexOf(kp.PubKey.X.Bytes()), hexOf(kp.PubKey.Y.Bytes())},
		G2:         [4]string{hexOf(g2.X.A0.Bytes()), hexOf(g2.X.A1.Bytes()), hexOf(g2.Y.A0.Bytes()), hexOf(g2.Y.A1.Bytes())},
	}
	raw, err := json.MarshalIndent(pf, "", "  ")
	if err != nil {
		return err
	}
	path := PublicPath(keystorePath)
	tmp, err := os.CreateTemp(filepath.Dir(path), ".pub-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(raw, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// LoadBLSPublicG2 reads the G2 key kept beside the keystore at keystorePath
// and checks it against g1 (the keystore's own G1 key): on the curve, in the
// subgroup, and the same secret (one pairing check). ErrNoPublicFile when
// there is no such file.
func LoadBLSPublicG2(keystorePath string, g1 *bls.G1Point) (*bls.G2Point, error) {
	path := PublicPath(keystorePath)
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w for %s", ErrNoPublicFile, keystorePath)
	}
	if err != nil {
		return nil, err
	}
	var pf publicFile
	if err := json.Unmarshal(raw, &pf); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if pf.G1[0] != fmt.Sprintf("0x%x", g1.X.Bytes()) || pf.G1[1] != fmt.Sprintf("0x%x", g1.Y.Bytes()) {
		return nil, fmt.Errorf("%s: its G1 key is not the keystore's", path)
	}
	var p bn254.G2Affine
	for i, dst := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		v, ok := new(big.Int).SetString(strings.TrimPrefix(pf.G2[i], "0x"), 16)
		if !ok || v.Sign() < 0 || v.Cmp(fp.Modulus()) >= 0 {
			return nil, fmt.Errorf("%s: g2[%d] is not a field element", path, i)
		}
		dst.SetBigInt(v)
	}
	if !p.IsOnCurve() || !p.IsInSubGroup() || p.IsInfinity() {
		return nil, fmt.Errorf("%s: g2 is not a valid G2 point", path)
	}
	// e(G1, g2) = e(g1, G2) ⇔ e(G1, −g2)·e(g1, G2) = 1.
	_, _, g1Gen, g2Gen := bn254.Generators()
	var negG2 bn254.G2Affine
	negG2.Neg(&g2Gen)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{*g1.G1Affine, g1Gen}, []bn254.G2Affine{negG2, p})
	if err != nil || !ok {
		return nil, fmt.Errorf("%s: its G2 key does not belong to the keystore's G1 key", path)
	}
	return &bls.G2Point{G2Affine: &p}, nil
}
