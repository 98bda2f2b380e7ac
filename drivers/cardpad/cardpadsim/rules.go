package cardpadsim

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
)

// Rule decides the answer to a card transaction before the card's own
// properties (balance, expiry, PIN, lost) are looked at. Zero fields match
// anything. The first matching rule wins.
type Rule struct {
	Type   cardpad.TxType // sale, void or balance; 0 any of them
	Card   int            // 1-based card number; 0 any card
	Amount cardpad.Amount // exact amount; 0 any
	// Code is the response the pad sends: a bank code ("51", "05", "91")
	// or a pad code ("00000001").
	Code string
	// Times is how often the rule applies before it is dropped; 0 always.
	Times int
}

func (r Rule) matches(t cardpad.TxType, card int, amount cardpad.Amount) bool {
	return (r.Type == 0 || r.Type == t) && (r.Card == 0 || r.Card == card+1) && (r.Amount == 0 || r.Amount == amount)
}

func (r Rule) String() string {
	var parts []string
	if r.Type != 0 {
		parts = append(parts, "type="+r.Type.String())
	}
	if r.Card != 0 {
		parts = append(parts, fmt.Sprintf("card=%d", r.Card))
	}
	if r.Amount != 0 {
		parts = append(parts, "amount="+r.Amount.String())
	}
	parts = append(parts, "code="+r.Code)
	if r.Times != 0 {
		parts = append(parts, fmt.Sprintf("times=%d", r.Times))
	}
	return strings.Join(parts, " ")
}

// ParseRule reads "key=value" words: type=sale|void|balance, card=N,
// amount=12.34, code=CODE (required), times=N.
func ParseRule(words []string) (Rule, error) {
	var r Rule
	for _, w := range words {
		k, v, ok := strings.Cut(w, "=")
		if !ok {
			return Rule{}, fmt.Errorf("cardpadsim: rule: %q is not key=value", w)
		}
		switch strings.ToLower(k) {
		case "type":
			var t cardpad.TxType
			if err := t.UnmarshalText([]byte(v)); err != nil || !(t == cardpad.TxSale || t == cardpad.TxVoid || t == cardpad.TxBalance) {
				return Rule{}, fmt.Errorf("cardpadsim: rule: type %q (want sale, void or balance)", v)
			}
			r.Type = t
		case "card":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return Rule{}, fmt.Errorf("cardpadsim: rule: card %q is not a card number", v)
			}
			r.Card = n
		case "amount":
			a, err := cardpad.ParseAmount(v)
			if err != nil {
				return Rule{}, fmt.Errorf("cardpadsim: rule: %w", err)
			}
			r.Amount = a
		case "code":
			if !validResponse(v) {
				return Rule{}, fmt.Errorf("cardpadsim: rule: code %q (want 2 or 8 characters)", v)
			}
			r.Code = strings.ToUpper(v)
		case "times":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return Rule{}, fmt.Errorf("cardpadsim: rule: times %q is not a positive number", v)
			}
			r.Times = n
		default:
			return Rule{}, fmt.Errorf("cardpadsim: rule: unknown key %q", k)
		}
	}
	if r.Code == "" {
		return Rule{}, fmt.Errorf("cardpadsim: rule: code=… is required")
	}
	return r, nil
}

func validResponse(s string) bool {
	if len(s) != 2 && len(s) != 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}
