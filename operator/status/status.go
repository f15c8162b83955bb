// Package status gathers what an operator wants to know about itself from L1
// and the aggregator: is it an EigenLayer operator, is it registered to
// rollcall, with which key, with how much stake and allocated magnitude, is
// it signing, and is anything wrong. It only reads; `rollcall operator
// status` prints its Report.
package status

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"time"

	allocationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	blsapkregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	delegationmanager "github.com/Layr-Labs/eigensdk-go/contracts/bindings/DelegationManager"
	opstateretriever "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	socketregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	stakeregistry "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/deploy"
	"github.com/rollcall-avs/rollcall/internal/redact"
)

// Registration states, as the registry coordinator keeps them.
const (
	NeverRegistered = "never registered"
	Registered      = "registered"
	Deregistered    = "deregistered"
)

// Sources of the BLS key shown.
const (
	KeySourceKeystore = "keystore"
	KeySourceChain    = "chain"
)

// Report is an operator's status at one L1 block.
type Report struct {
	Operator  common.Address `json:"operator"`
	L1ChainID uint64         `json:"l1ChainId"`
	// Block is the L1 block everything on chain was read at.
	Block uint64 `json:"block"`

	EigenLayerOperator bool `json:"eigenLayerOperator"`
	// Registration is the registry coordinator's status of the operator:
	// "registered", "deregistered" or "never registered".
	Registration string `json:"registration"`
	Registered   bool   `json:"registered"`
	// OperatorID is the hash of the BLS G1 public key.
	OperatorID *common.Hash `json:"operatorId,omitempty"`
	BLSKey     *G1Key       `json:"blsPublicKeyG1,omitempty"`
	// BLSKeySource says where BLSKey comes from: "keystore" or "chain".
	BLSKeySource string `json:"blsKeySource,omitempty"`
	Socket       string `json:"socket,omitempty"`

	Quorums     []Quorum     `json:"quorums"`
	Allocations []Allocation `json:"allocations"`
	// Slashable: the AllocationManager still counts the operator as a
	// member of the operator set (registered, or deregistered at most
	// DEALLOCATION_DELAY blocks ago). SlashableUntil is, after a
	// deregistration, the last block at which it can still be slashed
	// (chainio.SlashableUntil); 0 when registered or unknown.
	Slashable      bool   `json:"slashable"`
	SlashableUntil uint64 `json:"slashableUntil,omitempty"`

	// L1 is the participation read from the registry's CheckpointAttested
	// events and the non-signers of each attest transaction; Aggregator
	// the one read from the aggregator's rounds.
	L1         *Participation `json:"l1Participation,omitempty"`
	Aggregator *Participation `json:"aggregatorParticipation,omitempty"`

	Warnings []string `json:"warnings"`
}

// G1Key is a BN254 G1 point (hex coordinates).
type G1Key struct {
	X string `json:"x"`
	Y string `json:"y"`
}

// Quorum is the operator's stake in one quorum at Report.Block.
type Quorum struct {
	Number       uint8    `json:"quorum"`
	Stake        *big.Int `json:"stake"`
	TotalStake   *big.Int `json:"totalStake"`
	Share        float64  `json:"share"` // Stake / TotalStake, 0..1
	MinimumStake *big.Int `json:"minimumStake"`
	Operators    int      `json:"operators"`
}

// Allocation is the operator's magnitude allocated to rollcall's operator
// set for one strategy.
type Allocation struct {
	Strategy         common.Address `json:"strategy"`
	OperatorSetID    uint32         `json:"operatorSetId"`
	CurrentMagnitude uint64         `json:"currentMagnitude"`
	// PendingDiff is the pending change (negative: deallocation),
	// effective at EffectBlock.
	PendingDiff  *big.Int `json:"pendingDiff"`
	EffectBlock  uint32   `json:"effectBlock,omitempty"`
	MaxMagnitude uint64   `json:"maxMagnitude"`
	// OperatorShares are the shares delegated to the operator in the
	// strategy; SlashableShares the part rollcall can slash.
	OperatorShares  *big.Int `json:"operatorShares"`
	SlashableShares *big.Int `json:"slashableShares"`
}

