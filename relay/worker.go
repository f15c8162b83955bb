package relay

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/chainio/txmgr/geometric"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	cv "github.com/rollcall-avs/rollcall/bindings/certificateverifier"
	rr "github.com/rollcall-avs/rollcall/bindings/rollupregistry"
	"github.com/rollcall-avs/rollcall/chainio"
	"github.com/rollcall-avs/rollcall/core/optable"
)

// Destination is one rollup the relay delivers to.
type Destination struct {
	ChainID             uint64
	RPCURL              string
	Registry            common.Address
	CertificateVerifier common.Address
}

// worker delivers to one destination chain. It is the only sender from the
// relay's key on that chain, so its transactions go out one at a time and
// a nonce names each one.
type worker struct {
	dst      Destination
	key      *ecdsa.PrivateKey
	from     common.Address
	feed     *feed
	tables   *tableCache
	store    *Store
	metrics  Metrics
	log      *zap.Logger
	backfill int
	l1Chain  uint64
	l1Reg    common.Address
	txOpts   chainio.TxManagerOptions
	// rpcTimeout bounds each request to the destination.
	rpcTimeout time.Duration

	client   *ethclient.Client
	verifier *cv.CertificateVerifier
	registry *rr.RollupRegistry
	txMgr    *geometric.GeometricTxManager

	// skipLogged avoids logging the same transient skip every pass.
	skipLogged map[string]bool

	mu     sync.Mutex
	health destinationHealth
}

// destinationHealth is what the node API says of a destination.
type destinationHealth struct {
	Connected  bool   `json:"connected"`
	LastError  string `json:"lastError,omitempty"`
	LastPassAt int64  `json:"lastPassAt,omitempty"` // unix milliseconds of the last pass without error
	TableBlock uint32 `json:"tableBlock"`
	Round      uint64 `json:"latestRound"`
	Stale      bool   `json:"stale"`
}

// chainState is what one pass reads of the destination first.
type chainState struct {
	current      *optable.Table
	previous     *optable.Table // nil unless held
	usableUntil  uint64         // of previous
	threshold    uint16
	maxStaleness uint32
	now          uint64 // the destination's latest block timestamp
}

func (w *worker) setHealth(f func(h *destinationHealth)) {
	w.mu.Lock()
	f(&w.health)
	w.mu.Unlock()
}

func (w *worker) healthSnapshot() destinationHealth {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.health
}

// connect dials the destination and builds its tx manager, once it
// answers (a destination that is down at start is retried every pass).
func (w *worker) connect(ctx context.Context) error {
	if w.txMgr != nil {
		return nil
	}
	c, err := rpc.DialOptions(ctx, w.dst.RPCURL, rpc.WithHTTPClient(&http.Client{Timeout: w.rpcTimeout}))
	if err != nil {
		return fmt.Errorf("dial: %w", err)
	}
	client := ethclient.NewClient(c)
	if err := chainio.CheckChainID(ctx, client, w.dst.RPCURL, w.dst.ChainID); err != nil {
		client.Close()
		return err
	}
	if w.verifier, err = cv.NewCertificateVerifier(w.dst.CertificateVerifier, client); err != nil {
		client.Close()
		return err
	}
	if w.registry, err = rr.NewRollupRegistry(w.dst.Registry, client); err != nil {
		client.Close()
		return err
	}
	if w.txMgr, err = chainio.NewTxManager(ctx, client, w.key, w.txOpts, w.log); err != nil {
		client.Close()
		return err
	}
	w.client = client
	return nil
}

func (w *worker) close() {
	if w.client != nil {
		w.client.Close()
	}
}

// run delivers on every tick of the feed until ctx ends.
func (w *worker) run(ctx context.Context, ticks <-chan struct{}) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticks:
		}
		err := w.pass(ctx)
		if ctx.Err() != nil {
			return
		}
		w.setHealth(func(h *destinationHealth) {
			h.Connected = w.txMgr != nil
			if err != nil {
				h.LastError = err.Error()
			} else {
				h.LastError, h.LastPassAt = "", time.Now().UnixMilli()
			}
		})
		if err != nil {
			w.log.Warn("delivery pass failed; will retry", zap.Error(err))
		}
	}
}

