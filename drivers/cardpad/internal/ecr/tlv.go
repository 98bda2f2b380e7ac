package ecr

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
)

// Tag is a two-byte TLV tag, DFxx on this link.
type Tag uint16

func (t Tag) String() string { return fmt.Sprintf("%04X", uint16(t)) }

// Field is one TLV field.
type Field struct {
	Tag   Tag
	Value []byte
}

// Message is an ordered list of TLV fields: the body of a frame, or a
// record nested in a DF06 value.
//
// Its fmt and slog forms list tags and value lengths only: a message may
// hold a card number, and a debug line must not print it.
type Message []Field

// ErrTLV is matched by every TLV parse or build error.
var ErrTLV = errors.New("ecr: malformed tlv")

// MaxValue is the longest value a field can carry (82 nn nn).
const MaxValue = 0xFFFF

// Parse splits b into fields. Tags must start with DF; lengths are one
// byte below 128, or 81 nn, or 82 nn nn (big-endian). Non-minimal long
// forms are accepted, as some terminals send 82 00 FF for 255. The values
// alias b.
func Parse(b []byte) (Message, error) {
	var m Message
	for i := 0; i < len(b); {
		if len(b)-i < 3 {
			return nil, fmt.Errorf("%w: %d stray bytes at offset %d", ErrTLV, len(b)-i, i)
		}
		if b[i] != 0xDF {
			return nil, fmt.Errorf("%w: tag at offset %d does not start with DF", ErrTLV, i)
		}
		tag := Tag(uint16(b[i])<<8 | uint16(b[i+1]))
		i += 2
		n := int(b[i])
		i++
		switch {
		case n < 0x80:
		case n == 0x81:
			if i+1 > len(b) {
				return nil, fmt.Errorf("%w: tag %s: length cut short", ErrTLV, tag)
			}
			n = int(b[i])
			i++
		case n == 0x82:
			if i+2 > len(b) {
				return nil, fmt.Errorf("%w: tag %s: length cut short", ErrTLV, tag)
			}
			n = int(b[i])<<8 | int(b[i+1])
			i += 2
		default:
			return nil, fmt.Errorf("%w: tag %s: length form %02x", ErrTLV, tag, n)
		}
		if n > len(b)-i {
			return nil, fmt.Errorf("%w: tag %s: value of %d bytes, %d left", ErrTLV, tag, n, len(b)-i)
		}
		m = append(m, Field{Tag: tag, Value: b[i : i+n : i+n]})
		i += n
	}
	return m, nil
}

// Bytes encodes the message with minimal lengths.
func (m Message) Bytes() ([]byte, error) {
	var out []byte
	for _, f := range m {
		if f.Tag>>8 != 0xDF {
			return nil, fmt.Errorf("%w: tag %s does not start with DF", ErrTLV, f.Tag)
		}
		n := len(f.Value)
		out = append(out, byte(f.Tag>>8), byte(f.Tag))
		switch {
		case n < 0x80:
			out = append(out, byte(n))
		case n <= 0xFF:
			out = append(out, 0x81, byte(n))
		case n <= MaxValue:
			out = append(out, 0x82, byte(n>>8), byte(n))
		default:
			return nil, fmt.Errorf("%w: tag %s: value of %d bytes", ErrTLV, f.Tag, n)
		}
		out = append(out, f.Value...)
	}
	return out, nil
}

// Get returns the value of the first field with tag t.
func (m Message) Get(t Tag) ([]byte, bool) {
	for _, f := range m {
		if f.Tag == t {
			return f.Value, true
		}
	}
	return nil, false
}

// Has reports whether the message has a field with tag t.
func (m Message) Has(t Tag) bool {
	_, ok := m.Get(t)
	return ok
}

// Add appends a field.
func (m *Message) Add(t Tag, v []byte) { *m = append(*m, Field{Tag: t, Value: v}) }

// AddString appends a field with an ASCII value.
func (m *Message) AddString(t Tag, s string) { m.Add(t, []byte(s)) }

// Wipe zeroes every value in place. Values alias the frame they were
// parsed from, so this scrubs the frame too.
func (m Message) Wipe() {
	for _, f := range m {
		clear(f.Value)
	}
}

// Equal reports whether two messages have the same fields in the same
// order.
func (m Message) Equal(o Message) bool {
	if len(m) != len(o) {
		return false
	}
	for i := range m {
		if m[i].Tag != o[i].Tag || !bytes.Equal(m[i].Value, o[i].Value) {
			return false
		}
	}
	return true
}

// String lists the tags with their value lengths: "DF02(1) DF04(2) …".
func (m Message) String() string {
	var b strings.Builder
	for i, f := range m {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s(%d)", f.Tag, len(f.Value))
	}
	return b.String()
}

// Format prints String for every verb, so no fmt path shows a value.
func (m Message) Format(s fmt.State, _ rune) { _, _ = s.Write([]byte(m.String())) }

// LogValue logs String.
func (m Message) LogValue() slog.Value { return slog.StringValue(m.String()) }

// String shows the tag and the value's length, never the value.
func (f Field) String() string { return fmt.Sprintf("%s(%d)", f.Tag, len(f.Value)) }

// Format prints String for every verb.
func (f Field) Format(s fmt.State, _ rune) { _, _ = s.Write([]byte(f.String())) }

// LogValue logs String.
func (f Field) LogValue() slog.Value { return slog.StringValue(f.String()) }
