package printersim

import (
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/village-kiosk/kiosk/drivers/printer"
)

// ESC/POS control bytes.
const (
	ht  = 0x09
	lf  = 0x0a
	cr  = 0x0d
	esc = 0x1b
	gs  = 0x1d
	fs  = 0x1c
	dle = 0x10
	eot = 0x04
	enq = 0x05
	dc4 = 0x14
)

// Limits that keep arbitrary input from taking unbounded memory or time.
const (
	maxCommand   = 1 << 20 // a bit image or graphics command longer than this is skipped
	maxQRData    = 7089    // the largest QR payload any version holds
	maxFuncAData = 255     // GS k function A data must end with NUL within this
	defaultSpace = 30      // default line spacing, dots (1/6 inch at 180 dpi)
	tabDots      = 8 * 12  // default tab stops every 8 font A columns
)

// InterpreterOptions configures an Interpreter.
type InterpreterOptions struct {
	Paper printer.Paper // default 58 mm
	// LatinAtPowerUp starts in single-byte mode (code page 437) instead of
	// Chinese GB18030 mode; FS & switches Chinese mode on.
	LatinAtPowerUp bool
	// OnCut is called with the finished page at each cut. Returning false
	// means the cutter failed: the page goes on.
	OnCut func(*Page) bool
	// OnTransmit is called for commands that ask the printer to send
	// something through the receive buffer (GS r n): cmd is 'r', n the
	// parameter.
	OnTransmit func(cmd, n byte)
}

// Interpreter turns a stream of ESC/POS bytes into pages. Feed it bytes in
// any pieces; a command split across calls waits for its rest. It never
// panics and keeps memory bounded whatever it is fed. It is not safe for
// concurrent use.
type Interpreter struct {
	opts    InterpreterOptions
	dots    int
	dec     *encoding.Decoder
	pending []byte
	page    *Page
	line    []glyph
	lineX   int
	mode    modes
	qrCache struct {
		data  string
		level byte
		m     [][]bool
	}
}

type modes struct {
	chinese     bool
	align       byte
	bold        bool
	underline   int
	w, h        int // GS ! multipliers
	kw, kh      int // FS ! / FS W multipliers for Chinese characters
	fontB       bool
	invert      bool
	lineSpacing int
	bcHeight    int
	bcWidth     int
	hriPos      byte
	hriFontB    bool
	qrModel     byte
	qrSize      int
	qrLevel     byte
	qrData      []byte
}

// NewInterpreter returns an interpreter in its power-up state.
func NewInterpreter(o InterpreterOptions) *Interpreter {
	if !o.Paper.Valid() {
		o.Paper = printer.Paper58
	}
	in := &Interpreter{opts: o, dots: o.Paper.Dots(), dec: simplifiedchinese.GB18030.NewDecoder()}
	in.page = &Page{Width: in.dots}
	in.reset()
	return in
}

// reset restores the power-up modes (ESC @) and clears the line buffer.
func (in *Interpreter) reset() {
	in.mode = modes{
		chinese:     !in.opts.LatinAtPowerUp,
		w:           1,
		h:           1,
		kw:          1,
		kh:          1,
		lineSpacing: defaultSpace,
		bcHeight:    162,
		bcWidth:     3,
		qrModel:     '2',
		qrSize:      3,
		qrLevel:     '0',
		qrData:      in.mode.qrData,
	}
	in.line, in.lineX = nil, 0
}

// Page returns the page being printed (not yet cut).
func (in *Interpreter) Page() *Page { return in.page }

// Abort ends the current page without a cut (the paper ran out): the line
// buffer and any half-received command are dropped and the page is
// returned marked Partial. A new page starts.
func (in *Interpreter) Abort() *Page {
	p := in.page
	p.Partial = true
	in.page = &Page{Width: in.dots}
	in.line, in.lineX = nil, 0
	in.pending = nil
	return p
}

// Feed interprets p.
func (in *Interpreter) Feed(p []byte) {
	in.pending = append(in.pending, p...)
	for len(in.pending) > 0 {
		n, rec := in.step(in.pending)
		if n == 0 {
			break
		}
		if rec {
			in.page.raw(in.pending[:n])
		}
		in.pending = in.pending[n:]
	}
	if len(in.pending) == 0 {
		in.pending = nil // let a large consumed buffer go
	}
}

