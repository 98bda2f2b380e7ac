package jobsearch

import (
	"slices"
	"strings"
	"unicode"
)

// fold maps full-width ASCII to ASCII, the ideographic space to a space and
// upper-case ASCII letters to lower case, so that text typed or stored in
// either width compares alike.
func fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		r = ' '
	}
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	return r
}

// isAlnum reports whether a folded rune is a lower-case ASCII letter or a
// digit: the characters of a latin term.
func isAlnum(r rune) bool { return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' }

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return r >= 0x2E80 && unicode.Is(unicode.Han, r) }

// isSoftBreak reports whether a folded rune separates words without
// separating a phrase: spaces, apostrophes (xi'an) and hyphens.
func isSoftBreak(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || unicode.IsSpace(r)
}

// isOpen and isClose tell the brackets that enclose a title's remarks:
// 普工（包吃住）, 【急】.
func isOpen(r rune) bool {
	switch r {
	case '(', '[', '{', '【', '〔', '〖', '「':
		return true
	}
	return false
}

func isClose(r rune) bool {
	switch r {
	case ')', ']', '}', '】', '〕', '〗', '」':
		return true
	}
	return false
}

// recruitPrefixes are words that job titles commonly start with but that
// are not the job: 急招普工 is a 普工 posting. Longer ones come first.
var recruitPrefixes = []string{
	"高薪诚聘", "高薪誠聘", "高薪招聘", "高薪急招", "长期招聘", "長期招聘",
	"急招", "急聘", "诚聘", "誠聘", "直招", "招聘", "急需",
}

// recruitPrefix returns the recruiting word s starts with, or "".
func recruitPrefix(s string) string {
	for _, p := range recruitPrefixes {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			return p
		}
	}
	return ""
}

// titleCore returns a title without its recruiting prefix and bracketed
// remarks: 急招普工（包吃住） → 普工. A title that is nothing else is kept.
func titleCore(s string) string {
	rest := strings.TrimPrefix(s, recruitPrefix(s))
	var b strings.Builder
	depth, cut := 0, false
	for _, r := range rest {
		switch f := fold(r); {
		case isOpen(f):
			depth++
			cut = true
		case isClose(f):
			if depth > 0 {
				depth--
			}
			cut = true
		case depth == 0:
			b.WriteRune(r)
		default:
			cut = true
		}
	}
	core := rest
	if cut {
		core = b.String()
	}
	core = strings.TrimFunc(core, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if core == "" {
		return s
	}
	return core
}

// termKind tells hanzi terms from latin ones.
type termKind uint8

const (
	hanziTerm termKind = iota
	latinTerm
)

// term is one word of a query.
type term struct {
	kind  termKind
	text  string   // hanzi: the characters; latin: the letters and digits, without breaks
	words []string // latin: the parts the user separated with spaces
}

// parseQuery splits a query into terms: runs of hanzi and runs of latin
// letters and digits (spaces inside a latin run keep it together). Other
// characters separate terms; repeated terms are dropped.
func parseQuery(s string) []term {
	var (
		terms []term
		han   strings.Builder
		lat   strings.Builder
		words []string
		word  strings.Builder
	)
	closeHan := func() {
		if han.Len() > 0 {
			terms = appendTerm(terms, term{kind: hanziTerm, text: han.String()})
			han.Reset()
		}
	}
	endWord := func() {
		if word.Len() > 0 {
			words = append(words, word.String())
			word.Reset()
		}
	}
	closeLat := func() {
		endWord()
		if lat.Len() > 0 {
			terms = appendTerm(terms, term{kind: latinTerm, text: lat.String(), words: words})
			lat.Reset()
			words = nil
		}
	}
	for _, r0 := range s {
		switch r := fold(r0); {
		case isAlnum(r):
			closeHan()
			lat.WriteByte(byte(r))
			word.WriteByte(byte(r))
		case isHan(r):
			closeLat()
			han.WriteRune(r)
		case isSoftBreak(r):
			closeHan()
			endWord()
		default:
			closeHan()
			closeLat()
		}
	}
	closeHan()
	closeLat()
	return terms
}

func appendTerm(terms []term, t term) []term {
	for _, u := range terms {
		if u.kind == t.kind && u.text == t.text {
			return terms
		}
	}
	return append(terms, t)
}

// hanziCoverage tells how well the hanzi term t matches a field: 3 for the
// whole (core) text, 2 for its start, 1 for somewhere inside, 0 for not at
// all.
func hanziCoverage(g *group, t string) int {
	switch {
	case g.coreHans == t || g.coreHant == t:
		return covExact
	case strings.HasPrefix(g.coreHans, t) || g.coreHant != "" && strings.HasPrefix(g.coreHant, t):
		return covPrefix
	case strings.Contains(g.hans, t) || g.hant != "" && strings.Contains(g.hant, t):
		return covInside
	}
	return covNone
}

// distinctRunes returns the distinct runes of s in order.
func distinctRunes(s string) []rune {
	out := make([]rune, 0, min(len(s), 64))
	seen := map[rune]bool{}
	for _, r := range s {
		if len(out) < 16 {
			if !slices.Contains(out, r) {
				out = append(out, r)
			}
			continue
		}
		if len(seen) == 0 {
			for _, x := range out {
				seen[x] = true
			}
		}
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}
