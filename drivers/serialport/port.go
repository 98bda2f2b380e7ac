package serialport

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"go.bug.st/serial"
)

// errHangup is the reason given when a read finds the device gone.
var errHangup = errors.New("device hung up")

// Port is a serial device that stays connected: it reopens the device by
// itself after an unplug. It is safe for one reader and one writer at a
// time plus any number of health readers; device drivers serialise their
// request/response exchanges themselves.
type Port struct {
	cfg     Config
	name    string
	clock   Clock
	log     *slog.Logger
	enum    Enumerator
	opener  Opener
	backoff Backoff

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu        sync.Mutex
	sp        serial.Port // nil while disconnected
	gen       uint64      // bumped on every successful (re)connect
	node      string      // device node currently open
	closed    bool
	looping   bool   // a reconnect loop is running
	failures  int    // failed connection attempts since last ok
	link      Health // link-level state; Since and Device are filled on publish
	devErr    error  // protocol-level fault reported by the driver
	published Health
	hub       hub
}

// Open validates cfg (after WithDefaults) and connects to the device. Only
// an invalid configuration is an error: a device that is missing or
// unusable at start-up is reported through Health (absent or error) and
// connected in the background as soon as it appears.
func Open(cfg Config, opts ...Option) (*Port, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	o := options{clock: SystemClock{}, log: slog.Default(), enum: defaultEnumerator, opener: serial.Open}
	for _, opt := range opts {
		opt(&o)
	}
	p := &Port{
		cfg:     cfg,
		name:    cfg.Name(),
		clock:   o.clock,
		log:     o.log.With("device", cfg.Name()),
		enum:    o.enum,
		opener:  o.opener,
		backoff: Backoff{Min: cfg.ReconnectMin, Max: cfg.ReconnectMax},
	}
	p.ctx, p.cancel = context.WithCancel(context.Background())
	p.published = Health{Device: p.name, State: StateAbsent, Since: p.clock.Now()}

	sp, node, err := p.dial()
	p.mu.Lock()
	defer p.mu.Unlock()
	if err != nil {
		p.failures = 1
		p.link = Health{State: classifyOpenError(err), Reason: err.Error(), Err: err, Attempts: 1}
		p.publishLocked()
		p.startReconnectLocked()
		return p, nil
	}
	p.attachLocked(sp, node)
	return p, nil
}

// Name is the configured device name: its path or its USB IDs.
func (p *Port) Name() string { return p.name }

// Node is the device node currently open, for example /dev/ttyUSB0 behind
// a by-id name, or "" while disconnected.
func (p *Port) Node() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.node
}

// Config returns the configuration in use, defaults applied.
func (p *Port) Config() Config { return p.cfg }

// Read reads what has arrived, waiting up to the configured read timeout for
// the first byte. It returns ErrTimeout if nothing arrived, ErrDisconnected
// while the device is away, and ErrClosed after Close.
func (p *Port) Read(b []byte) (int, error) {
	sp, gen, err := p.handle()
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", p.name, err)
	}
	n, err := sp.Read(b)
	if err != nil {
		var pe *serial.PortError
		if errors.As(err, &pe) && pe.Code() == serial.PortClosed {
			// Not closed by us (fail checks): the kernel reported a
			// zero-length read, which is how a vanished device looks.
			err = errHangup
		}
		return n, p.fail(gen, "read", err)
	}
	if n == 0 {
		return 0, fmt.Errorf("read %s: %w", p.name, ErrTimeout)
	}
	return n, nil
}

// Write writes all of b, or fails with ErrDisconnected (and starts
// reconnecting) if the device went away.
func (p *Port) Write(b []byte) (int, error) {
	sp, gen, err := p.handle()
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", p.name, err)
	}
	total := 0
	for len(b) > 0 {
		n, err := sp.Write(b)
		total += n
		if err != nil {
			return total, p.fail(gen, "write", err)
		}
		if n == 0 {
			return total, fmt.Errorf("write %s: %w", p.name, io.ErrShortWrite)
		}
		b = b[n:]
	}
	return total, nil
}

// ResetInput discards bytes received but not yet read, so a reply to an
// earlier, abandoned request cannot be taken for the next one.
func (p *Port) ResetInput() error {
	sp, gen, err := p.handle()
	if err != nil {
		return fmt.Errorf("reset input %s: %w", p.name, err)
	}
	if err := sp.ResetInputBuffer(); err != nil {
		return p.fail(gen, "reset input", err)
	}
	return nil
}

// Health returns the current health.
func (p *Port) Health() Health {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.published
}

// Subscribe returns a channel that holds the latest health: the current
// value at once, then every change. A slow reader sees only the newest
// value. The channel is closed by cancel or when the Port is closed; call
// cancel when done.
func (p *Port) Subscribe() (updates <-chan Health, cancel func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hub.subscribe(p.published)
}

