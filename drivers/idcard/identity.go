package idcard

import (
	"fmt"
	"log/slog"
	"strconv"
	"time"
)

// LongTerm is what a card prints as its validity end when it never expires.
const LongTerm = "长期"

// Identity is what a card says about its holder. It is personal data:
//
//   - printing it (any fmt verb: %v %+v %#v %s %q …) or logging it with
//     slog shows only the card kind, the masked name (张*) and the masked
//     number (4401********1234);
//   - the photo (WLT-encoded, 1024 bytes) and the fingerprint stay in
//     memory, are never decoded, written or logged;
//   - Wipe zeroes the photo and fingerprint and clears every field; call it
//     when the session ends.
//
// The full name and number are available through Unmasked, for the
// holder's own confirmation screen and for requests sealed to the hall.
type Identity struct {
	kind        CardKind
	name        string // Chinese name
	nameEN      string // I and Y cards
	gender      Gender
	nation      Nation // resident cards and J permits
	nationality string // I and Y cards: GB/T 2659 alpha-3
	birth       string // YYYYMMDD
	address     string
	number      string
	authority   string // issuing authority; the authority code on I cards
	validFrom   string
	validUntil  string // YYYYMMDD or 长期

	passNumber    string // J: 通行证号码
	issueCount    string // J: 签发次数
	renewalCount  string // Y: 换证次数
	cardVersion   string // I: 证件版本
	oldNumberLink string // Y: 既往版本证件关联
	newAddress    string // 追加住址, when read

	photo       []byte
	fingerprint []byte
}

// Details is the unmasked text of a card. It exists for the holder's own
// confirmation screen and for requests sealed to the hall's key; never put
// its fields in logs, files or unsealed storage. Printed or logged as a
// whole it masks itself like Identity.
type Details struct {
	Name          string // Chinese name; on I cards empty when none was issued
	NameEN        string // I and Y cards
	Number        string // card number (18 characters; 15 on I cards)
	Birth         string // YYYYMMDD
	Address       string // resident cards and J permits
	NewAddress    string // newest address (追加住址), if read
	Authority     string // issuing authority; the authority code on I cards
	Nationality   string // I and Y cards: GB/T 2659 alpha-3, for example CAN
	PassNumber    string // J: 港澳台居民往来内地通行证号码
	IssueCount    string // J: 签发次数
	RenewalCount  string // Y: 换证次数
	CardVersion   string // I: 证件版本号
	OldNumberLink string // Y: 既往版本证件关联
}

// Validity is a card's period of validity.
type Validity struct {
	From  string // YYYYMMDD
	Until string // YYYYMMDD, or 长期 when LongTerm
	// LongTerm is true for cards that never expire (Until is 长期).
	LongTerm bool
}

// Expired reports whether the card was no longer valid on the day of now.
// A long-term card never expires; an unreadable end date counts as expired.
func (v Validity) Expired(now time.Time) bool {
	if v.LongTerm {
		return false
	}
	end, err := time.ParseInLocation("20060102", v.Until, now.Location())
	if err != nil {
		return true
	}
	return now.After(end.AddDate(0, 0, 1))
}

// Kind is the card type.
func (id *Identity) Kind() CardKind { return id.kind }

// Gender is the holder's gender code.
func (id *Identity) Gender() Gender { return id.gender }

// Nation is the ethnic group code (resident cards; empty on permits).
func (id *Identity) Nation() Nation { return id.nation }

// Validity is the card's period of validity.
func (id *Identity) Validity() Validity {
	return Validity{From: id.validFrom, Until: id.validUntil, LongTerm: id.validUntil == LongTerm}
}

// MaskedName is the name for screens other than the holder's confirmation
// and for records: first character and stars (张*). Cards without a Chinese
// name use the English one.
func (id *Identity) MaskedName() string {
	if id.name != "" {
		return MaskName(id.name)
	}
	return MaskName(id.nameEN)
}

// MaskedNumber is the number for screens and records: 4401********1234.
func (id *Identity) MaskedNumber() string { return MaskNumber(id.number) }

// Unmasked returns the card's full text. It is for the holder's own
// confirmation screen and for requests sealed to the hall only.
func (id *Identity) Unmasked() Details {
	return Details{
		Name: id.name, NameEN: id.nameEN, Number: id.number, Birth: id.birth,
		Address: id.address, NewAddress: id.newAddress, Authority: id.authority,
		Nationality: id.nationality, PassNumber: id.passNumber, IssueCount: id.issueCount,
		RenewalCount: id.renewalCount, CardVersion: id.cardVersion, OldNumberLink: id.oldNumberLink,
	}
}

// HasPhoto reports whether the card's photo was read.
func (id *Identity) HasPhoto() bool { return len(id.photo) > 0 }

// Photo returns the WLT-encoded photo itself, not a copy, so that Wipe
// reaches every use. Decoding needs the vendor library; never write the
// bytes anywhere.
func (id *Identity) Photo() []byte { return id.photo }

// Fingerprint returns the fingerprint data when the card was read with
// fingerprint and holds one, nil otherwise. Like Photo it is not a copy.
func (id *Identity) Fingerprint() []byte { return id.fingerprint }

// Wipe zeroes the photo and fingerprint in place and clears every field.
// Strings already handed out by Unmasked cannot be scrubbed (Go strings are
// immutable); drop them with the session.
func (id *Identity) Wipe() {
	if id == nil {
		return
	}
	clear(id.photo)
	clear(id.fingerprint)
	*id = Identity{}
}

// String is the masked one-line form: "resident 张* 4401********1234".
func (id Identity) String() string {
	return id.kind.String() + " " + id.MaskedName() + " " + id.MaskedNumber()
}

// Format prints the masked form for every verb, so no fmt path reveals the
// full name or number: %v and %s give String, %q quotes it, %+v names the
// fields, %#v is Go syntax.
func (id Identity) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprintf(f, "idcard.Identity{Kind:%d, Name:%q, Number:%q, Photo:%d bytes}",
			int(id.kind), id.MaskedName(), id.MaskedNumber(), len(id.photo))
	case verb == 'v' && f.Flag('+'):
		fmt.Fprintf(f, "{Kind:%s Name:%s Number:%s Photo:%d bytes}",
			id.kind, id.MaskedName(), id.MaskedNumber(), len(id.photo))
	case verb == 'q':
		_, _ = f.Write([]byte(strconv.Quote(id.String())))
	default:
		_, _ = f.Write([]byte(id.String()))
	}
}

// LogValue logs the card kind and the masked name and number only.
func (id Identity) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("kind", id.kind.String()),
		slog.String("name", id.MaskedName()),
		slog.String("number", id.MaskedNumber()),
	)
}

func (d Details) masked() string {
	name := d.Name
	if name == "" {
		name = d.NameEN
	}
	return MaskName(name) + " " + MaskNumber(d.Number)
}

// String is masked like Identity's: use the fields, deliberately, for the
// confirmation screen.
func (d Details) String() string { return d.masked() }

// Format masks for every verb, like Identity.Format.
func (d Details) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('#'):
		fmt.Fprintf(f, "idcard.Details{Name:%q, Number:%q}", MaskName(d.Name), MaskNumber(d.Number))
	case verb == 'q':
		_, _ = f.Write([]byte(strconv.Quote(d.masked())))
	default:
		_, _ = f.Write([]byte(d.masked()))
	}
}

// LogValue logs the masked name and number only.
func (d Details) LogValue() slog.Value {
	name := d.Name
	if name == "" {
		name = d.NameEN
	}
	return slog.GroupValue(slog.String("name", MaskName(name)), slog.String("number", MaskNumber(d.Number)))
}
