package cardpad

// MaskPAN masks a card number the way receipts and screens may show it:
// the first six and last four digits of a 13–19 digit number stay, the
// rest become stars (622202******0128). Shorter numbers keep at most the
// last four. Separators are dropped; stars a pad already put in are kept.
// Anything that is not a digit, a star or a separator makes the whole
// value unusable and "" is returned.
func MaskPAN(s string) string { return maskPAN([]byte(s)) }

// maskPAN masks the card number in raw, which it leaves untouched; the
// driver zeroes raw afterwards.
func maskPAN(raw []byte) string {
	b := make([]byte, 0, len(raw))
	for _, c := range raw {
		switch {
		case c >= '0' && c <= '9', c == '*':
			b = append(b, c)
		case c == ' ' || c == '-':
		default:
			clear(b)
			return ""
		}
	}
	n := len(b)
	keepHead, keepTail := 0, 0
	switch {
	case n >= 13:
		keepHead, keepTail = 6, 4
	case n >= 8:
		keepTail = 4
	}
	for i := keepHead; i < n-keepTail; i++ {
		b[i] = '*'
	}
	out := string(b)
	clear(b)
	return out
}
