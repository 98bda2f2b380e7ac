package idcard_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/idcard"
)

// unhex decodes a spaced hex string such as "AA AA AA 96 69".
func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatalf("bad hex %q: %v", s, err)
	}
	return b
}

// Request frames of devices.md §1.2, checksums recomputed there.
var requestVectors = []struct {
	cmd  idcard.Command
	data []byte
	hex  string
}{
	{idcard.CmdResetSAM, nil, "AA AA AA 96 69 00 03 10 FF EC"},
	{idcard.CmdSAMStatus, nil, "AA AA AA 96 69 00 03 11 FF ED"},
	{idcard.CmdSAMID, nil, "AA AA AA 96 69 00 03 12 FF EE"},
	{idcard.CmdFindCard, nil, "AA AA AA 96 69 00 03 20 01 22"},
	{idcard.CmdSelectCard, nil, "AA AA AA 96 69 00 03 20 02 21"},
	{idcard.CmdReadText, nil, "AA AA AA 96 69 00 03 30 01 32"},
	{idcard.CmdReadFinger, nil, "AA AA AA 96 69 00 03 30 10 23"},
	{idcard.CmdReadNewAddress, nil, "AA AA AA 96 69 00 03 30 03 30"},
	{idcard.Command{Cmd: 0x30, Para: 0x05}, nil, "AA AA AA 96 69 00 03 30 05 36"}, // chip management number
	{idcard.Command{Cmd: 0x61, Para: 0xFF}, []byte{0x50}, "AA AA AA 96 69 00 04 61 FF 50 CA"},
}

func TestEncodeRequestMatchesDevicesMD(t *testing.T) {
	for _, v := range requestVectors {
		want := unhex(t, v.hex)
		if got := idcard.EncodeRequest(v.cmd, v.data); !bytes.Equal(got, want) {
			t.Errorf("%v: got % X, want % X", v.cmd, got, want)
		}
		// The simulator's side: the frame decodes back to the command.
		var d idcard.Decoder
		d.Write(want)
		f, ok, err := d.Next()
		if !ok || err != nil {
			t.Fatalf("%v: decode: ok=%v err=%v", v.cmd, ok, err)
		}
		req, err := idcard.ParseRequest(f)
		if err != nil || req.Command != v.cmd || !bytes.Equal(req.Data, v.data) {
			t.Errorf("%v: parsed %+v, %v", v.cmd, req, err)
		}
	}
}

// Observed responses quoted in devices.md §1.2 [gas].
var responseVectors = []struct {
	name string
	hex  string
	sw3  byte
	data int
}{
	{"status ok", "AA AA AA 96 69 00 04 00 00 90 94", 0x90, 0},
	{"self-test failed", "AA AA AA 96 69 00 04 00 00 60 64", 0x60, 0},
	{"find ok", "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97", 0x9F, 4},
	{"find failed", "AA AA AA 96 69 00 04 00 00 80 84", 0x80, 0},
	{"select ok", "AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C", 0x90, 8},
	{"select failed", "AA AA AA 96 69 00 04 00 00 81 85", 0x81, 0},
	{"read failed", "AA AA AA 96 69 00 04 00 00 41 45", 0x41, 0},
}

func TestResponsesFromDevicesMD(t *testing.T) {
	for _, v := range responseVectors {
		wire := unhex(t, v.hex)
		var d idcard.Decoder
		d.Write(wire)
		f, ok, err := d.Next()
		if !ok || err != nil {
			t.Fatalf("%s: decode: ok=%v err=%v", v.name, ok, err)
		}
		resp, err := idcard.ParseResponse(f)
		if err != nil || resp.SW1 != 0 || resp.SW2 != 0 || resp.SW3 != v.sw3 || len(resp.Data) != v.data {
			t.Errorf("%s: %+v, %v", v.name, resp, err)
		}
		if got := idcard.EncodeResponse(resp.SW3, resp.Data); !bytes.Equal(got, wire) {
			t.Errorf("%s: re-encoded % X, want % X", v.name, got, wire)
		}
		if chk := idcard.Checksum(wire[5 : len(wire)-1]); chk != wire[len(wire)-1] {
			t.Errorf("%s: checksum over LEN..data = %02X, frame says %02X", v.name, chk, wire[len(wire)-1])
		}
	}
}

func TestReadResponseHeaderLayout(t *testing.T) {
	// devices.md §1.4: the 30 01 answer starts aaaaaa9669 0508 0000 90 0100 0400.
	data := make([]byte, 4+256+1024)
	copy(data, []byte{0x01, 0x00, 0x04, 0x00})
	frame := idcard.EncodeResponse(0x90, data)
	if want := unhex(t, "aaaaaa9669050800009001000400"); !bytes.HasPrefix(frame, want) {
		t.Errorf("header % X, want % X", frame[:14], want)
	}
	if len(frame) != 1295 {
		t.Errorf("frame is %d bytes, want 1295", len(frame))
	}
}

func TestPublishedWrongChecksumIsRejected(t *testing.T) {
	// devices.md §1.9: one public snippet sends find card with CHK 21.
	var d idcard.Decoder
	d.Write(unhex(t, "AA AA AA 96 69 00 03 20 01 21"))
	_, ok, err := d.Next()
	var ce *idcard.ChecksumError
	if ok || !errors.As(err, &ce) || ce.Got != 0x21 || ce.Want != 0x22 {
		t.Errorf("ok=%v err=%v, want a checksum error 21 vs 22", ok, err)
	}
	if !errors.Is(err, idcard.ErrChecksum) || !idcard.IsTransient(err) {
		t.Errorf("%v should match ErrChecksum and be transient", err)
	}
}

func TestParseRejectsShortBodies(t *testing.T) {
	if _, err := idcard.ParseResponse(idcard.Frame{Body: []byte{0, 0}}); !errors.Is(err, idcard.ErrMalformed) {
		t.Errorf("ParseResponse(2 bytes) = %v", err)
	}
	if _, err := idcard.ParseRequest(idcard.Frame{Body: []byte{0x20}}); !errors.Is(err, idcard.ErrMalformed) {
		t.Errorf("ParseRequest(1 byte) = %v", err)
	}
}
