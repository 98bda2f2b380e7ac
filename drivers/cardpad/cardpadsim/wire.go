package cardpadsim

import (
	"bytes"
	"errors"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

// resultRetransmits is how often the pad repeats a result the host did not
// acknowledge.
const resultRetransmits = 3

// splitPause separates the pieces of a split frame, long enough that the
// host reads them separately, short against its inter-byte timeout.
const splitPause = 2 * time.Millisecond

// sendResult sends a final reply and repeats it until the host
// acknowledges it, at most three more times. A new request from the host
// stops the repeats.
func (s *Simulator) sendResult(reply ecr.Message, glue bool) {
	s.mu.Lock()
	if s.faults.Take(FaultWrongNonce) {
		reply = setField(reply, ecr.TagNonce, otherNonce(reply))
	}
	stale := s.faults.Take(FaultStale)
	snd := &sender{stop: make(chan struct{})}
	s.stopSenderLocked()
	s.sender = snd
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if s.sender == snd {
			s.sender = nil
		}
		s.mu.Unlock()
	}()

	if stale {
		old := append(ecr.Message(nil), reply...)
		old = setField(old, ecr.TagNonce, otherNonce(reply))
		s.writeFrame(old, false, false)
	}
	for attempt := 0; attempt <= resultRetransmits; attempt++ {
		f := s.writeFrame(reply, true, glue && attempt == 0)
		timer := time.NewTimer(s.cfg.AckTimeout)
		select {
		case k := <-f.answer:
			timer.Stop()
			if k == ecr.KindACK {
				return
			}
			s.log.Debug("cardpadsim: host NAKed the result, sending again", "attempt", attempt+1)
		case <-timer.C:
			s.mu.Lock()
			s.forgetLocked(f)
			s.mu.Unlock()
			s.log.Debug("cardpadsim: host did not acknowledge the result", "attempt", attempt+1)
		case <-snd.stop:
			timer.Stop()
			return
		}
	}
	s.log.Info("cardpadsim: result never acknowledged; kept on record")
}

// otherNonce is a nonce different from the one in m.
func otherNonce(m ecr.Message) []byte {
	v, _ := m.Get(ecr.TagNonce)
	n, err := ecr.UnpackBCD(v)
	if err != nil || len(n) != 4 {
		n = "0000"
	}
	x := (int64(n[0]-'0')*1000 + int64(n[1]-'0')*100 + int64(n[2]-'0')*10 + int64(n[3]-'0') + 1) % 10000
	b, _ := ecr.PackNumber(x, 4)
	return b
}

// writeFrame encodes m and sends it with the line faults applied: badlrc
// (results only), garbage, split. glueACK puts an ACK in front. The frame
// joins the queue of frames waiting for the host's answer; for a result
// the answer arrives on the returned frame's channel.
func (s *Simulator) writeFrame(m ecr.Message, result, glueACK bool) *sent {
	f := &sent{}
	if result {
		f.answer = make(chan ecr.Kind, 1)
	}
	body, err := m.Bytes()
	if err == nil {
		var frame []byte
		if frame, err = ecr.Encode(body); err == nil {
			body = frame
		}
	}
	if err != nil {
		s.log.Warn("cardpadsim: reply not encoded", "err", err)
		return f
	}
	frame := body

	s.tx.Lock() // frames enter the pending queue in wire order
	defer s.tx.Unlock()
	s.mu.Lock()
	if result && s.faults.Take(FaultBadLRC) {
		frame[len(frame)-1] ^= 0x5A
	}
	var out []byte
	if s.faults.Take(FaultGarbage) {
		out = s.garbageLocked()
	}
	if glueACK {
		out = append(out, ecr.ACK)
	}
	out = append(out, frame...)
	var pieces []int
	if s.faults.Take(FaultSplit) {
		for n := 0; n < len(out); {
			k := min(1+s.rng.IntN(7), len(out)-n)
			pieces = append(pieces, k)
			n += k
		}
	}
	s.pending = append(s.pending, f)
	s.mu.Unlock()

	if pieces == nil {
		s.write(out)
		return f
	}
	for i, k := range pieces {
		if i > 0 {
			time.Sleep(splitPause)
		}
		s.write(out[:k])
		out = out[k:]
	}
	return f
}

// garbageLocked makes noise that never contains a control byte: the host
// must skip it, and nothing in it may pass for an ACK.
func (s *Simulator) garbageLocked() []byte {
	n := 3 + s.rng.IntN(12)
	g := make([]byte, 0, n)
	for range n {
		b := byte(s.rng.UintN(256))
		if bytes.IndexByte([]byte{ecr.STX, ecr.ACK, ecr.NAK, ecr.EOT}, b) >= 0 {
			b = 0x55
		}
		g = append(g, b)
	}
	// A false start: STX with a length that is not BCD.
	return append(g, ecr.STX, 0x0F, 0xFF)
}

// writeControl sends one control byte.
func (s *Simulator) writeControl(b byte) {
	s.tx.Lock()
	defer s.tx.Unlock()
	s.write([]byte{b})
}

func (s *Simulator) write(b []byte) {
	if _, err := s.line.Write(b); err != nil && !errors.Is(err, serialtest.ErrUnplugged) && !errors.Is(err, serialtest.ErrLineClosed) {
		s.log.Warn("cardpadsim: write failed", "err", err)
	}
}