// Participation is how often the operator signed the rounds it could sign
// (those whose reference block it was registered at).
type Participation struct {
	// Source is "l1" or "aggregator".
	Source string `json:"source"`
	// Rounds is how many rounds were considered, Signed how many of them
	// the operator signed; Rate is Signed / Rounds (0 when Rounds is 0).
	Rounds int     `json:"rounds"`
	Signed int     `json:"signed"`
	Rate   float64 `json:"rate"`
	// LastSigned are the newest rounds it signed, newest first.
	LastSigned []SignedRound `json:"lastSigned"`
	Note       string        `json:"note,omitempty"`
}

// SignedRound is one round the operator signed.
type SignedRound struct {
	Round          uint64      `json:"round"`
	ReferenceBlock uint32      `json:"referenceBlock"`
	Status         string      `json:"status,omitempty"`
	AttestedBlock  uint64      `json:"attestedBlock,omitempty"`
	TxHash         common.Hash `json:"txHash,omitempty"`
}

// RoundLister is the aggregator API call status needs.
type RoundLister interface {
	ListRounds(ctx context.Context, req api.ListRoundsRequest) ([]api.RoundStatus, error)
}

// Config says whose status to gather and where from.
type Config struct {
	Client     *ethclient.Client
	Deployment *deploy.Deployment
	Operator   common.Address
	// Keystore is the BLS public key from the operator's keystore; nil
	// when the keystore was not opened (KeystoreNote then says why).
	Keystore     *bls.G1Point
	KeystoreNote string
	// Aggregator serves the rounds (nil: none configured or not reachable;
	// AggregatorErr then says why). AggregatorURL names it in warnings.
	Aggregator    RoundLister
	AggregatorErr error
	AggregatorURL string
	// Followed are the chain ids of the rollups the operator's config
	// follows (nil: not checked). Rollups the AVS attests that it does not
	// follow (listed by the deployment, or named by the aggregator's
	// recent rounds) are warnings: rounds naming them are refused.
	Followed []uint64
	// NodeAPI is the operator's node API base URL (empty: not checked).
	NodeAPI    string
	HTTPClient *http.Client
	// Rounds bounds how many recent rounds participation looks at
	// (default DefaultRounds).
	Rounds int
	// LastSigned is how many signed rounds are listed (default 5).
	LastSigned int
}

// DefaultRounds is how many recent rounds participation looks at.
const DefaultRounds = 100

// contracts are the bindings Gather reads.
type contracts struct {
	am      *allocationmanager.ContractAllocationManager
	dm      *delegationmanager.ContractDelegationManagerCaller
	blsReg  *blsapkregistry.ContractBLSApkRegistryCaller
	stake   *stakeregistry.ContractStakeRegistryCaller
	coord   *regcoord.ContractSlashingRegistryCoordinatorCaller
	sockets *socketregistry.ContractSocketRegistryCaller
	osr     *opstateretriever.ContractOperatorStateRetrieverCaller
}

func bindContracts(client *ethclient.Client, dep *deploy.Deployment) (*contracts, error) {
	c := &contracts{}
	var err error
	bindings := []func() error{
		func() error {
			c.am, err = allocationmanager.NewContractAllocationManager(dep.EigenLayer.AllocationManager, client)
			return err
		},
		func() error {
			c.dm, err = delegationmanager.NewContractDelegationManagerCaller(dep.EigenLayer.DelegationManager, client)
			return err
		},
		func() error {
			c.blsReg, err = blsapkregistry.NewContractBLSApkRegistryCaller(dep.AVS.BLSApkRegistry, client)
			return err
		},
		func() error {
			c.stake, err = stakeregistry.NewContractStakeRegistryCaller(dep.AVS.StakeRegistry, client)
			return err
		},
		func() error {
			c.coord, err = regcoord.NewContractSlashingRegistryCoordinatorCaller(dep.AVS.RegistryCoordinator, client)
			return err
		},
		func() error {
			c.sockets, err = socketregistry.NewContractSocketRegistryCaller(dep.AVS.SocketRegistry, client)
			return err
		},
		func() error {
			c.osr, err = opstateretriever.NewContractOperatorStateRetrieverCaller(dep.AVS.OperatorStateRetriever, client)
			return err
		},
	}
	for _, b := range bindings {
		if err := b(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// gatherer holds what Gather has read so far.
type gatherer struct {
	cfg  Config
	c    *contracts
	opts *bind.CallOpts
	r    *Report
	// history is the operator's quorum bitmap history (registration
	// intervals).
	history []bitmapUpdate
	// pubkey is the G1 key registered on chain, which participation is
	// matched against (nil: none).
	pubkey *bls.G1Point
	// rounds are the aggregator's recent rounds (nil: not read).
	rounds []api.RoundStatus
}

// Gather reads the operator's status. Errors reading L1 fail it; problems
// with the aggregator or the node API become warnings.
func Gather(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Rounds <= 0 {
		cfg.Rounds = DefaultRounds
	}
	if cfg.LastSigned <= 0 {
		cfg.LastSigned = 5
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 5 * time.Second}
	}
	c, err := bindContracts(cfg.Client, cfg.Deployment)
	if err != nil {
		return nil, err
	}
	head, err := cfg.Client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read L1 head: %w", err)
	}
	g := &gatherer{
		cfg: cfg, c: c,
		opts: &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)},
		r:    &Report{Operator: cfg.Operator, L1ChainID: cfg.Deployment.L1.ChainID, Block: head, Quorums: []Quorum{}, Allocations: []Allocation{}, Warnings: []string{}},
	}
	steps := []func(context.Context) error{g.registration, g.key, g.stakes, g.allocations, g.slashable, g.l1Participation, g.aggregatorParticipation, g.unfollowed, g.nodeAPI}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	return g.r, nil
}

