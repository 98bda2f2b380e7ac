package payments

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// fakePad charges like a pad: it remembers its last transaction.
type fakePad struct {
	decline bool
	notSent bool
	lose    bool // charge, then lose the reply
	lastErr error
	voidErr error
	last    PadResult
	charges int
	voids   int
}

func (p *fakePad) Sale(_ context.Context, amount int64, ref string) (PadResult, error) {
	if p.notSent {
		return PadResult{}, ErrNotSent
	}
	r := PadResult{Approved: !p.decline, Code: "approved", Ref: ref, AmountFen: amount, CardMasked: "622202******0128", PadTxn: "000777"}
	if p.decline {
		r.Code = "insufficient_funds"
	} else {
		p.charges++
	}
	p.last = r
	if p.lose {
		return PadResult{}, ErrOutcomeUnknown
	}
	return r, nil
}
func (p *fakePad) LastTransaction(context.Context) (PadResult, error) { return p.last, p.lastErr }
func (p *fakePad) Void(_ context.Context, r PadResult) (PadResult, error) {
	if p.voidErr != nil {
		return PadResult{}, p.voidErr
	}
	p.voids++
	return PadResult{Approved: true, Ref: r.Ref}, nil
}

func rig(t *testing.T) (*Service, *fakePad, *outbox.Outbox, *journal.Journal) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	pad := &fakePad{}
	ob := outbox.New(st, outbox.Options{})
	j := journal.New(st, nil)
	return New(j, ob, pad, nil, nil), pad, ob, j
}

func notice() wire.PaymentNotice {
	return wire.PaymentNotice{Number: "44060120260001", AmountFen: 38000, Status: wire.NoticeUnpaid}
}

func reports(t *testing.T, ob *outbox.Outbox) int {
	s, err := ob.Stats()
	if err != nil {
		t.Fatal(err)
	}
	return s.Pending
}

func TestApprovedSaleIsReportedOnce(t *testing.T) {
	s, pad, ob, _ := rig(t)
	out, err := s.Pay(context.Background(), notice())
	if err != nil || !out.Paid() || out.CardMasked != "622202******0128" {
		t.Fatalf("pay: %+v %v", out, err)
	}
	if pad.charges != 1 || reports(t, ob) != 1 {
		t.Fatalf("charges %d, reports %d", pad.charges, reports(t, ob))
	}
	if _, err := s.Pay(context.Background(), notice()); !errors.Is(err, journal.ErrAlreadyPaying) {
		t.Fatalf("paid twice: %v", err)
	}
}

func TestDeclinedAndNotSent(t *testing.T) {
	s, pad, ob, _ := rig(t)
	pad.decline = true
	out, err := s.Pay(context.Background(), notice())
	if err != nil || out.State != journal.Declined || out.Code != "insufficient_funds" || reports(t, ob) != 0 {
		t.Fatalf("declined: %+v %v", out, err)
	}
	pad.decline, pad.notSent = false, true
	out, err = s.Pay(context.Background(), notice())
	if !errors.Is(err, ErrNotSent) || out.State != journal.Abandoned {
		t.Fatalf("not sent: %+v %v", out, err)
	}
	pad.notSent = false
	if out, err := s.Pay(context.Background(), notice()); err != nil || !out.Paid() {
		t.Fatalf("third try: %+v %v", out, err)
	}
}

func TestLostReplyIsResolvedFromThePad(t *testing.T) {
	s, pad, ob, _ := rig(t)
	pad.lose = true
	out, err := s.Pay(context.Background(), notice())
	if err != nil || !out.Paid() || pad.charges != 1 || reports(t, ob) != 1 {
		t.Fatalf("charged then silent: %+v %v charges %d", out, err, pad.charges)
	}
}

func TestPadThatCannotTellWaitsThenRecovers(t *testing.T) {
	s, pad, ob, j := rig(t)
	pad.lose, pad.lastErr = true, errors.New("pad silent")
	out, err := s.Pay(context.Background(), notice())
	if err == nil || out.State != journal.Unknown || reports(t, ob) != 0 {
		t.Fatalf("unknown: %+v %v", out, err)
	}
	if open, _ := j.Unfinished(); len(open) != 1 {
		t.Fatal("the unknown payment is not in the journal")
	}
	// Next start: the pad answers now.
	pad.lastErr = nil
	n, err := s.Recover(context.Background())
	if err != nil || n != 1 || reports(t, ob) != 1 {
		t.Fatalf("recover: %d %v, reports %d", n, err, reports(t, ob))
	}
	// Recovering again changes nothing.
	if n, _ := s.Recover(context.Background()); n != 0 || reports(t, ob) != 1 {
		t.Errorf("second recovery: %d, reports %d", n, reports(t, ob))
	}
}

func TestRecoverEachInterruptedStep(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(j *journal.Journal, pad *fakePad, ref string)
		want    journal.State
		reports int
	}{
		{"intent", func(*journal.Journal, *fakePad, string) {}, journal.Abandoned, 0},
		{"sent, pad charged", func(j *journal.Journal, pad *fakePad, ref string) {
			j.Move(ref, journal.Sent, "", nil)
			pad.last = PadResult{Approved: true, Ref: ref, AmountFen: 38000, PadTxn: "1"}
		}, journal.Reported, 1},
		{"sent, pad never saw it", func(j *journal.Journal, pad *fakePad, ref string) {
			j.Move(ref, journal.Sent, "", nil)
			pad.last = PadResult{Approved: true, Ref: "someone-else", AmountFen: 500}
		}, journal.Declined, 0},
		{"sent, amounts differ", func(j *journal.Journal, pad *fakePad, ref string) {
			j.Move(ref, journal.Sent, "", nil)
			pad.last = PadResult{Approved: true, Ref: ref, AmountFen: 1}
		}, journal.NeedsStaff, 0},
		{"approved, not reported", func(j *journal.Journal, pad *fakePad, ref string) {
			j.Move(ref, journal.Sent, "", nil)
			j.Move(ref, journal.Approved, "", nil)
		}, journal.Reported, 1},
		{"void sent", func(j *journal.Journal, pad *fakePad, ref string) {
			j.Move(ref, journal.Sent, "", nil)
			j.Move(ref, journal.Approved, "", nil)
			j.Move(ref, journal.VoidSent, "", nil)
		}, journal.NeedsStaff, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, pad, ob, j := rig(t)
			e, err := j.Begin("44060120260001", 38000)
			if err != nil {
				t.Fatal(err)
			}
			c.prepare(j, pad, e.Ref)
			s.Recover(context.Background())
			got, _ := j.Get(e.Ref)
			if got.State != c.want || reports(t, ob) != c.reports {
				t.Errorf("state %s (want %s), reports %d (want %d)", got.State, c.want, reports(t, ob), c.reports)
			}
		})
	}
}
