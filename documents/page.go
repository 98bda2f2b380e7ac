package documents

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"
	"github.com/skip2/go-qrcode"

	"github.com/village-kiosk/kiosk/assets"
)

// Page geometry in millimetres: A4 portrait, 20 mm side margins, the
// verification footer in the bottom 40 mm of every page.
const (
	pageW         = 210.0
	pageH         = 297.0
	marginX       = 20.0
	contentW      = pageW - 2*marginX
	contentBottom = 252.0 // content ends above this line
	footerRule    = 256.0 // the thin rule above the footer
	qrSize        = 25.0
	ptToMM        = 25.4 / 72
)

// Font sizes in points.
const (
	sizeTitle   = 22.0
	sizeSection = 12.5
	sizeBody    = 11.5
	sizeTable   = 10.0
	sizeSmall   = 9.0
)

const fontFamily = "wqy"

// Grey levels for table heads and label cells.
const (
	fillHead  = 225
	fillLabel = 240
)

// doc is one document being laid out: the fpdf instance, where the next
// line goes, and what every page repeats.
type doc struct {
	pdf     *fpdf.Fpdf
	title   string
	h       Header
	code    string
	url     string
	qr      [][]bool
	y       float64
	size    float64
	widths  map[rune]float64 // advance per point of font size
	repeat  func()           // redraws a table head after a page break
	keepTop bool             // the page was just started: no gap needed
}

// checkTrueType rejects what fpdf cannot parse before fpdf sees it:
// AddUTF8FontFromBytes does not report a bad font, it prints to stdout and
// leaves the family undefined.
func checkTrueType(font []byte) error {
	if len(font) < 12 {
		return fmt.Errorf("%w: %d bytes", ErrFont, len(font))
	}
	switch string(font[:4]) {
	case "\x00\x01\x00\x00", "true":
		return nil
	case "OTTO":
		return fmt.Errorf("%w: OpenType/CFF font, want TrueType outlines", ErrFont)
	case "ttcf":
		return fmt.Errorf("%w: TrueType collection (.ttc), extract one face", ErrFont)
	default:
		return fmt.Errorf("%w: unknown signature %q", ErrFont, font[:4])
	}
}

func newDoc(title string, h Header, opts Options) (*doc, error) {
	font := opts.Font
	if font == nil {
		font = assets.Font()
	}
	if err := checkTrueType(font); err != nil {
		return nil, err
	}
	url, err := VerifyURL(h.VerifyBase, h.VerifyCode)
	if err != nil {
		return nil, err
	}
	code, _ := ParseVerifyCode(h.VerifyCode) // VerifyURL checked it
	q, err := qrcode.New(url, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("%w: qr code: %w", ErrRender, err)
	}
	q.DisableBorder = true

	created := opts.CreationDate
	if created.IsZero() {
		created = h.IssuedAt
	}
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCatalogSort(true)
	// fpdf writes the date without a zone, which readers take as UTC.
	p.SetCreationDate(created.UTC())
	p.SetModificationDate(created.UTC())
	p.SetTitle(title, true)
	p.SetSubject(title+" "+code, true)
	p.SetCreator(h.Station, true)
	p.SetProducer("village-kiosk documents", false)
	p.SetLang("zh-CN")
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(marginX, 15, marginX)
	p.SetCellMargin(0)
	p.AddUTF8FontFromBytes(fontFamily, "", font)
	p.SetFont(fontFamily, "", sizeBody)
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFont, err)
	}
	d := &doc{
		pdf:    p,
		title:  title,
		h:      h,
		code:   code,
		url:    url,
		qr:     q.Bitmap(),
		size:   sizeBody,
		widths: make(map[rune]float64),
	}
	p.SetDrawColor(0, 0, 0)
	p.SetTextColor(0, 0, 0)
	p.AddPage()
	d.firstHeader()
	return d, nil
}

// finish draws the footer on every page, now that the page count is known,
// and returns the PDF.
func (d *doc) finish() ([]byte, error) {
	n := d.pdf.PageCount()
	for i := 1; i <= n; i++ {
		d.pdf.SetPage(i)
		d.footer(i, n)
	}
	d.pdf.SetPage(n)
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRender, err)
	}
	return buf.Bytes(), nil
}

// firstHeader draws the title block of page 1: the title, the code and
// the issue time, and a thick-and-thin rule.
func (d *doc) firstHeader() {
	title := d.title
	if utf8.RuneCountInString(title) <= 5 {
		title = strings.Join(strings.Split(title, ""), " ")
	}
	d.setSize(sizeTitle)
	d.bold(func() { d.textCenter(title, 16, 12) })

	d.setSize(sizeSmall + 1)
	d.textAt(marginX, 31, 5, "验证码："+d.code)
	d.textRight(pageW-marginX, 31, 5, "出具时间："+formatDateTime(d.h.IssuedAt))

	d.pdf.SetLineWidth(0.6)
	d.pdf.Line(marginX, 37, pageW-marginX, 37)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginX, 38.1, pageW-marginX, 38.1)
	d.y = 42
	d.keepTop = true
}

