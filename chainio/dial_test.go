package chainio

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// chainIDNode answers eth_chainId with id.
func chainIDNode(t *testing.T, id uint64) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x%x"}`, req.ID, id)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestDialL1(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	url := chainIDNode(t, 31337)

	client, err := DialL1(ctx, url+"/secret-key", 31337)
	require.NoError(t, err)
	client.Close()
	client, err = DialL1(ctx, url, 0)
	require.NoError(t, err, "0: any chain")
	client.Close()

	_, err = DialL1(ctx, url+"/secret-key", 1)
	require.ErrorIs(t, err, ErrWrongChain)
	require.EqualError(t, err, "L1 at "+url+"/… is chain 31337, the deployment is on chain 1")

	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	closed := "http://" + l.Addr().String()
	require.NoError(t, l.Close())
	_, err = DialL1(ctx, closed+"/secret-key", 0)
	require.ErrorContains(t, err, "cannot reach L1 at "+closed+"/…: ")
	require.NotContains(t, err.Error(), "secret-key")
	require.NotErrorIs(t, err, ErrWrongChain)
}

func TestCheckChainID(t *testing.T) {
	ctx := context.Background()
	client, err := DialL1(ctx, chainIDNode(t, 5), 0)
	require.NoError(t, err)
	defer client.Close()
	require.NoError(t, CheckChainID(ctx, client, "", 5))
	require.EqualError(t, CheckChainID(ctx, client, "", 6), "L1 is chain 5, the deployment is on chain 6")
}
