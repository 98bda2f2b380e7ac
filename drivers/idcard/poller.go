package idcard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// EventKind says what happened at the reader.
type EventKind int

// Event kinds.
const (
	// EventCardPlaced carries the Identity read from a newly placed card.
	EventCardPlaced EventKind = iota + 1
	// EventCardRemoved follows a placement once the card has left the field.
	EventCardRemoved
	// EventFault carries an error: a card that could not be read or failed
	// validation (once per placement), or a reader that stopped answering
	// (once per episode; Health says when it is back).
	EventFault
)

func (k EventKind) String() string {
	switch k {
	case EventCardPlaced:
		return "card placed"
	case EventCardRemoved:
		return "card removed"
	case EventFault:
		return "fault"
	}
	return fmt.Sprintf("event(%d)", int(k))
}

// Event is one thing the Poller noticed.
type Event struct {
	Kind EventKind
	// Identity is set for EventCardPlaced. The receiver owns it and must
	// Wipe it when the session ends.
	Identity *Identity
	// Err is set for EventFault. Test it with errors.Is / errors.As:
	// *InvalidIDError (ErrInvalidIDNumber), *CardTypeError,
	// *StatusError (ErrReadFailed, ErrSelfTestFailed, …), ErrNoResponse,
	// ErrChecksum, serialport.ErrDisconnected.
	Err error
	At  time.Time
}

// PollerConfig tunes card detection.
type PollerConfig struct {
	// Interval between polls (find card). Default 250 ms.
	Interval time.Duration `json:"interval,omitempty" toml:"interval"`
	// ReadAttempts is how many find–select–read rounds a placed card gets
	// before a read failure is reported. Default 3.
	ReadAttempts int `json:"read_attempts,omitempty" toml:"read_attempts"`
	// RemoveAfterMisses is how many polls in a row must find no card before
	// removal is reported, to ride out RF flicker. Default 2.
	RemoveAfterMisses int `json:"remove_after_misses,omitempty" toml:"remove_after_misses"`
	// StatusInterval is how often the SAM self-test status is checked
	// while no card is present. Default 3 s.
	StatusInterval time.Duration `json:"status_interval,omitempty" toml:"status_interval"`
	// Fingerprint reads cards with command 30 10 (text, photo, fingerprint).
	Fingerprint bool `json:"fingerprint,omitempty" toml:"fingerprint"`
	// NewAddress also reads the newest address (30 03) of each card.
	NewAddress bool `json:"new_address,omitempty" toml:"new_address"`
}

// WithDefaults fills zero fields.
func (c PollerConfig) WithDefaults() PollerConfig {
	if c.Interval == 0 {
		c.Interval = 250 * time.Millisecond
	}
	if c.ReadAttempts == 0 {
		c.ReadAttempts = 3
	}
	if c.RemoveAfterMisses == 0 {
		c.RemoveAfterMisses = 2
	}
	if c.StatusInterval == 0 {
		c.StatusInterval = 3 * time.Second
	}
	return c
}

// Validate checks the fields, naming the one at fault.
func (c PollerConfig) Validate() error {
	var errs []error
	if c.Interval <= 0 {
		errs = append(errs, &serialport.FieldError{Field: "poll.interval", Reason: fmt.Sprintf("want a positive duration, got %v", c.Interval)})
	}
	if c.ReadAttempts < 1 {
		errs = append(errs, &serialport.FieldError{Field: "poll.read_attempts", Reason: fmt.Sprintf("want at least 1, got %d", c.ReadAttempts)})
	}
	if c.RemoveAfterMisses < 1 {
		errs = append(errs, &serialport.FieldError{Field: "poll.remove_after_misses", Reason: fmt.Sprintf("want at least 1, got %d", c.RemoveAfterMisses)})
	}
	if c.StatusInterval <= 0 {
		errs = append(errs, &serialport.FieldError{Field: "poll.status_interval", Reason: fmt.Sprintf("want a positive duration, got %v", c.StatusInterval)})
	}
	return errors.Join(errs...)
}

// Poller watches the reader and reports placements, removals and faults.
// Each placement is read once: while the card stays, polls only check that
// it is still there.
//
// Removal is reported when RemoveAfterMisses polls in a row find no card.
// Some modules stop answering find for a card they have already read until
// it leaves the field; with those, removal is reported early (the card is
// still there but halted) and the card is not read again until it is taken
// away and placed anew. Either way there is one read per placement.
type Poller struct {
	r     *Reader
	cfg   PollerConfig
	clock serialport.Clock
	log   *slog.Logger

	present    bool
	misses     int
	attempts   int
	lastFault  string
	lastStatus time.Time
	checked    bool
}

