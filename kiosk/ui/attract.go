package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// attractScreen shows when nobody is there: what the terminal is, where,
// and that a touch starts. A tap anywhere (but the language buttons) starts
// a session on the home screen.
func (u *UI) attractScreen() fyne.CanvasObject {
	fg := u.color(theme.ColorNameBarText)
	maxW := u.win.Canvas().Size().Width * 0.9
	text := func(s string, size fyne.ThemeSizeName, bold bool) *canvas.Text {
		t := canvas.NewText(s, fg)
		t.TextStyle = fyne.TextStyle{Bold: bold}
		t.TextSize = fitText(s, u.size(size), t.TextStyle, maxW)
		t.Alignment = fyne.TextAlignCenter
		return t
	}
	start := widget.NewButton("", func() {
		u.touch()
		u.render()
	})
	start.Importance = widget.LowImportance

	var langs []fyne.CanvasObject
	for _, lang := range wire.Languages {
		b := widget.NewButton(i18n.LanguageName(lang), func() {
			// Choosing a language on the attract screen is a touch too.
			u.lang = lang
			u.render()
		})
		if lang == u.lang {
			b.Importance = widget.SuccessImportance
		}
		langs = append(langs, u.minHeight(b))
	}
	hint := canvas.NewRectangle(u.color(theme.ColorNameOK))
	hint.CornerRadius = u.size(theme.SizeNameTarget) / 2
	touch := container.NewStack(hint, container.NewPadded(container.NewPadded(text(u.t("attract.touch"), theme.SizeNameTitle, true))))

	body := container.NewVBox(
		layout.NewSpacer(),
		text(u.t("app.title"), theme.SizeNameHuge, true),
		text(u.t("app.subtitle"), theme.SizeNameTitle, false),
		spacer(u.size(theme.SizeNameTarget)),
		text(u.cfg.Station.Name, theme.SizeNameTile, false),
		text(u.t("attract.slogan"), theme.SizeNameTile, false),
		spacer(u.size(theme.SizeNameTarget)),
		container.NewCenter(touch),
		layout.NewSpacer(),
		text(u.t("attract.hotline", "Hotline", u.cfg.Station.Hotline), theme.SizeNameTile, true),
		spacer(u.size(theme.SizeNameTarget)/2),
	)
	bg := canvas.NewRectangle(u.color(theme.ColorNameBar))
	return container.NewStack(bg, start, body,
		container.NewBorder(container.NewHBox(layout.NewSpacer(), container.NewHBox(langs...)), nil, nil, nil))
}

// fitText returns the largest size up to size at which s fits in maxW.
func fitText(s string, size float32, style fyne.TextStyle, maxW float32) float32 {
	if maxW <= 0 {
		return size
	}
	for size > 12 && fyne.MeasureText(s, size, style).Width > maxW {
		size--
	}
	return size
}

func spacer(h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, h))
	return r
}
