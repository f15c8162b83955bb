package aggregator

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/aggregator/chainstate"
	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core/optable/optabletest"
)

// tableOf builds the table of ops (one quorum) at ref with L1 timestamp ts.
func tableOf(t *testing.T, ref uint32, ts uint64, ops []optabletest.Operator) *certTable {
	t.Helper()
	set := optabletest.NewSet(t, ref, ts, []byte{0}, ops)
	return &certTable{table: set.Table, tree: set.Tree}
}

func withStake(ops []optabletest.Operator, i int, stake *big.Int) []optabletest.Operator {
	out := append([]optabletest.Operator(nil), ops...)
	leaf := out[i].Leaf
	leaf.Stakes = []*big.Int{stake}
	out[i].Leaf = leaf
	return out
}

func TestTableReason(t *testing.T) {
	ops := optabletest.NewOperators(t, optabletest.Equal(4, optabletest.Ether(100)))
	last := tableOf(t, 100, 1_000, ops[:3])
	const frac = 0.05
	age := time.Hour
	same := tableOf(t, 110, 1_000+60, ops[:3])
	require.Empty(t, tableReason(last, same, frac, age), "nothing changed, a minute later")

	require.Contains(t, tableReason(nil, same, frac, age), "no table certified")
	require.Contains(t, tableReason(last, tableOf(t, 110, 1_060, ops), frac, age), "operator count", "an operator joined")
	// Same count, another member: the keys differ.
	swapped := tableOf(t, 110, 1_060, []optabletest.Operator{ops[0], ops[1], ops[3]})
	require.Contains(t, tableReason(last, swapped, frac, age), "members of quorum 0")

	// 5% of 100 ether on one operator: the total moves 1.67%, the operator
	// exactly 5%, which is not "more than" 5%.
	require.Empty(t, tableReason(last, tableOf(t, 110, 1_060, withStake(ops[:3], 1, optabletest.Ether(105))), frac, age))
	// 6% on one operator: the total moves 2%, below the fraction, the
	// operator's own stake above it.
	reason := tableReason(last, tableOf(t, 110, 1_060, withStake(ops[:3], 1, optabletest.Ether(106))), frac, age)
	require.Contains(t, reason, "stake of operator "+ops[1].Leaf.OperatorID.Hex())
	// Down by 20% on one operator with a 10% fraction: the total (−6.7%)
	// stays inside, the operator does not.
	require.Contains(t, tableReason(last, tableOf(t, 110, 1_060, withStake(ops[:3], 0, optabletest.Ether(80))), 0.10, age), "stake of operator")
	// Every operator up 6%: the quorum total moves 6%.
	up := withStake(withStake(withStake(ops[:3], 0, optabletest.Ether(106)), 1, optabletest.Ether(106)), 2, optabletest.Ether(106))
	require.Contains(t, tableReason(last, tableOf(t, 110, 1_060, up), frac, age), "total stake of quorum 0")
	// Fraction 0: any change.
	require.NotEmpty(t, tableReason(last, tableOf(t, 110, 1_060, withStake(ops[:3], 1, new(big.Int).Add(optabletest.Ether(100), big.NewInt(1)))), 0, age))

	// Age: measured between the tables' L1 timestamps.
	require.Empty(t, tableReason(last, tableOf(t, 200, 1_000+3599, ops[:3]), frac, age))
	require.Contains(t, tableReason(last, tableOf(t, 200, 1_000+3600, ops[:3]), frac, age), "3600s old")
}

func TestMoved(t *testing.T) {
	for _, tc := range []struct {
		old, cur int64
		frac     float64
		want     bool
	}{
		{100, 105, 0.05, false}, {100, 106, 0.05, true}, {100, 95, 0.05, false}, {100, 94, 0.05, true},
		{0, 0, 0.05, false}, {0, 1, 0.05, true}, {100, 100, 0, false}, {100, 101, 0, true}, {100, 200, 1, false}, {100, 201, 1, true},
	} {
		require.Equal(t, tc.want, moved(big.NewInt(tc.old), big.NewInt(tc.cur), tc.frac), "%d → %d at %v", tc.old, tc.cur, tc.frac)
	}
}

