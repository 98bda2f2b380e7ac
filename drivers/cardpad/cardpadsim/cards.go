package cardpadsim

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
)

// Card is a test card.
type Card struct {
	Label string `json:"label"`
	// PAN is the invented card number the pad reads from the card and
	// sends to the host, which must mask it.
	PAN string `json:"pan"`
	// Balance is the money available, in fen.
	Balance cardpad.Amount `json:"balance"`
	// Expired cards are declined with 54.
	Expired bool `json:"expired,omitempty"`
	// WrongPIN makes the holder always enter a wrong PIN: 55.
	WrongPIN bool `json:"wrong_pin,omitempty"`
	// Lost cards are declined with 41.
	Lost bool `json:"lost,omitempty"`
}

// DefaultCards is the built-in set, one card per common outcome.
func DefaultCards() []Card {
	return []Card{
		{Label: "ICBC debit, 50 000.00", PAN: "6222023141650128", Balance: 5_000_000},
		{Label: "CCB debit, 20.00", PAN: "6217000123456789019", Balance: 2_000},
		{Label: "ABC debit, expired", PAN: "6228480011223344554", Balance: 100_000, Expired: true},
		{Label: "BOC debit, holder forgets the PIN", PAN: "6212261000987654323", Balance: 100_000, WrongPIN: true},
		{Label: "CMB credit, reported lost", PAN: "6225882012345671", Balance: 500_000, Lost: true},
		{Label: "UnionPay credit, 5 000.00", PAN: "6258071000555117", Balance: 500_000},
	}
}

// LoadCards reads a JSON array of cards.
func LoadCards(path string) ([]Card, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cardpadsim: load cards: %w", err)
	}
	var cards []Card
	if err := json.Unmarshal(b, &cards); err != nil {
		return nil, fmt.Errorf("cardpadsim: load cards %s: %w", path, err)
	}
	if err := checkCards(cards); err != nil {
		return nil, fmt.Errorf("cardpadsim: load cards %s: %w", path, err)
	}
	return cards, nil
}

func checkCards(cards []Card) error {
	if len(cards) == 0 {
		return fmt.Errorf("no cards")
	}
	for i, c := range cards {
		if n := len(c.PAN); n < 12 || n > 19 {
			return fmt.Errorf("card %d: number of %d digits (want 12 to 19)", i+1, n)
		}
		for _, r := range c.PAN {
			if r < '0' || r > '9' {
				return fmt.Errorf("card %d: number has a non-digit", i+1)
			}
		}
		if c.Balance < 0 || c.Balance > cardpad.MaxAmount {
			return fmt.Errorf("card %d: balance %v out of range", i+1, c.Balance)
		}
	}
	return nil
}
