package ui

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/wire"
)

var (
	landscape = fyne.NewSize(1920, 1080)
	portrait  = fyne.NewSize(1080, 1920)
)

// testCatalog has two departments (one with enough items for three pages),
// and every text in three languages, like the hall's.
func testCatalog() wire.Catalog {
	tx := func(hans, hant, en string) wire.Text {
		return wire.Text{wire.LangZhHans: hans, wire.LangZhHant: hant, wire.LangEn: en}
	}
	c := wire.Catalog{
		Departments: []wire.Department{
			{ID: "MZ", Name: tx("区民政局", "區民政局", "Civil Affairs Bureau")},
			{ID: "SCJG", Name: tx("区市场监督管理局", "區市場監督管理局", "Market Regulation Bureau")},
		},
		LifeEvents: []wire.LifeEvent{
			{ID: "marriage", Name: tx("婚姻家庭", "婚姻家庭登記", "Marriage and family")},
			{ID: "business", Name: tx("开办企业", "開辦企業", "Starting a business")},
		},
	}
	c.Items = append(c.Items, wire.CatalogItem{
		ID: "SD-MZ-0001", Name: tx("结婚登记", "結婚登記", "Marriage registration"), DepartmentID: "MZ",
		LifeEventIDs: []string{"marriage"}, TimeLimitDays: 1, PromisedDays: 0, Online: false,
		Delivery: []string{wire.DeliveryStation},
		Materials: []wire.Material{
			{Name: tx("居民身份证", "居民身份證", "Resident ID card"), Original: true},
			{Name: tx("户口簿", "戶口簿", "Household register"), Original: true, Copies: 1},
			{Name: tx("近期半身免冠合影照片", "近期半身免冠合影照片（兩張）", "Recent joint photos"), Copies: 2},
		},
		LegalBasis: tx("《婚姻登记条例》第五条", "《婚姻登記條例》第五條", "Marriage Registration Regulations, Art. 5"),
	})
	for i := 1; i <= 17; i++ {
		c.Items = append(c.Items, wire.CatalogItem{
			ID: fmt.Sprintf("SD-SCJG-%04d", i), Name: tx(fmt.Sprintf("个体工商户登记%d号", i), fmt.Sprintf("個體工商戶登記%d號", i), fmt.Sprintf("Sole trader registration no. %d", i)),
			DepartmentID: "SCJG", LifeEventIDs: []string{"business"}, FeeFen: 1000, TimeLimitDays: 15, PromisedDays: 3, Online: true,
			Delivery:   []string{wire.DeliveryStation, wire.DeliveryPost, wire.DeliveryOnline},
			Materials:  []wire.Material{{Name: tx("营业执照", "營業執照", "Business licence"), Copies: 1}},
			LegalBasis: tx("《市场主体登记管理条例》", "《市場主體登記管理條例》", "Market Entity Registration Regulations"),
		})
	}
	return c
}

// fake stands in for the rest of the terminal.
type fake struct {
	now      time.Time
	catalog  wire.Catalog
	info     datasets.CatalogInfo
	status   datasets.Status
	syncErr  error
	syncs    int
	quits    int
	devices  []Device
	hasClock bool
}

func newFake() *fake {
	now := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	cat := testCatalog()
	return &fake{
		now:     now,
		catalog: cat,
		info:    datasets.CatalogInfo{Present: true, Revision: 3, CheckedAt: now.Add(-5 * time.Minute), Items: len(cat.Items)},
		status:  datasets.Status{Network: datasets.NetworkOnline, LastContact: now.Add(-5 * time.Minute)},
	}
}

func (f *fake) deps() Deps {
	return Deps{
		Catalog:     func() (wire.Catalog, datasets.CatalogInfo) { return f.catalog, f.info },
		SyncStatus:  func() datasets.Status { return f.status },
		SyncNow:     func(context.Context) error { f.syncs++; return f.syncErr },
		ClockOffset: func() (time.Duration, bool) { return 3 * time.Second, f.hasClock },
		Devices:     func() []Device { return f.devices },
		Now:         func() time.Time { return f.now },
		Quit:        func() { f.quits++ },
		Version:     "test",
		Go:          func(fn func()) { fn() },
	}
}

func testConfig() config.Config {
	cfg := config.Default()
	cfg.Station = config.Station{ID: "ST-DL-001", Name: "大良金榜社区服务站", TerminalID: "T-1", Hotline: "22838180"}
	cfg.Session.IdleTimeout.Duration = 60 * time.Second
	cfg.Session.Warning.Duration = 20 * time.Second
	return cfg
}

var translations *i18n.Catalog

func catalogOrDie(t testing.TB) *i18n.Catalog {
	if translations == nil {
		c, err := i18n.Load(assets.Translations())
		if err != nil {
			t.Fatal(err)
		}
		translations = c
	}
	return translations
}

// newTestUI starts a UI in a test window of the given size with the kiosk
// theme and its bundled font.
func newTestUI(t *testing.T, size fyne.Size, cfg config.Config, f *fake) (*UI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	test.ApplyTheme(t, theme.New(false))
	w := test.NewTempWindow(t, nil)
	w.Resize(size)
	u := New(a, w, cfg, catalogOrDie(t), f.deps())
	return u, w
}

// texts returns every visible text in the window, overlays included.
func texts(w fyne.Window) []string {
	var out []string
	objs := []fyne.CanvasObject{w.Canvas().Content()}
	objs = append(objs, w.Canvas().Overlays().List()...)
	for _, root := range objs {
		for _, o := range test.LaidOutObjects(root) {
			if !o.Visible() {
				continue
			}
			if t, ok := o.(*canvas.Text); ok && strings.TrimSpace(t.Text) != "" {
				out = append(out, t.Text)
			}
		}
	}
	return out
}

func hasText(w fyne.Window, s string) bool {
	for _, t := range texts(w) {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// tapText taps the screen where text s is shown, as a finger would: the
// tap goes to whatever tappable object is under it.
func tapText(t *testing.T, w fyne.Window, s string) {
	t.Helper()
	// A button's own text: tap the button (the driver cannot place text
	// inside a button's renderer).
	for _, b := range buttons(w) {
		if b.Text != "" && strings.Contains(b.Text, s) {
			test.Tap(b)
			return
		}
	}
	roots := append([]fyne.CanvasObject{}, w.Canvas().Overlays().List()...)
	roots = append(roots, w.Canvas().Content())
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			txt, ok := o.(*canvas.Text)
			if !ok || !o.Visible() || !strings.Contains(txt.Text, s) {
				continue
			}
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
			test.TapCanvas(w.Canvas(), pos.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2)))
			return
		}
	}
	t.Fatalf("no text %q on screen; screen shows %q", s, texts(w))
}

// buttons returns every visible button.
func buttons(w fyne.Window) []*widget.Button {
	var out []*widget.Button
	roots := append([]fyne.CanvasObject{w.Canvas().Content()}, w.Canvas().Overlays().List()...)
	for _, root := range roots {
		for _, o := range test.LaidOutObjects(root) {
			if b, ok := o.(*widget.Button); ok && b.Visible() {
				out = append(out, b)
			}
		}
	}
	return out
}

func button(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	for _, b := range buttons(w) {
		if strings.Contains(b.Text, text) {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func tapButton(b *widget.Button) { test.Tap(b) }

func buttonsOf(u *UI) []*widget.Button { return buttons(u.win) }