// pass is one delivery pass: tables in order, then checkpoints newest
// first, then older ones down to the backfill depth.
func (w *worker) pass(ctx context.Context) error {
	if err := w.connect(ctx); err != nil {
		return err
	}
	st, err := w.readState(ctx)
	if err != nil {
		return err
	}
	rounds, tables := w.feed.snapshot()
	for _, tr := range tables {
		if tr.ReferenceBlock <= st.current.ReferenceBlock {
			continue
		}
		moved, err := w.deliverTable(ctx, st, tr)
		if err != nil {
			return fmt.Errorf("table of block %d: %w", tr.ReferenceBlock, err)
		}
		if moved {
			if st, err = w.readState(ctx); err != nil {
				return err
			}
		}
	}
	var errs []error
	for i, r := range rounds {
		if i > w.backfill {
			break
		}
		if err := w.deliverCheckpoint(ctx, st, r); err != nil {
			// One round failing does not hold back the older ones.
			errs = append(errs, fmt.Errorf("round %d: %w", r.Round, err))
		}
	}
	if latest, err := w.registry.LatestRound(&bind.CallOpts{Context: ctx}); err == nil {
		w.metrics.DestinationRound(w.dst.ChainID, latest)
		w.setHealth(func(h *destinationHealth) { h.Round = latest })
	}
	return errors.Join(errs...)
}

// readState reads the destination's tables and parameters.
func (w *worker) readState(ctx context.Context) (*chainState, error) {
	call := &bind.CallOpts{Context: ctx}
	cur, err := w.verifier.CurrentTable(call)
	if err != nil {
		return nil, fmt.Errorf("read current table: %w", err)
	}
	st := &chainState{}
	if st.current, err = optable.TableFromBinding(cur); err != nil {
		return nil, fmt.Errorf("destination's current table: %w", err)
	}
	prev, err := w.verifier.PreviousTable(call)
	if err != nil {
		return nil, fmt.Errorf("read previous table: %w", err)
	}
	if prev.Held {
		if st.previous, err = optable.TableFromBinding(prev.Table); err != nil {
			return nil, fmt.Errorf("destination's previous table: %w", err)
		}
		st.usableUntil = prev.UsableUntil
	}
	if st.threshold, err = w.verifier.ThresholdBips(call); err != nil {
		return nil, err
	}
	if st.maxStaleness, err = w.verifier.MaxStaleness(call); err != nil {
		return nil, err
	}
	head, err := w.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	st.now = head.Time
	w.metrics.DestinationTable(w.dst.ChainID, st.current.ReferenceBlock)
	w.setHealth(func(h *destinationHealth) {
		h.TableBlock = st.current.ReferenceBlock
		h.Stale = st.stale(st.current)
	})
	return st, nil
}

// stale: the destination's clock is past t's l1Timestamp + maxStaleness.
// The next block's timestamp is at least now, so a table stale now stays
// stale for any transaction sent.
func (st *chainState) stale(t *optable.Table) bool {
	return st.now > t.L1Timestamp+uint64(st.maxStaleness)
}

// errNotDeliverable is a certificate that cannot be built or does not
// verify under the destination's table.
type errNotDeliverable struct {
	result string
	err    error
}

func (e *errNotDeliverable) Error() string { return e.result + ": " + e.err.Error() }
func (e *errNotDeliverable) Unwrap() error { return e.err }

// certify builds the certificate over digest under table from the signers
// that table knows, and verifies it as the destination will.
func (w *worker) certify(ctx context.Context, table *optable.Table, digest common.Hash, signers []optable.Signer, bips uint16) (*optable.Certificate, error) {
	if table.IsEmpty() {
		return nil, &errNotDeliverable{ResultNoTable, errors.New("the destination's table is empty (bootstrap it: rollcall tables bootstrap)")}
	}
	l1Table, tree, err := w.tables.at(ctx, table.ReferenceBlock)
	if err != nil {
		return nil, err
	}
	if tree == nil || !l1Table.Equal(table) {
		return nil, &errNotDeliverable{ResultMismatch, fmt.Errorf("the destination's table at block %d is not L1's", table.ReferenceBlock)}
	}
	return Certify(table, tree, digest, signers, bips)
}

