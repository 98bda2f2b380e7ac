package printer_test

import (
	"bytes"
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
)

// quiet discards the driver's logs in tests.
var quiet = slog.New(slog.DiscardHandler)

// fakeClock is a clock that moves only when the fake port or sleeper
// says so, so timeouts cost no real time.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 14, 10, 32, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// fakePort is a scripted printer on the other end of the port. Writes of
// exactly DLE EOT n are status queries answered from replies (or reply);
// every other write is print data.
type fakePort struct {
	mu      sync.Mutex
	clock   *fakeClock
	timeout time.Duration
	rx      []byte
	writes  [][]byte // every write, in order
	data    []byte   // print data only
	queries []byte   // the n of every DLE EOT n
	pollAt  []int    // print data bytes received before each query
	resets  int
	replies [4]byte
	// reply, if set, overrides replies: the bytes sent for DLE EOT n.
	reply func(n byte) []byte
	// onData is called after each print data write, under the lock.
	onData   func(f *fakePort)
	writeErr error
}

func newFakePort(c *fakeClock) *fakePort {
	return &fakePort{clock: c, timeout: time.Second, replies: [4]byte{0x12, 0x12, 0x12, 0x12}}
}

func (f *fakePort) setReplies(r1, r2, r3, r4 byte) { f.replies = [4]byte{r1, r2, r3, r4} }

func (f *fakePort) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.writeErr != nil {
		return 0, f.writeErr
	}
	f.writes = append(f.writes, bytes.Clone(p))
	if len(p) == 3 && p[0] == 0x10 && p[1] == 0x04 {
		n := p[2]
		f.queries = append(f.queries, n)
		f.pollAt = append(f.pollAt, len(f.data))
		if f.reply != nil {
			f.rx = append(f.rx, f.reply(n)...)
		} else if n >= 1 && n <= 4 {
			f.rx = append(f.rx, f.replies[n-1])
		}
		return len(p), nil
	}
	f.data = append(f.data, p...)
	if f.onData != nil {
		f.onData(f)
	}
	return len(p), nil
}

func (f *fakePort) Read(p []byte) (int, error) {
	f.mu.Lock()
	if len(f.rx) > 0 {
		n := copy(p, f.rx)
		f.rx = f.rx[n:]
		f.mu.Unlock()
		return n, nil
	}
	d := f.timeout
	f.mu.Unlock()
	f.clock.Advance(d) // nothing arrives: the read times out
	return 0, nil
}

func (f *fakePort) SetReadTimeout(d time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.timeout = d
	return nil
}

func (f *fakePort) ResetInputBuffer() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rx = nil
	f.resets++
	return nil
}

// recorder is an injected sleeper that records waits and moves the clock.
type recorder struct {
	mu     sync.Mutex
	clock  *fakeClock
	sleeps []time.Duration
	hook   func(i int) error
}

func (r *recorder) Sleep(ctx context.Context, d time.Duration) error {
	r.mu.Lock()
	r.sleeps = append(r.sleeps, d)
	i := len(r.sleeps)
	hook := r.hook
	r.mu.Unlock()
	r.clock.Advance(d)
	if hook != nil {
		if err := hook(i); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func newFake(cfg printer.Config) (*printer.Printer, *fakePort, *recorder, error) {
	c := newFakeClock()
	port := newFakePort(c)
	rec := &recorder{clock: c}
	cfg.Sleep = rec.Sleep
	cfg.Now = c.Now
	if cfg.Logger == nil {
		cfg.Logger = quiet
	}
	p, err := printer.New(port, cfg)
	return p, port, rec, err
}
