package ecr

import (
	"errors"
	"fmt"
)

// Control bytes of the link.
const (
	STX byte = 0x02 // start of a frame
	ETX byte = 0x03 // end of a frame's message
	EOT byte = 0x04 // abort: the host gives up on the exchange
	ACK byte = 0x06 // received (never "approved")
	NAK byte = 0x15 // not received intact: send the same frame again
)

// Frame size limits. The receiver in the public integration rejects a
// length of 0 or above 1024, and so do we, in both directions.
const (
	MaxMessage = 1024
	// Overhead is what a frame adds to its message: STX, two length
	// bytes, ETX, LRC.
	Overhead = 5
)

// ErrFrame is matched by every encoding error: an empty message, one over
// MaxMessage bytes, or a length field that is not BCD.
var ErrFrame = errors.New("ecr: invalid frame")

// LRC is the XOR of b. On the wire it covers the length bytes, the
// message and ETX.
func LRC(b []byte) byte {
	var x byte
	for _, c := range b {
		x ^= c
	}
	return x
}

// EncodeLength writes n (0–9999) as four packed BCD digits: 150 → 01 50.
func EncodeLength(n int) ([2]byte, error) {
	if n < 0 || n > 9999 {
		return [2]byte{}, fmt.Errorf("%w: length %d does not fit four BCD digits", ErrFrame, n)
	}
	return [2]byte{byte(n/1000)<<4 | byte(n/100%10), byte(n/10%10)<<4 | byte(n%10)}, nil
}

// DecodeLength reads a two-byte BCD length. ok is false when a nibble is
// above 9.
func DecodeLength(hi, lo byte) (n int, ok bool) {
	d := [4]byte{hi >> 4, hi & 0x0F, lo >> 4, lo & 0x0F}
	for _, x := range d {
		if x > 9 {
			return 0, false
		}
		n = n*10 + int(x)
	}
	return n, true
}

// Encode wraps msg in a frame: STX, BCD length, msg, ETX, LRC.
func Encode(msg []byte) ([]byte, error) {
	if len(msg) == 0 || len(msg) > MaxMessage {
		return nil, fmt.Errorf("%w: message of %d bytes (want 1 to %d)", ErrFrame, len(msg), MaxMessage)
	}
	l, err := EncodeLength(len(msg))
	if err != nil {
		return nil, err
	}
	f := make([]byte, 0, len(msg)+Overhead)
	f = append(f, STX, l[0], l[1])
	f = append(f, msg...)
	f = append(f, ETX)
	return append(f, LRC(f[1:])), nil
}
