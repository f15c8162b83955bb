package rollup

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"
	"go.uber.org/zap/zaptest"
)

// The types below mirror op-node's wire format (op-service/eth:
// OutputResponse, SyncStatus, L2BlockRef, BlockID; rollup.Config), written
// independently of the reader's own decoding types so that the test checks
// the reader against the format, not against itself. Block numbers are JSON
// numbers, as op-node's uint64 fields marshal.

type opBlockID struct {
	Hash   common.Hash `json:"hash"`
	Number uint64      `json:"number"`
}

type opL1BlockRef struct {
	Hash       common.Hash `json:"hash"`
	Number     uint64      `json:"number"`
	ParentHash common.Hash `json:"parentHash"`
	Time       uint64      `json:"timestamp"`
}

type opL2BlockRef struct {
	Hash           common.Hash `json:"hash"`
	Number         uint64      `json:"number"`
	ParentHash     common.Hash `json:"parentHash"`
	Time           uint64      `json:"timestamp"`
	L1Origin       opBlockID   `json:"l1origin"`
	SequenceNumber uint64      `json:"sequenceNumber"`
}

type opSyncStatus struct {
	CurrentL1   opL1BlockRef `json:"current_l1"`
	HeadL1      opL1BlockRef `json:"head_l1"`
	SafeL1      opL1BlockRef `json:"safe_l1"`
	FinalizedL1 opL1BlockRef `json:"finalized_l1"`
	UnsafeL2    opL2BlockRef `json:"unsafe_l2"`
	SafeL2      opL2BlockRef `json:"safe_l2"`
	FinalizedL2 opL2BlockRef `json:"finalized_l2"`
}

type opOutputResponse struct {
	Version               common.Hash   `json:"version"`
	OutputRoot            common.Hash   `json:"outputRoot"`
	BlockRef              opL2BlockRef  `json:"blockRef"`
	WithdrawalStorageRoot common.Hash   `json:"withdrawalStorageRoot"`
	StateRoot             common.Hash   `json:"stateRoot"`
	Status                *opSyncStatus `json:"syncStatus"`
}

type opRollupConfig struct {
	L2ChainID *big.Int `json:"l2_chain_id"`
	BlockTime uint64   `json:"block_time"`
}

// opNode is a stand-in for an op-node's "optimism" JSON-RPC namespace. It
// exists because no op-node binary (nor an L1 with a batcher to derive
// from) is available on this machine. Everything it serves is read from a
// real devnet chain: block hashes and state roots of real blocks, and the
// chain's own latest, safe and finalized blocks as unsafe_l2, safe_l2 and
// finalized_l2. Only the withdrawal storage root (the storage root of the
// L2ToL1MessagePasser, which the devnet does not deploy) is a fixed value.
// Tests may alter its answers to play a faulty or lagging node.
type opNode struct {
	client          *ethclient.Client
	chainID         uint64
	withdrawalsRoot common.Hash

	mu           sync.Mutex
	tamperOutput func(*opOutputResponse)
	tamperStatus func(*opSyncStatus)
}

func (n *opNode) setTamper(output func(*opOutputResponse), status func(*opSyncStatus)) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.tamperOutput, n.tamperStatus = output, status
}

