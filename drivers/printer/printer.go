package printer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"sync"
	"time"
)

// Port is the serial line to the printer. Read must return within a finite
// read timeout and report a timeout as (0, nil), as go.bug.st/serial does;
// ResetInputBuffer discards bytes received but not yet read. A
// go.bug.st/serial Port satisfies it directly; wrap other ports with
// PortFuncs.
//
// If the port also has SetReadTimeout(time.Duration) error, the driver
// sets it before each read so a status wait takes StatusTimeout, not the
// port's own timeout.
type Port interface {
	io.ReadWriter
	ResetInputBuffer() error
}

type readTimeouter interface {
	SetReadTimeout(time.Duration) error
}

// PortFuncs adapts a port with a different shape to Port: a reset method
// with another name, or a read that reports a timeout as an error (for
// example drivers/serialport, whose Read returns serialport.ErrTimeout):
//
//	printer.PortFuncs{RW: sp, Reset: sp.ResetInput,
//		IsTimeout: func(err error) bool { return errors.Is(err, serialport.ErrTimeout) }}
type PortFuncs struct {
	RW        io.ReadWriter
	Reset     func() error     // discard received input; nil does nothing
	IsTimeout func(error) bool // reports a Read error that only means "nothing arrived"
}

// Read reads from RW, turning a timeout error into (0, nil).
func (a PortFuncs) Read(p []byte) (int, error) {
	n, err := a.RW.Read(p)
	if err != nil && n == 0 && a.IsTimeout != nil && a.IsTimeout(err) {
		return 0, nil
	}
	return n, err
}

// Write writes to RW.
func (a PortFuncs) Write(p []byte) (int, error) { return a.RW.Write(p) }

// ResetInputBuffer calls Reset.
func (a PortFuncs) ResetInputBuffer() error {
	if a.Reset == nil {
		return nil
	}
	return a.Reset()
}

// SleepFunc waits d or until ctx is done. Tests inject one that records the
// waits instead of sleeping.
type SleepFunc func(ctx context.Context, d time.Duration) error

// Sleep is the real SleepFunc.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// WireTime is how long n bytes take on a serial line at baud bits per
// second with 8N1 framing (10 bit times per byte).
func WireTime(n, baud int) time.Duration {
	if baud <= 0 {
		return 0
	}
	return time.Duration(n) * 10 * time.Second / time.Duration(baud)
}

// Config configures a Printer. Zero values take the defaults.
type Config struct {
	Layout Layout // paper width, Chinese mode, feed and cut

	// Baud is the line speed, used to pace writes; default 9600.
	Baud int
	// BufferSize is the printer's receive buffer in bytes; default 45,
	// the smallest an Epson TM can be set to. Writes go in chunks of at
	// most this size, each followed by its wire time.
	BufferSize int
	// ChunkGap is an extra wait after each chunk, for printers that print
	// slower than the line delivers; default 0.
	ChunkGap time.Duration
	// StatusTimeout bounds the wait for one status reply; default 500 ms.
	StatusTimeout time.Duration
	// DrainTimeout is how long the driver listens for late bytes before a
	// query that follows a missed or invalid reply; default 20 ms.
	DrainTimeout time.Duration
	// PollEvery is how many receipt bytes may go out between status polls
	// during a job (only at command boundaries); default 256, negative
	// polls only before and after.
	PollEvery int

	Sleep    SleepFunc          // default Sleep
	Logger   *slog.Logger       // default slog.Default()
	OnHealth func(HealthReport) // called after every health change, outside locks
	Now      func() time.Time   // default time.Now
}