// step interprets one command or character at the start of b and returns
// how many bytes it took (0: incomplete, wait for more) and whether they
// belong to the page's raw bytes (real-time commands do not).
func (in *Interpreter) step(b []byte) (int, bool) {
	switch c := b[0]; {
	case c == lf:
		in.printLine(0)
		return 1, true
	case c == ht:
		in.tab()
		return 1, true
	case c == esc:
		return in.esc(b), true
	case c == gs && len(b) >= 2 && b[1] == 'V':
		return in.cut(b), false // records its own raw bytes before the cut
	case c == gs:
		return in.gs(b), true
	case c == fs:
		return in.fs(b), true
	case c == dle:
		return in.dle(b)
	case c < 0x20 || c == 0x7f:
		return 1, true // CR and other controls: ignored
	default:
		return in.text(b), true
	}
}

// arg returns the byte at i, or ok=false if b is too short.
func arg(b []byte, i int) (byte, bool) {
	if i < len(b) {
		return b[i], true
	}
	return 0, false
}

func (in *Interpreter) esc(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	one := func(f func(n byte)) int {
		n, ok := arg(b, 2)
		if !ok {
			return 0
		}
		f(n)
		return 3
	}
	switch b[1] {
	case '@':
		in.reset()
		return 2
	case 'a':
		return one(func(n byte) {
			if len(in.line) == 0 && n%48 <= 2 {
				in.mode.align = n % 48
			}
		})
	case 'E', 'G':
		return one(func(n byte) { in.mode.bold = n&1 == 1 })
	case '-':
		return one(func(n byte) { in.mode.underline = underlineDots(n) })
	case '!':
		return one(func(n byte) {
			in.mode.fontB = n&0x01 != 0
			in.mode.bold = n&0x08 != 0
			in.mode.h, in.mode.w = 1, 1
			if n&0x10 != 0 {
				in.mode.h = 2
			}
			if n&0x20 != 0 {
				in.mode.w = 2
			}
			in.mode.underline = 0
			if n&0x80 != 0 {
				in.mode.underline = 1
			}
		})
	case 'M':
		return one(func(n byte) { in.mode.fontB = n&1 == 1 })
	case 'd':
		return one(func(n byte) {
			for i := 0; i < int(n); i++ {
				in.printLine(0)
			}
		})
	case 'J':
		return one(func(n byte) { in.printLine(int(n)) })
	case '3':
		return one(func(n byte) { in.mode.lineSpacing = int(n) })
	case '2':
		in.mode.lineSpacing = defaultSpace
		return 2
	case 't', 'R', 'V', '{', ' ', 'U', 'T', 'r', '%', '?', 'u', '=', 'K':
		return one(func(byte) {}) // settings with no effect on the picture
	case 'L', 'S':
		return 2 // page mode on/off (page mode is not simulated)
	case 'c': // ESC c 3/4/5 n
		if len(b) < 4 {
			return 0
		}
		return 4
	case 'p':
		if len(b) < 5 {
			return 0
		}
		return 5
	case '$', '\\':
		if len(b) < 4 {
			return 0
		}
		return 4
	case 'W':
		if len(b) < 10 {
			return 0
		}
		return 10
	case 'D': // tab positions, NUL-terminated, at most 32
		for i := 2; i < len(b) && i < 2+33; i++ {
			if b[i] == 0 {
				return i + 1
			}
		}
		if len(b) >= 2+33 {
			return 2 + 33
		}
		return 0
	case '*': // bit image: ESC * m nL nH d1…dk
		if len(b) < 5 {
			return 0
		}
		k := int(b[3]) + int(b[4])<<8
		if b[2] >= 32 {
			k *= 3
		}
		return need(b, 5+k, 5)
	case '&': // user-defined characters: ESC & y c1 c2 [x d1…d(y·x)]…
		return escAmp(b)
	}
	return 2 // unknown: skip ESC and the command byte
}

// need returns total if b holds that much, 0 if not yet, and fallback if
// total is over the command size limit (the printer would treat it as
// garbage; so do we).
func need(b []byte, total, fallback int) int {
	if total > maxCommand {
		return fallback
	}
	if len(b) < total {
		return 0
	}
	return total
}

func escAmp(b []byte) int {
	if len(b) < 5 {
		return 0
	}
	y, c1, c2 := int(b[2]), int(b[3]), int(b[4])
	if y < 1 || y > 3 || c2 < c1 || c1 < 0x20 || c2 > 0x7e {
		return 5
	}
	i := 5
	for c := c1; c <= c2; c++ {
		if i >= len(b) {
			return 0
		}
		i += 1 + y*int(b[i])
	}
	if i > len(b) {
		return 0
	}
	return i
}

func underlineDots(n byte) int {
	switch n {
	case 1, '1':
		return 1
	case 2, '2':
		return 2
	}
	return 0
}

