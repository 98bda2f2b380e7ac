package printersim_test

import (
	"bytes"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/internal/fixture"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
)

// interpret feeds data in pieces of at most step bytes (0: all at once)
// and returns every page, the unfinished one last.
func interpret(data []byte, step int) []*printersim.Page {
	var pages []*printersim.Page
	cut := true
	in := printersim.NewInterpreter(printersim.InterpreterOptions{
		Paper: printer.Paper58,
		OnCut: func(p *printersim.Page) bool {
			cut = !cut // every other cut fails, to cover the jammed path
			if cut {
				return false
			}
			pages = append(pages, p)
			return true
		},
	})
	if step <= 0 {
		in.Feed(data)
	} else {
		for i := 0; i < len(data); i += step {
			in.Feed(data[i:min(i+step, len(data))])
		}
	}
	if len(data) > 0 && data[0]&1 == 1 {
		pages = append(pages, in.Abort())
	}
	return append(pages, in.Page())
}

// FuzzInterpreter feeds arbitrary bytes to the interpreter: it must not
// panic, must keep its pages within bounds, must render them, and must
// give the same pages whether the bytes come at once or in pieces.
func FuzzInterpreter(f *testing.F) {
	for _, p := range []printer.Paper{printer.Paper58, printer.Paper80} {
		r, err := fixture.Standard(printer.Layout{Paper: p, ChineseMode: true})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(r.Data)
		f.Add(r.Data[:len(r.Data)/2])
	}
	seeds := [][]byte{
		{},
		[]byte("plain text\n"),
		{0x1b, 0x40, 0x1b, 0x61, 0x01, 0x1b, 0x45, 0x01, 0x1d, 0x21, 0x77, 'W', 0x0a},
		{0x1b, 0x21, 0xff, 0x1b, 0x2d, 0x02, 0x1d, 0x42, 0x01, 'x', 0x09, 'y', 0x0d, 0x0a},
		{0xd6, 0xd0, 0x81, 0x30, 0x81, 0x30, 0xfe, 0x39, 0xfe, 0x39, 0x81, 0x0a, 0xff, 0x80},
		{0x1c, 0x2e, 0x80, 0xff, 0x1c, 0x26, 0x1c, 0x21, 0x0c, 0x1c, 0x57, 0x01, 0xb0, 0xa1},
		{0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x10, 0x1d, 0x28, 0x6b, 0x06, 0x00, 0x31, 0x50, 0x30, 'a', 'b', 'c', 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30},
		{0x1d, 0x28, 0x6b, 0xff, 0xff, 0x31, 0x50, 0x30},
		{0x1d, 0x68, 0x01, 0x1d, 0x77, 0x06, 0x1d, 0x48, 0x03, 0x1d, 0x6b, 0x49, 0x06, '{', 'C', 99, '{', 'B', 'a'},
		{0x1d, 0x6b, 0x49, 0xff, '{', 'A'},
		{0x1d, 0x6b, 0x02, '1', '2', '3', 0x00, 0x1d, 0x6b, 0x43, 0x03, '1', '2', '3'},
		{0x1d, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00, 0xff, 0xff, 0xff, 0xff},
		{0x1d, 0x38, 0x4c, 0xff, 0xff, 0xff, 0x7f, 0x30},
		{0x1b, 0x2a, 0x21, 0x03, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9},
		{0x1b, 0x26, 0x03, 0x41, 0x42, 0x02, 1, 2, 3, 4, 5, 6, 0x01, 1, 2, 3},
		{0x1b, 0x44, 0x08, 0x10, 0x00, 0x09, 'x'},
		{0x10, 0x04, 0x01, 0x10, 0x05, 0x02, 0x10, 0x14, 0x01, 0x00, 0x01, 0x10, 'z'},
		{0x1b, 0x33, 0xff, 0x1b, 0x64, 0xff, 0x1b, 0x64, 0xff, 0x1b, 0x4a, 0xff},
		{0x1d, 0x56, 0x41, 0xff, 0x1d, 0x56, 0x00, 0x1d, 0x56, 0x31, 0x1d, 0x56, 0x07},
		{0x1b, 0x1d, 0x1c, 0x10},
	}
	for _, s := range seeds {
		f.Add(s)
	}
	rend, err := printersim.NewRenderer(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		whole := interpret(data, 0)
		step := 1
		if len(data) > 0 {
			step = int(data[len(data)-1])%7 + 1
		}
		split := interpret(data, step)
		if len(whole) != len(split) {
			t.Fatalf("%d pages at once, %d in pieces of %d", len(whole), len(split), step)
		}
		for i, p := range whole {
			q := split[i]
			if p.Text() != q.Text() || p.Height() != q.Height() || !bytes.Equal(p.Raw, q.Raw) || p.Partial != q.Partial {
				t.Fatalf("page %d differs when fed in pieces of %d:\n%q\n%q", i, step, p.Text(), q.Text())
			}
			if p.Height() > printersim.MaxPageDots || len(p.Raw) > len(data) {
				t.Fatalf("page %d: height %d, raw %d of %d", i, p.Height(), len(p.Raw), len(data))
			}
			if i >= 3 {
				continue // rendering is per page and covered by the first ones; keep executions fast
			}
			img := p.Render(rend)
			if img.Rect.Dx() != 384 || img.Rect.Dy() != max(p.Height(), 1) {
				t.Fatalf("picture %v for a %d-dot page", img.Rect, p.Height())
			}
		}
	})
}
