package serialport_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.bug.st/serial"
	"go.bug.st/serial/enumerator"

	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

var quiet = slog.New(slog.DiscardHandler)

func newLine(t *testing.T) *serialtest.Line {
	t.Helper()
	l, err := serialtest.NewLine(filepath.Join(t.TempDir(), "ttyV0"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = l.Close() })
	return l
}

func open(t *testing.T, cfg serialport.Config, opts ...serialport.Option) *serialport.Port {
	t.Helper()
	p, err := serialport.Open(cfg, append([]serialport.Option{serialport.WithLogger(quiet)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// readFull reads n bytes from r, tolerating read timeouts.
func readFull(t *testing.T, r io.Reader, n int) []byte {
	t.Helper()
	buf := make([]byte, 0, n)
	tmp := make([]byte, n)
	deadline := time.Now().Add(3 * time.Second)
	for len(buf) < n && time.Now().Before(deadline) {
		k, err := r.Read(tmp[:n-len(buf)])
		buf = append(buf, tmp[:k]...)
		if err != nil && !errors.Is(err, serialport.ErrTimeout) {
			t.Fatalf("read: %v", err)
		}
	}
	return buf
}

func TestPortTalksBothWaysAndTimesOut(t *testing.T) {
	line := newLine(t)
	p := open(t, serialport.Config{Path: line.Path(), Baud: 115200, ReadTimeout: 20 * time.Millisecond})
	if h := p.Health(); h.State != serialport.StateOK {
		t.Fatalf("health after open = %v", h)
	}
	if p.Node() != line.TTY() {
		t.Errorf("Node() = %q, want the link target %q", p.Node(), line.TTY())
	}

	if _, err := p.Write([]byte{0xAA, 0x96, 0x69}); err != nil {
		t.Fatal(err)
	}
	if got := readFull(t, line, 3); string(got) != "\xAA\x96\x69" {
		t.Errorf("device got % X", got)
	}
	if _, err := line.Write([]byte("\x00\r\n\x11\x13")); err != nil {
		t.Fatal(err)
	}
	if got := readFull(t, p, 5); string(got) != "\x00\r\n\x11\x13" {
		t.Errorf("host got % X: the line is not raw", got)
	}

	_, err := p.Read(make([]byte, 8))
	if !errors.Is(err, serialport.ErrTimeout) || !serialport.Temporary(err) {
		t.Errorf("silent read = %v, want a temporary ErrTimeout", err)
	}
	if err := p.ResetInput(); err != nil {
		t.Errorf("ResetInput: %v", err)
	}
}

func TestPortReconnectsAfterUnplugWithBackoff(t *testing.T) {
	ctx := testCtx(t)
	line := newLine(t)
	clock := serialtest.NewManualClock()
	p := open(t, serialport.Config{Path: line.Path(), Baud: 115200, ReadTimeout: 20 * time.Millisecond,
		ReconnectMin: 100 * time.Millisecond, ReconnectMax: 300 * time.Millisecond}, serialport.WithClock(clock))

	if err := line.Unplug(); err != nil {
		t.Fatal(err)
	}
	_, err := p.Read(make([]byte, 8))
	if !errors.Is(err, serialport.ErrDisconnected) || !serialport.Temporary(err) {
		t.Fatalf("read after unplug = %v, want ErrDisconnected", err)
	}
	if h, err := serialtest.WaitHealth(ctx, p, serialtest.InState(serialport.StateReconnecting)); err != nil {
		t.Fatal(err)
	} else if !strings.Contains(h.Reason, "read") {
		t.Errorf("reconnecting reason %q does not say what failed", h.Reason)
	}
	if _, err := p.Write([]byte{1}); !errors.Is(err, serialport.ErrDisconnected) {
		t.Errorf("write while away = %v, want ErrDisconnected", err)
	}

	// Three attempts find nothing; the waits double up to the cap.
	for i := 1; i <= 3; i++ {
		if _, err := clock.Step(ctx); err != nil {
			t.Fatal(err)
		}
		h, err := serialtest.WaitHealth(ctx, p, func(h serialport.Health) bool { return h.Attempts == i })
		if err != nil {
			t.Fatal(err)
		}
		if h.State != serialport.StateAbsent || !errors.Is(h.Err, serialport.ErrNotFound) {
			t.Fatalf("attempt %d: health %v (err %v), want absent/ErrNotFound", i, h, h.Err)
		}
	}

	if err := line.Replug(); err != nil {
		t.Fatal(err)
	}
	if _, err := clock.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, p, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{100, 200, 300, 300}
	got := clock.Asked()
	if len(got) != len(want) {
		t.Fatalf("backoff waits %v, want %v ms", got, want)
	}
	for i := range want {
		if got[i] != want[i]*time.Millisecond {
			t.Errorf("wait %d = %v, want %v", i, got[i], want[i]*time.Millisecond)
		}
	}

	// The new terminal works.
	if _, err := line.Write([]byte("back")); err != nil {
		t.Fatal(err)
	}
	if got := readFull(t, p, 4); string(got) != "back" {
		t.Errorf("after replug read %q", got)
	}
	if p.Node() != line.TTY() {
		t.Errorf("Node() = %q, want the new terminal %q", p.Node(), line.TTY())
	}
}

func TestPortStartsAbsentAndConnectsWhenDeviceAppears(t *testing.T) {
	ctx := testCtx(t)
	link := filepath.Join(t.TempDir(), "by-id-reader")
	clock := serialtest.NewManualClock()
	p := open(t, serialport.Config{Path: link, Baud: 9600}, serialport.WithClock(clock))
	if h := p.Health(); h.State != serialport.StateAbsent || h.Attempts != 1 {
		t.Fatalf("health = %+v, want absent after one attempt", h)
	}
	if _, err := p.Read(make([]byte, 1)); !errors.Is(err, serialport.ErrDisconnected) {
		t.Errorf("read of absent device = %v", err)
	}

	line, err := serialtest.NewLine(link)
	if err != nil {
		t.Fatal(err)
	}
	defer line.Close()
	if _, err := clock.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, p, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
}

func TestPortFindsDeviceByVIDPID(t *testing.T) {
	ctx := testCtx(t)
	line := newLine(t)
	present := true
	enum := func() ([]*enumerator.PortDetails, error) {
		ports := []*enumerator.PortDetails{
			{Name: "/dev/ttyS0"},
			{Name: "/dev/ttyUSB7", IsUSB: true, VID: "0403", PID: "6001"},
		}
		if present {
			ports = append(ports, &enumerator.PortDetails{Name: line.TTY(), IsUSB: true, VID: "1A86", PID: "7523", SerialNumber: "RDR1"})
		}
		return ports, nil
	}
	clock := serialtest.NewManualClock()
	p := open(t, serialport.Config{VID: "1a86", PID: "7523", SerialNumber: "RDR1", Baud: 115200},
		serialport.WithEnumerator(enum), serialport.WithClock(clock))
	if !p.Health().OK() || p.Node() != line.TTY() {
		t.Fatalf("health %v node %q, want ok on %s", p.Health(), p.Node(), line.TTY())
	}

	present = false
	if err := line.Unplug(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Read(make([]byte, 1)); !errors.Is(err, serialport.ErrDisconnected) {
		t.Fatalf("read after unplug = %v", err)
	}
	if _, err := clock.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, p, serialtest.InState(serialport.StateAbsent)); err != nil {
		t.Fatal(err)
	}
}

func TestPortReportsOpenErrorsWithReason(t *testing.T) {
	line := newLine(t)
	busy := func(string, *serial.Mode) (serial.Port, error) {
		return nil, &serial.PortError{}
	}
	p := open(t, serialport.Config{Path: line.Path(), Baud: 115200}, serialport.WithOpener(busy),
		serialport.WithClock(serialtest.NewManualClock()))
	h := p.Health()
	if h.State != serialport.StateError || h.Reason == "" || h.Err == nil {
		t.Errorf("health = %+v, want error with a reason", h)
	}
}

func TestPortDeviceErrorsShowInHealth(t *testing.T) {
	ctx := testCtx(t)
	line := newLine(t)
	p := open(t, serialport.Config{Path: line.Path(), Baud: 115200})
	fault := errors.New("reader does not answer")
	p.ReportDeviceError(fault)
	h, err := serialtest.WaitHealth(ctx, p, serialtest.InState(serialport.StateError))
	if err != nil {
		t.Fatal(err)
	}
	if h.Reason != fault.Error() || !errors.Is(h.Err, fault) {
		t.Errorf("health = %+v", h)
	}
	p.ReportDeviceError(nil)
	if _, err := serialtest.WaitHealth(ctx, p, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}

	b, err := json.Marshal(p.Health())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"state":"ok"`) {
		t.Errorf("health JSON %s lacks the state name", b)
	}
}

func TestPortCloseUnblocksReaderAndSubscribers(t *testing.T) {
	line := newLine(t)
	p, err := serialport.Open(serialport.Config{Path: line.Path(), Baud: 115200, ReadTimeout: time.Minute}, serialport.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	updates, cancel := p.Subscribe()
	defer cancel()
	<-updates // current state

	done := make(chan error, 1)
	go func() {
		_, err := p.Read(make([]byte, 1))
		done <- err
	}()
	time.Sleep(10 * time.Millisecond) // let the reader block; the test passes either way
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if !errors.Is(err, serialport.ErrClosed) || serialport.Temporary(err) {
			t.Errorf("read = %v, want ErrClosed", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("Close did not unblock Read")
	}
	for range updates {
	}
	if _, err := p.Write([]byte{1}); !errors.Is(err, serialport.ErrClosed) {
		t.Errorf("write after close = %v", err)
	}
}

func TestOpenRejectsInvalidConfig(t *testing.T) {
	_, err := serialport.Open(serialport.Config{Path: "/dev/null"})
	var fe *serialport.FieldError
	if !errors.As(err, &fe) || fe.Field != "baud" {
		t.Errorf("Open = %v, want a baud FieldError", err)
	}
}
