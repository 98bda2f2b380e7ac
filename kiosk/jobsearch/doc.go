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
// digits (spaces and apostrophes inside a latin run are kept together, so
// "pu gong" is one term), anything else separates terms. A posting matches
// when every term matches one of its fields.
//
//   - A hanzi term matches as a substring of the title, trade name,
//     employer, benefits, description or address, in simplified or
//     traditional characters.
//   - A latin term matches the pinyin of the title, trade name, employer
//     or benefits, starting at a syllable: the term is cut into pieces, each
//     a non-empty prefix of one reading of consecutive characters. So "p",
//     "pg", "pugong", "pgong" and "pug" all find 普工. Every reading of a
//     heteronym is indexed (行 is xing, hang and heng; 长 is chang and
//     zhang), ü is indexed as both v and u, and latin words inside a
//     Chinese text (CNC操作工) count as one syllable. Latin terms of three
//     letters or more also match words of the English title, trade name
//     and benefits.
//   - A latin term with spaces that finds nothing as one phrase is retried
//     as separate words, so "pugong ronggui" still finds 普工 at a 容桂
//     employer.
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
// Everything that depends on the data — the pinyin, the character index,
// the posting order — is computed by Build; a search only reads the index
// and is safe for concurrent use.
package jobsearch
