package printersim

import (
	"fmt"
	"image"
	"strings"
)

// MaxPageDots caps the length of one page (about 2 m of paper at 8 dots
// per mm); content beyond it is dropped and the page marked Truncated.
const MaxPageDots = 16000

// maxRaw caps the raw bytes kept per page.
const maxRaw = 1 << 20

// Page is the paper between two cuts: what was printed, laid out in dots,
// and the bytes that produced it.
type Page struct {
	Width     int    // dots
	Raw       []byte // received bytes, real-time commands excluded (at most 1 MiB)
	Partial   bool   // printing stopped (paper ran out) before the cut
	Truncated bool   // longer than MaxPageDots; the rest was dropped

	blocks []block
	height int
}

type blockKind int

const (
	blockBlank blockKind = iota
	blockText
	blockQR
	blockBars
	blockBox
)

// block is one horizontal band of the page.
type block struct {
	kind   blockKind
	h      int // height in dots
	x      int // left edge of a QR, barcode or box
	glyphs []glyph
	ascent int // text: the glyphs' bottoms sit this far below the top
	matrix [][]bool
	mod    int    // QR module size, barcode module width
	bars   []byte // barcode element widths in modules, bar first
	w      int    // box width
	label  string // QR payload or barcode text, for Text
}

// glyph is one character cell on a text line.
type glyph struct {
	r         rune
	x         int // left edge in dots
	w, h      int // cell size on paper
	cols      int // 1 half-width, 2 full-width
	fontB     bool
	bold      bool
	invert    bool
	underline int // dots
}

// Height is the page length in dots.
func (p *Page) Height() int { return p.height }

// Text returns the page as plain text: one line per printed text line,
// "[QR payload]" for a QR code, "[CODE128 text]" for a barcode and
// "[BARCODE text]" for other symbologies. Blank feeds are left out.
func (p *Page) Text() string {
	var sb strings.Builder
	for _, b := range p.blocks {
		switch b.kind {
		case blockText:
			for _, g := range b.glyphs {
				sb.WriteRune(g.r)
			}
			sb.WriteByte('\n')
		case blockQR:
			fmt.Fprintf(&sb, "[QR %s]\n", b.label)
		case blockBars:
			fmt.Fprintf(&sb, "[CODE128 %s]\n", b.label)
		case blockBox:
			fmt.Fprintf(&sb, "[BARCODE %s]\n", b.label)
		}
	}
	return sb.String()
}

// QRMatrix returns the module matrix of the n-th QR code on the page
// (true = dark), or nil.
func (p *Page) QRMatrix(n int) [][]bool {
	for _, b := range p.blocks {
		if b.kind == blockQR {
			if n == 0 {
				return b.matrix
			}
			n--
		}
	}
	return nil
}

func (p *Page) add(b block) {
	if b.h <= 0 {
		return
	}
	if p.height+b.h > MaxPageDots {
		p.Truncated = true
		return
	}
	p.blocks = append(p.blocks, b)
	p.height += b.h
}

func (p *Page) raw(b []byte) {
	if len(p.Raw)+len(b) > maxRaw {
		b = b[:maxRaw-len(p.Raw)]
	}
	p.Raw = append(p.Raw, b...)
}

// Render draws the page: white paper, black dots. A page with nothing on
// it is one dot high.
func (p *Page) Render(r *Renderer) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, p.Width, max(p.height, 1)))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	y := 0
	for _, b := range p.blocks {
		switch b.kind {
		case blockText:
			for _, g := range b.glyphs {
				r.drawGlyph(img, g, y+b.ascent-g.h)
			}
		case blockQR:
			for my, row := range b.matrix {
				for mx, dark := range row {
					if dark {
						fill(img, b.x+mx*b.mod, y+my*b.mod, b.mod, b.mod, 0)
					}
				}
			}
		case blockBars:
			x := b.x
			for i, w := range b.bars {
				if i%2 == 0 {
					fill(img, x, y, int(w)*b.mod, b.h, 0)
				}
				x += int(w) * b.mod
			}
		case blockBox:
			fill(img, b.x, y, b.w, 2, 0)
			fill(img, b.x, y+b.h-2, b.w, 2, 0)
			fill(img, b.x, y, 2, b.h, 0)
			fill(img, b.x+b.w-2, y, 2, b.h, 0)
		}
		y += b.h
	}
	return img
}

// fill paints a rectangle, clipped to the image.
func fill(img *image.Gray, x, y, w, h int, c uint8) {
	r := image.Rect(x, y, x+w, y+h).Intersect(img.Rect)
	for yy := r.Min.Y; yy < r.Max.Y; yy++ {
		row := img.Pix[yy*img.Stride : yy*img.Stride+img.Rect.Dx()]
		for xx := r.Min.X; xx < r.Max.X; xx++ {
			row[xx] = c
		}
	}
}
