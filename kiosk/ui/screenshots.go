package ui

import (
	"context"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/jobsearch"
	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Shot is one screen to render: a name and how to reach it.
type Shot struct {
	Name  string
	Reach func(u *UI, cat wire.Catalog)
}

// Shots lists every screen of the kiosk, in the order a person meets them.
var Shots = []Shot{
	{"01-attract", func(u *UI, _ wire.Catalog) {}},
	{"02-home", func(u *UI, _ wire.Catalog) { u.startAt(view{kind: viewHome}) }},
	{"03-approvals-by-department", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byDepartment})
	}},
	{"04-approvals-by-life-event", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byLifeEvent})
	}},
	{"05-department-items", func(u *UI, cat wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byDepartment},
			view{kind: viewGroup, mode: byDepartment, group: cat.Departments[0].ID})
	}},
	{"06-item-guide", func(u *UI, cat wire.Catalog) {
		it := richestItem(cat)
		u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byDepartment},
			view{kind: viewGroup, mode: byDepartment, group: it.DepartmentID}, view{kind: viewItem, item: it.ID})
	}},
	{"07-idle-warning", func(u *UI, cat wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byDepartment})
		// The last touch was just long enough ago for the warning.
		u.sess.Touch(u.deps.Now().Add(-u.cfg.Session.IdleTimeout.Duration))
		u.Tick()
	}},
	{"08-staff-pin", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewStaffPIN})
		u.staff.pin = "1234"
		u.render()
	}},
	{"09-staff-panel", func(u *UI, _ wire.Catalog) { u.startAt(view{kind: viewHome}, view{kind: viewStaff}) }},
	{"12-idcard-wait", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome})
		u.askForCard()
	}},
	{"13-idcard-fault", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome})
		u.askForCard()
		u.CardFault(FaultReadFailed)
	}},
	{"14-idcard-confirmed", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome})
		u.askForCard()
		u.CardPlaced(NewPerson("区*", "4406********2016", "resident", "sample", nil))
	}},
	{"15-home-signed-in", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome})
		u.CardPlaced(NewPerson("区*", "4406********2016", "resident", "sample", nil))
		u.home()
	}},
	{"16-print-qr-fallback", func(u *UI, cat wire.Catalog) {
		it := richestItem(cat)
		u.startAt(view{kind: viewHome}, view{kind: viewItem, item: it.ID})
		u.showGuideQR(it, "paper_out")
	}},
	{"17-pay-notice", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewPayNotice})
		u.pay.digits = "4406012026000123"
		u.render()
	}},
	{"18-pay-confirm", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewPayNotice})
		u.pay.notice = sampleNotice()
		u.push(view{kind: viewPayConfirm})
	}},
	{"19-pay-pad", func(u *UI, _ wire.Catalog) {
		u.pay.notice, u.pay.started = sampleNotice(), u.deps.Now().Add(-12*time.Second)
		u.startAt(view{kind: viewHome}, view{kind: viewPayPad})
	}},
	{"20-pay-paid", func(u *UI, _ wire.Catalog) {
		u.pay.outcome = payments.Outcome{State: journal.Reported, CardMasked: "622202******0128", Ref: "9f3a61c2d4e8b705", AmountFen: 38000, Notice: sampleNotice()}
		u.startAt(view{kind: viewHome}, view{kind: viewPayResult})
	}},
	{"21-pay-declined", func(u *UI, _ wire.Catalog) {
		u.pay.outcome = payments.Outcome{State: journal.Declined, Code: "insufficient_funds", AmountFen: 38000, Notice: sampleNotice()}
		u.startAt(view{kind: viewHome}, view{kind: viewPayResult})
	}},
	{"22-bank-balance", func(u *UI, _ wire.Catalog) {
		u.pay.balance = u.t("bank.balance", "Card", "622202******0128", "Amount", "1234.56")
		u.startAt(view{kind: viewHome}, view{kind: viewBank})
	}},
	{"23-jobs-search", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewJobs})
		u.jobs.text = "pg"
		u.render()
	}},
	{"24-job-detail", func(u *UI, _ wire.Catalog) {
		idx, _ := u.deps.Jobs.Index()
		if r := idx.Search(jobsearch.Query{Text: "pg", PerPage: 1}); len(r.Jobs) > 0 {
			u.jobs.job = r.Jobs[0]
		}
		u.startAt(view{kind: viewHome}, view{kind: viewJobs}, view{kind: viewJob})
	}},
	{"10-staff-outbox", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewStaff}, view{kind: viewStaffOutbox})
	}},
	{"11-staff-discard", func(u *UI, _ wire.Catalog) {
		u.startAt(view{kind: viewHome}, view{kind: viewStaff}, view{kind: viewStaffOutbox}, view{kind: viewStaffDiscard, seq: 7})
	}},
}

