package jobsearch

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// kind is the field a group of postings shares.
type kind uint8

const (
	kindTitle kind = iota
	kindTrade
	kindEmployer
	kindBenefit
	kindDescription
	kindAddress
)

// tiers rank the fields for relevance: a title match comes first.
var tiers = [...]uint8{
	kindTitle:       4,
	kindTrade:       3,
	kindEmployer:    2,
	kindBenefit:     1,
	kindDescription: 0,
	kindAddress:     0,
}

// score is the relevance of one term's match: 1–15, higher is better.
func score(k kind, cov int) uint8 { return tiers[k]*3 + uint8(cov) }

// pinyinKinds are the fields latin terms are matched against.
func (k kind) pinyin() bool { return k <= kindBenefit }

// group is one distinct field value (a title, an employer, a benefit …)
// and the postings that have it. Postings are deduplicated by value, so a
// term is matched once per distinct text, not once per posting.
type group struct {
	hans, hant         string   // hant is empty when it equals hans
	coreHans, coreHant string   // titles without remarks; the text itself for other fields
	post               []uint32 // ordinals of the postings, ascending
	py, en             span     // pinyin and English words, for pinyin fields
	kind               kind
}

// pyEntry is a pinyin field with its filter: the symbols that start a
// syllable's reading, the first two symbols of the readings, and the pairs
// of adjacent syllables' starting symbols.
type pyEntry struct {
	letters      uint64 // of the pinyin and the English words
	pyLetters    uint64 // of the pinyin
	coreFirst    uint64 // of the first syllable of the core
	heads, pairs pairSet
	group        uint32
	coreOne      bool // the core is one syllable
}

// meta is what the filters need of a posting, by ordinal.
type meta struct {
	town, trade uint32
	pay         int32
}

// suggestion is a trade or title name offered by Suggest.
type suggestion struct {
	hans, hant string
	freq       int
	py         span
}

// Index is a search index over a jobs dataset. Build makes it; it is never
// changed afterwards, and its methods are safe for concurrent use.
type Index struct {
	jobs  []wire.Job // as given to Build
	order []uint32   // ordinal → index in jobs: newest first
	meta  []meta     // by ordinal

	towns     map[string]uint32
	trades    map[string]uint32
	townPost  [][]uint32 // by town: ordinals, ascending
	tradePost [][]uint32 // by trade

	groups   []group
	pyGroups []pyEntry
	chars    map[rune][]uint32 // Chinese character → groups whose text has it, ascending

	readings   [][]string // reading sets; set 0 is the barrier between phrases
	setLetters []uint64   // by reading set: the symbols its readings start with
	syl        []uint32   // syllables of every span, as reading-set ids
	vocab      []string   // every reading and latin word, sorted

	suggestions []suggestion // most frequent first

	scratch sync.Pool // *scratch
}

// groupKey identifies a distinct field value.
type groupKey struct {
	kind           kind
	hans, hant, en string
}

// builder holds what Build needs only while it builds.
type builder struct {
	ix      *Index
	groups  map[groupKey]uint32
	sets    map[string]uint32 // reading set, joined with commas → id
	runes   map[rune]uint32   // Chinese character → reading set
	vocab   map[string]bool
	postLen []uint32
}