func (g *gatherer) warn(format string, args ...any) {
	g.r.Warnings = append(g.r.Warnings, fmt.Sprintf(format, args...))
}

func (g *gatherer) registration(ctx context.Context) error {
	op := g.cfg.Operator
	var err error
	if g.r.EigenLayerOperator, err = g.c.dm.IsOperator(g.opts, op); err != nil {
		return fmt.Errorf("DelegationManager isOperator: %w", err)
	}
	info, err := g.c.coord.GetOperator(g.opts, op)
	if err != nil {
		return fmt.Errorf("registry coordinator getOperator: %w", err)
	}
	switch info.Status {
	case 1:
		g.r.Registration, g.r.Registered = Registered, true
	case 2:
		g.r.Registration = Deregistered
	default:
		g.r.Registration = NeverRegistered
	}
	if info.OperatorId != ([32]byte{}) {
		id := common.Hash(info.OperatorId)
		g.r.OperatorID = &id
		if g.history, err = readBitmapHistory(g.c.coord, g.opts, id); err != nil {
			return err
		}
		if socket, err := g.c.sockets.GetOperatorSocket(g.opts, id); err == nil {
			g.r.Socket = socket
		}
	}
	switch {
	case !g.r.EigenLayerOperator:
		g.warn("not an EigenLayer operator: run `rollcall operator register`")
	case !g.r.Registered:
		g.warn("not registered to rollcall (%s): run `rollcall operator register`", g.r.Registration)
	}
	return nil
}

// key picks the BLS key to show: the keystore's, checked against the one
// on chain, or the chain's when the keystore was not opened.
func (g *gatherer) key(ctx context.Context) error {
	onChain, err := g.chainKey()
	if err != nil {
		return err
	}
	// Participation is matched against the key on chain: that is the one
	// the signature checker counts.
	g.pubkey = onChain
	if k := g.cfg.Keystore; k != nil {
		g.r.BLSKeySource = KeySourceKeystore
		id := core.OperatorID(k)
		if g.r.OperatorID == nil {
			g.r.OperatorID = &id
		}
		if onChain != nil && !onChain.G1Affine.Equal(k.G1Affine) {
			g.warn("BLS key mismatch: the keystore's key (operator id %s) is not the one registered on chain (operator id %s): point bls-keystore at the registered key, or the daemon's signatures will not count", id, *g.r.OperatorID)
		}
	} else if onChain != nil {
		g.r.BLSKeySource = KeySourceChain
		if g.cfg.KeystoreNote != "" {
			g.warn("BLS keystore not opened (%s): showing the key registered on chain", g.cfg.KeystoreNote)
		}
	} else if g.cfg.KeystoreNote != "" {
		g.warn("BLS keystore not opened (%s) and no key on chain: no operator id to show", g.cfg.KeystoreNote)
	}
	shown := g.cfg.Keystore
	if shown == nil {
		shown = onChain
	}
	if shown != nil {
		x, y := core.G1Coords(shown)
		g.r.BLSKey = &G1Key{X: hex32(x), Y: hex32(y)}
	}
	return nil
}