func (in *Interpreter) gs(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	one := func(f func(n byte)) int {
		n, ok := arg(b, 2)
		if !ok {
			return 0
		}
		f(n)
		return 3
	}
	switch b[1] {
	case '!':
		return one(func(n byte) {
			w, h := int(n>>4)+1, int(n&0x0f)+1
			if w <= 8 && h <= 8 {
				in.mode.w, in.mode.h = w, h
			}
		})
	case 'B':
		return one(func(n byte) { in.mode.invert = n&1 == 1 })
	case 'h':
		return one(func(n byte) {
			if n > 0 {
				in.mode.bcHeight = int(n)
			}
		})
	case 'w':
		return one(func(n byte) {
			if n >= 1 && n <= 6 {
				in.mode.bcWidth = int(n)
			}
		})
	case 'H':
		return one(func(n byte) { in.mode.hriPos = n % 48 & 3 })
	case 'f':
		return one(func(n byte) { in.mode.hriFontB = n%48 == 1 })
	case 'r':
		return one(func(n byte) {
			if in.opts.OnTransmit != nil {
				in.opts.OnTransmit('r', n)
			}
		})
	case 'a', 'I', 'b', '/', 'T', 'E', 'J', 'j':
		return one(func(byte) {})
	case 'k':
		return in.barcode(b)
	case '(':
		return in.gsParen(b)
	case 'L', 'W', 'P', '$', '\\':
		if len(b) < 4 {
			return 0
		}
		return 4
	case 'v': // raster image: GS v 0 m xL xH yL yH d…
		if len(b) < 8 {
			return 0
		}
		k := (int(b[4]) + int(b[5])<<8) * (int(b[6]) + int(b[7])<<8)
		return need(b, 8+k, 8)
	case '*': // downloaded bit image: GS * x y d…
		if len(b) < 4 {
			return 0
		}
		return need(b, 4+int(b[2])*int(b[3])*8, 4)
	case '8': // GS 8 L p1 p2 p3 p4 …
		if len(b) < 7 {
			return 0
		}
		k := int(b[3]) | int(b[4])<<8 | int(b[5])<<16 | int(b[6])<<24
		if k < 0 || k > maxCommand {
			return 7
		}
		return need(b, 7+k, 7)
	}
	return 2
}

// gsParen handles GS ( fn pL pH …; only GS ( k (2D codes) does something.
func (in *Interpreter) gsParen(b []byte) int {
	if len(b) < 5 {
		return 0
	}
	k := int(b[3]) + int(b[4])<<8
	total := 5 + k
	if len(b) < total {
		return 0
	}
	if b[2] == 'k' && k >= 2 && b[5] == '1' { // cn 49: QR code
		in.qr(b[6], b[7:total])
	}
	return total
}

// qr handles one QR function: fn and its parameters.
func (in *Interpreter) qr(fn byte, p []byte) {
	switch fn {
	case 'A': // 165 model: n1 n2
		if len(p) >= 1 && p[0] >= '1' && p[0] <= '3' {
			in.mode.qrModel = p[0]
		}
	case 'C': // 167 module size
		if len(p) >= 1 && p[0] >= 1 && p[0] <= 16 {
			in.mode.qrSize = int(p[0])
		}
	case 'E': // 169 error correction
		if len(p) >= 1 && p[0] >= '0' && p[0] <= '3' {
			in.mode.qrLevel = p[0]
		}
	case 'P': // 180 store: m=48 then data
		if len(p) >= 1 && p[0] == '0' && len(p)-1 <= maxQRData {
			in.mode.qrData = append(in.mode.qrData[:0], p[1:]...)
		}
	case 'Q': // 181 print
		in.printQR()
	}
}

func (in *Interpreter) printQR() {
	if len(in.mode.qrData) == 0 || in.mode.qrModel == '3' {
		return
	}
	m := in.qrMatrix(string(in.mode.qrData), in.mode.qrLevel)
	if m == nil {
		return
	}
	size := len(m) * in.mode.qrSize
	if size > in.dots {
		return // the printer does not print a symbol wider than the paper
	}
	in.flushLine()
	in.page.add(block{kind: blockQR, h: size, x: in.alignX(size), matrix: m, mod: in.mode.qrSize, label: string(in.mode.qrData)})
}

func (in *Interpreter) qrMatrix(data string, level byte) [][]bool {
	if in.qrCache.m != nil && in.qrCache.data == data && in.qrCache.level == level {
		return in.qrCache.m
	}
	m := encodeQR(data, level)
	in.qrCache.data, in.qrCache.level, in.qrCache.m = data, level, m
	return m
}

