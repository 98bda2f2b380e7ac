package printer_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/internal/fixture"
)

func standard(t testing.TB, paper printer.Paper) *printer.Receipt {
	t.Helper()
	r, err := fixture.Standard(printer.Layout{Paper: paper})
	if err != nil {
		t.Fatalf("build standard receipt: %v", err)
	}
	return r
}

func statusWrites(ns ...byte) [][]byte {
	var out [][]byte
	for _, n := range ns {
		out = append(out, []byte{0x10, 0x04, n})
	}
	return out
}

func TestPrintPacesChunksAtWireTime(t *testing.T) {
	for _, baud := range []int{9600, 115200} {
		p, port, rec, err := newFake(printer.Config{Baud: baud, PollEvery: -1})
		if err != nil {
			t.Fatal(err)
		}
		r := standard(t, printer.Paper58)
		if err := p.Print(context.Background(), r); err != nil {
			t.Fatalf("print: %v", err)
		}
		if !bytes.Equal(port.data, r.Data) {
			t.Fatalf("printer received %d bytes, receipt has %d", len(port.data), len(r.Data))
		}
		// status 1–4, data chunks, status 1–4
		ends := append(append([][]byte(nil), port.writes[:4]...), port.writes[len(port.writes)-4:]...)
		for i, w := range ends {
			if !bytes.Equal(w, statusWrites(byte(i%4 + 1))[0]) {
				t.Errorf("write %d = % x, want DLE EOT %d", i, w, i%4+1)
			}
		}
		chunks := port.writes[4 : len(port.writes)-4]
		if len(chunks) != len(rec.sleeps) {
			t.Fatalf("%d chunks but %d waits", len(chunks), len(rec.sleeps))
		}
		var total time.Duration
		for i, c := range chunks {
			if len(c) > 45 {
				t.Errorf("chunk %d is %d bytes, buffer holds 45", i, len(c))
			}
			if want := printer.WireTime(len(c), baud); rec.sleeps[i] != want {
				t.Errorf("chunk %d: waited %v, wire time %v", i, rec.sleeps[i], want)
			}
			total += rec.sleeps[i]
		}
		wire := printer.WireTime(len(r.Data), baud)
		if diff := total - wire; diff < -time.Microsecond*time.Duration(len(chunks)) || diff > 0 {
			t.Errorf("waited %v in total, wire time %v", total, wire)
		}
		if h := p.Health(); h.Health != printer.HealthOK || !h.LastJob.OK || h.LastJob.ReceiptID != fixture.ReceiptID {
			t.Errorf("health %+v", h)
		}
	}
}

func TestWireTime(t *testing.T) {
	if got := printer.WireTime(960, 9600); got != time.Second {
		t.Errorf("960 bytes at 9600: %v", got)
	}
	if got := printer.WireTime(45, 115200); got != 3906250*time.Nanosecond {
		t.Errorf("45 bytes at 115200: %v", got)
	}
}

func TestPollsBetweenCommandsDuringJob(t *testing.T) {
	p, port, _, err := newFake(printer.Config{PollEvery: 100})
	if err != nil {
		t.Fatal(err)
	}
	r := standard(t, printer.Paper58)
	if err := p.Print(context.Background(), r); err != nil {
		t.Fatalf("print: %v", err)
	}
	mid := port.pollAt[4 : len(port.pollAt)-4]
	if len(mid) < 2 {
		t.Errorf("%d polls during a %d-byte job, want one about every 100 bytes", len(mid), len(r.Data))
	}
	store := bytes.Index(r.Data, []byte{0x1d, 0x28, 0x6b, byte(len(fixture.TrackingURL) + 3), 0, 0x31, 0x50, 0x30})
	last := 0
	for _, at := range mid {
		if at > store && at < store+8+len(fixture.TrackingURL) {
			t.Errorf("poll at %d inside the QR store command", at)
		}
		if at-last < 100 {
			t.Errorf("poll at %d only %d bytes after the previous", at, at-last)
		}
		last = at
	}
	if !bytes.Equal(port.data, r.Data) {
		t.Error("polling changed the print data")
	}
}

func TestStaleInputIsFlushed(t *testing.T) {
	p, port, _, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	port.rx = []byte{0x1a, 0x72, 0xff} // an old offline/paper-out reply and noise
	st, err := p.Check(context.Background())
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	if st.Health() != printer.HealthOK {
		t.Errorf("stale bytes were read as status: %v", st.Health())
	}
	if port.resets != 4 {
		t.Errorf("%d input resets, want one per query", port.resets)
	}
}