// contHeader draws the running head of pages after the first.
func (d *doc) contHeader() {
	d.setSize(sizeSmall + 1)
	d.textAt(marginX, 13, 5, d.title+"（续）")
	d.textRight(pageW-marginX, 13, 5, "验证码："+d.code)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginX, 19, pageW-marginX, 19)
	d.y = 23
	d.keepTop = true
}

// footer draws the verification block and the page number of page i of n.
func (d *doc) footer(i, n int) {
	p := d.pdf
	p.SetLineWidth(0.2)
	p.Line(marginX, footerRule, pageW-marginX, footerRule)

	top := footerRule + 3
	d.drawQR(marginX, top, qrSize)

	x := marginX + qrSize + 5
	w := pageW - marginX - x
	// SetPage returns to a page whose stream last set some other font size,
	// and fpdf only remembers the size of the newest page: set it twice so
	// the Tf operator is written here whatever the remembered size is.
	d.setSize(sizeSmall + 2)
	d.setSize(sizeSmall + 1)
	lh := lineHeight(sizeSmall + 1)
	y := top
	d.bold(func() { d.textAt(x, y, lh, "验证码："+d.code) })
	y += lh + 0.6
	d.setSize(sizeSmall)
	lh = lineHeight(sizeSmall)
	lines := d.wrap("核验方法：用手机扫描左侧二维码或在浏览器中打开以下网址，显示内容与本件一致方为有效。", w)
	lines = append(lines, d.wrap(d.url, w)...)
	lines = append(lines, d.wrap("出具站点："+d.h.Station+"　出具时间："+formatDateTime(d.h.IssuedAt), w)...)
	for _, l := range lines {
		d.textAt(x, y, lh, l)
		y += lh
	}
	d.setSize(sizeSmall)
	d.textCenter(fmt.Sprintf("第 %d 页 共 %d 页", i, n), pageH-9, lineHeight(sizeSmall))
}

// drawQR draws the verification QR code as filled squares, one rectangle
// per horizontal run of dark modules.
func (d *doc) drawQR(x, y, size float64) {
	n := len(d.qr)
	if n == 0 {
		return
	}
	m := size / float64(n)
	d.pdf.SetFillColor(0, 0, 0)
	for r, row := range d.qr {
		for c := 0; c < len(row); {
			if !row[c] {
				c++
				continue
			}
			start := c
			for c < len(row) && row[c] {
				c++
			}
			// A hair of overlap downwards keeps rasterisers from leaving
			// seams between rows.
			d.pdf.Rect(x+float64(start)*m, y+float64(r)*m, float64(c-start)*m, m+0.02, "F")
		}
	}
}

// newPage starts a page with the running head and redraws the open
// table's head.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.contHeader()
	if d.repeat != nil {
		d.repeat()
	}
}

// ensure starts a new page unless h millimetres fit above the footer.
func (d *doc) ensure(h float64) {
	if d.y+h > contentBottom {
		d.newPage()
	}
}

// gap adds vertical space, except at the top of a page.
func (d *doc) gap(h float64) {
	if d.keepTop {
		return
	}
	d.y += h
}

func lineHeight(size float64) float64 { return size * ptToMM * 1.55 }

func (d *doc) setSize(size float64) {
	d.size = size
	d.pdf.SetFontSize(size)
}

// bold draws with a thin outline around the glyphs: the bundled font has
// one weight only.
func (d *doc) bold(draw func()) {
	d.pdf.SetTextRenderingMode(2)
	d.pdf.SetLineWidth(d.size * 0.012)
	draw()
	d.pdf.SetTextRenderingMode(0)
	d.pdf.SetLineWidth(0.2)
}

// textAt writes one line in a box of height h whose top left is (x, y),
// vertically centred.
func (d *doc) textAt(x, y, h float64, s string) {
	d.pdf.Text(x, y+h/2+0.36*d.size*ptToMM, s)
}

func (d *doc) textRight(right, y, h float64, s string) {
	d.textAt(right-d.width(s), y, h, s)
}

func (d *doc) textCenter(s string, y, h float64) {
	d.textAt((pageW-d.width(s))/2, y, h, s)
}

// width is the advance of s at the current size, in millimetres.
func (d *doc) width(s string) float64 {
	w := 0.0
	for _, r := range s {
		u, ok := d.widths[r]
		if !ok {
			u = d.pdf.GetStringWidth(string(r)) / (d.size * ptToMM)
			d.widths[r] = u
		}
		w += u
	}
	return w * d.size * ptToMM
}

