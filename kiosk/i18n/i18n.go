// Package i18n translates the kiosk's interface at runtime.
//
// Fyne's own lang package reads the locale once from the environment and
// cannot switch, but a villager must be able to change the language from any
// screen. This package keeps one go-i18n localizer per supported language
// and looks strings up by message ID and language on every call, so a
// screen rebuilt after a switch shows the new language everywhere.
package i18n

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Catalog holds the translations of every supported language.
type Catalog struct {
	locs map[string]*goi18n.Localizer
	ids  map[string][]string // language → sorted message IDs
}

// Load reads one JSON file per language from fsys (zh-Hans.json,
// zh-Hant.json, en.json). Every language in wire.Languages must be present.
func Load(fsys fs.FS) (*Catalog, error) {
	bundle := goi18n.NewBundle(language.SimplifiedChinese)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &Catalog{locs: map[string]*goi18n.Localizer{}, ids: map[string][]string{}}
	for _, lang := range wire.Languages {
		name := lang + ".json"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("i18n: read %s: %w", name, err)
		}
		mf, err := bundle.ParseMessageFileBytes(data, path.Base(name))
		if err != nil {
			return nil, fmt.Errorf("i18n: parse %s: %w", name, err)
		}
		ids := make([]string, 0, len(mf.Messages))
		for _, m := range mf.Messages {
			ids = append(ids, m.ID)
		}
		sort.Strings(ids)
		c.ids[lang] = ids
		c.locs[lang] = goi18n.NewLocalizer(bundle, lang)
	}
	return c, nil
}

// MessageIDs returns the sorted message IDs defined for lang.
func (c *Catalog) MessageIDs(lang string) []string { return slices.Clone(c.ids[lang]) }

// T returns message id in lang, with template data given as alternating
// keys and values: T("zh-Hans", "item.days", "N", 20). An unknown language
// falls back to Simplified Chinese; an unknown ID returns the ID itself so a
// missing translation is visible rather than blank (a test checks none is
// missing).
func (c *Catalog) T(lang, id string, kv ...any) string {
	loc, ok := c.locs[lang]
	if !ok {
		loc = c.locs[wire.LangZhHans]
	}
	var data map[string]any
	if len(kv) > 0 {
		data = make(map[string]any, len(kv)/2)
		for i := 0; i+1 < len(kv); i += 2 {
			k, _ := kv[i].(string)
			data[k] = kv[i+1]
		}
	}
	s, err := loc.Localize(&goi18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil || s == "" {
		return id
	}
	return s
}

// LanguageName is how a language names itself on the language switch:
// always in its own script, so a person finds their language whatever the
// current one is.
func LanguageName(lang string) string {
	switch lang {
	case wire.LangZhHans:
		return "简体中文"
	case wire.LangZhHant:
		return "繁體中文"
	case wire.LangEn:
		return "English"
	}
	return strings.ToUpper(lang)
}
