package ui

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Payments is what the payment screens need.
type Payments interface {
	Lookup(ctx context.Context, number string) (wire.PaymentNotice, error)
	Pay(ctx context.Context, n wire.PaymentNotice) (payments.Outcome, error)
	Balance(ctx context.Context) (cardMasked string, balanceFen int64, code string, err error)
	// Message is the pad's response code in plain words.
	Message(code, lang string) string
	// PrintSlip prints the payment slip; code says why it failed.
	PrintSlip(ctx context.Context, o payments.Outcome) (code string, err error)
	// Reconcile compares today's payments here with the hall's ledger.
	Reconcile(ctx context.Context) (Recon, error)
}

// Recon compares today's payments in the terminal's journal with the
// hall's ledger (the staff screen shows it).
type Recon struct {
	LocalCount, HallCount int
	LocalFen, HallFen     int64
	Missing               []string // charged here, not (yet) at the hall: references
	Refunds               int      // second charges the hall flagged for refund
}

// SetPayments installs the payment desk (after New, like the printer).
func (u *UI) SetPayments(p Payments) { u.deps.Payments = p }

// payState is where a payment stands on screen. It is wiped with the
// session.
type payState struct {
	digits  string
	busy    bool
	message string // why the lookup failed
	notice  wire.PaymentNotice
	started time.Time
	outcome payments.Outcome
	err     error
	balance string
	printed string
}

func yuan(fen int64) string { return fmt.Sprintf("%d.%02d", fen/100, fen%100) }

// keypad is a digit keypad with clear and an action key.
func (u *UI) keypad(digit func(string), clear func(), okLabel string, ok func()) fyne.CanvasObject {
	key := func(label string, imp widget.Importance, f func()) fyne.CanvasObject {
		return u.minHeight(u.button(label, imp, f))
	}
	var keys []fyne.CanvasObject
	for _, d := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"} {
		keys = append(keys, key(d, widget.MediumImportance, func() { digit(d) }))
	}
	keys = append(keys, key(u.t("staff.clear"), widget.MediumImportance, clear),
		key("0", widget.MediumImportance, func() { digit("0") }),
		key(okLabel, widget.HighImportance, ok))
	w := 3 * u.size(theme.SizeNameTarget) * 2.2
	grid := container.NewGridWithColumns(3, keys...)
	return container.NewCenter(container.NewStack(spacerW(w), grid))
}

// payNoticeScreen takes the notice number on a digit keypad.
func (u *UI) payNoticeScreen() fyne.CanvasObject {
	title := u.heading(u.t("service.pay"), theme.SizeNameTitle)
	prompt := u.label(u.t("pay.enter"))
	shown := u.pay.digits
	if shown == "" {
		shown = "—"
	}
	number := u.heading(shown, theme.SizeNameTitle)
	number.Alignment = fyne.TextAlignCenter
	objs := []fyne.CanvasObject{title, prompt, number}
	if u.pay.message != "" {
		m := u.label(u.pay.message)
		m.Importance = widget.DangerImportance
		objs = append(objs, m)
	}
	okLabel := u.t("pay.lookup")
	if u.pay.busy {
		okLabel = u.t("pay.looking")
	}
	pad := u.keypad(
		func(d string) {
			if len(u.pay.digits) < 20 {
				u.pay.digits += d
			}
			u.pay.message = ""
			u.render()
		},
		func() { u.pay.digits, u.pay.message = "", ""; u.render() },
		okLabel, u.lookupNotice)
	if u.landscape {
		// The number on the left, the keypad on the right.
		return container.NewGridWithColumns(2, container.NewVBox(objs...), pad)
	}
	return container.NewVBox(append(objs, pad)...)
}

func (u *UI) lookupNotice() {
	if len(u.pay.digits) < 6 || u.pay.busy {
		u.pay.message = u.t("pay.not_found")
		u.render()
		return
	}
	number := u.pay.digits
	u.pay.busy = true
	u.render()
	u.deps.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), u.cfg.Hall.Timeout.Duration)
		n, err := u.deps.Payments.Lookup(ctx, number)
		cancel()
		fyne.Do(func() {
			if len(u.stack) == 0 || u.top().kind != viewPayNotice {
				return
			}
			u.pay.busy = false
			var se *hallclient.StatusError
			switch {
			case errors.As(err, &se) && se.Status == 404:
				u.pay.message = u.t("pay.not_found")
			case err != nil:
				u.pay.message = u.t("pay.offline")
			case n.Status == wire.NoticePaid:
				u.pay.message = u.t("pay.already_paid")
			case n.Status == wire.NoticeCancelled:
				u.pay.message = u.t("pay.notice_cancelled")
			default:
				u.pay.notice = n
				u.push(view{kind: viewPayConfirm})
				return
			}
			u.render()
		})
	})
}

// payConfirmScreen shows the notice for the person to check.
func (u *UI) payConfirmScreen() fyne.CanvasObject {
	n := u.pay.notice
	amount := u.heading(u.t("pay.yuan", "Amount", yuan(n.AmountFen)), theme.SizeNameTile)
	facts := container.NewVBox(
		u.heading(u.t("pay.confirm_title"), theme.SizeNameTitle),
		u.field("pay.number", n.Number),
		u.field("pay.payer", n.PayerMasked),
		u.field("pay.item", n.Item.In(u.lang)),
		u.field("pay.department", n.Department.In(u.lang)),
	)
	pay := container.NewVBox(u.field("pay.amount", ""), amount,
		u.bigButton(u.t("pay.confirm"), widget.HighImportance, u.startPayment))
	if u.landscape {
		return container.NewGridWithColumns(2, facts, container.NewVBox(spacer(u.size(theme.SizeNameTarget)), pay))
	}
	return container.NewVBox(facts, pay)
}

