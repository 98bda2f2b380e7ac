package idcard

import (
	"encoding/binary"
	"fmt"
)

// Preamble starts every frame in both directions.
var Preamble = [5]byte{0xAA, 0xAA, 0xAA, 0x96, 0x69}

// Frame layout constants.
const (
	HeaderLen = 7 // preamble + 2-byte length
	// MaxBodyLen bounds LEN. The largest real frame is the read with
	// fingerprint: 3 status + 6 length bytes + 256 + 1024 + 1024 + CHK.
	MaxBodyLen = 4096
	// minBodyLen is the smallest LEN a frame can have: a request is
	// CMD PARA CHK, a response SW1 SW2 SW3 CHK.
	minBodyLen = 3
)

// Frame is one decoded frame: the bytes between the length field and the
// checksum. For a request that is CMD PARA DATA, for a response SW1 SW2
// SW3 DATA.
type Frame struct {
	Body []byte
}

// Checksum is the XOR of b. On the wire it covers the length field and the
// body, never the preamble.
func Checksum(b []byte) byte {
	var x byte
	for _, c := range b {
		x ^= c
	}
	return x
}

// encode builds a frame around body.
func encode(body []byte) []byte {
	n := len(body) + 1
	if n > MaxBodyLen {
		panic(fmt.Sprintf("idcard: frame body of %d bytes exceeds %d", len(body), MaxBodyLen))
	}
	f := make([]byte, 0, HeaderLen+n)
	f = append(f, Preamble[:]...)
	f = binary.BigEndian.AppendUint16(f, uint16(n))
	f = append(f, body...)
	return append(f, Checksum(f[5:]))
}

// EncodeRequest builds a request frame: preamble, LEN, CMD, PARA, data,
// CHK. Data is at most a few bytes for every known command.
func EncodeRequest(c Command, data []byte) []byte {
	body := make([]byte, 0, 2+len(data))
	body = append(body, c.Cmd, c.Para)
	return encode(append(body, data...))
}

// EncodeResponse builds a response frame: preamble, LEN, SW1=0, SW2=0, SW3,
// data, CHK. The simulator uses it; the reader only decodes.
func EncodeResponse(sw3 byte, data []byte) []byte {
	body := make([]byte, 0, 3+len(data))
	body = append(body, 0, 0, sw3)
	return encode(append(body, data...))
}

// Request is a decoded request frame.
type Request struct {
	Command Command
	Data    []byte
}

// ParseRequest interprets a frame as a request.
func ParseRequest(f Frame) (Request, error) {
	if len(f.Body) < 2 {
		return Request{}, fmt.Errorf("%w: request body of %d bytes", ErrMalformed, len(f.Body))
	}
	return Request{Command: Command{Cmd: f.Body[0], Para: f.Body[1]}, Data: f.Body[2:]}, nil
}

// Response is a decoded response frame.
type Response struct {
	SW1, SW2, SW3 byte
	Data          []byte
}

// ParseResponse interprets a frame as a response. A response too short to
// hold SW1..SW3 is ErrMalformed.
func ParseResponse(f Frame) (Response, error) {
	if len(f.Body) < 3 {
		return Response{}, fmt.Errorf("%w: response body of %d bytes", ErrMalformed, len(f.Body))
	}
	return Response{SW1: f.Body[0], SW2: f.Body[1], SW3: f.Body[2], Data: f.Body[3:]}, nil
}
