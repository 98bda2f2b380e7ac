package cardpad

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// Link is the serial connection a Pad talks over; *serialport.Port is one.
// Read must return an error matching serialport.ErrTimeout when nothing
// arrived within its read timeout, so the Pad can watch its deadlines and
// the caller's context between reads.
type Link interface {
	io.ReadWriter
	// ResetInput discards bytes received and not yet read.
	ResetInput() error
}

// deviceReporter is implemented by links that keep a device health
// (*serialport.Port): the Pad reports whether the pad answers.
type deviceReporter interface {
	ReportDeviceError(error)
}

// PadConfig tunes the exchange.
type PadConfig struct {
	// AckTimeout is how long the pad has to acknowledge (06) a request
	// before it is sent again. Default 3 s (Verifone POS Link's value;
	// the MIS-POS source gives none).
	AckTimeout time.Duration `json:"ack_timeout,omitempty" toml:"ack_timeout"`
	// ResultTimeout is how long the result may take after the pad
	// acknowledged: card, PIN and the bank. Default 90 s (devices.md: 60–120).
	ResultTimeout time.Duration `json:"result_timeout,omitempty" toml:"result_timeout"`
	// Retransmits is how many times a request is sent again after a NAK
	// or no acknowledgement: 0 means the default and maximum, 3; -1 none.
	Retransmits int `json:"retransmits,omitempty" toml:"retransmits"`
	// InterByteTimeout is the silence after which a partly received frame
	// is given up as noise. [U] Default 500 ms: a real frame arrives
	// back-to-back, and even a USB adapter flushes within tens of ms.
	InterByteTimeout time.Duration `json:"inter_byte_timeout,omitempty" toml:"inter_byte_timeout"`
	// ProgressInterval is how often Progress is reported while nothing
	// changes, so the UI can show elapsed time. Default 1 s.
	ProgressInterval time.Duration `json:"progress_interval,omitempty" toml:"progress_interval"`
	// Counter and Operator, when set, are sent as DF46 and DF47 (cash
	// desk and operator number) with every request; the pad prints them
	// on its slip. Up to 20 printable ASCII characters.
	Counter  string `json:"counter,omitempty" toml:"counter"`
	Operator string `json:"operator,omitempty" toml:"operator"`
}

// MaxRetransmits is the ceiling on PadConfig.Retransmits.
const MaxRetransmits = 3

// WithDefaults fills zero fields.
func (c PadConfig) WithDefaults() PadConfig {
	if c.AckTimeout == 0 {
		c.AckTimeout = 3 * time.Second
	}
	if c.ResultTimeout == 0 {
		c.ResultTimeout = 90 * time.Second
	}
	if c.Retransmits == 0 {
		c.Retransmits = MaxRetransmits
	}
	if c.InterByteTimeout == 0 {
		c.InterByteTimeout = 500 * time.Millisecond
	}
	if c.ProgressInterval == 0 {
		c.ProgressInterval = time.Second
	}
	return c
}

// Validate checks the fields, naming the one at fault.
func (c PadConfig) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &serialport.FieldError{Field: "pad." + field, Reason: fmt.Sprintf(format, args...)})
	}
	for _, d := range []struct {
		field string
		v     time.Duration
	}{
		{"ack_timeout", c.AckTimeout}, {"result_timeout", c.ResultTimeout},
		{"inter_byte_timeout", c.InterByteTimeout}, {"progress_interval", c.ProgressInterval},
	} {
		if d.v <= 0 {
			bad(d.field, "want a positive duration, got %v", d.v)
		}
	}
	if c.ResultTimeout > 0 && c.ResultTimeout < c.AckTimeout {
		bad("result_timeout", "want at least ack_timeout (%v), got %v", c.AckTimeout, c.ResultTimeout)
	}
	if c.Retransmits < -1 || c.Retransmits > MaxRetransmits {
		bad("retransmits", "want -1 (none) to %d, got %d", MaxRetransmits, c.Retransmits)
	}
	for _, f := range []struct{ field, v string }{{"counter", c.Counter}, {"operator", c.Operator}} {
		if len(f.v) > 20 || !printable(f.v) {
			bad(f.field, "want up to 20 printable ASCII characters")
		}
	}
	return errors.Join(errs...)
}

func (c PadConfig) transmissions() int {
	if c.Retransmits < 0 {
		return 1
	}
	return 1 + c.Retransmits
}

// Stats counts what a Pad saw on the line, for diagnostics and tests.
type Stats struct {
	Exchanges    int // requests started
	Transmits    int // request frames written, retransmissions included
	NAKsReceived int // NAKs from the pad
	NAKsSent     int // NAKs we sent for frames with a bad LRC
	AckTimeouts  int // transmissions the pad did not acknowledge in time
	Stale        int // intact frames that were not the answer (other nonce or type)
	Malformed    int // intact frames whose TLV could not be read
	Notices      int // progress notices received
	Unknown      int // sales and voids that ended with an unknown outcome
	SkippedBytes int // noise discarded while hunting for frames
}