func TestTableConfig(t *testing.T) {
	cfg := DefaultConfig()
	require.Equal(t, DefaultTableStakeChange, cfg.TableStakeChange)
	require.Equal(t, DefaultMaxTableAge, cfg.MaxTableAge)
	require.Equal(t, 1, cfg.L1Every, "every quorum round goes to L1 by default")
	for _, tc := range []struct {
		name   string
		change func(*Config)
		key    string
	}{
		{"negative stake change", func(c *Config) { c.TableStakeChange = -0.01 }, "table-stake-change"},
		{"stake change above 1", func(c *Config) { c.TableStakeChange = 1.5 }, "table-stake-change"},
		{"tiny table age", func(c *Config) { c.MaxTableAge = time.Millisecond }, "max-table-age"},
		{"l1-every 0", func(c *Config) { c.L1Every = 0 }, "l1-every"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := validConfig()
			tc.change(&cfg)
			err := cfg.Check()
			require.Error(t, err)
			require.True(t, strings.HasPrefix(err.Error(), tc.key), "error %q should name %q", err, tc.key)
		})
	}
	path := filepath.Join(t.TempDir(), "aggregator.yaml")
	require.NoError(t, os.WriteFile(path, []byte("data-dir: d\ntable-stake-change: 0\nmax-table-age: 10m\nl1-every: 4\nrollups:\n  - chain-id: 901\n    rpc: http://127.0.0.1:9545\n"), 0o600))
	cfg, err := LoadConfig(path)
	require.NoError(t, err)
	require.Zero(t, cfg.TableStakeChange, "0 means any change, not the default")
	require.Equal(t, 10*time.Minute, cfg.MaxTableAge)
	require.Equal(t, 4, cfg.L1Every)
	require.NoError(t, cfg.Check())
}

func TestRoundTableCertifiedAtThreshold(t *testing.T) {
	ops := optabletest.NewOperators(t, [][]*big.Int{{optabletest.Ether(100)}, {optabletest.Ether(100)}, {optabletest.Ether(200)}})
	ct := tableOf(t, 100, 1_000, ops)
	rt := newRoundTable(api.TableRequest{ReferenceBlock: 100, Digest: common.HexToHash("0x01")}, *ct)
	op := func(i int) *chainstate.Operator {
		return &chainstate.Operator{ID: ops[i].Leaf.OperatorID, Stake: ops[i].Leaf.Stakes}
	}
	rt.add(op(2))
	require.True(t, rt.meets(5000), "200 of 400 is 50%")
	require.False(t, rt.meets(6667))
	rt.add(op(0))
	require.True(t, rt.meets(7500), "300 of 400")
	require.False(t, rt.meets(7501))

	r := &round{rec: &roundRecord{Round: 3}, table: rt}
	require.NoError(t, r.checkTableSignature(true))
	err := r.checkTableSignature(false)
	require.Equal(t, api.CodeTableSignature, api.ErrorCode(err))
	require.ErrorContains(t, err, "tableSignature is required")
	r.table = nil
	require.NoError(t, r.checkTableSignature(false))
	require.ErrorContains(t, r.checkTableSignature(true), "must be absent")
}

func TestStoreLastTableAndCadence(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	defer st.Close()
	_, _, ok, err := st.LastTable()
	require.NoError(t, err)
	require.False(t, ok)
	req := func(ref uint32) *api.TableRequest {
		return &api.TableRequest{ReferenceBlock: ref, Digest: common.HexToHash("0x01")}
	}
	put := func(rec *roundRecord) { require.NoError(t, st.PutRound(rec)) }
	put(&roundRecord{Round: 1, Status: api.StatusAttested, Table: req(10), TableCertified: true, QuorumAt: 1})
	put(&roundRecord{Round: 2, Status: api.StatusCertified, Table: req(20), QuorumAt: 1}) // asked, not certified
	put(&roundRecord{Round: 3, Status: api.StatusCertified})
	// Certified table, but the round never reached quorum: deliverers
	// cannot read it, so it is not the last certified table.
	put(&roundRecord{Round: 4, Status: api.StatusExpired, Table: req(40), TableCertified: true})
	round, ref, ok, err := st.LastTable()
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, uint64(1), round)
	require.Equal(t, uint32(10), ref)
	put(&roundRecord{Round: 5, Status: api.StatusCertified, Table: req(50), TableCertified: true, QuorumAt: 1})
	put(&roundRecord{Round: 1, Status: api.StatusAttested, Table: req(10), TableCertified: true, QuorumAt: 1}) // rewritten: older, ignored
	round, ref, _, err = st.LastTable()
	require.NoError(t, err)
	require.Equal(t, uint64(5), round)
	require.Equal(t, uint32(50), ref)

	n, err := st.roundsSinceL1(10)
	require.NoError(t, err)
	require.Equal(t, 3, n, "rounds 5, 3 and 2 since attested round 1")
	n, err = st.roundsSinceL1(2)
	require.NoError(t, err)
	require.Equal(t, 2, n, "bounded by the cadence")
	put(&roundRecord{Round: 6, Status: api.StatusAttested})
	n, err = st.roundsSinceL1(10)
	require.NoError(t, err)
	require.Zero(t, n)
}
