package outbox

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/crypto/nacl/box"

	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// ledgerHall is a hall in memory with the real ledger rule: a key is
// applied once, a repeat gets the first result, a reused key with other
// content is rejected.
type ledgerHall struct {
	down    bool  // unreachable
	fail    error // answers with an error
	applied []wire.OutboxRecord
	ledger  map[string]wire.OutboxResult
	hashes  map[string]string
	reject  map[string]bool // kinds the hall refuses
}

func newLedgerHall() *ledgerHall {
	return &ledgerHall{ledger: map[string]wire.OutboxResult{}, hashes: map[string]string{}, reject: map[string]bool{}}
}

func (h *ledgerHall) SendOutbox(_ context.Context, b wire.OutboxBatch) (wire.OutboxBatchResult, bool, error) {
	if h.down {
		return wire.OutboxBatchResult{}, false, errors.New("connection refused")
	}
	if h.fail != nil {
		return wire.OutboxBatchResult{}, true, h.fail
	}
	var res wire.OutboxBatchResult
	for _, r := range b.Records {
		if prev, ok := h.ledger[r.Key]; ok {
			if h.hashes[r.Key] != string(r.Payload) {
				res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeRejected, Reason: "key reused"})
				continue
			}
			prev.Outcome = wire.OutcomeDuplicate
			res.Results = append(res.Results, prev)
			continue
		}
		if h.reject[r.Kind] {
			res.Results = append(res.Results, wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeRejected, Reason: "unknown kind"})
			continue
		}
		out := wire.OutboxResult{Key: r.Key, Outcome: wire.OutcomeApplied, Result: json.RawMessage(fmt.Sprintf(`{"n":%d}`, len(h.applied)+1))}
		h.applied = append(h.applied, r)
		h.ledger[r.Key], h.hashes[r.Key] = out, string(r.Payload)
		res.Results = append(res.Results, out)
	}
	return res, true, nil
}

func newOutbox(t *testing.T) (*Outbox, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kiosk.db")
	st, err := store.Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st, Options{MaxFailures: 3}), path
}

type app struct {
	Item string `json:"item"`
	N    int    `json:"n"`
}

