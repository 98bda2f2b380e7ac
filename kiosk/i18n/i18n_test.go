package i18n

import (
	"slices"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/sync/wire"
)

func load(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load(assets.Translations())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEveryLanguageHasEveryMessage(t *testing.T) {
	c := load(t)
	ref := c.MessageIDs(wire.LangZhHans)
	if len(ref) < 50 {
		t.Fatalf("only %d messages in zh-Hans", len(ref))
	}
	for _, lang := range wire.Languages {
		if got := c.MessageIDs(lang); !slices.Equal(got, ref) {
			t.Errorf("%s has a different set of messages than zh-Hans", lang)
		}
		for _, id := range ref {
			if s := c.T(lang, id, "N", 1, "Count", 2, "Hotline", "22838180", "Page", 1, "Pages", 2,
				"Time", "x", "Amount", "1.00", "Reason", "r", "Rev", 1, "Age", "a",
				"Offset", "1s", "Pending", 1, "Attention", 2, "Kind", "k", "Title", "t", "Name", "n", "Number", "x", "Rev", 3, "Sessions", 1, "Approvals", 1, "Items", 1, "Signins", 1, "State", "s", "Card", "c", "Local", 1, "LocalAmount", "1.00", "Hall", 1, "HallAmount", "1.00", "Missing", 0, "Refunds", 0, "Min", 1, "Max", 2, "Month", 11, "Day", 25, "Weekday", "w", "HM", "09:00", "MonthName", "Nov"); s == id || strings.Contains(s, "<no value>") {
				t.Errorf("%s %s: untranslated or missing template data: %q", lang, id, s)
			}
		}
	}
}

func TestTraditionalAndEnglishDiffer(t *testing.T) {
	c := load(t)
	for _, id := range []string{"nav.home", "service.approvals", "idle.title"} {
		hans, hant, en := c.T(wire.LangZhHans, id), c.T(wire.LangZhHant, id), c.T(wire.LangEn, id)
		if hans == hant || hans == en {
			t.Errorf("%s: %q %q %q", id, hans, hant, en)
		}
	}
}

func TestTemplateAndFallbacks(t *testing.T) {
	c := load(t)
	if got := c.T(wire.LangZhHans, "item.days", "N", 20); got != "20 个工作日" {
		t.Errorf("item.days = %q", got)
	}
	if got := c.T(wire.LangEn, "item.days", "N", 5); got != "5 working days" {
		t.Errorf("item.days en = %q", got)
	}
	if got := c.T("fr", "nav.home"); got != "首页" {
		t.Errorf("unknown language should fall back to zh-Hans, got %q", got)
	}
	if got := c.T(wire.LangEn, "no.such.message"); got != "no.such.message" {
		t.Errorf("unknown id = %q", got)
	}
	if LanguageName(wire.LangZhHant) != "繁體中文" {
		t.Error("language names")
	}
}
