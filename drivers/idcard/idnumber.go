package idcard

import (
	"fmt"
	"time"
)

// GB 11643-1999 (ISO 7064 MOD 11-2) weights for digits 1–17 and the check
// character for each remainder.
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const idCheckChars = "10X98765432"

// earliestBirth bounds birth dates: devices.md's verified example is born
// in 1880, so anything before 1800 is corruption.
var earliestBirth = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)

// InvalidIDError reports a card number that fails validation. The message
// names the rule that failed, never the number.
type InvalidIDError struct {
	Kind   CardKind
	Reason string
}

func (e *InvalidIDError) Error() string {
	return fmt.Sprintf("idcard: invalid id number on %s card: %s", e.Kind, e.Reason)
}

// Is makes an *InvalidIDError match ErrInvalidIDNumber.
func (e *InvalidIDError) Is(target error) bool { return target == ErrInvalidIDNumber }

// CheckCharacter returns the GB 11643 check character for the first 17
// digits of an 18-character number.
func CheckCharacter(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, fmt.Errorf("idcard: check character needs 17 digits, got %d characters", len(first17))
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := first17[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("idcard: check character needs digits, got %q at %d", c, i+1)
		}
		sum += int(c-'0') * idWeights[i]
	}
	return idCheckChars[sum%11], nil
}

// ValidateNumber checks a card number against the rules of its card type:
//
//   - resident cards, J permits and Y (2023) foreign permanent-resident
//     cards carry 18 characters: 17 digits and the GB 11643 check character
//     (a digit or an upper-case X), with a real birth date at positions
//     7–14. A J number starts 810000 (Hong Kong), 820000 (Macao) or 830000
//     (Taiwan); a Y number starts with 9; a resident number with 1–8.
//   - old I foreign permanent-resident cards carry 15 characters, three
//     letters (the nationality) and twelve digits, with no check character.
func ValidateNumber(kind CardKind, number string) error {
	bad := func(format string, args ...any) error {
		return &InvalidIDError{Kind: kind, Reason: fmt.Sprintf(format, args...)}
	}
	if kind == KindForeignOld {
		if len(number) != 15 {
			return bad("want 15 characters, got %d", len(number))
		}
		for i := 0; i < 15; i++ {
			c := number[i]
			if i < 3 && (c < 'A' || c > 'Z') || i >= 3 && (c < '0' || c > '9') {
				return bad("want three letters then twelve digits")
			}
		}
		return nil
	}

	if len(number) != 18 {
		return bad("want 18 characters, got %d", len(number))
	}
	want, err := CheckCharacter(number[:17])
	if err != nil {
		return bad("want 17 digits before the check character")
	}
	switch kind {
	case KindHKMacaoTaiwan:
		if p := number[:6]; p != "810000" && p != "820000" && p != "830000" {
			return bad("permit number must start 810000, 820000 or 830000")
		}
	case KindForeign:
		if number[0] != '9' {
			return bad("foreign permanent-resident number must start with 9")
		}
	default:
		if number[0] == '0' || number[0] == '9' {
			return bad("area code cannot start with %c", number[0])
		}
	}
	if _, err := parseBirth(number[6:14]); err != nil {
		return bad("birth date: %v", err)
	}
	if number[17] != want {
		return bad("check character does not match")
	}
	return nil
}

// parseBirth parses a YYYYMMDD birth date and checks it is a real day
// between 1800 and today.
func parseBirth(s string) (time.Time, error) {
	t, err := time.Parse("20060102", s)
	if err != nil || len(s) != 8 {
		return time.Time{}, fmt.Errorf("not a calendar date")
	}
	if t.Before(earliestBirth) || t.After(time.Now()) {
		return time.Time{}, fmt.Errorf("year %d out of range", t.Year())
	}
	return t, nil
}
