package hall

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

var (
	bucketNotices  = []byte("notices")  // notice number → noticeRecord
	bucketPayments = []byte("payments") // payment ref → paymentRecord
)

// Payment outcomes at the hall.
const (
	PaymentPaid            = "paid"             // the notice is now paid by this charge
	PaymentDuplicateRefund = "duplicate_refund" // the notice was already paid: refund this charge
	PaymentUnknownNotice   = "unknown_notice"   // no such notice: refund this charge
	PaymentVoided          = "voided"           // the charge was voided on the pad
)

type noticeRecord struct {
	wire.PaymentNotice
	PaidRef string `json:"paid_ref,omitempty"`
	EBill   string `json:"ebill,omitempty"`
}

type paymentRecord struct {
	wire.PaymentReport
	Terminal string    `json:"terminal"`
	Station  string    `json:"station"`
	Outcome  string    `json:"outcome"`
	EBill    string    `json:"ebill,omitempty"`
	At       time.Time `json:"at"`
}

// PaymentResult is the hall's answer to a payment report.
type PaymentResult struct {
	Outcome string `json:"outcome"`
	EBill   string `json:"ebill,omitempty"` // 电子票据号, for the receipt
}

// PutNotices stores payment notices (demo data or a back-end feed). A
// notice already paid keeps its payment.
func (s *Store) PutNotices(ns []wire.PaymentNotice) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketNotices)
		for _, n := range ns {
			if raw := b.Get([]byte(n.Number)); raw != nil {
				var old noticeRecord
				if json.Unmarshal(raw, &old) == nil && old.Status == wire.NoticePaid {
					continue
				}
			}
			enc, err := json.Marshal(noticeRecord{PaymentNotice: n})
			if err != nil {
				return err
			}
			if err := b.Put([]byte(n.Number), enc); err != nil {
				return err
			}
		}
		return nil
	})
}

// Notice returns a payment notice.
func (s *Store) Notice(number string) (wire.PaymentNotice, bool, error) {
	var n noticeRecord
	var ok bool
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketNotices).Get([]byte(number))
		if raw == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(raw, &n)
	})
	return n.PaymentNotice, ok, err
}

// applyPayment records a charge inside the outbox transaction: the notice
// is paid once, a second charge is flagged for refund, nothing is lost.
//
// reason is why a report is refused (nothing written); err aborts the
// whole transaction.
func applyPayment(tx *bolt.Tx, t Terminal, payload []byte, now time.Time, seq uint64) (result json.RawMessage, reason string, err error) {
	var rep wire.PaymentReport
	if err := json.Unmarshal(payload, &rep); err != nil || rep.Ref == "" || rep.Notice == "" || rep.AmountFen <= 0 {
		return nil, "payment report needs a reference, a notice and a positive amount", nil
	}
	if raw := tx.Bucket(bucketPayments).Get([]byte(rep.Ref)); raw != nil {
		// The same charge reported again under another key: its first
		// outcome, not a second payment (and never a refund flag).
		var old paymentRecord
		if err := json.Unmarshal(raw, &old); err != nil {
			return nil, "", err
		}
		if old.Notice != rep.Notice || old.AmountFen != rep.AmountFen || old.Voided != rep.Voided {
			return nil, "payment reference already reported with other content", nil
		}
		result, _ = json.Marshal(PaymentResult{Outcome: old.Outcome, EBill: old.EBill})
		return result, "", nil
	}
	rec := paymentRecord{PaymentReport: rep, Terminal: t.ID, Station: t.StationID, At: now.UTC()}
	notices := tx.Bucket(bucketNotices)
	var n noticeRecord
	raw := notices.Get([]byte(rep.Notice))
	switch {
	case rep.Voided:
		rec.Outcome = PaymentVoided
	case raw == nil:
		rec.Outcome = PaymentUnknownNotice
	default:
		if err := json.Unmarshal(raw, &n); err != nil {
			return nil, "", fmt.Errorf("notice %s unreadable: %w", rep.Notice, err)
		}
		if n.Status == wire.NoticePaid {
			rec.Outcome = PaymentDuplicateRefund
			break
		}
		rec.Outcome = PaymentPaid
		rec.EBill = fmt.Sprintf("FS%s%08d", now.In(chinaTime).Format("20060102"), seq)
		n.Status, n.PaidAt, n.PaidRef, n.EBill = wire.NoticePaid, rep.PaidAt, rep.Ref, rec.EBill
		enc, err := json.Marshal(n)
		if err != nil {
			return nil, "", err
		}
		if err := notices.Put([]byte(rep.Notice), enc); err != nil {
			return nil, "", err
		}
	}
	enc, err := json.Marshal(rec)
	if err != nil {
		return nil, "", err
	}
	if err := tx.Bucket(bucketPayments).Put([]byte(rep.Ref), enc); err != nil {
		return nil, "", err
	}
	result, _ = json.Marshal(PaymentResult{Outcome: rec.Outcome, EBill: rec.EBill})
	return result, "", nil
}

// Reconciliation lists what the hall's ledger holds of a terminal's
// payments on one day (China time), to compare with its journal.
func (s *Store) Reconciliation(terminal string, day time.Time) ([]wire.ReconEntry, error) {
	y, m, d := day.In(chinaTime).Date()
	var out []wire.ReconEntry
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPayments).ForEach(func(_, v []byte) error {
			var p paymentRecord
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			py, pm, pd := p.PaidAt.In(chinaTime).Date()
			if p.Terminal == terminal && py == y && pm == m && pd == d {
				out = append(out, wire.ReconEntry{Ref: p.Ref, Notice: p.Notice, AmountFen: p.AmountFen, Outcome: p.Outcome})
			}
			return nil
		})
	})
	return out, err
}

func (s *Server) notice(w http.ResponseWriter, r *http.Request, t Terminal, _ []byte) {
	number := strings.TrimSpace(r.PathValue("number"))
	if len(number) < 6 || len(number) > 32 {
		s.fail(w, http.StatusBadRequest, "bad_request", "a notice number has 6 to 32 characters")
		return
	}
	n, ok, err := s.store.Notice(number)
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "internal", "cannot read notices")
		return
	}
	if !ok {
		s.fail(w, http.StatusNotFound, "not_found", "no such payment notice")
		return
	}
	s.writeJSON(w, http.StatusOK, n)
}

func (s *Server) reconciliation(w http.ResponseWriter, r *http.Request, t Terminal, _ []byte) {
	day, err := time.ParseInLocation("2006-01-02", r.URL.Query().Get("date"), chinaTime)
	if err != nil {
		s.fail(w, http.StatusBadRequest, "bad_request", "date is YYYY-MM-DD")
		return
	}
	entries, err := s.store.Reconciliation(t.ID, day)
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "internal", "cannot read the ledger")
		return
	}
	if entries == nil {
		entries = []wire.ReconEntry{}
	}
	s.writeJSON(w, http.StatusOK, entries)
}
