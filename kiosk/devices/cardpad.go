package devices

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/kiosk/receipts"
	"github.com/village-kiosk/kiosk/kiosk/ui"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// CardPad adapts the card pad driver to what payments need.
type CardPad struct{ Dev *cardpad.Device }

func padResult(res *cardpad.Result) payments.PadResult {
	return payments.PadResult{
		Approved: res.Code == cardpad.CodeApproved, Code: string(res.Code), Ref: res.Reference,
		AmountFen: int64(res.Amount), CardMasked: res.MaskedPAN, PadTxn: res.Voucher,
	}
}

// classify turns the driver's error classes into what payments acts on.
func classify(ref string, err error) (payments.PadResult, error) {
	switch cardpad.Classify(err) {
	case cardpad.ClassFinal:
		return payments.PadResult{Code: string(cardpad.CodeOf(err)), Ref: ref}, nil
	case cardpad.ClassTransient:
		return payments.PadResult{}, fmt.Errorf("%w: %w", payments.ErrNotSent, err)
	default:
		return payments.PadResult{}, fmt.Errorf("%w: %w", payments.ErrOutcomeUnknown, err)
	}
}

// Sale implements payments.Pad.
func (c CardPad) Sale(ctx context.Context, amountFen int64, ref string) (payments.PadResult, error) {
	res, err := c.Dev.Sale(ctx, cardpad.Request{Amount: cardpad.Amount(amountFen), Reference: ref})
	if err != nil {
		return classify(ref, err)
	}
	return padResult(res), nil
}

// LastTransaction implements payments.Pad.
func (c CardPad) LastTransaction(ctx context.Context) (payments.PadResult, error) {
	res, err := c.Dev.LastTransaction(ctx)
	if errors.Is(err, cardpad.ErrNotProcessed) || cardpad.CodeOf(err) == cardpad.CodeNoTransaction {
		return payments.PadResult{}, nil // nothing on record: no reference matches
	}
	if err != nil {
		return payments.PadResult{}, err
	}
	return padResult(res), nil
}

// Void implements payments.Pad.
func (c CardPad) Void(ctx context.Context, r payments.PadResult) (payments.PadResult, error) {
	res, err := c.Dev.Void(ctx, cardpad.Request{Amount: cardpad.Amount(r.AmountFen), Voucher: r.PadTxn, Reference: r.Ref + "V"})
	if err != nil {
		return payments.PadResult{}, err
	}
	return padResult(res), nil
}

// Health is the pad's state for the status bar.
func (c CardPad) Health() ui.Device { return Health("device.cardpad", c.Dev.Health()) }

// PaymentDesk is what the payment screens use: the hall for notices, the
// payment service for charges, the pad for balances, the printer for slips.
type PaymentDesk struct {
	Hall     *hallclient.Client
	Service  *payments.Service
	Pad      CardPad
	Printer  *Receipts // may be nil
	Station  string
	Hotline  string
	Public   string
	Now      func() time.Time
	Register func(code, kind, title string, at time.Time) // registers a slip's verification code
	Outbox   *outbox.Outbox                               // to read the hall's answer (the e-bill number)
	Journal  *journal.Journal                             // today's payments for the reconciliation
}

// ebill waits briefly for the hall's answer to a payment report: when the
// terminal is online the report goes out at once and the e-bill number
// (电子票据号) comes back within a second or two.
func (d *PaymentDesk) ebill(ctx context.Context, ref string) string {
	if d.Outbox == nil {
		return ""
	}
	deadline := time.NewTimer(5 * time.Second)
	defer deadline.Stop()
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		if r, err := d.Outbox.ByKey("payment-" + ref); err == nil && r.State == outbox.StateDelivered {
			var res struct {
				EBill string `json:"ebill"`
			}
			if json.Unmarshal(r.Result, &res) == nil {
				return res.EBill
			}
			return ""
		}
		select {
		case <-ctx.Done():
			return ""
		case <-deadline.C:
			return ""
		case <-tick.C:
		}
	}
}

