package idcard_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/idcard"
)

// drain returns every frame and error the decoder yields for what it holds.
func drain(d *idcard.Decoder) (frames [][]byte, errs []error) {
	for {
		f, ok, err := d.Next()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !ok {
			return frames, errs
		}
		frames = append(frames, f.Body)
	}
}

func TestDecoderReassemblesByteByByte(t *testing.T) {
	frame := idcard.EncodeResponse(0x9F, []byte{0, 0, 0, 0})
	var d idcard.Decoder
	for i, b := range frame {
		d.Write([]byte{b})
		f, ok, err := d.Next()
		if err != nil {
			t.Fatalf("byte %d: %v", i, err)
		}
		if ok != (i == len(frame)-1) {
			t.Fatalf("byte %d: ok=%v", i, ok)
		}
		if ok && !bytes.Equal(f.Body, frame[7:len(frame)-1]) {
			t.Errorf("body % X", f.Body)
		}
	}
	if d.Buffered() != 0 || d.Skipped() != 0 {
		t.Errorf("buffered %d skipped %d after a clean frame", d.Buffered(), d.Skipped())
	}
}

func TestDecoderResyncsAfterGarbage(t *testing.T) {
	a := idcard.EncodeResponse(0x90, nil)
	b := idcard.EncodeResponse(0x80, nil)
	var stream []byte
	stream = append(stream, 0x00, 0xAA, 0x13, 0xAA, 0xAA, 0x96) // noise with preamble fragments
	stream = append(stream, a...)
	stream = append(stream, 0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF) // false preamble, impossible length
	stream = append(stream, 0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x01) // false preamble, too short
	stream = append(stream, b...)
	stream = append(stream, 0xAA, 0xAA) // may be the start of the next frame

	var d idcard.Decoder
	d.Write(stream)
	frames, errs := drain(&d)
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if len(frames) != 2 || frames[0][2] != 0x90 || frames[1][2] != 0x80 {
		t.Fatalf("frames % X", frames)
	}
	if d.Buffered() != 2 {
		t.Errorf("buffered %d, want the 2-byte preamble prefix kept", d.Buffered())
	}
	if d.Skipped() != 6+14 {
		t.Errorf("skipped %d bytes, want 20", d.Skipped())
	}
}

func TestDecoderReportsBadChecksumOnceAndRecovers(t *testing.T) {
	bad := idcard.EncodeResponse(0x90, []byte{1, 2, 3})
	bad[len(bad)-1] ^= 0xFF
	good := idcard.EncodeResponse(0x9F, []byte{0, 0, 0, 0})
	var d idcard.Decoder
	d.Write(append(bad, good...))
	frames, errs := drain(&d)
	if len(errs) != 1 || !errors.Is(errs[0], idcard.ErrChecksum) {
		t.Fatalf("errors %v, want one checksum error", errs)
	}
	if len(frames) != 1 || frames[0][2] != 0x9F {
		t.Fatalf("frames % X, want the good frame", frames)
	}
}

func TestDecoderFindsFrameBehindFalsePreamble(t *testing.T) {
	// A false preamble whose "length" swallows the real frame: the
	// checksum fails and the hunt resumes inside, finding the real frame.
	good := idcard.EncodeResponse(0x90, nil)
	stream := append([]byte{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x0B}, good...)
	var d idcard.Decoder
	d.Write(stream)
	frames, errs := drain(&d)
	if len(frames) != 1 || frames[0][2] != 0x90 {
		t.Fatalf("frames % X errors %v", frames, errs)
	}
}

func TestDecoderResetForgetsPartialFrame(t *testing.T) {
	frame := idcard.EncodeResponse(0x90, nil)
	var d idcard.Decoder
	d.Write(frame[:6])
	d.Reset()
	d.Write(frame)
	frames, errs := drain(&d)
	if len(frames) != 1 || len(errs) != 0 {
		t.Fatalf("frames %d errors %v", len(frames), errs)
	}
}
