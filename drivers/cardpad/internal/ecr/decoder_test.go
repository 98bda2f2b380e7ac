package ecr

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func mustFrame(t testing.TB, m Message) []byte {
	t.Helper()
	body, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	f, err := Encode(body)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func drain(d *Decoder) (kinds []string, lrcErrs int) {
	for {
		p, ok, err := d.Next()
		if err != nil {
			lrcErrs++
			continue
		}
		if !ok {
			return kinds, lrcErrs
		}
		kinds = append(kinds, p.Kind.String())
	}
}

func TestDecoderResynchronises(t *testing.T) {
	f := mustFrame(t, Message{{TagNonce, []byte{0x12, 0x34}}, {TagResponse, []byte("00")}})
	bad := bytes.Clone(f)
	bad[len(bad)-1] ^= 0xFF
	stream := [][]byte{
		{0x00, 0xFF, 0x55},                        // noise
		{STX, 0x0A, 0xBC},                         // STX with a non-BCD length
		{STX, 0x00, 0x00},                         // STX with length 0
		{STX, 0x00, 0x02, 0x41, 0x42, 0x43, 0x44}, // ETX missing where LEN puts it
		{ACK}, // glued ACK …
		f,     // … and its frame
		bad,   // LRC mismatch: reported, consumed
		{NAK}, f, {EOT},
	}
	var all []byte
	for _, s := range stream {
		all = append(all, s...)
	}
	for chunk := 1; chunk <= len(all); chunk++ {
		var d Decoder
		var kinds []string
		lrc := 0
		for i := 0; i < len(all); i += chunk {
			d.Write(all[i:min(i+chunk, len(all))])
			k, l := drain(&d)
			kinds, lrc = append(kinds, k...), lrc+l
		}
		if got := strings.Join(kinds, " "); got != "ACK frame NAK frame EOT" || lrc != 1 {
			t.Fatalf("chunk %d: %q, %d lrc errors", chunk, got, lrc)
		}
	}
}

func TestDecoderLRCErrorKeepsNoContent(t *testing.T) {
	f := mustFrame(t, Message{{TagPAN, []byte("6222023141650128")}})
	f[len(f)-1] ^= 1
	var d Decoder
	d.Write(f)
	_, ok, err := d.Next()
	var le *LRCError
	if ok || !errors.As(err, &le) || le.Len != len(f)-Overhead {
		t.Fatalf("Next = %v %v", ok, err)
	}
	if strings.Contains(err.Error(), "6222") || d.Buffered() != 0 {
		t.Errorf("error %q, %d bytes left", err, d.Buffered())
	}
}

func TestDecoderResyncAfterStall(t *testing.T) {
	// Noise that looks like the start of a 999-byte frame hides the ACK
	// behind it until Resync gives up on it.
	var d Decoder
	d.Write([]byte{STX, 0x09, 0x99, 0x11, ACK})
	if _, ok, _ := d.Next(); ok || !d.Pending() {
		t.Fatalf("ok %v pending %v", ok, d.Pending())
	}
	d.Resync()
	p, ok, err := d.Next()
	if !ok || err != nil || p.Kind != KindACK {
		t.Fatalf("after resync: %v %v %v", p.Kind, ok, err)
	}
	if d.Pending() || d.Skipped() != 4 {
		t.Errorf("pending %v skipped %d", d.Pending(), d.Skipped())
	}
	d.Write([]byte{STX})
	d.Reset()
	if d.Buffered() != 0 {
		t.Error("Reset kept bytes")
	}
}

func TestMessageNeverPrintsValues(t *testing.T) {
	pan := "6222023141650128"
	m := Message{{TagPAN, []byte(pan)}, {TagExpiry, []byte("2812")}}
	var log bytes.Buffer
	slog.New(slog.NewJSONHandler(&log, nil)).Info("x", "msg", m, "field", m[0])
	for _, s := range []string{m.String(), fmt.Sprint(m), fmt.Sprintf("%+v %#v %q %x %s", m, m, m, m, m[0]), log.String()} {
		if strings.Contains(s, pan) || strings.Contains(s, "2812") || strings.Contains(s, "36323232") {
			t.Errorf("value shown: %s", s)
		}
	}
	if m.String() != "DF1E(16) DF1F(4)" {
		t.Errorf("String = %q", m.String())
	}
	raw, _ := m.Bytes()
	parsed, _ := Parse(raw)
	parsed.Wipe()
	if bytes.Contains(raw, []byte(pan)) {
		t.Error("Wipe did not reach the parsed frame")
	}
}

func TestParseRejects(t *testing.T) {
	for _, b := range [][]byte{
		{0xDF},                         // stray byte
		{0x9F, 0x02, 0x00},             // not DF
		{0xDF, 0x02, 0x05, 0x01},       // value cut short
		{0xDF, 0x02, 0x81},             // long length cut short
		{0xDF, 0x02, 0x82, 0x01},       // long length cut short
		{0xDF, 0x02, 0x83, 0, 0, 1, 0}, // unsupported length form
	} {
		if m, err := Parse(b); !errors.Is(err, ErrTLV) {
			t.Errorf("Parse(% X) = %v, %v", b, m, err)
		}
	}
	m, err := Parse([]byte{0xDF, 0x02, 0x82, 0x00, 0x01, 0x07, 0xDF, 0x24, 0x00})
	if err != nil || len(m) != 2 || m[0].Value[0] != 7 || len(m[1].Value) != 0 || !m.Has(TagLastPacket) {
		t.Errorf("non-minimal and empty: %v %v", m, err)
	}
}
