package idcard_test

import (
	"encoding/binary"
	"errors"
	"testing"
	"unicode/utf16"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
)

// residentBlock lays out a resident card by hand at the offsets of
// devices.md §1.5, independently of the simulator's encoder.
func residentBlock(t testing.TB, flag rune) []byte {
	t.Helper()
	b := make([]byte, 256)
	for i := 0; i < 256; i += 2 {
		b[i] = 0x20
	}
	put := func(off int, s string) {
		for i, u := range utf16.Encode([]rune(s)) {
			binary.LittleEndian.PutUint16(b[off+2*i:], u)
		}
	}
	put(0, "区示例")
	put(30, "1")
	put(32, "01")
	put(36, "19580312")
	put(52, "广东省佛山市顺德区大良街道示例路1号")
	put(122, "440606195803122016")
	put(158, "佛山市公安局顺德分局")
	put(188, "20180301")
	put(204, "长期")
	binary.LittleEndian.PutUint16(b[248:], uint16(flag))
	return b
}

func TestDecodeResidentCard(t *testing.T) {
	id, err := idcard.DecodeText(residentBlock(t, ' '))
	if err != nil {
		t.Fatal(err)
	}
	d := id.Unmasked()
	if id.Kind() != idcard.KindResident || d.Name != "区示例" || d.Number != "440606195803122016" ||
		d.Birth != "19580312" || d.Address != "广东省佛山市顺德区大良街道示例路1号" || d.Authority != "佛山市公安局顺德分局" {
		t.Errorf("decoded %+v", d)
	}
	if id.Gender() != idcard.GenderMale || id.Gender().Chinese() != "男" || id.Gender().English() != "male" {
		t.Errorf("gender %q", id.Gender())
	}
	if id.Nation().Chinese() != "汉" || id.Nation().English() != "Han" {
		t.Errorf("nation %q", id.Nation())
	}
	v := id.Validity()
	if v.From != "20180301" || v.Until != idcard.LongTerm || !v.LongTerm {
		t.Errorf("validity %+v", v)
	}
	if err := idcard.ValidateIdentity(id); err != nil {
		t.Errorf("valid card rejected: %v", err)
	}
}

func TestDecodeTreatsNULFlagAsResident(t *testing.T) {
	id, err := idcard.DecodeText(residentBlock(t, 0))
	if err != nil || id.Kind() != idcard.KindResident {
		t.Fatalf("kind %v err %v", id, err)
	}
}

func TestDecodeEveryKindFromSimulatorCards(t *testing.T) {
	cards, err := idcardsim.LoadCards("idcardsim/testdata/demo-cards.json")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]idcard.CardKind{"resident": idcard.KindResident, "J": idcard.KindHKMacaoTaiwan, "I": idcard.KindForeignOld, "Y": idcard.KindForeign}
	seen := map[idcard.CardKind]bool{}
	for _, c := range cards {
		text, err := c.Text()
		if err != nil {
			t.Fatal(err)
		}
		id, err := idcard.DecodeText(text)
		if err != nil {
			t.Fatalf("%s: %v", c.Label, err)
		}
		seen[id.Kind()] = true
		d := id.Unmasked()
		if id.Kind() != kinds[c.Kind] || d.Name != c.Name || d.NameEN != c.NameEN || d.Number != c.Number ||
			d.Birth != c.Birth || d.Address != c.Address || d.Nationality != c.Nationality ||
			d.PassNumber != c.PassNumber || d.IssueCount != c.IssueCount || d.RenewalCount != c.RenewalCount ||
			d.CardVersion != c.CardVersion || d.Authority != c.Authority || string(id.Gender()) != c.Gender {
			t.Errorf("%s: decoded name %q/%q number %q (kind %v), want %+v", c.Label, d.Name, d.NameEN, d.Number, id.Kind(), c)
		}
		if v := id.Validity(); v.From != c.ValidFrom || v.Until != c.ValidUntil {
			t.Errorf("%s: validity %+v", c.Label, v)
		}
	}
	if len(seen) != 4 {
		t.Errorf("demo file covers kinds %v, want all four", seen)
	}
}

func TestUnknownCodesDoNotCrash(t *testing.T) {
	if g := idcard.Gender("7"); g.Known() || g.Chinese() != "未知" || g.English() != "unknown" {
		t.Errorf("gender 7: %q %q", g.Chinese(), g.English())
	}
	if n := idcard.Nation("57"); n.Known() || n.Chinese() != "未知" || n.English() != "unknown" {
		t.Errorf("nation 57: %q %q", n.Chinese(), n.English())
	}
	if n := idcard.Nation(""); n.Chinese() != "" || n.English() != "" {
		t.Errorf("empty nation shows %q", n.Chinese())
	}
	for code, zh := range map[string]string{"97": "其他", "98": "外国血统中国籍人士", "46": "德昂", "56": "基诺"} {
		if got := idcard.Nation(code).Chinese(); got != zh {
			t.Errorf("nation %s = %q, want %q", code, got, zh)
		}
	}
	if got := idcard.GenderNotStated.Chinese(); got != "未说明" {
		t.Errorf("gender 9 = %q", got)
	}
}

func TestUnknownCardTypeFlag(t *testing.T) {
	_, err := idcard.DecodeText(residentBlock(t, 'Z'))
	var ce *idcard.CardTypeError
	if !errors.As(err, &ce) || ce.Flag != 'Z' || !errors.Is(err, idcard.ErrUnknownCardType) {
		t.Errorf("err = %v", err)
	}
}

func TestDecodeShortAndOddBlocks(t *testing.T) {
	full := residentBlock(t, ' ')
	id, err := idcard.DecodeText(full[:121]) // cut inside the ID number field
	if err != nil {
		t.Fatal(err)
	}
	if d := id.Unmasked(); d.Name != "区示例" || d.Number != "" {
		t.Errorf("short block gave %q / %q", d.Name, d.Number)
	}
	if err := idcard.ValidateIdentity(id); !errors.Is(err, idcard.ErrInvalidIDNumber) {
		t.Errorf("empty number accepted: %v", err)
	}
	// An unpaired surrogate becomes U+FFFD rather than a crash.
	b := residentBlock(t, ' ')
	binary.LittleEndian.PutUint16(b[0:], 0xD800)
	id, err = idcard.DecodeText(b)
	if err != nil || []rune(id.Unmasked().Name)[0] != '\uFFFD' {
		t.Errorf("surrogate: %v %v", id, err)
	}
}

func TestDecodeAddressTrims(t *testing.T) {
	b := make([]byte, 70)
	for i := 0; i < 70; i += 2 {
		b[i] = ' '
	}
	for i, u := range utf16.Encode([]rune("顺德区新址路1号")) {
		binary.LittleEndian.PutUint16(b[2*i:], u)
	}
	if got := idcard.DecodeAddress(b); got != "顺德区新址路1号" {
		t.Errorf("address %q", got)
	}
}
