package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/theme"
)

// showIdleWarning asks whether the person is still there, with a
// countdown; any tap keeps the session, "finish" ends it now.
func (u *UI) showIdleWarning() {
	if u.idlePopup != nil {
		u.idlePopup.Hide()
	}
	title := u.heading(u.t("idle.title"), theme.SizeNameTitle)
	title.Alignment = fyne.TextAlignCenter
	u.idleCount = u.label(u.t("idle.countdown", "N", u.sess.Remaining(u.deps.Now())))
	u.idleCount.Alignment = fyne.TextAlignCenter
	cont := u.button(u.t("idle.continue"), widget.HighImportance, func() {})
	finish := widget.NewButton(u.t("idle.finish"), u.Wipe)
	finish.Importance = widget.MediumImportance
	body := container.NewVBox(title, u.idleCount, spacer(u.size(theme.SizeNameTarget)/3),
		container.NewGridWithColumns(2, u.minHeight(finish), u.minHeight(cont)))
	w := u.win.Canvas().Size().Width * 0.6
	box := container.NewStack(spacerW(w), container.NewPadded(container.NewPadded(body)))
	u.idlePopup = widget.NewModalPopUp(box, u.win.Canvas())
	u.idlePopup.Show()
}
