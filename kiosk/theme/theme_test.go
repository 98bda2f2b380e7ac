package theme

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"
)

func TestBundledFontIsPlainTrueType(t *testing.T) {
	// A .ttc collection ("ttcf") crashes Fyne on the first measurement and
	// fpdf rejects CFF ("OTTO"): only TrueType will do.
	data := New(false).Font(fyne.TextStyle{}).Content()
	if !bytes.HasPrefix(data, []byte{0, 1, 0, 0}) && !bytes.HasPrefix(data, []byte("true")) {
		t.Fatalf("font starts with %q, not a TrueType file", data[:4])
	}
	if len(data) < 1<<20 {
		t.Errorf("font is only %d bytes: CJK coverage missing?", len(data))
	}
}

func TestSizesForTouchAndElderMode(t *testing.T) {
	n, e := New(false), New(true)
	if n.Size(fynetheme.SizeNameText) < 28 {
		t.Errorf("body text %v < 28 px", n.Size(fynetheme.SizeNameText))
	}
	if n.Size(SizeNameTarget) < 80 {
		t.Errorf("touch target %v < 80 px", n.Size(SizeNameTarget))
	}
	for _, name := range []fyne.ThemeSizeName{fynetheme.SizeNameText, SizeNameTarget, SizeNameTitle} {
		if e.Size(name) <= n.Size(name) {
			t.Errorf("elder %s not larger", name)
		}
	}
	// Elder mode raises contrast: pure black text on white.
	fg := e.Color(fynetheme.ColorNameForeground, fynetheme.VariantDark)
	if r, g, b, _ := fg.RGBA(); r|g|b != 0 {
		t.Error("elder foreground is not black")
	}
	// The palette ignores a dark desktop setting.
	if n.Color(fynetheme.ColorNameBackground, fynetheme.VariantDark) != n.Color(fynetheme.ColorNameBackground, fynetheme.VariantLight) {
		t.Error("dark variant changes the kiosk's background")
	}
}
