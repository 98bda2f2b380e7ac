package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/agent"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// staffState is what the staff screens remember. It is wiped with the
// session, so a staff login never outlives the visit.
type staffState struct {
	pin         string
	message     string
	wrong       int
	lockedUntil time.Time
	syncing     bool
}

// staffPINScreen asks for the staff PIN on a digit keypad. Without a
// configured PIN the staff functions, and so leaving the kiosk, are off.
func (u *UI) staffPINScreen() fyne.CanvasObject {
	title := u.heading(u.t("staff.title"), theme.SizeNameTitle)
	if !u.cfg.Staff.Enabled() {
		return container.NewVBox(title, u.label(u.t("staff.no_pin")))
	}
	now := u.deps.Now()
	if now.Before(u.staff.lockedUntil) {
		mins := int(u.staff.lockedUntil.Sub(now)/time.Minute) + 1
		return container.NewVBox(title, u.label(u.t("staff.locked", "N", mins)))
	}
	dots := u.heading(strings.Repeat("● ", len(u.staff.pin)), theme.SizeNameTitle)
	dots.Alignment = fyne.TextAlignCenter
	prompt := u.label(u.t("staff.enter_pin"))
	prompt.Alignment = fyne.TextAlignCenter
	msg := u.label(u.staff.message)
	msg.Importance = widget.DangerImportance
	msg.Alignment = fyne.TextAlignCenter

	keypad := u.keypad(func(d string) {
		if len(u.staff.pin) < 12 {
			u.staff.pin += d
		}
		u.render()
	}, func() { u.staff.pin = ""; u.render() }, u.t("staff.ok"), u.checkPIN)
	return container.NewVBox(title, prompt, dots, msg, keypad)
}

// spacerW is an invisible object w wide.
func spacerW(w float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 1))
	return r
}

func (u *UI) checkPIN() {
	pin := u.staff.pin
	u.staff.pin = ""
	if u.cfg.Staff.CheckPIN(pin) {
		u.staff.wrong, u.staff.message = 0, ""
		u.deps.Log.Info("staff signed in", "station", u.cfg.Station.ID)
		// Replace the PIN screen so Back leaves the staff area.
		u.stack[len(u.stack)-1] = view{kind: viewStaff}
		u.render()
		return
	}
	u.staff.wrong++
	u.deps.Log.Warn("wrong staff PIN", "attempt", u.staff.wrong)
	left := u.cfg.Staff.MaxAttempts - u.staff.wrong
	if left <= 0 {
		u.staff.lockedUntil = u.deps.Now().Add(u.cfg.Staff.Lockout.Duration)
		u.staff.wrong = 0
		u.staff.message = ""
	} else {
		u.staff.message = u.t("staff.wrong_pin", "N", left)
	}
	u.render()
}

