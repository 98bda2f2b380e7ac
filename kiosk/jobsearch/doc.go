// Package jobsearch is the in-memory search index behind the kiosk's job
// search screen (职位查询).
//
// Villagers type on an on-screen keyboard, so a query may be hanzi (普工),
// full pinyin without tones (pugong, pu gong), pinyin initials (pg), any mix
// of full and abbreviated syllables (pgong, pug), or several such words
// (pg 包吃). Build turns a wire.Jobs dataset into an Index once; Search then
// answers a Query with one page of postings and the total count, and
// Suggest offers trade and title names for the keyboard's suggestion bar.
//
// # Matching
//
// The query is split into terms: runs of hanzi, runs of latin letters and
// digits (spaces and apostrophes inside a latin run keep it one term, so
// "pu gong" is one term), full-width letters count as latin ones and case
// does not matter. Other characters (punctuation, emoji) separate terms; a
// query with no term lists every posting. A posting matches when every
// term matches one of its fields.
//
//   - A hanzi term matches as a substring of the title, trade name,
//     employer, benefits, description or address, in simplified or
//     traditional characters.
//   - A latin term matches the pinyin of the title, trade name, employer
//     or benefits, starting at a syllable: the term is cut into pieces, each
//     a non-empty prefix of one reading of consecutive characters. So "p",
//     "pg", "pugong", "pgong" and "pug" all find 普工. A character's
//     dictionary reading is indexed, and for common heteronyms the other
//     readings used in job, employer and place names too (行 xing and hang,
//     长 zhang and chang, 会 hui and kuai, 佛 fo …; see moreReadings); ü is
//     indexed as both v and u, and a latin word inside a Chinese text
//     (CNC操作工) is one syllable. Latin terms of three letters or more
//     also match the words of the English title, trade name and benefits.
//   - A latin term with spaces that finds nothing as one phrase is retried
//     as separate words, so "pugong baochizhu" finds 普工 postings that
//     offer 包吃住 as a benefit.
//
// # Order
//
// Results are ordered by relevance, then newest posting first, then by
// posting ID and input position, so the order is deterministic. A term's
// relevance is the field it matched (title, then trade name, employer,
// benefits, description and address) and how well: the whole title (say,
// pg for 普工（包吃住）), the start of it, or somewhere inside. The title is
// compared without its bracketed remarks and recruiting prefixes such as
// 急招. With several terms the relevances add up.
//
// # Cost
//
// Everything that depends on the data — the pinyin, the character index,
// the posting order — is computed by Build; a search only reads the index
// and is safe for concurrent use. Field values are indexed once however
// many postings share them. A hanzi term looks up the groups that have all
// its characters; a latin term is first tested against a small filter of
// each field (the letters its syllables start with and the letter pairs of
// adjacent syllables) and matched syllable by syllable only when it passes.
// Relevance is then gathered in a byte per posting and read back 64
// postings at a time, with the town and trade filters as bit masks. For
// 100,000 postings a search takes well under 5 ms on two cores.
package jobsearch