// OutputAtBlock serves optimism_outputAtBlock.
func (n *opNode) OutputAtBlock(ctx context.Context, number hexutil.Uint64) (*opOutputResponse, error) {
	status, err := n.SyncStatus(ctx)
	if err != nil {
		return nil, err
	}
	h, err := n.client.HeaderByNumber(ctx, new(big.Int).SetUint64(uint64(number)))
	if err != nil {
		// op-node's answer for a block its execution engine lacks.
		return nil, fmt.Errorf("failed to get L2 block ref with sync status: failed to determine L2BlockRef of height %d: %w", number, err)
	}
	var version common.Hash
	out := &opOutputResponse{
		Version:               version,
		OutputRoot:            crypto.Keccak256Hash(version[:], h.Root[:], n.withdrawalsRoot[:], h.Hash().Bytes()),
		BlockRef:              blockRef(h),
		WithdrawalStorageRoot: n.withdrawalsRoot,
		StateRoot:             h.Root,
		Status:                status,
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.tamperOutput != nil {
		n.tamperOutput(out)
	}
	return out, nil
}

// SyncStatus serves optimism_syncStatus.
func (n *opNode) SyncStatus(ctx context.Context) (*opSyncStatus, error) {
	var s opSyncStatus
	for _, tag := range []struct {
		number rpc.BlockNumber
		ref    *opL2BlockRef
	}{
		// Finalized first: the three reads are not atomic, and a later
		// read may only be higher.
		{rpc.FinalizedBlockNumber, &s.FinalizedL2},
		{rpc.SafeBlockNumber, &s.SafeL2},
		{rpc.LatestBlockNumber, &s.UnsafeL2},
	} {
		h, err := n.client.HeaderByNumber(ctx, big.NewInt(tag.number.Int64()))
		if err != nil {
			return nil, err
		}
		*tag.ref = blockRef(h)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.tamperStatus != nil {
		n.tamperStatus(&s)
	}
	return &s, nil
}

// RollupConfig serves optimism_rollupConfig.
func (n *opNode) RollupConfig() *opRollupConfig {
	return &opRollupConfig{L2ChainID: new(big.Int).SetUint64(n.chainID), BlockTime: 2}
}

func blockRef(h *types.Header) opL2BlockRef {
	return opL2BlockRef{Hash: h.Hash(), Number: h.Number.Uint64(), ParentHash: h.ParentHash, Time: h.Time}
}

// startOPNode serves an opNode for the chain at url over HTTP on 127.0.0.1.
func startOPNode(t *testing.T, client *ethclient.Client, chainID uint64) (*opNode, string) {
	t.Helper()
	node := &opNode{
		client:          client,
		chainID:         chainID,
		withdrawalsRoot: common.HexToHash("0x8ed4baae3a927be3dea54996b4d5899f8c01e7594bf50b17dc1e741388ce3d12"),
	}
	srv := rpc.NewServer()
	require.NoError(t, srv.RegisterName("optimism", node))
	t.Cleanup(srv.Stop)
	ts := httptest.NewServer(srv) // 127.0.0.1
	t.Cleanup(ts.Close)
	return node, ts.URL
}

func TestOPStackReader(t *testing.T) {
	const chainID = 636363
	c := startChain(t, chainID)
	client := dial(t, c.HTTPURL())
	node, url := startOPNode(t, client, chainID)
	ctx := context.Background()

	t.Run("good outputs", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, url, KindOPStack, Latest))
		require.Equal(t, uint64(chainID), r.ChainID())
		waitForHead(t, r, 3)
		for n := uint64(1); n <= 3; n++ {
			got, err := r.Claim(ctx, n)
			require.NoError(t, err)
			require.Equal(t, wantClaim(t, client, chainID, n), got)
		}
		head, err := r.Head(ctx)
		require.NoError(t, err)
		require.LessOrEqual(t, head, tagNumber(t, client, rpc.LatestBlockNumber))
		for n := uint64(1); n <= 3; n++ {
			got, err := r.BlockTime(ctx, n)
			require.NoError(t, err)
			h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			require.NoError(t, err)
			require.Equal(t, h.Time, got, "block %d", n)
		}
	})

	t.Run("tampered outputs", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, url, KindOPStack, Latest))
		waitForHead(t, r, 2)
		t.Cleanup(func() { node.setTamper(nil, nil) })
		for _, tc := range []struct {
			name   string
			tamper func(*opOutputResponse)
			want   error
		}{
			{"output root", func(o *opOutputResponse) { o.OutputRoot[0] ^= 1 }, ErrBadOutput},
			{"state root", func(o *opOutputResponse) { o.StateRoot[31] ^= 1 }, ErrBadOutput},
			{"block hash", func(o *opOutputResponse) { o.BlockRef.Hash[5] ^= 1 }, ErrBadOutput},
			{"withdrawal root", func(o *opOutputResponse) { o.WithdrawalStorageRoot = common.Hash{} }, ErrBadOutput},
			{"version", func(o *opOutputResponse) { o.Version[31] = 1 }, ErrBadOutput},
			{"another block", func(o *opOutputResponse) { o.BlockRef.Number++ }, ErrBadResponse},
		} {
			node.setTamper(tc.tamper, nil)
			_, err := r.Claim(ctx, 2)
			require.ErrorIs(t, err, tc.want, tc.name)
		}
		node.setTamper(nil, nil)
		got, err := r.Claim(ctx, 2)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, 2), got)
	})

	t.Run("not yet", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, url, KindOPStack, Latest))
		head, err := r.Head(ctx)
		require.NoError(t, err)
		_, err = r.Claim(ctx, head+1_000_000)
		require.ErrorIs(t, err, ErrNotYet)
		requireNotYetAboveHead(t, r, client, false)
	})

	t.Run("finalized", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, url, KindOPStack, Finalized))
		waitForHead(t, r, 32)
		head, err := r.Head(ctx)
		require.NoError(t, err)
		require.Zero(t, head%32, "finalized_l2 is the chain's finalized block")
		got, err := r.Claim(ctx, head)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, head), got)
		// An output the node has, above finalized_l2, is refused.
		requireNotYetAboveHead(t, r, client, true)
	})

	t.Run("safe", func(t *testing.T) {
		r := newReader(t, testConfig(chainID, url, KindOPStack, Safe))
		head, err := r.Head(ctx)
		require.NoError(t, err)
		got, err := r.Claim(ctx, head)
		require.NoError(t, err)
		require.Equal(t, wantClaim(t, client, chainID, head), got)
		requireNotYetAboveHead(t, r, client, false)
	})

	t.Run("nothing finalized yet", func(t *testing.T) {
		// op-node zeroes finalized_l2 until it has finalized a block.
		t.Cleanup(func() { node.setTamper(nil, nil) })
		node.setTamper(nil, func(s *opSyncStatus) { s.FinalizedL2 = opL2BlockRef{} })
		r := newReader(t, testConfig(chainID, url, KindOPStack, Finalized))
		_, err := r.Head(ctx)
		require.ErrorIs(t, err, ErrNotYet)
		_, err = r.Claim(ctx, 0)
		require.ErrorIs(t, err, ErrNotYet)
	})

	t.Run("wrong chain id", func(t *testing.T) {
		_, err := New(ctx, testConfig(chainID+1, url, KindOPStack, Latest), zaptest.NewLogger(t))
		require.ErrorIs(t, err, ErrWrongChain)
		require.Contains(t, err.Error(), strconv.Itoa(chainID))
		require.Contains(t, err.Error(), strconv.Itoa(chainID+1))
	})

	t.Run("an execution node is not an op-node", func(t *testing.T) {
		_, err := New(ctx, testConfig(chainID, c.HTTPURL(), KindOPStack, Latest), zaptest.NewLogger(t))
		require.Error(t, err)
		require.NotErrorIs(t, err, ErrUnreachable, "the node answered: method not found")
		require.ErrorContains(t, err, "optimism_rollupConfig")
	})
}