// staffScreen shows the terminal's state and the staff actions.
func (u *UI) staffScreen() fyne.CanvasObject {
	now := u.deps.Now()
	st := datasets.Status{}
	if u.deps.SyncStatus != nil {
		st = u.deps.SyncStatus()
	}
	network := map[datasets.Network]string{
		datasets.NetworkOnline: u.t("status.online"), datasets.NetworkOffline: u.t("status.offline"),
		datasets.NetworkUnknown: u.t("status.connecting"),
	}[st.Network]
	last := u.t("staff.never")
	if !st.LastContact.IsZero() {
		last = st.LastContact.Format("2006-01-02 15:04:05")
	}
	cat, info := u.catalog()
	catalog := u.t("staff.no_catalog")
	if info.Present {
		catalog = u.t("staff.catalog_rev", "Rev", info.Revision, "Count", len(cat.Items), "Age", u.dataAge(info, now))
	}
	clock := u.t("staff.clock_unknown")
	if off, ok := u.deps.ClockOffset(); ok {
		clock = u.t("staff.clock_offset", "Offset", off.Round(time.Second).String())
	}
	devices := u.t("status.devices.none")
	if ds := u.deps.Devices(); len(ds) > 0 {
		var parts []string
		for _, d := range ds {
			s := u.t(d.NameKey) + " " + u.t(map[DeviceState]string{DeviceOK: "device.ok", DeviceWarn: "device.warn", DeviceDown: "device.down"}[d.State])
			switch {
			case d.State != DeviceOK && d.DetailKey != "":
				s += "（" + u.t(d.DetailKey) + "）"
			case d.State != DeviceOK && d.Detail != "":
				s += "（" + d.Detail + "）"
			}
			parts = append(parts, s)
		}
		devices = strings.Join(parts, "；")
	}
	rows := []fyne.CanvasObject{
		u.field("staff.station", fmt.Sprintf("%s（%s）", u.cfg.Station.Name, u.cfg.Station.ID)),
		u.field("staff.terminal", u.cfg.Station.TerminalID),
		u.field("staff.version", u.deps.Version),
		u.field("staff.hall", u.cfg.Hall.URL),
		u.field("staff.network", network),
		u.field("staff.last_sync", last),
		u.field("staff.catalog", catalog),
		u.field("staff.clock", clock),
		u.field("staff.devices", devices),
	}
	if u.deps.Datasets != nil {
		var lines []string
		for _, name := range []string{wire.DatasetCatalog, wire.DatasetJobs, wire.DatasetKnowledge, wire.DatasetHospitals, wire.DatasetAnnouncements, wire.DatasetStations} {
			info := u.deps.Datasets(name)
			if !info.Present {
				lines = append(lines, u.t("staff.dataset_missing", "Name", u.t("dataset."+name)))
				continue
			}
			lines = append(lines, u.t("staff.dataset_line", "Name", u.t("dataset."+name), "Rev", info.Revision, "Age", u.dataAge(info, now)))
		}
		rows = append(rows, u.field("staff.datasets", strings.Join(lines, "\n")))
	}
	if u.deps.Today != nil {
		c := u.deps.Today()
		rows = append(rows, u.field("staff.today", u.t("staff.today_counts", "Sessions", c["session.start"], "Approvals", c["service.approvals"], "Items", c["approvals.item_view"], "Signins", c["idcard.signin"])))
	}
	if u.deps.Enrolment != nil {
		enrolled, why := u.deps.Enrolment()
		text := u.t("staff.enrolled")
		if !enrolled {
			reason := u.t("staff.never")
			if why != nil {
				reason = u.errorText(why)
			}
			text = u.t("staff.not_enrolled", "Reason", reason)
		}
		rows = append(rows, u.field("staff.enrolment", text))
	}
	if u.deps.Outbox != nil {
		if s, err := u.deps.Outbox.Stats(); err == nil {
			rows = append(rows, u.field("staff.outbox", u.t("staff.outbox_counts", "Pending", s.Pending, "Attention", s.Attention)))
		} else {
			rows = append(rows, u.field("staff.outbox", u.t("error.storage")))
		}
	}
	if st.LastError != nil {
		rows = append(rows, u.field("staff.last_error", u.errorText(st.LastError)))
	}
	if u.staff.message != "" {
		m := u.label(u.staff.message)
		m.Importance = widget.WarningImportance
		rows = append(rows, m)
	}
	syncBtn := u.button(u.t("staff.sync_now"), widget.HighImportance, u.syncNow)
	if u.staff.syncing || u.deps.SyncNow == nil {
		syncBtn.Disable()
	}
	exit := u.button(u.t("staff.exit"), widget.DangerImportance, func() {
		u.deps.Log.Info("staff closed the kiosk", "station", u.cfg.Station.ID)
		if u.deps.Quit != nil {
			u.deps.Quit()
		}
	})
	if u.landscape {
		// Landscape is wide and short: two facts a line.
		var pairs []fyne.CanvasObject
		for i := 0; i < len(rows); i += 2 {
			if i+1 < len(rows) {
				pairs = append(pairs, container.NewGridWithColumns(2, rows[i], rows[i+1]))
			} else {
				pairs = append(pairs, rows[i])
			}
		}
		rows = pairs
	}
	buttons := []fyne.CanvasObject{u.minHeight(syncBtn)}
	if u.deps.Outbox != nil {
		buttons = append(buttons, u.bigButton(u.t("staff.outbox_open"), widget.WarningImportance, func() {
			u.staff.message = ""
			u.push(view{kind: viewStaffOutbox})
		}))
	}
	if pay := u.deps.Payments; pay != nil {
		buttons = append(buttons, u.bigButton(u.t("staff.reconcile"), widget.MediumImportance, func() {
			u.staffAction(func(ctx context.Context) string {
				r, err := pay.Reconcile(ctx)
				if err != nil {
					return u.t("staff.reconcile_failed", "Reason", u.errorText(err))
				}
				msg := u.t("staff.reconcile_result", "Local", r.LocalCount, "LocalAmount", yuan(r.LocalFen), "Hall", r.HallCount, "HallAmount", yuan(r.HallFen))
				if len(r.Missing) == 0 && r.Refunds == 0 {
					return msg + " " + u.t("staff.reconcile_ok")
				}
				return msg + " " + u.t("staff.reconcile_diff", "Missing", len(r.Missing), "Refunds", r.Refunds)
			})
		}))
	}
	if p := u.deps.Printer; p != nil {
		buttons = append(buttons,
			u.bigButton(u.t("staff.reprint"), widget.MediumImportance, func() {
				u.staffAction(func(ctx context.Context) string {
					if code, err := p.Reprint(ctx); err != nil {
						return u.t("print.failed_qr", "Reason", u.t("printer."+code))
					}
					return u.t("staff.reprinted")
				})
			}),
			u.bigButton(u.t("staff.paper_refilled"), widget.MediumImportance, func() {
				u.staffAction(func(ctx context.Context) string {
					return u.t("staff.printer_checked", "State", u.t("printer."+p.Recheck(ctx)))
				})
			}))
	}
	buttons = append(buttons, u.bigButton(u.t("staff.home"), widget.MediumImportance, u.home), u.minHeight(exit))
	actions := container.NewGridWithColumns(u.columnsThatFit(buttons, 4), buttons...)
	return u.pagedBlocks(u.top(), u.heading(u.t("staff.title"), theme.SizeNameTitle), rows, actions)
}

