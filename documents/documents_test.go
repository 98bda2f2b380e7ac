package documents

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/assets"
)

func TestRenderIsDeterministic(t *testing.T) {
	for _, f := range fixtures {
		a, err := Render(f.doc(), Options{})
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		b, err := Render(f.doc(), Options{})
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", f.name)
		}
		if !bytes.HasPrefix(a, []byte("%PDF-")) {
			t.Errorf("%s: output does not start with %%PDF-", f.name)
		}
		// The 4.6 MB font is embedded as a subset.
		if len(a) > 200<<10 {
			t.Errorf("%s: %d bytes, the font is not subset", f.name, len(a))
		}
	}
}

func TestRenderCreationDate(t *testing.T) {
	fixed := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	a, err := Render(testJobSlip(), Options{CreationDate: fixed})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(a, []byte("/CreationDate (D:20200102030405)")) {
		t.Errorf("fixed creation date not written")
	}
	b, err := Render(testJobSlip(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Without the option the issue time (10:32 in UTC+8) is the date.
	if !bytes.Contains(b, []byte("/CreationDate (D:20260518023200)")) {
		t.Errorf("issue time not used as creation date")
	}
}

func TestRenderRejectsIncompleteDocuments(t *testing.T) {
	tests := []struct {
		name string
		doc  func() Document
	}{
		{"no verify code", func() Document { c := testCertificate(); c.VerifyCode = ""; return c }},
		{"bad verify code", func() Document { c := testCertificate(); c.VerifyCode = "ABCD-EFGH-IJKU"; return c }},
		{"relative verify base", func() Document { c := testCertificate(); c.VerifyBase = "hall.example/v"; return c }},
		{"verify base with query", func() Document { c := testCertificate(); c.VerifyBase = "https://hall.example/?a=b"; return c }},
		{"no issue time", func() Document { c := testCertificate(); c.IssuedAt = time.Time{}; return c }},
		{"no station", func() Document { c := testCertificate(); c.Station = " "; return c }},
		{"certificate without name", func() Document { c := testCertificate(); c.Person.Name = ""; return c }},
		{"certificate without ID", func() Document { c := testCertificate(); c.Person.IDNumber = ""; return c }},
		{"certificate without office", func() Document { c := testCertificate(); c.Office = ""; return c }},
		{"certificate without periods", func() Document { c := testCertificate(); c.Periods = nil; return c }},
		{"receipt without tracking number", func() Document { r := testReceipt(); r.TrackingNumber = ""; return r }},
		{"receipt without time limit", func() Document { r := testReceipt(); r.TimeLimitDays = 0; return r }},
		{"receipt with unknown delivery", func() Document { r := testReceipt(); r.Delivery.Method = "drone"; return r }},
		{"receipt by post without address", func() Document { r := testReceipt(); r.Delivery.Address = ""; return r }},
		{"receipt for pickup without place", func() Document {
			r := testReceipt()
			r.Delivery = Delivery{Method: DeliveryPickup}
			return r
		}},
		{"property without owners", func() Document { p := testProperty(); p.Owners = nil; return p }},
		{"property without area", func() Document { p := testProperty(); p.Area = 0; return p }},
		{"job without phone", func() Document { j := testJobSlip(); j.Phone = ""; return j }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Render(tt.doc(), Options{})
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestRenderRejectsUnusableFonts(t *testing.T) {
	ttf := assets.Font()
	tests := map[string][]byte{
		"cff":        append([]byte("OTTO"), ttf[4:]...),
		"collection": append([]byte("ttcf"), ttf[4:]...),
		"garbage":    bytes.Repeat([]byte{0xde, 0xad}, 64),
		"short":      {0, 1, 0, 0},
	}
	for name, font := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Render(testJobSlip(), Options{Font: font})
			if !errors.Is(err, ErrFont) {
				t.Fatalf("err = %v, want ErrFont", err)
			}
		})
	}
}

func TestPageCount(t *testing.T) {
	tests := []struct {
		name   string
		months int
		pages  string
	}{
		{"no contributions", 0, "/Count 1"},
		{"one month", 1, "/Count 1"},
		{"three years", 36, "/Count 2"},
		{"ten years", 120, "/Count 5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCertificate()
			for len(c.Contributions) < tt.months {
				c.Contributions = append(c.Contributions, c.Contributions...)
			}
			c.Contributions = c.Contributions[:tt.months]
			pdf, err := Render(c, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(pdf, []byte(tt.pages)) {
				i := bytes.Index(pdf, []byte("/Count "))
				t.Errorf("want %s, PDF has %s", tt.pages, pdf[i:i+9])
			}
		})
	}
}

func TestKindsAndTitles(t *testing.T) {
	seen := map[Kind]bool{}
	for _, f := range fixtures {
		d := f.doc()
		if strings.TrimSpace(d.Title()) == "" {
			t.Errorf("%s: empty title", f.name)
		}
		seen[d.Kind()] = true
	}
	for _, k := range []Kind{KindSocialSecurity, KindApplication, KindProperty, KindJob} {
		if !seen[k] {
			t.Errorf("no fixture of kind %s", k)
		}
	}
}

func TestMoney(t *testing.T) {
	for m, want := range map[Money]string{0: "0.00", 5: "0.05", 458800: "4588.00", 114011: "1140.11", -1250: "-12.50"} {
		if got := m.String(); got != want {
			t.Errorf("Money(%d) = %q, want %q", int64(m), got, want)
		}
	}
}
