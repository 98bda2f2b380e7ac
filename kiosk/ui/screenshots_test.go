package ui

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/village-kiosk/kiosk/hall/demo"
)

func TestRenderScreensWritesEveryScreen(t *testing.T) {
	dir := t.TempDir()
	// Two of the twelve variants keep the test quick; `make screenshots`
	// renders all of them with the same code.
	only := func(v Variant) bool {
		return v == Variant{"landscape", "normal", "zh-Hans"} || v == Variant{"portrait", "elder", "en"}
	}
	files, err := RenderScreens(dir, testConfig(), catalogOrDie(t), ScreenData{Catalog: testCatalog(), Jobs: demo.Jobs(), Towns: demo.Towns()}, only)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 * len(Shots); len(files) != want {
		t.Fatalf("%d files, want %d", len(files), want)
	}
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1920 || b.Dy() != 1080 {
		t.Errorf("landscape shot is %v", b)
	}
}

// TestEveryScreenFitsTheScreen builds every screen in every variant and
// checks that nothing needs more room than the screen has: a kiosk cannot
// scroll, so what does not fit is lost.
func TestEveryScreenFitsTheScreen(t *testing.T) {
	// The demo catalog, with the long names real data has.
	err := VisitScreens(testConfig(), catalogOrDie(t), ScreenData{Catalog: demo.Catalog(), Jobs: demo.Jobs(), Towns: demo.Towns()}, nil, func(v Variant, s Shot, w fyne.Window) error {
		min, size := w.Content().MinSize(), fyne.NewSize(1920, 1080)
		if v.Orientation == "portrait" {
			size = fyne.NewSize(1080, 1920)
		}
		if min.Width > size.Width+0.5 || min.Height > size.Height+0.5 {
			t.Errorf("%v %s needs %v, the screen is %v", v, s.Name, min, size)
		}
		// After layout too: a label that measures differently once laid out
		// makes the window grow past the screen.
		w.Content().Refresh()
		if got := w.Canvas().Size(); got.Width > size.Width+0.5 || got.Height > size.Height+0.5 {
			t.Errorf("%v %s grew the window to %v, the screen is %v", v, s.Name, got, size)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
