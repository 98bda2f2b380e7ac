package cardpad

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

// Sale charges r.Amount to the card the person presents on the pad.
//
// Journal r.Intent(TxSale) (with a Nonce from NewNonce and a Reference)
// before calling. The result is one of:
//   - a *Result with Code approved: charged;
//   - a *DeclineError (ErrDeclined): not charged, final;
//   - a communication error (Classify: transient): the pad never took the
//     request, nothing was charged, the same request may be sent again;
//   - an *OutcomeUnknownError (ErrOutcomeUnknown): the pad may have
//     charged. Call Resolve; never send the sale again.
func (p *Pad) Sale(ctx context.Context, r Request) (*Result, error) {
	return p.run(ctx, TxSale, r)
}

// Void cancels an approved sale of the current batch: r.Voucher is the
// sale's voucher number, r.Amount its amount. Outcomes as for Sale; an
// unknown outcome is resolved the same way.
func (p *Pad) Void(ctx context.Context, r Request) (*Result, error) {
	return p.run(ctx, TxVoid, r)
}

// Balance asks the pad for the balance of the card the person presents
// (card and PIN on the pad). Result.Balance holds it. Nothing is charged,
// so a lost reply is ErrNoResult, not an unknown outcome. Only Nonce and
// Progress of r are used.
func (p *Pad) Balance(ctx context.Context, r Request) (*Result, error) {
	return p.run(ctx, TxBalance, Request{Nonce: r.Nonce, Progress: r.Progress})
}

// SignIn has the pad sign in with the bank (key exchange). Pads need it
// daily and after ErrSignInRequired.
func (p *Pad) SignIn(ctx context.Context) (*Result, error) {
	return p.run(ctx, TxSignIn, Request{})
}

// Settle closes the pad's batch; Result.Totals holds its figures. Sales of
// a settled batch can no longer be voided.
func (p *Pad) Settle(ctx context.Context) (*Result, error) {
	return p.run(ctx, TxSettle, Request{})
}

// LastTransaction asks the pad for the last transaction on its record,
// which it keeps across power cuts. The Result describes that transaction
// (its type, outcome, nonce, reference, amount and voucher), whatever its
// outcome was; the error is set only when the query itself failed:
// ErrNoTransaction for an empty record, ErrBusy while a transaction runs,
// or a communication error.
func (p *Pad) LastTransaction(ctx context.Context) (*Result, error) {
	return p.run(ctx, TxQueryLast, Request{})
}

// Check asks the pad whether it is there and answering, without a card:
// it queries the last transaction and drops the answer. It returns nil
// when the pad answered at all (an empty record and "busy" included) and
// updates Health either way. The self-test and the staff screen use it.
func (p *Pad) Check(ctx context.Context) error {
	_, err := p.LastTransaction(ctx)
	if err == nil || errors.Is(err, ErrNoTransaction) || errors.Is(err, ErrBusy) {
		return nil
	}
	return err
}

