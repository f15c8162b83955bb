package status

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"

	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rollcall-avs/rollcall/api"
	"github.com/rollcall-avs/rollcall/bindings/rollcallregistry"
	"github.com/rollcall-avs/rollcall/core"
	"github.com/rollcall-avs/rollcall/internal/redact"
)

// logWindow is how many blocks one eth_getLogs call spans (public
// endpoints cap the range).
const logWindow = 10_000

// bitmapUpdate is one entry of the registry coordinator's quorum bitmap
// history: the operator's quorums from block From until block To
// (exclusive; 0 = still current).
type bitmapUpdate struct {
	From, To uint64
	Bitmap   *big.Int
}

func readBitmapHistory(coord *regcoord.ContractSlashingRegistryCoordinatorCaller, opts *bind.CallOpts, id common.Hash) ([]bitmapUpdate, error) {
	n, err := coord.GetQuorumBitmapHistoryLength(opts, id)
	if err != nil {
		return nil, fmt.Errorf("registry coordinator getQuorumBitmapHistoryLength: %w", err)
	}
	out := make([]bitmapUpdate, 0, n.Int64())
	for i := int64(0); i < n.Int64(); i++ {
		u, err := coord.GetQuorumBitmapUpdateByIndex(opts, id, big.NewInt(i))
		if err != nil {
			return nil, fmt.Errorf("registry coordinator getQuorumBitmapUpdateByIndex: %w", err)
		}
		out = append(out, bitmapUpdate{From: uint64(u.UpdateBlockNumber), To: uint64(u.NextUpdateBlockNumber), Bitmap: u.QuorumBitmap})
	}
	return out, nil
}

// registeredAt tells whether the history has the operator in quorum at
// block (as the signature checker sees it at a reference block).
func registeredAt(history []bitmapUpdate, quorum uint8, block uint64) bool {
	for _, u := range history {
		if u.From <= block && (u.To == 0 || block < u.To) {
			return u.Bitmap != nil && u.Bitmap.Bit(int(quorum)) == 1
		}
	}
	return false
}

// firstRegistration is the first block the history has the operator in
// quorum (ok false: never).
func firstRegistration(history []bitmapUpdate, quorum uint8) (uint64, bool) {
	for _, u := range history {
		if u.Bitmap != nil && u.Bitmap.Bit(int(quorum)) == 1 {
			return u.From, true
		}
	}
	return 0, false
}

// registryABI decodes attest calldata.
var registryABI = func() *abi.ABI {
	a, err := rollcallregistry.RollcallRegistryMetaData.GetAbi()
	if err != nil {
		panic(err) // generated binding: a broken build
	}
	return a
}()

// nonSigners decodes the non-signers' G1 keys from the calldata of a
// RollcallRegistry.attest transaction and checks them against the
// signatory record hash the CheckpointAttested event carries
// (keccak256(uint32 referenceBlock ‖ non-signer operator ids)), so that a
// transaction that is not the event's own attest call is not misread.
func nonSigners(input []byte, referenceBlock uint32, recordHash [32]byte) ([]rollcallregistry.IBLSSignatureCheckerG1Point, error) {
	method := registryABI.Methods["attest"]
	if len(input) < 4 || string(input[:4]) != string(method.ID) {
		return nil, fmt.Errorf("not an attest call")
	}
	args, err := method.Inputs.Unpack(input[4:])
	if err != nil {
		return nil, fmt.Errorf("decode attest: %w", err)
	}
	if len(args) != 5 {
		return nil, fmt.Errorf("decode attest: %d arguments", len(args))
	}
	sig := *abi.ConvertType(args[4], new(rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature)).(*rollcallregistry.IBLSSignatureCheckerNonSignerStakesAndSignature)
	buf := binary.BigEndian.AppendUint32(nil, referenceBlock)
	for _, pk := range sig.NonSignerPubkeys {
		buf = append(buf, core.OperatorID(bls.NewG1Point(pk.X, pk.Y)).Bytes()...)
	}
	if crypto.Keccak256Hash(buf) != common.Hash(recordHash) {
		return nil, fmt.Errorf("non-signers do not match the signatory record hash")
	}
	return sig.NonSignerPubkeys, nil
}

func samePoint(p rollcallregistry.IBLSSignatureCheckerG1Point, k *bls.G1Point) bool {
	x, y := core.G1Coords(k)
	return p.X.Cmp(x) == 0 && p.Y.Cmp(y) == 0
}

