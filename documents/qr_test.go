package documents

import (
	"strings"
	"testing"
)

// TestQRCodeDecodes renders every page and decodes its QR code with
// zbarimg: each page must lead to the document's verification URL.
func TestQRCodeDecodes(t *testing.T) {
	needTool(t, "pdftoppm", "poppler-utils")
	needTool(t, "zbarimg", "zbar-tools")
	dir := t.TempDir()
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			d := f.doc()
			h := d.header()
			want, err := VerifyURL(h.VerifyBase, h.VerifyCode)
			if err != nil {
				t.Fatal(err)
			}
			pages := rasterise(t, renderFixture(t, dir, f.name, d), 150)
			for i, page := range pages {
				out := strings.TrimSpace(string(run(t, "zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", page)))
				if out != want {
					t.Errorf("page %d: QR code says %q, want %q", i+1, out, want)
				}
			}
		})
	}
}
