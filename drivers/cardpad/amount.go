package cardpad

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

// Amount is money in fen (分), the unit the pad counts in. It is never a
// float: 12.34 yuan is Amount(1234).
type Amount int64

// MaxAmount is the largest amount the link carries: 12 decimal digits of
// fen, 9 999 999 999.99 yuan.
const MaxAmount = Amount(ecr.MaxAmount)

// ErrInvalidAmount is matched by every amount parse error.
var ErrInvalidAmount = errors.New("cardpad: invalid amount")

// String formats the amount in yuan with two decimals: "12.34", "0.05".
func (a Amount) String() string {
	sign := ""
	if a < 0 {
		sign, a = "-", -a
	}
	return fmt.Sprintf("%s%d.%02d", sign, int64(a)/100, int64(a)%100)
}

// Valid reports whether a can be paid: 1 fen to MaxAmount.
func (a Amount) Valid() bool { return a > 0 && a <= MaxAmount }

// ParseAmount reads a yuan amount with up to two decimals ("12.34", "12",
// "0.5") into fen, without floating point.
func ParseAmount(s string) (Amount, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || len(frac) > 2 || (hasFrac && frac == "") || !digitsOnly(whole) || !digitsOnly(frac) || len(whole) > 10 {
		return 0, fmt.Errorf("%w: %q (want yuan such as 12.34)", ErrInvalidAmount, s)
	}
	y, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q: %w", ErrInvalidAmount, s, err)
	}
	frac += strings.Repeat("0", 2-len(frac))
	f, _ := strconv.ParseInt(frac, 10, 64) // two digits, checked above
	a := Amount(y*100 + f)
	if a > MaxAmount {
		return 0, fmt.Errorf("%w: %q is above %v", ErrInvalidAmount, s, MaxAmount)
	}
	return a, nil
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
