package idcardsim

import (
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

// Config sets up a Simulator.
type Config struct {
	// Link is a stable path for the pseudo-terminal (a symlink that
	// survives replug). Empty means none: use Simulator.TTY.
	Link string
	// Cards are the cards that can be placed; nil means DefaultCards.
	Cards []Card
	// Baud sets the wire delay: each byte takes 10 bit times at this rate
	// in both directions. 0 turns wire delay off (tests).
	Baud int
	// HaltAfterRead makes the module behave like those that ignore a card
	// they have read until it leaves the field: find answers 80 until the
	// card is removed and placed again.
	HaltAfterRead bool
	// Seed makes garbage and split patterns repeatable.
	Seed uint64
	// Logger receives one debug line per request; nil discards.
	Logger *slog.Logger
}

// Simulator is the module end of the line.
type Simulator struct {
	line  *serialtest.Line
	cards []Card
	cfg   Config
	log   *slog.Logger
	done  chan struct{}

	mu       sync.Mutex
	placed   int // index into cards, -1 for none
	found    bool
	selected bool
	halted   bool
	faults   serialtest.Faults[Fault]
	counts   map[idcard.Command]int
	rng      *rand.Rand
}

// New opens a pseudo-terminal and starts answering on it.
func New(cfg Config) (*Simulator, error) {
	cards := cfg.Cards
	if cards == nil {
		cards = DefaultCards()
	}
	for i, c := range cards {
		if _, err := c.Text(); err != nil {
			return nil, fmt.Errorf("idcardsim: card %d: %w", i+1, err)
		}
		if _, err := c.AddressBlock(); err != nil {
			return nil, fmt.Errorf("idcardsim: card %d: %w", i+1, err)
		}
	}
	line, err := serialtest.NewLine(cfg.Link)
	if err != nil {
		return nil, err
	}
	line.SetBaud(cfg.Baud)
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Simulator{
		line: line, cards: cards, cfg: cfg, log: log, done: make(chan struct{}),
		placed: -1, counts: map[idcard.Command]int{},
		rng: rand.New(rand.NewPCG(cfg.Seed, 0x1d0ca7d)),
	}
	go s.serve()
	return s, nil
}

// Path is the name a driver opens: the link if configured, else the TTY.
func (s *Simulator) Path() string { return s.line.Path() }

// TTY is the current pseudo-terminal, "" while unplugged.
func (s *Simulator) TTY() string { return s.line.TTY() }

// Cards returns the cards that can be placed.
func (s *Simulator) Cards() []Card { return append([]Card(nil), s.cards...) }

// Place puts card i (0-based) on the reader, replacing any card there.
func (s *Simulator) Place(i int) error {
	if i < 0 || i >= len(s.cards) {
		return fmt.Errorf("idcardsim: no card %d (have %d)", i+1, len(s.cards))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.placed, s.found, s.selected, s.halted = i, false, false, false
	return nil
}

// Remove takes the card off the reader.
func (s *Simulator) Remove() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.placed, s.found, s.selected, s.halted = -1, false, false, false
}

// Placed returns the index of the card on the reader.
func (s *Simulator) Placed() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.placed, s.placed >= 0
}

// Inject turns a fault on for the next count uses, or until cleared when
// count is 0.
func (s *Simulator) Inject(f Fault, count int) { s.faults.Inject(f, count) }

// Clear turns fault f off.
func (s *Simulator) Clear(f Fault) { s.faults.Clear(f) }

// ClearFaults turns every fault off.
func (s *Simulator) ClearFaults() { s.faults.ClearAll() }

// ActiveFaults returns the faults in force and their remaining counts (-1:
// until cleared).
func (s *Simulator) ActiveFaults() map[Fault]int { return s.faults.Active() }

// Count is how many requests for command c the simulator has received.
func (s *Simulator) Count(c idcard.Command) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[c]
}

// Unplug closes the pseudo-terminal, as if the reader's cable were pulled.
func (s *Simulator) Unplug() error { return s.line.Unplug() }

// Replug plugs the reader back in on a new pseudo-terminal behind the same
// link.
func (s *Simulator) Replug() error { return s.line.Replug() }

// Plugged reports whether the reader is plugged in.
func (s *Simulator) Plugged() bool { return s.line.Plugged() }

// Close stops the simulator and closes its line.
func (s *Simulator) Close() error {
	err := s.line.Close()
	<-s.done
	return err
}

// serve reads requests and answers them until the line is closed.
func (s *Simulator) serve() {
	defer close(s.done)
	var dec idcard.Decoder
	buf := make([]byte, 512)
	for {
		n, err := s.line.Read(buf)
		if err != nil {
			if !errors.Is(err, serialtest.ErrLineClosed) {
				s.log.Warn("idcardsim: read failed", "err", err)
			}
			return
		}
		_, _ = dec.Write(buf[:n])
		for {
			f, ok, err := dec.Next()
			if err != nil {
				// Our request arrived corrupted: say so, as a module does.
				s.send(idcard.EncodeResponse(idcard.SW3HostChecksum, nil))
				continue
			}
			if !ok {
				break
			}
			req, err := idcard.ParseRequest(f)
			if err != nil {
				s.send(idcard.EncodeResponse(idcard.SW3HostLength, nil))
				continue
			}
			s.send(s.answer(req))
		}
	}
}

