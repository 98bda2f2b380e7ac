package cardpadsim

import (
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

// Config sets up a Simulator.
type Config struct {
	// Link is a stable path for the pseudo-terminal (a symlink that
	// survives replug). Empty means none: use Simulator.TTY.
	Link string
	// Cards are the test cards; nil means DefaultCards.
	Cards []Card
	// Baud sets the wire delay (10 bit times per byte each way); 0 turns
	// it off (tests).
	Baud int
	// PINDelay is how long the person takes to enter the PIN. 0 in tests.
	PINDelay time.Duration
	// HostDelay is how long the bank takes to answer. 0 in tests.
	HostDelay time.Duration
	// CardTimeout is how long the pad waits for a card before it gives up
	// with 00000003. Default 60 s.
	CardTimeout time.Duration
	// AckTimeout is how long the pad waits for the host to acknowledge
	// its result before sending it again (three times at most). Default
	// 3 s; tests use less.
	AckTimeout time.Duration
	// Insert, if above 0, inserts card Insert (1-based) at start.
	Insert int
	// RequireSignIn starts the pad signed out (when no state file says
	// otherwise): card transactions answer 00010014 until a sign-in.
	RequireSignIn bool
	// NoProgress stops the progress notices (DFC1), like pads that send
	// none.
	NoProgress bool
	// StatePath, if set, keeps the pad's record (last transaction, batch,
	// counters, balances) in this JSON file across restarts.
	StatePath string
	// TerminalID and MerchantID default to 12345678 and 898440355110001.
	TerminalID, MerchantID string
	// Seed makes garbage and split patterns repeatable.
	Seed uint64
	// Logger receives one line per request; nil discards.
	Logger *slog.Logger
}

// Simulator is the pad end of the line.
type Simulator struct {
	line  *serialtest.Line
	cfg   Config
	cards []Card
	log   *slog.Logger
	done  chan struct{}
	wg    sync.WaitGroup
	tx    sync.Mutex // one frame (or control byte) on the wire at a time

	mu       sync.Mutex
	st       state
	inserted int           // index of the inserted card, -1 for none
	cardIn   chan struct{} // closed and replaced when a card is inserted
	rules    []Rule
	faults   serialtest.Faults[Fault]
	cur      *txn    // the transaction in progress
	sender   *sender // a result waiting for the host's ACK
	pending  []*sent // frames sent and not yet answered, oldest first
	pinDelay time.Duration
	frames   int
	counts   map[cardpad.TxType]int
	saveErr  error
	closed   bool
	rng      *rand.Rand
}

// txn is a transaction in progress.
type txn struct {
	typ       cardpad.TxType
	nonce     string
	amount    cardpad.Amount
	reference string
	voucher   string
	abort     chan string // a pad response code: cancelled by the person or the host
}

// sender is a result being sent until the host acknowledges it; stop is
// closed when the host moves on to a new request.
type sender struct {
	stop chan struct{}
}

// sent is a frame on the wire waiting for the host's ACK or NAK. The host
// answers every frame, in order, so the n-th answer belongs to the n-th
// frame still pending. answer is nil for frames nobody waits on
// (progress notices, busy replies).
type sent struct {
	answer chan ecr.Kind
}

// New opens a pseudo-terminal and starts answering on it.
func New(cfg Config) (*Simulator, error) {
	cards := cfg.Cards
	if cards == nil {
		cards = DefaultCards()
	}
	if err := checkCards(cards); err != nil {
		return nil, fmt.Errorf("cardpadsim: %w", err)
	}
	if cfg.Insert < 0 || cfg.Insert > len(cards) {
		return nil, fmt.Errorf("cardpadsim: no card %d to insert (have %d)", cfg.Insert, len(cards))
	}
	if cfg.CardTimeout == 0 {
		cfg.CardTimeout = 60 * time.Second
	}
	if cfg.AckTimeout == 0 {
		cfg.AckTimeout = 3 * time.Second
	}
	if cfg.TerminalID == "" {
		cfg.TerminalID = "12345678"
	}
	if cfg.MerchantID == "" {
		cfg.MerchantID = "898440355110001"
	}
	st := freshState(cards, !cfg.RequireSignIn)
	if cfg.StatePath != "" {
		var err error
		if st, err = loadState(cfg.StatePath, st); err != nil {
			return nil, err
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
		line: line, cfg: cfg, cards: cards, log: log, done: make(chan struct{}),
		st: st, inserted: cfg.Insert - 1, cardIn: make(chan struct{}),
		counts: map[cardpad.TxType]int{}, pinDelay: cfg.PINDelay,
		rng: rand.New(rand.NewPCG(cfg.Seed, 0xca4d9ad)),
	}
	s.wg.Add(1)
	go s.serve()
	return s, nil
}

// Path is the name a driver opens: the link if configured, else the TTY.
func (s *Simulator) Path() string { return s.line.Path() }

// TTY is the current pseudo-terminal, "" while unplugged.
func (s *Simulator) TTY() string { return s.line.TTY() }

// Cards returns the test cards.
func (s *Simulator) Cards() []Card { return append([]Card(nil), s.cards...) }

// Insert puts card i (0-based) into the pad, replacing any card there. A
// transaction waiting for a card goes on.
func (s *Simulator) Insert(i int) error {
	if i < 0 || i >= len(s.cards) {
		return fmt.Errorf("cardpadsim: no card %d (have %d)", i+1, len(s.cards))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inserted = i
	close(s.cardIn)
	s.cardIn = make(chan struct{})
	return nil
}

// Remove takes the card out.
func (s *Simulator) Remove() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.inserted = -1
}

// Inserted returns the index of the card in the pad.
func (s *Simulator) Inserted() (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inserted, s.inserted >= 0
}

// Cancel presses cancel on the pad. A transaction waiting for a card or
// the PIN ends with 00000001; it reports whether there was one.
func (s *Simulator) Cancel() bool { return s.abortCurrent(ecr.RespUserCancelled) }

// AddRule appends a decision rule.
func (s *Simulator) AddRule(r Rule) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rules = append(s.rules, r)
}

// Rules returns the rules in force.
func (s *Simulator) Rules() []Rule {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Rule(nil), s.rules...)
}

