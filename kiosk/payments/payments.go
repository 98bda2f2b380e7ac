// Package payments runs a non-tax payment from the notice to the report,
// so that a card is never charged twice for one notice and a charge is
// never lost — through a crash, a power cut or a pad that goes quiet.
//
// Every step is written to the journal before it is taken: the intent
// before the pad is asked, the sale as sent before the bytes leave, the
// outcome as soon as it is known, the report (an outbox record keyed by the
// payment's reference) before the person is told. After a restart Recover
// finishes what the journal shows unfinished: it asks the pad for its last
// transaction, matches the reference and the amount, and reports the
// charge, records the decline, or leaves it for staff when the pad cannot
// tell.
package payments

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// PadResult is what the card pad answered for a transaction.
type PadResult struct {
	Approved   bool
	Code       string // stable response code ("approved", "declined", "insufficient_funds" …)
	Ref        string // our reference, echoed by the pad
	AmountFen  int64
	CardMasked string
	PadTxn     string // the pad's trace number
}

// Pad is the card pad as payments use it (drivers/cardpad through a small
// adapter in kiosk/devices).
type Pad interface {
	// Sale asks the pad to charge amount under ref. An error that
	// errors.Is ErrNotSent means the pad never received the sale;
	// ErrOutcomeUnknown means it may have charged.
	Sale(ctx context.Context, amountFen int64, ref string) (PadResult, error)
	// LastTransaction asks the pad for its last transaction.
	LastTransaction(ctx context.Context) (PadResult, error)
	// Void cancels a charge the pad made.
	Void(ctx context.Context, r PadResult) (PadResult, error)
}

// Errors the pad adapter wraps so payments can tell the cases apart.
var (
	ErrNotSent        = errors.New("payments: the pad never received the request")
	ErrOutcomeUnknown = errors.New("payments: the pad may have charged; outcome unknown")
)

// Outcome is what the person is told.
type Outcome struct {
	State      journal.State // Reported (paid), Declined, Unknown (being checked), NeedsStaff, Abandoned
	Code       string        // the pad's response code when declined
	Ref        string
	CardMasked string
	PadTxn     string
	AmountFen  int64
	Notice     wire.PaymentNotice
}

// Paid reports whether the card was charged and the charge is on its way
// to the hall.
func (o Outcome) Paid() bool { return o.State == journal.Reported }

// Service runs payments.
type Service struct {
	j   *journal.Journal
	ob  *outbox.Outbox
	pad Pad
	now func() time.Time
	log *slog.Logger

	// OnStep, if set, is called after each step is durable in the
	// journal (the crash test kills the process there).
	OnStep func(journal.State)
}

// move is journal.Move followed by OnStep.
func (s *Service) move(ref string, to journal.State, note string, update func(*journal.Entry)) (journal.Entry, error) {
	e, err := s.j.Move(ref, to, note, update)
	if err == nil && s.OnStep != nil {
		s.OnStep(to)
	}
	return e, err
}

// New returns a payment service.
func New(j *journal.Journal, ob *outbox.Outbox, pad Pad, now func() time.Time, log *slog.Logger) *Service {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	return &Service{j: j, ob: ob, pad: pad, now: now, log: log}
}

// Pay charges the notice's amount on the card pad and reports the charge.
// It refuses a notice that already has a payment in progress or paid.
func (s *Service) Pay(ctx context.Context, n wire.PaymentNotice) (Outcome, error) {
	if n.Status != wire.NoticeUnpaid {
		return Outcome{}, fmt.Errorf("payments: notice %s is %s", n.Number, n.Status)
	}
	e, err := s.j.Begin(n.Number, n.AmountFen)
	if err != nil {
		return Outcome{}, err
	}
	if s.OnStep != nil {
		s.OnStep(journal.Intent)
	}
	out := Outcome{Ref: e.Ref, AmountFen: n.AmountFen, Notice: n}
	if _, err := s.move(e.Ref, journal.Sent, "", nil); err != nil {
		return out, err
	}
	res, err := s.pad.Sale(ctx, n.AmountFen, e.Ref)
	switch {
	case errors.Is(err, ErrNotSent):
		_, jerr := s.move(e.Ref, journal.Abandoned, err.Error(), nil)
		out.State = journal.Abandoned
		return out, errors.Join(err, jerr)
	case err != nil:
		// Anything else after the bytes left: the pad may have charged.
		if _, jerr := s.move(e.Ref, journal.Unknown, err.Error(), nil); jerr != nil {
			return out, errors.Join(err, jerr)
		}
		s.log.Warn("payment outcome unknown; asking the pad", "ref", e.Ref)
		return s.resolve(ctx, e.Ref, n)
	}
	return s.settle(e.Ref, res, n)
}