func sampleNotice() wire.PaymentNotice {
	return wire.PaymentNotice{Number: "4406012026000123", PayerMasked: "陈**", AmountFen: 38000, Status: wire.NoticeUnpaid,
		Item:       wire.Text{wire.LangZhHans: "城乡居民基本医疗保险费", wire.LangZhHant: "城鄉居民基本醫療保險費", wire.LangEn: "Residents' basic medical insurance"},
		Department: wire.Text{wire.LangZhHans: "佛山市顺德区医疗保障局", wire.LangZhHant: "佛山市順德區醫療保障局", wire.LangEn: "Shunde Medical Security Bureau"}}
}

// samplePayments answers in the screenshots' words.
type samplePayments struct{}

func (samplePayments) Lookup(context.Context, string) (wire.PaymentNotice, error) {
	return sampleNotice(), nil
}
func (samplePayments) Pay(context.Context, wire.PaymentNotice) (payments.Outcome, error) {
	return payments.Outcome{}, nil
}
func (samplePayments) Balance(context.Context) (string, int64, string, error) {
	return "622202******0128", 123456, "approved", nil
}
func (samplePayments) Message(code, lang string) string {
	return map[string]string{wire.LangZhHans: "卡内余额不足", wire.LangZhHant: "卡內餘額不足", wire.LangEn: "There is not enough money on the card."}[lang]
}
func (samplePayments) PrintSlip(context.Context, payments.Outcome) (string, error) { return "", nil }
func (samplePayments) Reconcile(context.Context) (Recon, error) {
	return Recon{LocalCount: 3, HallCount: 3, LocalFen: 114000, HallFen: 114000}, nil
}

// ScreenData is the content the screenshots show.
type ScreenData struct {
	Catalog wire.Catalog
	Jobs    wire.Jobs
	Towns   []wire.Town
}

type sampleJobs struct {
	idx   *jobsearch.Index
	towns []wire.Town
	info  datasets.DatasetInfo
}

func (s sampleJobs) Index() (*jobsearch.Index, datasets.DatasetInfo) { return s.idx, s.info }
func (s sampleJobs) Towns() []wire.Town                              { return s.towns }

// samplePrinter is a ready printer for screenshots.
type samplePrinter struct{}

func (samplePrinter) Ready() (bool, string) { return true, "ok" }
func (samplePrinter) PrintGuide(context.Context, wire.CatalogItem) (string, error) {
	return "", nil
}
func (samplePrinter) Reprint(context.Context) (string, error) { return "", nil }
func (samplePrinter) Recheck(context.Context) string          { return "ok" }

// sampleOutbox is a fixed outbox for screenshots: two records waiting for
// staff and some on their way.
type sampleOutbox struct{ now time.Time }

func (s sampleOutbox) Stats() (outbox.Stats, error) {
	return outbox.Stats{Pending: 3, Attention: 2}, nil
}
func (s sampleOutbox) Waiting() ([]outbox.Record, error) {
	return []outbox.Record{
		{Seq: 7, Kind: "application", CreatedAt: s.now.Add(-26 * time.Hour), State: outbox.StateAttention,
			Summary: outbox.Summary{Title: "个体工商户变更登记", MaskedID: "4406**********1234"}, Reason: "rejected by the hall: item withdrawn from the catalog"},
		{Seq: 9, Kind: "ticket", CreatedAt: s.now.Add(-3 * time.Hour), State: outbox.StateAttention,
			Summary: outbox.Summary{Title: "村道路灯损坏"}, Reason: "failed 8 times: hall answered 500 internal"},
	}, nil
}
func (s sampleOutbox) Retry(uint64, string) error           { return nil }
func (s sampleOutbox) Discard(uint64, string, string) error { return nil }

// startAt begins a session showing the given navigation stack.
func (u *UI) startAt(stack ...view) {
	u.sess.Touch(u.deps.Now())
	u.stack = stack
	u.render()
}

