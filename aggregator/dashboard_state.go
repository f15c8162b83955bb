package aggregator

import (
	"context"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rollcall-avs/rollcall/aggregator/dashboard"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/deploy"
)

var _ dashboard.Source = (*Service)(nil)

// headBook remembers each rollup's last head read, for the dashboard.
type headBook struct {
	mu    sync.Mutex
	heads map[uint64]api.DashboardRollup
}

// note records the outcome of one head read of rollup chainID.
func (b *headBook) note(chainID, head uint64, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.heads == nil {
		b.heads = map[uint64]api.DashboardRollup{}
	}
	h := b.heads[chainID]
	h.ChainID = chainID
	if err != nil {
		h.HeadError = err.Error()
	} else {
		h.Head, h.HeadAt, h.HeadError = head, time.Now().UnixMilli(), ""
	}
	b.heads[chainID] = h
}

func (b *headBook) get(chainID uint64) api.DashboardRollup {
	b.mu.Lock()
	defer b.mu.Unlock()
	h := b.heads[chainID]
	h.ChainID = chainID
	return h
}

// DashboardState summarises the newest rounds, the operators' participation
// in them and every tracked rollup's head and attested height.
func (s *Service) DashboardState(ctx context.Context) (*api.DashboardState, error) {
	rounds, err := (&rpcService{s: s}).ListRounds(api.ListRoundsRequest{Limit: api.DashboardRounds})
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	threshold := s.threshold
	var registered []common.Hash
	if r, ok := s.rounds[s.newest]; ok {
		for id := range r.snap.Operators {
			registered = append(registered, id)
		}
	}
	s.mu.Unlock()

	st := &api.DashboardState{
		Now: time.Now().UnixMilli(), L1ChainID: s.dep.L1.ChainID, Registry: s.dep.AVS.Registry,
		ThresholdBips: threshold, RoundEvery: s.cfg.RoundEvery, ReplicaIndex: s.cfg.ReplicaIndex, ReplicaCount: s.cfg.ReplicaCount,
		Rounds: []api.DashboardRound{}, Operators: []api.DashboardOperator{},
		Rollups: []api.DashboardRollup{},
	}
	ops := map[common.Hash]*api.DashboardOperator{}
	operator := func(id common.Hash) *api.DashboardOperator {
		o, ok := ops[id]
		if !ok {
			o = &api.DashboardOperator{OperatorID: id}
			ops[id] = o
		}
		return o
	}
	for _, id := range registered {
		operator(id)
	}
	attested := map[uint64]api.DashboardRollup{} // chain id → newest attested height
	for _, r := range rounds {
		row := api.DashboardRound{
			Round: r.Round, Status: r.Status, ReferenceBlock: r.ReferenceBlock, Rollups: len(r.Targets),
			Signers: len(r.Signers), Operators: r.Operators, SignedBips: r.SignedBips, GasUsed: r.GasUsed,
			OpenedAt: r.OpenedAt, TxHash: r.TxHash, AttestedElsewhere: r.AttestedElsewhere, AttestReverts: r.AttestReverts,
		}
		if r.Status == api.StatusAttested && r.AttestedAt > 0 {
			row.LatencyMs = r.AttestedAt - r.OpenedAt
			for _, t := range r.Targets {
				if a, ok := attested[t.ChainID]; !ok || t.BlockNumber > a.AttestedHeight {
					attested[t.ChainID] = api.DashboardRollup{AttestedHeight: t.BlockNumber, AttestedRound: r.Round}
				}
			}
		}
		st.Rounds = append(st.Rounds, row)
		for _, sg := range r.Signers {
			o := operator(sg.OperatorID)
			if r.Status != api.StatusOpen {
				o.Signed++
			}
			o.LastSignedRound = max(o.LastSignedRound, r.Round)
		}
	}
	// Closed rounds count for every operator known here; an operator that
	// registered later than a round is counted against it too, which the
	// page's "signed / considered" makes visible rather than hides.
	closed := 0
	for _, r := range rounds {
		if r.Status != api.StatusOpen {
			closed++
		}
	}
	for _, o := range ops {
		o.Considered = closed
		st.Operators = append(st.Operators, *o)
	}
	slices.SortFunc(st.Operators, func(a, b api.DashboardOperator) int { return a.OperatorID.Cmp(b.OperatorID) })

	infos := map[uint64]deploy.RollupInfo{}
	for _, r := range s.dep.Rollups {
		infos[r.ChainID] = r
	}
	deliveries := make([]delivered, len(s.readers))
	var wg sync.WaitGroup
	for i, rd := range s.readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			deliveries[i] = s.delivered.read(ctx, infos[rd.ChainID()])
		}()
	}
	wg.Wait()
	for i, rd := range s.readers {
		h := s.heads.get(rd.ChainID())
		h.DeliveredRound, h.DeliveredError = deliveries[i].round, deliveries[i].err
		if a, ok := attested[rd.ChainID()]; ok {
			h.AttestedHeight, h.AttestedRound = a.AttestedHeight, a.AttestedRound
			if h.Head > a.AttestedHeight {
				h.Lag = h.Head - a.AttestedHeight
			}
		}
		st.Rollups = append(st.Rollups, h)
	}
	slices.SortFunc(st.Rollups, func(a, b api.DashboardRollup) int { return cmpUint(a.ChainID, b.ChainID) })
	return st, nil
}