// NewPoller returns a Poller on r. Zero fields of cfg take defaults; a nil
// clock means serialport.SystemClock, a nil log slog.Default().
func NewPoller(r *Reader, cfg PollerConfig, clock serialport.Clock, log *slog.Logger) *Poller {
	if clock == nil {
		clock = serialport.SystemClock{}
	}
	if log == nil {
		log = slog.Default()
	}
	return &Poller{r: r, cfg: cfg.WithDefaults(), clock: clock, log: log}
}

// Run polls until ctx ends, sending events to events (which it never
// closes), and returns ctx's error. Run one Poller at a time per reader.
func (p *Poller) Run(ctx context.Context, events chan<- Event) error {
	for {
		if err := p.step(ctx, events); err != nil {
			return err
		}
		if err := p.clock.Sleep(ctx, p.cfg.Interval); err != nil {
			return err
		}
	}
}

// step runs one poll. It returns an error only when ctx ended.
func (p *Poller) step(ctx context.Context, events chan<- Event) error {
	if !p.present && (!p.checked || p.clock.Now().Sub(p.lastStatus) >= p.cfg.StatusInterval) {
		p.checked, p.lastStatus = true, p.clock.Now()
		if err := p.r.SAMStatus(ctx); err != nil {
			return p.fault(ctx, events, err)
		}
	}

	err := p.r.FindCard(ctx)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	switch {
	case err == nil && p.present:
		p.misses = 0
		p.lastFault = ""
		return nil
	case errors.Is(err, ErrNoCard):
		p.lastFault = ""
		p.attempts = 0
		if !p.present {
			return nil
		}
		p.misses++
		if p.misses < p.cfg.RemoveAfterMisses {
			return nil
		}
		p.present, p.misses = false, 0
		p.log.Info("id card removed")
		return p.emit(ctx, events, Event{Kind: EventCardRemoved})
	case err != nil:
		return p.fault(ctx, events, err)
	}

	// A new card is in the field.
	p.lastFault = ""
	id, err := p.read(ctx)
	if ctx.Err() != nil {
		id.Wipe()
		return ctx.Err()
	}
	switch {
	case err == nil:
		p.present, p.misses, p.attempts = true, 0, 0
		p.log.Info("id card read", "kind", id.Kind().String())
		return p.emit(ctx, events, Event{Kind: EventCardPlaced, Identity: id})
	case errors.Is(err, ErrSelectFailed), errors.Is(err, ErrNoCard):
		return nil // the card left or is still settling; the next poll tries again
	case isCardError(err):
		p.attempts++
		if p.attempts < p.cfg.ReadAttempts && IsTransient(err) {
			return nil
		}
		// Give up on this placement: report once and wait for removal.
		p.present, p.misses, p.attempts = true, 0, 0
		p.log.Warn("id card not accepted", "err", err)
		return p.emit(ctx, events, Event{Kind: EventFault, Err: err})
	default:
		return p.fault(ctx, events, err)
	}
}

// read selects and reads the card found by the last find.
func (p *Poller) read(ctx context.Context) (*Identity, error) {
	if err := p.r.SelectCard(ctx); err != nil {
		return nil, err
	}
	read := p.r.ReadCard
	if p.cfg.Fingerprint {
		read = p.r.ReadCardWithFingerprint
	}
	id, err := read(ctx)
	if err != nil {
		return nil, err
	}
	if p.cfg.NewAddress {
		addr, err := p.r.ReadNewAddress(ctx)
		if err != nil {
			p.log.Warn("id card new address not read", "err", err)
		}
		id.newAddress = addr
	}
	return id, nil
}

// isCardError reports errors that belong to the card on the reader rather
// than to the reader: it answered, but this card could not be read or is
// not acceptable.
func isCardError(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return !se.DeviceFault()
	}
	return errors.Is(err, ErrInvalidIDNumber) || errors.Is(err, ErrUnknownCardType) || errors.Is(err, ErrMalformed)
}

// fault reports a reader-level fault once per episode.
func (p *Poller) fault(ctx context.Context, events chan<- Event, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	class := faultClass(err)
	if class == p.lastFault {
		return nil
	}
	p.lastFault = class
	p.log.Warn("id card reader fault", "err", err)
	return p.emit(ctx, events, Event{Kind: EventFault, Err: err})
}

func faultClass(err error) string {
	var se *StatusError
	switch {
	case errors.Is(err, serialport.ErrDisconnected):
		return "disconnected"
	case errors.Is(err, ErrNoResponse):
		return "no response"
	case errors.Is(err, ErrChecksum):
		return "checksum"
	case errors.As(err, &se):
		return fmt.Sprintf("sw3 %02x", se.Code)
	}
	return err.Error()
}

func (p *Poller) emit(ctx context.Context, events chan<- Event, ev Event) error {
	ev.At = p.clock.Now()
	select {
	case events <- ev:
		return nil
	case <-ctx.Done():
		ev.Identity.Wipe()
		return ctx.Err()
	}
}
