package printer

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// RuneWidth is the number of half-width columns r takes on the paper: 1 for
// ASCII and other narrow characters (12 dots in font A), 2 for CJK ideographs,
// full-width forms and East Asian ambiguous characters such as “·” or “—”
// (24 dots). Chinese GB18030 firmware prints every multi-byte code from its
// 24×24 font, so characters that Unicode calls neutral (neither wide nor
// narrow) but that are not ASCII count as two columns too. Control and
// format characters take no column; the builder drops them.
func RuneWidth(r rune) int {
	switch {
	case r < 0x20 || r == 0x7f:
		return 0
	case r < 0x7f:
		return 1
	case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianNarrow, width.EastAsianHalfwidth:
		return 1
	default: // wide, full-width, ambiguous, neutral non-ASCII
		return 2
	}
}

// StringWidth is the sum of RuneWidth over s.
func StringWidth(s string) int {
	n := 0
	for _, r := range s {
		n += RuneWidth(r)
	}
	return n
}

// sanitize drops characters that must never reach the printer as text:
// C0/C1 controls (an ESC or DLE inside a name would be taken as a command)
// and invisible format characters. A tab becomes a space; line breaks are
// handled by the caller.
func sanitize(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			out = append(out, ' ')
		case RuneWidth(r) == 0:
			// dropped
		default:
			out = append(out, r)
		}
	}
	return out
}

func runesWidth(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += RuneWidth(r)
	}
	return n
}

// noLineStart holds closing punctuation that must not begin a line, and
// noLineEnd opening punctuation that must not end one (the usual Chinese
// line-breaking rules, 避头尾).
const (
	noLineStart = "，。、；：？！）】》」』”’…—·%,.;:?!)]}"
	noLineEnd   = "（【《「『“‘([{"
)

// canBreak reports whether a line may break between a and b.
func canBreak(a, b rune) bool {
	if b == ' ' {
		return false
	}
	if a == ' ' {
		return true
	}
	if RuneWidth(a) < 2 && RuneWidth(b) < 2 {
		return false // inside a Latin word or number
	}
	return !strings.ContainsRune(noLineStart, b) && !strings.ContainsRune(noLineEnd, a)
}

// wrap splits one paragraph (no line breaks) into lines that fit cols
// half-width columns when every character is mul times as wide. The first
// line starts at column start (text already on the line). The last line is
// returned without a break; used is the column where it ends.
func wrap(rs []rune, start, cols, mul int) (lines [][]rune, used int) {
	var cur []rune
	used = start
	lastBreak := -1 // index in cur before which the line may break
	for _, r := range rs {
		rw := RuneWidth(r) * mul
		if r == ' ' && len(cur) == 0 && used == 0 && len(lines) > 0 {
			continue // no leading spaces on a wrapped line
		}
		if len(cur) > 0 && canBreak(cur[len(cur)-1], r) {
			lastBreak = len(cur)
		}
		skip := false
		for used+rw > cols && (len(cur) > 0 || used > 0) {
			if r == ' ' {
				lines = append(lines, trimRight(cur))
				cur, used, lastBreak = nil, 0, -1
				skip = true
				break
			}
			if lastBreak > 0 {
				tail := append([]rune(nil), cur[lastBreak:]...)
				lines = append(lines, trimRight(cur[:lastBreak]))
				cur = tail
				used = runesWidth(cur) * mul
			} else {
				lines = append(lines, cur)
				cur, used = nil, 0
			}
			lastBreak = -1
		}
		if skip {
			continue
		}
		cur = append(cur, r)
		used += rw
	}
	return append(lines, cur), used
}

func trimRight(rs []rune) []rune {
	for len(rs) > 0 && rs[len(rs)-1] == ' ' {
		rs = rs[:len(rs)-1]
	}
	return rs
}
