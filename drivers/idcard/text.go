package idcard

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// TextLen is the size of the text block of every card type.
const TextLen = 256

// flagOffset is where the card-type flag sits in the text block.
const flagOffset = 248

// DecodeText maps a card's text block to an Identity, choosing the layout
// by the type flag at offset 248 (devices.md §1.5). The block is UCS-2
// little-endian, padded with spaces; a short block is treated as padded. A
// flag other than space, J, I or Y is a *CardTypeError. Codes outside the
// gender and nation tables are kept as read. DecodeText does not validate
// the card number: see ValidateIdentity.
func DecodeText(block []byte) (*Identity, error) {
	b := make([]byte, TextLen)
	for i := 0; i < TextLen; i += 2 {
		b[i] = ' '
	}
	copy(b, block)
	defer clear(b)

	flag := rune(binary.LittleEndian.Uint16(b[flagOffset:]))
	kind, ok := kindOfFlag(flag)
	if !ok {
		return nil, &CardTypeError{Flag: flag}
	}
	f := func(off, n int) string { return ucs2(b[off : off+n]) }

	id := &Identity{kind: kind}
	switch kind {
	case KindResident, KindHKMacaoTaiwan:
		id.name = f(0, 30)
		id.gender = Gender(f(30, 2))
		id.nation = Nation(f(32, 4))
		id.birth = f(36, 16)
		id.address = f(52, 70)
		id.number = f(122, 36)
		id.authority = f(158, 30)
		id.validFrom = f(188, 16)
		id.validUntil = f(204, 16)
		if kind == KindHKMacaoTaiwan {
			id.passNumber = f(220, 18)
			id.issueCount = f(238, 4)
		}
	case KindForeignOld:
		id.nameEN = f(0, 120)
		id.gender = Gender(f(120, 2))
		id.number = f(122, 30)
		id.nationality = f(152, 6)
		id.name = f(158, 30)
		id.validFrom = f(188, 16)
		id.validUntil = f(204, 16)
		id.birth = f(220, 16)
		id.cardVersion = f(236, 4)
		id.authority = f(240, 8)
	case KindForeign:
		id.name = f(0, 30)
		id.gender = Gender(f(30, 2))
		id.renewalCount = f(32, 4)
		id.birth = f(36, 16)
		// The English name runs on from part 1 (70 bytes) into part 2 (22).
		id.nameEN = ucs2(append(append([]byte(nil), b[52:122]...), b[220:242]...))
		id.number = f(122, 36)
		id.validFrom = f(188, 16)
		id.validUntil = f(204, 16)
		id.nationality = f(242, 6)
		id.oldNumberLink = f(250, 6)
	}
	return id, nil
}

// NewIdentity builds a validated Identity from a card's text block and its
// photo and fingerprint bytes (either may be empty), copying the bytes. It
// is what ReadCard does with a response; fakes and demos use it to make
// identities without a reader. A card that fails ValidateIdentity yields
// its *InvalidIDError and no Identity.
func NewIdentity(text, photo, fingerprint []byte) (*Identity, error) {
	id, err := DecodeText(text)
	if err != nil {
		return nil, err
	}
	if len(photo) > 0 {
		id.photo = append([]byte(nil), photo...)
	}
	if len(fingerprint) > 0 {
		id.fingerprint = append([]byte(nil), fingerprint...)
	}
	if err := ValidateIdentity(id); err != nil {
		id.Wipe()
		return nil, err
	}
	return id, nil
}

// DecodeAddress decodes the newest-address block (70 bytes, UCS-2LE).
func DecodeAddress(block []byte) string { return ucs2(block) }

// ValidateIdentity checks the card number with ValidateNumber and, where
// the number encodes the birth date (all but I cards), that it agrees with
// the printed one. It returns an *InvalidIDError on failure.
func ValidateIdentity(id *Identity) error {
	if err := ValidateNumber(id.kind, id.number); err != nil {
		return err
	}
	if id.kind != KindForeignOld && id.number[6:14] != id.birth {
		return &InvalidIDError{Kind: id.kind, Reason: "birth date differs from the one in the number"}
	}
	return nil
}

// ucs2 decodes UCS-2 little-endian text and trims the padding: spaces,
// NULs and ideographic spaces at either end. An odd trailing byte is
// ignored; unpaired surrogates become U+FFFD.
func ucs2(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return strings.Trim(string(utf16.Decode(u)), " \x00\u3000")
}
