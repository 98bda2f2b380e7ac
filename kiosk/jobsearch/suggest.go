package jobsearch

import "strings"

// Suggest returns up to n trade and title names (in simplified Chinese) for
// what the villager has typed so far, for the keyboard's suggestion bar.
// Names whose start the first word matches come first (after "p": 普工,
// 品检员, 喷漆工), then names that have it inside (装配工); within each,
// the names with the most postings come first. Further words may match
// anywhere in a name. An empty prefix gives the most common names.
func (ix *Index) Suggest(prefix string, n int) []string {
	if ix == nil || n <= 0 {
		return nil
	}
	terms := parseQuery(prefix)
	latins := make([]*latin, len(terms))
	for i, t := range terms {
		if t.kind == latinTerm {
			latins[i] = ix.prepare(t.text)
		}
	}
	var out, inside []string
	for i := range ix.suggestions {
		s := &ix.suggestions[i]
		switch ix.suggestionMatch(s, terms, latins) {
		case covNone:
		case covInside:
			if len(inside) < n {
				inside = append(inside, s.hans)
			}
		default:
			out = append(out, s.hans)
			if len(out) == n {
				return out
			}
		}
	}
	return append(out, inside[:min(len(inside), n-len(out))]...)
}

// suggestionMatch tells how the terms match s: covNone if some term does
// not, covPrefix if the first matches its start, covInside otherwise.
// latins holds the latin terms prepared.
func (ix *Index) suggestionMatch(s *suggestion, terms []term, latins []*latin) int {
	res := covPrefix
	for i, t := range terms {
		cov := covNone
		if t.kind == hanziTerm {
			switch {
			case strings.HasPrefix(s.hans, t.text) || s.hant != "" && strings.HasPrefix(s.hant, t.text):
				cov = covPrefix
			case strings.Contains(s.hans, t.text) || s.hant != "" && strings.Contains(s.hant, t.text):
				cov = covInside
			}
		} else {
			cov = ix.matchSpan(s.py, latins[i])
		}
		if cov == covNone {
			return covNone
		}
		if i == 0 && cov == covInside {
			res = covInside
		}
	}
	return res
}
