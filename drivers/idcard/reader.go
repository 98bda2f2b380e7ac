package idcard

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// Link is the serial connection a Reader talks over; *serialport.Port is
// one. Read must return an error matching serialport.ErrTimeout when
// nothing arrived within its read timeout, so the Reader can check its own
// deadline and the caller's context between reads.
type Link interface {
	io.ReadWriter
	// ResetInput discards bytes received and not yet read.
	ResetInput() error
}

// deviceReporter is implemented by links that keep a device health
// (*serialport.Port): the Reader reports whether the module answers.
type deviceReporter interface {
	ReportDeviceError(error)
}

// ReaderConfig tunes the request/response exchange.
type ReaderConfig struct {
	// CommandTimeout bounds the wait for the answer to a quick command
	// (status, find, select). Sources use 1 s.
	CommandTimeout time.Duration `json:"command_timeout,omitempty" toml:"command_timeout"`
	// ReadTimeout bounds the wait for the answer to a card read, which
	// includes the RF exchange with the card and ~112 ms of line time at
	// 115200 (1.35 s at 9600).
	ReadTimeout time.Duration `json:"read_timeout,omitempty" toml:"read_timeout"`
	// Retries is how many times a command is repeated when its answer or
	// our request arrived corrupted (bad checksum, bad length, SW3 10/11).
	// 0 means the default (2); -1 means no retries. Timeouts are not
	// retried here: silence is reported at once.
	Retries int `json:"retries,omitempty" toml:"retries"`
}

// WithDefaults fills zero fields: 1 s, 3 s, 2 retries.
func (c ReaderConfig) WithDefaults() ReaderConfig {
	if c.CommandTimeout == 0 {
		c.CommandTimeout = time.Second
	}
	if c.ReadTimeout == 0 {
		c.ReadTimeout = 3 * time.Second
	}
	if c.Retries == 0 {
		c.Retries = 2
	}
	return c
}

// Validate checks the fields, naming the one at fault.
func (c ReaderConfig) Validate() error {
	var errs []error
	if c.CommandTimeout <= 0 {
		errs = append(errs, &serialport.FieldError{Field: "reader.command_timeout", Reason: fmt.Sprintf("want a positive duration, got %v", c.CommandTimeout)})
	}
	if c.ReadTimeout <= 0 {
		errs = append(errs, &serialport.FieldError{Field: "reader.read_timeout", Reason: fmt.Sprintf("want a positive duration, got %v", c.ReadTimeout)})
	}
	if c.Retries < -1 || c.Retries > 10 {
		errs = append(errs, &serialport.FieldError{Field: "reader.retries", Reason: fmt.Sprintf("want -1 (none) to 10, got %d", c.Retries)})
	}
	return errors.Join(errs...)
}

// Stats counts what a Reader saw on the line, for diagnostics and tests.
type Stats struct {
	Commands       int // exchanges attempted, retries included
	Retries        int // exchanges repeated after corruption
	Timeouts       int // exchanges that got no complete answer in time
	ChecksumErrors int // frames dropped for a bad checksum
	Reads          int // reads from the link that returned bytes
	Frames         int // frames decoded
	SkippedBytes   int // noise discarded while hunting for frames
}

// Reader speaks the SAM protocol: one command at a time, each answered by
// one frame. It is safe for concurrent use; commands are serialised.
type Reader struct {
	link Link
	cfg  ReaderConfig
	log  *slog.Logger

	mu      sync.Mutex
	dec     Decoder
	buf     []byte
	stats   Stats
	skipped int // decoder skips already added to stats
}

// NewReader returns a Reader on link. Zero fields of cfg take defaults; a
// nil log means slog.Default().
func NewReader(link Link, cfg ReaderConfig, log *slog.Logger) *Reader {
	if log == nil {
		log = slog.Default()
	}
	return &Reader{link: link, cfg: cfg.WithDefaults(), log: log, buf: make([]byte, 2048)}
}

// Stats returns the counters so far.
func (r *Reader) Stats() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

