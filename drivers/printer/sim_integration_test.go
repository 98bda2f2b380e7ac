package printer_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"go.bug.st/serial"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/internal/fixture"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
)

// rig is a driver talking to a simulator over a pseudo-terminal: the
// simulator on the master side, go.bug.st/serial on the tty side.
type rig struct {
	sim  *printersim.Sim
	prn  *printer.Printer
	port serial.Port
}

func newRig(t testing.TB, cfg printer.Config, so printersim.Options) *rig {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatalf("open pty: %v", err)
	}
	// creack/pty hands out the master in blocking mode, where Close does
	// not interrupt a Read; a non-blocking duplicate goes through the
	// poller, so the simulator's read deadline stops it cleanly.
	fd, err := syscall.Dup(int(ptmx.Fd()))
	if err != nil {
		t.Fatalf("dup pty master: %v", err)
	}
	if err := syscall.SetNonblock(fd, true); err != nil {
		t.Fatalf("set pty master non-blocking: %v", err)
	}
	master := os.NewFile(uintptr(fd), ptmx.Name())
	if err := ptmx.Close(); err != nil {
		t.Fatalf("close blocking master: %v", err)
	}
	port, err := serial.Open(tty.Name(), &serial.Mode{BaudRate: max(cfg.Baud, 9600)})
	if err != nil {
		t.Fatalf("open %s: %v", tty.Name(), err)
	}
	if err := tty.Close(); err != nil {
		t.Fatalf("close tty: %v", err)
	}
	if so.Logger == nil {
		so.Logger = quiet
	}
	sim, err := printersim.New(so)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sim.Run(ctx, master) }()
	if cfg.Logger == nil {
		cfg.Logger = quiet
	}
	prn, err := printer.New(port, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("simulator: %v", err)
		}
		if err := port.Close(); err != nil {
			t.Errorf("close port: %v", err)
		}
		if err := master.Close(); err != nil {
			t.Errorf("close master: %v", err)
		}
	})
	return &rig{sim: sim, prn: prn, port: port}
}

func waitPages(t testing.TB, sim *printersim.Sim, n int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := sim.WaitPages(ctx, n); err != nil {
		t.Fatal(err)
	}
}

// fast is a driver configuration for tests: 115200 baud, short timeouts.
var fast = printer.Config{Baud: 115200, StatusTimeout: time.Second}

func TestPrintOnSimulator(t *testing.T) {
	for _, paper := range []printer.Paper{printer.Paper58, printer.Paper80} {
		cfg := fast
		cfg.Layout.Paper = paper
		r := newRig(t, cfg, printersim.Options{Paper: paper, OutDir: t.TempDir()})
		rec := standard(t, paper)
		if err := r.prn.Print(context.Background(), rec); err != nil {
			t.Fatalf("print: %v", err)
		}
		waitPages(t, r.sim, 1)
		pages := r.sim.Pages()
		if len(pages) != 1 {
			t.Fatalf("%d pages", len(pages))
		}
		pg := pages[0].Page
		if string(pg.Raw) != string(rec.Data) {
			t.Errorf("simulator received %d bytes, receipt has %d", len(pg.Raw), len(rec.Data))
		}
		text := strings.ReplaceAll(pg.Text(), "\n", "")
		for _, want := range []string{fixture.Station, fixture.Body, fixture.ScanHint, "[QR " + fixture.TrackingURL + "]", fixture.Hotline, "受理编号"} {
			if !strings.Contains(text, want) {
				t.Errorf("%d mm: paper lacks %q:\n%s", paper, want, pg.Text())
			}
		}
		if pages[0].Image.Rect.Dx() != paper.Dots() {
			t.Errorf("picture %d dots wide, want %d", pages[0].Image.Rect.Dx(), paper.Dots())
		}
		if _, err := os.Stat(pages[0].PNGPath); err != nil {
			t.Errorf("picture not written: %v", err)
		}
		if h := r.prn.Health(); h.Health != printer.HealthOK || !h.LastJob.OK {
			t.Errorf("health %+v", h)
		}
	}
}

