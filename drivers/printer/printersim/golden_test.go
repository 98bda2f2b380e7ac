package printersim_test

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/internal/fixture"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
)

var update = flag.Bool("update", false, "rewrite the golden pictures in testdata/")

var (
	fontOnce  sync.Once
	fontBytes []byte
	fontErr   error
)

// kioskFont reads the kiosk's bundled CJK font.
func kioskFont(t testing.TB) []byte {
	t.Helper()
	fontOnce.Do(func() { fontBytes, fontErr = os.ReadFile("../../../assets/fonts/wqy-microhei.ttf") })
	if fontErr != nil {
		t.Fatalf("read font: %v", fontErr)
	}
	return fontBytes
}

// TestGoldenStandardReceipt renders the standard receipt on 58 mm paper
// and compares it pixel by pixel with testdata/standard-58.png. Run with
// -update to rewrite the master after an intended change; look at it
// before committing.
func TestGoldenStandardReceipt(t *testing.T) {
	r, err := fixture.Standard(printer.Layout{Paper: printer.Paper58})
	if err != nil {
		t.Fatal(err)
	}
	rend, err := printersim.NewRenderer(kioskFont(t))
	if err != nil {
		t.Fatal(err)
	}
	var page *printersim.Page
	in := printersim.NewInterpreter(printersim.InterpreterOptions{
		Paper: printer.Paper58,
		OnCut: func(p *printersim.Page) bool { page = p; return true },
	})
	in.Feed(r.Data)
	if page == nil {
		t.Fatal("the receipt was not cut")
	}
	got := page.Render(rend)
	if got.Rect.Dx() != 384 {
		t.Errorf("58 mm paper is %d dots wide, want 384", got.Rect.Dx())
	}
	path := filepath.Join("testdata", "standard-58.png")
	if *update {
		var buf bytes.Buffer
		if err := printersim.EncodePNG(&buf, got); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open master (run with -update to create it): %v", err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatalf("decode master: %v", err)
	}
	if want.Bounds() != got.Bounds() {
		t.Fatalf("size %v, master %v", got.Bounds(), want.Bounds())
	}
	diff := 0
	for y := 0; y < got.Rect.Dy(); y++ {
		for x := 0; x < got.Rect.Dx(); x++ {
			if gray(want, x, y) != got.GrayAt(x, y).Y {
				diff++
			}
		}
	}
	if diff > 0 {
		out := filepath.Join(t.TempDir(), "standard-58.actual.png")
		var buf bytes.Buffer
		_ = printersim.EncodePNG(&buf, got)
		_ = os.WriteFile(out, buf.Bytes(), 0o644)
		t.Errorf("%d pixels differ from the master; actual picture in %s", diff, out)
	}
}

func gray(img image.Image, x, y int) uint8 {
	r, _, _, _ := img.At(x, y).RGBA()
	return uint8(r >> 8)
}