// chainKey is the operator's G1 key in the BLSApkRegistry (nil: none).
func (g *gatherer) chainKey() (*bls.G1Point, error) {
	hash, err := g.c.blsReg.OperatorToPubkeyHash(g.opts, g.cfg.Operator)
	if err != nil {
		return nil, fmt.Errorf("BLSApkRegistry operatorToPubkeyHash: %w", err)
	}
	if hash == ([32]byte{}) {
		return nil, nil
	}
	pk, err := g.c.blsReg.OperatorToPubkey(g.opts, g.cfg.Operator)
	if err != nil {
		return nil, fmt.Errorf("BLSApkRegistry operatorToPubkey: %w", err)
	}
	return bls.NewG1Point(pk.X, pk.Y), nil
}

func (g *gatherer) stakes(ctx context.Context) error {
	count, err := g.c.coord.QuorumCount(g.opts)
	if err != nil {
		return fmt.Errorf("registry coordinator quorumCount: %w", err)
	}
	if count == 0 {
		return nil
	}
	quorums := make([]byte, count)
	for i := range quorums {
		quorums[i] = byte(i)
	}
	state, err := g.c.osr.GetOperatorState(g.opts, g.cfg.Deployment.AVS.RegistryCoordinator, quorums, uint32(g.r.Block))
	if err != nil {
		return fmt.Errorf("OperatorStateRetriever getOperatorState: %w", err)
	}
	for i, ops := range state {
		q := Quorum{Number: quorums[i], Stake: new(big.Int), TotalStake: new(big.Int), Operators: len(ops)}
		for _, o := range ops {
			q.TotalStake.Add(q.TotalStake, o.Stake)
			if o.Operator == g.cfg.Operator {
				q.Stake.Set(o.Stake)
			}
		}
		if q.TotalStake.Sign() > 0 {
			q.Share, _ = new(big.Rat).SetFrac(q.Stake, q.TotalStake).Float64()
		}
		if q.MinimumStake, err = g.c.stake.MinimumStakeForQuorum(g.opts, q.Number); err != nil {
			return fmt.Errorf("StakeRegistry minimumStakeForQuorum: %w", err)
		}
		if g.r.Registered && q.Stake.Cmp(q.MinimumStake) < 0 {
			g.warn("stake below minimum in quorum %d: %s < %s: allocate more (rollcall operator register --allocation) or get more stake delegated, or the operator may be ejected", q.Number, q.Stake, q.MinimumStake)
		}
		g.r.Quorums = append(g.r.Quorums, q)
	}
	return nil
}

func (g *gatherer) operatorSet() allocationmanager.OperatorSet {
	return allocationmanager.OperatorSet{Avs: g.cfg.Deployment.AVS.ServiceManager, Id: g.cfg.Deployment.AVS.OperatorSetID}
}

func (g *gatherer) allocations(ctx context.Context) error {
	quorum := uint8(g.cfg.Deployment.AVS.OperatorSetID)
	n, err := g.c.stake.StrategyParamsLength(g.opts, quorum)
	if err != nil {
		return fmt.Errorf("StakeRegistry strategyParamsLength: %w", err)
	}
	wad := big.NewInt(1e18)
	for i := int64(0); i < n.Int64(); i++ {
		sp, err := g.c.stake.StrategyParamsByIndex(g.opts, quorum, big.NewInt(i))
		if err != nil {
			return fmt.Errorf("StakeRegistry strategyParamsByIndex: %w", err)
		}
		a, err := g.c.am.GetAllocation(g.opts, g.cfg.Operator, g.operatorSet(), sp.Strategy)
		if err != nil {
			return fmt.Errorf("AllocationManager getAllocation: %w", err)
		}
		maxMag, err := g.c.am.GetMaxMagnitude(g.opts, g.cfg.Operator, sp.Strategy)
		if err != nil {
			return fmt.Errorf("AllocationManager getMaxMagnitude: %w", err)
		}
		shares, err := g.c.dm.OperatorShares(g.opts, g.cfg.Operator, sp.Strategy)
		if err != nil {
			return fmt.Errorf("DelegationManager operatorShares: %w", err)
		}
		slashable := new(big.Int)
		if maxMag > 0 {
			prop := new(big.Int).Div(new(big.Int).Mul(new(big.Int).SetUint64(a.CurrentMagnitude), wad), new(big.Int).SetUint64(maxMag))
			slashable.Div(new(big.Int).Mul(shares, prop), wad)
		}
		alloc := Allocation{
			Strategy: sp.Strategy, OperatorSetID: g.cfg.Deployment.AVS.OperatorSetID,
			CurrentMagnitude: a.CurrentMagnitude, PendingDiff: a.PendingDiff, MaxMagnitude: maxMag,
			OperatorShares: shares, SlashableShares: slashable,
		}
		if a.PendingDiff.Sign() != 0 {
			alloc.EffectBlock = a.EffectBlock
			g.warn("allocation change of %s magnitude pending for strategy %s until block %d", a.PendingDiff, sp.Strategy.Hex(), a.EffectBlock)
		}
		g.r.Allocations = append(g.r.Allocations, alloc)
	}
	return nil
}

