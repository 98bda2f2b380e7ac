package hall

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/nacl/box"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// LedgerEntry is the first result of an idempotency key.
type LedgerEntry struct {
	Hash     []byte          `json:"hash"` // of terminal, kind and payload
	Terminal string          `json:"terminal"`
	Result   json.RawMessage `json:"result"`
	Seq      uint64          `json:"seq"`
	At       time.Time       `json:"at"`
}

// AppliedRecord is a business write as the hall keeps it.
type AppliedRecord struct {
	Seq       uint64          `json:"seq"`
	Key       string          `json:"key"`
	Terminal  string          `json:"terminal"`
	Station   string          `json:"station"`
	Kind      string          `json:"kind"`
	CreatedAt time.Time       `json:"created_at"`
	At        time.Time       `json:"at"`
	Sealed    bool            `json:"sealed"`
	Payload   json.RawMessage `json:"payload"`
}

func recordHash(terminal string, r wire.OutboxRecord) []byte {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n", terminal, r.Kind)
	h.Write(r.Payload)
	return h.Sum(nil)
}

// ApplyBatch applies an outbox batch in one durable transaction, in order.
// A key seen before gets its first result back (duplicate); a key seen
// with other content is rejected; a sealed payload the hall cannot open is
// rejected.
func (s *Store) ApplyBatch(t Terminal, b wire.OutboxBatch, keys Keys, now time.Time) (wire.OutboxBatchResult, error) {
	res := wire.OutboxBatchResult{Results: make([]wire.OutboxResult, 0, len(b.Records))}
	err := s.db.Update(func(tx *bolt.Tx) error {
		res.Results = res.Results[:0] // bbolt may not rerun, but stay safe
		ledger, records := tx.Bucket(bucketLedger), tx.Bucket(bucketRecords)
		for _, r := range b.Records {
			hash := recordHash(t.ID, r)
			if raw := ledger.Get([]byte(r.Key)); raw != nil {
				var e LedgerEntry
				if err := json.Unmarshal(raw, &e); err != nil {
					return err
				}
				if !bytes.Equal(e.Hash, hash) {
					res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeRejected, Reason: "idempotency key already used for other content"})
					continue
				}
				res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeDuplicate, Result: e.Result})
				continue
			}
			if reason := checkPayload(r, keys); reason != "" {
				res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeRejected, Reason: reason})
				continue
			}
			seq, err := records.NextSequence()
			if err != nil {
				return err
			}
			result, _ := json.Marshal(map[string]string{"tracking": trackingNumber(now, seq)})
			var apply func() (json.RawMessage, string, error)
			switch r.Kind {
			case wire.KindPayment:
				apply = func() (json.RawMessage, string, error) { return applyPayment(tx, t, r.Payload, now, seq) }
			case wire.KindDocument:
				apply = func() (json.RawMessage, string, error) { return applyDocument(tx, r.Payload) }
			}
			if apply != nil {
				var reason string
				if result, reason, err = apply(); err != nil {
					return err
				} else if reason != "" {
					res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeRejected, Reason: reason})
					continue
				}
			}
			rec, err := json.Marshal(AppliedRecord{Seq: seq, Key: r.Key, Terminal: t.ID, Station: t.StationID, Kind: r.Kind,
				CreatedAt: r.CreatedAt, At: now.UTC(), Sealed: r.Sealed, Payload: r.Payload})
			if err != nil {
				return err
			}
			records.FillPercent = 0.9
			if err := records.Put(binary.BigEndian.AppendUint64(nil, seq), rec); err != nil {
				return err
			}
			entry, err := json.Marshal(LedgerEntry{Hash: hash, Terminal: t.ID, Result: result, Seq: seq, At: now.UTC()})
			if err != nil {
				return err
			}
			if err := ledger.Put([]byte(r.Key), entry); err != nil {
				return err
			}
			res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeApplied, Result: result})
		}
		return nil
	})
	if err != nil {
		return wire.OutboxBatchResult{}, fmt.Errorf("hall: apply batch: %w", err)
	}
	return res, nil
}

// trackingNumber is the number printed on receipts: date and sequence.
func trackingNumber(now time.Time, seq uint64) string {
	return fmt.Sprintf("SD%s%08d", now.In(chinaTime).Format("20060102"), seq)
}

var chinaTime = time.FixedZone("CST", 8*3600)

func checkPayload(r wire.OutboxRecord, keys Keys) string {
	if !r.Sealed {
		if !json.Valid(r.Payload) {
			return "payload is not valid JSON"
		}
		return ""
	}
	var sealed []byte
	if err := json.Unmarshal(r.Payload, &sealed); err != nil {
		return "sealed payload is not base64"
	}
	plain, ok := box.OpenAnonymous(nil, sealed, keys.SealPublic, keys.SealPrivate)
	if !ok {
		return "sealed payload cannot be opened with this hall's key"
	}
	defer clear(plain)
	if !json.Valid(plain) {
		return "sealed payload is not valid JSON"
	}
	return ""
}

// Records returns the applied records, oldest first (for tests and admins).
func (s *Store) Records() ([]AppliedRecord, error) {
	var out []AppliedRecord
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRecords).ForEach(func(_, v []byte) error {
			var r AppliedRecord
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
	})
	return out, err
}

// SaveHeartbeat stores a terminal's last heartbeat durably. Concurrent
// heartbeats share one commit (bbolt's Batch), which is what lets one hall
// take thousands a second with every one fsynced before it is answered.
func (s *Store) SaveHeartbeat(terminal string, hb wire.Heartbeat, now time.Time) error {
	enc, err := json.Marshal(struct {
		wire.Heartbeat
		ReceivedAt time.Time `json:"received_at"`
	}{hb, now.UTC()})
	if err != nil {
		return err
	}
	return s.db.Batch(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketBeats).Put([]byte(terminal), enc)
	})
}

// revisionCache keeps the dataset revisions in memory for heartbeats.
type revisionCache struct {
	mu   sync.Mutex
	revs map[string]uint64
}

// Revisions returns every dataset's current revision.
func (s *Store) Revisions() (map[string]uint64, error) {
	s.revs.mu.Lock()
	defer s.revs.mu.Unlock()
	if s.revs.revs == nil {
		revs := map[string]uint64{}
		err := s.db.View(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketDatasets).ForEach(func(k, v []byte) error {
				var sd storedDataset
				if err := json.Unmarshal(v, &sd); err != nil {
					return err
				}
				revs[string(k)] = sd.Revision
				return nil
			})
		})
		if err != nil {
			return nil, err
		}
		s.revs.revs = revs
	}
	out := make(map[string]uint64, len(s.revs.revs))
	for k, v := range s.revs.revs {
		out[k] = v
	}
	return out, nil
}
