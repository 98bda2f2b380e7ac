// Package ui is the kiosk's touch interface: the attract screen, the home
// screen with a tile for each service that is built, the approval catalog,
// the idle warning and the staff screens.
//
// The UI knows the rest of the terminal only through Deps, so every screen
// runs against fakes in tests and in `make screenshots`. Screens are built
// from state on every change (a language switch rebuilds the current screen
// in the new language); the bars and the countdown are updated in place by
// Tick once a second.
package ui

import (
	"context"
	"log/slog"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/session"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// DeviceState is the health of one device as the status bar shows it.
type DeviceState int

const (
	DeviceOK DeviceState = iota
	DeviceWarn
	DeviceDown
)

// Device is one peripheral's health for the status bar and staff screen.
type Device struct {
	NameKey   string      // i18n message ID of the device's name
	State     DeviceState //
	Detail    string      // technical reason, for staff
	DetailKey string      // i18n message ID of the reason in plain words ("printer.paper_out"); may be empty
}

// Deps is everything the UI needs from the rest of the terminal.
type Deps struct {
	Catalog     func() (wire.Catalog, datasets.CatalogInfo)
	SyncStatus  func() datasets.Status
	SyncNow     func(ctx context.Context) error
	ClockOffset func() (time.Duration, bool)
	Devices     func() []Device
	Now         func() time.Time
	Quit        func()
	Datasets    func(name string) datasets.DatasetInfo // age of each local dataset (staff screen)
	Outbox      Outbox                                 // nil: no outbox (tests that do not need it)
	Enrolment   func() (bool, error)                   // whether the terminal is enrolled, and why not
	Count       func(name string)                      // usage counter (no personal data); may be nil
	Today       func() map[string]int64                // today's counters (staff screen)
	Jobs        Jobs                                   // job search over the cached postings; nil when there are none
	Payments    Payments                               // non-tax payments and bank services; nil when no card pad is installed
	Printer     Printer                                // the receipt printer; nil when none is installed
	GuideURL    func(itemID string) string             // a phone's address for an item guide (扫码取电子件)
	Version     string
	Log         *slog.Logger
	// Go runs f in the background; tests run it inline. Default: go f().
	Go func(f func())
}

// Outbox is what the staff screen needs of the terminal's outbox.
type Outbox interface {
	Stats() (outbox.Stats, error)
	Waiting() ([]outbox.Record, error)
	Retry(seq uint64, staff string) error
	Discard(seq uint64, staff, reason string) error
}

// UI is the kiosk's interface in one window.
type UI struct {
	app  fyne.App
	win  fyne.Window
	cfg  config.Config
	tr   *i18n.Catalog
	deps Deps

	sess  *session.Session
	lang  string
	elder bool
	th    *theme.Theme

	stack  []view // navigation; empty on the attract screen
	staff  staffState
	person Person // signed in with an ID card; zero when nobody is
	idStep idStep
	print  printState
	pay    payState
	jobs   jobState
	// payWait is the live "waiting N s" line of the pad screen.
	payWait *widget.Label
	// forgetLast drops the printer's copy of the last receipt at the wipe:
	// it may hold the last person's data.
	forgetLast func()
	qrPopup    *widget.PopUp

	// live parts updated by Tick
	clockText  *widgetText
	netText    *widgetText
	ageText    *widgetText
	devTexts   []*widgetText
	idlePopup  *widget.PopUp
	idleCount  *widget.Label
	landscape  bool
	bodySize   fyne.Size // room for the screen between the bars
	lastRender time.Duration
}

// New builds the UI in win and shows the attract screen.
func New(app fyne.App, win fyne.Window, cfg config.Config, tr *i18n.Catalog, deps Deps) *UI {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.Log == nil {
		deps.Log = slog.Default()
	}
	if deps.Go == nil {
		deps.Go = func(f func()) { go f() }
	}
	if deps.Devices == nil {
		deps.Devices = func() []Device { return nil }
	}
	if deps.ClockOffset == nil {
		deps.ClockOffset = func() (time.Duration, bool) { return 0, false }
	}
	u := &UI{
		app: app, win: win, cfg: cfg, tr: tr, deps: deps,
		sess: session.New(cfg.Session.IdleTimeout.Duration, cfg.Session.Warning.Duration),
	}
	u.resetPreferences()
	u.landscape = u.isLandscape(win.Canvas().Size())
	u.render()
	return u
}

// t translates message id into the current language.
func (u *UI) t(id string, kv ...any) string { return u.tr.T(u.lang, id, kv...) }

// Lang returns the current language tag.
func (u *UI) Lang() string { return u.lang }

// Elder reports whether elder mode is on.
func (u *UI) Elder() bool { return u.elder }

// Phase returns the session phase.
func (u *UI) Phase() session.Phase { return u.sess.Phase() }

func (u *UI) resetPreferences() {
	u.lang = u.cfg.UI.Language
	u.setElder(u.cfg.UI.ElderMode)
}

func (u *UI) setElder(on bool) {
	u.elder = on
	u.th = theme.New(on)
	u.app.Settings().SetTheme(u.th)
}

// SetLanguage switches the language and rebuilds the current screen.
func (u *UI) SetLanguage(lang string) {
	u.lang = lang
	u.render()
}

// SetElder switches elder mode and rebuilds the current screen.
func (u *UI) SetElder(on bool) {
	u.setElder(on)
	u.render()
}

// touch records an interaction: every button goes through it.
func (u *UI) touch() {
	wasAttract := u.sess.Phase() == session.Attract
	u.sess.Touch(u.deps.Now())
	if u.idlePopup != nil {
		u.idlePopup.Hide()
		u.idlePopup, u.idleCount = nil, nil
	}
	if wasAttract && len(u.stack) == 0 {
		u.stack = []view{{kind: viewHome}}
		u.count("session.start")
	}
}

// Tick advances the session and refreshes the live parts of the bars. The
// kiosk calls it once a second on the UI goroutine.
func (u *UI) Tick() {
	now := u.deps.Now()
	switch u.sess.Tick(now) {
	case session.Warn:
		u.showIdleWarning()
	case session.Count:
		if u.idleCount != nil {
			u.idleCount.SetText(u.t("idle.countdown", "N", u.sess.Remaining(now)))
		}
	case session.Expire:
		u.count("session.idle_wipe")
		u.Wipe()
		return
	}
	u.checkIDStepTimeout(now)
	if u.payWait != nil && len(u.stack) > 0 && u.top().kind == viewPayPad {
		u.payWait.SetText(u.t("pay.waiting", "N", int(now.Sub(u.pay.started)/time.Second)))
	}
	u.refreshBars()
}

// DataChanged re-renders after the catalog or the link state changed.
func (u *UI) DataChanged() {
	if len(u.stack) > 0 && u.top().kind == viewStaff {
		// The staff panel shows sync results itself.
		u.render()
		return
	}
	if len(u.stack) == 0 || u.top().kind == viewHome || u.top().kind == viewApprovals {
		u.render()
		return
	}
	u.refreshBars()
}

// count bumps a usage counter off the UI goroutine.
func (u *UI) count(name string) {
	if u.deps.Count != nil {
		f := u.deps.Count
		u.deps.Go(func() { f(name) })
	}
}

// Wipe ends the session: everything of the person — where they were, what
// they chose, language and text size — is cleared and the attract screen
// shows.
func (u *UI) Wipe() {
	u.sess.End()
	if u.idlePopup != nil {
		u.idlePopup.Hide()
		u.idlePopup, u.idleCount = nil, nil
	}
	u.stack = nil
	u.staff = staffState{}
	u.person.erase()
	u.idStep = idStep{}
	u.print = printState{}
	u.pay = payState{}
	u.jobs = jobState{}
	if u.forgetLast != nil {
		u.forgetLast()
	}
	if u.qrPopup != nil {
		u.qrPopup.Hide()
		u.qrPopup = nil
	}
	u.resetPreferences()
	u.render()
}

// render rebuilds the window content from state.
func (u *UI) render() {
	start := time.Now()
	u.landscape = u.isLandscape(u.win.Canvas().Size())
	var content fyne.CanvasObject
	if len(u.stack) == 0 {
		content = u.attractScreen()
	} else {
		content = u.frame(u.top())
	}
	u.win.SetContent(newOrientationWatcher(content, u.onResize))
	u.lastRender = time.Since(start)
}

func (u *UI) isLandscape(s fyne.Size) bool {
	switch u.cfg.UI.Orientation {
	case config.OrientationLandscape:
		return true
	case config.OrientationPortrait:
		return false
	}
	return s.Width >= s.Height
}

func (u *UI) onResize(s fyne.Size) {
	if s.Width <= 0 || s.Height <= 0 || u.isLandscape(s) == u.landscape {
		return
	}
	// Rebuild for the other orientation, outside the layout pass.
	fyne.Do(u.render)
}