// Lookup implements ui.Payments.
func (d *PaymentDesk) Lookup(ctx context.Context, number string) (wire.PaymentNotice, error) {
	return d.Hall.Notice(ctx, number)
}

// Pay implements ui.Payments.
func (d *PaymentDesk) Pay(ctx context.Context, n wire.PaymentNotice) (payments.Outcome, error) {
	return d.Service.Pay(ctx, n)
}

// Balance implements ui.Payments.
func (d *PaymentDesk) Balance(ctx context.Context) (string, int64, string, error) {
	res, err := d.Pad.Dev.Balance(ctx, cardpad.Request{})
	if err != nil {
		if cardpad.Classify(err) == cardpad.ClassFinal {
			return "", 0, string(cardpad.CodeOf(err)), err
		}
		return "", 0, "", err
	}
	return res.MaskedPAN, int64(res.Balance), string(res.Code), nil
}

// Message implements ui.Payments.
func (d *PaymentDesk) Message(code, lang string) string { return cardpad.Code(code).Message(lang) }

// PrintSlip implements ui.Payments: the payment slip, with a QR code that
// checks it at the hall.
func (d *PaymentDesk) PrintSlip(ctx context.Context, o payments.Outcome) (string, error) {
	if d.Printer == nil {
		return "absent", errors.New("no receipt printer")
	}
	now := d.Now()
	code := receipts.NewVerifyCode()
	if d.Register != nil {
		d.Register(code, "payment_slip", "非税缴费凭证", now)
	}
	r := receipts.Receipt{
		ID: "pay-" + o.Ref, Station: d.Station, Title: "非税缴费凭证",
		Lines: []receipts.Line{
			{Label: "缴款编号", Value: o.Notice.Number},
			{Label: "缴费项目", Value: o.Notice.Item.In(wire.LangZhHans)},
			{Label: "缴款人", Value: o.Notice.PayerMasked},
			{Label: "金额", Value: fmt.Sprintf("%d.%02d 元", o.AmountFen/100, o.AmountFen%100)},
			{Label: "银行卡", Value: o.CardMasked},
			{Label: "凭证号", Value: o.PadTxn},
			{Label: "核验码", Value: code},
		},
		QRURL:    receipts.VerifyURL(d.Public, code),
		QRLabel:  "扫码核验本凭证",
		Tracking: o.Ref,
		Time:     now,
		Hotline:  d.Hotline,
	}
	if eb := d.ebill(ctx, o.Ref); eb != "" {
		r.Lines = append(r.Lines, receipts.Line{Label: "电子票据号", Value: eb})
	} else {
		r.Text = []string{"缴费结果正在上传，电子票据生成后可凭缴款编号查询。"}
	}
	return d.Printer.PrintReceipt(ctx, r)
}

// Reconcile fetches the hall's ledger of today and compares it with the
// journal. A charge still in the outbox shows as missing until delivered.
func (d *PaymentDesk) Reconcile(ctx context.Context) (ui.Recon, error) {
	var s ui.Recon
	now := d.Now()
	local, err := d.Journal.Day(now)
	if err != nil {
		return s, err
	}
	hall, err := d.Hall.Reconciliation(ctx, now)
	if err != nil {
		return s, err
	}
	atHall := map[string]bool{}
	for _, h := range hall {
		atHall[h.Ref] = true
		if h.Outcome == "duplicate_refund" {
			s.Refunds++
		}
		if h.Outcome == "paid" || h.Outcome == "duplicate_refund" {
			s.HallCount++
			s.HallFen += h.AmountFen
		}
	}
	for _, e := range local {
		if e.State != journal.Reported {
			continue
		}
		s.LocalCount++
		s.LocalFen += e.AmountFen
		if !atHall[e.Ref] {
			s.Missing = append(s.Missing, e.Ref)
		}
	}
	return s, nil
}
