package cardpad_test

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// logBuffer collects log output from several goroutines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// rig is the driver talking to the simulator over a pseudo-terminal.
type rig struct {
	t    testing.TB
	sim  *cardpadsim.Simulator
	port *serialport.Port
	pad  *cardpad.Pad
	logs *logBuffer
	cfg  cardpad.PadConfig
}

// fastPad is a pad configuration for tests: short waits, frequent
// progress.
var fastPad = cardpad.PadConfig{
	AckTimeout:       250 * time.Millisecond,
	ResultTimeout:    2 * time.Second,
	InterByteTimeout: 100 * time.Millisecond,
	ProgressInterval: 20 * time.Millisecond,
}

func newRig(t testing.TB, sc cardpadsim.Config, pc cardpad.PadConfig) *rig {
	t.Helper()
	if sc.Link == "" {
		sc.Link = filepath.Join(t.TempDir(), "cardpad")
	}
	if sc.AckTimeout == 0 {
		sc.AckTimeout = 100 * time.Millisecond
	}
	sim, err := cardpadsim.New(sc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	r := &rig{t: t, sim: sim, logs: &logBuffer{}, cfg: pc}
	r.connect()
	return r
}

// connect opens a port and a pad on the simulator's path, as the kiosk
// does at start-up. Every log line goes to r.logs at debug level.
func (r *rig) connect() {
	r.t.Helper()
	log := slog.New(slog.NewJSONHandler(r.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	port, err := serialport.Open(serialport.Config{Path: r.sim.Path(), Baud: cardpad.DefaultBaud, ReadTimeout: 5 * time.Millisecond},
		serialport.WithLogger(log))
	if err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { _ = port.Close() })
	r.port = port
	r.pad = cardpad.NewPad(port, r.cfg, log)
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// stages records the progress reports of one transaction.
type stages struct {
	mu   sync.Mutex
	seen []cardpad.Progress
	on   map[cardpad.Stage]func()
}

func (s *stages) report(p cardpad.Progress) {
	s.mu.Lock()
	first := len(s.seen) == 0 || s.seen[len(s.seen)-1].Stage != p.Stage
	s.seen = append(s.seen, p)
	hook := s.on[p.Stage]
	s.mu.Unlock()
	if first && hook != nil {
		hook()
	}
}

// distinct returns the stages in order, each run collapsed to one.
func (s *stages) distinct() []cardpad.Stage {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []cardpad.Stage
	for _, p := range s.seen {
		if len(out) == 0 || out[len(out)-1] != p.Stage {
			out = append(out, p.Stage)
		}
	}
	return out
}

func (s *stages) all() []cardpad.Progress {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]cardpad.Progress(nil), s.seen...)
}

func sale(amount cardpad.Amount, ref string) cardpad.Request {
	return cardpad.Request{Amount: amount, Reference: ref, Nonce: cardpad.NewNonce()}
}

// waitFor polls cond until it holds or the test context ends.
func waitFor(t testing.TB, ctx context.Context, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-time.After(2 * time.Millisecond):
		}
	}
}
