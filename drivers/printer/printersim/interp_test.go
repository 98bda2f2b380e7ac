package printersim

import (
	"bytes"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/printer"
)

// feed runs b through a fresh 58 mm interpreter and returns the pages cut
// plus the page in progress.
func feed(t *testing.T, o InterpreterOptions, b ...[]byte) []*Page {
	t.Helper()
	var pages []*Page
	o.OnCut = func(p *Page) bool { pages = append(pages, p); return true }
	in := NewInterpreter(o)
	for _, x := range b {
		in.Feed(x)
	}
	return append(pages, in.Page())
}

func textBlocks(p *Page) []block {
	var out []block
	for _, b := range p.blocks {
		if b.kind == blockText {
			out = append(out, b)
		}
	}
	return out
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func TestInterpText(t *testing.T) {
	cases := []struct {
		name  string
		opts  InterpreterOptions
		in    []byte
		runes string
		xs    []int
		w, h  int // of the last glyph
	}{
		{"ascii", InterpreterOptions{}, []byte("AB\n"), "AB", []int{0, 12}, 12, 24},
		{"gb18030 two-byte", InterpreterOptions{}, []byte{0xd6, 0xd0, 'a', 0x0a}, "中a", []int{0, 24}, 12, 24},
		{"gb18030 four-byte", InterpreterOptions{}, []byte{0x95, 0x32, 0x82, 0x36, 0x0a}, "𠀀", []int{0}, 24, 24},
		{"invalid gb18030 lead", InterpreterOptions{}, []byte{0x81, 0x20, 0x0a}, "? ", []int{0, 12}, 12, 24},
		{"latin mode uses code page 437", InterpreterOptions{LatinAtPowerUp: true}, []byte{0x82, 0x0a}, "é", []int{0}, 12, 24},
		{"FS & switches chinese on", InterpreterOptions{LatinAtPowerUp: true}, []byte{0x1c, 0x26, 0xd6, 0xd0, 0x0a}, "中", []int{0}, 24, 24},
		{"FS . switches chinese off", InterpreterOptions{}, []byte{0x1c, 0x2e, 0x82, 0x0a}, "é", []int{0}, 12, 24},
		{"GS ! 2x2", InterpreterOptions{}, []byte{0x1d, 0x21, 0x11, 0xd6, 0xd0, 0x0a}, "中", []int{0}, 48, 48},
		{"GS ! 3 wide 1 high", InterpreterOptions{}, []byte{0x1d, 0x21, 0x20, 'x', 0x0a}, "x", []int{0}, 36, 24},
		{"ESC ! double width and height", InterpreterOptions{}, []byte{0x1b, 0x21, 0x30, 'x', 0x0a}, "x", []int{0}, 24, 48},
		{"font B", InterpreterOptions{}, []byte{0x1b, 0x4d, 0x01, 'x', 0x0a}, "x", []int{0}, 9, 17},
		{"FS ! doubles chinese only", InterpreterOptions{}, []byte{0x1c, 0x21, 0x0c, 'x', 0xd6, 0xd0, 0x0a}, "x中", []int{0, 12}, 48, 48},
		{"centre", InterpreterOptions{}, []byte{0x1b, 0x61, 0x01, 'A', 'B', 0x0a}, "AB", []int{180, 192}, 12, 24},
		{"right", InterpreterOptions{}, []byte{0x1b, 0x61, 0x32, 'A', 'B', 0x0a}, "AB", []int{360, 372}, 12, 24},
		{"align mid-line is ignored", InterpreterOptions{}, []byte{'A', 0x1b, 0x61, 0x02, 'B', 0x0a}, "AB", []int{0, 12}, 12, 24},
		{"tab", InterpreterOptions{}, []byte{'A', 0x09, 'B', 0x0a}, "AB", []int{0, 96}, 12, 24},
		{"80 mm centre", InterpreterOptions{Paper: printer.Paper80}, []byte{0x1b, 0x61, 0x01, 'A', 'B', 0x0a}, "AB", []int{276, 288}, 12, 24},
		{"CR ignored", InterpreterOptions{}, []byte{'A', 0x0d, 'B', 0x0a}, "AB", []int{0, 12}, 12, 24},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := textBlocks(feed(t, c.opts, c.in)[0])
			if len(tb) != 1 {
				t.Fatalf("%d text lines, want 1", len(tb))
			}
			gl := tb[0].glyphs
			var rs []rune
			var xs []int
			for _, g := range gl {
				rs = append(rs, g.r)
				xs = append(xs, g.x)
			}
			if string(rs) != c.runes {
				t.Errorf("runes %q, want %q", string(rs), c.runes)
			}
			if len(xs) != len(c.xs) || !equalInts(xs, c.xs) {
				t.Errorf("x %v, want %v", xs, c.xs)
			}
			last := gl[len(gl)-1]
			if last.w != c.w || last.h != c.h {
				t.Errorf("last glyph %d×%d, want %d×%d", last.w, last.h, c.w, c.h)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestInterpModes(t *testing.T) {
	p := feed(t, InterpreterOptions{}, []byte{
		0x1b, 0x45, 0x01, 'b', 0x1b, 0x45, 0x00, 'n',
		0x1b, 0x2d, 0x02, 'u', 0x1b, 0x2d, 0x00,
		0x1d, 0x42, 0x01, 'i', 0x1d, 0x42, 0x00, 0x0a,
	})[0]
	gl := textBlocks(p)[0].glyphs
	if !gl[0].bold || gl[1].bold || gl[2].underline != 2 || gl[1].underline != 0 || !gl[3].invert {
		t.Errorf("modes wrong: %+v", gl)
	}
	// ESC @ resets modes and drops an unprinted line
	p = feed(t, InterpreterOptions{}, []byte{0x1d, 0x21, 0x11, 0x1b, 0x45, 0x01, 'x', 0x1b, 0x40, 'y', 0x0a})[0]
	gl = textBlocks(p)[0].glyphs
	if len(gl) != 1 || gl[0].r != 'y' || gl[0].w != 12 || gl[0].bold {
		t.Errorf("after ESC @: %+v", gl)
	}
}

func TestInterpLinesAndFeeds(t *testing.T) {
	p := feed(t, InterpreterOptions{}, []byte(strings.Repeat("a", 33)+"\n"))[0]
	tb := textBlocks(p)
	if len(tb) != 2 || len(tb[0].glyphs) != 32 || len(tb[1].glyphs) != 1 {
		t.Fatalf("33 characters on 32 columns: %d lines", len(tb))
	}
	if p.Height() != 2*defaultSpace {
		t.Errorf("two lines are %d dots, want %d", p.Height(), 2*defaultSpace)
	}
	p = feed(t, InterpreterOptions{}, []byte{0x1d, 0x21, 0x01, 'x', 0x0a, 0x1b, 0x64, 0x03, 0x1b, 0x33, 50, 0x0a, 0x1b, 0x32, 0x0a, 0x1b, 0x4a, 7})[0]
	if want := 48 + 3*defaultSpace + 50 + defaultSpace + 7; p.Height() != want {
		t.Errorf("height %d, want %d", p.Height(), want)
	}
}

func TestInterpQR(t *testing.T) {
	qr := func(size byte, level byte, data string) []byte {
		k := len(data) + 3
		return cat(
			[]byte{0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00},
			[]byte{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, size},
			[]byte{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, level},
			[]byte{0x1d, 0x28, 0x6b, byte(k), byte(k >> 8), 0x31, 0x50, 0x30}, []byte(data),
			[]byte{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30},
		)
	}
	p := feed(t, InterpreterOptions{}, []byte{0x1b, 0x61, 0x01}, qr(6, '1', "HELLO"))[0]
	m := p.QRMatrix(0)
	if len(m) != 21 {
		t.Fatalf("QR of 5 bytes: %d modules, want 21 (version 1)", len(m))
	}
	b := p.blocks[0]
	if b.h != 21*6 || b.x != (384-21*6)/2 || b.label != "HELLO" {
		t.Errorf("QR block h=%d x=%d label=%q", b.h, b.x, b.label)
	}
	if !strings.Contains(p.Text(), "[QR HELLO]") {
		t.Errorf("text %q", p.Text())
	}
	// too wide for the paper: not printed
	p = feed(t, InterpreterOptions{}, qr(16, '3', strings.Repeat("x", 200)))[0]
	if p.QRMatrix(0) != nil || p.Height() != 0 {
		t.Errorf("oversized QR printed (%d dots)", p.Height())
	}
	// micro QR (model 3) is not supported: not printed
	micro := []byte{0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x33, 0x00}
	p = feed(t, InterpreterOptions{}, micro, qr(3, '0', "x")[9:])[0]
	if p.QRMatrix(0) != nil {
		t.Errorf("micro QR printed")
	}
}

func TestCode128Values(t *testing.T) {
	cases := []struct {
		data []byte
		vals []int
		hri  string
	}{
		{[]byte("{BA"), []int{104, 33, 34, 106}, "A"},
		{[]byte{'{', 'C', 12, 34}, []int{105, 12, 34, 82, 106}, "1234"},
		{[]byte("{Ba{{b"), []int{104, 65, 91, 66, (104 + 65 + 91*2 + 66*3) % 103, 106}, "a{b"},
		{[]byte{'{', 'B', 'X', '{', 'C', 7}, []int{104, 56, 99, 7, (104 + 56 + 99*2 + 7*3) % 103, 106}, "X07"},
		{[]byte{'{', 'A', 'A', 0x01}, []int{103, 33, 65, (103 + 33 + 65*2) % 103, 106}, "A "},
	}
	for _, c := range cases {
		vals, hri, ok := code128Values(c.data)
		if !ok || !equalInts(vals, c.vals) || hri != c.hri {
			t.Errorf("%q: %v %q %v, want %v %q", c.data, vals, hri, ok, c.vals, c.hri)
		}
		modules := 0
		for _, w := range code128Bars(vals) {
			modules += int(w)
		}
		if want := 11*(len(vals)-1) + 13; modules != want {
			t.Errorf("%q: %d modules, want %d", c.data, modules, want)
		}
	}
	for _, bad := range [][]byte{nil, []byte("{B"), []byte("AB"), []byte("{Xa"), []byte("{Ba{"), {'{', 'C', 100}, []byte("{Cx"), []byte("{B\x01"), []byte("{BA{B")} {
		if _, _, ok := code128Values(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
	for v, p := range code128Patterns {
		sum := 0
		for _, d := range p {
			sum += int(d - '0')
		}
		if want := map[bool]int{true: 13, false: 11}[v == 106]; sum != want {
			t.Errorf("pattern %d sums to %d", v, sum)
		}
	}
}

func TestInterpBarcodes(t *testing.T) {
	p := feed(t, InterpreterOptions{}, []byte{
		0x1d, 0x68, 60, 0x1d, 0x77, 2, 0x1d, 0x48, 2,
		0x1d, 0x6b, 0x49, 0x05, '{', 'B', 'A', 'B', 'C',
	})[0]
	if len(p.blocks) != 2 || p.blocks[0].kind != blockBars || p.blocks[0].h != 60 || p.blocks[1].kind != blockText {
		t.Fatalf("blocks %+v", p.blocks)
	}
	if want := (11*5 + 13) * 2; sumBars(p.blocks[0].bars)*p.blocks[0].mod != want {
		t.Errorf("barcode %d dots wide, want %d", sumBars(p.blocks[0].bars)*p.blocks[0].mod, want)
	}
	if !strings.Contains(p.Text(), "[CODE128 ABC]\nABC\n") {
		t.Errorf("text %q", p.Text())
	}
	// function A (EAN13, NUL-terminated) is drawn as a labelled box
	p = feed(t, InterpreterOptions{}, []byte{0x1d, 0x6b, 0x02}, []byte("4006381333931"), []byte{0})[0]
	if len(p.blocks) != 1 || p.blocks[0].kind != blockBox || !strings.Contains(p.Text(), "[BARCODE 4006381333931]") {
		t.Errorf("EAN13: %q", p.Text())
	}
	// invalid CODE128 data is not printed
	p = feed(t, InterpreterOptions{}, []byte{0x1d, 0x6b, 0x49, 0x02, 'A', 'B', 'x', 0x0a})[0]
	if strings.Contains(p.Text(), "CODE128") || !strings.Contains(p.Text(), "x") {
		t.Errorf("invalid CODE128: %q", p.Text())
	}
}

func sumBars(b []byte) int {
	n := 0
	for _, w := range b {
		n += int(w)
	}
	return n
}

func TestInterpCut(t *testing.T) {
	job := []byte{0x1b, 0x40, 'h', 'i', 0x0a, 0x10, 0x04, 0x01, 0x1b, 0x64, 0x02, 0x1d, 0x56, 0x42, 0x10}
	pages := feed(t, InterpreterOptions{}, job, []byte("next"))
	if len(pages) != 2 {
		t.Fatalf("%d pages", len(pages))
	}
	rt := []byte{0x10, 0x04, 0x01}
	if want := bytes.Replace(job, rt, nil, 1); !bytes.Equal(pages[0].Raw, want) {
		t.Errorf("raw % x, want % x (no real-time commands)", pages[0].Raw, want)
	}
	if want := defaultSpace + 2*defaultSpace + 0x10; pages[0].Height() != want {
		t.Errorf("height %d, want %d", pages[0].Height(), want)
	}
	if string(pages[1].Raw) != "next" {
		t.Errorf("second page raw %q", pages[1].Raw)
	}
	// a failed cut keeps the page going
	in := NewInterpreter(InterpreterOptions{OnCut: func(*Page) bool { return false }})
	in.Feed([]byte("a\n\x1dV\x01b\n"))
	if got := in.Page().Text(); got != "a\nb\n" {
		t.Errorf("after a failed cut %q", got)
	}
}

func TestInterpSplitFeeding(t *testing.T) {
	job := cat([]byte{0x1b, 0x40, 0x1b, 0x61, 0x01, 0x1d, 0x21, 0x11}, []byte{0xd6, 0xd0, 0x95, 0x32, 0x82, 0x36, 0x0a},
		[]byte{0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x30, 'a', 'b', 'c', 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30},
		[]byte{0x1d, 0x6b, 0x49, 0x04, '{', 'C', 1, 2, 0x1d, 0x56, 0x01})
	whole := feed(t, InterpreterOptions{}, job)
	var pieces [][]byte
	for i := range job {
		pieces = append(pieces, job[i:i+1])
	}
	split := feed(t, InterpreterOptions{}, pieces...)
	if len(whole) != len(split) {
		t.Fatalf("%d pages whole, %d byte by byte", len(whole), len(split))
	}
	for i := range whole {
		if whole[i].Text() != split[i].Text() || !bytes.Equal(whole[i].Raw, split[i].Raw) || whole[i].Height() != split[i].Height() {
			t.Errorf("page %d differs:\n%q\n%q", i, whole[i].Text(), split[i].Text())
		}
	}
}

func TestInterpBounds(t *testing.T) {
	// a QR store announcing 65535 bytes waits for them without printing
	in := NewInterpreter(InterpreterOptions{})
	in.Feed([]byte{0x1d, 0x28, 0x6b, 0xff, 0xff, 0x31, 0x50, 0x30, 'x'})
	if in.Page().Height() != 0 || len(in.pending) != 9 {
		t.Errorf("pending %d", len(in.pending))
	}
	// a raster image of 4 GB is treated as garbage, not waited for
	in = NewInterpreter(InterpreterOptions{})
	in.Feed([]byte{0x1d, 0x76, 0x30, 0x00, 0xff, 0xff, 0xff, 0xff, 'o', 'k', 0x0a})
	if got := in.Page().Text(); got != "ok\n" {
		t.Errorf("after oversized raster: %q", got)
	}
	// endless feeding stops at MaxPageDots
	in = NewInterpreter(InterpreterOptions{})
	in.Feed(bytes.Repeat([]byte{0x1b, 0x33, 0xff, 0x1b, 0x64, 0xff}, 10))
	if p := in.Page(); !p.Truncated || p.Height() > MaxPageDots {
		t.Errorf("height %d truncated %v", p.Height(), p.Truncated)
	}
	// GS k function A without NUL gives up after 255 bytes
	in = NewInterpreter(InterpreterOptions{})
	in.Feed(cat([]byte{0x1d, 0x6b, 0x04}, bytes.Repeat([]byte{'1'}, 300)))
	if len(in.pending) > 260 {
		t.Errorf("pending %d bytes", len(in.pending))
	}
}

func TestAbort(t *testing.T) {
	in := NewInterpreter(InterpreterOptions{})
	in.Feed([]byte("done\nhalf"))
	in.Feed([]byte{0x1d, 0x28, 0x6b})
	p := in.Abort()
	if !p.Partial || p.Text() != "done\n" {
		t.Errorf("aborted page %q partial=%v", p.Text(), p.Partial)
	}
	in.Feed([]byte("new\n"))
	if in.Page().Text() != "new\n" || in.Page().Partial {
		t.Errorf("page after abort %q", in.Page().Text())
	}
}