func TestInvalidReplyIsRetriedOnce(t *testing.T) {
	p, port, _, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	bad := 1
	port.reply = func(n byte) []byte {
		if n == 2 && bad > 0 {
			bad--
			return []byte{0xff}
		}
		return []byte{0x12}
	}
	if _, err := p.Check(context.Background()); err != nil {
		t.Fatalf("check after one bad reply: %v", err)
	}
	if want := []byte{1, 2, 2, 3, 4}; !bytes.Equal(port.queries, want) {
		t.Errorf("queries %v, want %v", port.queries, want)
	}

	port.reply = func(byte) []byte { return []byte{0x12 ^ 0x81} }
	_, err = p.Check(context.Background())
	var fe *printer.FaultError
	if !errors.As(err, &fe) || fe.Fault != printer.FaultBadReply || fe.Reply != 0x93 || fe.Query != 1 {
		t.Fatalf("err = %v, want bad_reply 0x93 to DLE EOT 1", err)
	}
	if h := p.Health(); h.Health != printer.HealthAbsent || h.Fault != printer.FaultBadReply {
		t.Errorf("health %v/%s, want absent/bad_reply", h.Health, h.Fault)
	}
	if !printer.IsTransient(err) {
		t.Error("bad reply should be transient")
	}
}

func TestNoReplyMeansAbsent(t *testing.T) {
	p, port, _, err := newFake(printer.Config{StatusTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	port.reply = func(byte) []byte { return nil }
	start := port.clock.Now()
	_, err = p.Check(context.Background())
	if !errors.Is(err, printer.ErrNoReply) || printer.Code(err) != "no_reply" {
		t.Fatalf("err = %v, want no_reply", err)
	}
	if waited := port.clock.Now().Sub(start); waited < 300*time.Millisecond {
		t.Errorf("gave up after %v, timeout 300ms", waited)
	}
	if len(port.queries) != 1 {
		t.Errorf("%d queries: an absent printer should fail on the first", len(port.queries))
	}
	h := p.Health()
	if h.Health != printer.HealthAbsent || h.Health.CanPrint() {
		t.Errorf("health %v", h.Health)
	}
	// the printer comes back: the late-reply drain runs, then all is well
	port.reply = nil
	if _, err := p.Check(context.Background()); err != nil {
		t.Fatalf("check after recovery: %v", err)
	}
	if p.Health().Health != printer.HealthOK {
		t.Errorf("health %v after recovery", p.Health().Health)
	}
}

func TestPrintRefusedBeforeSending(t *testing.T) {
	cases := []struct {
		name    string
		replies [4]byte
		want    error
		health  printer.Health
	}{
		{"paper out", [4]byte{0x1a, 0x32, 0x12, 0x72}, printer.ErrPaperOut, printer.HealthPaperOut},
		{"cover open", [4]byte{0x1a, 0x16, 0x12, 0x12}, printer.ErrCoverOpen, printer.HealthCoverOpen},
		{"cutter error", [4]byte{0x1a, 0x52, 0x1a, 0x12}, printer.ErrCutterError, printer.HealthCutterError},
		{"offline", [4]byte{0x1a, 0x12, 0x12, 0x12}, printer.ErrOffline, printer.HealthOffline},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, port, _, err := newFake(printer.Config{})
			if err != nil {
				t.Fatal(err)
			}
			port.replies = c.replies
			err = p.Print(context.Background(), standard(t, printer.Paper58))
			var je *printer.JobError
			if !errors.As(err, &je) || je.Stage != printer.StageBefore || je.Sent != 0 || je.ReceiptID != fixture.ReceiptID {
				t.Fatalf("err = %v, want a job error before sending", err)
			}
			if !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %v", err, c.want)
			}
			if len(port.data) != 0 {
				t.Errorf("%d bytes sent to a printer that cannot print", len(port.data))
			}
			if h := p.Health(); h.Health != c.health || h.LastJob.OK || h.LastJob.Fault != printer.Code(err) || h.LastJob.Stage != printer.StageBefore {
				t.Errorf("health %+v", h)
			}
		})
	}
}

func TestNearEndStillPrints(t *testing.T) {
	p, port, _, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	port.setReplies(0x12, 0x12, 0x12, 0x1e)
	if err := p.Print(context.Background(), standard(t, printer.Paper58)); err != nil {
		t.Fatalf("print: %v", err)
	}
	if h := p.Health(); h.Health != printer.HealthPaperNearEnd || !h.Status.PaperNearEnd || h.Fault != "" {
		t.Errorf("health %+v", h)
	}
}

