package ecr

import (
	"errors"
	"fmt"
)

// ErrBCD is matched by every packed-BCD error.
var ErrBCD = errors.New("ecr: invalid bcd")

// AmountDigits is the width of an amount: 12 decimal digits of fen, packed
// into 6 bytes.
const AmountDigits = 12

// MaxAmount is the largest amount 12 digits hold, in fen.
const MaxAmount int64 = 999_999_999_999

// PackBCD packs a string of decimal digits two to a byte, high nibble
// first. An odd count is padded with a leading 0.
func PackBCD(digits string) ([]byte, error) {
	if len(digits)%2 == 1 {
		digits = "0" + digits
	}
	out := make([]byte, len(digits)/2)
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("%w: %q is not a digit", ErrBCD, c)
		}
		out[i/2] |= (c - '0') << (4 * (1 - i%2))
	}
	return out, nil
}

// UnpackBCD returns the digits of packed BCD bytes. A nibble above 9 is an
// error.
func UnpackBCD(b []byte) (string, error) {
	out := make([]byte, 0, 2*len(b))
	for _, x := range b {
		hi, lo := x>>4, x&0x0F
		if hi > 9 || lo > 9 {
			return "", fmt.Errorf("%w: byte %02x", ErrBCD, x)
		}
		out = append(out, '0'+hi, '0'+lo)
	}
	return string(out), nil
}

// PackNumber packs n as a width-digit zero-padded BCD number.
func PackNumber(n int64, width int) ([]byte, error) {
	if n < 0 {
		return nil, fmt.Errorf("%w: negative number", ErrBCD)
	}
	s := fmt.Sprintf("%0*d", width, n)
	if len(s) > width {
		return nil, fmt.Errorf("%w: %d has more than %d digits", ErrBCD, n, width)
	}
	return PackBCD(s)
}

// EncodeAmount packs an amount in fen as 12 BCD digits (6 bytes):
// 12.34 yuan → 00 00 00 00 12 34.
func EncodeAmount(fen int64) ([]byte, error) {
	if fen < 0 || fen > MaxAmount {
		return nil, fmt.Errorf("%w: amount %d fen outside 0 to %d", ErrBCD, fen, MaxAmount)
	}
	return PackNumber(fen, AmountDigits)
}

// DecodeAmount reads an amount in fen: 6 bytes of packed BCD as the link
// sends it, or 12 ASCII digits as some integrations do ("000000001234").
func DecodeAmount(b []byte) (int64, error) {
	var digits string
	switch len(b) {
	case AmountDigits / 2:
		s, err := UnpackBCD(b)
		if err != nil {
			return 0, err
		}
		digits = s
	case AmountDigits:
		for _, c := range b {
			if c < '0' || c > '9' {
				return 0, fmt.Errorf("%w: amount is neither bcd nor ascii digits", ErrBCD)
			}
		}
		digits = string(b)
	default:
		return 0, fmt.Errorf("%w: amount of %d bytes", ErrBCD, len(b))
	}
	var n int64
	for i := 0; i < len(digits); i++ {
		n = n*10 + int64(digits[i]-'0')
	}
	return n, nil
}
