package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/village-kiosk/kiosk/kiosk/theme"
)

// BenchmarkScreenChange measures a screen change as the kiosk does it:
// build the next screen from state, lay it out in a 1920×1080 window and
// paint it once (software painter; the GL window paints faster). Budget:
// 50 ms (DESIGN.md §9).
func BenchmarkScreenChange(b *testing.B) {
	f := newFake()
	a := test.NewApp()
	defer a.Quit()
	a.Settings().SetTheme(theme.New(false))
	w := a.NewWindow("bench")
	w.SetPadded(false)
	w.Resize(landscape)
	u := New(a, w, testConfig(), catalogOrDie(b), f.deps())
	u.startAt(view{kind: viewHome})
	screens := [][]view{
		{{kind: viewHome}},
		{{kind: viewHome}, {kind: viewApprovals, mode: byDepartment}},
		{{kind: viewHome}, {kind: viewApprovals, mode: byDepartment}, {kind: viewGroup, mode: byDepartment, group: "SCJG"}},
		{{kind: viewHome}, {kind: viewApprovals, mode: byDepartment}, {kind: viewGroup, mode: byDepartment, group: "SCJG"}, {kind: viewItem, item: "SD-SCJG-0003"}},
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		u.stack = screens[i%len(screens)]
		u.render()
		w.Canvas().Capture()
	}
}

// BenchmarkScreenBuild is the build and layout part alone, without paint.
func BenchmarkScreenBuild(b *testing.B) {
	f := newFake()
	a := test.NewApp()
	defer a.Quit()
	w := a.NewWindow("bench")
	w.Resize(landscape)
	u := New(a, w, testConfig(), catalogOrDie(b), f.deps())
	u.startAt(view{kind: viewHome}, view{kind: viewApprovals, mode: byDepartment}, view{kind: viewGroup, mode: byDepartment, group: "SCJG"})
	for b.Loop() {
		u.render()
	}
}