func TestOutputRootV0(t *testing.T) {
	stateRoot := common.HexToHash("0x11")
	withdrawals := common.HexToHash("0x22")
	blockHash := common.HexToHash("0x33")
	var preimage []byte
	preimage = append(preimage, make([]byte, 32)...)
	preimage = append(preimage, stateRoot[:]...)
	preimage = append(preimage, withdrawals[:]...)
	preimage = append(preimage, blockHash[:]...)
	require.Len(t, preimage, 128)
	require.Equal(t, crypto.Keccak256Hash(preimage), OutputRootV0(stateRoot, withdrawals, blockHash))
	require.NotEqual(t, OutputRootV0(stateRoot, withdrawals, blockHash), OutputRootV0(blockHash, withdrawals, stateRoot),
		"the order of the parts matters")
}

func TestQuantity(t *testing.T) {
	for in, want := range map[string]uint64{
		`0`: 0, `31`: 31, `"0x1f"`: 31, `18446744073709551615`: 1<<64 - 1, `null`: 0,
	} {
		var q quantity
		require.NoError(t, json.Unmarshal([]byte(in), &q), in)
		require.Equal(t, want, uint64(q), in)
	}
	for _, in := range []string{`-1`, `1.5`, `"31"`, `"0x"`, `18446744073709551616`, `true`} {
		var q quantity
		require.Error(t, json.Unmarshal([]byte(in), &q), in)
	}
}