// Build indexes a jobs dataset. The index keeps jobs.Jobs and returns its
// postings from it, so the caller must not change them afterwards. Pinyin,
// the character index and the posting order are all computed here.
func Build(jobs wire.Jobs) *Index {
	ix := &Index{
		jobs:       jobs.Jobs,
		towns:      map[string]uint32{},
		trades:     map[string]uint32{},
		chars:      map[rune][]uint32{},
		readings:   [][]string{nil},
		setLetters: []uint64{0},
	}
	b := &builder{
		ix:     ix,
		groups: map[groupKey]uint32{},
		sets:   map[string]uint32{},
		runes:  map[rune]uint32{},
		vocab:  map[string]bool{},
	}
	n := len(jobs.Jobs)

	ix.order = make([]uint32, n)
	for i := range ix.order {
		ix.order[i] = uint32(i)
	}
	slices.SortFunc(ix.order, func(a, b uint32) int {
		ja, jb := &jobs.Jobs[a], &jobs.Jobs[b]
		return cmp.Or(jb.PostedAt.Compare(ja.PostedAt), cmp.Compare(ja.ID, jb.ID), cmp.Compare(a, b))
	})

	tradeGroup := map[string]int{} // trade ID → group, or -1 for a nameless trade
	for _, t := range jobs.Trades {
		if _, dup := tradeGroup[t.ID]; dup {
			continue
		}
		id(ix.trades, t.ID)
		tradeGroup[t.ID] = b.group(kindTrade, t.Name)
	}

	// The groups of every posting, by ordinal, then the posting lists.
	ix.meta = make([]meta, n)
	refs := make([]uint32, 0, n*8)
	ends := make([]int, n)
	add := func(g int) {
		if g >= 0 {
			refs = append(refs, uint32(g))
			b.postLen[g]++
		}
	}
	for o, i := range ix.order {
		j := &jobs.Jobs[i]
		ix.meta[o] = meta{
			town:  id(ix.towns, j.TownID),
			trade: id(ix.trades, j.TradeID),
			pay:   int32(min(max(j.SalaryMax, j.SalaryMin, 0), math.MaxInt32)),
		}
		add(b.group(kindTitle, j.Title))
		if g, ok := tradeGroup[j.TradeID]; ok {
			add(g)
		}
		add(b.group(kindEmployer, j.Employer))
		for _, t := range j.Benefits {
			add(b.group(kindBenefit, t))
		}
		add(b.group(kindDescription, j.Description))
		add(b.group(kindAddress, j.Address))
		ends[o] = len(refs)
	}
	ix.townPost = make([][]uint32, len(ix.towns))
	ix.tradePost = make([][]uint32, len(ix.trades))
	for o, m := range ix.meta {
		ix.townPost[m.town] = append(ix.townPost[m.town], uint32(o))
		ix.tradePost[m.trade] = append(ix.tradePost[m.trade], uint32(o))
	}
	arena := make([]uint32, len(refs))
	at := 0
	for g, l := range b.postLen {
		ix.groups[g].post = arena[at:at:int(uint32(at)+l)]
		at += int(l)
	}
	start := 0
	for o, end := range ends {
		for _, g := range refs[start:end] {
			p := &ix.groups[g].post
			if l := len(*p); l == 0 || (*p)[l-1] != uint32(o) {
				*p = append(*p, uint32(o))
			}
		}
		start = end
	}

	for g := range ix.groups {
		gr := &ix.groups[g]
		if !gr.kind.pinyin() {
			continue
		}
		e := pyEntry{group: uint32(g)}
		ix.filterMasks(gr.py, &e)
		e.pyLetters = e.letters
		if gr.py.n > 0 {
			e.coreFirst = ix.setLetters[ix.syl[gr.py.off+gr.py.coreStart]]
			e.coreOne = gr.py.coreEnd-gr.py.coreStart == 1
		}
		ix.filterMasks(gr.en, &e)
		ix.pyGroups = append(ix.pyGroups, e)
	}
	b.suggestions(tradeGroup)

	ix.vocab = make([]string, 0, len(b.vocab))
	for w := range b.vocab {
		ix.vocab = append(ix.vocab, w)
	}
	slices.Sort(ix.vocab)
	return ix
}

// id returns the number of key in m, adding it if new.
func id(m map[string]uint32, key string) uint32 {
	if v, ok := m[key]; ok {
		return v
	}
	v := uint32(len(m))
	m[key] = v
	return v
}

// group returns the group of a field value, adding it if new, or -1 for an
// empty text.
func (b *builder) group(k kind, t wire.Text) int {
	hans := t.In(wire.LangZhHans)
	if hans == "" {
		return -1
	}
	hant, en := t[wire.LangZhHant], t[wire.LangEn]
	if hant == hans {
		hant = ""
	}
	if en == hans {
		en = ""
	}
	key := groupKey{k, hans, hant, en}
	if g, ok := b.groups[key]; ok {
		return int(g)
	}
	ix := b.ix
	g := len(ix.groups)
	b.groups[key] = uint32(g)
	gr := group{kind: k, hans: hans, hant: hant, coreHans: hans, coreHant: hant}
	if k == kindTitle {
		gr.coreHans = titleCore(hans)
		if hant != "" {
			gr.coreHant = titleCore(hant)
		}
	}
	if k.pinyin() {
		gr.py = b.syllables(hans, k == kindTitle)
		if en != "" {
			gr.en = b.syllables(en, k == kindTitle)
		}
	}
	ix.groups = append(ix.groups, gr)
	b.postLen = append(b.postLen, 0)
	b.indexChars(uint32(g), hans)
	b.indexChars(uint32(g), hant)
	return g
}

// indexChars adds group g to the character index for each Chinese
// character of s.
func (b *builder) indexChars(g uint32, s string) {
	for _, r := range s {
		if !isHan(r) {
			continue
		}
		l := b.ix.chars[r]
		if len(l) == 0 || l[len(l)-1] != g {
			b.ix.chars[r] = append(l, g)
		}
	}
}

