package idcard

import (
	"strings"
	"unicode/utf8"
)

// MaskNumber shows the first four and the last four characters of a card
// number and hides the rest behind eight stars, whatever the length:
// 4401********1234. Numbers too short to keep anything hidden are all
// stars.
func MaskNumber(n string) string {
	if n == "" {
		return ""
	}
	r := []rune(n)
	if len(r) < 12 {
		return "********"
	}
	return string(r[:4]) + "********" + string(r[len(r)-4:])
}

// MaskName keeps the first character of a name and replaces each of the
// others with a star, at most four: 张三 → 张*, 欧阳娜娜 → 欧***, JOHN
// SMITH → J****.
func MaskName(n string) string {
	n = strings.TrimSpace(n)
	if n == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(n)
	rest := min(utf8.RuneCountInString(n[size:]), 4)
	return string(first) + strings.Repeat("*", max(rest, 1))
}
