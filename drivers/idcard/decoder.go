package idcard

import (
	"bytes"
	"encoding/binary"
)

// Decoder reassembles frames from a byte stream. One read from a serial
// port is not one frame: a frame may arrive in pieces, several may arrive
// together, and line noise may come before, between or inside them.
//
// Feed bytes with Write and take frames with Next. Bytes that cannot start a
// frame are skipped; a length outside 3..MaxBodyLen means a false preamble
// and the hunt resumes one byte later; a checksum mismatch is reported once
// as a *ChecksumError, and the hunt resumes one byte into the bad frame, so
// a real frame hiding behind a false preamble is still found.
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

// Next returns the next complete frame. It returns ok=false when more bytes
// are needed. On a checksum mismatch it returns a *ChecksumError (ok=false);
// call Next again to continue with the following bytes.
func (d *Decoder) Next() (f Frame, ok bool, err error) {
	for {
		i := bytes.Index(d.buf, Preamble[:])
		if i < 0 {
			d.discard(len(d.buf) - preamblePrefix(d.buf))
			return Frame{}, false, nil
		}
		d.discard(i)
		if len(d.buf) < HeaderLen {
			return Frame{}, false, nil
		}
		n := int(binary.BigEndian.Uint16(d.buf[5:7]))
		if n < minBodyLen || n > MaxBodyLen {
			d.discard(1)
			continue
		}
		if len(d.buf) < HeaderLen+n {
			return Frame{}, false, nil
		}
		end := HeaderLen + n - 1 // index of CHK
		want := Checksum(d.buf[5:end])
		if got := d.buf[end]; got != want {
			d.discard(1)
			return Frame{}, false, &ChecksumError{Got: got, Want: want}
		}
		body := bytes.Clone(d.buf[HeaderLen:end])
		d.consume(HeaderLen + n)
		return Frame{Body: body}, true, nil
	}
}

// Reset drops everything buffered, for a fresh start before a new request,
// and zeroes the buffer: it may have held card data.
func (d *Decoder) Reset() {
	d.skipped += len(d.buf)
	clear(d.buf[:cap(d.buf)])
	d.buf = d.buf[:0]
}

// Buffered is the number of bytes waiting to complete a frame.
func (d *Decoder) Buffered() int { return len(d.buf) }

// Skipped is the number of bytes discarded so far as noise.
func (d *Decoder) Skipped() int { return d.skipped }

func (d *Decoder) discard(n int) {
	d.skipped += n
	d.consume(n)
}

func (d *Decoder) consume(n int) {
	if n <= 0 {
		return
	}
	d.buf = append(d.buf[:0], d.buf[n:]...)
}

// preamblePrefix is the length of the longest suffix of b that is a proper
// prefix of the preamble: those bytes may be the start of a frame whose
// rest has not arrived yet.
func preamblePrefix(b []byte) int {
	for k := min(len(b), len(Preamble)-1); k > 0; k-- {
		if bytes.Equal(b[len(b)-k:], Preamble[:k]) {
			return k
		}
	}
	return 0
}
