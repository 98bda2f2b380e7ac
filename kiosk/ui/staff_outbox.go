package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/outbox"
)

// staffActor names who acted in the outbox audit log. The staff PIN is the
// station's, not a person's, so the terminal is named.
func (u *UI) staffActor() string { return "staff@" + u.cfg.Station.TerminalID }

// discardReasons are the reasons staff can give; a kiosk has no keyboard,
// and a fixed list keeps the audit log readable.
var discardReasons = []string{"reason.duplicate", "reason.counter", "reason.invalid", "reason.withdrawn"}

func (u *UI) kindName(kind string) string {
	id := "kind." + kind
	if s := u.t(id); s != id {
		return s
	}
	return u.t("kind.other")
}

// staffOutboxScreen lists the records that wait for staff, each with
// retry and discard.
func (u *UI) staffOutboxScreen(v *view) fyne.CanvasObject {
	head := []fyne.CanvasObject{u.heading(u.t("staff.outbox_title"), theme.SizeNameTitle)}
	if u.staff.message != "" {
		m := u.label(u.staff.message)
		m.Importance = widget.SuccessImportance
		head = append(head, m)
	}
	recs, err := u.deps.Outbox.Waiting()
	if err != nil {
		return container.NewVBox(append(head, u.label(u.t("error.storage")))...)
	}
	var waiting []outbox.Record
	for _, r := range recs {
		if r.State == outbox.StateAttention {
			waiting = append(waiting, r)
		}
	}
	if len(waiting) == 0 {
		return container.NewVBox(append(head, u.label(u.t("staff.outbox_empty")))...)
	}
	var blocks []fyne.CanvasObject
	for _, r := range waiting {
		title := r.Summary.Title
		if r.Summary.MaskedID != "" {
			title += " " + r.Summary.MaskedID
		}
		desc := u.heading(u.t("staff.outbox_record", "Kind", u.kindName(r.Kind), "Time", r.CreatedAt.In(u.deps.Now().Location()).Format("01-02 15:04"), "Title", title), fyne.ThemeSizeName(""))
		reason := u.label(r.Reason)
		reason.Importance = widget.WarningImportance
		retry := u.button(u.t("staff.outbox_retry"), widget.HighImportance, func() {
			if err := u.deps.Outbox.Retry(r.Seq, u.staffActor()); err != nil {
				u.staff.message = u.t("error.storage")
			} else {
				u.staff.message = u.t("staff.outbox_retried")
			}
			u.render()
		})
		discard := u.button(u.t("staff.outbox_discard"), widget.DangerImportance, func() {
			u.push(view{kind: viewStaffDiscard, seq: r.Seq})
		})
		buttons := container.NewGridWithColumns(2, u.minHeight(retry), u.minHeight(discard))
		blocks = append(blocks, container.NewVBox(desc, reason, buttons, widget.NewSeparator()))
	}
	return u.pagedBlocks(v, container.NewVBox(head...), blocks, nil)
}

// staffDiscardScreen asks why a record is given up; the answer goes to the
// audit log with the record.
func (u *UI) staffDiscardScreen(v *view) fyne.CanvasObject {
	objs := []fyne.CanvasObject{u.heading(u.t("staff.outbox_discard"), theme.SizeNameTitle), u.label(u.t("staff.outbox_reason"))}
	for _, key := range discardReasons {
		objs = append(objs, u.bigButton(u.t(key), widget.MediumImportance, func() {
			// The audit log keeps the reason in Chinese, whatever the
			// language on screen, so every reader of the log can read it.
			reason := u.tr.T("zh-Hans", key)
			if err := u.deps.Outbox.Discard(v.seq, u.staffActor(), reason); err != nil {
				u.staff.message = u.t("error.storage")
			} else {
				u.staff.message = u.t("staff.outbox_discarded")
			}
			u.back()
		}))
	}
	return container.NewVBox(objs...)
}
