package ecr

import (
	"bytes"
	"testing"
)

type decoded struct {
	packets []Packet
	lrcErrs int
}

func decodeChunks(data []byte, chunk int) (decoded, *Decoder) {
	var out decoded
	var d Decoder
	for i := 0; i < len(data); i += chunk {
		d.Write(data[i:min(i+chunk, len(data))])
		for {
			p, ok, err := d.Next()
			if err != nil {
				out.lrcErrs++
				continue
			}
			if !ok {
				break
			}
			out.packets = append(out.packets, p)
		}
	}
	return out, &d
}

func FuzzDecoder(f *testing.F) {
	for _, v := range frameVectors {
		b := unhex(f, v.hex)
		f.Add(b, uint8(1))
		f.Add(append([]byte{ACK}, b...), uint8(4))
		bad := bytes.Clone(b)
		bad[len(bad)-1] ^= 0x5A
		f.Add(append(append(bad, NAK), b...), uint8(7))
	}
	f.Add([]byte{STX, 0x09, 0x99, 0x03, STX, 0x00, 0x01, 0xDF, 0x03, 0xDF}, uint8(2))
	f.Add([]byte{0x00, 0xAA, STX, 0x10, 0x24, EOT, ACK, NAK}, uint8(3))
	f.Add(bytes.Repeat([]byte{STX}, 40), uint8(5))

	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		whole, _ := decodeChunks(data, len(data)+1)
		split, d := decodeChunks(data, int(chunk%32)+1)
		if len(whole.packets) != len(split.packets) || whole.lrcErrs != split.lrcErrs {
			t.Fatalf("chunking changed the result: %d/%d packets, %d/%d lrc errors",
				len(whole.packets), len(split.packets), whole.lrcErrs, split.lrcErrs)
		}
		for i, p := range split.packets {
			q := whole.packets[i]
			if p.Kind != q.Kind || !bytes.Equal(p.Body, q.Body) {
				t.Fatalf("packet %d differs between chunkings", i)
			}
			if p.Kind != KindFrame {
				continue
			}
			if len(p.Body) == 0 || len(p.Body) > MaxMessage {
				t.Fatalf("frame of %d bytes", len(p.Body))
			}
			f, err := Encode(p.Body)
			if err != nil || !bytes.Contains(data, f) {
				t.Fatalf("frame is not in the input: %v", err)
			}
		}
		if d.Buffered() > MaxMessage+Overhead {
			t.Fatalf("decoder holds %d bytes", d.Buffered())
		}
		// Resync always makes progress on a stalled partial frame.
		for d.Pending() {
			before := d.Buffered()
			d.Resync()
			for {
				if _, ok, err := d.Next(); !ok && err == nil {
					break
				}
			}
			if d.Buffered() >= before {
				t.Fatalf("resync made no progress at %d bytes", before)
			}
		}
	})
}

func FuzzTLV(f *testing.F) {
	for _, v := range frameVectors {
		b, err := v.msg.Bytes()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{0xDF, 0x06, 0x81, 0x03, 0xDF, 0x1E, 0x00})
	f.Add([]byte{0xDF, 0x06, 0x82, 0xFF, 0xFF})
	f.Add([]byte{0xDF, 0x02, 0x82, 0x00, 0x01, 0x07})
	f.Add([]byte{})

	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if err != nil {
			return
		}
		total := 0
		for _, fl := range m {
			total += len(fl.Value)
			if fl.Tag>>8 != 0xDF {
				t.Fatalf("tag %s", fl.Tag)
			}
		}
		if total > len(b) {
			t.Fatalf("values hold %d bytes of %d", total, len(b))
		}
		again, err := m.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(again)
		if err != nil || !back.Equal(m) {
			t.Fatalf("round trip: %v %v", back, err)
		}
		if len(again) > len(b) {
			t.Fatalf("minimal encoding grew: %d > %d", len(again), len(b))
		}
		if rec, ok := m.Get(TagRecord); ok {
			_, _ = Parse(rec) // nested records parse or fail, never panic
		}
	})
}
