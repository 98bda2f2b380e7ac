package printersim

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
)

// PaperState is the roll paper sensor state.
type PaperState int

// Paper states.
const (
	PaperOK PaperState = iota
	PaperNearEnd
	PaperOut
)

// State is the printer's condition as its status replies report it.
type State struct {
	Paper       PaperState
	CoverOpen   bool
	CutterError bool
	Offline     bool // offline without another cause (DLE EOT 1 bit 3 only)
	DrawerHigh  bool // drawer kick connector pin 3 high
}

// offline reports whether the printer is offline and ignores print data.
func (s State) offline() bool {
	return s.Offline || s.CoverOpen || s.CutterError || s.Paper == PaperOut
}

// StatusByte is the reply to DLE EOT n (n 1–4) in this state, with the
// fixed bits 1 and 4 set. n outside 1–4 gives 0.
func (s State) StatusByte(n byte) byte {
	b := byte(0x12)
	switch n {
	case 1:
		if s.DrawerHigh {
			b |= 0x04
		}
		if s.offline() {
			b |= 0x08
		}
	case 2:
		if s.CoverOpen {
			b |= 0x04
		}
		if s.Paper == PaperOut {
			b |= 0x20
		}
		if s.CutterError {
			b |= 0x40
		}
	case 3:
		if s.CutterError {
			b |= 0x08
		}
	case 4:
		switch s.Paper {
		case PaperNearEnd:
			b |= 0x0c
		case PaperOut:
			b |= 0x60
		}
	default:
		return 0
	}
	return b
}

// Fault is a misbehaviour of the line, injected by tests and demos.
type Fault int

// Faults.
const (
	FaultNone    Fault = iota
	FaultSilent        // print data is processed but status queries are never answered
	FaultGarbage       // status queries are answered with bytes that fail the fixed bit pattern
)

// Options configures a Sim.
type Options struct {
	Paper printer.Paper // default 58 mm
	// OutDir, if set, receives receipt-NNNN.png (the paper) and
	// receipt-NNNN.bin (the bytes received for it) at every cut, and
	// receipt-NNNN-partial.* when the paper runs out during a job.
	OutDir string
	// Font is a TrueType font covering Latin and CJK (the kiosk's embedded
	// font). Without it, ASCII is drawn in a small bitmap font and other
	// characters as boxes.
	Font []byte
	// LatinAtPowerUp starts in single-byte mode; the default is a GB18030
	// printer that starts in Chinese mode.
	LatinAtPowerUp bool
	// KeepPages is how many printed pages Pages returns; default 16.
	KeepPages int
	Logger    *slog.Logger
}

// Printed is one page the simulator cut (or lost to a paper-out).
type Printed struct {
	Seq     int
	Page    *Page
	Image   *image.Gray
	PNGPath string // "" without OutDir
}

// Sim is a simulated ESC/POS receipt printer. Run it on the device end of
// a serial line; change its state and inject faults from any goroutine.
type Sim struct {
	opts     Options
	renderer *Renderer
	log      *slog.Logger

	mu          sync.Mutex
	state       State
	fault       Fault
	busy        chan struct{} // nil when reading; closed when busy ends
	readDelay   time.Duration
	runOutAfter int // bytes left before the paper runs out; -1 never
	jamNextCut  bool
	seq         int
	pages       []Printed
	received    int
	discarded   int
	notify      chan struct{} // closed and replaced on every new page

	// owned by the Run goroutine
	prev  [2]byte
	queue chan *Page // finished pages waiting to be drawn
}

