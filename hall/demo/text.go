package demo

import (
	"strconv"
	"strings"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// tri is a text in the three languages the kiosk offers, in the order
// Simplified Chinese, Traditional Chinese, English.
type tri [3]string

// text returns a fresh wire.Text holding the three languages.
func (t tri) text() wire.Text {
	return wire.Text{
		wire.LangZhHans: t[0],
		wire.LangZhHant: t[1],
		wire.LangEn:     t[2],
	}
}

// join concatenates the Chinese forms of a and b and joins the English forms
// with sep.
func join(a, b tri, sep string) tri {
	return tri{a[0] + b[0], a[1] + b[1], a[2] + sep + b[2]}
}

var zhDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// zhNumber writes n (1–999) in Chinese numerals the way law articles are
// numbered: 十, 二十四, 一百零五, 一百一十二. The characters are the same in
// Simplified and Traditional Chinese.
func zhNumber(n int) string {
	if n <= 0 || n > 999 {
		return strconv.Itoa(n)
	}
	hundreds, tens, ones := n/100, n/10%10, n%10
	var b strings.Builder
	if hundreds > 0 {
		b.WriteString(zhDigits[hundreds] + "百")
		switch {
		case tens == 0 && ones != 0:
			b.WriteString("零")
		case tens == 1:
			b.WriteString("一") // 一百一十二, not 一百十二
		}
	}
	if tens > 0 {
		if tens > 1 {
			b.WriteString(zhDigits[tens])
		}
		b.WriteString("十")
	}
	if ones > 0 {
		b.WriteString(zhDigits[ones])
	}
	return b.String()
}