// richestItem is the item with the most materials: the fullest guide.
func richestItem(cat wire.Catalog) wire.CatalogItem {
	best := cat.Items[0]
	for _, it := range cat.Items {
		if len(it.Materials) > len(best.Materials) {
			best = it
		}
	}
	return best
}

// Variant is one combination of orientation, text mode and language.
type Variant struct {
	Orientation string // "landscape" or "portrait"
	Mode        string // "normal" or "elder"
	Lang        string
}

// RenderScreens draws every screen headlessly with Fyne's test driver and
// the kiosk theme, in both orientations, normal and elder mode and each
// language, to PNG files in dir. only, if not nil, picks the variants to
// render. It returns the files written.
func RenderScreens(dir string, cfg config.Config, tr *i18n.Catalog, data ScreenData, only func(Variant) bool) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("screenshots: %w", err)
	}
	var files []string
	err := VisitScreens(cfg, tr, data, only, func(v Variant, shot Shot, w fyne.Window) error {
		name := filepath.Join(dir, fmt.Sprintf("%s-%s-%s-%s.png", v.Orientation, v.Mode, v.Lang, shot.Name))
		if err := writePNG(name, w); err != nil {
			return err
		}
		files = append(files, name)
		return nil
	})
	return files, err
}

// VisitScreens builds every screen of every variant (see RenderScreens) in
// a test window and calls visit with it.
func VisitScreens(cfg config.Config, tr *i18n.Catalog, data ScreenData, only func(Variant) bool, visit func(Variant, Shot, fyne.Window) error) error {
	cat := data.Catalog
	if len(cat.Items) == 0 || len(cat.Departments) == 0 {
		return fmt.Errorf("screenshots: empty catalog")
	}
	now := time.Date(2026, 11, 25, 9, 30, 0, 0, time.Local)
	info := datasets.CatalogInfo{Present: true, Revision: 1, CheckedAt: now.Add(-12 * time.Minute), Items: len(cat.Items)}
	deps := Deps{
		Catalog: func() (wire.Catalog, datasets.CatalogInfo) { return cat, info },
		SyncStatus: func() datasets.Status {
			return datasets.Status{Network: datasets.NetworkOnline, LastContact: now.Add(-12 * time.Minute)}
		},
		SyncNow:     func(context.Context) error { return nil },
		ClockOffset: func() (time.Duration, bool) { return 2 * time.Second, true },
		Now:         func() time.Time { return now },
		Outbox:      sampleOutbox{now: now},
		Printer:     samplePrinter{},
		Payments:    samplePayments{},
		Jobs:        sampleJobs{idx: jobsearch.Build(data.Jobs), towns: data.Towns, info: info},
		GuideURL:    func(id string) string { return "https://hall.sd.gov.cn/guide/" + id },
		Datasets: func(name string) datasets.DatasetInfo {
			if name == wire.DatasetHospitals {
				return datasets.DatasetInfo{}
			}
			return datasets.DatasetInfo{Present: true, Revision: 3, CheckedAt: now.Add(-12 * time.Minute)}
		},
		Enrolment: func() (bool, error) { return true, nil },
		Version:   "screenshots",
		Go:        func(f func()) { f() },
	}
	sizes := []struct {
		name string
		size fyne.Size
	}{{"landscape", fyne.NewSize(1920, 1080)}, {"portrait", fyne.NewSize(1080, 1920)}}

	a := test.NewApp()
	defer a.Quit()
	for _, sz := range sizes {
		for _, elder := range []bool{false, true} {
			for _, lang := range wire.Languages {
				v := Variant{Orientation: sz.name, Mode: "normal", Lang: lang}
				if elder {
					v.Mode = "elder"
				}
				if only != nil && !only(v) {
					continue
				}
				for _, shot := range Shots {
					c := cfg
					c.UI.Language, c.UI.ElderMode, c.UI.Orientation = lang, elder, config.OrientationAuto
					w := a.NewWindow("kiosk")
					w.SetPadded(false)
					w.Resize(sz.size)
					u := New(a, w, c, tr, deps)
					shot.Reach(u, cat)
					err := visit(v, shot, w)
					w.Close()
					if err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

func writePNG(name string, w fyne.Window) error {
	img := w.Canvas().Capture()
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("screenshots: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("screenshots: encode %s: %w", name, err)
	}
	return f.Close()
}
