package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/chainio"
)

// Deployment is the file every rollcall command reads to find the chain and
// the contracts: written by `rollcall devnet` and `rollcall deploy`.
type Deployment struct {
	L1         L1Info       `json:"l1"`
	EigenLayer EigenLayer   `json:"eigenlayer"`
	AVS        AVS          `json:"avs"`
	Rollups    []RollupInfo `json:"rollups,omitempty"`
	// DevKeys are funded, publicly known devnet keys. Only `rollcall devnet`
	// writes them; a deployment on a real chain never has any.
	DevKeys []DevKey `json:"devKeys,omitempty"`
}

// L1Info says where the L1 is and when rollcall was deployed on it.
type L1Info struct {
	ChainID         uint64 `json:"chainId"`
	RPCURL          string `json:"rpcUrl"`
	WSURL           string `json:"wsUrl,omitempty"`
	DeployedAtBlock uint64 `json:"deployedAtBlock"`
}

// EigenLayer holds the core contracts (proxies, which are what callers use).
// It is also the format of `rollcall deploy --eigenlayer FILE`
// (LoadEigenLayer, docs/deploy.md). Fields tagged optional may be absent
// (zero) for a network rollcall did not deploy: rollcall never calls them.
type EigenLayer struct {
	DelegationManager    common.Address `json:"delegationManager"`
	StrategyManager      common.Address `json:"strategyManager"`
	AllocationManager    common.Address `json:"allocationManager"`
	AVSDirectory         common.Address `json:"avsDirectory"`
	PermissionController common.Address `json:"permissionController"`
	RewardsCoordinator   common.Address `json:"rewardsCoordinator"`
	EigenPodManager      common.Address `json:"eigenPodManager,omitzero" deploy:"optional"`
	EigenPodBeacon       common.Address `json:"eigenPodBeacon,omitzero" deploy:"optional"`
	PauserRegistry       common.Address `json:"pauserRegistry,omitzero" deploy:"optional"`
	ProxyAdmin           common.Address `json:"proxyAdmin,omitzero" deploy:"optional"`
	// Token is the devnet's test token (`operator register --deposit`
	// mints and deposits it); absent on a public network.
	Token common.Address `json:"token,omitzero" deploy:"optional"`
	// Strategy is the strategy rollcall's quorum weighs stake in (one share
	// = one unit of stake): on devnets, the test token's.
	Strategy common.Address `json:"strategy"`
}

// Addresses lists the core addresses that are set, by their JSON path
// ("eigenlayer.delegationManager").
func (el EigenLayer) Addresses() map[string]common.Address {
	out := map[string]common.Address{}
	collectAddresses(out, "eigenlayer.", el)
	return out
}

// CheckCore reports the first core address rollcall needs that is
// missing.
func (el EigenLayer) CheckCore() error {
	out := map[string]common.Address{}
	collectAddresses(out, "", el)
	for _, name := range sortedKeys(out) {
		if out[name] == (common.Address{}) {
			return fmt.Errorf("%w: %s", ErrMissingAddress, name)
		}
	}
	return nil
}

