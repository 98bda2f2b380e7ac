// Package devices connects the drivers to the touch UI: it turns device
// events into what a person is told, and device health into the status bar
// and the staff screen. The UI never imports a driver.
package devices

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/kiosk/ui"
)

// Card kinds as the UI names them.
var cardKinds = map[idcard.CardKind]string{
	idcard.KindResident: "resident", idcard.KindHKMacaoTaiwan: "J", idcard.KindForeignOld: "I", idcard.KindForeign: "Y",
}

// HandleIDCard applies one reader event to the UI. It runs on the UI
// goroutine. A card past its validity is refused and wiped at once.
func HandleIDCard(ev idcard.Event, u *ui.UI, now time.Time) {
	switch ev.Kind {
	case idcard.EventCardPlaced:
		id := ev.Identity
		if id == nil {
			return
		}
		if id.Validity().Expired(now) {
			id.Wipe()
			u.CardFault(ui.FaultExpired)
			return
		}
		// The full number is hashed by NewPerson to tell cards apart and is
		// not kept; the identity itself is wiped when the session ends.
		p := ui.NewPerson(id.MaskedName(), id.MaskedNumber(), cardKinds[id.Kind()], id.Unmasked().Number, id.Wipe)
		u.CardPlaced(p)
	case idcard.EventFault:
		u.CardFault(FaultOf(ev.Err))
	}
}

// FaultOf classifies a reader error for the person at the terminal.
func FaultOf(err error) ui.CardFault {
	switch {
	case errors.Is(err, idcard.ErrInvalidIDNumber):
		return ui.FaultInvalidNumber
	case errors.Is(err, idcard.ErrUnknownCardType):
		return ui.FaultUnknownCard
	case errors.Is(err, idcard.ErrNoResponse), errors.Is(err, serialport.ErrDisconnected), errors.Is(err, idcard.ErrSelfTestFailed):
		return ui.FaultReaderDown
	default:
		return ui.FaultReadFailed
	}
}

// RunIDCard forwards reader events to the UI until ctx ends.
func RunIDCard(ctx context.Context, events <-chan idcard.Event, u *ui.UI, now func() time.Time) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev := <-events:
			fyne.Do(func() { HandleIDCard(ev, u, now()) })
		}
	}
}

// Health maps a serial device's health to the status bar.
func Health(nameKey string, h serialport.Health) ui.Device {
	d := ui.Device{NameKey: nameKey, Detail: h.Reason}
	switch h.State {
	case serialport.StateOK:
		d.State = ui.DeviceOK
	case serialport.StateReconnecting:
		d.State = ui.DeviceWarn
	default:
		d.State = ui.DeviceDown
	}
	return d
}
