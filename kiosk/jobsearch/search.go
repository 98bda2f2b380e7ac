package jobsearch

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Page sizes and the most terms a query may have.
const (
	DefaultPerPage = 20  // when Query.PerPage is 0 or less
	MaxPerPage     = 100 // a larger Query.PerPage is cut to this
	MaxTerms       = 16  // a query with more words finds nothing
)

// Query is what the job search screen asks for. Every field is optional;
// the zero Query lists every posting, newest first.
type Query struct {
	// Text is what the villager typed: hanzi, pinyin, pinyin initials or a
	// mix, in one or more words (see the package documentation).
	Text string
	// TownID keeps the postings of one town (wire.Job.TownID).
	TownID string
	// TradeID keeps the postings of one trade (wire.Job.TradeID).
	TradeID string
	// MinSalary keeps the postings that pay at least this, in yuan a month:
	// those whose SalaryMax (or SalaryMin, when larger) reaches it.
	MinSalary int
	// Page is the page wanted, from 1; 0 or less means 1.
	Page int
	// PerPage is the page size; see DefaultPerPage and MaxPerPage.
	PerPage int
}

// Result is one page of a search. Its postings are copies of those given
// to Build; their texts (wire.Text maps) are shared with them, so they must
// not be changed.
type Result struct {
	Total int        // postings that match, over all pages
	Jobs  []wire.Job // the page, best match first; empty past the last page
	Pages int        // pages at the page size used
}

// hit is a field value that a term matched, with the match's relevance.
type hit struct {
	group uint32
	score uint8
}

// scratch is the per-search working memory, pooled between searches.
type scratch struct {
	cur, acc []uint8  // relevance by ordinal
	surv     []uint32 // ordinals of the postings that match and pass the filters
	mask     []uint64 // bit by ordinal: passes the town and trade filters
	tmp      []uint64
}

// filter returns the bit mask, by ordinal, of the postings in every one of
// the posting lists.
func (s *scratch) filter(n int, lists [][]uint32) []uint64 {
	words := (n + 63) / 64
	if len(s.mask) < words {
		s.mask, s.tmp = make([]uint64, words), make([]uint64, words)
	}
	mask, tmp := s.mask[:words], s.tmp[:words]
	for i, post := range lists {
		m := mask
		if i > 0 {
			m = tmp
		}
		clear(m)
		for _, o := range post {
			m[o>>6] |= 1 << (o & 63)
		}
		if i > 0 {
			for w := range mask {
				mask[w] &= tmp[w]
			}
		}
	}
	return mask
}

// nonzero returns a bit for each of the first 64 bytes of b (fewer at its
// end) that is not zero.
func nonzero(b []uint8) uint64 {
	if len(b) < 64 {
		var m uint64
		for i, x := range b {
			if x != 0 {
				m |= 1 << i
			}
		}
		return m
	}
	var m uint64
	for i := 0; i < 8; i++ {
		x := binary.LittleEndian.Uint64(b[i*8:])
		if x == 0 {
			continue
		}
		// The high bit of each byte tells whether the byte is not zero;
		// the multiplication gathers the eight high bits into one byte.
		y := ((x & 0x7F7F7F7F7F7F7F7F) + 0x7F7F7F7F7F7F7F7F | x) & 0x8080808080808080
		m |= ((y >> 7) * 0x0102040810204080 >> 56) << (i * 8)
	}
	return m
}