// ReportDeviceError lets the device driver on top of the port report a
// protocol-level fault (the device stopped answering, a self-test failed).
// While the link is up and a fault is reported, the health is StateError
// with err's text as the reason. ReportDeviceError(nil) clears the fault.
// A reconnect clears it too: the device gets a fresh start.
func (p *Port) ReportDeviceError(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.devErr = err
	p.publishLocked()
}

// Close closes the device and stops reconnecting. Pending reads return
// ErrClosed, subscriber channels are closed.
func (p *Port) Close() error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return nil
	}
	p.closed = true
	sp := p.sp
	p.sp, p.node = nil, ""
	p.link = Health{State: StateAbsent, Reason: "closed"}
	p.devErr = nil
	p.publishLocked()
	p.mu.Unlock()

	p.cancel()
	var err error
	if sp != nil {
		if cerr := sp.Close(); cerr != nil {
			err = fmt.Errorf("close %s: %w", p.name, cerr)
		}
	}
	p.wg.Wait()
	p.hub.close()
	return err
}

// handle returns the open port and its generation.
func (p *Port) handle() (serial.Port, uint64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil, 0, ErrClosed
	}
	if p.sp == nil {
		if p.link.Reason != "" {
			return nil, 0, fmt.Errorf("%w (%s: %s)", ErrDisconnected, p.link.State, p.link.Reason)
		}
		return nil, 0, ErrDisconnected
	}
	return p.sp, p.gen, nil
}

// fail handles an I/O error on generation gen: unless the port was closed
// on purpose, the device is considered gone, the handle is dropped and
// reconnection starts.
func (p *Port) fail(gen uint64, op string, err error) error {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return fmt.Errorf("%s %s: %w", op, p.name, ErrClosed)
	}
	var dead serial.Port
	if gen == p.gen && p.sp != nil {
		dead = p.sp
		p.sp, p.node = nil, ""
		p.failures = 0
		p.devErr = nil
		p.link = Health{State: StateReconnecting, Reason: op + ": " + err.Error(), Err: err}
		p.publishLocked()
		p.startReconnectLocked()
	}
	p.mu.Unlock()
	if dead != nil {
		p.log.Warn("serial device lost, reconnecting", "op", op, "err", err)
		_ = dead.Close() // the device is gone; its close error says nothing new
	}
	return fmt.Errorf("%s %s: %w: %w", op, p.name, ErrDisconnected, err)
}

// dial finds and opens the device.
func (p *Port) dial() (serial.Port, string, error) {
	node, err := locate(p.cfg, p.enum)
	if err != nil {
		return nil, "", err
	}
	mode := &serial.Mode{BaudRate: p.cfg.Baud, DataBits: 8, Parity: serial.NoParity, StopBits: serial.OneStopBit}
	sp, err := p.opener(node, mode)
	if err != nil {
		return nil, node, fmt.Errorf("open %s: %w", node, err)
	}
	if err := sp.SetReadTimeout(p.cfg.ReadTimeout); err != nil {
		_ = sp.Close()
		return nil, node, fmt.Errorf("set read timeout on %s: %w", node, err)
	}
	return sp, node, nil
}

func (p *Port) attachLocked(sp serial.Port, node string) {
	p.sp, p.node = sp, node
	p.gen++
	p.failures = 0
	p.devErr = nil
	p.link = Health{State: StateOK}
	p.publishLocked()
}

func (p *Port) startReconnectLocked() {
	if p.looping || p.closed {
		return
	}
	p.looping = true
	p.wg.Add(1)
	go p.reconnect()
}

// reconnect retries dial with backoff until it succeeds or the port closes.
func (p *Port) reconnect() {
	defer p.wg.Done()
	for n := 0; ; n++ {
		if err := p.clock.Sleep(p.ctx, p.backoff.Delay(n)); err != nil {
			p.mu.Lock()
			p.looping = false
			p.mu.Unlock()
			return
		}
		sp, node, err := p.dial()

		p.mu.Lock()
		if p.closed {
			p.looping = false
			p.mu.Unlock()
			if sp != nil {
				_ = sp.Close()
			}
			return
		}
		if err != nil {
			p.failures++
			p.link = Health{State: classifyOpenError(err), Reason: err.Error(), Err: err, Attempts: p.failures}
			p.publishLocked()
			p.mu.Unlock()
			p.log.Debug("serial device reconnect failed", "attempt", n+1, "err", err)
			continue
		}
		p.looping = false
		p.attachLocked(sp, node)
		p.mu.Unlock()
		p.log.Info("serial device connected", "node", node)
		return
	}
}

// publishLocked recomputes the effective health and tells subscribers if it
// changed.
func (p *Port) publishLocked() {
	h := p.link
	if h.State == StateOK && p.devErr != nil {
		h.State = StateError
		h.Reason = p.devErr.Error()
		h.Err = p.devErr
	}
	h.Device = p.name
	if h.same(p.published) {
		return
	}
	changed := h.State != p.published.State || h.Reason != p.published.Reason
	h.Since = p.clock.Now()
	p.published = h
	p.hub.publish(h)
	if changed { // not for every failed attempt while absent
		p.log.Info("serial device health", "state", h.State.String(), "reason", h.Reason)
	}
}
