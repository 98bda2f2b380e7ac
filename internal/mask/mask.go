// Package mask hides personal data for screens and paper, one way for the
// whole terminal: ID and card numbers keep their first and last four
// characters (4401********1234), names their first character (张*).
package mask

import (
	"strings"
	"unicode/utf8"
)

// ID shows the first four and the last four characters of an ID or card
// number and hides the rest behind eight stars, whatever the length.
// Numbers too short to keep anything hidden are all stars.
func ID(n string) string {
	n = strings.TrimSpace(n)
	if n == "" {
		return ""
	}
	r := []rune(n)
	if len(r) < 12 {
		return "********"
	}
	return string(r[:4]) + "********" + string(r[len(r)-4:])
}

// Name keeps the first character of a name and replaces each of the others
// with a star, at most four: 张三 → 张*, 欧阳娜娜 → 欧***, JOHN SMITH → J****.
func Name(n string) string {
	n = strings.TrimSpace(n)
	if n == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(n)
	rest := min(utf8.RuneCountInString(n[size:]), 4)
	return string(first) + strings.Repeat("*", max(rest, 1))
}
