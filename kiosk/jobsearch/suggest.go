package jobsearch

import "strings"

// Suggest returns up to n trade and title names (in simplified Chinese) for
// what the villager has typed so far, the names with the most postings
// first: after "p", 普工 before 喷漆工. The first word must match the start
// of a name (普 or p finds 普工, 工 or g does not); further words may match
// anywhere in it. An empty prefix gives the most common names.
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
	var out []string
	for i := range ix.suggestions {
		s := &ix.suggestions[i]
		if ix.suggestionMatches(s, terms, latins) {
			out = append(out, s.hans)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// suggestionMatches reports whether every term matches s, the first at
// its start; latins holds the latin terms prepared.
func (ix *Index) suggestionMatches(s *suggestion, terms []term, latins []*latin) bool {
	for i, t := range terms {
		if t.kind == hanziTerm {
			has := strings.HasPrefix
			if i > 0 {
				has = strings.Contains
			}
			if !has(s.hans, t.text) && (s.hant == "" || !has(s.hant, t.text)) {
				return false
			}
			continue
		}
		cov := ix.matchSpan(s.py, latins[i])
		if cov == covNone || i == 0 && cov < covPrefix {
			return false
		}
	}
	return true
}