// cut handles GS V m [n].
func (in *Interpreter) cut(b []byte) int {
	m, ok := arg(b, 2)
	if !ok {
		return 0
	}
	n, feed := 3, 0
	switch m {
	case 0, 1, '0', '1':
	case 65, 66, 97, 98, 103, 104:
		f, ok := arg(b, 3)
		if !ok {
			return 0
		}
		n, feed = 4, int(f)
	default:
		in.page.raw(b[:3])
		return 3
	}
	in.flushLine()
	if feed > 0 {
		in.page.add(block{kind: blockBlank, h: feed})
	}
	// the page's raw bytes include the cut itself
	in.page.raw(b[:n])
	if in.opts.OnCut == nil || in.opts.OnCut(in.page) {
		in.page = &Page{Width: in.dots}
	}
	return n
}

// barcode handles GS k m ….
func (in *Interpreter) barcode(b []byte) int {
	m, ok := arg(b, 2)
	if !ok {
		return 0
	}
	var data []byte
	var n int
	switch {
	case m <= 6: // function A: data NUL
		end := -1
		for i := 3; i < len(b) && i <= 3+maxFuncAData; i++ {
			if b[i] == 0 {
				end = i
				break
			}
		}
		if end < 0 {
			if len(b) > 3+maxFuncAData {
				return 3
			}
			return 0
		}
		data, n = b[3:end], end+1
	case m >= 65 && m <= 79: // function B: n data
		k, ok := arg(b, 3)
		if !ok {
			return 0
		}
		if len(b) < 4+int(k) {
			return 0
		}
		data, n = b[4:4+int(k)], 4+int(k)
	default:
		return 3
	}
	in.flushLine()
	if m == 73 {
		in.code128(data)
	} else {
		in.otherBarcode(data)
	}
	return n
}

func (in *Interpreter) code128(data []byte) {
	vals, hri, ok := code128Values(data)
	if !ok {
		return
	}
	bars := code128Bars(vals)
	modules := 0
	for _, w := range bars {
		modules += int(w)
	}
	width := modules * in.mode.bcWidth
	if width > in.dots {
		return
	}
	x := in.alignX(width)
	in.hri(hri, x, width, 1)
	in.page.add(block{kind: blockBars, h: in.mode.bcHeight, x: x, bars: bars, mod: in.mode.bcWidth, label: hri})
	in.hri(hri, x, width, 2)
}

// otherBarcode draws symbologies other than CODE128 as a labelled box.
func (in *Interpreter) otherBarcode(data []byte) {
	text := printableASCII(data)
	width := min((len(data)*11+35)*in.mode.bcWidth, in.dots)
	x := in.alignX(width)
	in.hri(text, x, width, 1)
	in.page.add(block{kind: blockBox, h: in.mode.bcHeight, x: x, w: width, label: text})
	in.hri(text, x, width, 2)
}

// hri adds the human-readable text centred on a barcode, if the HRI
// position includes where (1 above, 2 below).
func (in *Interpreter) hri(text string, x, width int, where byte) {
	if in.mode.hriPos&where == 0 || text == "" {
		return
	}
	cw, ch := 12, 24
	if in.mode.hriFontB {
		cw, ch = 9, 17
	}
	n := min(len(text), in.dots/cw)
	gx := x + (width-n*cw)/2
	gx = max(0, min(gx, in.dots-n*cw))
	gl := make([]glyph, 0, n)
	for i := 0; i < n; i++ {
		gl = append(gl, glyph{r: rune(text[i]), x: gx + i*cw, w: cw, h: ch, cols: 1, fontB: in.mode.hriFontB})
	}
	in.page.add(block{kind: blockText, h: ch + 4, ascent: ch, glyphs: gl})
}

func printableASCII(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c >= 0x20 && c < 0x7f {
			out = append(out, c)
		} else {
			out = append(out, ' ')
		}
	}
	return string(out)
}

func (in *Interpreter) fs(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	switch b[1] {
	case '&':
		in.mode.chinese = true
		return 2
	case '.':
		in.mode.chinese = false
		return 2
	case '!':
		n, ok := arg(b, 2)
		if !ok {
			return 0
		}
		in.mode.kw, in.mode.kh = 1, 1
		if n&0x04 != 0 {
			in.mode.kw = 2
		}
		if n&0x08 != 0 {
			in.mode.kh = 2
		}
		return 3
	case 'W':
		n, ok := arg(b, 2)
		if !ok {
			return 0
		}
		in.mode.kw, in.mode.kh = 1, 1
		if n&1 == 1 {
			in.mode.kw, in.mode.kh = 2, 2
		}
		return 3
	case '-', 'C':
		if len(b) < 3 {
			return 0
		}
		return 3
	case 'S', 'p':
		if len(b) < 4 {
			return 0
		}
		return 4
	case '2': // user-defined Chinese character: FS 2 c1 c2 d1…d72
		return need(b, 4+72, 4)
	}
	return 2
}