// Chinese line-breaking: these never start a line, those never end one.
const (
	noStart = "，。、；：？！）》」』”’〉】〕,.;:?!)%·…—"
	noEnd   = "（《「『“‘〈【〔("
	// afterDigit are units that stay with the number before them.
	afterDigit = "年月日号时分秒元个人岁万座栋楼层室房期户组"
)

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef) ||
		strings.ContainsRune(noStart, r) || strings.ContainsRune(noEnd, r)
}

// segment cuts a line into units that may not be split: a CJK character
// with the punctuation that must stay with it, a Latin word or number, a
// space.
func segment(s string) []string {
	const (
		none = iota
		space
		cjk
		latin
		number // a Latin run ending in a digit
		open   // ends in opening punctuation: the next character joins
	)
	kindOf := func(r rune) int {
		switch {
		case strings.ContainsRune(noEnd, r):
			return open
		case isCJK(r):
			return cjk
		case r >= '0' && r <= '9':
			return number
		default:
			return latin
		}
	}
	var units [][]rune
	last := none
	for _, r := range s {
		n := len(units)
		switch {
		case unicode.IsSpace(r):
			units = append(units, []rune{r})
			last = space
		case strings.ContainsRune(noStart, r):
			// Closing punctuation never starts a line: it joins the unit
			// before it. Within a Latin run (1,234 or e.g.) the run goes on.
			if n > 0 && last != space {
				units[n-1] = append(units[n-1], r)
				if last == number {
					last = latin
				}
			} else {
				units = append(units, []rune{r})
				last = cjk
			}
		case last == open:
			units[n-1] = append(units[n-1], r)
			last = kindOf(r)
		case last == number && strings.ContainsRune(afterDigit, r):
			// 2021年, 08月, 12日, 800000元 stay whole.
			units[n-1] = append(units[n-1], r)
			last = cjk
		case (last == latin || last == number) && !isCJK(r):
			units[n-1] = append(units[n-1], r)
			last = kindOf(r)
		default:
			units = append(units, []rune{r})
			last = kindOf(r)
		}
	}
	out := make([]string, len(units))
	for i, u := range units {
		out[i] = string(u)
	}
	return out
}

// wrap breaks s into lines no wider than w at the current size. Newlines
// in s start new lines.
func (d *doc) wrap(s string, w float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, d.wrapLine(para, w)...)
	}
	return lines
}

