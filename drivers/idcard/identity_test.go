package idcard_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
)

func TestMaskHelpers(t *testing.T) {
	for in, want := range map[string]string{
		"440606195803122016": "4406********2016",
		"11010519491231002X": "1101********002X",
		"CAN440085061512":    "CAN4********1512",
		"12345":              "********",
		"":                   "",
	} {
		if got := idcard.MaskNumber(in); got != want {
			t.Errorf("MaskNumber(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"张三": "张*", "区示例": "区**", "欧阳娜娜": "欧***", "张": "张*",
		"SMITH, ALEXANDER": "S****", "": "",
	} {
		if got := idcard.MaskName(in); got != want {
			t.Errorf("MaskName(%q) = %q, want %q", in, got, want)
		}
	}
}

// readDemoCard decodes card i of the built-in set, with a photo.
func demoIdentity(t *testing.T) *idcard.Identity {
	t.Helper()
	// Through the reader's own path: frame → split → decode → validate.
	id := readOverSim(t, 0)
	if !id.HasPhoto() || len(id.Photo()) != idcard.PhotoLen {
		t.Fatalf("photo %d bytes", len(id.Photo()))
	}
	return id
}

func TestIdentityNeverPrintsPersonalData(t *testing.T) {
	id := demoIdentity(t)
	full := id.Unmasked()
	if full.Number != "440606195803122016" || full.Name != "区示例" {
		t.Fatalf("Unmasked = %q %q", full.Name, full.Number)
	}
	secrets := []string{full.Number, full.Name, full.Address, full.Number[4:14], "示例", full.Birth}

	var outs []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%10.3v"} {
		outs = append(outs, fmt.Sprintf(verb, id), fmt.Sprintf(verb, *id), fmt.Sprintf(verb, full))
	}
	outs = append(outs, fmt.Sprint(id), fmt.Sprintln(*id), id.String(), full.String(),
		fmt.Sprintf("%v", []*idcard.Identity{id}), fmt.Sprintf("%+v", struct{ ID *idcard.Identity }{id}),
		fmt.Sprintf("%v", idcard.Event{Kind: idcard.EventCardPlaced, Identity: id}),
		fmt.Sprintf("%+v", idcard.Event{Kind: idcard.EventCardPlaced, Identity: id}))

	var logBuf bytes.Buffer
	for _, h := range []slog.Handler{slog.NewJSONHandler(&logBuf, nil), slog.NewTextHandler(&logBuf, nil)} {
		l := slog.New(h)
		l.Info("read", "card", id, "value", *id, "details", full)
	}
	outs = append(outs, logBuf.String())

	for _, out := range outs {
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("output %q reveals %q", out, s)
			}
		}
		if bytes.Contains([]byte(out), id.Photo()[:8]) {
			t.Errorf("output %q contains photo bytes", out)
		}
	}
	if got := fmt.Sprintf("%v", id); got != "resident 区** 4406********2016" {
		t.Errorf("%%v = %q", got)
	}
	if got := fmt.Sprintf("%q", id); got != `"resident 区** 4406********2016"` {
		t.Errorf("%%q = %q", got)
	}
	if !strings.Contains(logBuf.String(), `"number":"4406********2016"`) {
		t.Errorf("log lacks the masked number: %s", logBuf.String())
	}
}

func TestIdentityWipe(t *testing.T) {
	id := demoIdentity(t)
	photo := id.Photo()
	id.Wipe()
	if !bytes.Equal(photo, make([]byte, len(photo))) {
		t.Error("photo not zeroed in place")
	}
	if d := id.Unmasked(); d != (idcard.Details{}) || id.HasPhoto() || id.MaskedNumber() != "" {
		t.Errorf("fields survive Wipe: %+v", d)
	}
	var none *idcard.Identity
	none.Wipe() // must not panic
}

func TestValidityExpired(t *testing.T) {
	day := func(s string) time.Time {
		d, _ := time.ParseInLocation("20060102 15:04", s, time.Local)
		return d
	}
	v := idcard.Validity{From: "20200101", Until: "20300101"}
	if v.Expired(day("20300101 23:59")) {
		t.Error("expired on its last day")
	}
	if !v.Expired(day("20300102 00:01")) {
		t.Error("valid after its last day")
	}
	if (idcard.Validity{Until: idcard.LongTerm, LongTerm: true}).Expired(day("29990101 00:00")) {
		t.Error("long-term card expired")
	}
	if !(idcard.Validity{Until: "garbage"}).Expired(day("20200101 00:00")) {
		t.Error("unreadable end date counted as valid")
	}
}

func TestForeignCardMasksEnglishName(t *testing.T) {
	cards, err := idcardsim.LoadCards("idcardsim/testdata/demo-cards.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cards {
		if c.Label != "foreign permanent resident (2023), no Chinese name" {
			continue
		}
		text, _ := c.Text()
		id, err := idcard.DecodeText(text)
		if err != nil {
			t.Fatal(err)
		}
		if got := id.MaskedName(); got != "D****" {
			t.Errorf("MaskedName = %q", got)
		}
		if s := fmt.Sprint(id); strings.Contains(s, "JORDAN") {
			t.Errorf("%q reveals the English name", s)
		}
		return
	}
	t.Fatal("card not in the demo file")
}

var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
