package devices

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/kiosk/ui"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

type rig struct {
	t      *testing.T
	sim    *idcardsim.Simulator
	dev    *idcard.Device
	events chan idcard.Event
	u      *ui.UI
	w      fyne.Window
	now    time.Time
}

// newRig puts the ID-card simulator on a pseudo-terminal, the real driver
// on the other end, and the kiosk UI (kiosk theme, bundled font) on top.
func newRig(t *testing.T) *rig {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	sim, err := idcardsim.New(idcardsim.Config{Link: filepath.Join(t.TempDir(), "reader")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	dev, err := idcard.Open(idcard.Config{Serial: serialport.Config{Path: sim.Path()}, Poll: idcard.PollerConfig{Interval: 5 * time.Millisecond}}, idcard.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dev.Close() })
	events := make(chan idcard.Event, 8)
	go dev.Run(ctx, events)

	a := test.NewTempApp(t)
	test.ApplyTheme(t, theme.New(false))
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1920, 1080))
	tr, err := i18n.Load(assets.Translations())
	if err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Station.Name = "大良金榜社区服务站"
	r := &rig{t: t, sim: sim, dev: dev, events: events, w: w, now: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	r.u = ui.New(a, w, cfg, tr, ui.Deps{
		Now:     func() time.Time { return r.now },
		Devices: func() []ui.Device { return []ui.Device{Health("device.idcard", dev.Health())} },
		Go:      func(f func()) { f() },
		Log:     quiet,
	})
	return r
}

// next waits for the reader's next event and applies it to the UI, as the
// kiosk's forwarding loop does.
func (r *rig) next(kind idcard.EventKind) {
	r.t.Helper()
	select {
	case ev := <-r.events:
		if ev.Kind != kind {
			r.t.Fatalf("event %v (%v), want %v", ev.Kind, ev.Err, kind)
		}
		HandleIDCard(ev, r.u, r.now)
	case <-time.After(10 * time.Second):
		r.t.Fatalf("no %v event", kind)
	}
}

func (r *rig) texts() []string {
	var out []string
	roots := append([]fyne.CanvasObject{r.w.Canvas().Content()}, r.w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if t, ok := o.(*canvas.Text); ok && o.Visible() && strings.TrimSpace(t.Text) != "" {
				out = append(out, t.Text)
			}
		}
	}
	return out
}

func (r *rig) has(s string) bool {
	for _, t := range r.texts() {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

func (r *rig) tap(s string) {
	r.t.Helper()
	roots := append([]fyne.CanvasObject{r.w.Canvas().Content()}, r.w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if b, ok := o.(*widget.Button); ok && b.Visible() && b.Text != "" && strings.Contains(b.Text, s) {
				test.Tap(b)
				return
			}
		}
	}
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if t, ok := o.(*canvas.Text); ok && o.Visible() && strings.Contains(t.Text, s) {
				pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
				test.TapCanvas(r.w.Canvas(), pos.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2)))
				return
			}
		}
	}
	r.t.Fatalf("nothing to tap with %q: %q", s, r.texts())
}

func TestIDStepWithSimulatedReader(t *testing.T) {
	r := newRig(t)
	r.tap("请触摸屏幕开始")
	r.tap("刷身份证登录")
	if !r.has("请将身份证放在感应区") || !r.has("正在等待身份证") {
		t.Fatalf("ID step: %q", r.texts())
	}
	if !r.has("● 读卡器 正常") {
		t.Errorf("reader health not in the status bar: %q", r.texts())
	}
	// Nobody places a card: the step times out and offers retry.
	r.now = r.now.Add(31 * time.Second)
	r.u.Tick()
	if !r.has("没有检测到身份证") {
		t.Fatalf("no timeout message: %q", r.texts())
	}
	r.tap("重试")
	if !r.has("正在等待身份证") {
		t.Fatal("retry did not wait again")
	}

	// The resident places their card: confirmed, masked.
	cards := r.sim.Cards()
	if err := r.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	r.next(idcard.EventCardPlaced)
	full := cards[0].Number
	masked := idcard.MaskNumber(full)
	if !r.has("已确认您的身份") || !r.has("您好，区*") || !r.has(masked) || !r.has("居民身份证") {
		t.Fatalf("confirmation: %q", r.texts())
	}
	for _, s := range r.texts() {
		if strings.Contains(s, full) || strings.Contains(s, cards[0].Name) {
			t.Errorf("unmasked data on screen: %q", s)
		}
	}
	r.tap("继续")
	if !r.has("您好，区*") || !r.has("（"+masked+"）") {
		t.Fatalf("home does not show who is signed in: %q", r.texts())
	}
	r.sim.Remove()
	r.next(idcard.EventCardRemoved)

	// A different card ends this session and starts the next person's.
	if err := r.sim.Place(1); err != nil {
		t.Fatal(err)
	}
	r.next(idcard.EventCardPlaced)
	if r.has("区*") || !r.has("港澳台居民居住证") || !r.has("陈*") {
		t.Fatalf("second card: %q", r.texts())
	}
	if r.u.Phase().String() != "active" {
		t.Errorf("phase %v", r.u.Phase())
	}
	r.tap("结束办理")
	if r.has("陈*") || !r.has("请触摸屏幕开始") {
		t.Fatalf("finish left the person on screen: %q", r.texts())
	}
}

func TestIDStepFaultsInPlainWords(t *testing.T) {
	r := newRig(t)
	r.tap("请触摸屏幕开始")
	r.tap("English")
	r.tap("Sign in with your ID card")

	r.sim.Inject(idcardsim.FaultReadFail, 100)
	r.sim.Place(0)
	r.next(idcard.EventFault)
	if !r.has("The card could not be read") || !r.has("Retry") {
		t.Fatalf("read failure: %q", r.texts())
	}
	r.sim.ClearFaults()
	r.sim.Remove()
	r.tap("Retry")

	// Unplugging the reader is a reader fault, and the bar says so.
	r.sim.Unplug()
	deadline := time.Now().Add(5 * time.Second)
	for r.dev.Health().OK() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	r.u.Tick()
	if !r.has("Card reader") || r.has("● Card reader OK") {
		t.Errorf("reader health after unplug: %q", r.texts())
	}
	HandleIDCard(idcard.Event{Kind: idcard.EventFault, Err: serialport.ErrDisconnected}, r.u, r.now)
	if !r.has("The card reader is not working right now") {
		t.Errorf("reader down: %q", r.texts())
	}
}

func TestFaultClassification(t *testing.T) {
	cases := map[error]ui.CardFault{
		idcard.ErrInvalidIDNumber:  ui.FaultInvalidNumber,
		idcard.ErrUnknownCardType:  ui.FaultUnknownCard,
		idcard.ErrNoResponse:       ui.FaultReaderDown,
		serialport.ErrDisconnected: ui.FaultReaderDown,
		idcard.ErrChecksum:         ui.FaultReadFailed,
	}
	for err, want := range cases {
		if got := FaultOf(err); got != want {
			t.Errorf("FaultOf(%v) = %v, want %v", err, got, want)
		}
	}
}
