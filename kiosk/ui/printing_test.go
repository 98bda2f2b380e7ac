package ui

import (
	"context"
	"errors"
	"testing"

	"github.com/village-kiosk/kiosk/sync/wire"
)

type fakePrinter struct {
	ready     bool
	code      string
	failWith  string
	printed   []string
	reprints  int
	rechecked int
}

func (p *fakePrinter) Ready() (bool, string) { return p.ready, p.code }
func (p *fakePrinter) PrintGuide(_ context.Context, it wire.CatalogItem) (string, error) {
	if p.failWith != "" {
		p.ready, p.code = false, p.failWith
		return p.failWith, errors.New(p.failWith)
	}
	p.printed = append(p.printed, it.ID)
	return "", nil
}
func (p *fakePrinter) Reprint(context.Context) (string, error) { p.reprints++; return "", nil }
func (p *fakePrinter) Recheck(context.Context) string {
	p.rechecked++
	p.ready, p.code = true, "ok"
	return "ok"
}

func openItem(t *testing.T, u *UI) {
	t.Helper()
	u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byDepartment},
		view{kind: viewGroup, mode: byDepartment, group: "MZ"}, view{kind: viewItem, item: "SD-MZ-0001"})
}

func TestPrintGuideAndPaperOutFallback(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	p := &fakePrinter{ready: true, code: "ok"}
	u.deps.Printer = p
	u.deps.GuideURL = func(id string) string { return "https://hall.example/guide/" + id }
	openItem(t, u)
	tapText(t, w, "打印办事指南")
	if len(p.printed) != 1 || !hasText(w, "已打印，请取走凭条") {
		t.Fatalf("print: %v %q", p.printed, texts(w))
	}

	// Paper runs out during the next copy: the person is told, and the
	// print button becomes the QR fallback.
	p.failWith = "paper_out"
	tapText(t, w, "已打印，请取走凭条")
	if !hasText(w, "打印失败（打印机缺纸），扫码取电子件") || hasText(w, "打印办事指南") {
		t.Fatalf("paper out: %q", texts(w))
	}
	tapText(t, w, "扫码取电子件")
	if !hasText(w, "用手机扫码查看办事指南") || !hasText(w, "打印机暂时不能打印（打印机缺纸）") {
		t.Fatalf("QR fallback: %q", texts(w))
	}
	tapText(t, w, "关闭")
	if hasText(w, "用手机扫码查看办事指南") {
		t.Error("QR popup did not close")
	}
}

func TestPrinterDownShowsOnlyTheQR(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	u.deps.Printer = &fakePrinter{ready: false, code: "cover_open"}
	u.deps.GuideURL = func(id string) string { return "https://hall.example/guide/" + id }
	openItem(t, u)
	if hasText(w, "打印办事指南") || !hasText(w, "扫码取电子件") {
		t.Fatalf("a print button is offered by a printer that cannot print: %q", texts(w))
	}
	tapText(t, w, "扫码取电子件")
	if !hasText(w, "打印机盖未关好") {
		t.Errorf("reason missing: %q", texts(w))
	}
	// The wipe takes the QR away with everything else.
	u.Wipe()
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("QR left on screen after the wipe")
	}
}

func TestStaffReprintAndPaperRefilled(t *testing.T) {
	f := newFake()
	cfg := testConfig()
	cfg.Staff.PINHash = mustHash(t, "2468")
	u, w := newTestUI(t, landscape, cfg, f)
	p := &fakePrinter{ready: false, code: "paper_out"}
	u.deps.Printer = p
	u.startAt(view{kind: viewHome}, view{kind: viewStaff})
	tapText(t, w, "已换纸")
	if p.rechecked != 1 || !hasText(w, "已重新检查打印机：正常") {
		t.Fatalf("paper refilled: %q", texts(w))
	}
	tapText(t, w, "重打上一张")
	if p.reprints != 1 || !hasText(w, "已重打上一张凭条") {
		t.Fatalf("reprint: %q", texts(w))
	}
}
