package ui

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// viewKind names a screen.
type viewKind int

const (
	viewHome viewKind = iota
	viewApprovals
	viewGroup
	viewItem
	viewStaffPIN
	viewStaff
	viewStaffOutbox
	viewStaffDiscard
	viewIDCard
	viewIdentity
	viewPayNotice
	viewPayConfirm
	viewPayPad
	viewPayResult
	viewBank
	viewJobs
	viewJob
)

// Approval browsing modes.
const (
	byDepartment = "department"
	byLifeEvent  = "life_event"
)

// view is one entry of the navigation stack.
type view struct {
	kind  viewKind
	mode  string // byDepartment or byLifeEvent
	group string // department or life event ID
	item  string // catalog item ID
	seq   uint64 // outbox record
	page  int
}

func (u *UI) top() *view { return &u.stack[len(u.stack)-1] }

func (u *UI) push(v view) {
	u.stack = append(u.stack, v)
	u.render()
}

func (u *UI) back() {
	if len(u.stack) > 1 {
		u.stack = u.stack[:len(u.stack)-1]
	}
	u.render()
}

func (u *UI) home() {
	u.stack = []view{{kind: viewHome}}
	u.render()
}

func (u *UI) setPage(p int) {
	u.top().page = p
	u.render()
}

func (u *UI) screen(v *view) fyne.CanvasObject {
	switch v.kind {
	case viewApprovals:
		return u.approvalsScreen(v)
	case viewGroup:
		return u.groupScreen(v)
	case viewItem:
		return u.itemScreen(v)
	case viewStaffPIN:
		return u.staffPINScreen()
	case viewStaff:
		return u.staffScreen()
	case viewPayNotice:
		return u.payNoticeScreen()
	case viewPayConfirm:
		return u.payConfirmScreen()
	case viewPayPad:
		return u.payPadScreen()
	case viewPayResult:
		return u.payResultScreen()
	case viewBank:
		return u.bankScreen()
	case viewJobs:
		return u.jobsScreen(v)
	case viewJob:
		return u.jobScreen()
	case viewIDCard:
		return u.idCardScreen()
	case viewIdentity:
		return u.identityScreen()
	case viewStaffOutbox:
		return u.staffOutboxScreen(v)
	case viewStaffDiscard:
		return u.staffDiscardScreen(v)
	default:
		return u.homeScreen()
	}
}

// frame puts a screen between the status bar and the navigation bar: every
// screen has Home and Back in the same places.
//
// The bars are built first so the screen knows the room left for it
// (u.bodySize): a kiosk cannot scroll, so a screen whose content is taller
// pages it.
func (u *UI) frame(v *view) fyne.CanvasObject {
	pad := u.size(theme.SizeNameTarget) / 4
	status, nav := u.statusBar(), u.navBar()
	win := u.win.Canvas().Size()
	u.bodySize = fyne.NewSize(win.Width-4*pad,
		win.Height-status.MinSize().Height-nav.MinSize().Height-2*pad-2*u.size(fynetheme.SizeNamePadding))
	return container.NewBorder(status, nav, nil, nil,
		container.New(layout.NewCustomPaddedLayout(pad, pad, pad*2, pad*2), u.screen(v)))
}

func (u *UI) statusBar() fyne.CanvasObject {
	station := u.barText(u.cfg.Station.Name)
	station.TextStyle = fyne.TextStyle{Bold: true}
	u.clockText = u.barText("")
	u.netText = u.barText("")
	u.ageText = u.barText("")
	hot := u.barText(u.t("status.hotline", "Hotline", u.cfg.Station.Hotline))
	state := []fyne.CanvasObject{u.netText, u.ageText}
	u.devTexts = nil
	for range u.deps.Devices() {
		t := u.barText("")
		u.devTexts = append(u.devTexts, t)
		state = append(state, t)
	}
	gap := u.size(theme.SizeNameTarget) / 4
	u.refreshBars()
	if !u.landscape {
		// Portrait is narrow: station and clock on one line, the state under it.
		top := container.NewBorder(nil, nil, station, u.clockText)
		bottom := container.NewHBox(spaced(append(state, layout.NewSpacer(), hot), gap)...)
		return u.bar(container.NewVBox(top, bottom))
	}
	items := append([]fyne.CanvasObject{station, layout.NewSpacer()}, state...)
	items = append(items, hot, u.clockText)
	return u.bar(container.NewHBox(spaced(items, gap)...))
}

// spaced puts a gap of w between objects.
func spaced(objs []fyne.CanvasObject, w float32) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, 0, 2*len(objs))
	for i, o := range objs {
		if i > 0 {
			gap := canvas.NewRectangle(color.Transparent)
			gap.SetMinSize(fyne.NewSize(w, 1))
			out = append(out, gap)
		}
		out = append(out, o)
	}
	return out
}

