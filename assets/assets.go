// Package assets embeds the files every kiosk binary carries: the one
// TrueType font that covers Latin and CJK (WenQuanYi Micro Hei, face 0 of
// the Debian .ttc extracted to a plain .ttf, because .ttc collections crash
// Fyne and fpdf) and the translation catalogs.
package assets

import (
	"embed"
	"io/fs"
)

// FontName is the file name of the bundled font.
const FontName = "wqy-microhei.ttf"

//go:embed fonts/wqy-microhei.ttf
var fontTTF []byte

//go:embed i18n/*.json
var i18nFS embed.FS

// Font returns the bytes of the bundled TrueType font. Callers must not
// modify the slice.
func Font() []byte { return fontTTF }

// Translations returns the translation catalogs, one JSON file per language
// tag (zh-Hans.json, zh-Hant.json, en.json) at the root of the file system.
func Translations() fs.FS {
	sub, err := fs.Sub(i18nFS, "i18n")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "i18n" is a constant.
		panic(err)
	}
	return sub
}