// settle records a definite answer from the pad for ref.
func (s *Service) settle(ref string, res PadResult, n wire.PaymentNotice) (Outcome, error) {
	out := Outcome{Ref: ref, AmountFen: n.AmountFen, Notice: n, Code: res.Code, CardMasked: res.CardMasked, PadTxn: res.PadTxn}
	if !res.Approved {
		_, err := s.move(ref, journal.Declined, res.Code, nil)
		out.State = journal.Declined
		return out, err
	}
	if _, err := s.move(ref, journal.Approved, "", func(e *journal.Entry) {
		e.CardMasked, e.PadTxn = res.CardMasked, res.PadTxn
	}); err != nil {
		return out, err
	}
	return s.report(ref, out)
}

// report puts the charge in the outbox (keyed by the payment reference, so
// repeating this after a crash adds nothing) and marks it reported.
func (s *Service) report(ref string, out Outcome) (Outcome, error) {
	e, err := s.j.Get(ref)
	if err != nil {
		return out, err
	}
	rep := wire.PaymentReport{Ref: ref, Notice: e.Notice, AmountFen: e.AmountFen, CardMasked: e.CardMasked, PadTxn: e.PadTxn, PaidAt: s.now().UTC()}
	rec, err := s.ob.EnqueueKey("payment-"+ref, wire.KindPayment, rep, false, outbox.Summary{AmountFen: e.AmountFen, Title: e.Notice})
	if err != nil {
		// The charge cannot be recorded: do not keep the money.
		s.log.Error("cannot record a charge; voiding it", "ref", ref, "err", err)
		return s.void(context.Background(), ref, out)
	}
	if _, err := s.move(ref, journal.Reported, "", func(e *journal.Entry) { e.OutboxKey = rec.Key }); err != nil {
		return out, err
	}
	out.State, out.CardMasked, out.PadTxn = journal.Reported, e.CardMasked, e.PadTxn
	return out, nil
}

// void cancels an approved charge on the pad.
func (s *Service) void(ctx context.Context, ref string, out Outcome) (Outcome, error) {
	e, err := s.move(ref, journal.VoidSent, "", nil)
	if err != nil {
		return out, err
	}
	_, verr := s.pad.Void(ctx, PadResult{Ref: ref, AmountFen: e.AmountFen, PadTxn: e.PadTxn})
	if verr != nil {
		_, jerr := s.move(ref, journal.NeedsStaff, "void failed: "+verr.Error(), nil)
		out.State = journal.NeedsStaff
		return out, errors.Join(verr, jerr)
	}
	_, err = s.move(ref, journal.Voided, "", nil)
	out.State = journal.Voided
	return out, err
}

// resolve asks the pad what became of ref: its last transaction carries our
// reference if it processed our sale.
func (s *Service) resolve(ctx context.Context, ref string, n wire.PaymentNotice) (Outcome, error) {
	out := Outcome{Ref: ref, AmountFen: n.AmountFen, Notice: n, State: journal.Unknown}
	e, err := s.j.Get(ref)
	if err != nil {
		return out, err
	}
	last, err := s.pad.LastTransaction(ctx)
	if err != nil {
		// The pad cannot tell now; Recover tries again at the next start,
		// and staff see it on the journal.
		return out, fmt.Errorf("payments: resolve %s: %w", ref, err)
	}
	if last.Ref != ref {
		// The pad's last transaction is not ours: it never processed the
		// sale, so nothing was charged.
		_, err := s.move(ref, journal.Declined, "pad has no record of the sale", nil)
		out.State = journal.Declined
		return out, err
	}
	if last.AmountFen != 0 && last.AmountFen != e.AmountFen {
		_, err := s.move(ref, journal.NeedsStaff, fmt.Sprintf("pad reports %d fen for %d", last.AmountFen, e.AmountFen), nil)
		out.State = journal.NeedsStaff
		return out, err
	}
	return s.settle(ref, last, n)
}

// Recover finishes the payments a crash interrupted. It returns how many
// it settled and the first error.
func (s *Service) Recover(ctx context.Context) (int, error) {
	open, err := s.j.Unfinished()
	if err != nil {
		return 0, err
	}
	var first error
	done := 0
	for _, e := range open {
		n := wire.PaymentNotice{Number: e.Notice, AmountFen: e.AmountFen, Status: wire.NoticeUnpaid}
		out := Outcome{Ref: e.Ref, AmountFen: e.AmountFen, Notice: n}
		var err error
		switch e.State {
		case journal.Intent:
			_, err = s.move(e.Ref, journal.Abandoned, "interrupted before the pad was asked", nil)
		case journal.Sent:
			if _, err = s.move(e.Ref, journal.Unknown, "interrupted while the pad worked", nil); err == nil {
				_, err = s.resolve(ctx, e.Ref, n)
			}
		case journal.Unknown:
			_, err = s.resolve(ctx, e.Ref, n)
		case journal.Approved:
			_, err = s.report(e.Ref, out)
		case journal.VoidSent:
			_, err = s.move(e.Ref, journal.NeedsStaff, "interrupted during a void", nil)
		case journal.NeedsStaff:
			continue // staff settle it
		}
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		done++
		s.log.Info("payment recovered", "ref", e.Ref)
	}
	return done, first
}