// Pad speaks the ECR protocol to a bank card pad: one transaction at a
// time, each request acknowledged by 06 and answered by a result frame
// carrying the request's nonce. It is safe for concurrent use: callers
// queue, and a queued caller gives up when its context ends.
type Pad struct {
	link Link
	cfg  PadConfig
	log  *slog.Logger

	turn chan struct{} // one exchange at a time

	// Owned by the exchange that holds turn.
	dec      ecr.Decoder
	buf      []byte
	lastByte time.Time
	skipped  int

	mu    sync.Mutex
	stats Stats
}

// NewPad returns a Pad on link. Zero fields of cfg take defaults; a nil
// log means slog.Default().
func NewPad(link Link, cfg PadConfig, log *slog.Logger) *Pad {
	if log == nil {
		log = slog.Default()
	}
	return &Pad{link: link, cfg: cfg.WithDefaults(), log: log, turn: make(chan struct{}, 1), buf: make([]byte, 512)}
}

// Stats returns the counters so far.
func (p *Pad) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats
}

func (p *Pad) count(f func(*Stats)) {
	p.mu.Lock()
	f(&p.stats)
	p.mu.Unlock()
}

// call is one exchange in flight.
type call struct {
	typ      TxType
	intent   Intent
	nonce    Nonce
	progress func(Progress)

	start    time.Time
	deadline time.Time // result deadline, once acknowledged
	stage    Stage
	attempt  int
	lastEmit time.Time
	interval time.Duration
}

func (c *call) emit(s Stage, now time.Time) {
	c.stage = s
	c.report(now)
}

func (c *call) tick(now time.Time) {
	if c.progress != nil && now.Sub(c.lastEmit) >= c.interval {
		c.report(now)
	}
}

func (c *call) report(now time.Time) {
	c.lastEmit = now
	if c.progress == nil {
		return
	}
	var remaining time.Duration
	if !c.deadline.IsZero() {
		remaining = max(c.deadline.Sub(now), 0)
	}
	c.progress(Progress{Type: c.typ, Stage: c.stage, Attempt: c.attempt, Elapsed: now.Sub(c.start), Remaining: remaining})
}

// errDeadline marks the end of a wait inside an exchange.
var errDeadline = errors.New("deadline")

// exchange sends msg and returns the pad's final reply to it. Errors:
// ErrNoAck and ErrNAK when the pad never took the request; for sales and
// voids an *OutcomeUnknownError whenever the pad may have taken it and no
// reply came; ErrNoResult for other types; context and port errors.
func (p *Pad) exchange(ctx context.Context, c *call, msg ecr.Message) (ecr.Message, error) {
	body, err := msg.Bytes()
	if err != nil {
		return nil, fmt.Errorf("cardpad: %s: %w: %w", c.typ, ErrInvalidRequest, err)
	}
	frame, err := ecr.Encode(body)
	if err != nil {
		return nil, fmt.Errorf("cardpad: %s: %w: %w", c.typ, ErrInvalidRequest, err)
	}

	select {
	case p.turn <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("cardpad: %s: waiting for the pad: %w", c.typ, ctx.Err())
	}
	defer func() {
		p.scrub()
		<-p.turn
	}()
	p.count(func(s *Stats) { s.Exchanges++ })

	p.dec.Reset()
	p.lastByte = time.Now()
	if err := p.link.ResetInput(); err != nil {
		return nil, p.commError(c, "reset input", err)
	}
	c.start = time.Now()
	c.interval = p.cfg.ProgressInterval

	reply, acked, maybeTaken, err := p.deliver(ctx, c, frame)
	if err != nil {
		if maybeTaken && c.typ.MovesMoney() {
			return nil, p.unknown(c, acked, err)
		}
		return nil, err
	}
	if reply != nil {
		return reply, nil
	}
	return p.awaitResult(ctx, c)
}

