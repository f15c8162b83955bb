package slashing

import (
	"context"
	"fmt"
	"math/big"

	allocmgr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/AllocationManager"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/attestation"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/deploy"
)

// chainReader reads the operator's EigenLayer and rollcall state at one
// L1 head, and events in [from, head].
type chainReader struct {
	l1       L1
	dep      *deploy.Deployment
	head     uint64
	from     uint64
	am       *allocmgr.ContractAllocationManager
	coord    *regcoord.ContractSlashingRegistryCoordinator
	registry *rollcallregistry.RollcallRegistry
	set      allocmgr.OperatorSet
}

func newChainReader(l1 L1, dep *deploy.Deployment, head, from uint64) (*chainReader, error) {
	am, err := allocmgr.NewContractAllocationManager(dep.EigenLayer.AllocationManager, l1)
	if err != nil {
		return nil, fmt.Errorf("bind AllocationManager: %w", err)
	}
	coord, err := regcoord.NewContractSlashingRegistryCoordinator(dep.AVS.RegistryCoordinator, l1)
	if err != nil {
		return nil, fmt.Errorf("bind registry coordinator: %w", err)
	}
	reg, err := rollcallregistry.NewRollcallRegistry(dep.AVS.Registry, l1)
	if err != nil {
		return nil, fmt.Errorf("bind registry: %w", err)
	}
	return &chainReader{
		l1: l1, dep: dep, head: head, from: from, am: am, coord: coord, registry: reg,
		set: allocmgr.OperatorSet{Avs: dep.AVS.ServiceManager, Id: dep.AVS.OperatorSetID},
	}, nil
}

// call reads at the head, so that every answer is about the same block.
func (c *chainReader) call(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(c.head)}
}

func (c *chainReader) filter(ctx context.Context) *bind.FilterOpts {
	end := c.head
	return &bind.FilterOpts{Context: ctx, Start: c.from, End: &end}
}

// slashings are the AllocationManager's OperatorSlashed events of the
// operator, any AVS (the event has no indexed field: filter here).
func (c *chainReader) slashings(ctx context.Context, op common.Address) ([]Slashing, error) {
	it, err := c.am.FilterOperatorSlashed(c.filter(ctx))
	if err != nil {
		return nil, fmt.Errorf("read OperatorSlashed events: %w", err)
	}
	defer it.Close()
	out := []Slashing{}
	for it.Next() {
		e := it.Event
		if e.Operator != op {
			continue
		}
		s := Slashing{
			Block: e.Raw.BlockNumber, TxHash: e.Raw.TxHash, AVS: e.OperatorSet.Avs, OperatorSetID: e.OperatorSet.Id,
			Rollcall: e.OperatorSet.Avs == c.dep.AVS.ServiceManager, Description: e.Description,
		}
		for i, st := range e.Strategies {
			ss := SlashedStrategy{Strategy: st}
			if i < len(e.WadSlashed) {
				ss.Wad = Dec{e.WadSlashed[i]}
			}
			s.Strategies = append(s.Strategies, ss)
		}
		out = append(out, s)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read OperatorSlashed events: %w", err)
	}
	return out, nil
}

// registration reads the operator's standing in rollcall's operator set.
func (c *chainReader) registration(ctx context.Context, op common.Address) (Registration, error) {
	var r Registration
	var err error
	if r.DeallocationDelay, err = c.am.DEALLOCATIONDELAY(c.call(ctx)); err != nil {
		return r, fmt.Errorf("read DEALLOCATION_DELAY: %w", err)
	}
	member, err := c.am.IsMemberOfOperatorSet(c.call(ctx), op, c.set)
	if err != nil {
		return r, fmt.Errorf("read isMemberOfOperatorSet: %w", err)
	}
	if r.Slashable, err = c.am.IsOperatorSlashable(c.call(ctx), op, c.set); err != nil {
		return r, fmt.Errorf("read isOperatorSlashable: %w", err)
	}
	sets, err := c.am.GetRegisteredSets(c.call(ctx), op)
	if err != nil {
		return r, fmt.Errorf("read getRegisteredSets: %w", err)
	}
	for _, s := range sets {
		if s != c.set {
			r.OtherSets = append(r.OtherSets, OperatorSet{AVS: s.Avs, ID: s.Id})
		}
	}

	// The blocks of the last registration and deregistration.
	added, err := c.am.FilterOperatorAddedToOperatorSet(c.filter(ctx), []common.Address{op})
	if err != nil {
		return r, fmt.Errorf("read OperatorAddedToOperatorSet events: %w", err)
	}
	for added.Next() {
		if added.Event.OperatorSet == c.set {
			r.RegisteredAt = added.Event.Raw.BlockNumber
		}
	}
	added.Close()
	if err := added.Error(); err != nil {
		return r, fmt.Errorf("read OperatorAddedToOperatorSet events: %w", err)
	}
	until, deregistered, err := chainio.SlashableUntil(ctx, c.am, op, c.set, c.from, c.head)
	if err != nil {
		return r, err
	}
	if deregistered {
		r.DeregisteredAt = until - uint64(r.DeallocationDelay)
	}

	switch {
	case member:
		r.State = Registered
		r.DeregisteredAt = 0
	case r.DeregisteredAt != 0 || r.RegisteredAt != 0:
		r.State = Deregistered
		if deregistered {
			r.SlashableUntil = until
			if r.Ejected, err = c.ejectedAt(ctx, op, r.DeregisteredAt); err != nil {
				return r, err
			}
		}
	default:
		r.State = Never
	}
	return r, nil
}

