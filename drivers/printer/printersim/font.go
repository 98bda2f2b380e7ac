package printersim

import (
	"fmt"
	"image"
	"image/draw"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Cell sizes of font A: 12×24 dots per half-width column.
const (
	cellW = 12
	cellH = 24
)

// maxGlyphCache bounds the glyph cache (arbitrary input can name many
// characters).
const maxGlyphCache = 4096

// Renderer draws characters the way a thermal printer does: a bitmap per
// character cell, on or off, scaled by whole multiples. It is safe for
// concurrent use.
type Renderer struct {
	mu       sync.Mutex
	face     font.Face // nil: built-in 7×13 ASCII font, boxes for the rest
	baseline int
	cache    map[glyphKey]*image.Alpha
}

type glyphKey struct {
	r    rune
	cols int
}

// NewRenderer returns a renderer drawing text with the TrueType font in
// ttf (which should cover Latin and CJK, such as WenQuanYi Micro Hei). With
// ttf nil it draws ASCII in a small built-in bitmap font and any other
// character as a box.
func NewRenderer(ttf []byte) (*Renderer, error) {
	r := &Renderer{cache: make(map[glyphKey]*image.Alpha)}
	if ttf == nil {
		return r, nil
	}
	f, err := opentype.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("printersim: parse font: %w", err)
	}
	// Size the font so its ascent plus descent fills the 24-dot cell.
	const probe = 24
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: probe, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("printersim: load font face: %w", err)
	}
	m := face.Metrics()
	total := float64(m.Ascent+m.Descent) / 64
	size := probe * cellH / total
	if err := face.Close(); err != nil {
		return nil, fmt.Errorf("printersim: close probe face: %w", err)
	}
	face, err = opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("printersim: load font face: %w", err)
	}
	r.face = face
	r.baseline = face.Metrics().Ascent.Round()
	return r, nil
}

// glyphMask returns the cell bitmap of r, 12×cols wide and 24 high.
func (r *Renderer) glyphMask(ch rune, cols int) *image.Alpha {
	key := glyphKey{ch, cols}
	r.mu.Lock()
	defer r.mu.Unlock()
	if m, ok := r.cache[key]; ok {
		return m
	}
	if len(r.cache) >= maxGlyphCache {
		clear(r.cache)
	}
	m := r.rasterize(ch, cols)
	r.cache[key] = m
	return m
}

func (r *Renderer) rasterize(ch rune, cols int) *image.Alpha {
	cw := cellW * cols
	cell := image.NewAlpha(image.Rect(0, 0, cw, cellH))
	if ch == ' ' {
		return cell
	}
	face, baseline := r.face, r.baseline
	if face == nil {
		if ch >= 0x7f || ch < 0x20 {
			box(cell)
			return cell
		}
		face, baseline = basicfont.Face7x13, 18
	}
	adv, ok := face.GlyphAdvance(ch)
	if !ok {
		box(cell)
		return cell
	}
	aw := adv.Ceil()
	w := max(aw, cw)
	tmp := image.NewAlpha(image.Rect(0, 0, w, cellH))
	dot := fixed.Point26_6{X: fixed.I((w - aw) / 2), Y: fixed.I(baseline)}
	dr, mask, mp, _, ok := face.Glyph(dot, ch)
	if !ok {
		box(cell)
		return cell
	}
	draw.DrawMask(tmp, dr, image.Opaque, image.Point{}, mask, mp, draw.Over)
	// squeeze a glyph wider than its cell (Latin capitals in a 12-dot cell)
	for y := 0; y < cellH; y++ {
		for x := 0; x < cw; x++ {
			cell.Pix[y*cell.Stride+x] = tmp.Pix[y*tmp.Stride+x*w/cw]
		}
	}
	return cell
}

// box draws a hollow rectangle: the printer's mark for a missing glyph.
func box(a *image.Alpha) {
	b := a.Rect.Inset(2)
	for x := b.Min.X; x < b.Max.X; x++ {
		a.Pix[b.Min.Y*a.Stride+x] = 0xff
		a.Pix[(b.Max.Y-1)*a.Stride+x] = 0xff
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		a.Pix[y*a.Stride+b.Min.X] = 0xff
		a.Pix[y*a.Stride+b.Max.X-1] = 0xff
	}
}

// drawGlyph draws g with its top at y: the cell bitmap scaled to the
// glyph's size (font B and magnified characters), thresholded to black
// and white, emboldened by double-striking one dot to the right, inverted
// and underlined as set.
func (r *Renderer) drawGlyph(img *image.Gray, g glyph, y int) {
	m := r.glyphMask(g.r, g.cols)
	sw, sh := m.Rect.Dx(), m.Rect.Dy()
	ink, paper := uint8(0), uint8(0xff)
	if g.invert {
		ink, paper = paper, ink
		fill(img, g.x, y, g.w, g.h, paper)
	}
	set := func(x, y int) {
		if image.Pt(x, y).In(img.Rect) {
			img.Pix[y*img.Stride+x] = ink
		}
	}
	for dy := 0; dy < g.h; dy++ {
		sy := dy * sh / g.h
		for dx := 0; dx < g.w; dx++ {
			if m.Pix[sy*m.Stride+dx*sw/g.w] < 0x80 {
				continue
			}
			set(g.x+dx, y+dy)
			if g.bold && dx+1 < g.w {
				set(g.x+dx+1, y+dy)
			}
		}
	}
	for i := 0; i < g.underline; i++ {
		for dx := 0; dx < g.w; dx++ {
			set(g.x+dx, y+g.h-1-i)
		}
	}
}
