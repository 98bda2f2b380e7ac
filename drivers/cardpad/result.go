package cardpad

import (
	"fmt"
	"log/slog"
	"time"
)

// Result is the pad's answer to one transaction. It never holds the full
// card number: MaskedPAN is masked by the driver whatever the pad sent,
// and the expiry date is dropped unread.
//
// For LastTransaction and Resolve the Result describes the transaction on
// record (its type, nonce, reference and outcome), not the query.
type Result struct {
	Type TxType
	Code Code
	// ResponseCode is DF07 as the pad sent it: two characters from the
	// bank ("00", "51"), eight from the pad ("00010014").
	ResponseCode string
	// Amount is the transaction amount (sale, void).
	Amount Amount
	// Balance is the available balance (balance inquiry).
	Balance Amount
	// Nonce and Reference are the values the transaction was sent with.
	Nonce     Nonce
	Reference string

	Voucher    string // 凭证号, 6 digits: what a void refers to
	Trace      string // POS trace number (流水号), 6 digits
	Batch      string // batch number (批次号)
	RRN        string // system reference number (系统参考号), 12 characters
	AuthCode   string // authorisation number (授权号)
	TerminalID string // TID
	MerchantID string // MID
	Date       string // MMDD as the pad reports it
	Time       string // hhmmss as the pad reports it
	MaskedPAN  string // 622202******0128

	// Totals is set for a settlement.
	Totals *Totals
	// Elapsed is the time from the first transmission to the result.
	Elapsed time.Duration

	queryResponse string // DF07 of a query-last reply, the query's own outcome
}

// Totals are the figures of a closed batch.
type Totals struct {
	Batch      string
	SaleCount  int
	SaleAmount Amount
	VoidCount  int
	VoidAmount Amount
	NetAmount  Amount // SaleAmount − VoidAmount
}

// Approved reports whether the pad approved the transaction.
func (r *Result) Approved() bool { return r != nil && r.Code == CodeApproved }

// Intent is the transaction as an intent, for matching against a journal.
func (r *Result) Intent() Intent {
	return Intent{Type: r.Type, Amount: r.Amount, Nonce: r.Nonce, Reference: r.Reference}
}

// String is a one-line summary for logs: no card number, not even masked.
func (r *Result) String() string {
	if r == nil {
		return "<nil>"
	}
	s := fmt.Sprintf("%s %s (%s)", r.Type, r.Code, r.ResponseCode)
	if r.Type.MovesMoney() {
		s += " " + r.Amount.String()
	}
	if r.Voucher != "" {
		s += " voucher " + r.Voucher
	}
	return s + " nonce " + string(r.Nonce)
}

// LogValue logs the outcome and the numbers needed to reconcile it; the
// masked card number stays out of logs.
func (r *Result) LogValue() slog.Value {
	if r == nil {
		return slog.StringValue("<nil>")
	}
	return slog.GroupValue(
		slog.String("type", r.Type.String()),
		slog.String("code", string(r.Code)),
		slog.String("response", r.ResponseCode),
		slog.String("amount", r.Amount.String()),
		slog.String("nonce", string(r.Nonce)),
		slog.String("reference", r.Reference),
		slog.String("voucher", r.Voucher),
		slog.String("rrn", r.RRN),
		slog.Duration("elapsed", r.Elapsed),
	)
}
