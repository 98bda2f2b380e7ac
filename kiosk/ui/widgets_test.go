package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/village-kiosk/kiosk/kiosk/theme"
)

func TestWrapLines(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, theme.New(false))
	for _, c := range []struct {
		text  string
		width float32
		lines int
	}{
		{"Sign in with your ID card", 10000, 1},
		{"Sign in with your ID card", 300, 2},
		{"办理个人业务前，请先刷身份证", 200, 3},
		{"", 100, 1},
	} {
		got := wrapLines(c.text, 40, true, c.width)
		if len(got) < c.lines || strings.Join(got, "") != strings.ReplaceAll(c.text, " ", "") && strings.Join(got, " ") != c.text {
			t.Errorf("wrapLines(%q, %v) = %q", c.text, c.width, got)
		}
	}
}