// Resolve settles an unknown outcome (or an intent found in the journal
// after a crash): it asks for the last transaction and compares type,
// nonce, amount and, when both have one, reference.
//
//   - It is this intent, approved: the Result, nil. The card was charged.
//   - It is this intent, not approved: nil, a *DeclineError. Not charged.
//   - Another transaction, or none: nil, ErrNotProcessed. The request
//     never became a transaction; nothing was charged for it.
//   - The query failed (ErrBusy, communication): that error. The outcome
//     is still unknown; ask again later.
//   - The record carries neither nonce nor reference: an
//     *OutcomeUnknownError; a person must check the pad's slip.
//
// Resolve before starting any other transaction on the pad: query last
// sees only the most recent one.
func (p *Pad) Resolve(ctx context.Context, in Intent) (*Result, error) {
	last, err := p.LastTransaction(ctx)
	switch {
	case errors.Is(err, ErrNoTransaction):
		return nil, fmt.Errorf("cardpad: resolve %s: the pad has no transaction on record: %w", in, ErrNotProcessed)
	case err != nil:
		return nil, fmt.Errorf("cardpad: resolve %s: %w", in, err)
	}
	if last.Nonce == "" && last.Reference == "" {
		// A pad that keeps neither cannot tell this request from another:
		// the outcome stays unknown and a person must look at the pad.
		return nil, &OutcomeUnknownError{Intent: in, Acknowledged: true,
			Err: fmt.Errorf("the last transaction on record (%s) carries no nonce or reference to match", last.Intent())}
	}
	if !sameTransaction(last, in) {
		p.log.Info("card pad resolve: last transaction is another one", "intent", in.String(), "last", last.String())
		return nil, fmt.Errorf("cardpad: resolve %s: last transaction is %s: %w", in, last.Intent(), ErrNotProcessed)
	}
	p.log.Info("card pad resolve: found", "intent", in.String(), "result", last)
	if !last.Approved() {
		return nil, &DeclineError{Type: last.Type, Code: last.Code, ResponseCode: last.ResponseCode, Result: last}
	}
	return last, nil
}

func sameTransaction(r *Result, in Intent) bool {
	if r.Type != in.Type || r.Nonce != in.Nonce || r.Amount != in.Amount {
		return false
	}
	return r.Reference == "" || in.Reference == "" || r.Reference == in.Reference
}

// run performs one transaction of type t.
func (p *Pad) run(ctx context.Context, t TxType, r Request) (*Result, error) {
	if err := r.check(t); err != nil {
		return nil, fmt.Errorf("cardpad: %s: %w", t, err)
	}
	if r.Nonce == "" {
		r.Nonce = NewNonce()
	}
	c := &call{typ: t, intent: r.Intent(t), nonce: r.Nonce, progress: r.Progress}
	msg, err := p.build(t, r)
	if err != nil {
		return nil, fmt.Errorf("cardpad: %s: %w: %w", t, ErrInvalidRequest, err)
	}
	reply, err := p.exchange(ctx, c, msg)
	if err != nil {
		if !errors.Is(err, ErrOutcomeUnknown) {
			p.log.Info("card pad transaction failed", "type", t.String(), "nonce", string(r.Nonce), "class", Classify(err).String(), "err", err)
		}
		return nil, err
	}
	res, err := decodeReply(t, reply)
	if err != nil {
		err = fmt.Errorf("%w: %w", errBadReply, err)
		if t.MovesMoney() {
			return nil, p.unknown(c, true, err)
		}
		return nil, fmt.Errorf("cardpad: %s: %w: %w", t, ErrMalformed, err)
	}
	res.Elapsed = time.Since(c.start)
	if t != TxQueryLast {
		if err := p.fill(res, r); err != nil {
			return nil, p.unknown(c, true, err)
		}
	}
	query := res
	if t == TxQueryLast {
		query = &Result{Type: t, Code: CodeForResponse(res.queryResponse), ResponseCode: res.queryResponse}
	}
	p.reportCode(query.Code)
	p.log.Info("card pad transaction", "type", t.String(), "result", res, "transmissions", c.attempt)
	if !query.Approved() {
		return nil, &DeclineError{Type: t, Code: query.Code, ResponseCode: query.ResponseCode, Result: res}
	}
	return res, nil
}