// dle handles the real-time commands. They are answered by the Sim as
// they arrive; here they are only skipped, and not recorded as page data.
func (in *Interpreter) dle(b []byte) (int, bool) {
	if len(b) < 2 {
		return 0, false
	}
	switch b[1] {
	case eot, enq:
		if len(b) < 3 {
			return 0, false
		}
		return 3, false
	case dc4:
		if len(b) < 5 {
			return 0, false
		}
		return 5, false
	}
	return 1, true // a stray DLE is ignored
}

// text prints the character at the start of b.
func (in *Interpreter) text(b []byte) int {
	c := b[0]
	if c < 0x80 {
		in.addGlyph(rune(c), 1)
		return 1
	}
	if !in.mode.chinese {
		in.addGlyph(charmap.CodePage437.DecodeByte(c), 1)
		return 1
	}
	n := gbLen(b)
	switch {
	case n == 0:
		return 0
	case n < 0:
		in.addGlyph('?', 1)
		return 1
	}
	out, err := in.dec.Bytes(b[:n])
	r, size := utf8.DecodeRune(out)
	if err != nil || size != len(out) || r == utf8.RuneError {
		in.addGlyph('?', 2)
		return n
	}
	cols := printer.RuneWidth(r)
	if cols == 0 {
		r, cols = '?', 2
	}
	in.addGlyph(r, cols)
	return n
}

// gbLen is the length of the GB18030 sequence at the start of b: 2 or 4,
// 0 if b is too short to tell, -1 if it is not a valid sequence.
func gbLen(b []byte) int {
	if b[0] < 0x81 || b[0] > 0xfe {
		return -1
	}
	if len(b) < 2 {
		return 0
	}
	switch s := b[1]; {
	case s >= 0x40 && s <= 0xfe && s != 0x7f:
		return 2
	case s >= 0x30 && s <= 0x39:
		if len(b) < 4 {
			if len(b) == 3 && (b[2] < 0x81 || b[2] > 0xfe) {
				return -1
			}
			return 0
		}
		if b[2] >= 0x81 && b[2] <= 0xfe && b[3] >= 0x30 && b[3] <= 0x39 {
			return 4
		}
	}
	return -1
}

func (in *Interpreter) addGlyph(r rune, cols int) {
	cw, ch := 12*cols, 24
	if in.mode.fontB && cols == 1 {
		cw, ch = 9, 17
	}
	wm, hm := in.mode.w, in.mode.h
	if cols == 2 {
		wm, hm = max(wm, in.mode.kw), max(hm, in.mode.kh)
	}
	w, h := cw*wm, ch*hm
	if w > in.dots {
		return
	}
	if in.lineX+w > in.dots {
		in.printLine(0) // the line is full: the printer wraps
	}
	in.line = append(in.line, glyph{
		r: r, x: in.lineX, w: w, h: h, cols: cols,
		fontB: in.mode.fontB && cols == 1, bold: in.mode.bold,
		invert: in.mode.invert, underline: in.mode.underline,
	})
	in.lineX += w
}

func (in *Interpreter) tab() {
	next := (in.lineX/tabDots + 1) * tabDots
	if next <= in.dots {
		in.lineX = next
	}
}

// alignX is the left edge of something width dots wide under the current
// justification.
func (in *Interpreter) alignX(width int) int {
	switch in.mode.align {
	case 1:
		return (in.dots - width) / 2
	case 2:
		return in.dots - width
	}
	return 0
}

// printLine prints the line buffer and feeds one line (or extra dots when
// extra > 0, for ESC J).
func (in *Interpreter) printLine(extra int) {
	if len(in.line) == 0 {
		h := in.mode.lineSpacing
		if extra > 0 {
			h = extra
		}
		in.page.add(block{kind: blockBlank, h: h})
		in.lineX = 0
		return
	}
	tall := 0
	for _, g := range in.line {
		tall = max(tall, g.h)
	}
	h := max(in.mode.lineSpacing, tall)
	if extra > 0 {
		h = max(extra, tall)
	}
	off := in.alignX(in.lineX)
	for i := range in.line {
		in.line[i].x += off
	}
	in.page.add(block{kind: blockText, h: h, ascent: tall, glyphs: in.line})
	in.line, in.lineX = nil, 0
}

// flushLine prints what is on the line, if anything, before a QR code, a
// barcode or a cut.
func (in *Interpreter) flushLine() {
	if len(in.line) > 0 {
		in.printLine(0)
	}
}
