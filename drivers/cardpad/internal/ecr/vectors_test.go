package ecr

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

// devices.md §3 gives no complete ECR frame, only its rules: STX, the
// length as BCD (150 → 01 50), the TLV message, ETX, and an LRC over
// LEN+MSG+ETX; single ACK/NAK/EOT bytes; 81 nn / 82 nn nn lengths; amounts
// as 12 BCD digits of fen (12.34 → 000000001234); response codes 00, Y1
// and 00010014. The frames below apply those rules. Their hex, LRC
// included, was produced by a separate Python script, not by this package.
var frameVectors = []struct {
	name string
	hex  string
	msg  Message
}{
	{
		name: "sale request, 12.34 yuan, nonce 1234",
		hex:  "020022df010100df04021234df020101df03060000000012340320",
		msg: Message{
			{TagPacket, []byte{0x00}}, {TagNonce, []byte{0x12, 0x34}},
			{TagType, []byte{TypeSale}}, {TagAmount, []byte{0, 0, 0, 0, 0x12, 0x34}},
		},
	},
	{
		name: "reply: keys missing, sign in again (00010014)",
		hex:  "020028df010100df020101df04021234df07083030303130303134df24010103f9",
		msg: Message{
			{TagPacket, []byte{0x00}}, {TagType, []byte{TypeSale}}, {TagNonce, []byte{0x12, 0x34}},
			{TagResponse, []byte(RespSignInRequired)}, {TagLastPacket, []byte{0x01}},
		},
	},
	{
		name: "reply: offline approval Y1",
		hex:  "020022df010100df020101df04024313df07025931df24010103e3",
		msg: Message{
			{TagPacket, []byte{0x00}}, {TagType, []byte{TypeSale}}, {TagNonce, []byte{0x43, 0x13}},
			{TagResponse, []byte("Y1")}, {TagLastPacket, []byte{0x01}},
		},
	},
	{
		name: "void request with original voucher and merchant order number",
		hex:  "020045df010100df04020042df020102df0306000000001234df1803000007dfbe0e4e542d323032362d3030303132330390",
		msg: Message{
			{TagPacket, []byte{0x00}}, {TagNonce, []byte{0x00, 0x42}}, {TagType, []byte{TypeVoid}},
			{TagAmount, []byte{0, 0, 0, 0, 0x12, 0x34}}, {TagOrigVoucher, []byte{0, 0, 7}},
			{TagReference, []byte("NT-2026-000123")},
		},
	},
}

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFrameVectors(t *testing.T) {
	for _, v := range frameVectors {
		t.Run(v.name, func(t *testing.T) {
			want := unhex(t, v.hex)
			body, err := v.msg.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			got, err := Encode(body)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("encoded\n got % X\nwant % X", got, want)
			}
			if lrc := LRC(want[1 : len(want)-1]); lrc != want[len(want)-1] {
				t.Fatalf("vector LRC %02X, XOR of LEN..ETX is %02X", want[len(want)-1], lrc)
			}
			var d Decoder
			d.Write(want)
			p, ok, err := d.Next()
			if err != nil || !ok || p.Kind != KindFrame {
				t.Fatalf("decode: %v %v %v", p.Kind, ok, err)
			}
			m, err := Parse(p.Body)
			if err != nil {
				t.Fatal(err)
			}
			if !m.Equal(v.msg) {
				t.Fatalf("parsed %v, want %v", m, v.msg)
			}
			if d.Buffered() != 0 || d.Skipped() != 0 {
				t.Errorf("left %d bytes, skipped %d", d.Buffered(), d.Skipped())
			}
		})
	}
}