func TestPartitionDeliversEverythingOnceInOrder(t *testing.T) {
	ob, _ := newOutbox(t)
	hall := newLedgerHall()
	d := NewDeliverer(ob, hall)
	d.Batch = 7
	ctx := context.Background()

	enqueue := func(from, to int) {
		for i := from; i < to; i++ {
			kind := []string{"application", "ticket", "rating"}[i%3]
			if _, err := ob.Enqueue(kind, app{Item: kind, N: i}, false, Summary{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	enqueue(0, 20)
	for range 2 {
		if _, err := d.DeliverOnce(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// The hall goes away; writes keep coming; nothing goes to staff.
	hall.down = true
	enqueue(20, 50)
	for range 30 {
		if _, err := d.DeliverOnce(ctx); err == nil {
			t.Fatal("delivered to an unreachable hall")
		}
	}
	if s, _ := ob.Stats(); s.Attention != 0 || s.Pending != 50-14 {
		t.Fatalf("during the outage: %+v", s)
	}
	// It comes back; the first batch it answers is lost on the way back
	// (the terminal sees an error), so the same batch goes again.
	hall.down = false
	lossy := &loseAnswer{h: hall}
	d.send = lossy
	if _, err := d.DeliverOnce(ctx); err == nil {
		t.Fatal("a lost answer was taken as success")
	}
	d.send = hall
	for {
		n, err := d.DeliverOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	if len(hall.applied) != 50 {
		t.Fatalf("hall applied %d records, want 50", len(hall.applied))
	}
	last := map[string]int{}
	for _, r := range hall.applied {
		var a app
		json.Unmarshal(r.Payload, &a)
		if prev, ok := last[r.Kind]; ok && a.N <= prev {
			t.Errorf("%s %d applied after %d", r.Kind, a.N, prev)
		}
		last[r.Kind] = a.N
	}
	done, _ := ob.Done()
	if len(done) != 50 {
		t.Fatalf("%d done", len(done))
	}
	for _, r := range done {
		if r.State != StateDelivered || len(r.Result) == 0 {
			t.Errorf("record %d: %s %s", r.Seq, r.State, r.Result)
		}
	}
	if s, _ := ob.Stats(); s.Pending != 0 || s.Attention != 0 {
		t.Errorf("left over: %+v", s)
	}
}

// loseAnswer applies the batch at the hall but loses the answer.
type loseAnswer struct{ h *ledgerHall }

func (l *loseAnswer) SendOutbox(ctx context.Context, b wire.OutboxBatch) (wire.OutboxBatchResult, bool, error) {
	l.h.SendOutbox(ctx, b)
	return wire.OutboxBatchResult{}, false, errors.New("connection reset")
}

func TestDuplicateBatchHasOneEffect(t *testing.T) {
	ob, _ := newOutbox(t)
	hall := newLedgerHall()
	for i := range 5 {
		ob.Enqueue("ticket", app{N: i}, false, Summary{})
	}
	recs, _ := ob.Next(10)
	batch := wire.OutboxBatch{}
	for _, r := range recs {
		batch.Records = append(batch.Records, r.Wire())
	}
	first, _, _ := hall.SendOutbox(context.Background(), batch)
	second, _, _ := hall.SendOutbox(context.Background(), batch)
	if len(hall.applied) != 5 {
		t.Fatalf("applied %d", len(hall.applied))
	}
	for i := range second.Results {
		if second.Results[i].Outcome != wire.OutcomeDuplicate || string(second.Results[i].Result) != string(first.Results[i].Result) {
			t.Errorf("repeat %d: %+v vs %+v", i, second.Results[i], first.Results[i])
		}
	}
	if err := ob.Settle(second.Results); err != nil {
		t.Fatal(err)
	}
	if err := ob.Settle(first.Results); err != nil { // a late, repeated answer is harmless
		t.Fatal(err)
	}
	if s, _ := ob.Stats(); s.Pending != 0 {
		t.Errorf("%+v", s)
	}
}

func TestRefusedAndFailingRecordsWaitForStaff(t *testing.T) {
	ob, _ := newOutbox(t)
	hall := newLedgerHall()
	hall.reject["bogus"] = true
	d := NewDeliverer(ob, hall)
	ctx := context.Background()
	bad, _ := ob.Enqueue("bogus", app{}, false, Summary{Title: "x"})
	good, _ := ob.Enqueue("ticket", app{N: 1}, false, Summary{})
	if _, err := d.DeliverOnce(ctx); err != nil {
		t.Fatal(err)
	}
	if r, _ := ob.ByKey(bad.Key); r.State != StateAttention || r.Reason == "" {
		t.Fatalf("refused record: %+v", r)
	}
	if r, _ := ob.ByKey(good.Key); r.State != StateDelivered {
		t.Fatalf("record after a refused one: %+v", r)
	}
	// Staff retries it: the hall still refuses.
	if err := ob.Retry(bad.Seq, "staff-1"); err != nil {
		t.Fatal(err)
	}
	d.DeliverOnce(ctx)
	if err := ob.Discard(bad.Seq, "staff-1", ""); err == nil {
		t.Error("discard without a reason")
	}
	if err := ob.Discard(bad.Seq, "staff-1", "duplicate of a paper application"); err != nil {
		t.Fatal(err)
	}
	r, _ := ob.ByKey(bad.Key)
	if r.State != StateDiscarded || r.DiscardedBy != "staff-1" || r.Payload != nil {
		t.Errorf("discarded: %+v", r)
	}
	if a, _ := ob.Audit(); len(a) != 2 || a[0].Action != "retry" || a[1].Reason != "duplicate of a paper application" {
		t.Errorf("audit: %+v", a)
	}
	if err := ob.Discard(good.Seq, "staff-1", "x"); err == nil {
		t.Error("discarded a delivered record")
	}

	// A hall that answers with errors: after MaxFailures the record waits.
	hall.fail = errors.New("500 internal")
	stuck, _ := ob.Enqueue("ticket", app{N: 2}, false, Summary{})
	for range 3 {
		d.DeliverOnce(ctx)
	}
	if r, _ := ob.ByKey(stuck.Key); r.State != StateAttention || len(r.Attempts) != 3 {
		t.Errorf("stuck record: %+v", r)
	}
	if s, _ := ob.Stats(); s.Attention != 1 || s.Pending != 0 {
		t.Errorf("stats %+v", s)
	}
}

func TestPersonalDataIsSealed(t *testing.T) {
	ob, path := newOutbox(t)
	pub, priv, err := box.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	secret := "440606199001011234"
	if _, err := ob.Enqueue("application", map[string]string{"id": secret}, true, Summary{MaskedID: "4406**********1234"}); !errors.Is(err, ErrNoSealKey) {
		t.Fatalf("sealed without a key: %v", err)
	}
	if err := ob.SetSealKey(pub[:]); err != nil {
		t.Fatal(err)
	}
	r, err := ob.Enqueue("application", map[string]string{"id": secret}, true, Summary{MaskedID: "4406**********1234"})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(secret)) {
		t.Fatal("the ID number is on disk in the clear")
	}
	// The hall can open what travels.
	w := r.Wire()
	var sealed []byte
	if err := json.Unmarshal(w.Payload, &sealed); err != nil {
		t.Fatal(err)
	}
	plain, ok := box.OpenAnonymous(nil, sealed, pub, priv)
	if !ok || !bytes.Contains(plain, []byte(secret)) {
		t.Fatal("the hall cannot open the sealed payload")
	}
}

func TestWrongAnswersCountAsFailure(t *testing.T) {
	ob, _ := newOutbox(t)
	ob.Enqueue("ticket", app{}, false, Summary{})
	ob.Enqueue("ticket", app{N: 1}, false, Summary{})
	d := NewDeliverer(ob, short{})
	if _, err := d.DeliverOnce(context.Background()); err == nil {
		t.Fatal("a short answer was accepted")
	}
	if s, _ := ob.Stats(); s.Pending != 2 {
		t.Errorf("%+v", s)
	}
}

type short struct{}

func (short) SendOutbox(_ context.Context, b wire.OutboxBatch) (wire.OutboxBatchResult, bool, error) {
	return wire.OutboxBatchResult{Results: []wire.OutboxResult{{Key: b.Records[0].Key, Outcome: wire.OutcomeApplied}}}, true, nil
}

func TestBackoffIsCappedAndJittered(t *testing.T) {
	d := NewDeliverer(nil, nil)
	for n := range 40 {
		w := d.backoff(n)
		if w <= 0 || w > d.Cap {
			t.Fatalf("backoff(%d) = %v", n, w)
		}
	}
	if d.backoff(0) > d.Base {
		t.Error("first backoff above base")
	}
}

func TestEnqueueKeyIsIdempotent(t *testing.T) {
	ob, _ := newOutbox(t)
	a, err := ob.EnqueueKey("payment-abc", "payment", app{N: 1}, false, Summary{AmountFen: 100})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ob.EnqueueKey("payment-abc", "payment", app{N: 1}, false, Summary{AmountFen: 100})
	if err != nil || b.Seq != a.Seq || b.Key != "payment-abc" {
		t.Fatalf("second enqueue: %+v %v", b, err)
	}
	if s, _ := ob.Stats(); s.Pending != 1 {
		t.Errorf("%d records for one key", s.Pending)
	}
}
