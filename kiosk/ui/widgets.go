package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/theme"
)

// size returns a theme size in the current mode.
func (u *UI) size(n fyne.ThemeSizeName) float32 { return u.th.Size(n) }

func (u *UI) color(n fyne.ThemeColorName) color.Color {
	return u.th.Color(n, fynetheme.VariantLight)
}

// label is wrapped body text.
func (u *UI) label(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// heading is a bold line of text in a larger size.
func (u *UI) heading(s string, size fyne.ThemeSizeName) *widget.Label {
	l := widget.NewLabel(s)
	l.SizeName = size
	l.TextStyle = fyne.TextStyle{Bold: true}
	l.Wrapping = fyne.TextWrapWord
	return l
}

// field is a labelled fact: the label in the accent colour on the left,
// the value wrapped beside it.
func (u *UI) field(key, value string) fyne.CanvasObject {
	k := u.heading(u.t(key), fyne.ThemeSizeName(""))
	k.Wrapping = fyne.TextWrapOff
	k.Importance = widget.HighImportance
	return container.NewBorder(nil, nil, k, nil, u.label(value))
}

// widgetText is a single-line text on a coloured bar, updated in place.
type widgetText = canvas.Text

func (u *UI) barText(s string) *canvas.Text {
	t := canvas.NewText(s, u.color(theme.ColorNameBarText))
	t.TextSize = u.size(theme.SizeNameBarText)
	return t
}

// button is a touch button at least one touch target high. Every button
// records the interaction with the session before doing its work.
func (u *UI) button(text string, imp widget.Importance, tapped func()) *widget.Button {
	b := widget.NewButton(text, func() {
		u.touch()
		tapped()
	})
	b.Importance = imp
	return b
}

// minHeight wraps o so it is at least one touch target high.
func (u *UI) minHeight(o fyne.CanvasObject) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(u.size(theme.SizeNameTarget), u.size(theme.SizeNameTarget)))
	return container.NewStack(r, o)
}

// bigButton is a button padded to the touch-target size.
func (u *UI) bigButton(text string, imp widget.Importance, tapped func()) fyne.CanvasObject {
	return u.minHeight(u.button(text, imp, tapped))
}

// tile is a large tappable card: a title and a line under it. The button
// behind the labels takes the tap; labels are not tappable, so a tap
// anywhere on the card counts. The text is broken into lines here, at the
// tile's width: a wrapped label measures one line until it is laid out,
// and would spill over the line under it.
func (u *UI) tile(title, desc string, minSize fyne.Size, tapped func()) fyne.CanvasObject {
	bg := u.button("", widget.MediumImportance, tapped)
	inner := u.size(fynetheme.SizeNameInnerPadding)
	pad := u.size(fynetheme.SizeNamePadding)
	textW := minSize.Width - 2*inner - 4*pad
	objs := []fyne.CanvasObject{layout.NewSpacer()}
	for _, l := range wrapLines(title, u.size(theme.SizeNameTile), true, textW) {
		t := u.heading(l, theme.SizeNameTile)
		t.Wrapping = fyne.TextWrapOff
		t.Alignment = fyne.TextAlignCenter
		objs = append(objs, t)
	}
	for _, l := range wrapLines(desc, u.size(fynetheme.SizeNameText), false, textW) {
		if l == "" {
			continue
		}
		d := widget.NewLabel(l)
		d.Alignment = fyne.TextAlignCenter
		objs = append(objs, d)
	}
	objs = append(objs, layout.NewSpacer())
	body := container.NewVBox(objs...)
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(minSize.Width, max(minSize.Height, body.MinSize().Height+2*pad)))
	return container.NewStack(r, bg, container.NewPadded(body))
}

// wrapLines breaks text into lines no wider than w at size: between words
// where there are spaces, between characters in Chinese.
func wrapLines(text string, size float32, bold bool, w float32) []string {
	style := fyne.TextStyle{Bold: bold}
	fits := func(s string) bool { return w <= 0 || fyne.MeasureText(s, size, style).Width <= w }
	if fits(text) {
		return []string{text}
	}
	var lines []string
	var cur []rune
	runes := []rune(text)
	for i := 0; i < len(runes); {
		// The next unit: a word with its trailing spaces, or one CJK character.
		j := i + 1
		if runes[i] < 0x2E80 {
			for j < len(runes) && runes[j-1] != ' ' && runes[j] < 0x2E80 {
				j++
			}
			for j < len(runes) && runes[j] == ' ' {
				j++
			}
		}
		unit := runes[i:j]
		if len(cur) > 0 && !fits(strings.TrimRight(string(cur)+string(unit), " ")) {
			lines = append(lines, strings.TrimRight(string(cur), " "))
			cur = nil
		}
		cur = append(cur, unit...)
		i = j
	}
	if len(cur) > 0 {
		lines = append(lines, strings.TrimRight(string(cur), " "))
	}
	return lines
}

// row is a full-width tappable list row with a title and a note beside it.
func (u *UI) row(title, note string, tapped func()) fyne.CanvasObject {
	bg := u.button("", widget.MediumImportance, tapped)
	t := widget.NewLabel(title)
	t.Truncation = fyne.TextTruncateEllipsis
	n := widget.NewLabel(note)
	n.Importance = widget.MediumImportance
	n.Alignment = fyne.TextAlignTrailing
	return u.minHeight(container.NewStack(bg, container.NewBorder(nil, nil, nil, n, t)))
}