func TestPaperRunsOutMidReceipt(t *testing.T) {
	r := newRig(t, fast, printersim.Options{})
	rec := standard(t, printer.Paper58)
	r.sim.RunOutAfter(200)
	err := r.prn.Print(context.Background(), rec)
	var je *printer.JobError
	if !errors.As(err, &je) {
		t.Fatalf("err = %v, want a failed job", err)
	}
	if je.ReceiptID != fixture.ReceiptID || !errors.Is(err, printer.ErrPaperOut) || printer.Code(err) != "paper_out" {
		t.Errorf("job error %v (code %q)", err, printer.Code(err))
	}
	if je.Stage == printer.StageBefore || je.Sent <= 200 {
		t.Errorf("stage %s after %d bytes: the paper ran out at 200", je.Stage, je.Sent)
	}
	h := r.prn.Health()
	if h.Health != printer.HealthPaperOut || h.Fault != printer.FaultPaperOut || h.LastJob.OK || h.LastJob.ReceiptID != fixture.ReceiptID {
		t.Errorf("health %+v", h)
	}
	waitPages(t, r.sim, 1)
	pages := r.sim.Pages()
	if len(pages) != 1 || !pages[0].Page.Partial {
		t.Fatalf("simulator pages %+v, want one partial", pages)
	}

	// staff refill the paper and reprint
	r.sim.SetPaper(printersim.PaperOK)
	if err := r.prn.Reprint(context.Background()); err != nil {
		t.Fatalf("reprint: %v", err)
	}
	waitPages(t, r.sim, 2)
	pages = r.sim.Pages()
	if len(pages) != 2 || pages[1].Page.Partial || string(pages[1].Page.Raw) != string(rec.Data) {
		t.Fatalf("after reprint: %d pages", len(pages))
	}
	if r.prn.Health().Health != printer.HealthOK {
		t.Errorf("health %v after refill", r.prn.Health().Health)
	}
}

func TestHealthFromSimulator(t *testing.T) {
	r := newRig(t, fast, printersim.Options{})
	cases := []struct {
		state printersim.State
		want  printer.Health
	}{
		{printersim.State{}, printer.HealthOK},
		{printersim.State{Paper: printersim.PaperNearEnd}, printer.HealthPaperNearEnd},
		{printersim.State{Paper: printersim.PaperOut}, printer.HealthPaperOut},
		{printersim.State{CoverOpen: true}, printer.HealthCoverOpen},
		{printersim.State{CutterError: true}, printer.HealthCutterError},
		{printersim.State{Offline: true}, printer.HealthOffline},
		{printersim.State{CoverOpen: true, Paper: printersim.PaperOut}, printer.HealthCoverOpen},
	}
	for _, c := range cases {
		r.sim.SetState(c.state)
		st, err := r.prn.Check(context.Background())
		if err != nil {
			t.Fatalf("%+v: %v", c.state, err)
		}
		if st.Health() != c.want || r.prn.Health().Health != c.want {
			t.Errorf("%+v: health %v, want %v", c.state, st.Health(), c.want)
		}
	}
}

func TestCutterJamsDuringReceipt(t *testing.T) {
	r := newRig(t, fast, printersim.Options{})
	r.sim.JamNextCut()
	rec := standard(t, printer.Paper58)
	err := r.prn.Print(context.Background(), rec)
	var je *printer.JobError
	if !errors.As(err, &je) || je.Stage != printer.StageAfter || je.Sent != len(rec.Data) || !errors.Is(err, printer.ErrCutterError) {
		t.Fatalf("err = %v, want cutter error found after sending", err)
	}
	if h := r.prn.Health(); h.Health != printer.HealthCutterError || printer.Code(err) != "cutter_error" {
		t.Errorf("health %v, code %q", h.Health, printer.Code(err))
	}
	if n := len(r.sim.Pages()); n != 0 {
		t.Errorf("%d pages cut by a jammed cutter", n)
	}
}

func TestLineFaultsOnSimulator(t *testing.T) {
	r := newRig(t, printer.Config{Baud: 115200, StatusTimeout: 60 * time.Millisecond}, printersim.Options{})
	ctx := context.Background()

	r.sim.SetFault(printersim.FaultSilent)
	if _, err := r.prn.Check(ctx); !errors.Is(err, printer.ErrNoReply) {
		t.Errorf("silent: %v", err)
	}
	if h := r.prn.Health(); h.Health != printer.HealthAbsent || h.Fault != printer.FaultNoReply {
		t.Errorf("silent: health %v/%s", h.Health, h.Fault)
	}

	r.sim.SetFault(printersim.FaultGarbage)
	if _, err := r.prn.Check(ctx); !errors.Is(err, printer.ErrBadReply) {
		t.Errorf("garbage: %v", err)
	}
	r.sim.SetFault(printersim.FaultNone)

	// busy: queries go unanswered; once it reads again its late answers
	// must not be taken for the next check's
	r.sim.SetPaper(printersim.PaperNearEnd)
	r.sim.SetBusy(true)
	if _, err := r.prn.Check(ctx); !errors.Is(err, printer.ErrNoReply) {
		t.Errorf("busy: %v", err)
	}
	r.sim.SetBusy(false)
	st, err := r.prn.Check(ctx)
	if err != nil {
		t.Fatalf("after busy: %v", err)
	}
	if st.Health() != printer.HealthPaperNearEnd || st.Raw != [4]byte{0x12, 0x12, 0x12, 0x1e} {
		t.Errorf("after busy: health %v raw % x: a late reply was mixed in", st.Health(), st.Raw)
	}

	// slow reading: still prints
	r.sim.SetPaper(printersim.PaperOK)
	r.sim.SetReadDelay(time.Millisecond)
	if err := r.prn.Print(ctx, standard(t, printer.Paper58)); err != nil {
		t.Errorf("slow reader: %v", err)
	}
}