// Certify builds a certificate over digest under table (tree is its tree)
// from the signers the table knows (the others are dropped: a destination
// cannot count an operator its table does not have) and verifies it as the
// destination's verifier will (optable.Verify). A certificate below the
// threshold is an *errNotDeliverable with ResultBelowThreshold.
func Certify(table *optable.Table, tree *optable.Tree, digest common.Hash, signers []optable.Signer, bips uint16) (*optable.Certificate, error) {
	known := make([]optable.Signer, 0, len(signers))
	for _, s := range signers {
		if _, ok := tree.Index(s.OperatorID); ok {
			known = append(known, s)
		}
	}
	if len(known) == 0 {
		return nil, &errNotDeliverable{ResultBelowThreshold, optable.ErrNoSigners}
	}
	cert, err := optable.NewCertificate(table, tree, digest, known)
	if err != nil {
		return nil, err
	}
	if _, err := optable.Verify(table, digest, cert, bips); err != nil {
		if errors.Is(err, optable.ErrInsufficientStake) {
			return nil, &errNotDeliverable{ResultBelowThreshold, err}
		}
		return nil, err
	}
	return cert, nil
}

// deliverTable moves the destination to tr's table when its current table
// certifies it. moved reports a table change on the destination.
func (w *worker) deliverTable(ctx context.Context, st *chainState, tr *TableRound) (moved bool, err error) {
	const kind = "table"
	n := uint64(tr.ReferenceBlock)
	rec, err := w.store.get(w.dst.ChainID, kindTable, n)
	if err != nil {
		return false, err
	}
	if rec != nil && rec.State != stateSending {
		return false, nil
	}
	if st.stale(st.current) {
		w.skip(kind, n, ResultStale, fmt.Errorf("current table of block %d is stale: only its owner can reset it", st.current.ReferenceBlock))
		return false, nil
	}
	newTable, _, err := w.tables.at(ctx, tr.ReferenceBlock)
	if err != nil {
		return false, err
	}
	if newTable.IsEmpty() || newTable.Digest(w.l1Chain, w.l1Reg) != tr.Digest {
		// Operators signed something that is not L1's table: never sent.
		w.metrics.Outcome(w.dst.ChainID, kind, ResultMismatch)
		return false, w.store.put(w.dst.ChainID, kindTable, n, delivery{State: stateSkipped, Reason: ResultMismatch})
	}
	cert, err := w.certify(ctx, st.current, tr.Digest, tr.Signers, st.threshold)
	var nd *errNotDeliverable
	if errors.As(err, &nd) {
		// Not persisted: the destination's table may still move (a reset).
		w.skip(kind, n, nd.result, nd)
		return false, nil
	}
	if err != nil {
		return false, err
	}
	certB := cert.Binding()
	tableB := newTable.Binding()
	done := func(ctx context.Context) (bool, error) {
		cur, err := w.verifier.CurrentTable(&bind.CallOpts{Context: ctx})
		return err == nil && cur.ReferenceBlock >= tr.ReferenceBlock, err
	}
	res, err := w.send(ctx, kindTable, n, kind, done, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.verifier.UpdateTable(o, tableB, certB)
	})
	if err != nil {
		return false, err
	}
	if res != ResultSent && res != ResultAlready {
		return false, nil
	}
	w.log.Info("table delivered", zap.Uint32("referenceBlock", tr.ReferenceBlock), zap.String("result", res))
	return true, nil
}

