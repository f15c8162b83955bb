package aggregator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/internal/httpserver"
)

// rpcMessage is one JSON-RPC response.
type rpcMessage struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// startLimitedRPC serves the aggregator's JSON-RPC (with its limits) over
// a store of `rounds` closed rounds with `signers` signatures each, on a
// free loopback port.
func startLimitedRPC(t *testing.T, rounds, signers int) string {
	t.Helper()
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, st.Close()) })
	for r := 1; r <= rounds; r++ {
		round := uint64(r)
		require.NoError(t, st.PutRound(&roundRecord{Round: round, Status: api.StatusAttested, Targets: []api.Target{{ChainID: 901, BlockNumber: round}}}))
		for i := range signers {
			op := crypto.Keccak256Hash([]byte{byte(i), byte(i >> 8)})
			claims := []core.Claim{{ChainID: 901, BlockNumber: round}}
			require.NoError(t, st.PutSignature(round, op, sigRecord{Digest: common.BigToHash(common.Big1)}, claims))
		}
	}
	svc := &Service{store: st, metrics: NoopMetrics{}, rounds: map[uint64]*round{}}
	rpcSrv, err := newRPCServer(&rpcService{s: svc})
	require.NoError(t, err)
	srv, err := httpserver.Listen("JSON-RPC", "127.0.0.1:0", rpcSrv, rpcLimits(), zaptest.NewLogger(t))
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	res := make(chan error, 1)
	go func() { res <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-res)
		rpcSrv.Stop()
	})
	return srv.URL()
}

// batch is n calls of rollcall_listRounds with limit.
func batch(n, limit int) []byte {
	calls := make([]string, n)
	for i := range calls {
		calls[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"rollcall_listRounds","params":[{"limit":%d}]}`, i+1, limit)
	}
	return []byte("[" + strings.Join(calls, ",") + "]")
}

func post(t *testing.T, url string, body []byte) (int, []byte) {
	t.Helper()
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, out
}

func TestRPCBatchTooManyItems(t *testing.T) {
	url := startLimitedRPC(t, 3, 1)
	code, body := post(t, url, batch(api.MaxBatchItems+1, 1))
	require.Equal(t, http.StatusOK, code)
	var msgs []rpcMessage
	require.NoError(t, json.Unmarshal(body, &msgs), string(body))
	require.Len(t, msgs, 1, "one error for the whole batch, no results")
	require.NotNil(t, msgs[0].Error)
	require.Equal(t, -32600, msgs[0].Error.Code)
	require.Equal(t, "batch too large", msgs[0].Error.Message)

	// At the limit, every call is answered.
	_, body = post(t, url, batch(api.MaxBatchItems, 1))
	msgs = nil
	require.NoError(t, json.Unmarshal(body, &msgs))
	require.Len(t, msgs, api.MaxBatchItems)
	for _, m := range msgs {
		require.Nil(t, m.Error)
	}
}

// The audit's D1: a small batch of big list calls used to produce a
// response thousands of times its size.
func TestRPCBatchResponseBounded(t *testing.T) {
	url := startLimitedRPC(t, api.MaxListRounds, 5)
	req := batch(api.MaxBatchItems, api.MaxListRounds)
	require.Less(t, len(req), 10*1024, "a request of a few KB")
	code, body := post(t, url, req)
	require.Equal(t, http.StatusOK, code)
	var msgs []rpcMessage
	require.NoError(t, json.Unmarshal(body, &msgs))
	require.Len(t, msgs, api.MaxBatchItems, "every call gets an answer")

	// One page is well under the limit, a hundred are well over it.
	var page []api.RoundStatus
	require.NoError(t, json.Unmarshal(msgs[0].Result, &page))
	require.Len(t, page, api.MaxListRounds)
	pageBytes := len(msgs[0].Result)
	require.Greater(t, pageBytes*api.MaxBatchItems, 2*api.MaxBatchResponseBytes)

	tooLarge := 0
	for _, m := range msgs {
		if m.Error != nil {
			require.Equal(t, -32003, m.Error.Code)
			require.Equal(t, "response too large", m.Error.Message)
			tooLarge++
		}
	}
	require.Positive(t, tooLarge, "the calls past the byte limit are refused")
	require.LessOrEqual(t, len(body), api.MaxBatchResponseBytes+2*pageBytes+100*api.MaxBatchItems,
		"the response stops near the limit")
}

func TestRPCBodyTooLarge(t *testing.T) {
	url := startLimitedRPC(t, 1, 1)
	big := []byte(`{"jsonrpc":"2.0","id":1,"method":"rollcall_listRounds","params":[{"limit":1,"pad":"` + strings.Repeat("a", api.MaxRequestBytes) + `"}]}`)
	code, _ := post(t, url, big)
	require.Equal(t, http.StatusRequestEntityTooLarge, code)
}

func TestRPCListRoundsLimit(t *testing.T) {
	url := startLimitedRPC(t, 3, 1)
	_, body := post(t, url, []byte(fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"rollcall_listRounds","params":[{"limit":%d}]}`, api.MaxListRounds+1)))
	var m rpcMessage
	require.NoError(t, json.Unmarshal(body, &m))
	require.NotNil(t, m.Error)
	require.Equal(t, api.CodeInvalidParams, m.Error.Code)
	require.Contains(t, m.Error.Message, fmt.Sprintf("limit must be 1..%d", api.MaxListRounds))
}
