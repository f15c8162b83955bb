package aggregator

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/core"
)

func TestOperatorParticipation(t *testing.T) {
	st, err := OpenStore(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, st.Close()) })
	svc := &rpcService{s: &Service{store: st, metrics: NoopMetrics{}}}

	op, other := common.HexToHash("0x0a"), common.HexToHash("0x0b")
	empty, err := svc.OperatorParticipation(op, nil)
	require.NoError(t, err)
	require.Equal(t, &api.Participation{OperatorID: op, Rounds: []api.ParticipationRound{}}, empty)

	// Rounds 1–5; op signs 1, 3 and 5 (still open); other signs 2 and 4.
	statuses := []string{api.StatusAttested, api.StatusExpired, api.StatusAttested, api.StatusAttested, api.StatusOpen}
	digest := func(round uint64, who common.Hash) common.Hash {
		return crypto.Keccak256Hash(who[:], []byte{byte(round)})
	}
	for i, status := range statuses {
		round := uint64(i + 1)
		require.NoError(t, st.PutRound(&roundRecord{Round: round, Status: status, Targets: []api.Target{{ChainID: 901, BlockNumber: round}}}))
		signer := other
		if round%2 == 1 {
			signer = op
		}
		claims := []core.Claim{{ChainID: 901, BlockNumber: round}}
		require.NoError(t, st.PutSignature(round, signer, sigRecord{Digest: digest(round, signer)}, claims))
	}

	all, err := svc.OperatorParticipation(op, nil)
	require.NoError(t, err)
	require.Equal(t, &api.Participation{
		OperatorID: op, RoundsConsidered: 4, RoundsSigned: 2, Rate: 0.5, LastSignedRound: 5,
		Rounds: []api.ParticipationRound{
			{Round: 5, Status: api.StatusOpen, Signed: true, Digest: digest(5, op)},
			{Round: 4, Status: api.StatusAttested},
			{Round: 3, Status: api.StatusAttested, Signed: true, Digest: digest(3, op)},
			{Round: 2, Status: api.StatusExpired},
			{Round: 1, Status: api.StatusAttested, Signed: true, Digest: digest(1, op)},
		},
	}, all)

	two := 2
	last2, err := svc.OperatorParticipation(op, &two)
	require.NoError(t, err)
	require.Equal(t, []uint64{5, 4}, rounds(last2))
	require.Equal(t, 1, last2.RoundsConsidered, "the open round is not counted")
	require.Zero(t, last2.RoundsSigned)
	require.Zero(t, last2.Rate)
	require.Equal(t, uint64(5), last2.LastSignedRound)

	o, err := svc.OperatorParticipation(other, nil)
	require.NoError(t, err)
	require.Equal(t, 2, o.RoundsSigned)
	require.Equal(t, uint64(4), o.LastSignedRound)
	require.Equal(t, digest(2, other), o.Rounds[3].Digest)

	stranger, err := svc.OperatorParticipation(common.HexToHash("0x0c"), nil)
	require.NoError(t, err)
	require.Equal(t, 4, stranger.RoundsConsidered)
	require.Zero(t, stranger.RoundsSigned)
	require.Zero(t, stranger.LastSignedRound)

	for _, bad := range []int{-1, api.MaxParticipationRounds + 1} {
		_, err := svc.OperatorParticipation(op, &bad)
		require.Equal(t, api.CodeInvalidParams, api.ErrorCode(err), "lastN %d", bad)
	}

	// Over JSON-RPC, through the API client.
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName(api.Namespace, &meteredRPC{svc}))
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Stop() })
	client, err := api.Dial(context.Background(), ts.URL)
	require.NoError(t, err)
	t.Cleanup(client.Close)
	got, err := client.OperatorParticipation(context.Background(), op, 0)
	require.NoError(t, err)
	require.Equal(t, all, got)
	got, err = client.OperatorParticipation(context.Background(), op, 2)
	require.NoError(t, err)
	require.Equal(t, last2, got)
	_, err = client.OperatorParticipation(context.Background(), op, -5)
	require.Equal(t, api.CodeInvalidParams, api.ErrorCode(err))
}

func rounds(p *api.Participation) []uint64 {
	var out []uint64
	for _, r := range p.Rounds {
		out = append(out, r.Round)
	}
	return out
}
