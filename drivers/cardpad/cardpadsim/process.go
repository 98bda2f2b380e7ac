package cardpadsim

import (
	"fmt"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

// Bank response codes the simulator answers with.
const (
	respInsufficient = "51"
	respWrongPIN     = "55"
	respExpired      = "54"
	respLost         = "41"
	respInvalidTx    = "12"
	respBadAmount    = "13"
)

// process runs transaction t and sends its result.
func (s *Simulator) process(t *txn, glue bool) {
	defer s.wg.Done()
	reply, silent := s.execute(t)
	s.mu.Lock()
	s.cur = nil
	closed := s.closed
	s.mu.Unlock()
	if silent || closed {
		return
	}
	s.sendResult(reply, glue)
}

// execute performs t and returns its reply; silent is true when the pad
// must not answer (chargesilent, or power lost).
func (s *Simulator) execute(t *txn) (reply ecr.Message, silent bool) {
	switch t.typ {
	case cardpad.TxQueryLast:
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.st.Last == nil {
			return s.reply(t, ecr.RespNoTransaction, nil), false
		}
		return s.reply(t, ecr.RespApproved, s.record(*s.st.Last, true)), false
	case cardpad.TxSignIn:
		s.notice(t, ecr.StageProcessing)
		time.Sleep(s.cfg.HostDelay)
		s.mu.Lock()
		defer s.mu.Unlock()
		s.st.SignedIn = true
		s.saveLocked()
		rec := ecr.Message{}
		rec.Add(ecr.TagType, []byte{wireType(t.typ)})
		rec.AddString(ecr.TagTerminalID, s.cfg.TerminalID)
		rec.AddString(ecr.TagMerchantID, s.cfg.MerchantID)
		rec.AddString(ecr.TagBatch, fmt.Sprintf("%06d", s.st.Batch))
		m := s.reply(t, ecr.RespApproved, rec)
		m.Add(ecr.TagSignedIn, []byte{0x01})
		return m, false
	case cardpad.TxSettle:
		return s.settle(t)
	}
	return s.cardTransaction(t)
}

// cardTransaction runs a sale, void or balance inquiry.
func (s *Simulator) cardTransaction(t *txn) (ecr.Message, bool) {
	s.mu.Lock()
	signedIn := s.st.SignedIn
	s.mu.Unlock()
	if !signedIn {
		return s.reply(t, ecr.RespSignInRequired, nil), false
	}

	card := -1
	if t.typ != cardpad.TxVoid {
		var code string
		card, code = s.waitCard(t)
		if code == "" {
			code = s.enterPIN(t)
		}
		if code != "" {
			return s.finish(t, card, code)
		}
	}
	s.notice(t, ecr.StageProcessing)
	time.Sleep(s.cfg.HostDelay)
	return s.finish(t, card, "")
}

// waitCard waits for a card. It returns the card, or a pad code when the
// wait was cancelled or timed out.
func (s *Simulator) waitCard(t *txn) (int, string) {
	s.notice(t, ecr.StageWaitingCard)
	timeout := time.NewTimer(s.cfg.CardTimeout)
	defer timeout.Stop()
	for {
		s.mu.Lock()
		card, in := s.inserted, s.cardIn
		s.mu.Unlock()
		if card >= 0 {
			return card, ""
		}
		select {
		case <-in:
		case code := <-t.abort:
			return -1, code
		case <-timeout.C:
			return -1, ecr.RespTimeout
		}
	}
}

func (s *Simulator) pinTime() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pinDelay
}

// enterPIN lets the person take the PIN delay. It returns "" when the PIN
// is in, or the pad code of a cancellation.
func (s *Simulator) enterPIN(t *txn) string {
	s.notice(t, ecr.StageWaitingPIN)
	timer := time.NewTimer(s.pinTime())
	defer timer.Stop()
	select {
	case <-timer.C:
		return ""
	case code := <-t.abort:
		return code
	}
}