// ejectedAt tells whether the deregistration at block was an ejection: the
// registry coordinator's lastEjectionTimestamp is that block's time.
func (c *chainReader) ejectedAt(ctx context.Context, op common.Address, block uint64) (bool, error) {
	ts, err := c.coord.LastEjectionTimestamp(c.call(ctx), op)
	if err != nil {
		return false, fmt.Errorf("read lastEjectionTimestamp: %w", err)
	}
	if ts.Sign() == 0 {
		return false, nil
	}
	h, err := c.l1.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return false, fmt.Errorf("read block %d: %w", block, err)
	}
	return ts.Uint64() == h.Time, nil
}

// stake reads, for each strategy of rollcall's operator set, the
// operator's allocation and its minimum slashable stake now.
func (c *chainReader) stake(ctx context.Context, op common.Address) ([]StrategyStake, error) {
	strategies, err := c.am.GetStrategiesInOperatorSet(c.call(ctx), c.set)
	if err != nil {
		return nil, fmt.Errorf("read strategies of operator set %d: %w", c.set.Id, err)
	}
	out := []StrategyStake{}
	if len(strategies) == 0 {
		return out, nil
	}
	minimum, err := c.am.GetMinimumSlashableStake(c.call(ctx), c.set, []common.Address{op}, strategies, uint32(c.head))
	if err != nil {
		return nil, fmt.Errorf("read getMinimumSlashableStake: %w", err)
	}
	maxMags, err := c.am.GetMaxMagnitudes0(c.call(ctx), op, strategies)
	if err != nil {
		return nil, fmt.Errorf("read getMaxMagnitudes: %w", err)
	}
	for i, st := range strategies {
		alloc, err := c.am.GetAllocation(c.call(ctx), op, c.set, st)
		if err != nil {
			return nil, fmt.Errorf("read allocation of strategy %s: %w", st, err)
		}
		s := StrategyStake{Strategy: st, Magnitude: alloc.CurrentMagnitude, Slashable: Dec{new(big.Int)}}
		if alloc.PendingDiff != nil && alloc.PendingDiff.Sign() != 0 {
			s.PendingDiff, s.EffectBlock = &Dec{alloc.PendingDiff}, alloc.EffectBlock
		}
		if i < len(maxMags) {
			s.MaxMagnitude = maxMags[i]
		}
		if len(minimum) > 0 && i < len(minimum[0]) && minimum[0][i] != nil {
			s.Slashable = Dec{minimum[0][i]}
		}
		out = append(out, s)
	}
	return out, nil
}

// operatorID is the operator's id in rollcall's registry coordinator (zero
// when it never registered). It stays after deregistration.
func (c *chainReader) operatorID(ctx context.Context, op common.Address) (common.Hash, error) {
	id, err := c.coord.GetOperatorId(c.call(ctx), op)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read operator id: %w", err)
	}
	return id, nil
}

// attestedClaims are every claim the registry attested in [from, head],
// from its CheckpointAttested logs.
func (c *chainReader) attestedClaims(ctx context.Context) ([]AttestedClaim, error) {
	it, err := c.registry.FilterCheckpointAttested(c.filter(ctx), nil)
	if err != nil {
		return nil, fmt.Errorf("read CheckpointAttested events: %w", err)
	}
	defer it.Close()
	var out []AttestedClaim
	for it.Next() {
		claims, err := attestation.UnpackClaims(it.Event.Claims)
		if err != nil {
			return nil, fmt.Errorf("round %d: %w", it.Event.Round, err)
		}
		for _, cl := range claims {
			out = append(out, AttestedClaim{Claim: cl, Round: it.Event.Round})
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read CheckpointAttested events: %w", err)
	}
	return out, nil
}
