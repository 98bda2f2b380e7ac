// Package outbox is the terminal's queue of business writes (applications,
// payment reports, tickets, ratings, bookings) on their way to the hall.
//
// A record is written durably (one fsynced bbolt transaction) before
// Enqueue returns, so nothing is shown to a person as accepted before it
// would survive a power cut. Each record carries an idempotency key made
// here; delivery is at least once and the hall's ledger makes the effect
// exactly once. Records are delivered in the order they were made. A
// record is never dropped silently: one the hall refuses, or that keeps
// failing, waits for staff, who can retry it or discard it with a reason
// (audit-logged).
package outbox

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/nacl/box"

	"github.com/village-kiosk/kiosk/sync/store"
)

// Record states.
const (
	StatePending   = "pending"   // waiting for delivery
	StateAttention = "attention" // waits for staff: refused by the hall or failing for too long
	StateDelivered = "delivered" // the hall applied it (now or before)
	StateDiscarded = "discarded" // staff discarded it, with a reason
)

// Summary is what the terminal keeps in the clear to show a record's
// status: never a full ID number, name or card number.
type Summary struct {
	MaskedID  string `json:"masked_id,omitempty"`
	AmountFen int64  `json:"amount_fen,omitempty"`
	Title     string `json:"title,omitempty"`
}

// Attempt is one delivery attempt.
type Attempt struct {
	At      time.Time `json:"at"`
	Error   string    `json:"error"`
	Reached bool      `json:"reached"` // the hall answered (an unreachable hall does not count toward MaxFailures)
}

// Record is one business write.
type Record struct {
	Seq         uint64          `json:"seq"`
	Key         string          `json:"key"`
	Kind        string          `json:"kind"`
	CreatedAt   time.Time       `json:"created_at"`
	Sealed      bool            `json:"sealed"`
	Payload     []byte          `json:"payload"` // JSON, or a sealed box when Sealed
	Summary     Summary         `json:"summary"`
	State       string          `json:"state"`
	Attempts    []Attempt       `json:"attempts,omitempty"`
	Result      json.RawMessage `json:"result,omitempty"`
	DoneAt      time.Time       `json:"done_at,omitzero"`
	Reason      string          `json:"reason,omitempty"` // why it needs attention, or why it was discarded
	DiscardedBy string          `json:"discarded_by,omitempty"`
}

// ErrNoSealKey means personal data cannot be queued: the terminal is not
// enrolled yet and does not know the hall's key to seal it to.
var ErrNoSealKey = errors.New("outbox: no hall key to seal personal data to (terminal not enrolled)")

// ErrNotFound means no record has that sequence number in that state.
var ErrNotFound = errors.New("outbox: no such record")

// The buckets are made by the store's schema migrations.
var (
	bucketQueue = store.BucketOutbox     // seq → pending or attention record
	bucketDone  = store.BucketOutboxDone // seq → delivered or discarded record
	bucketKeys  = store.BucketOutboxKeys // idempotency key → seq
	bucketAudit = store.BucketOutboxAudit
)

// Options configure an Outbox.
type Options struct {
	// MaxFailures is how many answered-but-failed attempts (hall errors,
	// not an unreachable hall) a record gets before it waits for staff.
	MaxFailures int
	Now         func() time.Time
	Logger      *slog.Logger
}

// Outbox is the queue in the terminal's store.
type Outbox struct {
	db  *bolt.DB
	opt Options

	mu      sync.Mutex
	sealKey *[32]byte
	wake    chan struct{}
}

// New returns the outbox in st.
func New(st *store.Store, opt Options) *Outbox {
	if opt.MaxFailures <= 0 {
		opt.MaxFailures = 8
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	return &Outbox{db: st.DB(), opt: opt, wake: make(chan struct{}, 1)}
}

// SetSealKey sets the hall's X25519 public key (from enrolment).
func (o *Outbox) SetSealKey(k []byte) error {
	if len(k) != 32 {
		return fmt.Errorf("outbox: seal key is %d bytes, want 32", len(k))
	}
	var key [32]byte
	copy(key[:], k)
	o.mu.Lock()
	o.sealKey = &key
	o.mu.Unlock()
	return nil
}

// Wake returns a channel that receives after each Enqueue and Retry.
func (o *Outbox) Wake() <-chan struct{} { return o.wake }

func (o *Outbox) signal() {
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

func seqKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// NewKey makes an idempotency key: 128 random bits.
func NewKey() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("outbox: make key: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// Enqueue stores a new record durably and returns it. When personal is
// true the payload is sealed to the hall's key first, so the terminal's
// disk never holds it in the clear.
func (o *Outbox) Enqueue(kind string, payload any, personal bool, sum Summary) (Record, error) {
	return o.EnqueueKey("", kind, payload, personal, sum)
}

// EnqueueKey is Enqueue with the caller's idempotency key (for writes that
// have a natural identity, such as a payment's reference): enqueueing the
// same key again returns the record already there and adds nothing, so a
// step repeated after a crash cannot report the same thing twice.
func (o *Outbox) EnqueueKey(key, kind string, payload any, personal bool, sum Summary) (Record, error) {
	if key != "" {
		if r, err := o.ByKey(key); err == nil {
			return r, nil
		} else if !errors.Is(err, ErrNotFound) {
			return Record{}, err
		}
	}
	if kind == "" {
		return Record{}, errors.New("outbox: record without a kind")
	}
	data, err := json.Marshal(payload)
	if err != nil {
		return Record{}, fmt.Errorf("outbox: encode %s payload: %w", kind, err)
	}
	if personal {
		o.mu.Lock()
		key := o.sealKey
		o.mu.Unlock()
		if key == nil {
			return Record{}, ErrNoSealKey
		}
		sealed, err := box.SealAnonymous(nil, data, key, rand.Reader)
		if err != nil {
			return Record{}, fmt.Errorf("outbox: seal %s payload: %w", kind, err)
		}
		clear(data)
		data = sealed
	}
	idem := key
	if idem == "" {
		if idem, err = NewKey(); err != nil {
			return Record{}, err
		}
	}
	r := Record{Key: idem, Kind: kind, CreatedAt: o.opt.Now().UTC(), Sealed: personal, Payload: data, Summary: sum, State: StatePending}
	err = o.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketKeys).Get([]byte(idem)) != nil {
			return errDuplicateKey
		}
		q := tx.Bucket(bucketQueue)
		seq, err := q.NextSequence()
		if err != nil {
			return err
		}
		r.Seq = seq
		enc, err := json.Marshal(r)
		if err != nil {
			return err
		}
		q.FillPercent = 0.9 // keys only grow
		if err := q.Put(seqKey(seq), enc); err != nil {
			return err
		}
		return tx.Bucket(bucketKeys).Put([]byte(idem), seqKey(seq))
	})
	if errors.Is(err, errDuplicateKey) {
		return o.ByKey(idem)
	}
	if err != nil {
		return Record{}, fmt.Errorf("outbox: enqueue %s: %w: %w", kind, store.ErrStore, err)
	}
	o.signal()
	return r, nil
}

var errDuplicateKey = errors.New("outbox: key exists")
