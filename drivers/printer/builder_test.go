package printer

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// h concatenates byte slices.
func h(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// Prologue and epilogue of every receipt with the default layout.
var (
	pInit = []byte{0x1b, 0x40}
	pFeed = []byte{0x1b, 0x64, 0x04}
	pCut  = []byte{0x1d, 0x56, 0x01}
)

func build(t *testing.T, b *Builder) *Receipt {
	t.Helper()
	r, err := b.Build("t")
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return r
}

func TestBuilderCommandsByteExact(t *testing.T) {
	def := Layout{}
	cases := []struct {
		name   string
		layout Layout
		build  func(b *Builder)
		body   []byte // between ESC @ and the feed+cut of the default layout
	}{
		{"empty receipt", def, func(b *Builder) {}, nil},
		{"align centre", def, func(b *Builder) { b.Align(AlignCenter) }, []byte{0x1b, 0x61, 0x01}},
		{"align right", def, func(b *Builder) { b.Align(AlignRight) }, []byte{0x1b, 0x61, 0x02}},
		{"align left is the reset state", def, func(b *Builder) { b.Align(AlignLeft) }, nil},
		{"align back to left", def, func(b *Builder) { b.Align(AlignRight).Align(AlignLeft) },
			[]byte{0x1b, 0x61, 0x02, 0x1b, 0x61, 0x00}},
		{"bold on", def, func(b *Builder) { b.Bold(true) }, []byte{0x1b, 0x45, 0x01}},
		{"bold on off", def, func(b *Builder) { b.Bold(true).Bold(false) }, []byte{0x1b, 0x45, 0x01, 0x1b, 0x45, 0x00}},
		{"size 2x2", def, func(b *Builder) { b.Size(2, 2) }, []byte{0x1d, 0x21, 0x11}},
		{"size 3 wide 1 high", def, func(b *Builder) { b.Size(3, 1) }, []byte{0x1d, 0x21, 0x20}},
		{"size 1 wide 2 high", def, func(b *Builder) { b.Size(1, 2) }, []byte{0x1d, 0x21, 0x01}},
		{"size 8x8", def, func(b *Builder) { b.Size(8, 8) }, []byte{0x1d, 0x21, 0x77}},
		{"size back to normal", def, func(b *Builder) { b.Size(2, 2).Size(1, 1) }, []byte{0x1d, 0x21, 0x11, 0x1d, 0x21, 0x00}},
		{"feed 3 lines", def, func(b *Builder) { b.Feed(3) }, []byte{0x1b, 0x64, 0x03}},
		{"line feed", def, func(b *Builder) { b.Newline() }, []byte{0x0a}},
		{"ascii line", def, func(b *Builder) { b.Line("Hi") }, []byte("Hi\n")},
		{"gb18030 text", def, func(b *Builder) { b.Line("中文") }, []byte{0xd6, 0xd0, 0xce, 0xc4, 0x0a}},
		{"gb18030 punctuation", def, func(b *Builder) { b.Line("·，") }, []byte{0xa1, 0xa4, 0xa3, 0xac, 0x0a}},
		{"gb18030 four-byte", def, func(b *Builder) { b.Line("€𠀀") }, []byte{0xa2, 0xe3, 0x95, 0x32, 0x82, 0x36, 0x0a}},
		{"control characters dropped", def, func(b *Builder) { b.Line("A\x1bB\x10C\x00D\u200b") }, []byte("ABCD\n")},
		{"tab becomes space", def, func(b *Builder) { b.Line("A\tB") }, []byte("A B\n")},
		{"align waits for the start of a line", def, func(b *Builder) { b.Text("ab").Align(AlignCenter).Text("c") },
			[]byte{'a', 'b', 0x0a, 0x1b, 0x61, 0x01, 'c', 0x0a}},
		{"qr model 2 size 6 level M", def, func(b *Builder) { b.QR("AB", QROptions{}) }, []byte{
			0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00, // model 2
			0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x06, // module size 6
			0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31, // level M
			0x1d, 0x28, 0x6b, 0x05, 0x00, 0x31, 0x50, 0x30, 'A', 'B', // store, pL = 2+3
			0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30, // print
		}},
		{"qr size 3 level H", def, func(b *Builder) { b.QR("x", QROptions{ModuleSize: 3, Level: QRLevelH}) }, []byte{
			0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00,
			0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x03,
			0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x33,
			0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x50, 0x30, 'x',
			0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30,
		}},
		{"qr starts a line", def, func(b *Builder) { b.Text("a").QR("x", QROptions{Level: QRLevelL}) }, h(
			[]byte{'a', 0x0a},
			[]byte{0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00},
			[]byte{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x06},
			[]byte{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x30},
			[]byte{0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x50, 0x30, 'x'},
			[]byte{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30},
		)},
		{"code128 set B with escaped brace", def, func(b *Builder) { b.Code128("A{1", BarcodeOptions{}) }, []byte{
			0x1d, 0x68, 0x50, // height 80
			0x1d, 0x77, 0x02, // module width 2
			0x1d, 0x48, 0x02, // HRI below
			0x1d, 0x6b, 0x49, 0x06, '{', 'B', 'A', '{', '{', '1',
		}},
		{"code128 set C packs digit pairs", def, func(b *Builder) {
			b.Code128("123456", BarcodeOptions{Height: 100, ModuleWidth: 3, HRI: HRINone})
		}, []byte{
			0x1d, 0x68, 0x64, 0x1d, 0x77, 0x03, 0x1d, 0x48, 0x00,
			0x1d, 0x6b, 0x49, 0x05, '{', 'C', 12, 34, 56,
		}},
		{"code128 odd digits use set B", def, func(b *Builder) { b.Code128("123", BarcodeOptions{HRI: HRIBoth}) }, []byte{
			0x1d, 0x68, 0x50, 0x1d, 0x77, 0x02, 0x1d, 0x48, 0x03,
			0x1d, 0x6b, 0x49, 0x05, '{', 'B', '1', '2', '3',
		}},
		{"code128 set C avoided when it would contain DLE EOT", def, func(b *Builder) {
			b.Code128("160401", BarcodeOptions{HRI: HRIAbove})
		}, []byte{
			0x1d, 0x68, 0x50, 0x1d, 0x77, 0x02, 0x1d, 0x48, 0x01,
			0x1d, 0x6b, 0x49, 0x08, '{', 'B', '1', '6', '0', '4', '0', '1',
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBuilder(c.layout)
			c.build(b)
			r := build(t, b)
			want := h(pInit, c.body, pFeed, pCut)
			if !bytes.Equal(r.Data, want) {
				t.Errorf("bytes\n got % x\nwant % x", r.Data, want)
			}
		})
	}
}

func TestBuilderLayoutOptions(t *testing.T) {
	r := build(t, NewBuilder(Layout{ChineseMode: true, FullCut: true, FeedLines: 6}).Line("中"))
	want := []byte{0x1b, 0x40, 0x1c, 0x26, 0xd6, 0xd0, 0x0a, 0x1c, 0x2e, 0x1b, 0x64, 0x06, 0x1d, 0x56, 0x00}
	if !bytes.Equal(r.Data, want) {
		t.Errorf("chinese mode, full cut, feed 6:\n got % x\nwant % x", r.Data, want)
	}
	if _, err := NewBuilder(Layout{FeedLines: -1}).Build("x"); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("negative feed: err = %v, want ErrInvalidConfig", err)
	}
}