// finish decides and records the outcome of a card transaction. code is
// set when the pad already knows it (cancelled, timed out).
func (s *Simulator) finish(t *txn, card int, code string) (ecr.Message, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, true // power lost before the pad decided
	}
	now := time.Now()
	rec := Record{
		Type: t.typ, Amount: t.amount, Nonce: t.nonce, Reference: t.reference, Card: card,
		Trace: fmt.Sprintf("%06d", s.st.NextTrace), Batch: s.st.Batch, Date: now.Format("0102"), Time: now.Format("150405"),
	}
	s.st.NextTrace = s.st.NextTrace%999999 + 1
	if code == "" {
		code = s.decideLocked(t, card)
	}
	rec.Response = code

	var orig *Record
	if t.typ == cardpad.TxVoid {
		rec.OrigVoucher = t.voucher
		orig, code = s.findOriginalLocked(t)
		if rec.Response == ecr.RespApproved {
			rec.Response = code
		}
		if orig != nil {
			rec.Card = orig.Card
		}
	}
	if rec.Approved() {
		rec.Voucher = fmt.Sprintf("%06d", s.st.NextVoucher)
		s.st.NextVoucher = s.st.NextVoucher%999999 + 1
		rec.RRN = now.Format("150405") + rec.Trace
		rec.AuthCode = fmt.Sprintf("%06d", s.rng.IntN(1000000))
		switch t.typ {
		case cardpad.TxSale:
			s.st.Balances[card] -= t.amount
		case cardpad.TxVoid:
			s.st.Balances[orig.Card] += orig.Amount
			orig.Voided = true
		}
	}

	var body ecr.Message
	if t.typ == cardpad.TxBalance {
		// A balance inquiry is not a transaction on record.
		if rec.Approved() {
			body = s.record(rec, false)
			amount, _ := ecr.EncodeAmount(int64(s.st.Balances[card]))
			body = setField(body, ecr.TagAmount, amount)
		}
		return s.reply(t, rec.Response, body), false
	}
	if rec.Approved() {
		s.st.Journal = append(s.st.Journal, rec)
	}
	s.st.Last = &rec
	s.saveLocked() // before the reply leaves: the pad remembers what it did
	s.log.Debug("cardpadsim: transaction", "record", rec.String())
	if s.faults.Take(FaultChargeSilent) {
		s.log.Debug("cardpadsim: result withheld (chargesilent)")
		return nil, true
	}
	return s.reply(t, rec.Response, s.record(rec, false)), false
}

// decideLocked applies the rules, then the card's properties.
func (s *Simulator) decideLocked(t *txn, card int) string {
	for i, r := range s.rules {
		if !r.matches(t.typ, card, t.amount) {
			continue
		}
		if r.Times > 0 {
			if r.Times == 1 {
				s.rules = append(s.rules[:i], s.rules[i+1:]...)
			} else {
				s.rules[i].Times--
			}
		}
		return r.Code
	}
	if card < 0 {
		return ecr.RespApproved // a void: the original decides, below
	}
	c := s.cards[card]
	switch {
	case c.Lost:
		return respLost
	case c.Expired:
		return respExpired
	case c.WrongPIN:
		return respWrongPIN
	case t.typ == cardpad.TxSale && s.st.Balances[card] < t.amount:
		return respInsufficient
	}
	return ecr.RespApproved
}

// findOriginalLocked finds the sale a void refers to in the open batch.
func (s *Simulator) findOriginalLocked(t *txn) (*Record, string) {
	for i := range s.st.Journal {
		r := &s.st.Journal[i]
		if r.Type != cardpad.TxSale || r.Voucher != t.voucher {
			continue
		}
		switch {
		case r.Voided:
			return r, respInvalidTx
		case r.Amount != t.amount:
			return r, respBadAmount
		}
		return r, ecr.RespApproved
	}
	return nil, ecr.RespOriginalMissing
}

// settle closes the batch.
func (s *Simulator) settle(t *txn) (ecr.Message, bool) {
	s.mu.Lock()
	signedIn := s.st.SignedIn
	s.mu.Unlock()
	if !signedIn {
		return s.reply(t, ecr.RespSignInRequired, nil), false
	}
	s.notice(t, ecr.StageProcessing)
	time.Sleep(s.cfg.HostDelay)
	s.mu.Lock()
	defer s.mu.Unlock()
	var sales, voids int64
	var nSales, nVoids int
	for _, r := range s.st.Journal {
		switch r.Type {
		case cardpad.TxSale:
			sales += int64(r.Amount)
			nSales++
		case cardpad.TxVoid:
			voids += int64(r.Amount)
			nVoids++
		}
	}
	rec := ecr.Message{}
	rec.Add(ecr.TagType, []byte{wireType(t.typ)})
	rec.AddString(ecr.TagTerminalID, s.cfg.TerminalID)
	rec.AddString(ecr.TagMerchantID, s.cfg.MerchantID)
	rec.AddString(ecr.TagBatch, fmt.Sprintf("%06d", s.st.Batch))
	for _, f := range []struct {
		tag   ecr.Tag
		n     int64
		width int
	}{
		{ecr.TagDebitAmount, sales, 12}, {ecr.TagDebitCount, int64(nSales), 6},
		{ecr.TagCreditAmount, voids, 12}, {ecr.TagCreditCount, int64(nVoids), 6},
	} {
		v, _ := ecr.PackNumber(f.n, f.width)
		rec.Add(f.tag, v)
	}
	s.st.Batch = s.st.Batch%999999 + 1
	s.st.Journal = nil
	s.saveLocked()
	return s.reply(t, ecr.RespApproved, rec), false
}

