package idcard

import "fmt"

// CardKind is the type of card, taken from the type flag at offset 248 of
// the text block.
type CardKind int

// Card kinds. Each maps the text block differently (devices.md §1.5).
const (
	KindResident      CardKind = iota // 居民身份证, flag space
	KindHKMacaoTaiwan                 // 港澳台居民居住证, flag J
	KindForeignOld                    // 外国人永久居留身份证 (2017 edition), flag I
	KindForeign                       // 外国人永久居留身份证 (2023 edition), flag Y
)

var kindNames = [...]struct{ en, zh string }{
	KindResident:      {"resident", "居民身份证"},
	KindHKMacaoTaiwan: {"hk/macao/taiwan residence permit", "港澳台居民居住证"},
	KindForeignOld:    {"foreign permanent resident (2017)", "外国人永久居留身份证"},
	KindForeign:       {"foreign permanent resident (2023)", "外国人永久居留身份证"},
}

func (k CardKind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k].en
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Chinese is the card's Chinese name.
func (k CardKind) Chinese() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k].zh
	}
	return "未知证件"
}

// Flag is the type flag character the card carries.
func (k CardKind) Flag() rune {
	switch k {
	case KindHKMacaoTaiwan:
		return 'J'
	case KindForeignOld:
		return 'I'
	case KindForeign:
		return 'Y'
	}
	return ' '
}

func kindOfFlag(flag rune) (CardKind, bool) {
	switch flag {
	case ' ', 0:
		return KindResident, true
	case 'J':
		return KindHKMacaoTaiwan, true
	case 'I':
		return KindForeignOld, true
	case 'Y':
		return KindForeign, true
	}
	return 0, false
}
