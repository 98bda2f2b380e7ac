package jobsearch

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// pinyinArgs asks for every reading of a character, without tones, in the
// dictionary's order: the common reading first.
var pinyinArgs = pinyin.Args{Style: pinyin.Normal, Heteronym: true}

// moreReadings are the further readings indexed for common heteronyms,
// beside the dictionary's first one. Only the first reading is indexed for
// other characters: the dictionary lists rare and archaic readings too (有
// wei, 市 fu, 包 pao …), and with all of them indexed pg matched 包工作餐
// and d matched every 有限公司. The list favours the words of job postings,
// employers and places: 银行 yinhang, 店长 dianzhang, 会计 kuaiji, 模具
// muju, 佛山 foshan, 勒流 leliu.
var moreReadings = map[rune][]string{
	'行': {"hang"}, '长': {"chang"}, '会': {"kuai"}, '调': {"tiao"}, '重': {"chong"},
	'传': {"zhuan"}, '单': {"shan"}, '乐': {"yue"}, '模': {"mu"}, '大': {"dai"},
	'熟': {"shou"}, '还': {"huan"}, '都': {"du"}, '朝': {"zhao"}, '藏': {"zang"},
	'降': {"xiang"}, '弹': {"tan"}, '便': {"pian"}, '参': {"shen"}, '觉': {"jiao"},
	'血': {"xie"}, '卡': {"qia"}, '系': {"ji"}, '给': {"ji"}, '省': {"xing"},
	'曾': {"zeng"}, '率': {"shuai"}, '着': {"zhao", "zhuo"}, '了': {"liao"}, '得': {"dei"},
	'地': {"de"}, '仔': {"zi"}, '差': {"chai", "ci"}, '厦': {"xia"}, '露': {"lou"},
	'落': {"la"}, '薄': {"bo"}, '似': {"shi"}, '提': {"di"}, '勒': {"le"},
	'茄': {"qie"}, '什': {"shi"}, '识': {"zhi"}, '查': {"zha"}, '盛': {"cheng"},
	'柏': {"bo"}, '佛': {"fo"}, '强': {"jiang"}, '校': {"jiao"}, '石': {"dan"},
	'色': {"shai"}, '角': {"jue"}, '解': {"xie"}, '折': {"she"}, '扎': {"za"},
	'曝': {"bao"}, '剥': {"bao"}, '圈': {"juan"}, '咖': {"ga"}, '泊': {"po"},
	'奇': {"ji"}, '尾': {"yi"}, '颈': {"geng"}, '阿': {"e"}, '区': {"ou"},
}