// record encodes a transaction record (the DF06 value). withOutcome adds
// the nonce's and response's fields a query of the last transaction needs.
func (s *Simulator) record(r Record, withOutcome bool) ecr.Message {
	var m ecr.Message
	m.Add(ecr.TagType, []byte{wireType(r.Type)})
	m.AddString(ecr.TagTerminalID, s.cfg.TerminalID)
	m.AddString(ecr.TagMerchantID, s.cfg.MerchantID)
	m.AddString(ecr.TagBatch, fmt.Sprintf("%06d", r.Batch))
	amount, _ := ecr.EncodeAmount(int64(r.Amount))
	m.Add(ecr.TagAmount, amount)
	trace, _ := ecr.PackBCD(r.Trace)
	m.Add(ecr.TagTrace, trace)
	if r.Voucher != "" {
		v, _ := ecr.PackBCD(r.Voucher)
		m.Add(ecr.TagVoucher, v)
	}
	if r.OrigVoucher != "" {
		v, _ := ecr.PackBCD(r.OrigVoucher)
		m.Add(ecr.TagOrigVoucher, v)
	}
	if r.RRN != "" {
		m.AddString(ecr.TagRRN, r.RRN)
		m.AddString(ecr.TagAuthCode, r.AuthCode)
	}
	m.AddString(ecr.TagDate, r.Date)
	m.AddString(ecr.TagTime, r.Time)
	if r.Card >= 0 && r.Card < len(s.cards) {
		// Like a real pad, the number goes to the host in full; the host
		// masks it.
		m.AddString(ecr.TagPAN, s.cards[r.Card].PAN)
		m.AddString(ecr.TagExpiry, "2812")
	}
	if r.Reference != "" {
		m.AddString(ecr.TagReference, r.Reference)
	}
	if withOutcome {
		nonce, _ := ecr.PackBCD(r.Nonce)
		m.Add(ecr.TagNonce, nonce)
		m.AddString(ecr.TagResponse, r.Response)
	}
	return m
}

func setField(m ecr.Message, t ecr.Tag, v []byte) ecr.Message {
	for i := range m {
		if m[i].Tag == t {
			m[i].Value = v
			return m
		}
	}
	m.Add(t, v)
	return m
}

// reply builds the final reply to t.
func (s *Simulator) reply(t *txn, code string, rec ecr.Message) ecr.Message {
	var m ecr.Message
	m.Add(ecr.TagPacket, []byte{ecr.PacketCommand})
	m.Add(ecr.TagType, []byte{wireType(t.typ)})
	nonce, _ := ecr.PackBCD(t.nonce)
	m.Add(ecr.TagNonce, nonce)
	if rec != nil {
		b, err := rec.Bytes()
		if err == nil {
			m.Add(ecr.TagRecord, b)
		}
	}
	m.AddString(ecr.TagResponse, code)
	m.Add(ecr.TagLastPacket, []byte{0x01})
	return m
}

// notice sends a progress notice, unless NoProgress.
func (s *Simulator) notice(t *txn, stage byte) {
	if s.cfg.NoProgress {
		return
	}
	var m ecr.Message
	m.Add(ecr.TagPacket, []byte{ecr.PacketCommand})
	m.Add(ecr.TagType, []byte{wireType(t.typ)})
	nonce, _ := ecr.PackBCD(t.nonce)
	m.Add(ecr.TagNonce, nonce)
	m.Add(ecr.TagStage, []byte{stage})
	m.Add(ecr.TagLastPacket, []byte{0x00})
	s.writeFrame(m, false, false)
}