// deliver sends frame until the pad acknowledges it, at most
// 1+Retransmits times. It returns the final reply when the pad answered
// without a separate ACK. maybeTaken reports whether the pad may hold the
// request when delivery is cut short (context, port): true unless every
// transmission so far ended in a NAK.
func (p *Pad) deliver(ctx context.Context, c *call, frame []byte) (reply ecr.Message, acked, maybeTaken bool, err error) {
	silent := false // some transmission got no answer at all
	for c.attempt = 1; c.attempt <= p.cfg.transmissions(); c.attempt++ {
		if err := ctx.Err(); err != nil {
			return nil, false, maybeTaken, fmt.Errorf("cardpad: %s: %w", c.typ, err)
		}
		c.emit(StageSending, time.Now())
		p.count(func(s *Stats) { s.Transmits++ })
		if _, err := p.link.Write(frame); err != nil {
			return nil, false, maybeTaken, p.commError(c, "send", err)
		}
		maybeTaken = true
		deadline := time.Now().Add(p.cfg.AckTimeout)
	wait:
		for {
			pkt, err := p.next(ctx, c, deadline)
			switch {
			case errors.Is(err, errDeadline):
				p.count(func(s *Stats) { s.AckTimeouts++ })
				p.log.Debug("card pad did not acknowledge", "type", c.typ.String(), "attempt", c.attempt)
				silent = true
				break wait
			case err != nil:
				return nil, false, maybeTaken, p.linkError(ctx, c, err)
			}
			switch pkt.Kind {
			case ecr.KindACK:
				p.acknowledged(c)
				return nil, true, true, nil
			case ecr.KindNAK:
				p.count(func(s *Stats) { s.NAKsReceived++ })
				p.log.Debug("card pad refused the request", "type", c.typ.String(), "attempt", c.attempt)
				maybeTaken = silent
				break wait
			case ecr.KindFrame:
				// A frame of ours before any ACK: the pad answered without
				// one, or its ACK was lost. Either way it has the request.
				final, ours, err := p.frame(c, pkt.Body)
				if err != nil {
					return nil, ours, true, err
				}
				if ours {
					return final, true, true, nil
				}
			}
		}
		if c.attempt < p.cfg.transmissions() {
			p.log.Debug("card pad request sent again", "type", c.typ.String(), "attempt", c.attempt+1)
		}
	}
	c.attempt = p.cfg.transmissions()
	if !silent {
		p.report(ErrNAK)
		return nil, false, false, fmt.Errorf("cardpad: %s: %d transmissions: %w", c.typ, c.attempt, ErrNAK)
	}
	p.report(ErrNoAck)
	// No transmission was acknowledged, and some got no answer at all: a
	// pad that had the request would have acknowledged one of them (it
	// acknowledges a repeat of the request it is working on). Safe to
	// retry.
	return nil, false, false, fmt.Errorf("cardpad: %s: %d transmissions: %w", c.typ, c.attempt, ErrNoAck)
}

func (p *Pad) acknowledged(c *call) {
	now := time.Now()
	c.deadline = now.Add(p.cfg.ResultTimeout)
	c.emit(StageAcknowledged, now)
}

// awaitResult waits for the final reply after the acknowledgement.
func (p *Pad) awaitResult(ctx context.Context, c *call) (ecr.Message, error) {
	for {
		pkt, err := p.next(ctx, c, c.deadline)
		if errors.Is(err, errDeadline) {
			p.report(errResultTimeout)
			if c.typ.MovesMoney() {
				return nil, p.unknown(c, true, fmt.Errorf("%w (%v)", errResultTimeout, p.cfg.ResultTimeout))
			}
			return nil, fmt.Errorf("cardpad: %s: %w (%v)", c.typ, ErrNoResult, p.cfg.ResultTimeout)
		}
		if err != nil {
			err = p.linkError(ctx, c, err)
			if c.typ.MovesMoney() {
				return nil, p.unknown(c, true, err)
			}
			return nil, err
		}
		if pkt.Kind != ecr.KindFrame {
			continue // a repeated ACK, or a NAK or EOT that asks nothing of us now
		}
		final, ours, err := p.frame(c, pkt.Body)
		if err != nil {
			if c.typ.MovesMoney() {
				return nil, p.unknown(c, true, err)
			}
			return nil, err
		}
		if ours && final != nil {
			return final, nil
		}
	}
}

// frame handles an intact frame: it is acknowledged, then checked. It
// returns ours=true for a frame that carries this call's nonce (and type),
// with final set when it is the last packet of the reply. Progress
// notices update the stage.
func (p *Pad) frame(c *call, body []byte) (final ecr.Message, ours bool, err error) {
	if _, err := p.link.Write([]byte{ecr.ACK}); err != nil {
		return nil, false, p.linkError(context.Background(), c, err)
	}
	msg, err := ecr.Parse(body)
	if err != nil {
		p.count(func(s *Stats) { s.Malformed++ })
		p.log.Warn("card pad sent an unreadable frame", "type", c.typ.String(), "len", len(body))
		clear(body)
		return nil, false, nil
	}
	if kind, ok := msg.Get(ecr.TagPacket); ok && len(kind) == 1 && kind[0] == ecr.Packet8583 {
		p.count(func(s *Stats) { s.Stale++ })
		p.log.Debug("card pad ISO 8583 pass-through ignored", "len", len(body))
		msg.Wipe()
		return nil, false, nil
	}
	if !p.matches(c, msg) {
		p.count(func(s *Stats) { s.Stale++ })
		p.log.Info("card pad reply for another request dropped", "type", c.typ.String(), "fields", msg.String())
		msg.Wipe()
		return nil, false, nil
	}
	if c.deadline.IsZero() {
		p.acknowledged(c) // a reply of ours implies the pad took the request
	}
	if last, ok := msg.Get(ecr.TagLastPacket); ok && (len(last) != 1 || last[0] != 0x01) {
		// A packet with more to follow: a progress notice, or a part of a
		// long reply whose final packet carries the result.
		if v, ok := msg.Get(ecr.TagStage); ok && len(v) == 1 {
			if s, ok := stageFromWire(v[0]); ok {
				p.count(func(st *Stats) { st.Notices++ })
				c.emit(s, time.Now())
			}
		}
		msg.Wipe()
		return nil, true, nil
	}
	return msg, true, nil
}