// Search returns the page of postings that q asks for. Postings come by
// relevance, then newest first, then by ID and input position.
func (ix *Index) Search(q Query) Result {
	if ix == nil {
		return Result{}
	}
	per := q.PerPage
	if per <= 0 {
		per = DefaultPerPage
	}
	per = min(per, MaxPerPage)
	page := max(q.Page, 1)

	var town, trade uint32
	if q.TownID != "" {
		t, ok := ix.towns[q.TownID]
		if !ok {
			return Result{}
		}
		town = t
	}
	if q.TradeID != "" {
		t, ok := ix.trades[q.TradeID]
		if !ok {
			return Result{}
		}
		trade = t
	}
	sets, ok := ix.resolve(parseQuery(q.Text))
	if !ok {
		return Result{}
	}
	n := len(ix.order)
	filtered := q.TownID != "" || q.TradeID != "" || q.MinSalary > 0

	// Everything matches and nothing is filtered: the page is a slice of
	// the posting order.
	if len(sets) == 0 && !filtered {
		return ix.page(n, page, per, func(yield func(uint32) bool) {
			for o := range n {
				if !yield(uint32(o)) {
					return
				}
			}
		})
	}

	s := ix.getScratch()
	defer ix.scratch.Put(s)
	var scores []uint8
	switch len(sets) {
	case 0:
	case 1:
		scores = s.cur
		clear(scores)
		ix.apply(scores, sets[0])
	default:
		if len(s.acc) < n {
			s.acc = make([]uint8, n)
		}
		scores = s.acc[:n]
		clear(scores)
		ix.apply(scores, sets[0])
		for _, hits := range sets[1:] {
			cur := s.cur
			clear(cur)
			ix.apply(cur, hits)
			for w := 0; w < n; w += 8 {
				if w+8 <= n && binary.LittleEndian.Uint64(scores[w:]) == 0 {
					continue
				}
				for o := w; o < min(w+8, n); o++ {
					if c := cur[o]; c == 0 {
						scores[o] = 0
					} else if scores[o] != 0 {
						scores[o] += c
					}
				}
			}
		}
	}

	// Keep what matches and passes the filters, counting each relevance,
	// 64 postings at a time.
	var lists [][]uint32
	if q.TownID != "" {
		lists = append(lists, ix.townPost[town])
	}
	if q.TradeID != "" {
		lists = append(lists, ix.tradePost[trade])
	}
	var filter []uint64
	if len(lists) > 0 {
		filter = s.filter(n, lists)
	}
	minPay := int32(min(q.MinSalary, 1<<31-1))
	var hist [256]int
	surv := s.surv[:0]
	for b := 0; b*64 < n; b++ {
		m := ^uint64(0)
		if scores != nil {
			m = nonzero(scores[b*64:])
		} else if rest := n - b*64; rest < 64 {
			m = 1<<rest - 1
		}
		if filter != nil {
			m &= filter[b]
		}
		for ; m != 0; m &= m - 1 {
			o := b*64 + bits.TrailingZeros64(m)
			if minPay > 0 && ix.meta[o].pay < minPay {
				continue
			}
			sc := uint8(1)
			if scores != nil {
				sc = scores[o]
			}
			hist[sc]++
			surv = append(surv, uint32(o))
		}
	}
	s.surv = surv
	if scores == nil {
		return ix.page(len(surv), page, per, func(yield func(uint32) bool) {
			for _, o := range surv {
				if !yield(o) {
					return
				}
			}
		})
	}

	// Postings of one relevance are already in posting order, so each
	// one's place in the result is the count of better postings plus the
	// count of equal ones before it.
	var before [256]int
	total := 0
	for sc := 255; sc >= 1; sc-- {
		before[sc] = total
		total += hist[sc]
	}
	res := Result{Total: total, Pages: pages(total, per)}
	if page > res.Pages {
		return res
	}
	off := (page - 1) * per
	want := min(per, total-off)
	res.Jobs = make([]wire.Job, want)
	got := 0
	for _, o := range surv {
		sc := scores[o]
		at := before[sc]
		before[sc]++
		if at >= off && at < off+want {
			res.Jobs[at-off] = ix.jobs[ix.order[o]]
			if got++; got == want {
				break
			}
		}
	}
	return res
}

// page returns a page of total postings that come in order from seq.
func (ix *Index) page(total, page, per int, seq func(yield func(uint32) bool)) Result {
	res := Result{Total: total, Pages: pages(total, per)}
	if page > res.Pages {
		return res
	}
	off := (page - 1) * per
	want := min(per, total-off)
	res.Jobs = make([]wire.Job, 0, want)
	i := 0
	seq(func(o uint32) bool {
		if i >= off {
			res.Jobs = append(res.Jobs, ix.jobs[ix.order[o]])
		}
		i++
		return len(res.Jobs) < want
	})
	return res
}

// pages is the number of pages of per postings that total needs.
func pages(total, per int) int { return (total + per - 1) / per }

func (ix *Index) getScratch() *scratch {
	if s, ok := ix.scratch.Get().(*scratch); ok {
		return s
	}
	return &scratch{cur: make([]uint8, len(ix.order))}
}