// deliverCheckpoint attests r on the destination unless it is there, or
// cannot be (persisted as skipped).
func (w *worker) deliverCheckpoint(ctx context.Context, st *chainState, r *Round) error {
	const kind = "checkpoint"
	rec, err := w.store.get(w.dst.ChainID, kindCheckpoint, r.Round)
	if err != nil {
		return err
	}
	if rec != nil && rec.State != stateSending {
		return nil
	}
	if root, err := w.registry.ClaimsRoot(&bind.CallOpts{Context: ctx}, r.Round); err != nil {
		return err
	} else if root != ([32]byte{}) {
		w.metrics.Outcome(w.dst.ChainID, kind, ResultAlready)
		return w.store.put(w.dst.ChainID, kindCheckpoint, r.Round, delivery{State: stateDone, Reason: ResultAlready})
	}
	// The verifier's choice of table (CertificateVerifier._tableFor).
	table := st.current
	if table.ReferenceBlock > r.ReferenceBlock {
		p := st.previous
		if p == nil || p.ReferenceBlock > r.ReferenceBlock || st.now > st.usableUntil {
			// Tables only move forward: this round can never verify here.
			w.metrics.Outcome(w.dst.ChainID, kind, ResultNoTable)
			w.log.Info("no table covers the checkpoint's reference block: skipped", zap.Uint64("round", r.Round),
				zap.Uint32("referenceBlock", r.ReferenceBlock), zap.Uint32("currentTable", st.current.ReferenceBlock))
			return w.store.put(w.dst.ChainID, kindCheckpoint, r.Round, delivery{State: stateSkipped, Reason: ResultNoTable})
		}
		table = p
	}
	if st.stale(table) {
		w.skip(kind, r.Round, ResultStale, fmt.Errorf("table of block %d is stale", table.ReferenceBlock))
		return nil
	}
	cert, err := w.certify(ctx, table, r.Digest, r.Signers, st.threshold)
	var nd *errNotDeliverable
	if errors.As(err, &nd) {
		if nd.result == ResultBelowThreshold {
			w.metrics.Outcome(w.dst.ChainID, kind, nd.result)
			w.log.Info("checkpoint below threshold under the destination's table: skipped", zap.Uint64("round", r.Round), zap.Error(nd))
			return w.store.put(w.dst.ChainID, kindCheckpoint, r.Round, delivery{State: stateSkipped, Reason: nd.result})
		}
		w.skip(kind, r.Round, nd.result, nd)
		return nil
	}
	if err != nil {
		return err
	}
	certB, err := optable.BindingAs[rr.ICertificateVerifierCertificate](cert)
	if err != nil {
		return err
	}
	claims := make([]rr.RollcallCodecClaim, len(r.Claims))
	ids := make([]uint64, len(r.Claims))
	for i, c := range r.Claims {
		claims[i] = rr.RollcallCodecClaim{ChainId: c.ChainID, BlockNumber: c.BlockNumber, BlockHash: c.BlockHash, StateRoot: c.StateRoot}
		ids[i] = c.ChainID
	}
	lanes, err := w.registry.LanesOf(&bind.CallOpts{Context: ctx}, ids)
	if err != nil {
		return fmt.Errorf("read lanes: %w", err)
	}
	done := func(ctx context.Context) (bool, error) {
		root, err := w.registry.ClaimsRoot(&bind.CallOpts{Context: ctx}, r.Round)
		return err == nil && root != ([32]byte{}), err
	}
	res, err := w.send(ctx, kindCheckpoint, r.Round, kind, done, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return w.registry.Attest(o, r.Round, r.ReferenceBlock, claims, lanes, certB)
	})
	if err != nil {
		return err
	}
	if res != ResultSent && res != ResultAlready {
		return nil
	}
	w.log.Info("checkpoint delivered", zap.Uint64("round", r.Round), zap.Int("signers", len(r.Signers)),
		zap.Int("nonSigners", len(cert.NonSigners)), zap.String("result", res))
	return nil
}

// skip counts a delivery that cannot go now, logging it once.
func (w *worker) skip(kind string, n uint64, result string, err error) {
	w.metrics.Outcome(w.dst.ChainID, kind, result)
	k := fmt.Sprint(kind, n, result)
	if len(w.skipLogged) > 4096 { // bounded: a long-lived relay forgets old skips
		clear(w.skipLogged)
	}
	if !w.skipLogged[k] {
		w.skipLogged[k] = true
		w.log.Info("not deliverable now", zap.String("kind", kind), zap.Uint64("n", n), zap.String("result", result), zap.Error(err))
	}
}

// Names of the reverts that mean "the destination has it already".
var alreadyThere = map[string]bool{"AlreadyAttested": true, "TableNotNewer": true}

// maxInFlightWait bounds how long a pass waits for a transaction found in
// flight after a restart before handing back to the next pass.
const maxInFlightWait = time.Minute