func (d *doc) wrapLine(s string, w float64) []string {
	var lines []string
	var cur strings.Builder
	curW := 0.0
	flush := func() {
		lines = append(lines, strings.TrimRightFunc(cur.String(), unicode.IsSpace))
		cur.Reset()
		curW = 0
	}
	for _, u := range segment(s) {
		uw := d.width(u)
		if curW+uw > w && cur.Len() > 0 {
			flush()
		}
		if cur.Len() == 0 && len(lines) > 0 && strings.TrimSpace(u) == "" {
			continue // no space at the start of a wrapped line
		}
		if uw <= w {
			cur.WriteString(u)
			curW += uw
			continue
		}
		for _, r := range u { // longer than a line: an address, a URL
			rw := d.width(string(r))
			// Closing punctuation may hang past the margin rather than
			// start a line.
			if curW+rw > w && cur.Len() > 0 && !strings.ContainsRune(noStart, r) {
				flush()
			}
			cur.WriteRune(r)
			curW += rw
		}
	}
	if cur.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// para writes a paragraph at the current size, breaking pages between
// lines. indent adds the customary two-character first-line indent.
func (d *doc) para(s string, size float64, indent bool) {
	d.setSize(size)
	if indent {
		s = "　　" + s
	}
	lh := lineHeight(size)
	for _, l := range d.wrap(s, contentW) {
		d.ensure(lh)
		d.textAt(marginX, d.y, lh, l)
		d.y += lh
		d.keepTop = false
	}
}

// section writes a numbered heading such as 一、参保情况, kept on the
// page with the keep millimetres that follow it.
func (d *doc) section(s string, keep float64) {
	lh := lineHeight(sizeSection)
	d.gap(4)
	d.ensure(lh + 1.5 + keep)
	d.setSize(sizeSection)
	d.bold(func() { d.textAt(marginX, d.y, lh, s) })
	d.y += lh + 1.5
	d.keepTop = false
}

// rightBlock writes lines flush right, as an office and a date under a
// certificate.
func (d *doc) rightBlock(lines ...string) {
	d.setSize(sizeBody)
	lh := lineHeight(sizeBody) + 1
	d.ensure(lh * float64(len(lines)))
	for _, l := range lines {
		d.textRight(pageW-marginX-8, d.y, lh, l)
		d.y += lh
	}
	d.keepTop = false
}

// cell is one cell of a table row.
type cell struct {
	text  string
	w     float64
	align byte // 'L', 'C' or 'R'
	fill  int  // grey level, 0 for none
	bold  bool
}

const (
	padX = 1.8
	padY = 1.2
)

// cellLine is the line height inside table cells, tighter than in running
// text.
func cellLine(size float64) float64 { return size * ptToMM * 1.38 }

func (d *doc) rowHeight(cells []cell, size float64) float64 {
	d.setSize(size)
	lh := cellLine(size)
	n := 1
	for _, c := range cells {
		n = max(n, len(d.wrap(c.text, c.w-2*padX)))
	}
	return float64(n)*lh + 2*padY
}

// row draws one row of bordered cells at the current line, starting a new
// page first when it does not fit.
func (d *doc) row(cells []cell, size float64) {
	h := d.rowHeight(cells, size)
	if d.y+h > contentBottom {
		d.newPage()
	}
	d.setSize(size)
	lh := cellLine(size)
	x := marginX
	p := d.pdf
	p.SetLineWidth(0.2)
	for _, c := range cells {
		if c.fill > 0 {
			p.SetFillColor(c.fill, c.fill, c.fill)
			p.Rect(x, d.y, c.w, h, "FD")
		} else {
			p.Rect(x, d.y, c.w, h, "D")
		}
		lines := d.wrap(c.text, c.w-2*padX)
		ty := d.y + (h-float64(len(lines))*lh)/2
		for _, l := range lines {
			draw := func() {
				switch c.align {
				case 'C':
					d.textAt(x+(c.w-d.width(l))/2, ty, lh, l)
				case 'R':
					d.textRight(x+c.w-padX, ty, lh, l)
				default:
					d.textAt(x+padX, ty, lh, l)
				}
			}
			if c.bold {
				d.bold(draw)
			} else {
				draw()
			}
			ty += lh
		}
		x += c.w
	}
	d.y += h
	d.keepTop = false
}

// rowMin is the height of a one-line table row.
var rowMin = cellLine(sizeTable) + 2*padY

// column of a table: its head, its share of the content width and how its
// cells align.
type column struct {
	head  string
	w     float64
	align byte
}

// table draws bordered rows under a grey head row that is repeated at the
// top of every page the table runs onto.
type table struct {
	d    *doc
	cols []column
}

func (d *doc) table(cols ...column) *table {
	total := 0.0
	for _, c := range cols {
		total += c.w
	}
	scaled := make([]column, len(cols))
	for i, c := range cols {
		c.w = c.w / total * contentW
		scaled[i] = c
	}
	t := &table{d: d, cols: scaled}
	// Keep the head with at least one row.
	d.ensure(2 * rowMin)
	t.head()
	d.repeat = t.head
	return t
}

func (t *table) head() {
	cells := make([]cell, len(t.cols))
	for i, c := range t.cols {
		cells[i] = cell{text: c.head, w: c.w, align: 'C', fill: fillHead, bold: true}
	}
	t.d.row(cells, sizeTable)
}

// row adds a row, one text per column.
func (t *table) row(texts ...string) {
	cells := make([]cell, len(t.cols))
	for i, c := range t.cols {
		var s string
		if i < len(texts) {
			s = texts[i]
		}
		cells[i] = cell{text: s, w: c.w, align: c.align}
	}
	t.d.row(cells, sizeTable)
}

// span adds a row whose first cell spans the first n columns and whose
// remaining texts fill the remaining columns, as a total line.
func (t *table) span(n int, first string, rest ...string) {
	w := 0.0
	for _, c := range t.cols[:n] {
		w += c.w
	}
	cells := []cell{{text: first, w: w, align: 'C', fill: fillLabel}}
	for i, c := range t.cols[n:] {
		var s string
		if i < len(rest) {
			s = rest[i]
		}
		cells = append(cells, cell{text: s, w: c.w, align: c.align, fill: fillLabel})
	}
	t.d.row(cells, sizeTable)
}

// end closes the table: later page breaks repeat no head.
func (t *table) end() { t.d.repeat = nil }

// field is a label and its value in a form-style block.
type field struct {
	label string
	value string
}

// fields draws label/value rows, two fields to a row or one field across
// the whole width.
func (d *doc) fields(rows ...[]field) {
	const labelW = 30.0
	for _, r := range rows {
		var cells []cell
		valueW := (contentW - labelW*float64(len(r))) / float64(len(r))
		for _, f := range r {
			cells = append(cells,
				cell{text: f.label, w: labelW, align: 'C', fill: fillLabel},
				cell{text: f.value, w: valueW, align: 'L'})
		}
		d.row(cells, sizeTable+0.5)
	}
}
