// Package receipts lays out the thermal receipts of every service with one
// template: a header with the station, a title, label–value lines, free
// text, a QR code to check the document later on a phone, and a footer
// with the time, the tracking number and the hotline. ID numbers never
// appear unmasked: callers pass masked values, and Build refuses text that
// holds a full ID number.
package receipts

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
)

// Receipt is what every service's receipt says.
type Receipt struct {
	ID       string // receipt ID for the printer's job log (no personal data)
	Station  string
	Title    string
	Lines    []Line   // label–value pairs
	Text     []string // paragraphs, wrapped to the paper
	QRURL    string   // where a phone checks or fetches the document
	QRLabel  string   // the line above the QR code
	Tracking string   // tracking or transaction number
	Time     time.Time
	Hotline  string
}

// Line is one label–value pair.
type Line struct{ Label, Value string }

// ErrPersonalData means a receipt would print a full ID number.
var ErrPersonalData = errors.New("receipts: a full ID number would be printed")

var fullID = regexp.MustCompile(`[0-9]{17}[0-9Xx]`)

// Build lays r out for the printer's paper.
func Build(b *printer.Builder, r Receipt) (*printer.Receipt, error) {
	texts := []string{r.Station, r.Title, r.Tracking}
	for _, l := range r.Lines {
		texts = append(texts, l.Label, l.Value)
	}
	texts = append(texts, r.Text...)
	for _, s := range texts {
		if fullID.MatchString(s) {
			return nil, ErrPersonalData
		}
	}
	b.Align(printer.AlignCenter).Bold(true).Line(r.Station).Bold(false).
		Size(2, 2).Line(r.Title).Size(1, 1).
		Align(printer.AlignLeft).Rule()
	for _, l := range r.Lines {
		b.Pair(l.Label, l.Value)
	}
	if len(r.Text) > 0 {
		b.Rule()
		for _, p := range r.Text {
			b.Line(p)
		}
	}
	if r.QRURL != "" {
		b.Rule().Align(printer.AlignCenter)
		if r.QRLabel != "" {
			b.Line(r.QRLabel)
		}
		b.QR(r.QRURL, printer.QROptions{ModuleSize: 5, Level: printer.QRLevelM})
	}
	b.Align(printer.AlignLeft).Rule()
	if r.Tracking != "" {
		b.Pair("编号", r.Tracking)
	}
	b.Pair("时间", r.Time.Format("2006-01-02 15:04"))
	if r.Hotline != "" {
		b.Align(printer.AlignCenter).Line("政务服务热线 " + r.Hotline)
	}
	out, err := b.Build(r.ID)
	if err != nil {
		return nil, fmt.Errorf("receipts: %s: %w", r.Title, err)
	}
	return out, nil
}