// Transact sends command c with data and returns the answer. A SW3 other
// than the command's success code (9F for find, 90 otherwise) is returned
// as a *StatusError together with the response. Corrupted exchanges are
// repeated up to Retries times; silence yields ErrNoResponse.
func (r *Reader) Transact(ctx context.Context, c Command, data []byte) (Response, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	resp, err := r.transactLocked(ctx, c, data)
	r.report(err)
	return resp, err
}

func (r *Reader) transactLocked(ctx context.Context, c Command, data []byte) (Response, error) {
	timeout := r.cfg.CommandTimeout
	if c.Cmd == 0x30 {
		timeout = r.cfg.ReadTimeout
	}
	for attempt := 0; ; attempt++ {
		start := time.Now()
		resp, err := r.exchange(ctx, c, data, timeout)
		if err == nil && resp.SW3 != c.okCode() {
			err = &StatusError{Code: resp.SW3, Command: c}
		}
		r.log.Debug("idcard exchange", "cmd", c.String(), "sw3", fmt.Sprintf("%02x", resp.SW3),
			"took", time.Since(start), "attempt", attempt+1, "err", err)
		if err == nil || attempt >= r.cfg.Retries || !corrupted(err) || ctx.Err() != nil {
			return resp, err
		}
		r.stats.Retries++
	}
}

// corrupted reports errors that a repeat of the same exchange may cure:
// noise on the line in either direction.
func corrupted(err error) bool {
	return errors.Is(err, ErrChecksum) || errors.Is(err, ErrMalformed) ||
		errors.Is(err, ErrHostChecksum) || errors.Is(err, ErrHostLength)
}

// exchange performs one request/response round.
func (r *Reader) exchange(ctx context.Context, c Command, data []byte, timeout time.Duration) (Response, error) {
	r.stats.Commands++
	r.dec.Reset()
	if err := r.link.ResetInput(); err != nil {
		return Response{}, fmt.Errorf("idcard: %s: %w", c, err)
	}
	if _, err := r.link.Write(EncodeRequest(c, data)); err != nil {
		return Response{}, fmt.Errorf("idcard: %s: %w", c, err)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, ErrNoResponse)
	defer cancel()
	defer r.countSkipped()
	for {
		f, ok, err := r.dec.Next()
		if err != nil {
			r.stats.ChecksumErrors++
			return Response{}, fmt.Errorf("idcard: %s: %w", c, err)
		}
		if ok {
			r.stats.Frames++
			resp, err := ParseResponse(f)
			if err != nil {
				return Response{}, fmt.Errorf("idcard: %s: %w", c, err)
			}
			return resp, nil
		}
		if ctx.Err() != nil {
			cause := context.Cause(ctx)
			if errors.Is(cause, ErrNoResponse) {
				r.stats.Timeouts++
			}
			return Response{}, fmt.Errorf("idcard: %s: %w", c, cause)
		}
		n, err := r.link.Read(r.buf)
		if n > 0 {
			r.stats.Reads++
			_, _ = r.dec.Write(r.buf[:n])
		}
		if err != nil && !errors.Is(err, serialport.ErrTimeout) {
			return Response{}, fmt.Errorf("idcard: %s: %w", c, err)
		}
	}
}

func (r *Reader) countSkipped() {
	s := r.dec.Skipped()
	r.stats.SkippedBytes += s - r.skipped
	r.skipped = s
}

// report tells the link's health whether the module is answering.
func (r *Reader) report(err error) {
	rep, ok := r.link.(deviceReporter)
	if !ok {
		return
	}
	var se *StatusError
	switch {
	case err == nil:
		rep.ReportDeviceError(nil)
	case errors.Is(err, ErrNoResponse):
		rep.ReportDeviceError(ErrNoResponse)
	case errors.As(err, &se):
		if se.DeviceFault() {
			rep.ReportDeviceError(se)
		} else {
			rep.ReportDeviceError(nil) // it answered; the card is at fault
		}
	}
}

// scrub zeroes the buffers that held card data.
func (r *Reader) scrub() {
	clear(r.buf)
	r.dec.Reset()
	r.countSkipped()
}