// LoadEigenLayer reads the core addresses of a network (the `eigenlayer`
// object of a deployment file, alone in its file; unknown keys are errors)
// and checks that every required one is there.
func LoadEigenLayer(path string) (EigenLayer, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return EigenLayer{}, fmt.Errorf("read EigenLayer addresses: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var el EigenLayer
	if err := dec.Decode(&el); err != nil {
		return EigenLayer{}, fmt.Errorf("parse EigenLayer addresses %s: %w", path, err)
	}
	if err := el.CheckCore(); err != nil {
		return EigenLayer{}, fmt.Errorf("EigenLayer addresses %s: %w", path, err)
	}
	return el, nil
}

func sortedKeys(m map[string]common.Address) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// AVS holds rollcall's middleware and its own contracts.
type AVS struct {
	// ServiceManager is the AVS address in EigenLayer and also the BLS
	// signature checker.
	ServiceManager         common.Address `json:"serviceManager"`
	RegistryCoordinator    common.Address `json:"registryCoordinator"`
	BLSApkRegistry         common.Address `json:"blsApkRegistry"`
	StakeRegistry          common.Address `json:"stakeRegistry"`
	IndexRegistry          common.Address `json:"indexRegistry"`
	SocketRegistry         common.Address `json:"socketRegistry"`
	OperatorStateRetriever common.Address `json:"operatorStateRetriever"`
	PauserRegistry         common.Address `json:"pauserRegistry"`
	ProxyAdmin             common.Address `json:"proxyAdmin"`
	// Registry is rollcall's own contract: attested checkpoints and claims.
	Registry common.Address `json:"registry"`
	// PeerState verifies accounts and storage of an attested rollup block.
	PeerState common.Address `json:"peerState"`
	// Slasher turns evidence of conflicting signed claims into slashes: the
	// AVS's appointee for AllocationManager.slashOperator.
	Slasher common.Address `json:"slasher"`
	// Owner owns the middleware and is the AVS's admin in the
	// PermissionController (it can slash through the AllocationManager).
	Owner common.Address `json:"owner"`
	// OperatorSetID is the operator set (and quorum number) rollcall uses.
	OperatorSetID uint32 `json:"operatorSetId"`
	// MaxOperators is the operator set's cap at deployment (the quorum's
	// maxOperatorCount; the coordinator's owner may change it, so checks
	// that must be exact read the chain). Zero in files written before it
	// was recorded.
	MaxOperators uint32 `json:"maxOperators,omitempty"`
}

// RollupInfo names one rollup chain rollcall attests, and rollcall's
// contracts on it.
type RollupInfo struct {
	ChainID uint64 `json:"chainId"`
	RPCURL  string `json:"rpcUrl"`
	WSURL   string `json:"wsUrl,omitempty"`
	// Contracts deployed on the rollup by DeployRollup.
	Contracts RollupContracts `json:"contracts,omitzero"`
	// TokenHolders are the accounts Contracts.Token was minted to, between
	// which the devnet moves tokens in every block. Devnets only.
	TokenHolders []common.Address `json:"tokenHolders,omitempty"`
}

// VerifyCode checks that every contract of the rollup holds code; client
// must be a client of that rollup.
func (r RollupInfo) VerifyCode(ctx context.Context, client CodeReader) error {
	for name, addr := range r.Contracts.Addresses() {
		code, err := client.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("rollup %d: read code of contracts.%s (%s): %w", r.ChainID, name, addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("rollup %d: no code at contracts.%s (%s)", r.ChainID, name, addr)
		}
	}
	return nil
}

// DevKey is a funded devnet key with what it is meant for.
type DevKey struct {
	Role       string         `json:"role"`
	Address    common.Address `json:"address"`
	PrivateKey string         `json:"privateKey"`
}

// ErrMissingAddress is returned by Check when a contract address is zero.
var ErrMissingAddress = errors.New("missing contract address")

// Load reads and checks a deployment file.
func Load(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var d Deployment
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	if err := d.Check(); err != nil {
		return nil, fmt.Errorf("deployment %s: %w", path, err)
	}
	return &d, nil
}

// Save writes the file atomically (temp file + rename) so that a reader never
// sees half a deployment.
func (d *Deployment) Save(path string) error {
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(raw, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}

// Check reports the first missing field.
func (d *Deployment) Check() error {
	if d.L1.ChainID == 0 {
		return errors.New("l1.chainId is missing")
	}
	if d.L1.RPCURL == "" {
		return errors.New("l1.rpcUrl is missing")
	}
	for name, addr := range d.Contracts() {
		if addr == (common.Address{}) {
			return fmt.Errorf("%w: %s", ErrMissingAddress, name)
		}
	}
	return nil
}

// Contracts lists every L1 contract address by its JSON path, e.g.
// "eigenlayer.delegationManager". Owner is an account, not a contract.
// Rollup contracts live on other chains: see RollupInfo.VerifyCode.
func (d *Deployment) Contracts() map[string]common.Address {
	out := map[string]common.Address{}
	collectAddresses(out, "eigenlayer.", d.EigenLayer)
	collectAddresses(out, "avs.", d.AVS)
	return out
}

// collectAddresses adds every address field of the struct v to out, under
// prefix + its JSON name. A field named Owner is an account and is skipped,
// and so is an optional field left zero.
func collectAddresses(out map[string]common.Address, prefix string, v any) {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		addr, ok := rv.Field(i).Interface().(common.Address)
		if !ok || rt.Field(i).Name == "Owner" {
			continue
		}
		if rt.Field(i).Tag.Get("deploy") == "optional" && addr == (common.Address{}) {
			continue
		}
		out[prefix+jsonName(rt.Field(i))] = addr
	}
}

func jsonName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	for i := 0; i < len(tag); i++ {
		if tag[i] == ',' {
			return tag[:i]
		}
	}
	return tag
}

// CodeReader is the one call VerifyCode needs.
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// VerifyCode checks that every contract address holds code.
func (d *Deployment) VerifyCode(ctx context.Context, client CodeReader) error {
	for name, addr := range d.Contracts() {
		code, err := client.CodeAt(ctx, addr, nil)
		if err != nil {
			return fmt.Errorf("read code of %s (%s): %w", name, addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("no code at %s (%s)", name, addr)
		}
	}
	return nil
}

// RollupURLs maps each rollup's chain id to the rpcUrl the file lists: the
// URL a config's rollup entry without rpc uses (rollup.Specs.WithURLs).
func (d *Deployment) RollupURLs() map[uint64]string {
	out := make(map[uint64]string, len(d.Rollups))
	for _, r := range d.Rollups {
		out[r.ChainID] = r.RPCURL
	}
	return out
}

// RollupChainIDs are the chain ids of the rollups the file lists, in order.
func (d *Deployment) RollupChainIDs() []uint64 {
	out := make([]uint64, 0, len(d.Rollups))
	for _, r := range d.Rollups {
		out = append(out, r.ChainID)
	}
	return out
}

// SDKAddresses are the addresses eigensdk-go's clients are built from.
func (d *Deployment) SDKAddresses() chainio.Addresses {
	return chainio.Addresses{
		DelegationManager:      d.EigenLayer.DelegationManager,
		AVSDirectory:           d.EigenLayer.AVSDirectory,
		RewardsCoordinator:     d.EigenLayer.RewardsCoordinator,
		PermissionController:   d.EigenLayer.PermissionController,
		RegistryCoordinator:    d.AVS.RegistryCoordinator,
		OperatorStateRetriever: d.AVS.OperatorStateRetriever,
		ServiceManager:         d.AVS.ServiceManager,
	}
}
