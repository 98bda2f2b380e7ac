package ui

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	qrcode "github.com/skip2/go-qrcode"

	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Printer is what the screens need of the receipt printer.
type Printer interface {
	// Ready reports whether a receipt can be printed now; when not, code
	// says why ("paper_out", "cover_open", … — see printer.Code).
	Ready() (ok bool, code string)
	// PrintGuide prints an item's guide; the error's code says why it failed.
	PrintGuide(ctx context.Context, it wire.CatalogItem) (code string, err error)
	// Reprint prints the last receipt again (staff).
	Reprint(ctx context.Context) (code string, err error)
	// Recheck reads the printer's status again, e.g. after new paper (staff).
	Recheck(ctx context.Context) (code string)
}

// SetPrinter installs the receipt printer (after New, because the printer
// needs the catalog the UI shows).
func (u *UI) SetPrinter(p Printer) {
	u.deps.Printer = p
	if f, ok := p.(interface{ ForgetLast() }); ok {
		u.forgetLast = f.ForgetLast
	}
}

// printState is the outcome of the last print on this screen.
type printState struct {
	item   string
	busy   bool
	done   bool
	failed bool
	code   string // why it failed
}

// printArea is the print button of a screen, or "扫码取电子件" when the
// printer cannot print: a person never gets a button that will fail. It is
// always one button high, so printing never moves the screen around.
func (u *UI) printArea(it wire.CatalogItem) fyne.CanvasObject {
	if u.deps.Printer == nil && u.deps.GuideURL == nil {
		return nil
	}
	ready, code := false, "absent"
	if u.deps.Printer != nil {
		ready, code = u.deps.Printer.Ready()
	}
	mine := u.print.item == it.ID
	switch {
	case mine && u.print.busy:
		b := u.button(u.t("print.printing"), widget.HighImportance, func() {})
		b.Disable()
		return u.minHeight(b)
	case mine && u.print.failed && u.deps.GuideURL != nil:
		return u.bigButton(u.t("print.failed_qr", "Reason", u.t("printer."+u.print.code)), widget.DangerImportance, func() { u.showGuideQR(it, u.print.code) })
	case ready && mine && u.print.done:
		return u.bigButton(u.t("print.done"), widget.SuccessImportance, func() { u.printGuide(it) })
	case ready:
		return u.bigButton(u.t("print.guide"), widget.HighImportance, func() { u.printGuide(it) })
	case u.deps.GuideURL != nil:
		return u.bigButton(u.t("print.qr"), widget.HighImportance, func() { u.showGuideQR(it, code) })
	}
	return nil
}

func (u *UI) printGuide(it wire.CatalogItem) {
	u.print = printState{item: it.ID, busy: true}
	u.render()
	u.deps.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		code, err := u.deps.Printer.PrintGuide(ctx, it)
		cancel()
		fyne.Do(func() {
			if u.print.item != it.ID {
				return // the session moved on (or was wiped)
			}
			u.print.busy = false
			if err != nil {
				u.print.failed, u.print.code = true, code
			} else {
				u.print.done = true
				u.count("print.guide")
			}
			u.render()
		})
	})
}

// showGuideQR shows the item guide's address as a QR code for a phone.
func (u *UI) showGuideQR(it wire.CatalogItem, code string) {
	url := u.deps.GuideURL(it.ID)
	png, err := qrcode.Encode(url, qrcode.Medium, 512)
	if err != nil {
		u.deps.Log.Error("guide QR", "err", err)
		return
	}
	img := canvas.NewImageFromResource(fyne.NewStaticResource("guide-qr.png", png))
	img.FillMode = canvas.ImageFillContain
	edge := u.size(theme.SizeNameTarget) * 4.5
	img.SetMinSize(fyne.NewSize(edge, edge))
	title := u.heading(u.t("print.qr_title"), theme.SizeNameTitle)
	title.Alignment = fyne.TextAlignCenter
	why := u.label(u.t("print.qr_why", "Reason", u.t("printer."+code)))
	why.Alignment = fyne.TextAlignCenter
	var pop *widget.PopUp
	closeBtn := u.bigButton(u.t("print.close"), widget.HighImportance, func() {
		pop.Hide()
		u.qrPopup = nil
	})
	body := container.NewVBox(title, container.NewCenter(img), why, container.NewCenter(closeBtn))
	w := u.win.Canvas().Size().Width * 0.6
	pop = widget.NewModalPopUp(container.NewStack(spacerW(w), container.NewPadded(body)), u.win.Canvas())
	u.qrPopup = pop
	u.count("print.qr_fallback")
	pop.Show()
}
