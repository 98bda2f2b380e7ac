package outbox

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

func decode(raw []byte) (Record, error) {
	var r Record
	err := json.Unmarshal(raw, &r)
	return r, err
}

func put(b *bolt.Bucket, r Record) error {
	enc, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return b.Put(seqKey(r.Seq), enc)
}

// Next returns up to n pending records, oldest first. Records waiting for
// staff are skipped; everything after them still goes.
func (o *Outbox) Next(n int) ([]Record, error) {
	var out []Record
	err := o.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketQueue).Cursor()
		for k, v := c.First(); k != nil && len(out) < n; k, v = c.Next() {
			r, err := decode(v)
			if err != nil {
				return fmt.Errorf("record %x: %w", k, err)
			}
			if r.State == StatePending {
				out = append(out, r)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: read queue: %w: %w", store.ErrStore, err)
	}
	return out, nil
}

// Wire turns a record into what travels to the hall.
func (r Record) Wire() wire.OutboxRecord {
	payload := json.RawMessage(r.Payload)
	if r.Sealed {
		// A sealed box is bytes: it travels as a base64 JSON string.
		enc, _ := json.Marshal(r.Payload)
		payload = enc
	}
	return wire.OutboxRecord{Key: r.Key, Kind: r.Kind, CreatedAt: r.CreatedAt, Sealed: r.Sealed, Payload: payload}
}

