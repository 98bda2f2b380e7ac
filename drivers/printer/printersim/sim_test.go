package printersim_test

import (
	"bytes"
	"context"
	"image/png"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/internal/fixture"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
)

var quiet = slog.New(slog.DiscardHandler)

type duplex struct {
	io.Reader
	io.Writer
}

// line is the host end of an in-memory serial line to a running Sim.
type line struct {
	w   *io.PipeWriter
	rx  chan byte
	sim *printersim.Sim
}

func startSim(t *testing.T, o printersim.Options) *line {
	t.Helper()
	if o.Logger == nil {
		o.Logger = quiet
	}
	sim, err := printersim.New(o)
	if err != nil {
		t.Fatal(err)
	}
	hostR, simW := io.Pipe()
	simR, hostW := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sim.Run(ctx, duplex{simR, simW}) }()
	l := &line{w: hostW, rx: make(chan byte, 4096), sim: sim}
	go func() {
		buf := make([]byte, 64)
		for {
			n, err := hostR.Read(buf)
			for _, b := range buf[:n] {
				l.rx <- b
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		hostW.Close()
		simW.Close()
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	return l
}

func (l *line) send(t *testing.T, b ...byte) {
	t.Helper()
	if _, err := l.w.Write(b); err != nil {
		t.Fatalf("write: %v", err)
	}
}

// reply waits up to d for one byte.
func (l *line) reply(d time.Duration) (byte, bool) {
	select {
	case b := <-l.rx:
		return b, true
	case <-time.After(d):
		return 0, false
	}
}

func (l *line) status(t *testing.T, n byte) byte {
	t.Helper()
	l.send(t, 0x10, 0x04, n)
	b, ok := l.reply(2 * time.Second)
	if !ok {
		t.Fatalf("no reply to DLE EOT %d", n)
	}
	return b
}

func waitPages(t testing.TB, sim *printersim.Sim, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := sim.WaitPages(ctx, n); err != nil {
		t.Fatal(err)
	}
}

func TestStatusReplies(t *testing.T) {
	l := startSim(t, printersim.Options{})
	cases := []struct {
		name   string
		state  printersim.State
		want   [4]byte
		health printer.Health
	}{
		{"ready", printersim.State{}, [4]byte{0x12, 0x12, 0x12, 0x12}, printer.HealthOK},
		{"drawer high", printersim.State{DrawerHigh: true}, [4]byte{0x16, 0x12, 0x12, 0x12}, printer.HealthOK},
		{"near end", printersim.State{Paper: printersim.PaperNearEnd}, [4]byte{0x12, 0x12, 0x12, 0x1e}, printer.HealthPaperNearEnd},
		{"paper out", printersim.State{Paper: printersim.PaperOut}, [4]byte{0x1a, 0x32, 0x12, 0x72}, printer.HealthPaperOut},
		{"cover open", printersim.State{CoverOpen: true}, [4]byte{0x1a, 0x16, 0x12, 0x12}, printer.HealthCoverOpen},
		{"cutter error", printersim.State{CutterError: true}, [4]byte{0x1a, 0x52, 0x1a, 0x12}, printer.HealthCutterError},
		{"offline", printersim.State{Offline: true}, [4]byte{0x1a, 0x12, 0x12, 0x12}, printer.HealthOffline},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l.sim.SetState(c.state)
			var st printer.Status
			for n := byte(1); n <= 4; n++ {
				got := l.status(t, n)
				if got != c.want[n-1] || got != c.state.StatusByte(n) {
					t.Errorf("DLE EOT %d = %#02x, want %#02x", n, got, c.want[n-1])
				}
				if err := st.Apply(printer.StatusQuery(n), got); err != nil {
					t.Fatalf("driver rejects the reply: %v", err)
				}
			}
			if st.Health() != c.health {
				t.Errorf("driver reads %v, want %v", st.Health(), c.health)
			}
		})
	}
	if (printersim.State{}).StatusByte(5) != 0 {
		t.Error("DLE EOT 5 answered")
	}
}

func TestStatusQuerySplitAcrossWrites(t *testing.T) {
	l := startSim(t, printersim.Options{})
	l.sim.SetPaper(printersim.PaperNearEnd)
	l.send(t, 'a', 0x10)
	l.send(t, 0x04)
	if _, ok := l.reply(20 * time.Millisecond); ok {
		t.Fatal("answered before the query was complete")
	}
	l.send(t, 0x04)
	if b, ok := l.reply(2 * time.Second); !ok || b != 0x1e {
		t.Fatalf("reply %#02x %v, want 0x1e", b, ok)
	}
}

