package documents

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"net/url"
	"strings"
)

// crockford is Crockford's base32 alphabet: digits and upper-case letters
// without I, L, O and U, so a code read aloud or typed from paper is not
// mistaken.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// VerifyCodeLen is the number of symbols in a verification code, without
// the hyphens.
const VerifyCodeLen = 12

// NewVerifyCode returns a fresh verification code: 12 symbols of Crockford
// base32 (60 bits from crypto/rand) grouped as XXXX-XXXX-XXXX.
func NewVerifyCode() string {
	var b [8]byte
	// crypto/rand.Read never returns an error (it crashes the program
	// instead when the system's random source fails).
	rand.Read(b[:])
	v := binary.BigEndian.Uint64(b[:]) >> 4 // 60 bits
	var sym [VerifyCodeLen]byte
	for i := VerifyCodeLen - 1; i >= 0; i-- {
		sym[i] = crockford[v&31]
		v >>= 5
	}
	return group(sym[:])
}

// ParseVerifyCode reads a verification code as a person may type it or a
// scanner may return it and gives its canonical form XXXX-XXXX-XXXX.
// Case does not matter, hyphens and spaces are ignored, and the letters
// Crockford's base32 leaves out are read as what they look like: I and L
// as 1, O as 0. U and anything else outside the alphabet are errors.
func ParseVerifyCode(s string) (string, error) {
	sym := make([]byte, 0, VerifyCodeLen)
	for _, r := range s {
		switch {
		case r == '-' || r == ' ':
			continue
		case r >= 'a' && r <= 'z':
			r -= 'a' - 'A'
		}
		switch r {
		case 'I', 'L':
			r = '1'
		case 'O':
			r = '0'
		}
		if r > 0x7f || strings.IndexByte(crockford, byte(r)) < 0 {
			return "", fmt.Errorf("%w: verification code %q: character %q is not Crockford base32", ErrInvalid, s, r)
		}
		if len(sym) == VerifyCodeLen {
			return "", fmt.Errorf("%w: verification code %q: more than %d symbols", ErrInvalid, s, VerifyCodeLen)
		}
		sym = append(sym, byte(r))
	}
	if len(sym) != VerifyCodeLen {
		return "", fmt.Errorf("%w: verification code %q: %d symbols, want %d", ErrInvalid, s, len(sym), VerifyCodeLen)
	}
	return group(sym), nil
}

func group(sym []byte) string {
	return string(sym[0:4]) + "-" + string(sym[4:8]) + "-" + string(sym[8:12])
}

// VerifyURL is the address the QR code of a document points at:
// <base>/v1/verify/<code>, with the code in canonical form. base must be an
// absolute http or https URL (for example the hall's public address) and
// may have a path; a trailing slash is dropped.
func VerifyURL(base, code string) (string, error) {
	c, err := ParseVerifyCode(code)
	if err != nil {
		return "", err
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", fmt.Errorf("%w: verify base %q: %w", ErrInvalid, base, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return "", fmt.Errorf("%w: verify base %q: want an absolute http(s) URL without query, fragment or user", ErrInvalid, base)
	}
	return strings.TrimRight(base, "/") + "/v1/verify/" + c, nil
}