// ClearRules drops every rule.
func (s *Simulator) ClearRules() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rules = nil
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

// SetPINDelay changes how long the PIN entry takes.
func (s *Simulator) SetPINDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pinDelay = d
}

// SetSignedIn signs the pad in or out without a host request, like the
// keys expiring overnight.
func (s *Simulator) SetSignedIn(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.SignedIn = on
	s.saveLocked()
}

// SignedIn reports whether the pad is signed in.
func (s *Simulator) SignedIn() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.st.SignedIn
}

// SetBalance sets the money on card i (0-based).
func (s *Simulator) SetBalance(i int, a cardpad.Amount) error {
	if i < 0 || i >= len(s.cards) {
		return fmt.Errorf("cardpadsim: no card %d (have %d)", i+1, len(s.cards))
	}
	if a < 0 || a > cardpad.MaxAmount {
		return fmt.Errorf("cardpadsim: balance %v out of range", a)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Balances[i] = a
	s.saveLocked()
	return nil
}

// Balance returns the money on card i (0-based).
func (s *Simulator) Balance(i int) cardpad.Amount {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.st.Balances) {
		return 0
	}
	return s.st.Balances[i]
}

// Last returns the last transaction on record.
func (s *Simulator) Last() (Record, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st.Last == nil {
		return Record{}, false
	}
	return *s.st.Last, true
}

// Journal returns the transactions of the open batch.
func (s *Simulator) Journal() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Record(nil), s.st.Journal...)
}

// Frames is how many intact request frames the pad received,
// retransmissions included.
func (s *Simulator) Frames() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.frames
}