// build assembles the request message: DF01, DF04, DF02, then what the
// type needs, in the order the public integration sends them.
func (p *Pad) build(t TxType, r Request) (ecr.Message, error) {
	nonce, err := ecr.PackBCD(string(r.Nonce))
	if err != nil {
		return nil, err
	}
	var m ecr.Message
	m.Add(ecr.TagPacket, []byte{ecr.PacketCommand})
	m.Add(ecr.TagNonce, nonce)
	m.Add(ecr.TagType, []byte{t.wire()})
	if t.MovesMoney() {
		amount, err := ecr.EncodeAmount(int64(r.Amount))
		if err != nil {
			return nil, err
		}
		m.Add(ecr.TagAmount, amount)
	}
	if t == TxVoid {
		v, err := ecr.PackBCD(r.Voucher)
		if err != nil {
			return nil, err
		}
		m.Add(ecr.TagOrigVoucher, v)
	}
	if r.Reference != "" {
		m.AddString(ecr.TagReference, r.Reference)
	}
	if p.cfg.Counter != "" {
		m.AddString(ecr.TagCounter, p.cfg.Counter)
	}
	if p.cfg.Operator != "" {
		m.AddString(ecr.TagOperator, p.cfg.Operator)
	}
	return m, nil
}

// fill checks the reply's echo of a request against it and completes what
// the pad left out. A reply carrying our nonce but another amount or
// reference is not trusted.
func (p *Pad) fill(res *Result, r Request) error {
	res.Nonce = r.Nonce
	if res.Type.MovesMoney() {
		if res.Amount != 0 && res.Amount != r.Amount {
			return fmt.Errorf("%w: amount %v, asked %v", errReplyMismatch, res.Amount, r.Amount)
		}
		res.Amount = r.Amount
	}
	if res.Reference != "" && r.Reference != "" && res.Reference != r.Reference {
		return fmt.Errorf("%w: another reference", errReplyMismatch)
	}
	if res.Reference == "" {
		res.Reference = r.Reference
	}
	return nil
}

// reportCode updates the pad's health: a pad that needs signing in or
// reports a fault of its own is not usable; any other answer shows it is.
func (p *Pad) reportCode(c Code) {
	switch c {
	case CodeSignInRequired:
		p.report(ErrSignInRequired)
	case CodeTerminalError:
		p.report(&DeclineError{Code: CodeTerminalError})
	default:
		p.report(nil)
	}
}

// decodeReply reads the final reply of a transaction of type t and wipes
// it. For a query of the last transaction, the Result describes the
// transaction in the nested record and queryResponse holds the query's
// own response code.
func decodeReply(t TxType, reply ecr.Message) (res *Result, err error) {
	defer reply.Wipe()
	rc, err := responseCode(reply)
	if err != nil {
		return nil, err
	}
	var rec ecr.Message
	if v, ok := reply.Get(ecr.TagRecord); ok {
		if rec, err = ecr.Parse(v); err != nil {
			return nil, fmt.Errorf("record: %w", err)
		}
	}
	d := fieldReader{rec: rec, top: reply, topToo: t != TxQueryLast}
	res = &Result{Type: t, ResponseCode: rc, Code: CodeForResponse(rc)}

	if t == TxQueryLast {
		res.queryResponse = rc
		if res.Code != CodeApproved {
			return res, nil // nothing on record, or busy: no record to read
		}
		if rec == nil {
			return nil, errors.New("query last: no record")
		}
		orc, err := responseCode(rec)
		if err != nil {
			return nil, fmt.Errorf("record: %w", err)
		}
		res.ResponseCode, res.Code = orc, CodeForResponse(orc)
		tv, ok := rec.Get(ecr.TagType)
		if !ok || len(tv) != 1 {
			return nil, errors.New("record: no transaction type")
		}
		if res.Type, ok = txFromWire(tv[0]); !ok {
			return nil, fmt.Errorf("record: transaction type %02x", tv[0])
		}
		if n := d.bcd(ecr.TagNonce, 4); n != "" {
			res.Nonce = Nonce(n)
		}
	}

	amount := d.amount(ecr.TagAmount)
	if res.Type == TxBalance {
		res.Balance = amount
	} else {
		res.Amount = amount
	}
	res.Reference = d.ascii(ecr.TagReference)
	res.Voucher = d.bcd(ecr.TagVoucher, 6)
	res.Trace = d.bcd(ecr.TagTrace, 6)
	res.Batch = d.ascii(ecr.TagBatch)
	res.RRN = d.ascii(ecr.TagRRN)
	res.AuthCode = d.ascii(ecr.TagAuthCode)
	res.TerminalID = d.ascii(ecr.TagTerminalID)
	res.MerchantID = d.ascii(ecr.TagMerchantID)
	res.Date = d.ascii(ecr.TagDate)
	res.Time = d.ascii(ecr.TagTime)
	res.MaskedPAN = d.pan()
	if res.Type == TxSettle {
		res.Totals = &Totals{
			Batch:      res.Batch,
			SaleAmount: d.amount(ecr.TagDebitAmount),
			SaleCount:  d.count(ecr.TagDebitCount),
			VoidAmount: d.amount(ecr.TagCreditAmount),
			VoidCount:  d.count(ecr.TagCreditCount),
		}
		res.Totals.NetAmount = res.Totals.SaleAmount - res.Totals.VoidAmount
	}
	if d.err != nil {
		return nil, d.err
	}
	return res, nil
}

