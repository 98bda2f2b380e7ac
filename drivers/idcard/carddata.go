package idcard

import (
	"encoding/binary"
	"fmt"
)

// Photo and fingerprint sizes on current cards.
const (
	PhotoLen       = 1024
	FingerprintLen = 1024
	AddressLen     = 70
)

// cardData is the payload of a read response split into its parts. The
// slices alias the response data.
type cardData struct {
	text, photo, finger []byte
}

// splitCardData splits the data after SW3 of a read response using its
// length fields: TextLen and PhotoLen for 30 01, plus FingerLen for 30 10
// (0 when the card has no fingerprint). The lengths must account for the
// data exactly.
func splitCardData(withFinger bool, data []byte) (cardData, error) {
	fields := 2
	if withFinger {
		fields = 3
	}
	head := 2 * fields
	if len(data) < head {
		return cardData{}, fmt.Errorf("%w: read response of %d bytes has no length fields", ErrMalformed, len(data))
	}
	lens := make([]int, fields)
	total := head
	for i := range lens {
		lens[i] = int(binary.BigEndian.Uint16(data[2*i:]))
		total += lens[i]
	}
	if total != len(data) {
		return cardData{}, fmt.Errorf("%w: length fields %v add up to %d bytes, response has %d", ErrMalformed, lens, total, len(data))
	}
	rest := data[head:]
	var cd cardData
	cd.text, rest = rest[:lens[0]], rest[lens[0]:]
	cd.photo, rest = rest[:lens[1]], rest[lens[1]:]
	if withFinger {
		cd.finger = rest[:lens[2]]
	}
	return cd, nil
}
