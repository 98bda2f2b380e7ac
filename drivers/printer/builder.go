package printer

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Paper is the roll width in millimetres.
type Paper int

// Paper widths.
const (
	Paper58 Paper = 58 // 32 columns, 384 dots
	Paper80 Paper = 80 // 48 columns, 576 dots
)

// Columns is the number of half-width (12-dot) characters on one line at
// normal size.
func (p Paper) Columns() int {
	if p == Paper80 {
		return 48
	}
	return 32
}

// Dots is the printable width in dots (8 dots per mm).
func (p Paper) Dots() int { return p.Columns() * 12 }

// Valid reports whether p is a supported width.
func (p Paper) Valid() bool { return p == Paper58 || p == Paper80 }

// Align is the justification of a line (ESC a n).
type Align byte

// Alignments.
const (
	AlignLeft   Align = 0
	AlignCenter Align = 1
	AlignRight  Align = 2
)

// QRLevel is the QR error correction level (GS ( k function 169).
type QRLevel byte

// QR error correction levels, as sent.
const (
	QRLevelL QRLevel = '0' // 7 %
	QRLevelM QRLevel = '1' // 15 %
	QRLevelQ QRLevel = '2' // 25 %
	QRLevelH QRLevel = '3' // 30 %
)

// qrByteCapacity is the byte-mode capacity of a version 40 symbol.
var qrByteCapacity = map[QRLevel]int{QRLevelL: 2953, QRLevelM: 2331, QRLevelQ: 1663, QRLevelH: 1273}

// QROptions sets up a native QR code. Zero values take the defaults.
type QROptions struct {
	ModuleSize int     // dots per module, 1–16; default 6
	Level      QRLevel // default QRLevelM
}

// HRIPosition is where the human-readable text of a barcode goes.
type HRIPosition int

// HRI positions. The zero value prints the text below the bars.
const (
	HRIBelow HRIPosition = iota
	HRINone
	HRIAbove
	HRIBoth
)

func (p HRIPosition) code() byte {
	switch p {
	case HRINone:
		return 0
	case HRIAbove:
		return 1
	case HRIBoth:
		return 3
	}
	return 2
}

// BarcodeOptions sets up a CODE128 barcode. Zero values take the defaults.
type BarcodeOptions struct {
	Height      int // bar height in dots, 1–255; default 80
	ModuleWidth int // narrowest bar in dots, 2–6; default 2
	HRI         HRIPosition
}

// Layout is how receipts are laid out for one printer.
type Layout struct {
	Paper Paper // default Paper58
	// ChineseMode sends FS & after initialising and FS . before the cut,
	// for printers that do not start in Chinese mode. GB18030 firmware
	// usually does not need it.
	ChineseMode bool
	// FeedLines is the number of blank lines fed before the cut so the
	// last line clears the blade; default 4, at most 255.
	FeedLines int
	// FullCut asks for a full cut; the default partial cut is what most
	// clones support.
	FullCut bool
}

func (l Layout) withDefaults() Layout {
	if l.Paper == 0 {
		l.Paper = Paper58
	}
	if l.FeedLines == 0 {
		l.FeedLines = 4
	}
	return l
}

func (l Layout) validate() error {
	if !l.Paper.Valid() {
		return fmt.Errorf("layout: %w: paper %d mm (want 58 or 80)", ErrInvalidConfig, l.Paper)
	}
	if l.FeedLines < 0 || l.FeedLines > 255 {
		return fmt.Errorf("layout: %w: feed %d lines (want 0–255)", ErrInvalidConfig, l.FeedLines)
	}
	return nil
}

// Receipt is one receipt's ESC/POS bytes, ready to send.
type Receipt struct {
	// ID names the receipt in logs and errors (a transaction or ticket
	// number, never personal data).
	ID string
	// Data is the whole job: initialise … cut.
	Data []byte
	// TextBytes is what a plain-text printout of the same receipt would
	// take: the encoded characters including alignment spaces and line
	// feeds, plus the QR and barcode payloads. Data/TextBytes is the
	// command overhead.
	TextBytes int
	// breaks are the offsets in Data where a command or a line ends: only
	// there may a real-time command (DLE EOT) be inserted.
	breaks []int
}