// paperOutAfter makes the fake printer run out of paper after n bytes.
func paperOutAfter(n int) func(f *fakePort) {
	return func(f *fakePort) {
		if len(f.data) >= n {
			f.setReplies(0x1a, 0x32, 0x12, 0x72)
		}
	}
}

func TestPaperOutDuringJob(t *testing.T) {
	p, port, _, err := newFake(printer.Config{PollEvery: 64})
	if err != nil {
		t.Fatal(err)
	}
	port.onData = paperOutAfter(150)
	r := standard(t, printer.Paper58)
	err = p.Print(context.Background(), r)
	var je *printer.JobError
	if !errors.As(err, &je) {
		t.Fatalf("err = %v, want a job error", err)
	}
	if je.ReceiptID != fixture.ReceiptID || je.Stage != printer.StageDuring || !errors.Is(err, printer.ErrPaperOut) {
		t.Errorf("job error %v", je)
	}
	if je.Sent < 150 || je.Sent >= len(r.Data) || je.Total != len(r.Data) || len(port.data) != je.Sent {
		t.Errorf("sent %d of %d, printer got %d; want it to stop soon after 150", je.Sent, je.Total, len(port.data))
	}
	if je.Sent > 150+64+45 {
		t.Errorf("kept sending %d bytes after the paper ran out", je.Sent-150)
	}
	h := p.Health()
	if h.Health != printer.HealthPaperOut || h.LastJob.Fault != "paper_out" || h.LastJob.Stage != printer.StageDuring {
		t.Errorf("health %+v", h)
	}
}

func TestPaperOutFoundAfterJob(t *testing.T) {
	p, port, _, err := newFake(printer.Config{PollEvery: -1})
	if err != nil {
		t.Fatal(err)
	}
	port.onData = paperOutAfter(150)
	r := standard(t, printer.Paper58)
	err = p.Print(context.Background(), r)
	var je *printer.JobError
	if !errors.As(err, &je) || je.Stage != printer.StageAfter || je.Sent != len(r.Data) || !errors.Is(err, printer.ErrPaperOut) {
		t.Fatalf("err = %v, want paper out after sending", err)
	}
}

func TestReprint(t *testing.T) {
	p, port, _, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := p.Reprint(ctx); !errors.Is(err, printer.ErrNothingToReprint) {
		t.Fatalf("reprint with nothing printed: %v", err)
	}
	port.setReplies(0x1a, 0x32, 0x12, 0x72)
	r := standard(t, printer.Paper58)
	if err := p.Print(ctx, r); !errors.Is(err, printer.ErrPaperOut) {
		t.Fatalf("print without paper: %v", err)
	}
	if p.LastReceiptID() != fixture.ReceiptID {
		t.Errorf("last receipt %q", p.LastReceiptID())
	}
	port.setReplies(0x12, 0x12, 0x12, 0x12) // staff refilled the paper
	if err := p.Reprint(ctx); err != nil {
		t.Fatalf("reprint: %v", err)
	}
	if !bytes.Equal(port.data, r.Data) {
		t.Error("reprint sent different bytes")
	}
	if h := p.Health(); h.Health != printer.HealthOK || !h.LastJob.OK {
		t.Errorf("health %+v", h)
	}
	p.ForgetLast()
	if err := p.Reprint(ctx); !errors.Is(err, printer.ErrNothingToReprint) || p.LastReceiptID() != "" {
		t.Errorf("reprint after ForgetLast: %v", err)
	}
}

