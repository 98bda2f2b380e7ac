// Package theme is the kiosk's Fyne theme: the bundled CJK font, type and
// touch targets sized for a 1920×1080 touch screen read from arm's length,
// and an elder mode (适老化) with larger type and higher contrast.
//
// Every UI test applies this theme, so what a test measures does not depend
// on the fonts of the machine it runs on.
package theme

import (
	"image/color"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

	"github.com/village-kiosk/kiosk/assets"
)

// Size names of the kiosk beyond Fyne's own.
const (
	SizeNameTitle   fyne.ThemeSizeName = "kiosk.title"   // screen titles
	SizeNameHuge    fyne.ThemeSizeName = "kiosk.huge"    // attract screen
	SizeNameTile    fyne.ThemeSizeName = "kiosk.tile"    // service tile names
	SizeNameTarget  fyne.ThemeSizeName = "kiosk.target"  // minimum touch target edge
	SizeNameBarText fyne.ThemeSizeName = "kiosk.bartext" // status bar
)

// Colour names of the kiosk beyond Fyne's own.
const (
	ColorNameBar     fyne.ThemeColorName = "kiosk.bar"     // status and navigation bars
	ColorNameBarText fyne.ThemeColorName = "kiosk.bartext" // text on the bars
	ColorNameTile    fyne.ThemeColorName = "kiosk.tile"    // service tiles
	ColorNameOK      fyne.ThemeColorName = "kiosk.ok"
	ColorNameAlert   fyne.ThemeColorName = "kiosk.alert"
)

var font = fyne.NewStaticResource(assets.FontName, assets.Font())

// Theme is the kiosk theme. The zero value is the normal mode.
type Theme struct {
	Elder bool
}

// New returns the theme for normal or elder mode.
func New(elder bool) *Theme { return &Theme{Elder: elder} }

// Font returns the bundled font for every style: it has Latin and CJK in one
// face, so no run of text falls back to a host font.
func (t *Theme) Font(fyne.TextStyle) fyne.Resource { return font }

// Icon returns Fyne's default icons.
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return fynetheme.DefaultTheme().Icon(n) }

// Size returns sizes in device-independent pixels (1:1 on a 1920×1080
// screen at scale 1). Body text is at least 28 px and touch targets at least
// 88 px; elder mode scales both further.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	s := sizes[n]
	if s == 0 {
		return fynetheme.DefaultTheme().Size(n)
	}
	if t.Elder {
		return s * 1.3
	}
	return s
}

var sizes = map[fyne.ThemeSizeName]float32{
	fynetheme.SizeNameText:               30,
	fynetheme.SizeNameHeadingText:        46,
	fynetheme.SizeNameSubHeadingText:     36,
	fynetheme.SizeNameCaptionText:        28,
	fynetheme.SizeNamePadding:            8,
	fynetheme.SizeNameInnerPadding:       14,
	fynetheme.SizeNameLineSpacing:        8,
	fynetheme.SizeNameInlineIcon:         36,
	fynetheme.SizeNameScrollBar:          24,
	fynetheme.SizeNameScrollBarSmall:     12,
	fynetheme.SizeNameSeparatorThickness: 2,
	fynetheme.SizeNameInputBorder:        3,
	fynetheme.SizeNameInputRadius:        10,
	fynetheme.SizeNameSelectionRadius:    8,
	SizeNameTitle:                        48,
	SizeNameHuge:                         84,
	SizeNameTile:                         52,
	SizeNameTarget:                       88,
	SizeNameBarText:                      28,
}

// Color returns a light palette in both variants (a kiosk in a bright
// village hall does not follow a desktop dark mode). Elder mode uses pure
// black on white and darker accents for more contrast.
func (t *Theme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	p := normal
	if t.Elder {
		p = elder
	}
	if c, ok := p[n]; ok {
		return c
	}
	return fynetheme.DefaultTheme().Color(n, fynetheme.VariantLight)
}

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

var normal = map[fyne.ThemeColorName]color.Color{
	fynetheme.ColorNameBackground:          rgb(0xf6, 0xf4, 0xef),
	fynetheme.ColorNameForeground:          rgb(0x1f, 0x1f, 0x1f),
	fynetheme.ColorNamePrimary:             rgb(0xb3, 0x1b, 0x1b),
	fynetheme.ColorNameButton:              rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameDisabledButton:      rgb(0xe4, 0xe1, 0xda),
	fynetheme.ColorNameDisabled:            rgb(0x8a, 0x86, 0x7e),
	fynetheme.ColorNameHover:               rgb(0xf0, 0xe2, 0xd8),
	fynetheme.ColorNamePressed:             rgb(0xe8, 0xc9, 0xb8),
	fynetheme.ColorNameFocus:               rgb(0xe8, 0xc9, 0xb8),
	fynetheme.ColorNameShadow:              color.NRGBA{A: 0x33},
	fynetheme.ColorNameSeparator:           rgb(0xd8, 0xd3, 0xc8),
	fynetheme.ColorNameInputBackground:     rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameOverlayBackground:   rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameForegroundOnPrimary: rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameSuccess:             rgb(0x1e, 0x7b, 0x34),
	fynetheme.ColorNameWarning:             rgb(0xb4, 0x5f, 0x06),
	fynetheme.ColorNameError:               rgb(0xb3, 0x1b, 0x1b),
	ColorNameBar:                           rgb(0x8e, 0x16, 0x16),
	ColorNameBarText:                       rgb(0xff, 0xff, 0xff),
	ColorNameTile:                          rgb(0xff, 0xff, 0xff),
	ColorNameOK:                            rgb(0x1e, 0x7b, 0x34),
	ColorNameAlert:                         rgb(0xb4, 0x5f, 0x06),
}

var elder = map[fyne.ThemeColorName]color.Color{
	fynetheme.ColorNameBackground:          rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameForeground:          rgb(0x00, 0x00, 0x00),
	fynetheme.ColorNamePrimary:             rgb(0x8a, 0x00, 0x00),
	fynetheme.ColorNameButton:              rgb(0xff, 0xf3, 0xc4),
	fynetheme.ColorNameDisabledButton:      rgb(0xdd, 0xdd, 0xdd),
	fynetheme.ColorNameDisabled:            rgb(0x55, 0x55, 0x55),
	fynetheme.ColorNameHover:               rgb(0xff, 0xe0, 0x80),
	fynetheme.ColorNamePressed:             rgb(0xff, 0xd0, 0x50),
	fynetheme.ColorNameFocus:               rgb(0xff, 0xd0, 0x50),
	fynetheme.ColorNameShadow:              color.NRGBA{A: 0x66},
	fynetheme.ColorNameSeparator:           rgb(0x00, 0x00, 0x00),
	fynetheme.ColorNameInputBackground:     rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameOverlayBackground:   rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameForegroundOnPrimary: rgb(0xff, 0xff, 0xff),
	fynetheme.ColorNameSuccess:             rgb(0x00, 0x5a, 0x1a),
	fynetheme.ColorNameWarning:             rgb(0x7a, 0x3c, 0x00),
	fynetheme.ColorNameError:               rgb(0x8a, 0x00, 0x00),
	ColorNameBar:                           rgb(0x00, 0x00, 0x00),
	ColorNameBarText:                       rgb(0xff, 0xff, 0x00),
	ColorNameTile:                          rgb(0xff, 0xf3, 0xc4),
	ColorNameOK:                            rgb(0x00, 0x5a, 0x1a),
	ColorNameAlert:                         rgb(0x7a, 0x3c, 0x00),
}