// Builder lays out one receipt. Methods chain; the first error sticks and
// is returned by Build, later calls do nothing. A Builder is not safe for
// concurrent use.
type Builder struct {
	layout Layout
	cols   int
	enc    *encoding.Encoder
	buf    []byte
	breaks []int
	text   int
	err    error
	built  bool

	align Align
	w, h  int
	bold  bool
	col   int // half-width columns used on the current line
}

// NewBuilder starts a receipt: initialise (ESC @) and, if the layout asks,
// Chinese mode on (FS &). An invalid layout is reported by Build.
func NewBuilder(l Layout) *Builder {
	l = l.withDefaults()
	b := &Builder{
		layout: l,
		cols:   l.Paper.Columns(),
		enc:    simplifiedchinese.GB18030.NewEncoder(),
		align:  AlignLeft,
		w:      1,
		h:      1,
	}
	if err := l.validate(); err != nil {
		b.err = err
		return b
	}
	b.cmd(cmdInit())
	if l.ChineseMode {
		b.cmd(cmdChineseOn())
	}
	return b
}

// Columns is the number of characters of the current size that fit on a
// line: 32 or 48 at normal width, half that at double width.
func (b *Builder) Columns() int { return b.cols / b.w }

func (b *Builder) fail(err error) *Builder {
	if b.err == nil {
		b.err = err
	}
	return b
}

func (b *Builder) ok() bool {
	if b.built && b.err == nil {
		b.err = fmt.Errorf("builder: %w: receipt already built", ErrLayout)
	}
	return b.err == nil
}

// cmd appends one command and marks its end as a safe break.
func (b *Builder) cmd(c []byte) {
	b.buf = append(b.buf, c...)
	b.breaks = append(b.breaks, len(b.buf))
}

// newline ends the current line.
func (b *Builder) newline() {
	b.buf = append(b.buf, lf)
	b.breaks = append(b.breaks, len(b.buf))
	b.text++
	b.col = 0
}

// lineStart ends the current line if anything is on it, so that commands
// that only work at the start of a line (align, cut, QR) do.
func (b *Builder) lineStart() {
	if b.col > 0 {
		b.newline()
	}
}

// emit encodes rs to GB18030 and appends it as text.
func (b *Builder) emit(rs []rune) {
	if len(rs) == 0 {
		return
	}
	enc, err := b.enc.Bytes([]byte(string(rs)))
	if err != nil {
		b.fail(fmt.Errorf("builder: encode gb18030: %w", err))
		return
	}
	b.buf = append(b.buf, enc...)
	b.text += len(enc)
}

// Align sets the justification from the next line on. Text already on the
// current line ends that line first.
func (b *Builder) Align(a Align) *Builder {
	if !b.ok() {
		return b
	}
	if a > AlignRight {
		return b.fail(fmt.Errorf("builder: %w: alignment %d", ErrLayout, a))
	}
	b.lineStart()
	if a != b.align {
		b.cmd(cmdAlign(a))
		b.align = a
	}
	return b
}

// Bold switches emphasis on or off.
func (b *Builder) Bold(on bool) *Builder {
	if !b.ok() {
		return b
	}
	if on != b.bold {
		b.cmd(cmdBold(on))
		b.bold = on
	}
	return b
}

// Size sets the character magnification: width and height 1–8 (GS ! n).
// Wrapping accounts for the width.
func (b *Builder) Size(w, h int) *Builder {
	if !b.ok() {
		return b
	}
	if w < 1 || w > 8 || h < 1 || h > 8 {
		return b.fail(fmt.Errorf("builder: %w: size %d×%d (want 1–8 each)", ErrLayout, w, h))
	}
	if w != b.w || h != b.h {
		b.cmd(cmdSize(w, h))
		b.w, b.h = w, h
	}
	return b
}

// Text adds s to the current line, wrapping by display width at the current
// size; it does not end the last line. A "\n" in s ends a line. Control
// characters are dropped.
func (b *Builder) Text(s string) *Builder {
	if !b.ok() {
		return b
	}
	paras := strings.Split(s, "\n")
	for i, p := range paras {
		if i > 0 {
			b.newline()
		}
		lines, used := wrap(sanitize(p), b.col, b.cols, b.w)
		for j, ln := range lines {
			if j > 0 {
				b.newline()
			}
			b.emit(ln)
		}
		b.col = used
		if b.col > 0 {
			// a text run is not a command, but its end is a safe point
			b.breaks = append(b.breaks, len(b.buf))
		}
	}
	return b
}