// New returns a simulator with paper loaded and the cover closed.
func New(o Options) (*Sim, error) {
	if o.Paper == 0 {
		o.Paper = printer.Paper58
	}
	if !o.Paper.Valid() {
		return nil, fmt.Errorf("printersim: paper %d mm: want 58 or 80", o.Paper)
	}
	if o.KeepPages <= 0 {
		o.KeepPages = 16
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	r, err := NewRenderer(o.Font)
	if err != nil {
		return nil, err
	}
	if o.OutDir != "" {
		if err := os.MkdirAll(o.OutDir, 0o755); err != nil {
			return nil, fmt.Errorf("printersim: create output folder: %w", err)
		}
	}
	return &Sim{
		opts:        o,
		renderer:    r,
		log:         o.Logger.With("device", "printersim"),
		runOutAfter: -1,
		notify:      make(chan struct{}),
	}, nil
}

// Renderer is the renderer the simulator draws pages with.
func (s *Sim) Renderer() *Renderer { return s.renderer }

// State returns the current state.
func (s *Sim) State() State {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state
}

// SetState replaces the whole state.
func (s *Sim) SetState(st State) { s.update(func(x *State) { *x = st }) }

// SetPaper sets the paper sensor: loaded, near end or out. Loading paper
// cancels a pending RunOutAfter.
func (s *Sim) SetPaper(p PaperState) {
	s.update(func(x *State) { x.Paper = p })
	if p != PaperOut {
		s.mu.Lock()
		s.runOutAfter = -1
		s.mu.Unlock()
	}
}

// SetCoverOpen opens or closes the cover.
func (s *Sim) SetCoverOpen(open bool) { s.update(func(x *State) { x.CoverOpen = open }) }

// SetCutterError jams or clears the cutter. While jammed, cuts fail and
// the page goes on.
func (s *Sim) SetCutterError(on bool) { s.update(func(x *State) { x.CutterError = on }) }

// JamNextCut makes the cutter jam at the next cut: the cut fails and the
// printer reports a cutter error until SetCutterError(false).
func (s *Sim) JamNextCut() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jamNextCut = true
}

// SetOffline takes the printer offline (or back) without another cause.
func (s *Sim) SetOffline(on bool) { s.update(func(x *State) { x.Offline = on }) }

func (s *Sim) update(f func(*State)) {
	s.mu.Lock()
	f(&s.state)
	st := s.state
	s.mu.Unlock()
	s.log.Debug("state", "paper", int(st.Paper), "cover_open", st.CoverOpen, "cutter_error", st.CutterError, "offline", st.Offline)
}

// SetFault injects a line fault (or FaultNone to clear it).
func (s *Sim) SetFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fault = f
}

// SetBusy stops (true) or resumes (false) reading from the line, as a
// printer whose buffer is full: nothing is read, nothing is answered.
func (s *Sim) SetBusy(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case on && s.busy == nil:
		s.busy = make(chan struct{})
	case !on && s.busy != nil:
		close(s.busy)
		s.busy = nil
	}
}

// SetReadDelay makes reading slow: at most 16 bytes per read, each read
// after d. Zero reads at full speed.
func (s *Sim) SetReadDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.readDelay = d
}

// RunOutAfter makes the paper run out after n more bytes of print data:
// the page so far is emitted as partial, the printer goes offline with
// paper out and ignores data until SetPaper(PaperOK).
func (s *Sim) RunOutAfter(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.runOutAfter = max(n, 0)
}

// Received is the number of bytes read from the line so far.
func (s *Sim) Received() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.received
}

// Discarded is the number of print data bytes ignored while offline.
func (s *Sim) Discarded() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.discarded
}

// Pages returns the most recent printed pages, oldest first. Pages are
// drawn in the background: use WaitPages to wait for one.
func (s *Sim) Pages() []Printed {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Printed(nil), s.pages...)
}

// WaitPages waits until at least n pages have been printed (and drawn) in
// total since the simulator was made.
func (s *Sim) WaitPages(ctx context.Context, n int) error {
	for {
		s.mu.Lock()
		seq, ch := s.seq, s.notify
		s.mu.Unlock()
		if seq >= n {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("printersim: wait for page %d (have %d): %w", n, seq, ctx.Err())
		}
	}
}

