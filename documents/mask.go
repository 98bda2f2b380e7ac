package documents

import (
	"github.com/village-kiosk/kiosk/internal/mask"
	"strings"
	"unicode"
)

// MaskID shows the first four and the last four characters of an ID
// number: 4401********1234 (internal/mask, the terminal's one way).
func MaskID(n string) string { return mask.ID(n) }

// MaskName keeps the first character of a name: 张三 → 张*.
func MaskName(n string) string { return mask.Name(n) }

// MaskCertificate hides the serial of a certificate number such as
// 粤（2021）佛顺不动产权第0123456号: in the longest run of digits all but
// the last three become stars (粤（2021）佛顺不动产权第****456号). A number
// without a run of at least four digits keeps its first and last quarter
// and hides the middle.
func MaskCertificate(n string) string {
	n = strings.TrimSpace(n)
	r := []rune(n)
	start, length := -1, 0
	for i := 0; i < len(r); {
		if !isASCIIDigit(r[i]) {
			i++
			continue
		}
		j := i
		for j < len(r) && isASCIIDigit(r[j]) {
			j++
		}
		if j-i >= length {
			start, length = i, j-i
		}
		i = j
	}
	if length >= 4 {
		for i := start; i < start+length-3; i++ {
			r[i] = '*'
		}
		return string(r)
	}
	if len(r) < 4 {
		return strings.Repeat("*", len(r))
	}
	keep := len(r) / 4
	for i := keep; i < len(r)-keep; i++ {
		if !unicode.IsSpace(r[i]) {
			r[i] = '*'
		}
	}
	return string(r)
}

// MaskPhone hides the middle four digits of an 11-digit mobile number
// (138****5678); other numbers are returned as they are, since landlines of
// offices and employers are public.
func MaskPhone(p string) string {
	p = strings.TrimSpace(p)
	if len(p) == 11 && p[0] == '1' && strings.IndexFunc(p, func(r rune) bool { return !isASCIIDigit(r) }) < 0 {
		return p[:3] + "****" + p[7:]
	}
	return p
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