// Line adds s and ends the line. Line("") is a blank line.
func (b *Builder) Line(s string) *Builder {
	b.Text(s)
	if b.ok() {
		b.newline()
	}
	return b
}

// Newline ends the current line (a blank line if it is empty).
func (b *Builder) Newline() *Builder {
	if b.ok() {
		b.newline()
	}
	return b
}

// Pair prints label on the left and value right-aligned on one line, the
// gap filled with spaces (受理时间          2026-03-14 10:32). If they do
// not fit together, the label goes on its own line(s) and the value
// right-aligned below it. Use it with AlignLeft.
func (b *Builder) Pair(label, value string) *Builder { return b.pair(label, value, ' ') }

// Leader is Pair with a dotted leader instead of spaces (小计......12.00).
func (b *Builder) Leader(label, value string) *Builder { return b.pair(label, value, '.') }

func (b *Builder) pair(label, value string, fill rune) *Builder {
	if !b.ok() {
		return b
	}
	b.lineStart()
	l, v := sanitize(label), sanitize(value)
	lw, vw := runesWidth(l)*b.w, runesWidth(v)*b.w
	if lw+b.w+vw <= b.cols {
		gap := (b.cols - lw - vw) / b.w
		b.emit(l)
		b.emit([]rune(strings.Repeat(string(fill), gap)))
		b.emit(v)
		b.newline()
		return b
	}
	b.Line(string(l))
	if vw <= b.cols {
		b.emit([]rune(strings.Repeat(" ", (b.cols-vw)/b.w)))
		b.emit(v)
		b.newline()
		return b
	}
	return b.Line(string(v))
}

// Rule prints a full-width line of dashes.
func (b *Builder) Rule() *Builder {
	if !b.ok() {
		return b
	}
	b.lineStart()
	b.emit([]rune(strings.Repeat("-", b.cols/b.w)))
	b.newline()
	return b
}

// Feed adds n blank lines (ESC d n), n 1–255, after ending the current line.
func (b *Builder) Feed(n int) *Builder {
	if !b.ok() {
		return b
	}
	if n < 1 || n > 255 {
		return b.fail(fmt.Errorf("builder: %w: feed %d lines (want 1–255)", ErrLayout, n))
	}
	b.lineStart()
	b.cmd(cmdFeedLines(n))
	return b
}

// QR prints data as a native model 2 QR code (GS ( k: model, module size,
// error correction, store, print), aligned like text. data must not
// contain DLE (0x10), which the printer would take for a real-time command.
func (b *Builder) QR(data string, o QROptions) *Builder {
	if !b.ok() {
		return b
	}
	if o.ModuleSize == 0 {
		o.ModuleSize = 6
	}
	if o.Level == 0 {
		o.Level = QRLevelM
	}
	capacity, known := qrByteCapacity[o.Level]
	switch {
	case !known:
		return b.fail(fmt.Errorf("builder: %w: qr level %#02x", ErrLayout, byte(o.Level)))
	case o.ModuleSize < 1 || o.ModuleSize > 16:
		return b.fail(fmt.Errorf("builder: %w: qr module size %d (want 1–16)", ErrLayout, o.ModuleSize))
	case len(data) == 0:
		return b.fail(fmt.Errorf("builder: %w: empty qr data", ErrLayout))
	case len(data) > capacity:
		return b.fail(fmt.Errorf("builder: %w: qr data %d bytes, level holds %d", ErrLayout, len(data), capacity))
	case strings.IndexByte(data, dle) >= 0:
		return b.fail(fmt.Errorf("builder: %w: qr data contains DLE", ErrLayout))
	}
	b.lineStart()
	b.cmd(cmdQRModel2())
	b.cmd(cmdQRModuleSize(o.ModuleSize))
	b.cmd(cmdQRErrorLevel(o.Level))
	b.cmd(cmdQRStore([]byte(data)))
	b.cmd(cmdQRPrint())
	b.text += len(data)
	return b
}