// answer computes the response frame for req, card-level faults applied.
func (s *Simulator) answer(req idcard.Request) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[req.Command]++
	sw3, data := s.handleLocked(req)
	s.log.Debug("idcardsim: request", "cmd", req.Command.String(), "sw3", fmt.Sprintf("%02x", sw3))
	return idcard.EncodeResponse(sw3, data)
}

func (s *Simulator) handleLocked(req idcard.Request) (byte, []byte) {
	var card *Card
	if s.placed >= 0 {
		card = &s.cards[s.placed]
	}
	switch req.Command {
	case idcard.CmdSAMStatus:
		if s.faults.Take(FaultSAMFail) {
			return idcard.SW3SelfTestFailed, nil
		}
		return idcard.SW3OK, nil
	case idcard.CmdResetSAM:
		s.found, s.selected = false, false
		return idcard.SW3OK, nil
	case idcard.CmdSAMID:
		return idcard.SW3OK, []byte{5, 0, 1, 0, 0x20, 0x8B, 0x35, 0x01, 0x2E, 0x3A, 0x00, 0x02, 0x39, 0x30, 0x00, 0x00}
	case idcard.CmdFindCard:
		s.selected = false
		if card == nil || s.halted || s.faults.Take(FaultNoCard) {
			s.found = false
			return idcard.SW3NoCard, nil
		}
		s.found = true
		return idcard.SW3FindOK, make([]byte, 4)
	case idcard.CmdSelectCard:
		if card == nil || !s.found || s.faults.Take(FaultSelectFail) {
			s.selected = false
			return idcard.SW3SelectFailed, nil
		}
		s.selected = true
		return idcard.SW3OK, make([]byte, 8)
	case idcard.CmdReadText, idcard.CmdReadFinger:
		if card == nil || !s.selected || s.faults.Take(FaultReadFail) {
			s.selected = false
			return idcard.SW3ReadFailed, nil
		}
		if s.cfg.HaltAfterRead {
			s.halted = true
		}
		return idcard.SW3OK, readPayload(*card, req.Command == idcard.CmdReadFinger)
	case idcard.CmdReadNewAddress:
		if card == nil || !s.selected {
			return idcard.SW3ReadFailed, nil
		}
		addr, _ := card.AddressBlock() // checked in New
		if addr == nil {
			return idcard.SW3NoContent, nil
		}
		return idcard.SW3OK, addr
	}
	return idcard.SW3BadCommand, nil
}

// readPayload is the data of a read response: the length fields, then
// text, photo and (for 30 10) fingerprint.
func readPayload(c Card, withFinger bool) []byte {
	text, _ := c.Text() // checked in New
	photo := c.Photo()
	finger := c.FingerprintData()
	out := []byte{byte(len(text) >> 8), byte(len(text)), byte(len(photo) >> 8), byte(len(photo))}
	if withFinger {
		out = append(out, byte(len(finger)>>8), byte(len(finger)))
	}
	out = append(out, text...)
	out = append(out, photo...)
	if withFinger {
		out = append(out, finger...)
	}
	return out
}

// splitPause separates the pieces of a split answer, long enough that the
// driver reads them separately.
const splitPause = 2 * time.Millisecond

// send writes an answer with the line-level faults applied.
func (s *Simulator) send(frame []byte) {
	s.mu.Lock()
	if s.faults.Take(FaultSilence) {
		s.mu.Unlock()
		return
	}
	if s.faults.Take(FaultChecksum) {
		frame[len(frame)-1] ^= 0x5A
	}
	var noise []byte
	if s.faults.Take(FaultGarbage) {
		noise = s.garbageLocked()
	}
	var pieces []int
	if s.faults.Take(FaultSplit) {
		// Tiny pieces through the header, bigger ones through the bulk
		// of a long answer, so a card read does not take seconds.
		for sent, total := 0, len(noise)+len(frame); sent < total; {
			n := 7
			if sent >= 32 {
				n = 96
			}
			k := min(1+s.rng.IntN(n), total-sent)
			pieces = append(pieces, k)
			sent += k
		}
	}
	s.mu.Unlock()

	out := append(noise, frame...)
	if pieces == nil {
		s.write(out)
		return
	}
	for i, k := range pieces {
		if i > 0 {
			time.Sleep(splitPause)
		}
		s.write(out[:k])
		out = out[k:]
	}
}

// garbageLocked makes noise that contains preamble fragments (to test the
// hunt) but never a whole preamble.
func (s *Simulator) garbageLocked() []byte {
	n := 3 + s.rng.IntN(12)
	g := make([]byte, 0, n+5)
	for range n {
		b := byte(s.rng.UintN(256))
		if b == 0xAA {
			b = 0x55
		}
		g = append(g, b)
	}
	return append(g, 0xAA, 0xAA, 0x96, 0x69, 0x00) // a preamble missing one AA
}

func (s *Simulator) write(b []byte) {
	if _, err := s.line.Write(b); err != nil && !errors.Is(err, serialtest.ErrUnplugged) && !errors.Is(err, serialtest.ErrLineClosed) {
		s.log.Warn("idcardsim: write failed", "err", err)
	}
}
