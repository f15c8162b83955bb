package watch

import (
	"net/http"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/core"
)

// What was submitted survives a restart, per (operator, chainId,
// blockNumber), and a second watcher on the same record is refused.
func TestStoreSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), StoreFile)
	st, err := openStore(path)
	require.NoError(t, err)
	op := common.HexToAddress("0x01")
	done, err := st.submitted(op, 901, 7)
	require.NoError(t, err)
	require.False(t, done)
	sub := Submission{Operator: op, ChainID: 901, BlockNumber: 7, Form: "signed", TxHash: common.Hash{0xaa}, Block: 12}
	require.NoError(t, st.record(sub))

	_, err = openStore(path)
	require.ErrorIs(t, err, ErrStoreLocked)
	require.NoError(t, st.close())

	st, err = openStore(path)
	require.NoError(t, err)
	defer st.close()
	for _, c := range []struct {
		op           common.Address
		chain, block uint64
		want         bool
	}{{op, 901, 7, true}, {op, 901, 8, false}, {op, 902, 7, false}, {common.HexToAddress("0x02"), 901, 7, false}} {
		done, err := st.submitted(c.op, c.chain, c.block)
		require.NoError(t, err)
		require.Equal(t, c.want, done, "%s %d %d", c.op, c.chain, c.block)
	}
	all, err := st.all()
	require.NoError(t, err)
	require.Equal(t, []Submission{sub}, all)
}

// Health is 503 until a pass finished, while a target is down, while a
// fault waits to be submitted, and for good once a mismatch was seen.
func TestHealth(t *testing.T) {
	h := newHealth()
	r, code := h.report()
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, r.Reasons, "no pass finished yet")
	h.passed(10)
	_, code = h.report()
	require.Equal(t, http.StatusOK, code)

	h.down("aggregator", errString("connection refused"))
	r, code = h.report()
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Equal(t, []string{"aggregator is down: connection refused"}, r.Reasons)
	h.up("aggregator")
	h.unsubmitted(1)
	_, code = h.report()
	require.Equal(t, http.StatusServiceUnavailable, code)
	h.unsubmitted(0)
	_, code = h.report()
	require.Equal(t, http.StatusOK, code)

	m := Mismatch{Round: 3, Attested: core.Claim{ChainID: 901, BlockNumber: 5, StateRoot: common.Hash{0x01}}, Own: core.Claim{ChainID: 901, BlockNumber: 5, StateRoot: common.Hash{0x02}}}
	h.mismatch(m)
	h.passed(11)
	r, code = h.report()
	require.Equal(t, http.StatusServiceUnavailable, code, "a mismatch never goes quiet")
	require.Len(t, r.Mismatches, 1)
	require.Contains(t, r.Reasons[0], "chain 901 block 5 round 3")
	require.Contains(t, r.Reasons[0], m.Attested.StateRoot.Hex())
	require.Contains(t, r.Reasons[0], m.Own.StateRoot.Hex())
}

type errString string

func (e errString) Error() string { return string(e) }
