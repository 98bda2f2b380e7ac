package idcard_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
)

// wireFrame rebuilds the on-wire bytes of a decoded body.
func wireFrame(body []byte) []byte {
	f := append([]byte(nil), idcard.Preamble[:]...)
	f = binary.BigEndian.AppendUint16(f, uint16(len(body)+1))
	f = append(f, body...)
	return append(f, idcard.Checksum(f[5:]))
}

type decoded struct {
	frames    [][]byte
	checksums int
}

func decodeInChunks(data []byte, chunk int) (decoded, *idcard.Decoder) {
	var out decoded
	var d idcard.Decoder
	for len(data) > 0 {
		k := min(chunk, len(data))
		d.Write(data[:k])
		data = data[k:]
		for {
			f, ok, err := d.Next()
			if err != nil {
				out.checksums++
				continue
			}
			if !ok {
				break
			}
			out.frames = append(out.frames, f.Body)
		}
	}
	return out, &d
}

func FuzzDecoder(f *testing.F) {
	for _, v := range requestVectors {
		f.Add(unhex(f, v.hex), uint8(1))
	}
	for _, v := range responseVectors {
		f.Add(unhex(f, v.hex), uint8(3))
	}
	read := idcard.EncodeResponse(0x90, append([]byte{1, 0, 4, 0}, make([]byte, 1280)...))
	f.Add(read, uint8(200))
	f.Add(append([]byte{0x13, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0xAA}, read...), uint8(16))
	bad := idcard.EncodeResponse(0x9F, []byte{0, 0, 0, 0})
	bad[len(bad)-1] ^= 1
	f.Add(append(bad, idcard.EncodeResponse(0x80, nil)...), uint8(5))
	f.Add([]byte{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF, 0x00}, uint8(2))

	f.Fuzz(func(t *testing.T, data []byte, chunk uint8) {
		whole, _ := decodeInChunks(data, len(data)+1)
		split, d := decodeInChunks(data, int(chunk%32)+1)

		if len(whole.frames) != len(split.frames) || whole.checksums != split.checksums {
			t.Fatalf("chunking changed the result: %d/%d frames, %d/%d checksum errors",
				len(whole.frames), len(split.frames), whole.checksums, split.checksums)
		}
		for i, body := range split.frames {
			if !bytes.Equal(body, whole.frames[i]) {
				t.Fatalf("frame %d differs between chunkings", i)
			}
			if !bytes.Contains(data, wireFrame(body)) {
				t.Fatalf("frame % X is not in the input", body)
			}
			if len(body) < 2 || len(body)+1 > idcard.MaxBodyLen {
				t.Fatalf("frame body of %d bytes", len(body))
			}
		}
		if d.Buffered() > idcard.HeaderLen+idcard.MaxBodyLen {
			t.Fatalf("decoder holds %d bytes", d.Buffered())
		}
	})
}

func FuzzDecodeText(f *testing.F) {
	cards, err := idcardsim.LoadCards("idcardsim/testdata/demo-cards.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cards {
		text, err := c.Text()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(text)
	}
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xFF}, 256))
	f.Add(bytes.Repeat([]byte{0x00, 0xD8}, 130))

	f.Fuzz(func(t *testing.T, block []byte) {
		id, err := idcard.DecodeText(block)
		if err != nil {
			if id != nil {
				t.Fatal("identity returned with an error")
			}
			return
		}
		_ = idcard.ValidateIdentity(id)
		number := id.Unmasked().Number
		var log bytes.Buffer
		slog.New(slog.NewJSONHandler(&log, nil)).Info("x", "id", id)
		for _, out := range []string{id.String(), fmt.Sprintf("%+v", id), fmt.Sprintf("%#v", id), log.String()} {
			if len([]rune(number)) >= 12 && strings.Contains(out, number) {
				t.Fatalf("%q shows the whole number", out)
			}
		}
		_ = id.Validity().Expired(testNow)
		_ = id.Gender().Chinese() + id.Nation().English() + id.Kind().Chinese()
		id.Wipe()
	})
}