// apply raises the relevance of the postings of each hit to the hit's.
func (ix *Index) apply(scores []uint8, hits []hit) {
	for _, h := range hits {
		for _, o := range ix.groups[h.group].post {
			scores[o] = max(scores[o], h.score)
		}
	}
}

// resolve matches each term and returns the hits of each; ok is false when
// some term matches nothing, so that the query does. A latin phrase that
// matches nothing as a whole is tried as separate words.
func (ix *Index) resolve(terms []term) (sets [][]hit, ok bool) {
	if len(terms) > MaxTerms {
		return nil, false
	}
	for i, t := range terms {
		var hits []hit
		if t.kind == hanziTerm {
			hits = ix.matchHanzi(t.text, nil)
		} else {
			hits = ix.matchLatin(t.text, nil)
		}
		if len(hits) == 0 && t.kind == latinTerm && len(t.words) > 1 {
			var words []string
			for _, w := range t.words {
				if !slices.Contains(words, w) {
					words = append(words, w)
				}
			}
			if len(sets)+len(words)+len(terms)-i-1 > MaxTerms {
				return nil, false
			}
			for _, w := range words {
				hw := ix.matchLatin(w, nil)
				if len(hw) == 0 {
					return nil, false
				}
				sets = append(sets, hw)
			}
			continue
		}
		if len(hits) == 0 {
			return nil, false
		}
		sets = append(sets, hits)
	}
	if len(sets) > MaxTerms {
		return nil, false
	}
	return sets, true
}

// matchLatin appends the pinyin fields that the latin term q matches.
func (ix *Index) matchLatin(q string, hits []hit) []hit {
	if len(q) == 0 || len(q) > maxLatin {
		return hits
	}
	l := ix.prepare(q)
	if len(l.edges) == 0 {
		return hits
	}
	letter := l.bit[0]
	english := len(q) >= 3
	for i := range ix.pyGroups {
		e := &ix.pyGroups[i]
		if e.letters&letter == 0 || !l.mayMatch(e) {
			continue
		}
		g := &ix.groups[e.group]
		var cov int
		if len(q) == 1 {
			// One letter: the filter tells where the syllables start.
			switch {
			case e.coreFirst&letter != 0 && e.coreOne:
				cov = covExact
			case e.coreFirst&letter != 0:
				cov = covPrefix
			case e.pyLetters&letter != 0:
				cov = covInside
			}
		} else {
			cov = ix.matchSpan(g.py, l)
		}
		if cov < covExact && english && g.en.n > 0 {
			cov = max(cov, ix.matchSpan(g.en, l))
		}
		if cov > covNone {
			hits = append(hits, hit{e.group, score(g.kind, cov)})
		}
	}
	return hits
}

// isVocabPrefix reports whether p starts some reading or latin word of the
// index.
func (ix *Index) isVocabPrefix(p string) bool {
	i, _ := slices.BinarySearch(ix.vocab, p)
	return i < len(ix.vocab) && strings.HasPrefix(ix.vocab[i], p)
}

// matchHanzi appends the fields that contain the hanzi term t. Candidates
// are the groups that have every character of t, walked in step through
// the character index; each is then checked for the substring.
func (ix *Index) matchHanzi(t string, hits []hit) []hit {
	rs := distinctRunes(t)
	lists := make([][]uint32, 0, len(rs))
	for _, r := range rs {
		l := ix.chars[r]
		if len(l) == 0 {
			return hits
		}
		lists = append(lists, l)
	}
	slices.SortFunc(lists, func(a, b []uint32) int { return len(a) - len(b) })
	rest := lists[1:]
	pos := make([]int, len(rest))
next:
	for _, g := range lists[0] {
		for k, l := range rest {
			i := gallop(l, pos[k], g)
			pos[k] = i
			if i == len(l) {
				break next
			}
			if l[i] != g {
				continue next
			}
		}
		gr := &ix.groups[g]
		if cov := hanziCoverage(gr, t); cov > covNone {
			hits = append(hits, hit{g, score(gr.kind, cov)})
		}
	}
	return hits
}

// gallop returns the first index from i on where l[index] >= v.
func gallop(l []uint32, i int, v uint32) int {
	step := 1
	hi := i
	for hi < len(l) && l[hi] < v {
		i = hi + 1
		hi += step
		step *= 2
	}
	hi = min(hi, len(l))
	j, _ := slices.BinarySearch(l[i:hi], v)
	return i + j
}