// send delivers one transaction with persistence: the record (with the
// transaction's nonce) is written before it is sent; a record found in
// the sending state (a crash, or a failed attempt) is resolved first from
// the destination (done?) and the account's nonces (still in flight?), so
// that nothing is sent twice.
func (w *worker) send(ctx context.Context, kindByte byte, n uint64, kind string, done func(context.Context) (bool, error),
	build func(*bind.TransactOpts) (*types.Transaction, error)) (string, error) {
	chain := w.dst.ChainID
	markDone := func(result string, hash common.Hash, nonce uint64) (string, error) {
		w.metrics.Outcome(chain, kind, result)
		return result, w.store.put(chain, kindByte, n, delivery{State: stateDone, Nonce: nonce, TxHash: hash, Reason: result})
	}
	rec, err := w.store.get(chain, kindByte, n)
	if err != nil {
		return "", err
	}
	if rec != nil && rec.State == stateSending {
		if err := w.waitNonce(ctx, rec.Nonce); err != nil {
			return "", err
		}
		ok, err := done(ctx)
		if err != nil {
			return "", err
		}
		if ok {
			return markDone(ResultSent, rec.TxHash, rec.Nonce)
		}
	}
	opts, err := w.txMgr.GetNoSendTxOpts()
	if err != nil {
		return "", err
	}
	opts.Context = ctx
	tx, err := build(opts)
	if err != nil {
		if rev, ok := chainio.DecodeRevert(err, revertABI()); ok {
			switch {
			case alreadyThere[rev.Name]:
				return markDone(ResultAlready, common.Hash{}, 0)
			case rev.Name == "NoTableForReferenceBlock":
				// The grace window ended since the table was chosen:
				// tables only move forward, so it never will verify.
				w.metrics.Outcome(chain, kind, ResultNoTable)
				return ResultNoTable, w.store.put(chain, kindByte, n, delivery{State: stateSkipped, Reason: ResultNoTable})
			case rev.Name == "StaleTable":
				w.skip(kind, n, ResultStale, rev)
				return ResultStale, nil
			}
			w.metrics.Outcome(chain, kind, ResultError)
			return "", fmt.Errorf("the destination refuses it: %w", rev)
		}
		w.metrics.Outcome(chain, kind, ResultError)
		return "", err
	}
	if err := w.store.put(chain, kindByte, n, delivery{State: stateSending, Nonce: tx.Nonce(), TxHash: tx.Hash()}); err != nil {
		return "", err
	}
	receipt, err := w.txMgr.Send(ctx, tx, true)
	if err != nil {
		w.metrics.Outcome(chain, kind, ResultError)
		return "", err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		if ok, _ := done(ctx); ok { // lost a race with another deliverer
			return markDone(ResultAlready, receipt.TxHash, tx.Nonce())
		}
		w.metrics.Outcome(chain, kind, ResultReverted)
		return "", fmt.Errorf("%s tx %s: %w", kind, receipt.TxHash, chainio.ErrReverted)
	}
	w.metrics.Gas(kind, receipt.GasUsed)
	return markDone(ResultSent, receipt.TxHash, tx.Nonce())
}

// waitNonce returns once no transaction of the relay's key at nonce can
// still be mined: the account's mined nonce is past it (it was mined), or
// nothing is pending at it (it was never sent, or dropped).
func (w *worker) waitNonce(ctx context.Context, nonce uint64) error {
	deadline := time.Now().Add(maxInFlightWait)
	for {
		mined, err := w.client.NonceAt(ctx, w.from, nil)
		if err != nil {
			return err
		}
		if mined > nonce {
			return nil
		}
		pending, err := w.client.PendingNonceAt(ctx, w.from)
		if err != nil {
			return err
		}
		if pending <= nonce {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("transaction at nonce %d still pending after %s", nonce, maxInFlightWait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(w.txOpts.ReceiptPoll):
		}
	}
}

var (
	revertOnce sync.Once
	revertErrs *abi.ABI
)

// revertABI has the custom errors of the registry and the verifier (the
// registry bubbles the verifier's).
func revertABI() *abi.ABI {
	revertOnce.Do(func() {
		reg, err1 := rr.RollupRegistryMetaData.GetAbi()
		ver, err2 := cv.CertificateVerifierMetaData.GetAbi()
		if err1 != nil || err2 != nil {
			panic("relay: bindings' ABIs do not parse")
		}
		out := *reg
		out.Errors = map[string]abi.Error{}
		for _, a := range []*abi.ABI{reg, ver} {
			for k, v := range a.Errors {
				out.Errors[k] = v
			}
		}
		revertErrs = &out
	})
	return revertErrs
}

// keyAddress is the relay's sending address.
func keyAddress(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