// Settle records the hall's answers in one durable transaction: applied
// and duplicate records are done (with the hall's first result), rejected
// ones wait for staff with the hall's reason.
func (o *Outbox) Settle(results []wire.OutboxResult) error {
	now := o.opt.Now().UTC()
	err := o.db.Update(func(tx *bolt.Tx) error {
		q, done, keys := tx.Bucket(bucketQueue), tx.Bucket(bucketDone), tx.Bucket(bucketKeys)
		for _, res := range results {
			sk := keys.Get([]byte(res.Key))
			if sk == nil {
				continue // not ours: ignore rather than fail the batch
			}
			raw := q.Get(sk)
			if raw == nil {
				continue // settled already (a repeated answer)
			}
			r, err := decode(raw)
			if err != nil {
				return err
			}
			switch res.Outcome {
			case wire.OutcomeApplied, wire.OutcomeDuplicate:
				r.State, r.Result, r.DoneAt = StateDelivered, res.Result, now
				if err := q.Delete(sk); err != nil {
					return err
				}
				done.FillPercent = 0.9
				if err := put(done, r); err != nil {
					return err
				}
			case wire.OutcomeRejected:
				r.State, r.Reason = StateAttention, "rejected by the hall: "+res.Reason
				r.Attempts = append(r.Attempts, Attempt{At: now, Error: r.Reason, Reached: true})
				if err := put(q, r); err != nil {
					return err
				}
				o.opt.Logger.Warn("outbox record refused by the hall; waiting for staff", "seq", r.Seq, "kind", r.Kind, "reason", res.Reason)
			default:
				return fmt.Errorf("unknown outcome %q for %s", res.Outcome, res.Key)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("outbox: settle: %w: %w", store.ErrStore, err)
	}
	return nil
}

// Failed records a failed delivery attempt for records. When counts is
// true (the hall answered with an error, rather than being unreachable) the
// attempt counts toward MaxFailures, after which a record waits for staff.
// An unreachable hall never sends records to staff: they wait for the link.
func (o *Outbox) Failed(records []Record, cause error, counts bool) error {
	now := o.opt.Now().UTC()
	msg := cause.Error()
	err := o.db.Update(func(tx *bolt.Tx) error {
		q := tx.Bucket(bucketQueue)
		for _, rec := range records {
			raw := q.Get(seqKey(rec.Seq))
			if raw == nil {
				continue
			}
			r, err := decode(raw)
			if err != nil {
				return err
			}
			r.Attempts = append(r.Attempts, Attempt{At: now, Error: msg, Reached: counts})
			if len(r.Attempts) > 50 {
				// Keep the first attempts and the latest ones.
				r.Attempts = append(r.Attempts[:10], r.Attempts[len(r.Attempts)-40:]...)
			}
			if counts && r.State == StatePending && countedFailures(r) >= o.opt.MaxFailures {
				r.State, r.Reason = StateAttention, "failed "+fmt.Sprint(o.opt.MaxFailures)+" times: "+msg
				o.opt.Logger.Warn("outbox record keeps failing; waiting for staff", "seq", r.Seq, "kind", r.Kind)
			}
			if err := put(q, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("outbox: record failure: %w: %w", store.ErrStore, err)
	}
	return nil
}

// countedFailures counts the attempts that reached the hall.
func countedFailures(r Record) int {
	n := 0
	for _, a := range r.Attempts {
		if a.Reached {
			n++
		}
	}
	return n
}

// waiting loads a record that waits for staff; anything else is refused.
func waiting(q *bolt.Bucket, seq uint64) (Record, error) {
	raw := q.Get(seqKey(seq))
	if raw == nil {
		return Record{}, ErrNotFound
	}
	r, err := decode(raw)
	if err != nil {
		return Record{}, err
	}
	if r.State != StateAttention {
		return Record{}, fmt.Errorf("%w: record %d does not wait for staff (state %s)", ErrNotFound, seq, r.State)
	}
	return r, nil
}

// Retry puts a record that waits for staff back in the queue.
func (o *Outbox) Retry(seq uint64, staff string) error {
	err := o.db.Update(func(tx *bolt.Tx) error {
		q := tx.Bucket(bucketQueue)
		r, err := waiting(q, seq)
		if err != nil {
			return err
		}
		r.State, r.Reason = StatePending, ""
		// A fresh start: earlier failures no longer count toward MaxFailures.
		for i := range r.Attempts {
			r.Attempts[i].Reached = false
		}
		if err := put(q, r); err != nil {
			return err
		}
		return audit(tx, o.opt.Now(), "retry", seq, staff, "")
	})
	if err != nil {
		return fmt.Errorf("outbox: retry %d: %w", seq, err)
	}
	o.opt.Logger.Info("outbox record retried by staff", "seq", seq, "staff", staff)
	o.signal()
	return nil
}

// Discard gives up on a record that waits for staff. A reason is required
// and the act is audit-logged: nothing leaves the outbox silently.
func (o *Outbox) Discard(seq uint64, staff, reason string) error {
	if reason == "" {
		return fmt.Errorf("outbox: discard %d: a reason is required", seq)
	}
	now := o.opt.Now().UTC()
	err := o.db.Update(func(tx *bolt.Tx) error {
		q := tx.Bucket(bucketQueue)
		r, err := waiting(q, seq)
		if err != nil {
			return err
		}
		r.State, r.Reason, r.DiscardedBy, r.DoneAt = StateDiscarded, reason, staff, now
		clear(r.Payload)
		r.Payload = nil // nothing personal kept for a discarded write
		if err := q.Delete(seqKey(seq)); err != nil {
			return err
		}
		if err := put(tx.Bucket(bucketDone), r); err != nil {
			return err
		}
		return audit(tx, now, "discard", seq, staff, reason)
	})
	if err != nil {
		return fmt.Errorf("outbox: discard %d: %w", seq, err)
	}
	o.opt.Logger.Warn("outbox record discarded by staff", "seq", seq, "staff", staff, "reason", reason)
	return nil
}

// AuditEntry is one staff action on the outbox.
type AuditEntry struct {
	At     time.Time `json:"at"`
	Action string    `json:"action"`
	Seq    uint64    `json:"seq"`
	Staff  string    `json:"staff"`
	Reason string    `json:"reason,omitempty"`
}

func audit(tx *bolt.Tx, now time.Time, action string, seq uint64, staff, reason string) error {
	b := tx.Bucket(bucketAudit)
	n, err := b.NextSequence()
	if err != nil {
		return err
	}
	enc, err := json.Marshal(AuditEntry{At: now.UTC(), Action: action, Seq: seq, Staff: staff, Reason: reason})
	if err != nil {
		return err
	}
	return b.Put(seqKey(n), enc)
}

// Audit returns the staff actions on the outbox, oldest first.
func (o *Outbox) Audit() ([]AuditEntry, error) {
	var out []AuditEntry
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketAudit).ForEach(func(_, v []byte) error {
			var e AuditEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// Stats is the outbox at a glance, for the staff screen and the heartbeat.
type Stats struct {
	Pending   int
	Attention int
	Oldest    time.Time // creation time of the oldest waiting record
}

// Stats counts the waiting records.
func (o *Outbox) Stats() (Stats, error) {
	var s Stats
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketQueue).ForEach(func(_, v []byte) error {
			r, err := decode(v)
			if err != nil {
				return err
			}
			if r.State == StateAttention {
				s.Attention++
			} else {
				s.Pending++
			}
			if s.Oldest.IsZero() || r.CreatedAt.Before(s.Oldest) {
				s.Oldest = r.CreatedAt
			}
			return nil
		})
	})
	if err != nil {
		return Stats{}, fmt.Errorf("outbox: stats: %w: %w", store.ErrStore, err)
	}
	return s, nil
}

// Waiting returns every record not yet done, oldest first.
func (o *Outbox) Waiting() ([]Record, error) { return o.list(bucketQueue) }

// Done returns delivered and discarded records, oldest first.
func (o *Outbox) Done() ([]Record, error) { return o.list(bucketDone) }

func (o *Outbox) list(bucket []byte) ([]Record, error) {
	var out []Record
	err := o.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(_, v []byte) error {
			r, err := decode(v)
			if err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("outbox: list: %w: %w", store.ErrStore, err)
	}
	return out, nil
}

// ByKey finds a record, waiting or done, by its idempotency key.
func (o *Outbox) ByKey(key string) (Record, error) {
	var r Record
	err := o.db.View(func(tx *bolt.Tx) error {
		sk := tx.Bucket(bucketKeys).Get([]byte(key))
		if sk == nil {
			return ErrNotFound
		}
		raw := tx.Bucket(bucketQueue).Get(sk)
		if raw == nil {
			raw = tx.Bucket(bucketDone).Get(sk)
		}
		if raw == nil {
			return ErrNotFound
		}
		var err error
		r, err = decode(raw)
		return err
	})
	return r, err
}