// responseCode reads DF07: 1 to 8 printable ASCII characters.
func responseCode(m ecr.Message) (string, error) {
	v, ok := m.Get(ecr.TagResponse)
	if !ok {
		return "", errors.New("no response code")
	}
	if len(v) == 0 || len(v) > 8 || !printable(string(v)) {
		return "", fmt.Errorf("response code of %d bytes is not printable ascii", len(v))
	}
	return strings.TrimSpace(string(v)), nil
}

// fieldReader reads fields from the record, falling back to the top level
// (topToo) for pads that do not nest them. The first bad field is kept in
// err; values name the tag only, never the content.
type fieldReader struct {
	rec, top ecr.Message
	topToo   bool
	err      error
}

func (d *fieldReader) get(t ecr.Tag) ([]byte, bool) {
	if v, ok := d.rec.Get(t); ok {
		return v, true
	}
	if d.topToo {
		return d.top.Get(t)
	}
	return nil, false
}

func (d *fieldReader) fail(t ecr.Tag, why string) {
	if d.err == nil {
		d.err = fmt.Errorf("field %s: %s", t, why)
	}
}

func (d *fieldReader) ascii(t ecr.Tag) string {
	v, ok := d.get(t)
	if !ok {
		return ""
	}
	if !printable(string(v)) {
		d.fail(t, "not printable ascii")
		return ""
	}
	return strings.TrimSpace(string(v))
}

func (d *fieldReader) bcd(t ecr.Tag, digits int) string {
	v, ok := d.get(t)
	if !ok {
		return ""
	}
	s, err := ecr.UnpackBCD(v)
	if err != nil || len(s) != digits {
		d.fail(t, fmt.Sprintf("want %d bcd digits", digits))
		return ""
	}
	return s
}

func (d *fieldReader) amount(t ecr.Tag) Amount {
	v, ok := d.get(t)
	if !ok {
		return 0
	}
	n, err := ecr.DecodeAmount(v)
	if err != nil {
		d.fail(t, "not an amount")
		return 0
	}
	return Amount(n)
}

func (d *fieldReader) count(t ecr.Tag) int {
	v, ok := d.get(t)
	if !ok {
		return 0
	}
	s, err := ecr.UnpackBCD(v)
	if err != nil {
		if !printable(string(v)) {
			d.fail(t, "not a count")
			return 0
		}
		s = strings.TrimSpace(string(v))
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		d.fail(t, "not a count")
		return 0
	}
	return n
}

// pan masks DF1E and zeroes the bytes it came in, and zeroes DF1F (the
// expiry) unread.
func (d *fieldReader) pan() string {
	if v, ok := d.get(ecr.TagExpiry); ok {
		clear(v)
	}
	v, ok := d.get(ecr.TagPAN)
	if !ok {
		return ""
	}
	masked := maskPAN(v)
	clear(v)
	return masked
}