func (c Config) withDefaults() Config {
	c.Layout = c.Layout.withDefaults()
	if c.Baud == 0 {
		c.Baud = 9600
	}
	if c.BufferSize == 0 {
		c.BufferSize = 45
	}
	if c.StatusTimeout == 0 {
		c.StatusTimeout = 500 * time.Millisecond
	}
	if c.DrainTimeout == 0 {
		c.DrainTimeout = 20 * time.Millisecond
	}
	if c.PollEvery == 0 {
		c.PollEvery = 256
	}
	if c.Sleep == nil {
		c.Sleep = Sleep
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

func (c Config) validate() error {
	if err := c.Layout.validate(); err != nil {
		return err
	}
	switch {
	case c.Baud < 300 || c.Baud > 4_000_000:
		return fmt.Errorf("config: %w: baud %d", ErrInvalidConfig, c.Baud)
	case c.BufferSize < 4:
		return fmt.Errorf("config: %w: buffer size %d (want ≥ 4)", ErrInvalidConfig, c.BufferSize)
	case c.StatusTimeout < time.Millisecond:
		return fmt.Errorf("config: %w: status timeout %v", ErrInvalidConfig, c.StatusTimeout)
	case c.DrainTimeout < 0 || c.ChunkGap < 0:
		return fmt.Errorf("config: %w: negative duration", ErrInvalidConfig)
	}
	return nil
}

// HealthReport is what the UI, the staff screen and the heartbeat read.
type HealthReport struct {
	Health  Health
	Fault   Fault     // the fault behind Health, "" when the printer can print
	Status  Status    // the last decoded status
	Since   time.Time // when Health last changed
	Checked time.Time // when the status was last read (or failed to be)
	LastJob JobReport // the last receipt printed or attempted
}

// JobReport is the outcome of the last receipt.
type JobReport struct {
	ReceiptID string
	OK        bool
	Fault     string // Code of the error, "" when OK
	Stage     Stage  // where it failed, "" when OK
	At        time.Time
}

// Printer drives one receipt printer. Its methods are safe for concurrent
// use; jobs and status checks take turns on the port.
type Printer struct {
	port Port
	cfg  Config
	log  *slog.Logger

	mu      sync.Mutex // owns the port
	suspect bool       // a reply was missed or invalid: drain before the next query
	last    *Receipt

	hmu    sync.Mutex
	health HealthReport
}

// New returns a Printer on port. It does not talk to the printer; call
// Check (or Watch) to learn its state.
func New(port Port, cfg Config) (*Printer, error) {
	if port == nil {
		return nil, fmt.Errorf("new printer: %w: nil port", ErrInvalidConfig)
	}
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("new printer: %w", err)
	}
	p := &Printer{port: port, cfg: cfg, log: cfg.Logger.With("device", "printer")}
	p.health.Since = cfg.Now()
	return p, nil
}

// NewReceipt starts a receipt laid out for this printer.
func (p *Printer) NewReceipt() *Builder { return NewBuilder(p.cfg.Layout) }

// Layout is the layout receipts for this printer use.
func (p *Printer) Layout() Layout { return p.cfg.Layout }

// Health returns the current health report.
func (p *Printer) Health() HealthReport {
	p.hmu.Lock()
	defer p.hmu.Unlock()
	return p.health
}

// Check asks the printer for its four status bytes and updates the health.
// It returns the fault as an error only when the printer did not answer
// properly (no_reply, bad_reply, port_error); a printer that answers with
// paper out is a successful check whose Status says so.
func (p *Printer) Check(ctx context.Context) (Status, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.check(ctx)
}

// Watch checks the printer every interval until ctx is done, so the
// health stays current while no receipt is printed. It returns ctx.Err().
func (p *Printer) Watch(ctx context.Context, every time.Duration) error {
	if every <= 0 {
		return fmt.Errorf("watch printer: %w: interval %v", ErrInvalidConfig, every)
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := p.Check(ctx); err != nil && isContextErr(err) {
			return ctx.Err()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Print sends r: status check, paced write with polls between commands,
// status check. Any failure comes back as a *JobError naming the receipt,
// the stage and the fault; the health is updated either way. r is kept for
// Reprint.
func (p *Printer) Print(ctx context.Context, r *Receipt) error {
	if r == nil || len(r.Data) == 0 {
		return fmt.Errorf("print: %w: empty receipt", ErrLayout)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = r
	return p.print(ctx, r, false)
}

// Reprint sends the last receipt again, for example after the paper was
// refilled. It fails with ErrNothingToReprint if there is none.
func (p *Printer) Reprint(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.last == nil {
		return fmt.Errorf("reprint: %w", ErrNothingToReprint)
	}
	return p.print(ctx, p.last, true)
}

// LastReceiptID is the ID of the receipt Reprint would send, "" if none.
func (p *Printer) LastReceiptID() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.last == nil {
		return ""
	}
	return p.last.ID
}

// ForgetLast drops the copy of the last receipt (it may carry personal
// data); call it when a session ends.
func (p *Printer) ForgetLast() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = nil
}

func (p *Printer) print(ctx context.Context, r *Receipt, reprint bool) error {
	start := p.cfg.Now()
	log := p.log.With("receipt", r.ID, "bytes", len(r.Data), "reprint", reprint)
	fail := func(stage Stage, sent int, err error) error {
		je := &JobError{ReceiptID: r.ID, Stage: stage, Sent: sent, Total: len(r.Data), Err: err}
		p.setJob(JobReport{ReceiptID: r.ID, Fault: Code(err), Stage: stage, At: p.cfg.Now()})
		log.Warn("receipt failed", "stage", stage, "sent", sent, "fault", Code(err))
		return je
	}

	st, err := p.check(ctx)
	if err == nil {
		err = st.Err()
	}
	if err != nil {
		return fail(StageBefore, 0, err)
	}
	sent, err := p.send(ctx, r)
	if err != nil {
		return fail(StageDuring, sent, err)
	}
	st, err = p.check(ctx)
	if err == nil {
		err = st.Err()
	}
	if err != nil {
		return fail(StageAfter, sent, err)
	}
	p.setJob(JobReport{ReceiptID: r.ID, OK: true, At: p.cfg.Now()})
	log.Info("receipt printed", "duration", p.cfg.Now().Sub(start), "health", st.Health())
	return nil
}

// send writes the receipt in chunks of at most BufferSize bytes, ending a
// chunk at a command boundary where one is near, and waits each chunk's
// wire time. Every PollEvery bytes, at a command boundary, it asks DLE EOT
// 1 and stops if the printer went offline with a fault. It returns the
// number of bytes written.
func (p *Printer) send(ctx context.Context, r *Receipt) (int, error) {
	data, breaks := r.Data, r.breaks
	pos, since, bi := 0, 0, 0
	for pos < len(data) {
		if err := ctx.Err(); err != nil {
			return pos, err
		}
		end := min(pos+p.cfg.BufferSize, len(data))
		if end < len(data) {
			for bi < len(breaks) && breaks[bi] <= pos {
				bi++
			}
			best := -1
			for j := bi; j < len(breaks) && breaks[j] <= end; j++ {
				best = breaks[j]
			}
			if best > pos {
				end = best
			}
		}
		if err := p.write(data[pos:end]); err != nil {
			return pos, err
		}
		if err := p.cfg.Sleep(ctx, WireTime(end-pos, p.cfg.Baud)+p.cfg.ChunkGap); err != nil {
			return end, err
		}
		since += end - pos
		pos = end
		if p.cfg.PollEvery > 0 && since >= p.cfg.PollEvery && pos < len(data) && isBreak(breaks, pos) {
			since = 0
			b, err := p.query(ctx, QueryPrinter)
			if err != nil {
				p.setStatus(Status{}, err)
				return pos, err
			}
			if b&bit3 == 0 {
				continue
			}
			st, err := p.check(ctx)
			if err == nil {
				err = st.Err()
			}
			if err != nil {
				return pos, err
			}
		}
	}
	return pos, nil
}

func isBreak(breaks []int, pos int) bool {
	i := sort.SearchInts(breaks, pos)
	return i < len(breaks) && breaks[i] == pos
}

// check reads DLE EOT 1–4 and updates the health. The caller holds p.mu.
func (p *Printer) check(ctx context.Context) (Status, error) {
	var st Status
	for n := QueryPrinter; n <= QueryPaper; n++ {
		b, err := p.query(ctx, n)
		if err == nil {
			err = st.Apply(n, b)
		}
		if err != nil {
			p.setStatus(Status{}, err)
			return st, fmt.Errorf("check status: %w", err)
		}
	}
	p.setStatus(st, nil)
	return st, nil
}

// query sends DLE EOT n and returns the validated reply. Stale input is
// discarded first; an invalid reply is retried once.
func (p *Printer) query(ctx context.Context, n StatusQuery) (byte, error) {
	var last error
	for attempt := 0; attempt < 2; attempt++ {
		if err := p.flush(); err != nil {
			return 0, err
		}
		if err := p.write(cmdStatus(n)); err != nil {
			return 0, err
		}
		b, ok, err := p.readByte(ctx, p.cfg.StatusTimeout)
		if err != nil {
			p.suspect = true
			return 0, err
		}
		if !ok {
			p.suspect = true
			return 0, &FaultError{Fault: FaultNoReply, Query: n}
		}
		if ValidStatusByte(b) {
			return b, nil
		}
		p.suspect = true
		last = &FaultError{Fault: FaultBadReply, Query: n, Reply: b}
	}
	return 0, last
}

// flush discards received input; after a missed or invalid reply it also
// listens for DrainTimeout to catch a late one still on the wire.
func (p *Printer) flush() error {
	if err := p.port.ResetInputBuffer(); err != nil {
		return &FaultError{Fault: FaultPort, Err: fmt.Errorf("reset input: %w", err)}
	}
	if !p.suspect {
		return nil
	}
	deadline := p.cfg.Now().Add(p.cfg.DrainTimeout)
	var buf [64]byte
	for {
		left := deadline.Sub(p.cfg.Now())
		if left <= 0 {
			break
		}
		if rt, ok := p.port.(readTimeouter); ok {
			if err := rt.SetReadTimeout(left); err != nil {
				return &FaultError{Fault: FaultPort, Err: fmt.Errorf("set read timeout: %w", err)}
			}
		}
		n, err := p.port.Read(buf[:])
		if err != nil && !isTimeout(err) {
			return &FaultError{Fault: FaultPort, Err: fmt.Errorf("drain: %w", err)}
		}
		if n == 0 {
			break
		}
	}
	p.suspect = false
	return nil
}

// readByte waits up to d for one byte.
func (p *Printer) readByte(ctx context.Context, d time.Duration) (byte, bool, error) {
	deadline := p.cfg.Now().Add(d)
	var buf [1]byte
	for {
		if err := ctx.Err(); err != nil {
			return 0, false, err
		}
		left := deadline.Sub(p.cfg.Now())
		if left <= 0 {
			return 0, false, nil
		}
		if rt, ok := p.port.(readTimeouter); ok {
			if err := rt.SetReadTimeout(left); err != nil {
				return 0, false, &FaultError{Fault: FaultPort, Err: fmt.Errorf("set read timeout: %w", err)}
			}
		}
		n, err := p.port.Read(buf[:])
		if n == 1 {
			return buf[0], true, nil
		}
		if err != nil && !isTimeout(err) {
			return 0, false, &FaultError{Fault: FaultPort, Err: fmt.Errorf("read: %w", err)}
		}
	}
}

func (p *Printer) write(b []byte) error {
	for len(b) > 0 {
		n, err := p.port.Write(b)
		if err != nil {
			return &FaultError{Fault: FaultPort, Err: fmt.Errorf("write: %w", err)}
		}
		if n <= 0 {
			return &FaultError{Fault: FaultPort, Err: fmt.Errorf("write: %w", io.ErrShortWrite)}
		}
		b = b[n:]
	}
	return nil
}

// setStatus records a check's outcome: a status, or the error that kept
// the driver from reading one.
func (p *Printer) setStatus(st Status, err error) {
	if err != nil && isContextErr(err) {
		return // cancelled: the printer's state is unknown, not changed
	}
	h, fault := st.Health(), Fault("")
	if err != nil {
		var fe *FaultError
		if !errors.As(err, &fe) {
			fe = &FaultError{Fault: FaultPort, Err: err}
		}
		h, fault = fe.Health(), fe.Fault
	} else if e := st.Err(); e != nil {
		var fe *FaultError
		errors.As(e, &fe)
		fault = fe.Fault
	}
	now := p.cfg.Now()
	p.hmu.Lock()
	changed := h != p.health.Health
	if changed {
		p.health.Since = now
	}
	p.health.Health, p.health.Fault, p.health.Checked = h, fault, now
	if err == nil {
		p.health.Status = st
	}
	rep := p.health
	p.hmu.Unlock()
	if changed {
		p.log.Info("printer health changed", "health", h.String(), "fault", string(fault))
		if p.cfg.OnHealth != nil {
			p.cfg.OnHealth(rep)
		}
	}
}

func (p *Printer) setJob(j JobReport) {
	p.hmu.Lock()
	p.health.LastJob = j
	p.hmu.Unlock()
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	if errors.As(err, &t) && t.Timeout() {
		return true
	}
	return errors.Is(err, os.ErrDeadlineExceeded)
}

func isContextErr(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