// l1Participation reads the registry's CheckpointAttested events since the
// operator's registration, newest first, and for each round attested at a
// reference block the operator was registered at, whether its key is among
// the attest transaction's non-signers.
func (g *gatherer) l1Participation(ctx context.Context) error {
	p := &Participation{Source: "l1", LastSigned: []SignedRound{}}
	g.r.L1 = p
	quorum := uint8(g.cfg.Deployment.AVS.OperatorSetID)
	first, ok := firstRegistration(g.history, quorum)
	if !ok || g.pubkey == nil {
		p.Note = "never registered: no rounds to sign"
		return nil
	}
	reg, err := rollcallregistry.NewRollcallRegistryFilterer(g.cfg.Deployment.AVS.Registry, g.cfg.Client)
	if err != nil {
		return err
	}
	if dep := g.cfg.Deployment.L1.DeployedAtBlock; first < dep {
		first = dep
	}
	var events []*rollcallregistry.RollcallRegistryCheckpointAttested
	for end := g.r.Block; len(events) < g.cfg.Rounds; {
		start := first
		if end >= first+logWindow {
			start = end - logWindow + 1
		}
		it, err := reg.FilterCheckpointAttested(&bind.FilterOpts{Start: start, End: &end, Context: ctx}, nil)
		if err != nil {
			return fmt.Errorf("read CheckpointAttested logs: %w", err)
		}
		var window []*rollcallregistry.RollcallRegistryCheckpointAttested
		for it.Next() {
			ev := *it.Event
			window = append(window, &ev)
		}
		err = it.Error()
		it.Close()
		if err != nil {
			return fmt.Errorf("read CheckpointAttested logs: %w", err)
		}
		for i := len(window) - 1; i >= 0 && len(events) < g.cfg.Rounds; i-- {
			if registeredAt(g.history, quorum, uint64(window[i].ReferenceBlock)) {
				events = append(events, window[i])
			}
		}
		if start == first {
			break
		}
		end = start - 1
	}
	unknown := 0
	for _, ev := range events {
		tx, _, err := g.cfg.Client.TransactionByHash(ctx, ev.Raw.TxHash)
		if err != nil {
			return fmt.Errorf("read attest transaction %s: %w", ev.Raw.TxHash, err)
		}
		missing, err := nonSigners(tx.Data(), ev.ReferenceBlock, ev.SignatoryRecordHash)
		if err != nil {
			unknown++
			continue
		}
		p.Rounds++
		signed := true
		for _, pk := range missing {
			if samePoint(pk, g.pubkey) {
				signed = false
				break
			}
		}
		if !signed {
			continue
		}
		p.Signed++
		if len(p.LastSigned) < g.cfg.LastSigned {
			p.LastSigned = append(p.LastSigned, SignedRound{
				Round: ev.Round, ReferenceBlock: ev.ReferenceBlock, Status: api.StatusAttested,
				AttestedBlock: ev.Raw.BlockNumber, TxHash: ev.Raw.TxHash,
			})
		}
	}
	if p.Rounds > 0 {
		p.Rate = float64(p.Signed) / float64(p.Rounds)
	}
	switch {
	case len(events) == 0:
		p.Note = "no checkpoint attested on L1 since the operator registered"
	case unknown > 0:
		p.Note = fmt.Sprintf("%d attested rounds skipped: their attest call could not be decoded (sent through another contract?)", unknown)
	}
	return nil
}

// aggregatorParticipation reads the aggregator's recent rounds: rounds no
// longer open, at a reference block the operator was registered at, and
// whether the operator is among their signers.
func (g *gatherer) aggregatorParticipation(ctx context.Context) error {
	if g.cfg.Aggregator == nil {
		if g.cfg.AggregatorErr != nil {
			g.warn("aggregator unreachable (%v): participation from L1 only", g.cfg.AggregatorErr)
		}
		return nil
	}
	rounds, err := g.cfg.Aggregator.ListRounds(ctx, api.ListRoundsRequest{Limit: g.cfg.Rounds})
	if err != nil {
		g.warn("aggregator unreachable at %s (%v): participation from L1 only", redact.URL(g.cfg.AggregatorURL), err)
		return nil
	}
	g.rounds = rounds
	p := &Participation{Source: "aggregator", LastSigned: []SignedRound{}}
	g.r.Aggregator = p
	quorum := uint8(g.cfg.Deployment.AVS.OperatorSetID)
	if g.r.OperatorID == nil {
		p.Note = "no operator id (no BLS key in the keystore or on chain)"
		return nil
	}
	for _, r := range rounds {
		if r.Status == api.StatusOpen || !registeredAt(g.history, quorum, uint64(r.ReferenceBlock)) {
			continue
		}
		p.Rounds++
		for _, s := range r.Signers {
			if s.OperatorID != *g.r.OperatorID {
				continue
			}
			p.Signed++
			if len(p.LastSigned) < g.cfg.LastSigned {
				p.LastSigned = append(p.LastSigned, SignedRound{
					Round: r.Round, ReferenceBlock: r.ReferenceBlock, Status: r.Status,
					AttestedBlock: r.AttestedBlock, TxHash: r.TxHash,
				})
			}
			break
		}
	}
	if p.Rounds > 0 {
		p.Rate = float64(p.Signed) / float64(p.Rounds)
	} else {
		p.Note = "no finished round at a reference block the operator was registered at"
	}
	return nil
}