// Run serves the line until ctx is done (it then returns nil) or reading
// fails. Run one line at a time per Sim; it may be called again after it
// returns (a re-plugged line), keeping state, faults and pages. If port has SetReadDeadline (an *os.File in non-blocking mode, a
// net.Conn), cancelling ctx unblocks a pending read; otherwise the
// reading goroutine ends when the owner closes the port.
func (s *Sim) Run(ctx context.Context, port io.ReadWriter) error {
	in := NewInterpreter(InterpreterOptions{
		Paper:          s.opts.Paper,
		LatinAtPowerUp: s.opts.LatinAtPowerUp,
		OnCut:          s.onCut,
		OnTransmit:     func(cmd, n byte) { s.transmit(port, cmd, n) },
	})
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if d, ok := port.(interface{ SetReadDeadline(time.Time) error }); ok {
		stop := context.AfterFunc(ctx, func() { _ = d.SetReadDeadline(time.Now()) })
		defer stop()
	}
	// Pages are drawn and written off the line-serving goroutine, so status
	// queries are answered at once while the picture is made, as a real
	// printer answers them while it prints.
	s.queue = make(chan *Page, 64)
	drawn := make(chan struct{})
	go func() {
		defer close(drawn)
		for p := range s.queue {
			s.draw(p)
		}
	}()
	defer func() {
		close(s.queue)
		<-drawn
	}()
	chunks := make(chan []byte)
	errc := make(chan error, 1)
	go s.reader(ctx, port, chunks, errc)
	s.log.Info("simulator running", "paper_mm", int(s.opts.Paper))
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("printersim: read: %w", err)
		case b := <-chunks:
			// a chunk read just before SetBusy(true) waits like the rest
			if err := s.waitNotBusy(ctx); err != nil {
				return nil
			}
			if err := s.process(in, port, b); err != nil {
				return err
			}
		}
	}
}

