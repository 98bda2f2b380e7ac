package documents

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden page images in testdata/golden")

// goldenDPI keeps the masters small and still shows every line of text.
const goldenDPI = 75

// Tolerance: pages are compared in blocks of blockSize² pixels (2.7 mm at
// 75 dpi); a block whose mean grey level moved by more than blockTolerance
// fails the page. Versions of poppler and FreeType differ in anti-aliasing
// and hinting, which moves a block's mean by a few levels; a moved rule or
// table, a line that wraps differently, a missing QR code or an added word
// moves it by far more. One glyph swapped for a similar one may pass: the
// wording is TestTextContent's job, the layout this test's.
const (
	blockSize      = 8
	blockTolerance = 32
)

func TestGoldenPages(t *testing.T) {
	dir := t.TempDir()
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			pages := rasterise(t, renderFixture(t, dir, f.name, f.doc()), goldenDPI)
			golden := filepath.Join("testdata", "golden")
			if *update {
				old, _ := filepath.Glob(filepath.Join(golden, f.name+"-p*.png"))
				for _, o := range old {
					if err := os.Remove(o); err != nil {
						t.Fatal(err)
					}
				}
				if err := os.MkdirAll(golden, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			masters, _ := filepath.Glob(filepath.Join(golden, f.name+"-p*.png"))
			if !*update && len(masters) != len(pages) {
				t.Fatalf("%d pages, %d golden masters (go test ./documents -run TestGoldenPages -update rewrites them)", len(pages), len(masters))
			}
			for i, page := range pages {
				master := filepath.Join(golden, fmt.Sprintf("%s-p%d.png", f.name, i+1))
				got := readPGM(t, page)
				if *update {
					writePNG(t, master, got)
					continue
				}
				want := readGrey(t, master)
				if msg := compareGrey(got, want); msg != "" {
					out, err := os.MkdirTemp("", "documents-golden-")
					if err == nil {
						writePNG(t, filepath.Join(out, filepath.Base(master)), got)
					}
					t.Errorf("page %d differs from %s: %s (rendered page kept in %s)", i+1, master, msg, out)
				}
			}
		})
	}
}

func readGrey(t *testing.T, path string) *image.Gray {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if g, ok := img.(*image.Gray); ok {
		return g
	}
	b := img.Bounds()
	g := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			g.Set(x, y, color.GrayModel.Convert(img.At(x, y)))
		}
	}
	return g
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// compareGrey returns "" when the two pages match within the tolerance,
// or what differs.
func compareGrey(got, want *image.Gray) string {
	gs, ws := got.Bounds().Size(), want.Bounds().Size()
	// Rasterisers round the page size either way: compare what overlaps
	// when the sizes differ by a pixel or two.
	if abs(gs.X-ws.X) > 2 || abs(gs.Y-ws.Y) > 2 {
		return fmt.Sprintf("size %v, want %v", gs, ws)
	}
	size := image.Pt(min(gs.X, ws.X), min(gs.Y, ws.Y))
	bad, worst, wx, wy := 0, 0, 0, 0
	for by := 0; by < size.Y; by += blockSize {
		for bx := 0; bx < size.X; bx += blockSize {
			sum, n := 0, 0
			for y := by; y < min(by+blockSize, size.Y); y++ {
				for x := bx; x < min(bx+blockSize, size.X); x++ {
					g := int(got.GrayAt(got.Rect.Min.X+x, got.Rect.Min.Y+y).Y)
					w := int(want.GrayAt(want.Rect.Min.X+x, want.Rect.Min.Y+y).Y)
					sum += g - w
					n++
				}
			}
			d := abs(sum / n)
			if d > blockTolerance {
				bad++
			}
			if d > worst {
				worst, wx, wy = d, bx, by
			}
		}
	}
	if bad > 0 {
		return fmt.Sprintf("%d blocks of %d×%d px differ, worst by %d grey levels at (%d,%d)", bad, blockSize, blockSize, worst, wx, wy)
	}
	return ""
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
