package outbox

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Sender delivers a batch to the hall. reached reports whether the hall
// answered at all when err is not nil.
type Sender interface {
	SendOutbox(ctx context.Context, b wire.OutboxBatch) (res wire.OutboxBatchResult, reached bool, err error)
}

// Deliverer moves records from the outbox to the hall.
type Deliverer struct {
	ob     *Outbox
	send   Sender
	Batch  int           // records per request (default 100)
	Base   time.Duration // first backoff after a failure (default 2s)
	Cap    time.Duration // backoff cap (default 5m)
	Idle   time.Duration // how often to look when nothing woke it (default 30s)
	failed int
}

// NewDeliverer returns a deliverer for ob over send.
func NewDeliverer(ob *Outbox, send Sender) *Deliverer {
	return &Deliverer{ob: ob, send: send, Batch: 100, Base: 2 * time.Second, Cap: 5 * time.Minute, Idle: 30 * time.Second}
}

// DeliverOnce sends the next batch, oldest first, and records the outcome
// durably. It returns how many records the hall settled.
func (d *Deliverer) DeliverOnce(ctx context.Context) (int, error) {
	recs, err := d.ob.Next(d.Batch)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	batch := wire.OutboxBatch{Records: make([]wire.OutboxRecord, len(recs))}
	for i, r := range recs {
		batch.Records[i] = r.Wire()
	}
	res, reached, err := d.send.SendOutbox(ctx, batch)
	if err == nil {
		err = checkAnswers(batch, res)
		reached = true
	}
	if err != nil {
		if ferr := d.ob.Failed(recs, err, reached); ferr != nil {
			return 0, ferr
		}
		return 0, err
	}
	if err := d.ob.Settle(res.Results); err != nil {
		return 0, err
	}
	return len(res.Results), nil
}

// checkAnswers insists on one answer per record, in order: a hall that
// answers otherwise is treated as failing, and the batch goes again (the
// ledger makes that harmless).
func checkAnswers(b wire.OutboxBatch, res wire.OutboxBatchResult) error {
	if len(res.Results) != len(b.Records) {
		return fmt.Errorf("hall answered %d of %d records", len(res.Results), len(b.Records))
	}
	for i, r := range res.Results {
		if r.Key != b.Records[i].Key {
			return fmt.Errorf("hall answered record %d with key %q", i, r.Key)
		}
	}
	return nil
}

// backoff is the wait after the n-th failure in a row: capped exponential
// with full jitter in its upper half, so 200 terminals coming back after
// an outage do not all call at once.
func (d *Deliverer) backoff(n int) time.Duration {
	w := d.Base << min(n, 20)
	if w <= 0 || w > d.Cap {
		w = d.Cap
	}
	return w/2 + rand.N(w/2+1)
}

// Run delivers until ctx ends: at once after an Enqueue, in batches while
// there is work, backing off after failures.
func (d *Deliverer) Run(ctx context.Context) {
	for {
		n, err := d.DeliverOnce(ctx)
		switch {
		case err != nil:
			wait := d.backoff(d.failed)
			d.failed++
			if !sleep(ctx, wait) {
				return
			}
		case n > 0:
			d.failed = 0
		default:
			d.failed = 0
			t := time.NewTimer(d.Idle)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			case <-d.ob.Wake():
				t.Stop()
			}
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