func TestOnHealthReportsChanges(t *testing.T) {
	var mu sync.Mutex
	var seen []printer.Health
	p, port, _, err := newFake(printer.Config{OnHealth: func(r printer.HealthReport) {
		mu.Lock()
		seen = append(seen, r.Health)
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, r := range [][4]byte{
		{0x12, 0x12, 0x12, 0x12}, {0x12, 0x12, 0x12, 0x12},
		{0x12, 0x12, 0x12, 0x1e}, {0x1a, 0x32, 0x12, 0x72}, {0x12, 0x12, 0x12, 0x12},
	} {
		port.replies = r
		if _, err := p.Check(ctx); err != nil {
			t.Fatal(err)
		}
	}
	want := []printer.Health{printer.HealthOK, printer.HealthPaperNearEnd, printer.HealthPaperOut, printer.HealthOK}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != len(want) {
		t.Fatalf("changes %v, want %v", seen, want)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Errorf("changes %v, want %v", seen, want)
		}
	}
}

func TestCancelDuringJob(t *testing.T) {
	p, _, rec, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	rec.hook = func(i int) error {
		if i == 3 {
			cancel()
		}
		return nil
	}
	err = p.Print(ctx, standard(t, printer.Paper58))
	var je *printer.JobError
	if !errors.As(err, &je) || je.Stage != printer.StageDuring || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancelled during", err)
	}
	if printer.Code(err) != "canceled" {
		t.Errorf("code %q", printer.Code(err))
	}
	if p.Health().Health != printer.HealthOK {
		t.Errorf("a cancelled job changed the health to %v", p.Health().Health)
	}
}

func TestPortFailure(t *testing.T) {
	p, port, _, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	port.writeErr = os.ErrClosed
	err = p.Print(context.Background(), standard(t, printer.Paper58))
	if !errors.Is(err, printer.ErrPort) || !errors.Is(err, os.ErrClosed) || !printer.IsTransient(err) {
		t.Fatalf("err = %v, want a transient port error wrapping the cause", err)
	}
	if h := p.Health(); h.Health != printer.HealthAbsent || h.Fault != printer.FaultPort {
		t.Errorf("health %v/%s", h.Health, h.Fault)
	}
}

// timeoutPort reports a read timeout as an error, like drivers/serialport.
type timeoutPort struct {
	*fakePort
	resets int
}

var errTimeout = errors.New("read timeout")

func (p *timeoutPort) Read(b []byte) (int, error) {
	n, err := p.fakePort.Read(b)
	if n == 0 && err == nil {
		return 0, errTimeout
	}
	return n, err
}

func TestPortFuncsAdapter(t *testing.T) {
	c := newFakeClock()
	inner := &timeoutPort{fakePort: newFakePort(c)}
	inner.timeout = 10 * time.Millisecond
	port := printer.PortFuncs{
		RW:        inner,
		Reset:     func() error { inner.resets++; return inner.fakePort.ResetInputBuffer() },
		IsTimeout: func(err error) bool { return errors.Is(err, errTimeout) },
	}
	p, err := printer.New(port, printer.Config{
		Now: c.Now, Sleep: (&recorder{clock: c}).Sleep, StatusTimeout: 50 * time.Millisecond, PollEvery: -1, Logger: quiet,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(context.Background(), standard(t, printer.Paper58)); err != nil {
		t.Fatalf("print through adapter: %v", err)
	}
	if inner.resets != 8 {
		t.Errorf("%d resets through the adapter, want 8", inner.resets)
	}
	inner.reply = func(byte) []byte { return nil }
	if _, err := p.Check(context.Background()); !errors.Is(err, printer.ErrNoReply) {
		t.Errorf("silent printer through adapter: %v, want no_reply (timeouts are not port errors)", err)
	}
	var nilReset printer.PortFuncs
	if err := nilReset.ResetInputBuffer(); err != nil {
		t.Errorf("nil reset: %v", err)
	}
}

func TestConfigValidation(t *testing.T) {
	port := newFakePort(newFakeClock())
	if _, err := printer.New(nil, printer.Config{Logger: quiet}); !errors.Is(err, printer.ErrInvalidConfig) {
		t.Errorf("nil port: %v", err)
	}
	for _, cfg := range []printer.Config{
		{Baud: 100}, {BufferSize: 2}, {StatusTimeout: time.Microsecond}, {ChunkGap: -1},
		{Layout: printer.Layout{Paper: 76}},
	} {
		if _, err := printer.New(port, cfg); !errors.Is(err, printer.ErrInvalidConfig) {
			t.Errorf("%+v: err = %v", cfg, err)
		}
	}
	p, err := printer.New(port, printer.Config{Layout: printer.Layout{Paper: printer.Paper80}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Layout().Paper != printer.Paper80 || p.NewReceipt().Columns() != 48 {
		t.Errorf("layout %+v", p.Layout())
	}
	if err := p.Print(context.Background(), nil); !errors.Is(err, printer.ErrLayout) {
		t.Errorf("nil receipt: %v", err)
	}
	if err := p.Watch(context.Background(), 0); !errors.Is(err, printer.ErrInvalidConfig) {
		t.Errorf("watch interval 0: %v", err)
	}
}

func TestWatchKeepsHealthCurrent(t *testing.T) {
	p, port, _, err := newFake(printer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	port.mu.Lock()
	port.setReplies(0x12, 0x12, 0x12, 0x1e)
	port.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Watch(ctx, time.Millisecond) }()
	deadline := time.Now().Add(5 * time.Second)
	for p.Health().Health != printer.HealthPaperNearEnd {
		if time.Now().After(deadline) {
			t.Fatal("watch never updated the health")
		}
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("watch returned %v", err)
	}
}

var _ io.ReadWriter = (*fakePort)(nil)