func TestQRStoreLengthBytes(t *testing.T) {
	data := strings.Repeat("a", 300)
	r := build(t, NewBuilder(Layout{}).QR(data, QROptions{}))
	store := []byte{0x1d, 0x28, 0x6b, 0x2f, 0x01, 0x31, 0x50, 0x30} // 303 = 0x012f
	i := bytes.Index(r.Data, store)
	if i < 0 {
		t.Fatalf("store header % x not found in % x", store, r.Data[:60])
	}
	if got := string(r.Data[i+len(store) : i+len(store)+300]); got != data {
		t.Errorf("store payload differs")
	}
}

func lines(t *testing.T, r *Receipt) []string {
	t.Helper()
	body := r.Data[len(pInit) : len(r.Data)-len(pFeed)-len(pCut)]
	body = bytes.TrimSuffix(body, []byte{0x0a})
	var out []string
	for _, l := range bytes.Split(body, []byte{0x0a}) {
		s, err := gbDecode(l)
		if err != nil {
			t.Fatalf("decode %x: %v", l, err)
		}
		out = append(out, s)
	}
	return out
}

func TestWrapByDisplayWidth(t *testing.T) {
	cn20 := strings.Repeat("汉", 20)
	cases := []struct {
		name  string
		paper Paper
		w     int
		text  string
		want  []string
	}{
		{"58mm 16 chinese per line", Paper58, 1, cn20, []string{strings.Repeat("汉", 16), strings.Repeat("汉", 4)}},
		{"80mm 24 chinese per line", Paper80, 1, cn20 + cn20, []string{strings.Repeat("汉", 24), strings.Repeat("汉", 16)}},
		{"58mm double width 8 per line", Paper58, 2, cn20, []string{strings.Repeat("汉", 8), strings.Repeat("汉", 8), strings.Repeat("汉", 4)}},
		{"80mm double width 12 per line", Paper80, 2, cn20, []string{strings.Repeat("汉", 12), strings.Repeat("汉", 8)}},
		{"58mm 32 ascii exactly fill a line", Paper58, 1, strings.Repeat("a", 32), []string{strings.Repeat("a", 32)}},
		{"mixed widths", Paper58, 1, strings.Repeat("a汉", 12), []string{strings.Repeat("a汉", 10) + "a", "汉a汉"}},
		{"words break at spaces", Paper58, 1, "the quick brown fox jumps over the lazy dog",
			[]string{"the quick brown fox jumps over", "the lazy dog"}},
		{"a word longer than a line is cut", Paper58, 1, strings.Repeat("x", 40), []string{strings.Repeat("x", 32), strings.Repeat("x", 8)}},
		{"closing punctuation does not start a line", Paper58, 1, strings.Repeat("汉", 16) + "。",
			[]string{strings.Repeat("汉", 15), "汉。"}},
		{"opening punctuation does not end a line", Paper58, 1, strings.Repeat("汉", 15) + "（注）",
			[]string{strings.Repeat("汉", 15), "（注）"}},
		{"explicit newline", Paper58, 1, "甲\n乙", []string{"甲", "乙"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBuilder(Layout{Paper: c.paper})
			if c.w > 1 {
				b.Size(c.w, 1)
			}
			r := build(t, b.Line(c.text))
			got := lines(t, r)
			if c.w > 1 {
				got[0] = strings.TrimPrefix(got[0], string([]byte{0x1d, 0x21, byte((c.w - 1) << 4)}))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("lines\n got %q\nwant %q", got, c.want)
			}
			for _, l := range got {
				if w := StringWidth(l) * c.w; w > c.paper.Columns() {
					t.Errorf("line %q is %d columns, paper has %d", l, w, c.paper.Columns())
				}
			}
		})
	}
}