// bar is a coloured strip holding objects.
func (u *UI) bar(objs fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(u.color(theme.ColorNameBar))
	return container.NewStack(bg, container.NewPadded(objs))
}

// pager shows n entries a page at a time with big ▲▼ buttons: Fyne's
// desktop driver does not scroll on a finger drag, so lists never rely on
// it. page is read and written through get/set so it survives re-renders.
func (u *UI) pager(n, perPage, cols int, page int, setPage func(int), build func(i int) fyne.CanvasObject) fyne.CanvasObject {
	if perPage < 1 {
		perPage = 1
	}
	pages := (n + perPage - 1) / perPage
	if pages == 0 {
		pages = 1
	}
	page = max(0, min(page, pages-1))
	var cells []fyne.CanvasObject
	for i := page * perPage; i < min(n, (page+1)*perPage); i++ {
		cells = append(cells, build(i))
	}
	// Fill the last page so rows keep their height and place.
	for len(cells) < perPage {
		cells = append(cells, layout.NewSpacer())
	}
	grid := container.NewGridWithColumns(cols, cells...)
	up := u.button(u.t("list.up"), widget.HighImportance, func() { setPage(page - 1) })
	down := u.button(u.t("list.down"), widget.HighImportance, func() { setPage(page + 1) })
	if page == 0 {
		up.Disable()
	}
	if page >= pages-1 {
		down.Disable()
	}
	info := widget.NewLabel(u.t("list.page", "Page", page+1, "Pages", pages))
	info.Alignment = fyne.TextAlignCenter
	controls := container.NewGridWithColumns(3, u.minHeight(up), info, u.minHeight(down))
	return container.NewBorder(nil, controls, nil, nil, container.NewVBox(grid))
}

// orientationWatcher lays out its single child full size and reports each
// new size, so the UI can rebuild when the screen is turned.
type orientationWatcher struct {
	widget.BaseWidget
	child    fyne.CanvasObject
	onResize func(fyne.Size)
}

func newOrientationWatcher(child fyne.CanvasObject, onResize func(fyne.Size)) *orientationWatcher {
	w := &orientationWatcher{child: child, onResize: onResize}
	w.ExtendBaseWidget(w)
	return w
}

func (w *orientationWatcher) CreateRenderer() fyne.WidgetRenderer {
	return &watcherRenderer{w: w}
}

type watcherRenderer struct{ w *orientationWatcher }

func (r *watcherRenderer) Layout(s fyne.Size) {
	r.w.child.Resize(s)
	r.w.child.Move(fyne.NewPos(0, 0))
	r.w.onResize(s)
}
func (r *watcherRenderer) MinSize() fyne.Size           { return r.w.child.MinSize() }
func (r *watcherRenderer) Refresh()                     { r.w.child.Refresh() }
func (r *watcherRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.w.child} }
func (r *watcherRenderer) Destroy()                     {}

// pagedBlocks shows head, then as many of blocks as fit the room left on
// the screen, a page at a time with ▲▼ when they do not all fit: long
// guides and panels page instead of running off the screen.
//
// footer, if not nil, stays at the bottom of every page.
func (u *UI) pagedBlocks(v *view, head fyne.CanvasObject, blocks []fyne.CanvasObject, footer fyne.CanvasObject) fyne.CanvasObject {
	gap := u.size(fynetheme.SizeNamePadding)
	room := u.bodySize.Height - head.MinSize().Height - gap
	if footer != nil {
		room -= footer.MinSize().Height + gap
	}
	// Wrapped labels are measured before they know their width and grow
	// when laid out narrower: keep a margin.
	room *= 0.9
	total := float32(0)
	for _, b := range blocks {
		total += b.MinSize().Height + gap
	}
	if total <= room {
		return container.NewBorder(head, footer, nil, nil, container.NewVBox(blocks...))
	}
	room -= u.size(theme.SizeNameTarget) + 2*gap // the ▲▼ controls
	var pages [][]fyne.CanvasObject
	var cur []fyne.CanvasObject
	used := float32(0)
	for _, b := range blocks {
		h := b.MinSize().Height + gap
		if len(cur) > 0 && used+h > room {
			pages = append(pages, cur)
			cur, used = nil, 0
		}
		cur = append(cur, b)
		used += h
	}
	pages = append(pages, cur)
	list := u.pager(len(pages), 1, 1, v.page, u.setPage, func(i int) fyne.CanvasObject {
		return container.NewVBox(pages[i]...)
	})
	return container.NewBorder(head, footer, nil, nil, list)
}

// columnsThatFit is how many of objs fit side by side in the screen's
// width (at most most, at least one): every column is as wide as the
// widest of them, as in a grid.
func (u *UI) columnsThatFit(objs []fyne.CanvasObject, most int) int {
	gap := u.size(fynetheme.SizeNamePadding)
	widest := float32(1)
	for _, o := range objs {
		widest = max(widest, o.MinSize().Width)
	}
	return max(1, min(most, int((u.bodySize.Width+gap)/(widest+gap))))
}

// rowsThatFit is how many list rows fit under head with the ▲▼ controls.
func (u *UI) rowsThatFit(head fyne.CanvasObject) int {
	gap := u.size(fynetheme.SizeNamePadding)
	rowH := u.size(theme.SizeNameTarget) + gap
	room := u.bodySize.Height - head.MinSize().Height - gap - (u.size(theme.SizeNameTarget) + 2*gap)
	return max(1, int(room/rowH))
}