// staffAction runs a staff action (printer, reconciliation) off the UI goroutine and shows its
// outcome on the staff panel.
func (u *UI) staffAction(f func(ctx context.Context) string) {
	u.deps.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		msg := f(ctx)
		cancel()
		fyne.Do(func() {
			u.staff.message = msg
			if len(u.stack) > 0 && u.top().kind == viewStaff {
				u.render()
			}
		})
	})
}

func (u *UI) syncNow() {
	u.staff.syncing, u.staff.message = true, u.t("staff.syncing")
	u.render()
	u.deps.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), u.cfg.Hall.Timeout.Duration)
		err := u.deps.SyncNow(ctx)
		cancel()
		fyne.Do(func() {
			u.staff.syncing = false
			if err != nil {
				u.staff.message = u.t("staff.sync_failed", "Reason", u.errorText(err))
			} else {
				u.staff.message = u.t("staff.sync_ok")
			}
			if len(u.stack) > 0 && u.top().kind == viewStaff {
				u.render()
			}
		})
	})
}

// errorText is a plain reason for a sync failure, in the person's language.
func (u *UI) errorText(err error) string {
	var se *hallclient.StatusError
	switch {
	case errors.Is(err, hallclient.ErrUnreachable), errors.Is(err, context.DeadlineExceeded):
		return u.t("error.hall_unreachable")
	case errors.Is(err, hallclient.ErrBadResponse), errors.Is(err, datasets.ErrInvalid):
		return u.t("error.hall_bad_answer")
	case errors.As(err, &se):
		return u.t("error.hall_refused") + fmt.Sprintf(" (%d)", se.Status)
	case errors.Is(err, store.ErrStore):
		return u.t("error.storage")
	case errors.Is(err, agent.ErrNoCode):
		return "hall.enrol_code"
	}
	return u.t("error.hall_bad_answer")
}