func TestFaultInjection(t *testing.T) {
	l := startSim(t, printersim.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	l.sim.SetFault(printersim.FaultSilent)
	l.send(t, 0x10, 0x04, 0x01)
	if b, ok := l.reply(50 * time.Millisecond); ok {
		t.Errorf("silent printer replied %#02x", b)
	}
	l.send(t, []byte("still prints\n\x1dV\x01")...)
	if err := l.sim.WaitPages(ctx, 1); err != nil {
		t.Fatalf("silent printer did not print: %v", err)
	}

	l.sim.SetFault(printersim.FaultGarbage)
	l.send(t, 0x10, 0x04, 0x04)
	b, ok := l.reply(2 * time.Second)
	if !ok || printer.ValidStatusByte(b) {
		t.Errorf("garbage reply %#02x %v passes the fixed pattern", b, ok)
	}
	for len(l.rx) > 0 {
		<-l.rx
	}

	l.sim.SetFault(printersim.FaultNone)
	l.sim.SetBusy(true)
	go func() { _, _ = l.w.Write([]byte{0x10, 0x04, 0x01}) }()
	if b, ok := l.reply(50 * time.Millisecond); ok {
		t.Errorf("busy printer replied %#02x", b)
	}
	l.sim.SetBusy(false)
	if b, ok := l.reply(2 * time.Second); !ok || b != 0x12 {
		t.Errorf("after busy: %#02x %v", b, ok)
	}

	l.sim.SetReadDelay(time.Millisecond)
	before := l.sim.Received()
	l.send(t, bytes.Repeat([]byte{'x'}, 40)...)
	if b := l.status(t, 1); b != 0x12 {
		t.Errorf("slow reader: %#02x", b)
	}
	if got := l.sim.Received() - before; got != 43 {
		t.Errorf("received %d bytes, want 43", got)
	}
	l.sim.SetReadDelay(0)
}

func TestPaperRunsOutDuringJob(t *testing.T) {
	dir := t.TempDir()
	l := startSim(t, printersim.Options{OutDir: dir})
	r, err := fixture.Standard(printer.Layout{})
	if err != nil {
		t.Fatal(err)
	}
	l.sim.RunOutAfter(200)
	l.send(t, r.Data...)
	if b := l.status(t, 4); b != 0x72 {
		t.Errorf("paper status %#02x, want 0x72", b)
	}
	if b := l.status(t, 1); b != 0x1a {
		t.Errorf("printer status %#02x, want offline 0x1a", b)
	}
	waitPages(t, l.sim, 1)
	pages := l.sim.Pages()
	if len(pages) != 1 || !pages[0].Page.Partial || len(pages[0].Page.Raw) != 200 {
		t.Fatalf("pages %+v", pages)
	}
	if got := l.sim.Discarded(); got != len(r.Data)-200 {
		t.Errorf("discarded %d, want %d", got, len(r.Data)-200)
	}
	if _, err := os.Stat(filepath.Join(dir, "receipt-0001-partial.png")); err != nil {
		t.Errorf("partial picture: %v", err)
	}
	// paper refilled: the job prints in full
	l.sim.SetPaper(printersim.PaperOK)
	l.send(t, r.Data...)
	if b := l.status(t, 4); b != 0x12 {
		t.Errorf("paper status %#02x after refill", b)
	}
	waitPages(t, l.sim, 2)
	pages = l.sim.Pages()
	if len(pages) != 2 || pages[1].Page.Partial || !bytes.Equal(pages[1].Page.Raw, r.Data) {
		t.Fatalf("reprinted page: %d pages", len(pages))
	}
}

func TestCutterErrorKeepsPage(t *testing.T) {
	l := startSim(t, printersim.Options{})
	l.sim.SetCutterError(true)
	l.send(t, []byte("a\n\x1dV\x01")...)
	if b := l.status(t, 3); b != 0x1a {
		t.Errorf("error status %#02x, want cutter error 0x1a", b)
	}
	if n := len(l.sim.Pages()); n != 0 {
		t.Errorf("%d pages cut with a jammed cutter", n)
	}
}

func TestPagesWrittenToOutDir(t *testing.T) {
	dir := t.TempDir()
	l := startSim(t, printersim.Options{OutDir: dir, Paper: printer.Paper80, KeepPages: 1})
	job := []byte("\x1b@hello\n\x1bd\x02\x1dV\x00")
	l.send(t, job...)
	l.send(t, job...)
	if b := l.status(t, 1); b != 0x12 {
		t.Fatalf("status %#02x", b)
	}
	waitPages(t, l.sim, 2)
	pages := l.sim.Pages()
	if len(pages) != 1 || pages[0].Seq != 2 {
		t.Fatalf("kept pages %+v, want only the second", pages)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "receipt-0002.bin"))
	if err != nil || !bytes.Equal(raw, job) {
		t.Errorf("bin % x (%v), want % x", raw, err, job)
	}
	f, err := os.Open(pages[0].PNGPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w != 576 || h != 3*30 {
		t.Errorf("picture %d×%d, want 576×90", w, h)
	}
}

func TestTransmitStatus(t *testing.T) {
	l := startSim(t, printersim.Options{})
	l.sim.SetPaper(printersim.PaperNearEnd)
	l.send(t, 0x1d, 0x72, 0x01)
	if b, ok := l.reply(2 * time.Second); !ok || b != 0x03 {
		t.Errorf("GS r 1 = %#02x %v, want 0x03", b, ok)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	if _, err := printersim.New(printersim.Options{Paper: 76}); err == nil {
		t.Error("paper 76 accepted")
	}
	if _, err := printersim.New(printersim.Options{Font: []byte("not a font")}); err == nil {
		t.Error("bad font accepted")
	}
}