// syllables appends the syllables of s to the index and returns their
// span. A Chinese character is a syllable with its readings, a run of
// latin letters and digits is one syllable, spaces separate syllables and
// other characters are barriers that no match crosses. For a title, the
// recruiting prefix and bracketed remarks are left out of the core.
func (b *builder) syllables(s string, title bool) span {
	ix := b.ix
	sp := span{off: uint32(len(ix.syl))}
	skip := 0
	if title {
		skip = len(recruitPrefix(s))
	}
	depth := 0
	coreStart, coreEnd := -1, -1
	var word []byte
	wordCore := false
	push := func(id uint32, core bool) {
		if core {
			if coreStart < 0 {
				coreStart = len(ix.syl) - int(sp.off)
			}
			coreEnd = len(ix.syl) - int(sp.off) + 1
		}
		ix.syl = append(ix.syl, id)
	}
	barrier := func() {
		if l := len(ix.syl); l > int(sp.off) && ix.syl[l-1] != 0 {
			ix.syl = append(ix.syl, 0)
		}
	}
	flush := func() {
		if len(word) > 0 {
			push(b.set(string(word), []string{string(word)}), wordCore)
			word = word[:0]
		}
	}
	for i, r0 := range s {
		r := fold(r0)
		core := i >= skip && depth == 0
		switch {
		case isAlnum(r):
			if len(word) == 0 {
				wordCore = core
			}
			word = append(word, byte(r))
		case isHan(r):
			flush()
			if id := b.hanSet(r); id != 0 {
				push(id, core)
			} else {
				barrier()
			}
		case isSoftBreak(r):
			flush()
		case isOpen(r):
			flush()
			depth++
			barrier()
		case isClose(r):
			flush()
			depth = max(depth-1, 0)
			barrier()
		default:
			flush()
			barrier()
		}
	}
	flush()
	if l := len(ix.syl); l > int(sp.off) && ix.syl[l-1] == 0 {
		ix.syl = ix.syl[:l-1]
	}
	sp.n = uint32(len(ix.syl)) - sp.off
	if coreStart < 0 {
		coreStart, coreEnd = 0, int(sp.n)
	}
	sp.coreStart, sp.coreEnd = uint32(coreStart), uint32(coreEnd)
	return sp
}

// hanSet returns the reading set of a Chinese character, 0 if it has none.
func (b *builder) hanSet(r rune) uint32 {
	if id, ok := b.runes[r]; ok {
		return id
	}
	var id uint32
	if rs := readingsOf(r); len(rs) > 0 {
		id = b.set(strings.Join(rs, ","), rs)
	}
	b.runes[r] = id
	return id
}

// set returns the id of a reading set, adding it if new.
func (b *builder) set(key string, readings []string) uint32 {
	if id, ok := b.sets[key]; ok {
		return id
	}
	id := uint32(len(b.ix.readings))
	b.sets[key] = id
	b.ix.readings = append(b.ix.readings, readings)
	var letters uint64
	for _, r := range readings {
		b.vocab[r] = true
		letters |= 1 << symbol(r[0])
	}
	b.ix.setLetters = append(b.ix.setLetters, letters)
	return id
}

// suggestions collects the trade names and title cores with the number of
// postings that have them, most frequent first.
func (b *builder) suggestions(tradeGroup map[string]int) {
	ix := b.ix
	type entry struct {
		hant       string
		titles     int
		tradeCount int
	}
	byName := map[string]*entry{}
	get := func(hans, hant string) *entry {
		e := byName[hans]
		if e == nil {
			e = &entry{hant: hant}
			byName[hans] = e
		}
		return e
	}
	for g := range ix.groups {
		gr := &ix.groups[g]
		if gr.kind == kindTitle && len(gr.post) > 0 {
			get(gr.coreHans, gr.coreHant).titles += len(gr.post)
		}
	}
	for _, g := range tradeGroup {
		if g >= 0 {
			gr := &ix.groups[g]
			e := get(gr.hans, gr.hant)
			e.tradeCount = max(e.tradeCount, len(gr.post))
		}
	}
	for hans, e := range byName {
		if strings.IndexFunc(hans, unicode.IsLetter) < 0 {
			continue
		}
		ix.suggestions = append(ix.suggestions, suggestion{
			hans: hans,
			hant: e.hant,
			freq: max(e.titles, e.tradeCount),
			py:   b.syllables(hans, false),
		})
	}
	slices.SortFunc(ix.suggestions, func(a, b suggestion) int {
		return cmp.Or(cmp.Compare(b.freq, a.freq), cmp.Compare(a.hans, b.hans))
	})
}

// Len returns the number of postings in the index.
func (ix *Index) Len() int {
	if ix == nil {
		return 0
	}
	return len(ix.jobs)
}