// Started is how many transactions of type t the pad started.
func (s *Simulator) Started(t cardpad.TxType) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[t]
}

// Busy reports whether a transaction is in progress.
func (s *Simulator) Busy() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur != nil
}

// SaveError is the last error writing the state file, nil if none.
func (s *Simulator) SaveError() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.saveErr
}

// Unplug closes the pseudo-terminal, as if the pad's cable were pulled.
func (s *Simulator) Unplug() error { return s.line.Unplug() }

// Replug plugs the pad back in behind the same link.
func (s *Simulator) Replug() error { return s.line.Replug() }

// Plugged reports whether the pad is plugged in.
func (s *Simulator) Plugged() bool { return s.line.Plugged() }

// Close stops the simulator. A transaction in progress is abandoned as if
// the pad lost power; what it had recorded stays recorded.
func (s *Simulator) Close() error {
	s.mu.Lock()
	s.closed = true
	if s.cur != nil {
		select {
		case s.cur.abort <- ecr.RespHostCancelled:
		default:
		}
	}
	s.stopSenderLocked()
	s.mu.Unlock()
	err := s.line.Close()
	<-s.done
	s.wg.Wait()
	return err
}

// serve reads the host's bytes until the line is closed.
func (s *Simulator) serve() {
	defer s.wg.Done()
	defer close(s.done)
	var dec ecr.Decoder
	buf := make([]byte, 512)
	for {
		n, err := s.line.Read(buf)
		if err != nil {
			if !errors.Is(err, serialtest.ErrLineClosed) {
				s.log.Warn("cardpadsim: read failed", "err", err)
			}
			return
		}
		_, _ = dec.Write(buf[:n])
		for {
			pkt, ok, err := dec.Next()
			if err != nil {
				s.log.Debug("cardpadsim: corrupted request, NAK", "err", err)
				s.writeControl(ecr.NAK)
				continue
			}
			if !ok {
				break
			}
			switch pkt.Kind {
			case ecr.KindACK, ecr.KindNAK:
				s.hostAck(pkt.Kind)
			case ecr.KindEOT:
				if s.abortCurrent(ecr.RespHostCancelled) {
					s.log.Debug("cardpadsim: host aborted the transaction")
				}
			case ecr.KindFrame:
				s.request(pkt.Body)
			}
		}
	}
}

// hostAck matches an ACK or NAK to the oldest frame still waiting for one.
func (s *Simulator) hostAck(k ecr.Kind) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		return // an answer to a frame we stopped waiting for
	}
	head := s.pending[0]
	s.pending = s.pending[1:]
	if head.answer != nil {
		head.answer <- k
	}
}

// forgetLocked stops waiting for f and every frame sent before it: the
// host did not answer them in time.
func (s *Simulator) forgetLocked(f *sent) {
	for i, p := range s.pending {
		if p == f {
			s.pending = s.pending[i+1:]
			return
		}
	}
}

func (s *Simulator) abortCurrent(code string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil {
		return false
	}
	select {
	case s.cur.abort <- code:
		return true
	default:
		return false
	}
}

func (s *Simulator) stopSenderLocked() {
	if s.sender != nil {
		close(s.sender.stop)
		s.sender = nil
	}
}