// matches reports whether msg answers call c: the nonce echoes ours and
// the type, when present, is ours.
func (p *Pad) matches(c *call, msg ecr.Message) bool {
	v, ok := msg.Get(ecr.TagNonce)
	if !ok {
		return false
	}
	n, err := ecr.UnpackBCD(v)
	if err != nil || Nonce(n) != c.nonce {
		return false
	}
	if t, ok := msg.Get(ecr.TagType); ok && (len(t) != 1 || t[0] != c.typ.wire()) {
		return false
	}
	return true
}

// next returns the next control byte or intact frame, answering frames
// with a bad LRC with NAK, giving up on a partial frame after the
// inter-byte timeout, and reporting progress while it waits.
func (p *Pad) next(ctx context.Context, c *call, deadline time.Time) (ecr.Packet, error) {
	for {
		pkt, ok, err := p.dec.Next()
		if err != nil {
			p.count(func(s *Stats) { s.NAKsSent++ })
			p.log.Debug("card pad frame corrupted, NAK sent", "err", err)
			if _, werr := p.link.Write([]byte{ecr.NAK}); werr != nil {
				return ecr.Packet{}, werr
			}
			continue
		}
		if ok {
			return pkt, nil
		}
		if err := ctx.Err(); err != nil {
			return ecr.Packet{}, err
		}
		now := time.Now()
		if !now.Before(deadline) {
			return ecr.Packet{}, errDeadline
		}
		if p.dec.Pending() && now.Sub(p.lastByte) >= p.cfg.InterByteTimeout {
			p.dec.Resync()
			continue
		}
		c.tick(now)
		n, err := p.link.Read(p.buf)
		if n > 0 {
			_, _ = p.dec.Write(p.buf[:n])
			p.lastByte = time.Now()
		}
		if err != nil && !errors.Is(err, serialport.ErrTimeout) {
			return ecr.Packet{}, err
		}
	}
}

// linkError wraps an error met while waiting. When the caller gave up
// (its context ended), EOT asks the pad to abort: it stops waiting for a
// card or PIN, and Resolve later finds the transaction cancelled. EOT
// cannot undo a transaction already online with the bank.
func (p *Pad) linkError(ctx context.Context, c *call, err error) error {
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		if _, werr := p.link.Write([]byte{ecr.EOT}); werr != nil {
			p.log.Debug("card pad abort not sent", "err", werr)
		}
		return fmt.Errorf("cardpad: %s: %w", c.typ, err)
	}
	return p.commError(c, "receive", err)
}

// commError wraps a port error as a communication error.
func (p *Pad) commError(c *call, op string, err error) error {
	return fmt.Errorf("cardpad: %s: %s: %w: %w", c.typ, op, ErrCommunication, err)
}

// unknown builds the unknown-outcome error for a sale or void.
func (p *Pad) unknown(c *call, acked bool, err error) error {
	p.count(func(s *Stats) { s.Unknown++ })
	in := c.intent
	p.log.Warn("card pad outcome unknown: resolve with query last, do not repeat",
		"type", in.Type.String(), "amount", in.Amount.String(), "nonce", string(in.Nonce),
		"reference", in.Reference, "acknowledged", acked, "err", err)
	return &OutcomeUnknownError{Intent: in, Acknowledged: acked, Err: err}
}

// report tells the link's health whether the pad is answering: nil clears
// a fault.
func (p *Pad) report(err error) {
	if rep, ok := p.link.(deviceReporter); ok {
		rep.ReportDeviceError(err)
	}
}

// scrub zeroes the buffers a reply (with a card number) passed through.
func (p *Pad) scrub() {
	clear(p.buf)
	p.dec.Reset()
	s := p.dec.Skipped()
	p.count(func(st *Stats) { st.SkippedBytes += s - p.skipped })
	p.skipped = s
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7E {
			return false
		}
	}
	return true
}