func (s *Sim) waitNotBusy(ctx context.Context) error {
	s.mu.Lock()
	busy := s.busy
	s.mu.Unlock()
	if busy == nil {
		return nil
	}
	select {
	case <-busy:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *Sim) reader(ctx context.Context, port io.Reader, chunks chan<- []byte, errc chan<- error) {
	buf := make([]byte, 512)
	for {
		s.mu.Lock()
		busy, delay := s.busy, s.readDelay
		s.mu.Unlock()
		if busy != nil {
			select {
			case <-busy:
				continue
			case <-ctx.Done():
				return
			}
		}
		size := len(buf)
		if delay > 0 {
			if printer.Sleep(ctx, delay) != nil {
				return
			}
			size = 16
		}
		n, err := port.Read(buf[:size])
		if n > 0 {
			select {
			case chunks <- bytes.Clone(buf[:n]):
			case <-ctx.Done():
				return
			}
		}
		if err != nil {
			errc <- err
			return
		}
	}
}

// process handles bytes from the line in order: print data goes to the
// interpreter (unless the printer is offline), and each DLE EOT n is
// answered at the point where it arrives, as a real printer does.
func (s *Sim) process(in *Interpreter, port io.Writer, b []byte) error {
	s.mu.Lock()
	s.received += len(b)
	s.mu.Unlock()
	start := 0
	for i, c := range b {
		if s.prev[0] == dle && s.prev[1] == eot && c >= 1 && c <= 4 {
			s.feed(in, b[start:i+1], min(3, i+1-start))
			start = i + 1
			if err := s.answer(port, c); err != nil {
				return err
			}
			c = 0 // the n byte does not start another sequence
		}
		s.prev[0], s.prev[1] = s.prev[1], c
	}
	s.feed(in, b[start:], 0)
	return nil
}

// feed passes print data to the interpreter, ignoring it while offline and
// running out of paper where RunOutAfter says. The last rt bytes of b are
// a real-time command (answered by process), not print data.
func (s *Sim) feed(in *Interpreter, b []byte, rt int) {
	for len(b) > 0 {
		s.mu.Lock()
		offline, left := s.state.offline(), s.runOutAfter
		if offline {
			s.discarded += max(len(b)-rt, 0)
		}
		s.mu.Unlock()
		if offline {
			// real-time commands are still recognised by process
			return
		}
		if left < 0 || left > len(b) {
			if left > 0 {
				s.mu.Lock()
				s.runOutAfter -= len(b)
				s.mu.Unlock()
			}
			in.Feed(b)
			return
		}
		in.Feed(b[:left])
		b = b[left:]
		s.mu.Lock()
		s.runOutAfter = -1
		s.state.Paper = PaperOut
		s.mu.Unlock()
		s.log.Info("paper ran out during a job")
		s.emit(in.Abort())
	}
}

func (s *Sim) answer(port io.Writer, n byte) error {
	s.mu.Lock()
	fault, reply := s.fault, s.state.StatusByte(n)
	s.mu.Unlock()
	var out []byte
	switch fault {
	case FaultSilent:
		return nil
	case FaultGarbage:
		out = []byte{reply ^ 0x81, 0xff} // bits 0 and 7 set: fails the fixed pattern
	default:
		out = []byte{reply}
	}
	if _, err := port.Write(out); err != nil {
		return fmt.Errorf("printersim: write status: %w", err)
	}
	return nil
}

// transmit answers GS r n (through the receive buffer, not real-time):
// n = 1/49 paper sensor (03 near end, 0C out), n = 2/50 drawer.
func (s *Sim) transmit(port io.Writer, cmd, n byte) {
	s.mu.Lock()
	st, fault := s.state, s.fault
	s.mu.Unlock()
	if cmd != 'r' || fault == FaultSilent {
		return
	}
	var b byte
	switch n {
	case 1, '1':
		switch st.Paper {
		case PaperNearEnd:
			b = 0x03
		case PaperOut:
			b = 0x0c
		}
	case 2, '2':
		if st.DrawerHigh {
			b = 0x01
		}
	default:
		return
	}
	if _, err := port.Write([]byte{b}); err != nil {
		s.log.Warn("transmit status failed", "err", err)
	}
}

// onCut is the interpreter's cut hook.
func (s *Sim) onCut(p *Page) bool {
	s.mu.Lock()
	if s.jamNextCut {
		s.jamNextCut = false
		s.state.CutterError = true
	}
	jammed := s.state.CutterError
	s.mu.Unlock()
	if jammed {
		s.log.Info("cut failed: cutter error")
		return false
	}
	s.emit(p)
	return true
}

// emit hands a finished page to the drawing goroutine.
func (s *Sim) emit(p *Page) { s.queue <- p }

// draw renders a finished page, writes it to OutDir and keeps it.
func (s *Sim) draw(p *Page) {
	img := p.Render(s.renderer)
	s.mu.Lock()
	seq := s.seq + 1 // only this goroutine advances seq
	s.mu.Unlock()

	out := Printed{Seq: seq, Page: p, Image: img}
	if s.opts.OutDir != "" {
		name := fmt.Sprintf("receipt-%04d", seq)
		if p.Partial {
			name += "-partial"
		}
		base := filepath.Join(s.opts.OutDir, name)
		if err := writePNG(base+".png", img); err != nil {
			s.log.Error("write page picture", "err", err)
		} else {
			out.PNGPath = base + ".png"
		}
		if err := os.WriteFile(base+".bin", p.Raw, 0o644); err != nil {
			s.log.Error("write page bytes", "err", err)
		}
	}
	s.log.Info("page printed", "seq", seq, "bytes", len(p.Raw), "height_dots", p.Height(), "partial", p.Partial)

	s.mu.Lock()
	s.seq = seq
	s.pages = append(s.pages, out)
	if len(s.pages) > s.opts.KeepPages {
		s.pages = s.pages[len(s.pages)-s.opts.KeepPages:]
	}
	close(s.notify)
	s.notify = make(chan struct{})
	s.mu.Unlock()
}

// EncodePNG writes img as PNG.
func EncodePNG(w io.Writer, img image.Image) error {
	if err := png.Encode(w, img); err != nil {
		return fmt.Errorf("printersim: encode png: %w", err)
	}
	return nil
}

func writePNG(path string, img image.Image) error {
	var buf bytes.Buffer
	if err := EncodePNG(&buf, img); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("printersim: write %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return errors.Join(fmt.Errorf("printersim: rename picture: %w", err), os.Remove(tmp))
	}
	return nil
}
