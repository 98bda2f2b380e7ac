package ecr

import (
	"bytes"
	"fmt"
)

// Kind says what the decoder found on the line.
type Kind uint8

// Packet kinds.
const (
	KindFrame Kind = iota + 1 // a frame with a valid LRC; Body is its message
	KindACK                   // a lone 06
	KindNAK                   // a lone 15
	KindEOT                   // a lone 04
)

func (k Kind) String() string {
	switch k {
	case KindFrame:
		return "frame"
	case KindACK:
		return "ACK"
	case KindNAK:
		return "NAK"
	case KindEOT:
		return "EOT"
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Packet is one thing received: a control byte or a frame.
type Packet struct {
	Kind Kind
	Body []byte // the message of a frame; nil for control bytes
}

// LRCError is a well-formed frame (STX, a BCD length, ETX where the length
// puts it) whose LRC does not match: line noise inside a real frame. The
// receiver answers NAK and the sender repeats the frame. The frame's bytes
// are consumed, and nothing of its content is kept in the error.
type LRCError struct {
	Got, Want byte
	Len       int // the message length the frame declared
}

func (e *LRCError) Error() string {
	return fmt.Sprintf("ecr: frame of %d bytes: lrc mismatch: got %02x, want %02x", e.Len, e.Got, e.Want)
}

// Decoder splits a byte stream into packets. One read from a serial port
// is not one frame: frames arrive in pieces, several at once, glued to an
// ACK (06 02 …), or after noise.
//
// Bytes that are neither a control byte nor the start of a plausible frame
// are skipped. An STX whose length is not BCD, is 0 or exceeds MaxMessage,
// or whose ETX is not where the length says, is taken as noise: the hunt
// resumes at the next byte, so a real frame (or an ACK) behind a false STX
// is still found.
//
// A false STX with a plausible length would hide the bytes after it until
// that many have arrived; [Decoder.Resync] gives up on such a partial frame
// when the line has gone quiet, which the driver does after its inter-byte
// timeout.
//
// The zero value is ready to use. A Decoder is not safe for concurrent use.
type Decoder struct {
	buf     []byte
	skipped int
}

// Write appends p to the stream. It never fails.
func (d *Decoder) Write(p []byte) (int, error) {
	d.buf = append(d.buf, p...)
	return len(p), nil
}

// Next returns the next packet. ok is false when more bytes are needed.
// A frame with a bad LRC is returned as an *LRCError (ok false); call Next
// again for the following bytes.
func (d *Decoder) Next() (p Packet, ok bool, err error) {
	for len(d.buf) > 0 {
		switch c := d.buf[0]; c {
		case ACK, NAK, EOT:
			d.consume(1)
			return Packet{Kind: controlKind(c)}, true, nil
		case STX:
			if len(d.buf) < 3 {
				return Packet{}, false, nil
			}
			n, valid := DecodeLength(d.buf[1], d.buf[2])
			if !valid || n == 0 || n > MaxMessage {
				d.discard(1)
				continue
			}
			if len(d.buf) < n+Overhead {
				return Packet{}, false, nil
			}
			if d.buf[3+n] != ETX {
				d.discard(1)
				continue
			}
			want := LRC(d.buf[1 : 4+n])
			if got := d.buf[4+n]; got != want {
				d.consume(n + Overhead)
				return Packet{}, false, &LRCError{Got: got, Want: want, Len: n}
			}
			body := bytes.Clone(d.buf[3 : 3+n])
			d.consume(n + Overhead)
			return Packet{Kind: KindFrame, Body: body}, true, nil
		default:
			d.discard(noiseRun(d.buf))
		}
	}
	return Packet{}, false, nil
}

// Pending reports whether the decoder holds the start of a frame that has
// not completed yet.
func (d *Decoder) Pending() bool { return len(d.buf) > 0 && d.buf[0] == STX }

// Resync gives up on a pending partial frame: its STX is skipped as noise
// and the bytes after it are scanned again by the next call to Next.
func (d *Decoder) Resync() {
	if d.Pending() {
		d.discard(1)
	}
}

// Reset drops everything buffered and zeroes the buffer, which may have
// held card data.
func (d *Decoder) Reset() {
	d.skipped += len(d.buf)
	clear(d.buf[:cap(d.buf)])
	d.buf = d.buf[:0]
}

// Buffered is the number of bytes waiting to complete a packet.
func (d *Decoder) Buffered() int { return len(d.buf) }

// Skipped is the number of bytes discarded so far as noise.
func (d *Decoder) Skipped() int { return d.skipped }

func (d *Decoder) discard(n int) {
	d.skipped += n
	d.consume(n)
}

// consume drops the first n bytes and zeroes the vacated tail, so frame
// contents do not linger in the buffer's spare capacity.
func (d *Decoder) consume(n int) {
	rest := copy(d.buf, d.buf[n:])
	clear(d.buf[rest:])
	d.buf = d.buf[:rest]
}

// noiseRun is the number of leading bytes of b (at least one) that cannot
// start a packet.
func noiseRun(b []byte) int {
	for i, c := range b {
		switch c {
		case STX, ACK, NAK, EOT:
			if i > 0 {
				return i
			}
		}
	}
	return len(b)
}

func controlKind(c byte) Kind {
	switch c {
	case ACK:
		return KindACK
	case NAK:
		return KindNAK
	}
	return KindEOT
}
