package idcardsim

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"unicode/utf16"

	"github.com/village-kiosk/kiosk/drivers/idcard"
)

// Card is a test card as written in a cards file. Kind is "resident", "J"
// (HK/Macao/Taiwan residence permit), "I" (2017 foreign permanent-resident
// card) or "Y" (2023 edition). Fields a kind does not have are ignored.
type Card struct {
	Label         string `json:"label"`
	Kind          string `json:"kind"`
	Name          string `json:"name,omitempty"`
	NameEN        string `json:"name_en,omitempty"`
	Gender        string `json:"gender"`
	Nation        string `json:"nation,omitempty"`
	Birth         string `json:"birth"`
	Address       string `json:"address,omitempty"`
	Number        string `json:"number"`
	Authority     string `json:"authority,omitempty"`
	ValidFrom     string `json:"valid_from"`
	ValidUntil    string `json:"valid_until"`
	PassNumber    string `json:"pass_number,omitempty"`
	IssueCount    string `json:"issue_count,omitempty"`
	RenewalCount  string `json:"renewal_count,omitempty"`
	CardVersion   string `json:"card_version,omitempty"`
	Nationality   string `json:"nationality,omitempty"`
	OldNumberLink string `json:"old_number_link,omitempty"`
	NewAddress    string `json:"new_address,omitempty"`
	Fingerprint   bool   `json:"fingerprint,omitempty"`
}

// LoadCards reads a JSON array of cards and checks that each can be
// encoded.
func LoadCards(path string) ([]Card, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("idcardsim: load cards: %w", err)
	}
	var cards []Card
	if err := json.Unmarshal(b, &cards); err != nil {
		return nil, fmt.Errorf("idcardsim: load cards %s: %w", path, err)
	}
	if len(cards) == 0 {
		return nil, fmt.Errorf("idcardsim: load cards %s: no cards", path)
	}
	for i, c := range cards {
		if _, err := c.Text(); err != nil {
			return nil, fmt.Errorf("idcardsim: load cards %s: card %d: %w", path, i+1, err)
		}
	}
	return cards, nil
}

// Text encodes the card's 256-byte text block: UCS-2LE, space-padded, laid
// out for its kind (devices.md §1.5).
func (c Card) Text() ([]byte, error) {
	b := make([]byte, idcard.TextLen)
	for i := 0; i < len(b); i += 2 {
		b[i] = ' '
	}
	var err error
	put := func(field string, off, n int, s string) {
		if err != nil {
			return
		}
		u := utf16.Encode([]rune(s))
		if 2*len(u) > n {
			err = fmt.Errorf("%s %q is longer than %d characters", field, s, n/2)
			return
		}
		for i, v := range u {
			binary.LittleEndian.PutUint16(b[off+2*i:], v)
		}
	}
	switch c.Kind {
	case "resident", "J":
		put("name", 0, 30, c.Name)
		put("gender", 30, 2, c.Gender)
		put("nation", 32, 4, c.Nation)
		put("birth", 36, 16, c.Birth)
		put("address", 52, 70, c.Address)
		put("number", 122, 36, c.Number)
		put("authority", 158, 30, c.Authority)
		put("valid_from", 188, 16, c.ValidFrom)
		put("valid_until", 204, 16, c.ValidUntil)
		if c.Kind == "J" {
			put("pass_number", 220, 18, c.PassNumber)
			put("issue_count", 238, 4, c.IssueCount)
			put("flag", 248, 2, "J")
		}
	case "I":
		put("name_en", 0, 120, c.NameEN)
		put("gender", 120, 2, c.Gender)
		put("number", 122, 30, c.Number)
		put("nationality", 152, 6, c.Nationality)
		put("name", 158, 30, c.Name)
		put("valid_from", 188, 16, c.ValidFrom)
		put("valid_until", 204, 16, c.ValidUntil)
		put("birth", 220, 16, c.Birth)
		put("card_version", 236, 4, c.CardVersion)
		put("authority", 240, 8, c.Authority)
		put("flag", 248, 2, "I")
	case "Y":
		put("name", 0, 30, c.Name)
		put("gender", 30, 2, c.Gender)
		put("renewal_count", 32, 4, c.RenewalCount)
		put("birth", 36, 16, c.Birth)
		en := []rune(c.NameEN)
		first, rest := en, []rune(nil)
		if len(en) > 35 {
			first, rest = en[:35], en[35:]
		}
		put("name_en", 52, 70, string(first))
		put("name_en (continued)", 220, 22, string(rest))
		put("number", 122, 36, c.Number)
		put("valid_from", 188, 16, c.ValidFrom)
		put("valid_until", 204, 16, c.ValidUntil)
		put("nationality", 242, 6, c.Nationality)
		put("flag", 248, 2, "Y")
		put("old_number_link", 250, 6, c.OldNumberLink)
	default:
		return nil, fmt.Errorf("kind %q is not resident, J, I or Y", c.Kind)
	}
	if err != nil {
		return nil, err
	}
	return b, nil
}

// Identity returns the card as the driver would read it (text, photo and
// fingerprint, validated), for fakes and UI tests that need an Identity
// without a reader. An invalid card yields its *idcard.InvalidIDError.
func (c Card) Identity() (*idcard.Identity, error) {
	text, err := c.Text()
	if err != nil {
		return nil, fmt.Errorf("idcardsim: card %q: %w", c.Label, err)
	}
	return idcard.NewIdentity(text, c.Photo(), c.FingerprintData())
}

// AddressBlock encodes the newest address (70 bytes), or nil when the card
// has none.
func (c Card) AddressBlock() ([]byte, error) {
	if c.NewAddress == "" {
		return nil, nil
	}
	u := utf16.Encode([]rune(c.NewAddress))
	if 2*len(u) > idcard.AddressLen {
		return nil, fmt.Errorf("new_address is longer than %d characters", idcard.AddressLen/2)
	}
	b := make([]byte, idcard.AddressLen)
	for i := 0; i < len(b); i += 2 {
		b[i] = ' '
	}
	for i, v := range u {
		binary.LittleEndian.PutUint16(b[2*i:], v)
	}
	return b, nil
}

// Photo returns 1024 stand-in photo bytes, derived from the card number so
// each card has its own. They are not a real WLT image.
func (c Card) Photo() []byte { return c.blob("photo", idcard.PhotoLen) }

// FingerprintData returns 1024 stand-in fingerprint bytes, or nil when the
// card has no fingerprint.
func (c Card) FingerprintData() []byte {
	if !c.Fingerprint {
		return nil
	}
	return c.blob("finger", idcard.FingerprintLen)
}

func (c Card) blob(what string, n int) []byte {
	h := fnv.New64a()
	h.Write([]byte(what + c.Number))
	rng := rand.New(rand.NewPCG(h.Sum64(), 0x5a5a))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}