// request handles an intact request frame.
func (s *Simulator) request(body []byte) {
	s.mu.Lock()
	s.frames++
	if s.faults.Take(FaultSilence) {
		s.mu.Unlock()
		s.log.Debug("cardpadsim: request ignored (silence)")
		return
	}
	if s.faults.Take(FaultNAK) {
		s.mu.Unlock()
		s.log.Debug("cardpadsim: request refused (nak)")
		s.writeControl(ecr.NAK)
		return
	}
	t, err := parseRequest(body)
	if err != nil {
		s.mu.Unlock()
		s.log.Warn("cardpadsim: unreadable request, NAK", "err", err)
		s.writeControl(ecr.NAK)
		return
	}
	if cur := s.cur; cur != nil {
		s.mu.Unlock()
		s.writeControl(ecr.ACK)
		if cur.nonce == t.nonce && cur.typ == t.typ {
			s.log.Debug("cardpadsim: repeated request acknowledged again", "type", t.typ.String())
			return
		}
		s.log.Debug("cardpadsim: busy", "type", t.typ.String())
		s.writeFrame(s.reply(t, ecr.RespBusy, nil), false, false)
		return
	}
	s.stopSenderLocked() // the host moved on; stop repeating the old result
	s.pending = nil      // and it has answered everything it is going to
	s.counts[t.typ]++
	if s.faults.Take(FaultHang) {
		s.mu.Unlock()
		s.log.Debug("cardpadsim: request acknowledged and dropped (hang)", "type", t.typ.String())
		s.writeControl(ecr.ACK)
		return
	}
	s.cur = t
	glue := s.faults.Take(FaultGlue)
	s.mu.Unlock()
	s.log.Debug("cardpadsim: request", "type", t.typ.String(), "nonce", t.nonce, "amount", t.amount.String())
	if !glue {
		s.writeControl(ecr.ACK)
	}
	s.wg.Add(1)
	go s.process(t, glue)
}

// parseRequest reads a request: DF04 nonce and DF02 type are required.
func parseRequest(body []byte) (*txn, error) {
	m, err := ecr.Parse(body)
	if err != nil {
		return nil, err
	}
	nv, ok := m.Get(ecr.TagNonce)
	if !ok {
		return nil, errors.New("no nonce")
	}
	nonce, err := ecr.UnpackBCD(nv)
	if err != nil || len(nonce) != 4 {
		return nil, errors.New("nonce is not 4 bcd digits")
	}
	tv, ok := m.Get(ecr.TagType)
	if !ok || len(tv) != 1 {
		return nil, errors.New("no transaction type")
	}
	var typ cardpad.TxType
	for _, c := range []cardpad.TxType{cardpad.TxSale, cardpad.TxVoid, cardpad.TxBalance, cardpad.TxQueryLast, cardpad.TxSignIn, cardpad.TxSettle} {
		if wireType(c) == tv[0] {
			typ = c
		}
	}
	if typ == 0 {
		return nil, fmt.Errorf("unknown transaction type %02x", tv[0])
	}
	t := &txn{typ: typ, nonce: nonce, abort: make(chan string, 1)}
	if v, ok := m.Get(ecr.TagAmount); ok {
		a, err := ecr.DecodeAmount(v)
		if err != nil {
			return nil, err
		}
		t.amount = cardpad.Amount(a)
	}
	if v, ok := m.Get(ecr.TagOrigVoucher); ok {
		if t.voucher, err = ecr.UnpackBCD(v); err != nil {
			return nil, err
		}
	}
	if v, ok := m.Get(ecr.TagReference); ok {
		t.reference = string(v)
	}
	if typ.MovesMoney() && t.amount <= 0 {
		return nil, errors.New("no amount")
	}
	return t, nil
}

// wireType is the DF02 byte of t.
func wireType(t cardpad.TxType) byte {
	switch t {
	case cardpad.TxSale:
		return ecr.TypeSale
	case cardpad.TxVoid:
		return ecr.TypeVoid
	case cardpad.TxBalance:
		return ecr.TypeBalance
	case cardpad.TxQueryLast:
		return ecr.TypeQueryLast
	case cardpad.TxSignIn:
		return ecr.TypeSignIn
	case cardpad.TxSettle:
		return ecr.TypeSettle
	}
	return 0
}

func (s *Simulator) saveLocked() {
	if s.cfg.StatePath == "" {
		return
	}
	s.saveErr = saveState(s.cfg.StatePath, s.st)
	if s.saveErr != nil {
		s.log.Warn("cardpadsim: state not saved", "err", s.saveErr)
	}
}