func (g *gatherer) slashable(ctx context.Context) error {
	var err error
	if g.r.Slashable, err = g.c.am.IsOperatorSlashable(g.opts, g.cfg.Operator, g.operatorSet()); err != nil {
		return fmt.Errorf("AllocationManager isOperatorSlashable: %w", err)
	}
	if !g.r.Slashable || g.r.Registered {
		return nil
	}
	// Deregistered at most DEALLOCATION_DELAY blocks ago.
	delay, err := g.c.am.DEALLOCATIONDELAY(g.opts)
	if err != nil {
		return fmt.Errorf("AllocationManager DEALLOCATION_DELAY: %w", err)
	}
	head := g.r.Block
	from := head - min(head, uint64(delay)+1)
	if g.r.SlashableUntil, _, err = chainio.SlashableUntil(ctx, g.c.am, g.cfg.Operator, g.operatorSet(), from, head); err != nil {
		return err
	}
	if g.r.SlashableUntil != 0 {
		g.warn("deregistered, but the stake allocated to rollcall stays slashable until block %d, that block included", g.r.SlashableUntil)
	} else {
		g.warn("deregistered, but the stake allocated to rollcall is still slashable (for at most %d more blocks)", delay)
	}
	return nil
}

func (g *gatherer) nodeAPI(ctx context.Context) error {
	if g.cfg.NodeAPI == "" {
		return nil
	}
	url := strings.TrimRight(g.cfg.NodeAPI, "/") + "/eigen/node/health"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		g.warn("node API unreachable: %v", err)
		return nil
	}
	resp, err := g.cfg.HTTPClient.Do(req)
	if err != nil {
		g.warn("node API unreachable at %s: is `rollcall operator run` running?", redact.URL(g.cfg.NodeAPI))
		return nil
	}
	defer resp.Body.Close()
	// The body's reasons say what is wrong (operator.HealthReport).
	var health struct {
		Reasons []string `json:"reasons"`
	}
	reasons := ""
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&health); err == nil && len(health.Reasons) > 0 {
		reasons = ": " + strings.Join(health.Reasons, "; ")
	}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusPartialContent:
		g.warn("node API reports partial health (206)%s", cmpOr(reasons, ": syncing, or a rollup node lags"))
	default:
		g.warn("node API reports unhealthy (%d)%s", resp.StatusCode, cmpOr(reasons, ": it cannot reach L1, a rollup or the aggregator"))
	}
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// unfollowed warns of each rollup the AVS attests (the deployment lists it,
// or a recent round of the aggregator names it) that the config does not
// follow: the daemon refuses every round naming it.
func (g *gatherer) unfollowed(context.Context) error {
	if g.cfg.Followed == nil {
		return nil
	}
	follows := map[uint64]bool{}
	for _, id := range g.cfg.Followed {
		follows[id] = true
	}
	source := map[uint64]string{}
	for _, id := range g.cfg.Deployment.RollupChainIDs() {
		if !follows[id] {
			source[id] = "listed by the deployment file"
		}
	}
	for _, r := range g.rounds {
		for _, t := range r.Targets {
			if _, ok := source[t.ChainID]; !ok && !follows[t.ChainID] {
				source[t.ChainID] = fmt.Sprintf("named by the aggregator's round %d", r.Round)
			}
		}
	}
	ids := make([]uint64, 0, len(source))
	for id := range source {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		g.warn("the AVS attests rollup %d (%s), which this operator does not follow: every round naming it is refused; add chain-id %d to rollups", id, source[id], id)
	}
	return nil
}

func hex32(v *big.Int) string { return fmt.Sprintf("0x%064x", v) }