// TestLengthForms covers the given LEN example (150 → 01 50) and both long
// TLV length forms, in frames whose LRC the Python script computed.
func TestLengthForms(t *testing.T) {
	l, err := EncodeLength(150)
	if err != nil || l != [2]byte{0x01, 0x50} {
		t.Fatalf("EncodeLength(150) = % X, %v", l, err)
	}
	if n, ok := DecodeLength(0x01, 0x50); !ok || n != 150 {
		t.Errorf("DecodeLength(01 50) = %d, %v", n, ok)
	}
	if _, ok := DecodeLength(0x01, 0x5A); ok {
		t.Error("DecodeLength accepted a nibble above 9")
	}

	// 150-byte message: DF06 81 92 {DF1A 0C "000000000042", DF1B 06
	// "123456", DF44 7F + 127 spaces}.
	nested := Message{{TagRRN, []byte("000000000042")}, {TagAuthCode, []byte("123456")}, {0xDF44, bytes.Repeat([]byte(" "), 119)}}
	inner, _ := nested.Bytes()
	body, _ := Message{{TagRecord, inner}}.Bytes()
	f, err := Encode(body)
	if err != nil {
		t.Fatal(err)
	}
	if len(f) != 155 || !bytes.Equal(f[:3], []byte{0x02, 0x01, 0x50}) || !bytes.Equal(f[len(f)-2:], []byte{0x03, 0x5E}) {
		t.Errorf("150-byte frame: head % X tail % X len %d", f[:3], f[len(f)-2:], len(f))
	}
	if !bytes.Equal(body[:4], []byte{0xDF, 0x06, 0x81, 0x92}) {
		t.Errorf("81 form: % X", body[:4])
	}

	// 307-byte message: DF06 82 01 2E {DF44 82 01 29 + 297 × 'A'}.
	inner, _ = Message{{0xDF44, bytes.Repeat([]byte("A"), 297)}}.Bytes()
	body, _ = Message{{TagRecord, inner}}.Bytes()
	f, err = Encode(body)
	if err != nil {
		t.Fatal(err)
	}
	if len(f) != 312 || !bytes.Equal(f[:8], unhex(t, "020307df0682012e")) || !bytes.Equal(f[len(f)-2:], []byte{0x03, 0x03}) {
		t.Errorf("307-byte frame: head % X tail % X len %d", f[:8], f[len(f)-2:], len(f))
	}
	m, err := Parse(body)
	if err != nil || len(m) != 1 {
		t.Fatalf("Parse: %v %v", m, err)
	}
	got, err := Parse(m[0].Value)
	if err != nil || len(got) != 1 || len(got[0].Value) != 297 {
		t.Fatalf("nested Parse: %v %v", got, err)
	}
}

func TestControlBytes(t *testing.T) {
	var d Decoder
	d.Write([]byte{ACK, NAK, EOT})
	for _, want := range []Kind{KindACK, KindNAK, KindEOT} {
		p, ok, err := d.Next()
		if !ok || err != nil || p.Kind != want || p.Body != nil {
			t.Fatalf("got %v %v %v, want %v", p.Kind, ok, err, want)
		}
	}
	if ACK != 0x06 || NAK != 0x15 || EOT != 0x04 || STX != 0x02 || ETX != 0x03 {
		t.Error("control byte values differ from devices.md §3.1")
	}
}

func TestAmountEncoding(t *testing.T) {
	b, err := EncodeAmount(1234)
	if err != nil || !bytes.Equal(b, []byte{0, 0, 0, 0, 0x12, 0x34}) {
		t.Fatalf("EncodeAmount(1234) = % X, %v", b, err)
	}
	for _, in := range [][]byte{b, []byte("000000001234")} {
		if n, err := DecodeAmount(in); err != nil || n != 1234 {
			t.Errorf("DecodeAmount(% X) = %d, %v", in, n, err)
		}
	}
	if b, _ := EncodeAmount(MaxAmount); !bytes.Equal(b, unhex(t, "999999999999")) {
		t.Errorf("max amount % X", b)
	}
	for _, fen := range []int64{-1, MaxAmount + 1} {
		if _, err := EncodeAmount(fen); err == nil {
			t.Errorf("EncodeAmount(%d) accepted", fen)
		}
	}
	for _, bad := range [][]byte{{0, 0, 0, 0, 0x12, 0x3A}, []byte("00000000123x"), {1, 2, 3}} {
		if _, err := DecodeAmount(bad); err == nil {
			t.Errorf("DecodeAmount(% X) accepted", bad)
		}
	}
	if b, err := PackBCD("123"); err != nil || !bytes.Equal(b, []byte{0x01, 0x23}) {
		t.Errorf("PackBCD(123) = % X, %v", b, err)
	}
	if _, err := PackNumber(1234567, 6); err == nil {
		t.Error("PackNumber overflow accepted")
	}
}

func TestEncodeLimits(t *testing.T) {
	if _, err := Encode(nil); err == nil {
		t.Error("empty message encoded")
	}
	if _, err := Encode(make([]byte, MaxMessage+1)); err == nil {
		t.Error("oversized message encoded")
	}
	if f, err := Encode(make([]byte, MaxMessage)); err != nil || f[1] != 0x10 || f[2] != 0x24 {
		t.Errorf("1024-byte message: %v, LEN % X", err, f[1:3])
	}
	if _, err := (Message{{Tag: 0x9F02, Value: []byte{1}}}).Bytes(); err == nil {
		t.Error("non-DF tag encoded")
	}
}