func (u *UI) startPayment() {
	u.pay.started = u.deps.Now()
	u.pay.outcome, u.pay.err = payments.Outcome{}, nil
	u.stack[len(u.stack)-1] = view{kind: viewPayPad}
	u.render()
	n := u.pay.notice
	u.deps.Go(func() {
		// The pad's own limit (90 s by default) bounds the wait; the
		// context only guards against a driver that never returns.
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		out, err := u.deps.Payments.Pay(ctx, n)
		cancel()
		fyne.Do(func() {
			u.pay.outcome, u.pay.err = out, err
			if out.Paid() {
				u.count("service.pay")
			}
			if len(u.stack) > 0 && u.top().kind == viewPayPad {
				u.stack[len(u.stack)-1] = view{kind: viewPayResult}
				u.render()
			}
		})
	})
}

// payPadScreen waits for the card and the PIN on the pad.
func (u *UI) payPadScreen() fyne.CanvasObject {
	title := u.heading(u.t("pay.pad_title"), theme.SizeNameTitle)
	title.Alignment = fyne.TextAlignCenter
	amount := u.heading(u.t("pay.yuan", "Amount", yuan(u.pay.notice.AmountFen)), theme.SizeNameTile)
	amount.Alignment = fyne.TextAlignCenter
	hint := u.label(u.t("pay.pad_hint"))
	hint.Alignment = fyne.TextAlignCenter
	secs := int(u.deps.Now().Sub(u.pay.started) / time.Second)
	wait := u.label(u.t("pay.waiting", "N", secs))
	wait.Alignment = fyne.TextAlignCenter
	u.payWait = wait
	return container.NewVBox(title, amount, hint, container.NewPadded(widget.NewProgressBarInfinite()), wait)
}

// payResultScreen says what happened, in plain words.
func (u *UI) payResultScreen() fyne.CanvasObject {
	o := u.pay.outcome
	var objs []fyne.CanvasObject
	switch o.State {
	case journal.Reported:
		t := u.heading("✓ "+u.t("pay.ok_title"), theme.SizeNameTitle)
		t.Importance = widget.SuccessImportance
		objs = append(objs, t,
			u.heading(u.t("pay.ok_detail", "Card", o.CardMasked, "Amount", yuan(o.AmountFen)), theme.SizeNameBarText),
			u.label(u.t("pay.ref")+"："+o.Ref),
			u.label(u.t("pay.ok_upload")))
		if u.deps.Printer != nil {
			label := u.t("pay.print")
			if u.pay.printed != "" {
				label = u.pay.printed
			}
			objs = append(objs, u.bigButton(label, widget.HighImportance, u.printPaySlip))
		}
	case journal.Unknown, journal.NeedsStaff:
		t := u.heading(u.t("pay.unknown_title"), theme.SizeNameTitle)
		t.Importance = widget.WarningImportance
		objs = append(objs, t, u.label(u.t("pay.unknown_detail")), u.label(u.t("pay.ref")+"："+o.Ref))
	default:
		t := u.heading(u.t("pay.failed_title"), theme.SizeNameTitle)
		t.Importance = widget.DangerImportance
		code := o.Code
		if o.State == journal.Abandoned || code == "" {
			code = "communication_error"
		}
		objs = append(objs, t, u.heading(u.deps.Payments.Message(code, u.lang), theme.SizeNameBarText), u.label(u.t("pay.nothing_charged")))
	}
	return container.NewVBox(objs...)
}

func (u *UI) printPaySlip() {
	o := u.pay.outcome
	u.deps.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		code, err := u.deps.Payments.PrintSlip(ctx, o)
		cancel()
		fyne.Do(func() {
			if err != nil {
				u.pay.printed = u.t("print.failed_qr", "Reason", u.t("printer."+code))
			} else {
				u.pay.printed = u.t("print.done")
			}
			if len(u.stack) > 0 && u.top().kind == viewPayResult {
				u.render()
			}
		})
	})
}

// bankScreen runs a balance inquiry on the pad.
func (u *UI) bankScreen() fyne.CanvasObject {
	objs := []fyne.CanvasObject{u.heading(u.t("bank.title"), theme.SizeNameTitle), u.label(u.t("bank.insert"))}
	if u.pay.balance != "" {
		b := u.heading(u.pay.balance, theme.SizeNameTile)
		objs = append(objs, b)
	}
	start := u.button(u.t("bank.start"), widget.HighImportance, func() {
		u.pay.busy, u.pay.balance = true, ""
		u.render()
		u.deps.Go(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			card, bal, code, err := u.deps.Payments.Balance(ctx)
			cancel()
			fyne.Do(func() {
				u.pay.busy = false
				switch {
				case err != nil && code == "":
					u.pay.balance = u.t("pay.pad_down")
				case err != nil || code != "approved":
					u.pay.balance = u.deps.Payments.Message(code, u.lang)
				default:
					u.pay.balance = u.t("bank.balance", "Card", card, "Amount", yuan(bal))
				}
				if len(u.stack) > 0 && u.top().kind == viewBank {
					u.render()
				}
			})
		})
	})
	if u.pay.busy {
		start.Disable()
		objs = append(objs, container.NewPadded(widget.NewProgressBarInfinite()))
	}
	return container.NewVBox(append(objs, u.minHeight(start))...)
}
