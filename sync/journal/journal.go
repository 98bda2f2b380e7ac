// Package journal is the terminal's payment journal: every card payment is
// written down before the card pad is asked, and every step after that is
// written before the next one is taken. After a crash or a power cut the
// journal says exactly where each payment stood, so the payment layer can
// ask the pad what happened and either report the charge or void it — a
// card is never charged twice for one notice, and a charge is never lost.
package journal

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/store"
)

// State is where a payment stands.
type State string

const (
	Intent     State = "intent"      // written; the pad has not been asked
	Sent       State = "sent"        // the sale went to the pad; the outcome is not known yet
	Approved   State = "approved"    // the pad approved and charged the card
	Declined   State = "declined"    // the pad declined; nothing was charged (final)
	Unknown    State = "unknown"     // the pad may have charged: ask it (query last transaction)
	Reported   State = "reported"    // the charge is in the outbox for the hall (final)
	VoidSent   State = "void_sent"   // a void went to the pad; its outcome is not known yet
	Voided     State = "voided"      // the charge was voided (final)
	NeedsStaff State = "needs_staff" // the pad cannot tell; staff must settle it by hand
	Abandoned  State = "abandoned"   // never reached the pad (final)
)

// next lists the allowed transitions. Anything else is a bug and refused.
var next = map[State][]State{
	Intent:     {Sent, Abandoned},
	Sent:       {Approved, Declined, Unknown, Abandoned}, // abandoned: the pad provably never got it
	Unknown:    {Approved, Declined, NeedsStaff},
	Approved:   {Reported, VoidSent},
	VoidSent:   {Voided, NeedsStaff},
	NeedsStaff: {Reported, Voided, Declined},
}

// Final reports whether nothing more will happen to a payment in s.
func (s State) Final() bool { _, more := next[s]; return !more }

// Change is one step of a payment's history.
type Change struct {
	At   time.Time `json:"at"`
	From State     `json:"from"`
	To   State     `json:"to"`
	Note string    `json:"note,omitempty"`
}

// Entry is one payment. It holds no card number but the pad's masked one.
type Entry struct {
	Ref        string    `json:"ref"` // our reference, sent to the pad and echoed back
	Notice     string    `json:"notice"`
	AmountFen  int64     `json:"amount_fen"`
	State      State     `json:"state"`
	CardMasked string    `json:"card_masked,omitempty"`
	PadTxn     string    `json:"pad_txn,omitempty"` // the pad's trace or reference number
	OutboxKey  string    `json:"outbox_key,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
	History    []Change  `json:"history"`
}

// Errors of the journal.
var (
	ErrAlreadyPaying = errors.New("journal: this notice has a payment in progress or paid")
	ErrTransition    = errors.New("journal: transition not allowed")
	ErrNotFound      = errors.New("journal: no such payment")
)

var (
	bucketPayments = store.BucketJournal       // ref → Entry
	bucketNotices  = store.BucketJournalNotice // notice → ref of its live or paid payment
)

// Journal is the payment journal in the terminal's store.
type Journal struct {
	db  *bolt.DB
	now func() time.Time
}

// New returns the journal in st.
func New(st *store.Store, now func() time.Time) *Journal {
	if now == nil {
		now = time.Now
	}
	return &Journal{db: st.DB(), now: now}
}

func newRef() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("journal: make reference: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// Begin writes a payment intent durably, before the pad is asked. It
// refuses a notice that already has a payment that is live or charged: one
// notice, at most one charge.
func (j *Journal) Begin(notice string, amountFen int64) (Entry, error) {
	if notice == "" || amountFen <= 0 {
		return Entry{}, fmt.Errorf("journal: a payment needs a notice and a positive amount")
	}
	ref, err := newRef()
	if err != nil {
		return Entry{}, err
	}
	now := j.now().UTC()
	e := Entry{Ref: ref, Notice: notice, AmountFen: amountFen, State: Intent, CreatedAt: now,
		History: []Change{{At: now, To: Intent}}}
	err = j.db.Update(func(tx *bolt.Tx) error {
		notices := tx.Bucket(bucketNotices)
		if prev := notices.Get([]byte(notice)); prev != nil {
			old, err := get(tx, string(prev))
			if err != nil {
				return err
			}
			if blocks(old.State) {
				return ErrAlreadyPaying
			}
		}
		if err := put(tx, e); err != nil {
			return err
		}
		return notices.Put([]byte(notice), []byte(ref))
	})
	if err != nil {
		return Entry{}, fmt.Errorf("journal: begin %s: %w", notice, err)
	}
	return e, nil
}

// blocks reports whether a payment in s stops another for the same notice:
// anything but a payment known to have charged nothing.
func blocks(s State) bool {
	return s != Declined && s != Abandoned && s != Voided
}

func get(tx *bolt.Tx, ref string) (Entry, error) {
	raw := tx.Bucket(bucketPayments).Get([]byte(ref))
	if raw == nil {
		return Entry{}, ErrNotFound
	}
	var e Entry
	err := json.Unmarshal(raw, &e)
	return e, err
}

func put(tx *bolt.Tx, e Entry) error {
	enc, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketPayments).Put([]byte(e.Ref), enc)
}

// Move records that payment ref went to state to, durably, before the
// caller acts on it. update, if not nil, fills in what was learnt (the
// masked card, the pad's reference, the outbox key).
func (j *Journal) Move(ref string, to State, note string, update func(*Entry)) (Entry, error) {
	var e Entry
	err := j.db.Update(func(tx *bolt.Tx) error {
		var err error
		if e, err = get(tx, ref); err != nil {
			return err
		}
		if !slices.Contains(next[e.State], to) {
			return fmt.Errorf("%w: %s → %s", ErrTransition, e.State, to)
		}
		if update != nil {
			update(&e)
		}
		e.History = append(e.History, Change{At: j.now().UTC(), From: e.State, To: to, Note: note})
		e.State = to
		return put(tx, e)
	})
	if err != nil {
		return Entry{}, fmt.Errorf("journal: %s: %w", ref, err)
	}
	return e, nil
}

// Get returns one payment.
func (j *Journal) Get(ref string) (Entry, error) {
	var e Entry
	err := j.db.View(func(tx *bolt.Tx) error {
		var err error
		e, err = get(tx, ref)
		return err
	})
	return e, err
}

// Unfinished returns the payments that are not final, oldest first: the
// ones start-up must resolve.
func (j *Journal) Unfinished() ([]Entry, error) {
	return j.list(func(e Entry) bool { return !e.State.Final() })
}

// Day returns the payments made on the day of at (terminal time), for the
// daily reconciliation with the hall's ledger.
func (j *Journal) Day(at time.Time) ([]Entry, error) {
	y, m, d := at.Date()
	return j.list(func(e Entry) bool {
		ey, em, ed := e.CreatedAt.In(at.Location()).Date()
		return ey == y && em == m && ed == d
	})
}

func (j *Journal) list(keep func(Entry) bool) ([]Entry, error) {
	var out []Entry
	err := j.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPayments).ForEach(func(_, v []byte) error {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if keep(e) {
				out = append(out, e)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("journal: list: %w: %w", store.ErrStore, err)
	}
	slices.SortFunc(out, func(a, b Entry) int { return a.CreatedAt.Compare(b.CreatedAt) })
	return out, nil
}