// Code128 prints data (printable ASCII) as a CODE128 barcode (GS k 73).
// An even run of digits is sent in code set C, two digits per byte, unless
// that would put a real-time command sequence in the data; anything else in
// code set B, with "{" escaped as "{{".
func (b *Builder) Code128(data string, o BarcodeOptions) *Builder {
	if !b.ok() {
		return b
	}
	if o.Height == 0 {
		o.Height = 80
	}
	if o.ModuleWidth == 0 {
		o.ModuleWidth = 2
	}
	switch {
	case o.Height < 1 || o.Height > 255:
		return b.fail(fmt.Errorf("builder: %w: barcode height %d (want 1–255)", ErrLayout, o.Height))
	case o.ModuleWidth < 2 || o.ModuleWidth > 6:
		return b.fail(fmt.Errorf("builder: %w: barcode module width %d (want 2–6)", ErrLayout, o.ModuleWidth))
	case o.HRI < HRIBelow || o.HRI > HRIBoth:
		return b.fail(fmt.Errorf("builder: %w: barcode text position %d", ErrLayout, o.HRI))
	}
	payload, symbols, err := code128Payload(data)
	if err != nil {
		return b.fail(fmt.Errorf("builder: %w", err))
	}
	if len(payload) > 255 {
		return b.fail(fmt.Errorf("builder: %w: barcode data too long (%d bytes)", ErrLayout, len(payload)))
	}
	// start + symbols + check, 11 modules each, stop 13 modules
	if mod := (symbols+2)*11 + 13; mod*o.ModuleWidth > b.layout.Paper.Dots() {
		return b.fail(fmt.Errorf("builder: %w: barcode %d dots wide, paper %d", ErrLayout, mod*o.ModuleWidth, b.layout.Paper.Dots()))
	}
	b.lineStart()
	b.cmd(cmdBarcodeHeight(o.Height))
	b.cmd(cmdBarcodeWidth(o.ModuleWidth))
	b.cmd(cmdBarcodeHRI(o.HRI))
	b.cmd(cmdCode128(payload))
	b.text += len(data)
	return b
}

// code128Payload returns the GS k 73 data for s and the number of data
// symbols it encodes to.
func code128Payload(s string) ([]byte, int, error) {
	if s == "" {
		return nil, 0, fmt.Errorf("%w: empty barcode data", ErrLayout)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return nil, 0, fmt.Errorf("%w: barcode byte %#02x at %d is not printable ascii", ErrLayout, s[i], i)
		}
	}
	if len(s)%2 == 0 && strings.Trim(s, "0123456789") == "" {
		p := []byte{'{', 'C'}
		for i := 0; i < len(s); i += 2 {
			p = append(p, (s[i]-'0')*10+(s[i+1]-'0'))
		}
		if !hasRealtime(p) {
			return p, len(s) / 2, nil
		}
	}
	p := []byte{'{', 'B'}
	for i := 0; i < len(s); i++ {
		p = append(p, s[i])
		if s[i] == '{' {
			p = append(p, '{')
		}
	}
	return p, len(s), nil
}

// hasRealtime reports whether p contains DLE EOT, DLE ENQ or DLE DC4, which
// a printer acts on wherever they appear.
func hasRealtime(p []byte) bool {
	for i := 0; i+1 < len(p); i++ {
		if p[i] == dle && (p[i+1] == eot || p[i+1] == 0x05 || p[i+1] == 0x14) {
			return true
		}
	}
	return false
}

// Build finishes the receipt: ends the last line, Chinese mode off if the
// layout turned it on, feeds the configured lines and cuts. id names the
// receipt in logs and errors.
func (b *Builder) Build(id string) (*Receipt, error) {
	if !b.ok() {
		return nil, b.err
	}
	b.lineStart()
	if b.layout.ChineseMode {
		b.cmd(cmdChineseOff())
	}
	if b.layout.FeedLines > 0 {
		b.cmd(cmdFeedLines(b.layout.FeedLines))
	}
	b.cmd(cmdCut(b.layout.FullCut))
	b.built = true
	return &Receipt{ID: id, Data: b.buf, TextBytes: b.text, breaks: b.breaks}, nil
}