// readingsOf returns the toneless readings indexed for a Chinese character:
// the dictionary's first and those of moreReadings. A reading with ü is
// given both as v (the keyboard convention) and as u: 绿 → lv, lu.
func readingsOf(r rune) []string {
	raw := pinyin.SinglePinyin(r, pinyinArgs)
	if len(raw) > 1 {
		raw = raw[:1]
	}
	var out []string
	for _, p := range append(raw, moreReadings[r]...) {
		clean := strings.Map(func(c rune) rune {
			if c >= 'a' && c <= 'z' {
				return c
			}
			return -1
		}, strings.ToLower(p))
		if clean == "" {
			continue
		}
		out = append(out, clean)
		if strings.Contains(clean, "v") {
			out = append(out, strings.ReplaceAll(clean, "v", "u"))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Coverage of a field by a term, from worst to best.
const (
	covNone   = 0
	covInside = 1 // somewhere inside the field
	covPrefix = 2 // at the start of the field's core
	covExact  = 3 // the field's whole core
)

// span is a field's syllables in Index.syl: [off, off+n), of which
// [coreStart, coreEnd) hold the core (a title without its remarks).
type span struct {
	off, n, coreStart, coreEnd uint32
}

// maxLatin is the longest latin term that can match: the matcher keeps the
// positions reached in the term as bits of a uint64.
const maxLatin = 63

// latin is a latin term prepared for matching.
type latin struct {
	q     string
	bit   [maxLatin]uint64 // bit[p] is the symbol bit of q[p]
	edges []edge           // the ways to cut q into pieces, for the filter
}

// edge is a possible piece q[from:to] of a latin term: a prefix of some
// reading or word of the index. A field can match with this piece only if
// one of its readings starts with head, the piece's first two symbols
// (noHead for a piece of one), and, unless the piece ends q, if it has
// pair, the symbols q[from] and q[to], at the start of adjacent syllables.
type edge struct {
	from, to   uint8
	head, pair uint16
}

// noHead is the head of a piece of one symbol.
const noHead = 0xFFFF

// prepare readies the latin term q for matching. Its edges are the pieces
// that lie on some cut of the whole of q into pieces, by start.
func (ix *Index) prepare(q string) *latin {
	l := &latin{q: q}
	n := len(q)
	if n == 0 || n > maxLatin {
		return l
	}
	for p := range n {
		l.bit[p] = 1 << symbol(q[p])
	}
	var all []edge
	fwd := uint64(1) // positions a cut from 0 reaches
	for p := range n {
		if fwd>>p&1 == 0 {
			continue
		}
		for e := p + 1; e <= n && ix.isVocabPrefix(q[p:e]); e++ {
			ed := edge{from: uint8(p), to: uint8(e), head: noHead}
			if e-p >= 2 {
				ed.head = uint16(symbol(q[p])*numSymbols + symbol(q[p+1]))
			}
			if e < n {
				ed.pair = uint16(symbol(q[p])*numSymbols + symbol(q[e]))
			}
			all = append(all, ed)
			fwd |= 1 << e
		}
	}
	back := uint64(1) << n // positions from which a cut reaches n
	for i := len(all) - 1; i >= 0; i-- {
		if back>>all[i].to&1 != 0 {
			back |= 1 << all[i].from
		}
	}
	for _, ed := range all {
		if back>>ed.to&1 != 0 {
			l.edges = append(l.edges, ed)
		}
	}
	return l
}

// mayMatch reports whether a field with the given filter can match:
// whether q can be cut into pieces that start some reading of the field,
// each followed by one its field has on the next syllable.
func (l *latin) mayMatch(e *pyEntry) bool {
	n := uint8(len(l.q))
	reach := uint64(1)
	heads, pairs := &e.heads, &e.pairs
	for _, ed := range l.edges {
		if reach>>ed.from&1 == 0 || ed.head != noHead && !heads.has(uint(ed.head)) {
			continue
		}
		if ed.to == n {
			return true
		}
		if pairs.has(uint(ed.pair)) {
			reach |= 1 << ed.to
		}
	}
	return false
}

// matchSpan matches the latin term against the syllables of sp and returns
// the coverage. The term is cut into pieces, each a non-empty prefix of one
// reading of consecutive syllables; a barrier syllable (id 0) ends every
// match in progress.
func (ix *Index) matchSpan(sp span, l *latin) int {
	q := l.q
	n := len(q)
	if n == 0 || n > maxLatin || sp.n == 0 {
		return covNone
	}
	full := uint64(1) << n
	var any, core uint64 // positions in q reached by matches in progress
	best := covNone
	cs, ce := int(sp.coreStart), int(sp.coreEnd)
	for j, id := range ix.syl[sp.off : sp.off+sp.n] {
		starts := ix.setLetters[id]
		if any == 0 && j != cs && starts&l.bit[0] == 0 {
			core = 0
			continue
		}
		from := any | 1 // a match may start at any syllable
		var fromCore uint64
		if j == cs {
			fromCore = 1
		} else if j > cs {
			fromCore = core
		}
		any, core = 0, 0
		for f := from | fromCore; f != 0; f &= f - 1 {
			p := bits.TrailingZeros64(f)
			if starts&l.bit[p] == 0 {
				continue
			}
			b := uint64(1) << p
			for _, r := range ix.readings[id] {
				to := advance(p, r, q)
				if from&b != 0 {
					any |= to
				}
				if fromCore&b != 0 {
					core |= to
				}
			}
		}
		if any&full != 0 {
			cov := covInside
			if core&full != 0 {
				if j == ce-1 {
					return covExact
				}
				cov = covPrefix
			}
			best = max(best, cov)
			any &^= full
			core &^= full
		}
	}
	return best
}

// advance returns the positions in q reached from position p by consuming
// a non-empty prefix of the reading r.
func advance(p int, r, q string) uint64 {
	l := 0
	for l < len(r) && p+l < len(q) && r[l] == q[p+l] {
		l++
	}
	return (uint64(1)<<l - 1) << (p + 1)
}

// numSymbols is the number of characters in latin terms: a–z and 0–9.
const numSymbols = 36

// symbol numbers the characters of latin terms: a–z are 0–25, 0–9 are
// 26–35.
func symbol(c byte) uint {
	if c >= 'a' && c <= 'z' {
		return uint(c - 'a')
	}
	return uint(c-'0') + 26
}

// pairSet is a Bloom filter of pairs of symbols (a*numSymbols + b): one
// hashed bit of 256 for each, so that a field's filter fits a cache line.
type pairSet [4]uint64

func pairBit(i uint) uint { return uint(uint32(i)*2654435761) >> 24 }

func (s *pairSet) add(i uint) {
	b := pairBit(i)
	s[b>>6] |= 1 << (b & 63)
}

func (s *pairSet) has(i uint) bool {
	b := pairBit(i)
	return s[b>>6]>>(b&63)&1 != 0
}

// filterMasks adds the syllables of sp to the filter of a field: the
// symbols that start a reading, the first two symbols of each reading and
// the pairs of starting symbols of adjacent syllables.
func (ix *Index) filterMasks(sp span, e *pyEntry) {
	seq := ix.syl[sp.off : sp.off+sp.n]
	for j, id := range seq {
		e.letters |= ix.setLetters[id]
		for _, r := range ix.readings[id] {
			a := symbol(r[0])
			if len(r) >= 2 {
				e.heads.add(a*numSymbols + symbol(r[1]))
			}
			if j+1 == len(seq) {
				continue
			}
			for _, r2 := range ix.readings[seq[j+1]] {
				e.pairs.add(a*numSymbols + symbol(r2[0]))
			}
		}
	}
}