func TestTextContinuesLine(t *testing.T) {
	r := build(t, NewBuilder(Layout{}).Text(strings.Repeat("a", 29)).Text("汉汉"))
	got := lines(t, r)
	want := []string{strings.Repeat("a", 29) + "汉", "汉"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestPair(t *testing.T) {
	cases := []struct {
		name         string
		paper        Paper
		w            int
		label, value string
		leader       bool
		want         []string
	}{
		{"58mm", Paper58, 1, "合计", "12.00", false, []string{"合计" + strings.Repeat(" ", 23) + "12.00"}},
		{"80mm", Paper80, 1, "受理时间", "2026-03-14 10:32", false, []string{"受理时间" + strings.Repeat(" ", 24) + "2026-03-14 10:32"}},
		{"double width counts double", Paper58, 2, "合计", "12.00", false, []string{"合计" + strings.Repeat(" ", 7) + "12.00"}},
		{"leader", Paper58, 1, "小计", "8.50", true, []string{"小计" + strings.Repeat(".", 24) + "8.50"}},
		{"too long: value on its own line", Paper58, 1, "办理事项", "个体工商户设立登记（变更）", false,
			[]string{"办理事项", strings.Repeat(" ", 6) + "个体工商户设立登记（变更）"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBuilder(Layout{Paper: c.paper})
			if c.w > 1 {
				b.Size(c.w, 1)
			}
			if c.leader {
				b.Leader(c.label, c.value)
			} else {
				b.Pair(c.label, c.value)
			}
			got := lines(t, build(t, b))
			if c.w > 1 {
				got[0] = strings.TrimPrefix(got[0], string([]byte{0x1d, 0x21, byte((c.w - 1) << 4)}))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
			if w := StringWidth(got[len(got)-1]) * c.w; w != c.paper.Columns() {
				t.Errorf("value line is %d columns, want %d (right-aligned)", w, c.paper.Columns())
			}
		})
	}
}

func TestRule(t *testing.T) {
	got := lines(t, build(t, NewBuilder(Layout{Paper: Paper80}).Rule()))
	if got[0] != strings.Repeat("-", 48) {
		t.Errorf("rule %q", got[0])
	}
}

func TestTextBytes(t *testing.T) {
	r := build(t, NewBuilder(Layout{}).Align(AlignCenter).Line("中文").Pair("a", "b").QR("xyz", QROptions{}))
	// "中文\n" = 5, "a" + 30 spaces + "b" + "\n" = 33, QR payload 3
	if r.TextBytes != 5+33+3 {
		t.Errorf("TextBytes = %d, want %d", r.TextBytes, 5+33+3)
	}
}

func TestBuilderErrors(t *testing.T) {
	cases := []struct {
		name  string
		build func(b *Builder)
	}{
		{"size 0", func(b *Builder) { b.Size(0, 1) }},
		{"size 9", func(b *Builder) { b.Size(1, 9) }},
		{"align 3", func(b *Builder) { b.Align(3) }},
		{"feed 0", func(b *Builder) { b.Feed(0) }},
		{"feed 256", func(b *Builder) { b.Feed(256) }},
		{"qr empty", func(b *Builder) { b.QR("", QROptions{}) }},
		{"qr level", func(b *Builder) { b.QR("x", QROptions{Level: 7}) }},
		{"qr module 17", func(b *Builder) { b.QR("x", QROptions{ModuleSize: 17}) }},
		{"qr too long for level H", func(b *Builder) { b.QR(strings.Repeat("x", 1274), QROptions{Level: QRLevelH}) }},
		{"qr with DLE", func(b *Builder) { b.QR("a\x10\x04\x01", QROptions{}) }},
		{"barcode empty", func(b *Builder) { b.Code128("", BarcodeOptions{}) }},
		{"barcode non-ascii", func(b *Builder) { b.Code128("编号1", BarcodeOptions{}) }},
		{"barcode control", func(b *Builder) { b.Code128("a\x1bb", BarcodeOptions{}) }},
		{"barcode too wide", func(b *Builder) { b.Code128(strings.Repeat("A", 30), BarcodeOptions{ModuleWidth: 3}) }},
		{"barcode module 1", func(b *Builder) { b.Code128("A", BarcodeOptions{ModuleWidth: 1}) }},
		{"barcode height 256", func(b *Builder) { b.Code128("A", BarcodeOptions{Height: 256}) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBuilder(Layout{})
			c.build(b)
			b.Line("after the error nothing is added")
			if _, err := b.Build("x"); !errors.Is(err, ErrLayout) {
				t.Errorf("err = %v, want ErrLayout", err)
			}
		})
	}
	if _, err := NewBuilder(Layout{Paper: 60}).Build("x"); !errors.Is(err, ErrInvalidConfig) {
		t.Errorf("paper 60: err = %v, want ErrInvalidConfig", err)
	}
	b := NewBuilder(Layout{})
	build(t, b)
	if _, err := b.Line("x").Build("y"); !errors.Is(err, ErrLayout) {
		t.Errorf("second build: err = %v, want ErrLayout", err)
	}
}

// TestBreaksAreCommandBoundaries checks the offsets where the driver may
// insert DLE EOT: never inside a command or its parameters.
func TestBreaksAreCommandBoundaries(t *testing.T) {
	r := build(t, NewBuilder(Layout{}).Align(AlignCenter).Size(2, 2).Line("标题").Size(1, 1).
		Pair("编号", "A-1").Text("续").QR(strings.Repeat("q", 60), QROptions{}).Code128("1234", BarcodeOptions{}))
	if len(r.breaks) == 0 || r.breaks[len(r.breaks)-1] != len(r.Data) {
		t.Fatalf("breaks %v do not end at %d", r.breaks, len(r.Data))
	}
	// every break must be followed by the start of a command or text, and
	// preceded by the end of one: check against the QR store and barcode
	// payload ranges, and against GB18030 characters
	store := bytes.Index(r.Data, []byte{0x1d, 0x28, 0x6b, 63, 0, 0x31, 0x50, 0x30})
	bar := bytes.Index(r.Data, []byte{0x1d, 0x6b, 0x49})
	for i, at := range r.breaks {
		if i > 0 && at <= r.breaks[i-1] {
			t.Fatalf("breaks not increasing: %v", r.breaks)
		}
		if at > store && at < store+8+60 {
			t.Errorf("break %d inside the QR store command", at)
		}
		if at > bar && at < bar+4+4 {
			t.Errorf("break %d inside the barcode command", at)
		}
		if at < len(r.Data) && at > 0 && r.Data[at-1] >= 0x81 && r.Data[at-1] != 0x0a {
			if _, err := gbDecode(r.Data[:at]); err != nil {
				t.Errorf("break %d splits a character", at)
			}
		}
	}
}

func TestRuneWidth(t *testing.T) {
	cases := map[rune]int{
		'a': 1, ' ': 1, '~': 1, '\n': 0, 0x1b: 0, 0x7f: 0, 0x85: 0, '\u200b': 0,
		'汉': 2, '，': 2, 'Ａ': 2, '·': 2, '—': 2, '…': 2, '€': 2, 'ｱ': 1, '¢': 1, '𠀀': 2,
	}
	for r, want := range cases {
		if got := RuneWidth(r); got != want {
			t.Errorf("RuneWidth(%q) = %d, want %d", r, got, want)
		}
	}
	if got := StringWidth("受理编号 A1"); got != 11 {
		t.Errorf("StringWidth = %d, want 11", got)
	}
}