func (u *UI) deviceText(d Device) string {
	mark := map[DeviceState]string{DeviceOK: "●", DeviceWarn: "▲", DeviceDown: "×"}[d.State]
	if d.State != DeviceOK && d.DetailKey != "" {
		// Say what is wrong: "× 打印机缺纸", not just "fault".
		return mark + " " + u.t(d.DetailKey)
	}
	state := map[DeviceState]string{DeviceOK: "device.ok", DeviceWarn: "device.warn", DeviceDown: "device.down"}[d.State]
	return fmt.Sprintf("%s %s %s", mark, u.t(d.NameKey), u.t(state))
}

// refreshBars updates the live texts of the status bar.
func (u *UI) refreshBars() {
	now := u.deps.Now()
	set := func(t *canvas.Text, s string) {
		if t != nil && t.Text != s {
			t.Text = s
			t.Refresh()
		}
	}
	set(u.clockText, u.clock(now))
	if devs := u.deps.Devices(); len(devs) == len(u.devTexts) {
		for i, d := range devs {
			set(u.devTexts[i], u.deviceText(d))
		}
	}
	if u.deps.SyncStatus != nil {
		switch u.deps.SyncStatus().Network {
		case datasets.NetworkOnline:
			set(u.netText, "● "+u.t("status.online"))
		case datasets.NetworkOffline:
			set(u.netText, "× "+u.t("status.offline"))
		default:
			set(u.netText, "… "+u.t("status.connecting"))
		}
	}
	if u.deps.Catalog != nil {
		_, info := u.deps.Catalog()
		set(u.ageText, u.dataAge(info, now))
	}
}

func (u *UI) clock(now time.Time) string {
	return u.t("time.clock", "Month", int(now.Month()), "Day", now.Day(),
		"Weekday", u.t(fmt.Sprintf("weekday.%d", now.Weekday())),
		"HM", now.Format("15:04"), "MonthName", now.Month().String()[:3])
}

// dataAge says how long ago the hall last confirmed the local data.
func (u *UI) dataAge(info datasets.CatalogInfo, now time.Time) string {
	if !info.Present {
		return u.t("status.data.none")
	}
	age := now.Sub(info.CheckedAt)
	switch {
	case age < 2*time.Minute:
		return u.t("status.data.now")
	case age < 2*time.Hour:
		return u.t("status.data.minutes", "N", int(age/time.Minute))
	case age < 48*time.Hour:
		return u.t("status.data.hours", "N", int(age/time.Hour))
	default:
		return u.t("status.data.days", "N", int(age/(24*time.Hour)))
	}
}

func (u *UI) navBar() fyne.CanvasObject {
	home := u.button(u.t("nav.home"), widget.HighImportance, u.home)
	back := u.button("← "+u.t("nav.back"), widget.HighImportance, u.back)
	if len(u.stack) <= 1 {
		back.Disable()
	}
	finish := u.button(u.t("nav.finish"), widget.WarningImportance, u.Wipe)
	left := container.NewHBox(u.minHeight(home), u.minHeight(back), u.minHeight(finish))
	if !u.landscape {
		// Portrait is narrow: the language switch gets a line of its own.
		top := container.NewBorder(nil, nil, left, container.NewHBox(u.elderButton(), u.staffButton()))
		return u.bar(container.NewVBox(top, container.NewCenter(container.NewHBox(u.languageButtons()...))))
	}
	right := container.NewHBox(append(u.languageButtons(), u.elderButton(), u.staffButton())...)
	return u.bar(container.NewBorder(nil, nil, left, right))
}

// languageButtons name each language in itself; the current one is marked.
func (u *UI) languageButtons() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, lang := range wire.Languages {
		imp := widget.MediumImportance
		if lang == u.lang {
			imp = widget.SuccessImportance
		}
		out = append(out, u.minHeight(u.button(i18n.LanguageName(lang), imp, func() { u.SetLanguage(lang) })))
	}
	return out
}

func (u *UI) elderButton() fyne.CanvasObject {
	// The button says what a tap switches to.
	label, imp := u.t("nav.elder.on"), widget.MediumImportance
	if u.elder {
		label, imp = u.t("nav.elder.off"), widget.WarningImportance
	}
	return u.minHeight(u.button(label, imp, func() { u.SetElder(!u.elder) }))
}

func (u *UI) staffButton() fyne.CanvasObject {
	return u.minHeight(u.button(u.t("nav.staff"), widget.MediumImportance, func() {
		u.staff.message = ""
		u.push(view{kind: viewStaffPIN})
	}))
}
