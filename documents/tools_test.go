package documents

import (
	"bufio"
	"bytes"
	"context"
	"image"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"
)

// needTool skips the test when an external program is missing. CI has
// them: packaging/install-deps.sh test installs poppler-utils (pdftoppm,
// pdftotext) and zbar-tools (zbarimg).
func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not found: install the Debian package %s (packaging/install-deps.sh test does)", name, pkg)
	}
	return p
}

// run runs a program with a deadline and returns its standard output.
func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, stderr.Bytes())
	}
	return stdout.Bytes()
}

// renderFixture renders a fixture and writes it to dir/name.pdf.
func renderFixture(t *testing.T, dir, name string, d Document) string {
	t.Helper()
	pdf, err := Render(d, Options{})
	if err != nil {
		t.Fatalf("render %s: %v", name, err)
	}
	path := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// rasterise renders every page of a PDF to a grey PGM with pdftoppm
// (PNG encoding would take most of the time) and returns the page files in
// page order.
func rasterise(t *testing.T, pdf string, dpi int) []string {
	t.Helper()
	needTool(t, "pdftoppm", "poppler-utils")
	dir := t.TempDir()
	prefix := filepath.Join(dir, "page")
	run(t, "pdftoppm", "-r", strconv.Itoa(dpi), "-gray", pdf, prefix)
	pages, err := filepath.Glob(prefix + "-*.pgm")
	if err != nil {
		t.Fatal(err)
	}
	// pdftoppm pads page numbers to the width of the last one.
	sort.Slice(pages, func(i, j int) bool {
		if len(pages[i]) != len(pages[j]) {
			return len(pages[i]) < len(pages[j])
		}
		return pages[i] < pages[j]
	})
	if len(pages) == 0 {
		t.Fatalf("pdftoppm wrote no page for %s", pdf)
	}
	return pages
}

// readPGM reads the binary grey map pdftoppm -gray writes.
func readPGM(t *testing.T, path string) *image.Gray {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	// The header is four whitespace-separated tokens, with # comments
	// allowed between them, and one whitespace byte before the pixels.
	var tok [4]string
	for i := range tok {
		for {
			b, err := r.ReadByte()
			if err != nil {
				t.Fatalf("%s: header: %v", path, err)
			}
			switch {
			case b == '#' && tok[i] == "":
				if _, err := r.ReadString('\n'); err != nil {
					t.Fatalf("%s: header: %v", path, err)
				}
				continue
			case b == ' ' || b == '\t' || b == '\n' || b == '\r':
				if tok[i] == "" {
					continue
				}
			default:
				tok[i] += string(b)
				continue
			}
			break
		}
	}
	w, errW := strconv.Atoi(tok[1])
	h, errH := strconv.Atoi(tok[2])
	if tok[0] != "P5" || tok[3] != "255" || errW != nil || errH != nil || w <= 0 || h <= 0 {
		t.Fatalf("%s: not an 8-bit binary PGM: header %q", path, tok)
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	if _, err := io.ReadFull(r, img.Pix); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}
